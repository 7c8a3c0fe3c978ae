"""The run policy and the readable text report.

A run fails exactly when a finding of a failing kind is not accepted by the
baseline; a file that could not be read makes it exit 2. The text report names
every finding with its id, groups findings under their story, lists the figures
a story implies that no claim states, and, coloured or not, reads the same once
the colour codes are removed. ``NO_COLOR`` turns automatic colour off.
"""

from __future__ import annotations

import io

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import ModelError, StoryFileError
from claimcheck.figures import parse_figure
from claimcheck.measure import Measure
from claimcheck.relations import Cumulative, Difference, PartOf, Same, Share, Total
from claimcheck.render import FORMATS, render, render_run
from claimcheck.render.describe import describe_relation, plural
from claimcheck.render.run import Run, fail_on_threshold
from claimcheck.render.style import ROLES, Palette, wants_colour
from claimcheck.render.text import render_text
from claimcheck.report import KINDS, Finding, Report
from report_strategies import reports, runs, stories

ANSI = regex.compile(r"\x1b\[[0-9;]{1,10}m")


# -- the run -----------------------------------------------------------------------


@given(runs())
def test_exit_code_follows_errors_then_failing_findings(run: Run) -> None:
    failing = any(
        f.kind in run.fail_on and f.id not in run.accepted for r in run.reports for f in r.findings
    )
    expected = 2 if run.errors else (1 if failing else 0)
    assert run.exit_code == expected
    assert run.failed == failing


@given(runs())
def test_counts_add_up(run: Run) -> None:
    counts = run.counts()
    total = sum(len(r.findings) for r in run.reports)
    assert sum(counts[kind] for kind in KINDS) == total
    assert counts["failing"] + counts["accepted"] + counts["reported"] == total


@pytest.mark.parametrize(
    ("kind", "failing"),
    [
        ("contradiction", {"contradiction"}),
        ("inconsistency", {"contradiction", "inconsistency"}),
        ("note", {"contradiction", "inconsistency", "note"}),
    ],
)
def test_fail_on_includes_every_more_serious_kind(kind: str, failing: set[str]) -> None:
    assert fail_on_threshold(kind) == failing


@pytest.mark.parametrize("bad", ["warning", "", "Contradiction"])
def test_fail_on_refuses_unknown_kinds(bad: str) -> None:
    with pytest.raises(ModelError, match="expected one of"):
        fail_on_threshold(bad)


def test_run_refuses_what_is_not_a_report() -> None:
    with pytest.raises(ModelError, match="expected Report"):
        Run(reports=["examples/prisoner-exchange.toml"])  # type: ignore[list-item]


def test_render_refuses_unknown_formats() -> None:
    with pytest.raises(ModelError, match="expected one of"):
        render_run(Run(), "yaml")


# -- describing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("relation", "text"),
    [
        (Total(total="t", parts=["a", "b"]), "total: t = a + b"),
        (PartOf(part="a", whole="w"), "part-of: a <= w"),
        (Same(measures=["a", "b", "c"]), "same: a = b = c"),
        (Share(share="s", part="a", whole="w"), "share: s = a / w"),
        (Difference(difference="d", minuend="a", subtrahend="b"), "difference: d = a - b"),
        (Cumulative(measure="deaths"), "cumulative: deaths never shrinks over time"),
    ],
)
def test_relations_read_as_arithmetic(relation: object, text: str) -> None:
    assert describe_relation(relation) == text  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("count", "word", "text"),
    [
        (0, "note", "0 notes"),
        (1, "story", "1 story"),
        (2, "story", "2 stories"),
        (3, "day", "3 days"),
    ],
)
def test_plural(count: int, word: str, text: str) -> None:
    assert plural(count, word) == text


# -- text ------------------------------------------------------------------------


@given(runs())
def test_text_names_every_finding_and_story(run: Run) -> None:
    text = render_text(run)
    for report in run.reports:
        if report.file:
            assert report.file in text
        for finding in report.findings:
            assert finding.id in text
            assert f"[{finding.code}]" in text


@given(runs())
def test_colour_only_adds_escape_codes(run: Run) -> None:
    plain = render_text(run)
    coloured = render_text(run, colour=True)
    assert ANSI.sub("", coloured) == plain
    assert "\x1b" not in plain


