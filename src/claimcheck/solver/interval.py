"""The interval a variable is forced into: exact ends, each open or closed, or unbounded."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs

from claimcheck.errors import ModelError

__all__ = ["Interval"]


def _to_end(value: object) -> Fraction | None:
    if value is None or type(value) is Fraction:
        return value
    if type(value) is int:
        return Fraction(value)
    raise ModelError(f"an interval end must be an int, a Fraction or None, not {value!r}")


def _check(instance: Interval, attribute: attrs.Attribute[Any], value: object) -> None:
    """One validator for the whole interval (it runs once every field is set)."""
    low, high, low_open, high_open = instance.low, instance.high, instance.low_open, value
    if type(low_open) is not bool or type(high_open) is not bool:
        raise ModelError(f"open ends are given as bools, not {low_open!r} and {high_open!r}")
    if (low is None and not low_open) or (high is None and not high_open):
        raise ModelError(f"an unbounded end is open, but {instance!r} marks one closed")
    if (
        low is not None
        and high is not None
        and (low > high or (low == high and (low_open or high_open)))
    ):
        raise ModelError(f"the interval {instance} is empty: expected low <= high, closed if equal")


@attrs.frozen(kw_only=True)
class Interval:
    """Exact interval with ``None`` for an unbounded end (which is then open).

    >>> Interval(low=Fraction(25), high=Fraction(25))
    Interval(low=Fraction(25, 1), high=Fraction(25, 1), low_open=False, high_open=False)
    >>> str(Interval(low=Fraction(3), low_open=True))
    '(3, inf)'
    """

    low: Fraction | None = attrs.field(default=None, converter=_to_end)
    high: Fraction | None = attrs.field(default=None, converter=_to_end)
    low_open: bool = attrs.field(
        default=attrs.Factory(lambda self: self.low is None, takes_self=True)
    )
    high_open: bool = attrs.field(
        default=attrs.Factory(lambda self: self.high is None, takes_self=True), validator=_check
    )

    @property
    def is_point(self) -> bool:
        """Whether the interval holds exactly one value."""
        return self.low is not None and self.low == self.high

    def contains(self, value: int | Fraction) -> bool:
        """Whether ``value`` lies in the interval."""
        if self.low is not None and (value < self.low or (self.low_open and value == self.low)):
            return False
        return not (
            self.high is not None and (value > self.high or (self.high_open and value == self.high))
        )

    def __str__(self) -> str:
        low = "-inf" if self.low is None else str(self.low)
        high = "inf" if self.high is None else str(self.high)
        return f"{'(' if self.low_open else '['}{low}, {high}{')' if self.high_open else ']'}"
