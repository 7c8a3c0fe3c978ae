"""How fast the command line and the renderers are.

Prints (does not assert):

* render time per format for a run of many reports (the seed story checked
  once, its report repeated under different file names, with findings from
  the seed with one figure changed);
* wall time of ``claimcheck check`` over many copies of the seed story file,
  with one process and with ``--jobs`` several, and the speed-up;
* start-up time of ``python -m claimcheck schema``.

Run: ``PYTHONPATH=src python benchmarks/bench_cli.py [--files 200] [--jobs 4]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import attrs

import claimcheck as cc
from claimcheck.render import FORMATS, Run, render_run

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "prisoner-exchange.toml"


def _reports(count: int) -> list[cc.Report]:
    text = SEED.read_text("utf-8")
    good = cc.check(cc.loads(text))
    bad = cc.check(cc.loads(text.replace('figure = "150"', 'figure = "190"')))
    good = attrs.evolve(good, implied=dict(good.implied))
    bad = attrs.evolve(bad, implied=dict(bad.implied))
    return [attrs.evolve(bad if i % 2 else good, file=str(SEED)) for i in range(count)]


def bench_render(count: int) -> None:
    run = Run(reports=_reports(count))
    print(f"render {count} reports ({sum(len(r.findings) for r in run.reports)} findings):")
    for format in FORMATS:
        start = time.perf_counter()
        text = render_run(run, format)
        seconds = time.perf_counter() - start
        rate = f"{count / seconds:9.0f} reports/s, {len(text) / 1e6:.1f} MB"
        print(f"  {format:7s} {seconds * 1000:8.1f} ms  ({rate})")


def _cli(*args: str, cwd: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - start


def bench_cli(files: int, jobs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for i in range(files):
            shutil.copy(SEED, Path(folder) / f"story-{i:04d}.toml")
        startup = min(_cli("schema", cwd=folder) for _ in range(3))
        one = _cli("check", ".", "--format", "json", cwd=folder)
        many = _cli("check", ".", "--format", "json", "--jobs", str(jobs), cwd=folder)
    print(f"python -m claimcheck schema (start-up): {startup * 1000:.0f} ms")
    print(f"check {files} story files, 1 process:   {one:6.2f} s ({files / one:6.1f} files/s)")
    print(
        f"check {files} story files, {jobs} processes: {many:6.2f} s ({files / many:6.1f} files/s)"
    )
    print(f"speed-up with --jobs {jobs}: {one / many:.2f}x on {os.cpu_count()} CPUs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--reports", type=int, default=1000)
    args = parser.parse_args()
    bench_render(args.reports)
    bench_cli(args.files, args.jobs)


if __name__ == "__main__":
    main()
