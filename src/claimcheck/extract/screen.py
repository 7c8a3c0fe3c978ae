"""Which numbers in news text are not figures of claims.

The grammar finds every number; most are figures, but news text is full of
numbers that state no quantity of anything. :func:`is_distractor` rejects:

=================  ==========================================================
clock times        ``10:45``, ``2 p.m.``, ``0730 GMT``
dates              ``May 16``, ``16 May``, ``Oct. 7``, ``the 12th``
years              ``2014``, ``in 2022``, ``winter 2022-23``, ``2025-05-23``
ordinals           ``12th``, ``a third such attack``, ``second half``
ages of people     ``a 34-year-old man``, ``Zelenskyy, 47,``, ``aged 72``
phone numbers      ``0800 555 111``, ``call 555-0100``
designations       ``Boeing 737-800``, ``Kh-101``, ``Article 5``, ``24/7``
idioms             ``one of the largest``, ``this one``, ``the two sides``,
                   ``one-sided``
=================  ==========================================================

Each rule looks at a few characters around the number with an anchored,
bounded pattern, so screening is linear in the text.
"""

from __future__ import annotations

from fractions import Fraction

import regex

from claimcheck.extract.lexicon import DESIGNATORS, PERSON_GROUPS, TITLES, WEAPONS, side_of
from claimcheck.grammar.letters import fold_case
from claimcheck.grammar.numbers import SMALL_NUMBERS, Amount, Found

