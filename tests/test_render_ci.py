"""The CI formats: JUnit XML, GitHub workflow commands and SARIF 2.1.0.

JUnit: always well-formed XML (whatever the quotes hold), a testsuite per story
and a testcase per check, failing exactly for the codes with failing findings,
totals that add up, a suite with an error per unreadable file. GitHub: every
line is a workflow command whose escaped message and properties read back to
the original, at the line of the finding's first claim; accepted findings are
left out. SARIF: valid against the parts of the 2.1.0 specification we write
(a schema written for these tests), a result per finding at its claim's line,
levels and suppressions that agree with the run.
"""

from __future__ import annotations

import json
import os
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote, unquote

import attrs
import jsonschema
import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import StoryFileError
from claimcheck.files import dumps, load
from claimcheck.render.github import escape_data, escape_property, render_github
from claimcheck.render.junit import render_junit
from claimcheck.render.locate import claim_line
from claimcheck.render.run import Run
from claimcheck.render.sarif import artifact_uri, render_sarif, sarif_document
from claimcheck.report import CODES, Report
from report_strategies import reports, runs

SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-2.1.0-subset.schema.json").read_text("utf-8")
)
SARIF = jsonschema.Draft202012Validator(SARIF_SCHEMA)
COMMAND = regex.compile(
    r"::(?P<level>error|warning|notice)(?: (?P<properties>[^:]{1,2000}))?"
    r"::(?P<message>[^\r\n]{0,20000})"
)
PROPERTY = regex.compile(r"(?P<key>file|line|title)=(?P<value>[^,]{0,2000})")


# -- JUnit ----------------------------------------------------------------------------


@given(runs())
def test_junit_is_well_formed_with_a_suite_per_story_and_a_case_per_check(run: Run) -> None:
    root = ET.fromstring(render_junit(run))
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == len(run.reports) + len(run.errors)
    for suite, report in zip(suites, run.reports, strict=False):
        cases = suite.findall("testcase")
        assert [c.get("name") for c in cases] == list(CODES)
        failed = {c.get("name") for c in cases if c.find("failure") is not None}
        assert failed == {f.code for f in run.failing(report)}
        assert int(suite.get("failures", "-1")) == len(failed)
    for key in ("tests", "failures", "errors"):
        assert int(root.get(key, "-1")) == sum(int(s.get(key, "0")) for s in suites)


@given(runs())
def test_junit_errors_name_the_unreadable_files(run: Run) -> None:
    root = ET.fromstring(render_junit(run))
    errored = root.findall("testsuite")[len(run.reports) :]
    for suite, error in zip(errored, run.errors, strict=True):
        element = suite.find("testcase/error")
        assert element is not None
        assert suite.get("name") == (error.file or "(input)").replace("\x00", "")


def test_junit_failure_carries_the_explanation() -> None:
    report = _report_with_conflict()
    root = ET.fromstring(render_junit(Run(reports=[report])))
    failure = root.find("testsuite/testcase[@name='relation-conflict']/failure")
    assert failure is not None
    assert failure.get("type") == "inconsistency"
    assert "190 > 175" in (failure.text or "")
    assert "neutralized" in (failure.get("message") or "")


# -- GitHub ---------------------------------------------------------------------------


def command_lines(text: str) -> list[str]:
    """The lines as the Actions runner reads them: split at LF only."""
    return text.removesuffix("\n").split("\n") if text else []


