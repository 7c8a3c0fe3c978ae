"""A progress bar on a terminal's error stream, for runs over many files.

It draws only when enabled (the command line enables it when stderr is a
terminal and there are many files), so redirected output never carries it,
and it erases itself when done.
"""

from __future__ import annotations

from typing import TextIO

__all__ = ["Progress"]

_WIDTH = 30
_LINE = 79


class Progress:
    """Counts finished items and redraws one line on *stream*, when enabled."""

    def __init__(self, stream: TextIO, total: int, *, enabled: bool) -> None:
        self._stream = stream
        self._total = max(total, 1)
        self._done = 0
        self._enabled = enabled

    def advance(self, label: str = "") -> None:
        """One more item done; redraw with *label* (a file name)."""
        self._done += 1
        if self._enabled:
            self._draw(self.line(label))

    def line(self, label: str = "") -> str:
        """The bar as it reads now: ``[#####.....] 12/40 label``, cut to one line."""
        filled = _WIDTH * self._done // self._total
        bar = "#" * filled + "." * (_WIDTH - filled)
        text = f"[{bar}] {self._done}/{self._total} {label}"
        return text[:_LINE]

    def close(self) -> None:
        """Erase the bar."""
        if self._enabled:
            self._draw("")

    def _draw(self, text: str) -> None:
        self._stream.write("\r" + text.ljust(_LINE) + "\r")
        self._stream.flush()
