"""``check(story) -> Report``: every claim against the others, arithmetic, units and the calendar.

The pipeline (each step in its own module):

1. **Calendar** (`claimcheck.calendar_checks`): elapsed-time claims about a
   known event are checked by calendar arithmetic and leave the arithmetic
   check; quotes are read for weekdays that do not fit their dates.
2. **Units** (`claimcheck.canonical`): claims that must be comparable but are
   in another dimension are unit mismatches and leave the check; the rest are
   converted exactly to base units.
3. **Reports and forecasts**: hedged claims (expected, planned) are set
   aside and compared at the end (step 7).
4. **Observations** (`claimcheck.observations`): the time rule places each
   report in a window; a source's own later figure for the same value
   supersedes its earlier one (`claimcheck.notes`: a revision).
5. **Components** (`claimcheck.assemble`): independent problems, one per
   group of tied measures and window.
6. **Decision** (`claimcheck.decide`): each problem's minimal conflicts,
   explained (`claimcheck.explain`) as a ``disagreement`` (one value, no
   relation), ``not-a-count``, ``running-total-shrank`` (a ``Cumulative``
   relation is involved) or ``relation-conflict``.
7. **Notes** (`claimcheck.notes`): ``needs-rounding`` on the claims left
   standing, ``expectation-unmet`` for forecasts, ``revision``.
8. **Implied figures** (`claimcheck.implied`), computed when read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from claimcheck.assemble import assemble
from claimcheck.calendar_checks import elapsed_event, elapsed_findings, weekday_findings
from claimcheck.canonical import dimension_of, full_span, nominal_span, split_by_dimension
from claimcheck.constraints import Problem
from claimcheck.decide import Conflict, Decider
from claimcheck.explain import Scene, conflict_finding, finding, measure_text, single_finding
from claimcheck.explain import figure_text as said
from claimcheck.implied import Implied, slot_key
from claimcheck.measure import Measure
from claimcheck.model import Claim, Story
from claimcheck.notes import expectation_note, revision_note, revisions, rounding_note
from claimcheck.observations import Observations, Slot, claim_time, observe
from claimcheck.relations import Cumulative, Share
from claimcheck.report import Finding, Report
from claimcheck.spans import Span, integer_hull, intersect, is_empty
from claimcheck import units
from claimcheck.ties import Ties

__all__ = ["check"]


def check(story: Story) -> Report:
    """Check a story: contradictions, inconsistencies and notes, with what it implies.

    ``report.ok`` is False iff some claims cannot all hold (a contradiction or
    an inconsistency). Every such finding names a minimal set of claims.
    """
    return _Check(story).report()


def _by_measure(claims: Iterable[Claim]) -> dict[Measure, list[Claim]]:
    found: dict[Measure, list[Claim]] = {}
    for claim in claims:
        found.setdefault(claim.measure, []).append(claim)
    return found


class _Check:
    """The state of one check, step by step (see the module docstring)."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.findings: list[Finding] = []
        self.notes: list[Finding] = []
        self.all_claims = _by_measure(story.claims)
        self.ties = Ties.of(story.relations, self.all_claims)

    # -- steps 1-3 ---------------------------------------------------------------

    def _calendar(self) -> dict[Measure, list[Claim]]:
        self.findings.extend(weekday_findings(self.story.claims, self.story))
        timed = [c for c in self.story.claims if elapsed_event(c, self.story) is not None]
        self.findings.extend(elapsed_findings(timed, self.story))
        gone = {m for m in self.all_claims if m.name == "elapsed"} & {c.measure for c in timed}
        return {m: cs for m, cs in self.all_claims.items() if m not in gone}

    def _units(self, claims: dict[Measure, list[Claim]]) -> dict[Measure, list[Claim]]:
        by_dimension: dict[Measure, list[Claim]] = {}
        for measure, found in claims.items():
            by_dimension.setdefault(self.ties.dimension_group(measure), []).extend(found)
        shares = {r.share for r in self.story.relations if isinstance(r, Share)}
        kept: dict[Measure, list[Claim]] = {}
        self.unit: dict[Measure, str | None] = {}
        for group, found in by_dimension.items():
            required = "dimensionless" if group in shares else None
            good, odd = split_by_dimension(found, required)
            self.findings.extend(self._mismatch(w, c) for w, c in odd)
            self.unit[group] = _base_unit(good)
            for claim in good:
                kept.setdefault(claim.measure, []).append(claim)
        return kept

    def _mismatch(self, witness: Claim | None, claim: Claim) -> Finding:
        unit = claim.figure.unit or "a plain number"
        if witness is None:
            message = (f"{said(claim)} for {measure_text(claim.measure)} is in {unit}, "
                       "but a share is a plain ratio or a percentage.")  # fmt: skip
            return finding("unit-mismatch", message, [claim], stated=said(claim))
        other = witness.figure.unit or "a plain number"
        message = (f"{said(claim)} ({unit}) and {said(witness)} ({other}) are given for "
                   f"{measure_text(claim.measure)}, but they measure different things "
                   f"({dimension_of(claim.figure.unit)} and {dimension_of(witness.figure.unit)}).")
        return finding("unit-mismatch", message, [witness, claim], expected=other, stated=unit)

    # -- steps 4-5 -----------------------------------------------------------------

    def _observe(self, firm: Mapping[Measure, list[Claim]]) -> Observations:
        groups = {self.ties.group(m): self.ties.members(self.ties.group(m)) for m in firm}
        observed = observe(groups, firm, self.ties.cumulative)
        reports: dict[Slot, list[Claim]] = {}
        for slot, claims in observed.reports.items():
            kept, pairs = revisions(claims)
            reports[slot] = kept
            self.notes.extend(revision_note(a, b, slot) for a, b in pairs)
        self.groups = list(groups)
        return attrs.evolve(observed, reports=reports)

    def counts(self, measure: Measure) -> bool:
        """Whether a measure counts whole things."""
        if measure in self.ties.counted:
            return True
        return measure not in self.ties.group_of and any(
            c.figure.counts for c in self.all_claims.get(measure, ()))  # fmt: skip

    # -- steps 6-8 -------------------------------------------------------------------

    def report(self) -> Report:
        claims = self._units(self._calendar())
        firm = {m: [c for c in cs if not c.hedged] for m, cs in claims.items()}
        hedged = [c for cs in claims.values() for c in cs if c.hedged]
        self.observations = self._observe({m: cs for m, cs in firm.items() if cs})
        spans = {c.id: full_span(c.figure) for cs in self.observations.reports.values() for c in cs}
        self.problems = list(assemble(self.ties, self.observations, self.groups, spans, self.counts))
        self.deciders = [Decider(p) for p in self.problems]
        self.standing = [self._decide(d) for d in self.deciders]
        for decider, standing in zip(self.deciders, self.standing, strict=True):
            self._rounding(decider.problem, standing)
        self._expectations(hedged)
        return Report(story=self.story, findings=self._ordered(), implied=self._implied())

    def _decide(self, decider: Decider) -> frozenset[str]:
        conflicts, standing = decider.conflicts()
        self.findings.extend(self._explain(decider, c) for c in conflicts)
        return standing

    def _explain(self, decider: Decider, conflict: Conflict) -> Finding:
        problem = decider.problem
        claims = tuple(c for c in self.story.claims if c.id in conflict.claims)
        slots = {cid: problem.claims[cid][0] for cid in conflict.claims}
        if not conflict.relations and len(claims) == 1:
            slot = slots[claims[0].id]
            return single_finding(claims[0], slot, problem.integer[slot])
        indexes = sorted({ref.index for ref in conflict.relations})
        relations = tuple(self.story.relations[i] for i in indexes)
        code = _code(relations, slots)
        stated = _stated(code, claims, slots)
        others = [c.id for c in claims if c is not stated]
        values = decider.bounds(others) if relations else {}
        scene = Scene(claims=claims, relations=relations, slots=slots, stated=stated,
                      values=values, counts=problem.integer, units=self._units_by_measure())
        return conflict_finding(code, scene, values.get(slots[stated.id]))

    def _units_by_measure(self) -> Mapping[Measure, str | None]:
        return _UnitLookup(self)

    def _rounding(self, problem: Problem, standing: frozenset[str]) -> None:
        nominal = {cid: nominal_span(self.story.claim(cid).figure) for cid in standing}
        if all(nominal[cid] == problem.claims[cid][1] for cid in standing):
            return
        exact = attrs.evolve(problem, claims={cid: (problem.claims[cid][0], nominal[cid]) for cid in standing})
        conflicts, _rest = Decider(exact).conflicts()
        for conflict in conflicts:
            claims = [c for c in self.story.claims if c.id in conflict.claims]
            self.notes.append(rounding_note(claims))

    def _expectations(self, hedged: Sequence[Claim]) -> None:
        where = {slot: i for i, p in enumerate(self.problems) for slot in p.integer}
        for claim in hedged:
            group = self.ties.group(claim.measure)
            time = claim_time(claim, claim.measure in self.ties.cumulative)
            found, window = self.observations.window_for(group, time)
            slot = (claim.measure, window)
            if not found or slot not in where:
                continue
            implied = self._solve(where[slot])[slot]
            span = full_span(claim.figure)
            integer = self.problems[where[slot]].integer[slot]
            met = intersect(implied, span)
            if is_empty(integer_hull(met) if integer else met):
                self.notes.append(expectation_note(claim, slot, implied, integer))

    def _solve(self, index: int) -> Mapping[Slot, Span]:
        cache = self.__dict__.setdefault("_solved", {})
        if index not in cache:
            cache[index] = self.deciders[index].bounds(self.standing[index])
        return cache[index]

    def _implied(self) -> Implied:
        keys: dict[Measure, tuple[int, Slot]] = {}
        for index, problem in enumerate(self.problems):
            several = len({w for _m, w in problem.integer}) > 1 or len(
                self.observations.windows(self.ties.group(next(iter(problem.integer))[0]))) > 1
            for slot in problem.integer:
                keys[slot_key(slot, several)] = (index, slot)
        return Implied(keys, self._solve, self.unit_of, lambda s: self._counts_slot(s))

    def _counts_slot(self, slot: Slot) -> bool:
        return self.counts(slot[0])

    def unit_of(self, measure: Measure) -> str | None:
        """The base unit a measure's values are in."""
        return self.unit.get(self.ties.dimension_group(measure))

    def _ordered(self) -> tuple[Finding, ...]:
        return tuple(self.findings) + tuple(self.notes)


class _UnitLookup(Mapping[Measure, str | None]):
    def __init__(self, run: _Check) -> None:
        self._run = run

    def __getitem__(self, key: Measure) -> str | None:
        return self._run.unit_of(key)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(())

    def __len__(self) -> int:
        return 0


def _base_unit(claims: Sequence[Claim]) -> str | None:
    for claim in claims:
        if claim.figure.unit is not None:
            return units.base_unit(claim.figure.unit)
    return None


def _code(relations: Sequence[object], slots: Mapping[str, Slot]) -> str:
    if not relations and len(set(slots.values())) == 1:
        return "disagreement"
    if any(isinstance(r, Cumulative) for r in relations):
        return "running-total-shrank"
    return "relation-conflict"


def _stated(code: str, claims: Sequence[Claim], slots: Mapping[str, Slot]) -> Claim:
    from claimcheck.explain import pick_stated

    windows = {cid: slot[1] for cid, slot in slots.items()}
    return pick_stated(claims, windows)
