"""Attribution: who states each figure.

Within a sentence, a *cue* names a source:

* "X said/told/reported/announced/wrote/estimated/found ..." (the subject
  before the verb, after any "had", "also", "on Friday" between them),
* "..., said X" (the name after the verb),
* "X, the governor of ..., wrote", "X, which brokered the deal, said" and
  "the commander ..., X, said" (apposition and relative clauses are skipped;
  a predicate is not an apposition: in "The line, known as Whoosh, has
  carried ..., said Dewi Anggraini" the speaker is the name after "said"),
* "according to X" (but "according to preliminary data/estimates/figures"
  names no source: the figure is the outlet's),
* "... stood at 35% in a survey by X", "in the latest X poll" (the pollster),
  and a sentence whose subject is the poll ("The survey of 2,114 adults put
  Reform on 31%"): a poll's results are the pollster's the text has named
  (the outlet's if it named none),
* "in a statement, X said" (a comma-separated lead-in is skipped),
* a lower-case subject headed by an institution ("air force says",
  "regional authorities said").

Cues inside quotation marks are the speaker's words ("as I said"), not cues.
A cue whose verb ends its clause (", X said.") covers what comes before it;
one followed by what was said ("X said 248 ...") covers what follows. A figure
takes the nearest cue after it that covers what comes before, else the nearest
before it that covers what follows, else the nearest cue in the sentence; a
clause with no cue ("..., while 225 drones were lost") takes its neighbour's.

Across sentences the news convention holds: within a paragraph, a sentence
with no attribution continues the source of the sentence before it (leading
ones take the paragraph's first source), and a paragraph with no attribution
at all is the outlet's. Pronouns ("he", "it") and descriptions ("the
ministry", "the Ukrainian president") resolve to the last named source they
fit; name variants merge (see :mod:`claimcheck.extract.naming`): a surname,
the first word of an organisation ("Westbridge" for Westbridge Research), its
initials ("EFFIS"), or an acronym the text introduced in parentheses ("Kereta
Api Indonesia (KAI)", see :mod:`claimcheck.extract.aliases`). "The company",
"the network equipment maker" and other business nouns stand for the last
organisation named (not a government body, not a publisher of data cited in
passing); "the survey" and "the poll" for the pollster the text has named,
even in passing ("any Westbridge Research survey").

A country's own body named without its country ("the interior ministry",
"the Defence Ministry", "police"; see :func:`~claimcheck.extract.naming.national`)
is the country's that a sentence opens in ("In neighbouring Portugal, ..."),
else the dateline city's ("MADRID (AP) —" makes it the Spanish Interior
Ministry). International, regional and local bodies, and bodies with a name
of their own, never take a country this way.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator

import attrs
import regex

from claimcheck.extract.aliases import (
    JOINERS,
    NAME,
    acronyms,
    capitalised_before,
    parenthesised,
    pollsters,
)
from claimcheck.extract.lexicon import (
    COMPANY_NOUNS,
    COUNTRIES,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    INSTITUTIONS,
    ORGANISATION_WORDS,
    POLL_NOUNS,
    TITLES,
    side_of,
)
from claimcheck.extract.naming import BODY_KINDS, Named, national, read_source
from claimcheck.extract.sentences import CLAUSE_BREAK, Paragraph, Sentence
from claimcheck.extract.vocabulary import Vocabulary, within
from claimcheck.grammar.letters import fold_case, is_letter
from claimcheck.model import Source

__all__ = ["Attributor", "Cue", "cues"]

_VERBS = (
    "said|says|say|told|tells|reported|reports|announced|announces|wrote|writes|added|adds"
    "|stated|states|estimated|estimates|found|finds|confirmed|confirms|claimed|claims|noted"
    "|posted|tweeted|continued|insisted|warned|explained|forecast|forecasts|predicted|predicts"
    "|expect|expects|projects|projected|showed|shows|show"
)
#: "put the toll at 40", "put national turnout at 1.1 million": an estimate, attributed.
_PUT_AT = r"puts?(?=\s(?:[\p{L}'’-]{1,20}\s){1,4}at\s)"
_VERB = regex.compile(rf"\b(?:{_VERBS}|{_PUT_AT})\b")
_ACCORDING = regex.compile(
    r"\b[Aa]ccording\s{1,3}to\s{1,3}(?P<np>[^,.;:!?\"“”()]{1,120}"
    r"(?:(?<=\b(?:Ministry|Department|Office|Agency|Council|Commission|Institute|Bureau|Service)"
    r"\s[^,]{1,60})(?:,\s\p{Lu}\p{Ll}{1,30}){1,3},?\s(?:and|&)\s\p{Lu}\p{Ll}{1,30}"
    r"(?=\s{0,3}(?:[.,;:!?]|$)))?"  # "the Ministry of Agriculture, Forestry and Fisheries"
    r"(?:(?<=\b(?:its|their|the)\s[\p{Ll}'’\s-]{1,40}),\s(?:the\s)?\p{Lu}[\p{L}'’&.-]{0,30}"
    r"(?:\s(?:(?:de|del|la|of|for|and|the)\s)?\p{Lu}[\p{L}'’&.-]{0,30}){0,6}(?=\s{0,3}(?:[.,;:!?]|$)))?)"
)  # "... by its operator, PT Lintas Selat": the apposition names the operator
_IN_POLL = regex.compile(
    r"\b[Ii]n\s{1,3}(?:a|an|the|its)\s{1,3}(?:(?:new|latest|recent|fresh|separate|monthly)\s{1,3})?"
    rf"(?:(?P<name>{NAME})\s{{1,3}}(?:opinion\s{{1,3}})?(?:poll|survey)"
    r"|(?:opinion\s{1,3})?(?:poll|survey)\s{1,3}(?:(?:conducted|carried\s{1,3}out)\s{1,3})?"
    rf"(?:by|for|from)\s{{1,3}}(?:the\s{{1,3}})?(?P<name>{NAME}))"
)
_UNNAMED = regex.compile(
    r"(?:the\s)?(?:(?:preliminary|initial|official|unofficial|provisional|early|latest|available"
    r"|partial|new|updated|local|government|police|media)\s{1,3}){0,2}(?:data|estimates|figures"
    r"|reports|results|counts|tallies|information|numbers|statistics|calculations|assessments"
    r"|sources)",
    regex.IGNORECASE,
)
_BOUNDARY = regex.compile(
    r"[,;:\"“”—–]|\s--?\s|\b(?:while|whereas|but|and|that|as|after|when|though|although"
    r"|where|because)\s",
    regex.IGNORECASE,
)
_PASSIVE = regex.compile(
    r"\b(?:is|was|were|are|be|been|being|the|an?|to|would|could|will|may|might|must|should|can)"
    r"\s{1,3}(?:\p{L}{1,20}ly\s{1,3})?$",
    regex.IGNORECASE | regex.REVERSE,
)
_BETWEEN = regex.compile(
    r"(?:\s{1,3}(?:had|has|have|also|later|earlier|separately|previously|initially|then|already"
    r"|again|further|on\s\p{L}{1,12}|in\sa\s\p{L}{1,12}|\p{L}{2,20}ly))+$",
    regex.IGNORECASE | regex.REVERSE,
)
_ENDS_CLAUSE = regex.compile(r"(?:\s{1,3}[\p{L}'’.]{1,20}){0,6}\s{0,3}(?:[,.;:!?\"”]|$)")
_INVERTED = regex.compile(
    r"\s{1,3}(?P<np>(?:the\s)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Capt|Sgt|Rev|Sen|Rep)\.\s)?"
    r"[\p{Lu}][^,.;:!?\"“”()]{0,80})"
)
_INVERTED_END = regex.compile(
    r"\s(?:who|which|in|on|at|after|during|to|told|when|that|as)\b.{0,100}$"
)
_QUOTES = regex.compile(r"\"[^\"]{0,2000}\"|“[^”]{0,2000}”")
# Where each word pattern can match, found with str.find (see vocabulary).
_VERBS_AT = Vocabulary.of(_VERB, [*_VERBS.split("|"), "put", "puts"])
_BOUNDARIES_AT = Vocabulary.of(
    _BOUNDARY,
    [*",;:\"“”—–", "while", "whereas", "but", "and", "that", "as", "after", "when", "though",
     "although", "where", "because"],
    seconds=["-"],
)  # fmt: skip
#: A body named at the start of a sentence: "The Indian Navy rescued ...".
_BODY_FIRST = regex.compile(
    r"\s{0,3}(?:The\s{1,3})?(?P<name>\p{Lu}[\p{L}'’-]{1,30}(?:\s{1,3}(?:(?:of|for|and|the)\s{1,3}){0,2}"
    r"\p{Lu}[\p{L}'’-]{1,30}){1,6})"
)
#: A kind of body and its name: "club Kestrel City", "carrier Alcyone Airways".
_KIND_NAME = regex.compile(
    rf"(?<![\p{{L}}-])(?:{'|'.join(sorted(BODY_KINDS, key=len, reverse=True))})\s"
    r"\p{Lu}[\p{L}&'’.-]{0,30}(?:\s(?:(?:of|for|and|de)\s)?\p{Lu}[\p{L}&'’.-]{0,30}){0,4}"
)
#: What follows a sentence's subject, not a noun it modifies: a verb in the past, an
#: auxiliary or an adverb, after an acronym in parentheses if there is one.
_PAST_VERB = (
    r"\p{Ll}{2,20}ed|gave|put|cut|set|hit|took|made|said|told|found|sent|held|kept|ran|saw|began"
    r"|paid|won|lost|rose|fell|brought|bought|sold|spent|left|met|got|has|had|have|is|was|were"
    r"|are|will|would|could|can|may|might|must|should|did|does"
)
_PREDICATE = regex.compile(
    rf"(?:\s{{1,3}}\([^()]{{1,20}}\))?(?:,|\s{{1,3}}(?:{_PAST_VERB}"
    r"|also|on|later|earlier|last|then|again|now|still)\b)"
)
#: A verb after its sentence's subject: "..., Ibrahim Danladi, visited the prison".
_FIRST_VERB = regex.compile(rf"\s(?:{_PAST_VERB})\b")
#: How far from a sentence's start its first verb, and from it "and said", may stand.
_COORDINATED_REACH = 300
#: What gives the words before "and said" a subject of their own.
_OWN_CLAUSE = regex.compile(r"\b(?:which|who|whose|according|saying)\b|[\"“”;]")
#: "and" right before a verb that shares the sentence's subject ("visited ... and said").
_AND_BEFORE = regex.compile(r"\band\s{1,3}\Z", regex.REVERSE)
#: Words that open a clause of its own between a subject and ", saying" ("by": a passive).
_SUBORDINATE = regex.compile(r"\b(?:after|when|while|as|because|before|since|until|once|by)\b")
#: A dateline header before a story's first sentence: "GENEVA (Reuters) - ".
_HEADER = regex.compile(
    r"\p{Lu}[\p{L}\s,.'’-]{1,60}?(?:\s{1,3}\([^()]{1,40}\))?\s{1,3}(?:-{1,2}|—|–)\s{1,3}"
)
_KIND_NAMES_AT = Vocabulary.of(_KIND_NAME, BODY_KINDS)
#: The capitalised words _BODY_WORD finds: each stands whole, a run of word characters.
_BODY_WORDS = frozenset(w.capitalize() for w in ORGANISATION_WORDS)
_WORD = regex.compile(r"\w+")
#: The last word of a body's name, capitalised ("Harbourline Telecom", "Bank"); see _learn.
_BODY_WORD = regex.compile(
    r"(?<=\p{L}\s)(?:"
    + "|".join(sorted((w.capitalize() for w in ORGANISATION_WORDS), key=len, reverse=True))
    + r")\b"
)
#: A body named as what runs a thing: "The factory is run by Arion Cell, which ...".
_RUN_BY = regex.compile(
    rf"\b(?:run|owned|operated|managed)\s{{1,3}}by\s{{1,3}}(?:the\s{{1,3}})?(?P<name>{NAME})"
)
_NAME_BEFORE_AND = regex.compile(
    r"(?:\b(?i:the|of)|\p{Lu}\p{L}{1,30}['’]s)\s{1,3}(?:\p{Lu}[\p{L}'’-]{0,30},?\s{1,3}){1,6}\Z",
    regex.REVERSE,
)
#: After a comma inside a name: "The Meteorology, Climatology and Geophysics Agency".
_NAME_LIST_AFTER = regex.compile(
    r"\s\p{Lu}\p{L}{1,30}(?:,\s\p{Lu}\p{L}{1,30}){0,4}\sand\s\p{Lu}"
)
_NAME_BEFORE_COMMA = regex.compile(r"\b(?i:the)\s{1,3}\p{Lu}[\p{L}'’-]{0,30}\Z", regex.REVERSE)
_MAX_SUBJECT_WORDS = 12
_RECENT = 50


@attrs.frozen(kw_only=True)
class Cue:
    """An attribution in a sentence: where its verb is and whom it names.

    ``named`` is None for "according to preliminary figures" (no source).
    ``span`` runs from the subject to the verb, offsets within the sentence.
    """

    at: int
    span: tuple[int, int]
    named: Named | None
    forward: bool
    backward: bool


def cues(sentence: str, source: tuple[str, int] | None = None) -> list[Cue]:
    """Every attribution cue in one sentence, left to right.

    ``source`` is ``(text, start)`` when the sentence is the stretch of
    ``text`` from ``start``: the words cues are made of are then looked up in
    the whole text once (see :mod:`~claimcheck.extract.vocabulary`).
    """
    according = _ACCORDING.finditer(sentence) if "ccording" in sentence else ()
    found = [_according(sentence, m) for m in according]
    if "oll" in sentence or "urvey" in sentence:
        found += [_in_poll(sentence, m) for m in _IN_POLL.finditer(sentence)]
        found.append(_poll_subject(sentence))
    if ", saying" in sentence:
        found.append(_saying(sentence))
    verbs = list(_VERBS_AT.finditer(sentence, _spots_in(_VERBS_AT, sentence, source)))
    if not verbs:
        return sorted((cue for cue in found if cue is not None), key=lambda cue: cue.at)
    spots = _spots_in(_BOUNDARIES_AT, sentence, source)  # those after the last verb bound none
    bounds = _Bounds(sentence, spots[: bisect.bisect_left(spots, verbs[-1].start())])
    has_quotes = '"' in sentence or "“" in sentence
    quoted = [m.span() for m in _QUOTES.finditer(sentence)] if has_quotes else []
    quote_starts = [start for start, _ in quoted]
    for verb in verbs:
        at = bisect.bisect_left(quote_starts, verb.start()) - 1
        if at < 0 or not quoted[at][0] < verb.start() < quoted[at][1]:
            found.append(_verb_cue(sentence, verb, bounds))
    return sorted((cue for cue in found if cue is not None), key=lambda cue: cue.at)


def _spots_in(
    vocabulary: Vocabulary, sentence: str, source: tuple[str, int] | None
) -> list[int]:
    """Where a vocabulary's pattern can match in a sentence (see ``Vocabulary.spots``).

    When the sentence is the stretch of a text from a start, they are read off
    the whole text's spots (looked up once per text), and the sentence is not
    remembered: it is read once.
    """
    if source is None:
        return vocabulary.spots(sentence)
    whole, start = source
    found = within(vocabulary.spots(whole), start, start + len(sentence))
    cut = start and sentence and is_letter(whole[start - 1]) and is_letter(sentence[0])
    return [0, *found] if cut and found[:1] != [0] else found  # a run of letters cut short


def _according(sentence: str, match: regex.Match[str]) -> Cue | None:
    phrase = match["np"].strip()
    fronted = match.start() < 8 and not sentence[: match.start()].strip(" \"“'‘")
    if _UNNAMED.fullmatch(phrase):
        named = None
    else:
        named = read_source(phrase)
        if named is None:
            return None
    return Cue(
        at=match.start(), span=match.span(), named=named, forward=fronted, backward=not fronted
    )


def _saying(sentence: str) -> Cue | None:
    """ "OCHA appealed for $1.4 billion ..., saying 4.4 million ...": the body that acts and
    says so is the source of the whole sentence, when the sentence opens with its name."""
    header = _HEADER.match(sentence)
    subject = _BODY_FIRST.match(sentence, 0 if header is None else header.end())
    if subject is None or _PREDICATE.match(sentence, subject.end()) is None:
        return None
    saying = sentence.index(", saying")
    between = (sentence, subject.end(), saying)
    if _VERB.search(*between) is not None or _SUBORDINATE.search(*between) is not None:
        return None  # "..., the Red Cross warned, saying": the speaker is named
    named = _acronym_after(sentence, subject.end()) or read_source(subject["name"])
    if named is None or named.person or named.pronoun or named.description:
        return None
    return Cue(at=subject.start("name"), span=subject.span("name"), named=named,
               forward=True, backward=True)  # fmt: skip


def _acronym_after(sentence: str, end: int) -> Named | None:
    """The body whose acronym follows its name: "The ... Humanitarian Affairs (OCHA)"."""
    found = _ACRONYM_NEXT.match(sentence, end)
    if found is None:
        return None
    return next((n for a, n in acronyms(sentence) if a == found["acronym"]), None)


def _in_poll(sentence: str, match: regex.Match[str]) -> Cue | None:
    """ "... stood at 35% in a survey by X", "In the latest X poll, ...": the pollster X."""
    named = read_source(f"{match['name'].rstrip('.')} poll")
    if named is None:
        return None
    fronted = match.start() < 8 and not sentence[: match.start()].strip(" \"“'‘")
    return Cue(
        at=match.start(), span=match.span(), named=named, forward=fronted, backward=not fronted
    )


def _poll_subject(sentence: str) -> Cue | None:
    """ "The survey of 2,114 adults put Reform on 31%": a poll's results are its pollster's."""
    match = _POLL_SUBJECT.match(sentence)
    if match is None:
        return None
    return Cue(at=match.start(), span=match.span(), named=_THE_POLL, forward=True, backward=False)


_POLL_SUBJECT = regex.compile(
    r"[\s\"“]{0,3}(?:The|This|That|Its|Their)\s{1,3}(?:(?:latest|new|same|online|monthly"
    r"|weekly|opinion)\s{1,3}){0,2}(?:poll|survey)\b"
)
_THE_POLL = Named(name="poll", pronoun="poll")


def _verb_cue(sentence: str, verb: regex.Match[str], bounds: _Bounds) -> Cue | None:
    before = sentence[max(0, verb.start() - 200) : verb.start()]
    if _PASSIVE.search(before):
        return None
    backward = _ENDS_CLAUSE.match(sentence, verb.end()) is not None
    subject, start = _subject(sentence, verb.start(), bounds)
    if subject and verb.group() in _NOUN_LIKE and not _speaker_like(subject):
        return None  # "a settlement of old wage claims": a noun, not a verb
    if verb.group() in _SHOWING and not _shown_by(subject):
        return None  # "the accounts showed" names the club's accounts; "video showed" no one
    if subject and subject.split(maxsplit=1)[0] in _SPEECH:
        return None  # "X said the farm had reported 32": what X says the farm reported
    if subject:
        if _UNNAMED.fullmatch(subject.strip()):  # "official data showed": no one named
            return Cue(at=verb.start(), span=(start, verb.end()), named=None,
                       forward=not backward, backward=backward)  # fmt: skip
        named = read_source(subject)
        forward = not backward
    else:
        phrase, start = _apposition(sentence, verb.start(), bounds)
        phrase, start = (phrase, start) if phrase else _coordinated(sentence, verb.start())
        named = read_source(phrase) if phrase else _inverted(sentence, verb)
        forward = not backward and bool(phrase)
        backward = backward or not phrase
    if named is None:
        return None
    named = _introduced(sentence, start, verb.start()) or named
    return Cue(
        at=verb.start(), span=(start, verb.end()), named=named, forward=forward, backward=backward
    )


def _shown_by(subject: str) -> bool:
    """Whether a document that shows figures names whose it is: "the accounts", "ONS
    figures" -- not "video from the scene", nor "Flight data" (a capital only because
    it opens the sentence)."""
    words = subject.split()
    if DOCUMENT_NOUNS.isdisjoint(w.casefold() for w in words):
        return False
    owner = [w for w in words if w.casefold() not in DOCUMENT_NOUNS]
    return len(owner) != 1 or owner[0].isupper() or owner[0].casefold() in _DEFINITE_WORDS


_DEFINITE_WORDS = frozenset({"the", "its", "their", "his", "her", "official", "preliminary"})
#: Verbs that attribute only what a document shows ("the accounts showed", "data show").
_SHOWING = frozenset({"showed", "shows", "show"})
#: Verb forms that are also plural nouns ("wage claims", "news reports").
_NOUN_LIKE = frozenset({"claims", "reports", "estimates", "states", "notes", "finds", "forecasts",
                        "posts", "projects", "warns"})  # fmt: skip


def _coordinated(sentence: str, verb: int) -> tuple[str, int]:
    """The subject a verb after "and" shares with the sentence's first verb: "The
    service's controller-general, Ibrahim Danladi, visited the prison and said ..."."""
    if _AND_BEFORE.search(sentence, 0, verb) is None:
        return "", verb
    header = _HEADER.match(sentence)
    start = 0 if header is None else header.end()  # "LONDON (Reuters) - "
    first = _FIRST_VERB.search(sentence, start, min(verb, start + _COORDINATED_REACH))
    if first is None or verb - first.end() > _COORDINATED_REACH:
        return "", verb  # (a verb this far on has a subject of its own)
    if _OWN_CLAUSE.search(sentence, first.end(), verb) is not None:
        return "", verb  # "..., which described it ... and said": the clause's own subject
    subject = sentence[start : first.start()].strip(" ,\"“")
    return (subject, start) if _speaker_like(subject) else ("", verb)


