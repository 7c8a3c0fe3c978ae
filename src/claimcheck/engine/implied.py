"""Implied figures: the exact interval the story forces each measure into.

`Implied` is the ``Report.implied`` mapping. Its keys are the measures the
check observed (every measure of a group with a report); a measure observed
in two or more separate windows appears once per window, keyed by the measure
with a ``when`` facet naming the window (``drones launched[attack=x,
when=2025-05-21]``), and untimed reports of such a measure under the plain
measure. Each value is a `Figure` in the base unit of the measure's dimension
(a count when the measure counts whole things), computed from every claim
left standing once the conflicts are set aside, with all relations in force.
For linear relations the interval is exact; a ``Share`` of two uncertain
values contributes only what its linear rest implies (a sound outer bound).

The figures are computed on first access, one component at a time, so a
check of a large corpus does not pay for them unless they are read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from claimcheck.engine.observations import Slot
from claimcheck.engine.spans import Span
from claimcheck.figures import Figure
from claimcheck.measure import Measure

__all__ = ["Implied", "slot_key", "span_figure"]


def slot_key(slot: Slot, several: bool) -> Measure:
    """The key of one slot in `Implied`."""
    measure, window = slot
    return measure.with_facets(when=str(window)) if several and window is not None else measure


def span_figure(span: Span, unit: str | None, counts: bool) -> Figure:
    """A span in base units as a Figure."""
    return Figure(
        low=span.low, high=span.high, unit=unit, counts=counts and unit is None,
        low_open=span.low_open and span.low is not None,
        high_open=span.high_open and span.high is not None,
    )  # fmt: skip


class Implied(Mapping[Measure, Figure]):
    """A lazy, read-only mapping from measure to implied figure (see the module docstring)."""

    def __init__(
        self,
        keys: Mapping[Measure, Slot],
        solve: Callable[[Slot], Span],
        unit: Callable[[Measure], str | None],
        counts: Callable[[Slot], bool],
    ) -> None:
        self._keys = keys
        self._solve = solve
        self._unit = unit
        self._counts = counts
        self._figures: dict[Measure, Figure] = {}

    def __getitem__(self, key: Measure) -> Figure:
        found = self._figures.get(key)
        if found is None:
            slot = self._keys[key]
            span = self._solve(slot)
            found = span_figure(span, self._unit(slot[0]), self._counts(slot))
            self._figures[key] = found
        return found

    def __iter__(self) -> Iterator[Measure]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"Implied({len(self)} measures)"
