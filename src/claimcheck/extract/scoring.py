"""Scoring extraction against a labelled set: precision and recall you can print.

A labelled set is a TOML file of ``[[items]]``, each with ``id``, ``dateline``,
``text``, optional ``outlet``, the ``figures`` a reader finds (``span``: the
figure as printed, ``"#n"`` for its n-th whole-word occurrence; ``figure``: its
text for ``parse_figure`` when it differs; ``source``: the canonical source
name or ``"@outlet"``; optional ``hedge``) and the ``relations`` the text states
(``kind`` and, per role, the spans of the figures on each measure).
``tests/data/extract/labelled.toml`` documents the format in its header.

:func:`score` runs an extractor on every item and counts:

* **figures** -- an extracted claim matches a labelled figure when their spans
  overlap and their figures are the same interval (one match per labelled
  figure: the two claims of "1,000 from each side" are one figure);
* **attribution** -- of the matched figures, how many have the labelled source
  (names compared in one spelling: without case, a leading "the" or the dots
  of acronyms, "defence" as "defense" and "Ministry of X" as "X Ministry");
* **relations** -- an extracted relation matches a labelled one of the same
  kind whose members are the same figures. A member measure no claim states
  stands for the reported (unhedged) claims beneath it (same name, more facets).
"""

from __future__ import annotations

import datetime
import tomllib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs
import regex

from claimcheck.errors import ExtractError
from claimcheck.extract.lexicon import COUNTRIES, LEGAL_FORMS
from claimcheck.figures import Figure, parse_figure
from claimcheck.measure import Measure
from claimcheck.model import Claim, Story
from claimcheck.relations import Relation

__all__ = ["Item", "Scores", "load_labelled", "score"]

Extractor = Callable[..., Story]
_Key = tuple[object, ...]


@attrs.frozen(kw_only=True)
class LabelledFigure:
    """One labelled figure: where it is, what it reads, who states it."""

    name: str
    start: int
    end: int
    figure: Figure
    source: str
    hedge: str | None = None


@attrs.frozen(kw_only=True)
class Item:
    """One labelled text."""

    id: str
    dateline: datetime.date
    text: str
    outlet: str | None
    figures: tuple[LabelledFigure, ...]
    relations: tuple[_Key, ...]


@attrs.frozen(kw_only=True)
class Count:
    """True positives, false positives and false negatives."""

    hit: int = 0
    extra: int = 0
    missed: int = 0

    @property
    def precision(self) -> float:
        return self.hit / (self.hit + self.extra) if self.hit + self.extra else 1.0

    @property
    def recall(self) -> float:
        return self.hit / (self.hit + self.missed) if self.hit + self.missed else 1.0

    def __add__(self, other: Count) -> Count:
        return Count(hit=self.hit + other.hit, extra=self.extra + other.extra,
                     missed=self.missed + other.missed)  # fmt: skip


@attrs.frozen(kw_only=True)
class Scores:
    """The counts over a labelled set, and what went wrong (for reading, not asserting)."""

    figures: Count = Count()
    attribution: Count = Count()
    relations: Count = Count()
    hedges: Count = Count()
    errors: tuple[str, ...] = ()

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            figures=self.figures + other.figures, attribution=self.attribution + other.attribution,
            relations=self.relations + other.relations, hedges=self.hedges + other.hedges,
            errors=self.errors + other.errors,
        )  # fmt: skip


def load_labelled(path: str | Path) -> list[Item]:
    """The items of a labelled TOML set."""
    try:
        document = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        return [_item(raw) for raw in document["items"]]
    except (OSError, KeyError, ValueError, IndexError, TypeError) as error:
        raise ExtractError(f"cannot read the labelled set {str(path)!r}: {error}") from None


def _item(raw: Mapping[str, Any]) -> Item:
    text = str(raw["text"])
    figures = tuple(_figure(text, f) for f in raw["figures"])
    return Item(
        id=str(raw["id"]), dateline=raw["dateline"], text=text, outlet=raw.get("outlet"),
        figures=figures, relations=tuple(_label_key(r) for r in raw["relations"]),
    )  # fmt: skip


