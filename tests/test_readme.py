"""The README's quickstart stays true: two commands, the second is what CI runs.

The first command checks an example story shipped in the repository and must
succeed; the second is, word for word, the test command in ``.ci/run``.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def quickstart() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quickstart", 1)[1]
    block = section.split("```console", 1)[1].split("```", 1)[0]
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


def test_quickstart_is_two_commands() -> None:
    commands = quickstart()
    assert len(commands) == 2, commands
    assert commands[0].startswith("pip install . && claimcheck check examples/")
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert quickstart()[1] in ci_lines


def test_ci_runs_mypy_and_ruff() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert "mypy --strict src" in ci
    assert "ruff check" in ci


def test_first_command_checks_a_shipped_example_cleanly() -> None:
    cli = pytest.importorskip("claimcheck.cli")
    check_part = quickstart()[0].split("&&", 1)[1]
    argv = shlex.split(check_part)[1:]
    assert (ROOT / argv[-1]).is_file()
    assert cli.main([*argv[:-1], str(ROOT / argv[-1])]) == 0
