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

__all__ = ["HARD", "Component", "Constraint"]

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
        self.lowers: list[list[int]] = [[] for _ in variables]
        self.uppers: list[list[int]] = [[] for _ in variables]
        # Atom n bounds a variable by bound[n] and belongs to the label owner[n].
        self.bound: list[Delta] = []
        self.owner: list[int] = []
        rows: dict[int, Row] = {}
        constraints = list(constraints)
        self._imply_integers(constraints)
        for constraint in constraints:
            self._add(constraint, rows)
        self.integers = [i for i in range(len(variables)) if self.kinds[i]]
        self.tableau = Tableau(len(self.kinds), rows, self.kinds)
        self._sort_atoms()
        self._active: Active | bool = False
        self._crossing: list[int] | None = None

    def _imply_integers(self, constraints: list[Constraint]) -> None:
        """Treat a rational variable as an integer when a hard equality makes it whole.

        ``z + x - y = 0`` with integers ``x``, ``y`` (coefficients coprime after
        normalisation, so ``z``'s is 1) leaves ``z`` whole in every solution;
        marking it lets bounds round and branches split on it.  Repeated until
        nothing changes, as one new integer can make another equality qualify.
        """
        equalities = [c for c in constraints if c.label == HARD and c.op == "=="]
        changed = True
        while changed:
            changed = False
            for constraint in equalities:
                rational = [(v, a) for v, a in constraint.terms if not self.kinds[self.local[v]]]
                if len(rational) != 1 or abs(rational[0][1]) != 1:
                    continue
                rhs = constraint.rhs
                if type(rhs) is int or rhs.denominator == 1:
                    self.kinds[self.local[rational[0][0]]] = True
                    changed = True

    def _add(self, constraint: Constraint, rows: dict[int, Row]) -> None:
        terms = constraint.terms
        if len(terms) == 1:
            var = self.local[terms[0][0]]
        else:
            var = self._slack(tuple((self.local[v], coef) for v, coef in terms), rows)
        integer = self.kinds[var]
        for upper, nudge in _SIDES[constraint.op]:
            bound: Delta = (constraint.rhs, nudge)
            if integer:
                bound = (floor_delta(bound), 0) if upper else (ceil_delta(bound), 0)
            (self.uppers if upper else self.lowers)[var].append(len(self.bound))
            self.bound.append(bound)
            self.owner.append(constraint.label)

    def _slack(self, terms: Terms, rows: dict[int, Row]) -> int:
        slack = self.forms.get(terms)
        if slack is None:
            slack = self.forms[terms] = len(self.kinds)
            self.kinds.append(all(self.kinds[var] for var, _ in terms))
            self.lowers.append([])
            self.uppers.append([])
            rows[slack] = dict(terms)
        return slack

    def _sort_atoms(self) -> None:
        """Tightest first: the first active atom of a variable is its bound."""
        key = self.bound.__getitem__
        for numbers in self.lowers:
            if len(numbers) > 1:
                numbers.sort(key=key, reverse=True)
        for numbers in self.uppers:
            if len(numbers) > 1:
                numbers.sort(key=key)

    def _pick(self, numbers: list[int], active: Active) -> int:
        owner = self.owner
        for number in numbers:
            label = owner[number]
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
        tab, bound = self.tableau, self.bound
        crossing: list[int] | None = None
        for var in range(len(self.kinds)):
            low, high = self._pick(self.lowers[var], active), self._pick(self.uppers[var], active)
            tab.set_lower(var, bound[low] if low >= 0 else None, low)
            tab.set_upper(var, bound[high] if high >= 0 else None, high)
            if crossing is None and low >= 0 and high >= 0 and bound[low] > bound[high]:
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
        return {self.owner[n] for n in why if n >= 0} - {HARD}

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
