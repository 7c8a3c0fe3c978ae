"""Calendar arithmetic on ``datetime.date``: weeks, months, years and weekdays.

The rules, used by the timeline and by durations alike:

* Weeks run Monday to Sunday (ISO 8601). Weekdays are numbered as
  ``date.weekday()`` does: Monday is 0, Sunday is 6.
* Adding months keeps the day of the month, clamped to the month's last day:
  January 31 plus one month is February 28 (29 in a leap year), and
  February 29 plus one year is February 28 of a common year. A Feb 29
  anniversary therefore falls on Feb 28 in common years.
* Every date lies in years 1 to 9999 (what ``datetime.date`` holds); arithmetic
  that leaves that range raises ``WhenError`` instead of ``OverflowError``.
"""

from __future__ import annotations

import calendar
import datetime
from typing import Final, Literal

from claimcheck.errors import WhenError
from claimcheck.period import Period

__all__ = [
    "FRIDAY",
    "MONDAY",
    "SATURDAY",
    "SUNDAY",
    "THURSDAY",
    "TUESDAY",
    "WEDNESDAY",
    "WEEKDAY_NAMES",
    "CalendarUnit",
    "add_months",
    "calendar_date",
    "days_in_month",
    "month_period",
    "on_or_after",
    "on_or_before",
    "shift_days",
    "shift_month",
    "shift_units",
    "unit_containing",
    "week_of",
    "year_period",
]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

#: Weekday names by ``date.weekday()`` number.
WEEKDAY_NAMES: Final = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

#: Units that calendar arithmetic steps by; a decade is ten years.
CalendarUnit = Literal["day", "week", "month", "year", "decade"]

_MONTHS_PER: Final[dict[str, int]] = {"month": 1, "year": 12, "decade": 120}
_DAYS_PER: Final[dict[str, int]] = {"day": 1, "week": 7}
_RANGE: Final = f"years {datetime.MINYEAR} to {datetime.MAXYEAR}"


def calendar_date(year: int, month: int, day: int) -> datetime.date:
    """The date, or ``WhenError`` naming what is wrong with it."""
    try:
        return datetime.date(year, month, day)
    except ValueError as error:
        raise WhenError(
            f"{year:04d}-{month:02d}-{day:02d} is not a calendar date ({error})"
        ) from None


def shift_days(day: datetime.date, days: int) -> datetime.date:
    """``day`` moved by ``days`` days (negative: back)."""
    try:
        return day + datetime.timedelta(days=days)
    except OverflowError:
        raise WhenError(f"{day} moved by {days} days leaves the calendar ({_RANGE})") from None


def days_in_month(year: int, month: int) -> int:
    """How many days the month has (February: 29 in leap years)."""
    return calendar.monthrange(year, month)[1]


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) ``months`` months after (or before) the given one."""
    index = year * 12 + (month - 1) + months
    new_year, new_month = divmod(index, 12)
    if not datetime.MINYEAR <= new_year <= datetime.MAXYEAR:
        raise WhenError(
            f"{year:04d}-{month:02d} moved by {months} months leaves the calendar ({_RANGE})"
        )
    return new_year, new_month + 1


def add_months(day: datetime.date, months: int) -> datetime.date:
    """``day`` moved by whole months, its day of the month clamped to the month's end."""
    year, month = shift_month(day.year, day.month, months)
    return datetime.date(year, month, min(day.day, days_in_month(year, month)))


def shift_units(day: datetime.date, count: int, unit: CalendarUnit) -> datetime.date:
    """``day`` moved by ``count`` calendar units (months and years clamp, see module doc)."""
    if unit in _DAYS_PER:
        return shift_days(day, count * _DAYS_PER[unit])
    return add_months(day, count * _MONTHS_PER[unit])


def week_of(day: datetime.date) -> Period:
    """The Monday-to-Sunday week that contains ``day``."""
    monday = shift_days(day, -day.weekday())
    return Period(start=monday, end=shift_days(monday, 6))


def month_period(year: int, month: int) -> Period:
    """The whole calendar month."""
    first = calendar_date(year, month, 1)
    return Period(start=first, end=first.replace(day=days_in_month(year, month)))


def year_period(year: int) -> Period:
    """The whole calendar year."""
    return Period(start=calendar_date(year, 1, 1), end=calendar_date(year, 12, 31))


def unit_containing(day: datetime.date, unit: CalendarUnit) -> Period:
    """The calendar day, week, month or year (a decade gives its year) containing ``day``."""
    if unit == "day":
        return Period.day(day)
    if unit == "week":
        return week_of(day)
    if unit == "month":
        return month_period(day.year, day.month)
    return year_period(day.year)


def on_or_before(day: datetime.date, weekday: int) -> datetime.date:
    """The latest date with this weekday on or before ``day``."""
    return shift_days(day, -((day.weekday() - weekday) % 7))


def on_or_after(day: datetime.date, weekday: int) -> datetime.date:
    """The earliest date with this weekday on or after ``day``."""
    return shift_days(day, (weekday - day.weekday()) % 7)
