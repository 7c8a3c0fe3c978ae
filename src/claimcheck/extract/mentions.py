"""Figure mentions: each number in the text that is a figure of some claim.

The grammar's scan (:mod:`claimcheck.extract.scan`) gives spans and readings;
:mod:`claimcheck.extract.screen` drops numbers that state no quantity. What is
left becomes :class:`Mention` values, one per figure:

* a single value, range or vague amount is one mention;
* ``"150 of 175"`` is two: the part (role ``"part"``) and the whole (``"whole"``);
* ``"1,000-for-1,000"`` is one figure per side (role ``"each"``) when the two
  sides state the same number, else two (role ``"side"``);
* ``"from 0.5% to 0.3%"`` after a verb of change ("cut", "raise", "fell") is two
  figures, the old value (role ``"from"``) and the new one (``"to"``), as is
  any range the figure policy refuses (its ends out of order);
* "over" or "under" before a place or a span of time ("over 12 regions") or
  after a verb it belongs to ("handed over 175") is a preposition or a
  particle, not a qualifier: the figure is read without it;
* "one in five adults", "3 in 10 voters", "one in every three children" are
  one proportion (1/5), not two counts -- two whole numbers with no unit, the
  second at most 1,000 and followed by people, homes, firms or cases (so "5
  in 2025" stays a count and a year, and "12 in 40 raids" two counts).

The figure of each mention comes from :func:`claimcheck.figures.figure_of` or
:func:`claimcheck.figures.parse_figure`: the same reading as ``parse_figure``.
"""

from __future__ import annotations

import bisect
from fractions import Fraction

import attrs
import regex

from claimcheck.errors import FigureError, UnitError
from claimcheck.extract import scan, screen
from claimcheck.extract.lexicon import (
    FUNCTION_WORDS,
    PERSON_GROUPS,
    PLACE_NOUNS,
    WEAPONS,
    side_of,
)
from claimcheck.figures import Figure, figure_of, parse_figure
from claimcheck.grammar.numbers import QUALIFIERS, Found, anchors

__all__ = ["Mention", "mentions"]

_CHANGE_BEFORE = regex.compile(
    r"\b(?:cut|cuts|cutting|raise[sd]?|raising|rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?"
    r"|increase[sd]?|increasing|decrease[sd]?|decreasing|reduce[sd]?|reducing|drop(?:s|ped)?"
    r"|climb(?:s|ed)?|grow(?:s|n)?|grew|jump(?:s|ed)?|slash(?:es|ed)?|boost(?:s|ed)?"
    r"|lift(?:s|ed)?|lower(?:s|ed)?|change[sd]?|went|go(?:es)?|up|down)\b[^.;:]{0,60}$",
    regex.IGNORECASE,
)
_OVER_SPAN = regex.compile(
    r"(?i:over)\s{1,3}\S.{0,40}\s(?:hours?|days?|weeks?|months?|years?|decades?)", regex.DOTALL
)
_LASTED = regex.compile(
    r"\b(?:lasted|lasting|lasts|took|taking|takes|for|of|than|in|within|after|spent)\s{1,3}\Z",
    regex.IGNORECASE,
)
_PREPOSITION = regex.compile(r"(?:over|under|above|below)\s{1,3}", regex.IGNORECASE)
#: What _PREPOSITION's matches begin with (no other letter matches these ignoring case).
_PREPOSITION_FIRST = frozenset("oOuUaAbB")
_PARTICLE_VERB = regex.compile(
    r"\b(?:hand(?:s|ed|ing)?|t(?:ake|akes|aken|ook|aking)|turn(?:s|ed|ing)?|pass(?:es|ed|ing)?"
    r"|sign(?:s|ed|ing)?|g(?:ive|ives|ave|iven)|brought|bring|won|win)\s{1,3}$",
    regex.IGNORECASE | regex.REVERSE,
)
# The three words after a figure: a place may stand after two modifiers.
_NEXT_WORDS = regex.compile(r"((?:\s{1,3}[\p{L}-]{1,20}){1,3})")
_PAIRED = regex.compile(r"\s{0,3}\(\s{0,3}")
#: The longest text _PAIRED matches.
_PAIRED_MOST = 7


@attrs.frozen(kw_only=True)
class Mention:
    """One figure in the text: ``text == source[start:end]``.

    ``role`` says how it came out of its grammar match (``"single"``,
    ``"part"``/``"whole"`` of "N of M", ``"each"``/``"side"`` of "N-for-N",
    ``"from"``/``"to"`` of a change); ``group`` numbers the match, shared by
    the mentions that came from one match. ``paired`` marks a figure restating
    the one before it in another unit ("1,000 km (620 miles)"); it takes that
    figure's qualifier when it has none ("up to 300 km (190 miles)").
    """

    start: int
    end: int
    text: str
    figure: Figure
    role: str = "single"
    group: int = 0
    qualifier: str | None = None
    age: bool = False
    paired: bool = False