def unescape(text: str) -> str:
    for encoded, plain in (("%0A", "\n"), ("%0D", "\r"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(encoded, plain)
    return text


@given(st.text())
def test_github_escaping_reads_back(text: str) -> None:
    assert unescape(escape_property(text)) == text
    assert unescape(escape_data(text)) == text
    assert not set(escape_property(text)) & {"\n", "\r", ",", ":"}


@given(runs())
def test_github_lines_are_commands_for_every_finding_not_accepted(run: Run) -> None:
    lines = command_lines(render_github(run))
    for line in lines:
        assert COMMAND.fullmatch(line), line
    shown = [f for r in run.reports for f in r.findings if run.status(f) != "accepted"]
    assert len(lines) == len(shown) + len(run.errors)
    errors = sum(1 for line in lines if line.startswith("::error"))
    assert errors == run.counts()["failing"] + len(run.errors)


@given(reports(), st.sampled_from(("toml", "json")))
def test_github_points_at_the_first_claim(report: Report, format: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        file = os.path.join(folder, f"story.{format}")
        Path(file).write_text(dumps(report.story, format=format), encoding="utf-8")  # type: ignore[arg-type]
        written = attrs.evolve(report, file=file)
        lines = render_github(
            Run(reports=[written], fail_on={"contradiction", "inconsistency", "note"})
        )
        text_lines = Path(file).read_text(encoding="utf-8").split("\n")
        for line, finding in zip(command_lines(lines), report.findings, strict=True):
            command = COMMAND.fullmatch(line)
            assert command is not None
            found = PROPERTY.finditer(command["properties"])
            properties = {p["key"]: p["value"] for p in found}
            assert unescape(properties["file"]) == file
            number = int(properties["line"])
            assert finding.claims[0].id in text_lines[number - 1]


def test_github_error_for_an_unreadable_file_names_it() -> None:
    error = StoryFileError(
        "not valid TOML: Expected '=' (at line 7, column 3)", file="stories/a,b.toml"
    )
    line = render_github(Run(errors=[error])).strip()
    assert line.startswith("::error file=stories/a%2Cb.toml,line=7,")
    assert "not valid TOML" in line


# -- SARIF ----------------------------------------------------------------------------


def test_the_sarif_subset_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SARIF_SCHEMA)


@given(runs())
def test_sarif_is_valid_and_has_a_result_per_finding(run: Run) -> None:
    document = json.loads(render_sarif(run))
    SARIF.validate(document)
    (sarif_run,) = document["runs"]
    findings = [f for r in run.reports for f in r.findings]
    results = sarif_run["results"]
    assert [r["ruleId"] for r in results] == [f.code for f in findings]
    rules = sarif_run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert sarif_run["invocations"][0]["executionSuccessful"] == (not run.errors)


@given(runs())
def test_sarif_levels_and_suppressions_follow_the_run(run: Run) -> None:
    results = sarif_document(run)["runs"][0]["results"]
    findings = [f for r in run.reports for f in r.findings]
    for result, finding in zip(results, findings, strict=True):
        status = run.status(finding)
        assert (result["level"] == "error") == (status == "failing")
        assert ("suppressions" in result) == (status == "accepted")
        assert result["partialFingerprints"]["claimcheckFindingId/v1"] == finding.id


@given(runs())
def test_sarif_uris_are_encoded_relative_references(run: Run) -> None:
    document = sarif_document(run)
    for result in document["runs"][0]["results"]:
        for location in result.get("locations", []) + result.get("relatedLocations", []):
            uri = location["physicalLocation"]["artifactLocation"]["uri"]
            assert " " not in uri
            assert quote(unquote(uri), safe="/") == uri


def test_sarif_points_at_claim_lines(tmp_path: Path) -> None:
    story_file = Path(__file__).parents[1] / "examples" / "prisoner-exchange.toml"
    story = load(story_file)
    launched, neutralized = story.claim("drones-launched"), story.claim("drones-neutralized")
    from claimcheck.report import Finding

    finding = Finding(
        code="relation-conflict",
        kind="inconsistency",
        message="190 of 175",
        claims=[neutralized, launched],
    )
    report = Report(story=story, findings=[finding], file=str(story_file))
    (result,) = sarif_document(Run(reports=[report]))["runs"][0]["results"]
    line = result["locations"][0]["physicalLocation"]["region"]["startLine"]
    assert line == claim_line(str(story_file), "drones-neutralized")
    assert 'id = "drones-neutralized"' in story_file.read_text("utf-8").splitlines()[line - 1]
    assert len(result["relatedLocations"]) == 1


@pytest.mark.parametrize(
    ("file", "uri"),
    [
        ("stories/week 21.toml", "stories/week%2021.toml"),
        ("./a.toml", "a.toml"),
        ("a%b.json", "a%25b.json"),
    ],
)
def test_artifact_uris(file: str, uri: str) -> None:
    assert artifact_uri(file) == uri


def test_absolute_paths_below_the_working_directory_become_relative() -> None:
    assert artifact_uri(os.path.join(os.getcwd(), "x", "y.toml")) == "x/y.toml"


# -- helpers --------------------------------------------------------------------------


def _report_with_conflict() -> Report:
    from claimcheck.model import Claim, Source, Story
    from claimcheck.relations import PartOf
    from claimcheck.report import Finding

    source = Source("Ukrainian Air Force")
    launched = Claim(source=source, measure="drones launched", figure="175", id="launched")
    downed = Claim(source=source, measure="drones neutralized", figure="190", id="downed")
    relation = PartOf(part="drones neutralized", whole="drones launched")
    finding = Finding(
        code="relation-conflict",
        kind="inconsistency",
        message="190 drones neutralized of 175 launched",
        claims=[downed, launched],
        relations=[relation],
        steps=["190 > 175"],
    )
    return Report(story=Story(claims=[launched, downed], relations=[relation]), findings=[finding])
