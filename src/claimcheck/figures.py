"""Figures: a stated value as an interval of exact rationals, and how text becomes one.

A :class:`Figure` is what a source's number *allows*: ``"1.2 million"`` allows
anything from 1,150,000 to 1,250,000; ``"at least 162"`` anything from 162 up.
:func:`parse_figure` reads the text with the grammar in
:mod:`claimcheck.grammar.numbers` and turns the syntax into an interval under a
:class:`FigurePolicy`:

* stated precision -- a count (a unitless whole number, money without a scale
  word) is exact; a measurement in a continuous unit, a percentage, a decimal
  and anything with a scale word is rounded at its last stated digit, both
  ends closed (``"86%"`` is [85.5, 86.5] percent);
* bound qualifiers (``at least``, ``more than``, ``up to``, ``fewer than``)
  leave one side unbounded;
* approximate qualifiers (``around``, ``nearly``, ``just over`` ...) widen by
  a band relative to the stated value; vague words (``dozens``, ``hundreds``)
  have their own ranges -- all of them from the policy, documented in
  ``docs/figures.md``.

Arithmetic is :class:`fractions.Fraction` throughout; a float is refused.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any, NamedTuple

import attrs

from claimcheck import units
from claimcheck.errors import FigureError, UnitError
from claimcheck.figure_text import describe
from claimcheck.grammar import numbers
from claimcheck.grammar.numbers import Amount, Found, Reading

__all__ = [
    "DEFAULT_POLICY",
    "Band",
    "Figure",
    "FigurePolicy",
    "figures_in",
    "parse_figure",
]

_BOUNDS = ("at least", "more than", "at most", "fewer than")
_APPROXIMATE = ("around", "close to", "nearly", "just over", "just under")
QUALIFIER_NAMES = frozenset((*_BOUNDS, *_APPROXIMATE, "exactly"))


def _fraction(value: object) -> Fraction:
    """An exact Fraction from an int or Fraction (a float or bool is refused)."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    raise FigureError(f"got {value!r} ({type(value).__name__}): expected an int or a Fraction")


def _optional_fraction(value: object) -> Fraction | None:
    if value is None or type(value) is Fraction:  # the commonest: no call to _fraction
        return value
    return _fraction(value)


# --- the policy ---------------------------------------------------------------


@attrs.frozen(kw_only=True, cache_hash=True)
class Band:
    """An approximate band, as offsets relative to the stated value's size.

    A stated value x allows ``[x + |x|*low, x + |x|*high]`` (each end open when
    flagged): ``Band(low=Fraction(-1, 10), high=Fraction(1, 10))`` is ±10%.
    Offsets lie strictly between -1 and 1, so a band never flips a sign.
    """

    low: Fraction = attrs.field(converter=_fraction)
    high: Fraction = attrs.field(converter=_fraction)
    low_open: bool = False
    high_open: bool = False

    def __attrs_post_init__(self) -> None:
        if not -1 < self.low <= self.high < 1:
            raise FigureError(
                f"band offsets {self.low} and {self.high}: expected -1 < low <= high < 1"
            )


def _band(value: object) -> Band:
    """A Band from a Band, a half-width (``Fraction(1, 10)`` is ±10%) or multipliers."""
    if isinstance(value, Band):
        return value
    if isinstance(value, tuple) and len(value) == 2:
        low, high = (_fraction(v) for v in value)
        return Band(low=low - 1, high=high - 1)
    width = _fraction(value)
    return Band(low=-width, high=width)


def _span(value: object) -> tuple[Fraction, Fraction]:
    if not (isinstance(value, tuple) and len(value) == 2):
        raise FigureError(f"got {value!r}: expected a (low, high) pair")
    low, high = (_fraction(v) for v in value)
    if not 0 < low < high:
        raise FigureError(f"got ({low}, {high}): expected 0 < low < high")
    return low, high


def _rounding(value: object) -> Fraction:
    share = _fraction(value)
    if not 0 <= share < 1:
        raise FigureError(f"rounding {share}: expected a share of a step in [0, 1)")
    return share