def _speaker_like(subject: str) -> bool:
    """A short subject, or one ending in a name -- not "a settlement of old wage"."""
    words = _PARENTHESIS.sub("", subject).split()
    short = len(words) <= _SPEAKER_WORDS and "of" not in words
    return short or words[-1][:1].isupper()  # "... Department for Economics estimates"


_SPEAKER_WORDS = 4
#: Speech verbs whose complement may hold a verb of its own ("said the farm had reported").
_SPEECH = frozenset({"said", "says", "told", "tells", "added", "adds", "stated", "noted",
                     "announced", "warned", "explained", "insisted", "confirmed"})  # fmt: skip
#: Verbs whose object is who listens, not who speaks.
_TO_LISTENER = frozenset({"told", "tells", "tell", "informed", "briefed"})


def _introduced(sentence: str, start: int, end: int) -> Named | None:
    """The name a speaker's acronym introduces right there: "The Union of Nurses and
    Midwives, Ghana (UNMG) said" is that union, not Ghana."""
    if "(" not in sentence[start:end] or "," in sentence[start:end]:
        return None  # "X, who heads the ... Centre (JPMC), said": X speaks
    found = _ACRONYM_BEFORE.search(sentence, start, end)
    if found is None:
        return None
    return next((n for a, n in acronyms(sentence) if a == found["acronym"]), None)


