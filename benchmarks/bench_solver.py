"""Speed of the exact solver, side by side with z3 on the same constraints.

Run: ``PYTHONPATH=src python benchmarks/bench_solver.py [--quick]``.  Prints
(1) checks per second on story-shaped systems of 50 labelled claim constraints
and 20 relations over ~35 integer counts, ours against z3 (both building the
system from scratch for every check): feasibility, a minimal conflict (z3: an
unsat core of tracked claims, not minimised) and the implied bounds of every
variable (z3: Optimize, two objectives per variable); (2) a scaling line for
many small independent components, to show the cost per component is flat.
Numbers only; nothing is asserted.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from fractions import Fraction

import attrs
import z3

from claimcheck.solver import LinearSystem

Terms = tuple[tuple[int, int], ...]


@attrs.frozen(kw_only=True)
class Row:
    terms: Terms
    op: str
    rhs: Fraction
    label: str | None


@attrs.frozen(kw_only=True)
class Story:
    size: int
    rows: tuple[Row, ...]


def story(rng: random.Random, claims: int = 50, relations: int = 20, pushed: bool = False) -> Story:
    """Counts tied by totals, part-of and same relations; claims drawn around a truth."""
    truth = [rng.randint(0, 400) for _ in range(15)]
    rows: list[Row] = []
    for number in range(relations):
        kind = "total" if number == 0 else rng.choice(("total", "total", "part-of", "same"))
        if kind == "total":
            parts = rng.sample(range(len(truth)), rng.randint(2, 3))
            truth.append(sum(truth[p] for p in parts))
            terms = ((len(truth) - 1, 1), *((p, -1) for p in parts))
            rows.append(Row(terms=terms, op="==", rhs=Fraction(0), label=None))
        elif kind == "same":
            other = rng.randrange(len(truth))
            truth.append(truth[other])
            rows.append(
                Row(terms=((len(truth) - 1, 1), (other, -1)), op="==", rhs=Fraction(0), label=None)
            )
        else:
            a, b = rng.sample(range(len(truth)), 2)
            part, whole = (a, b) if truth[a] <= truth[b] else (b, a)
            rows.append(Row(terms=((part, 1), (whole, -1)), op="<=", rhs=Fraction(0), label=None))
    for number in range(claims):
        var = rng.randrange(len(truth))
        rows.extend(_claim(rng, var, truth[var], f"claim-{number}"))
    if pushed:  # a total that no longer adds up: its parts stated exactly, the total 37 more
        total = next(r for r in reversed(rows) if r.label is None and len(r.terms) > 2)
        whole, *parts = (var for var, _ in total.terms)
        for part in parts:
            rows.append(
                Row(terms=((part, 1),), op="==", rhs=Fraction(truth[part]), label=f"part-{part}")
            )
        rows.append(
            Row(terms=((whole, 1),), op="==", rhs=Fraction(truth[whole] + 37), label="pushed")
        )
    return Story(size=len(truth), rows=tuple(rows))


def _claim(rng: random.Random, var: int, value: int, label: str) -> list[Row]:
    kind = rng.choice(("exact", "range", "at-least", "around"))
    low, high = {
        "exact": (value, value),
        "range": (value - rng.randint(0, 20), value + rng.randint(0, 20)),
        "at-least": (value - rng.randint(0, 20), None),
        "around": (Fraction(value * 9, 10), Fraction(value * 11, 10)),
    }[kind]
    rows = [Row(terms=((var, 1),), op=">=", rhs=Fraction(low), label=label)]
    if high is not None:
        rows.append(Row(terms=((var, 1),), op="<=", rhs=Fraction(high), label=label))
    return rows


# -- ours ----------------------------------------------------------------------


def ours(data: Story) -> LinearSystem[int, str]:
    system: LinearSystem[int, str] = LinearSystem()
    for var in range(data.size):
        system.add_variable(var, integer=True, nonnegative=True)
    for row in data.rows:
        system.add_constraint(dict(row.terms), row.op, row.rhs, label=row.label)
    return system


# -- z3 --------------------------------------------------------------------------


def _z3_compare(expr: z3.ArithRef, op: str, rhs: Fraction) -> z3.BoolRef:
    """An integer comparison (the rows have integer coefficients over integer counts)."""
    floor, ceil = rhs.numerator // rhs.denominator, -(-rhs.numerator // rhs.denominator)
    if op == "==":
        return expr == floor if floor == ceil else z3.BoolVal(False)
    high = {"<=": floor, "<": ceil - 1}.get(op)
    if high is not None:
        return expr <= high
    return expr >= {">=": ceil, ">": floor + 1}[op]


def z3_build(data: Story, solver: z3.Solver | z3.Optimize, track: bool) -> list[z3.ArithRef]:
    xs = [z3.Int(f"x{v}") for v in range(data.size)]
    for x in xs:
        solver.add(x >= 0)
    for number, row in enumerate(data.rows):
        expr = z3.Sum([coef * xs[var] for var, coef in row.terms])
        fact = _z3_compare(expr, row.op, row.rhs)
        if track and row.label is not None:
            assert isinstance(solver, z3.Solver)
            solver.assert_and_track(fact, f"{row.label}#{number}")
        else:
            solver.add(fact)
    return xs


def z3_feasible(data: Story) -> bool:
    solver = z3.Solver()
    z3_build(data, solver, track=False)
    return bool(solver.check() == z3.sat)


def z3_check_only(stories: list[Story]) -> float:
    """Median seconds of z3's ``check()`` alone, the constraints built beforehand."""
    solvers = []
    for data in stories:
        solver = z3.Solver()
        z3_build(data, solver, track=False)
        solvers.append(solver)
    times = []
    for solver in solvers:
        start = time.perf_counter()
        solver.check()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def z3_core(data: Story) -> set[str]:
    solver = z3.Solver()
    z3_build(data, solver, track=True)
    assert solver.check() == z3.unsat
    return {str(name).split("#")[0] for name in solver.unsat_core()}


