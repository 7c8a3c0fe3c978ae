"""Which story files a command line names.

Files are taken as given; a directory means every ``.toml`` and ``.json`` file
below it, sorted, hidden folders and files skipped; a pattern means the files it
matches, sorted (``**`` crossing folders); each file once, first mention first.
A pattern matching nothing and a folder without stories are errors naming them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck.discover import story_files
from claimcheck.errors import StoryFileError


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in (
        "b.toml",
        "a.json",
        "notes.txt",
        "deep/c.toml",
        "deep/deeper/d.TOML",
        ".hidden/e.toml",
        "deep/.f.toml",
        "empty/readme.md",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("", "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def j(*parts: str) -> str:
    return os.path.join(*parts)


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["b.toml"], ["b.toml"]),
        (["missing.toml"], ["missing.toml"]),
        (["notes.txt"], ["notes.txt"]),
        (
            ["."],
            [
                j(".", "a.json"),
                j(".", "b.toml"),
                j(".", "deep", "c.toml"),
                j(".", "deep", "deeper", "d.TOML"),
            ],
        ),
        (["deep"], [j("deep", "c.toml"), j("deep", "deeper", "d.TOML")]),
        (["*.toml"], ["b.toml"]),
        (["**/*.toml"], ["b.toml", j("deep", "c.toml")]),
        (["b.toml", "*.toml", "a.json"], ["b.toml", "a.json"]),
        (["de*"], [j("deep", "c.toml"), j("deep", "deeper", "d.TOML")]),
    ],
)
def test_arguments_name_story_files(tree: Path, arguments: list[str], expected: list[str]) -> None:
    files, errors = story_files(arguments)
    assert files == expected
    assert errors == []


@pytest.mark.parametrize(
    ("argument", "message"), [("*.yaml", "no file matches"), ("empty", "no .toml or .json")]
)
def test_arguments_that_name_no_story_are_errors(tree: Path, argument: str, message: str) -> None:
    files, errors = story_files(["b.toml", argument])
    assert files == ["b.toml"]
    (error,) = errors
    assert isinstance(error, StoryFileError)
    assert error.file == argument
    assert message in error.message


def test_a_file_whose_name_looks_like_a_pattern_is_taken_as_given(tree: Path) -> None:
    (tree / "odd[1].toml").write_text("", "utf-8")
    assert story_files(["odd[1].toml"]) == (["odd[1].toml"], [])
