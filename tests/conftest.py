"""Shared test configuration: Hypothesis profiles sized for the CI time budget.

``CI=true`` selects the ``ci`` profile (200 examples, no deadline, derandomized
so a CI run is repeatable); otherwise ``dev`` runs 100 for a quicker local loop, and
``HYPOTHESIS_PROFILE=thorough`` runs 2,000.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)

_default = "ci" if os.environ.get("CI") else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", _default))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every Hypothesis test ``property``, so unit tests can run on their own.

    ``pytest -m "not property and not slow"`` is the fast loop; the README's
    command runs everything.
    """
    for item in items:
        function = getattr(item, "obj", None)
        if getattr(function, "is_hypothesis_test", False):
            item.add_marker(pytest.mark.property)
