"""The ``claimcheck`` command: check story files, extract stories, print the schema.

Thin by design: it reads arguments, calls the library and picks a renderer.
Exit codes: 0 when nothing fails, 1 when a finding fails the run, 2 for bad
input or usage (a message naming the file and place on stderr, never a
traceback unless ``--debug`` asks for one).
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import sys
import traceback
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Final, TextIO

from claimcheck.baseline import load_baseline, write_baseline
from claimcheck.discover import story_files
from claimcheck.errors import ClaimcheckError, ExtractError, StoryFileError
from claimcheck.extract.batch import MAX_ARTICLE_BYTES
from claimcheck.files import dumps
from claimcheck.progress import Progress
from claimcheck.render import FORMATS, Run, render_run
from claimcheck.render.run import fail_on_threshold
from claimcheck.render.style import wants_colour
from claimcheck.report import KINDS, Report
from claimcheck.runner import check_files, cpu_count
from claimcheck.textfile import read_text

__all__ = ["main", "main_entry"]

_PROGRAM: Final = "claimcheck"
_PROGRESS_FROM: Final = 8


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit:  # argparse has printed usage and the problem
        return exit.code if isinstance(exit.code, int) else 2
    try:
        return int(args.run(args))
    except ClaimcheckError as error:
        return _failed(error, debug=args.debug)
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        return _failed(error, debug=args.debug, internal=True)


def main_entry() -> None:
    """The console script: exit with `main`'s code."""
    sys.exit(main())


def _failed(error: Exception, *, debug: bool, internal: bool = False) -> int:
    if debug:
        traceback.print_exc()
    what = f"internal error ({type(error).__name__}): " if internal else ""
    hint = " (run with --debug for the traceback)" if internal and not debug else ""
    _say(f"error: {what}{error}{hint}")
    return 2


def _say(message: str, stream: TextIO | None = None) -> None:
    print(f"{_PROGRAM}: {message}", file=stream or sys.stderr)


# -- arguments -------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROGRAM,
        description="Check sourced numerical claims against each other, "
        "arithmetic, units and the calendar.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    _check_parser(commands)
    _extract_parser(commands)
    _schema_parser(commands)
    return parser


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write the output to FILE, not stdout"
    )


def _check_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    check = commands.add_parser(
        "check",
        help="check story files",
        description="Check story files (files, directories, globs).",
    )
    check.add_argument(
        "stories", nargs="+", metavar="STORY", help="a story file, a directory or a glob"
    )
    check.add_argument(
        "-f", "--format", choices=FORMATS, default="text", help="output format (default: text)"
    )
    check.add_argument(
        "--baseline", metavar="FILE", help="accepted findings: their ids do not fail the run"
    )
    check.add_argument(
        "--update-baseline",
        action="store_true",
        help="write every finding of this run to the --baseline FILE",
    )
    check.add_argument(
        "--fail-on",
        choices=KINDS,
        default="inconsistency",
        help="the least serious kind that fails the run (default: inconsistency)",
    )
    check.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N", help="worker processes (0: one per CPU)"
    )
    check.add_argument(
        "--color",
        "--colour",
        dest="color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour text output (default: auto — on a terminal, unless NO_COLOR is set)",
    )
    _common(check)
    check.set_defaults(run=_run_check)


def _extract_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    extract = commands.add_parser(
        "extract",
        help="turn articles into story files",
        description=(
            "Read an article's text (a file, or - for stdin) and write the story it tells. "
            "Several articles need -o DIR: each story is written there, named after its article."
        ),
    )
    extract.add_argument(
        "articles", nargs="+", metavar="ARTICLE", help="a UTF-8 text file, or - for stdin"
    )
    extract.add_argument(
        "--dateline", required=True, type=_date, metavar="YYYY-MM-DD", help="the article's date"
    )
    extract.add_argument(
        "-f", "--format", choices=("toml", "json"), default="toml", help="default: toml"
    )
    extract.add_argument(
        "-j", "--jobs", type=_jobs, default=1, metavar="N", help="worker processes (0: one per CPU)"
    )
    _common(extract)
    extract.set_defaults(run=_run_extract)


def _schema_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of story files",
        description="Print the JSON Schema of story files (or, with --report, of JSON reports).",
    )
    schema.add_argument(
        "--report", action="store_true", help="the schema of `check --format json` instead"
    )
    _common(schema)
    schema.set_defaults(run=_run_schema)


def _jobs(text: str) -> int:
    try:
        jobs = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative: expected 0 (one per CPU) or more")
    return jobs


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date: expected YYYY-MM-DD") from None


# -- commands --------------------------------------------------------------------


