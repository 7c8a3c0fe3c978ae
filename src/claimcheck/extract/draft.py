"""A draft claim: one figure with everything read about it, before it becomes a `Claim`."""

from __future__ import annotations

import datetime

import attrs

from claimcheck.extract.measures import Counted
from claimcheck.extract.mentions import Mention
from claimcheck.extract.sentences import Sentence
from claimcheck.model import Source
from claimcheck.period import Period

__all__ = ["Draft"]


@attrs.frozen(kw_only=True)
class Draft:
    """A figure, its sentence and clause, its source, what it counts, when, and any hedge.

    ``clause`` is the offset where the figure's clause starts; ``extra`` holds
    facets added while relating drafts (``side`` for "each", ``how``, ``part``).
    """

    mention: Mention
    sentence: Sentence
    clause: int
    source: Source
    counted: Counted
    said_on: datetime.date
    when: Period | None = None
    date: str | None = None
    hedge: str | None = None
    extra: tuple[tuple[str, str], ...] = ()

    def facets(self) -> dict[str, str]:
        """The facets this draft adds to what it counts."""
        facets = dict(self.extra)
        if self.date is not None:
            facets.setdefault("date", self.date)
        return facets

    def with_extra(self, key: str, value: str) -> Draft:
        kept = tuple((k, v) for k, v in self.extra if k != key)
        return attrs.evolve(self, extra=(*kept, (key, value)))
