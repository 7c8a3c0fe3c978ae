"""Time words: the grammar that reads when-phrases into small typed records.

``read_time_words("will meet on Monday")`` gives ``TimeWords`` holding a
``WeekdayWords`` phrase and ``future=True``; the timeline then resolves it
against a dateline. This module knows syntax only (which words were said);
what they mean on a given day lives in ``claimcheck.timeline``.

Text is normalised first: case folded, runs of white space collapsed, curly
apostrophes and dashes straightened, trailing ``.,;:`` dropped. A phrase is
at most ``MAX_WHEN_CHARS`` characters. Every pattern uses only bounded
repetition and is matched whole (``fullmatch``), so reading is linear time.

A future-marking lead ("will", "is expected to", "plans to", ...) may precede a
phrase with up to ``MAX_LEAD_WORDS`` words between ("will hold talks on
Monday"); ``since`` may precede a phrase ("since the spring of 2022").
``find_weekday_dates`` scans running text for "Friday, May 23" style pairs.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Final, Literal, cast

import attrs
import regex

from claimcheck.errors import WhenError
from claimcheck.grammar.numbers import SMALL_NUMBERS, TENS

__all__ = [
    "MAX_LEAD_WORDS",
    "MAX_WHEN_CHARS",
    "MONTHS",
    "SEASON_WORDS",
    "WEEKDAYS",
    "AgoWords",
    "CalendarWords",
    "DateWords",
    "DayWords",
    "IsoWords",
    "MonthWords",
    "Phrase",
    "SeasonWords",
    "SpanWords",
    "TimeWords",
    "WeekdayDate",
    "WeekdayWords",
    "YearWords",
    "count_value",
    "find_weekday_dates",
    "normalize",
    "read_iso_period",
    "read_time_words",
]

#: The longest text read as a time phrase; longer text is refused at once.
MAX_WHEN_CHARS: Final = 200
#: How many words may stand between a future lead ("will") and the phrase.
MAX_LEAD_WORDS: Final = 5

WEEKDAYS: Final[Mapping[str, int]] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thur": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
MONTHS: Final[Mapping[str, int]] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
#: Season words and the season each names ("fall" is autumn).
SEASON_WORDS: Final[Mapping[str, str]] = {
    "spring": "spring",
    "summer": "summer",
    "autumn": "autumn",
    "fall": "autumn",
    "winter": "winter",
}
# Number words come from the figure grammar, so both read "three" the same way.
_UNITS: Final = tuple(sorted(SMALL_NUMBERS, key=SMALL_NUMBERS.__getitem__))
_TENS: Final[Mapping[str, int]] = TENS
_COUNT_WORDS: Final[Mapping[str, int]] = {
    **{word: value for value, word in enumerate(_UNITS)},
    "a": 1,
    "an": 1,
    "a single": 1,
    "a couple of": 2,
    "couple of": 2,
    "a dozen": 12,
}


def _alternatives(words: Iterable[object]) -> str:
    return "|".join(sorted((regex.escape(str(w)) for w in words), key=len, reverse=True))


_WD = rf"(?P<weekday>{_alternatives(WEEKDAYS)})\.?"
_MON = rf"(?P<month>{_alternatives(MONTHS)})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_COUNT = (
    rf"(?P<count>\d{{1,5}}|(?:{_alternatives(_TENS)})(?:[- ](?:{_alternatives(_UNITS[1:10])}))?"
    rf"|{_alternatives(_COUNT_WORDS)})"
)
_PART = r"(?: (?:morning|afternoon|evening))?"
_EARLY = r"(?:early |late )?"
_ISO_DATE = r"\d{4}-\d{2}-\d{2}"

CalendarUnitWord = Literal["week", "month", "year", "weekend"]
SpanUnitWord = Literal["hour", "day", "week", "month", "year"]
AgoUnitWord = Literal["hour", "day", "week", "month", "year", "decade"]

# ---- phrase records --------------------------------------------------------------


@attrs.frozen(kw_only=True)
class IsoWords:
    """An explicit ISO date or ``start/end`` span."""

    start: datetime.date
    end: datetime.date


@attrs.frozen(kw_only=True)
class DayWords:
    """A day word: ``today``, ``yesterday``, ``the day after tomorrow``, ``last night``..."""

    word: str


@attrs.frozen(kw_only=True)
class WeekdayWords:
    """A weekday name, perhaps after ``last``, ``this``, ``next``, ``coming``, ``overnight``..."""

    weekday: int
    which: Literal["last", "past", "this", "next", "coming"] | None = None
    overnight: bool = False


@attrs.frozen(kw_only=True)
class CalendarWords:
    """A calendar unit near the dateline: ``last week``, ``earlier this month``, ``the weekend``."""

    which: Literal["last", "this", "next", "earlier", "later", "the"]
    unit: CalendarUnitWord


@attrs.frozen(kw_only=True)
class SpanWords:
    """A span reaching back or forward from the dateline: ``in recent days``, ``the past 24 hours``.

    ``count`` is None when no number was said; ``plural`` then tells "the past
    week" (one) from "the past weeks" (a vague number, set by policy).
    """

    direction: Literal["past", "future"]
    count: int | None
    unit: SpanUnitWord
    plural: bool


@attrs.frozen(kw_only=True)
class AgoWords:
    """``N units ago``."""

    count: int
    unit: AgoUnitWord


@attrs.frozen(kw_only=True)
class DateWords:
    """A day of a month, with or without a year, optionally with a weekday name."""

    month: int
    day: int
    year: int | None = None
    weekday: int | None = None


@attrs.frozen(kw_only=True)
class MonthWords:
    """A month name, with or without a year."""

    month: int
    year: int | None = None


@attrs.frozen(kw_only=True)
class SeasonWords:
    """A season, with or without a year; ``until_year`` for ``winter 2022-23``."""

    season: str
    year: int | None = None
    until_year: int | None = None


@attrs.frozen(kw_only=True)
class YearWords:
    """A year number; ``until_year`` for a span of years ("2022-23", "2020-2024")."""

    year: int
    until_year: int | None = None


Phrase = (
    IsoWords
    | DayWords
    | WeekdayWords
    | CalendarWords
    | SpanWords
    | AgoWords
    | DateWords
    | MonthWords
    | SeasonWords
    | YearWords
)


@attrs.frozen(kw_only=True)
class TimeWords:
    """A read phrase: what was said, whether a lead marked the future, whether ``since`` led it."""

    phrase: Phrase
    future: bool = False
    since: bool = False


# ---- counts ----------------------------------------------------------------------


def count_value(text: str) -> int:
    """The value of a count as the grammar reads it: digits, ``three``, ``twenty-one``, ``a``."""
    if text.isdigit():
        return int(text)
    if text in _COUNT_WORDS:
        return _COUNT_WORDS[text]
    tens, _, unit = text.replace(" ", "-").partition("-")
    return _TENS[tens] + (_UNITS.index(unit) if unit else 0)


# ---- builders: match groups -> phrase --------------------------------------------

Groups = Mapping[str, str | None]

_WHICH_WEEKDAY: Final[Mapping[str, Literal["last", "past", "this", "next", "coming"]]] = {
    "last": "last",
    "this past": "past",
    "past": "past",
    "this": "this",
    "next": "next",
    "this coming": "coming",
    "coming": "coming",
}
_WHICH_CALENDAR: Final[Mapping[str, Literal["last", "this", "next", "earlier", "later", "the"]]] = {
    "last": "last",
    "the previous": "last",
    "this": "this",
    "next": "next",
    "the following": "next",
    "earlier this": "earlier",
    "earlier in the": "earlier",
    "so far this": "earlier",
    "later this": "later",
    "later in the": "later",
    "the": "the",
}
_DIRECTION: Final[Mapping[str, Literal["past", "future"]]] = {
    "recent": "past",
    "past": "past",
    "last": "past",
    "previous": "past",
    "coming": "future",
    "upcoming": "future",
    "next": "future",
    "following": "future",
}


def _int(groups: Groups, name: str) -> int | None:
    value = groups.get(name)
    return None if value is None else int(value)


def _weekday(groups: Groups) -> int | None:
    value = groups.get("weekday")
    return None if value is None else WEEKDAYS[value]


def _iso(groups: Groups) -> IsoWords:
    start = _iso_date(groups["start"] or "")
    return IsoWords(start=start, end=_iso_date(groups["end"]) if groups["end"] else start)


def _day_words(groups: Groups) -> DayWords:
    return DayWords(word=groups["word"] or "")


def _weekday_words(groups: Groups) -> WeekdayWords:
    which = groups.get("which")
    return WeekdayWords(
        weekday=WEEKDAYS[groups["weekday"] or ""],
        which=None if which is None else _WHICH_WEEKDAY[which],
        overnight=groups.get("overnight") is not None,
    )


def _calendar_words(groups: Groups) -> CalendarWords:
    unit = cast(CalendarUnitWord, groups["unit"])
    return CalendarWords(which=_WHICH_CALENDAR[groups.get("which") or "the"], unit=unit)


def _so_far_words(groups: Groups) -> CalendarWords:
    return CalendarWords(which="earlier", unit=_calendar_words(groups).unit)


def _span_words(groups: Groups) -> SpanWords:
    count, unit = groups.get("count"), cast(SpanUnitWord, groups["unit"])
    return SpanWords(
        direction=_DIRECTION[groups["direction"] or ""],
        count=None if count in (None, "few", "several") else count_value(count or ""),
        unit=unit,
        plural=groups.get("plural") is not None,
    )


def _ago_words(groups: Groups) -> AgoWords:
    unit = cast(AgoUnitWord, groups["unit"])
    return AgoWords(count=count_value(groups["count"] or ""), unit=unit)


def _date_words(groups: Groups) -> DateWords:
    return DateWords(
        month=MONTHS[groups["month"] or ""],
        day=int(groups["day"] or "0"),
        year=_int(groups, "year"),
        weekday=_weekday(groups),
    )


def _month_words(groups: Groups) -> MonthWords:
    return MonthWords(month=MONTHS[groups["month"] or ""], year=_int(groups, "year"))


def _season_words(groups: Groups) -> SeasonWords:
    return SeasonWords(
        season=SEASON_WORDS[groups["season"] or ""],
        year=_int(groups, "year"),
        until_year=_int(groups, "until"),
    )


def _year_words(groups: Groups) -> YearWords:
    return YearWords(year=int(groups["year"] or "0"), until_year=_int(groups, "until"))


# ---- the rules -------------------------------------------------------------------

_DATE_BODY = rf"(?:{_MON} (?:the )?{_DAY}|(?:the )?{_DAY} (?:of )?{_MON})(?:,? {_YEAR})?"
_RULES: Final[tuple[tuple[str, Callable[[Groups], Phrase]], ...]] = (
    (rf"(?P<start>{_ISO_DATE})(?:/(?P<end>{_ISO_DATE}))?", _iso),
    (
        rf"(?:on )?{_EARLY}(?P<word>today|earlier today|later today|tonight|this morning"
        r"|this afternoon|this evening|yesterday|the day before yesterday|tomorrow"
        rf"|the day after tomorrow|last night|overnight){_PART}",
        _day_words,
    ),
    (
        rf"(?:(?P<overnight>overnight)(?: on| into)? |(?:on )?"
        rf"(?:(?P<which>this past|this coming|last|past|coming|this|next) )?){_EARLY}{_WD}{_PART}",
        _weekday_words,
    ),
    (
        r"(?:(?:in|during|over|at|for|on) )?(?P<which>last|this|next|earlier this|later this"
        r"|earlier in the|later in the|so far this|the previous|the following)"
        r" (?P<unit>week|month|year|weekend)",
        _calendar_words,
    ),
    (r"(?:(?:in|during) )?this (?P<unit>week|month|year) so far", _so_far_words),
    (r"(?:(?:in|during|over|at|on) )?the (?P<unit>weekend)", _calendar_words),
    (
        r"(?:(?:in|during|over|for|within|throughout) )?(?:(?:the )?(?P<direction>recent|coming"
        r"|upcoming)|the (?P<direction>past|last|next|previous|following))"
        rf"(?: (?:{_COUNT}|(?P<count>few|several)))?"
        r" (?P<unit>hour|day|week|month|year)(?P<plural>s)?",
        _span_words,
    ),
    (rf"{_COUNT} (?P<unit>hour|day|week|month|year|decade)s? ago", _ago_words),
    (rf"(?:on )?(?:{_WD},? )?{_DATE_BODY}", _date_words),
    (rf"(?:(?:in|during) )?{_MON}(?:,? (?:of )?{_YEAR})?", _month_words),
    (
        r"(?:(?:in|during) )?(?:the )?(?P<season>spring|summer|autumn|fall|winter)"
        rf"(?:,? (?:of )?{_YEAR}(?:[-/](?P<until>\d{{4}}|\d{{2}}))?)?",
        _season_words,
    ),
    (
        rf"(?:(?:in|during) )?(?:the (?:year )?)?{_YEAR}(?:[-/–](?P<until>\d{{4}}|\d{{2}})"
        r"(?: (?:season|fiscal year|financial year|school year|academic year|crop year))?)?",
        _year_words,
    ),
)


@functools.cache
def _compiled() -> tuple[tuple[regex.Pattern[str], Callable[[Groups], Phrase]], ...]:
    """The rules' patterns, compiled on first use (compiling them all costs ~15 ms)."""
    return tuple((regex.compile(pattern), build) for pattern, build in _RULES)


