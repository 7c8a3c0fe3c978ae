"""Exact linear optimisation on a feasible tableau: push one variable as far as it goes.

This is the primal simplex for bounded variables over delta-rationals, with
Bland's rule.  Starting from an assignment that meets every bound, it moves the
target variable up (or down) until a bound stops it, pivoting when a basic
variable is the one in the way.  The result is the optimum ``c + k·δ``: the
supremum is ``c``, attained when ``k`` is zero and approached (an open end)
otherwise; ``None`` means the variable is unbounded that way.
"""

from __future__ import annotations

from claimcheck.errors import ModelError
from claimcheck.solver.rationals import Delta, Num, exact_div
from claimcheck.solver.tableau import Tableau

__all__ = ["optimize"]

PIVOT_LIMIT = 100_000
_DONE = -1


def optimize(tableau: Tableau, var: int, up: bool) -> Delta | None:
    """Maximise (``up``) or minimise ``var``; the tableau must be feasible."""
    for _ in range(PIVOT_LIMIT):
        if var in tableau.rows:
            step = _improve_basic(tableau, var, up)
        else:
            step = _improve_nonbasic(tableau, var, up)
        if step is None:
            return None
        if step == _DONE:
            return tableau.value[var]
    raise ModelError(f"the simplex made more than {PIVOT_LIMIT} pivots without finishing")


def _gap(tableau: Tableau, var: int, up: bool) -> Delta | None:
    """How far ``var`` may move up (or down) before its own bound; ``None`` if unbounded."""
    bound = tableau.upper[var] if up else tableau.lower[var]
    if bound is None:
        return None
    now = tableau.value[var]
    return (bound[0] - now[0], bound[1] - now[1]) if up else (now[0] - bound[0], now[1] - bound[1])


def _limit(tableau: Tableau, basic: int, rate: Num) -> Delta | None:
    """How far a move may go if ``basic`` changes by ``rate`` per unit of the move."""
    gap = _gap(tableau, basic, rate > 0)
    if gap is None:
        return None
    size = rate if rate > 0 else -rate
    return (exact_div(gap[0], size), exact_div(gap[1], size))


def _tightest(tableau: Tableau, mover: int, direction: int) -> tuple[Delta, int] | None:
    """The first basic variable to hit a bound when ``mover`` moves by ``direction``."""
    best: tuple[Delta, int] | None = None
    rows = tableau.rows
    for basic in tableau.cols[mover]:
        limit = _limit(tableau, basic, rows[basic][mover] * direction)
        if limit is not None and (best is None or (limit, basic) < best):
            best = (limit, basic)
    return best


def _step(tableau: Tableau, mover: int, direction: int) -> int | None:
    """Move ``mover`` as far as allowed; pivot if a basic variable stops it."""
    own = _gap(tableau, mover, direction > 0)
    blocker = _tightest(tableau, mover, direction)
    if blocker is None or (own is not None and own <= blocker[0]):
        if own is None:
            return None
        target = tableau.upper[mover] if direction > 0 else tableau.lower[mover]
        assert target is not None
        tableau.move(mover, target)
        return mover
    _, basic = blocker
    rate = tableau.rows[basic][mover] * direction
    target = tableau.upper[basic] if rate > 0 else tableau.lower[basic]
    assert target is not None
    tableau.pivot_and_update(basic, mover, target)
    return basic


def _improve_nonbasic(tableau: Tableau, var: int, up: bool) -> int | None:
    own = _gap(tableau, var, up)
    if own is not None and own <= (0, 0):
        return _DONE
    return _step(tableau, var, 1 if up else -1)


def _improve_basic(tableau: Tableau, var: int, up: bool) -> int | None:
    entering = _entering(tableau, var, up)
    if entering is None:
        return _DONE
    a = tableau.rows[var][entering]
    return _step(tableau, entering, 1 if (a > 0) == up else -1)


def _entering(tableau: Tableau, var: int, up: bool) -> int | None:
    """The smallest non-basic variable whose move improves basic ``var``."""
    best: int | None = None
    for other, a in tableau.rows[var].items():
        if best is not None and other > best:
            continue
        gap = _gap(tableau, other, (a > 0) == up)
        if gap is None or gap > (0, 0):
            best = other
    return best
