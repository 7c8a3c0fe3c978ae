"""The bounded general simplex over delta-rationals (Dutertre and de Moura, 2006).

A tableau holds variables ``0..n-1``, each either *basic* (defined by a row
``x_i = Σ a_ij x_j`` over non-basic variables) or *non-basic*, a current value
for every variable and optional lower and upper bounds.  Every bound remembers
*why* it holds (a tag chosen by the caller), so an infeasible tableau explains
itself: the bounds of one row that cannot be met together, a Farkas certificate.

Pivoting follows Bland's rule (smallest index first) for both the variable to
repair and the variable to move, which rules out cycling.  All arithmetic is
exact: ``int`` and ``Fraction`` (see :mod:`claimcheck.solver.rationals`).
"""

from __future__ import annotations

from fractions import Fraction
from math import gcd, lcm

import attrs

from claimcheck.solver.rationals import Delta, Num, exact_div, shrink

__all__ = ["Lattice", "Tableau"]

Row = dict[int, Num]
ZERO: Delta = (0, 0)


class Tableau:
    """A simplex tableau with bounds; see the module docstring."""

    __slots__ = ("cols", "integer", "lower", "lower_why", "rows", "upper", "upper_why", "value")

    def __init__(self, size: int, rows: dict[int, Row], integer: list[bool]) -> None:
        self.rows = rows
        self.cols: list[set[int]] = [set() for _ in range(size)]
        for basic, row in rows.items():
            for var in row:
                self.cols[var].add(basic)
        self.value: list[Delta] = [ZERO] * size
        self.lower: list[Delta | None] = [None] * size
        self.upper: list[Delta | None] = [None] * size
        self.lower_why: list[int] = [-1] * size
        self.upper_why: list[int] = [-1] * size
        self.integer = integer

    def set_lower(self, var: int, bound: Delta | None, why: int) -> None:
        """Replace the lower bound of ``var``; a non-basic variable moves inside it."""
        self.lower[var] = bound
        self.lower_why[var] = why
        if bound is not None and var not in self.rows and self.value[var] < bound:
            self.move(var, bound)

    def set_upper(self, var: int, bound: Delta | None, why: int) -> None:
        """Replace the upper bound of ``var``; a non-basic variable moves inside it."""
        self.upper[var] = bound
        self.upper_why[var] = why
        if bound is not None and var not in self.rows and self.value[var] > bound:
            self.move(var, bound)

    def clamp(self, var: int) -> None:
        """Bring a non-basic variable back inside its bounds (they must not cross)."""
        if var in self.rows:
            return
        low, high, now = self.lower[var], self.upper[var], self.value[var]
        if low is not None and now < low:
            self.move(var, low)
        elif high is not None and now > high:
            self.move(var, high)

    def move(self, var: int, target: Delta) -> None:
        """Set non-basic ``var`` to ``target`` and update every basic variable."""
        value = self.value
        old = value[var]
        dc, dk = target[0] - old[0], target[1] - old[1]
        value[var] = target
        rows = self.rows
        for basic in self.cols[var]:
            a = rows[basic][var]
            c, k = value[basic]
            value[basic] = (c + a * dc, k + a * dk) if dk else (c + a * dc, k)

    def check(self) -> list[int] | None:
        """Repair the basic variables: ``None`` if all bounds hold, else the conflict's whys."""
        while True:
            broken = self._first_broken()
            if broken is None:
                return None
            basic, raise_it = broken
            entering = self._entering(basic, raise_it)
            if entering is None:
                return self._explain(basic, raise_it)
            target = self.lower[basic] if raise_it else self.upper[basic]
            assert target is not None
            self.pivot_and_update(basic, entering, target)

    def _first_broken(self) -> tuple[int, bool] | None:
        best: tuple[int, bool] | None = None
        lower, upper, value = self.lower, self.upper, self.value
        for basic in self.rows:
            if best is not None and basic > best[0]:
                continue
            low, high, now = lower[basic], upper[basic], value[basic]
            if low is not None and now < low:
                best = (basic, True)
            elif high is not None and now > high:
                best = (basic, False)
        return best

    def _entering(self, basic: int, raise_it: bool) -> int | None:
        """The smallest non-basic variable that can move ``basic`` the needed way."""
        best: int | None = None
        value, lower, upper = self.value, self.lower, self.upper
        for var, a in self.rows[basic].items():
            if best is not None and var > best:
                continue
            if (a > 0) == raise_it:
                high = upper[var]
                if high is None or value[var] < high:
                    best = var
            else:
                low = lower[var]
                if low is None or value[var] > low:
                    best = var
        return best

    def _explain(self, basic: int, raise_it: bool) -> list[int]:
        """The bounds that pin every variable of ``basic``'s row against the needed move."""
        whys = [self.lower_why[basic] if raise_it else self.upper_why[basic]]
        for var, a in self.rows[basic].items():
            at_upper = (a > 0) == raise_it
            whys.append(self.upper_why[var] if at_upper else self.lower_why[var])
        return whys

    def pivot_and_update(self, basic: int, entering: int, target: Delta) -> None:
        """Move ``basic`` to ``target`` by moving ``entering``, then swap their roles."""
        a = self.rows[basic][entering]
        old = self.value[basic]
        theta = (exact_div(target[0] - old[0], a), exact_div(target[1] - old[1], a))
        now = self.value[entering]
        self.move(entering, (now[0] + theta[0], now[1] + theta[1]))
        self.pivot(basic, entering)

    def pivot(self, basic: int, entering: int) -> None:
        """Make ``entering`` basic in place of ``basic`` (values unchanged)."""
        rows, cols = self.rows, self.cols
        row = rows.pop(basic)
        a = row.pop(entering)
        new_row: Row = {basic: exact_div(1, a)}
        for var, coef in row.items():
            new_row[var] = exact_div(-coef, a)
            cols[var].discard(basic)
        users = cols[entering]
        users.discard(basic)
        for other in users:
            self._substitute(rows[other], other, entering, new_row)
        for var in new_row:
            cols[var].add(entering)
        cols[entering] = set()
        rows[entering] = new_row

    def _substitute(self, row: Row, owner: int, var: int, definition: Row) -> None:
        """Replace ``var`` in ``row`` (of basic ``owner``) by its ``definition``."""
        cols = self.cols
        factor = row.pop(var)
        for other, coef in definition.items():
            total = row.get(other, 0) + factor * coef
            if total:
                if type(total) is not int and total.denominator == 1:
                    total = total.numerator
                row[other] = total
                cols[other].add(owner)
            elif other in row:
                del row[other]
                cols[other].discard(owner)

    def gcd_conflict(self) -> list[int] | None:
        """A row that no whole values can satisfy: the whys of its fixed variables' bounds.

        In a row whose free (not fixed) variables are all integers, moving the
        fixed ones to the right-hand side leaves ``Σ c_j x_j = r`` with integer
        ``c_j``; when ``r`` is not a multiple of ``gcd(c_j)`` no integer point
        exists, whatever the other bounds (``2x - 2y = 1`` has none).
        """
        for basic, row in self.rows.items():
            why = self._row_gcd(basic, row)
            if why is not None:
                return why
        return None

    def _row_gcd(self, basic: int, row: Row) -> list[int] | None:
        integer, lower, upper = self.integer, self.lower, self.upper
        fixed = [
            var for var in (basic, *row) if lower[var] is not None and lower[var] == upper[var]
        ]
        if not fixed:
            return None
        scale = lcm(*(a.denominator for a in row.values()))
        divisor, rest = 0, Fraction(0)
        for var, a in ((basic, -1), *row.items()):
            if var in fixed:
                low = lower[var]
                assert low is not None
                rest += a * scale * low[0]
            elif integer[var]:
                divisor = gcd(divisor, int(a * scale))
            else:
                return None
        if divisor == 0 or (rest / divisor).denominator == 1:
            return None
        return [why for var in fixed for why in (self.lower_why[var], self.upper_why[var])]

    def implied_fractional(self) -> Lattice | None:
        """A rational variable that a row confines to a lattice, at a value off it.

        If a row leaves one rational variable ``r`` free and the rest are integer
        variables (coefficients ``q_j``) or fixed, then ``r = Σ q_j x_j + c`` takes
        only values ``c + g·n`` with ``g = gcd(q_j)`` and whole ``n`` (``z = y - x``
        for counts ``x``, ``y`` is whole; ``v = (2/9)(3y + x)`` moves in steps of
        2/9).  Branching between two neighbouring lattice values is then exact;
        the fixed variables' whys justify the split.
        """
        for basic, row in self.rows.items():
            found = self._lattice_in_row(basic, row, None)
            if found is not None and not found.holds(self.value[found.var]):
                return found
        return None

    def lattice_of(self, var: int) -> Lattice | None:
        """The lattice some row confines rational ``var`` to, if any."""
        owners = [var] if var in self.rows else sorted(self.cols[var])
        for basic in owners:
            found = self._lattice_in_row(basic, self.rows[basic], var)
            if found is not None:
                return found
        return None

    def _lattice_in_row(self, basic: int, row: Row, wanted: int | None) -> Lattice | None:
        integer, lower, upper = self.integer, self.lower, self.upper
        terms = ((basic, -1), *row.items())
        free = [(v, a) for v, a in terms if not integer[v] and not _fixed(lower[v], upper[v])]
        if len(free) != 1 or (wanted is not None and free[0][0] != wanted):
            return None
        target, scale = free[0]
        offset: Num = 0
        steps: list[Num] = []
        fixed: list[int] = []
        for var, a in terms:
            if var == target:
                continue
            ratio = exact_div(-a, scale)
            low = lower[var]
            if low is not None and low == upper[var]:
                offset += ratio * low[0]
                fixed.append(var)
            else:
                steps.append(ratio)
        if not steps:
            return None
        whys = [why for var in fixed for why in (self.lower_why[var], self.upper_why[var])]
        return Lattice(var=target, step=_rational_gcd(steps), offset=offset, whys=whys)


@attrs.frozen(kw_only=True)
class Lattice:
    """``var`` can only take the values ``offset + step·n`` (whole ``n``), given ``whys``."""

    var: int
    step: Num
    offset: Num
    whys: list[int]

    def index(self, value: Delta) -> Delta:
        """``value`` in lattice steps from the offset."""
        return (exact_div(value[0] - self.offset, self.step), exact_div(value[1], self.step))

    def holds(self, value: Delta) -> bool:
        """Whether ``value`` is a lattice point."""
        c, k = self.index(value)
        return not k and (type(c) is int or c.denominator == 1)

    def point(self, n: int) -> Num:
        """The ``n``-th lattice value."""
        return shrink(self.offset + self.step * n)


def _rational_gcd(values: list[Num]) -> Num:
    """The greatest rational ``g`` with every value a whole multiple of it."""
    scale = lcm(*(v.denominator for v in values))
    return exact_div(gcd(*(int(v * scale) for v in values)), scale)


def _fixed(low: Delta | None, high: Delta | None) -> bool:
    return low is not None and low == high
