"""The pipeline behind ``claimcheck.check``: each step in its own module.

The pipeline (each step in its own module):

1. **Calendar** (`claimcheck.engine.calendar_checks`): elapsed-time claims about a
   known event are checked by calendar arithmetic and leave the arithmetic
   check; quotes are read for weekdays that do not fit their dates.
2. **Units** (`claimcheck.engine.canonical`): claims that must be comparable but are
   in another dimension are unit mismatches and leave the check; the rest are
   converted exactly to base units.
3. **Reports and forecasts**: hedged claims (expected, planned) are set
   aside and compared at the end (step 7).
4. **Observations** (`claimcheck.engine.observations`): the time rule places each
   report in a window; a source's own later figure for the same value
   supersedes its earlier one (`claimcheck.engine.notes`: a revision).
5. **Components** (`claimcheck.engine.assemble`): independent problems, one per
   group of tied measures and window.
6. **Decision** (`claimcheck.engine.decide`): each problem's minimal conflicts,
   explained (`claimcheck.engine.explain`) as a ``disagreement`` (one value, no
   relation), ``not-a-count``, ``running-total-shrank`` (a ``Cumulative``
   relation is involved) or ``relation-conflict``.
7. **Notes** (`claimcheck.engine.notes`): ``needs-rounding`` on the claims left
   standing, ``expectation-unmet`` for forecasts, ``revision``.
8. **Implied figures** (`claimcheck.engine.implied`), computed when read.

`claimcheck.check` shows the whole pipeline at work on a small story.
"""

from __future__ import annotations

import contextlib
import functools
import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

import attrs

from claimcheck import units
from claimcheck.engine import single
from claimcheck.engine.assemble import assemble
from claimcheck.engine.calendar_checks import (
    ELAPSED,
    elapsed_event,
    elapsed_findings,
    weekday_findings,
)
from claimcheck.engine.canonical import dimension_of, full_span, nominal_span, split_by_dimension
from claimcheck.engine.constraints import Problem
from claimcheck.engine.decide import Conflict, Decider
from claimcheck.engine.explain import (
    Scene,
    conflict_finding,
    figure_text,
    finding,
    measure_text,
    single_finding,
)
from claimcheck.engine.implied import Implied, slot_key
from claimcheck.engine.notes import expectation_note, revision_note, revisions, rounding_note
from claimcheck.engine.observations import Observations, Slot, claim_time, observe
from claimcheck.engine.spans import Span, integer_hull, intersect, is_empty
from claimcheck.engine.ties import Ties
from claimcheck.figures import Figure
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story
from claimcheck.relations import Cumulative, Relation, Share
from claimcheck.report import Finding, Report

__all__ = ["run"]


def run(story: Story) -> Report:
    """Check a story (already known to be a `Story`); see `claimcheck.check`."""
    with _collector_paused(len(story.claims) >= _LARGE):
        return _Check(story).report()


#: Stories with at least this many claims are checked with the cycle collector paused.
_LARGE = 20_000


@contextlib.contextmanager
def _collector_paused(pause: bool) -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the duration (restored afterwards).

    A large check allocates millions of small, acyclic objects; each automatic
    collection would walk every object alive — the story's own included — so
    the time would grow faster than the story. Reference counting still frees
    everything at once; only the cycle detector waits until the check is done.
    """
    if not pause or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class _Traits(NamedTuple):
    """What any claim of the story has, so steps that nothing needs are skipped."""

    quotes: bool
    units: bool
    hedges: bool
    times: bool
    dates: bool


def _survey(claims: Iterable[Claim]) -> tuple[dict[Measure, list[Claim]], _Traits]:
    """The claims by measure, and the story's traits, in one pass."""
    found: dict[Measure, list[Claim]] = {}
    quotes = units_ = hedges = times = dates = False
    for claim in claims:
        same = found.get(claim.measure)
        if same is None:
            found[claim.measure] = [claim]
        else:
            same.append(claim)
        quotes = quotes or claim.quote is not None
        units_ = units_ or claim.figure.unit is not None
        hedges = hedges or claim.hedge is not None
        times = times or claim.when is not None
        dates = dates or claim.said_on is not None
    return found, _Traits(quotes, units_, hedges, times, dates)