class _Bounds:
    """Where a subject may begin in one sentence: after the last word or mark that bounds a
    clause (:data:`_BOUNDARY`) in the 160 characters before a verb, not one inside a name.

    The sentence's boundaries are found once, and each is asked about once. Boundaries
    cannot overlap but for a spaced dash (" - " after "and "), so in a sentence with none
    the boundaries between two offsets are the whole sentence's that lie between them;
    a sentence with one is scanned afresh each time. A private record: no validators.
    """

    __slots__ = ("dashed", "ends", "found", "inside", "sentence", "spots")

    def __init__(self, sentence: str, spots: list[int]) -> None:
        self.sentence = sentence
        self.spots = spots
        self.dashed = "-" in sentence and _SPACED_DASH.search(sentence) is not None
        self.found = [] if self.dashed else list(_BOUNDARIES_AT.finditer(sentence, spots))
        self.ends = [found.end() for found in self.found]
        self.inside: dict[int, bool] = {}

    def segment_start(self, end: int) -> int:
        """Where the segment that ends at ``end`` begins."""
        low = max(0, end - 160)
        if self.dashed:
            return self._scanned(low, end)
        at = bisect.bisect_right(self.ends, end) - 1
        while at >= 0 and self.found[at].start() >= low:
            if not self._inside(at):
                return self.ends[at]
            at -= 1
        return low

    def _inside(self, at: int) -> bool:
        if at not in self.inside:
            self.inside[at] = _inside_name(self.sentence, self.found[at])
        return self.inside[at]

    def _scanned(self, low: int, end: int) -> int:
        last = low
        for boundary in _BOUNDARIES_AT.finditer(self.sentence, self.spots, low, end):
            if not _inside_name(self.sentence, boundary):
                last = boundary.end()
        return last


