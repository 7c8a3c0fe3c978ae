"""The figure grammar reads newsroom numbers into syntax, whole or inside running text.

``parse`` reads a whole string into a Reading (kind, normalised qualifier,
amounts with their value, last-digit step, scale and unit text);
``find_figures`` finds the same figures in running text with their spans,
trying the pattern only near anchors (digit runs and number words) yet finding
exactly what trying it at every position finds, and reading a stretch
between spaces in place exactly what reading it cut out finds.
Numerals and number words are checked against independent renderings
(Python's own digit formatting and an English spelling written here), and
adversarial input is refused or scanned without blowing up; letters that
case-insensitive matching takes for ASCII ones ("ſ", "İ", the Kelvin sign)
read as those letters.
"""

from __future__ import annotations

from fractions import Fraction as F

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import FigureError
from claimcheck.grammar.numbers import (
    ANCHOR_WORDS,
    MAX_DIGITS,
    QUALIFIERS,
    Found,
    anchors,
    find_figures,
    find_figures_everywhere,
    parse,
    parse_whole,
)


@pytest.mark.parametrize(
    ("text", "value", "step", "scale", "unit"),
    [
        ("270", F(270), F(1), 1, None),
        ("1,000", F(1000), F(1), 1, None),
        ("1,234.56", F(123456, 100), F(1, 100), 1, None),
        ("1.2 million", F(1200000), F(100000), 10**6, None),
        ("1.2m", F(1200000), F(100000), 10**6, None),
        ("1.2M", F(1200000), F(100000), 10**6, None),
        ("3bn", F(3 * 10**9), F(10**9), 10**9, None),
        ("2.5 billion", F(25 * 10**8), F(10**8), 10**9, None),
        ("5k", F(5000), F(1000), 10**3, None),
        ("1.2e6", F(1200000), F(100000), 1, None),
        ("12 thousand", F(12000), F(1000), 10**3, None),
        ("twelve thousand", F(12000), F(1000), 10**3, None),
        ("three hundred and forty", F(340), F(1), 1, None),
        ("ninety-nine", F(99), F(1), 1, None),
        ("a dozen", F(12), F(1), 1, None),
        ("86%", F(86), F(1), 1, "percent"),
        ("86 per cent", F(86), F(1), 1, "percent"),
        ("5 m", F(5), F(1), 1, "m"),
        ("107 sq mi", F(107), F(1), 1, "sq mi"),
        ("278 square kilometres", F(278), F(1), 1, "square kilometres"),
        ("$1.5 billion", F(15 * 10**8), F(10**8), 10**9, "USD"),
        ("€5m", F(5 * 10**6), F(10**6), 10**6, "EUR"),
        ("5 furlongs", F(5), F(1), 1, "furlongs"),
    ],
)
def test_single_amounts(text: str, value: F, step: F, scale: int, unit: str | None) -> None:
    reading = parse(text)
    assert reading.kind == "single"
    assert reading.first is not None
    assert (reading.first.value, reading.first.step) == (value, step)
    assert reading.first.scale == scale
    assert reading.first.unit == unit


@pytest.mark.parametrize(
    ("text", "kind", "qualifier"),
    [
        ("at least 162", "single", "at least"),
        ("over 1,000", "single", "more than"),
        ("just under 1,000", "single", "just under"),
        ("1,000 or more", "single", "at least"),
        ("1,000 or so", "single", "around"),
        ("300 to 400", "range", None),
        ("between 300 and 400", "range", None),
        ("from 300 to 400", "range", None),
        ("300-400", "range", None),
        ("some 300-400", "range", "around"),
        ("1,000-for-1,000", "for", None),
        ("150 of 175", "of", None),
        ("63 out of 76", "of", None),
        ("dozens", "vague", None),
        ("hundreds of thousands", "vague", None),
    ],
)
def test_shapes_and_qualifiers(text: str, kind: str, qualifier: str | None) -> None:
    reading = parse(text)
    assert (reading.kind, reading.qualifier) == (kind, qualifier)


@pytest.mark.parametrize("spelling", sorted(QUALIFIERS))
def test_every_qualifier_spelling_reads(spelling: str) -> None:
    assert parse(f"{spelling} 100").qualifier == QUALIFIERS[spelling]


def test_a_range_shares_its_unit_and_scale() -> None:
    reading = parse("1.2 to 1.5 million km")
    assert reading.first is not None
    assert reading.second is not None
    assert (reading.first.value, reading.first.unit) == (F(1200000), "km")
    assert (reading.second.value, reading.second.unit) == (F(1500000), "km")


