"""Canonical values: a figure's interval in its dimension's base unit, and unit agreement.

Every variable of the engine is in the base unit of its dimension (metres,
seconds, a plain number for counts and ratios — ``86%`` becomes ``43/50``), so
figures stated in miles and kilometres compare exactly. Conversion factors
come from `claimcheck.units` (exact, cached); a figure costs one multiplication.

Claims on measures that must be comparable (one measure, or measures tied by
totals, parts and shares) must be in one dimension. The dimension held by most
of them wins (the earliest in story order on a tie); every claim in another
dimension is a unit mismatch and stays out of the arithmetic.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from fractions import Fraction

from claimcheck import units
from claimcheck.engine.spans import Span, exact
from claimcheck.figures import Figure
from claimcheck.model import Claim

__all__ = ["base_factor", "dimension_of", "full_span", "nominal_span", "split_by_dimension"]

RATIO = "dimensionless"


@functools.lru_cache(maxsize=1024)
def base_factor(unit: str | None) -> Fraction:
    """The exact factor from ``unit`` to its dimension's base unit (1 for a plain number)."""
    if unit is None:
        return Fraction(1)
    return units.factor(unit, units.base_unit(unit))


@functools.lru_cache(maxsize=1024)
def dimension_of(unit: str | None) -> str:
    """The dimension of a unit (``"dimensionless"`` for plain numbers and percentages)."""
    return RATIO if unit is None else units.dimension(unit)


def full_span(figure: Figure) -> Span:
    """The figure's interval (rounding and bands included), in the base unit."""
    return _span(figure, base_factor(figure.unit))


def _span(figure: Figure, factor: Fraction) -> Span:
    low, high = figure.low, figure.high
    if factor != 1:
        low = None if low is None else low * factor
        high = None if high is None else high * factor
    return Span(
        None if low is None else exact(low), None if high is None else exact(high),
        figure.low_open or low is None, figure.high_open or high is None,
    )  # fmt: skip


def nominal_span(figure: Figure) -> Span:
    """The figure's interval as literally stated (no rounding, no band), in the base unit."""
    if figure.nominal_low == figure.low and figure.nominal_high == figure.high:
        return full_span(figure)
    return _span(figure.nominal(), base_factor(figure.unit))


def split_by_dimension(
    claims: Sequence[Claim], required: str | None = None
) -> tuple[list[Claim], list[tuple[Claim | None, Claim]]]:
    """Claims in the prevailing (or ``required``) dimension, and each odd one with a witness.

    Returns ``(kept, mismatches)``; a mismatch pairs a claim in the prevailing
    dimension (None when ``required`` was given and no claim has it) with the
    claim that is not in it.
    """
    if required is None and all(c.figure.unit is None for c in claims):
        return list(claims), []
    dims = [dimension_of(c.figure.unit) for c in claims]
    main = required or max(dict.fromkeys(dims), key=dims.count)
    kept = [c for c, d in zip(claims, dims, strict=True) if d == main]
    witness = kept[0] if kept else None
    odd = [(witness, c) for c, d in zip(claims, dims, strict=True) if d != main]
    return kept, odd
