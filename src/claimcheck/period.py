"""Period: a span of whole days, both ends inclusive, with a plain string form.

``str(period)`` is ``"2025-05-16"`` for a single day and
``"2025-05-16/2025-05-18"`` for a longer span (ISO 8601 dates joined by a
slash); ``Period.parse`` reads exactly those forms back, so
``Period.parse(str(p)) == p`` for every period.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from claimcheck.errors import WhenError
from claimcheck.grammar.timewords import MAX_WHEN_CHARS, read_iso_period

__all__ = ["Period"]


def _is_plain_date(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _check_day(f"Period {attribute.name}", value)


def _check_day(name: str, value: object) -> None:
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise WhenError(f"{name} must be a datetime.date (not a datetime), got {value!r}")


def _not_before_start(
    instance: Period, attribute: attrs.Attribute[Any], value: datetime.date
) -> None:
    if value < instance.start:
        raise WhenError(
            f"a Period must not end before it starts: got start={instance.start}, end={value}"
        )


def _is_period(value: object) -> None:
    if not isinstance(value, Period):
        raise WhenError(f"got {value!r}: expected a Period")


@attrs.frozen(kw_only=True)
class Period:
    """The days from ``start`` to ``end``, both included (``start <= end``)."""

    start: datetime.date = attrs.field(validator=_is_plain_date)
    end: datetime.date = attrs.field(validator=[_is_plain_date, _not_before_start])

    @classmethod
    def day(cls, day: datetime.date) -> Period:
        """The period of one day."""
        return cls(start=day, end=day)

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read ``"YYYY-MM-DD"`` or ``"YYYY-MM-DD/YYYY-MM-DD"`` (the form ``str`` gives)."""
        if not isinstance(text, str):
            raise WhenError(f"a period must be text such as '2025-05-16', got {text!r}")
        if len(text) > MAX_WHEN_CHARS:
            raise WhenError(f"{text[:40]!r}... is too long to be a period")
        found = read_iso_period(text.strip())
        if found is None:
            raise WhenError(
                f"cannot read {text!r} as a period: "
                "expected 'YYYY-MM-DD' or 'YYYY-MM-DD/YYYY-MM-DD'"
            )
        start, end = found
        if end < start:
            raise WhenError(f"the period {text!r} ends before it starts")
        return cls(start=start, end=end)

    @property
    def days(self) -> int:
        """How many days the period spans (a single day: 1)."""
        return (self.end - self.start).days + 1

    @property
    def is_day(self) -> bool:
        """True for a period of exactly one day."""
        return self.start == self.end

    def contains(self, other: datetime.date | Period) -> bool:
        """True when the day (or every day of the period) lies within this period."""
        if isinstance(other, Period):
            return self.start <= other.start and other.end <= self.end
        _check_day("a day in a Period", other)
        return self.start <= other <= self.end

    def overlaps(self, other: Period) -> bool:
        """True when the two periods share at least one day."""
        _is_period(other)
        return self.start <= other.end and other.start <= self.end

    def intersection(self, other: Period) -> Period | None:
        """The days both periods share, or None when they share none."""
        if not self.overlaps(other):
            return None
        return Period(start=max(self.start, other.start), end=min(self.end, other.end))

    def hull(self, other: Period) -> Period:
        """The smallest period containing both."""
        _is_period(other)
        return Period(start=min(self.start, other.start), end=max(self.end, other.end))

    def shift(self, days: int) -> Period:
        """The period moved by ``days`` days (negative: back)."""
        delta = datetime.timedelta(days=days)
        try:
            return Period(start=self.start + delta, end=self.end + delta)
        except OverflowError:
            raise WhenError(f"{self} moved by {days} days leaves the calendar") from None

    def __str__(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