def test_ages() -> None:
    for text in ("3-year-old", "3 years old", "three-year-old"):
        reading = parse(text)
        assert reading.first is not None
        assert reading.first.age


@pytest.mark.parametrize(
    "text",
    ["", "lots", "at least", "between 300", "one and two", "two million three billion",
     "1e61", "1-", "--5", "5 %%"],
)  # fmt: skip
def test_unreadable(text: str) -> None:
    with pytest.raises(FigureError):
        parse(text)


def test_digit_runs_beyond_the_cap_are_refused_with_a_reason() -> None:
    with pytest.raises(FigureError, match="digits"):
        parse("1" * (MAX_DIGITS + 1))


# --- independent renderings ----------------------------------------------------------

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, *, british: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        if hundreds and british:
            words.append("and")
        words.append(_below_hundred(rest))
    return " ".join(words)


def _below_hundred(n: int) -> str:
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def spell(n: int, *, british: bool = False) -> str:
    """English words for 0 <= n < 10**9."""
    if n == 0:
        return "zero"
    parts = []
    for size, name in ((10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk, n = divmod(n, size)
        if chunk:
            words = _below_thousand(chunk, british=british)
            parts.append(f"{words} {name}".strip())
    return " ".join(parts)


@given(st.integers(min_value=0, max_value=10**9 - 1), st.booleans())
def test_number_words_read_back_to_their_value(n: int, british: bool) -> None:
    reading = parse(spell(n, british=british))
    assert reading.first is not None
    assert reading.first.value == n


@given(st.integers(min_value=0, max_value=10**15), st.booleans())
def test_integers_read_back_with_or_without_separators(n: int, separators: bool) -> None:
    text = f"{n:,}" if separators else str(n)
    reading = parse(text)
    assert reading.first is not None
    assert (reading.first.value, reading.first.step) == (n, 1)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=1, max_value=6))
def test_decimals_read_exactly_with_their_step(units: int, places: int) -> None:
    whole, part = divmod(units, 10**places)
    reading = parse(f"{whole:,}.{part:0{places}d}")
    assert reading.first is not None
    assert reading.first.value == F(units, 10**places)
    assert reading.first.step == F(1, 10**places)


# --- running text ---------------------------------------------------------------


def test_find_figures_gives_spans_into_the_text() -> None:
    text = "Officials said 270 soldiers and about 120 civilians, some 1,000-for-1,000, came home."
    found = find_figures(text)
    assert [f.text for f in found] == ["270", "about 120", "some 1,000-for-1,000"]
    for f in found:
        assert text[f.start : f.end] == f.text
        for start, end in f.parts:
            assert f.start <= start < end <= f.end
    assert [text[s:e] for s, e in found[2].parts] == ["1,000", "1,000"]


def test_find_figures_does_not_read_inside_words_or_long_digit_runs() -> None:
    assert find_figures("A4 paper, COVID19, x86") == []
    assert find_figures("9" * 500) == []


def test_find_figures_skips_nonsense_word_runs() -> None:
    assert [f.text for f in find_figures("one two three")] == []


@given(st.text(alphabet="0123456789,.- abcmkt%$", max_size=300))
def test_find_figures_spans_always_match_the_text(text: str) -> None:
    for f in find_figures(text):
        assert text[f.start : f.end] == f.text


@pytest.mark.parametrize(
    "text",
    [
        "1," * 20_000,
        "1-" * 20_000,
        "one " * 20_000,
        "9" * 100_000,
        "1.1" * 20_000,
        ("between " + "1 " * 10) * 2_000,
    ],
)
def test_adversarial_running_text_is_scanned(text: str) -> None:
    for f in find_figures(text):
        assert f.end - f.start <= 200


# --- the anchored scan ------------------------------------------------------------

_SOUP_TOKENS = st.sampled_from(
    [
        *QUALIFIERS, "270", "1,000", "1.2", "1e6", "-5", "+3", "−2", "5million", "A330",
        "million", "bn", "m", "k", "between", "and", "from", "to", "of", "out", "for",
        "-for-", "km", "square miles", "%", "percent", "per cent", "$", "US$", "€", "£",
        "USD", "one", "two", "hundred", "thousand", "dozens", "tens of thousands", "half",
        "a", "third", "a hundred", "half a million", "or more", "or so", "3-year-old",
        "years old", "drones", "said", "the", "(", ")", ",", ".", "12th", "scores",
        "ſix", "thouſand", "İ", "\u212a",
    ]
)  # fmt: skip
_SOUP_SEPARATORS = st.sampled_from(["", " ", "  ", "   ", "    ", "-", ",", "\n", "\t", "–"])


