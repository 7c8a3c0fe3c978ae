"""Attribution: who states each figure.

Within a sentence, a *cue* names a source:

* "X said/told/reported/announced/wrote/estimated/found ..." (the subject
  before the verb, after any "had", "also", "on Friday" between them),
* "..., said X" (the name after the verb),
* "X, the governor of ..., wrote" and "the commander ..., X, said" (apposition),
* "according to X" (but "according to preliminary data/estimates/figures"
  names no source: the figure is the outlet's),
* "in a statement, X said" (a comma-separated lead-in is skipped).

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
fit; name variants merge (see :mod:`claimcheck.extract.naming`).
"""

from __future__ import annotations

import bisect
import itertools

import attrs
import regex

from claimcheck.extract.lexicon import COUNTRIES
from claimcheck.extract.naming import Named, read_source
from claimcheck.extract.sentences import Paragraph, Sentence
from claimcheck.extract.vocabulary import Vocabulary
from claimcheck.model import Source

__all__ = ["Attributor", "Cue", "cues"]

_VERBS = (
    "said|says|say|told|tells|reported|reports|announced|announces|wrote|writes|added|adds"
    "|stated|states|estimated|estimates|found|finds|confirmed|confirms|claimed|claims|noted"
    "|posted|tweeted|continued|insisted|warned|explained"
)
_VERB = regex.compile(rf"\b(?:{_VERBS})\b")
_ACCORDING = regex.compile(r"\b[Aa]ccording\s{1,3}to\s{1,3}(?P<np>[^,.;:!?\"“”()]{1,120})")
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
    r"\b(?:is|was|were|are|be|been|being|the|to|would|could|will|may|might|must|should|can)"
    r"\s{1,3}(?:\p{L}{1,20}ly\s{1,3})?$",
    regex.IGNORECASE | regex.REVERSE,
)
_BETWEEN = regex.compile(
    r"(?:\s{1,3}(?:had|has|have|also|later|earlier|separately|previously|initially|then|already"
    r"|again|further|on\s\p{L}{1,12}|in\sa\s\p{L}{1,12}|\p{L}{2,20}ly))+$",
    regex.IGNORECASE | regex.REVERSE,
)
_ENDS_CLAUSE = regex.compile(r"(?:\s{1,3}[\p{L}'’.]{1,20}){0,6}\s{0,3}(?:[,.;:!?\"”]|$)")
_INVERTED = regex.compile(r"\s{1,3}(?P<np>(?:the\s)?[\p{Lu}][^,.;:!?\"“”()]{0,80})")
_INVERTED_END = regex.compile(
    r"\s(?:who|which|in|on|at|after|during|to|told|when|that|as)\b.{0,100}$"
)
_CLAUSE = regex.compile(r",\s{1,3}(?:while|whereas|but|though|although)\s|;\s")
_QUOTES = regex.compile(r"\"[^\"]{0,2000}\"|“[^”]{0,2000}”")
# Where each word pattern can match, found with str.find (see vocabulary).
_VERBS_AT = Vocabulary.of(_VERB, _VERBS.split("|"))
_BOUNDARIES_AT = Vocabulary.of(
    _BOUNDARY,
    [*",;:\"“”—–", "while", "whereas", "but", "and", "that", "as", "after", "when", "though",
     "although", "where", "because"],
    seconds=["-"],
)  # fmt: skip
_CLAUSES_AT = Vocabulary.of(_CLAUSE, [",", ";"])
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
    whole, offset = (sentence, 0) if source is None else source
    verbs = list(_VERBS_AT.finditer(sentence, _VERBS_AT.spots(whole), offset=offset))
    if not verbs:
        return sorted((cue for cue in found if cue is not None), key=lambda cue: cue.at)
    _BOUNDARIES_AT.spots(sentence, source)  # the words that bound a subject, looked up once
    has_quotes = '"' in sentence or "“" in sentence
    quoted = [m.span() for m in _QUOTES.finditer(sentence)] if has_quotes else []
    quote_starts = [start for start, _ in quoted]
    for verb in verbs:
        at = bisect.bisect_left(quote_starts, verb.start()) - 1
        if at < 0 or not quoted[at][0] < verb.start() < quoted[at][1]:
            found.append(_verb_cue(sentence, verb))
    return sorted((cue for cue in found if cue is not None), key=lambda cue: cue.at)


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


def _verb_cue(sentence: str, verb: regex.Match[str]) -> Cue | None:
    before = sentence[max(0, verb.start() - 200) : verb.start()]
    if _PASSIVE.search(before):
        return None
    backward = _ENDS_CLAUSE.match(sentence, verb.end()) is not None
    subject, start = _subject(sentence, verb.start())
    if subject:
        named = read_source(subject)
        forward = not backward
    else:
        phrase, start = _apposition(sentence, verb.start())
        named = read_source(phrase) if phrase else _inverted(sentence, verb)
        forward = not backward and bool(phrase)
        backward = backward or not phrase
    if named is None:
        return None
    return Cue(
        at=verb.start(), span=(start, verb.end()), named=named, forward=forward, backward=backward
    )


def _segment_start(sentence: str, end: int) -> int:
    low = max(0, end - 160)
    last = low
    for boundary in _BOUNDARIES_AT.finditer(sentence, _BOUNDARIES_AT.spots(sentence), low, end):
        last = boundary.end()
    return last


