"""Hypothesis entry point: register claimcheck's types for ``st.from_type``.

Hypothesis runs this hook while it is itself being imported, which may happen
in the middle of importing ``claimcheck.strategies``. So the hook imports only
the model, and registers deferred strategies that reach for
``claimcheck.strategies`` when a test first draws.
"""

from __future__ import annotations

from typing import Any


def _hypothesis_setup_hook() -> None:
    """Make ``st.from_type(claimcheck.Claim)`` (and the other values) work."""
    from hypothesis import strategies as st

    from claimcheck.figures import Figure
    from claimcheck.measure import Measure
    from claimcheck.model import Claim, Source, Story
    from claimcheck.period import Period

    for kind, name in (
        (Figure, "figures"),
        (Measure, "measures"),
        (Source, "sources"),
        (Period, "periods"),
        (Claim, "claims"),
        (Story, "stories"),
    ):
        st.register_type_strategy(kind, st.deferred(_public(name)))


def _public(name: str) -> Any:
    def build() -> Any:
        from claimcheck import strategies

        return getattr(strategies, name)()

    return build
