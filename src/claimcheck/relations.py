"""Relations: how measures are tied to each other.

A relation never carries a figure of its own — every figure is some source's
claim. It says how the measures' true values must relate, and the engine turns
it into constraints:

========================  ======================================================
``Total``                 total = sum of parts
``PartOf``                part <= whole
``Same``                  all measures are equal
``Share``                 share = part / whole (a percentage or a fraction)
``Difference``            difference = minuend - subtrahend
``Cumulative``            a running total: a later report is never smaller
========================  ======================================================

Each relation class has a ``kind`` (its name in story files) and ``measures``
(every measure it ties). Measures may be given as text: they are parsed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, TypeAlias

import attrs

from claimcheck.errors import ModelError
from claimcheck.measure import Measure

__all__ = [
    "RELATION_KINDS",
    "Cumulative",
    "Difference",
    "PartOf",
    "Relation",
    "Same",
    "Share",
    "Total",
]


def _measures(values: Iterable[Measure | str]) -> tuple[Measure, ...]:
    if isinstance(values, str | Measure):
        raise ModelError(f"expected a list of measures, got the single value {str(values)!r}")
    if not isinstance(values, Iterable):
        raise ModelError(f"expected a list of measures, got {values!r}")
    return tuple(Measure.coerce(v) for v in values)


def _quote(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ModelError(f"quote is {value!r}: expected text or nothing", field="quote")


def _measure(value: Measure | str) -> Measure:
    return Measure.coerce(value)


def _distinct(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    measures = instance.measures  # type: ignore[attr-defined]
    if len(set(measures)) != len(measures):
        names = ", ".join(str(m) for m in measures)
        raise ModelError(
            f"{type(instance).__name__} ties a measure to itself ({names}): "
            "expected distinct measures",
            field=attribute.name,
        )


def _at_least(n: int) -> object:
    def check(
        _: object, attribute: attrs.Attribute[tuple[Measure, ...]], value: tuple[Measure, ...]
    ) -> None:
        if len(value) < n:
            raise ModelError(
                f"{attribute.name} has {len(value)} measure(s): expected at least {n}",
                field=attribute.name,
            )

    return check


@attrs.frozen(kw_only=True)
class Total:
    """``total`` equals the sum of ``parts``."""

    kind: ClassVar[str] = "total"
    total: Measure = attrs.field(converter=_measure)
    parts: tuple[Measure, ...] = attrs.field(
        converter=_measures,
        validator=[_at_least(1), _distinct],  # type: ignore[list-item]
    )
    quote: str | None = attrs.field(default=None, validator=_quote)

    @property
    def measures(self) -> tuple[Measure, ...]:
        return (self.total, *self.parts)


@attrs.frozen(kw_only=True)
class PartOf:
    """``part`` is at most ``whole`` ("150 of those 175 drones")."""

    kind: ClassVar[str] = "part-of"
    part: Measure = attrs.field(converter=_measure)
    whole: Measure = attrs.field(converter=_measure, validator=_distinct)
    quote: str | None = attrs.field(default=None, validator=_quote)

    @property
    def measures(self) -> tuple[Measure, ...]:
        return (self.part, self.whole)


@attrs.frozen(kw_only=True)
class Same:
    """All ``measures`` are equal ("1,000-for-1,000", "270 from each side")."""

    kind: ClassVar[str] = "same"
    measures: tuple[Measure, ...] = attrs.field(
        converter=_measures,
        validator=[_at_least(2), _distinct],  # type: ignore[list-item]
    )
    quote: str | None = attrs.field(default=None, validator=_quote)


@attrs.frozen(kw_only=True)
class Share:
    """``share`` is ``part`` divided by ``whole`` (a claimed "86%" against the counts)."""

    kind: ClassVar[str] = "share"
    share: Measure = attrs.field(converter=_measure)
    part: Measure = attrs.field(converter=_measure)
    whole: Measure = attrs.field(converter=_measure, validator=_distinct)
    quote: str | None = attrs.field(default=None, validator=_quote)

    @property
    def measures(self) -> tuple[Measure, ...]:
        return (self.share, self.part, self.whole)


@attrs.frozen(kw_only=True)
class Difference:
    """``difference`` equals ``minuend`` minus ``subtrahend``."""

    kind: ClassVar[str] = "difference"
    difference: Measure = attrs.field(converter=_measure)
    minuend: Measure = attrs.field(converter=_measure)
    subtrahend: Measure = attrs.field(converter=_measure, validator=_distinct)
    quote: str | None = attrs.field(default=None, validator=_quote)

    @property
    def measures(self) -> tuple[Measure, ...]:
        return (self.difference, self.minuend, self.subtrahend)


@attrs.frozen(kw_only=True)
class Cumulative:
    """``measure`` is a running total: a report for a later time is never smaller."""

    kind: ClassVar[str] = "cumulative"
    measure: Measure = attrs.field(converter=_measure)
    quote: str | None = attrs.field(default=None, validator=_quote)

    @property
    def measures(self) -> tuple[Measure, ...]:
        return (self.measure,)


Relation: TypeAlias = Total | PartOf | Same | Share | Difference | Cumulative

RELATION_KINDS: dict[str, type[Relation]] = {
    cls.kind: cls for cls in (Total, PartOf, Same, Share, Difference, Cumulative)
}
