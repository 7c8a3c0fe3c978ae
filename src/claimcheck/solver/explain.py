"""QuickXplain (Junker, 2004): a minimal infeasible subset with few feasibility checks.

Given candidates that cannot all hold and a feasibility oracle, return a subset
that cannot hold while every proper subset can: drop any one member and the rest
is feasible.  The search splits the candidates in halves and recurses, needing
about ``k·log(n/k)`` oracle calls for a conflict of ``k`` among ``n``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["quickxplain"]

T = TypeVar("T")


def quickxplain(candidates: Sequence[T], feasible: Callable[[list[T]], bool]) -> list[T]:
    """A minimal infeasible subset of ``candidates`` (which together must be infeasible)."""
    if not candidates:
        return []
    return _explain([], False, list(candidates), feasible)


def _explain(
    background: list[T],
    added: bool,
    candidates: list[T],
    feasible: Callable[[list[T]], bool],
) -> list[T]:
    if added and not feasible(background):
        return []
    if len(candidates) == 1:
        return candidates
    half = len(candidates) // 2
    first, second = candidates[:half], candidates[half:]
    from_second = _explain(background + first, True, second, feasible)
    from_first = _explain(background + from_second, bool(from_second), first, feasible)
    return from_first + from_second
