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

Every pattern is bounded: numerals take at most :data:`MAX_DIGITS` digits,
exponents at most four, repetitions have fixed upper bounds, and :func:`parse`
refuses text longer than :data:`MAX_TEXT` at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

import attrs
import regex

from claimcheck.errors import FigureError
from claimcheck.units import CURRENCIES, CURRENCY_SYMBOLS

__all__ = [
    "FIGURE",
    "FIGURE_IN_TEXT",
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "MAX_TEXT",
    "QUALIFIERS",
    "Amount",
    "Found",
    "Reading",
    "Vague",
    "find_figures",
    "parse",
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
_SCALES: Mapping[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
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
    "kWh", "MWh", "GWh", "TWh", *CURRENCIES,
)
_METRE = r"met(?:er|re)s?"
_UNIT_WORDS = (
    rf"(?:square|sq\.?)[\s-](?:kilo{_METRE}|{_METRE}|miles?|feet|foot|yards?|km|mi|m|ft)",
    rf"cubic[\s-](?:{_METRE}|feet|foot)",
    rf"(?:kilo|centi|milli)?{_METRE}", r"nautical[\s-]miles?", "miles?", "feet", "foot",
    "yards?", r"inch(?:es)?", "hectares?", "acres?", "(?:kilo)?grams?", "tonnes?", "tons?",
    "pounds sterling", "pounds?", "ounces?", "seconds?", "minutes?", "hours?", "days?",
    "weeks?", "months?", "years?", "decades?", r"centur(?:y|ies)", "lit(?:er|re)s?",
    "gallons?", "barrels?", r"(?:kilo|mega|giga)?watts?", "knots?",
    "miles per hour", rf"kilo{_METRE} (?:per|an) hour", "dollars?", "euros?",
    "(?:rouble|ruble)s?", "hryvnias?", "yen", "yuan", "rupees?",
)
_CURRENCY_SIGN = r"US\$|\$|€|£|¥|₽|₴|₹"
_PERCENT = r"%|percent\b|per[\s-]cent\b|pct\b"


def _alternation(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(regex.escape(w) if isinstance(w, str) and w.isalpha() else w for w in items)


def _escaped(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "|".join(regex.escape(w) for w in items)


# --- the patterns -----------------------------------------------------------

_ONE_W = _escaped(_ONES)
_SMALL = rf"(?:(?:{_escaped(_TENS)})(?:[\s-](?:{_ONE_W})\b)?+|{_escaped(_TEENS)}|{_ONE_W})\b"
_HUNDREDS = rf"(?:(?:{_SMALL}|a)\s{{1,3}}hundred\b(?:\s{{1,3}}(?:and\s{{1,3}})?{_SMALL})?|{_SMALL})"
_SCALE_W = _escaped(_SCALES)
_CHUNK = rf"(?:{_HUNDREDS}|a)\s{{1,3}}(?:{_SCALE_W})\b"
_WORDS = (
    rf"(?:{_CHUNK}(?:,?\s{{1,3}}(?:and\s{{1,3}})?{_CHUNK}){{0,3}}"
    rf"(?:,?\s{{1,3}}(?:and\s{{1,3}})?{_HUNDREDS})?|a\s{{1,3}}dozen\b|{_HUNDREDS})"
)
_FRACTION = rf"(?:(?:a|one|{_ONE_W})[\s-](?:{_escaped(_DENOMINATORS)})\b|half\b)"
_NUMERAL = (
    r"(?:\d{1,3}+(?:,\d{3}+){1,19}+|\d{1,60}+)(?:\.\d{1,60}+)?+(?![\d])(?!,\d)(?!\.\d)"
    r"(?:[eE][-+]?\d{1,4}+(?!\d))?"
)
_SYMBOLS = "|".join(regex.escape(s) for s in sorted(_UNIT_SYMBOLS, key=len, reverse=True))
_UNIT = rf"(?:(?-i:{_SYMBOLS})|{'|'.join(_UNIT_WORDS)})(?![\w])"
_VAGUE_W = _escaped(_VAGUE)


def _amount(p: str) -> str:
    """The pattern of one amount; its groups are prefixed ``p``."""
    return (
        rf"(?:(?<![\w.,])(?P<{p}sign>[-+−]))?"
        rf"(?:(?P<{p}cur>{_CURRENCY_SIGN})\s?|(?P<{p}code>(?-i:{'|'.join(CURRENCIES)}))\s)?"
        rf"(?:(?<![\w.,])(?P<{p}num>{_NUMERAL})"
        rf"(?:\s?(?P<{p}scale>{_SCALE_W})\b|(?P<{p}abbr>{_escaped(_ABBREVIATIONS)})(?![\w]))?"
        rf"|(?<![\w])(?P<{p}frac>{_FRACTION})(?:\s{{1,3}}(?:of\s{{1,3}})?a\s(?P<{p}fscale>{_SCALE_W})\b)?"
        rf"|(?<![\w])(?P<{p}words>{_WORDS}))"
        rf"(?:\s?(?P<{p}pct>{_PERCENT})"
        rf"|(?:\s{{1,3}}|-|(?<=\d))(?P<{p}unit>{_UNIT})(?P<{p}old>[\s-]old\b)?)?"
    )


_QUALIFIER = "|".join(
    regex.escape(q) + (r"\b" if q[-1].isalnum() else "")
    for q in sorted(QUALIFIERS, key=len, reverse=True)
)
_SUFFIX = r"\s{1,3}or\s{1,3}(?:more|over|fewer|less|so)\b|\+|[\s-]plus\b"
_RANGE_SEP = r"\s{0,3}(?:-|–|—)\s{0,3}|\s{1,3}to\s{1,3}"
_BODY = (
    rf"(?:(?P<qual>{_QUALIFIER})\s{{0,3}})?"
    r"(?:"
    rf"between\s{{1,3}}{_amount('a')}\s{{1,3}}and\s{{1,3}}{_amount('b')}(?P<range1>)"
    rf"|from\s{{1,3}}{_amount('a')}\s{{1,3}}to\s{{1,3}}{_amount('b')}(?P<range2>)"
    rf"|{_amount('a')}(?:(?P<range>{_RANGE_SEP})|(?P<for>\s{{0,3}}-?\s{{0,3}}for\s{{0,3}}-?\s{{0,3}})"
    rf"|(?P<of>\s{{1,3}}(?:out\s{{1,3}})?of\s{{1,3}})){_amount('b')}"
    rf"|(?<![\w])(?P<vague>{_VAGUE_W})\b"
    rf"|{_amount('a')}"
    r")"
    rf"(?P<suffix>{_SUFFIX})?"
)
_FLAGS = regex.IGNORECASE | regex.VERSION1

#: The whole-string figure pattern (``parse``): the body, then any unit text.
FIGURE = regex.compile(
    rf"\s*{_BODY}(?:\s{{0,3}}(?P<tail>[^\W\d][^\d]{{0,63}}?))?\s*", _FLAGS
)
#: The pattern that finds figures in running text (``find_figures``).
FIGURE_IN_TEXT = regex.compile(rf"(?<![\w]){_BODY}", _FLAGS)


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


def _numeral(text: str) -> tuple[Fraction, Fraction, bool]:
    """Value, step and whether it had decimals, from ``"1,234.5"`` or ``"1.2e6"``."""
    mantissa, _, exponent = text.replace(",", "").lower().partition("e")
    digits = sum(ch.isdigit() for ch in mantissa)
    if digits > MAX_DIGITS:
        raise FigureError(f"{text!r} has {digits} digits; at most {MAX_DIGITS} are read")
    power = int(exponent) if exponent else 0
    if abs(power) > MAX_EXPONENT:
        raise FigureError(f"{text!r} has exponent {power}; at most ±{MAX_EXPONENT} is read")
    places = len(mantissa.partition(".")[2])
    shift = Fraction(10) ** power
    return Fraction(mantissa) * shift, Fraction(1, 10**places) * shift, "." in mantissa


def _word_value(text: str) -> tuple[Fraction, Fraction, int]:
    """Value, step and the scale word it ends in (1 if none), from number words."""
    tokens = [t for t in regex.split(r"[\s,-]+", text.lower()) if t and t != "and"]
    if tokens == ["a", "dozen"]:
        return Fraction(12), Fraction(1), 1
    total, current, last_scale = 0, 0, 10**15
    for token in tokens:
        if token in _SCALES:
            if _SCALES[token] >= last_scale:
                raise FigureError(f"cannot read {text!r}: scale words out of order")
            total, current, last_scale = total + max(current, 1) * _SCALES[token], 0, _SCALES[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        else:
            current += _ONES.get(token, 0) + _TEENS.get(token, 0) + _TENS.get(token, 0)
    scale = last_scale if tokens[-1] in _SCALES else 1
    return Fraction(total + current), Fraction(scale), scale


def _fraction_value(text: str) -> Fraction:
    words = regex.split(r"[\s-]+", text.lower())
    if words == ["half"]:
        return Fraction(1, 2)
    count = 1 if words[0] in ("a", "one") else _ONES[words[0]]
    return Fraction(count, _DENOMINATORS[words[1]])


def _amount_of(match: regex.Match[str], p: str) -> Amount | None:
    """The Amount captured by the groups prefixed ``p`` (None if they did not take part)."""
    group = match.group
    if group(f"{p}num") is not None:
        value, step, decimals, scale = _digits(match, p)
        fraction = False
    elif group(f"{p}frac") is not None:
        value, decimals = _fraction_value(group(f"{p}frac")), False
        scale = _SCALES[group(f"{p}fscale").lower()] if group(f"{p}fscale") else 1
        value, step, fraction, scale = value * scale, Fraction(1), scale == 1, 1
    elif group(f"{p}words") is not None:
        value, step, scale = _word_value(group(f"{p}words"))
        decimals = fraction = False
    else:
        return None
    sign = group(f"{p}sign")
    return Amount(
        value=-value if sign in ("-", "−") else value, step=step, decimals=decimals,
        scale=scale, fraction=fraction, signed=sign is not None,
        unit=_unit_text(match, p), age=group(f"{p}old") is not None,
    )  # fmt: skip


def _digits(match: regex.Match[str], p: str) -> tuple[Fraction, Fraction, bool, int]:
    value, step, decimals = _numeral(match.group(f"{p}num"))
    word = match.group(f"{p}scale") or match.group(f"{p}abbr")
    if word is None:
        return value, step, decimals, 1
    scale = _SCALES.get(word.lower()) or _ABBREVIATIONS[word.lower()]
    return value * scale, step * scale, decimals, scale


def _unit_text(match: regex.Match[str], p: str) -> str | None:
    money = match.group(f"{p}cur") or match.group(f"{p}code")
    if match.group(f"{p}pct") is not None:
        unit: str | None = "percent"
    else:
        unit = match.group(f"{p}unit")
    if money is not None and unit is not None:
        raise FigureError(f"cannot read {match.group(0).strip()!r}: money and a unit at once")
    return CURRENCY_SYMBOLS.get(money.lower(), money) if money else unit


def _reading(match: regex.Match[str], tail: str | None = None) -> Reading:
    """The Reading of a FIGURE or FIGURE_IN_TEXT match."""
    qualifier = _qualifier(match)
    if match.group("vague") is not None:
        word = " ".join(match.group("vague").lower().split())
        _no_tail(match, tail)
        return Reading(kind="vague", qualifier=qualifier, vague=Vague(word=word, base=_VAGUE[word]))
    first, second = _amount_of(match, "a"), _amount_of(match, "b")
    if first is None:
        raise FigureError(f"cannot read {match.group(0).strip()!r} as a figure")
    if second is None:
        return Reading(kind="single", qualifier=qualifier, first=_with_tail(first, tail))
    first, second = _share(first, _with_tail(second, tail))
    return Reading(kind=_pair_kind(match), qualifier=qualifier, first=first, second=second)


def _pair_kind(match: regex.Match[str]) -> str:
    if match.group("for") is not None:
        return "for"
    return "of" if match.group("of") is not None else "range"


def _qualifier(match: regex.Match[str]) -> str | None:
    before, after = match.group("qual"), match.group("suffix")
    if before is not None and after is not None:
        raise FigureError(f"cannot read {match.group(0).strip()!r}: two qualifiers")
    if before is not None:
        return QUALIFIERS[" ".join(before.lower().split())]
    if after is not None:
        return _SUFFIXES[" ".join(after.lower().replace("-", " ").split())]
    return None


def _no_tail(match: regex.Match[str], tail: str | None) -> None:
    if tail is not None:
        raise FigureError(f"cannot read {match.group(0).strip()!r}: a unit after a vague amount")


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
    if len(text) > MAX_TEXT:
        raise FigureError(f"figure text too long ({len(text)} characters): {text[:40]!r}...")
    if regex.search(rf"\d{{{MAX_DIGITS + 1}}}", text):
        raise FigureError(f"{text[:40]!r}... has more than {MAX_DIGITS} digits in a row")
    match = FIGURE.fullmatch(text)
    if match is None:
        raise FigureError(f"cannot read {text!r} as a figure (expected e.g. '1,000', "
                          "'at least 162', '1.2 million', '300 to 400', '86%')")  # fmt: skip
    return _reading(match, match.group("tail"))


def find_figures(text: str) -> list[Found]:
    """Every figure in running text, left to right, as :class:`Found` spans.

    Spans that match the grammar but do not read (scale words out of order,
    an exponent beyond :data:`MAX_EXPONENT`) are skipped.
    """
    found = []
    for match in FIGURE_IN_TEXT.finditer(text):
        try:
            reading = _reading(match)
        except FigureError:
            continue
        parts = tuple(span for span in (_part(match, "a"), _part(match, "b")) if span)
        found.append(Found(start=match.start(), end=match.end(), text=match.group(0),
                           reading=reading, parts=parts))  # fmt: skip
    return found


_PART_GROUPS = ("sign", "cur", "code", "num", "scale", "abbr", "frac", "fscale", "words",
                "pct", "unit", "old")  # fmt: skip


def _part(match: regex.Match[str], p: str) -> tuple[int, int] | None:
    """The span of the amount whose groups are prefixed ``p`` (None if it is absent)."""
    spans = [match.span(p + name) for name in _PART_GROUPS]
    taken = [span for span in spans if span[0] >= 0]
    if not taken:
        return None
    return min(start for start, _ in taken), max(end for _, end in taken)