def _figure(text: str, raw: Mapping[str, Any]) -> LabelledFigure:
    name = str(raw["span"])
    words, _, nth = name.partition("#")
    pattern = r"(?<![\w.,])" + regex.escape(words) + r"(?![\w])"
    starts = [m.start() for m in regex.finditer(pattern, text)]
    start = starts[int(nth or 1) - 1]
    return LabelledFigure(
        name=name, start=start, end=start + len(words),
        figure=parse_figure(str(raw.get("figure", words))), source=str(raw["source"]),
        hedge=raw.get("hedge"),
    )  # fmt: skip


def _label_key(raw: Mapping[str, Any]) -> _Key:
    kind = str(raw["kind"])
    roles = {key: value for key, value in raw.items() if key != "kind"}
    return _key(kind, {k: _anchors(v) for k, v in roles.items()})


def _anchors(value: Iterable[Any]) -> object:
    items = list(value)
    if items and isinstance(items[0], list):
        return tuple(sorted((frozenset(map(str, group)) for group in items), key=sorted))
    return frozenset(map(str, items))


def _key(kind: str, roles: Mapping[str, object]) -> _Key:
    return (kind, *sorted(roles.items()))


def score(items: Iterable[Item], extractor: Extractor | None = None) -> Scores:
    """Run ``extractor`` (default :func:`claimcheck.extract.extract`) on every item and count."""
    from claimcheck.extract.story import extract

    run = extractor or extract
    total = Scores()
    for item in items:
        story = run(item.text, dateline=item.dateline)
        total += _score_item(item, story)
    return total


def _score_item(item: Item, story: Story) -> Scores:
    matched: dict[str, list[Claim]] = {}
    extra = 0
    errors: list[str] = []
    for claim in _distinct_spans(story.claims):
        label = _match(item, claim)
        if label is None:
            extra += 1
            errors.append(f"{item.id}: extra {claim.figure.stated!r} ({claim.source.name})")
        else:
            matched.setdefault(label.name, []).append(claim)
    figures = Count(hit=len(matched), extra=extra, missed=len(item.figures) - len(matched))
    errors += [f"{item.id}: missed {f.name!r}" for f in item.figures if f.name not in matched]
    attribution, hedges, wrong = _attribution(item, matched, story)
    relations, unmatched = _relations(item, story)
    return Scores(figures=figures, attribution=attribution, relations=relations, hedges=hedges,
                  errors=(*errors, *wrong, *unmatched))  # fmt: skip


def _distinct_spans(claims: Iterable[Claim]) -> list[Claim]:
    seen: dict[tuple[int, int] | None, Claim] = {}
    for claim in claims:
        seen.setdefault(claim.span, claim)
    return list(seen.values())


def _match(item: Item, claim: Claim) -> LabelledFigure | None:
    if claim.span is None:
        return None
    start, end = claim.span
    for label in item.figures:
        if label.start < end and start < label.end and _same(label.figure, claim.figure):
            return label
        if label.start < end and start < label.end and _converted(label, claim.figure):
            return label
    return None


def _converted(label: LabelledFigure, figure: Figure) -> bool:
    """A restatement in another unit, which extraction reads as "about" (see extract.story)."""
    return figure.stated.casefold() == f"about {label.figure.stated}".casefold()


def _same(first: Figure, second: Figure) -> bool:
    ends = ("low", "high", "low_open", "high_open", "unit")
    return all(getattr(first, name) == getattr(second, name) for name in ends)


def _attribution(
    item: Item, matched: Mapping[str, list[Claim]], story: Story
) -> tuple[Count, Count, list[str]]:
    good = bad = hedged = unhedged = 0
    wrong: list[str] = []
    for label in item.figures:
        claims = matched.get(label.name)
        if not claims:
            continue
        if _source_ok(label.source, claims[0]):
            good += 1
        else:
            bad += 1
            wrong.append(
                f"{item.id}: {label.name!r} said by {claims[0].source.name!r}, not {label.source!r}"
            )
        hedged, unhedged = (
            (hedged + 1, unhedged) if claims[0].hedge == label.hedge else (hedged, unhedged + 1)
        )
    return (
        Count(hit=good, extra=bad, missed=bad),
        Count(hit=hedged, extra=unhedged, missed=unhedged),
        wrong,
    )