_SPACED_DASH = regex.compile(r"\s-")


def _inside_name(sentence: str, boundary: regex.Match[str]) -> bool:
    """ "and" within an institution's name: "the Food and Agriculture Organization",
    "Ministry of Internal Affairs and Communications", "Indonesia's National Search and
    Rescue Agency" (not "Russia and Ukraine said"); a comma within a listing name: "the
    Meteorology, Climatology and Geophysics Agency"."""
    word = boundary.group().strip().casefold()
    if word == ",":
        before = _NAME_BEFORE_COMMA.search(sentence, 0, boundary.start())
        return before is not None and _NAME_LIST_AFTER.match(sentence, boundary.end()) is not None
    if word != "and" or not sentence[boundary.end() :][:1].isupper():
        return False
    return _NAME_BEFORE_AND.search(sentence, 0, boundary.start()) is not None


def _subject(sentence: str, verb: int, bounds: _Bounds) -> tuple[str, int]:
    start = bounds.segment_start(verb)
    lead = sentence[start:verb].rstrip()
    between = _BETWEEN.search(lead) if _may_end_between(lead) else None
    text = lead[: between.start()] if between is not None else lead
    return (text, start) if _subject_like(text) else ("", start)


def _may_end_between(lead: str) -> bool:
    """Whether words that stand between a subject and its verb ("had", "also", "on Friday",
    "separately") may end ``lead``: every match of _BETWEEN ends in one."""
    words = fold_case(lead).rsplit(None, 2)
    last = words[-1] if words else ""
    return last in _BETWEEN_WORDS or last.endswith("ly") or words[-2:-1] in (["on"], ["a"])


