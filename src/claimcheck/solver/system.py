"""``LinearSystem``: variables, labelled linear constraints, and exact answers about them.

A constraint without a label is *hard* (background, always in force); one with
a label is *soft* and counts only when its label is active.  Every query takes
``active`` (an iterable of labels; ``None`` means all of them; labels never
used are ignored) and answers exactly: feasibility, a model, a minimal
conflict, several disjoint conflicts, and the interval a variable is forced
into.  The system splits into connected components (variables joined by
constraints) that are decided separately; a component's tableau is kept between
queries for warm starts and dropped when a new constraint touches it.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from fractions import Fraction
from math import gcd, lcm
from typing import Generic, TypeVar

from claimcheck.errors import ModelError
from claimcheck.solver.component import HARD, Active, Component, Constraint
from claimcheck.solver.explain import quickxplain
from claimcheck.solver.interval import Interval
from claimcheck.solver.rationals import MAX_BITS, Delta, Num, exact_div, shrink

__all__ = ["OPS", "LinearSystem"]

V = TypeVar("V", bound=Hashable)
L = TypeVar("L", bound=Hashable)

OPS = ("<=", "<", "==", ">=", ">")
_FLIP = {"<=": ">=", "<": ">", "==": "==", ">=": "<=", ">": "<"}
_HOLDS = {
    "<=": lambda r: r >= 0,
    "<": lambda r: r > 0,
    "==": lambda r: r == 0,
    ">=": lambda r: r <= 0,
    ">": lambda r: r < 0,
}

DEFAULT_BRANCH_LIMIT = 10_000


def _number(value: object, what: str, key: object = None) -> Num:
    """``value`` as an exact number, or a :class:`ModelError` naming ``what`` (of ``key``)."""
    kind = type(value)
    if kind is int:
        assert isinstance(value, int)
        if -_LIMIT < value < _LIMIT:
            return value
    elif kind is not Fraction:
        raise ModelError(f"{_name(what, key)} must be an int or a Fraction, not {value!r}")
    assert isinstance(value, int | Fraction)
    bits = max(value.numerator.bit_length(), value.denominator.bit_length())
    if bits > MAX_BITS:
        raise ModelError(f"{_name(what, key)} has {bits} bits; at most {MAX_BITS} are accepted")
    return shrink(value)


def _name(what: str, key: object) -> str:
    return what if key is None else f"{what} of {key!r}"


_LIMIT = 1 << MAX_BITS


class LinearSystem(Generic[V, L]):
    """Exact linear constraints over rational and integer variables, with labels.

    >>> system: LinearSystem[str, str] = LinearSystem()
    >>> system.add_variable("x", integer=True, nonnegative=True)
    >>> system.add_variable("y", integer=True, nonnegative=True)
    >>> system.add_constraint({"x": 1, "y": 1}, "==", 5)
    >>> system.add_constraint({"x": 1, "y": -1}, "==", 0, label="same")
    >>> system.is_feasible()
    False
    >>> system.minimal_conflict()
    frozenset({'same'})
    >>> str(system.bounds("x", active=[]))
    '[0, 5]'
    """

    def __init__(self, *, branch_limit: int = DEFAULT_BRANCH_LIMIT) -> None:
        self.branch_limit = branch_limit
        self._index: dict[V, int] = {}
        self._keys: list[V] = []
        self._integer: list[bool] = []
        self._parent: list[int] = []
        self._constraints: dict[int, list[Constraint]] = {}
        self._members: dict[int, list[int]] = {}
        self._components: dict[int, Component] = {}
        self._label_index: dict[L, int] = {}
        self._label_keys: list[L] = []
        self._label_vars: list[list[int]] = []
        self._false: set[int] = set()
        self._hard_ok: bool | None = None

    @property
    def variables(self) -> tuple[V, ...]:
        """The variables, in the order they were added."""
        return tuple(self._keys)

    @property
    def labels(self) -> tuple[L, ...]:
        """The labels of soft constraints, in the order first used."""
        return tuple(self._label_keys)

    def is_integer(self, var: V) -> bool:
        """Whether ``var`` takes whole values only."""
        return self._integer[self._var(var)]

    def add_variable(self, key: V, *, integer: bool = False, nonnegative: bool = False) -> None:
        """A new variable; ``integer`` for whole values, ``nonnegative`` for ``key >= 0``."""
        if key in self._index:
            raise ModelError(f"the variable {key!r} was already added")
        number = len(self._keys)
        self._index[key] = number
        self._keys.append(key)
        self._integer.append(bool(integer))
        self._parent.append(number)
        self._constraints[number] = []
        self._members[number] = [number]
        if nonnegative:
            self.add_constraint({key: 1}, ">=", 0)

    def add_constraint(
        self,
        terms: Mapping[V, int | Fraction],
        op: str,
        rhs: int | Fraction,
        *,
        label: L | None = None,
    ) -> None:
        """``Σ coef·var  op  rhs`` with ``op`` one of ``OPS``; hard unless ``label`` is given."""
        if op not in _FLIP:
            raise ModelError(f"unknown comparison {op!r}: expected one of {', '.join(OPS)}")
        bound = _number(rhs, "the right-hand side")
        pairs = [
            (self._var(key), _number(coef, "the coefficient", key)) for key, coef in terms.items()
        ]
        number = self._label(label)
        if len(pairs) == 1 and pairs[0][1]:
            self._store_bound(pairs[0][0], pairs[0][1], op, bound, number)
            return
        pairs = sorted((var, coef) for var, coef in pairs if coef)
        if not pairs:
            if not _HOLDS[op](bound):
                self._false.add(number)
                self._hard_ok = None
            return
        self._store(_normalise(pairs, op, bound, number))

    def _var(self, key: V) -> int:
        try:
            return self._index[key]
        except (KeyError, TypeError):
            raise ModelError(f"unknown variable {key!r}: add it with add_variable first") from None

    def _label(self, label: L | None) -> int:
        if label is None:
            return HARD
        number = self._label_index.get(label)
        if number is None:
            number = self._label_index[label] = len(self._label_keys)
            self._label_keys.append(label)
            self._label_vars.append([])
        return number

    def _find(self, var: int) -> int:
        parent = self._parent
        root = var
        while parent[root] != root:
            root = parent[root]
        while parent[var] != root:
            parent[var], var = root, parent[var]
        return root

    def _store(self, constraint: Constraint) -> None:
        root = self._find(constraint.terms[0][0])
        self._components.pop(root, None)
        for var, _ in constraint.terms[1:]:
            other = self._find(var)
            if other != root:
                self._components.pop(other, None)
                root = self._union(root, other)
        self._constraints[root].append(constraint)
        if constraint.label != HARD:
            self._label_vars[constraint.label].append(constraint.terms[0][0])
        self._hard_ok = None

    def _store_bound(self, var: int, coef: Num, op: str, rhs: Num, label: int) -> None:
        """The fast path of :meth:`_store` for a constraint on one variable."""
        if coef != 1:
            op = op if coef > 0 else _FLIP[op]
            rhs = exact_div(rhs, coef)
        root = self._find(var)
        self._components.pop(root, None)
        self._constraints[root].append(Constraint(terms=((var, 1),), op=op, rhs=rhs, label=label))
        if label != HARD:
            self._label_vars[label].append(var)
        self._hard_ok = None

    def _union(self, a: int, b: int) -> int:
        if len(self._constraints[a]) < len(self._constraints[b]):
            a, b = b, a
        self._parent[b] = a
        self._constraints[a].extend(self._constraints.pop(b))
        self._members[a].extend(self._members.pop(b))
        return a

    def _component(self, root: int) -> Component:
        component = self._components.get(root)
        if component is None:
            members = sorted(self._members[root])
            component = Component(
                members, self._constraints[root], self._integer, self.branch_limit
            )
            self._components[root] = component
        return component

    # -- queries -------------------------------------------------------------

    def _resolve(self, labels: Iterable[L] | None) -> Active:
        if labels is None:
            return None
        index = self._label_index
        return frozenset(index[label] for label in labels if label in index)

    def _roots(self, active: Active) -> list[int]:
        """The components with constraints that ``active`` labels own (all when ``None``)."""
        if active is None:
            return [root for root, owned in self._constraints.items() if owned]
        return sorted({self._find(var) for label in active for var in self._label_vars[label]})

    def _hard_feasible(self) -> bool:
        """Whether the hard constraints alone can hold (kept until a constraint is added)."""
        if self._hard_ok is None:
            self._hard_ok = HARD not in self._false and all(
                self._component(root).conflict(frozenset()) is None for root in self._roots(None)
            )
        return self._hard_ok

    def _feasible(self, active: Active) -> bool:
        """Whether ``active`` can hold, given that the hard constraints can."""
        if self._false and (active is None or not self._false.isdisjoint(active)):
            return False
        return all(self._component(root).conflict(active) is None for root in self._roots(active))

    def is_feasible(self, active: Iterable[L] | None = None) -> bool:
        """Whether the hard constraints and the active labels' constraints can all hold."""
        return self._is_feasible(self._resolve(active))

    def _is_feasible(self, chosen: Active) -> bool:
        if not self._feasible(chosen):
            return False
        if chosen is None:
            self._hard_ok = True
            return True
        return self._hard_feasible()

    def model(self, active: Iterable[L] | None = None) -> dict[V, Fraction] | None:
        """Values satisfying every active constraint (whole for integer variables), or ``None``."""
        chosen = self._resolve(active)
        if not self._is_feasible(chosen):
            return None
        values = dict.fromkeys(range(len(self._keys)), Fraction(0))
        for root in self._roots(None):
            found = self._component(root).model(chosen)
            assert found is not None, "a feasible system has feasible components"
            values.update(found)
        return {self._keys[var]: value for var, value in values.items()}

    def minimal_conflict(
        self, active: Iterable[L] | None = None, *, background: Iterable[L] = ()
    ) -> frozenset[L] | None:
        """A minimal set of labels that cannot hold together, or ``None`` when all can.

        Minimal: with any one label left out, the rest (with the hard constraints
        and the ``background`` labels, which are always in force and never
        blamed) can hold.  The empty set means the hard constraints and
        background alone cannot hold.
        """
        keep = self._resolve(background)
        assert keep is not None
        chosen = self._resolve(active)
        everything = frozenset(range(len(self._label_keys))) if chosen is None else chosen
        everything |= keep
        if not self._hard_feasible():
            return frozenset()
        core = self._core(everything)
        if core is None:
            return None
        if not self._feasible(keep):
            return frozenset()
        found = quickxplain(sorted(core - keep), lambda part: self._feasible(keep.union(part)))
        return frozenset(self._label_keys[label] for label in found)

    def _core(self, active: frozenset[int]) -> set[int] | None:
        """Labels of some infeasible subset of ``active``, or ``None`` when it is feasible."""
        for label in sorted(self._false & active):
            return {label}
        for root in self._roots(active):
            core = self._component(root).conflict(active)
            if core is not None:
                return core
        return None

    def conflicts(
        self, active: Iterable[L] | None = None, *, background: Iterable[L] = ()
    ) -> list[frozenset[L]]:
        """Disjoint minimal conflicts: find one, set its labels aside, repeat until feasible.

        ``[frozenset()]`` when the hard constraints and background alone cannot hold.
        """
        remaining = set(self._label_keys if active is None else active)
        keep = list(background)
        found: list[frozenset[L]] = []
        while (conflict := self.minimal_conflict(remaining, background=keep)) is not None:
            found.append(conflict)
            if not conflict:
                break
            remaining -= conflict
        return found

    def bounds(self, var: V, active: Iterable[L] | None = None) -> Interval | None:
        """The exact interval ``var`` is forced into, or ``None`` when nothing can hold.

        For an integer variable the ends are the least and greatest whole values
        it can take.  Checking the whole system each time, this costs a full
        feasibility check; use :meth:`all_bounds` for many variables.
        """
        chosen = self._resolve(active)
        if not self._is_feasible(chosen):
            return None
        return self._interval(self._var(var), chosen)

    def all_bounds(self, active: Iterable[L] | None = None) -> dict[V, Interval] | None:
        """:meth:`bounds` of every variable, with one feasibility check."""
        chosen = self._resolve(active)
        if not self._is_feasible(chosen):
            return None
        return {key: self._interval(var, chosen) for var, key in enumerate(self._keys)}

    def _interval(self, var: int, active: Active) -> Interval:
        root = self._find(var)
        if not self._constraints[root]:
            return Interval()
        component = self._component(root)
        low = component.extreme(var, False, active)
        high = component.extreme(var, True, active)
        return _to_interval(low, high)


def _to_interval(low: Delta | None, high: Delta | None) -> Interval:
    return Interval(
        low=None if low is None else Fraction(low[0]),
        high=None if high is None else Fraction(high[0]),
        low_open=low is None or low[1] != 0,
        high_open=high is None or high[1] != 0,
    )


def _normalise(pairs: list[tuple[int, Num]], op: str, rhs: Num, label: int) -> Constraint:
    """Scale to coprime integer coefficients with the first positive (flipping ``op``)."""
    if len(pairs) == 1:
        var, coef = pairs[0]
        return Constraint(
            terms=((var, 1),),
            op=op if coef > 0 else _FLIP[op],
            rhs=exact_div(rhs, coef),
            label=label,
        )
    scale = lcm(*(coef.denominator for _, coef in pairs))
    whole = [int(coef * scale) for _, coef in pairs]
    divisor = gcd(*whole) * (1 if whole[0] > 0 else -1)
    terms = tuple((var, coef // divisor) for (var, _), coef in zip(pairs, whole, strict=True))
    return Constraint(
        terms=terms,
        op=op if divisor > 0 else _FLIP[op],
        rhs=exact_div(rhs * scale, divisor),
        label=label,
    )
