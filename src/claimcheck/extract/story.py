"""From news text to a `Story`: the extraction pipeline, step by step.

1. The text is split into paragraphs and sentences
   (:mod:`~claimcheck.extract.sentences`); a first line that reads as a
   headline becomes the title, and its figures are claims like any other
   (a headline's own "..., officials say" names their source, else they are
   the outlet's).
2. Figures are found with the figure grammar and screened
   (:mod:`~claimcheck.extract.mentions`).
3. Each figure gets its source (:mod:`~claimcheck.extract.attribution`), its
   statement date and event period (:mod:`~claimcheck.extract.timing`), its
   hedge (:mod:`~claimcheck.extract.hedges`) and what it counts
   (:mod:`~claimcheck.extract.measures`).
4. Relations are read and measures settled (:mod:`~claimcheck.extract.relations`).
5. Each figure becomes a `Claim` whose ``quote`` is its sentence and whose
   ``span`` is the figure's ``(start, end)`` in the text.

The outlet -- the source of figures no one is quoted for -- is the
``outlet`` argument, else the one a dateline header names ("KYIV (Reuters) -")
or a credit line ("Reuters' Jane Doe contributed to this report"), else
``"the article"``.
"""

from __future__ import annotations

import bisect
import datetime
from typing import NamedTuple

import attrs
import regex

from claimcheck.errors import ClaimcheckError, ExtractError
from claimcheck.extract import attribution, timing
from claimcheck.extract.attribution import Attributor, Cue
from claimcheck.extract.draft import Draft
from claimcheck.extract.hedges import hedge_of
from claimcheck.extract.lexicon import side_of
from claimcheck.extract.measures import read_counted
from claimcheck.extract.mentions import Mention, mentions
from claimcheck.extract.relations import relate
from claimcheck.extract.sentences import CLAUSE_BREAK, Paragraph, Sentence, paragraphs, stretch
from claimcheck.figures import Figure, parse_figure
from claimcheck.grammar.letters import folded
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story
from claimcheck.period import Period

__all__ = ["extract"]

_HEADER_OUTLET = regex.compile(
    r"\s{0,20}\p{Lu}[\p{Lu} .,'-]{1,40}\s{0,3}\((?P<outlet>[^()\n]{1,40})\)\s{0,3}[-—–]"
)
_HEADER_CITY = regex.compile(
    r"\s{0,20}(?P<city>\p{Lu}[\p{Lu}.'-]{1,30})(?:\s{0,3}\(|\s{1,3}[-—–])"
)
_CREDIT_OUTLET = regex.compile(
    r"(?P<outlet>\p{Lu}[\p{L}.&]{0,20}(?:\s\p{Lu}[\p{L}.&]{0,20}){0,3})['’]s?\s[^\n]{0,120}?"
    r"contributed\s(?:to\s)?(?:this\s)?report"
)
_DATELINE = regex.compile(
    r"\s{0,20}\p{Lu}[\p{Lu} .,'-]{1,40}\s{0,3}(?:\([^()\n]{1,40}\)\s{0,3})?(?:--?|[—–])\s"
)
_DATE_PREFIX = regex.compile(r"^\s{0,20}date\s{1,3}\d{4}-\d{2}-\d{2}\s{1,3}", regex.IGNORECASE)
_OVERNIGHT = regex.compile(r"\b(?:overnight|night)\b", regex.IGNORECASE)
_SINCE = regex.compile(r"\s{0,3}(?:ever\s{1,3})?since\b", regex.IGNORECASE)
_SINCE_EVENT = regex.compile(
    r"\bsince\s{1,3}(?:the\s{1,3})?(?P<event>(?:start|beginning|outbreak|onset)\s{1,3}of"
    r"(?:\s{1,3}[\p{L}'’-]{1,20}){1,4}|(?:war|invasion|conflict|pandemic|fighting)"
    r"\s{1,3}(?:began|started|broke\s{1,3}out)|records\s{1,3}began|(?:1[5-9]|20)\d0s"
    r"|first\s{1,3}(?!(?:half|quarter|week|weeks|day|days|month|months)\b)[\p{L}'’-]{1,20}"
    r"(?:\s{1,3}(?:of\s{1,3}the\s{1,3})?[\p{L}\d'’-]{1,20}){0,3})",
    regex.IGNORECASE,
)
_TITLE_MAX = 200
#: A period that ended this long before the statement is background, not the story's news.
_BACKGROUND = datetime.timedelta(days=30)
#: A time phrase starting this close to its sentence's start opens it ("In June 2015, ...").
_OPENING = 4
#: A _DATELINE match ends in its dash and a space within this many characters.
_HEADER_REACH = 112
#: How far back from a figure extraction reads its context (characters).
_REACH = 300


