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
* "X poll", "X survey" and "X source" name X;
* a phrase of lower-case words after "the" ("the ministry", "the Ukrainian
  president") or a possessive country ("Ukraine's president") is a
  *description*: attribution resolves it to the last named source it fits;
* "he", "she", "it", "they" are pronouns, resolved the same way.

Canonical names are title-cased word by word, keeping words already written
with capitals ("UAE", "U.N.") and small words ("of", "the") as they are.
"""

from __future__ import annotations

import functools

import attrs
import regex

from claimcheck.extract.lexicon import COUNTRIES, INSTITUTIONS, ORGANISATIONS, TITLES, side_of

__all__ = ["Named", "read_source"]

_PARENTHESES = regex.compile(r"\s{0,3}\([^()]{0,60}\)")
_DETERMINER = regex.compile(r"^(?:the|a|an)\s{1,3}", regex.IGNORECASE)
_TRAILING = regex.compile(
    r"\s{1,3}(?:that|which|who|released|published|conducted|carried|issued|on\s\p{Lu}\w{0,12}"
    r"|on\s(?:telegram|x|twitter|facebook)|in\sa\s(?:statement|post|video)).{0,200}$",
    regex.IGNORECASE,
)
_HEAD_NOUN = regex.compile(r"\s{1,3}(?:poll|survey|source|sources|spokesperson)$", regex.I)
_BY = regex.compile(
    r"^(?:(?:preliminary|initial|official|new|latest)\s{1,3})?(?:data|estimates|figures|a\sreport"
    r"|reports|a\sstatement|a\scount|counts|tallies|a\stally|calculations|(?:an?\s)?(?:new\s)?"
    r"(?:survey|poll|study|analysis|assessment|investigation))\s{1,3}(?:by|from|of)"
    r"\s{1,3}",
    regex.IGNORECASE,
)
_POSSESSIVE = regex.compile(r"^(?P<owner>[\p{Lu}][\p{L}. ]{0,30}?)['’]s?\s{1,3}(?P<rest>.{1,120})$")
_OF_PLACE = regex.compile(
    r"^(?P<rest>.{1,80}?)\s{1,3}(?:of|in)\s{1,3}(?P<place>[\p{Lu}][\p{L}. ]{0,30})$"
)
_MINISTRY_OF = regex.compile(r"\bministry\s{1,3}of\s{1,3}(?P<what>[\p{L} ]{1,40})$", regex.I)
_DEFENCE = regex.compile(r"\bdefen[cs]e\b", regex.IGNORECASE)
_SMALL = frozenset({"of", "for", "the", "and", "in", "on", "to", "at", "de"})
_PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person",
             "it": "thing", "its": "thing", "they": "any", "them": "any"}  # fmt: skip
_ALL_TITLES = sorted(TITLES, key=len, reverse=True)
_DEMONYMS = frozenset(demonym.casefold() for demonym, _ in COUNTRIES.values())


def _word_pattern(word: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w-]){regex.escape(word)}(?![\w-])")


_TITLE_PATTERNS = {title: _word_pattern(title) for title in _ALL_TITLES}
_INSTITUTION_PATTERNS = {head: _word_pattern(head) for head in INSTITUTIONS}
_ANY_TITLE = regex.compile(
    r"(?<![\w-])(?:" + "|".join(regex.escape(t) for t in _ALL_TITLES) + r")(?![\w-])"
)


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


@functools.lru_cache(maxsize=4096)
def read_source(phrase: str) -> Named | None:
    """The source a phrase names, or None when it names none."""
    text = " ".join(_PARENTHESES.sub("", phrase).split()).strip(" ,.;:\"'“”‘’-—")
    if not text or len(text) > 160:
        return None
    if text.casefold() in _PRONOUNS:
        return Named(name=text.casefold(), pronoun=_PRONOUNS[text.casefold()])
    text = _DETERMINER.sub("", _BY.sub("", _DETERMINER.sub("", text)))
    text = _TRAILING.sub("", text)
    text = _HEAD_NOUN.sub("", text) if " " in text else text
    if not text or any(map(str.isdigit, text)) or text.casefold() in ("which", "who", "i", "we"):
        return None
    return _named(text)


def _named(text: str) -> Named:
    side, rest, described = _side(text)
    title, name = _title(rest)
    if title is not None:
        return _person(title, name, side)
    if _looks_personal(rest, side):
        return Named(name=rest, side=side, person=True, kind="person")
    rest = _institution(rest)
    lower = rest == rest.casefold()
    return Named(
        name=_canonical(rest, side), kind=_kind(rest), side=side,
        description=described and lower, words=_words(rest),
    )  # fmt: skip


def _side(text: str) -> tuple[str | None, str, bool]:
    """The country a phrase belongs to, the phrase without it, and whether it was a descriptor."""
    possessive = _POSSESSIVE.match(text)
    if possessive and side_of(possessive["owner"].strip()):
        return side_of(possessive["owner"].strip()), possessive["rest"], True
    placed = _OF_PLACE.match(text)
    if placed and side_of(placed["place"].strip()) and placed["rest"] == placed["rest"].casefold():
        return side_of(placed["place"].strip()), placed["rest"], True
    first, _, rest = text.partition(" ")
    if rest and side_of(first) and first.casefold() in _DEMONYMS:
        return side_of(first), rest, True
    return None, text, text == text.casefold()


def _title(text: str) -> tuple[str | None, str]:
    """The last title word in a phrase and the name after it ("President X Y" -> president, X Y)."""
    lowered = text.casefold()
    if _ANY_TITLE.search(lowered) is None:
        return None, text
    for title in _ALL_TITLES:
        at = _word_at(lowered, title)
        if at >= 0:
            name = text[at + len(title) :].strip(" ,")
            name = _strip_titles(name)
            if not name or _capitalised(name):
                return TITLES[title], name
    return None, text


def _word_at(lowered: str, word: str) -> int:
    pattern = _TITLE_PATTERNS.get(word) or _INSTITUTION_PATTERNS.get(word) or _word_pattern(word)
    match = pattern.search(lowered)
    return -1 if match is None else match.start()


def _strip_titles(name: str) -> str:
    changed = True
    while changed and name:
        changed = False
        for title in _ALL_TITLES:
            if name.casefold().startswith(title + " "):
                name, changed = name[len(title) + 1 :], True
    return name


def _capitalised(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


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
    if side is not None or not _capitalised(text) or len(words) > 3:
        return False
    if any(w.casefold() in ORGANISATIONS or side_of(w) for w in words):
        return False
    return not any(w.casefold() in INSTITUTIONS for w in words) and "/" not in text


def _institution(text: str) -> str:
    text = _DEFENCE.sub(lambda m: "Defense" if m.group(0)[0].isupper() else "defense", text)
    ministry = _MINISTRY_OF.search(text)
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
    for head, kind in INSTITUTIONS.items():
        if _word_at(lowered, head) >= 0:
            return kind
    return None


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