__all__ = ["is_distractor", "phone_spans"]

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_CLOCK_AFTER = regex.compile(
    r"(?::\d|\s?(?:[ap]\.m\.?|[ap]m\b|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET\b"
    r"|local time|o'clock|hrs\b|h\b))",
    regex.IGNORECASE,
)
#: What a clock time's suffix starts with, first or second after the number.
_CLOCK_FIRST = frozenset(":abceghlopu")
# Patterns anchored at the end ($) of the text before a number are compiled
# REVERSE where that is faster: searched from the end, they try one position.
_CLOCK_BEFORE = regex.compile(r"\d:$")
_DATE_BEFORE = regex.compile(rf"\b{_MONTHS}\.?\s{{1,3}}(?:the\s{{1,3}})?$")
_DATE_AFTER = regex.compile(rf"(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?{_MONTHS}\b")
_ORDINAL_AFTER = regex.compile(r"(?:st|nd|rd|th)\b", regex.IGNORECASE)
_GLUED_BEFORE = regex.compile(r"(?:[\p{L}\d]-|[/#@_\\]|\d[.:])$", regex.REVERSE)
_GLUED_AFTER = regex.compile(r"(?:/\d|[-‑][\p{L}]|[@_\\]|\.\d)")
#: What a glued number's neighbour ends or starts with (see _GLUED_BEFORE, _GLUED_AFTER).
_GLUED_BEFORE_LAST = frozenset("-/#@_\\.:")
_GLUED_AFTER_FIRST = frozenset("/-‑@_\\.")
#: A maker's initials before a model number: "ATR 72-500".
_MAKER_MODEL = regex.compile(r"(?<![\p{L}.])\p{Lu}{2,5}\s$", regex.REVERSE)
#: Two capitalised words before a number that ends a phrase: "the KMP Dewi Samudra 2, was".
_MODEL = regex.compile(r"\d{1,4}-[\dA-Z]{1,5}")
_NAMED_NUMBER = regex.compile(r"(?<=\S\s)\p{Lu}\p{Ll}{1,20}\s\p{Lu}\p{Ll}{1,20}\s$", regex.REVERSE)
_NAME_ENDS = frozenset(",;:).")
_ENDS_NAME = regex.compile(r"[,;:)]|\.(?:\s|$)")
_WORD_BEFORE = regex.compile(r"([\p{L}.]{1,16})\s{1,3}$", regex.REVERSE)
_NAME_AGE = regex.compile(r"\p{Lu}[\p{L}.'-]{0,30},\s{1,3}$", regex.REVERSE)
_AGED = regex.compile(r"\baged?\s{1,3}$", regex.IGNORECASE)
_PHONE_WORDS = ("call", "phone", "tel", "dial", "hotline", "fax", "whatsapp")
_PHONE_BEFORE = regex.compile(r"\b(?:call|phone|tel|dial|hotline|fax|whatsapp)\b\W{0,4}$", regex.I)
_NEXT_WORD = regex.compile(r"[\s-]{0,3}([\p{L}.]{1,20})")
_PERSON_AFTER = frozenset({
    "man", "woman", "boy", "girl", "men", "women", "child", "son", "daughter", "mother",
    "father", "president", "leader", "soldier", "resident", "driver", "suspect", "victim",
    "person", "patient", "student", "teenager", "brother", "sister", "wife", "husband",
    "baby", "pensioner", "journalist", "officer", "former", "veteran", "grandmother",
    "grandfather", "actor", "singer", "player", "prime", "chancellor", "activist",
})  # fmt: skip
#: Endings of nouns for people ("baker", "volunteer", "economist", "fisherman").
_PERSON_ENDINGS = ("er", "or", "eer", "ist", "ian", "man", "men", "woman", "ess", "ee")
#: People whose noun has another ending.
_PERSON_NOUNS = frozenset({
    "resident", "student", "migrant", "immigrant", "refugee", "patient", "parent", "agent",
    "tenant", "servant", "sergeant", "lieutenant", "client", "nurse", "cook", "chef",
    "pilot", "medic", "cleric", "monk", "nun", "priest", "pupil", "guard", "mechanic",
    "activist", "survivor", "witness", "hostage", "captive", "worker", "athlete",
    "official", "diplomat", "analyst", "aide", "source", "insider", "expert", "delegate",
    "envoy", "candidate", "backbencher", "lawmaker", "legislator", "negotiator",
})  # fmt: skip
#: Things whose noun ends like a person's ("a 40-year-old reactor").
_THING_NOUNS = frozenset({
    "reactor", "tower", "center", "centre", "computer", "order", "border", "river",
    "water", "shelter", "theater", "theatre", "charter", "corridor", "monitor", "container",
    "carrier", "tanker", "bomber", "fighter", "freighter", "trawler", "helicopter",
    "register", "chapter", "quarter", "number", "record", "factor", "sector", "motor",
    "tractor", "interceptor", "transformer", "dinner", "letter", "power", "cancer",
    "uranium", "legislation", "station", "tradition", "institution", "organisation",
    "organization", "caravan", "guardian", "median", "mean",
})  # fmt: skip
# An age's next words: one that may be a name, then up to two lower-case words.
_AGE_WORDS = regex.compile(r"[\s-]{0,3}((?:[\p{L}.'-]{1,24})(?:\s{1,3}\p{Ll}{1,24}){0,2})")
# "people over 65", "those under 18": who an age limit qualifies.
_PEOPLE_BEFORE = regex.compile(
    r"\b(?:people|those|anyone|everyone|voters|adults|residents|pensioners|women|men"
    r"|children|respondents|workers|drivers|patients|citizens|passengers|users|Americans"
    r"|Britons|aged)\s{1,3}$",
    regex.IGNORECASE | regex.REVERSE,
)
# What may follow an age that counts nothing: the end of a clause or a function word.
_PHRASE_END = regex.compile(
    r"\s{0,3}(?:[,.;:)!?\u2014\u2013]|$|(?:and|or|who|where|were|was|are|is|had|have|with"
    r"|in|at|on|to|for|said|say|says|backed|voted|support|supported)\b)",
    regex.IGNORECASE,
)
_ONE_BEFORE = frozenset({
    "this", "that", "the", "no", "any", "each", "every", "which", "like", "anyone",
    "someone", "everyone", "at", "last", "previous", "other", "same", "next", "latest",
    "current", "new", "old",
})  # fmt: skip
_ONE_COMPOUND = regex.compile(r"one-(?:day|week|month|year|hour|minute|night|time)")
_ONE_AFTER = regex.compile(
    r"\s{1,3}(?:of\s{1,3}(?:the|its|their|his|her|our|\p{L}{1,20}'s)\s{1,3}"
    r"(?:most|least|more|less|few|\p{L}{2,20}est|worst|best|main|key|many|first|last)\b"
    r"|another\b|by\s{1,3}one\b|day\b|point\b|time\b|way\b|side\b|hand\b)",
    regex.IGNORECASE,
)
# "one [senior] official said", "said one backbencher who ...": the noun, then a
# verb of saying or the end of the clause.
_ONE_PERSON = regex.compile(
    r"\s{1,3}(?:\p{Ll}[\p{Ll}-]{0,23}\s{1,3}){0,2}?(?P<noun>\p{Ll}{2,24})"
    r"(?:\s{1,3}(?P<verb>said|says|say|told|added|wrote|warned|explained|noted)\b"
    r"|(?P<end>\s{0,3}[,.;:!?\"\u201d\u2014]|\s{1,3}(?:who|whose|with|from|familiar|close"
    r"|speaking)\b))"
)
_SAID_BEFORE = regex.compile(
    r"\b(?:said|says|say|told|added|wrote|warned|according\s{1,3}to)\s{1,3}$",
    regex.IGNORECASE | regex.REVERSE,
)
_OF_THE_BEFORE = regex.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|all|most|some|none))"
    r"\s{1,3}(?:out\s{1,3})?of\s{1,3}the\s{1,3}$",
    regex.IGNORECASE | regex.REVERSE,
)
_THE_BEFORE = regex.compile(r"\bthe\s{1,3}$", regex.IGNORECASE)
_HALF_BEFORE = regex.compile(r"\b(?:first|second|the|a)\s{1,3}$", regex.IGNORECASE | regex.REVERSE)
_OF_AFTER = regex.compile(r"\s{1,3}of\b", regex.IGNORECASE)
_ORDINAL_BEFORE = regex.compile(
    r"\b(?:first|second|last|latter|former)\s{1,3}$", regex.IGNORECASE | regex.REVERSE
)
_PHONE = regex.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[ .-]?|\d-)?\(?\d{2,5}\)?(?:[ .-]\d{2,5}){2,5}(?![\w]|,\d)"
)
_COUNTED = frozenset({*WEAPONS, *PERSON_GROUPS})
_TIME_WORDS = frozenset({"day", "night", "week", "month", "year", "decade", "century",
                         "hour", "minute", "second"})  # fmt: skip
