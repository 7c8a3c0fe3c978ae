"""A sentence's time words read once for all its figures: the same answers as per figure.

Behaviour under test: :func:`~claimcheck.extract.timing.dated` gives the
sentence's statement date exactly as :func:`~claimcheck.extract.timing.said_on`
does and the phrases that date no statement;
:func:`~claimcheck.extract.timing.nearest_event` over those phrases picks, for
every figure position, the phrase and period the plain per-figure reading
(window, attributive test, nearest first, first the timeline reads) picks.
And the whole-text scan is never tried at an anchor no phrase begins with
(a year, "day", "week", "night" ...): the scan pattern matches at none of them,
whatever follows.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import WhenError
from claimcheck.extract import timing
from claimcheck.period import Period
from claimcheck.timeline import resolve_when

_TOKENS = st.sampled_from(
    [
        "on", "Friday", "last", "week", "in", "May", "2024", "said", "the", "ministry",
        "overnight", "yesterday", "since", "March", "12", "told", "reporters", "past", "24",
        "hours", "next", "month", "this", "year", "Monday", "morning", ",", "drones", "Jan.",
    ]
)  # fmt: skip
_DATELINE = datetime.date(2025, 5, 23)
_Sentence = tuple[str, list[tuple[int, int]], int]


@st.composite
def _sentences(draw: st.DrawFn) -> _Sentence:
    """A sentence of time words and others, cue spans in it, and a figure position."""
    text = " ".join(draw(st.lists(_TOKENS, min_size=1, max_size=30)))
    bounds = sorted(draw(st.lists(st.integers(0, len(text)), max_size=6)))
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False)]
    return text, spans, draw(st.integers(0, len(text)))


def _plain_event(
    phrases: list[timing.TimePhrase], position: int, spans: list[tuple[int, int]], text: str
) -> tuple[timing.TimePhrase, Period] | None:
    """The per-figure reading, spelled out: near phrases dating no statement, nearest first."""
    near = [p for p in phrases if abs(p.start - position) <= 300]
    events = [p for p in near if not timing.is_attributive(p, spans, text)]
    for phrase in sorted(events, key=lambda p: abs(p.start - position))[:4]:
        try:
            return phrase, resolve_when(phrase.text, _DATELINE)
        except WhenError:
            continue
    return None


@given(_sentences())
def test_dated_is_said_on_and_the_event_phrases(sentence: _Sentence) -> None:
    text, spans, _ = sentence
    phrases = timing.time_phrases(text)
    said, events = timing.dated(phrases, spans, text, _DATELINE)
    assert said == timing.said_on(phrases, spans, text, _DATELINE)
    assert events == [p for p in phrases if not timing.is_attributive(p, spans, text)]


@given(_sentences())
def test_nearest_event_is_the_plain_reading(sentence: _Sentence) -> None:
    text, spans, position = sentence
    phrases = timing.time_phrases(text)
    events = timing.event_phrases(phrases, spans, text)
    expected = _plain_event(phrases, position, spans, text)
    assert timing.nearest_event(events, position, _DATELINE) == expected
    assert timing.event_period(phrases, position, spans, text, _DATELINE) == expected


@given(
    st.sampled_from(sorted(timing._INNER_WORDS)),
    st.sampled_from([str.lower, str.upper, str.capitalize]),
    st.lists(_TOKENS, max_size=8),
)
def test_no_phrase_begins_at_an_inner_anchor(
    word: str, case: Callable[[str], str], rest: list[str]
) -> None:
    assert timing._SCAN.match(" ".join([case(word), *rest])) is None


@given(st.integers(1000, 9999), st.lists(_TOKENS, max_size=8))
def test_no_phrase_begins_at_a_year(year: int, rest: list[str]) -> None:
    assert timing._SCAN.match(" ".join([str(year), *rest])) is None
