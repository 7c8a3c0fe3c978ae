"""Where a figure's clause starts, read off clause breaks found once per sentence.

Behaviour under test: the clause start of a figure at any position of a
sentence (after a dateline header, after the last clause break within 300
characters before it) is the one the plain per-figure reading gives: the
header pattern tried when a dash stands early enough, then every clause break
between there and the figure scanned in turn.
"""

from __future__ import annotations

import datetime

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import story
from claimcheck.extract.sentences import CLAUSE_BREAK, Sentence

_PIECES = st.sampled_from(
    [
        "KYIV", "(Reuters)", "-", "—", "–", "--", ",", ";", " ", "  ", "    ", "while", "whereas",
        "but", "though", "although", "drones", "76", "Russia", "said", "x" * 40, "y" * 120,
    ]
)  # fmt: skip


@st.composite
def _sentences(draw: st.DrawFn) -> tuple[str, Sentence, int]:
    """A text, one sentence of it (with text before and after) and a position in it."""
    words = draw(st.lists(_PIECES, min_size=1, max_size=40))
    size = len(words)
    gaps = draw(st.lists(st.sampled_from(["", " ", ", "]), min_size=size, max_size=size))
    body = "".join(word + gap for word, gap in zip(words, gaps, strict=True))
    before = draw(st.sampled_from(["", "Earlier. ", "said, "]))
    text = f"{before}{body} End."
    sentence = Sentence(start=len(before), end=len(before) + len(body), text=body, paragraph=0,
                        index=0)  # fmt: skip
    return text, sentence, draw(st.integers(0, len(body)))


def _plain_clause_start(sentence: Sentence, position: int) -> int:
    low = max(0, position - 300)
    dashed = low == 0 and story._dashed(sentence.text[:position])
    header = story._DATELINE.match(sentence.text, 0, position) if dashed else None
    low = low if header is None else header.end()
    start = sentence.start + low
    for boundary in CLAUSE_BREAK.finditer(sentence.text, low, position):
        start = sentence.start + boundary.end()
    return start


@given(_sentences())
def test_clause_start_is_the_plain_reading(case: tuple[str, Sentence, int]) -> None:
    text, sentence, position = case
    seen = story._seen(text, sentence, ([], []), [], datetime.date(2025, 5, 23))
    assert story._clause_start(seen, position) == _plain_clause_start(sentence, position)
