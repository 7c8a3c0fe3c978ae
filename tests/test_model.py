"""Claims, sources and stories are validated values; a story names every claim and source.

A claim without an id gets ``claims[N]`` from its position; ids must be unique;
sources are derived from the claims when the story does not list them.
"""

from __future__ import annotations

import datetime

import pytest

from claimcheck.errors import ClaimcheckError, ModelError
from claimcheck.figures import parse_figure
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story, slug
from claimcheck.relations import PartOf

AIR_FORCE = Source("Ukrainian Air Force", side="Ukraine", kind="air force")
MINISTRY = Source("Russian Defense Ministry", side="Russia")


def claim(figure: str = "150", **kwargs: object) -> Claim:
    fields: dict[str, object] = {
        "source": AIR_FORCE,
        "measure": "drones neutralized[attack=2025-05-23]",
        "figure": figure,
    }
    fields.update(kwargs)
    return Claim(**fields)  # type: ignore[arg-type]


def test_claim_reads_measure_and_figure_text() -> None:
    c = claim("at least 162")
    assert c.measure == Measure.parse("drones neutralized[attack=2025-05-23]")
    assert c.figure == parse_figure("at least 162")
    assert not c.hedged


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"hedge": "rumoured"}, "hedge"),
        ({"span": (5, 2)}, "span"),
        ({"said_on": "2025-05-23"}, "said_on"),
        ({"quote": 12}, "quote"),
        ({"source": "Ukrainian Air Force"}, "source"),
        ({"when": datetime.date(2025, 5, 23)}, "when"),
        ({"span": 5}, "span"),
        ({"span": "5-9"}, "span"),
        ({"span": (True, True)}, "span"),
        ({"said_on": datetime.datetime(2025, 5, 23, 12)}, "said_on"),
    ],
)
def test_claim_refuses_malformed_fields(kwargs: dict[str, object], field: str) -> None:
    with pytest.raises(ModelError) as caught:
        claim(**kwargs)
    assert caught.value.field == field
    assert "expected" in caught.value.message


def test_story_numbers_claims_without_ids() -> None:
    story = Story(claims=[claim(id="af-150"), claim("149"), claim("151")])
    assert [c.id for c in story.claims] == ["af-150", "claims[1]", "claims[2]"]
    assert story.claim("claims[2]").figure == parse_figure("151")


@pytest.mark.parametrize(
    ("kwargs", "field", "given"),
    [
        ({"claims": 5}, "claims", "5"),
        ({"claims": None}, "claims", "None"),
        ({"claims": [], "relations": 5}, "relations", "5"),
        ({"claims": [], "relations": ["a <= b"]}, "relations[0]", "'a <= b'"),
        ({"claims": [], "sources": 5}, "sources", "5"),
        ({"claims": [], "events": [1]}, None, "[1]"),
        ({"claims": [], "events": {"x": datetime.datetime(2022, 2, 24)}}, "events.x", "2022"),
        ({"claims": [], "dateline": datetime.datetime(2025, 5, 23)}, "dateline", "2025"),
    ],
)
def test_story_refuses_malformed_parts_saying_what_was_given(
    kwargs: dict[str, object], field: str | None, given: str
) -> None:
    with pytest.raises(ModelError) as caught:
        Story(**kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert given in caught.value.message
    assert "expected" in caught.value.message


def test_a_relayed_source_must_be_a_source() -> None:
    with pytest.raises(ModelError, match="via is 'TASS': expected the Source"):
        Source("Sergey Lavrov", via="TASS")  # type: ignore[arg-type]


def test_an_unknown_claim_id_names_the_known_ones() -> None:
    story = Story(claims=[claim(id="af-150"), claim("149")])
    with pytest.raises(ModelError, match=r"no claim has id 'af-151' \(ids: af-150, claims\[1\]\)"):
        story.claim("af-151")


def test_story_refuses_duplicate_ids() -> None:
    with pytest.raises(ModelError, match="used twice") as caught:
        Story(claims=[claim(id="x"), claim(id="x")])
    assert caught.value.claim == "x"


def test_story_derives_source_keys_from_names() -> None:
    relayed = Source("Sergey Lavrov", side="Russia", via=Source("Russian state media"))
    story = Story(claims=[claim(), claim(source=MINISTRY), claim(source=relayed)])
    assert story.sources == {
        "ukrainian-air-force": AIR_FORCE,
        "russian-defense-ministry": MINISTRY,
        "russian-state-media": relayed.via,
        "sergey-lavrov": relayed,
    }
    assert story.source_key(MINISTRY) == "russian-defense-ministry"


def test_story_refuses_claims_from_unlisted_sources() -> None:
    with pytest.raises(ModelError, match="not among the story's sources") as caught:
        Story(claims=[claim(id="a")], sources={"ru": MINISTRY})
    assert (caught.value.claim, caught.value.field) == ("a", "source")


def test_story_lists_measures_of_claims_and_relations() -> None:
    story = Story(
        claims=[claim()],
        relations=[PartOf(part="drones neutralized[attack=2025-05-23]", whole="drones launched")],
    )
    assert [str(m) for m in story.measures()] == [
        "drones neutralized[attack=2025-05-23]",
        "drones launched",
    ]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Russian Defense Ministry", "russian-defense-ministry"),
        ("ABC News'", "abc-news"),
        ("???", "source"),
    ],
)
def test_slug(name: str, key: str) -> None:
    assert slug(name) == key


def test_errors_are_claimcheck_errors_and_value_errors() -> None:
    with pytest.raises(ClaimcheckError):
        Source("")
    with pytest.raises(ValueError, match="expected non-empty text"):
        Source("  ")
