"""The JSON report: a stable, documented schema, written through this module's own cattrs converter.

The shape is described by the record classes below (documented in
``docs/report-schema.md``, with a JSON Schema shipped as
``claimcheck/schema/report.schema.json``). Numbers that bound a figure are
exact rationals written as text (``"150"``, ``"2299/2"``), never floats.
`report_document` builds the records from a run; `read_document` reads a
written report back into the same records, so tools can consume it typed.
The converter belongs to this module; the global cattrs converter is never
touched.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from fractions import Fraction
from typing import Any, Final

import attrs
import cattrs
import regex

from claimcheck.errors import ClaimcheckError, StoryFileError
from claimcheck.figures import Figure
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source
from claimcheck.relations import Relation
from claimcheck.render.describe import describe_relation
from claimcheck.render.locate import claim_line, error_line
from claimcheck.render.run import Run
from claimcheck.report import KINDS, Finding, Report

__all__ = [
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "ClaimRecord",
    "DocumentRecord",
    "ErrorRecord",
    "FigureRecord",
    "FindingRecord",
    "ImpliedRecord",
    "ReportRecord",
    "SourceRecord",
    "read_document",
    "render_json",
    "report_document",
]

#: The value of ``schema`` in every report document.
SCHEMA_NAME: Final = "claimcheck-report"
#: Bumped only when a field is removed or changes meaning; new fields may appear in any version.
SCHEMA_VERSION: Final = 1


@attrs.frozen(kw_only=True)
class FigureRecord:
    """A figure: as stated, as readable text, and its exact interval."""

    text: str
    interval: str
    low: Fraction | None
    high: Fraction | None
    low_open: bool
    high_open: bool
    unit: str | None


@attrs.frozen(kw_only=True)
class SourceRecord:
    """Who said it; ``via`` is the source that relayed it."""

    name: str
    side: str | None = None
    kind: str | None = None
    via: SourceRecord | None = None


@attrs.frozen(kw_only=True)
class ClaimRecord:
    """A claim named by a finding, with its line in the story file when known."""

    id: str
    source: SourceRecord
    measure: str
    figure: FigureRecord
    said_on: datetime.date | None = None
    when: str | None = None
    quote: str | None = None
    hedge: str | None = None
    line: int | None = None


@attrs.frozen(kw_only=True)
class FindingRecord:
    """One finding, and what it means for this run (``status``)."""

    id: str
    code: str
    kind: str
    status: str
    message: str
    expected: str | None
    stated: str | None
    steps: list[str]
    claims: list[ClaimRecord]
    relations: list[dict[str, Any]]


@attrs.frozen(kw_only=True)
class ImpliedRecord:
    """The interval the story forces a measure into; ``stated``: some claim states it."""

    measure: str
    figure: FigureRecord
    stated: bool


@attrs.frozen(kw_only=True)
class ReportRecord:
    """The check of one story."""

    file: str | None
    title: str
    dateline: datetime.date | None
    ok: bool
    failing: int
    counts: dict[str, int]
    findings: list[FindingRecord]
    implied: list[ImpliedRecord]


@attrs.frozen(kw_only=True)
class ErrorRecord:
    """A file that could not be read or checked, and where."""

    message: str
    file: str | None
    claim: str | None
    field: str | None
    line: int | None


@attrs.frozen(kw_only=True)
class DocumentRecord:
    """A whole run: every report, every unreadable file, and the verdict."""

    schema: str
    version: int
    exit_code: int
    fail_on: list[str]
    counts: dict[str, int]
    reports: list[ReportRecord]
    errors: list[ErrorRecord]


# What ``str(Fraction)`` writes: an integer or integer/integer (never an exponent,
# which Fraction would expand digit by digit).
_RATIONAL = regex.compile(r"-?[0-9]{1,100}(?:/[0-9]{1,100})?")


def _fraction(value: Any, _: type) -> Fraction:
    if not isinstance(value, str) or not _RATIONAL.fullmatch(value):
        raise ValueError(f"{value!r}: expected an exact number as text, such as '3/2'")
    return Fraction(value)


def _date(value: Any, _: type) -> datetime.date:
    if not isinstance(value, str):
        raise ValueError(f"{value!r}: expected a date as YYYY-MM-DD text")
    return datetime.date.fromisoformat(value)


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=False)
    converter.register_unstructure_hook(Fraction, str)
    converter.register_structure_hook(Fraction, _fraction)
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(datetime.date, _date)
    return converter


_CONVERTER: Final = _make_converter()


# -- building the records ----------------------------------------------------------


def report_document(run: Run) -> DocumentRecord:
    """The records of *run*: what `render_json` writes."""
    counts = run.counts()
    return DocumentRecord(
        schema=SCHEMA_NAME,
        version=SCHEMA_VERSION,
        exit_code=run.exit_code,
        fail_on=[kind for kind in KINDS if kind in run.fail_on],
        counts=counts,
        reports=[_report(run, report) for report in run.reports],
        errors=[_error(error) for error in run.errors],
    )


def _report(run: Run, report: Report) -> ReportRecord:
    stated = {claim.measure for claim in report.story.claims}
    return ReportRecord(
        file=report.file,
        title=report.story.title,
        dateline=report.story.dateline,
        ok=report.ok,
        failing=len(run.failing(report)),
        counts={kind: len(report.of_kind(kind)) for kind in KINDS},
        findings=[_finding(run, report.file, f) for f in report.findings],
        implied=[_implied(m, f, m in stated) for m, f in _sorted_implied(report.implied)],
    )


def _sorted_implied(implied: Mapping[Measure, Figure]) -> list[tuple[Measure, Figure]]:
    return sorted(implied.items(), key=lambda pair: str(pair[0]))


def _implied(measure: Measure, figure: Figure, stated: bool) -> ImpliedRecord:
    return ImpliedRecord(measure=str(measure), figure=figure_record(figure), stated=stated)


def _finding(run: Run, file: str | None, finding: Finding) -> FindingRecord:
    return FindingRecord(
        id=finding.id,
        code=finding.code,
        kind=finding.kind,
        status=run.status(finding),
        message=finding.message,
        expected=finding.expected,
        stated=finding.stated,
        steps=list(finding.steps),
        claims=[_claim(file, claim) for claim in finding.claims],
        relations=[relation_record(r) for r in finding.relations],
    )


def figure_record(figure: Figure) -> FigureRecord:
    """A figure as its record: stated text, readable interval, exact ends."""
    return FigureRecord(
        text=figure.stated or str(figure),
        interval=str(figure),
        low=figure.low,
        high=figure.high,
        low_open=figure.low_open,
        high_open=figure.high_open,
        unit=figure.unit,
    )


def _source(source: Source) -> SourceRecord:
    via = _source(source.via) if source.via is not None else None
    return SourceRecord(name=source.name, side=source.side, kind=source.kind, via=via)


def _claim(file: str | None, claim: Claim) -> ClaimRecord:
    return ClaimRecord(
        id=claim.id,
        source=_source(claim.source),
        measure=str(claim.measure),
        figure=figure_record(claim.figure),
        said_on=claim.said_on,
        when=str(claim.when) if claim.when is not None else None,
        quote=claim.quote,
        hedge=claim.hedge,
        line=claim_line(file, claim.id),
    )


def relation_record(relation: Relation) -> dict[str, Any]:
    """A relation as in a story file (``kind`` and its measures), with a ``description``."""
    fields: dict[str, Any] = {"kind": relation.kind, "description": describe_relation(relation)}
    for attribute in attrs.fields(type(relation)):
        value = getattr(relation, attribute.name)
        if isinstance(value, tuple):
            fields[attribute.name] = [str(m) for m in value]
        elif value is not None:
            fields[attribute.name] = str(value)
    return fields


def _error(error: ClaimcheckError) -> ErrorRecord:
    return ErrorRecord(
        message=error.message,
        file=error.file,
        claim=error.claim,
        field=error.field,
        line=error_line(error),
    )


# -- writing and reading -------------------------------------------------------------


def render_json(run: Run) -> str:
    """The JSON report of *run* (indented, keys in schema order, ending with a newline)."""
    document = _CONVERTER.unstructure(report_document(run))
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def read_document(text: str, *, file: str | None = None) -> DocumentRecord:
    """Read a JSON report written by `render_json` back into its records."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise StoryFileError(f"not a JSON report: {error}", file=file) from None
    if not isinstance(document, dict) or document.get("schema") != SCHEMA_NAME:
        raise StoryFileError(
            f'not a claimcheck report: expected "schema": "{SCHEMA_NAME}"', file=file
        )
    try:
        return _CONVERTER.structure(document, DocumentRecord)
    except Exception as error:  # cattrs gathers problems in exception groups
        raise StoryFileError(f"the report does not fit its schema: {error}", file=file) from None