@attrs.frozen(kw_only=True, cache_hash=True)
class FigurePolicy:
    """How approximate words and stated precision widen a figure (all overridable).

    ``rounding``: the share of the last stated digit's place allowed each side
    of a rounded value (1/2: ``"86%"`` is [85.5, 86.5]; 0 turns rounding off).
    ``around``, ``close_to``, ``nearly``, ``just_over``, ``just_under``: the
    bands of those qualifiers (a :class:`Band`, a half-width such as
    ``Fraction(1, 10)``, or a pair of multipliers such as ``(Fraction(9, 10), 1)``).
    ``dozens``: the range [low, high) that ``"dozens"`` allows.  ``plural``: the
    multipliers [low, high) of the base that ``"hundreds"``, ``"thousands"``,
    ``"tens of thousands"``... allow (``"hundreds"`` is [200, 1000)).
    """

    rounding: Fraction = attrs.field(default=Fraction(1, 2), converter=_rounding)
    around: Band = attrs.field(default=_band(Fraction(1, 10)), converter=_band)
    close_to: Band = attrs.field(default=_band(Fraction(1, 10)), converter=_band)
    nearly: Band = attrs.field(default=_band((Fraction(9, 10), Fraction(1))), converter=_band)
    just_over: Band = attrs.field(
        default=Band(low=Fraction(0), high=Fraction(1, 10), low_open=True), converter=_band
    )
    just_under: Band = attrs.field(
        default=Band(low=Fraction(-1, 10), high=Fraction(0), high_open=True), converter=_band
    )
    dozens: tuple[Fraction, Fraction] = attrs.field(
        default=(Fraction(24), Fraction(100)), converter=_span
    )
    plural: tuple[Fraction, Fraction] = attrs.field(
        default=(Fraction(2), Fraction(10)), converter=_span
    )

    def band(self, qualifier: str) -> Band:
        """The band of an approximate qualifier (its normalised name)."""
        band: Band = getattr(self, qualifier.replace(" ", "_"))
        return band


#: The policy ``parse_figure`` uses unless given another.
DEFAULT_POLICY = FigurePolicy()


# --- the figure ---------------------------------------------------------------


def _check_bounds(figure: Figure) -> None:
    _check_interval(figure.low, figure.high, figure.low_open, figure.high_open, "")
    if figure.nominal_low is not figure.low or figure.nominal_high is not figure.high:
        _check_interval(figure.nominal_low, figure.nominal_high, False, False, "nominal ")
    if (figure.low is None and figure.low_open) or (figure.high is None and figure.high_open):
        raise FigureError(f"an unbounded end cannot be open: {figure!r}")


def _check_interval(
    low: Fraction | None, high: Fraction | None, low_open: bool, high_open: bool, what: str
) -> None:
    if low is None or high is None:
        return
    # low - high, by integer cross-multiplication (Fraction comparisons are slow)
    order = low.numerator * high.denominator - high.numerator * low.denominator
    if order > 0:
        raise FigureError(f"{what}low {low} is above {what}high {high}: expected low <= high")
    if order == 0 and (low_open or high_open):
        raise FigureError(f"{what}interval at {low} with an open end is empty")


def _check_unit(_: object, __: object, unit: str | None) -> None:
    if unit is None:
        return
    if not isinstance(unit, str) or units.canonical_unit(unit) != unit or unit == "dimensionless":
        canonical = units.canonical_unit(unit) if isinstance(unit, str) else None
        raise FigureError(f"unit {unit!r} is not canonical: expected {canonical!r} "
                          "(or None for a plain number)")  # fmt: skip


def _check_qualifier(_: object, __: object, qualifier: str | None) -> None:
    if qualifier is not None and qualifier not in QUALIFIER_NAMES:
        raise FigureError(
            f"qualifier {qualifier!r}: expected None or one of {sorted(QUALIFIER_NAMES)}"
        )


