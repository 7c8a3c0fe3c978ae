"""Long alternations grouped by first character match exactly what the flat ones match.

Behaviour under test: ``_grouped`` turns ``km|kg|mi`` into ``k(?:m|g)|m(?:i)``;
for any list of alternatives (shared prefixes, one a prefix of another, case
variants, caseless symbols) and any text, the grouped and the flat
alternation -- case-insensitive or not, followed by a look-ahead that makes the
engine backtrack among them -- match the same span at every position (the flat
one is the oracle). Alternatives that do not begin with a plain character are
refused, and every unit word written out letter-first still reads as a unit.
A run of digits is read without a pattern exactly as the whole figure pattern
reads it (the oracle), and a numeral the scan finds ("1,000", "3.6%") without
its groups exactly as from them. The look-aheads that let the engine skip doomed tries
(first characters, what a separator begins with) and the cheaper spellings of
a sign's and a numeral's look-arounds change no match: the figure patterns
match the same span with the same groups as their spelling without them (the
oracle), at every position of generated text.
"""

from __future__ import annotations

import functools

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.figures import parse_figure
from claimcheck.grammar import numbers
from claimcheck.grammar.numbers import MAX_DIGITS, _escaped, _grouped, _led, _plain, parse_whole

_LETTERS = "kKmMsSa~≥"
_words = st.lists(st.text(st.sampled_from(_LETTERS), min_size=1, max_size=4), max_size=12)
# The text also holds letters case-insensitive matching reads as ASCII ones (ſ, the Kelvin sign).
_texts = st.text(st.sampled_from(f"{_LETTERS}ſ\u212a .-1"), max_size=30)


@given(words=_words, text=_texts, fold=st.booleans())
def test_grouped_matches_as_the_flat_alternation(words: list[str], text: str, fold: bool) -> None:
    flags = regex.IGNORECASE if fold else 0
    alternatives = [(w[0], regex.escape(w[1:])) for w in words]
    flat = "|".join(regex.escape(w) for w in words) or "(?!)"
    grouped = _grouped(alternatives, fold=fold) or "(?!)"
    oracle = regex.compile(rf"(?:{flat})(?![kma])", flags)
    fast = regex.compile(rf"(?:{grouped})(?![kma])", flags)
    for at in range(len(text) + 1):
        expected, found = oracle.match(text, at), fast.match(text, at)
        assert (found and found.span()) == (expected and expected.span())


@given(words=st.lists(st.sampled_from(["km", "kg", "k", "miles", "mile", "m", "MW"]), max_size=7))
def test_escaped_keeps_longest_first(words: list[str]) -> None:
    pattern = regex.compile(rf"(?:{_escaped(words)})", regex.IGNORECASE)
    for word in set(words):
        assert pattern.fullmatch(word) is not None


@pytest.mark.parametrize("snippet", ["", "(?:kilo)?grams?", "s?", r"\d", "k+"])
def test_led_refuses_what_does_not_begin_with_a_plain_letter(snippet: str) -> None:
    with pytest.raises(ValueError, match="plain letter"):
        _led(snippet)


@pytest.mark.parametrize(
    "text",
    [
        "12 kilometres", "12 centimeters", "12 millimetres", "12 metres", "3 square miles",
        "3 sq. km", "3 sq-km", "2 kilograms", "2 grams", "5 kilowatts", "5 megawatts",
        "5 gigawatts", "5 watts", "4 cubic metres", "9 nautical miles", "60 miles per hour",
    ],
)  # fmt: skip
def test_unit_words_written_letter_first_still_read(text: str) -> None:
    assert parse_figure(text).unit is not None


@pytest.mark.parametrize("first", ["", "ab", "ſ", "\u212a", "İ"])
def test_grouped_refuses_a_first_character_case_folding_would_misread(first: str) -> None:
    with pytest.raises(ValueError, match="plain first character"):
        _grouped([(first, "x")])


@given(st.text(st.sampled_from("0123456789"), min_size=1, max_size=MAX_DIGITS))
def test_a_run_of_digits_reads_as_the_figure_pattern_reads_it(digits: str) -> None:
    plain = _plain(digits)
    assert plain is not None
    assert plain == (parse_whole(digits), (0, len(digits)))


_GUARD = regex.compile(r"\(\?=\[[^\]]*\]\)")
_SIGN = regex.compile(r"\(\?:\(\?P<(\w+)sign>\[-\+−\]\)\(\?<!\[\\w\.,\]\.\)\)\?")


@functools.cache
def _spelled_out(pattern: str) -> regex.Pattern[str]:
    """``pattern`` without its shortcuts: no first-character or separator look-ahead, the
    numeral's three look-aheads and the sign's look-behind written as they read."""
    plain = _GUARD.sub("", pattern).replace(numbers._SEPARATOR_AHEAD, "")
    plain = plain.replace(r"(?!\d|[.,]\d)", r"(?!\d)(?!,\d)(?!\.\d)")
    plain = _SIGN.sub(lambda m: rf"(?:(?<![\w.,])(?P<{m[1]}sign>[-+−]))?", plain)
    assert plain != pattern
    return regex.compile(plain, numbers._FLAGS)


_PIECES = st.sampled_from(
    [
        "at least", "more than", "about", "up to", "over", "270", "1,000", "1.2", "1e6", "-5",
        "+3", "−2", "5million", "A330", "million", "bn", "m", "k", "between", "and", "from",
        "to", "of", "out", "for", "-for-", "km", "square miles", "%", "percent", "$", "US$",
        "C$", "€", "USD", "one", "two", "hundred", "dozens", "half", "a", "third", "a few",
        "or more", "3-year-old", "years old", "drones", "cents", "rupees", "(", ",", ".",
        "ſix", "İ", "\u212a", "5km", "10-20%", "300–400", "—",
    ]
)  # fmt: skip
_GAPS = st.sampled_from(["", " ", "  ", "    ", "-", ",", "\n", "–"])


@given(st.lists(st.tuples(_PIECES, _GAPS), max_size=20).map(lambda p: "".join(map("".join, p))))
def test_shortcuts_change_no_match(text: str) -> None:
    for fast in (numbers.text_pattern(), numbers.figure_pattern()):
        oracle = _spelled_out(fast.pattern)
        for at in range(len(text) + 1):
            found, expected = fast.match(text, at), oracle.match(text, at)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            )


@given(
    st.integers(min_value=0, max_value=10**15), st.booleans(),
    st.text(st.sampled_from("0123456789"), max_size=4), st.booleans(),
)  # fmt: skip
def test_a_numeral_reads_without_its_groups_as_with_them(
    whole: int, commas: bool, decimals: str, percent: bool
) -> None:
    text = f"{whole:,}" if commas else str(whole)
    text += f".{decimals}" if decimals else ""
    text += "%" if percent else ""
    match = numbers.text_pattern().fullmatch(text)
    assert match is not None
    assert numbers._numeral_only(text) == numbers._read_match(match)[0]
