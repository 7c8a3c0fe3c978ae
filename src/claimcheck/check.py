"""``check(story) -> Report``: every claim against the others, arithmetic, units and the calendar.

The public entry point. The machinery lives in the private package
`claimcheck.engine` (see `claimcheck.engine.pipeline` for its steps) and is
imported on the first check, so that ``import claimcheck`` stays cheap.

>>> from claimcheck.model import Claim, Source, Story
>>> from claimcheck.relations import PartOf
>>> air_force = Source("Ukrainian Air Force")
>>> story = Story(claims=[
...     Claim(source=air_force, measure="drones launched", figure="175"),
...     Claim(source=air_force, measure="drones neutralized", figure="190"),
... ], relations=[PartOf(part="drones neutralized", whole="drones launched")])
>>> report = check(story)
>>> report.ok
False
>>> found = report.findings[0]
>>> found.code, found.stated, found.expected
('relation-conflict', '190', '0 to 175')
"""

from __future__ import annotations

from claimcheck.errors import ModelError
from claimcheck.model import Story
from claimcheck.report import Report

__all__ = ["check"]


def check(story: Story) -> Report:
    """Check a story: contradictions, inconsistencies and notes, with what it implies.

    ``report.ok`` is False iff some claims cannot all hold (a contradiction or
    an inconsistency). Every such finding names a minimal set of claims.
    """
    if not isinstance(story, Story):
        raise ModelError(
            f"got {type(story).__name__} {story!r:.60}: expected a Story "
            "(claimcheck.load reads one from a file)"
        )
    from claimcheck.engine.pipeline import run

    return run(story)
