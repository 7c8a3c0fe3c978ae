"""Decide one component: can its claims hold, which claims conflict, what each value is forced into.

The procedure is exact and complete for linear relations, integers included:

1. **Fast path** — bound propagation and a greedy witness
   (`claimcheck.engine.propagate`): an exact assignment that satisfies everything
   proves the claims can hold without a simplex.
2. **Exact solver** — otherwise a `claimcheck.solver.LinearSystem` (rational
   simplex, branch and bound) with every claim's bounds under the claim's id
   as a label and the relations always in force.
3. **Minimal conflicts** — the solver's QuickXplain search gives a set of
   claims that cannot hold while any one of them left out lets the rest hold
   (the relations in force). Its claims are set aside and the search repeats,
   so independent conflicts are each found. A second search, the conflict's
   claims now in force, finds the relations it needs (also minimal).

``Share`` (share x whole = part) is linear once the whole or the share is
stated exactly (a point figure): then the tie is the row
``part - v x share = 0`` (or ``part - v x whole = 0``), in force while that
claim is. Otherwise it is checked soundly by intervals: the exact ranges of
share, part and whole under the linear rest must admit some share x whole
in the part's range. Interval reasoning never reports a false conflict; it
can miss one that only a non-linear argument would find.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable
from fractions import Fraction

import attrs

from claimcheck.engine import single
from claimcheck.engine.constraints import Label, Problem, RelationRef, Row, ShareTie
from claimcheck.engine.observations import Slot
from claimcheck.engine.propagate import propagate, settle, single_row
from claimcheck.engine.share_math import meets, product
from claimcheck.engine.spans import (
    FREE,
    NONNEGATIVE,
    Span,
    integer_hull,
    intersect,
    is_point,
)
from claimcheck.solver import Interval, LinearSystem
from claimcheck.solver.explain import quickxplain

__all__ = ["Conflict", "Decider"]

System = LinearSystem[Slot, Label]
_OPS = {"<=": "<=", "<": "<", "==": "=="}


@attrs.frozen(kw_only=True)
class Conflict:
    """Claims (by id) that cannot all hold, and the relation instances that show it."""

    claims: frozenset[str]
    relations: frozenset[RelationRef]


def _add_span(system: System, slot: Slot, span: Span, label: Label | None) -> None:
    if span.low is not None:
        system.add_constraint({slot: 1}, ">" if span.low_open else ">=", span.low, label=label)
    if span.high is not None:
        system.add_constraint({slot: 1}, "<" if span.high_open else "<=", span.high, label=label)


def _add_row(system: System, row: Row, label: Label | None) -> None:
    terms: dict[Slot, Fraction] = {}
    for var, coef in row.terms:
        terms[var] = terms.get(var, Fraction(0)) + coef
    system.add_constraint(terms, _OPS[row.op], row.rhs, label=label)


def _span_of(interval: Interval) -> Span:
    return Span(interval.low, interval.high, interval.low_open, interval.high_open)


class Decider:
    """The decision procedure for one `Problem` (systems are built once, on demand)."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self._pins = {tie: self._pins_of(tie) for tie in problem.shares}

    # -- what is in force ------------------------------------------------------

    def _pins_of(self, tie: ShareTie) -> tuple[tuple[str, Row], ...]:
        """Claims that make a share tie linear, with the row each gives."""
        found = []
        for cid, (slot, span) in self.problem.claims.items():
            if not is_point(span) or slot not in (tie.whole, tie.share):
                continue
            other = tie.share if slot == tie.whole else tie.whole
            value = span.low
            assert value is not None
            terms = ((tie.part, 1), (other, -value)) if value else ((tie.part, 1),)
            found.append((cid, Row(terms, "==", 0)))
        return tuple(found)

    def _nonlinear(self, claims: Collection[str], ties: Iterable[ShareTie]) -> list[ShareTie]:
        return [t for t in ties if not any(cid in claims for cid, _r in self._pins[t])]

    def _rows(self, claims: Collection[str]) -> list[Row]:
        rows = [row for group in self.problem.rows.values() for row in group]
        rows += [row for pins in self._pins.values() for cid, row in pins if cid in claims]
        return rows

    # -- systems -------------------------------------------------------------

    def _system(self) -> System:
        system: System = LinearSystem()
        for slot, integer in self.problem.integer.items():
            system.add_variable(slot, integer=integer, nonnegative=integer)
        return system

    @functools.cached_property
    def claims_system(self) -> System:
        """Claims soft (labelled by id), relations hard, share rows under their pin claim."""
        system = self._system()
        for cid, (slot, span) in self.problem.claims.items():
            _add_span(system, slot, span, cid)
        for rows in self.problem.rows.values():
            for row in rows:
                _add_row(system, row, None)
        for pins in self._pins.values():
            for cid, row in pins:
                _add_row(system, row, cid)
        return system

    def _relations_system(self, claims: Collection[str]) -> System:
        """``claims`` hard, every relation instance soft (labelled by its `RelationRef`)."""
        system = self._system()
        for cid in claims:
            slot, span = self.problem.claims[cid]
            _add_span(system, slot, span, None)
        for ref, rows in self.problem.rows.items():
            for row in rows:
                _add_row(system, row, ref)
        for tie, pins in self._pins.items():
            for cid, row in pins:
                if cid in claims:
                    _add_row(system, row, tie.ref)
        return system

    # -- answers ---------------------------------------------------------------

    def feasible(self, claims: Collection[str]) -> bool:
        """Whether these claims (ids) can all hold with every relation."""
        nonlinear = self._nonlinear(claims, self.problem.shares)
        if not nonlinear:
            quick = self._witness(claims)
            if quick is not None:
                return quick
        system = self.claims_system
        if not system.is_feasible(claims):
            return False
        return all(self._share_fits(system, tie, claims) for tie in nonlinear)

    def _spans(self, claims: Collection[str]) -> dict[Slot, Span]:
        """Each variable's span from these claims alone (a count: whole, at least 0)."""
        integer = self.problem.integer
        spans = {s: NONNEGATIVE if i else FREE for s, i in integer.items()}
        for cid in claims:
            slot, span = self.problem.claims[cid]
            spans[slot] = intersect(spans[slot], span)
        return {s: integer_hull(span) if integer[s] else span for s, span in spans.items()}

    def _witness(self, claims: Collection[str]) -> bool | None:
        return settle(self._rows(claims), self._spans(claims), self.problem.integer)

    def _share_fits(self, system: System, tie: ShareTie, active: Collection[Label]) -> bool:
        """Sound interval test of share x whole = part over the linear rest."""
        found = [system.bounds(slot, active) for slot in (tie.share, tie.part, tie.whole)]
        if any(b is None for b in found):
            return False
        share, part, whole = (_span_of(b) for b in found if b is not None)
        return meets(product(share, whole), part)

    @property
    def single(self) -> bool:
        """One variable and no relation: decided by intersecting intervals."""
        return len(self.problem.integer) == 1 and not self.problem.rows and not self.problem.shares

    def conflicts(self) -> tuple[list[Conflict], frozenset[str]]:
        """Disjoint minimal conflicts, and the claims left once they are set aside."""
        if self.single:
            return self._single_conflicts()
        active = set(self.problem.claims)
        found: list[Conflict] = []
        while not self.feasible(active):
            claims = self._minimal_claims(active)
            found.append(Conflict(claims=claims, relations=self._minimal_relations(claims)))
            active -= claims
        return found, frozenset(active)

    def _minimal_claims(self, active: set[str]) -> frozenset[str]:
        system = self.claims_system
        core = system.minimal_conflict(active) if not system.is_feasible(active) else None
        found = [str(label) for label in (core if core is not None else active)]
        if self.problem.shares:
            found = quickxplain(sorted(found), self.feasible)
        return frozenset(found)

    def _minimal_relations(self, claims: frozenset[str]) -> frozenset[RelationRef]:
        system = self._relations_system(claims)
        refs = [*self.problem.rows, *(tie.ref for tie in self.problem.shares)]

        def holds(chosen: list[RelationRef]) -> bool:
            if not system.is_feasible(chosen):
                return False
            ties = [t for t in self.problem.shares if t.ref in chosen]
            return all(self._share_fits(system, t, chosen) for t in self._nonlinear(claims, ties))

        if not holds([]):  # the claims conflict without any relation
            return frozenset()
        if holds(refs):  # only a non-linear argument (or nothing) would show it
            return frozenset(refs)
        return frozenset(quickxplain(refs, holds))

    def _single_conflicts(self) -> tuple[list[Conflict], frozenset[str]]:
        """Conflicts on one variable, by intervals (`claimcheck.engine.single`)."""
        integer = next(iter(self.problem.integer.values()))
        spans = [(cid, span) for cid, (_slot, span) in self.problem.claims.items()]
        found, standing = single.conflicts(spans, integer)
        none: frozenset[RelationRef] = frozenset()
        return [Conflict(claims=c, relations=none) for c in found], frozenset(standing)

    def bounds(self, claims: Collection[str]) -> dict[Slot, Span]:
        """The exact span each variable is forced into by these claims (which must hold)."""
        if self.single:
            slot, integer = next(iter(self.problem.integer.items()))
            spans = (span for cid, (_s, span) in self.problem.claims.items() if cid in claims)
            return {slot: single.meet(spans, integer)}
        rows = self._rows(claims)
        if not self._nonlinear(claims, self.problem.shares) and single_row(rows):
            narrowed = propagate(rows, self._spans(claims), self.problem.integer)
            return {} if isinstance(narrowed, str) else narrowed
        found = self.claims_system.all_bounds(claims)
        if found is None:
            return {}
        return {slot: _span_of(interval) for slot, interval in found.items()}