@attrs.frozen(kw_only=True)
class Figure:
    """A value as stated: an interval of exact rationals, a unit, and the text it came from.

    ``low``/``high`` are None when unbounded; ``low_open``/``high_open`` say
    whether an end is excluded.  ``nominal_low``/``nominal_high`` are the
    interval as literally stated, before rounding and approximate bands
    (``"around 1,000"`` is 900..1100, nominally 1000..1000).  ``counts`` is
    True for a unitless figure of whole things (``"270"``, ``"1.2 million"``).
    """

    low: Fraction | None = attrs.field(converter=_optional_fraction)
    high: Fraction | None = attrs.field(converter=_optional_fraction)
    low_open: bool = False
    high_open: bool = False
    unit: str | None = attrs.field(default=None, validator=_check_unit)
    counts: bool = False
    stated: str = ""
    nominal_low: Fraction | None = attrs.field(
        default=attrs.Factory(lambda self: self.low, takes_self=True),
        converter=_optional_fraction,
    )
    nominal_high: Fraction | None = attrs.field(
        default=attrs.Factory(lambda self: self.high, takes_self=True),
        converter=_optional_fraction,
    )
    qualifier: str | None = attrs.field(default=None, validator=_check_qualifier)

    def __attrs_post_init__(self) -> None:
        _check_bounds(self)
        if self.counts and self.unit is not None:
            raise FigureError(f"a figure in {self.unit!r} cannot count whole things: "
                              "counts is only for unitless figures")  # fmt: skip

    @property
    def is_point(self) -> bool:
        """Whether the figure allows exactly one value."""
        return self.low is not None and self.low == self.high

    def contains(self, value: int | Fraction | str) -> bool:
        """Whether the figure allows ``value``: a number in its own unit, or a quantity text.

        A bare number, given as a number or as text, is read in the figure's
        own unit: ``parse_figure("86%").contains(86)`` and ``.contains("86")``
        are True.  ``contains("997.8 km")`` converts the quantity to the
        figure's unit (``UnitError`` if it cannot).
        """
        return self._holds(self._amount(value))

    def _amount(self, value: int | Fraction | str) -> Fraction:
        if not isinstance(value, str):
            return _fraction(value)
        amount, unit = units.parse_quantity(value)
        if unit is None or unit == self.unit:
            return amount
        scale: Fraction = units.factor(unit, self.unit)
        return amount * scale

    def _holds(self, x: Fraction) -> bool:
        above = self.low is None or (x > self.low if self.low_open else x >= self.low)
        below = self.high is None or (x < self.high if self.high_open else x <= self.high)
        return above and below

    def to(self, unit: str | None) -> Figure:
        """The same figure in another unit of its dimension (exact; ``UnitError`` if none)."""
        if unit is not None and not isinstance(unit, str):
            raise UnitError(f"unit is {unit!r}: expected a unit's text, such as 'km', or None")
        target = None if unit is None else units.canonical_unit(unit)
        target = None if target == "dimensionless" else target
        if target == self.unit:
            return self
        scale = units.factor(self.unit, target)
        return attrs.evolve(
            self, low=_times(self.low, scale), high=_times(self.high, scale), unit=target,
            nominal_low=_times(self.nominal_low, scale),
            nominal_high=_times(self.nominal_high, scale),
            counts=self.counts and target is None, stated="",
        )  # fmt: skip

    def canonical(self) -> Figure:
        """The figure in the base unit of its dimension (a percentage as a plain fraction)."""
        return self.to(units.base_unit(self.unit)) if self.unit is not None else self

    def nominal(self) -> Figure:
        """The interval as literally stated: no rounding, no approximate band."""
        point = self.nominal_low is not None and self.nominal_low == self.nominal_high
        return attrs.evolve(
            self, low=self.nominal_low, high=self.nominal_high, stated="",
            low_open=self.low_open and not point and self.nominal_low is not None,
            high_open=self.high_open and not point and self.nominal_high is not None,
        )  # fmt: skip

    def __str__(self) -> str:
        return describe(self)


