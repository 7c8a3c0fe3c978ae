"""Ties: which measures the story's relations bind together, and how.

Three partitions of the measures come out of the relations:

* **groups** — measures joined by any relation except ``Cumulative`` (which
  ties a measure only to itself over time). A group is observed together: its
  relations hold between values at the same time (see `claimcheck.engine.observations`).
* **kinds** — measures joined by ``Total``, ``PartOf``, ``Same`` and
  ``Difference``, which add and compare values of one kind. A kind counts whole
  things when a claim on any of its measures does (``figure.counts``); its
  measures are then non-negative integers. ``Share`` does not join kinds: a
  share is a ratio, not a count.
* **dimensions** — kinds plus a ``Share``'s part and whole, which must be
  measured in comparable units (the share itself is a plain ratio).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Generic, TypeVar

import attrs

from claimcheck.measure import Measure
from claimcheck.model import Claim
from claimcheck.relations import Cumulative, Relation, Share

__all__ = ["Partition", "Ties"]

T = TypeVar("T", bound=Hashable)


class Partition(Generic[T]):
    """Union-find over hashable items (items never joined are their own class)."""

    def __init__(self) -> None:
        self._parent: dict[T, T] = {}

    def find(self, item: T) -> T:
        """The representative of ``item``'s class."""
        parent = self._parent
        root = item
        while root in parent:
            root = parent[root]
        while item in parent and parent[item] is not root:
            parent[item], item = root, parent[item]
        return root

    def join(self, items: Iterable[T]) -> None:
        """Put every item in one class."""
        roots = [self.find(item) for item in items]
        for root in roots[1:]:
            if root is not roots[0] and root != roots[0] and root not in self._parent:
                self._parent[root] = roots[0]

    def __contains__(self, item: object) -> bool:
        return item in self._parent


@attrs.frozen(kw_only=True)
class Ties:
    """The partitions of a story's measures (see the module docstring).

    ``group_members`` lists the measures of every group of two or more
    measures, keyed by its representative; ``group_relations`` the indexes
    (into ``story.relations``) of the relations inside it.
    """

    relations: tuple[Relation, ...]
    canon: Mapping[Measure, Measure]
    group_of: Mapping[Measure, Measure]
    group_members: Mapping[Measure, tuple[Measure, ...]]
    group_relations: Mapping[Measure, tuple[int, ...]]
    cumulative: frozenset[Measure]
    counted: frozenset[Measure]
    dimension_of: Mapping[Measure, Measure]

    @classmethod
    def of(
        cls, relations: tuple[Relation, ...], claims: Mapping[Measure, Sequence[Claim]]
    ) -> Ties:
        """The ties of ``relations``; ``claims`` (by measure) tell which measures count.

        ``canon`` maps every measure to one object equal to it (the claims' own
        where they have one), so that later look-ups compare identities.
        """
        canon: dict[Measure, Measure] = {m: m for m in claims}
        tuples = [tuple(canon.setdefault(m, m) for m in r.measures) for r in relations]
        groups, kinds, dims = Partition[Measure](), Partition[Measure](), Partition[Measure]()
        for relation, measures in zip(relations, tuples, strict=True):
            if not isinstance(relation, Cumulative):
                groups.join(measures)
            if not isinstance(relation, Share | Cumulative):
                kinds.join(measures)
                dims.join(measures)
            if isinstance(relation, Share):
                dims.join(measures[1:])  # part and whole
        tied = list(dict.fromkeys(m for r, ms in zip(relations, tuples, strict=True)
                                  if not isinstance(r, Cumulative) for m in ms))  # fmt: skip
        group_of = {m: groups.find(m) for m in tied}
        cumulative = [ms[0] for r, ms in zip(relations, tuples, strict=True)
                      if isinstance(r, Cumulative)]  # fmt: skip
        return cls(
            relations=relations,
            canon=canon,
            group_of=group_of,
            group_members=_members(group_of),
            group_relations=_relations_by_group(tuples, relations, group_of),
            cumulative=frozenset(cumulative),
            counted=_counted(claims, kinds, tied),
            dimension_of={m: dims.find(m) for m in tied},
        )

    def group(self, measure: Measure) -> Measure:
        """The representative of ``measure``'s group (itself when untied)."""
        return self.group_of.get(measure, measure)

    def members(self, group: Measure) -> tuple[Measure, ...]:
        """The measures of a group."""
        return self.group_members.get(group, (group,))

    def dimension_group(self, measure: Measure) -> Measure:
        """The representative of the measures that must share ``measure``'s units."""
        return self.dimension_of.get(measure, measure)


def _members(group_of: Mapping[Measure, Measure]) -> dict[Measure, tuple[Measure, ...]]:
    members: dict[Measure, list[Measure]] = {}
    for measure, root in group_of.items():
        members.setdefault(root, []).append(measure)
    return {root: tuple(found) for root, found in members.items()}


def _relations_by_group(
    tuples: Sequence[tuple[Measure, ...]],
    relations: tuple[Relation, ...],
    group_of: Mapping[Measure, Measure],
) -> dict[Measure, tuple[int, ...]]:
    found: dict[Measure, list[int]] = {}
    for index, (relation, measures) in enumerate(zip(relations, tuples, strict=True)):
        if not isinstance(relation, Cumulative):
            found.setdefault(group_of[measures[0]], []).append(index)
    return {root: tuple(indexes) for root, indexes in found.items()}


def _counted(
    claims: Mapping[Measure, Sequence[Claim]], kinds: Partition[Measure], tied: list[Measure]
) -> frozenset[Measure]:
    """The tied measures that count whole things (untied ones are judged by their claims)."""
    direct = {m for m in tied if any(c.figure.counts for c in claims.get(m, ()))}
    roots = {kinds.find(m) for m in direct}
    return frozenset(m for m in tied if kinds.find(m) in roots)
