"""The ``claimcheck`` command, driven as a subprocess (``python -m claimcheck``).

Exit codes: 0 when nothing fails, 1 when a finding fails, 2 for bad input or
usage — a missing, unreadable or malformed story file, a bad baseline, a bad
option — with a message on stderr naming the file and never a traceback
(unless ``--debug``). Every output format is validated: JSON against the
shipped report schema, JUnit with an XML parser, SARIF against the parts of the
2.1.0 schema we write, GitHub lines by pattern. ``--jobs N`` gives the same
output in the same order as one process. Baselines accept findings; ``--fail-on``
moves the line between failing and reported; ``--output`` writes a file; the
progress bar appears only on a terminal; ``schema`` prints the shipped schemas;
``extract`` writes a story file that reads back.
"""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import regex

import claimcheck.cli
from claimcheck.files import loads
from claimcheck.progress import Progress

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "prisoner-exchange.toml"
SOURCE_PATH = str(Path(claimcheck.cli.__file__).parents[1])
DATA = Path(__file__).parent / "data"
GITHUB_LINE = regex.compile(
    r"::(?:error|warning|notice) file=[^,:]{1,500},line=[1-9][0-9]{0,8},title=[^,:]{1,200}"
    r"::[^\r\n]{1,20000}"
)


def claimcheck_run(
    *args: str, cwd: Path | None = None, stderr: int | None = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([SOURCE_PATH, os.environ.get("PYTHONPATH", "")]),
    }
    env.pop("NO_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args],
        capture_output=stderr is subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env=env,
        timeout=300,
        check=False,
    )


def schema(name: str) -> dict[str, Any]:
    text = (resources.files("claimcheck") / "schema" / name).read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@pytest.fixture
def stories(tmp_path: Path) -> Path:
    """A folder with the seed story (good), the seed with 190 drones neutralized (bad)."""
    seed = SEED.read_text("utf-8")
    assert seed.count('figure = "150"') == 1
    (tmp_path / "good.toml").write_text(seed, "utf-8")
    (tmp_path / "bad.toml").write_text(seed.replace('figure = "150"', 'figure = "190"'), "utf-8")
    return tmp_path


def assert_clean_failure(result: subprocess.CompletedProcess[str], *named: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    for name in named:
        assert name in result.stderr


# -- exit codes ------------------------------------------------------------------------


def test_a_consistent_story_exits_0(stories: Path) -> None:
    result = claimcheck_run("check", "good.toml", cwd=stories)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "good.toml" in result.stdout
    assert result.stderr == ""


def test_a_failing_story_exits_1_and_names_the_claims(stories: Path) -> None:
    result = claimcheck_run("check", "bad.toml", cwd=stories)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "drones-neutralized" in result.stdout
    assert "drones-launched" in result.stdout


def test_a_missing_file_exits_2_naming_it(stories: Path) -> None:
    result = claimcheck_run("check", "good.toml", "nowhere.toml", cwd=stories)
    assert_clean_failure(result, "nowhere.toml")
    assert "good.toml" in result.stdout  # the readable files are still reported


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ("title = \n", "not valid TOML"),
        ('[[claims]]\nsource = "x"\nmeasure = "m"\nfigure = "1"\n', "unknown source"),
        (
            '[sources.s]\nname = "S"\n[[claims]]\nid = "c1"\nsource = "s"\nmeasure = "m"\n'
            'figure = "a lot"\n',
            "c1",
        ),
        ("claims = 3\n", "claims"),
    ],
)
def test_a_malformed_file_exits_2_naming_file_and_place(
    tmp_path: Path, content: str, named: str
) -> None:
    (tmp_path / "broken.toml").write_text(content, "utf-8")
    result = claimcheck_run("check", "broken.toml", cwd=tmp_path)
    assert_clean_failure(result, "broken.toml", named)


def test_a_file_that_is_not_utf8_exits_2(tmp_path: Path) -> None:
    (tmp_path / "latin.toml").write_bytes(b'title = "caf\xe9"\n')
    assert_clean_failure(claimcheck_run("check", "latin.toml", cwd=tmp_path), "latin.toml", "UTF-8")


def test_a_file_that_cannot_be_opened_exits_2(tmp_path: Path) -> None:
    (tmp_path / "loop.toml").symlink_to(tmp_path / "loop.toml")
    assert_clean_failure(claimcheck_run("check", "loop.toml", cwd=tmp_path), "loop.toml")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_a_file_without_read_permission_exits_2(stories: Path) -> None:
    locked = stories / "locked.toml"
    shutil.copy(stories / "good.toml", locked)
    locked.chmod(0)
    try:
        assert_clean_failure(claimcheck_run("check", "locked.toml", cwd=stories), "locked.toml")
    finally:
        locked.chmod(0o600)


