"""What a figure counts: the noun phrase after it and the verb that governs it.

For each mention, :func:`read_counted` reads its sentence around it:

* the **noun phrase** after the figure, skipping "of those", "of the" and an
  explicit whole ("266 of the 298 drones"): up to six words, stopping at a
  function word, a verb or punctuation. Demonyms give the ``side`` facet
  ("270 Russian soldiers"), weapon modifiers the ``kind`` ("cruise
  missiles"), person nouns the ``group`` ("soldiers", "civilians");
  "drones and missiles" stays one noun when no number follows the "and";
* the **verb**: one right after the noun phrase ("76 drones launched",
  "88 were intercepted", "are expected to go home"), else the nearest one
  before the figure in its clause ("neutralized 150 of those drones"),
  "attacked ... with 175 drones", "death toll ... 3,085", "damage in nine
  regions". The lexicon maps it to a family (see
  :mod:`claimcheck.extract.lexicon`);
* the **side** of weapons with no demonym: the country that launched them
  ("Russia launched 76 drones");
* **partitives** ("150 of those drones", "63 of which", "Of those, 88",
  "a further 128", "including 91", "among the dead were", "of whom 62 were
  civilians": the group they were) and **scope** ("each", "per side", "from
  each side", "apiece", "both sides") for the relations module;
* **what keeps quantities apart**: the town after what is counted or the town a
  strike hit ("killed two people in Kherson", "a strike on Sumy killed 3":
  ``place``), a rate ("50,000 passengers a day": ``per``). Model names
  ("Kh-101", "Iskander-M") are not part of the noun, and a count after a verb
  the lexicon does not know ("evacuated 6,000 people") is named by that verb;
  people counted with no verb at all by the words around them.

:func:`measure_of` turns what was read into a :class:`~claimcheck.measure.Measure`:
``drones launched[side=Russia, date=2025-05-23]``,
``prisoners returned[group=soldiers, side=Russia]``,
``people killed[group=children]``. A figure with no noun and no verb takes
its name from the words before it ("approval rating fallen").
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

from claimcheck.extract.lexicon import (
    FUNCTION_WORDS,
    PERSON_GROUPS,
    PERSON_NOUNS,
    VERB_FAMILIES,
    WEAPON_KINDS,
    WEAPONS,
    WITH_VERBS,
    side_of,
)
from claimcheck.extract.mentions import Mention
from claimcheck.extract.scan import NUMBER_WORDS
from claimcheck.extract.vocabulary import Vocabulary, any_within
from claimcheck.grammar.letters import folded
from claimcheck.grammar.timewords import MONTHS, SEASON_WORDS, WEEKDAYS
from claimcheck.measure import Measure

__all__ = ["Counted", "measure_of", "read_counted"]

_VERB_WORDS = "|".join(
    regex.escape(v).replace(r"\ ", r"\s{1,3}") for v in sorted(VERB_FAMILIES, key=len, reverse=True)
)
_VERB_AFTER = regex.compile(
    r"\s{0,3},?\s{0,3}(?:(?:(?:from|by|on)\s{1,3})?each(?:\s{1,3}side)?\s{1,3}|per\s{1,3}side\s{1,3})?"
    r"(?:(?:were|was|had|have|has|are|is|will|would|could)\s{1,3})?"
    r"(?:(?:been|be|being)\s{1,3})?(?:(?:expected|set|due|likely|going|planned|scheduled|to)\s{1,3})?"
    r"(?:to\s{1,3})?(?:(?:be|have|been)\s{1,3})?(?:(?:still|also|reportedly|later|all|now)\s{1,3})?"
    rf"(?P<verb>{_VERB_WORDS})\b",
    regex.IGNORECASE,
)
_VERB_ANY = regex.compile(
    rf"\b(?P<verb>{_VERB_WORDS}|{'|'.join(sorted(WITH_VERBS))})\b", regex.IGNORECASE
)
_WITH_AFTER = regex.compile(r"\bwith\b", regex.IGNORECASE)
_ATTRIBUTION_WORDS = ("said", "says", "told", "adding", "added", "announced", "wrote", "according")
_ATTRIBUTION = regex.compile(
    rf"\b(?:{'|'.join(_ATTRIBUTION_WORDS[:-1])}|according\s{{1,3}}to)\b", regex.IGNORECASE
)
# Where each word pattern can match, found with str.find (see vocabulary).
_VERBS_AT = Vocabulary.of(_VERB_ANY, [*VERB_FAMILIES, *WITH_VERBS])
_ATTRIBUTIONS_AT = Vocabulary.of(_ATTRIBUTION, _ATTRIBUTION_WORDS)
_PREPOSITION_BEFORE = regex.compile(
    r"\b(?:over|in|at|across|into|from)\s{1,3}$", regex.IGNORECASE | regex.REVERSE
)
_TOLL = regex.compile(r"\bdeath\s{1,3}toll\b[^;]{0,100}$", regex.IGNORECASE)
_DAMAGE = regex.compile(r"\bdamage\b[^.;]{0,40}\bin\s{1,3}$", regex.IGNORECASE)
_WORD = regex.compile(r"\s{1,3}([\p{L}](?:[\p{L}'’-]|(?<=[-\d])\d|\.(?=\p{L})){0,30}\.?)")
_PARTITIVE_AFTER = regex.compile(
    r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?P<det>those|them|these|which|whom|the)\b", regex.I
)
_RAW_VERB = regex.compile(r"(?<![\p{L}-])(?P<verb>\p{Ll}{2,20}ed)\s{1,3}$", regex.REVERSE)
_RAW_VERB_AFTER = regex.compile(
    r"\s{1,3}(?:(?:had|have|has|were|was|are|is)\s{1,3})?"
    r"(?:(?:been|already|also|now|since|all|still|then)\s{1,3}){0,2}(?P<verb>\p{Ll}{2,20}ed)\b"
)
_COPULA = regex.compile(r"\s{1,3}(?:were|are|was|is)(?=\s{1,3}\p{L})", regex.IGNORECASE)
#: "5 of 7", "5 out of the 7", "eight of Kenya's 47", "two of its 40": the next figure is the whole.
_OF = regex.compile(
    r"\s{1,3}(?:out\s{1,3})?of\s{1,3}(?:(?:the|its|their|his|her|our)\s{1,3})?"
    r"(?:[\p{L}.-]{1,30}['’]s\s{1,3})?",
    regex.IGNORECASE,
)
_PARTITIVE_BEFORE = regex.compile(
    r"(?:\bof\s{1,3}(?:which|whom|those|them|these)\s{1,3}|\b[Oo]f\s{1,3}(?:those|them|these),\s{1,3}"
    r"(?:[\p{L}]{1,20}\s{1,3}){0,3}"
    r"|\b[Aa]mong\s{1,3}(?:them|those|the\s{1,3}\p{L}{1,20})\s{1,3}(?:(?:were|was|are)\s{1,3})?)$"
)
_FURTHER = regex.compile(
    r"\b(?:a\s{1,3}further|another|a\s{1,3}further\s{1,3}\p{L}{1,12})\s{1,3}$", regex.I
)
_INCLUDING = regex.compile(r"\bincluding\s{1,3}$", regex.IGNORECASE)
_EACH_AFTER = regex.compile(
    r"(?:\s{1,3}[\p{L}'’-]{1,30}){0,4}?\s{1,3}(?:each|apiece|(?:from|by|on|for)\s{1,3}each\s{1,3}side"
    r"|per\s{1,3}side|from\s{1,3}both\s{1,3}sides)\b",
    regex.IGNORECASE,
)
#: Every match of _EACH_AFTER holds one of these.
_EACH_WORDS = ("each", "apiece", "per", "both")
_EACH_BEFORE = regex.compile(r"\beach\s{1,3}(?:[\p{L}]{1,20}\s{1,3}){1,3}$", regex.IGNORECASE)
_REGION = regex.compile(
    r"\s{1,3}(?:over|in)\s{1,3}the\s{1,3}(?P<region>\p{Lu}[\p{L}-]{1,30})\s{1,3}region\b"
)
_TOWN = regex.compile(
    r"(?:\s{1,3}(?:were|was|are|is|(?:have|has|had)\s{1,3}been)(?:\s{1,3}\p{Ll}{2,20})??)?"
    r"\s{1,3}in\s{1,3}(?:the\s{1,3}(?:city|town|village|port|region|province)\s{1,3}of\s{1,3}"
    r"|the\s{1,3}(?=\p{Lu}\p{Ll}{1,30}s\b(?!\s\p{Lu})))?"
    r"(?P<town>\p{Lu}[\p{Ll}-]{1,30}(?:\s\p{Lu}[\p{Ll}-]{1,30})?)\b(?!['’]s)"
)  # "in Kherson", "in the city of Sumy", "in the Laurentians" (not "in the Senate")
#: "is home to" right before a figure (with its qualifier, if the figure has none).
_HOME_TO = regex.compile(
    r"\b(?:is|are|was|were)\s{1,3}(?:now\s{1,3}|still\s{1,3})?home\s{1,3}to\s{1,3}\Z"
)
#: A run of capitalised words: a place's name.
_NAME_RUN = regex.compile(
    r"(?!(?:The|A|An|This|That|Its|Their|It|They|Last|Next|Today|Now|Officials|Experts)\b)"
    r"\p{Lu}[\p{L}-]{1,30}(?:\s\p{Lu}[\p{L}-]{1,30}){0,3}"
)
#: A speech verb before what is home to a count: the name comes after it.
_SAID = regex.compile(r"\b(?:said|says|told|added|noted|estimated|estimates)\s(?:that\s)?")
_STRUCK_TOWN = regex.compile(
    r"\b(?:(?i:strikes?|attacks?|shelling|bombardment|bombing|raids?|assault)\s{1,3}(?:on|of)"
    r"|(?i:hit|hits|struck|pounded|shelled|attacked|targeted))"
    r"\s{1,3}(?:the\s{1,3}(?:city|town|village|port)\s{1,3}of\s{1,3})?"
    r"(?P<town>\p{Lu}[\p{Ll}-]{1,30}(?:\s\p{Lu}[\p{Ll}-]{1,30})?)\b(?!['’]s)"
)
#: Every match of _STRUCK_TOWN holds one of these (in any case).
_STRUCK_WORDS = ("strike", "attack", "shell", "bomb", "raid", "assault", "hit", "struck", "pounded",
                 "targeted")  # fmt: skip
_TIME_NAMES = frozenset({*MONTHS, *WEEKDAYS, *SEASON_WORDS})
_RATE = regex.compile(
    r"\s{0,3},?\s{1,3}(?:(?:a|an|per|each|every)\s{1,3}(?P<per>day|week|month|year|hour)"
    r"|(?P<per>daily|weekly|monthly|annually|yearly|hourly))\b",
    regex.IGNORECASE,
)
#: Every match of _RATE holds one of these (in any case), within 24 characters.
_RATE_WORDS = ("day", "week", "month", "year", "hour", "daily", "annually")
_PER = {"daily": "day", "weekly": "week", "monthly": "month", "annually": "year",
        "yearly": "year", "hourly": "hour"}  # fmt: skip
_FOR = regex.compile(
    r"\s{1,3}(?:for|in|to|on)\s{1,3}(?:the\s{1,3})?(?P<what>[\p{L}][\p{L}-]{1,30}(?:\s{1,3}[\p{L}][\p{L}-]{1,30}){0,2})"
)
_COUNTRY_BEFORE = regex.compile(
    r"(?P<country>\b\p{Lu}[\p{L}]{2,20})\s{1,3}(?:\p{L}{1,12}\s{1,3}){0,2}$"
)
_LAUNCH = regex.compile(
    rf"\b(?:{'|'.join(v for v, f in VERB_FAMILIES.items() if f == 'launched')}"
    rf"|{'|'.join(sorted(WITH_VERBS))})\b",
    regex.IGNORECASE,
)
_CAPITALISED = regex.compile(r"\b\p{Lu}[\p{L}]{1,20}\b")
_CLAUSE_END = regex.compile(r"[,.;:!?()\"“”]")
_CONTEXT_WORD = regex.compile(r"[\p{L}][\p{L}'’-]{1,30}")
_UNSAFE = regex.compile(r"[\[\]=,]")
_MAX_NOUN_WORDS = 4
_PEOPLE_FAMILIES = frozenset({"killed", "injured", "missing"})


@attrs.frozen(kw_only=True)
class Counted:
    """What one figure counts, read from its sentence (see the module docstring)."""

    noun: str | None = None
    person: bool = False
    family: str | None = None
    verb: str | None = None
    side: str | None = None
    facets: tuple[tuple[str, str], ...] = ()
    partitive: bool = False
    explicit_whole: bool = False
    further: bool = False
    including: bool = False
    each: bool = False
    near: tuple[str, str | None] = ("", None)

    @property
    def context(self) -> str:
        """A few words around the figure (from ``near``, the text before it and, when it has
        no noun, after it), which name what it counts when nothing else does."""
        return _context(*self.near)

    def facet(self, key: str) -> str | None:
        return next((v for k, v in self.facets if k == key), None)

    def with_facet(self, key: str, value: str) -> Counted:
        kept = tuple((k, v) for k, v in self.facets if k != key)
        return attrs.evolve(self, facets=(*kept, (key, value)))


def read_counted(
    text: str, mention: Mention, clause_start: int, following: Mention | None
) -> Counted:
    """Read what ``mention`` counts; ``following`` is the next mention in the sentence, if any."""
    start = _since_attribution(text, clause_start, mention.start)
    before = text[start : mention.start]
    position, explicit, partitive = _after_partitive(text, mention, following)
    partitive_before = _partitive_before(before[-60:])
    copula = _COPULA.match(text, position) if partitive_before and not explicit else None
    if copula is not None and _VERB_AFTER.match(text, position) is None:
        position = copula.end()  # "of whom 62 were civilians": the group they were
    words, end = _noun_words(text, position)
    noun, person, side, facets = _classify(words)
    lowered = folded(text)  # the text folded once: each look below slices it (offsets kept)
    tail = lowered[max(start, mention.start - 120) : mention.start]  # before[-120:], folded
    family, verb = _family(text, end, (before, start, tail), mention, explicit, noun)
    if mention.figure.counts:
        family, verb = _own_verb(text, (before, end), mention, (family, verb), noun, explicit)
    partitive = partitive or partitive_before
    person = person or (noun is None and family in _PEOPLE_FAMILIES)
    return Counted(
        noun=noun, person=person, family=family, verb=verb,
        side=side or _agent(before, family, noun),
        facets=(*facets, *_where(text, (mention.start, end), lowered)),
        partitive=partitive and not explicit,
        explicit_whole=explicit,
        further=_found(_FURTHER, before[-30:], ("further", "another"), tail[-30:]),
        including=_found(_INCLUDING, before[-20:], ("including",), tail[-20:]),
        each=_each_after(text, mention.end, lowered)
        or _found(_EACH_BEFORE, before[-50:], ("each",), tail[-50:]),
        near=(before[-80:], text[end : end + 60] if noun is None else None),
    )  # fmt: skip


def _own_verb(
    text: str, around: tuple[str, int], mention: Mention, read: tuple[str | None, str | None],
    noun: str | None, explicit: bool,
) -> tuple[str | None, str | None]:  # fmt: skip
    """A count's family and verb where the lexicon gave none or its own verb follows it.

    A verb the lexicon does not know names a count ("evacuated 6,000 people",
    "340 customers had reported"); a count's own verb after it outweighs a verb
    before it ("49 people were killed and six survived": six survived).
    """
    before, end = around
    own = _raw_verb_after(text, end)
    if read[0] is None:
        raw = _raw_verb(before) or own
        return raw, raw
    if own is not None and noun is None and not explicit and end == mention.end:
        family, verb = _lexicon(own)
        return family or own, verb
    return read


def _partitive_before(before: str) -> bool:
    """ "of those", "of which", "Of those, 88", "among the dead were" right before the figure."""
    if not ("of" in before or "Of" in before or "mong" in before):
        return False
    return _PARTITIVE_BEFORE.search(before) is not None


def _found(pattern: regex.Pattern[str], text: str, words: tuple[str, ...], lowered: str) -> bool:
    """Whether ``pattern`` (case-insensitive) finds a match, which holds one of ``words``.

    ``lowered`` is ``text`` folded (``fold_case``), where the words are looked up.
    """
    for word in words:  # one or two: a loop is quicker than any() here
        if word in lowered:
            return pattern.search(text) is not None
    return False


def _each_after(text: str, end: int, lowered: str) -> bool:
    """ "... each", "apiece", "per side", "from both sides" within the 80 characters after
    (``lowered`` is the text folded)."""
    if not any(map(lowered[end : end + 80].__contains__, _EACH_WORDS)):
        return False
    return _EACH_AFTER.match(text, end, end + 80) is not None


def _since_attribution(text: str, start: int, end: int) -> int:
    """Where the text from ``start`` to a figure at ``end`` begins after its last attribution."""
    spots = _ATTRIBUTIONS_AT.spots(text)
    if not any_within(spots, start, end):
        return start
    found = _ATTRIBUTIONS_AT.finditer(text[start:end], spots, offset=start)
    ends = [match.end() for match in found]
    return start + ends[-1] if ends else start


def _after_partitive(
    text: str, mention: Mention, following: Mention | None
) -> tuple[int, bool, bool]:
    if following is not None and _OF.fullmatch(text, mention.end, following.start):
        return following.end, True, False  # "1 of at least 5 drones": the next figure is the whole
    match = _PARTITIVE_AFTER.match(text, mention.end)
    if match is None:
        return mention.end, False, False
    gap = text[match.end() : following.start] if following is not None else "x"
    if following is not None and not gap.strip():
        return following.end, True, False
    return match.end(), False, True


def _noun_words(text: str, position: int) -> tuple[list[str], int]:
    """The words of the noun phrase at ``position`` (adverbs skipped) and where it ends.

    Each word is cased-folded once, for every test on it (see :func:`_nounish`).
    """
    words: list[str] = []
    end = position
    while len(words) < _MAX_NOUN_WORDS + 2:
        match = _WORD.match(text, end)
        if match is None:
            break
        word = match.group(1)
        lower = word.casefold()
        if _adverb(lower) and _WORD.match(text, match.end()):
            end = match.end()
            continue
        if words and words[-1].islower() and word[:1].isupper():
            break
        if _sentence_end(word):
            if _nounish(lower[:-1]):  # casefold reads "." as itself: the word's fold, cut
                words.append(word[:-1])
                end = match.end() - 1
            break
        if not _nounish(lower):
            if lower == "and" and words and _joins(text, match.end()):
                words.append("and")
                end = match.end()
                continue
            break
        words.append(word)
        end = match.end()
    return _trim_and(words), end


def _joins(text: str, after: int) -> bool:
    """Whether a noun (no second "and") follows an "and" that ends at ``after``."""
    joined = _WORD.match(text, after)
    if joined is None:
        return False
    lower = joined.group(1).casefold()
    return _nounish(lower) and lower != "and"


def _sentence_end(word: str) -> bool:
    return word.endswith(".") and "." not in word[:-1]


def _adverb(lower: str) -> bool:
    """Whether a (case-folded) word is an adverb: ends in -ly, no function word ("only")."""
    return lower.endswith("ly") and lower not in FUNCTION_WORDS


def _trim_and(words: list[str]) -> list[str]:
    if "and" not in words:
        return words
    while words and words[-1] == "and":
        words.pop()
    return [w for i, w in enumerate(words) if not (w == "and" and words[i + 1 :][:1] == ["decoys"])]


def _nounish(lower: str) -> bool:
    """Whether a (case-folded) word can belong to a noun phrase."""
    if lower in FUNCTION_WORDS or lower in VERB_FAMILIES or lower in NUMBER_WORDS:
        return False
    if lower.endswith("ly"):
        return False
    if lower in WEAPON_KINDS:  # "Shahed" ends in -ed but is no participle
        return True
    return not (lower.endswith("ed") and lower not in ("armed",)) or lower in PERSON_GROUPS


def _classify(words: list[str]) -> tuple[str | None, bool, str | None, list[tuple[str, str]]]:
    side: str | None = None
    kind: str | None = None
    kept: list[str] = []
    armed = bool(words) and words[-1].casefold() in WEAPONS
    for word in words:
        country = side_of(word)
        lower = word.casefold().strip("'’")
        lower = lower if country else lower.rstrip(".")
        if country and lower not in PERSON_GROUPS:
            side = side or country
        elif lower in WEAPON_KINDS:
            kind = lower[:-1] if lower == "shaheds" else lower
        elif _designator(word, armed):
            continue  # "Kh-101", "Iskander-M", "Patriot": which model, not what is counted
        elif lower != "decoys" or not kept:
            kept.append(lower)
    facets = [("kind", kind)] if kind else []
    if not kept:
        return None, False, side, facets
    noun, person, side, more = _noun(kept, side)
    return noun, person, side, facets + more


def _designator(word: str, armed: bool) -> bool:
    """A model name or number before a weapon ("Kh-101", "Su-34", "Iskander-M", "Patriot")."""
    if not word.isalpha() and any(map(str.isdigit, word)):
        return True
    return armed and word[:1].isupper() and word.casefold() not in WEAPONS


def _noun(kept: list[str], side: str | None) -> tuple[str, bool, str | None, list[tuple[str, str]]]:
    head = kept[-1]
    if head in WEAPONS and len(kept) == 1:
        return WEAPONS[head], False, side, []
    if head in PERSON_GROUPS:
        person_side = side or side_of(head)
        group = PERSON_GROUPS[head]
        return head, True, person_side, [("group", group)] if group else []
    return " ".join(WEAPONS.get(w, w) for w in kept), False, side, []


def _family(
    text: str, end: int, before: tuple[str, int, str], mention: Mention, explicit: bool,
    noun: str | None,
) -> tuple[str | None, str | None]:  # fmt: skip
    """The verb's family and the verb; ``before`` is the text before the figure, its start
    and its last 120 characters folded."""
    if mention.age:
        return "age", None
    verbs = _VERBS_AT.spots(text)
    after = _VERB_AFTER.match(text, end) if any_within(verbs, end, end + 82) else None
    if after is not None and not explicit:
        return _lexicon(after["verb"])  # the verb before is not needed
    own = _before_verb(*before, verbs, mention, noun)
    if explicit and own[0] is not None:
        return own
    if after is not None:
        return _lexicon(after["verb"])
    return own


def _before_verb(
    before: str, start: int, tail: str, spots: list[int], mention: Mention, noun: str | None
) -> tuple[str | None, str | None]:
    """The verb before the figure; ``before`` begins at ``start`` of the text ``spots`` are of,
    ``tail`` is its last 120 characters folded."""
    if noun is None and "toll" in tail and _TOLL.search(before[-120:]) is not None:
        return "killed", "killed"
    if "damage" in tail[-50:] and _DAMAGE.search(before[-50:]) is not None:
        return "damaged", "damage"
    if mention.figure.unit is not None and not mention.figure.counts:
        return None, None
    if _PREPOSITION_BEFORE.search(before[-12:]):
        return None, None
    verbs = list(_VERBS_AT.finditer(before, spots, offset=start))
    if not verbs:
        return None, None
    last = verbs[-1]
    if last["verb"].casefold() in WITH_VERBS and _WITH_AFTER.search(before, last.end()):
        return "launched", "launched"
    return _lexicon(last["verb"])


def _raw_verb(before: str) -> str | None:
    """A verb the lexicon does not know, right before a count ("evacuated 6,000 people"):
    not a family to merge sources on, but enough to keep two counts of people apart."""
    found = _RAW_VERB.search(before[-40:])
    if found is None or found["verb"].casefold() in FUNCTION_WORDS:
        return None
    return found["verb"].casefold()


def _raw_verb_after(text: str, end: int) -> str | None:
    """An unknown verb after what is counted ("340 customers had already reported ...")."""
    found = _RAW_VERB_AFTER.match(text, end)
    if found is None or found["verb"].casefold() in FUNCTION_WORDS:
        return None
    return found["verb"].casefold()


def _lexicon(verb: str) -> tuple[str | None, str]:
    spoken = " ".join(verb.casefold().split())
    return VERB_FAMILIES.get(spoken), spoken


def _agent(before: str, family: str | None, noun: str | None) -> str | None:
    """The first country before the launching verb: "Russia launched 76 drones" -> Russia."""
    if family != "launched" or noun not in WEAPONS.values():
        return None
    verbs = list(_LAUNCH.finditer(before[-160:]))
    if not verbs:
        return None
    sides = [side_of(m.group(0)) for m in _CAPITALISED.finditer(before[-160:][: verbs[-1].start()])]
    return next((side for side in sides if side is not None), None)


def _where(text: str, span: tuple[int, int], lowered: str) -> list[tuple[str, str]]:
    """The place facet: after the noun phrase, a strike's target before it, or the subject
    of "X is home to" (``lowered``: the text folded)."""
    start, end = span
    return _place(text, end, lowered) or _target(text, start, lowered) or _home(text, start)


def _home(text: str, start: int) -> list[tuple[str, str]]:
    """ "Kaziranga National Park in Assam state is home to about 2,600 rhinos": the place
    that is home to a count (the first name after the clause's last comma)."""
    low = max(0, start - 160)
    home = _HOME_TO.search(text, low, start)
    if home is None:
        return []
    low = max(low, text.rfind(".", low, home.start()) + 1, text.rfind(",", low, home.start()) + 1)
    said = None
    for said in _SAID.finditer(text, low, home.start()):  # "The WWF said Kenya is home to"
        low = said.end()
    name = _NAME_RUN.search(text, low, home.start())
    return _town_facet(name.group() if name else None)


def _place(text: str, end: int, lowered: str) -> list[tuple[str, str]]:
    """What follows the noun phrase: a region, a town, else a rate (``lowered``: the text
    folded)."""
    region = _REGION.match(text, end) if text.find("region", end, end + 60) >= 0 else None
    if region:
        return [("region", region["region"])]
    # "... in Kherson"
    town = _TOWN.match(text, end) if text.find("in", end, end + 48) >= 0 else None
    place = _town_facet(town["town"] if town else None)
    return place or _rate(text, end, lowered)


def _rate(text: str, end: int, lowered: str) -> list[tuple[str, str]]:
    """ "19,000 passengers a day", "300 tonnes daily": a rate, not a total."""
    hinted = any(map(lowered[end : end + 24].__contains__, _RATE_WORDS))
    rate = _RATE.match(text, end) if hinted else None
    return [("per", _PER.get(rate["per"].casefold(), rate["per"].casefold()))] if rate else []


def _town_facet(town: str | None) -> list[tuple[str, str]]:
    """The ``place`` facet for a town (a country is a side, a month or weekday no place)."""
    if town is None or side_of(town) or town.casefold() in _TIME_NAMES:
        return []
    return [("place", " ".join(town.split()))]


def _target(text: str, start: int, lowered: str) -> list[tuple[str, str]]:
    """The town a strike hit, named before the figure in its paragraph: "a strike on Sumy
    killed 3 people", "a missile hit Kharkiv, killing 4 people" (``lowered``: the text folded)."""
    low = max(0, start - 160)
    # this paragraph's words only: "... hit Sumy. 2 were hurt."
    low = max(low, text.rfind("\n", low, start) + 1)
    if not any(map(lowered[low:start].__contains__, _STRUCK_WORDS)):
        return []
    window = text[low:start]
    targets = list(_STRUCK_TOWN.finditer(window))
    return _town_facet(targets[-1]["town"] if targets else None)


def _context(before: str, following: str | None) -> str:
    """The last two content words of ``before`` and the first three of ``following``'s clause."""
    words = _content(reversed(_CONTEXT_WORD.findall(before)), 2)[::-1]
    if following is not None:
        end = _CLAUSE_END.search(following)
        window = following if end is None else following[: end.start()]
        words += _content(_CONTEXT_WORD.findall(window), 3)
    return " ".join(words).casefold()


def _content(words: Iterable[str], count: int) -> list[str]:
    """The first ``count`` of ``words`` that are no function words."""
    kept: list[str] = []
    for word in words:
        if word.casefold() not in FUNCTION_WORDS:
            kept.append(word)
            if len(kept) == count:
                break
    return kept


def what_for(text: str, mention_end: int) -> str | None:
    """The "for X" / "in X" after a figure ("$60.8 billion for Ukraine" -> "Ukraine")."""
    match = _FOR.match(text, mention_end)
    if match is None:
        return None
    words = [w for w in match["what"].split() if w.casefold() not in FUNCTION_WORDS]
    return " ".join(words) or None


def measure_of(counted: Counted, extra: dict[str, str]) -> Measure:
    """The measure a reading names, with ``extra`` facets (date, how, side for "each")."""
    facets = dict(counted.facets)
    if counted.side is not None:
        facets["side"] = counted.side
    facets.update(extra)
    return Measure(_safe(_name(counted)), {k: _safe(v) for k, v in facets.items() if v})


def _name(counted: Counted) -> str:
    family = counted.family or ""
    if counted.person:
        noun = counted.noun or "people"
        base = (
            noun
            if noun in PERSON_NOUNS
            else ("prisoners" if family in ("returned", "seized") else "people")
        )
        if not family:  # "a team of 36 people", "employs 7,300 people": say which people
            return f"{base} {counted.context}".strip()
        return f"{base} {family}".strip()
    if counted.noun:
        return f"{counted.noun} {family}".strip()
    return f"{counted.context or 'figure'} {family}".strip()


def _safe(text: str) -> str:
    if "[" in text or "]" in text or "=" in text or "," in text:
        text = _UNSAFE.sub(" ", text)
    return " ".join(text.split())[:120] or "figure"
