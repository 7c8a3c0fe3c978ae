"""Constraints: one connected part of a story as variables, claim bounds and relation rows.

A `Problem` is what the decision procedure sees of one component: variables
(a measure in one observation window, `claimcheck.engine.observations`), the span
each claim puts on its variable (a claim may be switched off to test whether
the rest can hold), and the linear rows each relation instance adds:

==============  =====================================================
``Total``       total - part_1 - ... - part_n = 0
``PartOf``      part - whole <= 0
``Same``        m_1 - m_i = 0 for every other measure m_i
``Difference``  difference - minuend + subtrahend = 0
``Cumulative``  earlier - later <= 0, window by window
``Share``       share x whole = part (see `ShareTie`; not linear)
==============  =====================================================

Labels name what can be switched off: a claim by its id (a ``str``), a
relation instance by a `RelationRef`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

import attrs

from claimcheck.engine.observations import Slot, Window
from claimcheck.engine.spans import Number, Span
from claimcheck.relations import Cumulative, Difference, PartOf, Relation, Same, Share, Total

__all__ = ["Label", "Problem", "RelationRef", "Row", "ShareTie", "relation_rows"]

_ONE = 1
_ZERO = 0


class RelationRef(NamedTuple):
    """One instance of a relation: its position in ``story.relations`` and its window.

    For ``Cumulative``, ``window`` is the earlier and ``later`` the later window.
    """

    position: int
    window: Window
    later: Window = None


Label = str | RelationRef


class Row(NamedTuple):
    """``sum(coef * var) op rhs`` with op one of ``<=``, ``<``, ``==``."""

    terms: tuple[tuple[Slot, Number], ...]
    op: str
    rhs: Number


class ShareTie(NamedTuple):
    """``share x whole = part`` for one window: linear only once share or whole is known."""

    ref: RelationRef
    share: Slot
    part: Slot
    whole: Slot


@attrs.frozen(kw_only=True)
class Problem:
    """One component: ``integer`` says for each variable whether it counts whole things.

    ``claims`` maps a claim id to its variable and span; ``rows`` maps each
    linear relation instance to its rows; ``shares`` lists the share ties.
    """

    integer: Mapping[Slot, bool]
    claims: Mapping[str, tuple[Slot, Span]]
    rows: Mapping[RelationRef, tuple[Row, ...]]
    shares: tuple[ShareTie, ...] = ()

    @property
    def labels(self) -> tuple[Label, ...]:
        """Every claim id, then every relation instance."""
        return (*self.claims, *self.rows, *(tie.ref for tie in self.shares))

    def claims_on(self, slot: Slot) -> list[str]:
        """The ids of the claims on one variable."""
        return [cid for cid, (where, _span) in self.claims.items() if where == slot]


def _row(pairs: Iterable[tuple[Slot, Number]], op: str) -> Row:
    return Row(tuple(pairs), op, _ZERO)


def relation_rows(relation: Relation, window: Window) -> tuple[Row, ...]:
    """The linear rows of one relation in one window (``Share``/``Cumulative``: none)."""
    def at(measure: object) -> Slot:
        return (measure, window)  # type: ignore[return-value]

    match relation:
        case Total():
            parts = ((at(p), -_ONE) for p in relation.parts)
            return (_row(((at(relation.total), _ONE), *parts), "=="),)
        case PartOf():
            return (_row(((at(relation.part), _ONE), (at(relation.whole), -_ONE)), "<="),)
        case Same():
            first = at(relation.measures[0])
            return tuple(_row(((first, _ONE), (at(m), -_ONE)), "==") for m in relation.measures[1:])
        case Difference():
            terms = ((at(relation.difference), _ONE), (at(relation.minuend), -_ONE),
                     (at(relation.subtrahend), _ONE))  # fmt: skip
            return (_row(terms, "=="),)
    return ()


def cumulative_row(relation: Cumulative, earlier: Window, later: Window) -> Row:
    """The running total in ``earlier`` is at most the one in ``later``."""
    return _row((((relation.measure, earlier), _ONE), ((relation.measure, later), -_ONE)), "<=")


def share_tie(relation: Share, ref: RelationRef) -> ShareTie:
    """The share tie of one relation instance."""
    at = ref.window
    return ShareTie(ref, (relation.share, at), (relation.part, at), (relation.whole, at))