@pytest.mark.parametrize(
    ("args", "named"),
    [
        ([], "the following arguments are required"),
        (["check"], "STORY"),
        (["check", "x.toml", "--format", "yaml"], "invalid choice"),
        (["check", "x.toml", "--jobs", "many"], "not a whole number"),
        (["check", "x.toml", "--jobs", "-1"], "negative"),
        (["check", "x.toml", "--fail-on", "warning"], "invalid choice"),
        (["extract", "a.txt", "--dateline", "23 May"], "expected YYYY-MM-DD"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2_with_a_message(args: list[str], named: str, tmp_path: Path) -> None:
    result = claimcheck_run(*args, cwd=tmp_path)
    assert_clean_failure(result, named)
    assert "usage:" in result.stderr


def test_help_exits_0() -> None:
    result = claimcheck_run("check", "--help")
    assert result.returncode == 0
    assert "--fail-on" in result.stdout


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text("title = \n", "utf-8")
    result = claimcheck_run("check", "broken.toml", "--debug", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" in result.stderr
    assert "broken.toml" in result.stderr


def test_globs_and_directories_name_story_files(stories: Path) -> None:
    (stories / "nested").mkdir()
    shutil.copy(stories / "good.toml", stories / "nested" / "again.toml")
    result = claimcheck_run("check", "*.toml", "nested", "--format", "json", cwd=stories)
    files = [r["file"] for r in json.loads(result.stdout)["reports"]]
    assert files == ["bad.toml", "good.toml", os.path.join("nested", "again.toml")]


@pytest.mark.parametrize("argument", ["*.nothing", "empty"])
def test_a_pattern_or_folder_without_stories_exits_2(tmp_path: Path, argument: str) -> None:
    (tmp_path / "empty").mkdir()
    assert_clean_failure(claimcheck_run("check", argument, cwd=tmp_path), argument)


# -- formats ---------------------------------------------------------------------------


def test_json_output_follows_the_report_schema(stories: Path) -> None:
    result = claimcheck_run(
        "check", "good.toml", "bad.toml", "gone.toml", "--format", "json", cwd=stories
    )
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema("report.schema.json"), cls=jsonschema.Draft202012Validator)
    assert document["exit_code"] == result.returncode == 2
    assert [r["file"] for r in document["reports"]] == ["good.toml", "bad.toml"]
    assert document["errors"][0]["file"] == "gone.toml"


def test_junit_output_parses_with_a_failure_for_the_bad_story(stories: Path) -> None:
    result = claimcheck_run("check", "good.toml", "bad.toml", "--format", "junit", cwd=stories)
    assert result.returncode == 1
    root = ET.fromstring(result.stdout)
    good, bad = root.findall("testsuite")
    assert good.get("name") == "good.toml"
    assert good.get("failures") == "0"
    assert int(bad.get("failures", "0")) >= 1
    failure = bad.find("testcase/failure")
    assert failure is not None
    assert "drones-neutralized" in (failure.text or "")


def test_github_output_is_commands_at_claim_lines(stories: Path) -> None:
    result = claimcheck_run("check", "bad.toml", "--format", "github", cwd=stories)
    assert result.returncode == 1
    lines = result.stdout.removesuffix("\n").split("\n")
    assert all(GITHUB_LINE.fullmatch(line) for line in lines), lines
    errors = [line for line in lines if line.startswith("::error ")]
    assert errors
    text = (stories / "bad.toml").read_text("utf-8").split("\n")
    for line in errors:
        number = int(regex.search(r",line=(\d+),", line).group(1))
        assert text[number - 1].startswith("id = ")


def test_sarif_output_is_valid(stories: Path) -> None:
    result = claimcheck_run("check", "good.toml", "bad.toml", "--format", "sarif", cwd=stories)
    assert result.returncode == 1
    document = json.loads(result.stdout)
    sarif_schema = json.loads((DATA / "sarif-2.1.0-subset.schema.json").read_text("utf-8"))
    jsonschema.validate(document, sarif_schema, cls=jsonschema.Draft202012Validator)
    results = document["runs"][0]["results"]
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in results
        for loc in r["locations"]
    }
    assert "bad.toml" in uris
    assert any(r["level"] == "error" for r in results)


def test_output_goes_to_a_file(stories: Path) -> None:
    result = claimcheck_run(
        "check", "bad.toml", "--format", "json", "--output", "out.json", cwd=stories
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert json.loads((stories / "out.json").read_text("utf-8"))["exit_code"] == 1


def test_an_output_file_that_cannot_be_written_exits_2(stories: Path) -> None:
    result = claimcheck_run("check", "good.toml", "--output", "no/such/folder/out.txt", cwd=stories)
    assert_clean_failure(result, "no/such/folder/out.txt")


def test_text_is_not_coloured_when_piped(stories: Path) -> None:
    assert "\x1b[" not in claimcheck_run("check", "bad.toml", cwd=stories).stdout
    assert "\x1b[" in claimcheck_run("check", "bad.toml", "--color", "always", cwd=stories).stdout


# -- policy: fail-on and baselines -------------------------------------------------------


@pytest.mark.parametrize("kind", ["contradiction", "inconsistency", "note"])
def test_fail_on_sets_which_kinds_fail(stories: Path, kind: str) -> None:
    result = claimcheck_run(
        "check", "good.toml", "bad.toml", "--format", "json", "--fail-on", kind, cwd=stories
    )
    document = json.loads(result.stdout)
    kinds = ["contradiction", "inconsistency", "note"]
    failing_kinds = kinds[: kinds.index(kind) + 1]
    found = sum(document["counts"][k] for k in failing_kinds)
    assert result.returncode == (1 if found else 0)
    assert document["fail_on"] == failing_kinds


def test_a_baseline_accepts_known_findings_and_only_those(stories: Path) -> None:
    update = claimcheck_run(
        "check", "bad.toml", "--baseline", "base.json", "--update-baseline", cwd=stories
    )
    assert update.returncode == 0, update.stderr
    assert (
        claimcheck_run("check", "bad.toml", "--baseline", "base.json", cwd=stories).returncode == 0
    )
    seed = (stories / "bad.toml").read_text("utf-8")
    assert seed.count('figure = "63"') == 1
    (stories / "worse.toml").write_text(seed.replace('figure = "63"', 'figure = "80"'), "utf-8")
    assert (
        claimcheck_run("check", "worse.toml", "--baseline", "base.json", cwd=stories).returncode
        == 1
    )


@pytest.mark.parametrize(
    "content",
    [
        "",
        "[]",
        '{"claimcheck-baseline": 9, "findings": []}',
        '{"claimcheck-baseline": 1, "findings": [{}]}',
    ],
)
def test_a_bad_baseline_exits_2_naming_it(stories: Path, content: str) -> None:
    (stories / "base.json").write_text(content, "utf-8")
    result = claimcheck_run("check", "good.toml", "--baseline", "base.json", cwd=stories)
    assert_clean_failure(result, "base.json")


def test_update_baseline_needs_a_baseline_file(stories: Path) -> None:
    assert_clean_failure(
        claimcheck_run("check", "good.toml", "--update-baseline", cwd=stories), "--baseline"
    )


# -- many files ------------------------------------------------------------------------


@pytest.fixture
def many(stories: Path) -> list[str]:
    names = []
    for i in range(12):
        name = f"story-{i:02d}.toml"
        source = "bad.toml" if i % 3 == 0 else "good.toml"
        shutil.copy(stories / source, stories / name)
        names.append(name)
    (stories / "story-05.toml").write_text("title = \n", "utf-8")
    return names


@pytest.mark.parametrize("format", ["text", "json", "junit", "github", "sarif"])
def test_jobs_give_the_same_output_in_the_same_order(
    stories: Path, many: list[str], format: str
) -> None:
    one = claimcheck_run("check", *many, "--format", format, cwd=stories)
    four = claimcheck_run("check", *many, "--format", format, "--jobs", "4", cwd=stories)
    assert one.returncode == four.returncode == 2
    assert one.stdout == four.stdout
    assert one.stderr == four.stderr


def test_no_progress_bar_when_stderr_is_not_a_terminal(stories: Path, many: list[str]) -> None:
    result = claimcheck_run("check", *many, cwd=stories)
    assert "\r" not in result.stderr


def test_a_progress_bar_on_a_terminal(stories: Path, many: list[str]) -> None:
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "check", *many],
        cwd=stories,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env={**os.environ, "PYTHONPATH": SOURCE_PATH},
    ) as process:
        os.close(follower)
        seen = _read_all(leader)
        process.wait(timeout=300)
    os.close(leader)
    assert f"{len(many)}/{len(many)}" in seen
    assert "\r" in seen


def _read_all(fd: int) -> str:
    chunks = []
    while select.select([fd], [], [], 120)[0]:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize(("enabled", "drawn"), [(True, True), (False, False)])
def test_progress_draws_only_when_enabled(enabled: bool, drawn: bool) -> None:
    import io

    stream = io.StringIO()
    progress = Progress(stream, 3, enabled=enabled)
    for name in ("a.toml", "b.toml", "c.toml"):
        progress.advance(name)
    progress.close()
    assert ("3/3 c.toml" in stream.getvalue()) is drawn
    assert progress.line().startswith("[" + "#" * 30 + "] 3/3")


# -- schema and extract ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "name"), [([], "story.schema.json"), (["--report"], "report.schema.json")]
)
def test_schema_prints_the_shipped_schema(args: Sequence[str], name: str) -> None:
    result = claimcheck_run("schema", *args)
    assert result.returncode == 0
    assert json.loads(result.stdout) == schema(name)


