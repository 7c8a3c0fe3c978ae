"""JSON Schemas that ship with claimcheck: the story file and the JSON report."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Literal

__all__ = ["load_schema"]


@cache
def _text(name: str) -> str:
    return resources.files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8")


def load_schema(name: Literal["story", "report"] = "story") -> dict[str, Any]:
    """The JSON Schema called *name*, as a fresh dict.

    >>> load_schema("story")["title"]
    'claimcheck story file'
    """
    schema: dict[str, Any] = json.loads(_text(name))
    return schema
