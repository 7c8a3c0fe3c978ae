"""Units: the one private pint registry, built on first use, behind exact rational answers.

claimcheck reads units through pint but never lets pint onto the hot path or out
of this module:

* the registry is private (never pint's application registry) and is built the
  first time a unit is asked about, so ``import claimcheck`` does not import
  pint;
* it is built with ``non_int_type=Fraction``, so pint reads its definition file
  (``inch = 2.54 cm``, ``mile = 5280 ft``) as exact rationals and every
  conversion factor is an exact :class:`~fractions.Fraction`.  Should pint ever
  hand back a float, it is read through its shortest decimal ``repr`` (the
  decimal the definition was written as), never through its binary expansion;
* every answer is cached (``functools.lru_cache``), so comparing figures costs a
  dictionary look-up, not a pint object;
* currencies (USD, EUR, GBP, PLN, ... some fifty, by code, symbol and name) are
  base units of their own dimensions: there is no exchange rate, so dollars and
  euros never compare; a name several countries share ("pesos", "francs") is a
  currency of its own, and a minor unit is its currency ("71 cents" is
  $0.71);
* percentage points and basis points are a dimension of their own (a
  difference of percentages, never a percentage), and "points" of an index
  another; pint's typographic point is never read;
* offset units (degrees Celsius or Fahrenheit) and logarithmic units are
  refused with a :class:`~claimcheck.errors.UnitError`: an interval in them does
  not convert by a factor;
* no pint exception escapes: each becomes a ``UnitError`` quoting the text.

A plain number has no unit: ``None`` stands for it everywhere here, and
``"dimensionless"`` is accepted as its spelling.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

from claimcheck.errors import UnitError

__all__ = [
    "CURRENCIES",
    "CURRENCY_SYMBOLS",
    "MAX_UNIT_TEXT",
    "MINOR_CURRENCY_WORDS",
    "POINT_WORDS",
    "SCALED_CURRENCY_WORDS",
    "SHARED_CURRENCY_NAMES",
    "base_unit",
    "canonical_unit",
    "dimension",
    "factor",
    "is_currency",
    "is_minor_currency",
    "parse_quantity",
    "same_dimension",
]

#: Currency codes known to the registry, each its own dimension ``[currency_XXX]``.
CURRENCIES: tuple[str, ...] = (
    "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "CHF", "CAD", "AUD", "INR", "PLN",
    "CZK", "HUF", "RON", "BGN", "SEK", "NOK", "DKK", "ISK", "TRY", "ILS", "AED", "SAR",
    "QAR", "KWD", "EGP", "NGN", "ZAR", "KES", "BRL", "MXN", "ARS", "CLP", "KRW", "IDR",
    "MYR", "THB", "VND", "PHP", "SGD", "HKD", "TWD", "NZD", "PKR", "BDT", "LKR", "KZT",
    "GEL", "BYN",
)  # fmt: skip

#: Money named without its country where several countries share the name
#: ("pesos", "dinars", "kroner", "francs"): each its own dimension
#: ``[currency_<name>]``, so it compares only with itself.
SHARED_CURRENCY_NAMES: tuple[str, ...] = ("peso", "dinar", "krone", "franc")

#: Units of a hundredth of a currency: ``"71 cents"`` is $0.71.
_MINOR_UNITS: tuple[str, ...] = (
    "cent = USD / 100 = _ = cents",
    "eurocent = EUR / 100 = _ = eurocents",
    "penny = GBP / 100 = _ = pence = pennies",
    "kopeck = RUB / 100 = _ = kopecks = kopek = kopeks",
    "kopiyka = UAH / 100 = _ = kopiykas",
    "grosz = PLN / 100 = _ = groszy",
    "paisa = INR / 100 = _ = paise",
)

#: Currency symbols and words that stand for a code (checked before pint).
CURRENCY_SYMBOLS: Mapping[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "us dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "¥": "JPY", "yen": "JPY", "japanese yen": "JPY",
    "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
    "₽": "RUB", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "₴": "UAH", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnia's": "UAH",
    "₹": "INR", "rupee": "INR", "rupees": "INR", "indian rupees": "INR",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "złoty": "PLN", "złotys": "PLN",
    "koruna": "CZK", "korunas": "CZK", "czech crowns": "CZK", "czech korunas": "CZK",
    "forint": "HUF", "forints": "HUF", "lei": "RON", "leva": "BGN",
    "swedish crowns": "SEK", "swedish kronor": "SEK", "kronor": "SEK", "krona": "SEK",
    "norwegian crowns": "NOK", "norwegian kroner": "NOK",
    "danish crowns": "DKK", "danish kroner": "DKK",
    "icelandic kronur": "ISK", "kronur": "ISK",
    "₺": "TRY", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY", "turkish liras": "TRY",
    "₪": "ILS", "shekel": "ILS", "shekels": "ILS", "new shekels": "ILS",
    "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR",
    "saudi riyals": "SAR", "qatari riyals": "QAR", "kuwaiti dinars": "KWD",
    "egyptian pounds": "EGP", "₦": "NGN", "naira": "NGN", "nairas": "NGN",
    "south african rand": "ZAR", "kenyan shillings": "KES",
    "r$": "BRL", "reais": "BRL", "brazilian reais": "BRL", "brazilian real": "BRL",
    "mexican pesos": "MXN", "argentine pesos": "ARS", "chilean pesos": "CLP",
    "₩": "KRW", "south korean won": "KRW", "korean won": "KRW",
    "rupiah": "IDR", "rupiahs": "IDR", "ringgit": "MYR", "baht": "THB",
    "philippine pesos": "PHP", "₱": "PHP", "s$": "SGD", "singapore dollars": "SGD",
    "hk$": "HKD", "hong kong dollars": "HKD", "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD", "nz$": "NZD", "new zealand dollars": "NZD",
    "c$": "CAD", "canadian dollars": "CAD", "a$": "AUD", "australian dollars": "AUD",
    "swiss francs": "CHF", "swiss franc": "CHF", "pakistani rupees": "PKR",
    "taka": "BDT", "sri lankan rupees": "LKR", "tenge": "KZT", "lari": "GEL",
    "belarusian rubles": "BYN", "belarusian roubles": "BYN",
    "pesos": "peso", "dinars": "dinar", "kroner": "krone", "francs": "franc",
}  # fmt: skip

#: Money words that follow a number only after a scale word ("5 billion won",
#: "2 million rand"): alone they are too often other words.
SCALED_CURRENCY_WORDS: Mapping[str, str] = {"won": "KRW", "rand": "ZAR"}

#: Words for a hundredth of a currency, as they follow a number ("71 cents").
MINOR_CURRENCY_WORDS: tuple[str, ...] = (
    "cents", "cent", "euro cents", "euro cent", "pence", "kopecks", "kopeks", "kopiykas",
    "groszy", "paise",
)

#: Words for percentage points ("a lead of 11 percentage points", "50 basis points").
POINT_WORDS: Mapping[str, str] = {
    "percentage point": "percentage_point", "percentage points": "percentage_point",
    "percentage-point": "percentage_point", "percentage-points": "percentage_point",
    "pct point": "percentage_point", "pct points": "percentage_point",
    "pp": "percentage_point", "ppt": "percentage_point", "ppts": "percentage_point",
    "basis point": "basis_point", "basis points": "basis_point", "bp": "basis_point",
    "bps": "basis_point",
}  # fmt: skip
_MINOR_NAMES: Mapping[str, str] = {"euro cents": "eurocent", "euro cent": "eurocent"}
#: A newsroom's barrel is the oil barrel of 42 US gallons (pint's ``barrel`` is 31.5).
_NEWS_UNITS: Mapping[str, str] = {
    "barrel": "oil_barrel", "barrels": "oil_barrel", "bbl": "oil_barrel",
}
# Every unit text read by look-up before pint sees it.
_NAMED: Mapping[str, str] = {
    **CURRENCY_SYMBOLS, **SCALED_CURRENCY_WORDS, **POINT_WORDS, **_MINOR_NAMES, **_NEWS_UNITS,
}

#: The longest unit text read; longer text is refused before pint sees it.
MAX_UNIT_TEXT = 64

_DIMENSIONLESS = "dimensionless"

# Units pint lacks or defines otherwise than a newsroom means them.
_EXTRA_DEFINITIONS: tuple[str, ...] = (
    "decade = 10 * year = decades",
    "square_kilometer = kilometer ** 2 = sq_km = km2",
    "square_meter = meter ** 2 = sq_m = m2",
    "square_centimeter = centimeter ** 2 = sq_cm = cm2",
    "cubic_meter = meter ** 3 = m3",
    # A difference of percentages, not the typographic point: its own dimension.
    "percentage_point = [percentage_point]",
    "basis_point = percentage_point / 100",
    # Points of an index or a score ("the index fell 300 points"): not lengths.
    "point = [point] = _ = points",
)

# Text a unit may be written as: words, a few symbols, small exponents. No digits
# elsewhere, so pint's expression parser never evaluates a number from the input.
_UNIT_TEXT = re.compile(
    r"(?:[^\W\d]|[%°µΩ])[^\W\d]{0,40}[²³23]?"
    r"(?:\s{0,3}(?:\*\*|\^)\s{0,3}-?[1-4])?"
    r"(?:\s{0,3}(?:/|\*|\bper\b|\s)\s{0,3}"
    r"(?:[^\W\d]|[%°µΩ])[^\W\d]{0,40}[²³23]?(?:\s{0,3}(?:\*\*|\^)\s{0,3}-?[1-4])?){0,4}",
)
_POWER_WORD = re.compile(r"\b(square|sq\.?|cubic|cu\.?)[\s-]{1,3}([^\W\d]{1,40})")
_AN_HOUR = re.compile(r"\ban\s(?=hour\b)")
_NAUTICAL = re.compile(r"\bnautical[\s-]mile", re.IGNORECASE)
_POWER_SUFFIX = {"²": "**2", "³": "**3"}
# A plain decimal: digits with commas only between groups of three ("1,000"), so
# that "1,5" is refused rather than read as 15.
_NUMBER = re.compile(
    r"([+-]?(?:(?:\d{1,3}(?:,\d{3}){1,19}|\d{1,60})(?:\.\d{1,60})?|\.\d{1,60}))(?![\d,.])"
)


def _registry() -> Any:
    """The private registry (built once; pint is imported only here)."""
    return _build_registry()


@functools.cache
def _build_registry() -> Any:
    import pint  # pint is imported on first use only

    logging.getLogger("pint").setLevel(logging.ERROR)
    registry: Any = pint.UnitRegistry(
        non_int_type=Fraction,
        on_redefinition="warn",
        autoconvert_offset_to_baseunit=False,
    )
    for code in (*CURRENCIES, *SHARED_CURRENCY_NAMES):
        registry.define(f"{code} = [currency_{code}]")
    for line in (*_MINOR_UNITS, *_EXTRA_DEFINITIONS):
        registry.define(line)
    # pint caches root units when it is built; redefinitions need a fresh cache.
    registry._build_cache()
    return registry


def _pint_errors() -> tuple[type[Exception], ...]:
    """What pint may raise on odd input: its own errors and, at times, any other
    (an ``AssertionError`` from its expression parser, for one)."""
    return (Exception,)


def _prepare(text: str) -> str:
    """Unit text as pint reads it: powers spelt out, currency words as codes."""
    cleaned = " ".join(text.split())
    if len(cleaned) > MAX_UNIT_TEXT:
        raise UnitError(
            f"unit text of {len(cleaned)} characters ({cleaned[:40]!r}...): "
            f"expected at most {MAX_UNIT_TEXT}"
        )
    lowered = cleaned.lower()
    code = _NAMED.get(lowered)
    if code is not None:
        return code
    spelled = _spelled_out(cleaned)
    if not spelled or not _UNIT_TEXT.fullmatch(spelled):
        raise UnitError(f"cannot read {text!r} as a unit (expected a unit such as 'km')")
    for mark, power in _POWER_SUFFIX.items():
        spelled = spelled.replace(mark, power)
    return spelled


def _spelled_out(text: str) -> str:
    """Newsroom phrasings as pint names them: "sq. km" -> "km**2", "an hour" -> "per hour"."""
    spelled = _POWER_WORD.sub(lambda m: f"{m.group(2)}**{_power(m.group(1))}", text)
    spelled = _AN_HOUR.sub("per ", spelled)
    return _NAUTICAL.sub("nautical_mile", spelled)


def _power(word: str) -> int:
    return 3 if word.startswith("cu") else 2


def _parse_units(text: str) -> Any:
    """The pint Unit for ``text``, refusing offset and logarithmic units."""
    prepared = _prepare(text)
    registry = _registry()
    try:
        unit = registry.parse_units(prepared)
        zero = registry.Quantity(Fraction(0), unit).to_base_units().magnitude
    except _pint_errors() as error:
        raise UnitError(f"unknown unit {text!r} ({error})") from None
    if zero != 0 or not _is_linear(unit):
        raise UnitError(f"unit {text!r} has an offset or is logarithmic; give it as kelvin "
                        "or a plain number instead")  # fmt: skip
    return unit


def _is_linear(unit: Any) -> bool:
    registry = _registry()
    try:
        one = registry.Quantity(Fraction(1), unit).to_base_units().magnitude
        two = registry.Quantity(Fraction(2), unit).to_base_units().magnitude
    except _pint_errors():
        return False
    return bool(_exact(two) == 2 * _exact(one))


def _exact(value: object) -> Fraction:
    """A pint magnitude as an exact Fraction (a float through its shortest repr)."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        return Fraction(repr(value))
    raise UnitError(f"pint gave a magnitude of unexpected type {type(value).__name__}")


