"""Findings and the Report: the result of checking a story, as plain data.

A finding is data, not an exception. Its ``kind`` says how serious it is and
its ``code`` says exactly what was found; both are stable strings, documented
in ``docs/findings.md``. Its ``id`` is a hash of the code and the claim ids, so
that CI can keep a baseline of accepted findings across runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Final, Literal

import attrs

from claimcheck.errors import ModelError
from claimcheck.figures import Figure
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story
from claimcheck.relations import Relation

__all__ = ["CODES", "FAILING_KINDS", "KINDS", "Finding", "Kind", "Report"]

Kind = Literal["contradiction", "inconsistency", "note"]

#: Every kind, most serious first.
KINDS: Final[tuple[Kind, ...]] = ("contradiction", "inconsistency", "note")
#: Kinds that make ``Report.ok`` false.
FAILING_KINDS: Final[frozenset[str]] = frozenset({"contradiction", "inconsistency"})

#: Every finding code, with its kind and what it means (documented in docs/findings.md).
CODES: Final[Mapping[str, tuple[Kind, str]]] = {
    "disagreement": (
        "contradiction",
        "sources give figures for the same measure that cannot both hold",
    ),
    "relation-conflict": (
        "inconsistency",
        "claims cannot all hold together with the relations between measures",
    ),
    "not-a-count": (
        "inconsistency",
        "a count of whole things is given a value that is not a whole number",
    ),
    "running-total-shrank": (
        "inconsistency",
        "a running total is reported smaller at a later date",
    ),
    "elapsed-time": ("inconsistency", "an age or duration does not fit the calendar"),
    "weekday-mismatch": ("inconsistency", "a date is named with the wrong day of the week"),
    "needs-rounding": ("note", "the figures agree only thanks to rounding or an approximate band"),
    "expectation-unmet": ("note", "an expected or planned figure is not met by what was reported"),
    "revision": ("note", "a source revised its own earlier figure"),
    "unit-mismatch": (
        "inconsistency",
        "figures for one measure are in units that cannot be compared",
    ),
}


def _code(_: object, __: attrs.Attribute[str], value: str) -> None:
    if value not in CODES:
        raise ModelError(f"finding code {value!r}: expected one of {', '.join(sorted(CODES))}")


def _kind_fits(instance: Finding, _: attrs.Attribute[str], value: str) -> None:
    expected = CODES[instance.code][0]
    if value != expected:
        raise ModelError(f"finding code {instance.code!r} is a {expected!r}, not a {value!r}")


def _findings(values: Iterable[Finding]) -> tuple[Finding, ...]:
    return tuple(values)


def _claims(values: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(values)


def _relations(values: Iterable[Relation]) -> tuple[Relation, ...]:
    return tuple(values)


def _steps(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def finding_id(code: str, claims: tuple[Claim, ...]) -> str:
    """The stable id of a finding: a short hash of its code and sorted claim ids."""
    key = "\x1f".join([code, *sorted(c.id for c in claims)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


@attrs.frozen(kw_only=True)
class Finding:
    """One thing the check found, with everything a reader needs to follow it.

    ``claims`` is minimal for contradictions and inconsistencies: drop any one
    and the rest can hold (the ``relations`` staying in force). ``expected``
    and ``stated`` put what the rest of the story allows beside what was said;
    ``steps`` spell out the arithmetic.
    """

    code: str = attrs.field(validator=_code)
    kind: Kind = attrs.field(validator=_kind_fits)
    message: str
    claims: tuple[Claim, ...] = attrs.field(converter=_claims)
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=_relations)
    expected: str | None = None
    stated: str | None = None
    steps: tuple[str, ...] = attrs.field(default=(), converter=_steps)
    id: str = attrs.field()

    @id.default
    def _default_id(self) -> str:
        return finding_id(self.code, self.claims)

    @property
    def failing(self) -> bool:
        """True when this finding makes a report fail."""
        return self.kind in FAILING_KINDS

    @property
    def sources(self) -> tuple[Source, ...]:
        """The sources behind the claims, each once, in claim order."""
        return tuple(dict.fromkeys(c.source for c in self.claims))


@attrs.frozen(kw_only=True)
class Report:
    """The findings of one check, and what the story implies.

    ``implied`` maps each measure to the interval the story forces it into
    (a total no one stated; the 25 drones not neutralized).
    """

    story: Story
    findings: tuple[Finding, ...] = attrs.field(default=(), converter=_findings)
    implied: Mapping[Measure, Figure] = attrs.field(factory=dict, hash=False)
    file: str | None = None

    @property
    def ok(self) -> bool:
        """False iff a contradiction or an inconsistency was found."""
        return not any(f.failing for f in self.findings)

    def of_kind(self, kind: str) -> tuple[Finding, ...]:
        """The findings of one kind."""
        return tuple(f for f in self.findings if f.kind == kind)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)
