"""Spans: exact intervals on the engine's hot path.

A `Span` is what one claim says about one variable, in the variable's
canonical unit: exact `Fraction` ends (``None`` for unbounded), each open or
closed. It is a `typing.NamedTuple` rather than an attrs class because the
engine builds one per claim and a corpus holds a million claims; the helpers
here are the only code that reads its fields, and every decision they make is
an exact rational comparison.

>>> s = Span(Fraction(3, 2), Fraction(7, 2), False, True)
>>> integer_hull(s)
Span(low=2, high=3, low_open=False, high_open=False)
>>> is_empty(intersect(s, Span(Fraction(4), None, False, True)))
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from fractions import Fraction
from typing import NamedTuple, TypeAlias

__all__ = [
    "FREE",
    "NONNEGATIVE",
    "Number",
    "Span",
    "contains",
    "exact",
    "integer_hull",
    "intersect",
    "intersect_all",
    "is_empty",
    "is_point",
    "scale",
    "tightest_pair",
]


#: An exact number: a whole one is kept as an ``int`` (fast to compare), others as Fractions.
Number: TypeAlias = int | Fraction


def exact(value: Fraction) -> Number:
    """``value`` as an ``int`` when it is whole (exactness is kept; comparisons get cheap)."""
    return value.numerator if value.denominator == 1 else value


class Span(NamedTuple):
    """An exact interval; ``None`` ends are unbounded (and then always open)."""

    low: Number | None
    high: Number | None
    low_open: bool
    high_open: bool


FREE = Span(None, None, True, True)
NONNEGATIVE = Span(0, None, False, True)


def _higher_low(a: Span, b: Span) -> tuple[Number | None, bool]:
    """The tighter (larger) lower end of two spans, with its openness."""
    if b.low is None:
        return a.low, a.low_open
    if a.low is None or b.low > a.low:
        return b.low, b.low_open
    if a.low > b.low:
        return a.low, a.low_open
    return a.low, a.low_open or b.low_open


def _lower_high(a: Span, b: Span) -> tuple[Number | None, bool]:
    """The tighter (smaller) upper end of two spans, with its openness."""
    if b.high is None:
        return a.high, a.high_open
    if a.high is None or b.high < a.high:
        return b.high, b.high_open
    if a.high < b.high:
        return a.high, a.high_open
    return a.high, a.high_open or b.high_open


def intersect(a: Span, b: Span) -> Span:
    """The values in both spans (possibly empty: test with `is_empty`)."""
    low, low_open = _higher_low(a, b)
    high, high_open = _lower_high(a, b)
    return Span(low, high, low_open, high_open)


def intersect_all(spans: Iterable[Span], start: Span = FREE) -> Span:
    """The values in every span."""
    result = start
    for span in spans:
        result = intersect(result, span)
    return result


def is_empty(span: Span) -> bool:
    """Whether no rational value lies in the span."""
    if span.low is None or span.high is None:
        return False
    if span.low == span.high:
        return span.low_open or span.high_open
    return span.low > span.high


def integer_hull(span: Span) -> Span:
    """The closed span of the whole numbers in ``span`` (empty when there are none)."""
    low, high = span.low, span.high
    if low is not None:
        ceiling = math.ceil(low)
        low = ceiling + 1 if span.low_open and ceiling == low else ceiling
    if high is not None:
        floor = math.floor(high)
        high = floor - 1 if span.high_open and floor == high else floor
    return Span(low, high, low is None, high is None)


def is_point(span: Span) -> bool:
    """Whether the span holds exactly one value."""
    return span.low is not None and span.low == span.high and not is_empty(span)


def contains(span: Span, value: Number) -> bool:
    """Whether ``value`` lies in the span."""
    if span.low is not None and (value < span.low or (span.low_open and value == span.low)):
        return False
    high = span.high
    return not (high is not None and (value > high or (span.high_open and value == high)))


def scale(span: Span, factor: Number) -> Span:
    """The span multiplied by ``factor`` (a unit conversion; ends swap when negative)."""
    if factor == 1:
        return span
    low = None if span.low is None else span.low * factor
    high = None if span.high is None else span.high * factor
    if factor > 0:
        return Span(low, high, span.low_open, span.high_open)
    return Span(high, low, span.high_open, span.low_open)


def tightest_pair(spans: list[tuple[str, Span]]) -> tuple[str, str]:
    """The two labels whose spans hold the highest low end and the lowest high end.

    When a list of spans has an empty intersection, these two alone already do
    (in one dimension, intervals that meet pairwise meet all together).
    """
    lows = [(label, s) for label, s in spans if s.low is not None]
    highs = [(label, s) for label, s in spans if s.high is not None]
    top = max(lows, key=lambda item: (item[1].low, item[1].low_open))
    bottom = min(highs, key=lambda item: (item[1].high, not item[1].high_open))
    return top[0], bottom[0]
