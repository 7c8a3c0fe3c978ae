"""Source names: from the words a story uses to one canonical name per source.

News text names one source many ways: "Russia's defence ministry", "the Russian
Defense Ministry", "the ministry of defence in Moscow", "the ministry", "it".
:func:`read_source` turns one such phrase into a :class:`Named`:

* titles are stripped from people ("Ukrainian President Volodymyr Zelenskyy"
  is ``Volodymyr Zelenskyy``, kind ``president``, side ``Ukraine``);
* a country before or after an institution becomes its demonym ("Ukraine's air
  force", "the air force of Ukraine" and "the Ukrainian air force" are all
  ``Ukrainian Air Force``); British spellings take the American one
  ("defence" -> "defense") and "ministry of X" reads "X ministry";
* a document or spokesperson names its owner: "LSEG data", "NATO estimates",
  "the commission's figures" and "a police spokeswoman" (or "a spokeswoman
  for the police") name LSEG, NATO, the commission and the police; "X poll"
  and "a survey by X" name the pollster X (kind ``pollster``); "X source"
  names X. "The statement" and "the report" refer back to the last source,
  "the poll" and "the survey" to the pollster, and "a report" names no one;
* honorifics and ranks ("Datuk", "Sir", "Assistant Commissioner") are titles, and
  so is a portfolio ("Minister for Education Niamh Kavanagh" is ``Niamh Kavanagh``);
  lower-case words before a full name describe it ("herder Halake Guyo",
  "utility Tenaga Nasional Berhad");
* business titles are titles ("Chief Financial Officer Rajesh Menon" is
  ``Rajesh Menon``), and a capitalised name with an organisation word
  ("Westbridge Research", "Meridian Networks") or an acronym is not a person;
* an acronym after a description is the name ("the U.N. refugee agency
  UNHCR" is ``UNHCR``, with the description's words to resolve "the agency");
  legal forms ("PT", "Inc.", "plc") are dropped;
* a possessive country is prefixed to a generic institution ("Indonesia's
  State-Owned Enterprises Ministry" is ``Indonesian State-Owned Enterprises
  Ministry``) but not to a proper name of its own ("Ukraine's Coordination
  Headquarters for ..." keeps its name; the side is still Ukraine);
* a phrase of lower-case words after "the" ("the ministry", "the Ukrainian
  president") or a possessive country ("Ukraine's president") is a
  *description*: attribution resolves it to the last named source it fits;
* "he", "she", "it", "they" are pronouns, resolved the same way.

Canonical names are title-cased word by word, keeping words already written
with capitals ("UAE") and small words ("of", "the") as they are. The United
Nations is written ``U.N.`` in every name ("United Nations", "UN" and "U.N."
all read so), as the Reuters and AP styles write it.

:func:`national` says which bodies are a country's own government bodies
named without their country ("the interior ministry"): attribution gives them
the story's country.
"""

from __future__ import annotations

import itertools

import attrs
import regex

from claimcheck.extract.lexicon import (
    COMPANY_NOUNS,
    COUNTRIES,
    DOCUMENT_NOUNS,
    FUNCTION_WORDS,
    INSTITUTIONS,
    LEGAL_FORMS,
    ORGANISATION_WORDS,
    ORGANISATIONS,
    POLL_NOUNS,
    SPOKESPEOPLE,
    TITLES,
    side_of,
)
from claimcheck.grammar.letters import fold_case

__all__ = ["BODY_KINDS", "Named", "national", "read_source"]

