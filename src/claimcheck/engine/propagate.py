"""Bound propagation and a greedy witness: the fast path before any simplex.

`witness` narrows every variable's span by interval reasoning over the rows
(each row bounds one variable by the others' spans), then fixes variables
one by one to a value inside their span, propagating after each. If every
variable gets a value and the rows hold exactly at that assignment, the
assignment *proves* the rows and spans can all hold: no solver is needed.
If propagation empties a span, they cannot hold. Otherwise (a cycle that
propagation cannot settle, or a greedy choice that failed) the answer is
`None`: ask the exact solver. Every step is rational arithmetic; the number of
propagation rounds is capped so slowly converging integer cycles stop early.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from fractions import Fraction
from typing import Generic, TypeVar

from claimcheck.engine.constraints import Row
from claimcheck.engine.spans import FREE, Number, Span, exact, integer_hull, intersect, is_empty

__all__ = ["INFEASIBLE", "propagate", "settle", "single_row", "witness"]

V = TypeVar("V", bound=Hashable)
INFEASIBLE = "infeasible"
_ROUNDS = 24


def _end_min(coef: Number, span: Span) -> tuple[Number | None, bool]:
    """The least value of ``coef * x`` for x in span, and whether it is not attained."""
    if coef > 0:
        return (None, True) if span.low is None else (coef * span.low, span.low_open)
    return (None, True) if span.high is None else (coef * span.high, span.high_open)


def _bound_from(row: Row, index: int, spans: Mapping[V, Span]) -> Span:
    """What ``row`` (read as ``<=``) says about its ``index``-th variable."""
    rest, strict = row.rhs, row.op == "<"
    for j, (var, coef) in enumerate(row.terms):
        if j != index:
            least, open_ = _end_min(coef, spans[var])  # type: ignore[index]
            if least is None:
                return FREE
            rest, strict = rest - least, strict or open_
    coef = row.terms[index][1]
    if coef > 0:
        return Span(None, divide(rest, coef), True, strict)
    return Span(divide(rest, coef), None, strict, True)


def divide(a: Number, b: Number) -> Number:
    """``a / b`` exactly (never a float, even for two ints)."""
    if b == 1:
        return a
    if b == -1:
        return -a
    return exact(Fraction(a) / b)


def _negated(row: Row) -> Row:
    return Row(tuple((v, -c) for v, c in row.terms), "<=", -row.rhs)


def _as_upper(rows: Sequence[Row]) -> list[Row]:
    """Every row as ``<=``/``<`` rows (an equality gives two)."""
    out: list[Row] = []
    for row in rows:
        out.append(Row(row.terms, "<=" if row.op == "==" else row.op, row.rhs))
        if row.op == "==":
            out.append(_negated(row))
    return out


def _narrow(span: Span, bound: Span, integer: bool) -> Span:
    narrowed = intersect(span, bound)
    return integer_hull(narrowed) if integer else narrowed


class _Network(Generic[V]):
    """The rows as upper bounds, and which rows watch each variable."""

    def __init__(self, rows: Sequence[Row], integer: Mapping[V, bool]) -> None:
        self.upper = _as_upper(rows)
        self.integer = integer
        self.watching: dict[V, list[Row]] = {}
        for row in self.upper:
            for var, _coef in row.terms:
                self.watching.setdefault(var, []).append(row)  # type: ignore[arg-type]

    def run(self, spans: dict[V, Span], queue: list[Row]) -> bool:
        """Narrow ``spans`` in place from the rows in ``queue``; False if a span empties."""
        budget = _ROUNDS * max(len(self.upper), 1)
        while queue and budget > 0:
            row = queue.pop()
            budget -= 1
            for index, (var, coef) in enumerate(row.terms):
                if not coef:
                    continue
                key: V = var  # type: ignore[assignment]
                new = _narrow(spans[key], _bound_from(row, index, spans), self.integer[key])
                if is_empty(new):
                    return False
                if new != spans[key]:
                    spans[key] = new
                    queue.extend(r for r in self.watching[key] if r is not row)
        return True


def propagate(
    rows: Sequence[Row], spans: dict[V, Span], integer: Mapping[V, bool]
) -> dict[V, Span] | str:
    """Spans narrowed by the rows (``INFEASIBLE`` if one empties); ``spans`` is updated."""
    if any(is_empty(span) for span in spans.values()):
        return INFEASIBLE
    network: _Network[V] = _Network(rows, integer)
    return spans if network.run(spans, list(network.upper)) else INFEASIBLE


def _pick(span: Span, integer: bool) -> Number:
    """A value inside a non-empty span: the middle when bounded, else next to the end."""
    if span.low is not None and span.high is not None:
        middle = divide(span.low + span.high, 2)
        return math.floor(middle) if integer else middle
    if span.low is not None:
        return span.low + (1 if span.low_open else 0)
    if span.high is not None:
        return span.high - (1 if span.high_open else 0)
    return 0


def _holds(row: Row, values: Mapping[V, Number]) -> bool:
    total: Number = 0
    for var, coef in row.terms:
        total += coef * values[var]  # type: ignore[index]
    if row.op == "==":
        return total == row.rhs
    return total < row.rhs if row.op == "<" else total <= row.rhs


def single_row(rows: Sequence[Row]) -> bool:
    """One row with unit coefficients over distinct variables.

    Its sum ranges over an interval (of whole numbers when its variables are
    whole), so bound propagation is exact for it: the spans that survive are
    the exact ranges of the variables over its solutions.
    """
    if len(rows) != 1:
        return False
    terms = rows[0].terms
    return len({v for v, _c in terms}) == len(terms) and all(c in (1, -1) for _v, c in terms)


def witness(
    rows: Sequence[Row], spans: Mapping[V, Span], integer: Mapping[V, bool]
) -> dict[V, Number] | str | None:
    """An exact assignment satisfying rows and spans, ``INFEASIBLE``, or None (undecided)."""
    if any(is_empty(span) for span in spans.values()):
        return INFEASIBLE
    network: _Network[V] = _Network(rows, integer)
    current = dict(spans)
    if not network.run(current, list(network.upper)):
        return INFEASIBLE

    values: dict[V, Number] = {}
    for var in list(current):
        value = _pick(current[var], integer[var])
        values[var] = value
        current[var] = Span(value, value, False, False)
        if not network.run(current, list(network.watching.get(var, ()))):
            return None
    return values if all(_holds(row, values) for row in rows) else None


def settle(rows: Sequence[Row], spans: Mapping[V, Span], integer: Mapping[V, bool]) -> bool | None:
    """Whether rows and spans can all hold: True, False, or None when undecided here.

    True is proved either by propagation alone on a single row with unit
    coefficients over distinct variables (the row's sum then ranges over an
    interval — of whole numbers when its variables are whole — so bounds that
    survive propagation admit a solution) or by an exact assignment (`witness`).
    """
    if any(is_empty(span) for span in spans.values()):
        return False
    if single_row(rows):
        network: _Network[V] = _Network(rows, integer)
        return network.run(dict(spans), list(network.upper))
    found = witness(rows, spans, integer)
    return None if found is None else found != INFEASIBLE
