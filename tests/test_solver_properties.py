"""Differential properties of the exact solver against z3 (an independent oracle).

Random small systems of linear constraints (small integer and fractional
coefficients; integer, count and rational variables; boxed, half-bounded and
free; hard and labelled constraints; strict and non-strict) are decided by
``LinearSystem`` and by z3.  The laws:

* the verdict (can the active constraints hold?) always agrees with z3;
* a returned model satisfies every active constraint exactly, with whole values
  for integer variables;
* every minimal conflict cannot hold (z3 agrees) and holds once any one of its
  labels is dropped (z3 agrees); ``conflicts()`` returns disjoint such sets and
  what is left can hold;
* ``bounds`` is exact: z3 finds no value beyond an end, finds the end itself for
  a closed end and values arbitrarily near it (but not it) for an open end;
* systems drawn around a known point are feasible and every bound contains it.

The branch-and-bound safeguard may give up only when an integer variable is
unbounded both ways by construction (``free``); counts and boxed integers
always get an answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import TypeVar

import attrs
import pytest
import z3
from hypothesis import event, given
from hypothesis import strategies as st

from claimcheck.errors import ModelError
from claimcheck.solver import OPS, Interval, LinearSystem
from solver_rows import rhs_holding

pytestmark = pytest.mark.slow

T = TypeVar("T")
KINDS = ("count", "boxed", "free-integer", "rational", "nonnegative-rational")
LABELS = ("a", "b", "c", "d", "e")


@attrs.frozen(kw_only=True)
class Row:
    terms: tuple[tuple[int, Fraction], ...]
    op: str
    rhs: Fraction
    label: str | None


@attrs.frozen(kw_only=True)
class Case:
    kinds: tuple[str, ...]
    rows: tuple[Row, ...]

    @property
    def labels(self) -> set[str]:
        return {row.label for row in self.rows if row.label is not None}

    def integer(self, var: int) -> bool:
        return self.kinds[var] in ("count", "boxed", "free-integer")

    def has_free_integer(self) -> bool:
        return "free-integer" in self.kinds


coefficients = st.builds(Fraction, st.integers(-3, 3), st.sampled_from([1, 1, 1, 2, 3]))
constants = st.builds(Fraction, st.integers(-9, 9), st.sampled_from([1, 1, 2]))


@st.composite
def cases(draw: st.DrawFn) -> Case:
    """Any small system: its verdict is whatever it is."""
    size = draw(st.integers(1, 4))
    kinds = tuple(draw(st.sampled_from(KINDS)) for _ in range(size))
    rows = [*_box_rows(draw, kinds)]
    for _ in range(draw(st.integers(0, 6))):
        order = draw(st.permutations(range(size)))
        chosen = order[: draw(st.integers(1, min(3, size)))]
        terms = tuple((var, draw(coefficients)) for var in sorted(chosen))
        label = draw(st.sampled_from((None, *LABELS)))
        rows.append(
            Row(terms=terms, op=draw(st.sampled_from(OPS)), rhs=draw(constants), label=label)
        )
    return Case(kinds=kinds, rows=tuple(rows))


def _box_rows(draw: st.DrawFn, kinds: Sequence[str]) -> list[Row]:
    rows = []
    for var, kind in enumerate(kinds):
        if kind == "boxed":
            low = draw(st.integers(-8, 4))
            high = low + draw(st.integers(0, 10))
            rows.append(Row(terms=((var, Fraction(1)),), op=">=", rhs=Fraction(low), label=None))
            rows.append(Row(terms=((var, Fraction(1)),), op="<=", rhs=Fraction(high), label=None))
    return rows


@st.composite
def cases_around_a_point(draw: st.DrawFn) -> tuple[Case, list[Fraction]]:
    """A system drawn to hold at a point drawn first (constructive: never filtered)."""
    case = draw(cases())
    point = []
    for kind in case.kinds:
        whole = draw(st.integers(-8, 8))
        value = Fraction(whole) if kind != "rational" else Fraction(whole, draw(st.integers(1, 4)))
        point.append(abs(value) if kind in ("count", "nonnegative-rational") else value)
    rows = tuple(_shift_to_hold(row, point) for row in case.rows)
    return Case(kinds=case.kinds, rows=rows), point


def _shift_to_hold(row: Row, point: Sequence[Fraction]) -> Row:
    """The same row with its constant moved so that ``point`` satisfies it."""
    value = sum((coef * point[var] for var, coef in row.terms), Fraction(0))
    slack = abs(row.rhs) % 3
    rhs = rhs_holding(row.op, value, slack)
    return attrs.evolve(row, rhs=rhs)


# -- building both sides -------------------------------------------------------


def solver_of(case: Case) -> LinearSystem[int, str]:
    system: LinearSystem[int, str] = LinearSystem()
    for var, kind in enumerate(case.kinds):
        system.add_variable(
            var, integer=case.integer(var), nonnegative=kind in ("count", "nonnegative-rational")
        )
    for row in case.rows:
        system.add_constraint(dict(row.terms), row.op, row.rhs, label=row.label)
    return system


def z3_vars(case: Case) -> list[z3.ArithRef]:
    return [
        z3.Int(f"x{v}") if case.integer(v) else z3.Real(f"x{v}") for v in range(len(case.kinds))
    ]


def z3_value(value: Fraction) -> z3.ArithRef:
    return z3.RealVal(f"{value.numerator}/{value.denominator}")


def z3_compare(expr: z3.ArithRef, op: str, rhs: Fraction) -> z3.BoolRef:
    bound = z3_value(rhs)
    return {
        "<=": expr <= bound,
        "<": expr < bound,
        "==": expr == bound,
        ">=": expr >= bound,
        ">": expr > bound,
    }[op]


def z3_solver(case: Case, active: set[str] | frozenset[str]) -> tuple[z3.Solver, list[z3.ArithRef]]:
    xs = z3_vars(case)
    solver = z3.Solver()
    for var, kind in enumerate(case.kinds):
        if kind in ("count", "nonnegative-rational"):
            solver.add(xs[var] >= 0)
    for row in case.rows:
        if row.label is None or row.label in active:
            expr = z3.Sum(
                [
                    z3_value(coef) * z3.ToReal(xs[v]) if case.integer(v) else z3_value(coef) * xs[v]
                    for v, coef in row.terms
                ]
            )
            solver.add(z3_compare(expr, row.op, row.rhs))
    return solver, xs


def z3_holds(
    case: Case, active: set[str] | frozenset[str], extra: tuple[int, str, Fraction] | None = None
) -> bool:
    solver, xs = z3_solver(case, active)
    if extra is not None:
        var, op, value = extra
        solver.add(z3_compare(xs[var], op, value))
    verdict = solver.check()
    assert verdict != z3.unknown
    return bool(verdict == z3.sat)


def evaluate(row: Row, model: dict[int, Fraction]) -> bool:
    value = sum((coef * model[var] for var, coef in row.terms), Fraction(0))
    return {
        "<=": value <= row.rhs,
        "<": value < row.rhs,
        "==": value == row.rhs,
        ">=": value >= row.rhs,
        ">": value > row.rhs,
    }[row.op]


# -- checks ------------------------------------------------------------------------

NEAR = Fraction(1, 10**6)
FAR = Fraction(10**6)


def check_bound(case: Case, active: set[str], var: int, interval: Interval) -> None:
    """z3 confirms each end: nothing beyond it, the end itself or points near it."""
    for end, is_open, beyond, at, near in (
        (interval.high, interval.high_open, ">", ">=", -NEAR),
        (interval.low, interval.low_open, "<", "<=", NEAR),
    ):
        if end is None:
            assert z3_holds(case, active, (var, at, FAR if beyond == ">" else -FAR))
            continue
        assert not z3_holds(case, active, (var, beyond, end))
        if is_open:
            assert not z3_holds(case, active, (var, "==", end))
            assert z3_holds(case, active, (var, beyond, end + near))
        else:
            assert z3_holds(case, active, (var, "==", end))


def check_conflict(case: Case, conflict: frozenset[str]) -> None:
    assert not z3_holds(case, conflict)
    for label in conflict:
        assert z3_holds(case, conflict - {label})


class GaveUp:
    """The branch-and-bound safeguard stopped the search."""


def attempt(case: Case, question: Callable[[], T]) -> T | GaveUp:
    """Ask ``question``; a give-up is allowed only when a free integer variable exists."""
    try:
        return question()
    except ModelError as error:
        message = error.message
    assert "gave up" in message
    assert case.has_free_integer()
    event("gave up")
    return GaveUp()


# -- the properties ------------------------------------------------------------------


@given(cases(), st.data())
def test_verdict_model_and_bounds_agree_with_z3(case: Case, data: st.DataObject) -> None:
    system = solver_of(case)
    active = set(data.draw(st.sets(st.sampled_from(LABELS))))
    found = attempt(
        case, lambda: (system.is_feasible(active), system.model(active), system.all_bounds(active))
    )
    if isinstance(found, GaveUp):
        return
    feasible, model, bounds = found
    event("feasible" if feasible else "infeasible")
    assert feasible is z3_holds(case, active)
    if model is None or bounds is None:
        assert not feasible
        assert model is bounds is None
        return
    for row in case.rows:
        if row.label is None or row.label in active:
            assert evaluate(row, model)
    for var in range(len(case.kinds)):
        assert model[var].denominator == 1 or not case.integer(var)
        assert bounds[var].contains(model[var])
        check_bound(case, active, var, bounds[var])


@given(cases())
def test_conflicts_are_minimal_and_disjoint(case: Case) -> None:
    system = solver_of(case)
    conflicts = attempt(case, system.conflicts)
    if isinstance(conflicts, GaveUp):
        return
    if conflicts == [frozenset()]:
        assert not z3_holds(case, set())
        return
    assert (not conflicts) is z3_holds(case, case.labels)
    event(f"{len(conflicts)} conflicts")
    used: set[str] = set()
    for conflict in conflicts:
        assert conflict
        assert used.isdisjoint(conflict)
        used |= conflict
        check_conflict(case, conflict)
    assert z3_holds(case, case.labels - used)


@given(cases_around_a_point())
def test_systems_around_a_point_hold_and_bounds_contain_it(
    drawn: tuple[Case, list[Fraction]],
) -> None:
    case, point = drawn
    for row in case.rows:
        assert evaluate(row, dict(enumerate(point)))
    everything = attempt(case, solver_of(case).all_bounds)
    if isinstance(everything, GaveUp):
        return
    assert everything is not None
    for var, value in enumerate(point):
        assert everything[var].contains(value)
