"""Extracting many articles: the same stories in any number of processes, in order.

Behaviour under test: `extract_files` gives, for each article file in the order
given, the story `extract` gives for its text, whether one process or several
read them; an article that cannot be read becomes an error naming its file
while the others are still extracted (``strict`` raises it instead); a number
of jobs below one is refused. On the command line, several articles need
``-o DIR`` and get one story file each, named after the article (two
articles of one name are refused before anything is written); a failed
article is named on stderr and exits 2.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from claimcheck.cli import main
from claimcheck.errors import ClaimcheckError, ExtractError
from claimcheck.extract import extract, extract_files
from claimcheck.files import dumps, loads
from claimcheck.model import Story

DAY = datetime.date(2025, 5, 23)
ARTICLES = [
    "Russia launched 175 drones overnight, the air force said. Air defences downed 150 of them.",
    "The strike killed 14 people in Odesa, the governor said, and injured 40.",
    "Rescuers evacuated 600 people, the ministry said. Of those, 120 were children.",
]


def _written(folder: Path, texts: list[str]) -> list[str]:
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"article-{number}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_article_gives_the_story_extract_gives(tmp_path: Path, jobs: int) -> None:
    paths = _written(tmp_path, ARTICLES)
    stories = list(extract_files(paths, dateline=DAY, jobs=jobs))
    assert [dumps(s) for s in stories if isinstance(s, Story)] == [
        dumps(extract(text, dateline=DAY)) for text in ARTICLES
    ]


def test_an_unreadable_article_is_an_error_and_the_others_are_read(tmp_path: Path) -> None:
    paths = _written(tmp_path, ARTICLES[:2])
    missing = str(tmp_path / "missing.txt")
    first, error, last = extract_files([paths[0], missing, paths[1]], dateline=DAY, jobs=2)
    assert isinstance(first, Story)
    assert isinstance(last, Story)
    assert isinstance(error, ClaimcheckError)
    assert error.file == missing
    with pytest.raises(ExtractError):
        list(extract_files([missing], dateline=DAY, strict=True))


def test_no_jobs_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ExtractError, match="jobs is 0"):
        extract_files(_written(tmp_path, ARTICLES[:1]), dateline=DAY, jobs=0)


def test_the_command_writes_one_story_per_article(tmp_path: Path) -> None:
    paths = _written(tmp_path, ARTICLES)
    out = tmp_path / "stories"
    assert main(["extract", *paths, "--dateline", "2025-05-23", "-j", "2", "-o", str(out)]) == 0
    for path, text in zip(paths, ARTICLES, strict=True):
        written = loads((out / f"{Path(path).stem}.toml").read_text(encoding="utf-8"))
        assert dumps(written) == dumps(extract(text, dateline=DAY))


def test_several_articles_without_a_folder_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = _written(tmp_path, ARTICLES[:2])
    assert main(["extract", *paths, "--dateline", "2025-05-23"]) == 2
    assert "-o DIR" in capsys.readouterr().err


def test_a_failed_article_is_named_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [*_written(tmp_path, ARTICLES[:1]), str(tmp_path / "gone.txt")]
    assert main(["extract", *paths, "--dateline", "2025-05-23", "-o", str(tmp_path / "o")]) == 2
    assert "gone.txt" in capsys.readouterr().err
    assert (tmp_path / "o" / "article-0.toml").exists()


def test_articles_whose_stories_would_collide_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(ARTICLES[0], encoding="utf-8")
    paths = [str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt")]
    assert main(["extract", *paths, "--dateline", "2025-05-23", "-o", str(tmp_path / "o")]) == 2
    assert "would both write x" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
