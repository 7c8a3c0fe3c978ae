"""Names a text introduces outside attributions: acronyms and pollsters.

A news text often names a source before it quotes it, in passing:

* "the state railway company Kereta Api Indonesia (KAI)" introduces ``KAI``
  as another name of Kereta Api Indonesia, so a later "KAI said" is that
  source (:func:`acronyms`);
* "its lowest level in any Westbridge Research survey", "a poll by Gallup"
  name the pollster, so a later "according to the poll" or "the survey found"
  is the pollster's (:func:`pollsters`).

Both look only at the few words next to a parenthesis or to "poll"/"survey",
so they are linear in the length of the sentence.
"""

from __future__ import annotations

import regex

from claimcheck.extract.lexicon import side_of
from claimcheck.extract.naming import Named, read_source

__all__ = ["JOINERS", "NAME", "acronyms", "capitalised_before", "parenthesised", "pollsters"]

_PARENTHESISED = regex.compile(
    r"\s\((?P<acronym>\p{Lu}(?:[\p{Lu}\d&]|\p{Ll}(?=\p{Lu})){0,9}(?:-[\p{Lu}\d]{1,4})?)\)"
)  # "(KAI)", "(NCoS)", "(SNUipp-FSU)"
#: A name that lists its fields: "Meteorology, Climatology and Geophysics Agency".
_LISTING = regex.compile(
    r"(?:The\s)?\p{Lu}\p{L}{1,30}(?:,\s\p{Lu}\p{L}{1,30}){1,4}\sand\s\p{Lu}.{1,60}"
)
#: A short form of two or three words in parentheses: "Statistics South Africa (Stats SA)".
#: Or one capitalised word, as some acronyms are written: "... Renewable Natural Resources (Ibama)".
_SHORT_FORM = regex.compile(
    r"\s\((?P<short>\p{Lu}\p{L}{0,15}(?:\s\p{Lu}\p{L}{0,15}){1,2}|\p{Lu}\p{Ll}{2,7})\)"
)
#: A one-word short form stands for a name of at least this many words.
_LONG_NAME = 3
#: How many first letters a shortened word keeps at least ("Stats" for Statistics).
_KEPT_LETTERS = 3
_POLL = regex.compile(r"\b(?:polls?|surveys?)\b", regex.IGNORECASE)
#: A capitalised name of up to six words, "of" or "for" inside ("Institute of Sociology").
NAME = (
    r"\p{Lu}[\p{L}&/.'’-]{0,30}"
    r"(?:\s{1,3}(?:(?:of|for|and)\s{1,3}(?:the\s{1,3})?)?\p{Lu}[\p{L}&/.'’-]{0,30}){0,5}"
)
_BY = regex.compile(
    r"\s{1,3}(?:(?:conducted|carried\s{1,3}out|commissioned|run)\s{1,3})?(?:by|from)"
    rf"\s{{1,3}}(?:the\s{{1,3}})?(?P<name>{NAME})"
)
#: Small words inside a name ("Bank of England", "Food and Agriculture Organization").
JOINERS = frozenset({"of", "for", "the", "and", "de", "on"})
#: Acronyms in parentheses that are not another name of the words before them.
_NOT_ALIASES = frozenset({"AP", "AFP", "UPI", "DPA", "EFE", "ANSA", "GMT", "UTC", "EST", "EDT",
                          "CET", "BST", "PST", "ET", "AM", "PM"})  # fmt: skip
_MAX_NAME_WORDS = 10


def acronyms(sentence: str) -> list[tuple[str, Named]]:
    """Each "Full Name (ACRONYM)" in a sentence, as (acronym, the source the name reads as)."""
    found: list[tuple[str, Named]] = []
    for match in _PARENTHESISED.finditer(sentence):
        acronym = match["acronym"]
        name = capitalised_before(sentence, match.start())
        listed = capitalised_before(sentence, match.start(), commas=True)
        if listed != name and (
            _initials(listed) == acronym.replace("-", "") or _LISTING.fullmatch(listed)
        ):
            name = listed  # "Association of Secondary Teachers, Ireland (ASTI)"
        if acronym in _NOT_ALIASES or not name or side_of(name) is not None:
            continue
        named = read_source(name)
        if named is not None and not named.person and named.pronoun is None:
            found.append((acronym, named))
    return found + _short_forms(sentence)


def _short_forms(sentence: str) -> list[tuple[str, Named]]:
    """Each "Full Name (Short Form)" whose short form shortens the name word by word."""
    found: list[tuple[str, Named]] = []
    for match in _SHORT_FORM.finditer(sentence) if " (" in sentence else ():
        name = capitalised_before(sentence, match.start())
        named = read_source(name) if _shortens(match["short"], name) else None
        if named is not None and not named.person and named.pronoun is None:
            found.append((match["short"], named))
    return found


def _shortens(short: str, name: str) -> bool:
    """Whether each word of ``short`` is the initials of the next words of ``name`` ("SA"
    for South Africa) or the start of the next word ("Stats" for Statistics); or a word
    written like an acronym for a long name, starting with one of its words' initials."""
    words = [word for word in name.split() if word.casefold() not in JOINERS]
    if " " not in short:
        initials = {word[0] for word in words}
        unplaced = side_of(short) is None  # "(Norway)" is where, not another name
        return len(words) >= _LONG_NAME and short[0] in initials and short not in name and unplaced
    at = 0
    for token in short.split():
        if len(token) > 1 and token.isupper():
            taken = words[at : at + len(token)]
            if "".join(word[0] for word in taken) != token:
                return False
            at += len(token)
        elif at < len(words) and _starts(words[at], token):
            at += 1
        else:
            return False
    return at == len(words)


def _starts(word: str, token: str) -> bool:
    kept = token.casefold()[:_KEPT_LETTERS]
    return len(kept) == _KEPT_LETTERS and word.casefold().startswith(kept)


def parenthesised(sentence: str) -> list[str]:
    """The acronyms and short forms a sentence puts in parentheses ("(KAI)", "(Stats SA)"):
    the only ones :func:`acronyms` can find in it, found without reading the names before
    them."""
    found = [match["acronym"] for match in _PARENTHESISED.finditer(sentence)]
    return found + [match["short"] for match in _SHORT_FORM.finditer(sentence)]


def pollsters(sentence: str) -> list[Named]:
    """The pollsters a sentence names ("a Westbridge Research survey", "a poll by Gallup")."""
    found: list[Named] = []
    for match in _POLL.finditer(sentence):
        name = capitalised_before(sentence, match.start())
        after = _BY.match(sentence, match.end())
        for phrase in (name, after["name"].rstrip(".") if after else ""):
            named = read_source(f"{phrase} poll") if phrase and side_of(phrase) is None else None
            if named is not None and named.kind == "pollster":
                found.append(named)
    return found


def capitalised_before(sentence: str, end: int, *, commas: bool = False) -> str:
    """The run of capitalised words (with "of", "for", ... inside) that ends at ``end``;
    with ``commas``, words may end in a comma inside it ("Teachers, Ireland")."""
    words = sentence[max(0, end - 120) : end].split()
    taken: list[str] = []
    stops = (";", ":", ".") if commas else (",", ";", ":", ".")
    for word in reversed(words[-_MAX_NAME_WORDS:]):
        if (word[:1].isupper() and not word.endswith(stops) and (taken or "," not in word)) or (
            taken and word in JOINERS
        ):
            taken.append(word)
        else:
            break
    while taken and taken[-1] in JOINERS:
        taken.pop()
    return " ".join(reversed(taken))


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word.casefold() not in JOINERS)
