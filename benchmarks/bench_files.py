"""How long does a large story file take to load?

Writes a JSON story of N claims (default 100,000) from a handful of sources
over N/5 measures, then times ``claimcheck.load`` on it (best of 3) and prints
claims per second. Target: a 100,000-claim story loads in at most 3 s.

    python benchmarks/bench_files.py [N]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import claimcheck as cc

FIGURES = ("270", "at least 162", "around 1,000", "86%", "300 to 400", "1.2 million", "107 sq mi")


def document(n: int) -> dict[str, object]:
    sources = {
        f"s{i}": {"name": f"Source {i}", "side": "Ukraine" if i % 2 else "Russia"} for i in range(8)
    }
    claims = [
        {
            "id": f"c{i}",
            "source": f"s{i % 8}",
            "measure": f"drones launched[attack=a{i // 5}, region=r{i % 3}]",
            "figure": FIGURES[i % len(FIGURES)],
            "said_on": "2025-05-23",
            "quote": f"claim number {i}",
        }
        for i in range(n)
    ]
    return {"title": "benchmark", "dateline": "2025-05-23", "sources": sources, "claims": claims}


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.json"
        path.write_text(json.dumps(document(n)), encoding="utf-8")
        size = path.stat().st_size
        times = []
        for _ in range(3):
            started = time.perf_counter()
            story = cc.load(path)
            times.append(time.perf_counter() - started)
        assert len(story.claims) == n
    best = min(times)
    print(f"load: {n:,} claims, {size / 1e6:.1f} MB JSON")
    print(f"load: best of 3 {best:.2f} s ({n / best:,.0f} claims/s); target <= 3 s for 100,000")


if __name__ == "__main__":
    main()
