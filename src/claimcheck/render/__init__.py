"""Renderers: one run of reports, written as text, JSON, JUnit XML, GitHub commands or SARIF.

``render(reports, format)`` picks the renderer. Every renderer reads the same
`Run` (reports, unreadable files, the baseline's accepted ids, the kinds that
fail), so all formats agree on what fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Final

from claimcheck.errors import ClaimcheckError, ModelError
from claimcheck.render.github import render_github
from claimcheck.render.json import render_json
from claimcheck.render.junit import render_junit
from claimcheck.render.run import Run
from claimcheck.render.sarif import render_sarif
from claimcheck.render.text import render_text
from claimcheck.report import FAILING_KINDS, Report

__all__ = ["FORMATS", "Run", "render", "render_run"]

Renderer = Callable[[Run, bool], str]

_RENDERERS: Final[Mapping[str, Renderer]] = {
    "text": lambda run, colour: render_text(run, colour=colour),
    "json": lambda run, _: render_json(run),
    "junit": lambda run, _: render_junit(run),
    "github": lambda run, _: render_github(run),
    "sarif": lambda run, _: render_sarif(run),
}

#: Every output format, in the order the command line lists them.
FORMATS: Final[tuple[str, ...]] = tuple(_RENDERERS)


def render(
    reports: Iterable[Report],
    format: str = "text",
    *,
    colour: bool = False,
    errors: Iterable[ClaimcheckError] = (),
    accepted: Iterable[str] = (),
    fail_on: Iterable[str] = FAILING_KINDS,
) -> str:
    """*reports* written in *format* (one of `FORMATS`).

    *errors* are files that could not be read; *accepted* are finding ids a
    baseline accepts; *fail_on* the kinds that fail. Only text is coloured.
    """
    run = Run(reports=reports, errors=errors, accepted=accepted, fail_on=fail_on)
    return render_run(run, format, colour=colour)


def render_run(run: Run, format: str = "text", *, colour: bool = False) -> str:
    """*run* written in *format* (one of `FORMATS`)."""
    renderer = _RENDERERS.get(format)
    if renderer is None:
        raise ModelError(f"unknown format {format!r}: expected one of {', '.join(FORMATS)}")
    return renderer(run, colour)
