"""Benchmarks of ``claimcheck.check``: prints numbers, asserts nothing.

(a) **Stories of 50 claims and 20 relations** — time per ``check(story)``
    beside z3 deciding the same constraints (the measures as Int/Real
    variables, every claim's bounds and every relation; one ``Solver.check``
    plus, for inconsistent stories, an unsat core). Stories are built before
    timing; half of them are consistent, half carry one pushed figure.
(b) **A corpus** — 1,000,000 claims over 200,000 measures from five sources:
    most measures stand alone, one in five belongs to a total of three parts;
    every measure gets five claims (exact figures, lower and upper bounds,
    ranges). The story objects are built outside the timed part. Prints the
    time for N and 2N claims (the ratio), the time to read every implied
    figure, and peak memory (tracemalloc) of the check.

Run: ``PYTHONPATH=src python benchmarks/bench_check.py [--quick]``.
"""

from __future__ import annotations

import datetime
import gc
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from fractions import Fraction

from claimcheck.check import check
from claimcheck.figures import parse_figure
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story
from claimcheck.period import Period
from claimcheck.relations import PartOf, Relation, Same, Total

SOURCES = tuple(Source(name) for name in ("Ministry", "Air Force", "Agency", "Outlet", "Monitor"))


# -- (a) small stories against z3 ------------------------------------------------------


def small_story(rng: random.Random, pushed: bool) -> Story:
    """About 50 claims and 20 relations over totals, parts and equal pairs, counts."""
    claims: list[Claim] = []
    relations: list[Relation] = []
    for family in range(7):
        parts = [Measure(f"f{family} part {i}") for i in range(2)]
        total = Measure(f"f{family} total")
        truth = [rng.randint(0, 500) for _ in parts]
        values = {**dict(zip(parts, truth, strict=True)), total: sum(truth)}
        twin = Measure(f"f{family} twin")
        values[twin] = values[total]
        relations += [Total(total=total, parts=parts), Same(measures=[total, twin])]
        if family % 2 == 0:
            whole = Measure(f"f{family} whole")
            values[whole] = values[total] + rng.randint(0, 50)
            relations.append(PartOf(part=total, whole=whole))
        for measure, value in values.items():
            for _ in range(2 if len(claims) < 50 else 0):
                text = rng.choice((f"{value}", f"at least {max(value - 5, 0)}",
                                   f"{max(value - 3, 0)} to {value + 3}", f"at most {value + 9}"))
                claims.append(Claim(source=rng.choice(SOURCES), measure=measure, figure=text,
                                    id=f"c{len(claims)}"))  # fmt: skip
    if pushed:
        target = claims[rng.randrange(len(claims))]
        high = target.figure.high if target.figure.high is not None else target.figure.low
        claims.append(Claim(source=SOURCES[0], measure=target.measure,
                            figure=f"{int(high or 0) + 7}", id="pushed"))  # fmt: skip
    return Story(claims=claims[:50] + claims[-1:] * pushed, relations=relations[:20])


def z3_decide(story: Story) -> bool:
    """z3 on the same constraints: variables, claim bounds, relations (and a core if unsat)."""
    import z3

    counts = {c.measure for c in story.claims if c.figure.counts}
    v = {m: (z3.Int if m in counts else z3.Real)(str(m)) for m in story.measures()}
    solver = z3.Solver()
    solver.add(*[v[m] >= 0 for m in counts])
    for relation in story.relations:
        if isinstance(relation, Total):
            solver.add(v[relation.total] == z3.Sum([v[p] for p in relation.parts]))
        elif isinstance(relation, PartOf):
            solver.add(v[relation.part] <= v[relation.whole])
        elif isinstance(relation, Same):
            solver.add(*[v[relation.measures[0]] == v[m] for m in relation.measures[1:]])
    for claim in story.claims:
        x, f = v[claim.measure], claim.figure
        label = z3.Bool(claim.id)
        bounds = []
        if f.low is not None:
            bounds.append(x >= _q(z3, f.low))
        if f.high is not None:
            bounds.append(x <= _q(z3, f.high))
        solver.assert_and_track(z3.And(bounds), label)
    verdict = solver.check() == z3.sat
    if not verdict:
        solver.unsat_core()
    return verdict


def _q(z3: object, value: Fraction) -> object:
    return z3.Q(value.numerator, value.denominator)  # type: ignore[attr-defined]