def _times(value: Fraction | None, scale: Fraction) -> Fraction | None:
    return None if value is None else value * scale


# --- from syntax to interval ------------------------------------------------------


class _Span(NamedTuple):
    """An interval under construction: ends, openness, and the nominal ends."""

    low: Fraction | None
    high: Fraction | None
    nominal_low: Fraction | None
    nominal_high: Fraction | None
    low_open: bool = False
    high_open: bool = False


def _unit_of(amount: Amount, stated: str) -> str | None:
    if amount.unit is None:
        return None
    try:
        unit = units.canonical_unit(amount.unit)
    except UnitError as error:
        raise FigureError(f"cannot read {stated!r}: {error.message}") from None
    return None if unit == "dimensionless" else unit


def _is_exact(amount: Amount, unit: str | None) -> bool:
    """A count, a number word or fraction, or money without a scale word: no rounding.

    Money in a minor unit is rounded like the same amount in its currency:
    "71 cents" is "$0.71", which has decimals.
    """
    if amount.fraction:
        return True
    if amount.scaled:
        return False
    if unit is None:
        return not amount.decimals
    return units.is_currency(unit) and not amount.decimals and not units.is_minor_currency(unit)


_WHOLE = Fraction(1)


def _stated(amount: Amount, unit: str | None, policy: FigurePolicy, exact: bool) -> _Span:
    """The interval one amount allows by its stated precision."""
    v = amount.value
    if amount.age:
        if units.dimension(unit) != "[time]":
            raise FigureError(f"'-old' needs a time unit, not {unit!r}")
        return _Span(low=v, high=v + amount.step, nominal_low=v, nominal_high=v, high_open=True)
    if exact or _is_exact(amount, unit) or not policy.rounding:
        return _Span(low=v, high=v, nominal_low=v, nominal_high=v)
    low, high = _either_side(v, amount.step, policy.rounding)
    return _Span(low=low, high=high, nominal_low=v, nominal_high=v)


def _either_side(
    value: Fraction, half: Fraction, share: Fraction = _WHOLE
) -> tuple[Fraction, Fraction]:
    """``value - half * share`` and ``value + half * share``, exact, over one denominator.

    (Two Fractions built from integers cost a third of the Fraction operations.)
    """
    half_over = half.denominator * share.denominator  # half * share, not reduced
    denominator = value.denominator * half_over
    centre = value.numerator * half_over
    width = half.numerator * share.numerator * value.denominator
    return Fraction(centre - width, denominator), Fraction(centre + width, denominator)


def _qualified(span: _Span, qualifier: str | None, policy: FigurePolicy) -> _Span:
    """The interval after a qualifier acts on the stated interval."""
    if qualifier is None or qualifier == "exactly":
        return span
    if qualifier in _BOUNDS:
        return _bounded(span, qualifier)
    return _banded(span, policy.band(qualifier))


def _bounded(span: _Span, qualifier: str) -> _Span:
    if qualifier in ("at least", "more than"):
        return _Span(low=span.low, high=None, nominal_low=span.nominal_low, nominal_high=None,
                     low_open=qualifier == "more than", high_open=False)  # fmt: skip
    return _Span(low=None, high=span.high, nominal_low=None, nominal_high=span.nominal_high,
                 high_open=qualifier == "fewer than", low_open=False)  # fmt: skip


def _banded(span: _Span, band: Band) -> _Span:
    assert span.low is not None
    assert span.high is not None
    low, high = _widened(span.low, band.low), _widened(span.high, band.high)
    return _Span(
        low=low, high=high, nominal_low=span.nominal_low, nominal_high=span.nominal_high,
        low_open=band.low_open and band.low == 0 and low != high,
        high_open=band.high_open and band.high == 0 and low != high,
    )  # fmt: skip


