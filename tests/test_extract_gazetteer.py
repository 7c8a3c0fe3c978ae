"""The gazetteer: every country extraction can name a side after.

Behaviour under test: each name in :data:`COUNTRIES` (a country, its demonym,
its plural demonyms, capitals and short forms), in any letter case, stands
for exactly one country; names extraction knew before the gazetteer keep
their country; every member state of the United
Nations, Kosovo and the Vatican can be named; a table of names from the new
entries gives their countries (with the Congo, Dominica and Guinea collisions
resolved as the module documents); and the capitals and abbreviations the
module leaves out because they misfire in news text name no country.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.gazetteer import COUNTRIES


def _names(country: str) -> tuple[str, ...]:
    demonym, others = COUNTRIES[country]
    return (country, demonym, *others)


def _owners() -> dict[str, set[str]]:
    """Each case-folded name -> the countries that list it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for country in COUNTRIES:
        for name in _names(country):
            owners[name.casefold()].add(country)
    return owners


_OWNERS = _owners()


def _side(word: str) -> str | None:
    """The country a name stands for, read the way ``lexicon.side_of`` reads it."""
    owners = _OWNERS.get(word.casefold(), set())
    return next(iter(owners)) if len(owners) == 1 else None


#: Names extraction relied on before the gazetteer, and the countries they give.
KEPT = [
    ("Kremlin", "Russia"), ("Moscow", "Russia"), ("Russians", "Russia"), ("Kyiv", "Ukraine"),
    ("Kiev", "Ukraine"), ("Ukrainians", "Ukraine"), ("Gaza", "Gaza"), ("Czechia", "Czech Republic"),
    ("The Hague", "Netherlands"), ("Filipino", "Philippines"), ("Saudi", "Saudi Arabia"),
    ("South Sudanese", "South Sudan"), ("Addis Ababa", "Ethiopia"), ("Argentine", "Argentina"),
]  # fmt: skip

#: The 193 member states of the United Nations by a short English name, plus
#: the non-members news names as countries.
UN_MEMBERS = [
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda",
    "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain",
    "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia",
    "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso",
    "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada", "Central African Republic",
    "Chad", "Chile", "China", "Colombia", "Comoros", "Republic of the Congo", "Costa Rica",
    "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czechia", "North Korea",
    "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica",
    "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea",
    "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia",
    "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea",
    "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
    "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
    "Kazakhstan", "Kenya", "Kiribati", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon",
    "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar",
    "Malawi", "Malaysia", "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania",
    "Mauritius", "Mexico", "Micronesia", "Monaco", "Mongolia", "Montenegro", "Morocco",
    "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand",
    "Nicaragua", "Niger", "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau",
    "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal",
    "Qatar", "South Korea", "Moldova", "Romania", "Russia", "Rwanda", "Saint Kitts and Nevis",
    "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
    "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
    "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
    "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden",
    "Switzerland", "Syria", "Tajikistan", "Thailand", "Timor-Leste", "Togo", "Tonga",
    "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda",
    "Ukraine", "United Arab Emirates", "United Kingdom", "Tanzania", "United States",
    "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
]  # fmt: skip
NON_MEMBERS = ["Kosovo", "Holy See", "Taiwan", "Palestine"]

#: Names from the new entries and the country each stands for.
NEW_NAMES = [
    ("Nepalese", "Nepal"),
    ("Nepali", "Nepal"),
    ("Kathmandu", "Nepal"),
    ("Ghanaians", "Ghana"),
    ("Accra", "Ghana"),
    ("Congo", "Democratic Republic of Congo"),
    ("Congolese", "Democratic Republic of Congo"),
    ("DRC", "Democratic Republic of Congo"),
    ("Kinshasa", "Democratic Republic of Congo"),
    ("Brazzaville", "Republic of Congo"),
    ("Congo Republic", "Republic of Congo"),
    ("Dominican", "Dominican Republic"),
    ("Dominica", "Dominica"),
    ("Guinean", "Guinea"),
    ("Equatorial Guinean", "Equatorial Guinea"),
    ("Bissau-Guinean", "Guinea-Bissau"),
    ("Papua New Guinean", "Papua New Guinea"),
    ("Georgian", "Georgia"),
    ("Tbilisi", "Georgia"),
    ("Swiss", "Switzerland"),
    ("Ivorian", "Ivory Coast"),
    ("Kosovar", "Kosovo"),
    ("Vatican", "Vatican City"),
    ("Burkinabe", "Burkina Faso"),
    ("Nigerien", "Niger"),
    ("Swaziland", "Eswatini"),
    ("East Timorese", "East Timor"),
    ("Macedonian", "North Macedonia"),
    ("Sri Lankans", "Sri Lanka"),
    ("Lome", "Togo"),
    ("Praia", "Cape Verde"),
]

#: Capitals and abbreviations left out because they misfire in news text.
LEFT_OUT = [
    "Victoria", "Kingston", "Male", "Georgetown", "Nassau", "San Jose", "Panama City",
    "St. George's", "St. John's", "Sucre", "CAR", "Korean",
]  # fmt: skip

_PAIRS = [(country, name) for country in COUNTRIES for name in _names(country)]


def test_every_name_stands_for_one_country() -> None:
    shared = {name: owners for name, owners in _OWNERS.items() if len(owners) > 1}
    assert shared == {}


@given(
    pair=st.sampled_from(_PAIRS),
    case=st.sampled_from([str, str.upper, str.lower, str.title, str.casefold]),
)
def test_any_name_in_any_case_gives_its_country(
    pair: tuple[str, str], case: Callable[[str], str]
) -> None:
    country, name = pair
    assert _side(case(name)) == country


@pytest.mark.parametrize(("name", "country"), KEPT)
def test_names_extraction_knew_before_keep_their_country(name: str, country: str) -> None:
    assert _side(name) == country


def test_there_are_at_least_190_countries() -> None:
    assert len(COUNTRIES) >= 190


@pytest.mark.parametrize("name", UN_MEMBERS + NON_MEMBERS)
def test_every_un_member_and_common_non_member_is_named(name: str) -> None:
    assert _side(name) is not None


def test_the_un_members_are_193_distinct_countries() -> None:
    assert len({_side(name) for name in UN_MEMBERS}) == len(UN_MEMBERS) == 193


@pytest.mark.parametrize(("name", "country"), NEW_NAMES)
def test_a_new_name_gives_its_country(name: str, country: str) -> None:
    assert _side(name) == country


@pytest.mark.parametrize("name", LEFT_OUT)
def test_a_misfiring_capital_names_no_country(name: str) -> None:
    assert _side(name) is None


@pytest.mark.parametrize("country", list(COUNTRIES))
def test_every_name_is_trimmed_and_listed_once(country: str) -> None:
    names = _names(country)
    assert all(name and name == name.strip() and "  " not in name for name in names)
    assert len(set(COUNTRIES[country][1])) == len(COUNTRIES[country][1])
