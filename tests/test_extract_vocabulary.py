"""Word-list patterns tried only where their words occur: the same matches as a scan.

Behaviour under test: for every vocabulary extraction uses, ``finditer`` and
``search`` trying the pattern only at the spots where its words (those the
text holds as whole runs of letters) and marks stand return
exactly what the pattern's own ``finditer``/``search`` return -- over the
whole text, over any stretch of it (with the text's spots shifted, or read
at an offset), and
between any ``pos`` and ``endpos`` (a law, over text made of the vocabulary's
words, their look-alikes and punctuation, and over arbitrary text).
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import attribution, hedges, measures, story
from claimcheck.extract.vocabulary import Vocabulary, any_within, within

VOCABULARIES = {
    f"{module.__name__.rsplit('.', 1)[-1]}.{name}": getattr(module, name)
    for module in (attribution, hedges, measures, story)
    for name in dir(module)
    if isinstance(getattr(module, name), Vocabulary)
}
_NOISE = [
    "the", "drones", "Said", "SAID", "unsaid", "saidx", "ſaid", "WILL", "willing", "is", "this",
    "to", "a", "whileas", "-", "--", " - ", ",", ";", ":", '"', "“", "”", "—", "(", ".", "270",
    "shot", "down", "expected", "plans", "İs",
]  # fmt: skip


@st.composite
def _texts(draw: st.DrawFn, vocabulary: Vocabulary) -> str:
    own = [*sorted(vocabulary.words), *vocabulary.marks]
    # Each word, in capitals, and grown into a longer word on either side.
    words = [*own, *_NOISE, *(w.upper() for w in own), *(f"{w}s" for w in own),
             *(f"un{w}" for w in own), *(f"{w}ing" for w in own)]  # fmt: skip
    pieces = draw(st.lists(st.sampled_from(words), max_size=30))
    gaps = draw(st.lists(st.sampled_from(["", " ", "  ", "\n", ", ", "-"]), min_size=len(pieces),
                         max_size=len(pieces)))  # fmt: skip
    return "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=True))


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
@given(data=st.data())
def test_vocabulary_finds_what_the_pattern_finds(name: str, data: st.DataObject) -> None:
    vocabulary = VOCABULARIES[name]
    text = data.draw(_texts(vocabulary))
    low = data.draw(st.integers(0, len(text)))
    high = data.draw(st.integers(low, len(text)))
    spots = vocabulary.spots(text)
    pattern = vocabulary.pattern
    assert _spans(vocabulary.finditer(text, spots)) == _spans(pattern.finditer(text))
    assert _spans(vocabulary.finditer(text, spots, low, high)) == _spans(
        pattern.finditer(text, low, high)
    )
    stretch = text[low:high]
    assert _spans(vocabulary.finditer(stretch, vocabulary.spots(stretch, (text, low)))) == _spans(
        pattern.finditer(stretch)
    )
    assert _spans(vocabulary.finditer(stretch, spots, offset=low)) == _spans(
        pattern.finditer(stretch)
    )
    found = vocabulary.search(stretch, vocabulary.spots(stretch, (text, low)))
    expected = pattern.search(stretch)
    assert (found and found.span()) == (expected and expected.span())
    assert any_within(spots, low, high) == bool(within(spots, low, high))


@given(st.text(alphabet="sadiwlt -,;ſİS", max_size=60))
def test_arbitrary_text(text: str) -> None:
    pattern = regex.compile(r"\b(?:said|will|is\s{1,3}to)\b|,\s", regex.IGNORECASE)
    vocabulary = Vocabulary.of(pattern, ["said", "will", "is to", ","])
    assert _spans(vocabulary.finditer(text, vocabulary.spots(text))) == _spans(
        pattern.finditer(text)
    )


def test_words_are_first_words_and_marks_the_rest() -> None:
    pattern = regex.compile(r"\b(?:say|says|said|shot\s+down)\b|,\s|,,")
    vocabulary = Vocabulary.of(pattern, ["say", "says", "said", "shot down", ",", ",,"])
    assert vocabulary.words == {"say", "says", "said", "shot"}
    assert vocabulary.marks == (",",)  # "," finds ",," too


def test_a_word_is_found_only_where_it_stands_whole() -> None:
    pattern = regex.compile(r"\bis\s+to\b", regex.IGNORECASE)
    vocabulary = Vocabulary.of(pattern, ["is to"])
    text = "This is to say: Is to, this isle"
    assert vocabulary.spots(text) == [5, 16]
