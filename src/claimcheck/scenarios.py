"""Hypothesis strategies for whole stories: consistent ones, and ones with one figure pushed.

Both are constructive. `consistent_stories` first draws the *truth* — the
values of measures tied by totals, parts, equalities and differences, counts
(whole numbers) or lengths in kilometres (one decimal) — and then, for each
measure, figures that contain its true value, written the way a newsroom
writes them: exact ("270"), bounded ("at least 162", "more than 150", "at
most 175", "under 200"), ranged ("300 to 400") or approximate ("around
1,000", read with the default ±10% band), from several sources. Forecasts
(hedged claims) with any figure may be added: they never make a story fail.
The truth satisfies every claim and relation, so ``check(story).ok`` holds.

`perturbed_stories` takes such a story, makes sure the value of one claim's
measure is pinned (adding an exact report of the true value by a "witness"
source when no other exact report pins it) and pushes that claim's figure
just past its tolerance, so that it excludes the true value. The story
without the pushed claim is still satisfied by the truth, so every conflict
the check finds must involve the pushed claim — and there is one, because
the witness pins the value. It draws ``(story, pushed_claim)``.

>>> from hypothesis import given
>>> from claimcheck.check import check
>>> @given(consistent_stories())
... def test_consistent(story):
...     assert check(story).ok
>>> test_consistent()
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import attrs
from hypothesis import strategies as st

from claimcheck.figures import DEFAULT_POLICY
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story
from claimcheck.relations import Difference, PartOf, Relation, Same, Total

__all__ = ["SOURCES", "Drawn", "consistent_stories", "drawn_stories", "perturbed_stories"]

#: The sources drawn stories quote.
SOURCES: tuple[Source, ...] = (
    Source("Defense Ministry", side="North", kind="ministry"),
    Source("Air Force", side="South", kind="air force"),
    Source("Wire Agency", kind="agency"),
    Source("Daily Outlet", kind="outlet"),
)
WITNESS = Source("Witness Desk", kind="outlet")

_SHAPES = ("exact", "at least", "more than", "at most", "under", "range", "around")
_MEASURED_SHAPES = ("exact", "at least", "at most", "range")


@attrs.frozen(kw_only=True)
class Kind:
    """What a family of measures holds: whole counts, or kilometres to one decimal."""

    unit: str | None
    step: Fraction

    @property
    def push(self) -> Fraction:
        """How far past the truth a pushed figure's stated value goes (past any rounding)."""
        return self.step if self.counts else 2 * self.step

    @property
    def counts(self) -> bool:
        """True for whole counts."""
        return self.unit is None

    def text(self, value: Fraction) -> str:
        """A value written as a figure."""
        if self.counts:
            return f"{int(value):,}" if value >= 1000 and int(value) % 2 else str(int(value))
        tenths = int(value * 10)
        return f"{tenths // 10}.{tenths % 10} km"


COUNT = Kind(unit=None, step=Fraction(1))
KM = Kind(unit="kilometer", step=Fraction(1, 10))


@attrs.frozen(kw_only=True)
class Drawn:
    """A drawn story, the true value of each measure, and how each claim was written."""

    story: Story
    truth: dict[Measure, Fraction]
    kind: dict[Measure, Kind]
    shapes: dict[str, str]


def _value(draw: st.DrawFn, kind: Kind, high: int = 2000) -> Fraction:
    return Fraction(draw(st.integers(0, high if kind.counts else high * 10))) * kind.step


def _measure(family: int, role: str) -> Measure:
    return Measure(f"family {family} {role}", {"family": str(family)})


