"""Exact decisions about linear constraints over rational and integer variables.

The solver knows variables and linear constraints, never claims: the engine
turns a story into a :class:`LinearSystem` whose soft constraints are labelled
by claims, and asks whether they can hold, which labels conflict minimally, and
what interval each variable is forced into.  Everything is exact
(``fractions.Fraction``; strict inequalities through delta-rationals), complete
for linear constraints over the rationals and integers (bounded general
simplex with Bland's rule, branch and bound), and decided per connected
component.
"""

from __future__ import annotations

from claimcheck.solver.interval import Interval
from claimcheck.solver.system import OPS, LinearSystem

__all__ = ["OPS", "Interval", "LinearSystem"]
