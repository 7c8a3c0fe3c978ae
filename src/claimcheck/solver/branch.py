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

import attrs

from claimcheck.errors import ModelError
from claimcheck.solver.optimize import optimize
from claimcheck.solver.rationals import Delta, floor_delta
from claimcheck.solver.tableau import Tableau

__all__ = ["BRANCH", "Search"]

BRANCH = -2
_FOUND = -1

# A visit returns None (prune), _FOUND (stop: success) or the children to explore.
_Bound = tuple[int, bool, int]  # variable, upper side?, whole value
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

    def feasible(self) -> bool:
        """Whether an integer solution exists; the tableau then holds one."""
        return self._run(self._visit_feasible)

    def _visit_feasible(self) -> _Children | int | None:
        why = self.tableau.check()
        if why is None:
            var = self.fractional()
            if var is None:
                return _FOUND
            why = self.tableau.gcd_conflict()
            if why is None:
                return self._split(var)
        self.core.update(tag for tag in why if tag >= 0)
        return None

    def _split(self, var: int) -> _Children:
        """``var <= floor(v)`` first, then ``var >= floor(v) + 1``."""
        cut = floor_delta(self.tableau.value[var])
        return [((var, True, cut),), ((var, False, cut + 1),)]

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
        if self.tableau.check() is not None or self.tableau.gcd_conflict() is not None:
            return None
        value = optimize(self.tableau, var, up)
        assert value is not None, "a branch of a bounded problem is bounded"
        if not self._improves(var, up, value):
            return None
        branch_var = self.fractional()
        if branch_var is None:
            self.best = value
            return None
        tab = self.tableau
        if var in self.integers and tab.lower[var] != tab.upper[var]:
            return self._objective_split(var, up, value)
        return self._split(branch_var)

    def _objective_split(self, var: int, up: bool, value: Delta) -> _Children:
        """Branch on the integer objective itself: fix it at its best whole value, or go past.

        Fixing lets :meth:`Tableau.gcd_conflict` rule the value out at once, and
        the search walks from the relaxation's optimum towards the true one.
        """
        if value[1] or (type(value[0]) is not int and value[0].denominator != 1):
            return self._split(var)
        whole = int(value[0])
        fixed = ((var, True, whole), (var, False, whole))
        return [fixed, ((var, up, whole - 1 if up else whole + 1),)]

    def _improves(self, var: int, up: bool, value: Delta) -> bool:
        """Whether a branch whose relaxation reaches ``value`` can beat the best so far."""
        if self.best is None:
            return True
        if var in self.integers:
            whole = floor_delta(value) if up else -floor_delta((-value[0], -value[1]))
            value = (whole, 0)
        return value > self.best if up else value < self.best

    def _run(self, visit: _Visit) -> bool:
        """Depth-first search from the current bounds; True when a visit says found."""
        path: list[list[_Undo]] = []
        stack: list[_Node] = []
        try:
            outcome = visit()
            while outcome != _FOUND:
                if isinstance(outcome, list):
                    self._push(stack, len(path) + 1, outcome)
                if not stack:
                    return False
                depth, bounds = stack.pop()
                while len(path) >= depth:
                    self._undo_all([path.pop()])
                path.append([self._apply(bound) for bound in bounds])
                outcome = visit()
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
        var, upper, bound, why = undo
        if upper:
            self.tableau.upper[var], self.tableau.upper_why[var] = bound, why
        else:
            self.tableau.lower[var], self.tableau.lower_why[var] = bound, why

    def _undo_all(self, path: list[list[_Undo]]) -> None:
        while path:
            for undo in reversed(path.pop()):
                self._undo(undo)
