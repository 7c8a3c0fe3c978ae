"""Extracting many articles, in one process or several, always in the given order.

Each article file becomes an outcome: the `Story` it tells, or the
`ClaimcheckError` that says why it could not be read. With ``jobs > 1`` the
articles are read in worker processes, one article at a time each, and the
outcomes still come back in the order of the files -- the same stories as one
process gives. This is how a machine's cores are put to work on a feed or an
archive: extraction itself runs on one core.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterator, Sequence
from typing import Final

from claimcheck.errors import ClaimcheckError, ExtractError
from claimcheck.model import Story
from claimcheck.runner import guarded, in_order
from claimcheck.textfile import read_text

__all__ = ["MAX_ARTICLE_BYTES", "Extracted", "extract_file", "extract_files"]

#: The largest article read, in bytes.
MAX_ARTICLE_BYTES: Final = 64 * 1024 * 1024

Extracted = Story | ClaimcheckError
#: A text that touches every stage: figures, units, money, a source, a verb.
_WARM_UP = "Officials said 3 people died and 2 km of road worth $5 million closed."


def extract_file(path: str, *, dateline: datetime.date, strict: bool = False) -> Extracted:
    """The story of the article at *path*; an article that cannot be read gives its error.

    *strict* raises the error instead. A failure inside claimcheck itself (a
    bug) is an error naming the file too, so one article never stops the others.
    """
    from claimcheck.extract.story import extract

    def story() -> Story:
        text = read_text(path, limit=MAX_ARTICLE_BYTES, what="the article", error=ExtractError)
        return extract(text, dateline=dateline)

    return guarded(story, path, strict=strict)


def extract_files(
    paths: Sequence[str], *, dateline: datetime.date, jobs: int = 1, strict: bool = False
) -> Iterator[Extracted]:
    """The outcome of each article, in the order of *paths*, read by *jobs* processes."""
    if jobs < 1:  # refused at the call, not at the first story
        raise ExtractError(f"jobs is {jobs}: expected 1 or more worker processes", field="jobs")
    work = functools.partial(extract_file, dateline=dateline, strict=strict)
    if jobs > 1 and len(paths) > 1:
        _warm_up(dateline)  # forked workers start with the patterns and units ready
    return iter(in_order(work, paths, jobs))


def _warm_up(dateline: datetime.date) -> None:
    """Compile the extraction patterns and build the unit registry in this process."""
    from claimcheck.extract.story import extract

    extract(_WARM_UP, dateline=dateline)
