"""Where a word list can match: its words' roots found with ``str.find``, the pattern tried there.

A pattern that is an alternation of words (``\\b(?:said|told|...)\\b``) is slow
to scan text with: the regex engine tries every alternative at every
position. Each match begins with one of the words, so it starts where one of
their *roots* occurs (the words' first words that have no other root as a
prefix); ``str.find`` finds those places many times faster than a scan, and
trying the pattern only there gives exactly the matches the scan gives:
:meth:`Vocabulary.finditer` is ``pattern.finditer`` (a property test checks
it for every vocabulary extraction uses).

A case-insensitive vocabulary looks its roots up in the text folded with
:func:`claimcheck.grammar.numbers.fold_case`, which reads every letter the way
the pattern's case-insensitive matching does and keeps every offset.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from claimcheck.grammar.numbers import fold_case

__all__ = ["Vocabulary", "any_within", "within"]


#: How many texts each vocabulary remembers the spots of (an article and its sentences).
_REMEMBERED = 256


def _roots(words: Iterable[str]) -> tuple[str, ...]:
    firsts = {word.split()[0] for word in words}
    return tuple(sorted(w for w in firsts if not any(w[: len(v)] == v != w for v in firsts)))


@attrs.frozen
class Vocabulary:
    """A pattern every match of which begins with one of ``words`` (as the pattern's case reads).

    :meth:`spots` remembers the texts it was last asked about (by identity),
    so the many calls for one sentence or one article look its roots up once.
    """

    pattern: regex.Pattern[str]
    roots: tuple[str, ...]
    folded: bool
    seconds: tuple[str, ...] = ()
    _known: dict[int, tuple[str, list[int]]] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def of(
        cls, pattern: regex.Pattern[str], words: Iterable[str], seconds: Iterable[str] = ()
    ) -> Vocabulary:
        """The vocabulary of ``pattern``, whose matches each begin with one of ``words``.

        A match may instead begin with any one character followed by one of
        ``seconds`` (``"-"`` for ``\\s--?\\s``).
        """
        folded = bool(pattern.flags & regex.IGNORECASE)
        listed = [fold_case(w) if folded else w for w in words]
        return cls(pattern=pattern, roots=_roots(listed), folded=folded, seconds=tuple(seconds))

    def spots(self, text: str, source: tuple[str, int] | None = None) -> list[int]:
        """Where a match can start in ``text`` (or in any stretch of it), in order.

        ``source`` is ``(whole, start)`` when ``text`` is the stretch of
        ``whole`` from ``start``: its spots are then read off the whole's.
        """
        known = self._known.get(id(text))
        if known is not None and known[0] is text:
            return known[1]
        if source is not None:
            whole, start = source
            found = within(self.spots(whole), start, start + len(text))
        else:
            found = self._find(fold_case(text) if self.folded else text)
        if len(self._known) >= _REMEMBERED:
            del self._known[next(iter(self._known))]
        self._known[id(text)] = (text, found)
        return found

    def _find(self, source: str) -> list[int]:
        found: list[int] = []
        for root, shift in [*((r, 0) for r in self.roots), *((r, 1) for r in self.seconds)]:
            at = source.find(root, shift)
            while at >= 0:
                found.append(at - shift)
                at = source.find(root, at + 1)
        return sorted(set(found)) if self.seconds else sorted(found)

    def finditer(
        self, text: str, spots: Sequence[int], pos: int = 0, endpos: int | None = None,
        *, offset: int = 0,
    ) -> Iterator[regex.Match[str]]:  # fmt: skip
        """``pattern.finditer(text, pos, endpos)``, trying the pattern only at ``spots``.

        ``spots`` are the places where every match begins (:meth:`spots`), in
        ``text`` or in a text ``text`` is the stretch of from ``offset``.
        """
        end = len(text) if endpos is None else min(endpos, len(text))
        done = pos
        low = bisect.bisect_left(spots, pos + offset)
        for at in spots[low : bisect.bisect_left(spots, end + offset, low)]:
            at -= offset
            if at < done:
                continue
            match = self.pattern.match(text, at, end)
            if match is not None:
                yield match
                done = max(match.end(), at + 1)

    def search(
        self, text: str, spots: Sequence[int], pos: int = 0, endpos: int | None = None,
        *, offset: int = 0,
    ) -> regex.Match[str] | None:  # fmt: skip
        """``pattern.search(text, pos, endpos)``, trying the pattern only at ``spots``."""
        return next(self.finditer(text, spots, pos, endpos, offset=offset), None)


def within(spots: Sequence[int], start: int, end: int) -> list[int]:
    """The spots in ``start:end``, as offsets in that stretch."""
    low = bisect.bisect_left(spots, start)
    return [at - start for at in spots[low : bisect.bisect_left(spots, end, low)]]


def any_within(spots: Sequence[int], start: int, end: int) -> bool:
    """Whether a spot lies in ``start:end``."""
    at = bisect.bisect_left(spots, start)
    return at < len(spots) and spots[at] < end
