"""Story files: TOML and JSON with one schema, read and written through cattrs.

The file's shape is described by private record classes; a cattrs converter
that belongs to this module (never the global one) turns a parsed document
into records and records back into a document. A second step turns records
into the model, resolving source keys, figures and time words, so that every
error names the file, the claim (its id, or ``claims[N]``) and the field.
"""

from __future__ import annotations

import ast
import datetime
import decimal
import functools
import json
import os
import tomllib
import types
import typing
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NewType

import attrs
import regex
import tomli_w

if TYPE_CHECKING:
    import cattrs

from claimcheck.errors import ClaimcheckError, ModelError, StoryFileError
from claimcheck.figures import Figure, parse_figure
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story
from claimcheck.relations import RELATION_KINDS, Relation
from claimcheck.textfile import read_text
from claimcheck.timeline import Period, resolve_when

__all__ = ["Format", "dump", "dumps", "load", "loads"]

Format = Literal["toml", "json"]
FigureText = NewType("FigureText", str)
WhenText = NewType("WhenText", str)

_MAX_FILE_BYTES = 256 * 1024 * 1024
_MAX_DOTS_PER_LINE = 256
# One step of a cattrs error path: ``.name``, ``[3]`` or ``['key']`` (a key's repr).
_PATH_PART = regex.compile(
    r"\.([^.\[]{1,500})|\[([0-9]{1,9})\]|\[('(?:[^'\\]|\\.){0,500}'|\"(?:[^\"\\]|\\.){0,500}\")\]"
)
_CONTAINERS: Mapping[Any, str] = {list: "a list", dict: "a table", tuple: "a pair [start, end]"}


@attrs.frozen(kw_only=True)
class _SourceRecord:
    name: str
    side: str | None = None
    kind: str | None = None
    via: str | None = None


@attrs.frozen(kw_only=True)
class _ClaimRecord:
    id: str | None = None
    source: str
    measure: Measure
    figure: FigureText
    unit: str | None = None
    said_on: datetime.date | None = None
    when: WhenText | None = None
    hedge: str | None = None
    quote: str | None = None
    span: tuple[int, int] | None = None


@attrs.frozen(kw_only=True)
class _StoryRecord:
    title: str = ""
    dateline: datetime.date | None = None
    sources: dict[str, _SourceRecord] = attrs.Factory(dict)
    claims: list[_ClaimRecord] = attrs.Factory(list)
    relations: list[Relation] = attrs.Factory(list)
    events: dict[str, datetime.date] = attrs.Factory(dict)


# -- the converters -----------------------------------------------------------


def _structure_date(value: Any, _: type) -> datetime.date:
    if isinstance(value, datetime.datetime):
        raise ValueError(f"{value.isoformat()} has a time of day: expected a date (YYYY-MM-DD)")
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"cannot read {value!r} as a date: expected YYYY-MM-DD") from None
    raise ValueError(f"{value!r} is not a date: expected YYYY-MM-DD")


def _structure_figure(value: Any, _: type) -> FigureText:
    """Figure text, or a number as written in the file (decimals are read as ``Decimal``)."""
    if isinstance(value, bool) or not isinstance(value, str | int | decimal.Decimal):
        raise ValueError(
            f"{value!r} is not a figure: expected text such as 'at least 162' or a number"
        )
    return FigureText(str(value))


def _structure_when(value: Any, _: type) -> WhenText:
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return WhenText(value.isoformat())
    if isinstance(value, str):
        return WhenText(value)
    raise ValueError(
        f"{value!r} is not a time: expected a date, 'start/end' or words like 'on Monday'"
    )


