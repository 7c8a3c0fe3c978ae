"""The exact linear solver: feasibility, models, minimal conflicts and forced bounds.

Tables of cases state the behaviour: strict and non-strict bounds, equalities,
integer parity (``x + y = 5`` with ``x = y`` has no whole solution), unbounded
systems, labelled soft constraints whose minimal conflicts are named, the
intervals variables are forced into (open and closed ends, integer rounding),
and refusals of malformed input.  Small Hypothesis properties check the laws
that need no oracle (models satisfy what they claim to; conflicts are minimal by
re-checking; bounds are attained or approached).  The differential runs against
z3 live in ``test_solver_properties.py``.
"""

from __future__ import annotations

import doctest
import re
from collections.abc import Sequence
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck.solver.explain
import claimcheck.solver.interval
import claimcheck.solver.system
from claimcheck.errors import ModelError
from claimcheck.solver import OPS, Interval, LinearSystem
from solver_rows import rhs_holding

F = Fraction
Terms = dict[str, int | Fraction]
Row = tuple[Terms, str, int | Fraction, str | None]
System = LinearSystem[str, str]

# Variables are named by their first letter: i = integer, n = non-negative integer,
# q = rational, p = non-negative rational.


def build(rows: Sequence[Row], extra: Sequence[str] = ()) -> System:
    system: System = LinearSystem()
    names = sorted({name for terms, *_ in rows for name in terms} | set(extra))
    for name in names:
        kind = name[0]
        system.add_variable(name, integer=kind in "in", nonnegative=kind in "np")
    for terms, op, rhs, label in rows:
        system.add_constraint(terms, op, rhs, label=label)
    return system


def holds(value: Fraction, op: str, rhs: Fraction) -> bool:
    return {
        "<=": value <= rhs,
        "<": value < rhs,
        "==": value == rhs,
        ">=": value >= rhs,
        ">": value > rhs,
    }[op]


def satisfies(model: dict[str, Fraction], rows: Sequence[Row], labels: set[str] | None) -> bool:
    for terms, op, rhs, label in rows:
        if label is None or labels is None or label in labels:
            value = sum((coef * model[name] for name, coef in terms.items()), Fraction(0))
            if not holds(value, op, Fraction(rhs)):
                return False
    return True


FEASIBILITY: list[tuple[str, list[Row], bool]] = [
    ("closed point", [({"q": 1}, ">=", 3, None), ({"q": 1}, "<=", 3, None)], True),
    ("open against closed", [({"q": 1}, ">", 3, None), ({"q": 1}, "<=", 3, None)], False),
    ("open against open", [({"q": 1}, ">", 3, None), ({"q": 1}, "<", 3, None)], False),
    ("open gap, rational", [({"q": 1}, ">", 3, None), ({"q": 1}, "<", 4, None)], True),
    ("open gap, integer", [({"i": 1}, ">", 3, None), ({"i": 1}, "<", 4, None)], False),
    ("half-open point", [({"i": 1}, ">", 3, None), ({"i": 1}, "<=", 4, None)], True),
    (
        "strict cycle",
        [({"qa": 1, "qb": -1}, "<", 0, None), ({"qb": 1, "qa": -1}, "<", 0, None)],
        False,
    ),
    (
        "closed cycle",
        [({"qa": 1, "qb": -1}, "<=", 0, None), ({"qb": 1, "qa": -1}, "<=", 0, None)],
        True,
    ),
    (
        "strict chain around",
        [
            ({"qa": 1, "qb": -1}, "<", 0, None),
            ({"qb": 1, "qc": -1}, "<", 0, None),
            ({"qc": 1, "qa": -1}, "<=", 0, None),
        ],
        False,
    ),
    (
        "two equalities",
        [({"qx": 1, "qy": 1}, "==", 10, None), ({"qx": 1, "qy": -1}, "==", 2, None)],
        True,
    ),
    (
        "parity: x + y = 5, x = y, integers",
        [({"nx": 1, "ny": 1}, "==", 5, None), ({"nx": 1, "ny": -1}, "==", 0, None)],
        False,
    ),
    (
        "parity: x + y = 5, x = y, rationals",
        [({"px": 1, "py": 1}, "==", 5, None), ({"px": 1, "py": -1}, "==", 0, None)],
        True,
    ),
    ("gcd: 2x - 2y = 1, integers", [({"ix": 2, "iy": -2}, "==", 1, None)], False),
    ("gcd: 2x - 2y = 1, rationals", [({"qx": 2, "qy": -2}, "==", 1, None)], True),
    (
        "gcd: 1 <= 3x - 3y <= 2",
        [({"ix": 3, "iy": -3}, ">=", 1, None), ({"ix": 3, "iy": -3}, "<=", 2, None)],
        False,
    ),
    (
        "odd and even",
        [({"ix": 1, "iy": -2}, "==", 0, None), ({"ix": 1, "iz": -2}, "==", 1, None)],
        False,
    ),
    ("whole half", [({"i": 2}, "==", 7, None)], False),
    ("rational half", [({"q": 2}, "==", 7, None)], True),
    ("unbounded difference", [({"qx": 1, "qy": -1}, ">=", 1, None)], True),
    ("unbounded integers", [({"ix": 3, "iy": 5}, "==", 1, None)], True),
    (
        "part <= whole holds",
        [
            ({"nd": 1}, "==", 175, None),
            ({"nn": 1}, "==", 150, None),
            ({"nn": 1, "nd": -1}, "<=", 0, None),
        ],
        True,
    ),
    (
        "part <= whole fails",
        [
            ({"nd": 1}, "==", 175, None),
            ({"nn": 1}, "==", 190, None),
            ({"nn": 1, "nd": -1}, "<=", 0, None),
        ],
        False,
    ),
    ("count below zero", [({"n": 1}, "<", 0, None)], False),
    (
        "fractional coefficients",
        [
            ({"qx": F(1, 3), "qy": F(1, 6)}, "==", F(1, 2), None),
            ({"qx": 1}, ">=", 2, None),
            ({"qy": 1}, ">=", 0, None),
        ],
        False,
    ),
    ("zero row that holds", [({"q": 0}, "<=", 1, None)], True),
    ("zero row that fails", [({"q": 0}, ">", 1, None)], False),
    ("empty row", [({}, "==", 0, None)], True),
]


