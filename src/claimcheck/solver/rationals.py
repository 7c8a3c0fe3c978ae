"""Exact numbers for the solver: rationals kept as ``int`` when whole, and delta-rationals.

Inside the solver a rational is an ``int`` whenever it is whole and a
``Fraction`` otherwise: the tableaux of counting problems stay in machine
integers, which Python adds and multiplies far faster than ``Fraction``.
A *delta-rational* ``(c, k)`` stands for ``c + k·δ`` with ``δ`` a positive
infinitesimal; strict bounds become ordinary ones (``x < 5`` is ``x <= 5 - δ``),
and Python's tuple order is exactly the order of delta-rationals.
"""

from __future__ import annotations

from fractions import Fraction
from math import ceil, floor

__all__ = ["MAX_BITS", "Delta", "Num", "ceil_delta", "exact_div", "floor_delta", "shrink"]

Num = int | Fraction
Delta = tuple[Num, Num]

MAX_BITS = 4096
"""Numerators and denominators given to the solver may have at most this many bits."""


def shrink(value: Num) -> Num:
    """``value`` as an ``int`` when it is whole, else unchanged."""
    if type(value) is Fraction and value.denominator == 1:
        return value.numerator
    return value


def exact_div(a: Num, b: Num) -> Num:
    """``a / b`` exactly (never a float); ``b`` must not be zero."""
    if type(a) is int and type(b) is int:
        quotient, remainder = divmod(a, b)
        return quotient if remainder == 0 else Fraction(a, b)
    return shrink(Fraction(a) / b)


def floor_delta(value: Delta) -> int:
    """The greatest integer not above ``c + k·δ``."""
    c, k = value
    whole = floor(c)
    return whole - 1 if whole == c and k < 0 else whole


def ceil_delta(value: Delta) -> int:
    """The least integer not below ``c + k·δ``."""
    c, k = value
    whole = ceil(c)
    return whole + 1 if whole == c and k > 0 else whole