_PARENTHESES = regex.compile(r"\s{0,3}\([^()]{0,60}\)")
_DETERMINER = regex.compile(r"^(?:the|a|an)\s{1,3}", regex.IGNORECASE)
_TRAILING = regex.compile(
    r"\s{1,3}(?:(?-i:that|which|who|now|also|still|again|later|earlier|previously|too)\b"
    r"|released|published|conducted|carried|issued|on\s\p{Lu}\w{0,12}"
    r"|on\s(?:telegram|x|twitter|facebook)|in\sa\s(?:statement|post|video)).{0,200}$",
    regex.IGNORECASE,
)
_RELEASED_BY = regex.compile(
    r"^(?:(?:a|an|the|its|their)\s{1,3})?(?:\p{Ll}{2,15}\s{1,3}){0,2}\p{Ll}{3,15}\s{1,3}"
    r"(?:released|published|issued|compiled|conducted|carried\s{1,3}out|commissioned)"
    r"(?:\s{1,3}(?:on|in|last|this|late|early)\s{1,3}[\p{L}\d]{1,12}){0,2}\s{1,3}by\s{1,3}"
    r"(?P<owner>\S.{0,100})$",
    regex.IGNORECASE,
)
_APPOSED = regex.compile(
    r"^(?:the|its|their|his|her|a|an)\s{1,3}(?:[\p{Ll}'’-]{1,20}\s{1,3}){0,4}"
    r"(?P<words>[\p{Ll}-]{2,20}),\s{1,3}(?:the\s{1,3})?(?P<name>\p{Lu}[^,]{0,100})$"
)
#: "the Dublin-based carrier": where a body is based says nothing of which body it is.
_BASED = regex.compile(r"\b\p{Lu}[\p{L}.'’-]{0,30}-based\s{1,3}(?=\p{Ll})")
_STAFF_AT = regex.compile(
    r"^(?:economists|analysts|researchers|strategists|experts|scientists)\s{1,3}(?:at|from|with)"
    r"\s{1,3}(?:the\s{1,3})?(?P<owner>\p{Lu}.{0,100})$",
    regex.IGNORECASE,
)
_COMMON_OWNER = regex.compile(
    r"^(?:city|country|state|region|province|county|district|island|capital|nation|company"
    r"|government|group|party|union)['’]s\s{1,3}(?P<rest>\p{Lu}.{0,120})$"
)
_FOR_CLIENT = regex.compile(
    r"\b(?P<poll>polls?|surveys?|study)\s{1,3}(?:for|commissioned\s{1,3}by)\s{1,3}[^,]{1,60}$"
)
_DOTTED_END = regex.compile(r"(?<![\p{L}.])(?:\p{Lu}\.){1,5}\p{Lu}$")
_HEAD_NOUN = regex.compile(r"\s{1,3}sources?$")
_SPOKESPERSON_FOR = regex.compile(
    r"^(?:(?:a|an|the)\s{1,3})?spokes(?:man|woman|person)\s{1,3}(?:for|of)\s{1,3}(?P<owner>.{1,120})$",
    regex.IGNORECASE,
)
#: "the park's management": the park speaks through the people who run it.
_RUN_BY = regex.compile(
    r"^(?P<owner>(?i:the)\s{1,3}\p{Ll}[\p{Ll}-]{1,20})['’]s?\s{1,3}"
    r"(?:management|administration|operators?|owners?|board|leadership)$",
)
_REFER_BACK = regex.compile(
    r"^(?P<det>the|this|that|a|an)\s{1,3}(?:(?:latest|new|same|annual|full)\s{1,3})?"
    r"(?P<noun>\p{Ll}{3,15})$",
    regex.IGNORECASE,
)
_DOCUMENT = regex.compile(
    r"(?:['’]s?)?(?:\s{1,3}(?:annual|quarterly|monthly|weekly|daily|financial|latest|new|own"
    r"|preliminary|official|final|provisional|updated|published|internal|independent|external))?"
    r"\s{1,3}(?P<noun>\p{Ll}{3,15})$"
)
_UNITED_NATIONS = regex.compile(r"(?<![\w.])(?:United\s{1,3}Nations|UN)(?![\w.])")
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}\d&]{1,9}")
_BY = regex.compile(
    r"^(?:(?:preliminary|initial|official|new|latest)\s{1,3})?(?:data|estimates|figures"
    r"|(?:a\s)?report|reports|(?:a\s)?statement|(?:a\s)?count|counts|tallies|(?:a\s)?tally"
    r"|calculations|(?:an?\s)?(?:new\s)?(?:survey|poll|study|analysis|assessment|investigation))"
    r"\s{1,3}(?:by|from|of)"
    r"\s{1,3}",
    regex.IGNORECASE,
)
_POSSESSIVE = regex.compile(r"^(?P<owner>[\p{Lu}][\p{L}. ]{0,30}?)['’]s?\s{1,3}(?P<rest>.{1,120})$")
_OF_PLACE = regex.compile(
    r"^(?P<rest>.{1,80}?)\s{1,3}(?:of|in)\s{1,3}(?P<place>[\p{Lu}][\p{L}. ]{0,30})$"
)
_MINISTRY_OF = regex.compile(
    r"\bministry\s{1,3}of\s{1,3}(?:the\s{1,3})?(?P<what>[\p{L} ]{1,40})$", regex.I
)
_DEFENCE = regex.compile(r"\bdefen[cs]e\b", regex.IGNORECASE)
#: The first letters of "the", "this", "that", "a", "an" in any case.
_DETERMINER_INITIALS = frozenset("tTaA")
#: The nouns _DOCUMENT can end in that name an owner.
_OWNED_NOUNS = DOCUMENT_NOUNS | SPOKESPEOPLE
_ROLES = dict.fromkeys(SPOKESPEOPLE, "spoken")
_DEFINITE = frozenset({"the", "this", "that"})
_SMALL = frozenset({"of", "for", "the", "and", "in", "on", "to", "at", "de"})
_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "it": "thing",
             "its": "thing", "they": "any", "them": "any", "their": "any"}  # fmt: skip
