"""The JSON report: valid against its shipped JSON Schema, exact, and readable back.

Every run renders to a document that the schema in
``claimcheck/schema/report.schema.json`` accepts; reading it back gives the
same records (a round trip through this module's own cattrs converter, which
leaves cattrs' global converter alone); figure bounds are exact rationals as
text, never floats; and the schema's field lists agree with the record classes.
"""

from __future__ import annotations

import json
from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import cattrs
import jsonschema
import pytest
from hypothesis import given

from claimcheck.check import check
from claimcheck.errors import StoryFileError
from claimcheck.figures import parse_figure
from claimcheck.files import load
from claimcheck.render.json import (
    SCHEMA_NAME,
    SCHEMA_VERSION,
    ClaimRecord,
    DocumentRecord,
    ErrorRecord,
    FigureRecord,
    FindingRecord,
    ImpliedRecord,
    ReportRecord,
    SourceRecord,
    figure_record,
    read_document,
    render_json,
    report_document,
)
from claimcheck.render.run import Run
from report_strategies import interval, runs


def report_schema() -> dict[str, Any]:
    text = (resources.files("claimcheck") / "schema" / "report.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


SCHEMA = report_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_the_schema_lists_every_finding_code() -> None:
    from claimcheck.report import CODES

    assert SCHEMA["$defs"]["finding"]["properties"]["code"]["enum"] == list(CODES)


def test_the_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["properties"]["schema"]["const"] == SCHEMA_NAME
    assert SCHEMA["properties"]["version"]["const"] == SCHEMA_VERSION


@given(runs())
def test_every_run_renders_valid_json(run: Run) -> None:
    document = json.loads(render_json(run))
    errors = sorted(VALIDATOR.iter_errors(document), key=str)
    assert not errors, errors[0]


@given(runs())
def test_reading_a_report_back_gives_the_same_records(run: Run) -> None:
    assert read_document(render_json(run)) == report_document(run)


@given(runs())
def test_the_document_says_what_fails(run: Run) -> None:
    document = json.loads(render_json(run))
    assert document["exit_code"] == run.exit_code
    statuses = [f["status"] for r in document["reports"] for f in r["findings"]]
    expected = [run.status(f) for r in run.reports for f in r.findings]
    assert statuses == expected
    assert len(document["errors"]) == len(run.errors)


@given(runs())
def test_figure_bounds_are_exact(run: Run) -> None:
    document = read_document(render_json(run))
    for record, report in zip(document.reports, run.reports, strict=True):
        for finding, original in zip(record.findings, report.findings, strict=True):
            for claim, source in zip(finding.claims, original.claims, strict=True):
                written = (
                    claim.figure.low,
                    claim.figure.high,
                    claim.figure.low_open,
                    claim.figure.high_open,
                )
                assert written == interval(source.figure)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("86%", "171/2", "173/2"),
        ("at least 162", "162", None),
        ("around 1,000", "900", "1100"),
        ("more than 1,000", "1000", None),
    ],
)
def test_bounds_are_written_as_rational_text(text: str, low: str | None, high: str | None) -> None:
    figure = parse_figure(text)
    written = json.loads(json.dumps(_unstructure(figure_record(figure))))
    assert (written["low"], written["high"]) == (low, high)
    assert written["text"] == text
    assert Fraction(written["low"]) == figure.low


def _unstructure(record: FigureRecord) -> dict[str, Any]:
    from claimcheck.render import json as module

    converter = module._CONVERTER
    result: dict[str, Any] = converter.unstructure(record)
    return result


def test_the_global_cattrs_converter_is_left_alone() -> None:
    render_json(Run())
    assert cattrs.unstructure(Fraction(1, 2)) == Fraction(1, 2)


RECORDS = {
    "#": DocumentRecord,
    "report": ReportRecord,
    "finding": FindingRecord,
    "claim": ClaimRecord,
    "source": SourceRecord,
    "figure": FigureRecord,
    "implied": ImpliedRecord,
    "error": ErrorRecord,
}


@pytest.mark.parametrize(("definition", "record"), RECORDS.items())
def test_schema_fields_match_the_records(definition: str, record: type) -> None:
    node = SCHEMA if definition == "#" else SCHEMA["$defs"][definition]
    fields = [a.name for a in attrs.fields(record)]
    assert list(node["properties"]) == fields
    assert sorted(node["required"]) == sorted(fields)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"schema": "something-else"}',
        '{"schema": "claimcheck-report", "version": 1}',
        "{",
        '{"schema": "claimcheck-report", "version": 1, "exit_code": ' + "1" * 5000 + "}",
    ],
)
def test_reading_refuses_what_is_not_a_report(text: str) -> None:
    with pytest.raises(StoryFileError) as caught:
        read_document(text, file="out.json")
    assert caught.value.file == "out.json"


@pytest.mark.parametrize("bound", ["1e999999999", "1.5", "0x10", " 3", "3/0", "1" * 101, 3])
def test_reading_refuses_a_bound_that_is_not_rational_text(bound: object) -> None:
    example = Path(__file__).resolve().parents[1] / "examples" / "prisoner-exchange.toml"
    document = json.loads(render_json(Run(reports=[check(load(example))])))
    document["reports"][0]["implied"][0]["figure"]["low"] = bound
    with pytest.raises(StoryFileError, match="does not fit its schema"):
        read_document(json.dumps(document))
