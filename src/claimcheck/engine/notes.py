"""Notes: what the check tells a reader without calling anything false.

* ``revision`` — a source gave a figure for a value and later (a later
  ``said_on``) gave a different one for the same value. Only the latest figure
  takes part in the check; the earlier one is reported as revised, never as a
  contradiction.
* ``needs-rounding`` — the claims can all hold, but only thanks to rounding
  at the last stated digit or an approximate band ("around", "nearly"): read
  as literally stated (`Figure.nominal`), some of them cannot. The note names
  a minimal set of such claims.
* ``expectation-unmet`` — a hedged claim (expected, planned, forecast) is
  left out of the check and compared with what the reports force afterwards;
  a forecast that the reports miss is a note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from claimcheck.engine.explain import (
    figure_text,
    finding,
    measure_text,
    source_text,
    span_text,
    when_text,
)
from claimcheck.engine.observations import Slot
from claimcheck.engine.spans import Span
from claimcheck.model import Claim, Source
from claimcheck.report import Finding

__all__ = ["expectation_note", "revisions", "rounding_note"]


def revisions(
    claims: Sequence[Claim], who: Callable[[Source], object] = lambda s: s
) -> tuple[list[Claim], list[tuple[Claim, Claim]]]:
    """The claims on one value that stand, and each (earlier, latest) revised pair.

    A claim is superseded when the same source said something about the same
    value on a later day; claims without ``said_on`` are never superseded.
    ``who`` gives a key per source (equal sources, equal keys).
    """
    dated = [c for c in claims if c.said_on is not None]
    if len(dated) < 2:
        return list(claims), []
    keys = [who(c.source) for c in dated]
    if len(set(keys)) == len(keys):  # no source spoke twice
        return list(claims), []
    latest: dict[object, Claim] = {}
    for key, claim in zip(keys, dated, strict=True):
        seen = latest.get(key)
        if seen is None or claim.said_on > seen.said_on:  # type: ignore[operator]
            latest[key] = claim
    superseded = [(c, latest[k]) for k, c in zip(keys, dated, strict=True)
                  if c.said_on < latest[k].said_on]  # type: ignore[operator]  # fmt: skip
    dropped = {id(c) for c, _last in superseded}
    pairs = [(c, last) for c, last in superseded if _differs(c, last)]
    return [c for c in claims if id(c) not in dropped], pairs


def _differs(a: Claim, b: Claim) -> bool:
    fa, fb = a.figure, b.figure
    return (fa.low, fa.high, fa.low_open, fa.high_open, fa.unit) != (
        fb.low, fb.high, fb.low_open, fb.high_open, fb.unit)  # fmt: skip


def revision_note(earlier: Claim, later: Claim, slot: Slot) -> Finding:
    """The note for one revised figure."""
    where = f"{measure_text(slot[0])}{when_text(slot[1])}"
    message = (f"{source_text(later.source, start=True)} said {figure_text(earlier)} for {where} "
               f"on {earlier.said_on}, then {figure_text(later)} on {later.said_on}: "
               "a revision, not a contradiction; the later figure is the one checked.")  # fmt: skip
    return finding("revision", message, [earlier, later], expected=figure_text(earlier),
                   stated=figure_text(later))  # fmt: skip


def rounding_note(claims: Sequence[Claim]) -> Finding:
    """The note for claims that agree only once rounding and bands are allowed."""
    loose = [c for c in claims if (c.figure.nominal_low, c.figure.nominal_high)
             != (c.figure.low, c.figure.high)]  # fmt: skip
    named = "; ".join(f"{source_text(c.source)}: {figure_text(c)} for "
                      f"{measure_text(c.measure)}" for c in claims)  # fmt: skip
    read = ", ".join(f"{figure_text(c)} is read as {c.figure}" for c in loose)
    message = (f"These figures agree only when {read} (rounding or an approximate band): "
               f"{named}. Taken exactly as written, they cannot all be true.")  # fmt: skip
    return finding("needs-rounding", message, claims,
                   stated="; ".join(figure_text(c) for c in claims))  # fmt: skip


def expectation_note(claim: Claim, slot: Slot, implied: Span, counts: bool) -> Finding:
    """The note for a hedged claim the reports miss."""
    reported = span_text(implied, claim.figure.unit, counts)
    where = f"{measure_text(slot[0])}{when_text(slot[1])}"
    message = (f"{source_text(claim.source, start=True)} {claim.hedge} {figure_text(claim)} "
               f"for {where}, but the reports put it at {reported}.")  # fmt: skip
    return finding("expectation-unmet", message, [claim], expected=figure_text(claim),
                   stated=reported)  # fmt: skip