#: A word that can say what kind of body or person a name is ("body", "herder").
_DESCRIPTOR_KIND = regex.compile(r"\p{L}\p{Ll}[\p{Ll}-]{0,19}")
_DESCRIPTOR_WORDS = 4
_NOT_IN_NAME = regex.compile(r"[,;:]")
_DESCRIPTOR_NOUNS = frozenset({
    "body", "group", "firm", "company", "operator", "organisers", "organizers", "union",
    "association", "agency", "charity", "monitor", "watchdog", "regulator", "consultancy",
    "broker", "brokerage", "network", "organisation", "organization", "insurer", "lender",
    "carrier", "airline", "maker", "producer", "miner", "developer", "provider", "outlet",
    "broadcaster", "newspaper", "pollster", "institute", "observatory", "utility", "telco",
    "bank", "retailer", "manufacturer", "supplier", "platform", "startup", "foundation", "site",
    "website", "portal", "app", "marketplace", "exchange", "index", "club", "team",
})  # fmt: skip
#: Nouns for a kind of body that may stand before its name ("club Kestrel City").
BODY_KINDS = _DESCRIPTOR_NOUNS
#: At most this many words make a generic institution's name ("State-Owned Enterprises Ministry").
_GENERIC_WORDS = 3
#: What an acronym before them names itself: "the CGT union" is CGT ("the EU agency" is not).
_ACRONYM_KINDS = frozenset({"union", "party", "group", "alliance", "movement", "coalition",
                            "federation", "association", "militia", "network"})  # fmt: skip
_ALL_TITLES = sorted(TITLES, key=len, reverse=True)
_TITLE_PREFIXES = tuple(f"{title} " for title in _ALL_TITLES)
_DEMONYMS = frozenset(demonym.casefold() for demonym, _ in COUNTRIES.values())
_TWO_WORD_DEMONYMS = tuple(demonym for demonym, _ in COUNTRIES.values() if " " in demonym)
_TWO_WORD_PREFIXES = tuple(f"{demonym} " for demonym in _TWO_WORD_DEMONYMS)


def _word_pattern(word: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w-]){regex.escape(word)}(?![\w-])")


_TITLE_PATTERNS = {title: _word_pattern(title) for title in _ALL_TITLES}
_INSTITUTION_PATTERNS = {head: _word_pattern(head) for head in INSTITUTIONS}
#: A run of word characters and hyphens: a whole word as :func:`_word_pattern` sees it.
_TOKEN = regex.compile(r"[\w-]+")


