"""claimcheck: check sourced numerical claims against each other, arithmetic, units, calendar.

The public face of the library. The machinery lives in modules whose names say
what they hold; everything a user needs is re-exported here.

>>> import claimcheck as cc
>>> cc.parse_figure("at least 162").contains(175)
True
"""

from __future__ import annotations

from claimcheck.check import check
from claimcheck.errors import (
    ClaimcheckError,
    ExtractError,
    FigureError,
    MeasureError,
    ModelError,
    StoryFileError,
    UnitError,
    WhenError,
)
from claimcheck.extract import extract, extract_files
from claimcheck.figures import DEFAULT_POLICY, Band, Figure, FigurePolicy, figures_in, parse_figure
from claimcheck.files import dump, dumps, load, loads
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story
from claimcheck.period import Period
from claimcheck.relations import Cumulative, Difference, PartOf, Relation, Same, Share, Total
from claimcheck.report import Finding, Report
from claimcheck.timeline import WhenPolicy, explain_when, resolve_when, resolve_when_all

__all__ = [
    "Band",
    "Claim",
    "ClaimcheckError",
    "Cumulative",
    "DEFAULT_POLICY",
    "Difference",
    "ExtractError",
    "Figure",
    "FigureError",
    "FigurePolicy",
    "Finding",
    "Measure",
    "MeasureError",
    "ModelError",
    "PartOf",
    "Period",
    "Relation",
    "Report",
    "Same",
    "Share",
    "Source",
    "Story",
    "StoryFileError",
    "Total",
    "UnitError",
    "WhenError",
    "WhenPolicy",
    "__version__",
    "check",
    "dump",
    "dumps",
    "explain_when",
    "extract",
    "extract_files",
    "figures_in",
    "load",
    "loads",
    "parse_figure",
    "resolve_when",
    "resolve_when_all",
]

__version__ = "0.1.0"
