"""Relations are validated data: they tie distinct measures and accept measure text."""

from __future__ import annotations

import pytest

from claimcheck.errors import ModelError
from claimcheck.measure import Measure
from claimcheck.relations import (
    RELATION_KINDS,
    Cumulative,
    Difference,
    PartOf,
    Same,
    Share,
    Total,
)


def test_measures_may_be_given_as_text() -> None:
    total = Total(
        total="p[side=Russia]", parts=["p[side=Russia, group=a]", "p[group=b, side=Russia]"]
    )
    assert total.parts[1] == Measure.parse("p[side=russia, group=b]")
    assert total.measures == (total.total, *total.parts)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: PartOf(part="a", whole="A"), "ties a measure to itself"),
        (lambda: Same(measures=["a"]), "expected at least 2"),
        (lambda: Same(measures="ab"), "expected a list of measures"),
        (lambda: Same(measures=5), "expected a list of measures, got 5"),
        (lambda: PartOf(part="a", whole="b", quote=5), "quote is 5: expected text"),
        (lambda: Total(total="t", parts=[]), "expected at least 1"),
        (lambda: Total(total="t", parts=["t", "u"]), "ties a measure to itself"),
        (lambda: Share(share="s", part="p", whole="p"), "ties a measure to itself"),
        (
            lambda: Difference(difference="d", minuend="m", subtrahend="d"),
            "ties a measure to itself",
        ),
    ],
)
def test_malformed_relations_are_refused(build: object, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        build()  # type: ignore[operator]


def test_every_kind_is_registered_under_its_file_name() -> None:
    assert {
        "total": Total,
        "part-of": PartOf,
        "same": Same,
        "share": Share,
        "difference": Difference,
        "cumulative": Cumulative,
    } == RELATION_KINDS


def test_relations_are_values() -> None:
    assert PartOf(part="a", whole="b") == PartOf(part="A", whole="B")
    assert len({Same(measures=["a", "b"]), Same(measures=["a", "b"])}) == 1
