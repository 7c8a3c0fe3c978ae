"""``check(story)``: which findings a story gives, as a table of small stories.

Each case is a story of a few claims and relations and the findings it must
give: their codes and the exact set of claims each names. Cases cover every
finding code, the time rule (separate windows are separate observations), the
count rule (whole numbers, non-negative), units, shares, forecasts, revisions,
rounding, elapsed time, weekdays and implied figures.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import pytest

from claimcheck.check import check
from claimcheck.errors import ModelError
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story
from claimcheck.relations import Cumulative, Difference, PartOf, Relation, Same, Share, Total
from claimcheck.report import CODES, Report
from claimcheck.timeline import Period

DATELINE = datetime.date(2025, 5, 23)
SOURCES = {name: Source(name) for name in ("A", "B", "C", "Defense Ministry")}


def day(n: int) -> Period:
    return Period.day(datetime.date(2025, 5, n))


def claim(cid: str, measure: str, figure: str, source: str = "A", **more: object) -> Claim:
    return Claim(source=SOURCES[source], measure=measure, figure=figure, id=cid, **more)  # type: ignore[arg-type]


def story(claims: Sequence[Claim], relations: Sequence[Relation] = (), **more: object) -> Story:
    return Story(claims=claims, relations=relations, dateline=DATELINE, **more)  # type: ignore[arg-type]


def codes(report: Report) -> list[tuple[str, frozenset[str]]]:
    return sorted((f.code, frozenset(c.id for c in f.claims)) for f in report.findings)


def f(code: str, *ids: str) -> tuple[str, frozenset[str]]:
    return (code, frozenset(ids))


CASES: list[tuple[str, Story, list[tuple[str, frozenset[str]]]]] = [
    ("agreeing sources", story([claim("a", "x", "270"), claim("b", "x", "270", "B")]), []),
    ("two sources disagree",
     story([claim("a", "x", "270"), claim("b", "x", "280", "B")]), [f("disagreement", "a", "b")]),
    ("two lower bounds never conflict",
     story([claim("a", "x", "at least 60"), claim("b", "x", "at least 79", "B")]), []),
    ("a strict bound against its own end",
     story([claim("a", "x", "more than 1,000"), claim("b", "x", "1,000", "B")]),
     [f("disagreement", "a", "b")]),
    ("a range holding an exact figure",
     story([claim("a", "x", "300 to 400"), claim("b", "x", "350", "B")]), []),
    ("only the tightest two of many claims conflict",
     story([claim("a", "x", "at least 10"), claim("b", "x", "at least 50", "B"),
            claim("c", "x", "at most 40", "C"), claim("d", "x", "at most 45")]),
     [f("disagreement", "b", "c")]),
    ("independent conflicts are each reported",
     story([claim("a", "x", "1"), claim("b", "x", "2", "B"),
            claim("c", "y", "3"), claim("d", "y", "4", "B")]),
     [f("disagreement", "a", "b"), f("disagreement", "c", "d")]),
    ("a decimal for a count",
     story([claim("a", "x", "3"), claim("b", "x", "2.5", "B")]), [f("not-a-count", "b")]),
    ("a count cannot be split into two equal whole halves",
     story([claim("t", "total", "5")],
           [Total(total="total", parts=["p", "q"]), Same(measures=["p", "q"])]),
     [f("relation-conflict", "t")]),
    ("an even total splits",
     story([claim("t", "total", "6")],
           [Total(total="total", parts=["p", "q"]), Same(measures=["p", "q"])]), []),
    ("parts above the total",
     story([claim("p", "p", "270"), claim("q", "q", "120"), claim("t", "total", "400", "B")],
           [Total(total="total", parts=["p", "q"])]),
     [f("relation-conflict", "p", "q", "t")]),
    ("a part above its whole",
     story([claim("w", "launched", "175"), claim("p", "neutralized", "190")],
           [PartOf(part="neutralized", whole="launched")]),
     [f("relation-conflict", "p", "w")]),
    ("a lower bound on another measure is no conflict",
     story([claim("w", "launched", "175"), claim("p", "downed", "at least 162", "B")],
           [PartOf(part="neutralized", whole="launched")]), []),
    ("a count difference cannot be negative",
     story([claim("a", "minuend", "5"), claim("b", "subtrahend", "7")],
           [Difference(difference="gap", minuend="minuend", subtrahend="subtrahend")]),
     [f("relation-conflict", "a", "b")]),
    ("a stated difference that does not add up",
     story([claim("a", "minuend", "175"), claim("b", "subtrahend", "150"),
            claim("d", "gap", "30", "B")],
           [Difference(difference="gap", minuend="minuend", subtrahend="subtrahend")]),
     [f("relation-conflict", "a", "b", "d")]),
    ("equal sides",
     story([claim("a", "north", "1,000"), claim("b", "south", "900", "B")],
           [Same(measures=["north", "south"])]),
     [f("relation-conflict", "a", "b")]),
    ("the same measure on separate days is two observations",
     story([claim("a", "x", "100", when=day(19)), claim("b", "x", "120", "B", when=day(23))]), []),
    ("the same measure on overlapping periods is one observation",
     story([claim("a", "x", "100", when=Period(start=datetime.date(2025, 5, 22),
                                               end=datetime.date(2025, 5, 23))),
            claim("b", "x", "120", "B", when=day(23))]),
     [f("disagreement", "a", "b")]),
    ("a running total that shrinks",
     story([claim("a", "dead", "100", when=day(19)), claim("b", "dead", "90", "B", when=day(23))],
           [Cumulative(measure="dead")]),
     [f("running-total-shrank", "a", "b")]),
    ("a running total that grows",
     story([claim("a", "dead", "100", when=day(19)), claim("b", "dead", "120", "B", when=day(23))],
           [Cumulative(measure="dead")]), []),
    ("a running total dated by when it was said",
     story([claim("a", "dead", "100", said_on=datetime.date(2025, 5, 19)),
            claim("b", "dead", "90", "B", said_on=datetime.date(2025, 5, 23))],
           [Cumulative(measure="dead")]),
     [f("running-total-shrank", "a", "b")]),
    ("a source revising itself",
     story([claim("a", "x", "100", said_on=datetime.date(2025, 5, 19)),
            claim("b", "x", "120", said_on=datetime.date(2025, 5, 23))]),
     [f("revision", "a", "b")]),
    ("a revision does not hide another source's disagreement",
     story([claim("a", "x", "100", said_on=datetime.date(2025, 5, 19)),
            claim("b", "x", "120", said_on=datetime.date(2025, 5, 23)),
            claim("c", "x", "100", "B", said_on=datetime.date(2025, 5, 23))]),
     [f("disagreement", "b", "c"), f("revision", "a", "b")]),
    ("a forecast the reports miss",
     story([claim("e", "x", "around 1,000", hedge="expected"), claim("a", "x", "390", "B")]),
     [f("expectation-unmet", "e")]),
    ("a forecast of a whole that a stage fits",
     story([claim("e", "whole", "around 1,000", hedge="expected"), claim("a", "stage", "390")],
           [PartOf(part="stage", whole="whole")]), []),
    ("a forecast the reports rule out through a relation",
     story([claim("e", "whole", "around 100", hedge="planned"), claim("a", "stage", "390")],
           [PartOf(part="stage", whole="whole")]),
     [f("expectation-unmet", "e")]),
    ("figures that agree only thanks to rounding",
     story([claim("a", "x", "1.2 million"), claim("b", "x", "1,240,000", "B")]),
     [f("needs-rounding", "a", "b")]),
    ("figures that agree only within an approximate band",
     story([claim("a", "x", "around 1,000"), claim("b", "x", "1,050", "B")]),
     [f("needs-rounding", "a", "b")]),
    ("lengths in different units that agree",
     story([claim("a", "road", "1.6 km"), claim("b", "road", "1 mile", "B")]),
     [f("needs-rounding", "a", "b")]),
    ("lengths in different units that disagree",
     story([claim("a", "road", "3 km"), claim("b", "road", "1 mile", "B")]),
     [f("disagreement", "a", "b")]),
    ("a length and a mass for one measure",
     story([claim("a", "load", "5 km"), claim("b", "load", "5 kg", "B")]),
     [f("unit-mismatch", "a", "b")]),
    ("a share that fits the counts",
     story([claim("s", "share", "75%"), claim("p", "part", "150"), claim("w", "whole", "200")],
           [Share(share="share", part="part", whole="whole")]), []),
    ("a share that fits the counts only once rounded",
     story([claim("s", "share", "85.7%"), claim("p", "part", "150"), claim("w", "whole", "175")],
           [Share(share="share", part="part", whole="whole")]),
     [f("needs-rounding", "p", "s")]),
    ("a share that does not fit the counts",
     story([claim("s", "share", "90%"), claim("p", "part", "150"), claim("w", "whole", "175")],
           [Share(share="share", part="part", whole="whole")]),
     [f("relation-conflict", "p", "s", "w")]),
    ("a share of an uncertain whole, refuted by intervals",
     story([claim("s", "share", "50%"), claim("p", "part", "at least 100"),
            claim("w", "whole", "at most 150")],
           [Share(share="share", part="part", whole="whole")]),
     [f("relation-conflict", "p", "s", "w")]),
    ("a share of an uncertain whole that can hold",
     story([claim("s", "share", "50%"), claim("p", "part", "at least 100"),
            claim("w", "whole", "at most 250")],
           [Share(share="share", part="part", whole="whole")]), []),
]


@pytest.mark.parametrize(("name", "given", "expected"), CASES, ids=[c[0] for c in CASES])
def test_findings(name: str, given: Story, expected: list[tuple[str, frozenset[str]]]) -> None:
    report = check(given)
    assert codes(report) == sorted(expected)
    assert report.ok == (not any(CODES[code][0] != "note" for code, _ in expected))


def test_every_failing_finding_explains_itself() -> None:
    report = check(story([claim("p", "p", "270", "Defense Ministry"),
                          claim("q", "q", "120", "Defense Ministry"),
                          claim("t", "total", "400", "B")],
                         [Total(total="total", parts=["p", "q"])]))
    (found,) = report.findings
    assert found.message == (
        "The Defense Ministry's 270 + 120 = 390 for total, but B says 400."
    )
    assert (found.expected, found.stated) == ("390", "400")
    assert found.steps == ("total = p + q: 270 + 120 = 390",)
    assert [type(r) for r in found.relations] == [Total]


def test_running_total_names_the_later_smaller_report() -> None:
    report = check(story([claim("a", "dead", "100", when=day(19)),
                          claim("b", "dead", "90", "B", when=day(23))],
                         [Cumulative(measure="dead")]))
    (found,) = report.findings
    assert found.stated == "90"
    assert "B says 90" in found.message
    assert "2025-05-23" in found.message


def test_conflicts_name_only_the_relations_they_use() -> None:
    report = check(story([claim("w", "launched", "175"), claim("p", "neutralized", "190"),
                          claim("g", "all drones", "at least 100")],
                         [PartOf(part="neutralized", whole="launched"),
                          Total(total="all drones", parts=["launched", "missiles"])]))
    (found,) = report.findings
    assert {c.id for c in found.claims} == {"w", "p"}
    assert [r.kind for r in found.relations] == ["part-of"]


@pytest.mark.parametrize(
    ("figure", "since", "ok"),
    [
        ("3-year-old", "invasion", True),
        ("2-year-old", "invasion", False),
        ("more than three years", "invasion", True),
        ("more than four years", "invasion", False),
        ("at least 1,184 days", "invasion", True),
        ("at least 1,185 days", "invasion", False),
        ("400 days", "unknown-event", True),
    ],
)
def test_elapsed_time_against_the_calendar(figure: str, since: str, ok: bool) -> None:
    given = story([claim("age", f"elapsed[since={since}]", figure)],
                  events={"invasion": datetime.date(2022, 2, 24)})
    report = check(given)
    assert report.ok == ok
    if not ok:
        (found,) = report.findings
        assert found.code == "elapsed-time"
        assert "2022-02-24" in found.message
        assert "2025-05-23" in found.message


@pytest.mark.parametrize(
    ("quote", "mismatch"),
    [
        ("the swap on Friday, May 23 went ahead", False),
        ("the swap on Thursday, May 23 went ahead", True),
        ("talks on Monday, May 19, 2025", False),
        ("no date here at all", False),
    ],
)
def test_weekday_beside_a_date(quote: str, mismatch: bool) -> None:
    report = check(story([claim("a", "x", "5", quote=quote)]))
    assert [f.code for f in report.findings] == (["weekday-mismatch"] if mismatch else [])


@pytest.mark.parametrize(
    ("claims", "relations", "measure", "interval"),
    [
        ([claim("w", "launched", "175"), claim("p", "neutralized", "150")],
         [Difference(difference="left", minuend="launched", subtrahend="neutralized")],
         "left", (25, 25)),
        ([claim("p", "p", "270"), claim("q", "q", "120")],
         [Total(total="total", parts=["p", "q"])], "total", (390, 390)),
        ([claim("t", "total", "5"), claim("p", "p", "at least 2")],
         [Total(total="total", parts=["p", "q"])], "q", (0, 3)),
        ([claim("t", "total", "10 km"), claim("p", "p", "at least 2 km")],
         [Total(total="total", parts=["p", "q"])], "q", (None, 9000)),
    ],
)
def test_implied_figures(
    claims: list[Claim], relations: list[Relation], measure: str,
    interval: tuple[int | None, int | None],
) -> None:
    implied = check(story(claims, relations)).implied[Measure.parse(measure)]
    assert (implied.low, implied.high) == interval


def test_implied_km_part_is_bounded_by_the_rounded_total() -> None:
    given = story([claim("t", "total", "10 km"), claim("p", "p", "2 km"), claim("q", "q", "8 km")],
                  [Total(total="total", parts=["p", "q"])])
    figure = check(given).implied[Measure.parse("total")]
    assert figure.unit == "meter"
    assert (figure.low, figure.high) == (9500, 10500)


def test_implied_keys_windows_apart_when_a_measure_has_several() -> None:
    given = story([claim("a", "x", "100", when=day(19)), claim("b", "x", "120", "B", when=day(23))])
    implied = check(given).implied
    assert {str(k) for k in implied} == {"x[when=2025-05-19]", "x[when=2025-05-23]"}
    assert implied[Measure.parse("x[when=2025-05-23]")].low == 120


def test_hedged_claims_never_fail_a_story() -> None:
    report = check(story([claim("e", "x", "5", hedge="expected"),
                          claim("f", "x", "7", "B", hedge="planned")]))
    assert report.ok
    assert report.findings == ()


@pytest.mark.parametrize("given", ["story.toml", None, 42, ["claims"]])
def test_check_refuses_what_is_not_a_story(given: object) -> None:
    with pytest.raises(ModelError, match="expected a Story"):
        check(given)  # type: ignore[arg-type]
