"""Seasons: a policy of first months; northern meteorological seasons by default.

Each season spans ``months`` months from its first month; a season that
crosses a new year has two readings of "<season> of <year>" (the one ending in
that year first); the latest begun and the earliest unended occurrence
bracket any day; bad policies are refused with a message naming the field.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import WhenError
from claimcheck.seasons import (
    NORTHERN_METEOROLOGICAL,
    SEASONS,
    SOUTHERN_METEOROLOGICAL,
    SeasonPolicy,
)

DAYS = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))
POLICIES = st.builds(
    SeasonPolicy,
    spring=st.integers(1, 12),
    summer=st.integers(1, 12),
    autumn=st.integers(1, 12),
    winter=st.integers(1, 12),
    months=st.integers(1, 12),
)


@pytest.mark.parametrize(
    ("policy", "season", "year", "expected"),
    [
        (NORTHERN_METEOROLOGICAL, "spring", 2022, ("2022-03-01/2022-05-31",)),
        (NORTHERN_METEOROLOGICAL, "summer", 2022, ("2022-06-01/2022-08-31",)),
        (NORTHERN_METEOROLOGICAL, "autumn", 2022, ("2022-09-01/2022-11-30",)),
        (
            NORTHERN_METEOROLOGICAL, "winter", 2024,
            ("2023-12-01/2024-02-29", "2024-12-01/2025-02-28"),
        ),
        (SOUTHERN_METEOROLOGICAL, "spring", 2022, ("2022-09-01/2022-11-30",)),
        (
            SOUTHERN_METEOROLOGICAL, "summer", 2022,
            ("2021-12-01/2022-02-28", "2022-12-01/2023-02-28"),
        ),
        (SOUTHERN_METEOROLOGICAL, "winter", 2022, ("2022-06-01/2022-08-31",)),
    ],
)  # fmt: skip
def test_readings_of_a_season_in_a_year(
    policy: SeasonPolicy, season: str, year: int, expected: tuple[str, ...]
) -> None:
    assert tuple(map(str, policy.readings(season, year))) == expected


@given(POLICIES, st.sampled_from(SEASONS), st.integers(2, 9997))
def test_an_occurrence_spans_the_policy_months(
    policy: SeasonPolicy, season: str, year: int
) -> None:
    found = policy.occurrence(season, year)
    assert found.start == datetime.date(year, policy.first_month(season), 1)
    spanned = (found.end.year - found.start.year) * 12 + found.end.month - found.start.month + 1
    assert spanned == policy.months
    readings = policy.readings(season, year)
    assert all(year in (p.start.year, p.end.year) for p in readings)


@given(POLICIES, st.sampled_from(SEASONS), DAYS)
def test_latest_begun_and_earliest_unended_bracket_the_day(
    policy: SeasonPolicy, season: str, day: datetime.date
) -> None:
    begun = policy.latest_started(season, day)
    unended = policy.earliest_unended(season, day)
    assert begun.start <= day <= unended.end
    assert begun.start <= unended.start
    next_start = datetime.date(begun.start.year + 1, begun.start.month, 1)
    assert next_start > day


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"spring": 0}, r"SeasonPolicy\.spring must be a month number 1 to 12, got 0"),
        ({"winter": 13}, "winter must be a month number"),
        ({"months": "3"}, "months must be a month number"),
        ({"summer": True}, "summer must be a month number"),
    ],
)
def test_bad_policies_are_refused(fields: dict[str, object], message: str) -> None:
    with pytest.raises(WhenError, match=message):
        SeasonPolicy(**fields)  # type: ignore[arg-type]


def test_unknown_season_is_refused() -> None:
    with pytest.raises(WhenError, match="unknown season 'monsoon'"):
        NORTHERN_METEOROLOGICAL.occurrence("monsoon", 2022)