def _unit(claims: Sequence[Claim], share: bool) -> str | None:
    """The unit values are shown in: the base unit, or a share's own unit ("percent")."""
    unit = next((c.figure.unit for c in claims if c.figure.unit is not None), None)
    return unit if share or unit is None else units.base_unit(unit)


def _loose(figure: Figure) -> bool:
    """Whether rounding or a band widens the figure beyond what is literally stated."""
    low, high = figure.low, figure.high
    nominal_low, nominal_high = figure.nominal_low, figure.nominal_high
    return (nominal_low is not low and nominal_low != low) or (
        nominal_high is not high and nominal_high != high)  # fmt: skip


def _code(relations: Sequence[Relation], slots: Mapping[str, Slot]) -> str:
    if not relations and len(set(slots.values())) == 1:
        return "disagreement"
    if any(isinstance(r, Cumulative) for r in relations):
        return "running-total-shrank"
    return "relation-conflict"


def _mismatch(witness: Claim | None, claim: Claim) -> Finding:
    unit = claim.figure.unit or "a plain number"
    where = measure_text(claim.measure)
    if witness is None:
        message = f"{figure_text(claim)} for {where} is in {unit}, but a share is a plain ratio."
        return finding("unit-mismatch", message, [claim], stated=figure_text(claim))
    other = witness.figure.unit or "a plain number"
    dimensions = f"{dimension_of(witness.figure.unit)} and {dimension_of(claim.figure.unit)}"
    message = (f"{figure_text(witness)} ({other}) and {figure_text(claim)} ({unit}) are both given "
               f"for {where}, but they measure different things ({dimensions}).")  # fmt: skip
    return finding("unit-mismatch", message, [witness, claim], expected=other, stated=unit)


