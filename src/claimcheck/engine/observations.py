"""Observations: which claims speak about the same value — the time rule.

A measure may be reported for several times ("drones launched" overnight
Wednesday and overnight Friday). The engine gives a measure one variable per
*observation window*, and the rule is:

1. A claim's time is its ``when`` period. A claim without one has no time,
   except on a running total (a measure under ``Cumulative``), where a report
   is as of the day it was said: its time is ``said_on``.
2. Measures tied by relations (other than ``Cumulative``) are observed
   together: their relations hold between values at the same time. So windows
   are formed per *group* of tied measures (`claimcheck.engine.ties`), from the times
   of the group's reports (hedged claims — forecasts — never form windows).
3. Periods that overlap, directly or through a chain of overlapping periods,
   form one window: the claims in it are about one value and must agree.
   Periods that share no day fall in separate windows: separate observations,
   never compared (except that a running total must not shrink from one
   window to a later one).
4. A claim without a time joins the group's only window when there is at most
   one. When the group's reports fall in two or more separate windows, we
   cannot know which one an untimed claim means; the untimed claims then form
   a window of their own (``None``) and are compared only with each other.
5. Each window holds one *instance* of the group: one variable per measure of
   the group, with the group's relations between them.

A hedged claim is compared (see `claimcheck.engine.notes`) with the window its time
falls in, when exactly one fits.
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import attrs

from claimcheck.measure import Measure
from claimcheck.model import Claim
from claimcheck.timeline import Period

__all__ = ["Days", "Observations", "Slot", "Window", "claim_time", "merge_windows", "observe"]



class Days(NamedTuple):
    """An observation window: the days from ``start`` to ``end``, both included.

    A plain tuple of dates (cheap to hash: windows are parts of dictionary keys
    on the engine's hot path); ``str`` reads like a `Period`'s.
    """

    start: datetime.date
    end: datetime.date

    def overlaps(self, other: Days | Period) -> bool:
        """Whether the two share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


Window = Days | None
Slot = tuple[Measure, Window]


def claim_time(claim: Claim, cumulative: bool) -> Period | None:
    """The time a claim is about (rule 1)."""
    if claim.when is not None:
        return claim.when
    if cumulative and claim.said_on is not None:
        return Period.day(claim.said_on)
    return None


def merge_windows(periods: Sequence[Period]) -> tuple[Days, ...]:
    """Disjoint windows, in time order, joining periods that overlap (rule 3)."""
    if periods and all(p is periods[0] for p in periods):
        return (Days(periods[0].start, periods[0].end),)
    windows: list[Days] = []
    for period in sorted(periods, key=lambda p: (p.start, p.end)):
        if windows and period.start <= windows[-1].end:
            if period.end > windows[-1].end:
                windows[-1] = Days(windows[-1].start, period.end)
        else:
            windows.append(Days(period.start, period.end))
    return tuple(windows)


@attrs.frozen(kw_only=True)
class Observations:
    """Where every report falls: ``reports`` maps each slot (measure, window) to its claims.

    ``instances`` gives each group (by its representative) the windows it is
    observed in; a group absent from it has the single window ``None``.
    """

    reports: Mapping[Slot, list[Claim]]
    instances: Mapping[Measure, tuple[Window, ...]]

    def windows(self, group: Measure) -> tuple[Window, ...]:
        """The windows of a group, in time order (``None``, if any, last)."""
        return self.instances.get(group, (None,))

    def window_for(self, group: Measure, time: Period | None) -> tuple[bool, Window]:
        """The window a hedged claim's time falls in: ``(found, window)``."""
        windows = self.windows(group)
        if len(windows) == 1 and (time is None or windows[0] is None or windows[0].overlaps(time)):
            return True, windows[0]
        if time is None:
            return None in windows, None
        fitting = [w for w in windows if w is not None and w.overlaps(time)]
        return (True, fitting[0]) if len(fitting) == 1 else (False, None)


def observe(
    groups: Mapping[Measure, Sequence[Measure]],
    claims: Mapping[Measure, Sequence[Claim]],
    cumulative: frozenset[Measure],
) -> Observations:
    """Place every claim in ``claims`` (reports only, no forecasts) in its slot.

    ``groups`` maps a group's representative to its measures; every measure
    with claims must be in some group.
    """
    reports: dict[Slot, list[Claim]] = {}
    instances: dict[Measure, tuple[Window, ...]] = {}
    for group, members in groups.items():
        if _untimed(members, claims, cumulative):
            reports.update(((m, None), list(claims[m])) for m in members if m in claims)
            continue
        found = [(c, claim_time(c, m in cumulative)) for m in members for c in claims.get(m, ())]
        windows = merge_windows([t for _c, t in found if t is not None])
        if len(windows) <= 1:  # every report of the group is about one value per measure
            instances.update({group: windows} if windows else {})
            window = windows[0] if windows else None
            reports.update(((m, window), list(claims[m])) for m in members if m in claims)
            continue
        untimed = any(t is None for _c, t in found)
        instances[group] = (*windows, None) if untimed else windows
        for claim, time in found:
            reports.setdefault((claim.measure, _window(windows, time)), []).append(claim)
    return Observations(reports=reports, instances=instances)


def _untimed(
    members: Sequence[Measure],
    claims: Mapping[Measure, Sequence[Claim]],
    cumulative: frozenset[Measure],
) -> bool:
    """Whether no report of the group has a time (the common case, decided fast)."""
    if cumulative and not cumulative.isdisjoint(members):
        return False
    return all(c.when is None for m in members for c in claims.get(m, ()))


def _window(windows: tuple[Days, ...], time: Period | None) -> Window:
    """The window a report falls in (rules 3 and 4)."""
    if len(windows) <= 1:
        return windows[0] if windows else None
    if time is None:
        return None
    return windows[bisect.bisect_right([w.start for w in windows], time.start) - 1]