@pytest.mark.parametrize(
    ("rows", "expected"), [(r, e) for _, r, e in FEASIBILITY], ids=[n for n, _, _ in FEASIBILITY]
)
def test_feasibility_table(rows: list[Row], expected: bool) -> None:
    system = build(rows)
    assert system.is_feasible() is expected
    model = system.model()
    assert (model is not None) is expected
    if model is not None:
        assert satisfies(model, rows, None)
        assert all(model[name].denominator == 1 for name in model if system.is_integer(name))


BOUNDS: list[tuple[str, list[Row], str, str]] = [
    ("free", [({"qx": 1, "qy": 1}, "<=", 1, None)], "qx", "(-inf, inf)"),
    ("share of ten", [({"px": 1, "py": 1}, "==", 10, None)], "px", "[0, 10]"),
    ("open interval", [({"q": 1}, ">", 3, None), ({"q": 1}, "<", 5, None)], "q", "(3, 5)"),
    (
        "integer inside open interval",
        [({"i": 1}, ">", 3, None), ({"i": 1}, "<", 5, None)],
        "i",
        "[4, 4]",
    ),
    (
        "half line",
        [({"qx": 1, "qy": -1}, "==", 0, None), ({"qy": 1}, ">=", 2, None)],
        "qx",
        "[2, inf)",
    ),
    (
        "drones not neutralized",
        [
            ({"nl": 1}, "==", 175, None),
            ({"nn": 1}, "==", 150, None),
            ({"nl": 1, "nn": -1, "nr": -1}, "==", 0, None),
        ],
        "nr",
        "[25, 25]",
    ),
    (
        "rounded whole split",
        [({"nx": 1, "ny": 1}, "==", 5, None), ({"nx": 1, "ny": -2}, ">=", 0, None)],
        "nx",
        "[4, 5]",
    ),
    (
        "rational split",
        [({"px": 1, "py": 1}, "==", 5, None), ({"px": 1, "py": -2}, ">=", 0, None)],
        "px",
        "[10/3, 5]",
    ),
    (
        "residue class",
        [
            ({"ia": 1, "ib": 4, "ic": -4}, "==", 1, None),
            ({"ia": 1}, ">=", -1, None),
            ({"ia": 1}, "<=", 8, None),
        ],
        "ia",
        "[1, 5]",
    ),
    ("strict sum", [({"px": 1, "py": 1}, "<", 1, None)], "px", "[0, 1)"),
    ("strict sum, integers", [({"nx": 1, "ny": 1}, "<", 1, None)], "nx", "[0, 0]"),
    (
        "rational tied to an integer lattice",
        [
            ({"qx": 1, "iy": -3, "iz": -2}, "==", 4, None),
            ({"qx": 1}, "<=", F(3, 4), None),
            ({"qx": 1}, ">=", -6, None),
            ({"iy": 1}, "<=", -3, None),
        ],
        "qx",
        "[-6, 0]",
    ),
    (
        "difference of counts is whole",
        [({"qz": 1, "nx": 1, "ny": -1}, "==", 0, None), ({"qz": 1}, "<", 1, None)],
        "qz",
        "(-inf, 0]",
    ),
    (
        "steps of 2/9",
        [
            ({"iv": 1, "nw": F(1, 3), "qu": F(-3, 2)}, "==", 1, None),
            ({"nw": 1, "iv": 1}, ">", 3, None),
            ({"qu": 1}, ">", 0, None),
        ],
        "qu",
        "[2/9, inf)",
    ),
]


