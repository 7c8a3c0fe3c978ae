"""The figure grammar: how a newsroom writes a number, read into plain syntax.

One set of patterns serves two callers:

* :func:`parse` reads a whole string (``"around 1,000"``, ``"$1.5 billion"``,
  ``"between 300 and 400"``) into a :class:`Reading`;
* :func:`find_figures` scans running text and returns every figure it finds as
  a :class:`Found` span, with the same :class:`Reading` attached, so extraction
  sees exactly what ``parse_figure`` sees.

The grammar only reads *syntax*: the numbers as stated (exact
:class:`~fractions.Fraction`), the place of the last stated digit, scale words,
units as written, and the qualifier normalised to one spelling.  What an
interval the words mean (rounding, approximate bands) is decided by
:mod:`claimcheck.figures` under its policy.

What it reads:

* numerals: ``270``, ``1,000``, ``1000``, ``-3.5``, ``+12``, ``1.2e6``;
* scale words: ``1.2 million``, ``2.5 billion``, ``3bn``, ``1.2m``, ``5k``,
  ``12 thousand`` (``"m"`` glued to digits is million; ``"5 m"`` is metres);
* number words: ``one`` ... ``ninety-nine``, ``three hundred and forty``,
  ``two thousand five hundred``, ``a dozen``, fractions ``half``,
  ``a third``, ``two-thirds``; vague amounts ``dozens``, ``hundreds``,
  ``tens of thousands``;
* qualifiers before (``at least``, ``nearly``, ...) or after (``or more``,
  ``or so``, ``+``) the number;
* ranges ``300 to 400``, ``between 300 and 400``, ``from 3 to 4 km``,
  ``300-400``, ``10-20%`` (a unit or scale word on the second end also
  applies to the first);
* ``1,000-for-1,000`` (kind ``"for"``) and ``150 of 175`` (kind ``"of"``);
* percentages, currencies (``$``, ``€``, ``£``, ``USD 5``, ``5 dollars``),
  unit words and symbols, hyphenated adjectives (``1,000-kilometer``) and ages
  (``3-year-old``, ``3 years old``).

The compiled patterns, :func:`figure_pattern` (a whole figure) and
:func:`text_pattern` (figures in running text), are built on first use so
that importing claimcheck stays fast.  Every pattern is bounded: numerals take
at most :data:`MAX_DIGITS` digits,
exponents at most four, repetitions have fixed upper bounds, and :func:`parse`
refuses text longer than :data:`MAX_TEXT` at once.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import NamedTuple

import attrs
import regex

from claimcheck.errors import FigureError
from claimcheck.grammar.letters import fold_case, folded, letter_runs, word_starts
from claimcheck.units import (
    CURRENCIES,
    CURRENCY_SYMBOLS,
    MINOR_CURRENCY_WORDS,
    SCALED_CURRENCY_WORDS,
)

__all__ = [
    "ANCHOR_WORDS",
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "MAX_TEXT",
    "QUALIFIERS",
    "Amount",
    "Found",
    "Reading",
    "Vague",
    "anchors",
    "figure_pattern",
    "find_figures",
    "find_figures_everywhere",
    "fold_case",
    "parse",
    "parse_whole",
    "text_pattern",
]

#: The most digits a numeral may have (integer and decimal part together).
MAX_DIGITS = 60
#: The largest power of ten an exponent (``1e6``) may give.
MAX_EXPONENT = 60
#: The longest text :func:`parse` reads.
MAX_TEXT = 256

# --- vocabularies -----------------------------------------------------------

_ONES: Mapping[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS: Mapping[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: Mapping[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Number words below twenty and their values: the one list the whole grammar reads.
SMALL_NUMBERS: Mapping[str, int] = {**_ONES, **_TEENS}
#: The tens from twenty to ninety and their values.
TENS: Mapping[str, int] = _TENS
_SCALES: Mapping[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    # South Asian scales: "3 lakh rupees" is 300,000, "2 crore" 20 million.
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
    "lakh crore": 10**12, "lakh crores": 10**12,
}  # fmt: skip
_ABBREVIATIONS: Mapping[str, int] = {
    "k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9,
    "tn": 10**12, "trn": 10**12,
}  # fmt: skip
_DENOMINATORS: Mapping[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
#: Vague plural amounts: the word and the base the policy's multipliers scale.
_VAGUE: Mapping[str, int] = {
    "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 10**3,
    "tens of thousands": 10**4, "hundreds of thousands": 10**5, "millions": 10**6,
    "tens of millions": 10**7, "hundreds of millions": 10**8, "billions": 10**9,
    # "(a) few" and "several" before a scale: "several hundred", "a few thousand".
    "few dozen": 12, "several dozen": 12, "few hundred": 100, "several hundred": 100,
    "few thousand": 10**3, "several thousand": 10**3, "few million": 10**6,
    "several million": 10**6,
}  # fmt: skip

#: Every qualifier spelling, mapped to its normalised form.
QUALIFIERS: Mapping[str, str] = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "not fewer than": "at least", "not less than": "at least",
    "a minimum of": "at least", "≥": "at least", ">=": "at least",
    "more than": "more than", "over": "more than", "above": "more than",
    "in excess of": "more than", "upwards of": "more than", "greater than": "more than",
    ">": "more than",
    "up to": "at most", "at most": "at most", "no more than": "at most",
    "as many as": "at most", "as much as": "at most",
    "not more than": "at most", "a maximum of": "at most", "≤": "at most",
    "<=": "at most",
    "fewer than": "fewer than", "less than": "fewer than", "under": "fewer than",
    "below": "fewer than", "<": "fewer than",
    "around": "around", "about": "around", "roughly": "around",
    "approximately": "around", "approx.": "around", "some": "around",
    "an estimated": "around", "estimated": "around", "circa": "around",
    "~": "around",
    "nearly": "nearly", "almost": "nearly",
    "close to": "close to",
    "just over": "just over", "just above": "just over", "slightly more than": "just over",
    "just under": "just under", "just below": "just under",
    "slightly less than": "just under", "slightly fewer than": "just under",
    "exactly": "exactly", "precisely": "exactly",
}  # fmt: skip
_SUFFIXES: Mapping[str, str] = {
    "or more": "at least", "or over": "at least", "plus": "at least", "+": "at least",
    "or fewer": "at most", "or less": "at most", "or so": "around",
}  # fmt: skip

# Unit words and symbols recognised in running text (parse() also takes any unit
# text pint reads after a figure).  Case-sensitive symbols, then words.
_UNIT_SYMBOLS = (
    "km²", "km2", "mi²", "m²", "sq km", "sq mi", "sq m", "sq ft", "km/h", "mph", "kph",
    "km", "mi", "cm", "mm", "ft", "kg", "lbs", "lb", "ha", "m", "kW", "MW", "GW",
    "kWh", "MWh", "GWh", "TWh", "GB", *CURRENCIES,
)
_METRE = r"met(?:er|re)s?"
_SQUARED = rf"[\s-](?:kilo{_METRE}|{_METRE}|miles?|feet|foot|yards?|km|mi|m|ft)"
#: Each begins with a plain letter (see :func:`_grouped`): "(?:kilo|centi)?metres" is
#: written "kilometres", "centimetres", "metres" -- the same alternatives in the same order.
_UNIT_WORDS = (
    "miles per hour", rf"kilo{_METRE} (?:per|an) hour",  # before "miles" and "kilometres"
    rf"square{_SQUARED}", rf"sq\.?{_SQUARED}", rf"cubic[\s-](?:{_METRE}|feet|foot)",
    rf"kilo{_METRE}", rf"centi{_METRE}", rf"milli{_METRE}", _METRE, r"nautical[\s-]miles?",
    "miles?", "feet", "foot", "yards?", r"inch(?:es)?", "hectares?", "acres?", "kilograms?",
    "grams?", "tonnes?", "tons?", "pounds?", "ounces?", "seconds?", "minutes?", "hours?",
    "days?", "weeks?", "months?", "years?", "decades?", r"centur(?:y|ies)", "lit(?:er|re)s?",
    "gallons?", "barrels?", "kilowatts?", "megawatts?", "gigawatts?", "watts?", "knots?",
    r"percentage[\s-]points?", r"basis[\s-]points?", "kilobytes?", "megabytes?", "gigabytes?",
    "terabytes?", "petabytes?",
)
_CODE_WORDS = frozenset(code.casefold() for code in CURRENCIES)
#: Words naming money after a number ("zlotys", "Swiss francs", "cents"), tried
#: before the other unit words ("euro cents" before "euros").
_MONEY_WORDS = tuple(
    word for word in (*CURRENCY_SYMBOLS, *MINOR_CURRENCY_WORDS)
    if word[:1].isalpha() and "$" not in word and word not in _CODE_WORDS
)  # fmt: skip
_SCALE_ENDS = r"(?:thousand|million|billion|trillion|bn|mn|tn|k|m)"
_CURRENCY_SIGN = (
    r"(?=[UHNCASR$€£¥₽₴₹₩₺₪₦₱])"  # what each begins with: one test where most amounts have none
    r"(?:US\$|(?<![\w.,])(?:HK|NZ|C|A|S|R)\$|\$|€|£|¥|₽|₴|₹|₩|₺|₪|₦|₱)"
)
_PERCENT = r"%|percent\b|per[\s-]cent\b|pct\b"


def _escaped(words: Iterable[str]) -> str:
    """Literal words as alternatives, longest first (grouped by first letter, see below)."""
    items = sorted(words, key=len, reverse=True)
    return _grouped((w[:1], regex.escape(w[1:])) for w in items)


def _grouped(alternatives: Iterable[tuple[str, str]], *, fold: bool = True) -> str:
    """Alternatives ``first + rest`` as one alternation grouped by first character, in order.

    ``km|kg|mi`` becomes ``k(?:m|g)|m(?:i)``. The regex module tries the branches of an
    alternation one by one, so a long list of units or currencies costs a try per word
    wherever a unit may stand; grouped, it costs a try per first character. The matches
    are the same: two alternatives with different first characters never match at one
    place, and each group keeps its alternatives' order. A look-ahead for the first
    characters stands before them: where none can match (a digit where a qualifier may
    stand), one class test fails instead of a try per group. ``fold`` groups characters as a
    case-insensitive pattern reads them (only ASCII or caseless first characters).
    """
    groups: dict[str, list[str]] = {}
    for first, rest in alternatives:
        if len(first) != 1 or (fold and not (first.isascii() or first.lower() == first.upper())):
            raise ValueError(f"cannot group {first + rest!r} by a plain first character")
        groups.setdefault(first.casefold() if fold else first, []).append(rest)
    if not groups:
        return ""
    branches = "|".join(f"{regex.escape(c)}(?:{'|'.join(rests)})" for c, rests in groups.items())
    return f"(?=[{''.join(_in_class(c) for c in groups)}])(?:{branches})"


def _in_class(char: str) -> str:
    """``char`` as a member of a character class."""
    return f"\\{char}" if char in "\\]^-[" else char


def _led(snippet: str) -> tuple[str, str]:
    """A pattern snippet as its first letter and the rest (the letter neither escaped nor
    repeated), for :func:`_grouped`."""
    if not snippet[:1].isalpha() or snippet[1:2] in ("?", "*", "+", "{"):
        raise ValueError(f"pattern {snippet!r} does not begin with a plain letter")
    return snippet[0], snippet[1:]


# --- the patterns -----------------------------------------------------------
# Each amount appears twice in the figure pattern (the first and, in a range or
# pair, the second end), with groups prefixed ``a_`` and ``b_``.  Number words
# are matched as a flat, bounded run of number words; their order is checked
# when they are read (``_word_value``).

_NUMERAL = (
    r"(?:\d{1,3}+(?:,\d{3}+){1,19}+|\d{1,60}+)(?:\.\d{1,60}+)?+(?!\d|[.,]\d)"
    r"(?:[eE][-+]?\d{1,4}+(?!\d))?"
)
_NUMBER_WORD = (
    rf"(?:{_escaped([*_ONES, *_TEENS, *_TENS, *_SCALES, 'hundred', 'dozen'])})\b"
)
_WORDS = (
    rf"(?:a\s{{1,3}}(?=(?:hundred|dozen|{_escaped(_SCALES)})\b))?{_NUMBER_WORD}"
    rf"(?:(?:,?\s{{1,3}}(?:and\s{{1,3}})?|-){_NUMBER_WORD}){{0,23}}+"
)
_FRACTION = rf"(?:(?:a|{_escaped(_ONES)})[\s-](?:{_escaped(_DENOMINATORS)})\b|half\b)"
_SCALE_WORD = rf"(?:{_escaped(_SCALES)})\b"
_SYMBOLS = _grouped(
    ((s[0], regex.escape(s[1:])) for s in sorted(_UNIT_SYMBOLS, key=len, reverse=True)), fold=False
)


def _spaced(words: Iterable[str]) -> str:
    """Words as alternatives, longest first, a space in one matching one to three."""
    return _escaped(words).replace("\\ ", r"\s{1,3}")


_MONEY = (
    rf"{_spaced(_MONEY_WORDS)}"
    rf"|(?<={_SCALE_ENDS}\s{{1,3}})(?:{_spaced(SCALED_CURRENCY_WORDS)})"
)
_UNIT = rf"(?:(?-i:{_SYMBOLS})|{_MONEY}|{_grouped(map(_led, _UNIT_WORDS))})(?!\w)"
_CODES = f"(?-i:{_grouped(((code[0], code[1:]) for code in CURRENCIES), fold=False)})"


def _amount(p: str) -> str:
    """One amount, its parts in groups prefixed ``p`` (``a_num``, ``a_unit``...)."""
    return (
        rf"(?:(?P<{p}sign>[-+−])(?<![\w.,].))?"  # the sign first: most amounts have none
        rf"(?:(?P<{p}cur>{_CURRENCY_SIGN})\s?|(?P<{p}code>{_CODES})\s)?"
        rf"(?:(?<![\w.,])(?P<{p}num>{_NUMERAL})"
        rf"(?:\s?(?P<{p}scale>{_SCALE_WORD})|(?P<{p}abbr>{_escaped(_ABBREVIATIONS)})(?!\w))?"
        rf"|(?<!\w)(?P<{p}frac>{_FRACTION})"
        rf"(?:\s{{1,3}}(?:of\s{{1,3}})?a\s(?P<{p}fscale>{_SCALE_WORD}))?"
        rf"|(?<!\w)(?P<{p}words>{_WORDS}))"
        rf"(?:\s?(?P<{p}pct>{_PERCENT})"
        rf"|(?:\s{{1,3}}|-|(?<=\d))(?P<{p}unit>{_UNIT})(?P<{p}old>[\s-]old\b)?)?"
    )


_QUALIFIER = _grouped(
    (q[0], regex.escape(q[1:]) + (r"\b" if q[-1].isalnum() else ""))
    for q in sorted(QUALIFIERS, key=len, reverse=True)
)
_SUFFIX = r"\s{1,3}or\s{1,3}(?:more|over|fewer|less|so)\b|\+|[\s-]plus\b"
_SEPARATOR = (
    r"(?(between)\s{1,3}and\s{1,3}|(?(from)\s{1,3}to\s{1,3}"
    r"|(?:(?P<range>\s{0,3}[-–—]\s{0,3}|\s{1,3}to\s{1,3})"
    r"|(?P<for>\s{0,3}-?\s{0,3}for\s{0,3}-?\s{0,3})"
    r"|(?P<of>\s{1,3}(?:out\s{1,3})?of\s{1,3}))))"
)
#: What a separator (or "between"'s "and") begins with, after at most six spaces: one
#: look-ahead where most numbers have none, instead of trying each kind of separator.
_SEPARATOR_AHEAD = r"(?=\s{0,6}[-–—tfoa])"
_BODY = (
    rf"(?:(?P<qual>{_QUALIFIER})\s{{0,3}})?"
    rf"(?:(?<!\w)(?P<vague>(?:a\s{{1,3}}(?=few\s))?(?:{_escaped(_VAGUE)}))\b"
    rf"|(?:(?P<between>between)\s{{1,3}}|(?P<from>from)\s{{1,3}})?"
    rf"{_amount('a_')}(?:{_SEPARATOR_AHEAD}{_SEPARATOR}{_amount('b_')})?)"
    rf"(?P<suffix>{_SUFFIX})?"
)
_FLAGS = regex.IGNORECASE | regex.VERSION0

_WHOLE = rf"\s*{_BODY}(?:\s{{0,3}}(?P<tail>[^\W\d][^\d]{{0,63}}?))?\s*"
_IN_TEXT = rf"(?<!\w){_BODY}"


@functools.cache
def figure_pattern() -> regex.Pattern[str]:
    """The whole-string pattern (:func:`parse`): a figure, then any unit text.

    Compiled on first use, so importing claimcheck stays fast.
    """
    return regex.compile(_WHOLE, _FLAGS)


@functools.cache
def text_pattern() -> regex.Pattern[str]:
    """The pattern that finds figures in running text (:func:`find_figures`)."""
    return regex.compile(_IN_TEXT, _FLAGS)


#: What each amount's groups are called after its prefix (``a_num``...), in text order.
_PART_GROUPS = ("sign", "cur", "code", "num", "scale", "abbr", "frac", "fscale", "words",
                "pct", "unit", "old")  # fmt: skip


class _AmountGroups(NamedTuple):
    """Where one amount's groups (:data:`_PART_GROUPS`) stand in a match's ``groups()``."""

    sign: int
    cur: int
    code: int
    num: int
    scale: int
    abbr: int
    frac: int
    fscale: int
    words: int
    pct: int
    unit: int
    old: int


class _Layout(NamedTuple):
    """Where a figure pattern's groups stand in its matches' ``groups()`` (0-based).

    Read once per pattern, so a match is read off its ``groups()`` tuple by
    position: building a dict of its groups for each match costs more than
    reading it.
    """

    qual: int
    suffix: int
    vague: int
    between: int
    start: int
    pair_for: int
    pair_of: int
    first: _AmountGroups
    second: _AmountGroups


@functools.cache
def _layout(pattern: regex.Pattern[str]) -> _Layout:
    index = {name: number - 1 for name, number in pattern.groupindex.items()}
    first, second = (
        _AmountGroups(*(index[p + name] for name in _PART_GROUPS)) for p in ("a_", "b_")
    )
    return _Layout(
        qual=index["qual"], suffix=index["suffix"], vague=index["vague"],
        between=index["between"], start=index["from"], pair_for=index["for"],
        pair_of=index["of"], first=first, second=second,
    )  # fmt: skip


_LONG_RUN = regex.compile(rf"\d{{{MAX_DIGITS + 1}}}")


# --- syntax values ----------------------------------------------------------


@attrs.frozen(kw_only=True)
class Amount:
    """One number as stated: its value, the place of its last digit, its unit text.

    ``value`` has scale words applied (``"1.2 million"`` -> 1200000, ``step``
    100000, ``scale`` 1000000).  ``step`` is the place value of the last stated digit (1 for
    ``"270"`` and for number words, 0.1 for ``"2.5"``).  ``unit`` is the unit
    as written (``"km"``, ``"square miles"``), ``"percent"``, or a currency code.
    """

    value: Fraction
    step: Fraction
    decimals: bool = False
    scale: int = 1
    fraction: bool = False
    signed: bool = False
    unit: str | None = None
    age: bool = False

    @property
    def scaled(self) -> bool:
        """Whether a scale word (thousand, million, ``bn``...) multiplies the digits."""
        return self.scale > 1


@attrs.frozen(kw_only=True)
class Vague:
    """A vague plural amount: ``"hundreds"`` (base 100), ``"dozens"`` (base 12)."""

    word: str
    base: int


@attrs.frozen(kw_only=True)
class Reading:
    """The syntax of one figure.

    ``kind`` is ``"single"`` (one amount), ``"range"`` (``first`` to
    ``second``), ``"vague"`` (``vague`` set), ``"for"`` (``"1,000-for-1,000"``)
    or ``"of"`` (``"150 of 175"``).  ``qualifier`` is normalised
    (``"over"`` -> ``"more than"``, see :data:`QUALIFIERS`).
    """

    kind: str
    qualifier: str | None = None
    first: Amount | None = None
    second: Amount | None = None
    vague: Vague | None = None


@attrs.frozen(kw_only=True)
class Found:
    """A figure found in running text: where it is and how it reads.

    ``parts`` holds the spans (start, end) of each amount in ``text``'s source:
    one for a single value, two for ``"1,000-for-1,000"``, ``"150 of 175"`` and
    ranges; none for a vague amount.
    """

    start: int
    end: int
    text: str
    reading: Reading
    parts: tuple[tuple[int, int], ...] = ()


# --- reading a match ----------------------------------------------------------


_ONE = Fraction(1)
def _numeral(text: str, scale: int = 1) -> tuple[Fraction, Fraction, bool]:
    """Value and step (times ``scale``) and whether it had decimals, from ``"1,234.5"``."""
    plain = text.replace(",", "")
    if plain.isdigit():
        if len(plain) > MAX_DIGITS:
            raise FigureError(f"{text!r} has {len(plain)} digits; at most {MAX_DIGITS} are read")
        return Fraction(int(plain) * scale), _ONE if scale == 1 else Fraction(scale), False
    mantissa, _, exponent = plain.lower().partition("e")
    whole, point, decimals = mantissa.partition(".")
    if len(whole) + len(decimals) > MAX_DIGITS:
        raise FigureError(f"{text!r} has too many digits; at most {MAX_DIGITS} are read")
    power = int(exponent) if exponent else 0
    if abs(power) > MAX_EXPONENT:
        raise FigureError(f"{text!r} has exponent {power}; at most ±{MAX_EXPONENT} is read")
    shift = power - len(decimals)
    up, down = scale * 10 ** max(shift, 0), 10 ** max(-shift, 0)
    return Fraction(int(whole + decimals) * up, down), Fraction(up, down), bool(point)


def _category(token: str) -> str:
    """One letter per number word, so a word sequence can be checked as a string."""
    if token in _ONES:
        return "o"
    if token in _TEENS:
        return "t"
    if token in _TENS:
        return "T"
    return {"hundred": "h", "dozen": "d", "a": "a", "and": "&"}.get(token, "s")


# small: 1-99; hundreds: 1-999; a chunk ends in a scale word (thousand, million...).
_SMALL_C = "(?:To?|t|o)"
_HUNDREDS_C = rf"(?:(?:{_SMALL_C}|a)h(?:&?{_SMALL_C})?|{_SMALL_C})"
_CHUNK_C = rf"(?:{_HUNDREDS_C}|a)s"
_WORD_ORDER = regex.compile(
    rf"{_CHUNK_C}(?:&?{_CHUNK_C}){{0,3}}(?:&?{_HUNDREDS_C})?|(?:a|{_SMALL_C})d|{_HUNDREDS_C}"
)


_WORD_SEPARATORS = regex.compile(r"[\s,-]+")
_FRACTION_SEPARATORS = regex.compile(r"[\s-]+")


def _word_value(text: str) -> tuple[Fraction, Fraction, int]:
    """Value, step and the scale word it ends in (1 if none), from number words."""
    tokens = [t for t in _WORD_SEPARATORS.split(fold_case(text)) if t]
    if not _WORD_ORDER.fullmatch("".join(_category(t) for t in tokens)):
        raise FigureError(f"cannot read {text!r} as a number")
    total, current, last_scale = 0, 0, 10**15
    for token in tokens:
        if token in _SCALES:
            if _SCALES[token] >= last_scale:
                raise FigureError(f"cannot read {text!r}: scale words out of order")
            total, current, last_scale = total + max(current, 1) * _SCALES[token], 0, _SCALES[token]
        elif token in ("hundred", "dozen"):
            current = max(current, 1) * (100 if token == "hundred" else 12)
        else:
            current += _ONES.get(token, 0) + _TEENS.get(token, 0) + _TENS.get(token, 0)
    scale = last_scale if tokens[-1] in _SCALES else 1
    return Fraction(total + current), Fraction(scale), scale


def _fraction_value(text: str) -> Fraction:
    words = _FRACTION_SEPARATORS.split(fold_case(text))
    if words == ["half"]:
        return Fraction(1, 2)
    count = 1 if words[0] in ("a", "one") else _ONES[words[0]]
    return Fraction(count, _DENOMINATORS[words[1]])


#: A match's groups, as ``match.groups()`` gives them.
_Values = tuple[str | None, ...]


def _amount_of(values: _Values, at: _AmountGroups, whole: str) -> Amount | None:
    """The Amount in the groups at ``at`` (None if that amount is absent)."""
    if (num := values[at.num]) is not None:
        value, step, decimals, scale = _digits(num, values[at.scale] or values[at.abbr])
        fraction = False
    elif (frac := values[at.frac]) is not None:
        value, decimals = _fraction_value(frac), False
        scale = _SCALES[fold_case(fscale)] if (fscale := values[at.fscale]) else 1
        value, step, fraction, scale = value * scale, _ONE, scale == 1, 1
    elif (words := values[at.words]) is not None:
        value, step, scale = _word_value(words)
        decimals = fraction = False
    else:
        return None
    sign = values[at.sign]
    return Amount(
        value=-value if sign in ("-", "−") else value, step=step, decimals=decimals,
        scale=scale, fraction=fraction, signed=sign is not None,
        unit=_unit_text(values, at, whole), age=values[at.old] is not None,
    )  # fmt: skip


def _digits(num: str, word: str | None) -> tuple[Fraction, Fraction, bool, int]:
    """A numeral's value, step and decimals, and the scale of its scale ``word`` (if any)."""
    scale = 1 if word is None else _SCALES.get(fold_case(word)) or _ABBREVIATIONS[fold_case(word)]
    value, step, decimals = _numeral(num, scale)
    return value, step, decimals, scale


