"""The checking machinery behind `claimcheck.check`: story -> constraints -> solver -> findings.

Private: nothing here is public API. One concept per module:

- ``ties``: which measures the relations bind, and how; ``observations``: which
  claims speak about the same value (the time rule);
- ``canonical`` and ``spans``: figures as exact intervals in base units;
- ``constraints`` and ``assemble``: independent components as linear systems;
- ``single``, ``propagate``, ``decide`` and ``share_math``: deciding each
  component, fast paths first, the exact solver last;
- ``explain``, ``notes``, ``calendar_checks`` and ``implied``: findings in
  words, notes, calendar findings and the implied figures.
"""
