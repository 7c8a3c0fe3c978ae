"""The claim model: who said it (Source), what they said (Claim), and the Story.

Everything here is a frozen, validated value. A `Story` gives every claim an
id (the file's id, or ``claims[N]`` by position) and knows every source by a
key, so that reports and story files can name them.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import regex

from claimcheck.errors import ModelError
from claimcheck.figures import Figure, parse_figure
from claimcheck.measure import Measure
from claimcheck.relations import RELATION_KINDS, Relation
from claimcheck.timeline import Period

__all__ = ["HEDGES", "Claim", "Source", "Story"]

#: Hedges mark a figure as a forecast, not a report of what happened.
HEDGES = frozenset({"expected", "planned", "forecast"})

_RELATION_TYPES = tuple(RELATION_KINDS.values())
_ID = regex.compile(r"[A-Za-z0-9_][A-Za-z0-9_.:\[\]-]{0,127}")
_SLUG_DROP = regex.compile(r"[^a-z0-9]{1,200}")


def _nonempty(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ModelError(
            f"{attribute.name} is {value!r}: expected non-empty text", field=attribute.name
        )


def _optional_text(_: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not isinstance(value, str):
        raise ModelError(
            f"{attribute.name} is {value!r}: expected text or nothing", field=attribute.name
        )


@attrs.frozen(cache_hash=True)
class Source:
    """Who said it: a name, and optionally a side, a kind and a chain (``via``).

    >>> Source("Ukrainian Air Force", side="Ukraine", kind="air force")
    Source(name='Ukrainian Air Force', side='Ukraine', kind='air force', via=None)
    """

    name: str = attrs.field(validator=_nonempty)
    side: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    kind: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    via: Source | None = attrs.field(default=None, kw_only=True)

    @via.validator
    def _via_is_a_source(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, Source):
            raise ModelError(f"via is {value!r}: expected the Source that relayed this one",
                             field="via")  # fmt: skip

    def __str__(self) -> str:
        return f"{self.name} (via {self.via})" if self.via else self.name


def _measure(value: Measure | str) -> Measure:
    return Measure.coerce(value)


def _relations(values: Iterable[Relation]) -> tuple[Relation, ...]:
    relations = tuple(_sequence(values, "relations", "a list of relations"))
    for index, relation in enumerate(relations):
        if not isinstance(relation, _RELATION_TYPES):
            raise ModelError(
                f"relations[{index}] is {relation!r}: expected a Total, PartOf, Same, Share, "
                "Difference or Cumulative",
                field=f"relations[{index}]",
            )
    return relations


def _figure(value: Figure | str | int) -> Figure:
    if isinstance(value, Figure):
        return value
    if isinstance(value, int | str) and not isinstance(value, bool):
        return parse_figure(str(value))
    raise ModelError(f"figure is {value!r}: expected a Figure or its text", field="figure")


def _instance(kind: type, name: str) -> Any:
    def check(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, kind):
            raise ModelError(
                f"{attribute.name} is {value!r}: expected {name}", field=attribute.name
            )

    return check


def _day(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (
        not isinstance(value, datetime.date) or isinstance(value, datetime.datetime)
    ):
        raise ModelError(
            f"{attribute.name} is {value!r}: expected a datetime.date (a day, not a datetime)",
            field=attribute.name,
        )


def _hedge(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and value not in HEDGES:
        raise ModelError(
            f"hedge is {value!r}: expected one of {', '.join(sorted(HEDGES))}", field="hedge"
        )


def _span(_: object, attribute: attrs.Attribute[Any], value: tuple[int, int] | None) -> None:
    if value is None or (
        len(value) == 2 and type(value[0]) is int and type(value[1]) is int
        and 0 <= value[0] <= value[1]
    ):  # fmt: skip
        return  # the common case, two plain ints in order, decided without the general test
    whole = all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    if not (len(value) == 2 and whole and 0 <= value[0] <= value[1]):
        raise ModelError(
            f"span is {value!r}: expected (start, end) with 0 <= start <= end", field="span"
        )


def _optional_span(value: Iterable[int] | None) -> tuple[int, int] | None:
    if value is None or type(value) is tuple:
        return value  # a tuple is kept as it is (tuple() would return it); _span checks it
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise ModelError(f"span is {value!r}: expected (start, end)", field="span")
    return tuple(value)  # type: ignore[return-value]


@attrs.frozen(kw_only=True)
class Claim:
    """A source states a figure for a measure.

    ``figure`` and ``measure`` may be given as text. ``hedge`` marks a
    forecast ("expected", "planned"): a forecast that the reports miss is a
    note, never a contradiction. ``id`` is filled in by the `Story`.
    """

    source: Source = attrs.field(validator=_instance(Source, "a Source"))
    measure: Measure = attrs.field(converter=_measure)
    figure: Figure = attrs.field(converter=_figure)
    said_on: datetime.date | None = attrs.field(default=None, validator=_day)
    when: Period | None = attrs.field(default=None, validator=_instance(Period, "a Period"))
    quote: str | None = attrs.field(default=None, validator=_optional_text)
    span: tuple[int, int] | None = attrs.field(
        default=None, converter=_optional_span, validator=_span
    )
    hedge: str | None = attrs.field(default=None, validator=_hedge)
    id: str = attrs.field(default="", validator=_optional_text)

    @property
    def hedged(self) -> bool:
        """True for a forecast rather than a report."""
        return self.hedge is not None


def _sequence(value: object, field: str, expected: str) -> Iterable[Any]:
    """``value`` as an iterable of items, or ``ModelError`` saying what was given."""
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise ModelError(f"{field} is {value!r}: expected {expected}", field=field)
    return value


def _with_ids(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    if isinstance(claims, Claim):
        raise ModelError("claims is a single Claim: expected a list of claims", field="claims")
    claims = _sequence(claims, "claims", "a list of claims")
    out = []
    for i, claim in enumerate(claims):
        if not isinstance(claim, Claim):
            raise ModelError(f"claims[{i}] is {claim!r}: expected a Claim", claim=f"claims[{i}]")
        out.append(claim if claim.id else attrs.evolve(claim, id=f"claims[{i}]"))
    return tuple(out)


def _unique_ids(_: object, __: attrs.Attribute[Any], claims: tuple[Claim, ...]) -> None:
    seen: set[str] = set()
    for claim in claims:
        if not _ID.fullmatch(claim.id):
            raise ModelError(
                f"id {claim.id!r} is not usable: expected letters, digits and _.:-[] (at most 128)",
                claim=claim.id,
                field="id",
            )
        if claim.id in seen:
            raise ModelError(
                f"id {claim.id!r} is used twice: expected unique ids", claim=claim.id, field="id"
            )
        seen.add(claim.id)


def slug(name: str) -> str:
    """A source key from a name: "Russian Defense Ministry" -> "russian-defense-ministry"."""
    return _SLUG_DROP.sub("-", name.casefold()).strip("-") or "source"


def _derive_sources(claims: Iterable[Claim]) -> dict[str, Source]:
    """Each source of the claims (and each that relayed one), keyed in order of first mention;
    each distinct source is looked at once, whatever the number of its claims."""
    sources: dict[str, Source] = {}
    seen: set[Source] = set()
    for claimed in dict.fromkeys(claim.source for claim in claims):
        for source in _chain(claimed):
            if source not in seen:
                seen.add(source)
                sources[_free_key(slug(source.name), sources)] = source
    return sources


def _chain(source: Source) -> list[Source]:
    chain: list[Source] = []
    current: Source | None = source
    while current is not None and len(chain) < 32:
        chain.append(current)
        current = current.via
    return chain[::-1]


def _free_key(base: str, taken: Mapping[str, object]) -> str:
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def _events(value: Mapping[str, datetime.date]) -> dict[str, datetime.date]:
    if not isinstance(value, Mapping):
        raise ModelError(f"events is {value!r}: expected a mapping of names to dates")
    events = dict(value)
    for name, day in events.items():
        if not isinstance(day, datetime.date) or isinstance(day, datetime.datetime):
            raise ModelError(
                f"event {name!r} is {day!r}: expected a datetime.date", field=f"events.{name}"
            )
    return events


@attrs.frozen(kw_only=True)
class Story:
    """Claims, their sources, the relations between measures, and context.

    ``sources`` maps a key (as in story files) to each source; when it is not
    given it is derived from the claims. ``events`` names known dates
    (``{"invasion": date(2022, 2, 24)}``) for checking ages and durations.
    """

    claims: tuple[Claim, ...] = attrs.field(converter=_with_ids, validator=_unique_ids)
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=_relations)
    sources: dict[str, Source] = attrs.field(hash=False)
    title: str = attrs.field(default="", validator=_optional_text)
    dateline: datetime.date | None = attrs.field(default=None, validator=_day)
    events: dict[str, datetime.date] = attrs.field(factory=dict, converter=_events, hash=False)

    @sources.default
    def _sources_from_claims(self) -> dict[str, Source]:
        return _derive_sources(self.claims)

    @sources.validator
    def _sources_cover_claims(self, _: Any, sources: dict[str, Source]) -> None:
        if not isinstance(sources, Mapping) or not all(
            isinstance(s, Source) for s in sources.values()
        ):
            raise ModelError(
                f"sources is {sources!r}: expected a mapping of keys to Source values",
                field="sources",
            )
        known = set(sources.values())
        for claim in self.claims:
            if claim.source not in known:
                raise ModelError(
                    f"source {claim.source.name!r} is not among the story's sources",
                    claim=claim.id,
                    field="source",
                )

    def source_key(self, source: Source) -> str:
        """The key under which *source* is listed."""
        for key, value in self.sources.items():
            if value == source:
                return key
        raise ModelError(f"source {source.name!r} is not among the story's sources")

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (``ModelError`` naming the known ids if there is none)."""
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        known = ", ".join(c.id for c in self.claims[:10]) or "none"
        raise ModelError(f"no claim has id {claim_id!r} (ids: {known})", claim=str(claim_id))

    def measures(self) -> tuple[Measure, ...]:
        """Every measure named by a claim or a relation, in order of first mention."""
        seen = dict.fromkeys(c.measure for c in self.claims)
        for relation in self.relations:
            seen.update(dict.fromkeys(relation.measures))
        return tuple(seen)