class _Index:
    """Phrases ("prime minister", "dr.") by their first word, to try only those whose first
    word a text holds: a phrase stands whole in a text only where its first word does (the
    text's run of word characters there is the phrase's first one), so the others never match.
    """

    def __init__(self, phrases: list[str]) -> None:
        self.rank = {phrase: at for at, phrase in enumerate(phrases)}
        self.by_first: dict[str, list[str]] = {}
        for phrase in phrases:
            self.by_first.setdefault(_TOKEN.findall(phrase)[0], []).append(phrase)

    def present(self, lowered: str) -> list[str]:
        """The phrases whose first word ``lowered`` holds whole, in the index's order."""
        found = [
            p for w in self.by_first.keys() & _TOKEN.findall(lowered) for p in self.by_first[w]
        ]
        return sorted(found, key=self.rank.__getitem__) if len(found) > 1 else found


_TITLE_INDEX = _Index(_ALL_TITLES)
_INSTITUTION_INDEX = _Index(list(INSTITUTIONS))


@attrs.frozen(kw_only=True)
class Named:
    """A source as a phrase names it.

    ``pronoun`` is ``"person"``, ``"thing"`` or ``"any"`` for he/it/they;
    ``description`` marks a phrase to resolve to an earlier source
    ("the ministry"); ``words`` are the lower-case words a description must
    share with the source it stands for.
    """

    name: str
    kind: str | None = None
    side: str | None = None
    person: bool = False
    description: bool = False
    pronoun: str | None = None
    words: frozenset[str] = frozenset()