def _unit_text(values: _Values, at: _AmountGroups, whole: str) -> str | None:
    money = values[at.cur] or values[at.code]
    unit = "percent" if values[at.pct] is not None else values[at.unit]
    if money is not None and unit is not None:
        raise FigureError(f"cannot read {whole!r}: money and a unit at once")
    return CURRENCY_SYMBOLS.get(money.lower(), money) if money else unit


def _reading(values: _Values, layout: _Layout, whole: str, tail: str | None = None) -> Reading:
    """The Reading of a figure pattern's match (its ``groups()``, ``whole`` its text)."""
    qualifier = _qualifier(values, layout, whole)
    if (vague := values[layout.vague]) is not None:
        if tail is not None:
            raise FigureError(f"cannot read {whole!r}: a unit after a vague amount")
        word = " ".join(fold_case(vague).split()).removeprefix("a ")  # "a few hundred"
        return Reading(kind="vague", qualifier=qualifier, vague=Vague(word=word, base=_VAGUE[word]))
    first = _amount_of(values, layout.first, whole)
    second = _amount_of(values, layout.second, whole)
    if first is None:
        raise FigureError(f"cannot read {whole!r} as a figure")
    if second is None:
        if values[layout.between] or values[layout.start]:
            raise FigureError(f"cannot read {whole!r}: a range needs two ends")
        return Reading(kind="single", qualifier=qualifier, first=_with_tail(first, tail))
    first, second = _share(first, _with_tail(second, tail))
    kind = _pair_kind(values, layout)
    return Reading(kind=kind, qualifier=qualifier, first=first, second=second)


