"""Find figures in running text fast, with the one figure grammar.

:func:`claimcheck.grammar.numbers.find_figures` tries the whole figure pattern
at every position of the text. News text is mostly words, so this module first
finds *anchors* -- digit runs and number words, without which no figure
matches -- and runs the grammar's own scan only on small windows of whole
words around them: the anchor's word, the words before it that can lead a
figure (qualifier words such as "slightly fewer than", "between", "from",
currency codes; at most five), and two words after it. Windows that touch are
merged, and a window whose last figure ends within a few characters of its
end is widened by two more words (and again, as long as that holds), so a
unit, a suffix ("or more") or the second end of a range is never cut off: the
result equals the grammar's scan of the whole text (a property test checks
this).

Windows start just after white space and end just before it, so the grammar's
look-behind and look-ahead see the same thing in a window as in the text.
Every pattern here is a possessive run or a word alternation: linear time.
"""

from __future__ import annotations

import bisect
import sys

import regex

from claimcheck.grammar import numbers
from claimcheck.grammar.numbers import Found
from claimcheck.units import CURRENCIES

__all__ = ["NUMBER_WORDS", "find_figures", "find_figures_windowed", "recover_missed"]

_NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
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
]
#: Words that can make up a figure without digits (number words, fractions, vague amounts).
NUMBER_WORDS = frozenset(_NUMBER_WORDS)
_ANCHOR_TEXT = (
    r"\d++|(?<![^\W\d_])(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")(?![^\W\d_])"
)  # fmt: skip
_ANCHOR = regex.compile(_ANCHOR_TEXT)
_ANCHOR_ANY_CASE = regex.compile(_ANCHOR_TEXT, regex.IGNORECASE)
_SPACE = regex.compile(r"\s++")
_BEFORE = 5
_AFTER = 2
#: A window is widened when its last figure ends this close to the window's end.
_MARGIN = 24
#: Words that can stand before a figure's first digit or number word.
_LEAD_WORDS = frozenset(
    {word for phrase in numbers.QUALIFIERS for word in phrase.casefold().split()}
    | {"between", "from", "us$", "$", "€", "£", "¥", "₽", "₴", "₹", "-", "+", "−"}
    | {code.casefold() for code in CURRENCIES}
)
_OPENERS = "([{\"'“‘"
#: Recovery skips anchors inside words or windows longer than this (no figure is).
_LONG_WORD = 64
_LONG_WINDOW = 400

Runs = list[tuple[int, int]]


def find_figures(text: str) -> list[Found]:
    """Every figure in ``text`` as the grammar finds it (its own scan), then any it dropped."""
    return recover_missed(text, numbers.find_figures(text))


def find_figures_windowed(text: str) -> list[Found]:
    """Every figure in ``text`` as the grammar finds it, scanning windows around anchors only."""
    runs = [m.span() for m in _SPACE.finditer(text)]
    starts = [start for start, _ in runs]
    found: list[Found] = []
    for low, high in _windows(text, runs, starts):
        done = found[-1].end if found else 0
        found.extend(f for f in _scan(text, low, high, runs, starts) if f.start >= done)
    return found


def recover_missed(text: str, found: list[Found]) -> list[Found]:
    """Figures the scan dropped: anchors outside every found span, read from their own word.

    The grammar drops a whole match it cannot read, numbers and all: in "down
    from 3.4% in 2024" the "from" wants a "to", so "3.4%" is lost. Reading
    again from the anchor's word (without the lead words) gives it back.
    """
    runs = [m.span() for m in _SPACE.finditer(text)]
    starts = [start for start, _ in runs]
    covered = [(f.start, f.end) for f in found]
    extra: list[Found] = []
    done = 0
    for start, end in _anchors(text):
        if start < done or _covered(start, covered):
            continue
        run = bisect.bisect_right(starts, start) - 1
        low = runs[run][1] if run >= 0 else 0
        high = _forward(end, runs, starts, len(text))
        if start - low > _LONG_WORD or high - low > _LONG_WINDOW:
            continue
        more = [f for f in _scan(text, low, high, runs, starts) if f.end > start]
        extra.extend(f for f in more if not _covered(f.start, covered))
        done = max([done, *(f.end for f in more)])
    return sorted([*found, *extra], key=lambda f: f.start)


def _covered(position: int, spans: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(spans, (position, sys.maxsize)) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def _anchors(text: str) -> list[tuple[int, int]]:
    lower = text.lower()
    if len(lower) == len(text):
        return [m.span() for m in _ANCHOR.finditer(lower)]
    return [m.span() for m in _ANCHOR_ANY_CASE.finditer(text)]


def _windows(text: str, runs: Runs, starts: list[int]) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for start, end in _anchors(text):
        if windows and start < windows[-1][1]:
            high = _forward(end, runs, starts, len(text))
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
            continue
        low, high = _window(text, start, end, runs, starts)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    return windows


def _window(text: str, start: int, end: int, runs: Runs, starts: list[int]) -> tuple[int, int]:
    run = bisect.bisect_right(starts, start) - 1
    low = runs[run][1] if run >= 0 else 0
    for _ in range(_BEFORE):
        if run < 0:
            break
        word_start = runs[run - 1][1] if run >= 1 else 0
        if text[word_start : runs[run][0]].lstrip(_OPENERS).casefold() not in _LEAD_WORDS:
            break
        low, run = word_start, run - 1
    return low, _forward(end, runs, starts, len(text))


def _forward(end: int, runs: Runs, starts: list[int], size: int) -> int:
    after = bisect.bisect_left(starts, end) + _AFTER
    return runs[after][0] if after < len(runs) else size


def _scan(text: str, low: int, high: int, runs: Runs, starts: list[int]) -> list[Found]:
    while True:
        found = numbers.find_figures(text[low:high])
        if not found or found[-1].end < high - low - _MARGIN or high >= len(text):
            return [_shifted(f, low) for f in found]
        high = _forward(high, runs, starts, len(text))


def _shifted(found: Found, offset: int) -> Found:
    parts = tuple((start + offset, end + offset) for start, end in found.parts)
    return Found(
        start=found.start + offset, end=found.end + offset, text=found.text,
        reading=found.reading, parts=parts,
    )  # fmt: skip
