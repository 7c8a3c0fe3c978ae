"""The public strategies draw well-formed values and are registered with ``st.from_type``.

Installing claimcheck registers its strategies through Hypothesis's entry
point, so ``st.from_type(claimcheck.Claim)`` works in a user's own suite.
Each strategy keeps to the choices it is given (sources, measures, units,
counts), and what it draws survives a story file.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.strategies import claims, figures, periods, sources, stories


@given(st.from_type(cc.Claim))
def test_from_type_draws_claims_that_survive_a_story_file(claim: cc.Claim) -> None:
    story = cc.Story(claims=[claim])
    assert cc.loads(cc.dumps(story, format="json"), format="json") == story


@given(st.from_type(cc.Story))
def test_from_type_draws_stories(story: cc.Story) -> None:
    assert set(story.sources.values()) >= {c.source for c in story.claims}


@given(st.from_type(cc.Figure), st.from_type(cc.Measure), st.from_type(cc.Period))
def test_from_type_draws_figures_measures_periods(
    figure: cc.Figure, measure: cc.Measure, period: cc.Period
) -> None:
    assert cc.parse_figure(figure.stated) == figure
    assert cc.Measure.parse(str(measure)) == measure
    assert period.start <= period.end


@given(periods())
def test_periods_round_trip_through_text(period: cc.Period) -> None:
    assert cc.Period.parse(str(period)) == period


@given(sources())
def test_relayed_sources_name_their_chain(source: cc.Source) -> None:
    if source.via is not None:
        assert str(source).endswith(f"(via {source.via})")
    else:
        assert str(source) == source.name


@given(stories())
def test_story_ids_are_unique_and_relations_tie_distinct_measures(story: cc.Story) -> None:
    ids = [c.id for c in story.claims]
    assert len(set(ids)) == len(ids)
    for relation in story.relations:
        assert len(set(relation.measures)) == len(relation.measures)


FIXED_SOURCE = cc.Source("Ukrainian Air Force", side="Ukraine")
FIXED_MEASURE = cc.Measure.parse("drones launched[attack=2025-05-23]")


@given(claims(source=st.just(FIXED_SOURCE), measure=st.just(FIXED_MEASURE)))
def test_claims_draw_from_the_strategies_they_are_given(claim: cc.Claim) -> None:
    assert (claim.source, claim.measure) == (FIXED_SOURCE, FIXED_MEASURE)


@given(figures(units=["kilometer"], counts=False))
def test_figures_keep_to_the_units_they_are_given(figure: cc.Figure) -> None:
    assert figure.unit == "kilometer"
    assert not figure.counts


@given(figures(units=[None], counts=True))
def test_figures_asked_for_counts_draw_counts(figure: cc.Figure) -> None:
    assert figure.counts
    assert figure.unit is None


def test_strategies_import_before_hypothesis_in_a_fresh_interpreter() -> None:
    import subprocess
    import sys

    code = (
        "from claimcheck.strategies import consistent_stories\n"
        "from hypothesis import strategies as st\n"
        "import claimcheck as cc\n"
        "print(type(st.from_type(cc.Claim).example()).__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Claim"