@pytest.mark.parametrize(
    ("rows", "var", "expected"), [(r, v, e) for _, r, v, e in BOUNDS], ids=[n for n, *_ in BOUNDS]
)
def test_bounds_table(rows: list[Row], var: str, expected: str) -> None:
    system = build(rows)
    assert str(system.bounds(var)) == expected
    everything = system.all_bounds()
    assert everything is not None
    assert str(everything[var]) == expected


CLAIMS: list[Row] = [
    ({"nl": 1}, "==", 175, "launched"),
    ({"nn": 1}, "==", 150, "neutralized"),
    ({"nn": 1}, ">=", 190, "neutralized-190"),
    ({"nn": 1, "nl": -1}, "<=", 0, None),
    ({"ns": 1}, "==", 390, "stage-one"),
    ({"ns": 1, "nr": -1}, "<=", 0, None),
    ({"nr": 1}, "<=", 1100, "around-1000"),
    ({"nr": 1}, ">=", 900, "around-1000"),
    ({"nr": 1}, "<", 300, "small-total"),
]


def test_minimal_conflict_names_the_claims() -> None:
    system = build(CLAIMS)
    assert system.minimal_conflict(["launched", "neutralized", "stage-one"]) is None
    expected = frozenset({"launched", "neutralized-190"})
    assert system.minimal_conflict(["launched", "neutralized-190"]) == expected
    assert system.minimal_conflict(["stage-one", "small-total", "launched"]) == frozenset(
        {"stage-one", "small-total"}
    )


def test_conflicts_are_disjoint_and_each_reported() -> None:
    system = build(CLAIMS)
    found = system.conflicts()
    # neutralized vs 190; small-total against around-1000 or stage-one (one of them:
    # once small-total is set aside the other pair is gone too).
    assert len(found) == 2
    assert {"neutralized", "neutralized-190"} in found
    assert sum(len(c) for c in found) == len(set().union(*found))
    for conflict in found:
        assert not system.is_feasible(conflict)
        assert all(system.is_feasible(conflict - {label}) for label in conflict)
    rest = set(system.labels) - set().union(*found)
    assert system.is_feasible(rest)


def test_background_labels_are_in_force_but_never_blamed() -> None:
    system: System = LinearSystem()
    system.add_variable("x")
    system.add_constraint({"x": 1}, ">=", 10, label="claim")
    system.add_constraint({"x": 1}, "<=", 5, label="relation")
    assert system.minimal_conflict(["claim"]) is None
    assert system.minimal_conflict(["claim"], background=["relation"]) == frozenset({"claim"})
    assert system.minimal_conflict([], background=["claim", "relation"]) == frozenset()


def test_hard_infeasibility_is_an_empty_conflict() -> None:
    system = build(
        [({"q": 1}, ">", 1, None), ({"q": 1}, "<", 1, None), ({"qb": 1}, ">=", 0, "soft")]
    )
    assert not system.is_feasible([])
    assert system.minimal_conflict() == frozenset()
    assert system.conflicts() == [frozenset()]
    assert system.bounds("qb") is None
    assert system.model() is None


def test_constant_false_soft_constraint_is_its_own_conflict() -> None:
    system = build([({"q": 1}, ">=", 0, "fine"), ({}, ">", 0, "impossible")])
    assert system.minimal_conflict() == frozenset({"impossible"})
    assert system.is_feasible(["fine"])


