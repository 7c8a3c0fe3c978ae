"""The public face: one sorted ``__all__``, every name importable, no pint at import.

Importing claimcheck must stay cheap: pint is loaded only when a unit is first
needed.
"""

from __future__ import annotations

import subprocess
import sys

import claimcheck as cc


def test_all_is_sorted_and_complete() -> None:
    assert cc.__all__ == sorted(cc.__all__)
    for name in cc.__all__:
        assert hasattr(cc, name), name


def test_design_surface_exists() -> None:
    for name in (
        "parse_figure",
        "Figure",
        "Source",
        "Measure",
        "Claim",
        "Story",
        "PartOf",
        "Total",
        "Same",
        "Share",
        "Difference",
        "Cumulative",
        "load",
        "dump",
        "check",
        "Report",
        "Finding",
        "resolve_when",
        "Period",
        "extract",
        "ClaimcheckError",
    ):
        assert name in cc.__all__, name


def test_every_error_is_a_claimcheck_error_and_a_value_error() -> None:
    for name in cc.__all__:
        value = getattr(cc, name)
        if (
            isinstance(value, type)
            and issubclass(value, Exception)
            and value is not cc.ClaimcheckError
        ):
            assert issubclass(value, cc.ClaimcheckError)
            assert issubclass(value, ValueError)


def test_importing_claimcheck_loads_no_heavy_dependency() -> None:
    """pint, cattrs, z3 and Hypothesis load on first use, never at import."""
    heavy = ("pint", "cattrs", "z3", "hypothesis")
    code = f"import sys, claimcheck; print(*[m in sys.modules for m in {heavy!r}])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"] * len(heavy)
