"""The readable report: findings grouped by story, for people at a terminal.

Each story gets a heading (its file and title), then each finding: its status,
kind, code and id, the message, what was expected against what was stated,
the arithmetic, the claims (with their lines in the file) and the relations it
used. Figures the story implies but no claim states follow. A summary line
ends the output. Colour comes from a `Palette` and is off unless asked for.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator

from claimcheck.model import Claim
from claimcheck.render.describe import describe_claim, describe_relation, plural
from claimcheck.render.locate import claim_line
from claimcheck.render.run import Run
from claimcheck.render.style import Palette, visible
from claimcheck.report import KINDS, Finding, Report

__all__ = ["render_text"]

_INDENT = "    "
_WIDTH = 96


def render_text(run: Run, *, colour: bool = False) -> str:
    """The readable report of *run*, ending with a summary line."""
    palette = Palette(colour)
    blocks = ["\n".join(_story(run, report, palette)) for report in run.reports]
    blocks.append(_summary(run, palette))
    return "\n\n".join(blocks) + "\n"


def _story(run: Run, report: Report, palette: Palette) -> Iterator[str]:
    yield palette.paint(visible(_heading(report)), "title")
    for finding in report.findings:
        yield from _finding(run, report, finding, palette)
    yield from _implied(report)
    yield _verdict(run, report, palette)


def _heading(report: Report) -> str:
    name = report.file or "(story)"
    story = report.story
    title = f" - {story.title}" if story.title else ""
    date = f" ({story.dateline.isoformat()})" if story.dateline else ""
    return f"{name}{title}{date}"


def _finding(run: Run, report: Report, finding: Finding, palette: Palette) -> Iterator[str]:
    status = run.status(finding)
    prefix = {"failing": "FAIL ", "accepted": "accepted ", "reported": ""}[status]
    role = status if status != "reported" else finding.kind
    label = palette.paint(f"{prefix}{finding.kind}", role)
    yield f"  {label} [{finding.code}] id {finding.id}"
    yield from _wrapped(finding.message)
    yield from _comparison(finding)
    yield from _section("arithmetic", finding.steps)
    yield from _section("claims", [_claim(report, c) for c in finding.claims])
    yield from _section("relations", [describe_relation(r) for r in finding.relations])


def _wrapped(message: str) -> Iterator[str]:
    for line in message.splitlines() or [""]:
        for part in textwrap.wrap(visible(line), _WIDTH) or [""]:
            yield f"{_INDENT}{part}"


def _comparison(finding: Finding) -> Iterator[str]:
    if finding.expected is not None:
        yield f"{_INDENT}expected: {visible(finding.expected)}"
    if finding.stated is not None:
        yield f"{_INDENT}stated:   {visible(finding.stated)}"


def _section(name: str, lines: tuple[str, ...] | list[str]) -> Iterator[str]:
    if not lines:
        return
    yield f"{_INDENT}{name}:"
    for line in lines:
        yield f"{_INDENT}  {visible(line)}"


def _claim(report: Report, claim: Claim) -> str:
    line = claim_line(report.file, claim.id)
    where = f"line {line}: " if line is not None else ""
    return f"{where}{describe_claim(claim)}"


def _implied(report: Report) -> Iterator[str]:
    stated = {c.measure for c in report.story.claims}
    unstated = [(m, f) for m, f in report.implied.items() if m not in stated]
    if not unstated:
        return
    yield "  implied (no claim states these):"
    for measure, figure in sorted(unstated, key=lambda mf: str(mf[0])):
        yield f"{_INDENT}{visible(f'{measure}: {figure}')}"


def _verdict(run: Run, report: Report, palette: Palette) -> str:
    failing = len(run.failing(report))
    if failing:
        return "  " + palette.paint(f"=> {plural(failing, 'failing finding')}", "failing")
    others = len(report.findings)
    extra = f" ({plural(others, 'finding')} that do not fail)" if others else ""
    return "  " + palette.paint("=> consistent", "ok") + extra


def _summary(run: Run, palette: Palette) -> str:
    counts = run.counts()
    stories = len(run.reports)
    failed = sum(1 for report in run.reports if run.failing(report))
    kinds = ", ".join(plural(counts[kind], kind) for kind in KINDS)
    text = f"{plural(stories, 'story')} checked, {failed} failing: {kinds}"
    if counts["accepted"]:
        text += f"; {counts['accepted']} accepted by the baseline"
    if run.errors:
        text += f"; {plural(len(run.errors), 'file')} could not be read"
    return palette.paint(text, "failing" if run.exit_code else "ok")
