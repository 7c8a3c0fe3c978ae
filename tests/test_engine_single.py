"""One value, no relation: conflicts found by intervals, as the plain search finds them.

Behaviour under test: `claimcheck.engine.single.conflicts` returns, for any
labelled spans, exactly the conflicts and standing labels of the plain search
it replaces (meet everything; while empty, set aside the span with the highest
lower end and the one with the lowest upper end) -- an oracle over drawn spans
with ties and open ends; and a value with many independent conflicts is
settled, not searched pairwise (a table of a thousand two-claim disputes).
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.engine.single import conflicts, meet
from claimcheck.engine.spans import Span, is_empty, tightest_pair


def _plain(spans: list[tuple[str, Span]], integer: bool) -> tuple[list[frozenset[str]], list[str]]:
    """The search as it was written first: quadratic, obviously right."""
    found: list[frozenset[str]] = []
    active = [(label, s) for label, s in spans if not is_empty(meet((s,), integer))]
    found += [frozenset((label,)) for label, s in spans if is_empty(meet((s,), integer))]
    if not is_empty(meet((s for _label, s in spans), integer)):
        return [], [label for label, _s in spans]
    while len(active) > 1 and is_empty(meet((s for _label, s in active), integer)):
        pair = frozenset(tightest_pair(active))
        found.append(pair)
        active = [(label, s) for label, s in active if label not in pair]
    return found, [label for label, _s in active]


_ENDS = st.one_of(st.none(), st.fractions(min_value=-5, max_value=30, max_denominator=4))


@st.composite
def _spans(draw: st.DrawFn) -> list[tuple[str, Span]]:
    count = draw(st.integers(min_value=0, max_value=12))
    spans = []
    for index in range(count):
        low, high = draw(_ENDS), draw(_ENDS)
        if low is not None and high is not None and low > high:
            low, high = high, low  # a span as a claim gives it: low end first
        opens = draw(st.tuples(st.booleans(), st.booleans()))
        spans.append(
            (f"c{index}", Span(low, high, opens[0] or low is None, opens[1] or high is None))
        )
    return spans


@given(spans=_spans(), integer=st.booleans())
def test_conflicts_agree_with_the_plain_search(
    spans: list[tuple[str, Span]], integer: bool
) -> None:
    assert conflicts(spans, integer) == _plain(spans, integer)


def test_many_independent_disputes_are_each_found() -> None:
    spans = []
    for index in range(1000):
        spans.append((f"low{index}", Span(Fraction(1000 + index), None, False, True)))
        spans.append((f"high{index}", Span(None, Fraction(index), True, False)))
    found, standing = conflicts(spans, integer=True)
    assert len(found) == 1000
    assert standing == []
    assert frozenset({"low999", "high0"}) in found
