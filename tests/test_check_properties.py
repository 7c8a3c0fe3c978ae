"""Properties of ``check``: agreement with z3 on whole stories, minimal conflicts, drawn stories.

* **Differential**: stories drawn freely (totals, parts, equal and difference
  relations over exact, bounded, ranged, approximate and decimal figures,
  counts and plain numbers, with forecasts mixed in) are encoded for z3
  independently — the count rule re-implemented here — and ``report.ok``
  agrees with z3's verdict.
* **Minimal and independent conflicts**: every failing finding names claims
  that z3 finds unsatisfiable together (with the relations the finding names)
  while dropping any one claim, or any one named relation, makes them
  satisfiable; the findings' claim sets are disjoint and, once all are set
  aside, the rest is satisfiable. Minimality is also re-checked with ``check``
  itself, leaving the other claims in the story as forecasts (so every
  measure still counts as it did).
* **Constructive stories**: `consistent_stories` check clean and their
  implied figures contain the truth; in `perturbed_stories` every failing
  finding names the pushed claim; forecasts never change the verdict.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.check import check
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story
from claimcheck.relations import Difference, PartOf, Relation, Same, Total
from claimcheck.scenarios import drawn_stories, perturbed_stories
from claimcheck.timeline import Period

z3 = pytest.importorskip("z3")

pytestmark = pytest.mark.slow

MEASURES = tuple(Measure(f"m{i}") for i in range(5))
SOURCES = (Source("North Ministry"), Source("Wire Agency"))
TEMPLATES = ("{a}", "at least {a}", "more than {a}", "at most {a}", "under {a}", "{a} to {b}",
             "around {c}", "{a}.5", "{a}.25 to {b}.75")  # fmt: skip


# -- drawing stories freely ------------------------------------------------------------


@st.composite
def relations(draw: st.DrawFn, measures: Sequence[Measure]) -> list[Relation]:
    found: list[Relation] = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(("total", "part-of", "same", "difference")))
        size = 3 if kind in ("total", "difference") else 2
        picked = draw(st.permutations(measures).map(lambda p, n=size: p[:n]))
        if kind == "total":
            found.append(Total(total=picked[0], parts=picked[1:]))
        elif kind == "part-of":
            found.append(PartOf(part=picked[0], whole=picked[1]))
        elif kind == "same":
            found.append(Same(measures=picked))
        else:
            found.append(Difference(difference=picked[0], minuend=picked[1],
                                    subtrahend=picked[2]))  # fmt: skip
    return found


@st.composite
def free_stories(draw: st.DrawFn) -> Story:
    measures = MEASURES[: draw(st.integers(3, len(MEASURES)))]
    claims = []
    for i in range(draw(st.integers(1, 7))):
        a = draw(st.integers(0, 12))
        b = a + draw(st.integers(0, 6))
        text = draw(st.sampled_from(TEMPLATES)).format(a=a, b=b, c=a * 10 + 10)
        hedge = draw(st.sampled_from((None, None, None, "expected")))
        claims.append(Claim(source=draw(st.sampled_from(SOURCES)), figure=text, hedge=hedge,
                            measure=draw(st.sampled_from(measures)), id=f"c{i}"))  # fmt: skip
    return Story(claims=claims, relations=draw(relations(measures)))


# -- the oracle: the same rules, encoded for z3 --------------------------------------------


def counted(story: Story) -> set[Measure]:
    """A measure counts when a claim on it does, or a linear tie joins it to one that does."""
    found = {c.measure for c in story.claims if c.figure.counts}
    changed = True
    while changed:
        changed = False
        for relation in story.relations:
            if not isinstance(relation, Total | PartOf | Same | Difference):
                continue
            if found & set(relation.measures) and not set(relation.measures) <= found:
                found |= set(relation.measures)
                changed = True
    return found


def z3_variables(story: Story) -> dict[Measure, object]:
    counts = counted(story)
    return {m: (z3.Int if m in counts else z3.Real)(str(m)) for m in story.measures()}


def z3_relation(relation: Relation, v: dict[Measure, object]) -> object:
    if isinstance(relation, Total):
        return v[relation.total] == z3.Sum([v[p] for p in relation.parts])
    if isinstance(relation, PartOf):
        return v[relation.part] <= v[relation.whole]
    if isinstance(relation, Same):
        return z3.And([v[relation.measures[0]] == v[m] for m in relation.measures[1:]])
    assert isinstance(relation, Difference)
    return v[relation.difference] == v[relation.minuend] - v[relation.subtrahend]


def z3_claim(claim: Claim, v: dict[Measure, object]) -> object:
    x, f = v[claim.measure], claim.figure
    parts = []
    if f.low is not None:
        parts.append(x > z3.Q(f.low.numerator, f.low.denominator) if f.low_open
                     else x >= z3.Q(f.low.numerator, f.low.denominator))  # fmt: skip
    if f.high is not None:
        parts.append(x < z3.Q(f.high.numerator, f.high.denominator) if f.high_open
                     else x <= z3.Q(f.high.numerator, f.high.denominator))  # fmt: skip
    return z3.And(parts)


def satisfiable(
    story: Story, claims: Iterable[Claim], relations: Iterable[Relation] | None = None
) -> bool:
    v = z3_variables(story)
    solver = z3.Solver()
    counts = counted(story)
    solver.add(*[v[m] >= 0 for m in counts])
    chosen = story.relations if relations is None else relations
    solver.add(*[z3_relation(r, v) for r in chosen])
    solver.add(*[z3_claim(c, v) for c in claims if not c.hedged])
    verdict = solver.check()
    assert verdict in (z3.sat, z3.unsat)
    return bool(verdict == z3.sat)


def as_forecasts(story: Story, keep: set[str]) -> Story:
    """The story with every claim outside ``keep`` turned into a forecast (typing unchanged)."""
    claims = [c if c.id in keep or c.hedged else attrs.evolve(c, hedge="expected")
              for c in story.claims]  # fmt: skip
    return attrs.evolve(story, claims=claims)


# -- properties ----------------------------------------------------------------------------


@given(free_stories())
def test_verdict_agrees_with_z3(story: Story) -> None:
    assert check(story).ok == satisfiable(story, story.claims)


@given(free_stories())
def test_conflicts_are_minimal_and_independent(story: Story) -> None:
    failing = [f for f in check(story).findings if f.failing]
    named: set[str] = set()
    for found in failing:
        ids = {c.id for c in found.claims}
        assert not ids & named, "conflicts share a claim"
        named |= ids
        assert not satisfiable(story, found.claims, found.relations)
        for claim in found.claims:
            rest = [c for c in found.claims if c is not claim]
            assert satisfiable(story, rest), f"{claim.id} is not needed"
        for relation in found.relations:
            fewer = [r for r in found.relations if r is not relation]
            assert satisfiable(story, found.claims, fewer), f"{relation} is not needed"
    assert satisfiable(story, [c for c in story.claims if c.id not in named])


@given(free_stories())
def test_minimality_rechecked_by_check(story: Story) -> None:
    for found in (f for f in check(story).findings if f.failing):
        ids = {c.id for c in found.claims}
        assert not check(as_forecasts(story, ids)).ok
        for claim_id in ids:
            assert check(as_forecasts(story, ids - {claim_id})).ok


@given(drawn_stories())
def test_consistent_stories_check_clean_and_imply_the_truth(drawn: object) -> None:
    story = drawn.story  # type: ignore[attr-defined]
    truth = drawn.truth  # type: ignore[attr-defined]
    for claim in story.claims:
        if not claim.hedged:
            assert claim.figure.canonical().contains(truth[claim.measure] * _base(claim))
    report = check(story)
    assert report.ok, [f.message for f in report.findings]
    for measure, figure in report.implied.items():
        scale = _factor(drawn.kind[measure].unit)  # type: ignore[attr-defined]
        assert figure.contains(truth[measure] * scale)


def _factor(unit: str | None) -> int:
    return 1000 if unit == "kilometer" else 1


def _base(claim: Claim) -> int:
    return _factor(claim.figure.unit)


@given(perturbed_stories())
def test_a_pushed_figure_is_named(drawn: tuple[Story, Claim]) -> None:
    story, pushed = drawn
    report = check(story)
    assert not report.ok
    for found in report.findings:
        if found.failing:
            assert pushed.id in {c.id for c in found.claims}, found.message


@given(drawn_stories(forecasts=False), st.data())
def test_forecasts_never_change_the_verdict(drawn: object, data: st.DataObject) -> None:
    story: Story = drawn.story  # type: ignore[attr-defined]
    measure = data.draw(st.sampled_from([c.measure for c in story.claims]))
    text = data.draw(st.sampled_from(("0", "5,000", "at least 99,999", "around 3")))
    unit = next(c.figure.unit for c in story.claims if c.measure == measure)
    figure = f"{text} km" if unit == "kilometer" and text[0].isdigit() else text
    if unit == "kilometer" and not figure.endswith("km"):
        figure = "0 km"
    forecast = Claim(source=SOURCES[0], measure=measure, figure=figure, hedge="expected",
                     id="forecast")  # fmt: skip
    with_forecast = attrs.evolve(story, claims=[*story.claims, forecast],
                                 sources={**story.sources, "forecaster": SOURCES[0]})  # fmt: skip
    assert check(with_forecast).ok


def _bound_holds(story: Story, measure: Measure, value: Fraction, op: str) -> bool:
    v = z3_variables(story)
    solver = z3.Solver()
    solver.add(*[v[m] >= 0 for m in counted(story)])
    solver.add(*[z3_relation(r, v) for r in story.relations])
    solver.add(*[z3_claim(c, v) for c in story.claims if not c.hedged])
    q = z3.Q(value.numerator, value.denominator)
    x = v[measure]
    solver.add({"<": x < q, "<=": x <= q, "==": x == q, ">": x > q, ">=": x >= q}[op])
    return bool(solver.check() == z3.sat)


@given(free_stories())
def test_implied_figures_are_exact(story: Story) -> None:
    report = check(story)
    if not report.ok:
        return
    for measure, figure in report.implied.items():
        if figure.low is not None:
            assert not _bound_holds(story, measure, figure.low, "<=" if figure.low_open else "<")
            reached = "<" if figure.low_open else "=="
            assert _bound_holds(story, measure, figure.low + Fraction(1, 1000) * figure.low_open,
                                reached)  # fmt: skip
        if figure.high is not None:
            assert not _bound_holds(story, measure, figure.high, ">=" if figure.high_open else ">")
            reached = ">" if figure.high_open else "=="
            assert _bound_holds(story, measure, figure.high - Fraction(1, 1000) * figure.high_open,
                                reached)  # fmt: skip


# -- any story: no error, the same answer every time --------------------------------------

DAYS = tuple(f"2025-05-{d}" for d in (19, 20, 21, 23))
RICH_TEMPLATES = (*TEMPLATES, "{a} km", "at least {a} miles", "{a}%", "around {c}%", "{a} kg",
                  "{a}-year-old", "more than {a} days")  # fmt: skip


@st.composite
def rich_stories(draw: st.DrawFn, timed: bool = True) -> Story:
    """Stories with every kind of relation, units, periods, said-on days, forecasts and quotes.

    ``timed=False``: no periods, no said-on days and no running totals, so that
    every report of a measure is about one value.
    """
    from claimcheck.relations import Cumulative, Share

    measures = (*MEASURES, Measure("elapsed", {"since": "invasion"}))
    tied: list[Relation] = draw(relations(MEASURES[:4]))
    if draw(st.booleans()):
        tied.append(Share(share=MEASURES[4], part=MEASURES[0], whole=MEASURES[1]))
    if timed and draw(st.booleans()):
        tied.append(Cumulative(measure=draw(st.sampled_from(MEASURES))))
    claims = []
    for i in range(draw(st.integers(1, 8))):
        a, b = draw(st.integers(0, 12)), draw(st.integers(12, 30))
        text = draw(st.sampled_from(RICH_TEMPLATES)).format(a=a, b=b, c=a * 10 + 10)
        day = draw(st.sampled_from((None, *DAYS))) if timed else None
        said = draw(st.sampled_from((None, *DAYS))) if timed else None
        claims.append(Claim(
            source=draw(st.sampled_from(SOURCES)), measure=draw(st.sampled_from(measures)),
            figure=text, id=f"c{i}", hedge=draw(st.sampled_from((None, None, "planned"))),
            when=None if day is None else Period.parse(day),
            said_on=None if said is None else datetime.date.fromisoformat(said),
            quote=draw(st.sampled_from((None, "on Friday, May 23", "on Monday, May 23"))),
        ))  # fmt: skip
    return Story(claims=claims, relations=tied, dateline=datetime.date(2025, 5, 23),
                 events={"invasion": datetime.date(2022, 2, 24)})  # fmt: skip


@given(rich_stories())
def test_any_story_checks_the_same_way_every_time(story: Story) -> None:
    first, second = check(story), check(story)
    assert [f.id for f in first.findings] == [f.id for f in second.findings]
    assert first.ok == (not any(f.failing for f in first.findings))
    for found in first.findings:
        assert found.message
        assert found.claims
    assert dict(first.implied) == dict(second.implied)


CONFLICTS = frozenset({"disagreement", "relation-conflict", "not-a-count"})


@given(rich_stories(timed=False))
def test_conflicts_with_shares_and_units_are_minimal(story: Story) -> None:
    for found in (f for f in check(story).findings if f.code in CONFLICTS):
        ids = {c.id for c in found.claims}
        assert not check(as_forecasts(story, ids)).ok
        for claim_id in ids:
            rest = check(as_forecasts(story, ids - {claim_id}))
            assert not any(f.code in CONFLICTS for f in rest.findings), claim_id
