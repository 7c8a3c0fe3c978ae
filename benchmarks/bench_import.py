"""How long does ``import claimcheck`` take, and what does it pull in?

Runs ``python -X importtime -c "import claimcheck"`` in fresh interpreters and
prints the best cumulative time, and whether pint, cattrs or z3 were loaded
(none should be: they load on first use). Target: under 100 ms.

    python benchmarks/bench_import.py [RUNS]
"""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pint", "cattrs", "z3", "hypothesis")


def cumulative_us() -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import claimcheck"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = [line.split("|") for line in done.stderr.splitlines() if line.count("|") == 2]
    total = next(int(c) for _, c, name in lines if name.strip() == "claimcheck")
    loaded = {name.strip().split(".")[0] for _, _, name in lines}
    return total, loaded & set(HEAVY)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    results = [cumulative_us() for _ in range(runs)]
    best = min(total for total, _ in results)
    heavy = set().union(*(loaded for _, loaded in results))
    print(f"import claimcheck: best of {runs} {best / 1000:.1f} ms cumulative (target < 100 ms)")
    print(f"heavy modules loaded at import: {', '.join(sorted(heavy)) or 'none'}")


if __name__ == "__main__":
    main()
