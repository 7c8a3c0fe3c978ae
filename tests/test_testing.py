"""The pytest plugin: ``assert_consistent`` and readable comparisons of reports.

Run inside a separate pytest session (the ``pytester`` fixture): a consistent
story file or `Story` passes; a story whose findings fail makes the test fail
with the readable report (the claims and their sources named), unless the
failing findings are accepted or below ``fail_on``; ``assert report == other``
between reports lists the findings that differ instead of two long reprs.
"""

from __future__ import annotations

import shutil
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from claimcheck.errors import ModelError
from claimcheck.figures import parse_figure
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story
from claimcheck.report import Finding, Report
from claimcheck.testing import assert_consistent, pytest_assertrepr_compare

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "prisoner-exchange.toml"
INSTALLED = any(e.value == "claimcheck.testing" for e in entry_points(group="pytest11"))
PLUGIN = () if INSTALLED else ("-p", "claimcheck.testing")


@pytest.fixture
def story_files(pytester: pytest.Pytester) -> pytest.Pytester:
    seed = SEED.read_text("utf-8")
    shutil.copy(SEED, pytester.path / "good.toml")
    (pytester.path / "bad.toml").write_text(
        seed.replace('figure = "150"', 'figure = "190"'), "utf-8"
    )
    return pytester


def test_a_consistent_story_file_passes(story_files: pytest.Pytester) -> None:
    story_files.makepyfile(
        """
        from claimcheck.testing import assert_consistent

        def test_good():
            report = assert_consistent("good.toml")
            assert report.ok
        """
    )
    story_files.runpytest(*PLUGIN).assert_outcomes(passed=1)


def test_a_failing_story_fails_with_the_readable_report(story_files: pytest.Pytester) -> None:
    story_files.makepyfile(
        """
        from claimcheck.testing import assert_consistent

        def test_bad():
            assert_consistent("bad.toml")
        """
    )
    result = story_files.runpytest(*PLUGIN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*bad.toml is not consistent*",
            "*FAIL *[[]*]*",
            "*drones-neutralized*Ukrainian Air Force*",
        ]
    )


def test_accepted_or_less_serious_findings_pass(story_files: pytest.Pytester) -> None:
    story_files.makepyfile(
        """
        from claimcheck.check import check
        from claimcheck.files import load
        from claimcheck.testing import assert_consistent

        def test_accepted():
            ids = [f.id for f in check(load("bad.toml")).findings]
            assert_consistent("bad.toml", accepted=ids)

        def test_only_contradictions_fail():
            report = assert_consistent("bad.toml", fail_on="contradiction")
            assert not report.of_kind("contradiction")
        """
    )
    story_files.runpytest(*PLUGIN).assert_outcomes(passed=2)


def test_a_story_object_is_checked(story_files: pytest.Pytester) -> None:
    story_files.makepyfile(
        """
        from claimcheck.model import Claim, Source, Story
        from claimcheck.relations import PartOf
        from claimcheck.testing import assert_consistent

        SOURCE = Source("Ukrainian Air Force")

        def story(downed):
            return Story(
                claims=[
                    Claim(source=SOURCE, measure="drones launched", figure="175", id="launched"),
                    Claim(source=SOURCE, measure="drones downed", figure=downed, id="downed"),
                ],
                relations=[PartOf(part="drones downed", whole="drones launched")],
            )

        def test_holds():
            assert_consistent(story("150"))

        def test_fails():
            assert_consistent(story("190"))
        """
    )
    result = story_files.runpytest(*PLUGIN)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*is not consistent*", "*downed*"])


def test_reports_compare_by_their_findings(story_files: pytest.Pytester) -> None:
    story_files.makepyfile(
        """
        from claimcheck.check import check
        from claimcheck.files import load

        def test_compare():
            assert check(load("good.toml")) == check(load("bad.toml"))
        """
    )
    result = story_files.runpytest(*PLUGIN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*reports differ: left ok=True*right ok=False*",
            "*findings only on the right:*",
            "*drones-neutralized*",
        ]
    )


def test_a_missing_story_file_fails_with_its_name(story_files: pytest.Pytester) -> None:
    story_files.makepyfile(
        """
        from claimcheck.testing import assert_consistent

        def test_missing():
            assert_consistent("gone.toml")
        """
    )
    result = story_files.runpytest(*PLUGIN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*gone.toml*cannot read*"])


# -- the comparison hook, called directly ---------------------------------------------------


def _report(*figures: str) -> Report:
    source = Source("Reuters")
    claims = [
        Claim(source=source, measure="swapped", figure=f, id=f"c{i}") for i, f in enumerate(figures)
    ]
    story = Story(claims=claims)
    finding = Finding(
        code="disagreement", kind="contradiction", message="they disagree", claims=claims
    )
    return Report(story=story, findings=[finding] if len(set(figures)) > 1 else [])


@pytest.mark.parametrize(
    ("left", "right"),
    [(1, _report("400")), (_report("400"), "a report"), (None, None)],
)
def test_other_comparisons_are_left_to_pytest(left: object, right: object) -> None:
    assert pytest_assertrepr_compare(None, "==", left, right) is None


def test_the_hook_only_explains_equality() -> None:
    assert pytest_assertrepr_compare(None, "!=", _report("1"), _report("2")) is None


def test_the_hook_lists_findings_on_each_side() -> None:
    lines = pytest_assertrepr_compare(None, "==", _report("390", "400"), _report("390"))
    assert lines is not None
    assert lines[0].startswith("reports differ: left ok=False")
    assert "findings only on the left:" in lines
    assert any("[disagreement]" in line and "c0, c1" in line for line in lines)


def test_the_hook_names_implied_differences() -> None:
    left = _report("390")
    measure = Measure.parse("prisoners returned[stage=1]")
    right = Report(story=left.story, implied={measure: parse_figure("390")})
    lines = pytest_assertrepr_compare(None, "==", left, right)
    assert lines is not None
    assert any(
        line.startswith("implied prisoners returned[stage=1]: None on the left") for line in lines
    )


@pytest.mark.parametrize("value", [5, None, ["story.toml"]])
def test_what_is_neither_a_story_nor_a_path_is_refused(value: object) -> None:
    with pytest.raises(ModelError, match="expected a Story or a story file's path"):
        assert_consistent(value)  # type: ignore[arg-type]
