"""When: the time words of a sentence, read with the timeline's resolver.

Time phrases are found with a scanning pattern built from the time grammar's
own vocabularies (:data:`claimcheck.grammar.timewords.WEEKDAYS`,
``MONTHS``, ``SEASON_WORDS``) and each one found is read by
:func:`claimcheck.timeline.resolve_when`, so extraction understands exactly
the phrases a story file's ``when`` does; a phrase the resolver refuses is
ignored. :func:`phrases_in` finds the phrases of every sentence of a text at
once, trying the pattern only at time words, month names and years (every
phrase holds one) and at the chain of lead words and numbers ("ever since",
"on this past", "in the last 24") right before them: the same phrases as
:func:`time_phrases` on each sentence, several times faster.

A phrase next to an attribution ("said on Friday", "on Wednesday reported",
"On Wednesday, the air force said") dates the *statement*: it gives the
claim's ``said_on``. Any other phrase in the figure's clause (the nearest one)
dates the *event*, read against ``said_on`` ("overnight" in a report made on
Wednesday is the night into Wednesday). A sentence without a phrase of its own
continues the time of the sentence before it in its paragraph.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterable, Sequence
from itertools import islice

import attrs
import regex

from claimcheck.errors import WhenError
from claimcheck.grammar.letters import folded, letter_runs, word_starts
from claimcheck.grammar.timewords import MONTHS, SEASON_WORDS, WEEKDAYS
from claimcheck.period import Period
from claimcheck.timeline import resolve_when

__all__ = [
    "TimePhrase", "ahead", "dated", "event_period", "event_phrases", "nearest_event", "phrases_in",
    "said_on", "time_phrases",
]  # fmt: skip


def _alternatives(words: object) -> str:
    return "|".join(sorted((regex.escape(str(w)) for w in words), key=len, reverse=True))  # type: ignore[attr-defined]


_WD = rf"(?i:{_alternatives(w for w in WEEKDAYS if len(w) > 3)})"
_MON = rf"(?-i:{_alternatives(m.capitalize() for m in MONTHS if len(m) > 2)})"
_SEASON = rf"(?i:{_alternatives(SEASON_WORDS)})"
_COUNT = r"(?:\d{1,3}|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|24|48|72)"
_PHRASE = (
    rf"(?:overnight(?:\s(?:into|on|to))?\s)?(?:on\s)?(?:(?:this\spast|this\scoming|last|next|this"
    rf"|past|coming)\s)?(?:early\s|late\s)?{_WD}\b(?:\s(?:morning|afternoon|evening|night))?"
    r"|(?:earlier\s|later\s)?(?:today|tonight|yesterday|tomorrow|last\snight|overnight"
    r"|this\s(?:morning|afternoon|evening))\b"
    r"|(?:(?:in|during|over|at|for|on)\s)?(?:last|this|next|earlier\sthis|later\sthis"
    r"|so\sfar\sthis)\s(?:week|month|year|weekend)\b"
    rf"|(?:(?:in|during|over|for|within)\s)?the\s(?:past|last|next|coming|recent)\s(?:{_COUNT}\s)?"
    r"(?:hours?|days?|weeks?|months?|years?)\b"
    rf"|(?:on\s)?(?:{_WD},?\s)?{_MON}\.?\s\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s\d{{4}}\b)?"
    rf"|(?:on\s)?\d{{1,2}}\s{_MON}\b(?:\s\d{{4}}\b)?"
    rf"|(?:in\s)?{_MON}(?:,?\s(?:of\s)?\d{{4}}\b)"
    rf"|(?:in|during)\s{_MON}\b|(?<=\bsince ){_MON}\b"
    rf"|(?:(?:in|during)\s)?(?:the\s)?{_SEASON}(?:,?\s(?:of\s)?\d{{4}})\b"
    r"|(?:(?:in|during|for|over)\s)?(?:the\s)?\d{4}[-/–](?:\d{4}|\d{2})\b(?![-/]\d)"
    r"(?:\s(?:season|fiscal\syear|financial\syear|school\syear|academic\syear|crop\syear)\b)?"
    r"|in\s\d{4}\b"
)
#: The end of a written span of years ("-22" of "2024-22", "/23 season").
_SPAN_END = regex.compile(r"(?<=\d{4})[-/–]\d{2,4}\b.{0,20}$")
_SCAN = regex.compile(rf"(?<!\w)(?:(?:ever\s)?since\s)?(?:{_PHRASE})", regex.IGNORECASE)
_ATTRIBUTIVE_GAP = 4
#: Words that date a phrase in the past even in a forecast's sentence.
_PAST = regex.compile(r"\b(?:last|past|yesterday|ago|earlier|since|recent)\b|\d{4}", regex.I)
#: How far ahead a forecast's date may lie: a weekday within a week, a date within a year.
_AHEAD = (datetime.timedelta(days=6), datetime.timedelta(days=364))
_NEAR = 300


@attrs.frozen(kw_only=True)
class TimePhrase:
    """A time phrase in a sentence: offsets within the sentence and the words."""

    start: int
    end: int
    text: str


def time_phrases(sentence: str) -> list[TimePhrase]:
    """Every time phrase the timeline can read in one sentence, left to right."""
    return [
        TimePhrase(start=m.start(), end=m.end(), text=m.group(0)) for m in _SCAN.finditer(sentence)
    ]


# --- finding the phrases of a whole text at once ---------------------------------
# Every phrase holds an anchor -- a time word (case-insensitive), a month name
# (as capitalised) or a year's four digits -- and before its first anchor stand
# only lead words and counts or days (one to three digits), one space apart.

_TIME_WORDS = frozenset(
    {w for w in WEEKDAYS if len(w) > 3} | set(SEASON_WORDS)
    | {"today", "tonight", "yesterday", "tomorrow", "night", "overnight", "morning"}
    | {"afternoon", "evening", "weekend", "hour", "hours", "day", "days", "week", "weeks"}
    | {"month", "months", "year", "years"}
)  # fmt: skip
#: Anchors no phrase begins with (nor with a year): a phrase holding one begins at a lead
#: word before it ("the past 24 hours", "last night"), so the scan is not tried at them.
_INNER_WORDS = frozenset(
    {"night", "morning", "afternoon", "evening", "weekend", "hour", "hours", "day", "days"}
    | {"week", "weeks", "month", "months", "year", "years"}
)  # fmt: skip
_MONTH_FORMS = frozenset(m.capitalize() for m in MONTHS if len(m) > 2)
#: Each month form by its folded form: a form standing in a text as a whole run of letters
#: stands folded in the folded text (folding keeps letters letters), so the folded text's
#: runs (split once for all lookups) tell which forms to look for.
_MONTH_FOLDS = {form.casefold(): form for form in _MONTH_FORMS}
#: The words that can stand before a phrase's first anchor.
_LEAD_WORDS = (
    "ever", "since", "into", "on", "to", "this", "past", "coming", "last", "next", "early",
    "late", "earlier", "later", "in", "during", "over", "at", "for", "so", "far", "within",
    "the", "recent", "few", "several", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "twelve",
)  # fmt: skip
_LEAD = regex.compile(
    rf"(?<!\w)(?:{_alternatives(_LEAD_WORDS)}|\d{{1,3}})\s\Z", regex.IGNORECASE | regex.REVERSE
)  # searched from the end: one attempt
_LEAD_SPAN = max(len(w) for w in _LEAD_WORDS) + 1
_MAX_LEADS = 8
#: A year's four digits: a whole run of four, after no word character.
_YEAR = regex.compile(r"(?<!\w)\d{4}(?!\d)")
_WORD_CHAR = regex.compile(r"\w")


def phrases_in(text: str, spans: Sequence[tuple[int, int]]) -> list[list[TimePhrase]]:
    """:func:`time_phrases` of each sentence ``text[start:end]`` of ``spans``, found at once."""
    lowered = folded(text)
    if len(lowered) != len(text):
        return [time_phrases(text[start:end]) for start, end in spans]
    anchors, inner = _anchors(text, lowered)
    return [
        _sentence_phrases(
            text, (start, end), islice(anchors, bisect.bisect_left(anchors, start), None), inner
        )
        if start == 0 or not _WORD_CHAR.match(text, start - 1)
        else time_phrases(text[start:end])  # the look-behind would see the word before
        for start, end in spans
    ]


def _anchors(text: str, folded: str) -> tuple[list[int], set[int]]:
    """Where the anchors of ``text`` stand, in order, and which of them no phrase begins with
    (years and :data:`_INNER_WORDS`)."""
    inner = {m.start() for m in _YEAR.finditer(text)}
    found = list(inner)
    runs = letter_runs(folded)
    for word in _TIME_WORDS.intersection(runs):
        starts = word_starts(folded, word)
        found.extend(starts)
        if word in _INNER_WORDS:
            inner.update(starts)
    for month in _MONTH_FOLDS.keys() & runs:
        found.extend(word_starts(text, _MONTH_FOLDS[month]))
    return sorted(found), inner


def _sentence_phrases(
    text: str, span: tuple[int, int], anchors: Iterable[int], inner: set[int]
) -> list[TimePhrase]:
    """The phrases of the sentence at ``span``; ``anchors``: the text's, from the first in it."""
    start, end = span
    phrases: list[TimePhrase] = []
    done, previous = start, start - 1
    for anchor in anchors:
        if anchor >= end:
            break
        if anchor >= done:
            match = _first_phrase(text, max(done, previous + 1), anchor, (end, anchor in inner))
            if match is not None:
                phrases.append(TimePhrase(start=match.start() - start, end=match.end() - start,
                                          text=match.group(0)))  # fmt: skip
                done = match.end()
        previous = anchor
    return phrases


