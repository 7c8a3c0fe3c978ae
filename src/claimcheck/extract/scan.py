"""Find figures in running text fast, with the one figure grammar.

:func:`claimcheck.grammar.numbers.find_figures` tries the figure pattern only
near *anchors* -- digit runs and number words, without which no figure
matches -- and finds exactly what trying it everywhere finds. The grammar
drops a whole match it cannot read, numbers and all; :func:`recover_missed`
reads each anchor left outside every figure again from its own word, in a
window of whole words (the anchor's word and two after it, widened by two
more words as long as a figure ends within a few characters of its end).

Windows start just after white space and end just before it, so the grammar's
look-behind and look-ahead see the same thing in a window as in the text.
Every pattern here is a possessive run or a word alternation, and every
search for white space is bounded: linear time.
"""

from __future__ import annotations

import bisect
import sys

import regex

from claimcheck.grammar import numbers
from claimcheck.grammar.numbers import SMALL_NUMBERS, TENS, Found

__all__ = ["NUMBER_WORDS", "find_figures", "recover_missed"]

_OTHER_NUMBER_WORDS = (
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "trillion",
    "dozen",
    "dozens",
    "scores",
    "tens",
    "half",
    "halves",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fourth",
    "fourths",
    "fifth",
    "fifths",
    "sixth",
    "sixths",
    "seventh",
    "sevenths",
    "eighth",
    "eighths",
    "ninth",
    "ninths",
    "tenth",
    "tenths",
)
#: Words that can make up a figure without digits (number words, fractions, vague amounts).
NUMBER_WORDS = frozenset({*SMALL_NUMBERS, *TENS, *_OTHER_NUMBER_WORDS})
_SPACE = regex.compile(r"\s++")
_LAST_SPACE = regex.compile(r"(?r)\s")
_AFTER = 2
#: A window is widened when its last figure ends this close to the window's end.
_MARGIN = 24
#: Recovery skips anchors inside words or windows longer than this (no figure is).
_LONG_WORD = 64
_LONG_WINDOW = 400


def find_figures(text: str, spans: list[tuple[int, int]] | None = None) -> list[Found]:
    """Every figure in ``text`` as the grammar finds it, then any it dropped.

    ``spans`` are the text's anchors (:func:`claimcheck.grammar.numbers.anchors`)
    when the caller has them.
    """
    spans = numbers.anchors(text) if spans is None else spans
    found = numbers.find_figures(text, spots=[start for start, _ in spans])
    return recover_missed(text, found, spans)


def recover_missed(
    text: str, found: list[Found], spans: list[tuple[int, int]] | None = None
) -> list[Found]:
    """Figures the scan dropped: anchors outside every found span, read from their own word.

    The grammar drops a whole match it cannot read, numbers and all: in "down
    from 3.4% in 2024" the "from" wants a "to", so "3.4%" is lost. Reading
    again from the anchor's word (without the lead words) gives it back.
    ``spans`` are the text's anchors (:func:`claimcheck.grammar.numbers.anchors`)
    when the caller has them.
    """
    covered = [(f.start, f.end) for f in found]
    spans = numbers.anchors(text) if spans is None else spans
    starts = [start for start, _ in spans]
    extra: list[Found] = []
    done = 0
    for start, end in spans:
        if start < done or _covered(start, covered):
            continue
        window = _window(text, start, end)
        if window is None:
            continue
        more = [f for f in _scan(text, starts, *window) if f.end > start]
        extra.extend(f for f in more if not _covered(f.start, covered))
        done = max([done, *(f.end for f in more)])
    return sorted([*found, *extra], key=lambda f: f.start) if extra else found


def _covered(position: int, spans: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(spans, (position, sys.maxsize)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _window(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The anchor's word and two words after it; None when the word or window is too long."""
    space = _LAST_SPACE.search(text, max(0, start - _LONG_WORD - 1), start)
    if space is None and start > _LONG_WORD:
        return None
    low = space.end() if space is not None else 0
    high = _forward(text, end, low + _LONG_WINDOW + 1)
    return (low, high) if high - low <= _LONG_WINDOW else None


def _forward(text: str, end: int, limit: int) -> int:
    """Where the third run of white space at or after ``end`` starts, looking before ``limit``.

    The end of the text, or ``limit``, when there is no such run before it.
    """
    for seen, space in enumerate(_SPACE.finditer(text, end, min(limit, len(text)))):
        if seen == _AFTER:
            return space.start()
    return min(limit, len(text))


def _scan(text: str, starts: list[int], low: int, high: int) -> list[Found]:
    """The figures of the window ``text[low:high]``, widened while one ends near its end.

    The window is read in place (``pos``/``endpos``), with the text's anchors
    ``starts``: it starts after white space and ends before it, so the grammar
    reads it as it would read the window cut out of the text.
    """
    while True:
        spots = starts[bisect.bisect_left(starts, low) : bisect.bisect_left(starts, high)]
        found = numbers.find_figures(text, spots=spots, pos=low, endpos=high)
        if not found or found[-1].end < high - _MARGIN or high >= len(text):
            return found
        high = _forward(text, high, len(text))
