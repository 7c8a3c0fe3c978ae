"""Cheap tests that stand before a pattern: each is implied by every match it guards.

Behaviour under test: extraction tries some patterns only when a word every
match must hold is near ("toll" before a death-toll pattern, "since" before a
since-event pattern, a dash before a dateline header...). For each such
guard, on text made of the pattern's own phrases, their words in other cases
("ſ", "K"), look-alikes and punctuation, a match of the pattern implies the
guard (so the guard never changes what is found). The fast spellings of the
measure checks, exact arithmetic and case folding agree with the plain ones.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import measure
from claimcheck.extract import hedges, measures, relations, story
from claimcheck.figures import _either_side
from claimcheck.grammar.letters import fold_case

_PHRASES = [
    "a strike on Sumy", "missiles hit Kharkiv", "shelling of Kherson", "ATTACKED Odesa",
    "struck the town of Izium", "pounded Lviv", "a day", "per week", "DAILY", "annually",
    "every hour", "in the Kharkiv region", "over the Donetsk region", "were killed in Kherson",
    "have been found in Lviv", "in the city of Mykolaiv", "death toll rose to", "Death  Toll",
    "damage in", "damage to homes in", "since the start of the war", "since the war began",
    "KYIV (Reuters) - ", "BERLIN -- ", "LONDON — ", "up from", "down from", "from", "now",
    "currently", "today", "at present", "last year", "in 2024", "in 1999", "and", "all",
    "a further", "ſince", "\u212aYIV", "weeKly", "yearſ",
]  # fmt: skip
_NOISE = ["the", "drones", "270", "Russia", "said", ",", ";", ":", ".", "—", "–", "-", "(", "x"]
_GAPS = ["", " ", "  ", "\n", ", ", " - "]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from([*_PHRASES, *_NOISE]), max_size=12))
    gaps = draw(st.lists(st.sampled_from(_GAPS), min_size=len(pieces), max_size=len(pieces)))
    return "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=True))


def _holds(text: str, words: tuple[str, ...]) -> bool:
    folded = fold_case(text)
    return any(word in folded for word in words)


_Test = Callable[[str], bool]
# name: (does the pattern match the text (at its start, or in it), does the guard let it through)
_GUARDS: dict[str, tuple[_Test, _Test]] = {
    "struck town": (
        lambda t: measures._STRUCK_TOWN.search(t) is not None,
        lambda t: _holds(t, measures._STRUCK_WORDS),
    ),
    "rate": (
        lambda t: measures._RATE.match(t) is not None,
        lambda t: _holds(t[:24], measures._RATE_WORDS),
    ),
    "region": (lambda t: measures._REGION.match(t) is not None, lambda t: "region" in t[:60]),
    "town": (lambda t: measures._TOWN.match(t) is not None, lambda t: "in" in t[:48]),
    "death toll": (lambda t: measures._TOLL.search(t) is not None, lambda t: _holds(t, ("toll",))),
    "damage": (lambda t: measures._DAMAGE.search(t) is not None, lambda t: _holds(t, ("damage",))),
    "list gap": (
        lambda t: relations._LIST_GAP.fullmatch(t) is not None,
        lambda t: any(mark in t for mark in relations._LIST_MARKS),
    ),
    "since event": (
        lambda t: story._SINCE_EVENT.search(t) is not None,
        lambda t: "since" in fold_case(t),
    ),
    "dateline": (lambda t: story._DATELINE.match(t) is not None, story._dashed),
    "current": (lambda t: hedges._CURRENT.search(t) is not None, lambda t: _holds(t, ("from",))),
    "now after": (
        lambda t: hedges._NOW_AFTER.match(t) is not None,
        lambda t: _holds(t[:16], hedges._NOW_WORDS),
    ),
}


@pytest.mark.parametrize("name", sorted(_GUARDS))
@given(text=_texts())
def test_a_match_implies_its_guard(name: str, text: str) -> None:
    matches, allowed = _GUARDS[name]
    for start in range(len(text) + 1):  # the text from every position
        tail = text[start:]
        assert allowed(tail) or not matches(tail), tail


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("struck town", "a strike on Sumy"), ("rate", " a day"), ("region", " in the Sumy region"),
        ("town", " were killed in Kherson"), ("death toll", "the death toll rose to "),
        ("damage", "damage in "), ("list gap", " and "), ("since event", "since the war began"),
        ("dateline", "KYIV (Reuters) - "), ("current", "up from "), ("now after", " in 2024"),
    ],
)  # fmt: skip
def test_each_guard_lets_its_pattern_through(name: str, text: str) -> None:
    matches, allowed = _GUARDS[name]
    assert matches(text)
    assert allowed(text)


@given(st.text(st.sampled_from("ab[]=,\n é"), max_size=210))
def test_measure_text_check_is_the_pattern(text: str) -> None:
    assert measure._usable(text) == (regex.fullmatch(r"[^\[\]=,]{1,200}", text) is not None)


@given(st.text())
def test_fold_case_is_translate_then_lower(text: str) -> None:
    odd = str.maketrans({"ſ": "s", "İ": "i", "\u212a": "k"})
    assert fold_case(text) == text.translate(odd).lower()


@given(st.fractions(), st.fractions(min_value=0))
def test_either_side_is_exact(value: Fraction, half: Fraction) -> None:
    assert _either_side(value, half) == (value - half, value + half)


@given(st.text(st.sampled_from("ab_Z9 -[é"), max_size=70))
def test_measure_key_check_is_the_pattern_every_time(text: str) -> None:
    expected = measure._KEY.fullmatch(text) is not None
    assert measure._usable_key(text) == expected
    assert measure._usable_key(text) == expected  # the second answer comes from memory