def _spell(items: Iterable[tuple[str, Any]]) -> str:
    """The canonical spelling of a product of units with exponents."""
    pairs = sorted((name, _exact(power)) for name, power in items)
    if not pairs:
        return _DIMENSIONLESS
    if len(pairs) == 1 and pairs[0][1] in (2, 3):
        named = ("square_" if pairs[0][1] == 2 else "cubic_") + pairs[0][0]
        if named in _registry():
            return named
    above = [_term(name, power) for name, power in pairs if power > 0]
    below = [_term(name, -power) for name, power in pairs if power < 0]
    head = " * ".join(above) if above else "1"
    return f"{head} / {' / '.join(below)}" if below else head


def _term(name: str, power: Fraction) -> str:
    return name if power == 1 else f"{name} ** {power}"


@functools.lru_cache(maxsize=4096)
def canonical_unit(text: str) -> str:
    """The canonical pint spelling of a unit: ``"square kilometres"`` -> ``"square_kilometer"``.

    Currency symbols and words become codes (``"$"`` -> ``"USD"``); a plain
    number's unit reads ``"dimensionless"``.  Raises ``UnitError`` for text that
    is not a unit.
    """
    unit = _parse_units(text)
    return _spell(unit._units.items())


def _unit_or_none(unit: str | None) -> str:
    return _DIMENSIONLESS if unit is None else unit