_FUTURE_LEAD: Final = regex.compile(
    r"(?:will|shall|is to|are to|(?:(?:is|are) )?(?:expected|due|set|scheduled|going"
    r"|planning|slated|poised|planned) to|(?:plans?|aims?|intends?|hopes?) to)(?: (?P<rest>.*))?"
)
_SINCE: Final = regex.compile(r"(?:ever )?since (?P<rest>.*)")
_ISO_PERIOD: Final = regex.compile(rf"(?P<start>{_ISO_DATE})(?:/(?P<end>{_ISO_DATE}))?")
_STRAIGHTEN: Final = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})


def _iso_date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise WhenError(f"{text!r} is not a calendar date ({error})") from None


def read_iso_period(text: str) -> tuple[datetime.date, datetime.date] | None:
    """``(start, end)`` from ``"YYYY-MM-DD"`` or ``"YYYY-MM-DD/YYYY-MM-DD"``, else None.

    Raises ``WhenError`` when the form fits but a date does not exist (``2025-02-30``).
    """
    match = _ISO_PERIOD.fullmatch(text)
    if match is None:
        return None
    found = _iso(match.groupdict())
    return found.start, found.end


def normalize(text: str) -> str:
    """The text as the grammar reads it: folded case, single spaces, straight quotes and dashes."""
    folded = text.translate(_STRAIGHTEN).casefold().replace(",", ", ")
    return " ".join(folded.split()).replace(" ,", ",").strip(" .,;:")


