"""Story files: TOML and JSON share one schema; bad files are refused with the place named.

Every error names the file, the claim (its id or ``claims[N]``) and the field.
The shipped JSON Schema accepts every example and every dumped story, and
refuses what the reader refuses.
Loading a dumped story gives the same story back, in both formats.  Any text
at all, hostile text included, loads or raises a ``ClaimcheckError``, in
either format and in any field.
"""

from __future__ import annotations

import json
import re
from fractions import Fraction
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError, StoryFileError
from claimcheck.files import dump, dumps, load, loads
from claimcheck.model import Story
from claimcheck.schema import load_schema
from claimcheck.strategies import stories
from hostile_inputs import IDS, TEXTS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.toml")) + sorted((ROOT / "examples").glob("*.json"))

HEAD = """
dateline = 2025-05-23
[sources.ua-af]
name = "Ukrainian Air Force"
"""


def test_the_example_story_loads() -> None:
    story = load(ROOT / "examples" / "prisoner-exchange.toml")
    assert story.dateline is not None
    assert story.claim("drones-neutralized").figure.low == 150
    assert len(story.relations) == 8


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_validate_against_the_shipped_schema(path: Path) -> None:
    story = load(path)
    document = json.loads(dumps(story, format="json"))
    jsonschema.validate(document, load_schema("story"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_files_as_written_validate(path: Path) -> None:
    import tomllib

    raw = (
        tomllib.loads(path.read_text()) if path.suffix == ".toml" else json.loads(path.read_text())
    )
    jsonschema.validate(json.loads(json.dumps(raw, default=str)), load_schema("story"))


_CLAIM = {"source": "a", "measure": "m", "figure": "1"}
SCHEMA_REFUSES = [
    ("an unknown top-level key", {"colour": "red"}),
    ("a claim without a figure", {"claims": [{"source": "a", "measure": "m"}]}),
    ("an unknown claim key", {"claims": [{**_CLAIM, "colour": "red"}]}),
    ("an unknown relation kind", {"relations": [{"kind": "sum-of", "total": "t"}]}),
    ("a figure that is true", {"claims": [{**_CLAIM, "figure": True}]}),
    ("a source without a name", {"sources": {"a": {}}}),
    ("an unknown hedge", {"claims": [{**_CLAIM, "hedge": "maybe"}]}),
    ("a dateline that is not a date", {"dateline": "soon"}),
    ("a part-of without a whole", {"relations": [{"kind": "part-of", "part": "x"}]}),
    ("a span of three numbers", {"claims": [{**_CLAIM, "span": [1, 2, 3]}]}),
]


@pytest.mark.parametrize(
    "document", [d for _, d in SCHEMA_REFUSES], ids=[n for n, _ in SCHEMA_REFUSES]
)
def test_the_schema_and_the_reader_both_refuse_a_malformed_document(
    document: dict[str, object],
) -> None:
    complete = {"sources": {"a": {"name": "A"}}, **document}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(complete, load_schema("story"))
    with pytest.raises(ClaimcheckError):
        loads(json.dumps(complete), format="json")


BAD = [
    ("title = ", None, None, "not valid TOML"),
    (
        "[[claims]]\nsource = 'nobody'\nmeasure = 'x'\nfigure = '1'",
        "claims[0]",
        "source",
        "unknown source 'nobody'",
    ),
    (
        "[[claims]]\nid = 'a'\nsource = 'ua-af'\nmeasure = 'x['\nfigure = '1'",
        "a",
        "measure",
        "cannot read measure",
    ),
    (
        "[[claims]]\nid = 'a'\nsource = 'ua-af'\nmeasure = 'x'\nfigure = 'lots and lots'",
        "a",
        "figure",
        "lots and lots",
    ),
    (
        "[[claims]]\nsource = 'ua-af'\nmeasure = 'x'\nfigure = '1'\nsaid_on = 'soon'",
        "claims[0]",
        "said_on",
        "soon",
    ),
    (
        "[[claims]]\nsource = 'ua-af'\nmeasure = 'x'\nfigure = '1'\nwhen = 'the twelfth of never'",
        "claims[0]",
        "when",
        "twelfth of never",
    ),
    (
        "[[claims]]\nsource = 'ua-af'\nmeasure = 'x'\nfigure = '1'\ncolour = 'red'",
        "claims[0]",
        None,
        "colour",
    ),
    ("[[claims]]\nsource = 'ua-af'\nmeasure = 'x'", "claims[0]", None, "figure"),
    (
        "[[claims]]\nsource = 'ua-af'\nmeasure = 'x'\nfigure = true",
        "claims[0]",
        "figure",
        "not a figure",
    ),
    (
        "[[claims]]\nsource = 'ua-af'\nmeasure = 'x'\nfigure = '1'\nhedge = 'maybe'",
        "claims[0]",
        "hedge",
        "maybe",
    ),
    (
        "[[claims]]\nid = 'a'\nsource = 'ua-af'\nmeasure = 'x'\nfigure = '1'\n"
        "[[claims]]\nid = 'a'\nsource = 'ua-af'\nmeasure = 'y'\nfigure = '2'",
        "a",
        "id",
        "used twice",
    ),
    (
        "[[relations]]\nkind = 'sum-of'\ntotal = 'x'",
        "relations[0]",
        None,
        "unknown relation kind 'sum-of'",
    ),
    (
        "[[relations]]\nkind = 'part-of'\npart = 'x'\nwhole = 'x'",
        "relations[0]",
        None,
        "ties a measure to itself",
    ),
    ("[sources.b]\nname = 'B'\nvia = 'c'", None, "sources.b.via", "unknown source 'c'"),
]


@pytest.mark.parametrize(("body", "claim", "field", "message"), BAD)
def test_bad_files_name_the_file_claim_and_field(
    body: str, claim: str | None, field: str | None, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "story.toml"
    path.write_text(HEAD + body if "[sources" not in body else body, encoding="utf-8")
    with pytest.raises(ClaimcheckError) as caught:
        load(path)
    error = caught.value
    assert error.file == str(path)
    assert error.claim == claim
    if field is not None:
        assert error.field == field
    assert message in str(error)
    assert str(path) in str(error)


_AF = {"ua-af": {"name": "Ukrainian Air Force"}}
_ONE = {"source": "ua-af", "measure": "x", "figure": "1"}


@pytest.mark.parametrize(
    ("document", "claim", "field", "message"),
    [
        ({"claims": 5}, None, "claims", "expected a list here"),
        ({"sources": 5}, None, "sources", "expected a table here"),
        ({"sources": {"ua.af": 5}}, None, "sources.ua.af", "expected a table here"),
        ({"events": []}, None, "events", "expected a table here"),
        ({"sources": _AF, "claims": [5]}, "claims[0]", None, "expected a table here"),
        ({"sources": _AF, "claims": [{**_ONE, "span": 5}]}, "claims[0]", "span", "a pair"),
        (
            {"sources": _AF, "claims": [{**_ONE, "span": [1.5, 2]}]},
            "claims[0]",
            "span[0]",
            "1.5 is not a whole number",
        ),
        (
            {"sources": _AF, "claims": [{**_ONE, "id": "a", "span": [True, 2]}]},
            "a",
            "span[0]",
            "True is not a whole number",
        ),
        ({"relations": [{"kind": "same", "measures": 5}]}, "relations[0]", "measures", "a list"),
    ],
)
def test_wrong_shapes_name_the_place_and_what_was_expected(
    document: dict[str, object], claim: str | None, field: str | None, message: str
) -> None:
    text = json.dumps(document)
    with pytest.raises(StoryFileError, match=re.escape(message)) as caught:
        loads(text, format="json")
    assert (caught.value.claim, caught.value.field) == (claim, field)


def test_json_errors_name_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "story.json"
    path.write_text('{"claims": [}', encoding="utf-8")
    with pytest.raises(StoryFileError, match="line 1, column 13"):
        load(path)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [("story.yaml", "", "expected .toml or .json"), ("missing.toml", None, "cannot read the file")],
)
def test_unreadable_paths(name: str, content: str | None, message: str, tmp_path: Path) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    with pytest.raises(StoryFileError, match=message):
        load(path)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: load(5), "got 5: expected a path"),
        (lambda: dump(Story(claims=[]), None), "got None: expected a path"),
        (lambda: loads("", format="yaml"), "format is 'yaml': expected 'toml' or 'json'"),
        (lambda: dumps(Story(claims=[]), format="yaml"), "format is 'yaml'"),
        (lambda: dumps("title = 'x'"), "got str: expected a Story"),
        (lambda: loads(b"title = 'x'"), "got bytes: expected the text"),
    ],
)
def test_arguments_of_the_wrong_kind_are_refused(call: object, message: str) -> None:
    with pytest.raises(StoryFileError, match=message):
        call()  # type: ignore[operator]


