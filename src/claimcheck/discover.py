"""Which story files a command line names: files, directories and glob patterns.

A file is taken as given (reading it reports any problem, naming it); a
directory stands for every ``.toml`` and ``.json`` file below it, in sorted
order, hidden folders skipped; a pattern (``stories/**/*.toml``) for the files
it matches, sorted. A pattern that matches nothing and a directory without
story files are errors that name them. Each file is named once, first mention
first.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final

from claimcheck.errors import ClaimcheckError, StoryFileError

__all__ = ["STORY_SUFFIXES", "story_files"]

#: The suffixes of story files found in directories.
STORY_SUFFIXES: Final = (".toml", ".json")
_MAGIC: Final = frozenset("*?[")


def story_files(arguments: Sequence[str]) -> tuple[list[str], list[ClaimcheckError]]:
    """The story files *arguments* name, in order, and an error for each that names none."""
    files: dict[str, None] = {}
    errors: list[ClaimcheckError] = []
    for argument in arguments:
        try:
            files.update(dict.fromkeys(_expand(argument)))
        except StoryFileError as error:
            errors.append(error)
    return list(files), errors


def _expand(argument: str) -> list[str]:
    if os.path.isdir(argument):
        return _in_directory(argument)
    if _MAGIC & set(argument) and not os.path.exists(argument):
        return _matching(argument)
    return [argument]


def _matching(pattern: str) -> list[str]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        raise StoryFileError("no file matches this pattern", file=pattern)
    files: list[str] = []
    for match in matches:
        files.extend(_in_directory(match) if os.path.isdir(match) else [match])
    return files


def _in_directory(directory: str) -> list[str]:
    files = sorted(_walk(Path(directory)))
    if not files:
        raise StoryFileError("no .toml or .json story files in this directory", file=directory)
    return files


def _walk(directory: Path) -> Iterator[str]:
    for root, folders, names in os.walk(directory):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in names:
            if name.lower().endswith(STORY_SUFFIXES) and not name.startswith("."):
                yield os.path.join(root, name)
