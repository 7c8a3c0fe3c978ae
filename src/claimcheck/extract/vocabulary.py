"""Where a word list can match: its words looked up with ``str.find``, the pattern tried there.

A pattern that is an alternation of words (``\\b(?:said|told|...)\\b``) is slow
to scan text with: the regex engine tries every alternative at every
position. Each match begins with one of its *words* as a whole run of letters
(the pattern puts word boundaries around it), or with one of a few *marks*
(punctuation). So a vocabulary intersects its words with the text's runs of
letters (:func:`claimcheck.grammar.letters.letter_runs`, one split per text),
looks up only the words present and the marks with ``str.find``, and tries the
pattern only there: :meth:`Vocabulary.finditer` gives exactly the matches
``pattern.finditer`` gives (a property test checks it for every vocabulary
extraction uses).

A case-insensitive vocabulary looks its words up in the text folded with
:func:`claimcheck.grammar.letters.fold_case`, which reads every letter the way
the pattern's case-insensitive matching does and keeps every offset.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from claimcheck.grammar.letters import fold_case, folded, is_letter, letter_runs, word_starts

__all__ = ["Vocabulary", "any_within", "within"]

_LETTERS = regex.compile(r"[^\W\d_]++")
_RUN_ENDING = regex.compile(r"[^\W\d_]++\Z", regex.REVERSE)


#: How many texts each vocabulary remembers the spots of (an article and its sentences).
_REMEMBERED = 256


def _roots(marks: Iterable[str]) -> tuple[str, ...]:
    """The marks no other mark begins: finding these finds every one."""
    firsts = set(marks)
    return tuple(sorted(w for w in firsts if not any(w[: len(v)] == v != w for v in firsts)))


@attrs.frozen
class Vocabulary:
    """A pattern every match of which begins with one of ``words`` or ``marks``.

    ``words`` are runs of letters the pattern puts word boundaries around
    (every form: "expect", "expects", "expected"), ``marks`` anything else
    (punctuation), both as the pattern's case reads them. :meth:`spots`
    remembers the texts it was last asked about (by identity), so the many
    calls for one sentence or one article look the words up once.
    """

    pattern: regex.Pattern[str]
    words: frozenset[str]
    marks: tuple[str, ...]
    folded: bool
    seconds: tuple[str, ...] = ()
    _known: dict[int, tuple[str, list[int]]] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def of(
        cls, pattern: regex.Pattern[str], words: Iterable[str], seconds: Iterable[str] = ()
    ) -> Vocabulary:
        """The vocabulary of ``pattern``, whose matches each begin with one of ``words``.

        A word of letters must stand whole in every match it begins (the
        pattern has word boundaries around it: list every form); a word that
        is not all letters is a mark, matched anywhere. A match may instead
        begin with any one character followed by one of ``seconds`` (``"-"``
        for ``\\s--?\\s``).
        """
        ignore_case = bool(pattern.flags & regex.IGNORECASE)
        firsts = {(fold_case(w) if ignore_case else w).split()[0] for w in words}
        letters = frozenset(w for w in firsts if _LETTERS.fullmatch(w))
        return cls(
            pattern=pattern, words=letters, marks=_roots(firsts - letters), folded=ignore_case,
            seconds=tuple(seconds),
        )  # fmt: skip

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
            if start and text and is_letter(whole[start - 1]) and is_letter(text[0]):
                found = [0, *found] if found[:1] != [0] else found  # a run cut by the stretch
        else:
            found = self._find(folded(text) if self.folded else text)
        if len(self._known) >= _REMEMBERED:
            self._known.pop(next(iter(self._known), -1), None)
        self._known[id(text)] = (text, found)
        return found

    def _find(self, source: str) -> list[int]:
        found: list[int] = []
        if self.words:
            for word in self.words.intersection(letter_runs(source)):
                found.extend(word_starts(source, word))
        for mark, shift in [*((m, 0) for m in self.marks), *((m, 1) for m in self.seconds)]:
            at = source.find(mark, shift)
            while at >= 0:
                found.append(at - shift)
                at = source.find(mark, at + 1)
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
        within = spots[low : bisect.bisect_left(spots, end + offset, low)]
        places = [at - offset for at in within] if offset else list(within)
        if self.words and pos < end and (is_letter(text[end - 1]) or (offset and not pos)):
            places = self._with_cut_runs(text, places, pos, end, offset)
        for at in places:
            if at < done:
                continue
            match = self.pattern.match(text, at, end)
            if match is not None:
                yield match
                done = max(match.end(), at + 1)

    def _with_cut_runs(
        self, text: str, places: list[int], pos: int, end: int, offset: int
    ) -> list[int]:
        """``places`` and the starts of the runs of letters the pattern sees cut short.

        The pattern reads ``text`` as if it ended at ``end`` and, when it is
        read at an ``offset`` in the text the spots are of, as if it began at
        0: a run of letters cut there may be one of the words, though it is
        none in the whole text.
        """
        cut = [0] if offset and not pos and is_letter(text[0]) else []
        if is_letter(text[end - 1]):
            run = _RUN_ENDING.search(text, pos, end)
            cut += [] if run is None else [run.start()]
        new = [at for at in cut if at not in places]  # at most two, mostly none
        return sorted({*places, *new}) if new else places

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