class _Reader:
    """:func:`read_source`, remembering what it read: each phrase, and each name the
    phrases come down to ("the ministry", " the ministry," and "the ministry (MoH)" all
    come down to "ministry"), at most ``size`` of each; ``cache_clear`` forgets both."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.phrases: dict[str, Named | None] = {}
        self.bodies: dict[tuple[str, bool], Named] = {}

    def __call__(self, phrase: str) -> Named | None:
        """The source a phrase names, or None when it names none."""
        try:
            return self.phrases[phrase]
        except KeyError:
            named = _read(phrase)
        if len(self.phrases) >= self.size:
            self.phrases.clear()
        self.phrases[phrase] = named
        return named

    def body(self, text: str, *, organisation: bool) -> Named:
        """``_body(text, organisation=organisation)``, remembered."""
        key = (text, organisation)
        try:
            return self.bodies[key]
        except KeyError:
            named = _body(text, organisation=organisation)
        if len(self.bodies) >= self.size:
            self.bodies.clear()
        self.bodies[key] = named
        return named

    def cache_clear(self) -> None:
        """Forget every phrase and name read so far."""
        self.phrases.clear()
        self.bodies.clear()


#: The source a phrase names, or None when it names none (see :class:`_Reader`).
read_source = _Reader(4096)


def _read(phrase: str) -> Named | None:
    """The source a phrase names, or None when it names none.

    The phrase's spaces are made single first, so the costlier patterns after that
    are tried only when a word or mark every match holds (with a space either side
    where the pattern has one) is there.
    """
    text = _PARENTHESES.sub("", phrase) if "(" in phrase else phrase
    text = " ".join(text.split()).strip(" ,.;:\"'“”‘’-—")
    text += "." if text[-2:-1] == "." and _DOTTED_END.search(text) else ""  # "U.N." keeps it
    if not text or len(text) > 160:
        return None
    if text.casefold() in _PRONOUNS:
        return Named(name=text.casefold(), pronoun=_PRONOUNS[text.casefold()])
    text, spoken = _speaker(text)
    if "poll" in text or "survey" in text or "study" in text:  # "an Elabe poll for BFMTV"
        text = _FOR_CLIENT.sub(r"\g<poll>", text)  # (before "the survey" is read as such)
    back = _REFER_BACK.match(text) if text[:1] in _DETERMINER_INITIALS else None
    if back is not None and back["noun"].casefold() in DOCUMENT_NOUNS:
        return _referred(back["noun"].casefold(), definite=back["det"].casefold() in _DEFINITE)
    text = _without_determiner(text)
    text = _without_determiner(_BY.sub("", text))
    text, role = _publisher(text)
    if not text or any(map(str.isdigit, text)) or text in ("which", "who", "I", "we", "We"):
        return None  # ("WHO" is the World Health Organization)
    if text.casefold() in _PRONOUNS:
        return Named(name=text.casefold(), pronoun=_PRONOUNS[text.casefold()])
    return _in_role(read_source.body(text, organisation=role is not None or spoken), role)


def _without_determiner(text: str) -> str:
    return _DETERMINER.sub("", text) if text[:1] in _DETERMINER_INITIALS else text


def _speaker(text: str) -> tuple[str, bool]:
    """The words naming who speaks, and whether a spokesperson speaks for them.

    "a report released on Tuesday by X" and "its operator, X" name X; "a
    spokesman for X" names X speaking through a spokesperson.
    """
    released = _RELEASED_BY.match(text)
    text = released["owner"] if released else text
    apposed = _APPOSED.match(text) if "," in text else None
    text = f"{apposed['words']} {apposed['name']}" if apposed else text  # "operator PT Lintas"
    spokesperson = _SPOKESPERSON_FOR.match(text)
    if spokesperson is None and ("'" in text or "’" in text):
        spokesperson = _RUN_BY.match(text)  # "the park's management"
    if spokesperson is not None:
        return spokesperson["owner"], True
    return _TRAILING.sub("", text), False


def _body(text: str, *, organisation: bool) -> Named:
    """The source a name or description stands for, with the words that describe it."""
    staff = _STAFF_AT.match(text)  # "economists at Capital Economics": the firm
    text = staff["owner"] if staff else text
    text = _BASED.sub("", text) if "-based" in text else text
    owned = _COMMON_OWNER.match(text) if "s " in text else None  # "the city's Senate ..."
    text = owned["rest"] if owned else text
    name, described, body = _after_descriptor(text)
    plain = _legal(name)
    organisation = organisation or plain != name or body
    plain = _UNITED_NATIONS.sub("U.N.", plain) if "UN" in plain or "United" in plain else plain
    named = _named(plain, organisation=organisation)
    if described:  # "organisers SCC Events": later "the organisers" are SCC Events
        named = attrs.evolve(named, words=named.words | described)
    return named


def _in_role(named: Named, role: str | None) -> Named:
    """A pollster's or publisher's kind; "a presidential spokesman" speaks for an office."""
    if role == "pollster" or (role == "publisher" and named.kind is None):
        return attrs.evolve(named, kind=role)
    if role == "spoken" and named.kind is None:
        return attrs.evolve(named, kind="office")
    return named


def _referred(noun: str, *, definite: bool) -> Named | None:
    """ "the/a survey" is the pollster's; "the statement" the last source's; "a report" no one's."""
    if noun in POLL_NOUNS:
        return Named(name=noun, pronoun="poll")
    return Named(name=noun, pronoun="any") if definite else None


def _publisher(text: str) -> tuple[str, str | None]:
    """The owner of a document or a spokesperson, and its role.

    "LSEG data", "NATO estimates" and "the commission's figures" name the
    publishers LSEG, NATO and the commission (role ``"publisher"``); "X poll"
    the pollster X (``"pollster"``); "a police spokeswoman" the police
    (``"spoken"``); a phrase with none of these has role None.
    """
    role: str | None = None
    for _ in range(3):
        if text.rpartition(" ")[2] not in _OWNED_NOUNS:
            break  # the noun a document match ends in is the last word
        document = _DOCUMENT.search(text)
        if document is None or document.start() == 0:
            break
        noun = document["noun"]
        if noun not in DOCUMENT_NOUNS and noun not in SPOKESPEOPLE:
            break
        role = "pollster" if noun in POLL_NOUNS else role or _ROLES.get(noun, "publisher")
        text = text[: document.start()]
    head = _HEAD_NOUN.search(text) if text.endswith(("source", "sources")) else None
    return (text[: head.start()] if head is not None and " " in text else text), role


