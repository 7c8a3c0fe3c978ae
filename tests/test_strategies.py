"""The public strategies draw well-formed values and are registered with ``st.from_type``.

Installing claimcheck registers its strategies through Hypothesis's entry
point, so ``st.from_type(claimcheck.Claim)`` works in a user's own suite.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claimcheck as cc
from claimcheck.strategies import claims, measures, periods, sources, stories


@given(st.from_type(cc.Claim))
def test_from_type_draws_claims(claim: cc.Claim) -> None:
    assert isinstance(claim, cc.Claim)
    assert isinstance(claim.figure, cc.Figure)


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


@given(claims(measure=measures()))
def test_claims_keep_their_hedge_within_the_known_ones(claim: cc.Claim) -> None:
    assert claim.hedge is None or claim.hedge in {"expected", "planned", "forecast"}
    assert claim.hedged == (claim.hedge is not None)


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
