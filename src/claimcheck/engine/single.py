"""One value, no relation: the fast path, by intersecting intervals.

Most values in a corpus are reported by several sources and tied to nothing
else. Their claims can all hold exactly when their intervals meet (and, for a
count, the meeting holds a whole number of at least 0). When they do not, a
minimal conflict is a single claim (no whole number of at least 0 fits it) or
two claims: in one dimension, intervals that meet pairwise meet all together
(Helly), so the claim with the highest lower end and the one with the lowest
upper end already conflict. Setting those aside and looking again finds every
independent conflict. Ends are exact (`int` or `Fraction`).

>>> spans = [("a", Span(270, 270, False, False)), ("b", Span(280, None, False, True))]
>>> found, standing = conflicts(spans, integer=True)
>>> [sorted(c) for c in found], standing
([['a', 'b']], [])
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from claimcheck.engine.spans import (
    FREE,
    NONNEGATIVE,
    Number,
    Span,
    integer_hull,
    is_empty,
    tightest_pair,
)

__all__ = ["conflicts", "meet"]


def meet(spans: Iterable[Span], integer: bool) -> Span:
    """The values every span allows (whole and at least 0 when ``integer``); may be empty."""
    low: Number | None = 0 if integer else None
    high: Number | None = None
    low_open, high_open = not integer, True
    for span in spans:
        end = span.low
        if end is not None and (low is None or end > low or (end == low and span.low_open)):
            low, low_open = end, span.low_open
        end = span.high
        if end is not None and (high is None or end < high or (end == high and span.high_open)):
            high, high_open = end, span.high_open
    met = Span(low, high, low_open, high_open)
    return integer_hull(met) if integer else met


def conflicts(
    spans: Sequence[tuple[str, Span]], integer: bool
) -> tuple[list[frozenset[str]], list[str]]:
    """Disjoint minimal conflicts among labelled spans, and the labels left standing."""
    if not is_empty(meet((s for _label, s in spans), integer)):
        return [], [label for label, _s in spans]
    found: list[frozenset[str]] = []
    active: list[tuple[str, Span]] = []
    for label, span in spans:
        if is_empty(meet((span,), integer)):
            found.append(frozenset((label,)))
        else:
            active.append((label, span))
    while len(active) > 1 and is_empty(meet((s for _label, s in active), integer)):
        pair = frozenset(tightest_pair(active))
        found.append(pair)
        active = [(label, s) for label, s in active if label not in pair]
    return found, [label for label, _s in active]


def base(integer: bool) -> Span:
    """What a value allows before any claim: a count is at least 0."""
    return NONNEGATIVE if integer else FREE
