"""Measures: one canonical spelling, whatever the facet order, case or spacing.

A measure is read from ``name[key=value, ...]``; text that is not of that form
raises ``MeasureError`` quoting what was given; any text at all reads or
raises ``MeasureError``, and hostile text is refused at once.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError, MeasureError
from claimcheck.measure import Measure
from claimcheck.strategies import measures
from hostile_inputs import IDS, TEXTS


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("drones launched", "drones launched"),
        ("  Drones   Launched ", "drones launched"),
        ("drones neutralized[attack=2025-05-23]", "drones neutralized[attack=2025-05-23]"),
        (
            "prisoners returned[stage=1, group=civilians, Side=Russia]",
            "prisoners returned[group=civilians, side=Russia, stage=1]",
        ),
        ("x[ k = v ]", "x[k=v]"),
        ("area[region=Kursk Oblast]", "area[region=Kursk Oblast]"),
    ],
)
def test_canonical_spelling(text: str, canonical: str) -> None:
    assert str(Measure.parse(text)) == canonical


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a[x=1, y=2]", "a[y=2, x=1]"),
        ("A[X=1]", "a[x=1]"),
        ("a[side=Russia]", "a[side=russia]"),
        ("drones  launched", "drones launched"),
    ],
)
def test_equal_spellings_are_one_measure(a: str, b: str) -> None:
    assert Measure.parse(a) == Measure.parse(b)
    assert hash(Measure.parse(a)) == hash(Measure.parse(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [("a[x=1]", "a[x=2]"), ("a", "a[x=1]"), ("a[x=1]", "b[x=1]")],
)
def test_different_measures_differ(a: str, b: str) -> None:
    assert Measure.parse(a) != Measure.parse(b)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "a[",
        "a[x]",
        "a[x=]",
        "a[=1]",
        "a[x=1, x=2]",
        "a]b",
        "a[x=1]tail",
        "x" * 600,
        "a[b[c]=1]",
    ],
)
def test_unreadable_text_is_refused(text: str) -> None:
    with pytest.raises(MeasureError) as caught:
        Measure.parse(text)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, ClaimcheckError)


def test_non_text_is_refused() -> None:
    with pytest.raises(MeasureError, match="expected a measure as text"):
        Measure.parse(42)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "facets", "message"),
    [
        (42, {}, r"got 42 \(int\): expected text"),
        ("drones", 5, "facets are 5: expected a mapping or"),
        ("drones", "side=Russia", "facets are 'side=Russia': expected a mapping or"),
        ("drones", [("side", "Russia", "x")], "expected a \\(key, value\\) pair"),
    ],
)
def test_the_constructor_refuses_what_is_not_a_name_and_facets(
    name: object, facets: object, message: str
) -> None:
    with pytest.raises(MeasureError, match=message):
        Measure(name, facets)  # type: ignore[arg-type]


def test_facet_lookup_and_update() -> None:
    m = Measure.parse("prisoners returned[side=Russia]")
    assert m.facet("SIDE") == "Russia"
    assert m.facet("stage") is None
    assert str(m.with_facets(stage="1")) == "prisoners returned[side=Russia, stage=1]"


@given(measures(), st.randoms())
def test_facet_order_never_changes_a_measure(measure: Measure, random: object) -> None:
    facets = list(measure.facets)
    random.shuffle(facets)  # type: ignore[attr-defined]
    inside = ", ".join(f"{k.upper()}={v}" for k, v in facets)
    text = f"{measure.name.upper()}[{inside}]" if facets else measure.name.upper()
    assert Measure.parse(text) == measure


@given(measures())
def test_str_round_trips(measure: Measure) -> None:
    assert Measure.parse(str(measure)) == measure
    assert str(Measure.parse(str(measure))) == str(measure)


@given(st.text())
def test_any_text_reads_or_raises_a_measure_error(text: str) -> None:
    try:
        measure = Measure.parse(text)
    except MeasureError:
        return
    assert Measure.parse(str(measure)) == measure


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_hostile_text_is_refused_with_a_measure_error(text: str) -> None:
    with pytest.raises(MeasureError):
        Measure.parse(text)
