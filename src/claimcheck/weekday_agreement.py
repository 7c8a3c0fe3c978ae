"""Weekday agreement: does "Friday, May 23" name a date that is a Friday?

``weekday_pairs(text, dateline)`` finds every weekday written next to a date
("Friday, May 23", "Fri 23 May 2025", "Friday (May 23)") and returns what it
found as data; ``weekday_mismatches`` keeps the pairs that disagree. Nothing is
raised for a mismatch: the engine turns each into a finding.

A date written without a year takes the year that puts it nearest the
dateline, past or future (a tie goes to the past): "Friday, May 30" in a story
dated 2025-05-23 is 2025-05-30, not a year earlier. A date that does not exist
in that year ("Friday, February 30") is a pair with ``date=None``.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable

import attrs

from claimcheck.calendar_math import WEEKDAY_NAMES, days_in_month
from claimcheck.grammar.timewords import WeekdayDate, find_weekday_dates

__all__ = ["WeekdayPair", "weekday_mismatches", "weekday_pairs"]


@attrs.frozen(kw_only=True)
class WeekdayPair:
    """A weekday name and the date written beside it, and whether they agree."""

    text: str
    span: tuple[int, int]
    stated_weekday: int
    date: datetime.date | None
    year_stated: bool

    @property
    def actual_weekday(self) -> int | None:
        """The weekday the date falls on (Monday = 0), None if the date does not exist."""
        return None if self.date is None else self.date.weekday()

    @property
    def agrees(self) -> bool:
        """True when the date exists and falls on the stated weekday."""
        return self.actual_weekday == self.stated_weekday

    @property
    def message(self) -> str:
        """A sentence saying whether the weekday and the date agree."""
        stated = WEEKDAY_NAMES[self.stated_weekday]
        if self.date is None:
            return f"{self.text!r} names a date that does not exist"
        actual = WEEKDAY_NAMES[self.date.weekday()]
        if self.agrees:
            return f"{self.text!r}: {self.date} is a {actual}"
        return f"{self.text!r} says {stated}, but {self.date} is a {actual}"


def _exists(year: int, month: int, day: int) -> bool:
    return datetime.MINYEAR <= year <= datetime.MAXYEAR and day <= days_in_month(year, month)


@functools.lru_cache(maxsize=4096)
def _nearest(month: int, day: int, dateline: datetime.date) -> datetime.date | None:
    candidates = _candidates(month, day, dateline, range(-1, 2)) or _candidates(
        month,
        day,
        dateline,
        range(-8, 9),  # Feb 29 recurs within 8 years
    )
    if not candidates:
        return None
    return min(candidates, key=lambda found: (abs((found - dateline).days), found > dateline))


def _candidates(
    month: int, day: int, dateline: datetime.date, offsets: range
) -> list[datetime.date]:
    years = (dateline.year + offset for offset in offsets)
    return [datetime.date(year, month, day) for year in years if _exists(year, month, day)]


def _date_of(found: WeekdayDate, dateline: datetime.date) -> datetime.date | None:
    if not 1 <= found.day <= 31:
        return None
    if found.year is None:
        return _nearest(found.month, found.day, dateline)
    if not _exists(found.year, found.month, found.day):
        return None
    return datetime.date(found.year, found.month, found.day)


def _pair(found: WeekdayDate, dateline: datetime.date) -> WeekdayPair:
    return WeekdayPair(
        text=found.text,
        span=found.span,
        stated_weekday=found.weekday,
        date=_date_of(found, dateline),
        year_stated=found.year is not None,
    )


def weekday_pairs(text: str, dateline: datetime.date) -> tuple[WeekdayPair, ...]:
    """Every weekday-beside-a-date pair in ``text``, in order, agreeing or not."""
    return tuple(_pair(found, dateline) for found in find_weekday_dates(text))


def weekday_mismatches(text: str, dateline: datetime.date) -> tuple[WeekdayPair, ...]:
    """The pairs in ``text`` whose date is not the stated weekday (or does not exist)."""
    return _disagreeing(weekday_pairs(text, dateline))


def _disagreeing(pairs: Iterable[WeekdayPair]) -> tuple[WeekdayPair, ...]:
    return tuple(pair for pair in pairs if not pair.agrees)
