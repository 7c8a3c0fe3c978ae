"""Laws of resolve_when, drawn over datelines from 1900 to 2100.

* Shifting the dateline by 7 days shifts every weekday and week reading by 7
  days; shifting it by any number of days shifts day-relative readings alike.
* Every reading of a past phrase ends on or before the dateline; every reading
  of a future phrase starts on or after it.
* Bare weekdays, yearless dates and yearless months agree with brute-force
  oracles; a date written in any supported form reads back as that date.
* "N hours ago" covers exactly the days an hour N hours before the dateline
  can fall on (an oracle on datetimes).
* Case and spacing never change a reading; ``resolve_when`` is the first of
  ``resolve_when_all``, and readings are distinct; ``since X`` runs from the
  start of X to the dateline; phrases with a year do not depend on the dateline.
* Any text, on any dateline the calendar holds, resolves or raises a
  ``WhenError``; hostile text is refused at once.
"""

from __future__ import annotations

import calendar
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import WhenError
from claimcheck.period import Period
from claimcheck.timeline import resolve_when, resolve_when_all
from hostile_inputs import IDS, TEXTS

DATELINES = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))
SHIFTS = st.integers(min_value=-400, max_value=400)
WEEKDAY_SPELLINGS = (
    ("Monday", "Mon", "Mon."),
    ("Tuesday", "Tue", "Tues."),
    ("Wednesday", "Wed", "Wed."),
    ("Thursday", "Thu", "Thurs."),
    ("Friday", "Fri", "Fri."),
    ("Saturday", "Sat", "Sat."),
    ("Sunday", "Sun", "Sun."),
)
MONTH_SPELLINGS = tuple(
    (calendar.month_name[m], calendar.month_abbr[m] + ".") for m in range(1, 13)
)
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
SEASONS = ("spring", "summer", "autumn", "fall", "winter")


def weekday_name(weekday: int) -> st.SearchStrategy[str]:
    return st.sampled_from(WEEKDAY_SPELLINGS[weekday])


def month_name(month: int) -> st.SearchStrategy[str]:
    return st.sampled_from(MONTH_SPELLINGS[month - 1])


@st.composite
def counts(draw: st.DrawFn, high: int) -> tuple[int, str]:
    """A count and how it is written (digits or words)."""
    value = draw(st.integers(min_value=1, max_value=high))
    if value <= len(NUMBER_WORDS) and draw(st.booleans()):
        return value, NUMBER_WORDS[value - 1]
    return value, str(value)


@st.composite
def weekday_phrases(draw: st.DrawFn) -> str:
    template = draw(
        st.sampled_from(
            (
                "{}", "on {}", "last {}", "this past {}", "this {}", "next {}",
                "this coming {}", "overnight {}", "overnight into {}", "will meet on {}",
                "is expected to arrive {}", "since {}", "{} morning", "early {}",
            )
        )
    )  # fmt: skip
    return template.format(draw(weekday_name(draw(st.integers(0, 6)))))


WEEK_PHRASES = st.sampled_from(
    (
        "last week", "this week", "next week", "earlier this week", "later this week",
        "over the weekend", "last weekend", "this weekend", "next weekend",
        "will meet over the weekend", "since last week",
    )
)  # fmt: skip


@st.composite
def day_relative_phrases(draw: st.DrawFn) -> str:
    _, count = draw(counts(60))
    return draw(
        st.sampled_from(
            (
                "today", "yesterday", "tomorrow", "last night", "the day before yesterday",
                f"{count} days ago", f"{count} hours ago", "in recent days",
                f"the past {count} days", f"the next {count} hours", "in the coming days",
            )
        )
    )  # fmt: skip


@st.composite
def yearless_dates(draw: st.DrawFn) -> tuple[int, int, str]:
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(2000, month)[1]))
    name = draw(month_name(month))
    text = draw(st.sampled_from((f"{name} {day}", f"{day} {name}", f"on {name} {day}")))
    return month, day, text


@st.composite
def past_phrases(draw: st.DrawFn, dateline: datetime.date) -> str:
    unit = draw(st.sampled_from(("day", "week", "month", "year")))
    period = draw(st.sampled_from(("week", "month", "year")))
    _, count = draw(counts(30))
    weekday = draw(weekday_name(draw(st.integers(0, 6))))
    month = draw(month_name(draw(st.integers(1, 12))))
    year = draw(st.integers(dateline.year - 50, dateline.year))
    return draw(
        st.sampled_from(
            (
                weekday, f"on {weekday}", f"last {weekday}", f"this past {weekday}",
                f"overnight {weekday}", "yesterday", "last night", "overnight", "earlier today",
                f"last {period}", "last weekend", "over the weekend", f"in recent {unit}s",
                f"the past {count} {unit}s", f"{count} {unit}s ago", draw(yearless_dates())[2],
                f"in {month}", f"in the {draw(st.sampled_from(SEASONS))}", f"since {year}",
                f"since {month} {year - 1}", f"since last {period}", f"since {weekday}",
                f"earlier this {period}", f"so far this {period}",
            )
        )
    )  # fmt: skip