def _read_phrase(text: str) -> Phrase | None:
    for pattern, build in _compiled():
        match = pattern.fullmatch(text)
        if match is not None:
            return build(match.groupdict())
    return None


def _after_lead(rest: str) -> Phrase | None:
    words = rest.split(" ")
    for skip in range(min(MAX_LEAD_WORDS, len(words) - 1) + 1):
        phrase = _read_phrase(" ".join(words[skip:]))
        if phrase is not None:
            return phrase
    return None


def _read(text: str) -> TimeWords | None:
    lead = _FUTURE_LEAD.fullmatch(text)
    if lead is not None and lead["rest"]:
        phrase = _after_lead(lead["rest"])
        return None if phrase is None else TimeWords(phrase=phrase, future=True)
    since = _SINCE.fullmatch(text)
    if since is not None:
        phrase = _read_phrase(since["rest"])
        return None if phrase is None else TimeWords(phrase=phrase, since=True)
    phrase = _read_phrase(text)
    return None if phrase is None else TimeWords(phrase=phrase)


@functools.lru_cache(maxsize=8192)
def read_time_words(text: str) -> TimeWords:
    """Read a when-phrase; raise ``WhenError`` quoting the text when it cannot be read."""
    if len(text) > MAX_WHEN_CHARS:
        raise WhenError(
            f"{text[:40]!r}... is too long to be a time expression "
            f"({len(text)} characters; at most {MAX_WHEN_CHARS})"
        )
    try:
        found = _read(normalize(text))
    except WhenError as error:  # the form fits but a date does not exist
        raise WhenError(f"cannot read {text!r}: {error.message}") from None
    if found is None:
        raise WhenError(
            f"cannot read {text!r} as a time expression (such as 'on Monday', 'last week', "
            "'May 16, 2025', 'spring of 2022', '2025-05-16/2025-05-18')"
        )
    return found