def _family(
    draw: st.DrawFn, number: int, kind: Kind
) -> tuple[dict[Measure, Fraction], list[Relation]]:
    """The true values of one family of tied measures, and its relations."""
    shape = draw(st.sampled_from(("single", "total", "part-of", "same", "difference", "tree")))
    m = _measure
    if shape == "single":
        return {m(number, "value"): _value(draw, kind)}, []
    if shape in ("total", "tree"):
        parts = [_value(draw, kind, 700) for _ in range(draw(st.integers(2, 3)))]
        names = [m(number, f"part {i}") for i in range(len(parts))]
        truth = dict(zip(names, parts, strict=True))
        truth[m(number, "total")] = sum(parts, Fraction(0))
        relations: list[Relation] = [Total(total=m(number, "total"), parts=names)]
        if shape == "tree":
            extra = _value(draw, kind, 700)
            truth[m(number, "extra")] = extra
            truth[m(number, "grand total")] = truth[m(number, "total")] + extra
            relations.append(Total(total=m(number, "grand total"),
                                   parts=[m(number, "total"), m(number, "extra")]))  # fmt: skip
        return truth, relations
    whole = _value(draw, kind)
    part = Fraction(draw(st.integers(0, int(whole / kind.step)))) * kind.step
    if shape == "part-of":
        truth = {m(number, "part"): part, m(number, "whole"): whole}
        return truth, [PartOf(part=m(number, "part"), whole=m(number, "whole"))]
    if shape == "same":
        truth = {m(number, "left"): whole, m(number, "right"): whole}
        return truth, [Same(measures=[m(number, "left"), m(number, "right")])]
    truth = {m(number, "minuend"): whole, m(number, "subtrahend"): part,
             m(number, "difference"): whole - part}  # fmt: skip
    relation = Difference(difference=m(number, "difference"), minuend=m(number, "minuend"),
                          subtrahend=m(number, "subtrahend"))  # fmt: skip
    return truth, [relation]


