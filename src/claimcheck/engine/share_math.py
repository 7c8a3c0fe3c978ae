"""Interval arithmetic for shares (share x whole = part), on closures.

The engine reasons about a share of two uncertain values by intervals. Every
function here works on the *closure* of its spans (open ends taken as closed),
which only widens the result: a test that fails on closures fails on the spans
themselves, so these tests never report a false conflict. Infinite ends are
kept exactly as signs, never as floats.

>>> from fractions import Fraction
>>> share = Span(Fraction(1, 2), Fraction(1, 2), False, False)
>>> whole = Span(Fraction(0), Fraction(150), False, False)
>>> product(share, whole)
Span(low=Fraction(0, 1), high=Fraction(75, 1), low_open=False, high_open=False)
>>> meets(product(share, whole), Span(Fraction(100), None, False, True))
False
"""

from __future__ import annotations

from fractions import Fraction

from claimcheck.engine.spans import FREE, Number, Span

__all__ = ["meets", "product", "quotient"]

_Ext = tuple[int, Number]  # (sign of infinity, or 0 for a finite value; the finite value)
_ZERO = Fraction(0)


def _ends(span: Span) -> tuple[_Ext, _Ext]:
    low = (-1, _ZERO) if span.low is None else (0, span.low)
    high = (1, _ZERO) if span.high is None else (0, span.high)
    return low, high


def _sign(value: _Ext) -> int:
    return value[0] or (value[1] > 0) - (value[1] < 0)


def _times(a: _Ext, b: _Ext) -> _Ext:
    """Extended product; zero times infinity is zero (the closure of products with 0)."""
    if a == (0, _ZERO) or b == (0, _ZERO):
        return (0, _ZERO)
    if a[0] == 0 and b[0] == 0:
        return (0, a[1] * b[1])
    return (_sign(a) * _sign(b), _ZERO)


def _span(low: _Ext, high: _Ext) -> Span:
    return Span(
        None if low[0] else low[1], None if high[0] else high[1], bool(low[0]), bool(high[0])
    )


def product(a: Span, b: Span) -> Span:
    """The closed hull of ``{x * y}`` for x in ``a``, y in ``b``."""
    corners = [_times(x, y) for x in _ends(a) for y in _ends(b)]
    return _span(min(corners), max(corners))


def _reciprocal(end: _Ext, toward_zero: int) -> _Ext:
    """1 / end: infinite ends give 0; a zero end gives infinity of sign ``toward_zero``."""
    if end[0]:
        return (0, _ZERO)
    return (toward_zero, _ZERO) if end[1] == 0 else (0, 1 / Fraction(end[1]))


def _inverse(b: Span) -> Span:
    """The closed hull of ``{1 / y}`` for y in ``b`` (all values when ``b`` reaches 0 inside)."""
    low, high = _ends(b)
    if _sign(low) > 0 or (b.low == 0 and b.low_open):
        return _span(_reciprocal(high, 1), _reciprocal(low, 1))
    if _sign(high) < 0 or (b.high == 0 and b.high_open):
        return _span(_reciprocal(high, -1), _reciprocal(low, -1))
    return FREE


def quotient(a: Span, b: Span) -> Span:
    """The closed hull of ``{x / y}`` for x in ``a``, y in ``b``; all values if ``b`` holds 0."""
    return product(a, _inverse(b))


def meets(a: Span, b: Span) -> bool:
    """Whether the closures of two spans share a value."""
    a_low, a_high = _ends(a)
    b_low, b_high = _ends(b)
    return a_low <= b_high and b_low <= a_high
