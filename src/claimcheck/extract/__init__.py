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

from claimcheck.extract.story import extract

__all__ = ["extract"]
