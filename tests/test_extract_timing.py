"""Time phrases of a whole text at once: the same phrases as reading each sentence alone.

Behaviour under test: ``phrases_in`` (anchored on time words, month names and
short digit runs, with the lead words before them) finds, for every sentence
the splitter gives, exactly the phrases ``time_phrases`` finds in that
sentence's text on its own (a law, over generated news-like text and
arbitrary text); the table shows what a sentence's phrases are; a span of
years ("the 2022-23 season") is read whole.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import extract
from claimcheck.extract.sentences import paragraphs
from claimcheck.extract.timing import phrases_in, time_phrases

_TOKENS = st.sampled_from(
    [
        "ever", "since", "overnight", "into", "on", "to", "this", "past", "coming", "last",
        "next", "early", "late", "earlier", "later", "in", "during", "over", "at", "for",
        "so", "far", "within", "the", "recent", "few", "several", "two", "twelve", "Friday",
        "friday", "Fri", "Tues", "Thursday", "morning", "evening", "night", "today",
        "tonight", "yesterday", "week", "weeks", "month", "year", "years", "weekend", "hours",
        "day", "days", "May", "may", "Jan.", "January", "Sept.", "12", "3", "2024", "24",
        "spring", "fall", "winter", "of", "drones", "said", "ſince", "WEEK", "12th", "İn",
    ]
)  # fmt: skip
_SEPARATORS = st.sampled_from([" ", " ", "  ", "", ",", ", ", ". ", ".\n\n", "\n", "-"])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    """News-like text made of time words and the words around them, in every spacing."""
    pairs = draw(st.lists(st.tuples(_TOKENS, _SEPARATORS), max_size=40))
    return "".join(token + separator for token, separator in pairs)


def _per_sentence(text: str) -> tuple[list[tuple[int, int]], list[list[object]]]:
    spans = [(s.start, s.end) for p in paragraphs(text) for s in p.sentences]
    return spans, [list(time_phrases(text[start:end])) for start, end in spans]


@given(_texts())
def test_whole_text_scan_finds_each_sentences_own_phrases(text: str) -> None:
    spans, expected = _per_sentence(text)
    assert phrases_in(text, spans) == expected


@given(st.text(alphabet="abdefhilmnorstuwyFMJ0123456789 .,\nſ", max_size=200))
def test_whole_text_scan_agrees_on_arbitrary_text(text: str) -> None:
    spans, expected = _per_sentence(text)
    assert phrases_in(text, spans) == expected


@given(st.text(alphabet="ayonFrid0123456789 ._", max_size=80), st.integers(0, 80))
def test_spans_that_start_inside_a_word_read_as_their_own_text(text: str, cut: int) -> None:
    start = min(cut, len(text))
    assert phrases_in(text, [(start, len(text))]) == [time_phrases(text[start:])]


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        ("Russia fired 38 missiles overnight into Friday.", ["overnight into Friday"]),
        ("On Monday, the ministry said 12 were hurt last week.", ["On Monday", "last week"]),
        ("Ever since the past 24 hours, nothing.", ["Ever since the past 24 hours"]),
        ("It rained in May 2024 and on 12 May.", ["in May 2024", "on 12 May"]),
        ("They may come in 2026, in the spring of 2027.", ["in 2026", "in the spring of 2027"]),
        ("Nothing happened to the 12 drones.", []),
    ],
)
def test_phrases_of_a_sentence(sentence: str, phrases: list[str]) -> None:
    found = phrases_in(sentence, [(0, len(sentence))])[0]
    assert [p.text for p in found] == phrases
    assert all(sentence[p.start : p.end] == p.text for p in found)


def test_a_season_of_two_years_long_past_is_background() -> None:
    """ "In the 2022-23 season, ..." dates its figure to both years: background, kept apart."""
    story = extract(
        "In the 2022-23 season, a record 17.7 million birds were culled.",
        dateline=datetime.date(2026, 11, 18),
    )
    assert [str(c.measure) for c in story.claims] == ["birds culled[then=2022-2023]"]


def test_a_span_of_years_that_cannot_be_keeps_its_first_year() -> None:
    story = extract("In 2024-22, 40 people died.", dateline=datetime.date(2026, 11, 18))
    assert [str(c.measure) for c in story.claims] == ["people killed[then=2024]"]