def _around(value: Fraction) -> tuple[Fraction, Fraction]:
    """The least and greatest whole X whose "around X" band contains ``value``."""
    band = DEFAULT_POLICY.around
    low = -((-value / (1 + band.high)) // 1)
    high = (value / (1 + band.low)) // 1
    return Fraction(low), Fraction(high)


def _figure(draw: st.DrawFn, value: Fraction, kind: Kind) -> tuple[str, str]:
    """A figure containing ``value``, and its shape."""
    shape = draw(st.sampled_from(_SHAPES if kind.counts else _MEASURED_SHAPES))
    slack = Fraction(draw(st.integers(0, 50))) * kind.step
    if shape == "around" and value > 0:
        low, high = _around(value)
        return f"around {int(draw(st.integers(int(low), int(high)))):,}", shape
    if shape in ("at least", "more than"):
        below = max(value - slack - (kind.step if shape == "more than" else 0), Fraction(0))
        if shape == "more than" and below >= value:
            return kind.text(value), "exact"
        return f"{shape} {kind.text(below)}", shape
    if shape in ("at most", "under"):
        above = value + slack + (kind.step if shape == "under" else 0)
        return f"{shape} {kind.text(above)}", shape
    if shape == "range":
        low = max(value - slack, Fraction(0))
        high = value + Fraction(draw(st.integers(1, 50))) * kind.step
        return f"{kind.text(low).removesuffix(' km')} to {kind.text(high)}", shape
    return kind.text(value), "exact"


def _claims(
    draw: st.DrawFn, truth: dict[Measure, Fraction], kinds: dict[Measure, Kind]
) -> tuple[list[Claim], dict[str, str]]:
    claims: list[Claim] = []
    shapes: dict[str, str] = {}
    for measure, value in truth.items():
        for _ in range(draw(st.integers(0 if claims else 1, 2))):
            text, shape = _figure(draw, value, kinds[measure])
            claim_id = f"c{len(claims)}"
            source = draw(st.sampled_from(SOURCES))
            claims.append(Claim(source=source, measure=measure, figure=text, id=claim_id))
            shapes[claim_id] = shape
    return claims, shapes


def _forecasts(draw: st.DrawFn, kinds: dict[Measure, Kind], first: int) -> list[Claim]:
    found: list[Claim] = []
    for measure in draw(st.lists(st.sampled_from(sorted(kinds, key=str)), max_size=2)):
        text = kinds[measure].text(_value(draw, kinds[measure]))
        found.append(Claim(source=draw(st.sampled_from(SOURCES)), measure=measure, figure=text,
                           hedge="expected", id=f"c{first + len(found)}"))  # fmt: skip
    return found


@st.composite
def drawn_stories(draw: st.DrawFn, *, max_families: int = 3, forecasts: bool = True) -> Drawn:
    """A consistent story with its truth and the shape of each claim (see the module docstring)."""
    truth: dict[Measure, Fraction] = {}
    kinds: dict[Measure, Kind] = {}
    relations: list[Relation] = []
    for number in range(draw(st.integers(1, max_families))):
        kind = draw(st.sampled_from((COUNT, KM)))
        values, tied = _family(draw, number, kind)
        truth.update(values)
        kinds.update(dict.fromkeys(values, kind))
        relations.extend(tied)
    claims, shapes = _claims(draw, truth, kinds)
    if forecasts and draw(st.booleans()):
        claims.extend(_forecasts(draw, kinds, len(claims)))
    story = Story(claims=claims, relations=relations, title="drawn story")
    return Drawn(story=story, truth=truth, kind=kinds, shapes=shapes)


def consistent_stories(
    *, max_families: int = 3, forecasts: bool = True
) -> st.SearchStrategy[Story]:
    """Stories whose claims can all hold: ``check(story).ok`` is True."""
    return drawn_stories(max_families=max_families, forecasts=forecasts).map(lambda d: d.story)


def _pushed(shape: str, value: Fraction, kind: Kind, up: bool) -> str:
    """A figure of ``shape`` just past its tolerance: it no longer contains ``value``."""
    step = kind.push
    if shape == "around":
        band = DEFAULT_POLICY.around
        return f"around {int(value / (1 + band.low) // 1) + 1:,}"
    if shape in ("at least", "more than") or (up and shape in ("exact", "range")):
        if shape == "range":
            return f"{kind.text(value + step).removesuffix(' km')} to {kind.text(value + 2 * step)}"
        return f"{shape} {kind.text(value + step)}" if shape != "exact" else kind.text(value + step)
    if value < step:  # nothing below zero to push to: push a bound the other way
        return f"at least {kind.text(value + step)}"
    if shape == "range":
        return f"0 to {kind.text(value - step)}"
    return f"{shape} {kind.text(value - step)}" if shape != "exact" else kind.text(value - step)


def _pinned(story: Story, claim: Claim, shapes: dict[str, str]) -> bool:
    return any(
        c.measure == claim.measure and c.id != claim.id and shapes.get(c.id) == "exact"
        for c in story.claims
    )


@st.composite
def _perturbed(draw: st.DrawFn, max_families: int) -> tuple[Story, Claim]:
    drawn = draw(drawn_stories(max_families=max_families, forecasts=False))
    story = drawn.story
    target = draw(st.sampled_from(story.claims))
    value, kind = drawn.truth[target.measure], drawn.kind[target.measure]
    text = _pushed(drawn.shapes[target.id], value, kind, draw(st.booleans()))
    pushed = attrs.evolve(target, figure=text)
    claims = [pushed if c.id == target.id else c for c in story.claims]
    if not _pinned(story, target, drawn.shapes):
        claims.append(Claim(source=WITNESS, measure=target.measure, figure=kind.text(value),
                            id="witness"))  # fmt: skip
    return attrs.evolve(story, claims=claims, sources=_sources(claims)), pushed


def _sources(claims: Sequence[Claim]) -> dict[str, Source]:
    return {f"s{i}": s for i, s in enumerate(dict.fromkeys(c.source for c in claims))}


def perturbed_stories(*, max_families: int = 3) -> st.SearchStrategy[tuple[Story, Claim]]:
    """``(story, claim)``: a consistent story with ``claim`` pushed just past its tolerance."""
    return _perturbed(max_families)

