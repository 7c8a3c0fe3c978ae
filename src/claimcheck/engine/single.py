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

import heapq
from collections.abc import Iterable, Sequence

from claimcheck.engine.spans import (
    FREE,
    NONNEGATIVE,
    Number,
    Span,
    integer_hull,
    is_empty,
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
    ends = _Ends(active)
    while (pair := ends.tightest()) is not None and is_empty(meet(pair.values(), integer)):
        found.append(frozenset(pair))
        ends.remove(pair)
    return found, [label for label, _s in active if label not in ends.removed]


#: A heap entry: the end (negated for lower ends), its openness, the order given, the label.
_End = tuple[Number, int, int, str, Span]


class _Ends:
    """The spans still standing, by their highest lower end and lowest upper end.

    Two heaps make each look at the tightest pair cheap, so a value with many
    independent conflicts is settled in ``n log n`` steps, not ``n**2``. Ties go to
    the span given first, as `claimcheck.engine.spans.tightest_pair` would.
    """

    def __init__(self, spans: list[tuple[str, Span]]) -> None:
        self.removed: set[str] = set()
        self.lows: list[_End] = [
            (-s.low, -int(s.low_open), i, label, s)
            for i, (label, s) in enumerate(spans) if s.low is not None
        ]  # fmt: skip
        self.highs: list[_End] = [
            (s.high, int(not s.high_open), i, label, s)
            for i, (label, s) in enumerate(spans) if s.high is not None
        ]  # fmt: skip
        heapq.heapify(self.lows)
        heapq.heapify(self.highs)
        self.standing = len(spans)

    def tightest(self) -> dict[str, Span] | None:
        """The span with the highest lower end and the one with the lowest upper end."""
        for heap in (self.lows, self.highs):
            while heap and heap[0][3] in self.removed:
                heapq.heappop(heap)
        if self.standing < 2 or not self.lows or not self.highs:
            return None
        top, bottom = self.lows[0], self.highs[0]
        return {top[3]: top[4], bottom[3]: bottom[4]}

    def remove(self, labels: Iterable[str]) -> None:
        for label in labels:
            self.removed.add(label)
            self.standing -= 1


def base(integer: bool) -> Span:
    """What a value allows before any claim: a count is at least 0."""
    return NONNEGATIVE if integer else FREE
