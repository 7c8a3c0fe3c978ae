"""Every figure and time phrase the product design (design.md) gives reads as the design says.

The design is the specification users read first, so each of its examples is a row here.
The expected intervals are the design's own words turned into numbers ("[1.15M, 1.25M]",
"(1000, inf)", "[3, 4) years"), not values copied from the parser.
"""

from __future__ import annotations

import datetime
from fractions import Fraction as F

import pytest

import claimcheck as cc
from claimcheck.durations import DurationBound, check_duration

DATELINE = datetime.date(2025, 5, 23)  # the seed's dateline, a Friday
INF = None  # an unbounded end

# (text, low, high, low_open, high_open, unit, counts): the design's "what claimcheck knows"
FIGURES = [
    ("270", F(270), F(270), False, False, None, True),
    ("120", F(120), F(120), False, False, None, True),
    ("175", F(175), F(175), False, False, None, True),
    ("150", F(150), F(150), False, False, None, True),
    ("76", F(76), F(76), False, False, None, True),
    ("63", F(63), F(63), False, False, None, True),
    ("one", F(1), F(1), False, False, None, True),
    ("1,000-for-1,000", F(1000), F(1000), False, False, None, True),
    ("around 1,000", F(900), F(1100), False, False, None, True),  # the default band, +-10%
    ("nearly 1,000", F(900), F(1000), False, False, None, True),
    ("at least 162", F(162), INF, False, False, None, True),
    ("more than 1,000", F(1000), INF, True, False, None, True),
    ("300 to 400", F(300), F(400), False, False, None, True),
    ("1.2 million", F(1_150_000), F(1_250_000), False, False, None, True),
    ("86%", F(171, 2), F(173, 2), False, False, "percent", False),
    ("107 square miles", F(213, 2), F(215, 2), False, False, "square_mile", False),
    ("3-year-old", F(3), F(4), False, True, "year", False),
]


@pytest.mark.parametrize(
    ("text", "low", "high", "low_open", "high_open", "unit", "counts"),
    FIGURES,
    ids=[row[0] for row in FIGURES],
)
def test_each_figure_in_the_design_reads_as_the_design_says(
    text: str,
    low: F | None,
    high: F | None,
    low_open: bool,
    high_open: bool,
    unit: str | None,
    counts: bool,
) -> None:
    fig = cc.parse_figure(text)
    assert (fig.low, fig.high) == (low, high)
    assert (fig.low_open, fig.high_open) == (low_open, high_open)
    assert fig.unit == unit
    assert fig.counts is counts
    assert fig.stated == text


@pytest.mark.parametrize(
    ("text", "value", "inside"),
    [
        ("around 1,000", 1000, True),  # fig.contains(1000)
        ("86%", 86, True),  # a bare number is read in the figure's own unit
        ("86%", F(86), True),
        ("86%", "86", True),
        ("at least 162", 175, True),  # a lower bound on another measure: no conflict with 175
        ("more than 1,000", 1000, False),
        ("nearly 1,000", 1000, True),
        ("nearly 1,000", 1001, False),
        ("3-year-old", "1,184 days", True),  # the invasion's age on the dateline
        ("107 square miles", "277 km²", True),  # 106.95 square miles
        ("1,000-kilometer", "1 km", False),  # a quantity text converts to the figure's unit
        ("1,000-kilometer", "1,000,000 m", True),
    ],
)
def test_contains_takes_an_int_a_fraction_or_a_quantity_text(
    text: str, value: int | F | str, inside: bool
) -> None:
    assert cc.parse_figure(text).contains(value) is inside


def test_a_quantity_in_another_dimension_is_refused_with_a_unit_error() -> None:
    with pytest.raises(cc.UnitError):
        cc.parse_figure("86%").contains("1 km")


def test_the_parts_the_design_names_are_found_in_running_text() -> None:
    found = cc.figures_in("150 of 175 drones; 270 soldiers and 120 civilians; 1,000-for-1,000")
    values = [tuple(f.low for f in figures) for _, figures in found]
    assert values == [(150, 175), (270,), (120,), (1000, 1000)]


