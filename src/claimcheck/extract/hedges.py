"""Hedges: figures that are forecasts or plans, not reports.

A figure is ``"expected"`` after words of expectation ("is expected to",
"expects", "forecast", "projected", "likely to", "might", "may" -- not "may
have been", a guess about the past; not "could", which also tells what was
done: "rescuers could reach only 12 villages") and ``"planned"`` after words of
intent ("will", "would", "plans to", "is to", "aims to", "agreed to", "pledged
to", "set to", "due to"). The hedge covers the figure when the words are in the
figure's own comma-separated stretch of the sentence (before or after it:
"1,000 soldiers ... are expected to go home"), or earlier in the sentence with
no attribution verb between ("X said ... would ..., and Y said 600" leaves the
600 a report). After the figure, a clause of its own ("... and that its stocks
would last", "... and would fly food") is not the figure's. A figure marked as
a present or past value is never hedged: "up from about 2.3% now", "down from
3.4% in 2024", "cutting aid from 0.5% to 0.3%" (the "from" figure is today's,
the "to" figure the plan).
"""

from __future__ import annotations

import regex

from claimcheck.extract.sentences import stretch
from claimcheck.extract.vocabulary import Vocabulary, any_within
from claimcheck.grammar.letters import fold_case

__all__ = ["hedge_of"]

_EXPECTED = regex.compile(
    r"\b(?:expect(?:s|ed)?|forecasts?|forecast|projected|projects|predicts?|predicted"
    r"|likely\s{1,3}to|anticipated|(?:might|(?-i:may))(?!\s{1,3}(?:have|not|n't)\b))\b",
    regex.IGNORECASE,
)
_PLANNED = regex.compile(
    r"\b(?:will|would|shall|plans?\s{1,3}to|planned|planning\s{1,3}to|is\s{1,3}to|are\s{1,3}to"
    r"|aim(?:s|ed)?\s{1,3}to|intends?\s{1,3}to|set\s{1,3}to|due\s{1,3}to|scheduled\s{1,3}to"
    r"|(?:were|was)\s{1,3}to(?!\s{1,3}blame)|offer(?:s|ed)?\s{1,3}to|ready\s{1,3}to|foresees?"
    r"|foreseen"
    r"|(?:agreed|pledged|promised|vowed|decided|committed)\b[^,.;]{0,30}?\bto"
    r"(?!\s{1,3}(?:a|an|the|its|their|this|that)\b)(?=\s{1,3}[^\W\d]))\b",
    regex.IGNORECASE,
)
_REACH = 300
#: "and" opening a clause of its own after the figure: "used 9,000 litres and that its
#: stocks would last ...", "released 18 million pesos and would fly food ...".
_NEW_CLAUSE = regex.compile(
    r"\sand\s{1,3}(?:that|then|it|he|she|they|we|its|his|her|their|would|will|could|may|might"
    r"|plans?|expects?)\b",
    regex.IGNORECASE,
)
_SAID = regex.compile(r"\b(?:said|says|told|reported|announced|wrote|added|stated)\b")
_CURRENT = regex.compile(
    r"\b(?:from|up\s{1,3}from|down\s{1,3}from)\s{1,3}$", regex.IGNORECASE | regex.REVERSE
)
#: Every match of _NOW_AFTER holds one of these (in any case) within 16 characters.
_NOW_WORDS = ("now", "currently", "today", "present", "year", "19", "20")
_NOW_AFTER = regex.compile(
    r"\s{0,3}(?:now|currently|today|at\s{1,3}present|last\s{1,3}year|in\s{1,3}(?:19|20)\d\d)\b",
    regex.IGNORECASE,
)


# Where each word pattern can match, found with str.find (see vocabulary).
_EXPECTED_AT = Vocabulary.of(
    _EXPECTED,
    ["expect", "expects", "expected", "forecast", "forecasts", "projected", "projects", "predict",
     "predicts", "predicted", "likely", "anticipated", "might", "may"],
)  # fmt: skip
_PLANNED_AT = Vocabulary.of(
    _PLANNED,
    ["will", "would", "shall", "plan", "plans", "planned", "planning", "is", "are", "aim", "aims",
     "aimed", "intend", "intends", "set", "due", "scheduled", "agreed", "pledged", "promised",
     "vowed", "decided", "committed", "were", "was", "offer", "offers", "offered", "ready",
     "foresee", "foresees", "foreseen"],
)  # fmt: skip
_SAID_AT = Vocabulary.of(
    _SAID, ["said", "says", "told", "reported", "announced", "wrote", "added", "stated"]
)


def hedge_of(
    sentence: str, start: int, end: int, *, source: tuple[str, int] | None = None,
    reach: tuple[int, int] | None = None,
) -> str | None:  # fmt: skip
    """``"expected"``, ``"planned"`` or None for the figure at ``start:end`` of ``sentence``.

    ``source`` is ``(text, offset)`` when the sentence is the stretch of
    ``text`` from ``offset``: hedge words are then looked up in the whole text once.
    ``reach`` is the figure's :func:`~claimcheck.extract.sentences.stretch`, when the
    caller has it.
    """
    if _current(sentence, start, end):
        return None
    low, high = stretch(sentence, start, end) if reach is None else reach
    clause = _NEW_CLAUSE.search(sentence, end, high) if " and " in sentence[end:high] else None
    high = high if clause is None else clause.start()
    whole, offset = (sentence, 0) if source is None else source
    expected, planned = _EXPECTED_AT.spots(whole), _PLANNED_AT.spots(whole)
    found = _hedge_in(sentence, low, high, offset, expected, planned)
    if found is not None:
        return found
    earlier = _since_attribution(sentence, start, source)  # only needed when the stretch has none
    return _hedge_in(sentence, earlier, start, offset, expected, planned)


def _hedge_in(
    sentence: str, first: int, last: int, offset: int, expected: list[int], planned: list[int]
) -> str | None:
    """The hedge whose words stand in ``sentence[first:last]`` (expectation first), if any."""
    low, high = offset + first, offset + last
    if any_within(expected, low, high) and _EXPECTED_AT.search(
        sentence[first:last], expected, offset=low
    ):
        return "expected"
    if any_within(planned, low, high) and _PLANNED_AT.search(
        sentence[first:last], planned, offset=low
    ):
        return "planned"
    return None


def _current(sentence: str, start: int, end: int) -> bool:
    """ "up from 2.3%", "3.4% in 2024": a present or past value (the words looked for first)."""
    low = max(0, start - 16)
    # "from" holds none of the letters fold_case reads apart from lower(): lower() will do
    if "from" in sentence[low:start].lower() and _CURRENT.search(sentence, low, start):
        return True
    after = fold_case(sentence[end : end + 16])
    for word in _NOW_WORDS:
        if word in after:
            return _NOW_AFTER.match(sentence, end) is not None
    return False


def _since_attribution(sentence: str, start: int, source: tuple[str, int] | None) -> int:
    """Where the text before a figure at ``start`` begins after its last attribution verb.

    ("..., and X said"), looking back at most ``_REACH`` characters.
    """
    low = max(0, start - _REACH)
    whole, offset = (sentence, 0) if source is None else source
    spots = _SAID_AT.spots(whole)
    if not any_within(spots, offset + low, offset + start):
        return low
    found = _SAID_AT.finditer(sentence[low:start], spots, offset=offset + low)
    ends = [match.end() for match in found]
    return low + ends[-1] if ends else low
