"""Seasons as a policy: which months each season covers.

The default, ``NORTHERN_METEOROLOGICAL``, uses northern-hemisphere
meteorological seasons: spring is March to May, summer June to August,
autumn September to November, winter December to February. A season is named
by its first month and every season spans ``months`` months, so
``SeasonPolicy(spring=9, summer=12, autumn=3, winter=6)``
(``SOUTHERN_METEOROLOGICAL``) gives the southern hemisphere.

A season that crosses a new year (northern winter) has two honest readings of
"winter of 2022": the one that ends in 2022 (December 2021 to February 2022,
listed first) and the one that starts in 2022 (December 2022 to February 2023).
"""

from __future__ import annotations

import datetime
from typing import Any, Final

import attrs

from claimcheck.calendar_math import calendar_date, days_in_month, shift_month
from claimcheck.errors import WhenError
from claimcheck.period import Period

__all__ = ["NORTHERN_METEOROLOGICAL", "SEASONS", "SOUTHERN_METEOROLOGICAL", "SeasonPolicy"]

#: The season names a policy knows.
SEASONS: Final = ("spring", "summer", "autumn", "winter")


def _month_number(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        raise WhenError(
            f"SeasonPolicy.{attribute.name} must be a month number 1 to 12, got {value!r}"
        )


@attrs.frozen(kw_only=True)
class SeasonPolicy:
    """The first month of each season and how many months a season lasts."""

    spring: int = attrs.field(default=3, validator=_month_number)
    summer: int = attrs.field(default=6, validator=_month_number)
    autumn: int = attrs.field(default=9, validator=_month_number)
    winter: int = attrs.field(default=12, validator=_month_number)
    months: int = attrs.field(default=3, validator=_month_number)

    def first_month(self, season: str) -> int:
        """The month the season starts in."""
        if season not in SEASONS:
            raise WhenError(f"unknown season {season!r}: expected one of {', '.join(SEASONS)}")
        month: int = getattr(self, season)
        return month

    def crosses_year(self, season: str) -> bool:
        """True when the season starts in one year and ends in the next."""
        return self.first_month(season) + self.months - 1 > 12

    def occurrence(self, season: str, start_year: int) -> Period:
        """The season that starts in ``start_year``."""
        first = self.first_month(season)
        end_year, end_month = shift_month(start_year, first, self.months - 1)
        return Period(
            start=calendar_date(start_year, first, 1),
            end=calendar_date(end_year, end_month, days_in_month(end_year, end_month)),
        )

    def readings(self, season: str, year: int) -> tuple[Period, ...]:
        """The honest readings of "<season> of <year>", the usual one first."""
        if not self.crosses_year(season):
            return (self.occurrence(season, year),)
        return (self.occurrence(season, year - 1), self.occurrence(season, year))

    def latest_started(self, season: str, on: datetime.date) -> Period:
        """The latest occurrence of the season that has begun on or before ``on``."""
        this_year = self.occurrence(season, on.year)
        return this_year if this_year.start <= on else self.occurrence(season, on.year - 1)

    def earliest_unended(self, season: str, on: datetime.date) -> Period:
        """The earliest occurrence of the season that has not ended before ``on``."""
        for start_year in (on.year - 1, on.year):
            found = self.occurrence(season, start_year)
            if found.end >= on:
                return found
        return self.occurrence(season, on.year + 1)


NORTHERN_METEOROLOGICAL: Final = SeasonPolicy()
SOUTHERN_METEOROLOGICAL: Final = SeasonPolicy(spring=9, summer=12, autumn=3, winter=6)
