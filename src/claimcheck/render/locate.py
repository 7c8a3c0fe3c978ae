"""Where a claim sits in its story file: the line of its ``id`` or of its table.

CI formats point at lines. A claim with an id is found at its ``id = "..."``
(TOML) or ``"id": "..."`` (JSON) line; a claim without one (``claims[N]``) at
the N-th ``[[claims]]`` table or the N-th element of the JSON ``claims`` array.
Files are read once per change (keyed by path, size and modification time).
"""

from __future__ import annotations

import bisect
import json
import os
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

import regex

from claimcheck.errors import ClaimcheckError

__all__ = ["claim_line", "claim_lines", "error_line"]

_MAX_BYTES = 64 * 1024 * 1024
_CLAIMS_TABLE = regex.compile(r"[ \t]{0,100}\[\[[ \t]{0,100}claims[ \t]{0,100}\]\]")
_OTHER_TABLE = regex.compile(r"[ \t]{0,100}\[")
_TOML_ID = regex.compile(r"""[ \t]{0,100}id[ \t]{0,100}=[ \t]{0,100}(["'])([^"'\n]{0,200})\1""")
_INLINE_CLAIMS = regex.compile(r"(?m)^[ \t]{0,100}claims[ \t]{0,100}=[ \t]{0,100}\[")
_INLINE_ID = regex.compile(r"""(?<![\w-])id[ \t]{0,100}=[ \t]{0,100}(["'])([^"'\n]{0,200})\1""")
_JSON_CLAIMS = regex.compile(r'(?<!\\)"claims"[ \t\r\n]{0,1000}:[ \t\r\n]{0,1000}\[')
_JSON_ID = regex.compile(r'"id"[ \t\r\n]{0,1000}:')
_LINE_IN_MESSAGE = regex.compile(r"\bline (\d{1,9})\b")
_SPACE = " \t\r\n"


def claim_lines(text: str) -> dict[str, int]:
    """Every claim's 1-based line in a story file's text (TOML or JSON), by claim id."""
    if text.lstrip()[:1] == "{":
        return _json_lines(text)
    return _toml_lines(text)


def _toml_lines(text: str) -> dict[str, int]:
    found = _INLINE_CLAIMS.search(text)
    if found is not None:
        return _inline_lines(text, found.end())
    return _table_lines(text)


def _table_lines(text: str) -> dict[str, int]:
    lines: dict[str, int] = {}
    index, in_claim = -1, False
    for number, line in enumerate(text.split("\n"), start=1):
        if _CLAIMS_TABLE.match(line):
            index, in_claim = index + 1, True
            lines[f"claims[{index}]"] = number
        elif _OTHER_TABLE.match(line):
            in_claim = False
        elif in_claim and (found := _TOML_ID.match(line)):
            lines.setdefault(found.group(2), number)
    return lines


def _inline_lines(text: str, start: int) -> dict[str, int]:
    """Claims written as an inline array of inline tables: ``claims = [{...}, {...}]``."""
    starts = _newlines(text)
    lines: dict[str, int] = {}
    for index, (begin, end) in enumerate(_inline_tables(text, start)):
        lines[f"claims[{index}]"] = bisect.bisect_right(starts, begin)
        found = _INLINE_ID.search(text, begin, end)
        if found is not None:
            lines.setdefault(found.group(2), bisect.bisect_right(starts, found.start()))
    return lines


def _inline_tables(text: str, position: int) -> Iterator[tuple[int, int]]:
    """The (start, end) of each inline table directly inside the array opened before *position*."""
    depth, begin, quote = 1, 0, ""
    while position < len(text) and depth > 0:
        char = text[position]
        if quote:
            position, quote = _in_string(text, position, quote)
            continue
        if char in "\"'":
            quote = char
        elif char == "#":
            position = _line_end(text, position)
        elif char in "[{":
            depth += 1
            begin = position if depth == 2 and char == "{" else begin
        elif char in "]}":
            depth -= 1
            if depth == 1 and char == "}":
                yield begin, position + 1
        position += 1


def _in_string(text: str, position: int, quote: str) -> tuple[int, str]:
    char = text[position]
    if char == "\\" and quote == '"':
        return position + 2, quote
    if char == quote:
        return position + 1, ""
    return position + 1, quote


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _json_lines(text: str) -> dict[str, int]:
    found = _JSON_CLAIMS.search(text)
    if found is None:
        return {}
    starts = _newlines(text)
    lines: dict[str, int] = {}
    for index, (position, element) in enumerate(_array_elements(text, found.end())):
        line = bisect.bisect_right(starts, position)
        lines[f"claims[{index}]"] = line
        if isinstance(element, dict) and isinstance(element.get("id"), str):
            lines.setdefault(element["id"], _json_id_line(text, position, starts) or line)
    return lines


def _newlines(text: str) -> list[int]:
    starts = [0]
    position = text.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1)
    return starts


def _array_elements(text: str, position: int) -> list[tuple[int, object]]:
    decoder = json.JSONDecoder()
    elements: list[tuple[int, object]] = []
    while True:
        position = _skip(text, position)
        if position >= len(text) or text[position] == "]":
            return elements
        try:
            element, end = decoder.raw_decode(text, position)
        except (ValueError, RecursionError):
            return elements
        elements.append((position, element))
        position = _skip(text, end)
        if position < len(text) and text[position] == ",":
            position += 1


def _skip(text: str, position: int) -> int:
    while position < len(text) and text[position] in _SPACE:
        position += 1
    return position


def _json_id_line(text: str, start: int, starts: list[int]) -> int | None:
    found = _JSON_ID.search(text, start)
    return bisect.bisect_right(starts, found.start()) if found else None


@lru_cache(maxsize=256)
def _lines_of(path: str, size: int, mtime: int) -> Mapping[str, int]:
    try:
        return claim_lines(Path(path).read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return {}


def _file_lines(path: str) -> Mapping[str, int]:
    try:
        status = os.stat(path)
    except OSError:
        return {}
    if status.st_size > _MAX_BYTES:
        return {}
    return _lines_of(path, status.st_size, status.st_mtime_ns)


def claim_line(path: str | None, claim_id: str) -> int | None:
    """The line of claim *claim_id* in the story file at *path*, or None when not found."""
    if path is None:
        return None
    return _file_lines(path).get(claim_id)


def error_line(error: ClaimcheckError) -> int | None:
    """The line an error points at: its claim's line, or a line its message names."""
    if error.claim is not None:
        line = claim_line(error.file, error.claim)
        if line is not None:
            return line
    found = _LINE_IN_MESSAGE.search(error.message)
    return int(found.group(1)) if found else None
