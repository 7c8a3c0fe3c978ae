"""Weekday agreement: "Friday, May 23" must name a Friday.

Pairs are found in running text in every written form, with their spans; a
yearless date takes the year nearest the dateline; a date that does not exist
is a disagreeing pair; a mismatch is returned as data, never raised.
"""

from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.weekday_agreement import weekday_mismatches, weekday_pairs

DATELINE = datetime.date(2025, 5, 23)
DAYS = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The swap began on Friday, May 23.", [("Friday, May 23", "2025-05-23", True)]),
        ("They meet on Thursday (May 30).", [("Thursday (May 30", "2025-05-30", False)]),
        ("Talks on Monday 2 June 2025 went on.", [("Monday 2 June 2025", "2025-06-02", True)]),
        ("on Tue., 20 May and Fri 23 May", [("Tue., 20 May", "2025-05-20", True),
                                            ("Fri 23 May", "2025-05-23", True)]),
        ("FRIDAY, MAY 22, 2025", [("FRIDAY, MAY 22, 2025", "2025-05-22", False)]),
        ("Sunday, December 28", [("Sunday, December 28", "2024-12-28", False)]),
        ("Friday, February 30", [("Friday, February 30", None, False)]),
        ("Friday, May 2025 was busy", []),
        ("Sundays in May 23 ways", []),
        ("no dates here at all", []),
    ],
)  # fmt: skip
def test_pairs_found_in_text(text: str, expected: list[tuple[str, str | None, bool]]) -> None:
    found = [
        (pair.text, pair.date and pair.date.isoformat(), pair.agrees)
        for pair in weekday_pairs(text, DATELINE)
    ]
    assert found == expected


def test_a_mismatch_is_data_with_a_message() -> None:
    (pair,) = weekday_mismatches("The call was on Thursday, May 23.", DATELINE)
    assert pair.stated_weekday == 3
    assert pair.actual_weekday == 4
    assert pair.message == "'Thursday, May 23' says Thursday, but 2025-05-23 is a Friday"
    assert not pair.year_stated


@st.composite
def written(draw: st.DrawFn) -> tuple[datetime.date, int, str]:
    day = draw(DAYS)
    weekday = draw(st.integers(0, 6))
    name = draw(st.sampled_from((calendar.day_name[weekday], calendar.day_abbr[weekday])))
    month = calendar.month_name[day.month]
    date_text = draw(
        st.sampled_from(
            (f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}",
             f"({month} {day.day}, {day.year})")
        )
    )  # fmt: skip
    return day, weekday, f"{name}, {date_text}" if draw(st.booleans()) else f"{name} {date_text}"


@given(written(), st.text(max_size=30), st.text(max_size=30), DAYS)
def test_a_pair_agrees_exactly_when_the_weekday_is_right(
    pair_text: tuple[datetime.date, int, str], before: str, after: str, dateline: datetime.date
) -> None:
    day, weekday, text = pair_text
    document = f"{before} {text} .{after}"
    pairs = [pair for pair in weekday_pairs(document, dateline) if pair.date == day]
    assert pairs
    pair = pairs[0]
    assert pair.agrees == (day.weekday() == weekday)
    assert document[pair.span[0] : pair.span[1]] == pair.text
    assert (pair in weekday_mismatches(document, dateline)) != pair.agrees


@given(DAYS, st.integers(-180, 180))
def test_a_yearless_date_takes_the_year_nearest_the_dateline(
    dateline: datetime.date, offset: int
) -> None:
    day = dateline + datetime.timedelta(days=offset)
    if (day.month, day.day) == (2, 29):
        day = day - datetime.timedelta(days=1)
    text = f"{calendar.day_name[day.weekday()]}, {calendar.month_name[day.month]} {day.day}"
    (pair,) = weekday_pairs(text, dateline)
    assert pair.date == day
    assert pair.agrees


def test_hostile_text_is_scanned_without_trouble() -> None:
    text = ("Friday, " * 20000) + ("May " * 20000) + "1" * 100000
    assert weekday_pairs(text, DATELINE) == ()