def test_active_may_be_any_iterable_read_once() -> None:
    system = build(CLAIMS)
    labels = ["launched", "neutralized", "stage-one"]
    assert system.model(iter(labels)) is not None
    assert str(system.bounds("nn", iter(labels))) == "[150, 150]"
    everything = system.all_bounds(label for label in labels)
    assert everything is not None
    assert str(everything["ns"]) == "[390, 390]"
    # With 175 launched in the background, at least 190 neutralized fails on its own.
    pushed = [*labels, "neutralized-190"]
    assert system.conflicts(iter(pushed), background=iter(["launched"])) == [
        frozenset({"neutralized-190"})
    ]


def test_unknown_labels_in_active_are_ignored() -> None:
    system = build(CLAIMS)
    assert system.is_feasible(["launched", "no-such-claim"])


def test_labels_spanning_components_are_minimal_overall() -> None:
    system = build(
        [
            ({"qa": 1}, ">=", 1, "both"),
            ({"qb": 1}, ">=", 1, "both"),
            ({"qa": 1}, "<=", 0, "left"),
            ({"qb": 1}, "<=", 0, "right"),
        ]
    )
    assert system.minimal_conflict(["both", "left"]) == frozenset({"both", "left"})
    assert len(system.conflicts()) == 1


def test_adding_a_constraint_is_seen_by_later_queries() -> None:
    system = build([({"px": 1, "py": 1}, "==", 10, None)])
    assert str(system.bounds("px")) == "[0, 10]"
    system.add_constraint({"px": 1}, ">=", 4, label="more")
    assert str(system.bounds("py")) == "[0, 6]"
    system.add_variable("qz")
    system.add_constraint({"qz": 1, "py": 1}, "==", 0)
    assert str(system.bounds("qz")) == "[-6, 0]"
    assert str(system.bounds("qz", active=[])) == "[-10, 0]"


def test_integer_model_is_whole() -> None:
    rows: list[Row] = [({"nx": 3, "ny": 5}, "==", 41, None), ({"nx": 1}, ">=", 3, None)]
    model = build(rows).model()
    assert model is not None
    assert satisfies(model, rows, None)
    assert model["nx"].denominator == model["ny"].denominator == 1


def test_unbounded_integer_search_gives_up_with_a_clear_error() -> None:
    # r = 1/2 - x/3 and y = -9r/2 leave 4y - 6x = -9 (no whole solution), but
    # x and y are unbounded below and the relaxation keeps offering fractional
    # points: the search must stop and say so rather than loop.
    system: LinearSystem[str, str] = LinearSystem(branch_limit=50)
    system.add_variable("x", integer=True)
    system.add_variable("y", integer=True)
    system.add_variable("r")
    system.add_constraint({"r": 3, "x": 1}, "==", F(3, 2))
    system.add_constraint({"r": F(3, 2), "y": F(1, 3)}, "==", 0)
    system.add_constraint({"x": 1}, "<=", 3)
    system.add_constraint({"r": 1}, ">=", 0)
    with pytest.raises(ModelError, match="gave up after 50 branches"):
        system.is_feasible()


BAD_INPUT: list[tuple[str, Terms, object, object, str]] = [
    ("unknown op", {"q": 1}, "=<", 1, "unknown comparison '=<'"),
    ("float rhs", {"q": 1}, "<=", 1.5, "right-hand side must be an int or a Fraction, not 1.5"),
    (
        "float coefficient",
        {"q": 0.5},  # type: ignore[dict-item]
        "<=",
        1,
        "coefficient of 'q' must be an int or a Fraction, not 0.5",
    ),
    ("bool coefficient", {"q": True}, "<=", 1, "not True"),
    ("unknown variable", {"zz": 1}, "<=", 1, "unknown variable 'zz'"),
    ("huge number", {"q": 1}, "<=", 10**5000, "bits; at most 4096"),
    ("huge denominator", {"q": Fraction(1, 3**4000)}, "<=", 1, "bits; at most 4096"),
]


@pytest.mark.parametrize(
    ("terms", "op", "rhs", "message"), [b[1:] for b in BAD_INPUT], ids=[b[0] for b in BAD_INPUT]
)
def test_bad_input_is_refused(terms: Terms, op: object, rhs: object, message: str) -> None:
    system: System = LinearSystem()
    system.add_variable("q")
    with pytest.raises(ModelError, match=re.escape(message)):
        system.add_constraint(terms, op, rhs)  # type: ignore[arg-type]