def test_the_story_schema_accepts_the_seed() -> None:
    import tomllib

    document = json.loads(json.dumps(tomllib.loads(SEED.read_text("utf-8")), default=str))
    jsonschema.validate(document, schema("story.schema.json"), cls=jsonschema.Draft202012Validator)


ARTICLE = (
    "KYIV, May 23 - Ukraine's air force said Russia launched 175 drones overnight, "
    "and that air defences neutralized 150 of those drones.\n"
)


@pytest.mark.parametrize("format", ["toml", "json"])
def test_extract_writes_a_story_file_that_reads_back(tmp_path: Path, format: str) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE, "utf-8")
    result = claimcheck_run(
        "extract", "article.txt", "--dateline", "2025-05-23", "--format", format, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    story = loads(result.stdout, format=format)  # type: ignore[arg-type]
    assert {c.figure.stated for c in story.claims} >= {"175", "150"}
    (tmp_path / f"story.{format}").write_text(result.stdout, "utf-8")
    checked = claimcheck_run("check", f"story.{format}", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_extract_reads_stdin_and_writes_a_file(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": SOURCE_PATH}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimcheck",
            "extract",
            "-",
            "--dateline",
            "2025-05-23",
            "-o",
            "s.toml",
        ],
        input=ARTICLE,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert loads((tmp_path / "s.toml").read_text("utf-8")).claims


def test_extract_of_a_missing_article_exits_2() -> None:
    assert_clean_failure(
        claimcheck_run("extract", "no-article.txt", "--dateline", "2025-05-23"), "no-article.txt"
    )


def test_the_pre_commit_hook_runs_claimcheck_check() -> None:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text("utf-8")
    pairs = regex.findall(r"(?m)^(?:- |  )([a-z_]{1,40}): (.{1,300})$", text)
    hook = dict(pairs)
    assert hook["id"] == "claimcheck"
    assert hook["entry"] == "claimcheck check"
    assert hook["language"] == "python"
    assert hook["types_or"] == "[toml, json]"
    assert regex.search(hook["exclude"], "pyproject.toml")
    assert not regex.search(hook["exclude"], "stories/exchange.toml")


def test_main_returns_the_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    from claimcheck.cli import main

    assert main(["check", str(SEED), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["exit_code"] == 0
    assert main(["check", str(SEED), "--format", "yaml"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_main_entry_exits_with_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck.cli import main_entry

    monkeypatch.setattr(sys, "argv", ["claimcheck", "check", "no-such-story.toml"])
    with pytest.raises(SystemExit) as exit:
        main_entry()
    assert exit.value.code == 2


@pytest.mark.skipif(
    shutil.which("claimcheck") is None, reason="the console script is not installed"
)
def test_the_console_script_is_python_m_claimcheck() -> None:
    script = subprocess.run(["claimcheck", "schema"], capture_output=True, text=True, check=False)
    assert script.returncode == 0
    assert script.stdout == claimcheck_run("schema").stdout


def test_a_failure_inside_claimcheck_names_the_file_and_spares_the_others(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib

    from claimcheck.errors import ClaimcheckError
    from claimcheck.report import Report
    from claimcheck.runner import check_file, check_files

    module = importlib.import_module("claimcheck.check")  # the package re-exports the function
    real = module.check

    def flaky(story: Any) -> Report:
        if story.title == "boom":
            raise ZeroDivisionError("a bug")
        return real(story)

    monkeypatch.setattr(module, "check", flaky)
    broken = SEED.parent.parent / "tests" / "data" / "boom.toml"
    assert broken.is_file()
    outcomes = list(check_files([str(broken), str(SEED)]))
    assert isinstance(outcomes[0], ClaimcheckError)
    assert outcomes[0].file == str(broken)
    assert "internal error (ZeroDivisionError: a bug)" in str(outcomes[0])
    assert isinstance(outcomes[1], Report)
    with pytest.raises(ZeroDivisionError):
        check_file(str(broken), strict=True)