def _widened(value: Fraction, offset: Fraction) -> Fraction:
    """``value + |value| * offset``, exact, as one Fraction built from integers."""
    over = value.denominator * offset.denominator
    return Fraction(value.numerator * offset.denominator + abs(value.numerator) * offset.numerator,
                    over)  # fmt: skip


def _merge(first: _Span, second: _Span) -> _Span:
    low, high = first.nominal_low, second.nominal_low
    if low is not None and high is not None and low > high:
        raise FigureError(f"a range from {low} down to {high}: expected the lower end first")
    return _Span(low=first.low, high=second.high, low_open=first.low_open,
                 high_open=second.high_open, nominal_low=first.nominal_low,
                 nominal_high=second.nominal_high)  # fmt: skip


def _counts(amounts: tuple[Amount, ...], unit: str | None) -> bool:
    """Unitless whole numbers stated without a sign or decimals (scale words allowed)."""
    return unit is None and all(
        not a.fraction and not a.signed and a.value >= 0 and a.value.denominator == 1
        and (a.scaled or not a.decimals)
        for a in amounts
    )  # fmt: skip


def _from_amounts(reading: Reading, stated: str, policy: FigurePolicy) -> Figure:
    first, second = reading.first, reading.second
    assert first is not None
    amounts = (first,) if second is None else (first, second)
    unit = _unit_of(first, stated)
    if second is not None and _unit_of(second, stated) != unit:
        raise FigureError(f"cannot read {stated!r}: its ends are in different units")
    exact = reading.qualifier == "exactly"
    span = _stated(first, unit, policy, exact)
    if second is not None:
        span = _merge(span, _stated(second, unit, policy, exact))
        if reading.qualifier in _BOUNDS:
            raise FigureError(f"cannot read {stated!r}: a bound qualifier on a range")
    span = _qualified(span, reading.qualifier, policy)
    figure = _figure(span, unit=unit, counts=_counts(amounts, unit), stated=stated,
                     qualifier=reading.qualifier)  # fmt: skip
    return _in_major_currency(figure)


def _in_major_currency(figure: Figure) -> Figure:
    """Money in a minor unit stated in its currency: ``"71 cents"`` is $0.71."""
    if not units.is_minor_currency(figure.unit):
        return figure
    return attrs.evolve(figure.to(units.base_unit(figure.unit)), stated=figure.stated)


def _figure(span: _Span, **fields: Any) -> Figure:
    return Figure(low=span.low, high=span.high, low_open=span.low_open,
                  high_open=span.high_open, nominal_low=span.nominal_low,
                  nominal_high=span.nominal_high, **fields)  # fmt: skip


def _from_vague(reading: Reading, stated: str, policy: FigurePolicy) -> Figure:
    assert reading.vague is not None
    if reading.qualifier is not None:
        raise FigureError(f"cannot read {stated!r}: a qualifier on a vague amount")
    if reading.vague.word == "dozens":  # "several dozen" scales 12 like "hundreds" 100
        low, high = policy.dozens
    else:
        low, high = (m * reading.vague.base for m in policy.plural)
    return Figure(low=low, high=high, high_open=True, counts=True, stated=stated)


def _from_pair(reading: Reading, stated: str, policy: FigurePolicy) -> Figure:
    """``"1,000-for-1,000"``: the figure each side states (both sides must agree)."""
    assert reading.first is not None
    assert reading.second is not None
    if reading.kind == "of":
        raise FigureError(f"{stated!r} states two figures (a part of a whole); "
                          "give the part and the whole as separate figures")  # fmt: skip
    if (reading.first.value, reading.first.unit) != (reading.second.value, reading.second.unit):
        raise FigureError(f"{stated!r} gives the two sides different figures; "
                          "give each side as its own figure")  # fmt: skip
    single = attrs.evolve(reading, kind="single", second=None)
    return _from_amounts(single, stated, policy)


_BUILDERS: dict[str, Callable[[Reading, str, FigurePolicy], Figure]] = {
    "single": _from_amounts,
    "range": _from_amounts,
    "vague": _from_vague,
    "for": _from_pair,
    "of": _from_pair,
}


