"""Units resolve through one private, lazily built pint registry into exact answers.

Spellings and symbols map to one canonical pint name; conversion factors are
exact Fractions (pint reads its definitions as rationals); each currency is its
own dimension with no exchange rate; offset units are refused; no pint
exception escapes; and importing claimcheck's figure code does not import pint.
"""

from __future__ import annotations

import subprocess
import sys
from fractions import Fraction as F
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import units
from claimcheck.errors import UnitError

SRC = Path(__file__).resolve().parent.parent / "src"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("km", "kilometer"),
        ("kilometres", "kilometer"),
        ("kilometers", "kilometer"),
        ("miles", "mile"),
        ("square kilometres", "square_kilometer"),
        ("sq km", "square_kilometer"),
        ("km²", "square_kilometer"),
        ("km2", "square_kilometer"),
        ("kilometer ** 2", "square_kilometer"),
        ("square miles", "square_mile"),
        ("sq mi", "square_mile"),
        ("mi²", "square_mile"),
        ("square_mile", "square_mile"),
        ("hectares", "hectare"),
        ("kg", "kilogram"),
        ("tonnes", "metric_ton"),
        ("years", "year"),
        ("decades", "decade"),
        ("%", "percent"),
        ("percent", "percent"),
        ("$", "USD"),
        ("dollars", "USD"),
        ("USD", "USD"),
        ("€", "EUR"),
        ("euros", "EUR"),
        ("£", "GBP"),
        ("roubles", "RUB"),
        ("hryvnias", "UAH"),
        ("km/h", "kilometer / hour"),
        ("kilometers per hour", "kilometer / hour"),
        ("kilometres an hour", "kilometer / hour"),
        ("nautical miles", "nautical_mile"),
        ("nautical-mile", "nautical_mile"),
        ("sq. km", "square_kilometer"),
        ("square-mile", "square_mile"),
        ("cubic metres", "cubic_meter"),
        ("dimensionless", "dimensionless"),
    ],
)
def test_canonical_unit(text: str, canonical: str) -> None:
    assert units.canonical_unit(text) == canonical
    assert units.canonical_unit(canonical) == canonical


@pytest.mark.parametrize(
    ("source", "target", "factor"),
    [
        ("mile", "kilometer", F(1609344, 10**6)),
        ("square_mile", "square_kilometer", F(1609344, 10**6) ** 2),
        ("inch", "centimeter", F(254, 100)),
        ("pound", "kilogram", F(45359237, 10**8)),
        ("year", "day", F(36525, 100)),
        ("decade", "year", F(10)),
        ("hectare", "square_kilometer", F(1, 100)),
        ("percent", None, F(1, 100)),
        (None, "percent", F(100)),
        ("metric_ton", "kilogram", F(1000)),
        ("USD", "USD", F(1)),
    ],
)
def test_factors_are_exact(source: str | None, target: str | None, factor: F) -> None:
    assert units.factor(source, target) == factor
    assert isinstance(units.factor(source, target), F)


@pytest.mark.parametrize(
    ("unit", "base", "dimension"),
    [
        ("kilometer", "meter", "[length]"),
        ("square_mile", "square_meter", "[length] ** 2"),
        ("year", "second", "[time]"),
        ("percent", None, "dimensionless"),
        (None, None, "dimensionless"),
        ("USD", "USD", "[currency_USD]"),
        ("kilometer / hour", "meter / second", "[length] / [time]"),
    ],
)
def test_base_unit_and_dimension(unit: str | None, base: str | None, dimension: str) -> None:
    assert units.base_unit(unit) == base
    assert units.dimension(unit) == dimension


def test_currencies_are_separate_dimensions() -> None:
    assert not units.same_dimension("USD", "EUR")
    assert units.is_currency("GBP")
    assert not units.is_currency("kilometer")
    assert not units.is_currency(None)
    with pytest.raises(UnitError, match="currency_USD"):
        units.factor("USD", "EUR")


def test_same_dimension() -> None:
    assert units.same_dimension("mile", "kilometer")
    assert units.same_dimension("percent", None)
    assert not units.same_dimension("mile", "square_mile")


@pytest.mark.parametrize(
    "text",
    ["degC", "degF", "celsius", "decibel", "foo", "", "2 meter", "meter**99999", "x" * 200,
     "meter ** 2 ** 2", "__import__('os')", "1/0", "meter)", "[length]"],
)  # fmt: skip
def test_unknown_offset_and_hostile_units_raise_unit_error(text: str) -> None:
    with pytest.raises(UnitError) as raised:
        units.canonical_unit(text)
    assert raised.value.message


def test_overlong_unit_text_is_refused_saying_the_limit() -> None:
    with pytest.raises(UnitError, match=r"unit text of 100 characters .*: expected at most 64"):
        units.canonical_unit("k" * 100)


