"""Shared by the benchmark scripts: a throughput measured over a fixed time."""

from __future__ import annotations

import time
from collections.abc import Callable


def rate(work: Callable[[], int], seconds: float = 1.0) -> float:
    """Items per second of ``work`` (which returns how many items it did), over ``seconds``."""
    done, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        done += work()
    return done / elapsed
