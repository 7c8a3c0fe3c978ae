"""The seed story (examples/prisoner-exchange.toml) checks clean, and one changed figure is caught.

Changing a single figure must produce exactly one failing finding that names
exactly the claims that cannot all hold, with their sources, and nothing else
(no collateral findings, no notes).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs
import pytest

from claimcheck.check import check
from claimcheck.files import load
from claimcheck.model import Claim, Source, Story
from claimcheck.timeline import Period

SEED = Path(__file__).resolve().parent.parent / "examples" / "prisoner-exchange.toml"
FRIDAY = datetime.date(2025, 5, 23)


@pytest.fixture(scope="module")
def seed() -> Story:
    return load(SEED)


def _with_figure(story: Story, claim_id: str, figure: str) -> Story:
    claims = [attrs.evolve(c, figure=figure) if c.id == claim_id else c for c in story.claims]
    return attrs.evolve(story, claims=claims)


def _with_claim(story: Story, claim: Claim) -> Story:
    return Story(
        claims=[*story.claims, claim], relations=story.relations, title=story.title,
        dateline=story.dateline, events=story.events,
    )  # fmt: skip


def test_seed_checks_clean(seed: Story) -> None:
    report = check(seed)
    assert report.ok
    assert report.findings == ()


@pytest.mark.parametrize(
    ("measure", "implied"),
    [
        ("prisoners returned[side=Russia, stage=1]", (390, 390)),
        ("prisoners returned[side=Ukraine, stage=1]", (390, 390)),
        ("prisoners returned[side=Russia]", (390, None)),
        ("drones neutralized[attack=2025-05-23]", (150, 150)),
        ("drones neutralized[side=Ukraine, attack=2025-05-23]", (162, None)),
    ],
)
def test_seed_implies_totals_no_one_stated(
    seed: Story, measure: str, implied: tuple[int, int | None]
) -> None:
    from claimcheck.measure import Measure

    figure = check(seed).implied[Measure.parse(measure)]
    assert (figure.low, figure.high) == implied
    assert figure.counts


def test_neutralized_above_launched_is_caught(seed: Story) -> None:
    report = check(_with_figure(seed, "drones-neutralized", "190"))
    assert not report.ok
    (found,) = report.findings
    assert found.code == "relation-conflict"
    assert {c.id for c in found.claims} == {"drones-neutralized", "drones-launched"}
    assert [r.kind for r in found.relations] == ["part-of"]
    assert "190" in found.message
    assert "175" in found.message
    assert found.stated == "190"


def test_third_source_with_400_swapped_is_caught(seed: Story) -> None:
    reuters = Claim(
        source=Source("Reuters", kind="agency"),
        measure="prisoners returned[side=Russia, stage=1]",
        figure="400",
        when=Period.day(FRIDAY),
        quote="400 prisoners were swapped on Friday",
        id="reuters-400",
    )
    report = check(_with_claim(seed, reuters))
    assert not report.ok
    (found,) = report.findings
    assert found.code == "relation-conflict"
    assert {c.id for c in found.claims} == {"ru-soldiers", "ru-civilians", "reuters-400"}
    assert [r.kind for r in found.relations] == ["total"]
    assert (found.expected, found.stated) == ("390", "400")
    assert "270 + 120 = 390" in found.message
    assert "Reuters says 400" in found.message
    assert {s.name for s in found.sources} == {"Russian Defense Ministry", "Reuters"}


def test_third_source_on_another_day_is_a_separate_observation(seed: Story) -> None:
    monday = Claim(
        source=Source("Reuters", kind="agency"),
        measure="prisoners returned[side=Russia, stage=1]",
        figure="400",
        when=Period.day(datetime.date(2025, 5, 19)),
        id="reuters-monday",
    )
    assert check(_with_claim(seed, monday)).ok