_BETWEEN_WORDS = frozenset({"had", "has", "have", "also", "later", "earlier", "then", "already",
                            "again", "further"})  # fmt: skip


def _subject_like(text: str) -> bool:
    """A phrase that can name who speaks: a capitalised word, a determiner or pronoun first
    ("the ministry", "it"), or a lower-case phrase headed by an institution ("air force")."""
    words = text.split()
    if not words or len(words) > _MAX_SUBJECT_WORDS or any(map(str.isdigit, text)):
        return False
    if not _AUXILIARIES.isdisjoint(w.casefold() for w in words[1:]):
        return False  # "The figures are based on listings posted ...": a clause, no subject
    return (
        any(w[:1].isupper() for w in words)
        or words[0].casefold() in _LEADS
        or words[-1] in _HEADS
        or " ".join(words[-2:]) in _HEADS
    )


_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being", "said", "says",
                          "told", "added"})  # fmt: skip
_HEADS = frozenset({*INSTITUTIONS, *ORGANISATION_WORDS, *COMPANY_NOUNS, *POLL_NOUNS})


_LEADS = frozenset({"the", "a", "an", "its", "his", "her", "their", "he", "she", "it", "they",
                    "officials", "police", "organisers", "organizers", "authorities", "analysts",
                    "economists", "experts", "investigators", "prosecutors", "rescuers",
                    "medics", "doctors", "diplomats"})  # fmt: skip


def _apposition(sentence: str, verb: int, bounds: _Bounds) -> tuple[str, int]:
    """ "X, the governor ..., wrote" -> X;  "the commander ..., X, said" -> X;
    "X, which ..., said" -> X."""
    lead = sentence[max(0, verb - 200) : verb].rstrip()
    if not lead.endswith(","):
        return "", verb
    end = max(0, verb - 200) + len(lead) - 1
    first = bounds.segment_start(end)
    nearer = sentence[first:end].strip()
    if _AGE.fullmatch(nearer) and sentence[first - 1 : first] == ",":  # "X Y, 56, said"
        end = first - 1
        first = bounds.segment_start(end)
        nearer = sentence[first:end].strip()
    if _is_name(nearer) and _COORDINATED.search(sentence, 0, first) is None:
        return nearer, first  # not the end of "Egypt and the United States"
    comma = sentence.rfind(",", max(0, end - 160), end)
    if comma <= 0:
        return "", verb
    opening = sentence[comma + 1 : comma + 40].split(maxsplit=1)[:1]
    if not opening or not _inserted(opening[0]):
        return "", verb
    second = bounds.segment_start(comma)
    farther = sentence[second:comma].strip()
    # "X, which ..., said": X must be a whole clause's subject, not the end of "A and X".
    whole = not sentence[:second].strip() or sentence[:second].rstrip().endswith(",")
    relative = opening[0].casefold() in _RELATIVE and whole
    return (
        (farther, second)
        if _is_name(farther) or (relative and _subject_like(farther))
        else ("", verb)
    )


def _inserted(word: str) -> bool:
    """Whether a phrase put between a subject and its verb can begin with ``word``: an
    apposition ("the governor ...", "Ukraine's ...", "speaking in ...") or "which/who ..."."""
    lower = word.casefold()
    return (
        word[:1].isupper() or lower in _OPENERS or lower in TITLES
        or lower.endswith(("ing", "ly"))
    )  # fmt: skip


_RELATIVE = frozenset({"which", "who", "whose"})
_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", *_RELATIVE, "head", "one"})


def _is_name(text: str) -> bool:
    """A name, possibly long ("The Canada Mortgage and Housing Corporation (CMHC)"), or a
    full name after a few lower-case words that describe it ("herder Halake Guyo")."""
    words = _PARENTHESIS.sub("", text).split()
    words = words[1:] if words[:1] == ["the"] else words
    if not words or len(words) > _MAX_NAME_WORDS or any(map(str.isdigit, text)):
        return False
    lower = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    named = words[lower:]
    described = (
        0 < lower <= _MAX_DESCRIPTOR_WORDS and len(named) >= 2
        and not any(w in FUNCTION_WORDS or w in JOINERS for w in words[:lower])
    )  # fmt: skip
    capitalised = all(w[:1].isupper() or w in JOINERS for w in named)
    return lower < len(words) and capitalised and (lower == 0 or described)


_COORDINATED = regex.compile(r"\b(?:and|or)\s{1,3}\Z", regex.REVERSE)
_ACRONYM_NEXT = regex.compile(r"\s{1,3}\((?P<acronym>[\p{Lu}\d&-]{2,12})\)")
_ACRONYM_BEFORE = regex.compile(r"\((?P<acronym>[\p{Lu}\d&-]{2,12})\)[^()]{0,60}$")
_PARENTHESIS = regex.compile(r"\([^()]{0,40}\)")
_MAX_NAME_WORDS = 8
_MAX_DESCRIPTOR_WORDS = 3
_AGE = regex.compile(r"\d{1,3}")


def _inverted(sentence: str, verb: regex.Match[str]) -> Named | None:
    if not sentence[max(0, verb.start() - 200) : verb.start()].rstrip().endswith((",", '"', "”")):
        return None
    if verb.group().casefold() in _TO_LISTENER:
        return None  # "..., told the Navy by radio that": the navy listens
    match = _INVERTED.match(sentence, verb.end())
    if match is None:
        return None
    return read_source(_INVERTED_END.sub("", match["np"]))


