"""Terminal colour: ANSI styles by role, or plain text when colour is off.

Whether colour is on is decided once, by the caller (the command line honours
``NO_COLOR`` and only colours a terminal); renderers only ask for a role.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Final, TextIO

import attrs
import regex

__all__ = ["ROLES", "Palette", "visible", "wants_colour"]

_CONTROL = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

#: The ANSI SGR code of each role.
ROLES: Final[Mapping[str, str]] = {
    "failing": "1;31",
    "accepted": "33",
    "contradiction": "31",
    "inconsistency": "35",
    "note": "36",
    "ok": "32",
    "title": "1",
    "dim": "2",
}


@attrs.frozen
class Palette:
    """Paints text by role when enabled, leaves it alone otherwise."""

    enabled: bool = False

    def paint(self, text: str, role: str) -> str:
        """*text* wrapped in the role's colour (unknown roles and disabled palettes: unchanged)."""
        code = ROLES.get(role)
        if not self.enabled or code is None or not text:
            return text
        return f"\x1b[{code}m{text}\x1b[0m"


def visible(text: str) -> str:
    r"""*text* with control characters (escape codes included) shown as ``\xNN``.

    Story files and articles are not trusted to drive the terminal.

    >>> visible("a\x1b[31mb")
    'a\\x1b[31mb'
    """
    return str(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text))


def wants_colour(
    stream: TextIO, choice: str = "auto", env: Mapping[str, str] | None = None
) -> bool:
    """Whether to colour output to *stream*: ``always``, ``never`` or ``auto``.

    ``auto`` colours a terminal unless ``NO_COLOR`` is set to a non-empty value.
    """
    if choice != "auto":
        return choice == "always"
    environment = os.environ if env is None else env
    if environment.get("NO_COLOR", ""):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())