def _after_descriptor(text: str) -> tuple[str, frozenset[str], bool]:
    """ "banking trade body UK Finance" -> "UK Finance"; "organisers SCC Events" -> "SCC Events".

    Lower-case words that describe what a named body is, ending in a noun for a kind
    of body, come before its name: the name is the source, and the words describe it.
    So do lower-case words before a full name ("herder Halake Guyo"). The flag says
    whether the words named a kind of body (the name is then no person's).
    """
    words = text.split()
    for k in range(1, min(len(words), _DESCRIPTOR_WORDS + 1)):
        kind = words[k - 1]
        if not words[k][0].isupper() or (not kind[0].islower() and (k > 1 or kind[-1] != "s")):
            continue  # a kind word is lower case, or opens the phrase ("Organisers SCC";
            # not "Bank Workers' Alliance", whose first word is the name's)
        name = " ".join(words[k:])
        if not _DESCRIPTOR_KIND.fullmatch(kind) or _NOT_IN_NAME.search(name):
            continue
        if not _describes(kind, name):
            continue
        if name.isupper():  # an acronym keeps its description (see _acronym)
            return text, frozenset(), False
        described = frozenset(w.casefold() for w in words[:k] if w.casefold() not in _SMALL)
        return name, described, kind.casefold() in _DESCRIPTOR_NOUNS
    return text, frozenset(), False


def _describes(kind: str, name: str) -> bool:
    """Whether a lower-case word before a name says what it is: a kind of body ("the trade
    body UK Finance"), or any other noun before a full name ("herder Halake Guyo")."""
    if kind.casefold() in _DESCRIPTOR_NOUNS:
        return True
    return (
        kind[0].islower() and len(kind) > 2 and kind not in TITLES
        and kind not in FUNCTION_WORDS and kind not in _SMALL
        and " " in name and _capitalised(name)
    )  # fmt: skip


def _legal(text: str) -> str:
    """ "PT Kereta Api" -> "Kereta Api"; "Acme Inc." -> "Acme"."""
    words = text.split()
    while len(words) > 1 and words[0].casefold() in LEGAL_FORMS:
        words = words[1:]
    while len(words) > 1 and words[-1].casefold().rstrip(",") in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words).rstrip(",")


def _named(text: str, *, organisation: bool = False) -> Named:
    side, rest, described = _side(text)
    title, name = _title(rest)
    if title is not None:
        return _person(title, name, side)
    if not organisation and _looks_personal(rest, side):
        return Named(name=rest, side=side, person=True, kind="person")
    acronym = _acronym(rest)
    if acronym is not None:
        return acronym
    rest = _institution(rest)
    lower = rest == rest.casefold()
    kind = _kind(rest)
    # A possessive country names a generic institution ("Indonesia's ... Ministry"), not a
    # proper name of its own ("Ukraine's Coordination Headquarters for ...", "Indonesia's
    # National Search and Rescue Agency": longer than a generic name).
    generic = kind is not None and len(rest.split()) <= _GENERIC_WORDS
    prefixed = side if lower or generic or described == "demonym" else None
    return Named(
        name=_canonical(rest, prefixed), kind=kind, side=side,
        description=bool(described) and lower, words=_words(rest),
    )  # fmt: skip


def _acronym(text: str) -> Named | None:
    """ "the U.N. refugee agency UNHCR", "state weather agency AEMET", "the CGT union": the
    acronym is the name."""
    words = text.split()
    first = words[0] if len(words) == 2 else ""  # "the CGT union": CGT
    if _ACRONYM.fullmatch(first) and words[1] in _ACRONYM_KINDS and side_of(first) is None:
        return Named(name=first, kind=_kind(text), words=_words(text))
    last = words[-1] if len(words) > 1 else ""
    if not _ACRONYM.fullmatch(last) or side_of(last) is not None:
        return None
    if not any(w.islower() for w in words[:-1]):
        return None
    return Named(name=last, kind=_kind(text), words=_words(text))


