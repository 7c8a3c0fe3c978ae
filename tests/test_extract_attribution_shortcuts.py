"""Attribution's shortcuts read a text as the plain patterns would, only less often.

Behaviour under test: attribution finds the words and marks that bound a
clause ("and", "that", commas, dashes) once per sentence and reads each
verb's subject from after the last of them before it (skipping those inside
a name: "the Food and Agriculture Organization"). For any sentence made of
those words, names, look-alikes and dashes, and for every offset, the start
found that way is the one a scan of the 160 characters before the offset
finds (an independent oracle: the plain pattern, tried everywhere). The verbs
and boundaries of a sentence cut from a text, read off the text's word spots,
are those the pattern finds in the sentence alone. A body's capitalised word
("... customers of Harbourline Telecom") is looked for only in a sentence that
holds it as a whole word, which every sentence it is found in does; the words
between a subject and its verb ("had also", "on Friday") only after a lead
whose last words could be them; and a sentence's acronyms ("Kereta Api
Indonesia (KAI)") are read only when a cue names one it puts in parentheses,
which every acronym it introduces is.
"""

from __future__ import annotations

import bisect

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import aliases, attribution

_PIECES = [
    "and", "And", "ANDERSON", "that", "as", "while", "whereas", "but", "when", "though",
    "although", "where", "because", "after", "the", "The", "Food and Agriculture Organization",
    "the Meteorology, Climatology and Geophysics Agency", "Russia and Ukraine", "officials",
    "said", ",", ";", ":", '"', "“", "”", "—", "–", "-", "--", " - ", " -- ", "x", "Bank's",
    "and-", "ſ", "İ", "wherever", "as-is",
]  # fmt: skip
_GAPS = ["", " ", "  ", "\n", ", ", " - ", "-"]


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(_PIECES), max_size=40))
    gaps = draw(st.lists(st.sampled_from(_GAPS), min_size=len(pieces), max_size=len(pieces)))
    return "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=True))


@given(_sentences(), st.data())
def test_a_sentences_spots_read_off_its_text_find_what_the_pattern_finds(
    text: str, data: st.DataObject
) -> None:
    text = text.replace("officials", "officials said")
    start = data.draw(st.integers(0, len(text)))
    sentence = text[start : data.draw(st.integers(start, len(text)))]
    for vocabulary in (attribution._VERBS_AT, attribution._BOUNDARIES_AT):
        spots = attribution._spots_in(vocabulary, sentence, (text, start))
        found = [m.span() for m in vocabulary.finditer(sentence, spots)]
        assert found == [m.span() for m in vocabulary.pattern.finditer(sentence)]


def _scanned(sentence: str, end: int) -> int:
    low = max(0, end - 160)
    last = low
    for boundary in attribution._BOUNDARY.finditer(sentence, low, end):
        if not attribution._inside_name(sentence, boundary):
            last = boundary.end()
    return last


@given(_sentences())
def test_segment_starts_are_those_a_scan_finds(sentence: str) -> None:
    bounds = attribution._Bounds(sentence, attribution._BOUNDARIES_AT.spots(sentence))
    for end in range(len(sentence) + 1):
        assert bounds.segment_start(end) == _scanned(sentence, end)


@given(_sentences(), st.data())
def test_boundaries_after_the_last_verb_are_not_needed(sentence: str, data: st.DataObject) -> None:
    """Read only up to the last verb, a sentence bounds each subject before it the same."""
    last = data.draw(st.integers(0, len(sentence)))
    spots = attribution._BOUNDARIES_AT.spots(sentence)
    bounds = attribution._Bounds(sentence, spots[: bisect.bisect_left(spots, last)])
    for end in range(last + 1):
        assert bounds.segment_start(end) == _scanned(sentence, end)


@given(_sentences(), st.integers(0, 400))
def test_far_boundaries_do_not_count(sentence: str, padding: int) -> None:
    """Only the 160 characters before a verb are read, however long the sentence."""
    long = sentence + " x" * padding + " and officials"
    bounds = attribution._Bounds(long, attribution._BOUNDARIES_AT.spots(long))
    end = len(long)
    assert bounds.segment_start(end) == _scanned(long, end)


@given(st.sampled_from(["and - ", "and -- ", " - - ", "that  - ", ", - "]), st.integers(150, 170))
def test_a_dash_the_window_cuts_off_is_read_as_a_scan_reads_it(dash: str, padding: int) -> None:
    """Where the 160 characters begin inside "and - ", a scan from there sees the dash alone."""
    sentence = "y " * 5 + dash + "z" * padding
    bounds = attribution._Bounds(sentence, attribution._BOUNDARIES_AT.spots(sentence))
    for end in range(len(sentence) - 12, len(sentence) + 1):
        assert bounds.segment_start(end) == _scanned(sentence, end)


@given(
    st.lists(
        st.sampled_from(
            [
                *_PIECES,
                "Telecom",
                "Bank's",
                "Banking",
                "Bank2",
                "Bank_x",
                "of",
                "Harbourline",
                "Group-wide",
                "TELECOM",
            ]
        ),
        max_size=20,
    )
)
def test_a_body_word_is_found_only_where_it_stands_whole(words: list[str]) -> None:
    text = " ".join(words)
    runs = attribution._WORD.findall(text)
    if attribution._BODY_WORD.search(text) is not None:
        assert not attribution._BODY_WORDS.isdisjoint(runs)
    if not attribution.BODY_KINDS.isdisjoint(text.split()):  # "club Kestrel City"
        assert not attribution.BODY_KINDS.isdisjoint(runs)


_BETWEEN_PIECES = ["had", "HAS", "have", "also", "later", "earlİer", "ſeparately", "then",
                   "already", "again", "further", "on", "Friday", "in", "a", "statement", "x",
                   "quickly", "fly", "ON", "officials", ",", "2024", "the", "Has"]  # fmt: skip


@given(st.lists(st.sampled_from(_BETWEEN_PIECES), max_size=8), st.sampled_from(["", " ", "\n"]))
def test_words_between_are_looked_for_only_where_they_may_end_the_lead(
    words: list[str], gap: str
) -> None:
    lead = gap.join(words)
    if attribution._BETWEEN.search(lead) is not None:
        assert attribution._may_end_between(lead)


@given(
    st.lists(
        st.sampled_from(
            [
                "Kereta",
                "Api",
                "Indonesia",
                "(KAI)",
                "(AP)",
                "(kai)",
                "the",
                "Association",
                "of",
                "Teachers,",
                "Ireland",
                "(ASTI)",
                "(",
                ")",
                "(UN-HCR)",
                "(Ukraine)",
                "said",
                ",",
            ]
        ),
        max_size=14,
    )
)
def test_every_acronym_a_sentence_introduces_is_one_it_puts_in_parentheses(
    words: list[str],
) -> None:
    sentence = " ".join(words)
    found = aliases.parenthesised(sentence)
    assert {acronym for acronym, _ in aliases.acronyms(sentence)} <= set(found)