def test_non_utf8_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "story.toml"
    path.write_bytes(b"title = '\xff'")
    with pytest.raises(StoryFileError, match="not UTF-8"):
        load(path)


def test_json_and_toml_read_the_same_structure() -> None:
    toml_story = load(ROOT / "examples" / "prisoner-exchange.toml")
    assert loads(dumps(toml_story, format="json"), format="json") == toml_story


def test_when_words_resolve_against_the_dateline() -> None:
    story = loads(
        HEAD + "[[claims]]\nsource = 'ua-af'\nmeasure = 'x'\nfigure = '1'\nwhen = 'on Monday'"
    )
    when = story.claims[0].when
    assert when is not None
    assert str(when.start) == str(when.end) == "2025-05-19"


@pytest.mark.parametrize(
    ("number", "low", "high"),
    [
        ("1.10", "1.095", "1.105"),  # the trailing zero is stated precision, kept as written
        ("1.1", "1.05", "1.15"),
        ("270", "270", "270"),
        ("2.5e3", "2450", "2550"),
    ],
)
@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_a_number_in_the_file_keeps_its_stated_precision(
    number: str, low: str, high: str, fmt: str
) -> None:
    if fmt == "toml":
        text = HEAD + f"[[claims]]\nsource = 'ua-af'\nmeasure = 'x'\nfigure = {number}"
    else:
        text = (
            '{"sources": {"ua-af": {"name": "Ukrainian Air Force"}}, "claims": '
            f'[{{"source": "ua-af", "measure": "x", "figure": {number}}}]}}'
        )
    figure = loads(text, format=fmt).claims[0].figure  # type: ignore[arg-type]
    assert (figure.low, figure.high) == (Fraction(low), Fraction(high))