def _subject(sentence: str, verb: int) -> tuple[str, int]:
    start = _segment_start(sentence, verb)
    lead = sentence[start:verb].rstrip()
    between = _BETWEEN.search(lead)
    text = lead[: between.start()] if between is not None else lead
    words = text.split()
    if not words or len(words) > _MAX_SUBJECT_WORDS or any(map(str.isdigit, text)):
        return "", start
    if not (any(w[:1].isupper() for w in words) or words[0].casefold() in _LEADS):
        return "", start
    return text, start


_LEADS = frozenset({"the", "a", "an", "its", "his", "her", "their", "he", "she", "it", "they",
                    "officials", "police", "organisers", "organizers", "authorities"})  # fmt: skip


def _apposition(sentence: str, verb: int) -> tuple[str, int]:
    """ "X, the governor ..., wrote" -> X;  "the commander ..., X, said" -> X."""
    lead = sentence[max(0, verb - 200) : verb].rstrip()
    if not lead.endswith(","):
        return "", verb
    end = max(0, verb - 200) + len(lead) - 1
    first = _segment_start(sentence, end)
    nearer = sentence[first:end].strip()
    if _is_name(nearer):
        return nearer, first
    if first < 2 or sentence[first - 1] != ",":
        return "", verb
    second = _segment_start(sentence, first - 1)
    farther = sentence[second : first - 1].strip()
    return (farther, second) if _is_name(farther) else ("", verb)


def _is_name(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(map(str.isdigit, text))
    )


def _inverted(sentence: str, verb: regex.Match[str]) -> Named | None:
    if not sentence[max(0, verb.start() - 200) : verb.start()].rstrip().endswith((",", '"', "”")):
        return None
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
        resolved = [(cue, self._resolve(cue)) for cue in sentence_cues]
        usable = [(cue, source) for cue, source in resolved if source is not None]
        if not (usable and positions):
            return [None] * len(positions), usable[-1][1] if usable else None
        text = sentence.text
        found = _CLAUSES_AT.finditer(text, _CLAUSES_AT.spots(text))
        clauses = [0, *(m.end() for m in found), len(text) + 1]
        sources = [_pick(usable, p - sentence.start, clauses) for p in positions]
        return sources, usable[-1][1]

    def _resolve(self, cue: Cue) -> Source | None:
        if cue.named is None:
            return self.outlet
        named = cue.named
        if named.pronoun is not None:
            return self._pronoun(named.pronoun)
        if named.description:
            match = self._describe(named)
            if match is not None:
                return match
            named = self._at_home(named)
        return self._remember(named)

    def _at_home(self, named: Named) -> Named:
        """ "the finance ministry" in a story from Berlin is Germany's."""
        if named.side is not None or self.home is None or named.person:
            return named
        demonym = COUNTRIES[self.home][0]
        return attrs.evolve(named, side=self.home, name=f"{demonym} {named.name}")

    def _recent(self) -> list[tuple[Named, Source]]:
        """The sources named so far, the most recently named first (at most ``_RECENT``)."""
        return list(itertools.islice(reversed(self.known.values()), _RECENT))

    def _pronoun(self, which: str) -> Source | None:
        for named, source in self._recent():
            if which == "any" or (which == "person") == named.person:
                return source
        return None

    def _describe(self, wanted: Named) -> Source | None:
        for named, source in self._recent():
            words = named.words | (frozenset(named.kind.split()) if named.kind else frozenset())
            sides = wanted.side is None or named.side is None or wanted.side == named.side
            if wanted.person == named.person and wanted.words <= words and sides:
                return source
        return None

    def _remember(self, named: Named) -> Source:
        key = named.name.casefold()
        if key not in self.known:
            same = next((k for k, (known, _) in self.known.items() if _surname(named, known)), None)
            key = same or key
        if key not in self.known:
            self.known[key] = (named, Source(named.name, side=named.side, kind=named.kind))
        entry = self.known.pop(key)
        self.known[key] = entry
        return entry[1]


def _surname(short: Named, full: Named) -> bool:
    if not (short.person and full.person) or " " in short.name:
        return False
    return full.name.split()[-1].casefold() == short.name.casefold()


def _pick(usable: list[tuple[Cue, Source]], position: int, clauses: list[int]) -> Source | None:
    if not usable:
        return None
    clause = _clause_of(position, clauses)
    local = [(cue, s) for cue, s in usable if _clause_of(cue.at, clauses) == clause]
    after = [s for cue, s in local if cue.backward and cue.at > position]
    before = [s for cue, s in reversed(local) if cue.forward and cue.span[1] <= position]
    if after or before:
        return (after or before)[0]
    pool = local or _neighbour(usable, clause, clauses)
    return min(pool, key=lambda item: abs(item[0].at - position))[1]


def _neighbour(
    usable: list[tuple[Cue, Source]], clause: int, clauses: list[int]
) -> list[tuple[Cue, Source]]:
    earlier = [item for item in usable if _clause_of(item[0].at, clauses) < clause]
    return earlier[-1:] or usable


def _clause_of(position: int, clauses: list[int]) -> int:
    return bisect.bisect_right(clauses, position, 1, len(clauses) - 1) - 1