def _pair_kind(values: _Values, layout: _Layout) -> str:
    if values[layout.pair_for] is not None:
        return "for"
    return "of" if values[layout.pair_of] is not None else "range"


def _qualifier(values: _Values, layout: _Layout, whole: str) -> str | None:
    before, after = values[layout.qual], values[layout.suffix]
    if before is not None and after is not None:
        raise FigureError(f"cannot read {whole!r}: two qualifiers")
    if before is not None:
        return QUALIFIERS[" ".join(fold_case(before).split())]
    if after is not None:
        return _SUFFIXES[" ".join(fold_case(after).replace("-", " ").split())]
    return None


def _with_tail(amount: Amount, tail: str | None) -> Amount:
    if tail is None:
        return amount
    if amount.unit is not None:
        raise FigureError(f"two units: {amount.unit!r} and {tail!r}")
    return attrs.evolve(amount, unit=tail)


def _share(first: Amount, second: Amount) -> tuple[Amount, Amount]:
    """A unit or scale stated on one end of a range also holds for the other."""
    if first.unit is None and second.unit is not None:
        first = attrs.evolve(first, unit=second.unit, age=second.age)
    elif second.unit is None and first.unit is not None:
        second = attrs.evolve(second, unit=first.unit, age=first.age)
    if second.scaled and not first.scaled and not first.fraction:
        scale = second.scale
        first = attrs.evolve(first, value=first.value * scale, step=first.step * scale,
                             scale=scale)  # fmt: skip
    return first, second


