"""Branch and bound: integer feasibility and integer-aware optimisation on a tableau.

When the rational solution gives an integer variable a fractional value ``v``,
the search tries ``x <= floor(v)`` and then ``x >= floor(v) + 1``; every integer
point lies in one branch, so the search is exact.  The bounds a branch adds are
tagged :data:`BRANCH`, and the conflict explanations met at the leaves, minus
those tags, are together an unsatisfiable core of the original bounds (the tree
itself is the proof).  The search is an explicit depth-first stack, so deep
trees cannot exhaust Python's recursion limit.

Safeguard: a bounded problem (every integer variable boxed, as counts with
stated figures are) always finishes, but an unbounded one can branch forever
(a thin unbounded sliver with no integer point), so the search stops after
``limit`` branches and raises :class:`ModelError` rather than guess.
Optimisation uses the fact that, with rational data, a feasible mixed-integer
problem is unbounded exactly when its rational relaxation is (Meyer, 1974).
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import attrs

from claimcheck.errors import ModelError
from claimcheck.solver.optimize import optimize
from claimcheck.solver.rationals import Delta, Num, floor_delta
from claimcheck.solver.tableau import Lattice, Tableau

__all__ = ["BRANCH", "Search"]

BRANCH = -2
FIRST_DEPTH = 8
_FOUND = -1

# A visit returns None (prune), _FOUND (stop: success) or the children to explore.
_Bound = tuple[int, bool, Num]  # variable, upper side?, value
_Children = list[tuple[_Bound, ...]]
_Visit = Callable[[], "_Children | int | None"]
_Node = tuple[int, tuple[_Bound, ...]]  # depth, bounds to add
_Undo = tuple[int, bool, Delta | None, int]  # variable, upper side?, replaced bound and tag


@attrs.define(kw_only=True)
class Search:
    """One branch-and-bound run over ``tableau`` for the integer variables ``integers``."""

    tableau: Tableau
    integers: list[int]
    limit: int
    nodes: int = 0
    core: set[int] = attrs.Factory(set)
    best: Delta | None = None
    cut_off: bool = False

    def feasible(self) -> bool:
        """Whether an integer solution exists; the tableau then holds one."""
        return self._run(self._visit_feasible)

    def _visit_feasible(self) -> _Children | int | None:
        why = self.tableau.check()
        if why is None:
            lattice = self.to_branch()
            if lattice is None:
                return _FOUND
            why = self.tableau.gcd_conflict()
            if why is None:
                return self._split(lattice)
        self.core.update(tag for tag in why if tag >= 0)
        return None

    def to_branch(self) -> Lattice | None:
        """What to split: a rational variable off its lattice (first), or a fractional integer.

        ``None`` when every integer variable is whole: the point is a solution.
        """
        var = self.fractional()
        if var is None:
            return None
        implied = self.tableau.implied_fractional()
        if implied is None:
            return _whole(var)
        self.core.update(tag for tag in implied.whys if tag >= 0)
        return implied

    def _split(self, lattice: Lattice) -> _Children:
        """At most the lattice point below the value, or at least the one above: nearer first."""
        index = lattice.index(self.tableau.value[lattice.var])
        cut = floor_delta(index)
        var = lattice.var
        down = ((var, True, lattice.point(cut)),)
        up = ((var, False, lattice.point(cut + 1)),)
        return [up, down] if (index[0] - cut, index[1]) > (Fraction(1, 2), 0) else [down, up]

    def fractional(self) -> int | None:
        """The first integer variable whose value is not a whole number."""
        value = self.tableau.value
        for var in self.integers:
            c, k = value[var]
            if k or (type(c) is not int and c.denominator != 1):
                return var
        return None

    def optimum(self, var: int, up: bool) -> Delta | None:
        """The best value of ``var`` over integer solutions (which must exist); None: unbounded."""
        best = optimize(self.tableau, var, up)
        if best is None or self.fractional() is None:
            return best
        self.best = None
        self._run(lambda: self._visit_optimum(var, up))
        return self.best

    def _visit_optimum(self, var: int, up: bool) -> _Children | None:
        tab = self.tableau
        if tab.check() is not None or tab.gcd_conflict() is not None:
            return None
        value = optimize(tab, var, up)
        assert value is not None, "a branch of a bounded problem is bounded"
        if not self._improves(var, up, value):
            return None
        branch = self.to_branch()
        if branch is None:
            self.best = value
            return None
        if tab.lower[var] != tab.upper[var]:
            lattice = _whole(var) if tab.integer[var] else tab.lattice_of(var)
            if lattice is not None:
                return self._objective_split(lattice, up, value)
        return self._split(branch)

    def _objective_split(self, lattice: Lattice, up: bool, value: Delta) -> _Children:
        """Branch on the objective itself: fix it at its best lattice value, or go past it.

        Fixing lets :meth:`Tableau.gcd_conflict` rule a value out at once, and
        the search walks from the relaxation's optimum towards the true one.
        """
        if not lattice.holds(value):
            return self._split(lattice)
        self.core.update(tag for tag in lattice.whys if tag >= 0)
        n = floor_delta(lattice.index(value))
        var, here = lattice.var, lattice.point(n)
        fixed = ((var, True, here), (var, False, here))
        return [fixed, ((var, up, lattice.point(n - 1 if up else n + 1)),)]

    def _improves(self, var: int, up: bool, value: Delta) -> bool:
        """Whether a branch whose relaxation reaches ``value`` can beat the best so far."""
        if self.best is None:
            return True
        if var in self.integers:
            whole = floor_delta(value) if up else -floor_delta((-value[0], -value[1]))
            value = (whole, 0)
        return value > self.best if up else value < self.best

    def _run(self, visit: _Visit) -> bool:
        """Iterative deepening: depth-first to a depth limit, doubled while nodes were cut off.

        Pure depth-first search can dive forever down an unbounded branch while
        a shallow sibling holds the answer; deepening reaches every depth in turn.
        """
        depth_limit = FIRST_DEPTH
        while True:
            self.cut_off = False
            if self._depth_first(visit, depth_limit):
                return True
            if not self.cut_off:
                return False
            depth_limit *= 2

    def _depth_first(self, visit: _Visit, depth_limit: int) -> bool:
        """Depth-first search from the current bounds; True when a visit says found."""
        path: list[list[_Undo]] = []
        stack: list[_Node] = []
        try:
            outcome = visit()
            while outcome != _FOUND:
                if isinstance(outcome, list):
                    if len(path) < depth_limit:
                        self._push(stack, len(path) + 1, outcome)
                    else:
                        self.cut_off = True
                if not stack:
                    return False
                depth, bounds = stack.pop()
                while len(path) >= depth:
                    self._undo_all([path.pop()])
                path.append([self._apply(bound) for bound in bounds])
                outcome = None if self._crossed(bounds) else visit()
            return True
        finally:
            self._undo_all(path)

    def _push(self, stack: list[_Node], depth: int, children: _Children) -> None:
        self.nodes += len(children)
        if self.nodes > self.limit:
            raise ModelError(
                f"integer search gave up after {self.limit} branches; the problem is "
                "probably unbounded: give its integer variables lower and upper bounds"
            )
        stack.extend((depth, bounds) for bounds in reversed(children))

    def _crossed(self, bounds: tuple[_Bound, ...]) -> bool:
        """Whether a branch emptied a variable's range (its other bound's why joins the core).

        A whole-number cut can pass a strict bound on a rational variable that
        a row forces to be whole (``z <= -12`` against ``z > -12``).
        """
        tab = self.tableau
        for var, _, _ in bounds:
            low, high = tab.lower[var], tab.upper[var]
            if low is not None and high is not None and low > high:
                self.core.update(w for w in (tab.lower_why[var], tab.upper_why[var]) if w >= 0)
                return True
        return False

    def _apply(self, bound: _Bound) -> _Undo:
        var, upper, whole = bound
        tab = self.tableau
        if upper:
            undo: _Undo = (var, upper, tab.upper[var], tab.upper_why[var])
            tab.set_upper(var, (whole, 0), BRANCH)
        else:
            undo = (var, upper, tab.lower[var], tab.lower_why[var])
            tab.set_lower(var, (whole, 0), BRANCH)
        return undo

    def _undo(self, undo: _Undo) -> None:
        """Put back a replaced bound (a crossed branch may have left the variable outside)."""
        var, upper, bound, why = undo
        tab = self.tableau
        if upper:
            tab.upper[var], tab.upper_why[var] = bound, why
        else:
            tab.lower[var], tab.lower_why[var] = bound, why
        tab.clamp(var)

    def _undo_all(self, path: list[list[_Undo]]) -> None:
        while path:
            for undo in reversed(path.pop()):
                self._undo(undo)


def _whole(var: int) -> Lattice:
    return Lattice(var=var, step=1, offset=0, whys=[])
