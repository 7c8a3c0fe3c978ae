"""Shared by the solver tests: the constant that makes a row hold at a chosen point."""

from __future__ import annotations

from fractions import Fraction


def rhs_holding(op: str, value: Fraction, slack: int) -> Fraction:
    """A right-hand side that ``value`` (the row's left side at the point) satisfies under ``op``.

    ``slack`` leaves room on inequalities; strict ones get one more, so the
    point never sits on a strict bound.
    """
    return {
        "<=": value + slack,
        "<": value + slack + 1,
        "==": value,
        ">=": value - slack,
        ">": value - slack - 1,
    }[op]
