"""Ages and durations by calendar arithmetic.

Whole years agree with the birthday rule (a Feb 29 anniversary falls on
Feb 28 in common years); the y/m/d breakdown adds back to the end date; the
exact amount lies in [whole, whole + 1), is whole exactly on anniversaries and
never decreases as the end moves later; "3-year-old" and "in its fourth year"
mean [3, 4) years; a check is data whose message shows both dates.
"""

from __future__ import annotations

import calendar
import datetime
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.calendar_math import add_months
from claimcheck.durations import (
    DurationBound,
    check_duration,
    duration_unit,
    elapsed,
)
from claimcheck.errors import WhenError

DAYS = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))
INVASION = datetime.date(2022, 2, 24)
DATELINE = datetime.date(2025, 5, 23)


@st.composite
def spans(draw: st.DrawFn) -> tuple[datetime.date, datetime.date]:
    start = draw(DAYS)
    return start, start + datetime.timedelta(days=draw(st.integers(0, 40 * 366)))


def birthday_years(start: datetime.date, end: datetime.date) -> int:
    """The textbook oracle: years by year numbers, less one before the anniversary."""
    leap_day = (start.month, start.day) == (2, 29) and not calendar.isleap(end.year)
    anniversary = (2, 28) if leap_day else (start.month, start.day)
    return end.year - start.year - ((end.month, end.day) < anniversary)


@given(spans())
def test_whole_years_follow_the_birthday_rule(span: tuple[datetime.date, datetime.date]) -> None:
    assert elapsed(*span).years == birthday_years(*span)


@given(spans())
def test_the_breakdown_adds_back_to_the_end(span: tuple[datetime.date, datetime.date]) -> None:
    start, end = span
    found = elapsed(start, end)
    assert 0 <= found.months < 12
    anchor = add_months(start, found.total_months)
    assert anchor + datetime.timedelta(days=found.days) == end
    assert add_months(start, found.total_months + 1) > end
    assert found.total_days == (end - start).days


@given(spans(), st.sampled_from(["day", "week", "month", "year"]))
def test_the_amount_lies_between_whole_units(
    span: tuple[datetime.date, datetime.date], unit: str
) -> None:
    found = elapsed(*span)
    amount = found.amount(unit)
    whole = {"day": found.total_days, "week": found.total_days // 7,
             "month": found.total_months, "year": found.years}[unit]  # fmt: skip
    assert whole <= amount < whole + 1


@given(spans())
def test_years_are_whole_exactly_on_anniversaries(
    span: tuple[datetime.date, datetime.date],
) -> None:
    start, end = span
    found = elapsed(start, end)
    on_anniversary = add_months(start, 12 * found.years) == end
    assert (found.amount("year").denominator == 1) == on_anniversary


@given(spans(), st.integers(0, 800), st.sampled_from(["month", "year"]))
def test_the_amount_never_shrinks_as_the_end_moves_later(
    span: tuple[datetime.date, datetime.date], more: int, unit: str
) -> None:
    start, end = span
    later = end + datetime.timedelta(days=more)
    assert elapsed(start, end).amount(unit) <= elapsed(start, later).amount(unit)


@given(spans(), st.integers(0, 40))
def test_an_age_holds_exactly_for_its_whole_years(
    span: tuple[datetime.date, datetime.date], years: int
) -> None:
    check = check_duration(*span, DurationBound.age(years))
    assert check.holds == (birthday_years(*span) == years)
    assert check_duration(*span, DurationBound.ordinal(years + 1)).holds == check.holds


