"""Public Hypothesis strategies for claimcheck values.

Every strategy is constructive: it draws the parts and builds the value, so no
draw is thrown away. ``measures()``, ``sources()``, ``periods()``, ``claims()``
and ``stories()`` draw well-formed model values for round-trip and robustness
tests; ``consistent_stories()`` and ``perturbed_stories()`` draw a hidden truth
and derive claims from it (see ``claimcheck.scenarios``).

``figures()`` draws figures the way a newsroom writes them: it draws the parts
(a qualifier, one or two numbers with their stated precision, a unit), renders
the text, and reads it with :func:`claimcheck.figures.parse_figure`, so every
drawn figure's ``stated`` text reads back to the same figure.
"""

from __future__ import annotations

import datetime
import string
from collections.abc import Collection
from fractions import Fraction

import attrs
from hypothesis import strategies as st

from claimcheck.figures import Figure, parse_figure
from claimcheck.measure import Measure
from claimcheck.model import HEDGES, Claim, Source, Story
from claimcheck.period import Period
from claimcheck.relations import Cumulative, Difference, PartOf, Relation, Same, Share, Total
from claimcheck.scenarios import consistent_stories, drawn_stories, perturbed_stories

__all__ = [
    "FigureText",
    "claims",
    "consistent_stories",
    "drawn_stories",
    "figure_texts",
    "figures",
    "measures",
    "periods",
    "perturbed_stories",
    "sources",
    "stories",
]

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
    unit, decimals = draw(_unit_and_decimals(units=units, counts=counts))
    unscaled = unit == "percent" or (counts is False and unit is None)  # decimals never count
    suffix, scale = ("", 1) if unscaled else draw(st.sampled_from(_SCALES))
    shape = draw(st.sampled_from(("single", "range", "bound", "approximate")))
    negative = shape == "single" and counts is not True and unit is None and draw(st.booleans())
    wholes = draw(_numbers(count=2 if shape == "range" else 1, scale=scale, negative=negative))
    body = draw(_amounts_text(wholes, unit=unit, decimals=decimals, suffix=suffix))
    qualifier = _qualifier(draw, shape)
    step = Fraction(scale, 10**decimals)
    return FigureText(text=f"{qualifier} {body}" if qualifier else body,
                      values=tuple(w * step for w in wholes), unit=unit, step=step,
                      qualifier=qualifier, scaled=scale > 1, decimals=decimals)  # fmt: skip


@st.composite
def _unit_and_decimals(
    draw: st.DrawFn, *, units: Collection[str | None], counts: bool | None
) -> tuple[str | None, int]:
    """A unit (None for counts) and how many decimals are stated (at least one for a
    unitless figure that must not count)."""
    if counts is True:
        return None, 0
    unit = draw(st.sampled_from(sorted(units, key=str)))
    decimals = draw(st.integers(min_value=0, max_value=2))
    if counts is False and unit is None and decimals == 0:
        decimals = 1
    return unit, decimals


@st.composite
def _amounts_text(
    draw: st.DrawFn, wholes: tuple[int, ...], *, unit: str | None, decimals: int, suffix: str
) -> str:
    """The stated numbers written out in one drawn style (``"1,234.5 km to 2,000.0 km"``)."""
    before, after = draw(st.sampled_from(_WRITINGS[unit]))
    separators = draw(st.booleans())
    amounts = [
        f"{'-' if w < 0 else ''}{before}{_digits(abs(w), decimals, separators)}{suffix}{after}"
        for w in wholes
    ]
    return " to ".join(amounts)


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


# -- measures, sources, claims, stories ---------------------------------------

_WORDS = st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=8)
_FACET_KEYS = ("side", "group", "stage", "attack", "region", "kind", "weapon")
_FACET_VALUES = st.one_of(
    st.sampled_from(("Russia", "Ukraine", "soldiers", "civilians", "2025-05-23", "Sumy")),
    st.integers(min_value=1, max_value=9).map(str),
    _WORDS,
)
_SIDES = (None, "Russia", "Ukraine", "Belarus", "United States")
_KINDS = (None, "ministry", "air force", "president", "agency", "outlet")
_QUOTE_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=60
)


