"""Extraction quality and speed: precision and recall on the labelled set, and MB/s.

Run: ``PYTHONPATH=src python benchmarks/bench_extract.py``

Prints, for every labelled set in ``tests/data/extract/`` -- ``labelled.toml``
(the development set), ``heldout.toml`` (short paragraphs written after the
extractor, since used to fix it) and the blind sets ``blind*.toml`` (full news
articles written by someone who never saw the extractor; each was scored once
before any fix, see the CHANGELOG) -- precision and recall of figures,
attribution accuracy, precision and recall of relations and hedge accuracy
(targets: figures >= 0.95, attribution >= 0.90).

Then throughput (CPU time, MB of UTF-8 text per second) of
``claimcheck.extract.extract`` on three corpora: the blind news articles (the
"news text" of issue 5: distinct full articles), the seed article (if
``/work/shared/seed`` is on this machine) and the labelled set (short,
number-dense paragraphs), each read until about 1 MB is done, beside the
grammar's own scan alone and quantulum3 (when installed: ``pip install
quantulum3``) on the same text. "stream" gives each call a fresh copy of its
text and keeps the figure and source caches, as a process reading a feed of
articles does; "cold" also clears those caches before every text.

Last, the whole machine: the blind articles written as files (about 2 MB) and
read by ``extract_files`` in one process and in one per processor, wall time.
"""

from __future__ import annotations

import datetime
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from claimcheck.extract import extract, extract_files  # noqa: E402
from claimcheck.extract.naming import read_source  # noqa: E402
from claimcheck.extract.scoring import load_labelled, score  # noqa: E402
from claimcheck.figures import _parse_cached  # noqa: E402
from claimcheck.grammar import numbers  # noqa: E402
from claimcheck.runner import cpu_count  # noqa: E402

DATA = ROOT / "tests" / "data" / "extract"
LABELLED = DATA / "labelled.toml"
SEED = Path("/work/shared/seed")
MEGABYTE = 1_000_000


def quality(path: Path) -> None:
    items = load_labelled(path)
    scores = score(items)
    print(f"{path.name}: {len(items)} items, {sum(len(i.figures) for i in items)} figures")
    rows = [
        ("figures", scores.figures.precision, scores.figures.recall, "P and R >= 0.95"),
        ("attribution", scores.attribution.precision, None, "accuracy >= 0.90"),
        ("relations", scores.relations.precision, scores.relations.recall, "(no target)"),
        ("hedges", scores.hedges.precision, None, "accuracy"),
    ]
    for name, precision, recall, target in rows:
        recall_text = f"  recall {recall:.3f}" if recall is not None else ""
        print(f"  {name:<12} precision {precision:.3f}{recall_text}   target: {target}")


def _rate(run: Callable[[str], object], articles: list[str], budget: int) -> float:
    done, started = 0, time.process_time()
    while done < budget:
        for article in articles:
            run("".join(list(article)))  # a fresh copy: nothing remembered by identity
            done += len(article.encode("utf-8"))
    return done / MEGABYTE / (time.process_time() - started)


def _cold_extract(article: str, day: datetime.date) -> object:
    """``extract`` as on a text never seen: no figure or source read is remembered."""
    _parse_cached.cache_clear()
    read_source.cache_clear()
    return extract(article, dateline=day)


def _quantulum() -> Callable[[str], object] | None:
    try:
        from quantulum3 import parser  # type: ignore[import-not-found]
    except ImportError:
        return None
    return parser.parse  # type: ignore[no-any-return]


def _corpora() -> dict[str, list[str]]:
    corpora: dict[str, list[str]] = {}
    blind = [item.text for path in sorted(DATA.glob("blind*.toml")) for item in load_labelled(path)]
    if blind:
        corpora[f"blind news articles ({len(blind)} distinct, news prose)"] = blind
    seeds = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    if seeds:
        corpora["seed article (news prose)"] = [seeds[0].read_text(encoding="utf-8")]
    corpora["labelled set (short, number-dense)"] = [i.text for i in load_labelled(LABELLED)]
    return corpora


def speed() -> None:
    day = datetime.date(2025, 5, 23)
    quantulum = _quantulum()
    for name, articles in _corpora().items():
        for article in articles:
            extract(article, dateline=day)  # patterns compiled, not timed
        print(f"{name}, {sum(len(a.encode()) for a in articles):,} bytes:")
        rate = _rate(lambda a: extract(a, dateline=day), articles, MEGABYTE)
        print(f"  extract(), stream    {rate:6.2f} MB/s  (fresh text, caches kept)")
        cold = _rate(lambda a: _cold_extract(a, day), articles, MEGABYTE // 2)
        print(f"  extract(), cold      {cold:6.2f} MB/s  (fresh text, caches cleared)")
        print(f"  grammar scan only    {_rate(numbers.find_figures, articles, MEGABYTE):6.2f} MB/s")
        if quantulum is not None:
            print(f"  quantulum3.parse     {_rate(quantulum, articles, MEGABYTE // 20):6.2f} MB/s")
    if quantulum is None:
        print("quantulum3 is not installed: pip install quantulum3 to compare")


def machine() -> None:
    """The whole machine on an archive: the blind articles as files, about 2 MB in all,
    read by ``extract_files`` in one process and in one per processor (wall time, with
    the workers' start-up and the files' reading)."""
    day = datetime.date(2025, 5, 23)
    articles = [item.text for p in sorted(DATA.glob("blind*.toml")) for item in load_labelled(p)]
    if not articles:
        return
    copies = 2 * MEGABYTE // sum(len(a.encode()) for a in articles) + 1
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for number, article in enumerate(articles * copies):
            path = Path(folder) / f"{number}.txt"
            path.write_text(article, encoding="utf-8")
            paths.append(str(path))
        size = sum(Path(p).stat().st_size for p in paths) / MEGABYTE
        print(f"an archive of {len(paths)} blind-article files, {size:.1f} MB (wall time):")
        for jobs in sorted({1, cpu_count()}):
            started = time.perf_counter()
            stories = list(extract_files(paths, dateline=day, jobs=jobs))
            elapsed = time.perf_counter() - started
            rate = size / elapsed
            print(f"  extract_files(jobs={jobs})  {rate:6.2f} MB/s  ({len(stories)} stories)")


if __name__ == "__main__":
    for labelled in (LABELLED, DATA / "heldout.toml", *sorted(DATA.glob("blind*.toml"))):
        quality(labelled)
    speed()
    machine()