def _structure_int(value: Any, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        shown = str(value) if isinstance(value, decimal.Decimal) else repr(value)
        raise ValueError(f"{shown} is not a whole number: expected one, such as 12")
    return value


def _structure_text(value: Any, _: type) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not text: expected a string")
    return value


def _structure_relation(converter: cattrs.Converter) -> Callable[[Any, type], Relation]:
    def structure(value: Any, _: type) -> Relation:
        if not isinstance(value, Mapping):
            raise ValueError(f"{value!r} is not a table: expected a relation with a 'kind'")
        fields = dict(value)
        kind = fields.pop("kind", None)
        cls = RELATION_KINDS.get(kind) if isinstance(kind, str) else None
        if cls is None:
            raise ValueError(
                f"unknown relation kind {kind!r}: expected one of {', '.join(RELATION_KINDS)}"
            )
        return converter.structure(fields, cls)

    return structure


def _unstructure_relation(converter: cattrs.Converter) -> Callable[[Relation], dict[str, Any]]:
    def unstructure(relation: Relation) -> dict[str, Any]:
        fields = {
            a.name: converter.unstructure(getattr(relation, a.name))
            for a in attrs.fields(type(relation))
        }
        return {"kind": relation.kind, **fields}

    return unstructure


def _make_converter(*, dates_as_text: bool) -> cattrs.Converter:
    import cattrs  # imported on first use: it is the costliest import claimcheck has

    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(str, _structure_text)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(datetime.date, _structure_date)
    converter.register_structure_hook(FigureText, _structure_figure)
    converter.register_structure_hook(WhenText, _structure_when)
    converter.register_structure_hook(Measure, lambda v, _: Measure.parse(_structure_text(v, str)))
    converter.register_unstructure_hook(Measure, str)
    converter.register_structure_hook(Relation, _structure_relation(converter))
    for cls in RELATION_KINDS.values():
        converter.register_unstructure_hook(cls, _unstructure_relation(converter))
    if dates_as_text:
        converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    else:
        converter.register_unstructure_hook(datetime.date, lambda d: d)
    return converter


_FORMATS: tuple[Format, ...] = ("toml", "json")


@functools.cache
def _converter(fmt: Format) -> cattrs.Converter:
    """The converter for one format, built on first use (cattrs code generation is not free)."""
    return _make_converter(dates_as_text=fmt == "json")


# -- reading -------------------------------------------------------------------


def load(path: str | os.PathLike[str]) -> Story:
    """Read a story file (``.toml`` or ``.json``, chosen by the suffix)."""
    file = _path(path)
    fmt = _format_of(file)
    text = read_text(file, limit=_MAX_FILE_BYTES, what="the file", error=StoryFileError)
    return loads(text, format=fmt, file=file)


def loads(text: str, *, format: Format = "toml", file: str | None = None) -> Story:
    """Read a story from the text of a story file."""
    _check_format(format)
    where = file or f"<{format} text>"
    document = _parse_document(text, format, where)
    record = _structure(document, format, where)
    return _story(record, where)


def _path(path: object) -> str:
    if not isinstance(path, str | os.PathLike):
        raise StoryFileError(f"got {path!r}: expected a path to a .toml or .json file")
    return os.fspath(path)


def _check_format(fmt: object) -> None:
    if fmt not in _FORMATS:
        raise StoryFileError(f"format is {fmt!r}: expected 'toml' or 'json'")


def _format_of(file: str) -> Format:
    suffix = Path(file).suffix.lower()
    if suffix in (".toml", ".json"):
        return "toml" if suffix == ".toml" else "json"
    raise StoryFileError(
        f"unknown file type {suffix or '(none)'!r}: expected .toml or .json", file=file
    )


def _parse_document(text: str, fmt: Format, where: str) -> dict[str, Any]:
    """The parsed document; numbers with decimals are kept as written (``Decimal``, never float)."""
    if not isinstance(text, str):
        raise StoryFileError(f"got {type(text).__name__}: expected the text of a story file")
    if fmt == "toml":
        _refuse_long_dotted_keys(text, where)
    try:
        document = _decode(text, fmt)
    except tomllib.TOMLDecodeError as error:
        raise StoryFileError(f"not valid TOML: {error}", file=where) from None
    except json.JSONDecodeError as error:
        raise StoryFileError(
            f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}", file=where
        ) from None
    except RecursionError:
        raise StoryFileError("the document nests too deeply", file=where) from None
    except decimal.InvalidOperation:
        raise StoryFileError("a value cannot be read: a number out of range", file=where) from None
    except ValueError as error:  # an integer beyond Python's digit limit, NaN, Infinity
        raise StoryFileError(f"a value cannot be read: {error}", file=where) from None
    if not isinstance(document, dict):
        raise StoryFileError("expected a table (an object) at the top of the file", file=where)
    return document


def _decode(text: str, fmt: Format) -> Any:
    if fmt == "toml":
        return tomllib.loads(text, parse_float=decimal.Decimal)
    return json.loads(text, parse_float=decimal.Decimal, parse_constant=_no_constant)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number a story can state")


