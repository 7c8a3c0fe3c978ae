"""Short readable phrases for the things a report names: relations, claims, places.

Every renderer uses these, so a relation or a claim reads the same in the
terminal, in a JUnit failure and in a code-scanning alert.
"""

from __future__ import annotations

from claimcheck.model import Claim
from claimcheck.relations import (
    Cumulative,
    Difference,
    PartOf,
    Relation,
    Same,
    Share,
    Total,
)

__all__ = ["describe_claim", "describe_relation", "figure_text", "plural"]


def describe_relation(relation: Relation) -> str:
    """The relation as arithmetic: ``total: a = b + c``, ``part-of: a <= b``, ...

    >>> describe_relation(PartOf(part="drones neutralized", whole="drones launched"))
    'part-of: drones neutralized <= drones launched'
    """
    return f"{relation.kind}: {_arithmetic(relation)}"


def _arithmetic(relation: Relation) -> str:
    match relation:
        case Total():
            return f"{relation.total} = " + " + ".join(str(p) for p in relation.parts)
        case PartOf():
            return f"{relation.part} <= {relation.whole}"
        case Same():
            return " = ".join(str(m) for m in relation.measures)
        case Share():
            return f"{relation.share} = {relation.part} / {relation.whole}"
        case Difference():
            return f"{relation.difference} = {relation.minuend} - {relation.subtrahend}"
        case Cumulative():
            return f"{relation.measure} never shrinks over time"
    return ", ".join(str(m) for m in relation.measures)


def figure_text(claim: Claim) -> str:
    """The figure as the source stated it, or its interval when it was built by hand."""
    return claim.figure.stated or str(claim.figure)


def describe_claim(claim: Claim) -> str:
    """``id: Source says FIGURE for MEASURE ("quote")``.

    The quote is left out when there is none; a hedge is named.
    """
    hedge = f" ({claim.hedge})" if claim.hedge else ""
    text = f"{claim.id}: {claim.source} says {figure_text(claim)}{hedge} for {claim.measure}"
    return f'{text} ("{claim.quote}")' if claim.quote else text


def plural(count: int, word: str) -> str:
    """``1 story``, ``2 stories``, ``0 notes``.

    >>> plural(2, "inconsistency"), plural(1, "note")
    ('2 inconsistencies', '1 note')
    """
    if count == 1:
        return f"{count} {word}"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return f"{count} {word[:-1]}ies"
    return f"{count} {word}s"
