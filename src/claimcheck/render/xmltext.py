"""Text made safe for XML 1.0: characters XML cannot carry are dropped.

A quote in a story file may hold control characters (TOML and JSON allow
them as escapes); an XML report must still parse.
"""

from __future__ import annotations

import regex

__all__ = ["xml_safe"]

_NOT_XML = regex.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """*text* without the characters XML 1.0 forbids.

    >>> xml_safe("a\\x00b\\x1bc")
    'abc'
    """
    return str(_NOT_XML.sub("", text))