# --- the public readers -------------------------------------------------------


def parse(text: str) -> Reading:
    """The Reading of a whole string; raises ``FigureError`` quoting what it could not read."""
    _check_size(text)
    return _counted(text) or _read_whole(text)


def parse_whole(text: str) -> Reading:
    """:func:`parse` with the whole figure pattern every time (no shortcut for plain numbers)."""
    _check_size(text)
    return _read_whole(text)


def _check_size(text: str) -> None:
    if len(text) > MAX_TEXT:
        raise FigureError(
            f"figure text of {len(text)} characters ({text[:40]!r}...): "
            f"expected at most {MAX_TEXT}"
        )
    if _LONG_RUN.search(text):
        raise FigureError(
            f"{text[:40]!r}... has more than {MAX_DIGITS} digits in a row: "
            f"expected at most {MAX_DIGITS}"
        )


def _read_whole(text: str) -> Reading:
    match = figure_pattern().fullmatch(text)
    if match is None:
        raise FigureError(f"cannot read {text!r} as a figure (expected e.g. '1,000', "
                          "'at least 162', '1.2 million', '300 to 400', '86%')")  # fmt: skip
    return _reading(match.groups(), _layout(match.re), text.strip(), match["tail"])


@functools.cache
def _plain_pattern() -> regex.Pattern[str]:
    """A number in digits (no exponent), maybe a percentage, after at most a qualifier.

    The figure pattern reads such text as one amount with no unit but
    "percent"; this pattern, with few groups, reads it in a fraction of the time.
    """
    numeral = r"(?:[0-9]{1,3}+(?:,[0-9]{3}+){1,19}+|[0-9]{1,60}+)(?:\.[0-9]{1,60}+)?+"
    return regex.compile(
        rf"\s*(?:(?P<qual>{_QUALIFIER})\s{{0,3}})?(?P<num>{numeral})(?:\s?(?P<pct>{_PERCENT}))?\s*",
        _FLAGS,
    )


