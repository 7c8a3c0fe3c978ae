"""Ages and durations by calendar arithmetic: "3-year-old", "in its fourth year".

``elapsed(start, end)`` counts whole calendar units from ``start``: the whole
months elapsed are the largest ``m`` with ``add_months(start, m) <= end``
(months clamp to the month's end, so an event on Jan 31 completes a month on
Feb 28, and a Feb 29 anniversary falls on Feb 28 in common years); whole years
are whole months // 12. ``Elapsed.amount(unit)`` is the exact elapsed time as
a ``Fraction``: the whole units plus the fraction of the next unit gone by,
measured in days. It is a whole number exactly on anniversaries.

A ``DurationBound`` is an interval of amounts in one unit: ``age(3)`` ("3-year-old")
is [3, 4) years, ``ordinal(4)`` ("in its fourth year") is [3, 4) years,
``more_than(3)`` is (3, oo). ``check_duration`` returns a ``DurationCheck``
(data, never an exception) whose ``message`` shows the dates.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from fractions import Fraction
from typing import Any, Final, Literal

import attrs

from claimcheck.calendar_math import add_months
from claimcheck.errors import WhenError

__all__ = [
    "DurationBound",
    "DurationCheck",
    "DurationUnit",
    "Elapsed",
    "check_duration",
    "duration_unit",
    "elapsed",
]

DurationUnit = Literal["day", "week", "month", "year"]

_UNIT_NAMES: Final[dict[str, DurationUnit]] = {
    "day": "day", "days": "day", "d": "day",
    "week": "week", "weeks": "week",
    "month": "month", "months": "month",
    "year": "year", "years": "year", "a": "year", "yr": "year",
}  # fmt: skip
_MONTHS_PER: Final[dict[str, int]] = {"month": 1, "year": 12}


def duration_unit(name: str) -> DurationUnit:
    """The unit for ``name`` ("year", "years", pint's "a"...), or ``WhenError``."""
    try:
        return _UNIT_NAMES[name.strip().casefold()]
    except (KeyError, AttributeError):
        raise WhenError(
            f"{name!r} is not a calendar unit: expected day, week, month or year"
        ) from None


def _plain_date(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise WhenError(f"{attribute.name} must be a datetime.date, got {value!r}")


def _count(most: int | None) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        whole = isinstance(value, int) and not isinstance(value, bool)
        if not whole or value < 0 or (most is not None and value > most):
            limit = "" if most is None else f" and at most {most}"
            raise WhenError(
                f"Elapsed.{attribute.name} must be a whole number >= 0{limit}, got {value!r}"
            )

    return check


def _whole_months(start: datetime.date, end: datetime.date) -> int:
    months = (end.year - start.year) * 12 + (end.month - start.month)
    return months if add_months(start, months) <= end else months - 1


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" + ("" if count == 1 else "s")


@attrs.frozen(kw_only=True)
class Elapsed:
    """The time from ``start`` to ``end`` as whole years, then months, then days."""

    start: datetime.date = attrs.field(validator=_plain_date)
    end: datetime.date = attrs.field(validator=_plain_date)
    years: int = attrs.field(validator=_count(None))
    months: int = attrs.field(validator=_count(11))
    days: int = attrs.field(validator=_count(30))

    @property
    def total_months(self) -> int:
        """Whole calendar months elapsed."""
        return self.years * 12 + self.months

    @property
    def total_days(self) -> int:
        """Days elapsed (``end - start``)."""
        return (self.end - self.start).days

    def amount(self, unit: DurationUnit | str) -> Fraction:
        """The exact elapsed time in ``unit``: whole units plus the part of the next, by days."""
        unit = duration_unit(unit)
        if unit == "day":
            return Fraction(self.total_days)
        if unit == "week":
            return Fraction(self.total_days, 7)
        step = _MONTHS_PER[unit]
        whole = self.total_months // step
        anchor = add_months(self.start, whole * step)
        if anchor == self.end:
            return Fraction(whole)
        following = add_months(self.start, (whole + 1) * step)
        return whole + Fraction((self.end - anchor).days, (following - anchor).days)

    def __str__(self) -> str:
        parts = [_plural(self.years, "year"), _plural(self.months, "month")]
        return f"{', '.join(parts)} and {_plural(self.days, 'day')}"


def elapsed(start: datetime.date, end: datetime.date) -> Elapsed:
    """The whole years, months and days from ``start`` to ``end`` (``start <= end``)."""
    _plain_date(None, attrs.fields(Elapsed).start, start)
    _plain_date(None, attrs.fields(Elapsed).end, end)
    if end < start:
        raise WhenError(f"cannot measure time from {start} back to the earlier {end}")
    months = _whole_months(start, end)
    days = (end - add_months(start, months)).days
    return Elapsed(start=start, end=end, years=months // 12, months=months % 12, days=days)


def _fraction_or_none(value: Any) -> Fraction | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | Fraction):
        raise WhenError(f"a DurationBound end must be an int, Fraction or None, got {value!r}")
    return Fraction(value)


def _ordered(instance: DurationBound, attribute: attrs.Attribute[Any], value: Any) -> None:
    low = instance.low
    if low is not None and value is not None and value < low:
        raise WhenError(f"DurationBound must not have high ({value}) below low ({low})")


@attrs.frozen(kw_only=True)
class DurationBound:
    """An interval of amounts of ``unit`` (None: unbounded), ends closed unless ``*_open``."""

    unit: DurationUnit = attrs.field(converter=duration_unit)
    low: Fraction | None = attrs.field(default=None, converter=_fraction_or_none)
    high: Fraction | None = attrs.field(
        default=None, converter=_fraction_or_none, validator=_ordered
    )
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def age(cls, count: int, unit: str = "year") -> DurationBound:
        """ "N-year-old": at least N and under N + 1 units, [N, N + 1)."""
        return cls(unit=unit, low=Fraction(count), high=Fraction(count + 1), high_open=True)

    @classmethod
    def ordinal(cls, nth: int, unit: str = "year") -> DurationBound:
        """ "in its Nth year": at least N - 1 and under N units, [N - 1, N)."""
        return cls.age(nth - 1, unit)

    @classmethod
    def more_than(cls, count: int | Fraction, unit: str = "year") -> DurationBound:
        """ "more than N": (N, oo)."""
        return cls(unit=unit, low=Fraction(count), low_open=True)

    @classmethod
    def at_least(cls, count: int | Fraction, unit: str = "year") -> DurationBound:
        """ "at least N": [N, oo)."""
        return cls(unit=unit, low=Fraction(count))

    @classmethod
    def less_than(cls, count: int | Fraction, unit: str = "year") -> DurationBound:
        """ "less than N": [0, N)."""
        return cls(unit=unit, low=Fraction(0), high=Fraction(count), high_open=True)

    def contains(self, amount: Fraction | int) -> bool:
        """True when ``amount`` (in this bound's unit) lies within the bound."""
        low, high = self.low, self.high
        above = low is None or (amount > low if self.low_open else amount >= low)
        below = high is None or (amount < high if self.high_open else amount <= high)
        return above and below

    def __str__(self) -> str:
        parts = []
        if self.low is not None:
            parts.append(f"{'more than' if self.low_open else 'at least'} {self.low}")
        if self.high is not None:
            parts.append(f"{'under' if self.high_open else 'at most'} {self.high}")
        return f"{' and '.join(parts) or 'any number of'} {self.unit}s"


@attrs.frozen(kw_only=True)
class DurationCheck:
    """The outcome of checking a stated duration against two dates."""

    elapsed: Elapsed
    bound: DurationBound
    amount: Fraction
    holds: bool

    @property
    def message(self) -> str:
        """A sentence a journalist can read, with the dates."""
        verdict = "fits" if self.holds else "does not fit"
        span = self.elapsed
        return (
            f"from {span.start} to {span.end} is {span} ({_readable(self.amount)} "
            f"{self.bound.unit}s), which {verdict} {self.bound}"
        )


def _readable(amount: Fraction) -> str:
    """A whole amount as is, any other rounded to hundredths exactly ("about 3.24")."""
    if amount.denominator == 1:
        return str(amount.numerator)
    hundredths = int((abs(amount) * 100 + Fraction(1, 2)) // 1)
    sign = "-" if amount < 0 else ""
    return f"about {sign}{hundredths // 100}.{hundredths % 100:02d}"


def check_duration(start: datetime.date, end: datetime.date, bound: DurationBound) -> DurationCheck:
    """Whether the time from ``start`` to ``end`` lies within ``bound`` (exact, by calendar)."""
    span = elapsed(start, end)
    amount = span.amount(bound.unit)
    return DurationCheck(elapsed=span, bound=bound, amount=amount, holds=bound.contains(amount))
