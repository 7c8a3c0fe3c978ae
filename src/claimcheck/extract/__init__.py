"""Extraction: from English news text to a sourced, checkable `Story`.

>>> import datetime
>>> from claimcheck.extract import extract
>>> story = extract(
...     "Russia launched 273 drones overnight, Ukraine's air force said. "
...     "Air defences shot down 88 of them.",
...     dateline=datetime.date(2025, 5, 18),
... )
>>> for claim in story.claims:
...     print(claim.source.name, "|", claim.measure, "|", claim.figure)
Ukrainian Air Force | drones launched[date=2025-05-18, side=Russia] | 273
Ukrainian Air Force | drones neutralized[date=2025-05-18, side=Russia] | 88
>>> [r.kind for r in story.relations]
['part-of']

See ``docs/extract.md`` for what is read and how.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from claimcheck.errors import ClaimcheckError
    from claimcheck.model import Story

__all__ = ["extract", "extract_files"]


def extract(text: str, *, dateline: datetime.date, outlet: str | None = None) -> Story:
    """The claims, sources and relations of a news text, as a `Story` to review and check.

    ``dateline`` is the day the text was published: relative time words
    ("on Monday", "overnight") are read against it, and it is each claim's
    ``said_on`` unless the text dates the statement itself. ``outlet`` names
    the publication, the source of figures no one else is credited with.

    The extraction machinery is imported on the first call, so that
    ``import claimcheck`` stays cheap.
    """
    from claimcheck.extract.story import extract as extract_story

    return extract_story(text, dateline=dateline, outlet=outlet)


def extract_files(
    paths: Sequence[str], *, dateline: datetime.date, jobs: int = 1, strict: bool = False
) -> Iterator[Story | ClaimcheckError]:
    """The story of each article file, in the order of *paths*, read by *jobs* processes.

    An article that cannot be read gives the `ClaimcheckError` naming its file
    (*strict* raises it instead); the others are still read. See
    :mod:`claimcheck.extract.batch`.
    """
    from claimcheck.extract.batch import extract_files as extract_all

    return extract_all(paths, dateline=dateline, jobs=jobs, strict=strict)