def extract(text: str, *, dateline: datetime.date, outlet: str | None = None) -> Story:
    """The claims, sources and relations of a news text, as a `Story` to review and check.

    ``dateline`` is the day the text was published: relative time words
    ("on Monday", "overnight") are read against it, and it is each claim's
    ``said_on`` unless the text dates the statement itself.
    """
    _check(text, dateline, outlet)
    blocks = paragraphs(text)
    title = _title(text, blocks)
    lead = blocks[1].start if title else 0  # where a dateline header would be
    source = Source(outlet or _outlet(text, lead) or "the article", kind="outlet")
    drafts = _drafts(text, blocks, dateline, source, _home(text, lead))
    drafts, measures, relations = relate(text, drafts)
    claims: list[Claim] = []
    for draft, measure in zip(drafts, measures, strict=True):
        claim = _claim(draft, measure, f"claims[{len(claims)}]")  # the id the Story would give
        if claim is not None:
            claims.append(claim)
    return Story(claims=claims, relations=relations, title=title, dateline=dateline)


def _check(text: object, dateline: object, outlet: object) -> None:
    if not isinstance(text, str):
        raise ExtractError(f"got {type(text).__name__} {text!r:.40}: expected the article's text")
    if type(dateline) is not datetime.date:
        raise ExtractError(f"dateline is {dateline!r}: expected a datetime.date", field="dateline")
    if outlet is not None and (not isinstance(outlet, str) or not outlet.strip()):
        raise ExtractError(f"outlet is {outlet!r}: expected a name or None", field="outlet")


def _title(text: str, blocks: tuple[Paragraph, ...]) -> str:
    if len(blocks) < 2 or len(blocks[0].sentences) != 1:
        return ""
    line = text[blocks[0].start : blocks[0].end].strip()
    if "\n" in line or len(line) > _TITLE_MAX or line.endswith((".", '"', "”", "?", "!")):
        return ""
    return _DATE_PREFIX.sub("", line).strip()


def _outlet(text: str, lead: int) -> str | None:
    header = _HEADER_OUTLET.match(text, lead)
    if header is not None:
        return header["outlet"].strip()
    credit = _CREDIT_OUTLET.search(text)
    return credit["outlet"].strip() if credit is not None else None


def _home(text: str, lead: int) -> str | None:
    """The country of the dateline city ("BERLIN (Reuters) -", "KYIV --"), if known."""
    city = _HEADER_CITY.match(text, lead)
    return side_of(city["city"].strip()) if city is not None else None


def _drafts(
    text: str,
    body: tuple[Paragraph, ...],
    dateline: datetime.date,
    outlet: Source,
    home: str | None,
) -> list[Draft]:
    attributor = Attributor(outlet, home)
    wanted_lists = _by_sentence(mentions(text), body)
    # A paragraph's sentences after its last one with figures date none: their time words
    # are not read.
    reads = [_upto(wanted) for wanted in wanted_lists]
    spans = [(s.start, s.end) for p, n in zip(body, reads, strict=True) for s in p.sentences[:n]]
    times = iter(timing.phrases_in(text, spans))
    drafts: list[Draft] = []
    last = max((i for i, n in enumerate(reads) if n), default=-1)
    # Paragraphs after the last one with figures can attribute nothing: not read.
    for paragraph, wanted, n in zip(body[: last + 1], wanted_lists, reads, strict=False):
        cue_lists = [attribution.cues(s.text, (text, s.start)) for s in paragraph.sentences]
        positions = [[m.start for m in ms] for ms in wanted]
        sources = attributor.paragraph(paragraph, positions, cue_lists)
        if not n:  # time words matter only in paragraphs with figures
            continue
        phrases = [next(times) for _ in range(n)]
        drafts.extend(
            _paragraph_drafts(text, paragraph, wanted, sources, cue_lists, phrases, dateline)
        )
    return [_settled(draft, attributor) for draft in drafts]


def _upto(wanted: list[list[Mention]]) -> int:
    """How many of a paragraph's sentences have figures or stand before one that has."""
    return next((len(wanted) - i for i, ms in enumerate(reversed(wanted)) if ms), 0)


def _by_sentence(found: list[Mention], body: tuple[Paragraph, ...]) -> list[list[list[Mention]]]:
    """The mentions of each sentence of each paragraph."""
    starts = [m.start for m in found]
    return [
        [found[bisect.bisect_left(starts, s.start) : bisect.bisect_left(starts, s.end)]
         for s in paragraph.sentences]
        for paragraph in body
    ]  # fmt: skip


