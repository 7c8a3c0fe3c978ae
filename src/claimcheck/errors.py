"""The exception tree: one root, subclasses that also inherit the fitting builtin.

Every error carries structured attributes so that callers (and the command line)
can say *where* the problem is without parsing the message: ``file``, ``claim``
(a claim id such as ``"ru-soldiers"`` or ``"claims[3]"``) and ``field``.
"""

from __future__ import annotations

__all__ = [
    "ClaimcheckError",
    "ExtractError",
    "FigureError",
    "MeasureError",
    "ModelError",
    "StoryFileError",
    "UnitError",
    "WhenError",
]


class ClaimcheckError(Exception):
    """The root of every error claimcheck raises on purpose.

    ``str(error)`` reads ``file: claim: field: message`` with the parts that
    are known; ``error.message`` is the bare message.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        claim: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.claim = claim
        self.field = field

    def where(self) -> str:
        """The place, as ``file: claim: field`` with the known parts only."""
        parts = [p for p in (self.file, self.claim, self.field) if p]
        return ": ".join(parts)

    def located(
        self,
        *,
        file: str | None = None,
        claim: str | None = None,
        field: str | None = None,
    ) -> ClaimcheckError:
        """A copy of this error of the same class, with missing places filled in."""
        clone = type(self).__new__(type(self))
        ClaimcheckError.__init__(
            clone,
            self.message,
            file=self.file or file,
            claim=self.claim or claim,
            field=self.field or field,
        )
        return clone

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self.message, self.file, self.claim, self.field))


def _rebuild(
    cls: type[ClaimcheckError],
    message: str,
    file: str | None,
    claim: str | None,
    field: str | None,
) -> ClaimcheckError:
    error = cls.__new__(cls)
    ClaimcheckError.__init__(error, message, file=file, claim=claim, field=field)
    return error


class FigureError(ClaimcheckError, ValueError):
    """A figure's text could not be read, or a figure's parts do not fit together."""


class UnitError(ClaimcheckError, ValueError):
    """A unit is unknown, or two units cannot be compared."""


class MeasureError(ClaimcheckError, ValueError):
    """A measure's text (``name[facet=value, ...]``) could not be read."""


class WhenError(ClaimcheckError, ValueError):
    """A time expression or period could not be read or resolved."""


class ModelError(ClaimcheckError, ValueError):
    """Claims, sources or relations that do not fit together as given."""


class StoryFileError(ClaimcheckError, ValueError):
    """A story file could not be read or written."""


class ExtractError(ClaimcheckError, ValueError):
    """Text could not be turned into a story."""
