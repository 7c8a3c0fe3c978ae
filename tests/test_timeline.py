"""resolve_when: time words read against a dateline, by the documented rules.

The first table is the spec for every weekday as dateline (the week of
Monday 2025-05-19 to Sunday 2025-05-25); the later tables cover month and year
boundaries, Feb 29, seasons, explicit dates in every written form, phrases with
several honest readings, policy overrides, and text that must be refused with
a ``WhenError`` quoting it.
"""

from __future__ import annotations

import datetime

import pytest

from claimcheck.errors import ClaimcheckError, WhenError
from claimcheck.period import Period
from claimcheck.seasons import SOUTHERN_METEOROLOGICAL
from claimcheck.timeline import (
    WhenPolicy,
    explain_when,
    resolve_when,
    resolve_when_all,
)

MON, TUE, WED, THU, FRI, SAT, SUN = (datetime.date(2025, 5, day) for day in range(19, 26))
WEEK = (MON, TUE, WED, THU, FRI, SAT, SUN)
D = FRI  # the seed story's dateline, a Friday

# expression -> expected period for datelines Monday 19 .. Sunday 25 May 2025
EVERY_WEEKDAY: dict[str, tuple[str, ...]] = {
    "on Monday": ("2025-05-19",) * 7,
    "Friday": ("2025-05-16",) * 4 + ("2025-05-23",) * 3,
    "on Wednesday": ("2025-05-14",) * 2 + ("2025-05-21",) * 5,
    "Sunday": ("2025-05-18",) * 6 + ("2025-05-25",),
    "overnight Friday": ("2025-05-15/2025-05-16",) * 4 + ("2025-05-22/2025-05-23",) * 3,
    "overnight into Friday": ("2025-05-15/2025-05-16",) * 4 + ("2025-05-22/2025-05-23",) * 3,
    "last Friday": ("2025-05-16",) * 5 + ("2025-05-23",) * 2,
    "this past Monday": ("2025-05-12",) + ("2025-05-19",) * 6,
    "this Friday": ("2025-05-23",) * 7,
    "next Monday": ("2025-05-26",) * 7,
    "next Friday": ("2025-05-30",) * 7,
    "this coming Friday": ("2025-05-23",) * 4 + ("2025-05-30",) * 3,
    "will meet on Monday": ("2025-05-26",) * 7,
    "will hold talks on Friday": ("2025-05-23",) * 4 + ("2025-05-30",) * 3,
    "today": ("2025-05-19", "2025-05-20", "2025-05-21", "2025-05-22", "2025-05-23",
              "2025-05-24", "2025-05-25"),
    "yesterday": ("2025-05-18", "2025-05-19", "2025-05-20", "2025-05-21", "2025-05-22",
                  "2025-05-23", "2025-05-24"),
    "tomorrow": ("2025-05-20", "2025-05-21", "2025-05-22", "2025-05-23", "2025-05-24",
                 "2025-05-25", "2025-05-26"),
    "last night": ("2025-05-18/2025-05-19", "2025-05-19/2025-05-20", "2025-05-20/2025-05-21",
                   "2025-05-21/2025-05-22", "2025-05-22/2025-05-23", "2025-05-23/2025-05-24",
                   "2025-05-24/2025-05-25"),
    "last week": ("2025-05-12/2025-05-18",) * 7,
    "this week": ("2025-05-19/2025-05-25",) * 7,
    "next week": ("2025-05-26/2025-06-01",) * 7,
    "earlier this week": ("2025-05-19", "2025-05-19/2025-05-20", "2025-05-19/2025-05-21",
                          "2025-05-19/2025-05-22", "2025-05-19/2025-05-23",
                          "2025-05-19/2025-05-24", "2025-05-19/2025-05-25"),
    "over the weekend": ("2025-05-17/2025-05-18",) * 5 + ("2025-05-24", "2025-05-24/2025-05-25"),
    "last weekend": ("2025-05-17/2025-05-18",) * 7,
    "earlier this month": ("2025-05-01/2025-05-19", "2025-05-01/2025-05-20",
                           "2025-05-01/2025-05-21", "2025-05-01/2025-05-22",
                           "2025-05-01/2025-05-23", "2025-05-01/2025-05-24",
                           "2025-05-01/2025-05-25"),
    "last month": ("2025-04-01/2025-04-30",) * 7,
    "this month": ("2025-05-01/2025-05-31",) * 7,
    "last year": ("2024-01-01/2024-12-31",) * 7,
    "in recent days": ("2025-05-12/2025-05-19", "2025-05-13/2025-05-20", "2025-05-14/2025-05-21",
                       "2025-05-15/2025-05-22", "2025-05-16/2025-05-23", "2025-05-17/2025-05-24",
                       "2025-05-18/2025-05-25"),
    "in the coming days": ("2025-05-19/2025-05-26", "2025-05-20/2025-05-27",
                           "2025-05-21/2025-05-28", "2025-05-22/2025-05-29",
                           "2025-05-23/2025-05-30", "2025-05-24/2025-05-31",
                           "2025-05-25/2025-06-01"),
    "May 16": ("2025-05-16",) * 7,
    "May 23": ("2024-05-23",) * 4 + ("2025-05-23",) * 3,
    "three days ago": ("2025-05-16", "2025-05-17", "2025-05-18", "2025-05-19", "2025-05-20",
                       "2025-05-21", "2025-05-22"),
    "in May": ("2025-05-01/2025-05-19", "2025-05-01/2025-05-20", "2025-05-01/2025-05-21",
               "2025-05-01/2025-05-22", "2025-05-01/2025-05-23", "2025-05-01/2025-05-24",
               "2025-05-01/2025-05-25"),
    "in March": ("2025-03-01/2025-03-31",) * 7,
    "spring of 2022": ("2022-03-01/2022-05-31",) * 7,
    "since 2022": ("2022-01-01/2025-05-19", "2022-01-01/2025-05-20", "2022-01-01/2025-05-21",
                   "2022-01-01/2025-05-22", "2022-01-01/2025-05-23", "2022-01-01/2025-05-24",
                   "2022-01-01/2025-05-25"),
    "2025-05-16/2025-05-18": ("2025-05-16/2025-05-18",) * 7,
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        (text, dateline, expected)
        for text, row in EVERY_WEEKDAY.items()
        for dateline, expected in zip(WEEK, row, strict=True)
    ],
    ids=lambda value: value.strftime("%a") if isinstance(value, datetime.date) else None,
)
def test_every_expression_on_every_weekday(
    text: str, dateline: datetime.date, expected: str
) -> None:
    assert str(resolve_when(text, dateline)) == expected


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("last week", datetime.date(2025, 1, 1), "2024-12-23/2024-12-29"),
        ("this week", datetime.date(2025, 1, 1), "2024-12-30/2025-01-05"),
        ("last month", datetime.date(2025, 1, 15), "2024-12-01/2024-12-31"),
        ("next month", datetime.date(2025, 12, 15), "2026-01-01/2026-01-31"),
        ("next year", D, "2026-01-01/2026-12-31"),
        ("in December", datetime.date(2025, 1, 10), "2024-12-01/2024-12-31"),
        ("February 29", D, "2024-02-29"),
        ("February 29", datetime.date(2024, 2, 28), "2020-02-29"),
        ("Feb. 29", datetime.date(2024, 2, 29), "2024-02-29"),
        ("a year ago", datetime.date(2024, 2, 29), "2023-02-28"),
        ("one month ago", datetime.date(2025, 3, 31), "2025-02-28"),
        ("twenty-one days ago", D, "2025-05-02"),
        ("a couple of weeks ago", D, "2025-05-09"),
        ("48 hours ago", D, "2025-05-21"),
        ("five hours ago", D, "2025-05-22/2025-05-23"),
        ("a decade ago", D, "2015-05-23"),
        ("the past 24 hours", D, "2025-05-22/2025-05-23"),
        ("over the past week", D, "2025-05-16/2025-05-23"),
        ("in the last two weeks", D, "2025-05-09/2025-05-23"),
        ("the past year", D, "2024-05-23/2025-05-23"),
        ("in recent weeks", D, "2025-04-25/2025-05-23"),
        ("in recent months", D, "2025-02-23/2025-05-23"),
        ("the next 48 hours", D, "2025-05-23/2025-05-25"),
        ("in the coming weeks", D, "2025-05-23/2025-06-20"),
        ("this year so far", D, "2025-01-01/2025-05-23"),
        ("so far this year", D, "2025-01-01/2025-05-23"),
        ("later this week", D, "2025-05-23/2025-05-25"),
        ("later this month", D, "2025-05-23/2025-05-31"),
        ("the day before yesterday", D, "2025-05-21"),
        ("the day after tomorrow", D, "2025-05-25"),
        ("early Friday", D, "2025-05-23"),
        ("Wednesday evening", D, "2025-05-21"),
        ("Wed.", D, "2025-05-21"),
        ("the previous week", D, "2025-05-12/2025-05-18"),
        ("the following week", D, "2025-05-26/2025-06-01"),
        ("spring 2022", D, "2022-03-01/2022-05-31"),
        ("the spring of 2022", D, "2022-03-01/2022-05-31"),
        ("in the autumn of 2023", D, "2023-09-01/2023-11-30"),
        ("fall 2023", D, "2023-09-01/2023-11-30"),
        ("winter 2023-24", D, "2023-12-01/2024-02-29"),
        ("winter of 2022/2023", D, "2022-12-01/2023-02-28"),
        ("in the spring", D, "2025-03-01/2025-05-23"),
        ("in the spring", datetime.date(2025, 1, 10), "2024-03-01/2024-05-31"),
        ("in the winter", datetime.date(2025, 1, 10), "2024-12-01/2025-01-10"),
        ("since the spring of 2022", D, "2022-03-01/2025-05-23"),
        ("since March", D, "2025-03-01/2025-05-23"),
        ("since last week", D, "2025-05-12/2025-05-23"),
        ("since Monday", D, "2025-05-19/2025-05-23"),
        ("since May 16", D, "2025-05-16/2025-05-23"),
        ("ever since 2014", D, "2014-01-01/2025-05-23"),
        ("2024", D, "2024-01-01/2024-12-31"),
        ("in 2022", D, "2022-01-01/2022-12-31"),
        ("2022-23", D, "2022-01-01/2023-12-31"),
        ("in the 2022/23 season", D, "2022-01-01/2023-12-31"),
        ("in 2020-2024", D, "2020-01-01/2024-12-31"),
        ("1999-00", D, "1999-01-01/2000-12-31"),
        ("March 2024", D, "2024-03-01/2024-03-31"),
        ("March of 2024", D, "2024-03-01/2024-03-31"),
        ("in Sept. 2024", D, "2024-09-01/2024-09-30"),
        ("will meet on June 2", D, "2025-06-02"),
        ("will meet on May 16", D, "2026-05-16"),
        ("is expected to resume in June", D, "2025-06-01/2025-06-30"),
        ("will meet in May", D, "2025-05-23/2025-05-31"),
        ("is expected to continue in the coming days", D, "2025-05-23/2025-05-30"),
        ("will meet over the weekend", D, "2025-05-24/2025-05-25"),
        ("plans to visit next week", D, "2025-05-26/2025-06-01"),
        ("will meet in the spring", D, "2025-05-23/2025-05-31"),
        ("will meet in the spring", datetime.date(2025, 6, 1), "2026-03-01/2026-05-31"),
        ("will meet today", D, "2025-05-23"),
        ("will meet on May 30, 2025", D, "2025-05-30"),
    ],
)
def test_other_datelines_and_forms(text: str, dateline: datetime.date, expected: str) -> None:
    assert str(resolve_when(text, dateline)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "May 16, 2025",
        "May 16 2025",
        "16 May 2025",
        "16 May, 2025",
        "2025-05-16",
        "on May 16",
        "the 16th of May",
        "16th May",
        "May 16th",
        "on Friday, May 16, 2025",
        "Friday 16 May 2025",
        "MAY  16 ,2025",
        "may 16.",
        "\u00a0May 16\t",
    ],
)
def test_every_written_form_of_a_date_gives_that_day(text: str) -> None:
    assert resolve_when(text, D) == Period.day(datetime.date(2025, 5, 16))


