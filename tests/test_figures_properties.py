"""Laws every figure obeys, checked on figures drawn as newsroom text.

Drawn figures read back from their stated text; the interval agrees with an
independent account of stated precision (computed here from the drawn digits,
not by the parser); converting a figure's unit never changes what it contains;
``contains`` agrees with the interval's ends; the nominal interval lies inside
the figure; ``canonical`` is idempotent.  Any text at all, hostile text
included, reads or raises a ``FigureError`` at once; ``contains`` on any text
answers or raises a ``ClaimcheckError``.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import units
from claimcheck.errors import ClaimcheckError, FigureError
from claimcheck.figures import Figure, parse_figure, parse_uncached
from claimcheck.strategies import FigureText, figure_texts, figures
from hostile_inputs import IDS, TEXTS

_STRICT = {"more than", "over", "fewer than", "less than", "under"}
_LOWER = {"at least", "no fewer than", "more than", "over"}


@given(figures())
def test_stated_text_reads_back_to_the_same_figure(figure: Figure) -> None:
    assert parse_uncached(figure.stated) == figure


def _exact(drawn: FigureText) -> bool:
    """The stated-precision rule, from the drawn parts: counts and plain money are exact."""
    if drawn.scaled or drawn.decimals:
        return False
    return drawn.unit is None or units.is_currency(drawn.unit)


@given(figure_texts())
def test_interval_agrees_with_stated_precision(drawn: FigureText) -> None:
    figure = parse_uncached(drawn.text)
    half = F(0) if _exact(drawn) else drawn.step / 2
    low, high = drawn.values[0] - half, drawn.values[-1] + half
    if drawn.qualifier is None:
        assert (figure.low, figure.high) == (low, high)
        assert (figure.nominal_low, figure.nominal_high) == (drawn.values[0], drawn.values[-1])
    elif drawn.qualifier in _LOWER:
        assert (figure.low, figure.high) == (low, None)
        assert figure.low_open is (drawn.qualifier in _STRICT)
    elif drawn.qualifier in {"up to", "at most", "no more than", "fewer than", "less than",
                             "under"}:  # fmt: skip
        assert (figure.low, figure.high) == (None, high)
        assert figure.high_open is (drawn.qualifier in _STRICT)
    else:
        assert figure.low is not None
        assert figure.high is not None
        assert figure.low <= low
        assert figure.high >= high
    assert figure.unit == drawn.unit


@given(figure_texts())
def test_a_figure_allows_what_was_stated_unless_the_bound_is_strict(drawn: FigureText) -> None:
    figure = parse_uncached(drawn.text)
    strict = drawn.qualifier in _STRICT or drawn.qualifier in {"just over", "just under"}
    for value in drawn.values:
        assert figure.contains(value) or (strict and _exact(drawn))


def _probes(figure: Figure) -> list[F]:
    """Points at, just inside and just outside each end, and between them."""
    ends = [e for e in (figure.low, figure.high) if e is not None]
    probes = [F(0), F(1)]
    for end in ends:
        tiny = (abs(end) + 1) / 10**9
        probes += [end, end - tiny, end + tiny]
    if len(ends) == 2:
        probes.append((ends[0] + ends[1]) / 2)
    return probes


_CONVERTIBLE = {
    "kilometer": ("mile", "meter", "foot", "nautical_mile"),
    "square_mile": ("square_kilometer", "acre", "hectare"),
    "square_kilometer": ("square_mile", "hectare"),
    "kilogram": ("pound", "metric_ton"),
    "metric_ton": ("kilogram", "ton"),
    "year": ("day", "month", "second"),
    "day": ("hour", "week"),
    "percent": ("dimensionless",),
}


@pytest.mark.slow
@given(figures(units=tuple(_CONVERTIBLE)), st.data())
def test_converting_never_changes_what_a_figure_contains(
    figure: Figure, data: st.DataObject
) -> None:
    assert figure.unit is not None
    target = data.draw(st.sampled_from(_CONVERTIBLE[figure.unit]))
    converted = figure.to(target)
    scale = units.factor(figure.unit, converted.unit)
    for probe in _probes(figure):
        assert converted.contains(probe * scale) is figure.contains(probe)
    assert converted.to(figure.unit).low == figure.low
    assert converted.to(figure.unit).high == figure.high


@given(figures())
def test_contains_agrees_with_the_ends(figure: Figure) -> None:
    if figure.low is not None:
        assert figure.contains(figure.low) is not figure.low_open
        assert not figure.contains(figure.low - (abs(figure.low) + 1) / 10**9)
    if figure.high is not None:
        assert figure.contains(figure.high) is not figure.high_open
        assert not figure.contains(figure.high + (abs(figure.high) + 1) / 10**9)
    if figure.low is not None and figure.high is not None and figure.low < figure.high:
        assert figure.contains((figure.low + figure.high) / 2)


@given(figures())
def test_the_nominal_interval_lies_inside_the_figure(figure: Figure) -> None:
    nominal = figure.nominal()
    if nominal.low is not None:
        assert figure.low is None or figure.low <= nominal.low
    if nominal.high is not None:
        assert figure.high is None or nominal.high <= figure.high
    assert (figure.low is None) == (nominal.low is None)
    assert (figure.high is None) == (nominal.high is None)


@given(figures())
def test_canonical_is_idempotent_and_in_the_base_unit(figure: Figure) -> None:
    canonical = figure.canonical()
    assert canonical.canonical() == canonical
    assert canonical.unit == units.base_unit(figure.unit)


@given(figures(counts=True))
def test_counts_are_unitless(figure: Figure) -> None:
    assert figure.counts
    assert figure.unit is None


@given(figures(counts=False))
def test_non_counts_are_drawn_when_asked(figure: Figure) -> None:
    assert not figure.counts


_FIGURE_ALPHABET = st.sampled_from(
    [*"0123456789,.-–+%$€£ ", "at least ", "around ", "million", "bn", "m", " to ",
    "between ", " and ", "-for-", " of ", "km", " square miles", "-year-old", "one", "hundred",
    "dozens", "half", "e", "²", "١", "−", " or more", "k", "USD "]
)  # fmt: skip


@pytest.mark.slow
@given(st.lists(_FIGURE_ALPHABET, max_size=12).map("".join))
def test_any_text_reads_or_raises_a_figure_error(text: str) -> None:
    try:
        figure = parse_uncached(text)
    except FigureError:
        return
    assert parse_uncached(figure.stated) == figure


@pytest.mark.slow
@given(st.text(max_size=60))
def test_arbitrary_unicode_reads_or_raises_a_figure_error(text: str) -> None:
    try:
        parse_uncached(text)
    except FigureError:
        return


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_hostile_text_is_refused_with_a_figure_error(text: str) -> None:
    with pytest.raises(FigureError):
        parse_figure(text)


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_contains_refuses_hostile_quantities_with_a_claimcheck_error(text: str) -> None:
    with pytest.raises(ClaimcheckError):
        parse_figure("5 km").contains(text)


@given(st.text())
def test_contains_answers_or_raises_a_claimcheck_error_on_any_text(text: str) -> None:
    figure = parse_figure("1,000-kilometer")
    try:
        inside = figure.contains(text)
    except ClaimcheckError:
        return
    assert inside == figure.contains(text.strip())
