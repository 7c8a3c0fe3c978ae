"""Cheap tests that stand before the patterns reading a source's name: each is implied by
every match it guards.

Behaviour under test: :func:`claimcheck.extract.naming.read_source` tries its
patterns only when a word every match must hold is in the (single-spaced)
phrase, and looks titles and institutions up only when their first word is
there. On phrases made of the patterns' own words, in other cases ("ſ", "K",
"İ"), next to look-alikes and punctuation, every match of a pattern holds its
guard, so the guards never change what a phrase names. What it remembers
(each phrase, and each name phrases come down to) never changes what a phrase
names either: read after any other phrases, a phrase names what it names read
first.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import naming
from claimcheck.extract.lexicon import INSTITUTIONS

_WORDS = [
    "the", "The", "THE", "a", "an", "An", "this", "that", "which", "who", "by", "BY", "from",
    "of", "in", "on", "On", "a", "Telegram", "statement", "post", "released", "published",
    "conducted", "carried", "out", "issued", "spokesman", "ſpokeswoman", "SPOKESPERSON",
    "for", "poll", "polls", "survey", "study", "data", "figures", "estimates", "report",
    "sources", "source", "Dublin-based", "city's", "country’s", "United", "Nations", "UN",
    "U.N.", "Ukraine's", "Kyiv", "defence", "DEFENSE", "ministry", "Ministry", "MİNİSTRY",
    "of", "economists", "at", "Westbridge", "Research", "prime", "minister", "dr.", "gen.",
    "dato'", "secretary-general", "air", "force", "coast", "guard", "police", "office",
    "\u212aing", "x", "-", ",", "'s", "’s", "(", ")", "2024", "U.S", "its", "operator,",
    "carrier,", "Lintas",
]  # fmt: skip


@st.composite
def _phrases(draw: st.DrawFn) -> str:
    """A single-spaced phrase of the patterns' words, as read_source reads it."""
    return " ".join(draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=9)))


_Test = Callable[[str], bool]
# name: (does the pattern match the phrase, does the guard let it through)
_GUARDS: dict[str, tuple[_Test, _Test]] = {
    "parentheses": (lambda t: naming._PARENTHESES.search(t) is not None, lambda t: "(" in t),
    "dotted end": (lambda t: naming._DOTTED_END.search(t) is not None, lambda t: t[-2:-1] == "."),
    "refer back": (
        lambda t: naming._REFER_BACK.match(t) is not None,
        lambda t: t[:1] in naming._DETERMINER_INITIALS,
    ),
    "determiner": (
        lambda t: naming._DETERMINER.match(t) is not None,
        lambda t: t[:1] in naming._DETERMINER_INITIALS,
    ),
    "for client": (
        lambda t: naming._FOR_CLIENT.search(t) is not None,
        lambda t: "poll" in t or "survey" in t or "study" in t,
    ),
    "apposed": (lambda t: naming._APPOSED.match(t) is not None, lambda t: "," in t),
    "document": (
        lambda t: (
            (m := naming._DOCUMENT.search(t)) is not None and m["noun"] in naming._OWNED_NOUNS
        ),
        lambda t: t.rpartition(" ")[2] in naming._OWNED_NOUNS,
    ),
    "head noun": (
        lambda t: naming._HEAD_NOUN.search(t) is not None,
        lambda t: t.endswith(("source", "sources")),
    ),
    "based": (lambda t: naming._BASED.search(t) is not None, lambda t: "-based" in t),
    "common owner": (lambda t: naming._COMMON_OWNER.match(t) is not None, lambda t: "s " in t),
    "united nations": (
        lambda t: naming._UNITED_NATIONS.search(t) is not None,
        lambda t: "UN" in t or "United" in t,
    ),
    "possessive": (
        lambda t: naming._POSSESSIVE.match(t) is not None,
        lambda t: "'" in t or "’" in t,
    ),
    "of place": (
        lambda t: naming._OF_PLACE.match(t) is not None,
        lambda t: " of " in t or " in " in t,
    ),
    "defence": (
        lambda t: naming._DEFENCE.search(t) is not None,
        lambda t: "defen" in naming.fold_case(t),
    ),
    "ministry of": (
        lambda t: naming._MINISTRY_OF.search(t) is not None,
        lambda t: "ministry of" in naming.fold_case(t),
    ),
}


@pytest.mark.parametrize("name", sorted(_GUARDS))
@given(text=_phrases())
def test_a_match_implies_its_guard(name: str, text: str) -> None:
    matches, guard = _GUARDS[name]
    assert not matches(text) or guard(text)


@pytest.mark.parametrize("name", sorted(_GUARDS))
def test_each_guard_lets_a_match_through(name: str) -> None:
    """Each guarded pattern still matches something (so the law above is not empty)."""
    examples = [
        "a (b)", "U.N", "the data", "the army", "data by X", "a poll for X", "a report "
        "released by X", "its operator, X", "a spokesman for X", "X that said", "LSEG data",
        "X sources", "the Dublin-based carrier", "city's X", "UN", "Ukraine's army",
        "army of Ukraine", "defence", "ministry of X",
    ]  # fmt: skip
    matches, guard = _GUARDS[name]
    assert any(matches(e) and guard(e) for e in examples)


_INDEXED = [(naming._TITLE_INDEX, naming._ALL_TITLES), (naming._INSTITUTION_INDEX, [*INSTITUTIONS])]


@pytest.mark.parametrize("which", [0, 1], ids=["titles", "institutions"])
@given(text=_phrases())
def test_an_index_finds_every_phrase_standing_whole_in_order(which: int, text: str) -> None:
    index, phrases = _INDEXED[which]
    lowered = text.casefold()
    whole = [p for p in phrases if regex.search(rf"(?<![\w-]){regex.escape(p)}(?![\w-])", lowered)]
    present = index.present(lowered)
    assert set(whole) <= set(present)
    assert present == sorted(present, key=phrases.index)


@given(st.lists(_phrases(), min_size=1, max_size=6))
def test_what_is_remembered_never_changes_what_a_phrase_names(phrases: list[str]) -> None:
    fresh = []
    for phrase in phrases:
        naming.read_source.cache_clear()
        fresh.append(naming.read_source(phrase))
    naming.read_source.cache_clear()
    assert [naming.read_source(phrase) for phrase in phrases] == fresh
    assert [naming.read_source(f" {phrase}") for phrase in phrases] == [
        naming.read_source(phrase) for phrase in phrases
    ]