# ---- scanning running text for "Friday, May 23" ---------------------------------

_SCAN_WD = rf"(?P<weekday>{_alternatives(WEEKDAYS)})\b\.?"
_SCAN_DATE = (
    rf"(?:{_MON}[ \t]{{1,3}}(?:the[ \t])?{_DAY}|(?:the[ \t])?{_DAY}[ \t]{{1,3}}(?:of[ \t])?{_MON})"
    rf"(?!\d)(?:,?[ \t]{{1,3}}{_YEAR}(?!\d))?"
)


@functools.cache
def _weekday_date() -> regex.Pattern[str]:
    """A weekday named with a date ("Friday, May 23"), compiled on first use."""
    return regex.compile(
        rf"{_SCAN_WD},?[ \t]{{1,3}}\(?(?:the[ \t])?{_SCAN_DATE}", regex.IGNORECASE
    )


# A cheap first pass: where a weekday name could start (the full pattern runs only there).
_WEEKDAY_START: Final = regex.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)", regex.IGNORECASE)


@attrs.frozen(kw_only=True)
class WeekdayDate:
    """A weekday name written next to a date in running text ("Friday, May 23")."""

    text: str
    span: tuple[int, int]
    weekday: int
    month: int
    day: int
    year: int | None


def find_weekday_dates(text: str) -> Iterator[WeekdayDate]:
    """Every "Friday, May 23" / "Fri 23 May 2025" pair in ``text``, left to right."""
    end = 0
    for start in _WEEKDAY_START.finditer(text):
        match = _weekday_date().match(text, start.start()) if start.start() >= end else None
        if match is None:
            continue
        end = match.end()
        groups = {key: value and value.casefold() for key, value in match.groupdict().items()}
        yield WeekdayDate(
            text=match.group(0),
            span=match.span(),
            weekday=WEEKDAYS[groups["weekday"] or ""],
            month=MONTHS[groups["month"] or ""],
            day=int(groups["day"] or "0"),
            year=_int(groups, "year"),
        )
