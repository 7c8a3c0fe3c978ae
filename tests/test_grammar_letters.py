"""Runs of letters: which words a text holds and where, as the patterns read letters.

Behaviour under test: ``letter_runs`` is the set of maximal runs of
``[^\\W\\d_]`` in any text (agreeing with a regex split, the oracle, on
arbitrary Unicode); ``word_starts`` finds exactly where a word stands as a
whole run (agreeing with a look-around regex); ``folded`` is ``fold_case``,
the same string for the same text; ``fold_case`` keeps every offset.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.grammar.letters import fold_case, folded, letter_runs, word_starts

_SPLIT = regex.compile(r"[\W\d_]++")
_ALPHABET = st.sampled_from("ab said\u0301ſİK_9-é中 \n.,“”'")


@given(st.text())
def test_letter_runs_are_the_regex_runs(text: str) -> None:
    assert letter_runs(text) == frozenset(_SPLIT.split(text)) - {""}


@given(st.text(_ALPHABET, max_size=40), st.sampled_from(["said", "a", "ab", "b", "é"]))
def test_word_starts_are_where_the_word_stands_whole(text: str, word: str) -> None:
    oracle = regex.compile(rf"(?<![^\W\d_]){regex.escape(word)}(?![^\W\d_])")
    assert word_starts(text, word) == [m.start() for m in oracle.finditer(text)]


@given(st.text())
def test_fold_case_keeps_offsets(text: str) -> None:
    assert len(fold_case(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Said", "said"), ("ſaid", "said"), ("\u212aYIV", "kyiv"), ("İs", "is")],
)
def test_fold_case_reads_letters_as_the_patterns_do(text: str, expected: str) -> None:
    assert fold_case(text) == expected


def test_folded_is_one_string_per_text() -> None:
    text = "".join(["The ", "Ministry"])
    assert folded(text) is folded(text)
    assert folded(text) == "the ministry"


def test_runs_of_an_unseen_script() -> None:
    assert letter_runs("Ελλάδα: 12 drones, ok_go") == {"Ελλάδα", "drones", "ok", "go"}