def test_offset_units_are_refused_with_a_reason() -> None:
    with pytest.raises(UnitError, match="offset"):
        units.canonical_unit("degC")


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("997.8 km", F(9978, 10), "kilometer"),
        ("1,000", F(1000), None),
        ("1,234,567.25 m", F(123456725, 100), "meter"),
        ("-0.5 miles", F(-1, 2), "mile"),
        ("$5", F(5), "USD"),
        ("US$ 12.5", F(25, 2), "USD"),
        ("86%", F(86), "percent"),
        ("3 dimensionless", F(3), None),
    ],
)
def test_parse_quantity(text: str, amount: F, unit: str | None) -> None:
    assert units.parse_quantity(text) == (amount, unit)


@pytest.mark.parametrize(
    "text",
    ["km", "", "five km", "$5 km", "5 parsecs of", "1,5 km", "1,00", "10,00,000", "1.2.3 km",
     "1" * 61, "1e5 km"],
)  # fmt: skip
def test_parse_quantity_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(UnitError):
        units.parse_quantity(text)


_KNOWN = ["mile", "kilometer", "meter", "foot", "inch", "yard", "nautical_mile", "centimeter"]


@given(st.sampled_from(_KNOWN), st.sampled_from(_KNOWN))
def test_factors_invert(a: str, b: str) -> None:
    assert units.factor(a, b) * units.factor(b, a) == 1


@given(st.sampled_from(_KNOWN), st.sampled_from(_KNOWN), st.sampled_from(_KNOWN))
def test_factors_compose(a: str, b: str, c: str) -> None:
    assert units.factor(a, b) * units.factor(b, c) == units.factor(a, c)


@given(st.text(max_size=40))
def test_no_pint_exception_escapes(text: str) -> None:
    try:
        result = units.canonical_unit(text)
    except UnitError:
        return
    assert units.canonical_unit(result) == result


def test_importing_figures_does_not_import_pint() -> None:
    code = (
        "import sys, claimcheck.figures, claimcheck.grammar.numbers, claimcheck.units;"
        "assert 'pint' not in sys.modules, 'pint imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(SRC)})


def test_pint_is_private() -> None:
    import pint

    units.canonical_unit("km")
    registry = units._registry()
    assert registry is not pint.get_application_registry()
    assert "USD" not in pint.get_application_registry()


# World currencies by name, code and symbol: each its own dimension.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("zlotys", "PLN"),
        ("PLN", "PLN"),
        ("korunas", "CZK"),
        ("Czech crowns", "CZK"),
        ("forints", "HUF"),
        ("rupees", "INR"),
        ("rupiah", "IDR"),
        ("renminbi", "CNY"),
        ("yuan", "CNY"),
        ("yen", "JPY"),
        ("won", "KRW"),
        ("Turkish lira", "TRY"),
        ("rand", "ZAR"),
        ("reais", "BRL"),
        ("Mexican pesos", "MXN"),
        ("Swiss francs", "CHF"),
        ("Swedish kronor", "SEK"),
        ("Norwegian kroner", "NOK"),
        ("dirhams", "AED"),
        ("riyals", "SAR"),
        ("shekels", "ILS"),
        ("naira", "NGN"),
        ("C$", "CAD"),
        ("HK$", "HKD"),
        ("₩", "KRW"),
        ("₺", "TRY"),
    ],
)
def test_world_currencies_have_a_code_of_their_own(text: str, code: str) -> None:
    assert units.canonical_unit(text) == code
    assert units.dimension(code) == f"[currency_{code}]"
    assert units.is_currency(code)


@pytest.mark.parametrize("name", ["pesos", "dinars", "kroner", "francs"])
def test_a_name_several_countries_share_compares_only_with_itself(name: str) -> None:
    unit = units.canonical_unit(name)
    assert units.is_currency(unit)
    assert all(not units.same_dimension(unit, code) for code in units.CURRENCIES)


@pytest.mark.parametrize(
    ("minor", "major"),
    [("cents", "USD"), ("euro cents", "EUR"), ("pence", "GBP"), ("kopecks", "RUB"),
     ("groszy", "PLN"), ("paise", "INR")],
)  # fmt: skip
def test_a_minor_unit_is_a_hundredth_of_its_currency(minor: str, major: str) -> None:
    unit = units.canonical_unit(minor)
    assert units.base_unit(unit) == major
    assert units.factor(unit, major) == F(1, 100)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("percentage points", "percentage_point"),
        ("percentage-point", "percentage_point"),
        ("pp", "percentage_point"),
        ("basis points", "basis_point"),
        ("bps", "basis_point"),
        ("points", "point"),
    ],
)
def test_points_are_not_lengths(text: str, canonical: str) -> None:
    unit = units.canonical_unit(text)
    assert unit == canonical
    assert units.dimension(unit) != "[length]"


def test_percentage_points_are_neither_percent_nor_index_points() -> None:
    assert units.factor("basis_point", "percentage_point") == F(1, 100)
    assert not units.same_dimension("percentage_point", "percent")
    assert not units.same_dimension("percentage_point", "point")


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [("C$5", F(5), "CAD"), ("NZ$12", F(12), "NZD"), ("₪40", F(40), "ILS"),
     ("300 zlotys", F(300), "PLN")],
)  # fmt: skip
def test_parse_quantity_reads_world_money(text: str, amount: F, unit: str) -> None:
    assert units.parse_quantity(text) == (amount, unit)
