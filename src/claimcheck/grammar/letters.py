"""Which words a text holds, and where: its runs of letters.

A word list is found in text fastest by not looking for the words that are not
there. :func:`letter_runs` splits a text into its maximal runs of letters (one
C-level split, remembered for the last few texts), so a caller intersects its
word list with them and looks up with ``str.find`` only the words present;
:func:`word_starts` gives where one such word stands as a whole run of letters.

"Letter" is what the patterns mean by ``[^\\W\\d_]``: a word character that is
not a digit or an underscore.
"""

from __future__ import annotations

import regex

__all__ = ["fold_case", "folded", "is_letter", "letter_runs", "word_starts"]

_LETTER = regex.compile(r"[^\W\d_]")
#: How many distinct characters the translation table remembers.
_MAX_KNOWN = 8192


class _Blanks(dict[int, int]):
    """A ``str.translate`` table that keeps letters and blanks out everything else.

    Filled on first sight of each character (up to :data:`_MAX_KNOWN` of
    them), so translating is a C-level lookup per character: several times
    faster than splitting with a regex.
    """

    def __missing__(self, code: int) -> int:
        kept = code if _LETTER.match(chr(code)) else ord(" ")
        if len(self) < _MAX_KNOWN:
            self[code] = kept
        return kept


_BLANKS = _Blanks()
#: How many texts the runs are remembered for (an article and its sentences).
_REMEMBERED = 64
_known: dict[int, tuple[str, frozenset[str]]] = {}
_folds: dict[int, tuple[str, str]] = {}
#: The letters the patterns' case-insensitive matching takes for ASCII ones ("ſix" is "six").
_ODD_CASE = str.maketrans({"ſ": "s", "İ": "i", "\u212a": "k"})


def fold_case(text: str) -> str:
    """``text`` in lower case, reading "ſ", "İ" and the Kelvin sign as the patterns do (s, i, k).

    Case-insensitive patterns match those letters for ASCII ones, so words they
    matched are looked up in this form.  Each character folds to one (only "İ"
    has a longer lower case, and it is read first), so offsets carry over.
    """
    if text.isascii() or not ("ſ" in text or "İ" in text or "\u212a" in text):
        return text.lower()  # nothing to translate (a dict lookup per character)
    return text.translate(_ODD_CASE).lower()


def folded(text: str) -> str:
    """``fold_case(text)``, the same string each time for the last few texts (by identity).

    So the runs of letters of a folded text are split out once.
    """
    known = _folds.get(id(text))
    if known is not None and known[0] is text:
        return known[1]
    if len(_folds) >= _REMEMBERED:
        _folds.pop(next(iter(_folds), -1), None)  # -1: no id; pop never raises
    result = fold_case(text)
    _folds[id(text)] = (text, result)
    return result


def is_letter(char: str) -> bool:
    """Whether ``char`` is a letter as the patterns read ``[^\\W\\d_]``."""
    return char.isalpha() if char.isascii() else _LETTER.match(char) is not None


def letter_runs(text: str) -> frozenset[str]:
    """The distinct maximal runs of letters in ``text``, as written (fold it to ignore case)."""
    known = _known.get(id(text))
    if known is not None and known[0] is text:
        return known[1]
    runs = _runs(text)
    if len(_known) >= _REMEMBERED:
        _known.pop(next(iter(_known), -1), None)
    _known[id(text)] = (text, runs)
    return runs


#: Keeps ASCII letters and every byte of a non-ASCII character (all >= 0x80 in UTF-8).
_ASCII_BLANKS = bytes(code if code >= 0x80 or chr(code).isalpha() else 0x20 for code in range(256))
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")


def _runs(text: str) -> frozenset[str]:
    """The runs of letters: ASCII non-letters blanked byte by byte, then split.

    A byte table translates UTF-8 many times faster than :data:`_BLANKS`
    translates characters. It keeps every non-ASCII character, so only the
    stretches (between spaces) that hold one are split again character by character.
    """
    if text.isascii():
        return frozenset(text.encode("ascii").translate(_ASCII_BLANKS).decode("ascii").split())
    utf8 = text.encode("utf-8", "surrogatepass").translate(_ASCII_BLANKS)
    blanked = utf8.decode("utf-8", "surrogatepass")
    runs = set(blanked.split())
    end = 0
    for odd in _NON_ASCII.finditer(blanked):
        if odd.start() >= end:
            start = blanked.rfind(" ", 0, odd.start()) + 1
            end = blanked.find(" ", odd.end())
            end = len(blanked) if end < 0 else end
            stretch = blanked[start:end]
            runs.difference_update(word for word in stretch.split() if not word.isascii())
            runs.update(stretch.translate(_BLANKS).split())
    return frozenset(runs)


def word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` (letters only) stands in ``text`` as a whole run of letters, in order."""
    found: list[int] = []
    size, length = len(word), len(text)
    at = text.find(word)
    while at >= 0:
        end = at + size
        before = text[at - 1] if at else " "
        after = text[end] if end < length else " "
        # is_letter(before) and is_letter(after), inlined: this runs for every occurrence
        if not (before.isalpha() if before.isascii() else _LETTER.match(before)) and not (
            after.isalpha() if after.isascii() else _LETTER.match(after)
        ):
            found.append(at)
        at = text.find(word, end)
    return found