@st.composite
def future_phrases(draw: st.DrawFn) -> str:
    unit = draw(st.sampled_from(("week", "month", "year")))
    _, count = draw(counts(30))
    weekday = draw(weekday_name(draw(st.integers(0, 6))))
    month = draw(month_name(draw(st.integers(1, 12))))
    return draw(
        st.sampled_from(
            (
                "tomorrow", "the day after tomorrow", f"next {unit}", "next weekend",
                f"later this {unit}", "later today", f"in the coming {unit}s",
                f"the next {count} days", f"next {weekday}", f"this coming {weekday}",
                f"will meet on {weekday}", f"will meet on {draw(yearless_dates())[2]}",
                f"will meet in {month}", f"plans to travel in the {draw(st.sampled_from(SEASONS))}",
                "will meet over the weekend", "is expected to continue in the coming days",
            )
        )
    )  # fmt: skip


def shifted(readings: tuple[Period, ...], days: int) -> tuple[Period, ...]:
    return tuple(period.shift(days) for period in readings)


@given(DATELINES, st.one_of(weekday_phrases(), WEEK_PHRASES))
def test_a_week_later_every_weekday_reading_is_a_week_later(
    dateline: datetime.date, text: str
) -> None:
    later = dateline + datetime.timedelta(days=7)
    assert resolve_when_all(text, later) == shifted(resolve_when_all(text, dateline), 7)


@given(DATELINES, SHIFTS, day_relative_phrases())
def test_day_relative_readings_move_with_the_dateline(
    dateline: datetime.date, days: int, text: str
) -> None:
    moved = dateline + datetime.timedelta(days=days)
    assert resolve_when_all(text, moved) == shifted(resolve_when_all(text, dateline), days)


@given(st.data(), DATELINES)
def test_past_phrases_end_on_or_before_the_dateline(
    data: st.DataObject, dateline: datetime.date
) -> None:
    text = data.draw(past_phrases(dateline))
    readings = resolve_when_all(text, dateline)
    assert readings
    assert all(period.end <= dateline for period in readings)


@given(DATELINES, future_phrases())
def test_future_phrases_start_on_or_after_the_dateline(dateline: datetime.date, text: str) -> None:
    readings = resolve_when_all(text, dateline)
    assert readings
    assert all(period.start >= dateline for period in readings)


@given(DATELINES, st.integers(0, 6), st.data())
def test_a_bare_weekday_is_the_one_day_of_the_last_seven_with_that_name(
    dateline: datetime.date, weekday: int, data: st.DataObject
) -> None:
    name = data.draw(weekday_name(weekday))
    week = [dateline - datetime.timedelta(days=back) for back in range(7)]
    (expected,) = [day for day in week if day.weekday() == weekday]
    assert resolve_when_all(f"on {name}", dateline) == (Period.day(expected),)


@given(DATELINES, yearless_dates())
def test_a_yearless_date_is_the_latest_such_day_on_or_before_the_dateline(
    dateline: datetime.date, date: tuple[int, int, str]
) -> None:
    month, day, text = date
    years = range(dateline.year - 8, dateline.year + 1)
    candidates = [
        datetime.date(year, month, day)
        for year in years
        if day <= calendar.monthrange(year, month)[1]
    ]
    expected = max(found for found in candidates if found <= dateline)
    assert resolve_when(text, dateline) == Period.day(expected)


@given(DATELINES, st.integers(1, 12), st.data())
def test_a_yearless_month_is_the_latest_begun_cut_at_the_dateline(
    dateline: datetime.date, month: int, data: st.DataObject
) -> None:
    name = data.draw(month_name(month))
    firsts = [datetime.date(year, month, 1) for year in (dateline.year - 1, dateline.year)]
    start = max(first for first in firsts if first <= dateline)
    last = datetime.date(start.year, month, calendar.monthrange(start.year, month)[1])
    assert resolve_when(f"in {name}", dateline) == Period(start=start, end=min(last, dateline))


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[datetime.date, str]:
    day = draw(st.dates(min_value=datetime.date(1000, 1, 1)))
    month = draw(month_name(day.month))
    weekday = WEEKDAY_SPELLINGS[day.weekday()][0]
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day.day, "th")
    forms = (
        f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}",
        f"{month} {day.day} {day.year}", day.isoformat(),
        f"the {day.day}{suffix} of {month} {day.year}",
        f"on {weekday}, {month} {day.day}, {day.year}", f"{weekday} {day.day} {month} {day.year}",
    )  # fmt: skip
    return day, draw(st.sampled_from(forms))


@given(written_dates(), DATELINES)
def test_a_written_date_reads_back_as_itself_on_any_dateline(
    written: tuple[datetime.date, str], dateline: datetime.date
) -> None:
    day, text = written
    assert resolve_when_all(text, dateline) == (Period.day(day),)