def _refuse_long_dotted_keys(text: str, where: str) -> None:
    """Refuse lines with very many dots (TOML reads a long dotted key in quadratic time)."""
    if text.count(".") <= _MAX_DOTS_PER_LINE:
        return
    for number, line in enumerate(text.splitlines(), start=1):
        dots = line.count(".")
        if dots > _MAX_DOTS_PER_LINE:
            raise StoryFileError(
                f"line {number} has {dots} dots: expected at most {_MAX_DOTS_PER_LINE} on a line",
                file=where,
            )


def _structure(document: dict[str, Any], fmt: Format, where: str) -> _StoryRecord:
    try:
        return _converter(fmt).structure(document, _StoryRecord)
    except ClaimcheckError as error:
        raise error.located(file=where) from None
    except Exception as error:  # cattrs reports as exception groups
        raise _located_error(error, document, where) from None


def _located_error(error: Exception, document: dict[str, Any], where: str) -> StoryFileError:
    message = _first_message(error)
    text, _, path = message.rpartition(" @ ")
    claim, field = _place(path, document)
    return StoryFileError(text or message, file=where, claim=claim, field=field)


def _first_message(error: Exception) -> str:
    import cattrs

    messages = cattrs.transform_error(error, path="$", format_exception=_describe)
    return messages[0] if messages else str(error)


def _describe(error: BaseException, type_: Any) -> str:
    if isinstance(error, ClaimcheckError):
        return error.message
    if isinstance(error, KeyError):
        return f"required field missing ({error.args[0]})"
    expected = _expected(type_)
    if expected is not None and isinstance(error, TypeError | AttributeError):
        return f"expected {expected} here ({error})"
    return str(error) or type(error).__name__


def _expected(type_: Any) -> str | None:
    """What a container type in the file's records is called in messages (None: not one)."""
    args = [a for a in typing.get_args(type_) if a is not type(None)]
    origin = typing.get_origin(type_)
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return _expected(args[0])
    if origin is tuple and args[-1:] == [Ellipsis]:
        return "a list"
    if attrs.has(type_):
        return "a table"
    return _CONTAINERS.get(origin or type_)


def _place(path: str, document: dict[str, Any]) -> tuple[str | None, str | None]:
    """The claim (or relation) and the field a cattrs path such as ``$.claims[2].span`` names."""
    parts = _path_parts(path)
    if len(parts) >= 2 and parts[0] in ("claims", "relations") and parts[1].startswith("["):
        head = _claim_name(document, parts[1]) if parts[0] == "claims" else f"relations{parts[1]}"
        return head, _joined(parts[2:])
    return None, _joined(parts)


def _path_parts(path: str) -> list[str]:
    """``$.sources['ua.af'].via`` -> ``["sources", "ua.af", "via"]``; indexes stay ``"[N]"``."""
    parts = []
    for match in _PATH_PART.finditer(path):
        name, index, key = match.groups()
        if name is not None:
            parts.append(name)
        elif index is not None:
            parts.append(f"[{index}]")
        else:
            parts.append(str(ast.literal_eval(key)))
    return parts


def _joined(parts: list[str]) -> str | None:
    text = "".join(p if p.startswith("[") else f".{p}" for p in parts).lstrip(".")
    return text or None


def _claim_name(document: dict[str, Any], index_text: str) -> str:
    index = int(index_text.strip("[]"))
    claims = document.get("claims")
    entry = claims[index] if isinstance(claims, list) and index < len(claims) else None
    claim_id = entry.get("id") if isinstance(entry, dict) else None
    return claim_id if isinstance(claim_id, str) and claim_id else f"claims[{index}]"


def _story(record: _StoryRecord, where: str) -> Story:
    sources = _sources(record.sources, where)
    claims = [_claim(i, c, sources, record.dateline, where) for i, c in enumerate(record.claims)]
    _no_duplicate_ids(claims, where)
    try:
        return Story(
            title=record.title,
            dateline=record.dateline,
            sources=sources,
            claims=claims,
            relations=tuple(record.relations),
            events=record.events,
        )
    except ClaimcheckError as error:
        raise error.located(file=where) from None


def _sources(records: dict[str, _SourceRecord], where: str) -> dict[str, Source]:
    built: dict[str, Source] = {}
    for key in records:
        _source(key, records, built, where, depth=0)
    return built


