"""The time-word grammar: text to typed phrase records, syntax only.

Each pattern family reads into its record (weekday, calendar unit, span, ago,
date, month, season, year, ISO); a future lead ("will ... ") and ``since`` are
recorded, not resolved; normalisation folds case, spacing, curly quotes and
trailing punctuation; counts read as digits or words; hostile or overlong
input is refused with ``WhenError`` at once.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import WhenError
from claimcheck.grammar.timewords import (
    MAX_WHEN_CHARS,
    AgoWords,
    CalendarWords,
    DateWords,
    DayWords,
    IsoWords,
    MonthWords,
    Phrase,
    SeasonWords,
    SpanWords,
    TimeWords,
    WeekdayWords,
    YearWords,
    count_value,
    normalize,
    read_iso_period,
    read_time_words,
)

NUMBERS = {
    "one": 1, "seven": 7, "nineteen": 19, "twenty": 20, "twenty-one": 21, "ninety nine": 99,
    "forty-five": 45, "a": 1, "an": 1, "a couple of": 2, "a dozen": 12, "365": 365,
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("today", DayWords(word="today")),
        ("the day before yesterday", DayWords(word="the day before yesterday")),
        ("on Monday", WeekdayWords(weekday=0)),
        ("last Fri.", WeekdayWords(weekday=4, which="last")),
        ("this past Sunday", WeekdayWords(weekday=6, which="past")),
        ("this coming Tues", WeekdayWords(weekday=1, which="coming")),
        ("overnight Friday", WeekdayWords(weekday=4, overnight=True)),
        ("last week", CalendarWords(which="last", unit="week")),
        ("the previous month", CalendarWords(which="last", unit="month")),
        ("earlier in the week", CalendarWords(which="earlier", unit="week")),
        ("this year so far", CalendarWords(which="earlier", unit="year")),
        ("over the weekend", CalendarWords(which="the", unit="weekend")),
        ("in recent days", SpanWords(direction="past", count=None, unit="day", plural=True)),
        ("the past week", SpanWords(direction="past", count=None, unit="week", plural=False)),
        ("the past 24 hours", SpanWords(direction="past", count=24, unit="hour", plural=True)),
        ("the last few days", SpanWords(direction="past", count=None, unit="day", plural=True)),
        ("in the coming days", SpanWords(direction="future", count=None, unit="day", plural=True)),
        ("three years ago", AgoWords(count=3, unit="year")),
        ("a decade ago", AgoWords(count=1, unit="decade")),
        ("May 16", DateWords(month=5, day=16)),
        ("16 May 2025", DateWords(month=5, day=16, year=2025)),
        ("Friday, May 23, 2025", DateWords(month=5, day=23, year=2025, weekday=4)),
        ("the 1st of Sept.", DateWords(month=9, day=1)),
        ("in March", MonthWords(month=3)),
        ("March of 2024", MonthWords(month=3, year=2024)),
        ("the spring of 2022", SeasonWords(season="spring", year=2022)),
        ("fall", SeasonWords(season="autumn")),
        ("winter 2022-23", SeasonWords(season="winter", year=2022, until_year=23)),
        ("in 2022", YearWords(year=2022)),
        (
            "2025-05-16/2025-05-18",
            IsoWords(start=datetime.date(2025, 5, 16), end=datetime.date(2025, 5, 18)),
        ),
    ],
)
def test_each_family_reads_into_its_record(text: str, phrase: Phrase) -> None:
    assert read_time_words(text) == TimeWords(phrase=phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("will meet on Monday", WeekdayWords(weekday=0)),
        ("will hold direct talks in Istanbul on Friday", WeekdayWords(weekday=4)),
        ("is expected to continue in the coming days",
         SpanWords(direction="future", count=None, unit="day", plural=True)),
        ("plans to travel next week", CalendarWords(which="next", unit="week")),
    ],
)  # fmt: skip
def test_a_future_lead_is_recorded(text: str, phrase: Phrase) -> None:
    assert read_time_words(text) == TimeWords(phrase=phrase, future=True)


def test_since_is_recorded() -> None:
    found = read_time_words("since the spring of 2022")
    assert found == TimeWords(phrase=SeasonWords(season="spring", year=2022), since=True)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("  On   MONDAY. ", "on monday"),
        ("May 16 ,2025", "may 16, 2025"),
        ("Winter 2022\u20132023", "winter 2022-2023"),
        ("\u2018last week\u2019", "'last week'"),
        ("\tyesterday;", "yesterday"),
    ],
)
def test_normalize(text: str, normal: str) -> None:
    assert normalize(text) == normal


@pytest.mark.parametrize(("text", "value"), NUMBERS.items())
def test_count_words(text: str, value: int) -> None:
    assert count_value(text) == value


@given(st.integers(0, 99999))
def test_counts_in_digits_read_back(value: int) -> None:
    assert read_time_words(f"{value} days ago") == TimeWords(
        phrase=AgoWords(count=value, unit="day")
    )


def test_read_iso_period() -> None:
    assert read_iso_period("2025-05-16") == (datetime.date(2025, 5, 16),) * 2
    assert read_iso_period("May 16") is None
    with pytest.raises(WhenError, match="not a calendar date"):
        read_iso_period("2025-13-01")


@pytest.mark.parametrize(
    "text",
    [
        "x" * (MAX_WHEN_CHARS + 1),
        "9" * 100_000,
        "1" * 6 + " days ago",
        "will " * 40,
        "since " * 30 + "2022",
        "on " * 60 + "Monday",
        "will meet with the leaders of many nations on Monday",
        "(" * 150,
        "next next week",
    ],
)
def test_hostile_or_overlong_text_is_refused(text: str) -> None:
    with pytest.raises(WhenError):
        read_time_words(text)


def read_or_error(text: str) -> TimeWords | WhenError:
    try:
        return read_time_words(text)
    except WhenError as error:
        return error


@given(st.text(max_size=MAX_WHEN_CHARS))
def test_arbitrary_text_reads_or_raises_when_error_quoting_it(text: str) -> None:
    result = read_or_error(text)
    assert isinstance(result, TimeWords) or repr(text) in result.message
