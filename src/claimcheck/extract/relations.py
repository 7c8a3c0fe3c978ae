"""Relations read from the text, and the measures they settle.

News text ties its figures together; :func:`relate` turns those ties into
:mod:`claimcheck.relations` values and makes the drafts' measures fit them:

======================================================  ===========================
the text says                                           relation
======================================================  ===========================
"150 of those (175) drones", "52 out of the 54",        ``PartOf(part, whole)``
"63 of which", "nine of them children", "including 91"
"Of those, 88 were intercepted and a further 128 lost"  ``Total`` of the two (each
                                                        gets a ``how`` facet), and
                                                        ``PartOf`` of the total
"270 soldiers and 120 civilians" (one measure, one      ``Total`` over the facet
facet apart)                                            they differ in
"a total of 367 ..., 298 drones and 69 missiles",       ``Total(total, parts)``
"€50 billion, made up of €33 billion ... and €17 ..."
"A and B swapped for C and D" with equal figures        ``Same`` of the two totals
"N-for-N", "each", "per side", "from each side" with    one claim per side and
two sides named in the sentence                         ``Same``; else ``side=each``
"266 of the 298 drones (89%)", "99% of them",          ``Share(share, part, whole)``
"of whom two-thirds were ..."
"five of the dead", "among the dead were 2 children"    ``PartOf`` the nearest count
                                                        of that family (of the
                                                        sentence, else of no group)
"23,713 acres (96 square kilometres)"                   one measure
"200 billion zlotys ($55 billion)"                      its own measure (``in=USD``)
neutralized and launched, same things, same facets      ``PartOf`` (the lexicon's
                                                        :data:`PART_FAMILIES`)
======================================================  ===========================

No relation is read that the text does not state: "a total of 630, including
48 ... and 12 ..." names parts, not a total, and "140 of them" after a list
("120 missiles and 90 drones") is of the whole list, so it is tied to nothing.

A part takes what its whole counts when it does not say (its noun, side,
kind, date), and weapons shot down with no side of their own take the side
(and date) of the same weapons launched earlier in the paragraph; the whole
of "N of the M" takes the whole's family ("266 of the
298 drones" were shot down; the 298 were launched). A figure with no noun of
its own ("12 people had been killed and 90 injured") takes the noun of the
figure before it in its sentence, and one with no verb the verb of its list.
A part of a running count ("since ...") runs from the same start. When one
source still gives two figures for one measure in one paragraph, the verbs
tell them apart (``how``), else who states the count ("Chega won 60 seats":
``who``), else their order (``item``, numbered across the whole text); a part
that still reads like its whole is marked ``part``. A forecast
sharing a measure with a report of another figure from the same source
("about 1,000 expected" beside "270 swapped") is about the outcome
(``outlook=expected``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

import attrs
import regex

from claimcheck.errors import ModelError
from claimcheck.extract.draft import Draft
from claimcheck.extract.lexicon import (
    FUNCTION_WORDS,
    PART_FAMILIES,
    PLACE_NOUNS,
    WHOLE_FAMILY,
    side_of,
)
from claimcheck.extract.measures import Counted, measure_of, what_for
from claimcheck.measure import Measure
from claimcheck.relations import PartOf, Relation, Same, Share, Total
from claimcheck.units import same_dimension

__all__ = ["relate"]

_LIST_GAP = regex.compile(
    r"[^.;:()]{0,60}?(?:,|\band\b|:|—|–)\s{0,3}(?:all\s{1,3}|a\s{1,3}further\s{1,3})?"
)
_FRONTED = regex.compile(
    r"[\s\"“]{0,3}[Oo]f\s{1,3}(?:(?:the|its|their|his|her|our|these|those|all)\s{1,3})?"
)
_OPENING_MAX = 30
#: Between two listed parts: "(32.1%), the Socialists ", " and Chega ", ", commercial deals ".
_VERBLESS_LIST = regex.compile(
    r"(?:\s{0,3}\([^()]{0,20}\))?\s{0,3}(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})"
    r"(?:the\s{1,3})?(?:[\p{L}'’.-]{1,30}\s{1,3}){1,3}"
)
#: Between a count and the share restating it: "19 million children, or 86% of ...".
_OR_GAP = regex.compile(
    r"(?:\s{1,3}(?!(?:and|from|in|on|at|to)\b)[\p{L}'’-]{1,20}){0,4},?\s{1,3}or\s{1,3}"
    r"(?:about\s{1,3}|some\s{1,3}|nearly\s{1,3})?"
)  # the count's own words only: "19 million children, or 86% of ..."; not "... in April, or"
#: What ends a clause between two figures ("; a further 20", ", while Russia claimed 120").
_CLAUSE_BREAK = regex.compile(
    r";|\b(?:while|whereas|but|although|though|compared|bringing|adding|added|up\s{1,3}from"
    r"|down\s{1,3}from|said|says|told|claimed|claims|reported|according)\b",
    regex.IGNORECASE,
)
#: "of the displaced", "of the evacuated": a whole described by what happened to it.
_OF_THE_DONE = regex.compile(r"\s{1,3}of\s{1,3}the\s{1,3}\p{Ll}{2,20}ed\b")
_MORE = regex.compile(r"\s{1,3}(?:more|others?|additional)\b", regex.IGNORECASE)
#: Every match of _LIST_GAP holds one of these.
_LIST_MARKS = (",", "and", ":", "—", "–")
_TOTAL_BEFORE = regex.compile(
    r"\b(?:a\s{1,3}total\s{1,3}of|in\s{1,3}total,?)\s{1,3}$", regex.IGNORECASE | regex.REVERSE
)
_TOTAL_AFTER = regex.compile(
    r"\b(?:made\s{1,3}up\s{1,3}of|comprising|consisting\s{1,3}of|split\s{1,3}(?:into|between)"
    r"|broken\s{1,3}down\s{1,3}into)\b|,\s{1,3}with\s{1,3}$|:\s{0,3}$",
    regex.IGNORECASE,
)
_SWAPPED = regex.compile(
    r"\b(?:exchanged|swapped|traded|handed\s{1,3}over)\s{1,3}(?:\p{L}{1,12}\s{1,3})?for\b"
    r"|\bin\s{1,3}(?:exchange|return)\s{1,3}for\b",
    regex.IGNORECASE,
)
_PAIR = regex.compile(
    r"(?P<first>\p{Lu}[\p{L}]{1,20})\s{1,3}and\s{1,3}(?P<second>\p{Lu}[\p{L}]{1,20})"
)
_SAID = regex.compile(r"\b(?:said|says|told|reported|according)\b", regex.IGNORECASE)
_SIDE_WORD = regex.compile(r"(?<![-\p{L}])\p{Lu}[\p{L}]{1,20}(?![-\p{L}])")
_OPEN_PAREN = regex.compile(r"\(\s{0,3}$")
#: Families whose word may stand for the people ("five of the dead", "two of the injured").
_PEOPLE_FAMILIES = frozenset({"killed", "injured", "missing"})
_WHO = regex.compile(
    r"(?<![\p{L}-])(?P<name>\p{Lu}[\p{L}'’-]{0,30}(?:\s{1,3}\p{Lu}[\p{L}'’-]{0,30}){0,3})"
    r"(?:\s{1,3}\p{Ll}[\p{L}]{0,20}){0,2}\s{1,3}\Z"
)
#: How many drafts back a part looks for its whole, and how long a list may be.
_LOOK_BACK = 40

Link = tuple[int, int]
_T = TypeVar("_T", Draft, Counted)


@attrs.define
class _Work:
    """The drafts being related and the relations found so far (by draft index)."""

    text: str
    drafts: list[Draft]
    parts: dict[int, int] = attrs.field(factory=dict)
    explicit: set[int] = attrs.field(factory=set)
    shares: list[tuple[int, int | None, int]] = attrs.field(factory=list)
    relations: list[Relation] = attrs.field(factory=list)
    measured: dict[int, tuple[Draft, Measure]] = attrs.field(factory=dict)
    gaps: dict[tuple[int, int], bool] = attrs.field(factory=dict)
    items: int = 0

    def measure(self, draft: Draft) -> Measure:
        """The measure of ``draft``, built once per draft (drafts are immutable)."""
        known = self.measured.get(id(draft))
        if known is not None and known[0] is draft:
            return known[1]
        measure = measure_of(draft.counted, draft.facets())
        self.measured[id(draft)] = (draft, measure)
        return measure


def relate(text: str, drafts: Sequence[Draft]) -> tuple[list[Draft], list[Measure], list[Relation]]:
    """The drafts, the measure of each, and the relations the text states between them."""
    work = _Work(text=text, drafts=list(drafts))
    _link_parts(work)
    _inherit(work)
    _distribute(work)
    _part_families(work)
    _attackers(work)
    _name_pairs(work)
    expanded, sames = _sides(work)
    work.drafts = expanded
    _tell_apart(work)
    measures = [work.measure(d) for d in work.drafts]
    _paired(work, measures)
    _distinct_parts(work, measures)
    work.relations.extend(sames(measures))
    _part_relations(work, measures)
    _totals(work, measures)
    _implicit(work, measures)
    return work.drafts, measures, _unique(work.relations)


# --- parts and wholes -----------------------------------------------------------


def _link_parts(work: _Work) -> None:
    drafts = work.drafts
    _fronted_wholes(work)
    for i, draft in enumerate(drafts):
        whole = _explicit_whole(drafts, i)
        if whole is not None and _is_proportion(draft):  # "89% of the 298 drones": a share
            _share_of(work, i, whole)
        elif whole is not None:
            work.parts[i] = whole
            work.explicit.add(whole)
        elif draft.counted.including:
            _including(work, i)
        elif draft.counted.partitive or (draft.counted.further and i - 1 in work.parts):
            _anaphoric(work, i)


def _share_of(work: _Work, i: int, whole: int) -> None:
    """ "downed 89% of the 298 drones": the share of the launched drones that were downed
    (the verb is the share's; the whole is of the family it is part of)."""
    drafts = work.drafts
    family = drafts[whole].counted.family
    if family in WHOLE_FAMILY:
        counted = attrs.evolve(drafts[i].counted, family=family, verb=drafts[whole].counted.verb)
        drafts[i] = attrs.evolve(drafts[i], counted=counted)
        drafts[whole] = _as_whole(drafts[whole], family)
    work.shares.append((i, _sharer(work, i, whole), whole))


def _sharer(work: _Work, i: int, whole: int) -> int | None:
    """The count a share restates: "vaccinated 19 million children, or 86% of the 22 million"."""
    if i == 0:
        return None
    before, share = work.drafts[i - 1], work.drafts[i]
    if before.sentence.index != share.sentence.index or _is_proportion(before):
        return None
    gap = work.text[before.mention.end : share.mention.start]
    restated = _OR_GAP.fullmatch(gap) is not None
    return i - 1 if restated and _alike(before, work.drafts[whole]) else None


def _fronted_wholes(work: _Work) -> None:
    """ "Of the 2,100 feeders, 1,470 were exempt": the next figure is a part, and so are the
    figures listed after it with no verb of their own ("AD received 1.98 million, the
    Socialists 1.44 million and Chega 1.39 million") -- not "a city of 400,000 people",
    "which has 400 beds" or ", and Russia also fired 50 missiles".
    """
    drafts = work.drafts
    for i, draft in enumerate(drafts[:-1]):
        if draft.mention.start - draft.sentence.start > _OPENING_MAX:
            continue  # decided before the opening is cut out of the text
        if _FRONTED.fullmatch(work.text, draft.sentence.start, draft.mention.start) is None:
            continue
        last: int | None = None
        for k in range(i + 1, min(len(drafts), i + 1 + _LOOK_BACK)):
            part = drafts[k]
            if part.sentence.index != draft.sentence.index:
                break
            if _is_proportion(part) and last is not None:
                continue  # "1.98 million (32.1%)": a share, the list goes on
            listed = last is None or _listed_part(work, last, k, draft)
            if not listed or not _same_clause(work, k - 1, k) or not _fronted_part(part, draft):
                break
            work.parts[k], last = i, k


def _listed_part(work: _Work, last: int, k: int, whole: Draft) -> bool:
    """Whether figure ``k`` goes on the list of parts that figure ``last`` began."""
    gap = work.text[work.drafts[last].mention.end : work.drafts[k].mention.start]
    noun = work.drafts[k].counted.noun
    return _VERBLESS_LIST.fullmatch(gap) is not None and noun in (None, whole.counted.noun)


def _fronted_part(part: Draft, whole: Draft) -> bool:
    """Whether a figure after a fronted whole is a part of it ("three of them" has a whole of
    its own; a share is no part; nor is a figure of another dimension or time)."""
    own = part.counted.partitive or part.counted.including or part.counted.further
    if own or _is_proportion(part):
        return False
    return _alike(part, whole) and _same_time(part, whole)


def _same_clause(work: _Work, before: int, after: int) -> bool:
    """Whether nothing between two figures ends the clause the first is in."""
    second = work.drafts[after].mention
    gap = work.text[work.drafts[before].mention.end : second.start]
    return _CLAUSE_BREAK.search(gap) is None and _MORE.match(work.text, second.end) is None


def _same_time(part: Draft, whole: Draft) -> bool:
    """Whether two figures are about one time: the same day, background year and start."""
    times = ("date", "then", "since")
    return all(dict(part.extra).get(k) == dict(whole.extra).get(k) for k in times) and (
        part.date == whole.date
    )


def _explicit_whole(drafts: list[Draft], i: int) -> int | None:
    draft = drafts[i]
    if draft.mention.role == "part" and i + 1 < len(drafts):
        return i + 1
    if draft.counted.explicit_whole and i + 1 < len(drafts):
        nxt = drafts[i + 1]
        return i + 1 if nxt.sentence.index == draft.sentence.index else None
    return None


def _including(work: _Work, i: int) -> None:
    drafts = work.drafts
    for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        if drafts[j].sentence.index != drafts[i].sentence.index:
            return
        if j not in work.parts and not drafts[j].counted.including:
            work.parts[i] = j
            _including_list(work, i, j)
            return


def _including_list(work: _Work, i: int, whole: int) -> None:
    drafts = work.drafts
    for k in range(i + 1, min(len(drafts), i + 1 + _LOOK_BACK)):
        if drafts[k].sentence.index != drafts[i].sentence.index or not _listed(work, k - 1, k):
            return
        work.parts[k] = whole
        drafts[k] = attrs.evolve(drafts[k], counted=attrs.evolve(drafts[k].counted, including=True))


def _listed(work: _Work, first: int, second: int) -> bool:
    """Whether the gap between two figures goes on a list ("120 missiles and 90 drones");
    each gap is read once per text (several steps ask about the same neighbours)."""
    span = (work.drafts[first].mention.end, work.drafts[second].mention.start)
    known = work.gaps.get(span)
    if known is None:
        gap = work.text[span[0] : span[1]]
        known = any(mark in gap for mark in _LIST_MARKS) and _LIST_GAP.fullmatch(gap) is not None
        work.gaps[span] = known
    return known


def _anaphoric(work: _Work, i: int) -> None:
    drafts = work.drafts
    if drafts[i].counted.further and i - 1 in work.parts:
        if _same_clause(work, i - 1, i):  # not "4 were foreigners; a further 20 remain"
            work.parts[i] = work.parts[i - 1]
        return
    antecedent = _antecedent(work, i)
    if antecedent is None:
        return
    if _is_proportion(drafts[i]):
        work.shares.append((i, None, antecedent))
    else:
        work.parts[i] = antecedent


def _antecedent(work: _Work, i: int) -> int | None:
    """The figure "those"/"them"/"which" points back to: the same noun, else the sentence's last.

    "Five of the dead", "among the dead were 2 children": people of a family (killed,
    injured, missing) are of the nearest count of that family.
    """
    drafts = work.drafts
    noun = drafts[i].counted.noun
    same = _of_family(work, i)
    if same is not None:
        return same
    nearest: int | None = None
    described = _OF_THE_DONE.match(work.text, drafts[i].mention.end) is not None
    for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        if drafts[i].sentence.paragraph - drafts[j].sentence.paragraph > 1:
            break
        candidate = drafts[j]
        if not _may_be_whole(work, i, j) or (described and not _described_by(work, i, j)):
            continue
        if noun is None and j > 0 and work.parts.get(j) != j - 1 and _listed(work, j - 1, j):
            return None  # "120 missiles and 90 drones ... 140 of them": all of the list
        if noun is None or candidate.counted.noun == noun:
            return j
        same_sentence = candidate.sentence.index == drafts[i].sentence.index
        if same_sentence and drafts[i].counted.person and candidate.counted.person:
            return j  # "4 people were killed, 3 of them children": people of the sentence
        if nearest is None and same_sentence:
            nearest = j
    return nearest


def _described_by(work: _Work, i: int, j: int) -> bool:
    """Whether figure ``j`` can be "the displaced" of "1,100 of the displaced": one of that
    family, or one of the same sentence."""
    part, candidate = work.drafts[i], work.drafts[j]
    same_sentence = candidate.sentence.index == part.sentence.index
    return same_sentence or candidate.counted.family == part.counted.family


def _may_be_whole(work: _Work, i: int, j: int) -> bool:
    """Whether figure ``j`` can be what figure ``i``'s "of them" points back to."""
    part, candidate = work.drafts[i], work.drafts[j]
    # A part is an antecedent only right before: "19 were taken to hospital, three of them".
    nested = j == i - 1 and candidate.sentence.index == part.sentence.index
    if j in work.parts and not nested:
        return False
    if _is_proportion(candidate) or candidate.counted.noun in PLACE_NOUNS:
        return False
    return _alike(part, candidate)  # "$12 million over six months, of which $4.5 million"


def _alike(part: Draft, whole: Draft) -> bool:
    """Whether a figure can be part of another: both counts, or amounts of one dimension."""
    return same_dimension(part.mention.figure.unit, whole.mention.figure.unit)


def _of_family(work: _Work, i: int) -> int | None:
    """For people of a family ("five of the dead"), the count of that family they are of."""
    counted = work.drafts[i].counted
    if counted.family not in _PEOPLE_FAMILIES or _is_proportion(work.drafts[i]):
        return None
    if counted.noun is not None and not counted.person:
        return None
    return _nearest_of_family(work, i, counted.family)


def _nearest_of_family(work: _Work, i: int, family: str | None) -> int | None:
    """The nearest figure of ``family`` before ``i``: one in the same sentence, else --
    "the dead" are all of them -- one of no particular group ("21 people", not "three
    children") if there is one."""
    drafts = work.drafts
    found: list[int] = []
    for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        if drafts[i].sentence.paragraph - drafts[j].sentence.paragraph > 1:
            break
        if j not in work.parts and drafts[j].counted.family == family:
            found.append(j)
    sentence = [j for j in found if drafts[j].sentence.index == drafts[i].sentence.index]
    general = [j for j in found if drafts[j].counted.facet("group") is None]
    return next(iter(sentence or general or found), None)


def _is_proportion(draft: Draft) -> bool:
    """A proportion: a percentage, or a fraction with no unit ("two-thirds", "half")."""
    figure = draft.mention.figure
    if figure.unit is not None:
        return figure.unit == "percent"
    return not figure.counts and figure.high is not None and figure.high <= 1


# --- what parts and wholes inherit ---------------------------------------------


def _inherit(work: _Work) -> None:
    """Parts and shares take what their whole counts; figures with no noun, their neighbour's."""
    drafts = work.drafts
    for part, whole in sorted(work.parts.items()):
        drafts[part] = _as_part(drafts[part], drafts[whole], work.text)
        if whole in work.explicit:
            drafts[whole] = _as_whole(drafts[whole], drafts[part].counted.family)
    for share, _, whole in work.shares:
        drafts[share] = _as_part(drafts[share], drafts[whole], work.text)
    for i, draft in enumerate(drafts):
        unresolved = draft.counted.partitive  # "140 of them" after a list: of all of it
        if draft.counted.noun is None and not draft.counted.person and i not in work.parts:
            drafts[i] = draft if unresolved else _elliptic(drafts, i)


def _part_families(work: _Work) -> None:
    """A part whose clause names no verb at all counts what its whole counts."""
    drafts = work.drafts
    for part, whole in sorted(work.parts.items()):
        family = drafts[whole].counted.family
        if drafts[part].counted.family is None and family is not None:
            counted = attrs.evolve(drafts[part].counted, family=family)
            drafts[part] = attrs.evolve(drafts[part], counted=counted)


def _attackers(work: _Work) -> None:
    drafts = work.drafts
    for i, draft in enumerate(drafts):
        if (
            draft.counted.family in WHOLE_FAMILY
            and draft.counted.side is None
            and i not in work.parts
        ):
            drafts[i] = _from_attacker(drafts, i)


def _from_attacker(drafts: list[Draft], i: int) -> Draft:
    """What was shot down was launched by the side that launched it earlier in the paragraph."""
    draft = drafts[i]
    for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        other = drafts[j]
        if other.sentence.paragraph != draft.sentence.paragraph:
            break
        if other.counted.family == "launched" and other.counted.noun == draft.counted.noun:
            kind = draft.counted.facet("kind") or other.counted.facet("kind")
            counted = attrs.evolve(draft.counted, side=other.counted.side)
            counted = counted.with_facet("kind", kind) if kind else counted
            return attrs.evolve(draft, counted=counted, date=draft.date or other.date)
    return draft


def _as_part(part: Draft, whole: Draft, text: str) -> Draft:
    """``part`` counting what ``whole`` counts, where it does not say (noun, side, facets,
    date, a running count's start); a group of people as the ``group`` facet."""
    mine, theirs = part.counted, whole.counted
    facets = dict(theirs.facets)
    facets.update(mine.facets)
    if "place" in dict(theirs.facets):  # "4 people in Sumy, including 3 children": in Sumy
        facets["place"] = dict(theirs.facets)["place"]
    counted = _with_kept(mine, noun=mine.noun or theirs.noun, person=mine.person or theirs.person,
                         side=mine.side or theirs.side, facets=tuple(facets.items()))  # fmt: skip
    if mine.noun and theirs.noun and mine.noun != theirs.noun and counted.person:
        counted = attrs.evolve(counted, noun=theirs.noun).with_facet("group", mine.noun)
    drafted = _with_kept(part, counted=counted, date=part.date or whole.date)
    since = dict(whole.extra).get("since")  # a part of a running count runs from its start
    if since is not None and "since" not in dict(part.extra):
        drafted = drafted.with_extra("since", since)
    purpose = what_for(text, part.mention.end) if mine.including else None
    return drafted.with_extra("part", purpose) if purpose else drafted


def _with_kept(value: _T, **changes: Any) -> _T:
    """``value`` with ``changes``, or ``value`` itself when they change nothing (most parts
    already say what their whole counts)."""
    if all(getattr(value, name) == new for name, new in changes.items()):
        return value
    return attrs.evolve(value, **changes)


def _as_whole(whole: Draft, part_family: str | None) -> Draft:
    family = WHOLE_FAMILY.get(part_family or "", whole.counted.family or part_family)
    if family == whole.counted.family:
        return whole  # no copy of what would not change
    return attrs.evolve(whole, counted=attrs.evolve(whole.counted, family=family))


def _elliptic(drafts: list[Draft], i: int) -> Draft:
    draft = drafts[i]
    if _is_proportion(draft) or (draft.mention.figure.unit and not draft.mention.figure.counts):
        return draft
    for j in range(i - 1, max(-1, i - 1 - _LOOK_BACK), -1):
        other = drafts[j]
        if other.sentence.index != draft.sentence.index:
            break
        if other.counted.noun is not None or other.counted.person:
            counted = attrs.evolve(
                draft.counted, noun=other.counted.noun, person=other.counted.person,
                side=draft.counted.side or other.counted.side,
                family=draft.counted.family or other.counted.family,
            )  # fmt: skip
            rate = other.counted.facet("per")  # "50,000 passengers a day, against 19,000"
            if rate is not None and counted.facet("per") is None:
                counted = counted.with_facet("per", rate)
            return attrs.evolve(draft, counted=counted, date=draft.date or other.date)
    return draft


def _distribute(work: _Work) -> None:
    """A figure with no verb takes its list's ("59 missiles and 54 drones had been shot down")."""
    drafts = work.drafts
    for i, draft in enumerate(drafts):
        if draft.counted.family is not None or _is_proportion(draft):
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(drafts) and drafts[j].counted.family and _same_list(work, i, j):
                family = drafts[j].counted.family
                drafts[i] = attrs.evolve(draft, counted=attrs.evolve(draft.counted, family=family))
                break


def _same_list(work: _Work, i: int, j: int) -> bool:
    first, second = (i, j) if i < j else (j, i)
    a, b = work.drafts[first], work.drafts[second]
    return (
        a.sentence.index == b.sentence.index
        and a.clause == b.clause
        and _listed(work, first, second)
    )


def _name_pairs(work: _Work) -> None:
    """ "1,000-for-1,000": prisoners exchanged, one figure per side."""
    for i, draft in enumerate(work.drafts):
        if draft.mention.role == "each":
            counted = attrs.evolve(
                draft.counted, noun="prisoners", person=False, family="exchanged", each=True
            )
            work.drafts[i] = attrs.evolve(draft, counted=counted)


# --- sides: "each", "per side", "N-for-N" --------------------------------------------


def _sides(work: _Work) -> tuple[list[Draft], _SameFactory]:
    expanded: list[Draft] = []
    groups: list[list[int]] = []
    named: dict[int, list[str]] = {}
    for draft in work.drafts:
        if not draft.counted.each:
            expanded.append(draft)
            continue
        if draft.sentence.index not in named:
            named[draft.sentence.index] = _named_sides(draft.sentence.text)
        sides = named[draft.sentence.index]
        if len(sides) != 2:
            expanded.append(draft.with_extra("side", "each"))
            continue
        groups.append([len(expanded), len(expanded) + 1])
        expanded.extend(draft.with_extra("side", side) for side in sides)
    if groups:  # else every draft (one per mention) keeps its place
        _reindex(work, expanded)
    return expanded, _SameFactory(groups)


def _reindex(work: _Work, expanded: list[Draft]) -> None:
    position = {id(d.mention): i for i, d in reversed(list(enumerate(expanded)))}
    old = work.drafts

    def new(index: int) -> int:
        return position[id(old[index].mention)]

    work.parts = {new(p): new(w) for p, w in work.parts.items()}
    work.explicit = {new(w) for w in work.explicit}
    work.shares = [(new(s), None if p is None else new(p), new(w)) for s, p, w in work.shares]


@attrs.frozen
class _SameFactory:
    groups: list[list[int]]

    def __call__(self, measures: list[Measure]) -> list[Relation]:
        return [Same(measures=[measures[i] for i in group]) for group in self.groups]


def _named_sides(sentence: str) -> list[str]:
    """The two sides a sentence names: "Russia and Ukraine ...", else its only two countries."""
    for pair in _PAIR.finditer(sentence):
        first, second = side_of(pair["first"]), side_of(pair["second"])
        if first and second and first != second:
            return [first, second]
    sides: list[str] = []
    for word in _SIDE_WORD.finditer(sentence):
        side = side_of(word.group(0))
        if side is not None and side not in sides:
            sides.append(side)
    return sides


# --- measures ---------------------------------------------------------------------


def _forecasts_apart(work: _Work) -> None:
    """A forecast that shares a measure with a report of another figure is about the outcome."""
    if all(d.hedge is None for d in work.drafts):
        return
    reported = {
        (d.source, work.measure(d)): d.mention.figure for d in work.drafts if d.hedge is None
    }
    for i, draft in enumerate(work.drafts):
        if draft.hedge is None:
            continue
        figure = reported.get((draft.source, work.measure(draft)))
        if figure is not None and figure != draft.mention.figure:
            work.drafts[i] = draft.with_extra("outlook", draft.hedge)


def _tell_apart(work: _Work) -> None:
    """Two figures from one source for one measure in one paragraph are two things."""
    _forecasts_apart(work)
    drafts = work.drafts
    groups: dict[tuple[object, ...], list[int]] = {}
    for i, draft in enumerate(drafts):
        if draft.mention.paired:
            continue
        key = (draft.sentence.paragraph, draft.source, work.measure(draft))
        groups.setdefault(key, []).append(i)
    for members in groups.values():
        if len(members) > 1 and not _all_equal(drafts, members):
            _separate(work, members)


def _all_equal(drafts: list[Draft], members: list[int]) -> bool:
    figures = {(drafts[i].mention.figure.low, drafts[i].mention.figure.high) for i in members}
    return len(figures) == 1


def _separate(work: _Work, members: list[int]) -> None:
    """Tell apart by verb ("how"), else by who ("Chega won 60 seats"), else by number.

    Numbered items are numbered across the whole text, so the first item of
    one paragraph is never taken for the first item of another.
    """
    verbs = [work.drafts[i].counted.verb for i in members]
    by_verb = None not in verbs and len(set(verbs)) == len(verbs)
    whos = [_who(work, i) for i in members]
    named = [who for who in whos if who is not None]
    by_who = len(set(named)) == len(named)
    for i, verb, who in zip(members, verbs, whos, strict=True):
        draft = work.drafts[i]
        if by_verb:
            work.drafts[i] = draft.with_extra("how", str(verb))
        elif by_who and who is not None:
            work.drafts[i] = draft.with_extra("who", who)
        else:
            work.items += 1
            work.drafts[i] = draft.with_extra("item", str(work.items))


def _who(work: _Work, i: int) -> str | None:
    """The name right before a figure and its verb: "Chega won 60", "the left-wing Livre six"."""
    draft = work.drafts[i]
    found = _WHO.search(work.text, draft.clause, draft.mention.start)
    words = [] if found is None else found["name"].split()
    while words and words[0].casefold() in FUNCTION_WORDS:  # "The Liberal Initiative"
        words.pop(0)
    return " ".join(words) or None


def _paired(work: _Work, measures: list[Measure]) -> None:
    for i, draft in enumerate(work.drafts):
        if draft.mention.paired and i > 0:
            first = work.drafts[i - 1].mention.figure.unit
            measures[i] = _restated(measures[i - 1], first, draft.mention.figure.unit)
            work.drafts[i] = attrs.evolve(draft, counted=work.drafts[i - 1].counted)


def _distinct_parts(work: _Work, measures: list[Measure]) -> None:
    """A part that reads like its whole ("five of the dead") is marked as a part of it,
    so it is never taken for the whole."""
    for part, whole in sorted(work.parts.items()):
        if measures[part] == measures[whole]:
            work.items += 1
            measures[part] = measures[part].with_facets(part=str(work.items))


def _restated(measure: Measure, first: str | None, second: str | None) -> Measure:
    """The measure of a restatement in another unit: the same one, unless it converts
    money at a rate the text does not give ("200 billion zlotys ($55 billion)")."""
    if first == second or same_dimension(first, second):
        return measure
    return measure.with_facets(**{"in": str(second)})


# --- relations ----------------------------------------------------------------------


def _part_relations(work: _Work, measures: list[Measure]) -> None:
    by_whole: dict[int, list[int]] = {}
    for part, whole in sorted(work.parts.items()):
        by_whole.setdefault(whole, []).append(part)
    for whole, parts in by_whole.items():
        _parts_of(work, measures, whole, parts)
    for share, whose, of in work.shares:
        _share(work, measures, share, whose, of)
    _bracketed_shares(work, measures)


def _parts_of(work: _Work, measures: list[Measure], whole: int, parts: list[int]) -> None:
    hows = [measures[p] for p in parts if measures[p].facet("how")]
    if len(hows) >= 2 and len(hows) == len(parts):
        total = _without(measures[parts[0]], "how")
        _add(work, lambda: Total(total=total, parts=hows))
        _add(work, lambda: PartOf(part=total, whole=measures[whole]))
        return
    for part in parts:
        _add(work, lambda part=part: PartOf(part=measures[part], whole=measures[whole]))


def _share(work: _Work, measures: list[Measure], share: int, part: int | None, whole: int) -> None:
    draft = work.drafts[share]
    if part is not None:
        part_measure = measures[part]
    else:
        counted = attrs.evolve(draft.counted, noun=work.drafts[whole].counted.noun)
        part_measure = measure_of(counted, draft.facets())
    item = measures[whole].facet("item")
    alone = part is None or part not in work.parts  # a part of nothing else
    if item is not None and alone and part_measure.facet("item") is None:
        part_measure = part_measure.with_facets(item=item)  # the part of this whole alone
        measures[part if part is not None else share] = part_measure
    named = Measure(f"{part_measure.name} share", dict(part_measure.facets))
    measures[share] = named
    _add(work, lambda: Share(share=named, part=part_measure, whole=measures[whole]))


def _bracketed_shares(work: _Work, measures: list[Measure]) -> None:
    """ "266 of the 298 drones (89%)": the percentage is the part's share of the whole."""
    wholes = {whole: part for part, whole in work.parts.items()}
    for i, draft in enumerate(work.drafts):
        if i == 0 or not _is_proportion(draft):
            continue
        opening = work.text[max(0, draft.mention.start - 8) : draft.mention.start]
        if not _OPEN_PAREN.search(opening):
            continue
        previous = i - 1
        part, whole = (
            (wholes[previous], previous)
            if previous in wholes
            else (previous, work.parts.get(previous))
        )
        if whole is not None and part is not None:
            _share(work, measures, i, part, whole)


def _totals(work: _Work, measures: list[Measure]) -> None:
    drafts = work.drafts
    for i, draft in enumerate(drafts):
        members = _list_after(work, i)
        if len(members) < 2 or any(work.drafts[k].counted.including for k in members):
            continue  # "a total of 630, including 48 ... and 12 ...": parts, not the whole
        before = work.text[max(0, draft.mention.start - 20) : draft.mention.start]
        if _TOTAL_BEFORE.search(before) or _total_cue(work, i, members):
            _add(work, lambda members=members, i=i: _total(measures, i, members))
    _list_totals(work, measures)


def _total_cue(work: _Work, i: int, members: list[int]) -> bool:
    if not members:
        return False
    gap = work.text[work.drafts[i].mention.end : work.drafts[members[0]].mention.start]
    return _TOTAL_AFTER.search(gap) is not None and _SAID.search(gap) is None


def _list_after(work: _Work, i: int) -> list[int]:
    drafts = work.drafts
    members: list[int] = []
    start = i + 1
    if start + 1 >= len(drafts) or drafts[start + 1].sentence.index != drafts[i].sentence.index:
        return members  # no two figures after it in its sentence: no list
    if drafts[start].sentence.index == drafts[i].sentence.index:
        members.append(start)
        for k in range(start + 1, min(len(drafts), start + _LOOK_BACK)):
            if drafts[k].sentence.index != drafts[i].sentence.index or not _listed(work, k - 1, k):
                break
            members.append(k)
    return members if len(members) >= 2 else []


def _total(measures: list[Measure], total: int, members: list[int]) -> Total:
    parts = [measures[k] for k in members]
    if any(p == measures[total] for p in parts):
        parts = [_with_item(p, k - total) for k, p in zip(members, parts, strict=True)]
    return Total(total=measures[total], parts=parts)


def _with_item(measure: Measure, n: int) -> Measure:
    return measure.with_facets(item=str(n))


def _list_totals(work: _Work, measures: list[Measure]) -> None:
    """ "270 soldiers and 120 civilians": a total over the facet they differ in.

    Two such lists "swapped for" each other, with the same figures, are the same.
    """
    lists = _facet_lists(work, measures)
    totals: list[tuple[list[int], Measure]] = []
    for members in lists:
        total = _common(measures, members)
        if total is not None:
            _add(
                work,
                lambda total=total, members=members: Total(
                    total=total, parts=[measures[k] for k in members]
                ),
            )
            totals.append((members, total))
    for (first, a), (second, b) in itertools.pairwise(totals):
        if _swapped(work, first, second) and _figures(work, first) == _figures(work, second):
            _add(work, lambda a=a, b=b: Same(measures=[a, b]))


def _facet_lists(work: _Work, measures: list[Measure]) -> list[list[int]]:
    lists: list[list[int]] = []
    for i in range(len(work.drafts)):
        last = lists[-1][-1] if lists else -1
        if last == i - 1 and _joinable(work, measures, i - 1, i) and _same_list(work, i - 1, i):
            lists[-1].append(i)  # the cheaper test first
        elif last == i - 2 and _past_share(work, i - 1, i) and _joinable(work, measures, last, i):
            lists[-1].append(i)  # "742 in Chitwan (91%), 46 in Bardiya ..."
        elif last != i - 1 or not _bracketed(work, i):  # a bracketed share may be passed
            lists.append([i])
    return [members for members in lists if len(members) >= 2]


def _bracketed(work: _Work, i: int) -> bool:
    """Whether a figure is a proportion in brackets ("(91%)")."""
    draft = work.drafts[i]
    if not _is_proportion(draft):
        return False
    start = draft.mention.start
    return _OPEN_PAREN.search(work.text, max(0, start - 8), start) is not None


def _past_share(work: _Work, share: int, i: int) -> bool:
    """Whether a list goes on past a bracketed share ("(91%), 46 in Bardiya")."""
    draft, after = work.drafts[share], work.drafts[i]
    if draft.sentence.index != after.sentence.index or not _bracketed(work, share):
        return False
    gap = work.text[draft.mention.end : after.mention.start]
    return gap.startswith(")") and _LIST_GAP.fullmatch(gap, 1) is not None


def _joinable(work: _Work, measures: list[Measure], a: int, b: int) -> bool:
    """Whether two figures may be listed as parts of one total: one name, other facets,
    neither hedged nor a part (the name first: most neighbours differ in it)."""
    if measures[a].name != measures[b].name or measures[a] == measures[b]:
        return False
    first, second = work.drafts[a], work.drafts[b]
    unhedged = first.hedge is None and second.hedge is None
    return unhedged and a not in work.parts and b not in work.parts


def _common(measures: list[Measure], members: list[int]) -> Measure | None:
    facet_sets = [dict(measures[k].facets) for k in members]
    keys = set.intersection(*(set(f) for f in facet_sets))
    differing = {k for k in set().union(*facet_sets) if len({f.get(k) for f in facet_sets}) > 1}
    if len(differing) != 1 or not differing <= keys:
        return None
    common = {k: v for k, v in facet_sets[0].items() if k not in differing}
    return Measure(measures[members[0]].name, common)


def _swapped(work: _Work, first: list[int], second: list[int]) -> bool:
    gap = work.text[work.drafts[first[-1]].mention.end : work.drafts[second[0]].mention.start]
    return _SWAPPED.search(gap) is not None


def _figures(work: _Work, members: list[int]) -> list[object]:
    return [
        (work.drafts[k].mention.figure.low, work.drafts[k].mention.figure.high) for k in members
    ]


def _implicit(work: _Work, measures: list[Measure]) -> None:
    """What was neutralized was launched: same things, same facets -> PartOf."""
    known = dict.fromkeys(measures)  # in text order, so the relations come out in one order
    for measure in known:
        for part_family, whole_family in PART_FAMILIES:
            if not measure.name.endswith(f" {part_family}") or measure.facet("how"):
                continue
            whole = Measure(measure.name[: -len(part_family)] + whole_family, dict(measure.facets))
            if whole in known:
                _add(work, lambda measure=measure, whole=whole: PartOf(part=measure, whole=whole))


def _without(measure: Measure, key: str) -> Measure:
    return Measure(measure.name, {k: v for k, v in measure.facets if k != key})


def _add(work: _Work, build: object) -> None:
    try:
        work.relations.append(build())  # type: ignore[operator]
    except ModelError:
        return


def _unique(relations: Iterable[Relation]) -> list[Relation]:
    return list(dict.fromkeys(relations))
