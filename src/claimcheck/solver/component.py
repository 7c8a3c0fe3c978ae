"""One connected component of a linear system: its tableau, its bound atoms, its answers.

Variables joined by a multi-variable constraint share a component; each
component is decided on its own.  A constraint on one variable becomes a bound
*atom* on that variable; one on several becomes a bound on a slack variable
standing for its (normalised) linear form, so ``x + y <= 5`` and ``2x + 2y > 1``
share one slack.  Each atom belongs to a label (``HARD`` for background
constraints); activating a set of labels sets every variable's bounds to the
tightest active atoms, keeping the basis, so repeated checks start warm.
Integer bounds are rounded inward (``x < 7/2`` becomes ``x <= 3``), and a
slack over integer variables with coprime integer coefficients is itself an
integer, which makes ``2x - 2y = 1`` fail at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction

import attrs

from claimcheck.solver.branch import Search
from claimcheck.solver.optimize import optimize
from claimcheck.solver.rationals import Delta, Num, ceil_delta, exact_div, floor_delta
from claimcheck.solver.tableau import Row, Tableau

__all__ = ["HARD", "Atom", "Component", "Constraint"]

HARD = -1
Terms = tuple[tuple[int, int], ...]
Active = frozenset[int] | None

_SIDES: dict[str, tuple[tuple[bool, int], ...]] = {
    "<=": ((True, 0),),
    "<": ((True, -1),),
    ">=": ((False, 0),),
    ">": ((False, 1),),
    "==": ((False, 0), (True, 0)),
}


@attrs.frozen(kw_only=True)
class Constraint:
    """``Σ coef·var  op  rhs`` over variable numbers, normalised (see ``LinearSystem``)."""

    terms: Terms
    op: str
    rhs: Num
    label: int


@attrs.frozen(kw_only=True)
class Atom:
    """A bound on one tableau variable, owned by a label."""

    var: int
    upper: bool
    bound: Delta
    label: int


class Component:
    """The variables ``variables`` (global numbers, ascending) and their constraints."""

    def __init__(
        self,
        variables: list[int],
        constraints: Iterable[Constraint],
        integer: list[bool],
        branch_limit: int,
    ) -> None:
        self.variables = variables
        self.local = {var: i for i, var in enumerate(variables)}
        self.branch_limit = branch_limit
        self.forms: dict[Terms, int] = {}
        self.kinds = [integer[var] for var in variables]
        self.atoms: list[Atom] = []
        rows: dict[int, Row] = {}
        for constraint in constraints:
            self._add(constraint, rows)
        self.integers = [i for i in range(len(variables)) if self.kinds[i]]
        self.tableau = Tableau(len(self.kinds), rows, self.kinds)
        self._index_atoms()
        self.labels = {atom.label for atom in self.atoms} - {HARD}
        self._active: Active | bool = False
        self._crossing: list[int] | None = None
        self.hard_feasible: bool | None = None

    def _add(self, constraint: Constraint, rows: dict[int, Row]) -> None:
        terms = tuple((self.local[var], coef) for var, coef in constraint.terms)
        var = terms[0][0] if len(terms) == 1 else self._slack(terms, rows)
        for upper, nudge in _SIDES[constraint.op]:
            bound: Delta = (constraint.rhs, nudge)
            if self.kinds[var]:
                bound = (floor_delta(bound), 0) if upper else (ceil_delta(bound), 0)
            self.atoms.append(Atom(var=var, upper=upper, bound=bound, label=constraint.label))

    def _slack(self, terms: Terms, rows: dict[int, Row]) -> int:
        slack = self.forms.get(terms)
        if slack is None:
            slack = self.forms[terms] = len(self.kinds)
            self.kinds.append(all(self.kinds[var] for var, _ in terms))
            rows[slack] = dict(terms)
        return slack

    def _index_atoms(self) -> None:
        size = len(self.kinds)
        self.lowers: list[list[int]] = [[] for _ in range(size)]
        self.uppers: list[list[int]] = [[] for _ in range(size)]
        for number, atom in enumerate(self.atoms):
            (self.uppers if atom.upper else self.lowers)[atom.var].append(number)
        for var in range(size):
            self.lowers[var].sort(key=lambda n: self.atoms[n].bound, reverse=True)
            self.uppers[var].sort(key=lambda n: self.atoms[n].bound)

    def _pick(self, numbers: list[int], active: Active) -> int:
        for number in numbers:
            label = self.atoms[number].label
            if active is None or label == HARD or label in active:
                return number
        return -1

    def activate(self, active: Active) -> list[int] | None:
        """Bound every variable by the tightest active atoms; the atoms of a crossing, if any."""
        if self._active is not False and self._active == active:
            return self._crossing
        self._active = active
        self._crossing = self._set_bounds(active)
        return self._crossing

    def _set_bounds(self, active: Active) -> list[int] | None:
        tab, atoms = self.tableau, self.atoms
        crossing: list[int] | None = None
        for var in range(len(self.kinds)):
            low, high = self._pick(self.lowers[var], active), self._pick(self.uppers[var], active)
            tab.set_lower(var, atoms[low].bound if low >= 0 else None, low)
            tab.set_upper(var, atoms[high].bound if high >= 0 else None, high)
            if crossing is None and low >= 0 and high >= 0 and atoms[low].bound > atoms[high].bound:
                crossing = [low, high]
        return crossing

    def conflict(self, active: Active) -> set[int] | None:
        """``None`` when the active constraints can hold, else labels of an infeasible core."""
        why = self.activate(active)
        if why is None:
            if self.integers:
                search = Search(
                    tableau=self.tableau, integers=self.integers, limit=self.branch_limit
                )
                if search.feasible():
                    return None
                why = list(search.core)
            else:
                why = self.tableau.check()
                if why is None:
                    return None
        return {self.atoms[n].label for n in why if n >= 0} - {HARD}

    def model(self, active: Active) -> dict[int, Fraction] | None:
        """A satisfying assignment of the component's variables (global numbers), or ``None``."""
        if self.conflict(active) is not None:
            return None
        delta = _small_delta(self.tableau)
        value = self.tableau.value
        return {
            var: Fraction(value[i][0]) + value[i][1] * delta for i, var in enumerate(self.variables)
        }

    def extreme(self, var: int, up: bool, active: Active) -> Delta | None:
        """The greatest (``up``) or least value of global ``var``; ``None`` if unbounded.

        The active constraints must be feasible (see :meth:`conflict`).
        """
        if self.activate(active) is not None or self.tableau.check() is not None:
            raise AssertionError("extreme() needs a feasible component")
        local = self.local[var]
        if not self.integers:
            return optimize(self.tableau, local, up)
        search = Search(tableau=self.tableau, integers=self.integers, limit=self.branch_limit)
        return search.optimum(local, up)


def _small_delta(tableau: Tableau) -> Fraction:
    """A positive real for ``δ`` that keeps every delta-rational bound satisfied."""
    delta = Fraction(1)
    for var, (c, k) in enumerate(tableau.value):
        low, high = tableau.lower[var], tableau.upper[var]
        gaps = []
        if low is not None:
            gaps.append((c - low[0], k - low[1]))
        if high is not None:
            gaps.append((high[0] - c, high[1] - k))
        for gap_c, gap_k in gaps:
            if gap_k < 0 and gap_c > 0:
                delta = min(delta, Fraction(exact_div(gap_c, -gap_k)))
    return delta