def _settled(draft: Draft, attributor: Attributor) -> Draft:
    source = attributor.settled(draft.source)
    return draft if source is draft.source else attrs.evolve(draft, source=source)


def _paragraph_drafts(
    text: str, paragraph: Paragraph, wanted: list[list[Mention]], sources: list[list[Source]],
    cue_lists: list[list[Cue]], phrase_lists: list[list[timing.TimePhrase]],
    dateline: datetime.date,
) -> list[Draft]:  # fmt: skip
    drafts: list[Draft] = []
    carried: _When | None = None
    n = len(phrase_lists)  # the sentences up to the last with figures
    for sentence, ms, srcs, sentence_cues, phrases in zip(
        paragraph.sentences[:n], wanted[:n], sources[:n], cue_lists[:n], phrase_lists, strict=True
    ):
        spans = [cue.span for cue in sentence_cues]
        said, events = (
            timing.dated(phrases, spans, sentence.text, dateline) if phrases else (dateline, [])
        )
        if not ms:
            carried = _sentence_period(events, said) or carried
            continue
        seen = _seen(text, sentence, (phrases, events), spans, said)
        own: _When | None = None
        for index, (mention, source) in enumerate(zip(ms, srcs, strict=True)):
            following = ms[index + 1] if index + 1 < len(ms) else None
            draft, when = _figure_draft(seen, mention, source, following, carried)
            own = own or (when if when is not carried else None)
            drafts.append(draft)
        carried = own or carried
    return drafts


class _Seen(NamedTuple):
    """What the drafts of one sentence share: read once per sentence, not per figure."""

    text: str
    sentence: Sentence
    phrases: list[timing.TimePhrase]
    events: list[timing.TimePhrase]  # the phrases that date no statement
    spans: list[tuple[int, int]]
    said: datetime.date
    since: bool  # whether "since" is in the sentence (every running count from an event holds it)
    breaks: list[tuple[int, int]]  # where its clause breaks (CLAUSE_BREAK) stand
    dash: int  # where its first dash stands in the reach of a dateline header, else the reach


def _seen(
    text: str, sentence: Sentence,
    phrases: tuple[list[timing.TimePhrase], list[timing.TimePhrase]],
    spans: list[tuple[int, int]], said: datetime.date,
) -> _Seen:  # fmt: skip
    """What the figures of ``sentence`` share; ``phrases``: its time phrases and event phrases."""
    words = sentence.text
    return _Seen(
        text=text, sentence=sentence, phrases=phrases[0], events=phrases[1], spans=spans,
        said=said,
        since=folded(text).find("since", sentence.start, sentence.end) >= 0,  # offsets kept
        dash=_dash_at(words),
        breaks=[m.span() for m in CLAUSE_BREAK.finditer(words)] if "," in words or ";" in words
        else [],
    )  # fmt: skip


def _figure_draft(
    seen: _Seen, mention: Mention, source: Source, following: Mention | None,
    carried: _When | None,
) -> tuple[Draft, _When | None]:  # fmt: skip
    """One figure's draft, and the time it takes (its own, else the one ``carried``).

    Its stretch of the sentence is found once and shared by every look at it.
    """
    sentence = seen.sentence
    start, end = mention.start - sentence.start, mention.end - sentence.start
    reach = stretch(sentence.text, start, end)
    event = _since_event(seen, reach) if seen.since else None
    when = _event(seen, start) or (None if event is not None else carried)
    hedge = hedge_of(sentence.text, start, end, source=(seen.text, sentence.start), reach=reach)
    if hedge is not None:
        period = _forecast_period(seen, start, reach)
        extra: tuple[tuple[str, str], ...] = ()
    else:
        period = None if when is None else when.period
        extra = _running(when, event) or _past(seen, period, reach)
    clause = _clause_start(seen, start)
    draft = Draft(
        mention=mention, sentence=sentence, clause=clause, source=source, said_on=seen.said,
        counted=read_counted(seen.text, mention, clause, following), when=period,
        date=_date(period), hedge=hedge, extra=extra,
    )  # fmt: skip
    return draft, when


def _running(when: _When | None, event: str | None) -> tuple[tuple[str, str], ...]:
    """A report counted from a start ("since February 2022", "since the start of the war")
    gets a ``since`` facet: it is another quantity than a count within that time."""
    if when is not None and when.running:
        return (("since", when.period.start.isoformat()),)
    return () if event is None else (("since", event),)