@pytest.mark.parametrize(
    ("text", "dateline", "expected"),
    [
        ("will hold talks on Friday", FRI, ("2025-05-30", "2025-05-23")),
        ("last Friday", SUN, ("2025-05-23", "2025-05-16")),
        ("next Friday", TUE, ("2025-05-30", "2025-05-23")),
        ("overnight Friday", SAT, ("2025-05-22/2025-05-23", "2025-05-23/2025-05-24")),
        ("overnight Friday", FRI, ("2025-05-22/2025-05-23",)),
        ("over the weekend", SAT, ("2025-05-24", "2025-05-17/2025-05-18")),
        ("will meet over the weekend", SUN, ("2025-05-25", "2025-05-31/2025-06-01")),
        ("two weeks ago", FRI, ("2025-05-09", "2025-05-05/2025-05-11")),
        ("three months ago", FRI, ("2025-02-23", "2025-02-01/2025-02-28")),
        ("two years ago", FRI, ("2023-05-23", "2023-01-01/2023-12-31")),
        ("winter of 2022", FRI, ("2021-12-01/2022-02-28", "2022-12-01/2023-02-28")),
        ("Friday, May 22", FRI, ("2025-05-22", "2025-05-23")),
        ("Friday, May 23", FRI, ("2025-05-23",)),
        ("since the winter of 2022", FRI, ("2021-12-01/2025-05-23", "2022-12-01/2025-05-23")),
        ("on Monday", FRI, ("2025-05-19",)),
    ],
)
def test_all_honest_readings_usual_first(
    text: str, dateline: datetime.date, expected: tuple[str, ...]
) -> None:
    readings = resolve_when_all(text, dateline)
    assert tuple(map(str, readings)) == expected
    assert readings[0] == resolve_when(text, dateline)


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("on Monday", "past"),
        ("yesterday", "past"),
        ("last week", "past"),
        ("since 2022", "past"),
        ("in recent days", "past"),
        ("three days ago", "past"),
        ("today", "present"),
        ("this week", "present"),
        ("May 16, 2025", "present"),
        ("spring of 2022", "present"),
        ("tomorrow", "future"),
        ("next week", "future"),
        ("in the coming days", "future"),
        ("will meet on Monday", "future"),
    ],
)
def test_each_phrase_has_a_tense(text: str, tense: str) -> None:
    assert explain_when(text, D).tense == tense