_SMALL_WORDS = frozenset(word for word, value in SMALL_NUMBERS.items() if 1 <= value <= 12)


def phone_spans(text: str, digits: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of phone-number-like digit groups (``0800 555 111``, ``+44 20 7946 0958``).

    ``digits`` are the spans of the text's digit runs, when the caller has
    them: a phone number starts at one, or at a "+" or "(" right before one,
    so the pattern is tried only there.
    """
    if digits is None:
        return [m.span() for m in _PHONE.finditer(text)]
    spans: list[tuple[int, int]] = []
    done = 0
    for start, end in digits:
        for at in (start - 1, start):
            if at < done or (at < start and text[at] not in "+(") or (
                at == start and not _may_group(text, end)
            ):
                continue
            match = _PHONE.match(text, at)
            if match is not None:
                spans.append(match.span())
                done = match.end()
                break
    return spans


def _may_group(text: str, end: int) -> bool:
    """Whether the digit run ending at ``end`` may start a phone number (no "+" or "(" before).

    It must then be its first group: a separator (" ", ".", "-") and a digit
    (or "(" after "-"), or ")" and a separator, must follow it.
    """
    after, then = text[end : end + 1], text[end + 1 : end + 2]
    if after in (" ", "."):
        return then.isdigit()
    if after == "-":
        return then.isdigit() or then == "("
    return after == ")" and then in (" ", ".", "-")


def is_distractor(text: str, found: Found) -> bool:
    """True when the number at ``found`` states no quantity (see the module's table)."""
    before = text[max(0, found.start - 40) : found.start]
    after = text[found.end : found.end + 40]
    return (
        _clock(found, before, after) or _date(found, before, after)
        or _year(found, before, after) or _glued(found, before, after)
        or _ordinal(found, before, after) or _age(found, before, after)
        or _phone(found, before, after) or _designator(found, before, after)
        or _idiom(found, before, after)
    )  # fmt: skip


def _plain(found: Found) -> bool:
    """A bare whole number in digits: no unit, qualifier, scale or decimals."""
    first = found.reading.first
    return (
        found.reading.kind == "single" and first is not None and found.reading.qualifier is None
        and first.unit is None and not first.scaled and not first.decimals
        and found.text.isdigit()
    )  # fmt: skip


def _clock(found: Found, before: str, after: str) -> bool:
    if not found.text[-1:].isdigit():
        return False
    clock_after = not _CLOCK_FIRST.isdisjoint(fold_case(after[:2]))
    if clock_after and _CLOCK_AFTER.match(after) is not None:
        return True
    return before.endswith(":") and _CLOCK_BEFORE.search(before) is not None


def _date(found: Found, before: str, after: str) -> bool:
    if _day_range(found):
        return _DATE_BEFORE.search(before) is not None
    if not _plain(found) or not 1 <= int(found.text) <= 31:
        return False
    return _DATE_BEFORE.search(before) is not None or _DATE_AFTER.match(after) is not None


def _day_range(found: Found) -> bool:
    """ "15 to 20" or "15-20" after a month: days of the month."""
    reading = found.reading
    if reading.kind != "range" or reading.first is None or reading.second is None:
        return False
    ends = (reading.first, reading.second)
    whole = all(a.unit is None and not a.decimals and not a.scaled for a in ends)
    return whole and all(1 <= a.value <= 31 for a in ends)


def _year(found: Found, before: str, after: str) -> bool:
    first = found.reading.first
    if first is None or first.unit is not None or found.reading.kind not in ("single", "range"):
        return False
    head = found.text.split("-")[0].strip()
    if not (len(head) == 4 and head.isdigit() and 1800 <= int(head) <= 2100):
        return False
    word = _NEXT_WORD.match(after)
    return word is None or word.group(1).casefold() not in _COUNTED


def _glued(found: Found, before: str, after: str) -> bool:
    glued_before = before[-1:] in _GLUED_BEFORE_LAST and _GLUED_BEFORE.search(before) is not None
    return glued_before or after[:1].isupper() or (  # "5G equipment": a name, not five
        after[:1] in _GLUED_AFTER_FIRST and _GLUED_AFTER.match(after) is not None
    )


def _ordinal(found: Found, before: str, after: str) -> bool:
    return found.text[-1:].isdigit() and _ORDINAL_AFTER.match(after) is not None


def _age(found: Found, before: str, after: str) -> bool:
    first = found.reading.first
    if first is not None and first.age:
        return _person_after(after) or _NOMINAL_AGE.match(after) is not None
    if "age" in fold_case(before[-10:]) and _AGED.search(before) is not None and _ages(found):
        return True
    if _over_an_age(found, before, after):
        return True
    if not after.startswith(",") or not _plain(found) or int(found.text) > 120:
        return False
    return _NAME_AGE.search(before) is not None


#: An age used as a noun: "a 47-year-old from Banyuwangi", "the 58-year-old, who ...".
_NOMINAL_AGE = regex.compile(r"\s{0,3}(?:[,.;:)]|\s(?:from|with|who|in|of|at|on|was|is)\b)")


def _over_an_age(found: Found, before: str, after: str) -> bool:
    """ "people over 65", "children under 5 were ...": an age limit, not a count."""
    words = found.text[:6].casefold()
    if not words.startswith(("over", "under", "above", "below")) or not _ages(found, True):
        return False
    return _PEOPLE_BEFORE.search(before) is not None and _PHRASE_END.match(after) is not None


def _ages(found: Found, qualified: bool = False) -> bool:
    """Whole numbers up to 120 with no unit: one ("aged 72") or a range ("aged 18 to 24")."""
    reading = found.reading
    if reading.kind not in ("single", "range") or (reading.qualifier is not None) != qualified:
        return False
    ends = [a for a in (reading.first, reading.second) if a is not None]
    return all(
        a.unit is None and not a.scaled and not a.decimals and not a.fraction
        and a.value.denominator == 1 and 0 <= a.value <= 120
        for a in ends
    )  # fmt: skip


def _person_after(after: str) -> bool:
    """Whether a person follows an age ("a 52-year-old baker", "the 35-year-old local
    volunteer"): the first word a person word or a name, or one of the next lower-case
    words a person noun."""
    words = _AGE_WORDS.match(after)
    if words is None:
        return False
    first, *rest = words.group(1).split()
    if _person_word(first):
        return True
    return any(_person_noun(word) for word in rest if word.islower())


def _person_word(word: str, *, names: bool = True) -> bool:
    lower = word.casefold()
    return (
        lower in _PERSON_AFTER or lower in TITLES or lower in PERSON_GROUPS
        or (names and word[:1].isupper()) or _person_noun(lower)
    )  # fmt: skip


def _person_noun(word: str) -> bool:
    """A noun for a person by its ending ("baker", "volunteer", "economist", "fisherman")."""
    return word in _PERSON_NOUNS or (
        word.endswith(_PERSON_ENDINGS) and word not in _THING_NOUNS
    )


def _phone(found: Found, before: str, after: str) -> bool:
    digits = found.text.replace(" ", "")
    if digits.isdigit() and digits.startswith("0") and len(digits) > 1:
        return True
    if not found.text[:1].isdigit():
        return False
    folded = fold_case(before)
    return any(w in folded for w in _PHONE_WORDS) and _PHONE_BEFORE.search(before) is not None


def _designator(found: Found, before: str, after: str) -> bool:
    word = _WORD_BEFORE.search(before)
    if word is not None and word.group(1).casefold() in DESIGNATORS:
        return True
    if _capital_designator(after):  # "the 38 Level of its shaft"
        return True
    if "-" in found.text and _MODEL.fullmatch(found.text) and _MAKER_MODEL.search(before):
        return True  # "an ATR 72-500", "the Su 27-M"
    if found.text.isdigit() and _maker_and_craft(before, after):
        return True  # "a Bell 412 helicopter", "a Boeing 737 jet"
    return after[:1] in _NAME_ENDS and _ENDS_NAME.match(after) is not None and (
        _NAMED_NUMBER.search(before) is not None
    )


def _maker_and_craft(before: str, after: str) -> bool:
    """A maker's name right before the number and a kind of craft right after it."""
    craft = _NEXT_WORD.match(after)
    if craft is None or craft.group(1).rstrip(".").casefold() not in _CRAFTS:
        return False
    maker = _MAKER.search(before)
    if maker is None or maker.group(1) in _NOT_MAKERS:
        return False
    return side_of(maker.group(1)) is None  # "France 200 rifles" lists a count


#: What a model number names: "a Bell 412 helicopter".
_CRAFTS = frozenset({"helicopter", "aircraft", "jet", "airliner", "plane", "rifle",
                     "locomotive"})  # fmt: skip  (one craft: "9 helicopters" counts them)
#: A capitalised word right before the number (searched from the end: one attempt).
_MAKER = regex.compile(r"(?<![\p{L}.])(\p{Lu}[\p{L}-]{1,20})\s\Z", regex.REVERSE)
#: Capitalised words that are not makers: a number after them counts ("In all 12 jets").
_NOT_MAKERS = frozenset({"The", "A", "An", "In", "All", "Some", "About", "Only", "At", "Of"})


def _capital_designator(after: str) -> bool:
    """Whether a capitalised designator follows ("the 38 Level of its shaft").

    Its first letter stands in the first four characters: if all of them that
    have a case are lower case, none is.
    """
    if after[:4].islower():
        return False
    following = _NEXT_WORD.match(after)
    name = following.group(1) if following is not None else ""
    return name[:1].isupper() and name.casefold() in DESIGNATORS


def _idiom(found: Found, before: str, after: str) -> bool:
    words = found.text.casefold()
    if words == "one" and _one_idiom(before, after):
        return True
    if words.startswith("one-") and _ONE_COMPOUND.fullmatch(words):  # "steepest one-day drop"
        return True
    if words in _SMALL_WORDS and _THE_BEFORE.search(before) and not _OF_THE_BEFORE.search(before):
        return True
    first = found.reading.first
    if first is None or not first.fraction:
        return False
    return _fraction_idiom(first, before, after)


def _fraction_idiom(first: Amount, before: str, after: str) -> bool:
    """ "the second half", "a third such attack", "a third day": ordinals, not shares.

    A share is "N of ...", a plural fraction ("two-thirds were ...") or one that
    ends its phrase ("of whom a third were children"); "half" is a share unless
    "first", "second", "the" or "a" stands before it.
    """
    value = first.value
    if _ORDINAL_BEFORE.search(before) or (value.numerator == 1 and _in_time(first)):
        return True
    if _OF_AFTER.match(after) is not None or value.numerator > 1 or first.unit is not None:
        return False
    if value == Fraction(1, 2):
        return _HALF_BEFORE.search(before) is not None
    return _PHRASE_END.match(after) is None


def _in_time(amount: Amount) -> bool:
    """ "a third day", "a second term": a fraction word before a span of time is an ordinal."""
    return amount.unit is not None and amount.unit.casefold().rstrip("s") in _TIME_WORDS


def _one_idiom(before: str, after: str) -> bool:
    word = _WORD_BEFORE.search(before)
    if word is not None and word.group(1).casefold() in _ONE_BEFORE:
        return True
    return _ONE_AFTER.match(after) is not None or _one_source(before, after)


def _one_source(before: str, after: str) -> bool:
    """An unnamed source: "said one official, who ...", "one senior diplomat told ...".

    "said one soldier was killed" is a count: after "said" the person must end
    the clause (or a "who" clause follow).
    """
    phrase = _ONE_PERSON.match(after)
    if phrase is None or not _person_word(phrase.group("noun"), names=False):
        return False
    if phrase.group("verb") is not None:
        return True
    return phrase.group("end") is not None and _SAID_BEFORE.search(before) is not None