@given(stories())
def test_findings_are_grouped_under_their_story(story: object) -> None:
    first = Report(story=story, file="first.toml")  # type: ignore[arg-type]
    claim = first.story.claims[0]
    finding = Finding(
        code="disagreement", kind="contradiction", message="they disagree", claims=[claim]
    )
    second = Report(story=first.story, file="second.toml", findings=[finding])
    text = render_text(Run(reports=[first, second]))
    assert text.index("first.toml") < text.index("second.toml") < text.index(finding.id)


def test_text_shows_status_expected_stated_arithmetic_and_relations() -> None:
    report = _seed_like_report()
    text = render_text(Run(reports=[report], accepted=frozenset()))
    assert "FAIL inconsistency [relation-conflict]" in text
    assert "expected: at most 175" in text
    assert "stated:   190" in text
    assert "190 > 175" in text
    assert (
        "part-of: drones neutralized[attack=2025-05-23] <= drones launched[attack=2025-05-23]"
        in text
    )
    assert "=> 1 failing finding" in text


def test_accepted_findings_are_marked_and_do_not_fail() -> None:
    report = _seed_like_report()
    run = Run(reports=[report], accepted={report.findings[0].id})
    text = render_text(run)
    assert "accepted inconsistency [relation-conflict]" in text
    assert "1 accepted by the baseline" in text
    assert run.exit_code == 0


def test_implied_figures_that_no_claim_states_are_listed() -> None:
    report = _seed_like_report()
    unstated = Measure.parse("drones not neutralized[attack=2025-05-23]")
    stated = report.story.claims[0].measure
    implied = {unstated: parse_figure("25"), stated: parse_figure("175")}
    text = render_text(Run(reports=[Report(story=report.story, implied=implied)]))
    assert "drones not neutralized[attack=2025-05-23]: 25" in text
    assert f"{stated}: " not in text


def test_unreadable_files_are_counted_in_the_summary() -> None:
    error = StoryFileError("cannot read the file: No such file or directory", file="gone.toml")
    text = render_text(Run(errors=[error]))
    assert text.strip().endswith("1 file could not be read")


@given(runs(), st.sampled_from(FORMATS))
def test_render_agrees_with_render_run(run: Run, format: str) -> None:
    direct = render(
        run.reports, format, errors=run.errors, accepted=run.accepted, fail_on=run.fail_on
    )
    assert direct == render_run(run, format)


# -- colour -----------------------------------------------------------------------


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stream", "choice", "env", "expected"),
    [
        (Terminal(), "auto", {}, True),
        (Terminal(), "auto", {"NO_COLOR": "1"}, False),
        (Terminal(), "auto", {"NO_COLOR": ""}, True),
        (io.StringIO(), "auto", {}, False),
        (io.StringIO(), "always", {"NO_COLOR": "1"}, True),
        (Terminal(), "never", {}, False),
    ],
)
def test_colour_on_terminals_unless_no_color(
    stream: io.StringIO, choice: str, env: dict[str, str], expected: bool
) -> None:
    assert wants_colour(stream, choice, env) is expected


@given(st.text(min_size=1), st.sampled_from(sorted(ROLES)))
def test_palette_wraps_and_resets(text: str, role: str) -> None:
    painted = Palette(True).paint(text, role)
    assert painted.startswith("\x1b[")
    assert painted.endswith("\x1b[0m")
    assert Palette(False).paint(text, role) == text


# -- helpers ---------------------------------------------------------------------


def _seed_like_report() -> Report:
    from claimcheck.model import Claim, Source, Story

    air_force = Source("Ukrainian Air Force", side="Ukraine")
    launched = Claim(
        source=air_force, measure="drones launched[attack=2025-05-23]", figure="175", id="launched"
    )
    downed = Claim(
        source=air_force,
        measure="drones neutralized[attack=2025-05-23]",
        figure="190",
        id="downed",
        quote="air defences neutralized 190 of those drones",
    )
    relation = PartOf(part=downed.measure, whole=launched.measure)
    story = Story(claims=[launched, downed], relations=[relation], title="Air attack")
    finding = Finding(
        code="relation-conflict",
        kind="inconsistency",
        message="The Ukrainian Air Force says 190 drones were neutralized, "
        "but only 175 were launched.",
        claims=[downed, launched],
        relations=[relation],
        expected="at most 175",
        stated="190",
        steps=["neutralized <= launched", "190 > 175"],
    )
    return Report(story=story, findings=[finding])


@given(reports())
def test_reports_render_without_a_file(report: Report) -> None:
    assert "(story)" in render_text(Run(reports=[report]))