def _side(text: str) -> tuple[str | None, str, str]:
    """The country a phrase belongs to, the phrase without it, and how it was given.

    How: ``"possessive"`` ("Ukraine's"), ``"place"`` ("... of Ukraine"), ``"demonym"``
    ("Ukrainian ..."), ``"lower"`` for a lower-case phrase with no country, else ``""``.
    """
    possessive = _POSSESSIVE.match(text) if "'" in text or "’" in text else None
    if possessive and side_of(possessive["owner"].strip()):
        return side_of(possessive["owner"].strip()), possessive["rest"], "possessive"
    placed = _OF_PLACE.match(text) if " of " in text or " in " in text else None
    if placed and side_of(placed["place"].strip()) and placed["rest"] == placed["rest"].casefold():
        return side_of(placed["place"].strip()), placed["rest"], "place"
    first, _, rest = text.partition(" ")
    if rest and side_of(first) and first.casefold() in _DEMONYMS:
        return side_of(first), rest, "demonym"
    if text.startswith(_TWO_WORD_PREFIXES):  # one test for all, then which one
        country = next(c for c in _TWO_WORD_DEMONYMS if text.startswith(c + " "))
        return side_of(country), text[len(country) + 1 :], "demonym"
    return None, text, "lower" if text == text.casefold() else ""


def _title(text: str) -> tuple[str | None, str]:
    """The last title word in a phrase and the name after it ("President X Y" -> president, X Y)."""
    lowered = text.casefold()
    for title in _TITLE_INDEX.present(lowered):
        at = _word_at(lowered, title)
        if at >= 0:
            name = text[at + len(title) :].strip(" ,")
            name = _strip_titles(_after_portfolio(name))
            if not name or (_capitalised(name) and not any(map(_organisational, name.split()))):
                return TITLES[title], name
    return None, text


def _after_portfolio(name: str) -> str:
    """ "for Education Niamh Kavanagh" (after "Minister") -> "Niamh Kavanagh": the last two
    capitalised words are the person, the words before them the portfolio."""
    words = name.split()
    if len(words) < 4 or words[0] not in ("for", "of") or not _capitalised(" ".join(words[-2:])):
        return name
    return " ".join(words[-2:])


def _word_at(lowered: str, word: str) -> int:
    if word not in lowered:  # most words are not there: no pattern needed to say so
        return -1
    pattern = _TITLE_PATTERNS.get(word) or _INSTITUTION_PATTERNS.get(word) or _word_pattern(word)
    match = pattern.search(lowered)
    return -1 if match is None else match.start()


def _strip_titles(name: str) -> str:
    changed = True
    while changed and name:
        changed = False
        folded = name.casefold()
        if not folded.startswith(_TITLE_PREFIXES):
            break
        for prefix in _TITLE_PREFIXES:
            if folded.startswith(prefix):
                name, changed = name[len(prefix) :], True
                folded = name.casefold()
    return name


def _capitalised(name: str) -> bool:
    """Capitalised words, with a name's particles ("Pieter van Wyk", "Ana de Souza")."""
    words = name.split()
    return (
        0 < len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper()
        and all(w[:1].isupper() or w in _PARTICLES for w in words)
    )  # fmt: skip


#: Two capitalised parts joined by a hyphen: one word naming a body, not a person.
_JOINED_CAPITALS = regex.compile(r"\p{L}-\p{Lu}")
_PARTICLES = frozenset({"van", "von", "de", "da", "der", "den", "del", "di", "du", "la", "le",
                        "bin", "binti", "ibn", "al", "el", "ter", "dos", "das"})  # fmt: skip


def _person(kind: str, name: str, side: str | None) -> Named:
    if name:
        return Named(name=name, kind=kind, side=side, person=True)
    title = " ".join(w.capitalize() for w in kind.split())
    canonical = f"{_demonym(side)} {title}".strip()
    return Named(
        name=canonical, kind=kind, side=side, person=True, description=True,
        words=frozenset(kind.split()),
    )  # fmt: skip