@functools.lru_cache(maxsize=4096)
def base_unit(unit: str | None) -> str | None:
    """The base unit of ``unit``'s dimension (``"mile"`` -> ``"meter"``); None if dimensionless."""
    parsed = _parse_units(_unit_or_none(unit))
    root = _registry().get_base_units(parsed)[1]
    spelled = _spell(root._units.items())
    return None if spelled == _DIMENSIONLESS else spelled


@functools.lru_cache(maxsize=4096)
def dimension(unit: str | None) -> str:
    """The dimension of ``unit``: ``"[length] ** 2"``, ``"[currency_USD]"``, ``"dimensionless"``."""
    parsed = _parse_units(_unit_or_none(unit))
    return _spell(dict(parsed.dimensionality).items())


def same_dimension(a: str | None, b: str | None) -> bool:
    """Whether figures in units ``a`` and ``b`` can be compared."""
    return dimension(a) == dimension(b)


def is_currency(unit: str | None) -> bool:
    """Whether ``unit`` is money (a currency code, possibly scaled)."""
    return unit is not None and dimension(unit).startswith("[currency_")


def is_minor_currency(unit: str | None) -> bool:
    """Whether ``unit`` is money in a minor unit of its currency (cents, pence, kopecks)."""
    return is_currency(unit) and base_unit(unit) != unit