def mentions(text: str) -> list[Mention]:
    """Every figure mention in ``text``, left to right."""
    spans = anchors(text)
    phones = screen.phone_spans(text, [span for span in spans if text[span[0]].isdigit()])
    found_all = scan.find_figures(text, spans)
    if phones:
        found_all = [f for f in found_all if not _in_spans(f, phones)]
    out: list[Mention] = []
    skip = False
    for group, found in enumerate(found_all):
        ratio = None if skip else _ratio(text, found_all, group)
        if ratio is not None:
            out.append(ratio)
        elif not skip and not screen.is_distractor(text, found):
            out.extend(_of_found(text, found, group))
        skip = ratio is not None
    return _paired(text, out)


def _ratio(text: str, found: list[Found], group: int) -> Mention | None:
    """ "one in five adults", "3 in 10 voters": one proportion, not two counts."""
    if group + 1 >= len(found):
        return None
    first, second = found[group], found[group + 1]
    if not _RATIO_GAP_SIZES[0] <= second.start - first.end <= _RATIO_GAP_SIZES[1]:
        return None  # no room for " in " or too much: the pattern need not be tried
    if _RATIO_GAP.fullmatch(text, first.end, second.start) is None:
        return None
    part, whole = _plain_count(first), _plain_count(second)
    if part is None or whole is None or not 0 < part < whole <= _RATIO_MAX:
        return None  # "5 in 2025" is a count and a year; "3 in 1" no ratio
    if not _of_a_population(text, second.end):
        return None  # "arrested 12 in 40 raids": counts of two things
    value = Fraction(part, whole)
    stated = text[first.start : second.end]
    figure = Figure(low=value, high=value, counts=False, stated=stated,
                    nominal_low=value, nominal_high=value)  # fmt: skip
    return Mention(start=first.start, end=second.end, text=stated, figure=figure, group=group)


def _of_a_population(text: str, end: int) -> bool:
    """Whether people (or homes, firms, cases) follow: "one in five adults", "3 in 10 of them"."""
    word = _NEXT.match(text, end)
    if word is None:
        return False
    lower = word.group(1).casefold()
    return lower in _POPULATIONS or lower in PERSON_GROUPS or side_of(lower) is not None


def _plain_count(found: Found) -> int | None:
    """The whole number a lone figure with no unit, qualifier or scale states, if any."""
    reading = found.reading
    amount = reading.first
    if reading.kind != "single" or reading.qualifier is not None or amount is None:
        return None
    if amount.unit is not None or amount.scaled or amount.decimals or amount.fraction:
        return None
    return int(amount.value) if amount.value.denominator == 1 else None


#: The widest ratio read ("one in 1,000"); "5 in 2025" is a count and a year.
_RATIO_MAX = 1000
_NEXT = regex.compile(r"\s{1,3}([\p{L}]{2,20})")
#: What a ratio counts among: "one in five adults", "3 in 10 households".
_POPULATIONS = frozenset({
    "of", "adults", "voters", "americans", "britons", "households", "homes", "families",
    "respondents", "residents", "students", "pupils", "patients", "workers", "employees",
    "companies", "firms", "businesses", "teenagers", "young", "older", "cases", "deaths",
    "schools", "hospitals", "drivers", "doctors", "nurses", "teachers", "consumers", "users",
    "smokers", "voting", "eligible", "girls", "boys", "babies", "infants", "couples",
})  # fmt: skip
_AFTER_ANY = 2**62  # sorts after every span end starting at the same place
_RATIO_GAP = regex.compile(r"\s{1,3}in\s{1,3}(?:every\s{1,3})?")
#: The shortest and longest text _RATIO_GAP matches (" in ", "   in   every   ").
_RATIO_GAP_SIZES = (4, 17)


def _paired(text: str, found: list[Mention]) -> list[Mention]:
    """Mark "1,000 km (620 miles)": the second states the first in another unit."""
    out = found[:1]
    for mention in found[1:]:
        previous = out[-1]
        if _restates(text, previous, mention):
            mention = _inherit(mention, previous)
        out.append(mention)
    return out


def _restates(text: str, first: Mention, second: Mention) -> bool:
    """Whether ``second`` stands in brackets right after ``first``, both with a unit."""
    if second.start - first.end > _PAIRED_MOST:
        return False  # too far apart for the pattern to match
    return _PAIRED.fullmatch(text, first.end, second.start) is not None and _both_units(
        first, second
    )