def test_the_rule_applied_is_reported() -> None:
    resolution = explain_when("on Monday", D)
    assert "on or before the dateline" in resolution.rule
    assert resolution.period == Period.day(MON)
    assert resolution.text == "on Monday"
    assert resolution.dateline == D


def test_southern_seasons_are_a_policy_choice() -> None:
    southern = WhenPolicy(seasons=SOUTHERN_METEOROLOGICAL)
    assert str(resolve_when("spring of 2022", D, policy=southern)) == "2022-09-01/2022-11-30"
    assert str(resolve_when("spring of 2022", D)) == "2022-03-01/2022-05-31"


def test_vague_spans_are_a_policy_choice() -> None:
    wide = WhenPolicy(recent_days=3)
    assert str(resolve_when("in recent days", D, policy=wide)) == "2025-05-20/2025-05-23"
    assert str(resolve_when("the past 10 days", D, policy=wide)) == "2025-05-13/2025-05-23"


def test_a_datetime_dateline_is_read_as_its_day() -> None:
    moment = datetime.datetime(2025, 5, 23, 18, 30)
    assert resolve_when("yesterday", moment) == Period.day(THU)


@pytest.mark.parametrize(
    ("text", "dateline", "quoted"),
    [
        ("the twelfth of never", D, "the twelfth of never"),
        ("", D, "''"),
        ("   ", D, "'   '"),
        ("next", D, "'next'"),
        ("Octember 5", D, "Octember 5"),
        ("May 32", D, "May 32"),
        ("February 30", D, "February 30"),
        ("2025-02-30", D, "2025-02-30"),
        ("since 2025-02-29", D, "since 2025-02-29"),
        ("is expected to end 2025-02-29", D, "is expected to end 2025-02-29"),
        ("2025-05-18/2025-05-16", D, "2025-05-18/2025-05-16"),
        ("will meet last week", D, "will meet last week"),
        ("is expected to arrive yesterday", D, "yesterday"),
        ("since 2030", D, "since 2030"),
        ("earlier this weekend", WED, "earlier this weekend"),
        ("9999 years ago", D, "9999 years ago"),
        ("winter 2022-25", D, "winter 2022-25"),
        ("2023-22", D, "2023"),  # a span of years ends after it begins
        ("2022-35", D, "2022"),  # two final digits reach at most ten years on
        ("in 0000", D, "0000"),
        ("February 29, 2025", D, "February 29, 2025"),
        ("3-year-old", D, "3-year-old"),
        ("will", D, "'will'"),
        ("since since 2022", D, "since since 2022"),
        ("on Monday" * 40, D, "on Mondayon Monday"),
    ],
)
def test_unreadable_text_raises_when_error_quoting_it(
    text: str, dateline: datetime.date, quoted: str
) -> None:
    with pytest.raises(WhenError) as raised:
        resolve_when(text, dateline)
    assert quoted in str(raised.value)
    assert isinstance(raised.value, ClaimcheckError)
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize("bad", [None, 5, b"on Monday", ["on Monday"]])
def test_text_that_is_not_a_string_is_refused(bad: object) -> None:
    with pytest.raises(WhenError, match="must be text"):
        resolve_when(bad, D)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, "2025-05-23", 20250523])
def test_a_dateline_that_is_not_a_date_is_refused(bad: object) -> None:
    with pytest.raises(WhenError, match=r"dateline must be a datetime\.date"):
        resolve_when("on Monday", bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, 5, [], {"recent_days": 3}])
def test_a_policy_that_is_not_a_when_policy_is_refused(bad: object) -> None:
    with pytest.raises(WhenError, match=r"policy is .*: expected a WhenPolicy"):
        resolve_when("today", D, policy=bad)  # type: ignore[arg-type]