def _counted(text: str) -> Reading | None:
    """The Reading of a plain number (see :func:`_plain_pattern`), or None for other text."""
    plain = _plain(text)
    return None if plain is None else plain[0]


def _digits_only(text: str) -> Reading | None:
    """The Reading of a run of ASCII digits ("270"), read with no pattern; None for other text."""
    if text.isdigit() and text.isascii() and len(text) <= MAX_DIGITS:
        return Reading(kind="single", first=Amount(value=Fraction(int(text)), step=_ONE))
    return None


def _numeral_only(whole: str) -> Reading | None:
    """The Reading of a match that is a numeral in ASCII digits and commas, maybe with a
    decimal point and a "%" glued to it ("270", "1,000", "3.6%"); None for any other match.

    The grammar reads such text one way only (a numeral, then a percent sign), so its
    groups need not be read.
    """
    number = whole[:-1] if whole[-1:] == "%" else whole
    if not (number.replace(",", "").replace(".", "", 1).isdigit() and number.isascii()):
        return None
    value, step, decimals = _numeral(number)
    unit = "percent" if number is not whole else None
    return Reading(
        kind="single", first=Amount(value=value, step=step, decimals=decimals, unit=unit)
    )


def _plain(text: str) -> tuple[Reading, tuple[int, int]] | None:
    """The Reading of a plain number and where its amount is in ``text`` (None if not plain)."""
    digits = _digits_only(text)
    if digits is not None:
        return digits, (0, len(text))
    last = text.rstrip()[-1:]
    match = _plain_pattern().fullmatch(text) if last.isdigit() or last == "%" else None
    if match is None:
        return None
    said = match["qual"]
    qualifier = None if said is None else QUALIFIERS[" ".join(fold_case(said).split())]
    value, step, decimals = _numeral(match["num"])
    unit = None if match["pct"] is None else "percent"
    first = Amount(value=value, step=step, decimals=decimals, unit=unit)
    end = match.end("num") if match["pct"] is None else match.end("pct")
    return Reading(kind="single", qualifier=qualifier, first=first), (match.start("num"), end)