@st.composite
def respelled(draw: st.DrawFn, text: str) -> str:
    case = draw(st.sampled_from((str.upper, str.lower, str.title, str.swapcase)))
    spaces = draw(st.sampled_from((" ", "  ", " \t", "\u00a0")))
    return draw(st.sampled_from(("", " ", "\n"))) + spaces.join(case(text).split(" "))


@given(st.data(), DATELINES)
def test_case_and_spacing_never_change_a_reading(
    data: st.DataObject, dateline: datetime.date
) -> None:
    text = data.draw(st.one_of(past_phrases(dateline), future_phrases(), weekday_phrases()))
    variant = data.draw(respelled(text))
    assert resolve_when_all(variant, dateline) == resolve_when_all(text, dateline)


@given(st.data(), DATELINES)
def test_the_usual_reading_comes_first_and_readings_are_distinct(
    data: st.DataObject, dateline: datetime.date
) -> None:
    text = data.draw(st.one_of(past_phrases(dateline), future_phrases(), weekday_phrases()))
    readings = resolve_when_all(text, dateline)
    assert resolve_when(text, dateline) == readings[0]
    assert len(set(readings)) == len(readings)


@given(st.data(), DATELINES)
def test_since_runs_from_the_start_of_the_phrase_to_the_dateline(
    data: st.DataObject, dateline: datetime.date
) -> None:
    year = data.draw(st.integers(dateline.year - 60, dateline.year))
    season = data.draw(st.sampled_from(SEASONS))
    inner = data.draw(
        st.sampled_from(
            (str(year), f"{season} {year - 1}", "last week", "last month", "yesterday", "Monday")
        )
    )
    starts = [period.start for period in resolve_when_all(inner, dateline)]
    expected = tuple(dict.fromkeys(Period(start=start, end=dateline) for start in starts))
    assert resolve_when_all(f"since {inner}", dateline) == expected


@given(DATELINES, DATELINES, st.integers(1001, 9998), st.integers(1, 12), st.data())
def test_phrases_with_a_year_do_not_depend_on_the_dateline(
    first: datetime.date, second: datetime.date, year: int, month: int, data: st.DataObject
) -> None:
    name = data.draw(month_name(month))
    season = data.draw(st.sampled_from(SEASONS))
    text = data.draw(st.sampled_from((str(year), f"{name} {year}", f"{season} of {year}")))
    assert resolve_when_all(text, first) == resolve_when_all(text, second)


TOKENS = (
    "on", "in", "the", "last", "this", "next", "past", "coming", "since", "will", "meet", "ago",
    "overnight", "into", "of", "weekend", "week", "month", "year", "days", "hours", "earlier",
    "later", "so", "far", "recent", "Friday", "May", "February", "29", "30", "31", "0", "1",
    "9999", "0001", "2022", "2022-23", "spring", "winter", "a", "decade", "2025-02-29",
    "2025-05-16/2025-05-18", "0001-01-01", "9999-12-31", ",", "tomorrow", "yesterday",
)  # fmt: skip


@given(
    st.lists(st.sampled_from(TOKENS), min_size=1, max_size=6),
    st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)),
)
def test_any_word_soup_resolves_or_raises_when_error(
    tokens: list[str], dateline: datetime.date
) -> None:
    text = " ".join(tokens)
    result = readings_or_error(text, dateline)
    assert result if isinstance(result, tuple) else repr(text) in result.message


def readings_or_error(text: str, dateline: datetime.date) -> tuple[Period, ...] | WhenError:
    try:
        return resolve_when_all(text, dateline)
    except WhenError as error:
        return error


@given(DATELINES, st.integers(min_value=0, max_value=99_999))
def test_hours_ago_covers_the_days_that_hour_can_fall_on(
    dateline: datetime.date, hours: int
) -> None:
    # Oracle: "N hours ago", said at any moment of the dateline, falls between
    # midnight starting the dateline and midnight ending it, moved back N hours.
    midnight = datetime.datetime.combine(dateline, datetime.time())
    back = datetime.timedelta(hours=hours)
    earliest = (midnight - back).date()
    latest = midnight + datetime.timedelta(days=1) - back - datetime.timedelta(microseconds=1)
    assert resolve_when(f"{hours} hours ago", dateline) == Period(start=earliest, end=latest.date())


ANY_DATELINE = st.dates()


@given(st.text(), ANY_DATELINE)
def test_any_text_on_any_dateline_resolves_or_raises_a_when_error(
    text: str, dateline: datetime.date
) -> None:
    try:
        readings = resolve_when_all(text, dateline)
    except WhenError:
        return
    assert readings[0] == resolve_when(text, dateline=dateline)


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_hostile_text_is_refused_with_a_when_error(text: str) -> None:
    with pytest.raises(WhenError):
        resolve_when(text, dateline=datetime.date(2025, 5, 23))
