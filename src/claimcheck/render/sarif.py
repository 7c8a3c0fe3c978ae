"""SARIF 2.1.0: findings as code-scanning results, pointing at the claims' lines.

One SARIF ``run`` for the whole invocation. Each finding code is a rule (its
kind and meaning from `claimcheck.report.CODES`); each finding is a result at
its first claim's line, the other claims as related locations, its stable id
as a partial fingerprint (so code-scanning pages track it across commits). A
failing finding is an ``error``, a contradiction or inconsistency that does
not fail a ``warning``, a note a ``note``; a finding the baseline accepts
carries an external suppression. Files that could not be read are tool
execution notifications, and the invocation is then not successful.
"""

from __future__ import annotations

import functools
import json
from importlib import metadata
from pathlib import Path, PurePath
from typing import Any, Final
from urllib.parse import quote

from claimcheck.errors import ClaimcheckError
from claimcheck.model import Claim
from claimcheck.render.locate import claim_line, error_line
from claimcheck.render.run import Run
from claimcheck.report import CODES, Finding, Report

__all__ = ["SARIF_SCHEMA", "SARIF_VERSION", "artifact_uri", "render_sarif", "sarif_document"]

SARIF_VERSION: Final = "2.1.0"
SARIF_SCHEMA: Final = "https://json.schemastore.org/sarif-2.1.0.json"
_RULES: Final = tuple(CODES)
_INFORMATION: Final = "https://github.com/claimcheck/claimcheck"


def render_sarif(run: Run) -> str:
    """The SARIF 2.1.0 log of *run*, as indented JSON."""
    return json.dumps(sarif_document(run), indent=2, ensure_ascii=False) + "\n"


def sarif_document(run: Run) -> dict[str, Any]:
    """The SARIF 2.1.0 log of *run*, as a JSON-ready dictionary."""
    results = [_result(run, r, f) for r in run.reports for f in r.findings]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": _driver()},
                "invocations": [_invocation(run)],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


@functools.cache
def _version() -> str:
    try:
        return metadata.version("claimcheck")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _driver() -> dict[str, Any]:
    return {
        "name": "claimcheck",
        "version": _version(),
        "informationUri": _INFORMATION,
        "rules": [_rule(code) for code in _RULES],
    }


def _rule(code: str) -> dict[str, Any]:
    kind, meaning = CODES[code]
    return {
        "id": code,
        "name": "".join(part.capitalize() for part in code.split("-")),
        "shortDescription": {"text": meaning},
        "defaultConfiguration": {"level": "note" if kind == "note" else "error"},
        "properties": {"kind": kind},
    }


def _invocation(run: Run) -> dict[str, Any]:
    notes = [_notification(error) for error in run.errors]
    return {"executionSuccessful": not run.errors, "toolExecutionNotifications": notes}


def _notification(error: ClaimcheckError) -> dict[str, Any]:
    note: dict[str, Any] = {"level": "error", "message": {"text": str(error)}}
    if error.file:
        note["locations"] = [_location(error.file, error_line(error))]
    return note


def _level(run: Run, finding: Finding) -> str:
    if run.status(finding) == "failing":
        return "error"
    return "note" if finding.kind == "note" else "warning"


def _result(run: Run, report: Report, finding: Finding) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": _RULES.index(finding.code),
        "level": _level(run, finding),
        "message": {"text": _message(finding)},
        "partialFingerprints": {"claimcheckFindingId/v1": finding.id},
        "properties": {"kind": finding.kind, "claims": [c.id for c in finding.claims]},
    }
    if report.file:
        located = [_claim_location(report.file, c, i) for i, c in enumerate(finding.claims)]
        result["locations"] = located[:1] or [_location(report.file, None)]
        result["relatedLocations"] = located[1:]
    if run.status(finding) == "accepted":
        result["suppressions"] = [
            {"kind": "external", "justification": "accepted in the claimcheck baseline"}
        ]
    return result


def _message(finding: Finding) -> str:
    parts = [finding.message]
    if finding.expected is not None and finding.stated is not None:
        parts.append(f"Expected {finding.expected}; stated {finding.stated}.")
    parts.extend(finding.steps)
    return "\n".join(parts)


def _claim_location(file: str, claim: Claim, index: int) -> dict[str, Any]:
    location = _location(file, claim_line(file, claim.id))
    location["id"] = index
    location["message"] = {
        "text": f"claim {claim.id}: {claim.source} says {claim.figure.stated or claim.figure}"
    }
    return location


def _location(file: str, line: int | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(file)}}
    physical["region"] = {"startLine": line or 1}
    return {"physicalLocation": physical}


def artifact_uri(file: str) -> str:
    """A file as a SARIF artifact URI: relative to the working directory when it is below it.

    >>> artifact_uri("stories/week 21.toml")
    'stories/week%2021.toml'
    """
    path = PurePath(file)
    if path.is_absolute():
        try:
            path = Path(file).relative_to(Path.cwd())
        except ValueError:
            return Path(file).as_uri()
    return quote(path.as_posix().removeprefix("./"), safe="/")