def _past(seen: _Seen, when: Period | None, reach: tuple[int, int]) -> tuple[tuple[str, str], ...]:
    """A report about a period that ended long before it was said ("In June 2015, a
    heatwave killed ...") is background: it gets a ``then`` facet with its year(s), so
    it never meets the story's own, undated figures on the same measure. The time words
    must be the figure's own: in its stretch (``reach``), or opening its sentence."""
    if when is None or _date(when) is not None or seen.said - when.end <= _BACKGROUND:
        return ()
    low, high = reach
    if not any(p.start < _OPENING or low <= p.start < high for p in seen.phrases):
        return ()
    years = str(when.start.year)
    years += "" if when.end.year == when.start.year else f"-{when.end.year}"
    return (("then", years),)


def _since_event(seen: _Seen, reach: tuple[int, int]) -> str | None:
    """ "since the start of the war" in the figure's stretch (``reach``), or opening its
    sentence ("Since records began, ..."): a running count from an event."""
    text = seen.sentence.text
    opening = len(text) - len(text.lstrip(" \"“'"))
    found = _SINCE_EVENT.search(text, *reach) or _SINCE_EVENT.match(text, opening)
    return None if found is None else " ".join(found["event"].casefold().split())


class _When(NamedTuple):
    """A figure's period, and whether it runs from a start to the time of speaking ("since")."""

    period: Period
    running: bool


def _event(seen: _Seen, position: int) -> _When | None:
    """The period of the time words nearest the figure (at ``position`` in its sentence).

    A count "since February 2022" runs to the time of speaking: it is another
    quantity than a count within that time, so it gets a ``since`` facet.
    """
    found = timing.nearest_event(seen.events, position, seen.said) if seen.events else None
    if found is None:
        return None
    phrase, period = found
    if _OVERNIGHT.search(phrase.text):
        return _When(Period(start=period.end, end=period.end), running=False)
    return _When(period, running=_SINCE.match(phrase.text) is not None)


def _forecast_period(seen: _Seen, position: int, reach: tuple[int, int]) -> Period | None:
    """A forecast takes only time words of its own stretch ("expected ... next week")."""
    low, high = reach
    own = [p for p in seen.events if low <= p.start and p.end <= high]
    found = timing.nearest_event(own, position, seen.said)
    return None if found is None else timing.ahead(found[0].text, found[1], seen.said)


def _sentence_period(events: list[timing.TimePhrase], said: datetime.date) -> _When | None:
    """The period a sentence without figures passes on to the next (its event phrases')."""
    found = timing.nearest_event(events, 0, said) if events else None
    if found is None:
        return None
    return _When(found[1], running=_SINCE.match(found[0].text) is not None)


def _clause_start(seen: _Seen, position: int) -> int:
    """Where the clause of the figure at ``position`` of its sentence starts (in the text),
    looking back at most ``_REACH`` characters: after the last clause break in that reach.

    A dateline header ("KYIV (Reuters) -") is not part of any clause: its city
    says where the story was filed, not who launched what. Its dash is in the
    sentence's first 112 characters, before the figure.
    """
    sentence = seen.sentence
    low = max(0, position - _REACH)
    dashed = low == 0 and seen.dash < position  # _dashed(sentence.text[:position])
    header = _DATELINE.match(sentence.text, 0, position) if dashed else None
    low = low if header is None else header.end()
    ends = [end for start, end in seen.breaks if low <= start and end <= position]
    return sentence.start + (ends[-1] if ends else low)


def _dash_at(words: str) -> int:
    """Where the first dash of ``words`` stands in a dateline header's reach, else that reach."""
    head = words[:_HEADER_REACH]
    dashes = [at for at in (head.find("-"), head.find("—"), head.find("–")) if at >= 0]
    return min(dashes, default=_HEADER_REACH)


def _dashed(head: str) -> bool:
    """Whether a dateline header can end in ``head``: its dash is in the first 112 characters."""
    return _dash_at(head) < _HEADER_REACH


def _date(period: Period | None) -> str | None:
    if period is None or period.start != period.end:
        return None
    return period.start.isoformat()


def _claim(draft: Draft, measure: Measure, claim_id: str) -> Claim | None:
    try:
        return Claim(
            id=claim_id, source=draft.source, measure=measure,
            figure=_figure(draft.mention), said_on=draft.said_on, when=draft.when,
            quote=draft.sentence.text, span=(draft.mention.start, draft.mention.end),
            hedge=draft.hedge,
        )  # fmt: skip
    except ClaimcheckError:
        return None


def _figure(mention: Mention) -> Figure:
    """The mention's figure; a restatement in another unit ("1,000 km (620 miles)") is
    read as approximate, since newsrooms round conversions."""
    if not mention.paired or mention.qualifier is not None:
        return mention.figure
    try:
        return parse_figure(f"about {mention.text.strip()}")
    except ClaimcheckError:
        return mention.figure
