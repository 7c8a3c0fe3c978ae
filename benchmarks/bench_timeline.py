"""How fast time words resolve: cached (the engine's hot path) and uncached.

Run: ``PYTHONPATH=src python benchmarks/bench_timeline.py``. Prints resolutions
per second (target: at least 100,000/s for cached patterns), the uncached rate
(grammar and calendar work every time), duration checks per second and the
weekday-agreement scan speed in MB/s.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from _timing import rate

from claimcheck.durations import DurationBound, check_duration
from claimcheck.timeline import clear_caches, resolve_when
from claimcheck.weekday_agreement import weekday_pairs

PHRASES = (
    "on Monday", "Friday", "overnight Friday", "last week", "next Monday", "will meet on Monday",
    "this week", "earlier this month", "over the weekend", "in recent days", "in the coming days",
    "May 16", "16 May 2025", "May 16, 2025", "2025-05-16", "2025-05-16/2025-05-18", "in March",
    "March 2024", "spring of 2022", "since the spring of 2022", "since 2022", "three days ago",
    "two weeks ago", "the past 24 hours", "yesterday", "today", "tomorrow", "last month",
    "winter 2022-23", "is expected to continue in the coming days",
)  # fmt: skip
DATELINES = tuple(datetime.date(2025, 5, 19) + datetime.timedelta(days=n) for n in range(7))
CASES = tuple((text, dateline) for text in PHRASES for dateline in DATELINES)




def cached() -> int:
    for text, dateline in CASES:
        resolve_when(text, dateline)
    return len(CASES)


def uncached() -> int:
    clear_caches()
    return cached()


INVASION = datetime.date(2022, 2, 24)
BOUNDS = (DurationBound.age(3), DurationBound.ordinal(4), DurationBound.more_than(3))


def durations() -> int:
    for dateline in DATELINES:
        for bound in BOUNDS:
            check_duration(INVASION, dateline, bound)
    return len(DATELINES) * len(BOUNDS)


DENSE = (
    "Officials said on Friday, May 23, that talks would resume on Thursday (May 29). "
    "An earlier round on Tuesday 20 May had stalled; weather on Sunday was fine. "
) * 2000
SPARSE = (
    "The ministry said on Friday, May 23, that 270 soldiers and 120 civilians were returned. "
    "Further exchanges are expected in the coming days, officials told reporters on Friday; "
    "the talks in Istanbul last week were the first since the spring of 2022. "
    "Air defences downed 150 of 175 drones launched overnight, the air force said Saturday. "
) * 1000


def scan(text: str) -> Callable[[], int]:
    def work() -> int:
        weekday_pairs(text, DATELINES[4])
        return len(text.encode())

    return work


def main() -> None:
    cached()  # warm the caches
    print(f"resolve_when, cached:   {rate(cached):>12,.0f} resolutions/s (target >= 100,000)")
    print(f"resolve_when, uncached: {rate(uncached):>12,.0f} resolutions/s")
    print(f"check_duration:         {rate(durations):>12,.0f} checks/s")
    print(f"weekday_pairs, dense:   {rate(scan(DENSE)) / 1e6:>12,.1f} MB/s (a pair per 50 bytes)")
    print(f"weekday_pairs, news:    {rate(scan(SPARSE)) / 1e6:>12,.1f} MB/s")


if __name__ == "__main__":
    main()
