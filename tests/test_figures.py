"""parse_figure reads newsroom figures into exact intervals under one overridable policy.

The tables below are the specification: stated precision (a count is exact; a
measurement, a percentage, a decimal and a scale word are rounded at the last
stated digit, both ends closed), bound and approximate qualifiers with their
policy bands, vague amounts, ranges, "N-for-N", ages, money and units; then the
Figure value itself (validation, ``contains``, ``to``, ``canonical``,
``nominal``, ``str``) and the errors that quote what could not be read.
The interval arithmetic done on integers (a rounded value's two ends, a
band's widened end) equals the same Fraction arithmetic written out (a law).
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError, FigureError, UnitError
from claimcheck.figures import (
    DEFAULT_POLICY,
    Band,
    Figure,
    FigurePolicy,
    _either_side,
    _widened,
    figures_in,
    parse_figure,
)

M = 10**6
INF = None

# text -> (low, high, low_open, high_open, unit, counts)
READINGS = [
    # counts are exact
    ("270", 270, 270, False, False, None, True),
    ("1,000", 1000, 1000, False, False, None, True),
    ("1000", 1000, 1000, False, False, None, True),
    ("0", 0, 0, False, False, None, True),
    # scale words round at the last stated digit
    ("1.2 million", F(115, 100) * M, F(125, 100) * M, False, False, None, True),
    ("1.2m", F(115, 100) * M, F(125, 100) * M, False, False, None, True),
    ("2.5 billion", F(245, 100) * 10**9, F(255, 100) * 10**9, False, False, None, True),
    ("3bn", F(25, 10) * 10**9, F(35, 10) * 10**9, False, False, None, True),
    ("12 thousand", 11500, 12500, False, False, None, True),
    ("5k", 4500, 5500, False, False, None, True),
    ("1.5 million", 1450000, 1550000, False, False, None, True),
    ("1.2e6", 1150000, 1250000, False, False, None, False),
    # number words
    ("one", 1, 1, False, False, None, True),
    ("twelve", 12, 12, False, False, None, True),
    ("twenty-one", 21, 21, False, False, None, True),
    ("three hundred and forty", 340, 340, False, False, None, True),
    ("two thousand five hundred", 2500, 2500, False, False, None, True),
    ("one thousand and five", 1005, 1005, False, False, None, True),
    ("a dozen", 12, 12, False, False, None, True),
    ("two dozen", 24, 24, False, False, None, True),
    ("a hundred", 100, 100, False, False, None, True),
    ("twelve thousand", 11500, 12500, False, False, None, True),
    ("half a million", 500000, 500000, False, False, None, True),
    ("half", F(1, 2), F(1, 2), False, False, None, False),
    ("a third", F(1, 3), F(1, 3), False, False, None, False),
    ("two-thirds", F(2, 3), F(2, 3), False, False, None, False),
    ("three quarters", F(3, 4), F(3, 4), False, False, None, False),
    # vague amounts
    ("dozens", 24, 100, False, True, None, True),
    ("hundreds", 200, 1000, False, True, None, True),
    ("thousands", 2000, 10000, False, True, None, True),
    ("tens of thousands", 20000, 100000, False, True, None, True),
    ("several hundred", 200, 1000, False, True, None, True),
    ("a few thousand", 2000, 10000, False, True, None, True),
    ("several dozen", 24, 120, False, True, None, True),
    # South Asian scales
    ("3 lakh", 250000, 350000, False, False, None, True),
    ("2 crore", 15 * 10**6, 25 * 10**6, False, False, None, True),
    ("1.5 lakh crore", F(145, 100) * 10**12, F(155, 100) * 10**12, False, False, None, True),
    # decimals and signs
    ("2.5", F(245, 100), F(255, 100), False, False, None, False),
    ("-3.5", F(-355, 100), F(-345, 100), False, False, None, False),
    ("-3", -3, -3, False, False, None, False),
    ("+12", 12, 12, False, False, None, False),
    # bound qualifiers
    ("at least 162", 162, INF, False, False, None, True),
    ("no fewer than 162", 162, INF, False, False, None, True),
    ("no less than 162", 162, INF, False, False, None, True),
    ("more than 1,000", 1000, INF, True, False, None, True),
    ("over 1,000", 1000, INF, True, False, None, True),
    ("up to 1,000", INF, 1000, False, False, None, True),
    ("as many as 300", INF, 300, False, False, None, True),
    ("at most 1,000", INF, 1000, False, False, None, True),
    ("no more than 1,000", INF, 1000, False, False, None, True),
    ("fewer than 1,000", INF, 1000, False, True, None, True),
    ("less than 1,000", INF, 1000, False, True, None, True),
    ("under 1,000", INF, 1000, False, True, None, True),
    ("1,000 or more", 1000, INF, False, False, None, True),
    ("1,000+", 1000, INF, False, False, None, True),
    ("more than 1.2 million", 1150000, INF, True, False, None, True),
    ("under 1.2 million", INF, 1250000, False, True, None, True),
    # approximate qualifiers (default policy)
    ("around 1,000", 900, 1100, False, False, None, True),
    ("about 1,000", 900, 1100, False, False, None, True),
    ("roughly 1,000", 900, 1100, False, False, None, True),
    ("approximately 1,000", 900, 1100, False, False, None, True),
    ("some 1,000", 900, 1100, False, False, None, True),
    ("1,000 or so", 900, 1100, False, False, None, True),
    ("close to 1,000", 900, 1100, False, False, None, True),
    ("nearly 1,000", 900, 1000, False, False, None, True),
    ("almost 1,000", 900, 1000, False, False, None, True),
    ("just over 1,000", 1000, 1100, True, False, None, True),
    ("just under 1,000", 900, 1000, False, True, None, True),
    ("around 1.2 million", F(1035000), F(1375000), False, False, None, True),
    ("exactly 107 square miles", 107, 107, False, False, "square_mile", False),
    # ranges
    ("300 to 400", 300, 400, False, False, None, True),
    ("between 300 and 400", 300, 400, False, False, None, True),
    ("from 300 to 400", 300, 400, False, False, None, True),
    ("300-400", 300, 400, False, False, None, True),
    ("300–400", 300, 400, False, False, None, True),
    ("1.2 to 1.5 million", 1150000, 1550000, False, False, None, True),
    ("around 300 to 400", 270, 440, False, False, None, True),
    ("3 to 4 km", F(25, 10), F(45, 10), False, False, "kilometer", False),
    ("10-20%", F(95, 10), F(205, 10), False, False, "percent", False),
    # N-for-N: each side
    ("1,000-for-1,000", 1000, 1000, False, False, None, True),
    ("1000-for-1000", 1000, 1000, False, False, None, True),
    ("1,000 for 1,000", 1000, 1000, False, False, None, True),
    # percentages
    ("86%", F(855, 10), F(865, 10), False, False, "percent", False),
    ("86 percent", F(855, 10), F(865, 10), False, False, "percent", False),
    ("86 per cent", F(855, 10), F(865, 10), False, False, "percent", False),
    ("12.5%", F(1245, 100), F(1255, 100), False, False, "percent", False),
    # units: continuous measurements are rounded
    ("107 square miles", F(1065, 10), F(1075, 10), False, False, "square_mile", False),
    ("107 sq mi", F(1065, 10), F(1075, 10), False, False, "square_mile", False),
    ("278 square kilometres", F(2775, 10), F(2785, 10), False, False, "square_kilometer", False),
    ("278 km²", F(2775, 10), F(2785, 10), False, False, "square_kilometer", False),
    ("997.8 km", F(99775, 100), F(99785, 100), False, False, "kilometer", False),
    ("1,000-kilometer", F(9995, 10), F(10005, 10), False, False, "kilometer", False),
    ("5 tonnes", F(45, 10), F(55, 10), False, False, "metric_ton", False),
    ("40 kg", F(395, 10), F(405, 10), False, False, "kilogram", False),
    ("10 days", F(95, 10), F(105, 10), False, False, "day", False),
    ("2 decades", F(15, 10), F(25, 10), False, False, "decade", False),
    ("60 mph", F(595, 10), F(605, 10), False, False, "mile_per_hour", False),
    ("60 miles per hour", F(595, 10), F(605, 10), False, False, "mile / hour", False),
    ("90 kilometres an hour", F(895, 10), F(905, 10), False, False, "kilometer / hour", False),
    ("12 nautical miles", F(115, 10), F(125, 10), False, False, "nautical_mile", False),
    ("5 sq. km", F(45, 10), F(55, 10), False, False, "square_kilometer", False),
    ("5 square-mile", F(45, 10), F(55, 10), False, False, "square_mile", False),
    # ages: a 3-year-old has lived at least 3 and under 4 years
    ("3-year-old", 3, 4, False, True, "year", False),
    ("3 years old", 3, 4, False, True, "year", False),
    ("three-year-old", 3, 4, False, True, "year", False),
    # money: exact without a scale word, rounded with one; one dimension per currency
    ("$270", 270, 270, False, False, "USD", False),
    ("$1.5 billion", F(145, 100) * 10**9, F(155, 100) * 10**9, False, False, "USD", False),
    ("US$1.5bn", F(145, 100) * 10**9, F(155, 100) * 10**9, False, False, "USD", False),
    ("€5m", 4500000, 5500000, False, False, "EUR", False),
    ("£3 billion", F(25, 10) * 10**9, F(35, 10) * 10**9, False, False, "GBP", False),
    ("USD 5 million", 4500000, 5500000, False, False, "USD", False),
    ("5 million dollars", 4500000, 5500000, False, False, "USD", False),
    ("500 USD", 500, 500, False, False, "USD", False),
    ("$3-4 billion", F(25, 10) * 10**9, F(45, 10) * 10**9, False, False, "USD", False),
]


@pytest.mark.parametrize(("text", "low", "high", "low_open", "high_open", "unit", "counts"),
                         READINGS)  # fmt: skip
def test_reading(
    text: str,
    low: int | F | None,
    high: int | F | None,
    low_open: bool,
    high_open: bool,
    unit: str | None,
    counts: bool,
) -> None:
    figure = parse_figure(text)
    assert (figure.low, figure.high) == (low, high)
    assert (figure.low_open, figure.high_open) == (low_open, high_open)
    assert figure.unit == unit
    assert figure.counts is counts
    assert figure.stated == text


# text -> (nominal_low, nominal_high, qualifier)
NOMINALS = [
    ("86%", 86, 86, None),
    ("around 1,000", 1000, 1000, "around"),
    ("about 1,000", 1000, 1000, "around"),
    ("at least 162", 162, None, "at least"),
    ("over 1,000", 1000, None, "more than"),
    ("up to 5 km", None, 5, "at most"),
    ("under 1,000", None, 1000, "fewer than"),
    ("300 to 400", 300, 400, None),
    ("1.2 million", 1200000, 1200000, None),
    ("nearly 1,000", 1000, 1000, "nearly"),
    ("just under 1,000", 1000, 1000, "just under"),
    ("3-year-old", 3, 3, None),
    ("hundreds", 200, 1000, None),
]


@pytest.mark.parametrize(("text", "low", "high", "qualifier"), NOMINALS)
def test_nominal_is_the_interval_as_stated(
    text: str, low: int | None, high: int | None, qualifier: str | None
) -> None:
    figure = parse_figure(text)
    assert (figure.nominal_low, figure.nominal_high) == (low, high)
    assert figure.qualifier == qualifier
    nominal = figure.nominal()
    assert (nominal.low, nominal.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "low_open", "high_open"),
    [("more than 1,000", True, False), ("under 1,000", False, True), ("just over 1,000", False,
     False), ("3-year-old", False, False), ("hundreds", False, True)],
)  # fmt: skip
def test_nominal_keeps_strict_bounds_but_not_band_ends(
    text: str, low_open: bool, high_open: bool
) -> None:
    nominal = parse_figure(text).nominal()
    assert (nominal.low_open, nominal.high_open) == (low_open, high_open)


def test_surrounding_space_is_not_part_of_the_statement() -> None:
    figure = parse_figure("  around 1,000 ")
    assert figure == parse_figure("around 1,000")
    assert figure.stated == "around 1,000"


@pytest.mark.parametrize("text", ["AT LEAST 162", "At Least 162", "Around 1,000", "Nearly 1,000"])
def test_qualifiers_ignore_case(text: str) -> None:
    assert parse_figure(text).qualifier is not None


# --- the policy ---------------------------------------------------------------


def test_policy_overrides_the_around_band() -> None:
    policy = FigurePolicy(around=F(1, 20))
    figure = parse_figure("around 1,000", policy=policy)
    assert (figure.low, figure.high) == (950, 1050)


def test_policy_takes_multipliers_for_nearly() -> None:
    policy = FigurePolicy(nearly=(F(95, 100), F(1)))
    assert (parse_figure("nearly 1,000", policy=policy).low) == 950


def test_policy_takes_a_band_with_open_ends() -> None:
    policy = FigurePolicy(close_to=Band(low=F(-1, 20), high=F(0), high_open=True))
    figure = parse_figure("close to 1,000", policy=policy)
    assert (figure.low, figure.high, figure.high_open) == (950, 1000, True)


def test_policy_rounding_zero_reads_measurements_as_exact() -> None:
    figure = parse_figure("107 square miles", policy=FigurePolicy(rounding=F(0)))
    assert figure.is_point
    assert figure.low == 107


def test_policy_sets_vague_ranges() -> None:
    policy = FigurePolicy(dozens=(F(12), F(144)), plural=(F(1), F(10)))
    assert (parse_figure("dozens", policy=policy).low) == 12
    assert (parse_figure("hundreds", policy=policy).low) == 100


def test_default_policy_is_the_documented_one() -> None:
    assert FigurePolicy() == DEFAULT_POLICY
    assert DEFAULT_POLICY.around == Band(low=F(-1, 10), high=F(1, 10))
    assert DEFAULT_POLICY.nearly == Band(low=F(-1, 10), high=F(0))
    assert DEFAULT_POLICY.rounding == F(1, 2)


@pytest.mark.parametrize(
    "make",
    [
        lambda: FigurePolicy(around=F(2)),
        lambda: FigurePolicy(rounding=F(1)),
        lambda: FigurePolicy(dozens=(F(100), F(24))),
        lambda: FigurePolicy(around=0.1),
        lambda: Band(low=F(1, 10), high=F(-1, 10)),
    ],
)
def test_policy_refuses_bands_that_make_no_sense(make: object) -> None:
    with pytest.raises(FigureError):
        make()  # type: ignore[operator]


# --- the Figure value -------------------------------------------------------------


def test_a_figure_can_be_built_by_hand() -> None:
    figure = Figure(low=150, high=150, counts=True)
    assert figure.low == F(150)
    assert figure.is_point
    assert (figure.nominal_low, figure.nominal_high) == (150, 150)
    assert figure.stated == ""


@pytest.mark.parametrize(
    "fields",
    [
        {"low": 5, "high": 4},
        {"low": 5, "high": 5, "low_open": True},
        {"low": None, "high": 5, "low_open": True},
        {"low": 1, "high": None, "high_open": True},
        {"low": F(1, 2), "high": 1, "unit": "km"},
        {"low": 1, "high": 2, "unit": "percent", "counts": True},
        {"low": 1.5, "high": 2},
        {"low": 1, "high": 2, "qualifier": "kind of"},
        {"low": 1, "high": 2, "unit": "dimensionless"},
        {"low": 1, "high": 2, "nominal_low": 3, "nominal_high": 2},
    ],
)
def test_invalid_figures_are_refused(fields: dict[str, object]) -> None:
    with pytest.raises(FigureError) as raised:
        Figure(**fields)  # type: ignore[arg-type]
    assert raised.value.message


def test_a_non_canonical_unit_names_the_canonical_one() -> None:
    with pytest.raises(FigureError, match="'kilometer'"):
        Figure(low=1, high=2, unit="km")


@pytest.mark.parametrize(
    ("text", "value", "inside"),
    [
        ("86%", 86, True),
        ("86%", F(855, 10), True),
        ("86%", F(8549, 100), False),
        ("86%", "86.4%", True),
        ("86%", "86", True),  # a bare number is in the figure's own unit, as text too
        ("86%", "0.86", False),
        ("1,000-kilometer", "1,000", True),
        ("1,000-kilometer", "1000.6", False),
        ("more than 1,000", 1000, False),
        ("more than 1,000", 1001, True),
        ("at least 162", 162, True),
        ("under 1,000", 1000, False),
        ("3-year-old", 4, False),
        ("3-year-old", "1200 days", True),
        ("3-year-old", "1000 days", False),
        ("3-year-old", "36 months", True),
        ("3-year-old", "48 months", False),
        ("1,000-kilometer", "997.8 km", False),
        ("1,000-kilometer", "999.6 km", True),
        ("1,000-kilometer", "621.5 miles", True),
        ("107 square miles", "278 km²", True),
        ("$1.5 billion", "$1,460,000,000", True),
        ("hundreds", 999, True),
        ("hundreds", 1000, False),
    ],
)
def test_contains(text: str, value: int | F | str, inside: bool) -> None:
    assert parse_figure(text).contains(value) is inside


@pytest.mark.parametrize(
    ("text", "value"),
    [("86%", "3 km"), ("$5", "€5"), ("107 square miles", "107 miles"), ("270", "5 kg")],
)
def test_contains_refuses_incomparable_units(text: str, value: str) -> None:
    with pytest.raises(UnitError):
        parse_figure(text).contains(value)


@pytest.mark.parametrize("value", [0.5, True, None, [1]])
def test_contains_refuses_floats_and_other_values(value: object) -> None:
    with pytest.raises(FigureError):
        parse_figure("86%").contains(value)  # type: ignore[arg-type]


def test_to_converts_exactly() -> None:
    figure = parse_figure("107 square miles").to("square kilometres")
    assert figure.unit == "square_kilometer"
    mile = F(1609344, 10**6)
    assert figure.low == F(1065, 10) * mile**2
    assert figure.nominal_low == 107 * mile**2


def test_a_barrel_is_the_oil_barrel_of_42_gallons() -> None:
    litres = parse_figure("1 barrel").to("liters")
    assert litres.nominal_low == F(158987294928, 10**9)


def test_to_the_same_unit_is_the_same_figure() -> None:
    figure = parse_figure("107 square miles")
    assert figure.to("sq mi") is figure


def test_to_another_dimension_is_refused() -> None:
    with pytest.raises(UnitError, match="square_mile"):
        parse_figure("107 square miles").to("km")


def test_canonical_is_in_base_units() -> None:
    assert parse_figure("1,000 km").canonical().unit == "meter"
    assert parse_figure("86%").canonical().unit is None
    assert parse_figure("86%").canonical().low == F(855, 1000)
    assert parse_figure("3-year-old").canonical().unit == "second"
    assert parse_figure("$5").canonical().unit == "USD"
    assert parse_figure("270").canonical() == parse_figure("270")


def test_a_count_converted_to_percent_no_longer_counts() -> None:
    figure = parse_figure("270").to("percent")
    assert figure.low == 27000
    assert not figure.counts


# --- text for people ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("270", "270"),
        ("1.2 million", "1,150,000 to 1,250,000"),
        ("at least 162", "at least 162"),
        ("more than 1,000", "more than 1,000"),
        ("86%", "85.5% to 86.5%"),
        ("under 10%", "under 10.5%"),
        ("up to 1,000", "at most 1,000"),
        ("107 square miles", "106.5 to 107.5 square miles"),
        ("3-year-old", "at least 3 and under 4 years"),
        ("just over 1,000", "more than 1,000 and at most 1,100"),
        ("$1.5 billion", "$1,450,000,000 to $1,550,000,000"),
        ("a third", "1/3"),
        ("1 km", "0.5 to 1.5 kilometers"),
        ("exactly 1 km", "1 kilometer"),
        ("10 inches", "9.5 to 10.5 inches"),
        ("5 RUB", "5 RUB"),
    ],
)
def test_str_reads_like_a_sentence(text: str, shown: str) -> None:
    assert str(parse_figure(text)) == shown


def test_str_of_an_unbounded_figure() -> None:
    assert str(Figure(low=None, high=None)) == "any value"


# --- errors -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "lots",
        "1,000 soldiers",
        "150 of 175",
        "1-for-2",
        "at least 300 to 400",
        "400 to 300",
        "between 300",
        "at least 5 or more",
        "one and two",
        "two million three billion",
        "1e99",
        "30 degC",
        "$5 km",
        "12 furlongs of",
    ],
)
def test_unreadable_text_raises_a_figure_error_quoting_it(text: str) -> None:
    with pytest.raises(FigureError) as raised:
        parse_figure(text)
    assert isinstance(raised.value, ClaimcheckError)
    assert isinstance(raised.value, ValueError)
    assert (text.split()[0] if text else "''") in str(raised.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9" * 100_000, "100000 characters"),
        ("1" * 61, "more than 60 digits in a row: expected at most 60"),
        ("1e" + "9" * 10_000, "expected at most 256"),
        ("x" * 10**6, "1000000 characters"),
    ],
)
def test_absurd_input_is_refused_at_once_saying_what_is_allowed(text: str, message: str) -> None:
    with pytest.raises(FigureError, match=message):
        parse_figure(text)


def test_sixty_digits_are_still_read() -> None:
    assert parse_figure("9" * 60).low == 10**60 - 1


def test_non_text_is_refused() -> None:
    with pytest.raises(FigureError, match="expected figure text"):
        parse_figure(270)  # type: ignore[arg-type]
    with pytest.raises(FigureError, match="expected running text"):
        figures_in(270)  # type: ignore[arg-type]


@pytest.mark.parametrize("policy", [None, 5, {"around": F(1, 5)}])
def test_a_policy_that_is_not_a_figure_policy_is_refused(policy: object) -> None:
    with pytest.raises(FigureError, match=r"policy is .*: expected a FigurePolicy"):
        parse_figure("about 5", policy=policy)  # type: ignore[arg-type]
    with pytest.raises(FigureError, match=r"policy is .*: expected a FigurePolicy"):
        figures_in("about 5", policy=policy)  # type: ignore[arg-type]


def test_to_refuses_a_unit_that_is_not_text() -> None:
    with pytest.raises(UnitError, match="unit is 5: expected a unit's text"):
        parse_figure("5 km").to(5)  # type: ignore[arg-type]


# Every unit word and symbol the grammar recognises in running text (its _UNIT_WORDS and
# _UNIT_SYMBOLS, written out), so that a unit found in an article is also one units can read.
GRAMMAR_UNITS = [
    "km²", "km2", "mi²", "m²", "sq km", "sq mi", "sq m", "sq ft", "km/h", "mph", "kph", "km",
    "mi", "cm", "mm", "ft", "kg", "lbs", "lb", "ha", "m", "kW", "MW", "GW", "kWh", "MWh", "GWh",
    "TWh", "square kilometres", "square meters", "square miles", "square feet", "square yards",
    "sq. km", "square-mile", "cubic metres", "cubic feet", "kilometres", "centimetres",
    "millimeters", "nautical miles", "nautical-mile", "miles", "feet", "foot", "yards", "inches",
    "hectares", "acres", "kilograms", "grams", "tonnes", "tons", "pounds sterling", "pounds",
    "ounces", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
    "centuries", "litres", "liters", "gallons", "barrels", "kilowatts", "megawatts", "gigawatts",
    "watts", "knots", "miles per hour", "kilometres per hour", "kilometers an hour", "dollars",
    "euros", "roubles", "rubles", "hryvnias", "yen", "yuan", "rupees",
]  # fmt: skip


@pytest.mark.parametrize("unit", GRAMMAR_UNITS)
def test_every_unit_the_grammar_finds_is_one_units_can_read(unit: str) -> None:
    (found,) = figures_in(f"it was 12 {unit} away")
    ((figure,),) = [found[1]]
    assert figure.unit == parse_figure(f"12 {unit}").unit
    assert figure.unit is not None


# --- figures in running text ---------------------------------------------------------

ARTICLE = (
    "Moscow said 270 soldiers and 120 civilians went home on Friday, the first stage of "
    "a 1,000-for-1,000 swap; the air force counted 175 drones, 150 of which were downed, "
    "while the ministry claimed at least 162 across a 1,000-kilometer front."
)


def test_figures_in_running_text() -> None:
    found = [(f.text, [str(x) for x in figures]) for f, figures in figures_in(ARTICLE)]
    assert found == [
        ("270", ["270"]),
        ("120", ["120"]),
        ("1,000-for-1,000", ["1,000", "1,000"]),
        ("175", ["175"]),
        ("150", ["150"]),
        ("at least 162", ["at least 162"]),
        ("1,000-kilometer", ["999.5 to 1,000.5 kilometers"]),
    ]


def test_figures_in_text_reads_part_of_whole() -> None:
    [(found, (part, whole))] = figures_in("Of the drones, 63 of 76 were shot down.")
    assert found.reading.kind == "of"
    assert (part.low, whole.low) == (63, 76)
    assert (part.stated, whole.stated) == ("63", "76")


def test_figures_in_text_carries_the_qualifier_to_both_sides() -> None:
    [(_, sides)] = figures_in("an exchange of about 1,000-for-1,000 prisoners")
    assert [(s.low, s.high) for s in sides] == [(900, 1100), (900, 1100)]
    assert all(parse_figure(s.stated) == s for s in sides)


# Money in any currency the units know, written as newsrooms write it.
MONEY = [
    ("200 billion zlotys", F(1995, 10) * 10**9, F(2005, 10) * 10**9, "PLN"),
    ("1,200 Swiss francs", 1200, 1200, "CHF"),
    ("C$1.2 billion", F(115, 100) * 10**9, F(125, 100) * 10**9, "CAD"),
    ("3 trillion won", F(25, 10) * 10**12, F(35, 10) * 10**12, "KRW"),
    ("₺450", 450, 450, "TRY"),
    ("40 Czech crowns", 40, 40, "CZK"),
    ("8 million pesos", F(75, 10) * 10**6, F(85, 10) * 10**6, "peso"),
]


@pytest.mark.parametrize(("text", "low", "high", "unit"), MONEY)
def test_world_money_is_read_in_its_own_currency(
    text: str, low: int | F, high: int | F, unit: str
) -> None:
    figure = parse_figure(text)
    assert (figure.low, figure.high, figure.unit) == (low, high, unit)
    assert figure.stated == text


@pytest.mark.parametrize(
    ("minor", "major"),
    [("71 cents", "$0.71"), ("35 pence", "£0.35"), ("about 40 cents", "around $0.40"),
     ("5 to 9 euro cents", "€0.05 to €0.09")],
)  # fmt: skip
def test_a_figure_in_a_minor_unit_is_the_same_figure_in_its_currency(
    minor: str, major: str
) -> None:
    figure, other = parse_figure(minor), parse_figure(major)
    assert (figure.low, figure.high, figure.unit) == (other.low, other.high, other.unit)
    assert (figure.nominal_low, figure.nominal_high) == (other.nominal_low, other.nominal_high)
    assert figure.stated == minor


def test_cents_are_counted_in_dollars() -> None:
    assert parse_figure("$1.1 billion").unit == parse_figure("71 cents").unit
    assert parse_figure("71 cents").contains("$0.71")


@given(st.fractions(), st.fractions(min_value=0), st.fractions(min_value=0, max_value=1))
def test_either_side_on_integers_is_the_fraction_arithmetic(value: F, half: F, share: F) -> None:
    assert _either_side(value, half, share) == (value - half * share, value + half * share)


@given(st.fractions(), st.fractions(min_value=-1, max_value=1))
def test_widened_on_integers_is_the_fraction_arithmetic(value: F, offset: F) -> None:
    assert _widened(value, offset) == value + abs(value) * offset