# (phrase, dateline, the period the design and the time issue name)
PHRASES = [
    ("Friday", DATELINE, "2025-05-23"),
    ("on Friday", DATELINE, "2025-05-23"),
    ("on Monday", DATELINE, "2025-05-19"),  # the most recent Monday on or before the dateline
    ("last week", DATELINE, "2025-05-12/2025-05-18"),  # Monday to Sunday
    ("spring of 2022", DATELINE, "2022-03-01/2022-05-31"),  # meteorological, northern
    ("will meet on Monday", DATELINE, "2025-05-26"),  # the future reading
    ("next Monday", DATELINE, "2025-05-26"),
    ("overnight Friday", DATELINE, "2025-05-22/2025-05-23"),  # the night into Friday
    ("today", DATELINE, "2025-05-23"),
    ("yesterday", DATELINE, "2025-05-22"),
    ("tomorrow", DATELINE, "2025-05-24"),
    ("May 16", DATELINE, "2025-05-16"),
    ("16 May 2025", DATELINE, "2025-05-16"),
    ("May 16, 2025", DATELINE, "2025-05-16"),
    ("2025-05-16", DATELINE, "2025-05-16"),
    ("since 2022", DATELINE, "2022-01-01/2025-05-23"),
]


@pytest.mark.parametrize(("text", "dateline", "period"), PHRASES, ids=[p[0] for p in PHRASES])
def test_each_time_phrase_in_the_design_resolves_as_the_design_says(
    text: str, dateline: datetime.date, period: str
) -> None:
    resolved = cc.resolve_when(text, dateline=dateline)  # dateline by keyword, as designed
    assert str(resolved) == period
    assert (resolved.start, resolved.end) == (
        datetime.date.fromisoformat(period.split("/")[0]),
        datetime.date.fromisoformat(period.split("/")[-1]),
    )


def test_the_dateline_is_a_friday() -> None:
    assert DATELINE.strftime("%A") == "Friday"


@pytest.mark.parametrize(
    ("bound", "holds"),
    [(DurationBound.age(3), True), (DurationBound.age(2), False), (DurationBound.ordinal(4), True)],
)
def test_a_3_year_old_invasion_is_checked_by_the_calendar(
    bound: DurationBound, holds: bool
) -> None:
    invasion = datetime.date(2022, 2, 24)
    assert check_duration(invasion, DATELINE, bound).holds is holds


STORY_FILE = """
title = "Russia, Ukraine begin large prisoner exchange"
dateline = 2025-05-23

[sources.ru-mod]
name = "Russian Defense Ministry"
side = "Russia"

[sources.ua-af]
name = "Ukrainian Air Force"
side = "Ukraine"

[[claims]]
id = "ru-soldiers"
source = "ru-mod"
measure = "prisoners returned[side=Russia, group=soldiers, stage=1]"
figure = "270"
quote = "270 Russian soldiers and 120 Russian civilians"

[[claims]]
source = "ua-af"
measure = "drones launched[attack=2025-05-23]"
figure = "175"

[[claims]]
source = "ua-af"
measure = "drones neutralized[attack=2025-05-23]"
figure = "150"

[[relations]]
kind = "part-of"
part = "drones neutralized[attack=2025-05-23]"
whole = "drones launched[attack=2025-05-23]"

[[relations]]
kind = "total"
total = "prisoners returned[side=Russia, stage=1]"
parts = ["prisoners returned[side=Russia, group=soldiers, stage=1]",
         "prisoners returned[side=Russia, group=civilians, stage=1]"]
"""


def test_the_design_story_file_loads_with_the_ids_it_names() -> None:
    story = cc.loads(STORY_FILE)
    assert [c.id for c in story.claims] == ["ru-soldiers", "claims[1]", "claims[2]"]
    assert story.claim("claims[2]").measure == cc.Measure.parse(
        "drones neutralized[attack=2025-05-23]"
    )
    assert [type(r) for r in story.relations] == [cc.PartOf, cc.Total]


def test_the_design_public_calls_build_a_story() -> None:
    src = cc.Source("Ukrainian Air Force", side="Ukraine")
    m = cc.Measure.parse("drones neutralized[attack=2025-05-23]")
    m2 = cc.Measure.parse("drones launched[attack=2025-05-23]")
    claim = cc.Claim(source=src, measure=m, figure=cc.parse_figure("150"), said_on=DATELINE,
                     quote="150 of those drones")  # fmt: skip
    story = cc.Story(claims=[claim], relations=[cc.PartOf(part=m, whole=m2)])
    assert story.claims[0].id == "claims[0]"
    assert story.measures() == (m, m2)