def test_a_variable_is_added_once() -> None:
    system: System = LinearSystem()
    system.add_variable("x")
    with pytest.raises(ModelError, match="'x' was already added"):
        system.add_variable("x")


INTERVALS: list[tuple[dict[str, object], str]] = [
    ({"low": Fraction(1), "high": Fraction(0)}, "empty"),
    ({"low": Fraction(1), "high": Fraction(1), "low_open": True}, "empty"),
    ({"low_open": False}, "unbounded end is open"),
    ({"low": 1.5}, "not 1.5"),
]


@pytest.mark.parametrize(("fields", "message"), INTERVALS)
def test_interval_validation(fields: dict[str, object], message: str) -> None:
    with pytest.raises(ModelError, match=message):
        Interval(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("interval", "inside", "outside"),
    [
        (Interval(low=Fraction(3), high=Fraction(5), low_open=True), [4, 5], [3, 6]),
        (Interval(high=Fraction(0)), [0, -(10**9)], [1]),
        (Interval(), [0, Fraction(-7, 3)], []),
    ],
)
def test_interval_contains(interval: Interval, inside: list[int], outside: list[int]) -> None:
    assert all(interval.contains(v) for v in inside)
    assert not any(interval.contains(v) for v in outside)


@pytest.mark.parametrize(
    "module", [claimcheck.solver.system, claimcheck.solver.interval, claimcheck.solver.explain]
)
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.failed == 0
    assert result.attempted > 0 or module is claimcheck.solver.explain


# -- laws that need no oracle ----------------------------------------------------

small = st.integers(-6, 6)
ops = st.sampled_from(OPS)


@st.composite
def feasible_systems(draw: st.DrawFn) -> tuple[list[Row], dict[str, Fraction]]:
    """Draw a point first, then constraints that it satisfies (constructive)."""
    names = ["nx", "ny", "qz", "iw"][: draw(st.integers(1, 4))]
    point = {
        n: Fraction(draw(small)) if n[0] != "q" else Fraction(draw(small), draw(st.integers(1, 3)))
        for n in names
    }
    point = {n: abs(v) if n[0] in "np" else v for n, v in point.items()}
    # The free integer gets a box: unbounded both ways, the search could give up.
    rows: list[Row] = [
        ({n: 1}, op, point[n] + shift, None)
        for n in names
        if n[0] == "i"
        for op, shift in ((">=", -5), ("<=", 5))
    ]
    for index in range(draw(st.integers(1, 6))):
        order = draw(st.permutations(names))
        chosen = order[: draw(st.integers(1, min(3, len(names))))]
        terms: Terms = {n: draw(small) for n in chosen}
        value = sum((c * point[n] for n, c in terms.items()), Fraction(0))
        op = draw(ops)
        slack = draw(st.integers(0, 3))
        rhs = rhs_holding(op, value, slack)
        rows.append((terms, op, rhs, draw(st.sampled_from([None, f"c{index}"]))))
    return rows, point


@given(feasible_systems())
def test_systems_built_around_a_point_are_feasible(
    case: tuple[list[Row], dict[str, Fraction]],
) -> None:
    rows, point = case
    system = build(rows, extra=list(point))
    assert satisfies(point, rows, None)
    assert system.is_feasible()
    model = system.model()
    assert model is not None
    assert satisfies(model, rows, None)
    bounds = system.all_bounds()
    assert bounds is not None
    assert all(bounds[name].contains(value) for name, value in point.items())


@given(feasible_systems(), st.data())
def test_a_conflict_is_minimal(
    case: tuple[list[Row], dict[str, Fraction]], data: st.DataObject
) -> None:
    rows, point = case
    # Push one variable past the point from two labelled sides: a conflict must appear.
    name = data.draw(st.sampled_from(sorted(point)))
    rows = [
        *rows,
        ({name: 1}, ">", point[name] + 1, "push-up"),
        ({name: 1}, "<", point[name] - 1, "push-down"),
    ]
    system = build(rows)
    conflict = system.minimal_conflict()
    assert conflict is not None
    assert conflict
    assert not system.is_feasible(conflict)
    for label in conflict:
        assert system.is_feasible(conflict - {label})
