"""The screen: which numbers in news text state no quantity of a claim.

Behaviour under test, as tables of sentences: ages of people are not figures
however they are written -- a hyphenated compound adjective before any noun
for a person ("a 61-year-old carpenter", "the 28-year-old local nurse"), an
age or age band after "aged" ("aged 30 to 44", "aged between 50 and 64"), an
age limit after a group of people ("people over 80", "children under 12
were ...") -- while the age of a thing and real counts next to an age stay
figures. "one" counts nothing in idioms ("one of the least ...", "one of its
first ...", "than the previous one") or as an unnamed source ("said one
official, who ...", "one senior diplomat told ..."), but stays a count of
things and of people an event befell ("fired one cruise missile", "said one
guard was hurt"). Fraction words state a share when "of" follows, when
they are plural ("two-thirds were ...") or end their phrase ("a third
were ..."), and are read exactly; before a span of time or a noun they are
ordinals ("a third week", "a third term").
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from claimcheck.extract.mentions import mentions


def _printed(text: str) -> list[str]:
    return [m.text for m in mentions(text)]


AGES = [
    ("A 61-year-old carpenter was pulled from the river.", []),
    ("The 28-year-old nurse was among the injured.", []),
    ("Police said a 44-year-old local fisherman was missing.", []),
    ("The 19-year-old economist won the prize.", []),
    ("A 70-year-old retired teacher told reporters the water came fast.", []),
    ("Support fell most among voters aged 30 to 44.", []),
    ("Adults aged between 50 and 64 were the likeliest to agree.", []),
    ("Respondents aged 25-34 were split.", []),
    ("The drug is not approved for people over 80.", []),
    ("Turnout was highest among those over 70, the study found.", []),
    ("Children under 12 were given priority.", []),
    ("Pensioners above 75 and the disabled were moved first.", []),
]


@pytest.mark.parametrize(("text", "printed"), AGES)
def test_ages_of_people_are_not_figures(text: str, printed: list[str]) -> None:
    assert _printed(text) == printed


KEPT = [
    ("A 61-year-old carpenter rescued 14 neighbours.", ["14"]),
    ("The 40-year-old bridge carried 9,000 cars a day.", ["40-year-old", "9,000"]),
    ("Russia's 3-year-old war has displaced millions.", ["3-year-old", "millions"]),
    ("More than 2,000 people over 80 were vaccinated.", ["More than 2,000"]),
    ("The camp holds over 300 families.", ["over 300"]),
    ("Voters aged 30 to 44 gave the party 38%.", ["38%"]),
    ("The shelter took in under 40 people.", ["under 40"]),
]


@pytest.mark.parametrize(("text", "printed"), KEPT)
def test_counts_and_ages_of_things_stay_figures(text: str, printed: list[str]) -> None:
    assert _printed(text) == printed


ONE_IDIOMS = [
    "The storm was one of the least predictable in decades.",
    "It was one of the more serious breaches on record.",
    "The plant is one of its first projects abroad.",
    "This budget is tighter than the previous one.",
    '"Nobody listens to us," said one farmer who declined to give his name.',
    "One senior diplomat told reporters talks had stalled.",
    "According to one analyst, the plan is unworkable.",
    '"We will stay," one shopkeeper said.',
]


@pytest.mark.parametrize("text", ONE_IDIOMS)
def test_one_in_an_idiom_or_for_an_unnamed_source_is_not_a_figure(text: str) -> None:
    assert _printed(text) == []


ONE_COUNTS = [
    ("The navy said it fired one cruise missile.", ["one"]),
    ("The warden said one guard was hurt.", ["one"]),
    ("The blast killed one worker and injured 7.", ["one", "7"]),
    ("Only one of the four engines failed.", ["one", "four"]),
    ("One drone struck a fuel depot.", ["One"]),
    ("One official said 12 villages were cut off.", ["12"]),
]


@pytest.mark.parametrize(("text", "printed"), ONE_COUNTS)
def test_one_that_counts_stays_a_figure(text: str, printed: list[str]) -> None:
    assert _printed(text) == printed


SHARES = [
    ("Some 600 families fled, of whom two-thirds were farmers.", ["Some 600", "two-thirds"]),
    ("Three-quarters said prices had risen.", ["Three-quarters"]),
    ("Of the 90 patients, a third were children.", ["90", "a third"]),
    ("Two fifths of the harvest was lost.", ["Two fifths"]),
    ("The lake shrank by half.", ["half"]),
    ("The spill spread a quarter mile downstream.", ["a quarter mile"]),
]


@pytest.mark.parametrize(("text", "printed"), SHARES)
def test_fraction_words_that_state_a_share_are_figures(text: str, printed: list[str]) -> None:
    assert _printed(text) == printed


ORDINALS = [
    "The strike entered a third week.",
    "It was a third such raid this month.",
    "Sales fell in the second half.",
    "She won a third term in office.",
]


@pytest.mark.parametrize("text", ORDINALS)
def test_fraction_words_used_as_ordinals_are_not_figures(text: str) -> None:
    assert _printed(text) == []


def test_a_plural_fraction_is_read_exactly() -> None:
    (mention,) = mentions("Polls closed and three-quarters had voted.")
    assert (mention.figure.low, mention.figure.high) == (Fraction(3, 4), Fraction(3, 4))


MODELS = [
    ("The governor flew over the valley in a Bell 412 helicopter.", []),
    ("A Boeing 737 jet carrying 180 people landed safely.", ["180"]),
    ("Russia lost 12 helicopters.", ["12"]),  # a count of craft stays a figure
    ("In all 12 jets were lost.", ["12"]),
    ("Britain gave 300 rifles and France 200 rifles.", ["300", "200"]),  # a list, no maker
]


@pytest.mark.parametrize(("text", "printed"), MODELS)
def test_a_makers_model_number_is_not_a_figure(text: str, printed: list[str]) -> None:
    assert _printed(text) == printed
