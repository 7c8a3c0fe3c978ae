"""Measure: what a figure measures, a name plus facets.

Written ``prisoners returned[side=Russia, group=civilians, stage=1]``. The name
and facet keys are compared without regard to case or spacing, facet values
without regard to case, and facet order never matters: ``str()`` gives one
canonical spelling back.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import attrs
import regex

from claimcheck.errors import MeasureError

__all__ = ["Measure"]

_MAX_TEXT = 500
_KEY = regex.compile(r"[A-Za-z_][A-Za-z0-9_ -]{0,63}")
_MAX_KNOWN_KEYS = 4096

Facets = tuple[tuple[str, str], ...]


def _squash(text: str) -> str:
    if not isinstance(text, str):
        raise MeasureError(f"got {text!r} ({type(text).__name__}): expected text", field="measure")
    return " ".join(text.split())


def _name(value: str) -> str:
    return _squash(value).casefold()


def _facets(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> Facets:
    if type(value) is dict:  # the common case, read without the general checks (str() is text)
        cleaned = [(_KEY_SPELLINGS.get(k) or _key_spelling(k), " ".join(str(v).split()))
                   for k, v in value.items()]  # fmt: skip
        if len(cleaned) > 1:
            cleaned.sort(key=_order)
        return tuple(cleaned)
    pairs = value.items() if isinstance(value, Mapping) else value
    if isinstance(pairs, str) or not isinstance(pairs, Iterable):
        raise MeasureError(
            f"facets are {value!r}: expected a mapping or (key, value) pairs", field="measure"
        )
    cleaned = [(_name(str(k)), _squash(str(v))) for k, v in _pairs(pairs)]
    return tuple(sorted(cleaned, key=_order))


#: How each facet key given as text is spelled (a few dozen keys in practice; bounded).
_KEY_SPELLINGS: dict[str, str] = {}


def _key_spelling(key: object) -> str:
    """A facet key without case or extra spaces, remembered for keys given as text."""
    spelled = " ".join(str(key).split()).casefold()
    if type(key) is str and len(_KEY_SPELLINGS) < _MAX_KNOWN_KEYS:
        _KEY_SPELLINGS[key] = spelled
    return spelled


def _order(pair: tuple[str, str]) -> tuple[str, str]:
    return pair[0], pair[1].casefold()


def _pairs(items: Iterable[object]) -> Iterable[tuple[object, object]]:
    for item in items:
        if not (isinstance(item, tuple) and len(item) == 2):
            raise MeasureError(f"facet {item!r}: expected a (key, value) pair", field="measure")
        yield item


def _facets_key(facets: Facets) -> Facets:
    return tuple([(k, v.casefold()) for k, v in facets]) if facets else ()


def _usable(text: str) -> bool:
    """Whether a name or facet value is 1-200 characters, none of them '[', ']', '=' or ','.

    (What the pattern ``[^\\[\\]=,]{1,200}`` fullmatches; four substring tests are several
    times faster.)
    """
    return (
        0 < len(text) <= 200 and "[" not in text and "]" not in text and "=" not in text
        and "," not in text
    )  # fmt: skip


def _check_name(_: object, __: attrs.Attribute[str], value: str) -> None:
    if not _usable(value) or not value.strip():
        raise MeasureError(
            f"measure name {value!r} is not usable: expected 1-200 characters "
            "without '[', ']', '=' or ','",
            field="measure",
        )


#: Keys seen to be usable (a few dozen in practice; at most _MAX_KNOWN_KEYS remembered).
_KNOWN_KEYS: set[str] = set()


def _usable_key(key: str) -> bool:
    """Whether ``key`` fullmatches ``_KEY``; the few keys in use are checked once."""
    if key in _KNOWN_KEYS:
        return True
    if _KEY.fullmatch(key) is None:
        return False
    if len(_KNOWN_KEYS) < _MAX_KNOWN_KEYS:
        _KNOWN_KEYS.add(key)
    return True


def _check_facets(_: object, __: attrs.Attribute[Facets], value: Facets) -> None:
    for key, val in value:
        if key not in _KNOWN_KEYS and not _usable_key(key):
            raise MeasureError(
                f"facet key {key!r} is not usable: expected a letter or '_', then at most 63 "
                "letters, digits, spaces, '_' or '-'",
                field="measure",
            )
        if not _usable(val) or not val.strip():
            raise MeasureError(
                f"facet {key}={val!r}: expected a value of 1-200 characters "
                "without '[', ']', '=' or ','",
                field="measure",
            )
    if len(value) > 1 and len({k for k, _v in value}) != len(value):
        keys = [k for k, _v in value]
        raise MeasureError(f"facet keys repeat in {keys}: expected each key once", field="measure")


@attrs.frozen(cache_hash=True)
class Measure:
    """What is measured: ``name[key=value, ...]``.

    >>> m = Measure.parse("Prisoners returned[stage=1, Side=Russia]")
    >>> str(m)
    'prisoners returned[side=Russia, stage=1]'
    >>> m == Measure.parse("prisoners returned[side=russia, stage=1]")
    True
    """

    name: str = attrs.field(converter=_name, validator=_check_name, eq=False)
    facets: Facets = attrs.field(
        factory=tuple, converter=_facets, validator=_check_facets, eq=False
    )
    _key: tuple[str, Facets] = attrs.field(init=False, repr=False)

    @_key.default
    def _identity(self) -> tuple[str, Facets]:
        """What makes two measures one: the name and the case-folded facets."""
        return (self.name, _facets_key(self.facets))

    @classmethod
    def parse(cls, text: str) -> Measure:
        """Read ``name`` or ``name[key=value, ...]``; raise `MeasureError` otherwise."""
        if not isinstance(text, str):
            raise MeasureError(f"expected a measure as text, got {type(text).__name__}")
        if len(text) > _MAX_TEXT:
            raise MeasureError(
                f"measure text of {len(text)} characters: expected at most {_MAX_TEXT}"
            )
        return _parse(text) if cls is Measure else _read(cls, text)

    @classmethod
    def coerce(cls, value: Measure | str) -> Measure:
        """A measure as given, or read from its text."""
        return value if isinstance(value, Measure) else cls.parse(value)

    def facet(self, key: str, default: str | None = None) -> str | None:
        """The value of one facet (key compared without case), or *default*."""
        wanted = _name(key)
        return next((v for k, v in self.facets if k == wanted), default)

    def with_facets(self, **facets: str) -> Measure:
        """A copy with facets added or replaced."""
        merged = dict(self.facets)
        merged.update({_name(k): v for k, v in facets.items()})
        return Measure(self.name, merged)

    def __str__(self) -> str:
        if not self.facets:
            return self.name
        inside = ", ".join(f"{k}={v}" for k, v in self.facets)
        return f"{self.name}[{inside}]"


def _read(cls: type[Measure], text: str) -> Measure:
    name, bracket, rest = text.strip().partition("[")
    if not bracket:
        return cls(name)
    if not rest.endswith("]"):
        raise MeasureError(f"cannot read measure {text!r}: expected 'name[key=value, ...]'")
    return cls(name, _parse_facets(text, rest[:-1]))


@functools.lru_cache(maxsize=1 << 16)
def _parse(text: str) -> Measure:
    """Measures are immutable, so one text is read once."""
    return _read(Measure, text)


def _parse_facets(text: str, inside: str) -> Facets:
    pairs: list[tuple[str, str]] = []
    for item in inside.split(","):
        key, eq, value = item.partition("=")
        if not eq or not key.strip() or not value.strip():
            raise MeasureError(
                f"cannot read facet {item.strip()!r} in {text!r}: expected key=value"
            )
        pairs.append((key, value))
    return _facets(pairs)
