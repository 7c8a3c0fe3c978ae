"""The pytest plugin: assert that stories are consistent, and compare reports readably.

Installed with claimcheck (entry point ``pytest11``), so in any test suite::

    from claimcheck.testing import assert_consistent

    def test_story():
        assert_consistent("stories/exchange.toml")

fails with the readable report (the same text as ``claimcheck check``) when a
finding fails. ``assert report == expected`` between two `Report` objects shows
the findings that differ, one per line, instead of two long reprs.

The hooks import what they need when first called, so a test suite that never
compares reports pays nothing for them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimcheck.model import Story
    from claimcheck.report import Finding, Report

__all__ = ["assert_consistent", "pytest_assertrepr_compare"]


def assert_consistent(
    story_or_path: Story | str | os.PathLike[str],
    *,
    fail_on: str = "inconsistency",
    accepted: Iterable[str] = (),
) -> Report:
    """Check a story (or a story file) and fail the test with the readable report if it fails.

    *fail_on* is the least serious kind that fails (``contradiction``,
    ``inconsistency`` or ``note``); *accepted* are finding ids to let pass.
    Returns the report, for further assertions.
    """
    __tracebackhide__ = True
    from claimcheck.render.run import Run, fail_on_threshold
    from claimcheck.render.text import render_text

    report = _report(story_or_path)
    run = Run(reports=[report], accepted=frozenset(accepted), fail_on=fail_on_threshold(fail_on))
    if run.failed:
        name = report.file or report.story.title or "the story"
        raise AssertionError(f"{name} is not consistent:\n\n{render_text(run)}")
    return report


def _report(story_or_path: Story | str | os.PathLike[str]) -> Report:
    from claimcheck.check import check
    from claimcheck.files import load
    from claimcheck.model import Story

    if isinstance(story_or_path, Story):
        return check(story_or_path)
    if not isinstance(story_or_path, str | os.PathLike):
        from claimcheck.errors import ModelError

        raise ModelError(f"got {story_or_path!r}: expected a Story or a story file's path")
    path = os.fspath(story_or_path)
    report = check(load(path))
    return report if report.file == path else _with_file(report, path)


def _with_file(report: Report, path: str) -> Report:
    import attrs

    return attrs.evolve(report, file=path)


def pytest_assertrepr_compare(
    config: Any, op: str, left: object, right: object
) -> list[str] | None:
    """Explain ``report == other`` by the findings that differ (other comparisons: pytest's own)."""
    from claimcheck.render.describe import plural
    from claimcheck.report import Report

    if op != "==" or not (isinstance(left, Report) and isinstance(right, Report)):
        return None
    return [
        f"reports differ: left ok={left.ok} with {plural(len(left.findings), 'finding')}, "
        f"right ok={right.ok} with {plural(len(right.findings), 'finding')}",
        *_difference(left, right),
    ]


def _difference(left: Report, right: Report) -> list[str]:
    lines: list[str] = []
    left_only = [f for f in left.findings if f not in right.findings]
    right_only = [f for f in right.findings if f not in left.findings]
    lines += _listed("findings only on the left:", left_only)
    lines += _listed("findings only on the right:", right_only)
    if not left_only and not right_only and left.findings != right.findings:
        lines.append("the same findings, in a different order")
    if left.story != right.story:
        lines.append(f"the stories differ: {_story_name(left)!r} and {_story_name(right)!r}")
    lines += _implied_difference(left, right)
    if left.file != right.file:
        lines.append(f"files differ: {left.file!r} and {right.file!r}")
    return lines


def _listed(heading: str, findings: list[Finding]) -> list[str]:
    if not findings:
        return []
    return [heading, *(f"  {_finding_line(f)}" for f in findings)]


def _finding_line(finding: Finding) -> str:
    claims = ", ".join(c.id for c in finding.claims)
    first = finding.message.splitlines()[0] if finding.message else ""
    return f"{finding.kind} [{finding.code}] {finding.id} ({claims}): {first}"


def _story_name(report: Report) -> str:
    return report.story.title or f"{len(report.story.claims)} claims"


def _implied_difference(left: Report, right: Report) -> list[str]:
    lines = []
    for measure in sorted(set(left.implied) | set(right.implied), key=str):
        before, after = left.implied.get(measure), right.implied.get(measure)
        if before != after:
            lines.append(f"implied {measure}: {before} on the left, {after} on the right")
    return lines