class _Check:
    """The state of one check, step by step (see the module docstring)."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.failures: list[Finding] = []
        self.notes: list[Finding] = []
        self.all_claims, self.traits = _survey(story.claims)
        self.ties = Ties.of(story.relations, self.all_claims)
        self.units: dict[Measure, str | None] = {}
        self.solved: dict[int, Mapping[Slot, Span]] = {}
        self.alone: dict[Slot, tuple[list[Span], bool]] = {}
        self.home: dict[Slot, int] = {}
        self.spans: dict[int, Span] = {}  # by id() of figures, alive as long as the story
        self.source_keys: dict[int, int] = {}
        self.sources: dict[Source, Source] = {}

    def report(self) -> Report:
        """Run every step and gather the report."""
        claims = self._units(self._calendar())
        firm = claims
        if self.traits.hedges:
            firm = {m: [c for c in cs if c.hedge is None] for m, cs in claims.items()}
            firm = {m: cs for m, cs in firm.items() if cs}
        self.observations = self._observe(firm)
        groups = list(dict.fromkeys(map(self.ties.group, firm))) if self.ties.group_of else firm
        tied = [g for g in groups if not self._alone(g)]
        self._problems(tied)
        if self.traits.hedges:
            self._expectations([c for cs in claims.values() for c in cs if c.hedged])
        findings = (*self.failures, *self.notes)
        implied = self._implied()
        return Report(story=self.story, findings=findings, implied=implied)

    def _alone(self, group: Measure) -> bool:
        """Decide a group of one measure without relations, window by window; False if tied."""
        windows = self.observations.windows(group)
        chained = group in self.ties.cumulative and len(windows) > 1
        if group in self.ties.group_of or chained:
            return False
        integer = self.counts(group)
        reports = self.observations.reports
        for window in windows:
            slot = (group, window)
            self._decide_alone(slot, reports.get(slot, []), integer)
        return True

    def span(self, figure: Figure) -> Span:
        """A figure's span in base units (computed once per figure object)."""
        found = self.spans.get(id(figure))
        if found is None:
            found = self.spans[id(figure)] = full_span(figure)
        return found

    def _decide_alone(self, slot: Slot, claims: Sequence[Claim], integer: bool) -> None:
        pairs = [(c.id, self.span(c.figure)) for c in claims]
        found, standing = single.conflicts(pairs, integer)
        if found:
            self.failures.extend(self._explain_alone(slot, ids, integer) for ids in found)
            kept = set(standing)
            claims = [c for c in claims if c.id in kept]
            pairs = [(cid, span) for cid, span in pairs if cid in kept]
        self.alone[slot] = ([span for _cid, span in pairs], integer)
        if any(_loose(c.figure) for c in claims):
            nominal = [(c.id, nominal_span(c.figure)) for c in claims]
            for ids in single.conflicts(nominal, integer)[0]:
                self.notes.append(rounding_note(self.in_order(ids)))

    def _explain_alone(self, slot: Slot, ids: frozenset[str], integer: bool) -> Finding:
        claims = self.in_order(ids)
        if len(claims) == 1:
            return single_finding(claims[0], slot)
        slots = dict.fromkeys(ids, slot)
        scene = Scene.of(claims, (), slots, {slot: integer}, self.unit_of)
        return conflict_finding("disagreement", scene)

    def _problems(self, groups: Sequence[Measure]) -> None:
        reports, windows = self.observations.reports, self.observations.windows
        claims = (c for g in groups for m in self.ties.members(g) for w in windows(g)
                  for c in reports.get((m, w), ()))  # fmt: skip
        spans = {c.id: self.span(c.figure) for c in claims}
        self.problems = list(assemble(self.ties, self.observations, groups, spans, self.counts))
        self.deciders = [Decider(p) for p in self.problems]
        self.standing = [self._decide(d) for d in self.deciders]
        for index, decider in enumerate(self.deciders):
            self._rounding(decider.problem, self.standing[index])
            self.home.update(dict.fromkeys(decider.problem.integer, index))

    # -- steps 1-4 -------------------------------------------------------------------

    def _calendar(self) -> dict[Measure, list[Claim]]:
        if self.traits.quotes:
            self.failures.extend(weekday_findings(self.story.claims, self.story))
        elapsed = [m for m in self.all_claims if m.name == ELAPSED]
        if not elapsed:
            return self.all_claims
        candidates = (c for m in elapsed for c in self.all_claims[m])
        dated = [c for c in candidates if elapsed_event(c, self.story) is not None]
        self.failures.extend(elapsed_findings([c for c in dated if c.hedge is None], self.story))
        gone = {c.measure for c in dated}
        return {m: cs for m, cs in self.all_claims.items() if m not in gone}

    def _units(self, claims: dict[Measure, list[Claim]]) -> dict[Measure, list[Claim]]:
        if not self.traits.units:
            return claims  # every figure is a plain number: nothing to convert or compare
        by_dimension: dict[Measure, list[Measure]] = {}
        for measure in claims:
            by_dimension.setdefault(self.ties.dimension_group(measure), []).append(measure)
        shares = {r.share for r in self.story.relations if isinstance(r, Share)}
        kept: dict[Measure, list[Claim]] = {}
        for group, measures in by_dimension.items():
            found = claims[measures[0]]
            if len(measures) > 1:
                found = [c for m in measures for c in claims[m]]
            good, odd = split_by_dimension(found, "dimensionless" if group in shares else None)
            self.units[group] = _unit(good, group in shares)
            if not odd:
                kept.update((m, claims[m]) for m in measures)
                continue
            self.failures.extend(_mismatch(w, c) for w, c in odd)
            for claim in good:
                kept.setdefault(claim.measure, []).append(claim)
        return kept

    def _observe(self, firm: Mapping[Measure, list[Claim]]) -> Observations:
        if not self.traits.times and not (self.traits.dates and self.ties.cumulative):
            untimed: dict[Slot, list[Claim]] = {(m, None): cs for m, cs in firm.items()}
            observed = Observations(reports=untimed, instances={})
        else:
            groups = {self.ties.group(m): self.ties.members(self.ties.group(m)) for m in firm}
            observed = observe(groups, firm, self.ties.cumulative)
        if not self.traits.dates:
            return observed
        reports: dict[Slot, list[Claim]] = {}
        for slot, claims in observed.reports.items():
            kept, pairs = revisions(claims, self.who)
            reports[slot] = kept
            self.notes.extend(revision_note(a, b, slot) for a, b in pairs)
        return attrs.evolve(observed, reports=reports)

    @functools.cached_property
    def by_id(self) -> dict[str, Claim]:
        """Every claim by its id."""
        return {c.id: c for c in self.story.claims}

    @functools.cached_property
    def position(self) -> dict[str, int]:
        """Every claim's position in the story."""
        return {c.id: i for i, c in enumerate(self.story.claims)}

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id."""
        return self.by_id[claim_id]

    def in_order(self, ids: Iterable[str]) -> tuple[Claim, ...]:
        """The claims with these ids, in story order."""
        return tuple(self.claim(i) for i in sorted(ids, key=self.position.__getitem__))

    def who(self, source: Source) -> int:
        """A key per source: the id of the first equal source object seen."""
        key = self.source_keys.get(id(source))
        if key is None:
            key = self.source_keys[id(source)] = id(self.sources.setdefault(source, source))
        return key

    def counts(self, measure: Measure) -> bool:
        """Whether a measure counts whole things (see `claimcheck.engine.ties`)."""
        if measure in self.ties.group_of:
            return measure in self.ties.counted
        return any(c.figure.counts for c in self.all_claims.get(measure, ()))

    def unit_of(self, measure: Measure) -> str | None:
        """The unit a measure's values are shown in (the base unit; a share's own unit)."""
        return self.units.get(self.ties.dimension_group(measure))

    # -- steps 6-8 ---------------------------------------------------------------------

    def _decide(self, decider: Decider) -> frozenset[str]:
        conflicts, standing = decider.conflicts()
        self.failures.extend(self._explain(decider, c) for c in conflicts)
        return standing

    def _explain(self, decider: Decider, conflict: Conflict) -> Finding:
        problem = decider.problem
        claims = self.in_order(conflict.claims)
        slots = {cid: problem.claims[cid][0] for cid in conflict.claims}
        if not conflict.relations and len(claims) == 1:
            slot = slots[claims[0].id]
            return single_finding(claims[0], slot)
        positions = sorted({ref.position for ref in conflict.relations})
        relations = tuple(self.story.relations[i] for i in positions)
        code = _code(relations, slots)
        scene = Scene.of(claims, relations, slots, problem.integer, self.unit_of)
        values = decider.bounds([c.id for c in scene.others]) if relations else {}
        return conflict_finding(code, attrs.evolve(scene, values=values))

    def _rounding(self, problem: Problem, standing: frozenset[str]) -> None:
        ordered = [cid for cid in problem.claims if cid in standing]
        if not any(_loose(self.claim(cid).figure) for cid in ordered):
            return
        nominal = {cid: nominal_span(self.claim(cid).figure) for cid in ordered}
        exact = {cid: (problem.claims[cid][0], nominal[cid]) for cid in ordered}
        conflicts, _rest = Decider(attrs.evolve(problem, claims=exact)).conflicts()
        for conflict in conflicts:
            self.notes.append(rounding_note(self.in_order(conflict.claims)))

    def _expectations(self, hedged: Sequence[Claim]) -> None:
        for claim in hedged:
            time = claim_time(claim, claim.measure in self.ties.cumulative)
            found, window = self.observations.window_for(self.ties.group(claim.measure), time)
            slot = (claim.measure, window)
            if found and (slot in self.home or slot in self.alone):
                self._expectation(claim, slot)

    def _expectation(self, claim: Claim, slot: Slot) -> None:
        implied = self.implied_span(slot)
        integer = self.counts(slot[0])
        met = intersect(implied, full_span(claim.figure))
        if is_empty(integer_hull(met) if integer else met):
            self.notes.append(expectation_note(claim, slot, implied, integer))

    def implied_span(self, slot: Slot) -> Span:
        """What one variable is forced into by the claims left standing and the relations."""
        if slot in self.alone:
            spans, integer = self.alone[slot]
            return single.meet(spans, integer)
        index = self.home[slot]
        if index not in self.solved:
            self.solved[index] = self.deciders[index].bounds(self.standing[index])
        return self.solved[index][slot]

    def _implied(self) -> Implied:
        keys: dict[Measure, Slot] = {}
        several = {g for g, windows in self.observations.instances.items() if len(windows) > 1}
        for slot in (*self.alone, *self.home):
            keys[slot_key(slot, self.ties.group(slot[0]) in several)] = slot
        return Implied(keys, self.implied_span, self.unit_of, lambda slot: self.counts(slot[0]))
