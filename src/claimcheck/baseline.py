"""Baselines: findings a team has looked at and accepted, kept in a file for CI.

A baseline is a JSON file listing accepted findings by their stable id (a hash
of the finding's code and claim ids), with the file, code, kind, claims and
message beside each id for people reading it. A finding whose id is in the
baseline does not fail the run. ``write_baseline`` records every finding of a
run, so that a later run fails only on what is new.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

from claimcheck.errors import StoryFileError
from claimcheck.report import Finding, Report
from claimcheck.textfile import read_text

__all__ = ["BASELINE_VERSION", "baseline_document", "load_baseline", "write_baseline"]

#: The version of the baseline file format.
BASELINE_VERSION: Final = 1
_MAX_BYTES: Final = 64 * 1024 * 1024
_KEY: Final = "claimcheck-baseline"


def baseline_document(reports: Iterable[Report]) -> dict[str, Any]:
    """The baseline of every finding in *reports*, sorted by file and id."""
    entries = [_entry(report.file, f) for report in reports for f in report.findings]
    entries.sort(key=lambda e: (e["file"] or "", e["id"]))
    return {_KEY: BASELINE_VERSION, "findings": entries}


def _entry(file: str | None, finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.id,
        "file": file,
        "code": finding.code,
        "kind": finding.kind,
        "claims": [c.id for c in finding.claims],
        "message": finding.message,
    }


def write_baseline(path: str | os.PathLike[str], reports: Iterable[Report]) -> None:
    """Write the baseline of every finding in *reports* to *path*."""
    text = json.dumps(baseline_document(reports), indent=2, ensure_ascii=False) + "\n"
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        raise StoryFileError(
            f"cannot write the baseline: {error.strerror or error}", file=os.fspath(path)
        ) from None


def load_baseline(path: str | os.PathLike[str]) -> frozenset[str]:
    """The finding ids a baseline file accepts."""
    file = os.fspath(path)
    document = _read(file)
    findings = document.get("findings") if isinstance(document, dict) else None
    if not isinstance(document, dict) or document.get(_KEY) != BASELINE_VERSION:
        raise StoryFileError(
            f'not a claimcheck baseline: expected an object with "{_KEY}": {BASELINE_VERSION}',
            file=file,
        )
    if not isinstance(findings, list):
        raise StoryFileError('expected "findings" to be a list', file=file, field="findings")
    return frozenset(_ids(findings, file))


def _ids(findings: list[Any], file: str) -> Iterable[str]:
    for index, entry in enumerate(findings):
        identity = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(identity, str) or not identity:
            raise StoryFileError(
                f'entry {entry!r} has no text id: expected {{"id": "...", ...}}',
                file=file,
                field=f"findings[{index}]",
            )
        yield identity


def _read(file: str) -> Any:
    text = read_text(file, limit=_MAX_BYTES, what="the baseline", error=StoryFileError)
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        raise StoryFileError(f"the baseline is not valid JSON: {error}", file=file) from None
