"""Reading a UTF-8 text file within a size limit, every failure an error that names the file.

Story files, baselines and articles are all read this way, so a missing file,
a directory, a file that is not UTF-8 and a file too large to be what it says
each give the same kind of message, never a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path

from claimcheck.errors import ClaimcheckError

__all__ = ["read_text"]


def read_text(path: str, *, limit: int, what: str, error: type[ClaimcheckError]) -> str:
    """The text of the file at *path*, read as UTF-8 when it is at most *limit* bytes.

    *what* names the file in messages (``"the baseline"``); every failure raises
    *error* with ``file=path``.
    """
    try:
        size = os.stat(path).st_size
        if size <= limit:
            return Path(path).read_text(encoding="utf-8")
    except OSError as problem:
        raise error(f"cannot read {what}: {problem.strerror or problem}", file=path) from None
    except UnicodeDecodeError as problem:
        raise error(f"{what} is not UTF-8 text ({problem.reason})", file=path) from None
    raise error(f"{what} is {size} bytes: expected at most {limit}", file=path)
