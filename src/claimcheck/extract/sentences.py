"""Paragraphs and sentences of news text, with their character spans.

A paragraph is a block of text between blank lines (or, in text without any
blank line, one line). A sentence ends at ``.``, ``!`` or ``?`` (with any
closing quotes or brackets after it) followed by white space and a capital,
a digit or an opening quote -- except after a known abbreviation ("U.S.",
"Oct.", "a.m.", "Dr.") or an initial, and never inside a quotation: a quote
of several sentences stays one sentence, so that the attribution after it
("... were stopped," Zelenskyy said.) covers all of it. A quotation left open
at the end of a paragraph does not hold the paragraph together.

Every pattern here is a single character class or a bounded run, so splitting
is linear in the length of the text.
"""

from __future__ import annotations

import bisect

import attrs
import regex

__all__ = ["CLAUSE_BREAK", "Paragraph", "Sentence", "paragraphs", "stretch"]

#: Where a new clause of a sentence begins: ", while", ", but", "; ".
CLAUSE_BREAK = regex.compile(r",\s{1,3}(?:while|whereas|but|though|although)\s|;\s")

_BLANK_LINE = regex.compile(r"\n[^\S\n]{0,200}\n")
_LINE = regex.compile(r"[^\n]+")
_TERMINATOR = regex.compile(r"[.!?][.!?]{0,2}[\"”’')\]]{0,3}(?=\s)")
_NEXT = regex.compile(r"\s{1,50}[\"“‘'(\[]?[\p{Lu}\d]")
_LAST_WORD = regex.compile(r"(?:^|\s)(\S{1,16})$", regex.REVERSE)
_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,4}|\p{Lu}")
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm",
    "rep", "sen", "gov", "pres", "prof", "rev", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "inc",
    "corp", "co", "ltd", "jr", "sr", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m",
    "approx", "est", "fig", "vol", "ft", "mt", "ave", "blvd",
})  # fmt: skip
_QUOTE_LIMIT = 2000


@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence: ``text == source[start:end]``; ``paragraph`` is its paragraph's index."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int


@attrs.frozen(kw_only=True)
class Paragraph:
    """One paragraph and its sentences, in order."""

    start: int
    end: int
    index: int
    sentences: tuple[Sentence, ...]


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    """The paragraphs of ``text``, each with its sentences (empty ones left out)."""
    out: list[Paragraph] = []
    count = 0
    terminators = _terminators(text)
    for start, end in _blocks(text):
        pieces = _sentence_spans(text, start, end, _within(terminators, start, end))
        sentences = tuple(
            Sentence(start=s, end=e, text=words, paragraph=len(out), index=count + i)
            for i, (s, e, words) in enumerate(pieces)
        )
        if sentences:
            count += len(sentences)
            out.append(Paragraph(start=start, end=end, index=len(out), sentences=sentences))
    return tuple(out)


def _terminators(text: str) -> list[tuple[int, int]]:
    """The spans of every sentence terminator in the text, found in one pass."""
    return [match.span() for match in _TERMINATOR.finditer(text)]


def _within(terminators: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The terminators of the block ``start:end``, as a scan of the block alone finds them.

    A terminator cannot hold white space, and white space stands around every
    block, so the block's are the text's inside it -- but for one that ends
    the block, which the block's scan cannot see white space after.
    """
    low = bisect.bisect_left(terminators, (start, -1))
    high = bisect.bisect_left(terminators, (end, -1), low)
    found = terminators[low:high]
    return found[:-1] if found and found[-1][1] >= end else found


def _blocks(text: str) -> list[tuple[int, int]]:
    if _BLANK_LINE.search(text) is None:
        return [m.span() for m in _LINE.finditer(text)]
    bounds, begin = [], 0
    for match in _BLANK_LINE.finditer(text):
        bounds.append((begin, match.start()))
        begin = match.end()
    bounds.append((begin, len(text)))
    return bounds


def _sentence_spans(
    text: str, start: int, end: int, terminators: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The sentences of the block ``start:end``: their spans, white space trimmed, and text."""
    block = text[start:end]
    quoted = '"' in block or "“" in block or "”" in block  # else no quotation to keep whole
    spans = _split(text, (start, end), terminators, quotes=quoted)
    if spans and spans[-1][2]:
        spans = _split(text, (start, end), terminators, quotes=False)
    return [piece for s, e, _ in spans if (piece := _trimmed(text, s, e)) is not None]


def _split(
    text: str, block: tuple[int, int], terminators: list[tuple[int, int]], *, quotes: bool
) -> list[tuple[int, int, bool]]:
    start, end = block
    spans: list[tuple[int, int, bool]] = []
    begin, seen, depth = start, start, _Quotes()
    for stop, after in terminators:
        if quotes:
            depth.read(text, seen, after)
            seen = after
        if (quotes and depth.open(after - begin)) or not _boundary(text, stop, after, end):
            continue
        spans.append((begin, after, False))
        begin = after
    spans.append((begin, end, quotes and depth.open(0) and end > begin))
    return spans


class _Quotes:
    """Whether a quotation is open, read incrementally."""

    def __init__(self) -> None:
        self.straight = 0
        self.curly = 0

    def read(self, text: str, start: int, end: int) -> None:
        chunk = text[start:end]
        self.straight += chunk.count('"')
        self.curly += chunk.count("“") - chunk.count("”")

    def open(self, length: int) -> bool:
        inside = self.straight % 2 == 1 or self.curly > 0
        return inside and length < _QUOTE_LIMIT


def _boundary(text: str, stop: int, after: int, end: int) -> bool:
    """Whether the terminator at ``stop:after`` ends a sentence of a block ending at ``end``."""
    if _NEXT.match(text, after, end) is None:
        return False
    if text[stop] != ".":
        return True
    word = _LAST_WORD.search(text, max(0, stop - 16), stop + 1)
    if word is None:
        return True
    token = word.group(1).rstrip(".").lstrip("(\"“'‘")
    return not (token.casefold() in _ABBREVIATIONS or _INITIALS.fullmatch(word.group(1)))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """``text[start:end]`` without white space at either end, and where that stands; None if
    nothing is left."""
    chunk = text[start:end]
    words = chunk.strip()
    if not words:
        return None
    start += len(chunk) - len(chunk.lstrip())
    return start, start + len(words), words


_SEPARATOR = regex.compile(r"[,;:]")
_SEPARATOR_BEFORE = regex.compile(r"[,;:]", regex.REVERSE)
#: How far a figure's stretch reaches each way (characters).
STRETCH_REACH = 300


def stretch(text: str, start: int, end: int) -> tuple[int, int]:
    """The figure at ``start:end`` and the words around it up to a "," ";" or ":".

    At most :data:`STRETCH_REACH` characters each way, so that many figures in
    one sentence cost time linear in its length.
    """
    before = _SEPARATOR_BEFORE.search(text, max(0, start - STRETCH_REACH), start)
    after = _SEPARATOR.search(text, end, end + STRETCH_REACH)
    low = before.end() if before is not None else max(0, start - STRETCH_REACH)
    return low, after.start() if after is not None else min(len(text), end + STRETCH_REACH)