@pytest.mark.parametrize(
    ("start", "end", "bound", "holds"),
    [
        (INVASION, DATELINE, DurationBound.age(3), True),
        (INVASION, DATELINE, DurationBound.ordinal(4), True),
        (INVASION, DATELINE, DurationBound.more_than(3), True),
        (INVASION, DATELINE, DurationBound.age(2), False),
        (INVASION, DATELINE, DurationBound.ordinal(3), False),
        (INVASION, DATELINE, DurationBound.more_than(3, "year"), True),
        (INVASION, DATELINE, DurationBound.at_least(40, "month"), False),
        (INVASION, DATELINE, DurationBound.less_than(1200, "days"), True),
        (INVASION, datetime.date(2025, 2, 24), DurationBound.more_than(3), False),
        (INVASION, datetime.date(2025, 2, 24), DurationBound.age(3), True),
        (INVASION, datetime.date(2025, 2, 23), DurationBound.age(3), False),
        (datetime.date(2020, 2, 29), datetime.date(2021, 2, 28), DurationBound.age(1), True),
        (datetime.date(2020, 2, 29), datetime.date(2021, 2, 27), DurationBound.age(0), True),
        (
            datetime.date(2025, 1, 31), datetime.date(2025, 2, 28),
            DurationBound.age(1, "month"), True,
        ),
    ],
)  # fmt: skip
def test_stated_durations(
    start: datetime.date, end: datetime.date, bound: DurationBound, holds: bool
) -> None:
    assert check_duration(start, end, bound).holds is holds


def test_the_seed_invasion_age_in_detail() -> None:
    found = elapsed(INVASION, DATELINE)
    assert (found.years, found.months, found.days) == (3, 2, 29)
    assert str(found) == "3 years, 2 months and 29 days"
    assert found.amount("year") == 3 + Fraction(88, 365)
    check = check_duration(INVASION, DATELINE, DurationBound.age(2))
    assert "2022-02-24" in check.message
    assert "2025-05-23" in check.message
    assert "does not fit at least 2 and under 3 years" in check.message
    assert "(about 3.24 years)" in check.message


@pytest.mark.parametrize(
    ("start", "end", "shown"),
    [
        (datetime.date(2024, 1, 1), datetime.date(2024, 1, 4), "3 days"),  # whole: no rounding
        (datetime.date(2023, 1, 1), datetime.date(2023, 1, 3), "about 0.29 weeks"),  # 2/7
        (datetime.date(2023, 1, 1), datetime.date(2023, 1, 2), "about 0.14 weeks"),  # 1/7
        (datetime.date(2023, 1, 1), datetime.date(2023, 7, 2), "about 0.50 years"),  # 182/365
        (datetime.date(2023, 1, 1), datetime.date(2023, 1, 3), "about 0.06 months"),  # 2/31
    ],
)
def test_the_message_rounds_the_elapsed_amount_to_hundredths_exactly(
    start: datetime.date, end: datetime.date, shown: str
) -> None:
    unit = shown.split()[-1].removesuffix("s")
    check = check_duration(start, end, DurationBound.at_least(0, unit))
    assert f"({shown})" in check.message


@pytest.mark.parametrize(
    ("name", "unit"),
    [("year", "year"), ("Years", "year"), ("a", "year"), ("months", "month"), ("d", "day")],
)
def test_unit_names(name: str, unit: str) -> None:
    assert duration_unit(name) == unit


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: elapsed(DATELINE, INVASION), "back to the earlier"),
        (lambda: elapsed("2022-02-24", DATELINE), "start must be a datetime.date"),
        (lambda: duration_unit("fortnight"), "'fortnight' is not a calendar unit"),
        (lambda: DurationBound(unit="year", low=4, high=3), r"high \(3\) below low \(4\)"),
        (lambda: DurationBound(unit="year", low=1.5), "must be an int, Fraction or None"),
    ],
)
def test_bad_input_is_refused(call: object, message: str) -> None:
    with pytest.raises(WhenError, match=message):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("bound", "text"),
    [
        (DurationBound.age(3), "at least 3 and under 4 years"),
        (DurationBound.more_than(3), "more than 3 years"),
        (DurationBound(unit="days", high=10), "at most 10 days"),
        (DurationBound(unit="week"), "any number of weeks"),
    ],
)
def test_bounds_read_as_words(bound: DurationBound, text: str) -> None:
    assert str(bound) == text