class Attributor:
    """Resolves cues to sources across a whole text, in reading order."""

    def __init__(self, outlet: Source, home: str | None = None) -> None:
        self.outlet = outlet
        self.home = home
        self.known: dict[str, tuple[Named, Source]] = {}
        self._aliases: dict[str, Named] = {}
        self._unaliased: list[str] = []
        self._maybe_aliases: set[str] = set()
        self.pollster: Named | None = None
        self._mentioned: dict[str, Named] = {}
        self._unread: list[str] = []
        self._current = ""  # the sentence being read
        self._fresh: list[Named] | None = None  # the bodies it names, once asked for
        self.opening: Named | None = None  # the body the sentence being read opens with
        self.before: Named | None = None  # ... and the body an unattributed sentence opened with
        self.people: dict[str, Named] = {}  # people named with a title, for their surnames
        self.titled_here: Named | None = None  # the last of them, while no one has spoken
        self.spoke_here = False  # whether a person has spoken in this paragraph
        self.pending: dict[str, Named] = {}

    def paragraph(
        self,
        paragraph: Paragraph,
        wanted: list[list[int]],
        found_cues: list[list[Cue]] | None = None,
    ) -> list[list[Source]]:
        """The source of each wanted position (absolute offsets), sentence by sentence.

        ``found_cues`` are the sentences' cues when the caller has them already.
        """
        per_sentence = found_cues or [cues(s.text) for s in paragraph.sentences]
        self.titled_here, self.spoke_here = None, False
        found = [
            self._sentence(s, positions, sentence_cues)
            for s, positions, sentence_cues in zip(
                paragraph.sentences, wanted, per_sentence, strict=True
            )
        ]
        first = next((last for _, last in found if last is not None), None)
        out: list[list[Source]] = []
        current = first or self.outlet
        for sources, last in found:
            out.append([source or current for source in sources])
            current = last or current
        return out

    def _sentence(
        self, sentence: Sentence, positions: list[int], sentence_cues: list[Cue]
    ) -> tuple[list[Source | None], Source | None]:
        text = sentence.text
        self._learn(text)
        resolved = [(cue, self._resolve(cue, text)) for cue in sentence_cues]
        usable = [(cue, source) for cue, source in resolved if source is not None]
        self.opening = None if usable else self.opening  # only a sentence no one says
        self.spoke_here = self.spoke_here or any(_personal(cue) for cue, _ in usable)
        if not (usable and positions):
            return [None] * len(positions), usable[-1][1] if usable else None
        last = usable[-1][1]
        if all(source is last for _, source in usable):  # one source: every figure's
            return [last] * len(positions), last
        found = CLAUSE_BREAK.finditer(text)  # one sentence, read once: no word lookup needed
        clauses = [0, *(m.end() for m in found), len(text) + 1]
        index = _CueIndex(usable, clauses)
        sources = [index.pick(p - sentence.start) for p in positions]
        return sources, usable[-1][1]

    def _learn(self, text: str) -> None:
        """Acronyms, pollsters and bodies the sentence introduces in passing.

        Acronyms are read only when a cue names one (see :meth:`alias`), the bodies
        only when a description or a short name first asks for them (see
        :attr:`mentioned`): most sentences of a text are never asked about, and
        reading them later, in order, learns the same.
        """
        found = parenthesised(text) if "(" in text else []
        if found:  # read when a cue names one of them (see alias)
            self._unaliased.append(text)
            self._maybe_aliases.update(found)
        if "oll" in text or "urvey" in text:
            for pollster in pollsters(text):
                self.pollster = pollster
        self._unread.append(text)
        self._current, self._fresh = text, None
        self._learn_subject(text)

    def _learn_subject(self, text: str) -> None:
        """What a sentence opens with: a body as its subject ("The Ministry of Education
        gave ...": a later "It said"), or a person named with a title ("Governor X flew
        over the site": a later "she said" while no one has spoken, and "X said")."""
        subject = _BODY_FIRST.match(text)
        named = None if subject is None else read_source(subject["name"])
        if named is not None and _titled(named):
            self.people[named.name.casefold()] = named
            self.titled_here = None if self.spoke_here else named
        body = named is not None and not (named.person or named.pronoun or named.description)
        predicate = subject is not None and _PREDICATE.match(text, subject.end()) is not None
        self.before, self.opening = self.opening, named if body and predicate else None

    def alias(self, named: Named) -> Named:
        """The source an acronym the text introduced stands for ("KAI" after "Kereta Api
        Indonesia (KAI)"), else ``named`` itself.

        A sentence's acronyms are read only when a cue names one of them: the others
        would never be asked for, and reading them later, in order, learns the same.
        """
        if named.name in self._maybe_aliases:
            for text in self._unaliased:
                self._aliases.update(acronyms(text))
            self._unaliased.clear()
            self._maybe_aliases.clear()
        return self._aliases.get(named.name, named)

    @property
    def mentioned(self) -> dict[str, Named]:
        """The bodies the sentences read so far named in passing, by name, in order."""
        for text in self._unread:
            self._learn_bodies(text)
        self._unread.clear()
        return self._mentioned

    def _learn_bodies(self, text: str) -> None:
        """The bodies a sentence names in passing (see :func:`_bodies`)."""
        for named in _bodies(text):
            self._mentioned[named.name.casefold()] = named  # "The Indian Navy rescued ..."

    def _resolve(self, cue: Cue, sentence: str) -> Source | None:
        """The source a cue names: the outlet for "preliminary figures", the pollster for
        "the survey", a pronoun's or description's earlier source, else the one named."""
        if cue.named is None:
            return self.outlet
        named = cue.named
        if named.pronoun == "poll":
            return self._remember(self.pollster) if self.pollster else self.outlet
        if named.pronoun is not None:
            return self._pronoun(named.pronoun)
        named = self.alias(named)
        if named.description:
            match = self._describe(named)
            if match is not None:
                return match
            self.pending[named.name.casefold()] = named
        short = self._short_form(named)
        if short is not None:
            return short
        return self._remember(self._at_home(named, sentence))

    def settled(self, source: Source) -> Source:
        """A source as the whole text names it: a description no earlier source fitted
        ("Hackers stole data ..., telco says" in a headline) is the body named later."""
        named = self.pending.get(source.name.casefold())
        if named is None:
            return source
        return self._describe(named) or source

    def _short_form(self, named: Named) -> Source | None:
        """ "the Bank" after "the Bank of England": a body's one-word short name."""
        if named.person or " " in named.name or named.name.isupper():
            return None
        word = named.name.casefold()
        for known, source in self._recent():
            words = known.name.casefold().split()
            if not known.person and len(words) > 1 and word in words:
                return source
        for body in reversed(self.mentioned.values()):  # "The Bank of England cut ..."
            if len(body.name.split()) > 1 and word in body.name.casefold().split():
                return self._remember(body)
        return None

    def _at_home(self, named: Named, sentence: str) -> Named:
        """ "the finance ministry" in a story from Warsaw is Poland's (see :func:`national`)."""
        if named.side is not None or not national(named):
            return named
        country = _place(sentence) or self.home
        if country is None:
            return named
        demonym = COUNTRIES[country][0]
        return attrs.evolve(named, side=country, name=f"{demonym} {named.name}")

    def _recent(self) -> Iterator[tuple[Named, Source]]:
        """The sources named so far, the most recently named first (at most ``_RECENT``);
        read before any is remembered anew."""
        return itertools.islice(reversed(self.known.values()), _RECENT)

    def _pronoun(self, which: str) -> Source | None:
        if which == "thing" and self.before is not None:  # "The ministry gave a lower count.
            return self._remember(self.before)  # It said ...": the body the sentence opened with
        if which == "person" and self.titled_here is not None:  # "Governor X flew over ...
            return self._remember(self.titled_here)  # ..., she said", if no one spoke before
        for named, source in self._recent():
            if which == "thing" and _people(named):
                continue  # "it said" is not what "doctors at the centre" said
            if which == "any" or (which == "person") == named.person:
                return source
        return None

    def _describe(self, wanted: Named) -> Source | None:
        business = not wanted.person and bool(wanted.words & COMPANY_NOUNS)
        here = None if wanted.person else self._named_here(wanted)
        if here is not None:
            return here
        for named, source in self._recent():
            if named.description and named.kind is None:
                continue  # "telco says" in a headline: a description, not yet a source
            if business and _business(named):
                return source
            if _fits(wanted, named) and not business:  # "the bank" is no bank workers' union
                return source
        body = next(
            (b for b in reversed(self.mentioned.values())
             if _fits(wanted, b) or (business and _business(b))),
            None,
        )  # fmt: skip
        if body is None and wanted.person and wanted.description:
            return self._office(wanted)  # "the Controller-General" of "... of Immigration"
        if body is None and not wanted.person and wanted.words <= _GENERIC_BODIES:
            return self._last_body()  # "the industry body": the last body named
        if body is None and not wanted.person:
            return self._loosely(wanted)
        return None if body is None or wanted.person else self._remember(body)

    def _titled_variant(self, named: Named) -> Named | None:
        """ "Vasconcelos said" for Governor Helena Vasconcelos, named before but not a source."""
        return next((full for full in self.people.values() if _variant(named, full)), None)

    def _office(self, wanted: Named) -> Source | None:
        """A body named by a title ("the Controller-General of Immigration") that a later
        "the Controller-General" stands for."""
        title = wanted.name.casefold()
        return next(
            (source for named, source in self._recent()
             if not named.person and named.name.casefold().replace("-", " ").startswith(title)),
            None,
        )  # fmt: skip

    def _named_here(self, wanted: Named) -> Source | None:
        """A body the sentence itself names: "The Korea Exchange halted trading ..., the
        exchange said" is not an exchange named before."""
        here = next((body for body in reversed(self._named_now()) if _fits(wanted, body)), None)
        return None if here is None else self._remember(here)

    def _named_now(self) -> list[Named]:
        """The bodies the sentence being read names, read once however often asked."""
        if self._fresh is None:
            text = self._current
            self._fresh = [named for _, named in acronyms(text)] if "(" in text else []
            self._fresh += _bodies(text)
        return self._fresh

    def _loosely(self, wanted: Named) -> Source | None:
        """ "the civil defence agency" for Minas Gerais Civil Defence: a body whose name
        holds every word of the description but its generic head."""
        words = wanted.words - _GENERIC_BODIES
        if not words or words == wanted.words:
            return None
        return next(
            (source for named, source in self._recent()
             if not named.person and not named.description and words <= named.words),
            None,
        )  # fmt: skip

    def _last_body(self) -> Source | None:
        return next(
            (source for named, source in self._recent()
             if not named.person and not named.description and named.kind != "outlet"),
            None,
        )  # fmt: skip

    def _remember(self, named: Named) -> Source:
        key = named.name.casefold()
        if key == self.outlet.name.casefold():  # "a Reuters check found" in a Reuters story
            return self.outlet
        if key not in self.known and " " not in named.name:  # (no name of words is a variant)
            key = next((k for k, (known, _) in self.known.items() if _variant(named, known)), key)
        if key not in self.known and self.pollster is not None and _variant(named, self.pollster):
            named, key = self.pollster, self.pollster.name.casefold()
        full = None if key in self.known else self._titled_variant(named)
        named, key = (named, key) if full is None else (full, full.name.casefold())
        if key not in self.known:
            self.known[key] = (named, Source(named.name, side=named.side, kind=named.kind))
        entry = self.known.pop(key)
        self.known[key] = entry
        return entry[1]