def find_figures(
    text: str, *, spots: list[int] | None = None, pos: int = 0, endpos: int | None = None
) -> list[Found]:
    """Every figure in running text, left to right, as :class:`Found` spans.

    Spans that match the grammar but do not read (scale words out of order,
    an exponent beyond :data:`MAX_EXPONENT`) are skipped.  The pattern is
    tried only near anchors (see :func:`anchors`; ``spots`` are their starts
    when the caller has them), which finds exactly what trying it at every
    position finds (:func:`find_figures_everywhere`), several times faster.

    ``pos`` and ``endpos`` read only ``text[pos:endpos]``, as a regex's do: the
    pattern sees the text before ``pos`` and nothing from ``endpos`` on; the
    spans are in ``text``'s offsets (``spots`` must then lie in that stretch).
    """
    end = len(text) if endpos is None else min(endpos, len(text))
    if spots is None:
        spots = [start for start, _ in anchors(text[pos:end])]
        spots = [start + pos for start in spots] if pos else spots
    return _found_all(text, _matches_near(text, spots, pos, end))


def find_figures_everywhere(text: str) -> list[Found]:
    """:func:`find_figures` by trying the pattern at every position (the reference scan)."""
    return _found_all(text, text_pattern().finditer(text))


def _found_all(text: str, matches: Iterable[regex.Match[str]]) -> list[Found]:
    found = []
    for match in matches:
        whole, start = match.group(0), match.start()
        try:
            digits = _numeral_only(whole)  # the commonest figures, "270", "1,000": no groups
            parts: tuple[tuple[int, int], ...]
            if digits is not None:
                reading, parts = digits, ((start, match.end()),)
            else:
                reading, parts = _read_match(match)
        except FigureError:
            continue
        found.append(Found(start=start, end=match.end(), text=whole, reading=reading,
                           parts=parts))  # fmt: skip
    return found


