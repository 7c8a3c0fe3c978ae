"""Checking many story files, in one process or several, always in the given order.

Each file becomes an outcome: its `Report` (with ``file`` set) or the
`ClaimcheckError` that says why it could not be read. With ``jobs > 1`` the
files are checked in worker processes and the outcomes still come back in the
order of the files, so the output is the same as with one process.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

import attrs

from claimcheck.errors import ClaimcheckError
from claimcheck.files import load
from claimcheck.report import Report

__all__ = ["Outcome", "check_file", "check_files", "cpu_count", "guarded", "in_order"]

Outcome = Report | ClaimcheckError
_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


def check_file(path: str, *, strict: bool = False) -> Outcome:
    """Read and check one story file; a file that cannot be read gives its error.

    A failure inside claimcheck itself (a bug) also becomes an error naming the
    file, so one bad file never stops the others; *strict* raises instead.
    """
    from claimcheck.check import check

    report = guarded(lambda: check(load(path)), path, strict=strict)
    if isinstance(report, Report) and report.file != path:
        return attrs.evolve(report, file=path)
    return report


def guarded(work: Callable[[], _Result], path: str, *, strict: bool) -> _Result | ClaimcheckError:
    """``work()``, or the error that says why it failed for the file at *path*.

    A failure inside claimcheck itself (a bug) also becomes an error naming the
    file, so one bad file never stops the others; *strict* raises instead.
    """
    try:
        return work()
    except ClaimcheckError as error:
        if strict:
            raise
        return error.located(file=path)
    except Exception as error:
        if strict:
            raise
        return _internal(error, path)


def _internal(error: Exception, path: str) -> ClaimcheckError:
    message = (
        f"internal error ({type(error).__name__}: {error}); run with --debug for the traceback"
    )
    return ClaimcheckError(message, file=path)


def check_files(
    paths: Sequence[str],
    *,
    jobs: int = 1,
    strict: bool = False,
    done: Callable[[str], None] | None = None,
) -> Iterator[Outcome]:
    """The outcome of each file, in the order of *paths*.

    *jobs* worker processes check the files (1: this process); *strict* raises
    the first error instead of returning it; *done* is told each finished file.
    """
    work = functools.partial(check_file, strict=strict)
    outcomes = _outcomes(work, paths, jobs)
    for path, outcome in zip(paths, outcomes, strict=True):
        if done is not None:
            done(path)
        yield outcome


def _outcomes(work: Callable[[str], Outcome], paths: Sequence[str], jobs: int) -> Iterable[Outcome]:
    return in_order(functools.partial(_portable, work), paths, jobs)


def in_order(
    work: Callable[[_Item], _Result], items: Sequence[_Item], jobs: int
) -> Iterable[_Result]:
    """``work`` done on each item, in *jobs* worker processes (1: this one), in item order.

    ``work`` must be a module-level function (or a partial of one) whose results pickle.
    """
    workers = min(jobs, len(items))
    if workers <= 1:
        return map(work, items)
    return _in_processes(work, items, workers)


def _portable(work: Callable[[str], Outcome], path: str) -> Outcome:
    """The outcome, ready to cross a process boundary (implied figures computed here)."""
    outcome = work(path)
    if isinstance(outcome, Report):
        return attrs.evolve(outcome, implied=dict(outcome.implied))
    return outcome


def _in_processes(
    work: Callable[[_Item], _Result], items: Sequence[_Item], workers: int
) -> Iterator[_Result]:
    chunk = max(1, min(16, len(items) // (workers * 4)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(work, items, chunksize=chunk)


def cpu_count() -> int:
    """The processors this process may use (at least 1)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1