def _source(
    key: str, records: dict[str, _SourceRecord], built: dict[str, Source], where: str, depth: int
) -> Source:
    if key in built:
        return built[key]
    record = records[key]
    if depth > 16:
        raise StoryFileError(
            "'via' chains loop or run deeper than 16", file=where, field=f"sources.{key}.via"
        )
    via = None
    if record.via is not None:
        if record.via not in records:
            raise StoryFileError(
                f"'via' names unknown source {record.via!r}", file=where, field=f"sources.{key}.via"
            )
        via = _source(record.via, records, built, where, depth + 1)
    try:
        source = Source(record.name, side=record.side, kind=record.kind, via=via)
    except ClaimcheckError as error:
        raise error.located(file=where, field=f"sources.{key}") from None
    built[key] = source
    return source


def _claim(
    index: int,
    record: _ClaimRecord,
    sources: dict[str, Source],
    dateline: datetime.date | None,
    where: str,
) -> Claim:
    name = record.id or f"claims[{index}]"
    try:
        return _build_claim(record, sources, dateline, name)
    except ClaimcheckError as error:
        raise error.located(file=where, claim=name) from None


def _build_claim(
    record: _ClaimRecord, sources: dict[str, Source], dateline: datetime.date | None, name: str
) -> Claim:
    if record.source not in sources:
        known = ", ".join(sorted(sources)) or "none"
        raise StoryFileError(f"unknown source {record.source!r} (known: {known})", field="source")
    figure = _field("figure", _read_figure, record.figure, record.unit)
    when = _field("when", _read_when, record.when, record.said_on or dateline)
    claim: Claim = _field(
        "claim",
        Claim,
        source=sources[record.source],
        measure=record.measure,
        figure=figure,
        said_on=record.said_on,
        when=when,
        quote=record.quote,
        span=record.span,
        hedge=record.hedge,
        id=record.id or "",
    )
    return claim


def _field(field: str, build: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    try:
        return build(*args, **kwargs)
    except ClaimcheckError as error:
        raise error.located(field=None if field == "claim" else field) from None


def _read_figure(text: str, unit: str | None) -> Figure:
    return parse_figure(f"{text} {unit}" if unit else text)


def _read_when(text: str | None, anchor: datetime.date | None) -> Period | None:
    if text is None:
        return None
    if anchor is None:
        return Period.parse(text)
    return resolve_when(text, anchor)


def _no_duplicate_ids(claims: list[Claim], where: str) -> None:
    seen: set[str] = set()
    for claim in claims:
        if claim.id and claim.id in seen:
            raise ModelError(
                f"id {claim.id!r} is used twice: expected unique ids",
                file=where,
                claim=claim.id,
                field="id",
            )
        seen.add(claim.id)


# -- writing -------------------------------------------------------------------


def dump(story: Story, path: str | os.PathLike[str]) -> None:
    """Write *story* to ``.toml`` or ``.json`` (chosen by the suffix)."""
    file = _path(path)
    text = dumps(story, format=_format_of(file))
    try:
        Path(file).write_text(text, encoding="utf-8")
    except OSError as error:
        raise StoryFileError(
            f"cannot write the file: {error.strerror or error}", file=file
        ) from None


def dumps(story: Story, *, format: Format = "toml") -> str:
    """The text of a story file for *story*."""
    _check_format(format)
    if not isinstance(story, Story):
        raise StoryFileError(f"got {type(story).__name__}: expected a Story to write")
    document = _drop_none(_converter(format).unstructure(_record(story)))
    if format == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return tomli_w.dumps(document)


def _record(story: Story) -> _StoryRecord:
    return _StoryRecord(
        title=story.title,
        dateline=story.dateline,
        sources={key: _source_record(story, s) for key, s in story.sources.items()},
        claims=[_claim_record(story, c) for c in story.claims],
        relations=list(story.relations),
        events=dict(story.events),
    )


def _source_record(story: Story, source: Source) -> _SourceRecord:
    via = story.source_key(source.via) if source.via is not None else None
    return _SourceRecord(name=source.name, side=source.side, kind=source.kind, via=via)


def _claim_record(story: Story, claim: Claim) -> _ClaimRecord:
    return _ClaimRecord(
        id=claim.id,
        source=story.source_key(claim.source),
        measure=claim.measure,
        figure=FigureText(claim.figure.stated or str(claim.figure)),
        said_on=claim.said_on,
        when=WhenText(str(claim.when)) if claim.when is not None else None,
        quote=claim.quote,
        span=claim.span,
        hedge=claim.hedge,
    )


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: _drop_none(v)
            for k, v in value.items()
            if (v is not None and v != {}) or k == "claims"
        }
    if isinstance(value, list | tuple):
        return [_drop_none(v) for v in value]
    return value
