"""Baselines: the accepted findings of a run, written to a file and read back.

Writing then reading a baseline gives back exactly the ids of the findings
written; the file is sorted (by file, then id) so that it diffs well; a file
that is not a claimcheck baseline is refused with an error naming it.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.baseline import BASELINE_VERSION, baseline_document, load_baseline, write_baseline
from claimcheck.errors import StoryFileError
from claimcheck.report import Report
from report_strategies import files, reports

some_reports = st.lists(st.none() | files, max_size=3).flatmap(
    lambda names: st.tuples(*(reports(name) for name in names))
)


@given(some_reports)
def test_written_baselines_read_back_as_the_finding_ids(drawn: tuple[Report, ...]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "baseline.json"
        write_baseline(path, drawn)
        assert load_baseline(path) == {f.id for r in drawn for f in r.findings}


@given(some_reports)
def test_entries_are_sorted_and_describe_their_finding(drawn: tuple[Report, ...]) -> None:
    document = baseline_document(drawn)
    assert document["claimcheck-baseline"] == BASELINE_VERSION
    entries = document["findings"]
    keys = [(e["file"] or "", e["id"]) for e in entries]
    assert keys == sorted(keys)
    findings = {f.id: f for r in drawn for f in r.findings}
    for entry in entries:
        finding = findings[entry["id"]]
        assert entry["code"] == finding.code
        assert sorted(entry["claims"]) == sorted(c.id for c in finding.claims)
    json.dumps(document)  # plain JSON data


@pytest.mark.parametrize(
    ("content", "named"),
    [
        (b"", "not valid JSON"),
        (b"[1]", "not a claimcheck baseline"),
        (b'{"claimcheck-baseline": 2, "findings": []}', "not a claimcheck baseline"),
        (b'{"claimcheck-baseline": 1}', "findings"),
        (b'{"claimcheck-baseline": 1, "findings": [{"id": 7}]}', "no text id"),
        (b"\xff\xfe", "UTF-8"),
    ],
)
def test_what_is_not_a_baseline_is_refused(tmp_path: Path, content: bytes, named: str) -> None:
    path = tmp_path / "baseline.json"
    path.write_bytes(content)
    with pytest.raises(StoryFileError) as caught:
        load_baseline(path)
    assert caught.value.file == str(path)
    assert named in str(caught.value)


def test_a_missing_baseline_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoryFileError, match="cannot read the baseline"):
        load_baseline(tmp_path / "none.json")


def test_a_baseline_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoryFileError, match="cannot write the baseline"):
        write_baseline(tmp_path / "no" / "such" / "baseline.json", [])
