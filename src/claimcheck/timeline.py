"""Resolve time words against a dateline: ``resolve_when("on Monday", dateline)`` -> Period.

A phrase resolves to one or more *readings* (Periods), the usual one first.
``resolve_when`` returns that first reading; ``resolve_when_all`` returns all
honest readings; ``explain_when`` returns them with the phrase's tense and the
rule applied, for messages. ``D`` below is the dateline.

Tense. A *past* phrase ("yesterday", "last week", a bare weekday) reads only
periods ending on or before D; a *future* phrase ("tomorrow", "next week", or
any phrase after a future lead such as "will", "is expected to") reads only
periods starting on or after D; a *present* phrase ("today", "this week",
"May 16, 2025") names its period whatever the tense. A future lead before a
past-only phrase ("will meet last week") is refused.

The rules (weeks run Monday to Sunday):

======================================  =================================================
phrase                                  reading
======================================  =================================================
``today``, ``this morning``, ``tonight``  D
``yesterday`` / ``tomorrow``            D - 1 / D + 1 (``the day before yesterday``: D - 2)
``last night``, ``overnight``           D - 1 to D
``Monday``, ``on Monday``               the latest Monday on or before D (news convention)
``will ... on Monday``                  the first Monday after D; also D itself if a Monday
``last Monday``                         the latest Monday before D; also last week's Monday
``this past Monday``                    the latest Monday before D
``this Monday``                         the Monday of D's week
``next Monday``                         the Monday of next week; also the first after D
``this coming Monday``                  the first Monday after D
``overnight Friday``                    the night into Friday: Thursday to Friday
                                        (also Friday to Saturday where it fits the tense)
``last/this/next week|month|year``      the whole calendar week, month or year
``last/this/next weekend``              Saturday and Sunday of that week
``earlier this week|month|year``        its first day to D (also ``so far this year``)
``later this week|month|year``          D to its last day
``over the weekend``                    the latest Saturday on or before D and the Sunday
                                        after, cut at D (on a Saturday also the weekend
                                        before); after a future lead, the next weekend
``in recent days|weeks|months|years``   D - N units to D, N from ``WhenPolicy``
                                        (7 days, 4 weeks, 3 months, 3 years)
``in the coming days`` (``upcoming``)   D to D + N units, N as above
``the past|last N days`` (``weeks``...)   D - N units to D (``the past week``: N = 1;
                                        ``the past 24 hours``: D - 1 to D)
``the next N days``                     D to D + N units
``N days|weeks|months|years ago``       the day D - N units; for weeks, months and years
                                        also the calendar unit containing that day
``May 16``, ``16 May``, ``the 16th of May``  the latest May 16 on or before D
                                        (after a future lead: the first on or after D)
``May 16, 2025``, ``16 May 2025``,      that day
``2025-05-16``
``Friday, May 23``                      May 23; if it is not a Friday, the Friday
                                        reading is a second reading
``in March``                            the latest March begun by D, cut at D
``March 2024``                          the whole month
``spring of 2022``, ``spring 2022``     the season by the ``SeasonPolicy``
``in the spring``                       the latest spring begun by D, cut at D
``winter 2022-23``                      the winter starting in 2022
``2022``, ``in 2022``                   the whole year
``since X``                             from the start of X to D (X read as past)
``2025-05-16/2025-05-18``               those days
======================================  =================================================

Months and years step by calendar months, clamped to the month's end (see
``calendar_math``). Text that cannot be read raises ``WhenError`` quoting it.
Resolution is cached on ``(text, dateline, policy)``.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterable
from typing import Any, Final, Literal

import attrs

from claimcheck.calendar_math import (
    SATURDAY,
    SUNDAY,
    calendar_date,
    days_in_month,
    month_period,
    on_or_after,
    on_or_before,
    shift_days,
    shift_month,
    shift_units,
    unit_containing,
    week_of,
    year_period,
)
from claimcheck.errors import WhenError
from claimcheck.grammar.timewords import (
    AgoWords,
    CalendarWords,
    DateWords,
    DayWords,
    IsoWords,
    MonthWords,
    Phrase,
    SeasonWords,
    SpanWords,
    TimeWords,
    WeekdayWords,
    YearWords,
    read_time_words,
)
from claimcheck.period import Period
from claimcheck.seasons import NORTHERN_METEOROLOGICAL, SeasonPolicy

__all__ = [
    "DEFAULT_WHEN_POLICY",
    "Period",
    "Tense",
    "WhenPolicy",
    "WhenResolution",
    "clear_caches",
    "explain_when",
    "resolve_when",
    "resolve_when_all",
]

Tense = Literal["past", "present", "future"]


def _positive(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise WhenError(f"WhenPolicy.{attribute.name} must be a whole number >= 1, got {value!r}")


def _season_policy(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, SeasonPolicy):
        raise WhenError(f"WhenPolicy.seasons must be a SeasonPolicy, got {value!r}")


@attrs.frozen(kw_only=True)
class WhenPolicy:
    """The choices behind vague phrases: seasons, and how far "recent"/"coming" reach.

    ``recent_days`` is how many days "in recent days" and "in the coming days"
    span (likewise weeks, months, years and hours).
    """

    seasons: SeasonPolicy = attrs.field(default=NORTHERN_METEOROLOGICAL, validator=_season_policy)
    recent_hours: int = attrs.field(default=24, validator=_positive)
    recent_days: int = attrs.field(default=7, validator=_positive)
    recent_weeks: int = attrs.field(default=4, validator=_positive)
    recent_months: int = attrs.field(default=3, validator=_positive)
    recent_years: int = attrs.field(default=3, validator=_positive)

    def vague_count(self, unit: str) -> int:
        """How many ``unit``s a vague "recent"/"coming" span covers."""
        count: int = getattr(self, f"recent_{unit}s")
        return count


DEFAULT_WHEN_POLICY: Final = WhenPolicy()


def _some_periods(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not value or not all(isinstance(period, Period) for period in value):
        raise WhenError(f"readings must be a non-empty tuple of Periods, got {value!r}")


@attrs.frozen(kw_only=True)
class WhenResolution:
    """The readings of a phrase on a dateline, the usual one first, with tense and rule."""

    text: str
    dateline: datetime.date
    readings: tuple[Period, ...] = attrs.field(validator=_some_periods)
    tense: Tense
    rule: str

    @property
    def period(self) -> Period:
        """The usual reading (what ``resolve_when`` returns)."""
        return self.readings[0]


@attrs.frozen(kw_only=True)
class _Draft:
    readings: tuple[Period, ...]
    tense: Tense
    rule: str


def _days(*days: datetime.date) -> tuple[Period, ...]:
    return tuple(Period.day(day) for day in days)


def _span(start: datetime.date, end: datetime.date) -> Period:
    if end < start:
        raise WhenError(f"this names no days here ({start} would come after {end})")
    return Period(start=start, end=end)


# ---- day words ----------------------------------------------------------------------

_DAY_WORDS: Final[dict[str, tuple[int, int, Tense, str]]] = {
    "today": (0, 0, "present", "today: the dateline"),
    "earlier today": (0, 0, "past", "earlier today: the dateline"),
    "later today": (0, 0, "future", "later today: the dateline"),
    "tonight": (0, 0, "present", "tonight: the dateline"),
    "this morning": (0, 0, "present", "this morning: the dateline"),
    "this afternoon": (0, 0, "present", "this afternoon: the dateline"),
    "this evening": (0, 0, "present", "this evening: the dateline"),
    "yesterday": (-1, -1, "past", "yesterday: the day before the dateline"),
    "the day before yesterday": (-2, -2, "past", "two days before the dateline"),
    "tomorrow": (1, 1, "future", "tomorrow: the day after the dateline"),
    "the day after tomorrow": (2, 2, "future", "two days after the dateline"),
    "last night": (-1, 0, "past", "last night: the day before the dateline to the dateline"),
    "overnight": (-1, 0, "past", "overnight: the day before the dateline to the dateline"),
}


def _day_words(
    phrase: DayWords, dateline: datetime.date, future: bool, policy: WhenPolicy
) -> _Draft:
    first, last, tense, rule = _DAY_WORDS[phrase.word]
    period = Period(start=shift_days(dateline, first), end=shift_days(dateline, last))
    return _Draft(readings=(period,), tense=tense, rule=rule)


# ---- weekdays -----------------------------------------------------------------------


def _before(dateline: datetime.date, weekday: int) -> datetime.date:
    return on_or_before(shift_days(dateline, -1), weekday)


def _after(dateline: datetime.date, weekday: int) -> datetime.date:
    return on_or_after(shift_days(dateline, 1), weekday)


def _in_week(dateline: datetime.date, weeks: int, weekday: int) -> datetime.date:
    return shift_days(week_of(dateline).start, 7 * weeks + weekday)


WeekdayRule = Callable[[datetime.date, int], tuple[tuple[datetime.date, ...], Tense, str]]

_WEEKDAY_RULES: Final[dict[str, WeekdayRule]] = {
    "bare": lambda d, w: (
        (on_or_before(d, w),),
        "past",
        "a weekday: the latest such day on or before the dateline",
    ),
    "future": lambda d, w: (
        (_after(d, w), *((d,) if d.weekday() == w else ())),
        "future",
        "a weekday after a future verb: the first such day after the dateline",
    ),
    "last": lambda d, w: (
        (_before(d, w), _in_week(d, -1, w)),
        "past",
        "last <weekday>: the latest such day before the dateline",
    ),
    "past": lambda d, w: (
        (_before(d, w),),
        "past",
        "this past <weekday>: the latest such day before the dateline",
    ),
    "this": lambda d, w: (
        (_in_week(d, 0, w),),
        "present",
        "this <weekday>: that day of the dateline's week",
    ),
    "next": lambda d, w: (
        (_in_week(d, 1, w), _after(d, w)),
        "future",
        "next <weekday>: that day of next week",
    ),
    "coming": lambda d, w: (
        (_after(d, w),),
        "future",
        "this coming <weekday>: the first such day after the dateline",
    ),
}


def _weekday_days(
    weekday: int, which: str | None, dateline: datetime.date, future: bool
) -> tuple[tuple[datetime.date, ...], Tense, str]:
    key = which if which is not None else ("future" if future else "bare")
    return _WEEKDAY_RULES[key](dateline, weekday)


def _overnight(days: tuple[datetime.date, ...]) -> tuple[Period, ...]:
    into = tuple(Period(start=shift_days(day, -1), end=day) for day in days)
    return into + tuple(Period(start=day, end=shift_days(day, 1)) for day in days)


def _weekday_words(
    phrase: WeekdayWords, dateline: datetime.date, future: bool, policy: WhenPolicy
) -> _Draft:
    days, tense, rule = _weekday_days(phrase.weekday, phrase.which, dateline, future)
    if not phrase.overnight:
        return _Draft(readings=_days(*days), tense=tense, rule=rule)
    rule = f"overnight: the night into the day, so the day before it to the day ({rule})"
    return _Draft(readings=_overnight(days), tense=tense, rule=rule)


# ---- calendar units -----------------------------------------------------------------


def _unit(dateline: datetime.date, unit: str, steps: int) -> Period:
    if unit == "week":
        return week_of(dateline).shift(7 * steps)
    if unit == "weekend":
        saturday = _in_week(dateline, steps, SATURDAY)
        return Period(start=saturday, end=shift_days(saturday, 1))
    if unit == "month":
        return month_period(*shift_month(dateline.year, dateline.month, steps))
    return year_period(dateline.year + steps)


_WEEK_NOTE: Final = {"week": " (Monday to Sunday)", "weekend": " (Saturday and Sunday)"}
_STEPS: Final[dict[str, tuple[int, Tense]]] = {
    "last": (-1, "past"),
    "this": (0, "present"),
    "next": (1, "future"),
}


def _calendar_words(
    phrase: CalendarWords, dateline: datetime.date, future: bool, policy: WhenPolicy
) -> _Draft:
    which, unit = phrase.which, phrase.unit
    if which == "the":
        return _the_weekend(dateline, future)
    if which in _STEPS:
        steps, tense = _STEPS[which]
        rule = f"{which} {unit}: the whole calendar {unit}" + _WEEK_NOTE.get(unit, "")
        return _Draft(readings=(_unit(dateline, unit, steps),), tense=tense, rule=rule)
    this = _unit(dateline, unit, 0)
    if which == "earlier":
        period = _span(this.start, dateline)
        return _Draft(
            readings=(period,), tense="past", rule=f"earlier this {unit}: its start to the dateline"
        )
    period = _span(dateline, this.end)
    return _Draft(
        readings=(period,), tense="future", rule=f"later this {unit}: the dateline to its end"
    )


def _the_weekend(dateline: datetime.date, future: bool) -> _Draft:
    if future:
        sunday = on_or_after(dateline, SUNDAY)
        readings = [Period(start=max(shift_days(sunday, -1), dateline), end=sunday)]
        if sunday == dateline:
            readings.append(Period(start=shift_days(sunday, 6), end=shift_days(sunday, 7)))
        return _Draft(
            readings=tuple(readings), tense="future", rule="the weekend: the next weekend"
        )
    saturday = on_or_before(dateline, SATURDAY)
    readings = [Period(start=saturday, end=min(shift_days(saturday, 1), dateline))]
    if saturday == dateline:
        readings.append(Period(start=shift_days(saturday, -7), end=shift_days(saturday, -6)))
    rule = "the weekend: the latest Saturday by the dateline and its Sunday, cut at the dateline"
    return _Draft(readings=tuple(readings), tense="past", rule=rule)


# ---- spans and "ago" ----------------------------------------------------------------


_UNIT_OF: Final = {"week": "week", "month": "month", "year": "year", "decade": "year"}


def _amount(count: int, unit: str) -> str:
    return f"{count} {unit}" + ("" if count == 1 else "s")


def _days_spanned(hours: int) -> int:
    """How many days back (or on) ``hours`` hours reach: whole days, rounded up, exactly."""
    return -(-hours // 24)


def _back(dateline: datetime.date, count: int, unit: str, sign: int) -> datetime.date:
    if unit == "hour":
        return shift_days(dateline, sign * _days_spanned(count))
    return shift_units(dateline, sign * count, unit)  # type: ignore[arg-type]


def _span_words(
    phrase: SpanWords, dateline: datetime.date, future: bool, policy: WhenPolicy
) -> _Draft:
    count = phrase.count
    if count is None:
        count = policy.vague_count(phrase.unit) if phrase.plural else 1
    if phrase.direction == "past":
        period = Period(start=_back(dateline, count, phrase.unit, -1), end=dateline)
        return _Draft(
            readings=(period,),
            tense="past",
            rule=f"from {_amount(count, phrase.unit)} before the dateline to the dateline",
        )
    period = Period(start=dateline, end=_back(dateline, count, phrase.unit, 1))
    return _Draft(
        readings=(period,),
        tense="future",
        rule=f"from the dateline to {_amount(count, phrase.unit)} after it",
    )


def _ago_words(
    phrase: AgoWords, dateline: datetime.date, future: bool, policy: WhenPolicy
) -> _Draft:
    count, unit = phrase.count, phrase.unit
    rule = f"{_amount(count, unit)} ago: that day"
    if unit == "hour":
        period = Period(
            start=shift_days(dateline, -_days_spanned(count)),
            end=shift_days(dateline, -(count // 24)),
        )
        return _Draft(readings=(period,), tense="past", rule=rule)
    day = shift_units(dateline, -count, unit)
    readings = (
        (Period.day(day),) if unit == "day" else (Period.day(day), unit_containing(day, unit))
    )
    rule += "" if unit == "day" else f", or the calendar {_UNIT_OF[unit]} containing it"
    return _Draft(readings=readings, tense="past", rule=rule)


# ---- dates, months, seasons, years -----------------------------------------------


def _check_day_of_month(month: int, day: int) -> None:
    if not 1 <= day <= days_in_month(2000, month):
        raise WhenError(f"month {month} has no day {day}")


def _yearless(month: int, day: int, dateline: datetime.date, future: bool) -> datetime.date:
    _check_day_of_month(month, day)
    step = 1 if future else -1
    for offset in range(9):  # even Feb 29 recurs within 8 years
        year = dateline.year + step * offset
        if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
            break
        if day <= days_in_month(year, month):
            found = datetime.date(year, month, day)
            if (found >= dateline) if future else (found <= dateline):
                return found
    raise WhenError(f"no {month:02d}-{day:02d} near {dateline} within the calendar")


def _date_words(
    phrase: DateWords, dateline: datetime.date, future: bool, policy: WhenPolicy
) -> _Draft:
    if phrase.year is None:
        day = _yearless(phrase.month, phrase.day, dateline, future)
        tense: Tense = "future" if future else "past"
        rule = (
            "a date without a year: the "
            + ("first on or after" if future else "latest on or before")
            + " the dateline"
        )
    else:
        _check_day_of_month(phrase.month, phrase.day)
        day, tense, rule = calendar_date(phrase.year, phrase.month, phrase.day), "present", "a date"
    readings: tuple[Period, ...] = (Period.day(day),)
    if phrase.weekday is not None and phrase.weekday != day.weekday():
        readings += _days(*_weekday_days(phrase.weekday, None, dateline, future)[0])
        rule += "; the weekday named does not fall on it, so the weekday alone is a second reading"
    return _Draft(readings=readings, tense=tense, rule=rule)


def _month_words(
    phrase: MonthWords, dateline: datetime.date, future: bool, policy: WhenPolicy
) -> _Draft:
    if phrase.year is not None:
        return _Draft(
            readings=(month_period(phrase.year, phrase.month),), tense="present", rule="a month"
        )
    if future:
        year = dateline.year + (phrase.month < dateline.month)
        month = month_period(year, phrase.month)
        period = Period(start=max(month.start, dateline), end=month.end)
        return _Draft(
            readings=(period,), tense="future", rule="a month: the next, from the dateline"
        )
    year = dateline.year - (phrase.month > dateline.month)
    month = month_period(year, phrase.month)
    period = Period(start=month.start, end=min(month.end, dateline))
    return _Draft(
        readings=(period,), tense="past", rule="a month: the latest begun, cut at the dateline"
    )


def _season_words(
    phrase: SeasonWords, dateline: datetime.date, future: bool, policy: WhenPolicy
) -> _Draft:
    seasons, season = policy.seasons, phrase.season
    if phrase.until_year is not None and phrase.year is not None:
        _check_split_years(phrase.year, phrase.until_year)
        return _Draft(
            readings=(seasons.occurrence(season, phrase.year),), tense="present", rule="a season"
        )
    if phrase.year is not None:
        return _Draft(
            readings=seasons.readings(season, phrase.year), tense="present", rule="a season"
        )
    if future:
        found = seasons.earliest_unended(season, dateline)
        period = Period(start=max(found.start, dateline), end=found.end)
        return _Draft(
            readings=(period,), tense="future", rule="a season: the next, from the dateline"
        )
    found = seasons.latest_started(season, dateline)
    period = Period(start=found.start, end=min(found.end, dateline))
    return _Draft(
        readings=(period,), tense="past", rule="a season: the latest begun, cut at the dateline"
    )


def _check_split_years(year: int, until: int) -> None:
    expected = year + 1
    if until not in (expected, expected % 100):
        raise WhenError(f"a season from {year} must end in {expected}, not {until}")


def _year_words(
    phrase: YearWords, dateline: datetime.date, future: bool, policy: WhenPolicy
) -> _Draft:
    if phrase.until_year is None:
        return _Draft(readings=(year_period(phrase.year),), tense="present", rule="a year")
    until = _until_year(phrase.year, phrase.until_year)
    period = Period(start=year_period(phrase.year).start, end=year_period(until).end)
    return _Draft(readings=(period,), tense="present", rule="years: all of each")


#: The longest span of years written with two digits at the end ("2022-32").
_SHORT_SPAN = 10


def _until_year(year: int, until: int) -> int:
    """The last year of a span: "2022-23" ends in 2023, "1999-00" in 2000."""
    if until < 100:  # the next years of the century, or across it: at most ten years
        until += year - year % 100 + (100 if until <= year % 100 else 0)
        until = until if until - year <= _SHORT_SPAN else year
    if until <= year:
        raise WhenError(f"a span of years from {year} must end after it, not in {until}")
    return until


def _iso_words(
    phrase: IsoWords, dateline: datetime.date, future: bool, policy: WhenPolicy
) -> _Draft:
    return _Draft(
        readings=(_span(phrase.start, phrase.end),), tense="present", rule="explicit dates"
    )


# ---- putting it together ------------------------------------------------------------

Reader = Callable[[Any, datetime.date, bool, WhenPolicy], _Draft]

_READERS: Final[dict[type, Reader]] = {
    IsoWords: _iso_words,
    DayWords: _day_words,
    WeekdayWords: _weekday_words,
    CalendarWords: _calendar_words,
    SpanWords: _span_words,
    AgoWords: _ago_words,
    DateWords: _date_words,
    MonthWords: _month_words,
    SeasonWords: _season_words,
    YearWords: _year_words,
}


def _unique(periods: Iterable[Period]) -> tuple[Period, ...]:
    return tuple(dict.fromkeys(periods))


def _since(draft: _Draft, dateline: datetime.date) -> _Draft:
    readings = _unique(
        Period(start=p.start, end=dateline) for p in draft.readings if p.start <= dateline
    )
    if not readings:
        raise WhenError(f"'since' needs a start on or before the dateline {dateline}")
    return _Draft(
        readings=readings,
        tense="past",
        rule=f"since: from the start of ({draft.rule}) to the dateline",
    )


def _fits(period: Period, tense: Tense, dateline: datetime.date) -> bool:
    if tense == "past":
        return period.end <= dateline
    return tense == "present" or period.start >= dateline


def _draft(words: TimeWords, dateline: datetime.date, policy: WhenPolicy) -> _Draft:
    phrase: Phrase = words.phrase
    draft = _READERS[type(phrase)](phrase, dateline, words.future, policy)
    if words.since:
        draft = _since(draft, dateline)
    if words.future and draft.tense == "past":
        raise WhenError(
            "a future verb ('will', 'is expected to', ...) before a phrase about the past"
        )
    return draft


def _explain(text: str, dateline: datetime.date, policy: WhenPolicy) -> WhenResolution:
    words = read_time_words(text)
    try:
        draft = _draft(words, dateline, policy)
    except WhenError as error:
        raise WhenError(f"cannot resolve {text!r} on {dateline}: {error.message}") from None
    readings = _unique(p for p in draft.readings if _fits(p, draft.tense, dateline))
    if not readings:
        raise WhenError(f"cannot resolve {text!r} on {dateline}: no reading fits its tense")
    return WhenResolution(
        text=text, dateline=dateline, readings=readings, tense=draft.tense, rule=draft.rule
    )


_explain_cached: Final = functools.lru_cache(maxsize=16384)(_explain)


def clear_caches() -> None:
    """Forget cached readings (the grammar's and the resolutions'); results do not change."""
    read_time_words.cache_clear()
    _explain_cached.cache_clear()


def _checked_dateline(dateline: object) -> datetime.date:
    if isinstance(dateline, datetime.datetime):
        return dateline.date()
    if not isinstance(dateline, datetime.date):
        raise WhenError(f"a dateline must be a datetime.date, got {dateline!r}")
    return dateline


def explain_when(
    text: str, dateline: datetime.date, *, policy: WhenPolicy = DEFAULT_WHEN_POLICY
) -> WhenResolution:
    """All readings of ``text`` on ``dateline`` (usual first), with the tense and the rule used."""
    if not isinstance(text, str):
        raise WhenError(f"a time expression must be text, got {text!r}")
    if type(dateline) is not datetime.date:
        dateline = _checked_dateline(dateline)
    if not isinstance(policy, WhenPolicy):
        raise WhenError(f"policy is {policy!r}: expected a WhenPolicy")
    return _explain_cached(text, dateline, policy)


def resolve_when(
    text: str, dateline: datetime.date, *, policy: WhenPolicy = DEFAULT_WHEN_POLICY
) -> Period:
    """The usual reading of ``text`` on ``dateline`` (see the module's table of rules).

    >>> import datetime
    >>> str(resolve_when("on Monday", datetime.date(2025, 5, 23)))
    '2025-05-19'
    """
    return explain_when(text, dateline, policy=policy).readings[0]


def resolve_when_all(
    text: str, dateline: datetime.date, *, policy: WhenPolicy = DEFAULT_WHEN_POLICY
) -> tuple[Period, ...]:
    """Every honest reading of ``text`` on ``dateline``, the one ``resolve_when`` picks first."""
    return explain_when(text, dateline, policy=policy).readings
