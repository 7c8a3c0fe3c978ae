"""Hostile texts every public reader must refuse quickly with a ``ClaimcheckError``.

Shared by the tests of ``parse_figure``, ``resolve_when``, ``Measure.parse`` and
``loads``: long runs that make a backtracking pattern explode, absurd numbers,
deep nesting, repeated qualifiers and control characters.  A reader that hangs
on one of them makes its test hang; one that lets another exception escape
fails it.
"""

from __future__ import annotations

HOSTILE: tuple[tuple[str, str], ...] = (
    ("digits", "1" * 200_000),
    ("commas", "," * 200_000),
    ("parens", "(" * 200_000),
    ("brackets", "[" * 200_000),
    ("braces", "{" * 200_000),
    ("qualifiers", "at least " * 20_000),
    ("digit-commas", "1," * 100_000),
    ("digit-dots", "1." * 100_000),
    ("digit-hyphens", "1-" * 100_000),
    ("huge-exponent", "1e" + "9" * 100_000),
    ("number-words", "one hundred and " * 10_000),
    ("weekdays", "on Monday " * 20_000),
    ("ago", "3 days ago " * 20_000),
    ("facets", "m[" + "a=b," * 50_000 + "]"),
    ("equals", "=" * 200_000),
    ("quotes", '"' * 200_000),
    ("spaces", " " * 200_000),
    ("newlines", "\n" * 200_000),
    ("nul", "\x00" * 1_000),
    ("mixed-scripts", "١٢٣" * 10_000),
)

#: The names, for ``pytest.mark.parametrize(ids=...)``.
IDS = tuple(name for name, _ in HOSTILE)
TEXTS = tuple(text for _, text in HOSTILE)