def _looks_personal(text: str, side: str | None) -> bool:
    words = text.split()
    if side is not None or not _capitalised(text) or len(words) > 3 or "/" in text:
        return False
    if len(words) == 1 and _JOINED_CAPITALS.search(text):  # "Hydro-Québec", "Rolls-Royce"
        return False
    pairs = map(" ".join, itertools.pairwise(words))  # "Maritime New Zealand" is a body
    return not any(_organisational(w) for w in words) and not any(map(side_of, pairs))


def _organisational(word: str) -> bool:
    lower = word.casefold()
    return (
        lower in ORGANISATIONS or lower in INSTITUTIONS or lower in ORGANISATION_WORDS
        or lower in COMPANY_NOUNS or side_of(word) is not None
        or _ACRONYM.fullmatch(word.replace(".", "")) is not None
    )  # fmt: skip


def _institution(text: str) -> str:
    folded = fold_case(text)
    if "defen" in folded:
        text = _DEFENCE.sub(lambda m: "Defense" if m.group(0)[0].isupper() else "defense", text)
    ministry = _MINISTRY_OF.search(text) if "ministry of" in folded else None
    if ministry is not None:
        what = (
            ministry["what"]
            .replace("foreign affairs", "foreign")
            .replace("Foreign Affairs", "Foreign")
        )
        text = text[: ministry.start()] + f"{what} ministry"
    return text


def _kind(text: str) -> str | None:
    lowered = text.casefold()
    present = _INSTITUTION_INDEX.present(lowered)  # most heads are not there
    return next((INSTITUTIONS[head] for head in present if _word_at(lowered, head) >= 0), None)


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in text.casefold().split() if w not in _SMALL)


def _demonym(side: str | None) -> str:
    return "" if side is None else COUNTRIES[side][0]


def _canonical(text: str, side: str | None) -> str:
    words = [
        w if (w[:1].isupper() or w.casefold() in _SMALL) else _capital(w) for w in text.split()
    ]
    name = " ".join(words)
    demonym = _demonym(side)
    return f"{demonym} {name}" if demonym and not name.startswith(demonym) else name


def _capital(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


#: Source kinds of a country's own government bodies.
_NATIONAL_KINDS = frozenset({"ministry", "police", "air force", "military", "government",
                             "office", "agency"})  # fmt: skip
#: Words of a body that is not national ("the regional authorities", "the mayor's office").
_LOCAL = frozenset({"regional", "local", "city", "municipal", "provincial", "county", "district",
                    "mayor's", "governor's", "u.n.", "international", "european", "world",
                    "global"})  # fmt: skip
#: Words a capitalised national body may be written with ("the Interior Ministry").
_GENERIC = frozenset({
    "ministry", "police", "air", "force", "armed", "forces", "army", "navy", "military",
    "government", "national", "interior", "defense", "finance", "foreign", "health",
    "justice", "economy", "economic", "education", "energy", "transport", "agriculture",
    "environment", "labor", "labour", "trade", "industry", "culture", "emergency",
    "emergencies", "home", "internal", "affairs", "of", "and", "for", "the", "president's",
    "prime", "minister's", "office",
})  # fmt: skip


def national(named: Named) -> bool:
    """Whether a source is a country's own government body named without its country.

    "the interior ministry", "the Defence Ministry", "the president's office",
    "the civil protection agency" and "police" are, and take the country of the
    story (its dateline city, or the country its sentence is set in); the U.N.,
    regional and local bodies, and bodies with a name of their own ("the State
    Emergency Service", "the National Election Commission") are not.
    """
    if named.person or named.side is not None or named.kind not in _NATIONAL_KINDS:
        return False
    words = named.name.casefold().split()
    if any(w in _LOCAL for w in words):
        return False
    return named.description or all(w in _GENERIC for w in words)