def _bodies(text: str) -> list[Named]:
    """The bodies a sentence names in passing: its capitalised subject ("The Indian Navy
    rescued ..."), a name ending in an organisation word ("customers of Harbourline
    Telecom"), a kind and a name ("Premier League club Kestrel City"), what runs a thing
    ("run by Arion Cell")."""
    found = [read_source(phrase) for phrase in _passing(text)]
    return [n for n in found if n is not None and not (n.person or n.pronoun or n.description)]


def _passing(text: str) -> list[str]:
    """The phrases of :func:`_bodies` (the names before organisation words: of two words
    or more)."""
    body = _BODY_FIRST.match(text)
    phrases = [body["name"]] if body is not None else []
    runs = _WORD.findall(text)  # a word standing whole is a run of word characters
    words = () if _BODY_WORDS.isdisjoint(runs) else _BODY_WORD.finditer(text)
    for word in words:
        found = capitalised_before(text, word.end())
        phrases.extend([found] if " " in found else [])
    if not BODY_KINDS.isdisjoint(runs) and not BODY_KINDS.isdisjoint(text.split()):
        spots = _KIND_NAMES_AT.spots(text)
        phrases.extend(found.group() for found in _KIND_NAMES_AT.finditer(text, spots))
    if " by " in text:  # what runs a thing is a body, whatever its name looks like
        phrases.extend(f"operator {found['name']}" for found in _RUN_BY.finditer(text))
    return phrases


def _personal(cue: Cue) -> bool:
    """Whether a cue names a person who speaks ("X said", "she said")."""
    return cue.named is not None and (cue.named.person or cue.named.pronoun == "person")


def _titled(named: Named) -> bool:
    """A person named with a title ("Governor Helena Vasconcelos"): a later "she said" or
    "Vasconcelos said" is theirs, though the sentence that names them reports no figure."""
    return named.person and not named.description and named.kind not in (None, "person")


def _people(named: Named) -> bool:
    """A group of people named by what they are ("Doctors at the ... centre", "officials")."""
    first = named.name.split(maxsplit=1)[0].casefold()
    return named.kind == "officials" or first in _GROUPS_OF_PEOPLE


_GROUPS_OF_PEOPLE = frozenset({
    "officials", "organisers", "organizers", "analysts", "economists", "experts",
    "investigators", "prosecutors", "rescuers", "medics", "doctors", "diplomats", "residents",
    "witnesses", "survivors", "relatives", "activists", "campaigners", "farmers", "traders",
    "workers", "nurses", "teachers", "students", "lawmakers", "protesters", "villagers",
})  # fmt: skip


