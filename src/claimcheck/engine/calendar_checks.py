"""Calendar checks: ages and durations against known events, weekdays against dates.

**Elapsed time.** A claim about the time since a known event uses the
measure ``elapsed[since=EVENT]``, where ``EVENT`` is a key of the story's
``[events]`` table (``invasion = 2022-02-24``); other facets may be added
(``elapsed[since=invasion, of=war]``). Its figure is a duration
("3-year-old" = at least 3 and under 4 years, "more than three years"). The
claim is *as of* its ``when`` period (every day of it), else its ``said_on``
day, else the story's dateline. The time elapsed is counted by calendar
(`claimcheck.durations`: whole years and months by anniversaries, the rest by
days) and must fall in the figure for some as-of day; otherwise the finding
``elapsed-time`` shows the dates. Such claims are checked against the
calendar, not against each other. A figure in another unit of time is read in
years, months, weeks or days when it is a whole number of them (a decade is
10 years), else in days. A hedged elapsed-time claim (a forecast) is not checked.

**Weekdays.** A quote naming a weekday beside a date ("on Friday, May 23")
whose date is not that weekday gives ``weekday-mismatch``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from fractions import Fraction

from claimcheck import units
from claimcheck.durations import elapsed
from claimcheck.engine.explain import figure_text, finding, source_text
from claimcheck.engine.spans import Number, Span, intersect, is_empty, scale
from claimcheck.errors import ClaimcheckError
from claimcheck.model import Claim, Story
from claimcheck.report import Finding
from claimcheck.weekday_agreement import WeekdayPair, weekday_mismatches

__all__ = ["ELAPSED", "elapsed_event", "elapsed_findings", "weekday_findings"]

#: The measure name of elapsed-time claims.
ELAPSED = "elapsed"
_CALENDAR_UNITS = ("year", "month", "week", "day")


def elapsed_event(claim: Claim, story: Story) -> str | None:
    """The event an elapsed-time claim counts from, when the story knows it."""
    if claim.measure.name != ELAPSED:
        return None
    event = claim.measure.facet("since")
    return event if event is not None and event in story.events else None


def _as_of(claim: Claim, story: Story) -> tuple[datetime.date, datetime.date] | None:
    if claim.when is not None:
        return claim.when.start, claim.when.end
    day = claim.said_on or story.dateline
    return None if day is None else (day, day)


def _calendar_unit(unit: str | None) -> tuple[str, Fraction] | None:
    """A calendar unit for a figure in ``unit``, and the factor into it."""
    if unit is None or units.dimension(unit) != units.dimension("year"):
        return None
    for name in _CALENDAR_UNITS:
        scale_to = units.factor(unit, name)
        if scale_to.denominator == 1:
            return name, scale_to
    return "day", units.factor(unit, "day")


def _elapsed_finding(claim: Claim, story: Story, event: str) -> Finding | None:
    when, unit = _as_of(claim, story), _calendar_unit(claim.figure.unit)
    if when is None or unit is None:
        return None
    name, factor = unit
    start = story.events[event]
    figure = claim.figure
    stated = scale(Span(figure.low, figure.high, figure.low_open, figure.high_open), factor)
    try:
        first, last = elapsed(start, when[0]), elapsed(start, when[1])
    except ClaimcheckError:
        return _before_event(claim, event, start, when[1])
    actual = Span(first.amount(name), last.amount(name), False, False)
    if not is_empty(intersect(stated, actual)):
        return None
    until = when[1] if when[0] == when[1] else f"{when[0]} to {when[1]}"
    message = (f"{source_text(claim.source, start=True)} says {figure_text(claim)} since {event}, "
               f"but {event} was on {start} and from then to {until} is {last} "
               f"({_amount(actual)} {name}s).")  # fmt: skip
    return finding("elapsed-time", message, [claim], expected=f"{_amount(actual)} {name}s",
                   stated=figure_text(claim), steps=(f"{start} to {when[1]}: {last}",))  # fmt: skip


def _amount(span: Span) -> str:
    values = sorted({v for v in (span.low, span.high) if v is not None})
    return " to ".join(_decimal(v) for v in values)


def _decimal(value: Number) -> str:
    """A whole number as is; any other to hundredths, rounded exactly (display only)."""
    if value.denominator == 1:
        return str(value.numerator)
    hundredths = (abs(value.numerator) * 100 * 2 + value.denominator) // (2 * value.denominator)
    sign = "-" if value.numerator < 0 else ""
    return f"{sign}{hundredths // 100}.{hundredths % 100:02d}"


def _before_event(claim: Claim, event: str, start: datetime.date, day: datetime.date) -> Finding:
    message = (f"{source_text(claim.source, start=True)} says {figure_text(claim)} since {event}, "
               f"but {event} ({start}) comes after {day}.")  # fmt: skip
    return finding("elapsed-time", message, [claim], stated=figure_text(claim))


def elapsed_findings(claims: list[Claim], story: Story) -> Iterator[Finding]:
    """An ``elapsed-time`` finding for each elapsed-time claim the calendar refutes."""
    for claim in claims:
        event = elapsed_event(claim, story)
        found = None if event is None else _elapsed_finding(claim, story, event)
        if found is not None:
            yield found


def weekday_findings(claims: tuple[Claim, ...], story: Story) -> Iterator[Finding]:
    """A ``weekday-mismatch`` for each quote naming a date with the wrong weekday.

    Claims read from one sentence share its quote: each quote is read once.
    """
    read: dict[tuple[str, datetime.date], tuple[WeekdayPair, ...]] = {}
    for claim in claims:
        if not claim.quote:
            continue
        anchor = claim.said_on or story.dateline or (claim.when.end if claim.when else None)
        if anchor is None:
            continue
        key = (claim.quote, anchor)
        if key not in read:
            read[key] = weekday_mismatches(claim.quote, anchor)
        for pair in read[key]:
            message = f"{source_text(claim.source, start=True)} is quoted: {pair.message}."
            weekday = None if pair.date is None else pair.date.strftime("%A")
            yield finding("weekday-mismatch", message, [claim], stated=pair.text, expected=weekday)