def _source_ok(wanted: str, claim: Claim) -> bool:
    """Whether a claim's source is the labelled one. A label that names a body without its
    country ("Ministry of Health") also fits the body with the country the story's dateline
    gives it ("Angolan Health Ministry"); a label with a country must match it."""
    if wanted == "@outlet":
        return claim.source.kind == "outlet"
    label, found = _plain(wanted), _plain(claim.source.name)
    if label == found:
        return True
    country, _, rest = found.partition(" ")
    return rest == label and country in _DEMONYMS


def _plain(name: str) -> str:
    """A name as compared: one spelling for what spells one body several ways.

    No case, no leading "the", no dots in acronyms ("U.N." is "UN"), "United
    Nations" is "UN", "defence" is "defense", "Federal Ministry of Health" is
    "Federal Health Ministry", and no legal form ("PT", "Inc.") -- the forms
    extraction writes (see :mod:`claimcheck.extract.naming`), so a label in
    either spelling scores the same.
    """
    folded = _ACRONYM_DOT.sub("", " ".join(name.casefold().split()))
    folded = folded[4:] if folded.startswith("the ") else folded
    folded = folded.replace("defence", "defense").replace("united nations", "un")
    words = folded.split()
    while len(words) > 1 and words[0] in _LEGAL:
        words = words[1:]
    while len(words) > 1 and words[-1].rstrip(",") in _LEGAL:
        words = words[:-1]
    folded = " ".join(words)
    ministry = _MINISTRY_OF.fullmatch(folded)
    return f"{ministry['pre']}{ministry['what']} ministry" if ministry else folded


_ACRONYM_DOT = regex.compile(r"(?<=(?:^|[\s(])(?:\p{L}\.){0,8}\p{L})\.")
_MINISTRY_OF = regex.compile(r"(?P<pre>[^,]{0,40}?)ministry of (?:the )?(?P<what>[^,]{1,80})")
_LEGAL = frozenset(form.casefold() for form in LEGAL_FORMS)
_DEMONYMS = frozenset(demonym.casefold() for demonym, _ in COUNTRIES.values())


def _relations(item: Item, story: Story) -> tuple[Count, list[str]]:
    names = _claim_names(item, story)
    found = {_relation_key(r, story, names) for r in story.relations}
    wanted = set(item.relations)
    hit = len(found & wanted)
    missed = [f"{item.id}: missed relation {key}" for key in wanted - found]
    return Count(hit=hit, extra=len(found - wanted), missed=len(wanted) - hit), missed


def _claim_names(item: Item, story: Story) -> dict[int, str]:
    names: dict[int, str] = {}
    for index, claim in enumerate(story.claims):
        label = _match(item, claim)
        names[index] = label.name if label is not None else f"?{index}"
    return names


def _relation_key(relation: Relation, story: Story, names: Mapping[int, str]) -> _Key:
    roles: dict[str, object] = {}
    for role in attrs.fields(type(relation)):
        value = getattr(relation, role.name)
        if isinstance(value, Measure):
            roles[role.name] = _members(value, story, names)
        elif isinstance(value, tuple) and role.name in ("parts", "measures"):
            groups = (_members(m, story, names) for m in value)
            roles["members" if role.name == "measures" else role.name] = tuple(
                sorted(groups, key=sorted)
            )
    return _key(relation.kind, roles)


def _members(measure: Measure, story: Story, names: Mapping[int, str]) -> frozenset[str]:
    exact = [i for i, c in enumerate(story.claims) if c.measure == measure]
    if not exact:
        exact = [
            i for i, c in enumerate(story.claims) if not c.hedged and _refines(c.measure, measure)
        ]
    return frozenset(names[i] for i in exact)


def _refines(measure: Measure, general: Measure) -> bool:
    mine = {(k, v.casefold()) for k, v in measure.facets}
    theirs = {(k, v.casefold()) for k, v in general.facets}
    return measure.name == general.name and theirs < mine