@functools.lru_cache(maxsize=4096)
def factor(from_unit: str | None, to_unit: str | None) -> Fraction:
    """The exact factor f with ``x from_unit == x * f to_unit``.

    Raises ``UnitError`` when the two units measure different dimensions.
    """
    source = _parse_units(_unit_or_none(from_unit))
    target = _parse_units(_unit_or_none(to_unit))
    if source.dimensionality != target.dimensionality:
        raise UnitError(
            f"cannot compare {_unit_or_none(from_unit)!r} ({dimension(from_unit)}) with "
            f"{_unit_or_none(to_unit)!r} ({dimension(to_unit)})"
        )
    try:
        magnitude = _registry().Quantity(Fraction(1), source).to(target).magnitude
    except _pint_errors() as error:
        raise UnitError(f"cannot convert {from_unit!r} to {to_unit!r} ({error})") from None
    return _exact(magnitude)


def parse_quantity(text: str) -> tuple[Fraction, str | None]:
    """An exact amount and its canonical unit: ``"997.8 km"`` -> ``(4989/5, "kilometer")``.

    The amount is a plain decimal (``"12"``, ``"-0.5"``, ``"1,000"``; commas only
    between groups of three digits) with the unit after it, or a currency symbol
    before it (``"$5"``); no unit gives ``None``.
    """
    if not isinstance(text, str):
        raise UnitError(f"got {text!r} ({type(text).__name__}): expected a quantity text")
    symbol, rest = _leading_symbol(" ".join(text.split()))
    found = _NUMBER.match(rest)
    if found is None:
        raise UnitError(f"cannot read {text!r} as a quantity (expected e.g. '997.8 km', '1,000')")
    amount = Fraction(found.group(1).replace(",", ""))
    unit_text = rest[found.end() :].strip()
    if symbol is not None and unit_text:
        raise UnitError(f"cannot read {text!r}: a currency symbol and a unit")
    if symbol is not None:
        return amount, symbol
    return amount, _unit_of(unit_text)


#: Currency symbols written before the amount, longest first ("HK$5" before "$5").
_LEADING_SYMBOLS = ("US$", "HK$", "NZ$", "C$", "A$", "S$", "R$", "$", "€", "£", "¥", "₽", "₴",
                    "₹", "₩", "₺", "₪", "₦", "₱")  # fmt: skip


def _leading_symbol(text: str) -> tuple[str | None, str]:
    for symbol in _LEADING_SYMBOLS:
        if text.startswith(symbol):
            return CURRENCY_SYMBOLS[symbol.lower()], text[len(symbol) :].lstrip()
    return None, text


def _unit_of(unit_text: str) -> str | None:
    if not unit_text:
        return None
    unit = canonical_unit(unit_text)
    return None if unit == _DIMENSIONLESS else unit
