"""How fast figures are read: cached (the common case) and uncached; figures found in text.

Run: ``PYTHONPATH=src python benchmarks/bench_figures.py``. Prints figures parsed
per second through ``parse_figure`` (cached on text and policy; target at least
50,000/s), the uncached rate (grammar, units and interval work every time), the
rate of unit conversions (``Figure.to``, cached factors), and the scanning speed
of ``figures_in`` over running text in kB/s.
"""

from __future__ import annotations

import time

from _timing import rate

from claimcheck.figures import figures_in, parse_figure, parse_uncached

TEXTS = (
    "270", "120", "390", "1,000", "175", "150", "76", "63", "at least 162", "around 1,000",
    "1,000-for-1,000", "1.2 million", "86%", "107 square miles", "278 square kilometres",
    "300 to 400", "between 300 and 400", "nearly 1,000", "more than 1,000", "up to 5 km",
    "$1.5 billion", "€5m", "3-year-old", "a dozen", "hundreds", "three hundred and forty",
    "just under 1,000", "12 thousand", "2.5", "10-20%",
)  # fmt: skip
ARTICLE = (
    "Moscow said 270 soldiers and 120 civilians went home on Friday, the first stage of a "
    "1,000-for-1,000 swap. The air force counted 175 drones and one missile, 150 of which "
    "were downed; on Wednesday 63 of 76 were shot down. The ministry claimed at least 162 "
    "drones across a 1,000-kilometer front, some 278 square kilometres, in a 3-year-old war "
    "that has cost $1.5 billion and displaced hundreds of thousands. "
) * 20




def cached() -> int:
    for text in TEXTS:
        parse_figure(text)
    return len(TEXTS)


def uncached() -> int:
    for text in TEXTS:
        parse_uncached(text)
    return len(TEXTS)


def conversions() -> int:
    figures = [f for f in (parse_figure(t) for t in TEXTS) if f.unit is not None]
    for figure in figures:
        figure.canonical()
    return len(figures)


def scan() -> int:
    figures_in(ARTICLE)
    return len(ARTICLE)


def main() -> None:
    start = time.perf_counter()
    parse_figure("107 square miles").to("km²")  # builds the unit registry once
    print(f"first unit use (builds the pint registry): {time.perf_counter() - start:.3f} s")
    print(f"parse_figure, cached:   {rate(cached):>12,.0f} figures/s  (target >= 50,000)")
    print(f"parse_figure, uncached: {rate(uncached):>12,.0f} figures/s")
    print(f"parse + canonical():    {rate(conversions):>12,.0f} figures/s (cached parse)")
    print(f"figures_in scanning:    {rate(scan) / 1000:>12,.0f} kB/s")


if __name__ == "__main__":
    main()