def _read_match(match: regex.Match[str]) -> tuple[Reading, tuple[tuple[int, int], ...]]:
    values, layout = match.groups(), _layout(match.re)
    reading = _reading(values, layout, match.group(0))
    parts = tuple(
        span for at in (layout.first, layout.second) if (span := _part(match, values, at))
    )
    return reading, parts


# --- where figures can start ----------------------------------------------------
# Every figure holds an *anchor*: a run of digits or a number word (a numeral,
# number words, a fraction's denominator, the first word of a vague amount).
# Before its first anchor stand at most a qualifier, "between"/"from", a sign,
# a currency and "a" (with their spaces): at most _LEAD_REACH characters, each
# lead beginning with a word of _LEAD_WORDS or a sign.  So the leftmost figure
# at or after a position starts at a lead or anchor within that reach of the
# first anchor there, and trying those positions in order finds it.

#: Words that anchor a figure: every figure holds a digit or one of these.
ANCHOR_WORDS = frozenset(
    {*_ONES, *_TEENS, *_TENS, *_SCALES, "hundred", "dozen", *_DENOMINATORS}
    | {phrase.split()[0] for phrase in _VAGUE}
)
_LEAD_REACH = (
    max(len(q) for q in QUALIFIERS) + 3 + len("between") + 3 + 1
    + max(len(c) + 1 for c in (*CURRENCIES, "US$")) + len("a") + 3
)  # fmt: skip
_LEAD_WORDS = (
    {q.split()[0].rstrip(".") for q in QUALIFIERS if q[0].isalpha()}
    | {"between", "from", "a", "us", "hk", "nz", "c", "s", "r"} | set(CURRENCIES)
)  # fmt: skip
_LEAD_SIGNS = {q[0] for q in QUALIFIERS if not q[0].isalpha()} | set("-+−$€£¥₽₴₹₩₺₪₦₱")
#: What a lead can end with, right before its anchor (give or take three spaces):
#: the last word of a qualifier, "between", "from", "a" or a currency code, or a
#: qualifier's, sign's or currency's last character.
_LEAD_LAST_WORDS = frozenset(
    {q.split()[-1] for q in QUALIFIERS if q[-1].isalpha()}
    | {"between", "from", "a"} | {c.casefold() for c in CURRENCIES}
)  # fmt: skip
_LEAD_LAST_SIGNS = frozenset({q[-1] for q in QUALIFIERS if not q[-1].isalpha()} | _LEAD_SIGNS)
_LAST_LETTERS = regex.compile(r"[^\W\d_]{1,24}+\Z", regex.REVERSE)


