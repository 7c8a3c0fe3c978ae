"""The shipped examples say what the README promises.

``prisoner-exchange.toml`` checks clean; ``conflicting-reports.json`` fails with
exactly two findings, each naming the minimal set of claims behind it.
"""

from __future__ import annotations

from pathlib import Path

import claimcheck as cc

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_the_seed_story_is_consistent() -> None:
    report = cc.check(cc.load(EXAMPLES / "prisoner-exchange.toml"))
    assert report.ok
    assert not [f for f in report.findings if f.failing]


def test_the_conflicting_story_names_exactly_the_claims_behind_each_conflict() -> None:
    report = cc.check(cc.load(EXAMPLES / "conflicting-reports.json"))
    assert not report.ok
    found = {frozenset(c.id for c in f.claims) for f in report.findings if f.failing}
    assert found == {
        frozenset({"launched", "neutralized"}),
        frozenset({"ru-soldiers", "ru-civilians", "wire-total"}),
    }