def _per_call(run: Callable[[Story], object], stories: list[Story], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        for story in stories:
            run(story)
        times.append((time.perf_counter() - start) / len(stories))
    return min(times)


def bench_small(count: int) -> None:
    rng = random.Random(7)
    stories = [small_story(rng, pushed=i % 2 == 1) for i in range(count)]
    sizes = [(len(s.claims), len(s.relations)) for s in stories]
    ours = _per_call(check, stories, 3)
    try:
        theirs = _per_call(z3_decide, stories, 3)
    except ImportError:
        print("(a) z3 is not installed: skipped")
        return
    agree = sum(check(s).ok == z3_decide(s) for s in stories)
    print(f"(a) {count} stories of ~{statistics.mean(c for c, _ in sizes):.0f} claims and "
          f"{statistics.mean(r for _, r in sizes):.0f} relations (half inconsistent)")
    print(f"    claimcheck.check: {ours * 1e3:8.2f} ms per story (full report, minimal conflicts)")
    print(f"    z3 check + core:  {theirs * 1e3:8.2f} ms per story")
    print(f"    speed-up: {theirs / ours:.1f}x; verdicts agree on {agree}/{count}")


# -- (b) a corpus --------------------------------------------------------------------------


def corpus(claims_wanted: int, rng: random.Random, dated: bool = False) -> Story:
    """``claims_wanted`` claims, five per measure; one measure in five sits in a total.

    ``dated``: every claim also has a ``when`` day and a ``said_on`` day (one of
    two days per measure), so the time rule and revisions are exercised.
    """
    days = [Period.day(datetime.date(2025, 5, d)) for d in (19, 23)]
    measures = claims_wanted // 5
    figures = _figure_pool()
    claims: list[Claim] = []
    relations: list[Relation] = []
    group_size = 4
    grouped = measures // 5 // group_size * group_size
    for index in range(measures):
        measure = Measure("casualties", {"report": str(index)})
        value = rng.randint(0, 900) if index >= grouped else 100 + index % group_size
        if index < grouped and index % group_size == group_size - 1:
            value = sum(100 + i for i in range(group_size - 1))
            parts = [Measure("casualties", {"report": str(index - k)})
                     for k in range(1, group_size)]  # fmt: skip
            relations.append(Total(total=measure, parts=parts))
        for k in range(5):
            when = days[index % 2] if dated else None
            said = when.start if when is not None else None
            claims.append(Claim(source=SOURCES[k], measure=measure, figure=figures[value][k],
                                id=f"c{len(claims)}", when=when, said_on=said))  # fmt: skip
    return Story(claims=claims, relations=relations, sources={s.name: s for s in SOURCES})


def _figure_pool() -> list[list[object]]:
    """Five figures containing each value 0..1000 (parsed once: claims share them)."""
    return [[parse_figure(t) for t in (f"{v}", f"at least {max(v - 10, 0)}", f"at most {v + 10}",
                                       f"{max(v - 20, 0)} to {v + 20}", f"{v}")]
            for v in range(1001)]  # fmt: skip


def _timed_check(story: Story, repeat: int = 3) -> tuple[float, object]:
    """The best wall time of ``repeat`` checks (the machine is shared), and a report."""
    best, report = float("inf"), None
    for _ in range(repeat):
        report = None
        gc.collect()
        start = time.perf_counter()
        report = check(story)
        best = min(best, time.perf_counter() - start)
    return best, report


def bench_corpus(claims: int, dated: bool = False) -> None:
    rng = random.Random(11)
    build = time.perf_counter()
    half, full = corpus(claims // 2, rng, dated), corpus(claims, rng, dated)
    kind = "with when and said_on days" if dated else "without dates"
    print(f"(b) built stories of {claims // 2:,} and {claims:,} claims {kind} in "
          f"{time.perf_counter() - build:.1f} s (not timed)")
    t_half, _ = _timed_check(half)
    t_full, report = _timed_check(full)
    print(f"    {len(half.claims):,} claims over {len(half.measures()):,} measures: {t_half:.2f} s")
    print(f"    {len(full.claims):,} claims over {len(full.measures()):,} measures: {t_full:.2f} s "
          f"({len(full.claims) / t_full:,.0f} claims/s; ok={report.ok})")  # type: ignore[attr-defined]
    print(f"    time for 2N / time for N: {t_full / t_half:.2f} (best of 3 runs each)")
    start = time.perf_counter()
    implied = dict(report.implied)  # type: ignore[attr-defined]
    print(f"    reading all {len(implied):,} implied figures: {time.perf_counter() - start:.2f} s")
    del report, implied
    gc.collect()
    tracemalloc.start()
    check(full)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"    peak memory allocated by the check (tracemalloc): {peak / 2**20:,.0f} MiB")


def main() -> None:
    quick = "--quick" in sys.argv
    bench_small(20 if quick else 100)
    bench_corpus(100_000 if quick else 1_000_000)
    bench_corpus(100_000 if quick else 1_000_000, dated=True)


if __name__ == "__main__":
    main()
