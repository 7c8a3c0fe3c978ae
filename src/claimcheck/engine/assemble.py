"""Assemble: the story's reports and relations as independent `Problem` components.

Each group of tied measures (`claimcheck.engine.ties`) is instantiated once per
observation window (`claimcheck.engine.observations`): one variable per measure and
window, the group's relations between them. The windows of a group stay
separate problems, except when the group holds a running total
(``Cumulative``) observed in two or more windows: then its windows are chained
(earlier <= later) and the whole group is one problem. An untied measure is a
group of one: a problem of a single variable, decided by interval intersection.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import pairwise

from claimcheck.engine.constraints import (
    Problem,
    RelationRef,
    Row,
    ShareTie,
    cumulative_row,
    relation_rows,
    share_tie,
)
from claimcheck.engine.observations import Observations, Slot, Window
from claimcheck.engine.spans import Span
from claimcheck.engine.ties import Ties
from claimcheck.measure import Measure
from claimcheck.model import Claim
from claimcheck.relations import Cumulative, Share

__all__ = ["assemble"]


def assemble(
    ties: Ties,
    observations: Observations,
    groups: Sequence[Measure],
    spans: Mapping[str, Span],
    counts: Callable[[Measure], bool],
) -> Iterator[Problem]:
    """The problems of ``groups`` (representatives), with each claim's span by id."""
    chains = {r.measure: i for i, r in enumerate(ties.relations) if isinstance(r, Cumulative)}
    for group in groups:
        windows = observations.windows(group)
        members = ties.members(group)
        timed = [w for w in windows if w is not None]
        chained = [m for m in members if m in chains] if len(timed) > 1 else []
        batches = [windows] if chained else [(w,) for w in windows]
        for batch in batches:
            slots = [(m, w) for w in batch for m in members]
            yield Problem(
                integer={slot: counts(slot[0]) for slot in slots},
                claims=_claims(slots, observations.reports, spans),
                rows=_rows(ties, group, batch) | _chains(ties, chained, chains, timed),
                shares=_shares(ties, group, batch),
            )


def _claims(
    slots: Sequence[Slot], reports: Mapping[Slot, list[Claim]], spans: Mapping[str, Span]
) -> dict[str, tuple[Slot, Span]]:
    return {c.id: (slot, spans[c.id]) for slot in slots for c in reports.get(slot, ())}


def _rows(
    ties: Ties, group: Measure, windows: Sequence[Window]
) -> dict[RelationRef, tuple[Row, ...]]:
    found: dict[RelationRef, tuple[Row, ...]] = {}
    for index in ties.group_relations.get(group, ()):
        relation = ties.relations[index]
        if not isinstance(relation, Share):
            for window in windows:
                rows = relation_rows(relation, window)
                found[RelationRef(index, window)] = tuple(_same_objects(r, ties) for r in rows)
    return found


def _same_objects(row: Row, ties: Ties) -> Row:
    """The row over the claims' own measure objects (so look-ups compare identities)."""
    canon = ties.canon
    terms = tuple(((canon.get(m, m), w), coef) for (m, w), coef in row.terms)
    return Row(terms, row.op, row.rhs)


def _chains(
    ties: Ties, measures: Sequence[Measure], chains: Mapping[Measure, int], timed: Sequence[Window]
) -> dict[RelationRef, tuple[Row, ...]]:
    found: dict[RelationRef, tuple[Row, ...]] = {}
    for measure in measures:
        index = chains[measure]
        relation = ties.relations[index]
        assert isinstance(relation, Cumulative)
        for earlier, later in pairwise(timed):
            row = cumulative_row(relation, earlier, later)
            found[RelationRef(index, earlier, later)] = (_same_objects(row, ties),)
    return found


def _shares(ties: Ties, group: Measure, windows: Sequence[Window]) -> tuple[ShareTie, ...]:
    found: list[ShareTie] = []
    for index in ties.group_relations.get(group, ()):
        relation = ties.relations[index]
        if isinstance(relation, Share):
            found.extend(share_tie(relation, RelationRef(index, w)) for w in windows)
    canon = ties.canon
    return tuple(
        ShareTie(t.ref, *(((canon.get(m, m), w)) for m, w in (t.share, t.part, t.whole)))
        for t in found
    )
