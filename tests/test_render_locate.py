"""Finding a claim's line in its story file, for the CI formats.

Story files are drawn with their answers: claim tables (some with ids, some
without) placed after random runs of blank lines, comments and other tables,
so the line of every claim is known before the text is scanned. The scanner
must find each claim's ``id`` line, or the ``[[claims]]`` table / JSON array
element of a claim without an id, in TOML and JSON alike. It must also cope
with what it cannot read, and errors point at the line their message names.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.errors import StoryFileError
from claimcheck.render.locate import claim_line, claim_lines, error_line

ROOT = Path(__file__).resolve().parents[1]
IDS = st.text(alphabet="abcdefgh0123456789-_.", min_size=1, max_size=12).map(lambda s: f"c{s}")
FILLER = st.lists(
    st.sampled_from(("", "# a comment", "   ", "# [[claims]] in a comment is not a table")),
    max_size=3,
)


@st.composite
def toml_files(draw: st.DrawFn) -> tuple[str, dict[str, int]]:
    """A TOML story's text and the line of each claim (by id, or claims[N])."""
    ids = draw(st.lists(st.none() | IDS, min_size=1, max_size=6, unique_by=lambda x: x or object()))
    lines = ['title = "drawn"', "", "[sources.s]", 'name = "Source"']
    expected: dict[str, int] = {}
    for index, claim_id in enumerate(ids):
        lines += draw(FILLER)
        lines.append(draw(st.sampled_from(("[[claims]]", "[[ claims ]]", "  [[claims]]"))))
        expected.setdefault(f"claims[{index}]", len(lines))
        lines += ['source = "s"', f'measure = "m{index}"']
        if claim_id is not None:
            lines.append(draw(st.sampled_from((f'id = "{claim_id}"', f"id='{claim_id}'"))))
            expected[claim_id] = len(lines)
        lines += ['figure = "1"', *draw(FILLER)]
    lines += ["[[relations]]", 'kind = "same"', 'id = "not-a-claim"']
    return "\n".join(lines) + "\n", expected


@st.composite
def inline_toml_files(draw: st.DrawFn) -> tuple[str, dict[str, int]]:
    """A TOML story whose claims are an inline array of inline tables (as tomli-w writes them)."""
    ids = draw(st.lists(st.none() | IDS, min_size=1, max_size=6, unique_by=lambda x: x or object()))
    lines = ['title = "drawn"', "claims = ["]
    expected: dict[str, int] = {}
    for index, claim_id in enumerate(ids):
        lines += draw(FILLER)
        fields = ['source = "s"', f'measure = "m{index} [x]"', 'quote = "a {brace} and \\" quote"']
        if claim_id is not None:
            fields.insert(draw(st.integers(0, len(fields))), f'id = "{claim_id}"')
            expected[claim_id] = len(lines) + 1
        lines.append("    { " + ", ".join(fields) + " },")
        expected[f"claims[{index}]"] = len(lines)
    lines += ["]", "", "[sources.s]", 'name = "Source"', 'id = "not-a-claim"']
    return "\n".join(lines) + "\n", expected


@st.composite
def json_files(draw: st.DrawFn) -> tuple[str, dict[str, int]]:
    """A JSON story's text (indented or not) and the line of each claim."""
    ids = draw(st.lists(st.none() | IDS, min_size=1, max_size=6, unique_by=lambda x: x or object()))
    lines = [
        "{",
        '  "title": "drawn claims",',
        '  "sources": {"s": {"name": "x"}},',
        '  "claims": [',
    ]
    expected: dict[str, int] = {}
    for index, claim_id in enumerate(ids):
        lines += [""] * draw(st.integers(0, 2))
        claim: dict[str, object] = {"source": "s", "measure": f"m{index}", "figure": "1"}
        if claim_id is not None:
            claim = {"id": claim_id, **claim}
        text = json.dumps(claim, indent=draw(st.sampled_from((None, 2))))
        expected[f"claims[{index}]"] = len(lines) + 1
        if claim_id is not None:
            offset = next(i for i, line in enumerate(text.split("\n")) if '"id"' in line)
            expected[claim_id] = len(lines) + 1 + offset
        comma = "," if index < len(ids) - 1 else ""
        lines += (text + comma).split("\n")
    lines += ["  ]", "}"]
    return "\n".join(lines) + "\n", expected


@given(toml_files())
def test_toml_claims_are_found_at_their_lines(drawn: tuple[str, dict[str, int]]) -> None:
    text, expected = drawn
    assert claim_lines(text) == expected


@given(inline_toml_files())
def test_inline_toml_claims_are_found_at_their_lines(drawn: tuple[str, dict[str, int]]) -> None:
    text, expected = drawn
    assert claim_lines(text) == expected


@given(json_files())
def test_json_claims_are_found_at_their_lines(drawn: tuple[str, dict[str, int]]) -> None:
    text, expected = drawn
    assert claim_lines(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "{", "[[claims]", '{"claims": [1, 2', "\x00\x01", '{"claims": "none"}', "{" * 5000],
)
def test_unreadable_text_gives_what_it_can(text: str) -> None:
    lines = claim_lines(text)
    assert all(line >= 1 for line in lines.values())


def test_the_seed_story_claims_are_located() -> None:
    path = ROOT / "examples" / "prisoner-exchange.toml"
    text_lines = path.read_text("utf-8").split("\n")
    line = claim_line(str(path), "drones-neutralized")
    assert line is not None
    assert text_lines[line - 1] == 'id = "drones-neutralized"'
    assert claim_line(str(path), "no-such-claim") is None
    assert claim_line(None, "drones-neutralized") is None
    assert claim_line(str(path.with_suffix(".missing")), "drones-neutralized") is None


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "story.toml"
    path.write_text('[[claims]]\nid = "a"\n', "utf-8")
    assert claim_line(str(path), "a") == 2
    path.write_text('\n\n[[claims]]\nsource = "s"\nid = "a"\n', "utf-8")
    assert claim_line(str(path), "a") == 5


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (StoryFileError("not valid TOML: Invalid value (at line 12, column 9)", file="x.toml"), 12),
        (StoryFileError("not valid JSON: Expecting ',' at line 3, column 1", file="x.json"), 3),
        (StoryFileError("expected a table", file="x.toml"), None),
    ],
)
def test_errors_point_at_the_line_they_name(error: StoryFileError, line: int | None) -> None:
    assert error_line(error) == line


def test_errors_about_a_claim_point_at_the_claim() -> None:
    path = str(ROOT / "examples" / "prisoner-exchange.toml")
    error = StoryFileError(
        "cannot read figure", file=path, claim="drones-neutralized", field="figure"
    )
    assert error_line(error) == claim_line(path, "drones-neutralized")