@pytest.mark.parametrize(
    ("text", "fmt", "message"),
    [
        ('{"title": ' + "1" * 5000 + "}", "json", "cannot be read"),
        ('{"claims": [{"figure": NaN}]}', "json", "NaN is not a number"),
        ('{"title": 1e' + "9" * 100_000 + "}", "json", "cannot be read"),
        ("title = " + "1" * 5000, "toml", "cannot be read"),
        ("title = 1e" + "9" * 100_000, "toml", "cannot be read"),
        ("1." * 100_000, "toml", "line 1 has 100000 dots"),
        ("[" * 100_000, "json", "nests too deeply"),
        ("a = " + "[" * 100_000, "toml", "nests too deeply"),
    ],
)
def test_hostile_documents_are_refused_with_a_story_file_error(
    text: str, fmt: str, message: str
) -> None:
    with pytest.raises(StoryFileError, match=message):
        loads(text, format=fmt)  # type: ignore[arg-type]


def test_unit_key_gives_a_bare_figure_its_unit() -> None:
    story = loads(HEAD + "[[claims]]\nsource = 'ua-af'\nmeasure = 'x'\nfigure = 997.8\nunit = 'km'")
    assert story.claims[0].figure.contains("997.8 km")
    assert not story.claims[0].figure.contains("998 km")


@pytest.mark.slow
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(stories(), st.sampled_from(["toml", "json"]))
def test_dump_then_load_gives_the_story_back(story: Story, fmt: str) -> None:
    assert loads(dumps(story, format=fmt), format=fmt) == story  # type: ignore[arg-type]


@pytest.mark.slow
@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(stories())
def test_dumped_json_validates_against_the_schema(story: Story) -> None:
    jsonschema.validate(json.loads(dumps(story, format="json")), load_schema("story"))


def test_dump_writes_by_suffix(tmp_path: Path) -> None:
    story = load(ROOT / "examples" / "prisoner-exchange.toml")
    for suffix in (".toml", ".json"):
        path = tmp_path / f"out{suffix}"
        dump(story, path)
        assert load(path) == story


FORMATS = st.sampled_from(["toml", "json"])


@given(st.text(), FORMATS)
def test_any_text_loads_or_raises_a_claimcheck_error(text: str, fmt: str) -> None:
    try:
        story = loads(text, format=fmt)  # type: ignore[arg-type]
    except ClaimcheckError:
        return
    assert loads(dumps(story, format=fmt), format=fmt) == story  # type: ignore[arg-type]


@given(st.text(), st.sampled_from(["figure", "measure", "when", "said_on", "unit", "id"]))
def test_any_text_in_any_claim_field_loads_or_names_the_claim(text: str, field: str) -> None:
    claim = {"source": "ua-af", "measure": "x", "figure": "1", field: text}
    document = {"dateline": "2025-05-23", "sources": {"ua-af": {"name": "A"}}, "claims": [claim]}
    error = _error_loading(json.dumps(document))
    assert error is None or error.claim is not None


def _error_loading(text: str) -> ClaimcheckError | None:
    try:
        loads(text, format="json")
    except ClaimcheckError as error:
        return error
    return None


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_hostile_text_is_refused_or_holds_no_claims(text: str, fmt: str) -> None:
    try:
        story = loads(text, format=fmt)  # type: ignore[arg-type]
    except ClaimcheckError:
        return
    assert story.claims == ()  # white space alone is an empty TOML document