def _first_phrase(
    text: str, low: int, anchor: int, reach: tuple[int, bool]
) -> regex.Match[str] | None:
    """The phrase starting at a lead word before ``anchor`` (earliest first) or at it.

    ``reach`` is the sentence's end and whether no phrase begins at the anchor itself.
    """
    end, inner = reach
    starts, at = [anchor], anchor
    for _ in range(_MAX_LEADS):
        lead = _LEAD.search(text, max(low, at - _LEAD_SPAN), at)
        if lead is None:
            break
        at = lead.start()
        starts.append(at)
    for position in reversed(starts[1:] if inner else starts):
        match = _SCAN.match(text, position, end)
        if match is not None:
            return match
    return None


def _resolve(phrase: str, anchor: datetime.date) -> Period | None:
    try:
        return resolve_when(phrase, anchor)
    except WhenError:
        split = _SPAN_END.search(phrase)  # "in 2024-22": no span of years, but 2024
        return None if split is None else _resolve(phrase[: split.start()], anchor)


def is_attributive(phrase: TimePhrase, cue_spans: list[tuple[int, int]], sentence: str) -> bool:
    """True for a phrase that dates the statement ("said on Friday")."""
    first = bisect.bisect_left(cue_spans, (phrase.start - _NEAR, 0))
    for start, end in cue_spans[first : first + 8]:
        if start <= phrase.start < end or 0 <= phrase.start - end <= _ATTRIBUTIVE_GAP:
            return True
        fronted = phrase.start == 0 and sentence[phrase.end : phrase.end + 2].startswith(",")
        if fronted and start - phrase.end < 40:
            return True
    return False


