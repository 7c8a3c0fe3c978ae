"""Period: inclusive day spans, their string form and set-like helpers.

``str`` gives ``YYYY-MM-DD`` or ``YYYY-MM-DD/YYYY-MM-DD`` and ``Period.parse``
reads it back exactly; ``days``, ``contains``, ``overlaps``, ``intersection``,
``hull`` and ``shift`` agree with a day-by-day oracle; bad input is refused
with a ``WhenError`` that says what was given.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import WhenError
from claimcheck.period import Period

DAYS = st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31))
NEAR = st.dates(min_value=datetime.date(2024, 12, 1), max_value=datetime.date(2025, 2, 28))


@st.composite
def periods(draw: st.DrawFn, days: st.SearchStrategy[datetime.date] = DAYS) -> Period:
    first, second = draw(days), draw(days)
    return Period(start=min(first, second), end=max(first, second))


def every_day(period: Period) -> set[datetime.date]:
    return {period.start + datetime.timedelta(days=n) for n in range(period.days)}


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2025-05-16", datetime.date(2025, 5, 16), datetime.date(2025, 5, 16)),
        ("2025-05-16/2025-05-18", datetime.date(2025, 5, 16), datetime.date(2025, 5, 18)),
        (" 2024-02-29 ", datetime.date(2024, 2, 29), datetime.date(2024, 2, 29)),
        ("0001-01-01/9999-12-31", datetime.date(1, 1, 1), datetime.date(9999, 12, 31)),
    ],
)
def test_parse_reads_the_string_forms(text: str, start: datetime.date, end: datetime.date) -> None:
    assert Period.parse(text) == Period(start=start, end=end)


@given(periods())
def test_string_form_round_trips(period: Period) -> None:
    text = str(period)
    assert Period.parse(text) == period
    assert ("/" in text) == (not period.is_day)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-5-16", "expected 'YYYY-MM-DD'"),
        ("May 16", "cannot read 'May 16'"),
        ("2025-02-30", "'2025-02-30' is not a calendar date"),
        ("2025-05-18/2025-05-16", "ends before it starts"),
        ("2025-05-16/", "cannot read"),
        ("2025-05-16/2025-05-18/2025-05-20", "cannot read"),
        ("9" * 1000, "too long"),
    ],
)
def test_parse_refuses_other_text(text: str, message: str) -> None:
    with pytest.raises(WhenError, match=message):
        Period.parse(text)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (datetime.date(2025, 5, 18), datetime.date(2025, 5, 16), "must not end before it starts"),
        ("2025-05-16", datetime.date(2025, 5, 16), "start must be a datetime.date"),
        (datetime.datetime(2025, 5, 16, 12), datetime.date(2025, 5, 17), "not a datetime"),
        (datetime.date(2025, 5, 16), None, "end must be a datetime.date"),
    ],
)
def test_constructor_refuses_bad_ends(start: object, end: object, message: str) -> None:
    with pytest.raises(WhenError, match=message):
        Period(start=start, end=end)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda p: p.contains("2025-05-16"), "a day in a Period must be a datetime.date"),
        (lambda p: p.contains(datetime.datetime(2025, 5, 16, 12)), "not a datetime"),
        (lambda p: p.overlaps(datetime.date(2025, 5, 16)), "expected a Period"),
        (lambda p: p.hull("2025-05-16"), "expected a Period"),
    ],
)
def test_helpers_refuse_what_is_not_a_day_or_period(call: object, message: str) -> None:
    with pytest.raises(WhenError, match=message):
        call(Period.day(datetime.date(2025, 5, 16)))  # type: ignore[operator]


def test_parse_refuses_non_text() -> None:
    with pytest.raises(WhenError, match="must be text"):
        Period.parse(20250516)  # type: ignore[arg-type]


@given(periods(NEAR))
def test_days_counts_every_day(period: Period) -> None:
    assert period.days == len(every_day(period))


@given(periods(NEAR), periods(NEAR))
def test_overlaps_and_intersection_agree_with_the_days(first: Period, second: Period) -> None:
    shared = every_day(first) & every_day(second)
    assert first.overlaps(second) == second.overlaps(first) == bool(shared)
    meet = first.intersection(second)
    assert (set() if meet is None else every_day(meet)) == shared


@given(periods(NEAR), periods(NEAR), NEAR)
def test_contains_agrees_with_the_days(first: Period, second: Period, day: datetime.date) -> None:
    assert first.contains(day) == (day in every_day(first))
    assert first.contains(second) == (every_day(second) <= every_day(first))


@given(periods(NEAR), periods(NEAR))
def test_hull_is_the_smallest_period_holding_both(first: Period, second: Period) -> None:
    hull = first.hull(second)
    assert hull.contains(first)
    assert hull.contains(second)
    assert hull.start in every_day(first) | every_day(second)
    assert hull.end in every_day(first) | every_day(second)


@given(periods(NEAR), st.integers(-1000, 1000))
def test_shift_moves_both_ends_and_undoes(period: Period, days: int) -> None:
    moved = period.shift(days)
    assert moved.days == period.days
    assert (moved.start - period.start).days == days
    assert moved.shift(-days) == period


def test_shift_off_the_calendar_is_a_when_error() -> None:
    with pytest.raises(WhenError, match="leaves the calendar"):
        Period.day(datetime.date(9999, 12, 31)).shift(1)


def test_repr_names_the_dates() -> None:
    day = datetime.date(2025, 5, 23)
    assert repr(Period.day(day)) == f"Period(start={day!r}, end={day!r})"
