"""Mentions: how a found number becomes the figure of a claim.

Behaviour under test: "over" or "under" before a place or a span of time is a
preposition even when modifiers stand between the number and the place ("over
nine Ukrainian regions", "over 14 coastal districts"), so the number is read
bare; before people or weapons, or with no place after it, it stays the
qualifier "more than" / "fewer than".
"""

from __future__ import annotations

import pytest

from claimcheck.extract.mentions import mentions
from claimcheck.figures import parse_figure

PREPOSITIONS = [
    ("Drones were shot down over nine Ukrainian regions.", "nine"),
    ("Floods spread over 14 coastal districts.", "14"),
    ("Shelling continued over 3 long nights.", "3"),
    ("Jets flew over 5 northern cities.", "5"),
]


@pytest.mark.parametrize(("text", "printed"), PREPOSITIONS)
def test_over_before_a_place_is_a_preposition(text: str, printed: str) -> None:
    (mention,) = mentions(text)
    assert (mention.text, mention.figure) == (printed, parse_figure(printed))
    assert mention.qualifier is None


QUALIFIERS = [
    ("Over 200 Ukrainian soldiers came home.", "Over 200"),
    ("The army lost over 30 Russian drones.", "over 30"),
    ("Under 50 people stayed in the towns.", "Under 50"),
    ("Prices rose over 12 percent in the regions.", "over 12 percent"),
]


@pytest.mark.parametrize(("text", "printed"), QUALIFIERS)
def test_over_before_a_count_stays_a_qualifier(text: str, printed: str) -> None:
    (mention,) = mentions(text)
    assert (mention.text, mention.figure) == (printed, parse_figure(printed))