@st.composite
def _soups(draw: st.DrawFn) -> str:
    """Running text made of the grammar's own pieces, glued or spaced in every way."""
    pairs = draw(st.lists(st.tuples(_SOUP_TOKENS, _SOUP_SEPARATORS), max_size=40))
    return "".join(token + separator for token, separator in pairs)


@pytest.mark.slow
@given(_soups())
def test_anchored_scan_finds_what_trying_every_position_finds(text: str) -> None:
    assert find_figures(text) == find_figures_everywhere(text)


@given(st.text(alphabet="0123456789,.-+% $€abdefhilmnorstuvwxyzAOT\nſ", max_size=200))
def test_anchored_scan_agrees_on_arbitrary_text(text: str) -> None:
    assert find_figures(text) == find_figures_everywhere(text)


@given(_soups(), _soups(), _soups())
def test_a_stretch_between_spaces_reads_as_if_cut_out(before: str, middle: str, after: str) -> None:
    text = f"{before} {middle} {after}"
    pos, endpos = len(before) + 1, len(before) + 1 + len(middle)
    found = find_figures(text, pos=pos, endpos=endpos)
    assert [_shifted(f, -pos) for f in found] == find_figures(middle)


def _shifted(found: Found, offset: int) -> Found:
    parts = tuple((start + offset, end + offset) for start, end in found.parts)
    return attrs.evolve(found, start=found.start + offset, end=found.end + offset, parts=parts)


def _runs(text: str) -> list[tuple[int, int]]:
    """Digit runs and runs of ASCII letters that spell a number word (an independent oracle)."""
    spans, start = [], 0
    while start < len(text):
        end = start + 1
        kind = text[start].isdigit(), text[start].isalpha()
        while end < len(text) and (text[end].isdigit(), text[end].isalpha()) == kind:
            end += 1
        if kind[0] or (kind[1] and text[start:end].lower() in ANCHOR_WORDS):
            spans.append((start, end))
        start = end
    return spans


@given(st.text(alphabet="0123456789 -_,.onetwhrfuivsxgzdcqlbmONETW", max_size=200))
def test_anchors_are_digit_runs_and_whole_number_words(text: str) -> None:
    assert anchors(text) == _runs(text)


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("ſix hundred", F(600), None),
        ("five thouſand", F(5000), None),
        ("almoſt 5", F(5), "nearly"),
        ("ſome 40", F(40), "around"),
        ("fİve", F(5), None),
    ],
)
def test_letters_that_match_ascii_ones_read_as_those_letters(
    text: str, value: F, qualifier: str | None
) -> None:
    reading = parse(text)
    assert reading.first is not None
    assert reading.first.value == value
    assert reading.qualifier == qualifier
    assert [f.text for f in find_figures(f"they said {text} today")] == [text]


# --- the shortcut for plain numbers -------------------------------------------------

_PLAIN_PIECES = st.sampled_from(
    [*QUALIFIERS, "ſome", "AT LEAST", "270", "1,000", "1,0000", "12,345,678", "2.5", "0.25",
     "1.", ".5", "1e6", "%", " %", "percent", "per cent", "pct", "-", "+", "million", "m", "km",
     "or more", "9" * 61, "٣"]
)  # fmt: skip
_PLAIN_SPACES = st.sampled_from(["", " ", "  ", "   ", "    ", "\t", "\n"])


@st.composite
def _plainish(draw: st.DrawFn) -> str:
    """Text shaped like a plain number, a qualifier and a percent sign, or close to it."""
    pieces = draw(st.lists(st.tuples(_PLAIN_SPACES, _PLAIN_PIECES), min_size=1, max_size=4))
    return "".join(space + piece for space, piece in pieces) + draw(_PLAIN_SPACES)


def _outcome(read: object, text: str) -> object:
    try:
        return read(text)  # type: ignore[operator]
    except FigureError as error:
        return ("refused", error.message)


@given(_plainish())
def test_plain_numbers_read_as_the_whole_pattern_reads_them(text: str) -> None:
    assert _outcome(parse, text) == _outcome(parse_whole, text)
