"""The extraction lexicon: the words that tell extraction what a figure counts.

Everything the extractor knows about English news vocabulary lives here, as
plain tables a reader can check and extend:

* :data:`VERB_FAMILIES` maps a verb form to a *measure family*. Verbs that say
  the same thing about the same objects share a family, so two sources that
  word it differently still land on one measure:

  ======================================================  ==============
  verbs                                                   family
  ======================================================  ==============
  launched, fired, sent, used; attacked/struck/hit *with*  ``launched``
  shot down, downed, destroyed, neutralized, intercepted,  ``neutralized``
  brought down, lost (of weapons), jammed, suppressed
  swapped, exchanged, returned, released, freed, handed    ``returned``
  over, brought home, transferred, repatriated
  killed, died, dead                                       ``killed``
  injured, wounded, hurt                                   ``injured``
  missing                                                  ``missing``
  hit, struck (of targets)                                 ``struck``
  ======================================================  ==============

* :data:`WHOLE_FAMILY` says which family the whole of a partitive belongs to
  ("266 of the 298 drones" shot down: the 298 were *launched*), and
  :data:`PART_FAMILIES` which family is always part of which (what is
  neutralized was launched), so a story with both gets a ``PartOf``.
* :data:`WEAPONS`, :data:`PERSON_GROUPS` and :data:`WEAPON_KINDS` sort the
  counted nouns and their modifiers into facets (``kind``, ``group``).
* :data:`COUNTRIES` maps a country, its demonyms and its capital to one side.
* :data:`TITLES`, :data:`INSTITUTIONS`, :data:`ORGANISATIONS` and
  :data:`ORGANISATION_WORDS` let attribution tell a person from an institution
  and strip titles from names; :data:`SPOKESPEOPLE` are titles of people who
  speak for an institution, :data:`DOCUMENT_NOUNS` what a source publishes
  ("LSEG data"), :data:`POLL_NOUNS` what a pollster publishes,
  :data:`COMPANY_NOUNS` what "the company" may be called, and
  :data:`LEGAL_FORMS` the words ("Inc.", "PT") that are not part of a name.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from claimcheck.extract import gazetteer

__all__ = [
    "ATTRIBUTION_VERBS",
    "COMPANY_NOUNS",
    "COUNTRIES",
    "DESIGNATORS",
    "DOCUMENT_NOUNS",
    "FUNCTION_WORDS",
    "INSTITUTIONS",
    "LEGAL_FORMS",
    "ORGANISATIONS",
    "ORGANISATION_WORDS",
    "PART_FAMILIES",
    "PERSON_GROUPS",
    "PERSON_NOUNS",
    "PLACE_NOUNS",
    "POLL_NOUNS",
    "SPOKESPEOPLE",
    "TITLES",
    "VERB_FAMILIES",
    "WEAPONS",
    "WEAPON_KINDS",
    "WHOLE_FAMILY",
    "WITH_VERBS",
    "side_of",
]


def _family(family: str, *verbs: str) -> dict[str, str]:
    return dict.fromkeys(verbs, family)


#: Verb form (lower case, words separated by one space) -> measure family.
VERB_FAMILIES: Final[Mapping[str, str]] = {
    **_family(
        "launched", "launched", "launch", "launches", "launching", "fired", "fire",
        "fires", "firing", "sent", "send", "sends", "sending", "used", "use", "uses",
        "using", "deployed",
    ),
    **_family(
        "neutralized", "shot down", "shoot down", "shooting down", "downed",
        "destroyed", "destroy", "destroying", "neutralized", "neutralised", "neutralize",
        "neutralise", "intercepted", "intercept", "intercepting", "brought down",
        "bring down", "lost", "jammed", "suppressed", "repelled", "stopped",
        "shoots down", "downs", "destroys", "neutralizes", "neutralises", "intercepts",
        "brings down",
    ),
    **_family(
        "returned", "swapped", "swap", "exchanged", "exchange", "returned", "return",
        "returning", "released", "release", "releasing", "freed", "free", "freeing",
        "handed over", "hand over", "brought home", "brought back", "transferred",
        "repatriated", "go home", "went home", "come home", "came home", "coming home",
        "come back", "came back", "back home", "returned home", "got back",
        "swaps", "exchanges", "returns", "releases", "frees", "hands over",
    ),
    **_family("killed", "killed", "killing", "kill", "kills", "died", "dies", "dead",
              "lost their lives"),
    **_family("injured", "injured", "injuring", "injures", "wounded", "wounding", "wounds",
              "hurt"),
    **_family("missing", "missing"),
    **_family("struck", "struck", "strike", "striking", "hit", "hitting", "hits", "targeted",
              "pounded"),
    **_family("seized", "seized", "captured", "abducted", "kidnapped", "seizes", "captures"),
    **_family("sold", "sold", "sell", "sells"),
    **_family("damaged", "damaged", "damage"),
}  # fmt: skip

#: Verbs that take the counted things as "with N" ("attacked Ukraine with 175 drones").
WITH_VERBS: Final = frozenset({"attacked", "struck", "targeted", "hit", "pounded", "attack"})

#: Family of a partitive's part -> family of its whole.
WHOLE_FAMILY: Final[Mapping[str, str]] = {"neutralized": "launched", "struck": "launched"}

#: (part family, whole family): for the same things, the part can never exceed the whole.
PART_FAMILIES: Final = frozenset({("neutralized", "launched")})

#: Counted weapons (plural spelling -> the plural used in measure names).
WEAPONS: Final[Mapping[str, str]] = {
    "drones": "drones", "drone": "drones", "uavs": "drones", "uav": "drones",
    "decoys": "decoys", "missiles": "missiles", "missile": "missiles",
    "rockets": "rockets", "rocket": "rockets", "bombs": "bombs", "bomb": "bombs",
    "shells": "shells", "aircraft": "aircraft", "jets": "aircraft", "planes": "aircraft",
    "helicopters": "helicopters", "targets": "targets", "weapons": "weapons",
}  # fmt: skip

#: Weapon modifiers that become the ``kind`` facet.
WEAPON_KINDS: Final = frozenset({
    "ballistic", "cruise", "hypersonic", "guided", "attack", "shahed", "shaheds",
    "kinzhal", "iskander", "kalibr", "long-range", "short-range", "air-launched",
    "anti-aircraft", "strike", "kamikaze", "gerbera", "geran", "atacms", "himars",
})  # fmt: skip

#: Person nouns -> the group facet they give ("" for people in general).
PERSON_GROUPS: Final[Mapping[str, str]] = {
    "soldiers": "soldiers", "soldier": "soldiers", "servicemen": "soldiers",
    "servicemembers": "soldiers", "troops": "soldiers", "personnel": "soldiers",
    "pows": "soldiers", "fighters": "soldiers", "defenders": "soldiers",
    "prisoners": "", "captives": "", "civilians": "civilians", "civilian": "civilians",
    "children": "children", "child": "children", "women": "women", "men": "men",
    "people": "", "persons": "", "residents": "", "adults": "adults", "hostages": "",
    "ukrainians": "", "russians": "", "palestinians": "", "israelis": "", "iranians": "",
}  # fmt: skip

#: Person nouns whose measure keeps its own name ("hostages freed").
PERSON_NOUNS: Final = frozenset({"hostages"})

#: Nouns after "over"/"under" that make it a preposition, not a qualifier.
PLACE_NOUNS: Final = frozenset({
    "regions", "region", "oblasts", "provinces", "cities", "districts", "areas",
    "territories", "countries", "states", "towns", "villages", "days", "weeks",
    "months", "years", "hours", "nights", "the",
})  # fmt: skip

#: Country -> (demonym, other names: plural demonyms, capitals, abbreviations): every
#: UN member state and a few others (see :mod:`claimcheck.extract.gazetteer`).
COUNTRIES: Final = gazetteer.COUNTRIES


def _sides() -> dict[str, str]:
    table: dict[str, str] = {}
    for country, (demonym, others) in COUNTRIES.items():
        for word in (country, demonym, *others):
            table[word.casefold()] = country
    return table


_SIDES: Final = _sides()


def side_of(word: str) -> str | None:
    """The country a country name, demonym or capital stands for ("Kyiv" -> "Ukraine")."""
    return _SIDES.get(word.casefold())


#: Title words stripped from person names; the value is the source kind.
TITLES: Final[Mapping[str, str]] = {
    "president": "president", "prime minister": "prime minister", "minister": "minister",
    "defence minister": "minister", "defense minister": "minister",
    "foreign minister": "minister", "chancellor": "chancellor", "mayor": "mayor",
    "governor": "governor", "secretary-general": "secretary-general",
    "secretary general": "secretary-general", "secretary": "secretary",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson", "commander": "commander",
    "commander-in-chief": "commander", "general": "commander", "gen.": "commander",
    "admiral": "commander", "rear admiral": "commander", "colonel": "commander",
    "col.": "commander", "lt.": "commander", "senator": "senator", "sen.": "senator",
    "rep.": "representative", "chief": "chief", "head": "chief", "mr.": "person",
    "mrs.": "person", "ms.": "person", "dr.": "person", "king": "monarch", "pope": "pope",
    "sheikh": "person", "chief executive": "executive",
    "chief executive officer": "executive", "chief financial officer": "executive",
    "chief operating officer": "executive", "chief economist": "economist",
    "chief strategist": "analyst", "economist": "economist", "analyst": "analyst",
    "ceo": "executive", "cfo": "executive", "director": "director",
    "director-general": "director", "director general": "director",
    "managing director": "director", "commissioner": "commissioner", "chair": "chair",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "vice president": "president", "deputy": "deputy", "ambassador": "ambassador",
    "envoy": "envoy", "founder": "founder", "professor": "professor", "prof.": "professor",
    # Honorifics and ranks that stand before a name and are no part of it.
    "dr": "person", "sir": "person", "dame": "person", "datuk": "person", "dato'": "person",
    "datuk seri": "person", "tan sri": "person", "tun": "person", "rev.": "person",
    "reverend": "person", "imam": "person", "rabbi": "person", "pastor": "person",
    "bishop": "person", "archbishop": "person", "cardinal": "person", "judge": "judge",
    "captain": "commander", "capt.": "commander", "maj.": "commander",
    "lieutenant": "commander", "sergeant": "commander",
    "inspector": "police officer", "superintendent": "police officer",
    "assistant commissioner": "commissioner", "deputy commissioner": "commissioner",
    "undersecretary": "secretary", "under-secretary": "secretary", "deputy minister": "minister",
    "state secretary": "secretary", "permanent secretary": "secretary",
    # "X-General" offices: the head of a national office ("Statistician-General").
    "statistician-general": "statistician general", "auditor-general": "auditor general",
    "attorney-general": "attorney general", "attorney general": "attorney general",
    "solicitor-general": "solicitor general", "prosecutor-general": "prosecutor general",
    "prosecutor general": "prosecutor general", "inspector-general": "inspector general",
    "inspector general": "inspector general", "surgeon-general": "surgeon general",
    "surgeon general": "surgeon general", "surveyor-general": "surveyor general",
    "registrar-general": "registrar general", "accountant-general": "accountant general",
    "governor-general": "governor general", "commissioner-general": "commissioner general",
    "comptroller-general": "comptroller general", "controller-general": "controller general",
}  # fmt: skip

#: Titles of people who speak for an institution: with no name, the institution is the source.
SPOKESPEOPLE: Final = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})

#: Institution head words (lower case) -> the source kind they give.
INSTITUTIONS: Final[Mapping[str, str]] = {
    "ministry": "ministry", "air force": "air force", "military": "military",
    "army": "military", "armed forces": "military", "general staff": "military",
    "office": "office", "service": "agency", "agency": "agency", "police": "police",
    "officials": "officials", "department": "agency", "administration": "agency",
    "government": "government", "bank": "agency", "mission": "agency",
    "organization": "organisation", "organisation": "organisation",
    "committee": "organisation", "institute": "organisation", "fire": "agency",
    "house": "government", "investigation": "agency", "organisers": "organisers",
    "organizers": "organisers", "media": "outlet", "forces": "military",
    "navy": "military", "coast guard": "military", "border guard": "military",
    "marines": "military", "national guard": "military", "council": "organisation",
    "commission": "organisation", "authority": "agency", "court": "government",
}  # fmt: skip

#: Words that make a capitalised name an organisation, not a person ("Westbridge Research").
ORGANISATION_WORDS: Final = frozenset({
    "commission", "council", "board", "authority", "authorities", "bureau", "court",
    "parliament", "assembly", "congress", "senate", "party", "alliance", "union",
    "federation", "association", "league", "company", "group", "fund", "foundation",
    "university", "college", "hospital", "centre", "center", "research", "network",
    "networks", "systems", "system", "holdings", "industries", "partners", "capital",
    "laboratory", "labs", "railway", "railways", "airlines", "airways", "motors",
    "energy", "exchange", "observatory", "monitor", "watch", "coalition", "movement",
    "initiative", "headquarters", "secretariat", "tribunal", "programme", "program",
    "news", "times", "post", "press", "journal", "broadcasting", "television", "radio",
    "institute", "information", "society", "trust", "corporation", "bank", "insights",
    "analytics", "consulting", "polling", "statistics", "cross", "crescent", "staff",
    "telecom", "telecoms", "communications", "pharmaceuticals", "petroleum", "mining",
    "logistics", "shipping", "technologies", "insurance", "utilities", "electric", "steel",
})  # fmt: skip

#: Nouns for a business that a description may end in ("the network equipment maker").
COMPANY_NOUNS: Final = frozenset({
    "company", "firm", "group", "maker", "manufacturer", "producer", "carrier", "lender",
    "retailer", "operator", "insurer", "airline", "automaker", "carmaker", "chipmaker",
    "giant", "conglomerate", "business", "startup", "supplier", "developer", "provider",
    "broker", "pollster", "miner", "exporter", "importer", "venture", "telco", "utility",
})  # fmt: skip

#: Nouns for what a source publishes: "LSEG data" and "NATO estimates" are LSEG's and NATO's.
DOCUMENT_NOUNS: Final = frozenset({
    "data", "estimate", "estimates", "figures", "figure", "report", "reports", "statement",
    "statements", "statistics", "calculations", "count", "tally", "tallies", "analysis",
    "records", "filing", "filings", "survey", "poll", "study", "assessment", "update",
    "numbers", "website", "forecast", "forecasts", "projections", "results", "release",
    "bulletin", "tables", "research", "calculation", "accounts", "check", "review",
    "audit", "budget",
})  # fmt: skip

#: Nouns for polls: the organisation behind one is a pollster.
POLL_NOUNS: Final = frozenset({"poll", "survey", "polls", "surveys"})

#: Legal forms that are not part of a company's name ("PT", "Inc.", "plc").
LEGAL_FORMS: Final = frozenset({
    "pt", "pjsc", "jsc", "oao", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "corp", "corp.",
    "ag", "gmbh", "s.a.", "n.v.", "tbk", "co.", "limited",
})  # fmt: skip

#: Single names that are organisations, not people.
ORGANISATIONS: Final = frozenset({
    "reuters", "ap", "afp", "gallup", "ipsos", "hamas", "hezbollah", "kremlin",
    "pentagon", "nato", "un", "u.n.", "eu", "who", "unicef", "icrc", "sbu", "gur",
    "tass", "ria", "interfax", "ukrinform", "yougov", "pew", "cbo", "moscow", "kyiv",
    "russia", "ukraine", "israel", "iran",
})  # fmt: skip

#: Verbs that attribute a statement to their subject (or to the name after them).
ATTRIBUTION_VERBS: Final = (
    "said", "says", "say", "told", "tells", "reported", "reports", "announced",
    "announces", "wrote", "writes", "added", "adds", "stated", "states", "estimated",
    "estimates", "found", "finds", "confirmed", "confirms", "claimed", "claims",
    "noted", "posted", "tweeted", "continued", "insisted", "warned", "explained",
)  # fmt: skip

#: Words before a number that make it a designation, not a figure ("Boeing 737", "Article 5").
DESIGNATORS: Final = frozenset({
    "boeing", "airbus", "flight", "route", "highway", "article", "section", "chapter",
    "runway", "pier", "berth", "hangar", "reactor", "shaft",
    "resolution", "no.", "number", "room", "model", "apollo", "soyuz", "category",
    "level", "page", "pages", "platform", "gate", "terminal", "unit", "brigade",
    "division", "battalion", "regiment", "squadron", "corps", "district", "ward",
    "paragraph", "clause", "grade", "class", "type", "version", "series", "vol.",
    "volume", "episode", "season", "track", "row", "seat", "lane", "exit", "bus",
})  # fmt: skip

#: Words that end a noun phrase (and are never its head).
FUNCTION_WORDS: Final = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "from", "with",
    "by", "for", "that", "which", "who", "whom", "whose", "were", "was", "had", "have",
    "has", "is", "are", "be", "been", "being", "will", "would", "could", "should",
    "may", "might", "must", "can", "did", "do", "does", "not", "no", "as", "than",
    "into", "over", "under", "since", "after", "before", "during", "while", "when",
    "where", "there", "their", "its", "his", "her", "our", "your", "my", "this", "these",
    "those", "them", "they", "it", "he", "she", "we", "you", "i", "each", "every",
    "all", "both", "more", "most", "also", "still", "so", "far", "now", "then",
    "overnight", "today", "yesterday", "tonight", "last", "next", "early",
    "late", "earlier", "later", "about", "around", "nearly", "almost", "some",
    "apiece", "per", "through", "across", "against", "among", "between", "including",
    "up", "down", "out", "off", "away", "back", "home", "further", "another", "other",
    "such", "only", "just", "even", "already", "again", "according", "said", "says",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "morning", "evening", "night", "afternoon", "week", "month", "year", "ago",
})  # fmt: skip