def measures() -> st.SearchStrategy[Measure]:
    """Measures with a name of one to three words and up to three facets."""
    names = st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)
    facets = st.dictionaries(st.sampled_from(_FACET_KEYS), _FACET_VALUES, max_size=3)
    return st.builds(Measure, names, facets)


def sources(*, via: bool = True) -> st.SearchStrategy[Source]:
    """Sources with a name, often a side and a kind, sometimes relayed ``via`` another."""
    names = st.lists(_WORDS.map(str.capitalize), min_size=1, max_size=3).map(" ".join)
    plain = st.builds(Source, names, side=st.sampled_from(_SIDES), kind=st.sampled_from(_KINDS))
    if not via:
        return plain
    return st.builds(
        Source,
        names,
        side=st.sampled_from(_SIDES),
        kind=st.sampled_from(_KINDS),
        via=st.none() | plain,
    )


_DATES = st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2030, 12, 31))


def periods() -> st.SearchStrategy[Period]:
    """Periods of up to a year, inclusive at both ends."""
    return st.builds(
        lambda start, days: Period(start=start, end=start + datetime.timedelta(days=days)),
        _DATES,
        st.integers(min_value=0, max_value=366),
    )


def claims(
    *,
    source: st.SearchStrategy[Source] | None = None,
    measure: st.SearchStrategy[Measure] | None = None,
) -> st.SearchStrategy[Claim]:
    """Claims with every optional part sometimes present."""
    return st.builds(
        Claim,
        source=source if source is not None else sources(),
        measure=measure if measure is not None else measures(),
        figure=figures(),
        said_on=st.none() | _DATES,
        when=st.none() | periods(),
        quote=st.none() | _QUOTE_TEXT,
        span=st.none() | st.tuples(st.integers(0, 500), st.integers(0, 500)).map(sorted).map(tuple),
        hedge=st.none() | st.sampled_from(sorted(HEDGES)),
    )


@st.composite
def stories(draw: st.DrawFn, *, max_claims: int = 8) -> Story:
    """Stories whose claims, sources and relations are all well formed.

    Sources and measures are drawn as pools first; claims pick from them, and
    relations tie distinct measures of the pool.
    """
    source_pool = draw(
        st.lists(sources(via=False), min_size=1, max_size=4, unique_by=lambda s: s.name)
    )
    measure_pool = draw(st.lists(measures(), min_size=3, max_size=6, unique=True))
    chosen = claims(source=st.sampled_from(source_pool), measure=st.sampled_from(measure_pool))
    drawn = draw(st.lists(chosen, max_size=max_claims))
    ids = draw(st.lists(st.booleans(), min_size=len(drawn), max_size=len(drawn)))
    named = [
        attrs.evolve(c, id=f"c{i}") if keep else c
        for i, (c, keep) in enumerate(zip(drawn, ids, strict=True))
    ]
    relations = draw(st.lists(_relation(measure_pool), max_size=4))
    return Story(
        title=draw(st.sampled_from(("", "Prisoner exchange", "Air attack overnight"))),
        dateline=draw(st.none() | _DATES),
        claims=named,
        relations=tuple(relations),
        events=draw(
            st.dictionaries(st.sampled_from(("invasion", "talks", "ceasefire")), _DATES, max_size=2)
        ),
    )


def _relation(pool: list[Measure]) -> st.SearchStrategy[Relation]:
    def pick(n: int) -> st.SearchStrategy[list[Measure]]:
        return st.permutations(pool).map(lambda ms: list(ms[:n]))

    return st.one_of(
        st.integers(2, len(pool)).flatmap(pick).map(lambda ms: Total(total=ms[0], parts=ms[1:])),
        pick(2).map(lambda ms: PartOf(part=ms[0], whole=ms[1])),
        st.integers(2, len(pool)).flatmap(pick).map(lambda ms: Same(measures=ms)),
        pick(3).map(lambda ms: Share(share=ms[0], part=ms[1], whole=ms[2])),
        pick(3).map(lambda ms: Difference(difference=ms[0], minuend=ms[1], subtrahend=ms[2])),
        pick(1).map(lambda ms: Cumulative(measure=ms[0])),
    )
