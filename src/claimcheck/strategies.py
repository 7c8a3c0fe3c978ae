"""Public Hypothesis strategies for claimcheck values.

``figures()`` draws figures the way a newsroom writes them: it draws the parts
(a qualifier, one or two numbers with their stated precision, a unit), renders
the text, and reads it with :func:`claimcheck.figures.parse_figure`, so every
drawn figure's ``stated`` text reads back to the same figure.
"""

from __future__ import annotations

from collections.abc import Collection
from fractions import Fraction

import attrs
from hypothesis import strategies as st

from claimcheck.figures import Figure, parse_figure

__all__ = ["FigureText", "figure_texts", "figures"]

# How each unit may be written: (text before the number, text after it).
_WRITINGS: dict[str | None, tuple[tuple[str, str], ...]] = {
    None: (("", ""),),
    "percent": (("", "%"), ("", " percent")),
    "kilometer": (("", " km"), ("", " kilometres"), ("", " kilometers")),
    "square_mile": (("", " square miles"), ("", " sq mi")),
    "square_kilometer": (("", " square kilometres"), ("", " km²")),
    "kilogram": (("", " kg"),),
    "metric_ton": (("", " tonnes"),),
    "year": (("", " years"),),
    "day": (("", " days"),),
    "USD": (("$", ""), ("", " USD"), ("USD ", "")),
    "EUR": (("€", ""),),
}
#: The canonical units ``figures()`` draws from by default (None: a plain number).
UNITS: tuple[str | None, ...] = tuple(_WRITINGS)

_SCALES = (("", 1), (" thousand", 10**3), (" million", 10**6), (" billion", 10**9),
           ("m", 10**6), ("bn", 10**9))  # fmt: skip
_APPROXIMATE = ("around", "about", "roughly", "approximately", "some", "nearly", "almost",
                "close to", "just over", "just under")  # fmt: skip
_BOUNDS = ("at least", "no fewer than", "more than", "over", "up to", "at most",
           "no more than", "fewer than", "less than", "under")  # fmt: skip
_VAGUE = ("dozens", "hundreds", "thousands", "tens of thousands", "millions")


@attrs.frozen(kw_only=True)
class FigureText:
    """A drawn figure's text and the truth it was rendered from.

    ``values`` are the numbers as written (scale applied, before rounding or
    bands); ``unit`` the canonical unit; ``step`` the place of the last stated
    digit (scale applied); ``qualifier`` the spelling used (None if none).
    """

    text: str
    values: tuple[Fraction, ...]
    unit: str | None
    step: Fraction
    qualifier: str | None
    scaled: bool
    decimals: int


def _digits(whole: int, decimals: int, separators: bool) -> str:
    """``_digits(123456, 2, True)`` -> ``"1,234.56"``: ``whole`` counts hundredths."""
    integer, fraction = divmod(whole, 10**decimals)
    head = f"{integer:,}" if separators else str(integer)
    return f"{head}.{fraction:0{decimals}d}" if decimals else head


@st.composite
def _numbers(draw: st.DrawFn, *, count: int, scale: int, negative: bool) -> tuple[int, ...]:
    """``count`` non-decreasing stated numbers, in units of the last stated digit."""
    top = 10**4 if scale > 1 else 10**7
    first = draw(st.integers(min_value=0, max_value=top))
    rest = draw(st.lists(st.integers(min_value=0, max_value=top), min_size=count - 1,
                         max_size=count - 1))  # fmt: skip
    values = [first]
    for gap in rest:
        values.append(values[-1] + gap)
    if negative and count == 1:
        return (-values[0],)
    return tuple(values)


@st.composite
def figure_texts(
    draw: st.DrawFn,
    *,
    units: Collection[str | None] = UNITS,
    counts: bool | None = None,
) -> FigureText:
    """Figure texts as a newsroom writes them, each with the truth it was rendered from."""
    unit = draw(st.sampled_from(sorted(units, key=str)))
    if counts is True:
        unit = None
    decimals = 0 if counts is True else draw(st.integers(min_value=0, max_value=2))
    if counts is False and unit is None and decimals == 0:
        decimals = 1
    plain_measure = counts is False and unit is None  # decimals, no scale word: never counts
    unscaled = unit == "percent" or plain_measure
    suffix, scale = ("", 1) if unscaled else draw(st.sampled_from(_SCALES))
    shape = draw(st.sampled_from(("single", "range", "bound", "approximate")))
    negative = counts is not True and unit is None and draw(st.booleans())
    count = 2 if shape == "range" else 1
    wholes = draw(_numbers(count=count, scale=scale, negative=negative and shape == "single"))
    before, after = draw(st.sampled_from(_WRITINGS[unit]))
    separators = draw(st.booleans())
    written = [_digits(abs(w), decimals, separators) for w in wholes]
    signs = ["-" if w < 0 else "" for w in wholes]
    amounts = [f"{sign}{before}{text}{suffix}{after}" for sign, text in zip(signs, written,
                                                                             strict=True)]
    qualifier = _qualifier(draw, shape)
    body = " to ".join(amounts)
    text = f"{qualifier} {body}" if qualifier else body
    step = Fraction(scale, 10**decimals)
    return FigureText(text=text, values=tuple(w * step for w in wholes), unit=unit, step=step,
                      qualifier=qualifier, scaled=scale > 1, decimals=decimals)  # fmt: skip


def _qualifier(draw: st.DrawFn, shape: str) -> str | None:
    if shape == "bound":
        return draw(st.sampled_from(_BOUNDS))
    if shape == "approximate":
        return draw(st.sampled_from(_APPROXIMATE))
    return None


def figures(
    *,
    units: Collection[str | None] = UNITS,
    counts: bool | None = None,
) -> st.SearchStrategy[Figure]:
    """Figures read from drawn newsroom text (``parse_figure(f.stated) == f`` holds).

    ``units``: the canonical units to draw from (None stands for a plain
    number); ``counts``: True for counts only, False for no counts, None for any.
    Vague amounts ("hundreds", "dozens") are drawn when plain numbers are allowed.
    """
    drawn = figure_texts(units=units, counts=counts).map(lambda t: parse_figure(t.text))
    if None in units and counts is not False:
        vague = st.sampled_from(_VAGUE).map(parse_figure)
        return st.one_of(drawn, vague)
    return drawn


def _hypothesis_setup_hook() -> None:
    """Registered as a Hypothesis entry point: ``st.from_type(Figure)`` draws figures."""
    st.register_type_strategy(Figure, figures())
