"""Figures written for a journalist: ``"1,150,000 to 1,250,000"``, ``"at least 162"``.

Numbers are written exactly: a terminating decimal with thousands separators
(``"1,150,000"``, ``"106.5"``), otherwise a fraction (``"1/3"``).  Percentages
carry ``%``, money its symbol or code, other units their name in words
(``"square miles"``).
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.figures import Figure

__all__ = ["describe", "number_text"]

_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£"}
_IRREGULAR = {"foot": "feet", "century": "centuries", "inch": "inches", "hertz": "hertz"}
_DECIMAL_LIMIT = 60


def number_text(value: Fraction) -> str:
    """``Fraction(2301, 2)`` -> ``"1,150.5"``; ``Fraction(1, 3)`` -> ``"1/3"``."""
    digits = _decimal_places(value.denominator)
    if digits is None:
        return f"{value.numerator:,}/{value.denominator:,}"
    sign = "-" if value < 0 else ""
    scaled = abs(value) * 10**digits
    whole, part = divmod(scaled.numerator, 10**digits)
    fraction = f".{part:0{digits}d}" if digits else ""
    return f"{sign}{whole:,}{fraction}"


def _decimal_places(denominator: int) -> int | None:
    """Digits after the point that write 1/denominator exactly (None if none do)."""
    for places in range(_DECIMAL_LIMIT + 1):
        if 10**places % denominator == 0:
            return places
    return None


def _unit_words(unit: str, value: Fraction) -> str:
    words = unit.replace(" / ", " per ").replace("_", " ")
    if value == 1 or "*" in words:
        return words
    head, _, rest = words.partition(" per ")
    return _plural(head) + (f" per {rest}" if rest else "")


def _plural(words: str) -> str:
    *front, last = words.split(" ")
    if last in _IRREGULAR:
        plural = _IRREGULAR[last]
    elif last.endswith(("s", "x", "ch", "sh")):
        plural = last + "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return " ".join([*front, plural])


def _amount(value: Fraction, unit: str | None, *, with_unit: bool = True) -> str:
    text = number_text(value)
    if unit is None or not with_unit:
        return text
    if unit == "percent":
        return f"{text}%"
    if unit in _SIGNS:
        return f"-{_SIGNS[unit]}{text[1:]}" if value < 0 else f"{_SIGNS[unit]}{text}"
    if unit.isupper():
        return f"{text} {unit}"
    return f"{text} {_unit_words(unit, value)}"


def _trailing_unit(unit: str | None) -> bool:
    """Whether a range writes its unit once, after the second end (``"3 to 4 km"``)."""
    return unit is not None and unit != "percent" and unit not in _SIGNS


def describe(figure: Figure) -> str:
    """The figure as a journalist reads it."""
    low, high, unit = figure.low, figure.high, figure.unit
    if low is None and high is None:
        return "any value" + (f" in {_unit_words(unit, Fraction(2))}" if unit else "")
    if low is None:
        assert high is not None
        return f"{'under' if figure.high_open else 'at most'} {_amount(high, unit)}"
    if high is None:
        return f"{'more than' if figure.low_open else 'at least'} {_amount(low, unit)}"
    if low == high:
        return _amount(low, unit)
    return _between(figure, low, high)


def _between(figure: Figure, low: Fraction, high: Fraction) -> str:
    unit = figure.unit
    first = _amount(low, unit, with_unit=not _trailing_unit(unit))
    second = _amount(high, unit)
    if not figure.low_open and not figure.high_open:
        return f"{first} to {second}"
    lead = "more than" if figure.low_open else "at least"
    tail = "under" if figure.high_open else "at most"
    return f"{lead} {first} and {tail} {second}"