def figure_of(reading: Reading, *, stated: str, policy: FigurePolicy = DEFAULT_POLICY) -> Figure:
    """The Figure a grammar Reading means under ``policy`` (``stated`` is its text)."""
    first = reading.first
    if reading.kind == "single" and reading.qualifier is None and _whole_count(first):
        assert first is not None  # the commonest figure, "270": exact whatever the policy
        return Figure(low=first.value, high=first.value, counts=True, stated=stated)
    return _BUILDERS[reading.kind](reading, stated, policy)


def _whole_count(amount: Amount | None) -> bool:
    """A whole number of things as stated: no unit, sign, decimals, scale word or fraction."""
    return (
        amount is not None and amount.unit is None and amount.value.denominator == 1
        and amount.value >= 0
        and not (amount.decimals or amount.scaled or amount.fraction or amount.signed)
    )  # fmt: skip


_PLAIN_COUNT = re.compile(r"[0-9]{1,3}(?:,[0-9]{3}){1,19}|[0-9]{1,60}")


@functools.lru_cache(maxsize=65536)
def _parse_cached(text: str, policy: FigurePolicy) -> Figure:
    return parse_uncached(text, policy=policy)


def parse_uncached(text: str, *, policy: FigurePolicy = DEFAULT_POLICY) -> Figure:
    """:func:`parse_figure` without its cache (for benchmarks and property tests)."""
    if not isinstance(text, str):
        raise FigureError(f"got {text!r} ({type(text).__name__}): expected figure text")
    _check_policy(policy)
    stated = text.strip()
    if _PLAIN_COUNT.fullmatch(stated):  # the most common figure: "270", "1,000"
        value = Fraction(int(stated.replace(",", "")))
        return Figure(low=value, high=value, counts=True, stated=stated)
    return figure_of(numbers.parse(stated), stated=stated, policy=policy)


def parse_figure(text: str, *, policy: FigurePolicy = DEFAULT_POLICY) -> Figure:
    """Read figure text: ``"around 1,000"``, ``"86%"``, ``"107 sq mi"``, ``"300 to 400"``...

    Raises :class:`~claimcheck.errors.FigureError` quoting what it could not read.
    """
    if not isinstance(text, str):
        raise FigureError(f"got {text!r} ({type(text).__name__}): expected figure text")
    if policy is not DEFAULT_POLICY:
        _check_policy(policy)
    return _parse_cached(text, policy)


def _check_policy(policy: object) -> None:
    if not isinstance(policy, FigurePolicy):
        raise FigureError(f"policy is {policy!r}: expected a FigurePolicy")


def figures_in(
    text: str, *, policy: FigurePolicy = DEFAULT_POLICY
) -> list[tuple[Found, tuple[Figure, ...]]]:
    """Every figure in running text: each found span with its figure(s).

    A single value, range or vague amount gives one figure; ``"1,000-for-1,000"``
    gives each side's and ``"150 of 175"`` the part's and the whole's.  Spans
    whose unit or numbers do not read are skipped.
    """
    if not isinstance(text, str):
        raise FigureError(f"got {text!r} ({type(text).__name__}): expected running text")
    _check_policy(policy)
    results = []
    for found in numbers.find_figures(text):
        try:
            results.append((found, _figures_of(found, text, policy)))
        except (FigureError, UnitError):
            continue
    return results


def _figures_of(found: Found, text: str, policy: FigurePolicy) -> tuple[Figure, ...]:
    if found.reading.kind in ("for", "of"):
        lead = text[found.start : found.parts[0][0]]
        sides = [text[start:end] for start, end in found.parts]
        if found.reading.kind == "of":
            part, whole = sides
            return parse_figure(lead + part, policy=policy), parse_figure(whole, policy=policy)
        return tuple(parse_figure(lead + side, policy=policy) for side in sides)
    return (figure_of(found.reading, stated=found.text.strip(), policy=policy),)
