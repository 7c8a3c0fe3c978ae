"""Calendar arithmetic: Monday-to-Sunday weeks, clamped months, weekday search.

Months keep the day of the month, clamped to the month's end (Jan 31 + 1
month = Feb 28; Feb 29 + 1 year = Feb 28); weekday searches agree with a
day-by-day oracle; leaving years 1..9999 raises ``WhenError``.
"""

from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.calendar_math import (
    WEEKDAY_NAMES,
    add_months,
    calendar_date,
    month_period,
    on_or_after,
    on_or_before,
    shift_days,
    shift_month,
    shift_units,
    unit_containing,
    week_of,
    year_period,
)
from claimcheck.errors import WhenError

DAYS = st.dates(min_value=datetime.date(200, 1, 1), max_value=datetime.date(9800, 12, 31))
MONTHS = st.integers(min_value=-1200, max_value=1200)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (datetime.date(2025, 1, 31), 1, datetime.date(2025, 2, 28)),
        (datetime.date(2024, 1, 31), 1, datetime.date(2024, 2, 29)),
        (datetime.date(2024, 2, 29), 12, datetime.date(2025, 2, 28)),
        (datetime.date(2024, 2, 29), 48, datetime.date(2028, 2, 29)),
        (datetime.date(2025, 3, 31), -1, datetime.date(2025, 2, 28)),
        (datetime.date(2025, 5, 23), -39, datetime.date(2022, 2, 23)),
        (datetime.date(2025, 12, 15), 1, datetime.date(2026, 1, 15)),
        (datetime.date(2025, 1, 15), -1, datetime.date(2024, 12, 15)),
    ],
)
def test_add_months_clamps_to_the_month_end(
    day: datetime.date, months: int, expected: datetime.date
) -> None:
    assert add_months(day, months) == expected


@given(DAYS, MONTHS)
def test_add_months_keeps_the_day_unless_the_month_is_shorter(
    day: datetime.date, months: int
) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == min(day.day, calendar.monthrange(moved.year, moved.month)[1])


@given(DAYS, st.integers(0, 1200), st.integers(0, 1200))
def test_add_months_is_monotone(day: datetime.date, first: int, second: int) -> None:
    low, high = sorted((first, second))
    assert add_months(day, low) <= add_months(day, high)


@given(st.integers(1, 9999), st.integers(1, 12), st.integers(-1000, 1000))
def test_shift_month_round_trips(year: int, month: int, months: int) -> None:
    target = year * 12 + month - 1 + months
    if not 12 <= target < 10000 * 12:
        with pytest.raises(WhenError, match="leaves the calendar"):
            shift_month(year, month, months)
        return
    assert shift_month(*shift_month(year, month, months), -months) == (year, month)


@given(DAYS, st.integers(0, 6))
def test_weekday_search_agrees_with_a_day_by_day_oracle(day: datetime.date, weekday: int) -> None:
    back = [day - datetime.timedelta(days=n) for n in range(7)]
    ahead = [day + datetime.timedelta(days=n) for n in range(7)]
    assert on_or_before(day, weekday) == next(d for d in back if d.weekday() == weekday)
    assert on_or_after(day, weekday) == next(d for d in ahead if d.weekday() == weekday)


@given(DAYS)
def test_a_week_runs_monday_to_sunday_and_holds_the_day(day: datetime.date) -> None:
    week = week_of(day)
    assert week.start.weekday() == 0
    assert week.end.weekday() == 6
    assert week.days == 7
    assert week.contains(day)


@given(DAYS, st.sampled_from(["day", "week", "month", "year", "decade"]))
def test_the_unit_containing_a_day_holds_it(day: datetime.date, unit: str) -> None:
    assert unit_containing(day, unit).contains(day)  # type: ignore[arg-type]


@given(st.integers(1, 9999), st.integers(1, 12))
def test_month_and_year_periods_are_whole(year: int, month: int) -> None:
    period = month_period(year, month)
    assert period.days == calendar.monthrange(year, month)[1]
    assert year_period(year).days == (366 if calendar.isleap(year) else 365)


@pytest.mark.parametrize(
    ("day", "count", "unit", "expected"),
    [
        (datetime.date(2025, 5, 23), 3, "day", datetime.date(2025, 5, 26)),
        (datetime.date(2025, 5, 23), -2, "week", datetime.date(2025, 5, 9)),
        (datetime.date(2025, 5, 31), 1, "month", datetime.date(2025, 6, 30)),
        (datetime.date(2024, 2, 29), -1, "year", datetime.date(2023, 2, 28)),
        (datetime.date(2025, 5, 23), -1, "decade", datetime.date(2015, 5, 23)),
    ],
)
def test_shift_units(day: datetime.date, count: int, unit: str, expected: datetime.date) -> None:
    assert shift_units(day, count, unit) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "call",
    [
        lambda: shift_days(datetime.date(9999, 12, 31), 1),
        lambda: shift_days(datetime.date(1, 1, 1), -1),
        lambda: add_months(datetime.date(9999, 12, 1), 1),
        lambda: calendar_date(2025, 2, 29),
        lambda: calendar_date(0, 1, 1),
        lambda: week_of(datetime.date(9999, 12, 31)),
    ],
)
def test_leaving_the_calendar_is_a_when_error(call: object) -> None:
    with pytest.raises(WhenError):
        call()  # type: ignore[operator]


def test_weekday_names_follow_date_weekday() -> None:
    assert WEEKDAY_NAMES[datetime.date(2025, 5, 23).weekday()] == "Friday"