def _fits(wanted: Named, named: Named) -> bool:
    """Whether a description ("the navy", "the ministry") fits a named source. An office,
    programme or fund is an agency too ("the agency" for the World Food Programme)."""
    words = named.words | (frozenset(named.kind.split()) if named.kind else frozenset())
    words |= {"agency"} if not words.isdisjoint(_AGENCY_LIKE) else frozenset()
    if _head(named.name) in _MEMBERS_BODIES and wanted.words.isdisjoint(_MEMBERS_BODIES):
        return False  # "the bank" is not the Bank Workers' Alliance
    sides = wanted.side is None or named.side is None or wanted.side == named.side
    return wanted.person == named.person and _covered(wanted.words, words) and sides


def _head(name: str) -> str:
    """What a body is: its name's last word before "of" ("Union" of the National Union of
    Journalists, "Agency" of the European Union Drugs Agency)."""
    words = name.casefold().partition(" of ")[0].split()
    return words[-1] if words else ""


def _covered(wanted: frozenset[str], words: frozenset[str]) -> bool:
    """Whether each wanted word is a word of the name, or begins one ("the bank" for
    Hallbrook Banking Group)."""
    missing = wanted - words
    return all(any(_stem_of(m, w) for w in words) for m in missing)


def _stem_of(stem: str, word: str) -> bool:
    """ "bank" of "banking", "port" not of "Portland": a word and a suffix of its forms."""
    return len(stem) >= _STEM and word.startswith(stem) and word[len(stem) :] in _SUFFIXES


#: The fewest letters a description's word needs to stand for a longer word of a name.
_STEM = 4
_SUFFIXES = frozenset({"s", "es", "ing", "er", "ers"})


def _variant(short: Named, full: Named) -> bool:
    """Whether ``short`` is another way of writing ``full``: a surname ("Zelenskyy"), the first
    word of an organisation ("Westbridge" for Westbridge Research) or its initials ("EFFIS")."""
    if " " in short.name or short.name == full.name:
        return False
    words = full.name.split()
    if full.person and (short.person or "-" in short.name):  # "Zelenskyy"; "Smith-Jones"
        return short.name.casefold() in (words[-1].casefold(), words[0].casefold())
    if full.person or len(words) < 2:
        return False
    initials = "".join(w[0] for w in words if w.casefold() not in _NOT_INITIALS)
    return short.name in (words[0], initials)


def _business(named: Named) -> bool:
    """Whether "the company" can stand for this source: an organisation, not a government body,
    a council, union or agency, or a publisher of data cited in passing."""
    if named.person or named.kind not in (None, "organisation", "pollster"):
        return False
    return not _NOT_BUSINESS.intersection(named.name.casefold().split())


#: Bodies of members: only a description naming such a body fits them.
_MEMBERS_BODIES = frozenset({"union", "alliance", "association", "federation", "confederation",
                             "congress", "party", "guild", "syndicate"})  # fmt: skip
#: Head words of bodies that "the agency" may stand for.
_AGENCY_LIKE = frozenset({
    "organization", "organisation", "programme", "program", "fund", "office", "administration",
    "authority", "bureau", "service", "commission", "institute",
})  # fmt: skip
#: Words that make a body no company ("Minerals Council South Africa", "the union").
_NOT_BUSINESS = frozenset({
    "council", "union", "association", "federation", "commission", "department", "ministry",
    "agency", "institute", "authority", "court", "party", "parliament", "government",
    "organisation", "organization", "office", "society", "foundation", "university", "police",
})  # fmt: skip
#: Head nouns of descriptions any body may answer to ("the industry body", "the group").
_GENERIC_BODIES = frozenset({
    "body", "group", "organisation", "organization", "agency", "industry", "trade", "lobby",
    "business", "umbrella", "advocacy", "campaign", "aid", "relief", "rights",
})  # fmt: skip


#: Words an acronym skips: a name's small words, and "in" ("Mission in Ukraine").
_NOT_INITIALS = JOINERS | {"in"}
_PLACE = regex.compile(
    r"(?:[\p{L}-]{1,20}\s{1,3}){0,3}?[Ii]n\s{1,3}(?:neighbou?ring\s{1,3})?"
    r"(?P<place>\p{Lu}\p{L}{1,20}(?:\s\p{Lu}\p{L}{1,20})?),"
)


def _place(sentence: str) -> str | None:
    """The country a sentence opens in ("In neighbouring Portugal, ...", "Across the border in
    Poland, ..."), if it opens with one."""
    fronted = _PLACE.match(sentence.lstrip('"“ '))
    return None if fronted is None else side_of(fronted["place"])


class _CueIndex:
    """A sentence's usable cues by clause, for picking each figure's source by bisection.

    A figure takes the nearest cue after it in its clause that covers what comes
    before ("..., X said"), else the nearest before it that covers what follows
    ("X said ..."), else the nearest cue of its clause, else the last cue of an
    earlier clause, else the nearest cue of the sentence.
    """

    def __init__(self, usable: list[tuple[Cue, Source]], clauses: list[int]) -> None:
        self.usable = usable
        self.clauses = clauses
        self.of_clause = [_clause_of(cue.at, clauses) for cue, _ in usable]
        self.groups: dict[int, list[tuple[Cue, Source]]] = {}
        for item, clause in zip(usable, self.of_clause, strict=True):
            self.groups.setdefault(clause, []).append(item)
        self.backward = {c: [i for i in g if i[0].backward] for c, g in self.groups.items()}
        self.forward = {
            c: sorted((i for i in g if i[0].forward), key=lambda i: i[0].span[1])
            for c, g in self.groups.items()
        }
        self.backward_at = {c: [cue.at for cue, _ in g] for c, g in self.backward.items()}
        self.forward_end = {c: [cue.span[1] for cue, _ in g] for c, g in self.forward.items()}

    def pick(self, position: int) -> Source | None:
        if not self.usable:
            return None
        clause = _clause_of(position, self.clauses)
        after = self.backward.get(clause, [])
        at = bisect.bisect_right(self.backward_at.get(clause, []), position)
        if at < len(after):
            return after[at][1]
        before = self.forward.get(clause, [])
        ends = bisect.bisect_right(self.forward_end.get(clause, []), position)
        if ends:
            return before[ends - 1][1]
        return _nearest(self.groups.get(clause) or self._neighbour(clause), position)

    def _neighbour(self, clause: int) -> list[tuple[Cue, Source]]:
        earlier = [item for item, c in zip(self.usable, self.of_clause, strict=True) if c < clause]
        return earlier[-1:] or self.usable


def _nearest(pool: list[tuple[Cue, Source]], position: int) -> Source:
    return min(pool, key=lambda item: abs(item[0].at - position))[1]


def _clause_of(position: int, clauses: list[int]) -> int:
    return bisect.bisect_right(clauses, position, 1, len(clauses) - 1) - 1
