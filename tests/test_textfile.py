"""Reading a bounded UTF-8 text file: its text, or the caller's error naming file and problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.errors import ExtractError, StoryFileError
from claimcheck.textfile import read_text


def test_a_small_utf8_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Kyiv — 175 drones\n", encoding="utf-8")
    assert read_text(str(path), limit=64, what="the article", error=ExtractError) == (
        "Kyiv — 175 drones\n"
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "cannot read the article: No such file or directory"),
        ("folder", "dir", "cannot read the article: Is a directory"),
        ("latin1.txt", b"caf\xe9", "the article is not UTF-8 text"),
        ("big.txt", b"x" * 65, "the article is 65 bytes: expected at most 64"),
    ],
)
def test_each_failure_raises_the_callers_error_naming_the_file(
    name: str, content: bytes | str | None, message: str, tmp_path: Path
) -> None:
    path = tmp_path / name
    if content == "dir":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    limit = 10**6 if content == "dir" else 64  # a folder's own size is not the point here
    with pytest.raises(ExtractError, match=message) as caught:
        read_text(str(path), limit=limit, what="the article", error=ExtractError)
    assert caught.value.file == str(path)


def test_the_limit_is_inclusive(tmp_path: Path) -> None:
    path = tmp_path / "story.toml"
    path.write_bytes(b"x" * 64)
    assert len(read_text(str(path), limit=64, what="the file", error=StoryFileError)) == 64