def _run_check(args: argparse.Namespace) -> int:
    if args.update_baseline and not args.baseline:
        raise ClaimcheckError("--update-baseline needs --baseline FILE to write to")
    accepted = (
        load_baseline(args.baseline) if args.baseline and not args.update_baseline else frozenset()
    )
    files, errors = story_files(args.stories)
    reports, unreadable = _check_all(files, args)
    errors.extend(unreadable)
    if args.update_baseline:
        accepted = _update(args.baseline, reports, errors)
    run = Run(
        reports=reports, errors=errors, accepted=accepted, fail_on=fail_on_threshold(args.fail_on)
    )
    colour = args.format == "text" and not args.output and wants_colour(sys.stdout, args.color)
    _emit(render_run(run, args.format, colour=colour), args.output)
    for error in run.errors:
        _say(f"error: {error}")
    return run.exit_code


def _check_all(
    files: list[str], args: argparse.Namespace
) -> tuple[list[Report], list[ClaimcheckError]]:
    jobs = args.jobs or cpu_count()
    shown = sys.stderr.isatty() and len(files) >= _PROGRESS_FROM
    progress = Progress(sys.stderr, len(files), enabled=shown)
    reports: list[Report] = []
    errors: list[ClaimcheckError] = []
    try:
        for outcome in check_files(files, jobs=jobs, strict=args.debug, done=progress.advance):
            if isinstance(outcome, Report):
                reports.append(outcome)
            else:
                errors.append(outcome)
    finally:
        progress.close()
    return reports, errors


def _update(path: str, reports: list[Report], errors: list[ClaimcheckError]) -> frozenset[str]:
    if errors:
        _say(f"the baseline {path} was not updated: some files could not be read")
        return frozenset()
    write_baseline(path, reports)
    _say(f"wrote the baseline {path}")
    return frozenset(f.id for report in reports for f in report.findings)


def _run_extract(args: argparse.Namespace) -> int:
    if len(args.articles) > 1:
        return _extract_many(args)
    (path,) = args.articles
    text = _article(path)
    from claimcheck.extract import extract

    try:
        story = extract(text, dateline=args.dateline)
    except ClaimcheckError as error:
        raise error.located(file=path) from None
    _emit(dumps(story, format=args.format), args.output)
    return 0


def _extract_many(args: argparse.Namespace) -> int:
    """Several articles: each story into the -o folder, as ``<article stem>.<format>``."""
    if args.output is None or "-" in args.articles:
        raise ExtractError("several articles need -o DIR for their stories, and no - (stdin)")
    _distinct_stems(args.articles)
    folder = _folder(args.output)
    from claimcheck.extract.batch import extract_files

    jobs = args.jobs or cpu_count()
    outcomes = extract_files(args.articles, dateline=args.dateline, jobs=jobs, strict=args.debug)
    failed = 0
    for path, outcome in zip(args.articles, outcomes, strict=True):
        if isinstance(outcome, ClaimcheckError):
            _say(f"error: {outcome}")
            failed += 1
            continue
        _emit(dumps(outcome, format=args.format), str(folder / f"{Path(path).stem}.{args.format}"))
    return 2 if failed else 0


def _distinct_stems(paths: Sequence[str]) -> None:
    """Refuse articles whose stories would overwrite each other (a/x.txt and b/x.txt)."""
    seen: dict[str, str] = {}
    for path in paths:
        first = seen.setdefault(Path(path).stem, path)
        if first != path:
            raise ExtractError(
                f"{first} and {path} would both write {Path(path).stem}: rename one", file=path
            )


def _folder(path: str) -> Path:
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        message = f"cannot make the folder: {error.strerror or error}"
        raise StoryFileError(message, file=path) from None
    return folder


def _article(path: str) -> str:
    if path == "-":
        text = sys.stdin.read(MAX_ARTICLE_BYTES + 1)
        if len(text) > MAX_ARTICLE_BYTES:
            message = f"the article is over {MAX_ARTICLE_BYTES} characters"
            raise ExtractError(message, file="<stdin>")
        return text
    return read_text(path, limit=MAX_ARTICLE_BYTES, what="the article", error=ExtractError)


def _run_schema(args: argparse.Namespace) -> int:
    name = "report.schema.json" if args.report else "story.schema.json"
    text = (resources.files("claimcheck") / "schema" / name).read_text(encoding="utf-8")
    _emit(text if text.endswith("\n") else text + "\n", args.output)
    return 0


def _emit(text: str, output: str | None) -> None:
    if output is None:
        _to_stdout(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise StoryFileError(
            f"cannot write the output: {error.strerror or error}", file=output
        ) from None


def _to_stdout(text: str) -> None:
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:  # the reader left (``| head``): say no more
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