def said_on(
    phrases: list[TimePhrase],
    cue_spans: list[tuple[int, int]],
    sentence: str,
    dateline: datetime.date,
) -> datetime.date:
    """The day a sentence's statement was made: the day its attribution names, or the dateline."""
    for phrase in phrases[:_NEAR]:
        if is_attributive(phrase, cue_spans, sentence):
            period = _resolve(phrase.text, dateline)
            if period is not None and period.start == period.end and period.end <= dateline:
                return period.start
    return dateline


def dated(
    phrases: list[TimePhrase],
    cue_spans: list[tuple[int, int]],
    sentence: str,
    dateline: datetime.date,
) -> tuple[datetime.date, list[TimePhrase]]:
    """:func:`said_on` and :func:`event_phrases` of a sentence at once (each phrase is
    tested for dating the statement once)."""
    said: datetime.date | None = None
    events: list[TimePhrase] = []
    for index, phrase in enumerate(phrases):
        if not is_attributive(phrase, cue_spans, sentence):
            events.append(phrase)
        elif said is None and index < _NEAR:
            period = _resolve(phrase.text, dateline)
            if period is not None and period.start == period.end and period.end <= dateline:
                said = period.start
    return dateline if said is None else said, events


def event_period(
    phrases: list[TimePhrase],
    position: int,
    cue_spans: list[tuple[int, int]],
    sentence: str,
    anchor: datetime.date,
) -> tuple[TimePhrase, Period] | None:
    """The nearest event phrase to ``position`` (offset in the sentence) and its period."""
    return nearest_event(event_phrases(phrases, cue_spans, sentence), position, anchor)


def event_phrases(
    phrases: list[TimePhrase], cue_spans: list[tuple[int, int]], sentence: str
) -> list[TimePhrase]:
    """The phrases of a sentence that date no statement: those that can date its events.

    Found once per sentence, for :func:`nearest_event` to pick from for each figure.
    """
    return [p for p in phrases if not is_attributive(p, cue_spans, sentence)]


def nearest_event(
    events: list[TimePhrase], position: int, anchor: datetime.date
) -> tuple[TimePhrase, Period] | None:
    """The nearest of ``events`` (:func:`event_phrases`) to ``position`` that the timeline
    reads, and its period."""
    near = [p for p in events if position - _NEAR <= p.start <= position + _NEAR]
    for phrase in sorted(near, key=lambda p: abs(p.start - position))[:4]:
        period = _resolve(phrase.text, anchor)
        if period is not None:
            return phrase, period
    return None


def ahead(phrase: str, period: Period, said: datetime.date) -> Period:
    """A forecast's reading of a date with no year or a weekday: the next one, not the last.

    The resolver reads "on Aug. 27" as the latest Aug. 27 by the dateline, as a
    report means it; "will issue 58,400 offers on Aug. 27" means the coming one.
    """
    if period.end >= said or _PAST.search(phrase) is not None:
        return period
    for reach in _AHEAD:
        later = _resolve(phrase, said + reach)
        if later is not None and later.start >= said:
            return later
    return period