def z3_bounds(data: Story) -> list[tuple[object, object]]:
    found = []
    for var in range(data.size):
        ends = []
        for up in (False, True):
            optimize = z3.Optimize()
            xs = z3_build(data, optimize, track=False)
            handle = optimize.maximize(xs[var]) if up else optimize.minimize(xs[var])
            optimize.check()
            ends.append(optimize.upper(handle) if up else optimize.lower(handle))
        found.append((ends[0], ends[1]))
    return found


# -- timing ----------------------------------------------------------------------


def per_call(function: Callable[[Story], object], stories: list[Story]) -> float:
    """Median seconds per call over the stories (each call starts from scratch)."""
    times = []
    for data in stories:
        start = time.perf_counter()
        function(data)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def line(name: str, mine: float, theirs: float) -> None:
    print(
        f"  {name:<34} ours {mine * 1e3:8.3f} ms ({1 / mine:7.0f}/s)   "
        f"z3 {theirs * 1e3:8.3f} ms ({1 / theirs:6.0f}/s)   z3/ours {theirs / mine:5.1f}x"
    )


def side_by_side(count: int) -> None:
    rng = random.Random(2025_05_23)
    good = [story(rng) for _ in range(count)]
    bad = [story(rng, pushed=True) for _ in range(count)]
    print(
        f"story-shaped systems: 50 claims, 20 relations, ~35 integer counts ({count} systems each)"
    )
    line(
        "feasibility (consistent)",
        per_call(lambda d: ours(d).is_feasible(), good),
        per_call(z3_feasible, good),
    )
    line(
        "  z3 check only (prebuilt)",
        per_call(lambda d: ours(d).is_feasible(), good),
        z3_check_only(good),
    )
    line(
        "feasibility (one pushed claim)",
        per_call(lambda d: ours(d).is_feasible(), bad),
        per_call(z3_feasible, bad),
    )
    line(
        "minimal conflict vs z3 unsat core",
        per_call(lambda d: ours(d).minimal_conflict(), bad),
        per_call(z3_core, bad),
    )
    few = good[: max(2, count // 10)]
    line(
        "bounds of every variable",
        per_call(lambda d: ours(d).all_bounds(), few),
        per_call(z3_bounds, few),
    )


def scaling(sizes: list[int]) -> None:
    print("many small components (a total of 2-3 parts, 3-6 claims each): feasibility + all bounds")
    rng = random.Random(7)
    for size in sizes:
        system: LinearSystem[int, str] = LinearSystem()
        var = 0
        for component in range(size):
            parts = rng.randint(2, 3)
            truth = [rng.randint(0, 500) for _ in range(parts)]
            names = list(range(var, var + parts + 1))
            var += parts + 1
            for name in names:
                system.add_variable(name, integer=True, nonnegative=True)
            system.add_constraint({names[0]: 1, **dict.fromkeys(names[1:], -1)}, "==", 0)
            values = [sum(truth), *truth]
            for claim in range(rng.randint(3, 6)):
                which = rng.randrange(len(names))
                slack = rng.randint(0, 10)
                label = f"c{component}-{claim}"
                system.add_constraint({names[which]: 1}, ">=", values[which] - slack, label=label)
                system.add_constraint({names[which]: 1}, "<=", values[which] + slack, label=label)
        start = time.perf_counter()
        assert system.is_feasible()
        bounds = system.all_bounds()
        elapsed = time.perf_counter() - start
        assert bounds is not None
        print(
            f"  {size:>7} components, {var:>7} variables: {elapsed:7.3f} s   "
            f"{elapsed / size * 1e6:7.1f} us per component"
        )


def main() -> None:
    quick = "--quick" in sys.argv
    side_by_side(10 if quick else 40)
    scaling([1000, 2000] if quick else [2000, 4000, 8000, 16000])


if __name__ == "__main__":
    main()