@functools.cache
def _anchor_pattern() -> regex.Pattern[str]:
    words = _escaped(ANCHOR_WORDS)
    return regex.compile(rf"\d++|(?<![^\W\d_])(?:{words})(?![^\W\d_])", _FLAGS)


@functools.cache
def _lead_pattern() -> regex.Pattern[str]:
    signs = "".join(regex.escape(s) for s in sorted(_LEAD_SIGNS))
    return regex.compile(rf"(?<!\w)(?:(?:{_escaped(_LEAD_WORDS)})\b|[{signs}])", _FLAGS)


_DIGIT_RUN = regex.compile(r"\d++")


def anchors(text: str) -> list[tuple[int, int]]:
    """The spans of the digit runs and number words (:data:`ANCHOR_WORDS`) in ``text``.

    Number words are found in the text folded to lower case: those among its
    runs of letters are looked up with ``str.find`` (a regex tried at every
    position is several times slower).
    """
    lowered = folded(text)
    if len(lowered) != len(text):
        return [match.span() for match in _anchor_pattern().finditer(text)]
    spans = [match.span() for match in _DIGIT_RUN.finditer(text)]
    for word in ANCHOR_WORDS.intersection(letter_runs(lowered)):
        spans.extend((at, at + len(word)) for at in word_starts(lowered, word))
    return sorted(spans)


def _matches_near(text: str, starts: list[int], pos: int, end: int) -> Iterable[regex.Match[str]]:
    """The text pattern's matches in ``text[pos:end]``, left to right, tried only near anchors."""
    pattern, leads = text_pattern(), _lead_pattern()
    done, previous = pos, pos - 1
    for start in starts:
        if start >= done:
            low = max(done, previous + 1, start - _LEAD_REACH)
            match = _first_match(pattern, leads, text, (low, start, end))
            if match is not None:
                yield match
                done = match.end()
        previous = start


def _first_match(
    pattern: regex.Pattern[str], leads: regex.Pattern[str], text: str, at: tuple[int, int, int]
) -> regex.Match[str] | None:
    """The first match from a lead in ``low:start`` or at ``start`` (``at``), ending by ``end``."""
    low, start, end = at
    if not _may_lead(text, low, start):
        return pattern.match(text, start, end)
    for lead in leads.finditer(text, low, start):
        match = pattern.match(text, lead.start(), end)
        if match is not None:
            return match
    return pattern.match(text, start, end)


def _may_lead(text: str, low: int, start: int) -> bool:
    """Whether what stands right before ``start`` (after ``low``) can end a lead."""
    head = text[max(low, start - 24) : start].rstrip()
    if not head:
        return False
    if head[-1] in _LEAD_LAST_SIGNS:
        return True
    word = _LAST_LETTERS.search(head)
    return word is not None and fold_case(word.group()) in _LEAD_LAST_WORDS


def _part(match: regex.Match[str], values: _Values, at: _AmountGroups) -> tuple[int, int] | None:
    """The span of the amount whose groups stand at ``at`` (None if it is absent).

    ``values`` are the match's groups; an amount's groups stand in text order.
    """
    if values[at.num] is None and values[at.frac] is None and values[at.words] is None:
        return None  # every amount has a number
    taken = [index for index in at if values[index] is not None]
    return match.start(taken[0] + 1), match.end(taken[-1] + 1)
