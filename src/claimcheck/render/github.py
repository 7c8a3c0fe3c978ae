"""GitHub Actions workflow commands: an annotation at the line of each finding's first claim.

``::error file=stories/x.toml,line=42,title=claimcheck disagreement::...``
puts the explanation beside the claim in the pull request. A finding that
fails the run is an ``error``; a contradiction or inconsistency that does not
(``--fail-on contradiction``) is a ``warning``; a note that does not fail is a
``notice``; a
finding the baseline accepts is left out. A file that could not be read is an
``error`` at the line its problem names. Values are escaped as the runner
expects (``%``, CR and LF; in properties also ``:`` and ``,``).
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.errors import ClaimcheckError
from claimcheck.render.locate import claim_line, error_line
from claimcheck.render.run import Run
from claimcheck.report import Finding, Report

__all__ = ["escape_data", "escape_property", "render_github"]


def escape_data(text: str) -> str:
    """A command's message, escaped: ``%``, CR and LF."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A command's property value, escaped: as data, and also ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(run: Run) -> str:
    """One workflow command per line for every finding not accepted and every unreadable file."""
    lines = [*_findings(run), *(_error(e) for e in run.errors)]
    return "".join(f"{line}\n" for line in lines)


def _findings(run: Run) -> Iterator[str]:
    for report in run.reports:
        for finding in report.findings:
            status = run.status(finding)
            if status != "accepted":
                yield _command(_level(status, finding), report, finding)


def _level(status: str, finding: Finding) -> str:
    if status == "failing":
        return "error"
    return "notice" if finding.kind == "note" else "warning"


def _command(level: str, report: Report, finding: Finding) -> str:
    properties = [f"title={escape_property(f'claimcheck {finding.kind}: {finding.code}')}"]
    if report.file:
        line = claim_line(report.file, finding.claims[0].id) if finding.claims else None
        properties[:0] = [f"file={escape_property(report.file)}", f"line={line or 1}"]
    claims = ", ".join(c.id for c in finding.claims)
    message = f"{finding.message}\n(claims: {claims}; finding id {finding.id})"
    return f"::{level} {','.join(properties)}::{escape_data(message)}"


def _error(error: ClaimcheckError) -> str:
    properties = [f"title={escape_property('claimcheck: cannot read')}"]
    if error.file:
        properties[:0] = [f"file={escape_property(error.file)}", f"line={error_line(error) or 1}"]
    return f"::error {','.join(properties)}::{escape_data(str(error))}"