def _qualifier_words(text: str) -> str:
    """The qualifier as printed at the start of a figure ("Up to 300 km" -> "Up to")."""
    folded = text.casefold()
    words = max((q for q in QUALIFIERS if folded.startswith(q + " ")), key=len, default="")
    return text[: len(words)]


def _both_units(first: Mention, second: Mention) -> bool:
    return first.figure.unit is not None and second.figure.unit is not None


def _inherit(mention: Mention, partner: Mention) -> Mention:
    if mention.qualifier is not None or partner.qualifier is None:
        return attrs.evolve(mention, paired=True)
    figure = parse_figure(f"{_qualifier_words(partner.text)} {mention.text}")
    return attrs.evolve(mention, figure=figure, qualifier=partner.qualifier, paired=True)


def _in_spans(found: Found, spans: list[tuple[int, int]]) -> bool:
    """Whether the figure starts inside one of ``spans`` (sorted and disjoint)."""
    at = bisect.bisect_right(spans, (found.start, _AFTER_ANY)) - 1
    return at >= 0 and spans[at][0] <= found.start < spans[at][1]


def _of_found(text: str, found: Found, group: int) -> list[Mention]:
    kind = found.reading.kind
    try:
        if kind in ("of", "for"):
            return _pair(text, found, group)
        if kind == "range" and _is_change(text, found):
            return _ends(text, found, group)
        return [_single(text, found, group)]
    except (FigureError, UnitError):
        return _ends(text, found, group) if kind == "range" else []


def _single(text: str, found: Found, group: int) -> Mention:
    preposition = _PREPOSITION.match(found.text) if found.text[:1] in _PREPOSITION_FIRST else None
    if preposition is not None and (
        _before_place(text, found) or _after_verb(text, found) or _over_a_span(text, found)
    ):
        start = found.start + preposition.end()
        return _mention(text, start, found.end, group)
    figure = figure_of(found.reading, stated=found.text.strip())
    first = found.reading.first
    return Mention(
        start=found.start, end=found.end, text=found.text, figure=figure, group=group,
        qualifier=found.reading.qualifier, age=first is not None and first.age,
    )  # fmt: skip


def _before_place(text: str, found: Found) -> bool:
    """A place or span of time follows, maybe after up to two modifiers ("over seven
    Russian regions", "over 12 southern districts")."""
    words = _NEXT_WORDS.match(text, found.end)
    if words is None:
        return False
    for word in words.group(1).casefold().split():
        if word in PLACE_NOUNS:
            return True
        if word in FUNCTION_WORDS or word in WEAPONS or word in PERSON_GROUPS:
            return False
    return False


def _over_a_span(text: str, found: Found) -> bool:
    """ "copied data over 11 days", "spread over seven years": over a span of time, not more
    than it ("lasted over 11 days", "for over a week" keep their qualifier)."""
    if _OVER_SPAN.fullmatch(found.text) is None:
        return False
    return _LASTED.search(text, max(0, found.start - 20), found.start) is None


def _after_verb(text: str, found: Found) -> bool:
    return _PARTICLE_VERB.search(text, max(0, found.start - 20), found.start) is not None


def _mention(text: str, start: int, end: int, group: int, role: str = "single") -> Mention:
    stated = text[start:end]
    figure = parse_figure(stated)
    return Mention(
        start=start, end=end, text=stated, figure=figure, role=role, group=group,
        qualifier=figure.qualifier,
    )  # fmt: skip


def _pair(text: str, found: Found, group: int) -> list[Mention]:
    (_, a_end), (b_start, b_end) = found.parts
    if found.reading.kind == "of":
        return [
            _mention(text, found.start, a_end, group, "part"),
            _mention(text, b_start, b_end, group, "whole"),
        ]
    first = _mention(text, found.start, a_end, group, "side")
    second = _mention(text, b_start, b_end, group, "side")
    if _same(first.figure, second.figure):
        each = _mention(text, found.start, a_end, group, "each")
        return [attrs.evolve(each, end=found.end, text=found.text)]
    return [first, second]


def _same(first: Figure, second: Figure) -> bool:
    ends = ("low", "high", "low_open", "high_open", "unit")
    return all(getattr(first, name) == getattr(second, name) for name in ends)


def _is_change(text: str, found: Found) -> bool:
    if not found.text.casefold().startswith("from"):
        return False
    return _CHANGE_BEFORE.search(text, max(0, found.start - 80), found.start) is not None


def _ends(text: str, found: Found, group: int) -> list[Mention]:
    if len(found.parts) != 2:
        return []
    (a_start, a_end), (b_start, b_end) = found.parts
    try:
        return [
            _mention(text, a_start, a_end, group, "from"),
            _mention(text, b_start, b_end, group, "to"),
        ]
    except (FigureError, UnitError):
        return []
