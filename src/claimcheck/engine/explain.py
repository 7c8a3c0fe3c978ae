"""Explain: findings in words a journalist reads without the docs.

Every contradiction and inconsistency names its claims, their sources and the
arithmetic. One claim of a conflict is put forward as *stated* — the odd one
out: the claim of a source that appears only once in the conflict, else the
one about the latest time, else the last in the story — and the rest of the
conflict gives what was *expected* instead (the exact interval the other
claims and the relations allow for that value).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from fractions import Fraction

import attrs

from claimcheck.engine.canonical import base_factor
from claimcheck.engine.observations import Slot, Window
from claimcheck.engine.share_math import quotient
from claimcheck.engine.spans import Number, Span, contains, is_point, scale
from claimcheck.figures import Figure
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source
from claimcheck.relations import Difference, PartOf, Relation, Same, Share, Total
from claimcheck.report import CODES, Finding

__all__ = [
    "Scene",
    "arithmetic",
    "conflict_finding",
    "figure_text",
    "finding",
    "measure_text",
    "pick_stated",
    "single_finding",
    "source_text",
    "span_text",
    "when_text",
]

_INSTITUTIONS = frozenset({
    "ministry", "force", "forces", "office", "agency", "army", "service", "department",
    "military", "government", "council", "command", "committee", "navy", "police",
    "administration", "guard", "staff",
})  # fmt: skip


def finding(code: str, message: str, claims: Sequence[Claim], **fields: object) -> Finding:
    """A finding of ``code`` (its kind from the code table)."""
    kind = CODES[code][0]
    return Finding(code=code, kind=kind, message=message, claims=claims, **fields)  # type: ignore[arg-type]


def source_text(source: Source, *, start: bool = False) -> str:
    """A source as it reads in a sentence: "the Russian Defense Ministry", "Reuters"."""
    words = source.name.split()
    text = str(source)
    if words and words[-1].casefold() in _INSTITUTIONS and words[0].casefold() != "the":
        text = "the " + text
    return text[:1].upper() + text[1:] if start else text


def measure_text(measure: Measure) -> str:
    """A measure in prose: ``prisoners returned (side Russia, stage 1)``."""
    if not measure.facets:
        return measure.name
    return f"{measure.name} ({', '.join(f'{k} {v}' for k, v in measure.facets)})"


def when_text(window: Window) -> str:
    """`` on 2025-05-23``, `` from 2025-05-22 to 2025-05-23``, or nothing."""
    if window is None:
        return ""
    if window.start == window.end:
        return f" on {window.start.isoformat()}"
    return f" from {window.start.isoformat()} to {window.end.isoformat()}"


def span_text(span: Span, unit: str | None, counts: bool = False) -> str:
    """A span (in base units) as a figure in ``unit``: "390", "at least 162", "85.5% to 86.5%"."""
    shown = scale(span, 1 / base_factor(unit)) if unit is not None else span
    if shown.low is None and shown.high is None:
        return "any value"
    shown, rounded = _for_display(shown)
    figure = Figure(
        low=shown.low, high=shown.high, unit=unit, counts=counts and unit is None,
        low_open=shown.low_open and shown.low is not None,
        high_open=shown.high_open and shown.high is not None,
    )  # fmt: skip
    return f"about {figure}" if rounded and is_point(span) else str(figure)


_PLACES = 10**2


def _outward(value: Number | None, up: bool) -> Number | None:
    if value is None or (_PLACES * 100) % value.denominator == 0:
        return value
    scaled = value * _PLACES
    whole = math.ceil(scaled) if up else math.floor(scaled)
    return Fraction(whole, _PLACES)


def _for_display(span: Span) -> tuple[Span, bool]:
    """A span with ends that are not short decimals rounded outward to 2 places (display only)."""
    if is_point(span) and span.low is not None and (_PLACES * 100) % span.low.denominator:
        near = Fraction(round(span.low * _PLACES), _PLACES)
        return Span(near, near, False, False), True
    low, high = _outward(span.low, False), _outward(span.high, True)
    changed = (low, high) != (span.low, span.high)
    return Span(low, high, span.low_open and not changed, span.high_open and not changed), changed


def figure_text(claim: Claim) -> str:
    """The figure as its source stated it."""
    return claim.figure.stated or str(claim.figure)


def pick_stated(claims: Sequence[Claim], windows: Mapping[str, Window]) -> Claim:
    """The odd one out of a conflict (see the module docstring)."""
    sources = [c.source for c in claims]
    lonely = [c for c in claims if sources.count(c.source) == 1]
    pool = lonely if 0 < len(lonely) < len(claims) else list(claims)

    def when(claim: Claim) -> tuple[int, object]:
        window = windows.get(claim.id)
        return (0, None) if window is None else (1, window.end)

    latest = max(when(c) for c in pool)
    timed = [c for c in pool if when(c) == latest] if latest[0] else pool
    return timed[-1]


@attrs.frozen(kw_only=True)
class Scene:
    """What a conflict explanation needs: its claims, slots and the values the rest allows.

    ``values`` holds, for each variable, what the conflict's other claims and
    the relations allow (exact); ``unit`` gives a measure's base unit.
    """

    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...]
    slots: Mapping[str, Slot]
    stated: Claim
    counts: Mapping[Slot, bool]
    unit: Callable[[Measure], str | None]
    values: Mapping[Slot, Span] = attrs.field(factory=dict)

    @classmethod
    def of(
        cls,
        claims: tuple[Claim, ...],
        relations: tuple[Relation, ...],
        slots: Mapping[str, Slot],
        counts: Mapping[Slot, bool],
        unit: Callable[[Measure], str | None],
    ) -> Scene:
        """A scene with the odd claim out picked as the stated one."""
        shares = {r.share for r in relations if isinstance(r, Share)}
        on_share = [c for c in claims if c.measure in shares]
        windows = {cid: slot[1] for cid, slot in slots.items()}
        stated = on_share[-1] if on_share else pick_stated(claims, windows)
        return cls(claims=claims, relations=relations, slots=slots, stated=stated,
                   counts=counts, unit=unit)  # fmt: skip

    def value(self, measure: Measure) -> str:
        """What the rest of the conflict allows for ``measure`` (in the stated window)."""
        slot = (measure, self.slot[1])
        span = self.values.get(slot)
        if span is None:
            return "any value"
        return span_text(span, self.unit(measure), self.counts.get(slot, False))

    @property
    def others(self) -> tuple[Claim, ...]:
        """The claims of the conflict other than the stated one."""
        return tuple(c for c in self.claims if c is not self.stated)

    @property
    def slot(self) -> Slot:
        """The stated claim's variable."""
        return self.slots[self.stated.id]

    @property
    def who(self) -> str:
        """The sources of the other claims, possessive: "the Russian Defense Ministry's"."""
        names = list(dict.fromkeys(source_text(c.source) for c in self.others))
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return joined + "'s"


def arithmetic(relation: Relation) -> str:
    """A relation as arithmetic on its measures: "total = p + q", "part <= whole"."""
    match relation:
        case Total():
            parts = " + ".join(measure_text(p) for p in relation.parts)
            return f"{measure_text(relation.total)} = {parts}"
        case PartOf():
            return f"{measure_text(relation.part)} <= {measure_text(relation.whole)}"
        case Same():
            return " = ".join(measure_text(m) for m in relation.measures)
        case Share():
            return (f"{measure_text(relation.share)} = "
                    f"{measure_text(relation.part)} / {measure_text(relation.whole)}")  # fmt: skip
        case Difference():
            minuend, subtrahend = measure_text(relation.minuend), measure_text(relation.subtrahend)
            return f"{measure_text(relation.difference)} = {minuend} - {subtrahend}"
    return f"{measure_text(relation.measures[0])} never shrinks over time"


def _step(relation: Relation, scene: Scene) -> str:
    """One relation with the values the rest of the conflict gives it."""
    match relation:
        case Total():
            parts = " + ".join(scene.value(p) for p in relation.parts)
            names = " + ".join(measure_text(p) for p in relation.parts)
            total = scene.value(relation.total)
            return f"{measure_text(relation.total)} = {names}: {parts} = {total}"
        case PartOf():
            return (f"{measure_text(relation.part)} is part of {measure_text(relation.whole)}: "
                    f"{scene.value(relation.part)} <= {scene.value(relation.whole)}")  # fmt: skip
        case Share():
            part, whole = scene.value(relation.part), scene.value(relation.whole)
            ratio = _share_text(scene, relation)
            return f"{arithmetic(relation)}: {part} / {whole} = {ratio}"
    named = ", ".join(f"{measure_text(m)} = {scene.value(m)}" for m in relation.measures)
    return f"{relation.kind}: {named}"


def _relation_message(scene: Scene, expected: str, where: str, said: str) -> str:
    """The sentence for a conflict through relations."""
    measure = scene.slot[0]
    relation = scene.relations[0] if len(scene.relations) == 1 else None
    share = _share_of(scene)
    if share is not None and len(scene.relations) == 1:
        lead = f"{scene.who} {scene.value(share.part)} of {scene.value(share.whole)} is {expected}"
        return f"{lead[:1].upper()}{lead[1:]}, but {said} for {where}."
    if not scene.others:
        ties = "; ".join(arithmetic(r) for r in scene.relations)
        counted = " in whole numbers" if scene.counts.get(scene.slot, False) else ""
        return f"{said[:1].upper()}{said[1:]} for {where}, but no value fits {ties}{counted}."
    if isinstance(relation, Total) and relation.total == measure:
        parts = " + ".join(scene.value(p) for p in relation.parts)
        lead = f"{scene.who} {parts} = {expected}"
    elif isinstance(relation, PartOf) and relation.part == measure:
        whole = relation.whole
        return (f"{said[:1].upper()}{said[1:]} for {where}, but that is part of "
                f"{measure_text(whole)}, which {scene.who[:-2]} puts at {scene.value(whole)}.")
    else:
        figures = "; ".join(f"{figure_text(c)} for {measure_text(c.measure)}" for c in scene.others)
        lead = f"{scene.who} figures ({figures}) allow only {expected}"
    return f"{lead[:1].upper()}{lead[1:]} for {where}, but {said}."


def _share_of(scene: Scene) -> Share | None:
    """The share relation whose share the stated claim gives, if any."""
    found = [r for r in scene.relations if isinstance(r, Share) and r.share == scene.slot[0]]
    return found[0] if found else None


def _share_text(scene: Scene, share: Share) -> str:
    span = _ratio(scene, share)
    unit = scene.unit(share.share)
    return "any value" if span is None else span_text(span, unit)


def _expected(scene: Scene) -> Span | None:
    """What the rest of the conflict allows for the stated value."""
    share = _share_of(scene)
    return scene.values.get(scene.slot) if share is None else _ratio(scene, share)


def _ratio(scene: Scene, share: Share) -> Span | None:
    """The part over the whole, by intervals (a whole of 0 only with a part of 0)."""
    window = scene.slot[1]
    part, whole = scene.values.get((share.part, window)), scene.values.get((share.whole, window))
    if part is None or whole is None:
        return None
    if not contains(part, Fraction(0)):  # a whole of 0 would make the part 0
        whole = whole._replace(low_open=whole.low_open or whole.low == 0,
                               high_open=whole.high_open or whole.high == 0)  # fmt: skip
    return quotient(part, whole)


def conflict_finding(code: str, scene: Scene) -> Finding:
    """The finding for a minimal conflict of two or more claims, or one with relations."""
    stated, slot = scene.stated, scene.slot
    span = _expected(scene)
    counts = scene.counts.get(slot, False)
    expected = "nothing" if span is None else span_text(span, stated.figure.unit, counts)
    where = f"{measure_text(slot[0])}{when_text(slot[1])}"
    said = f"{source_text(stated.source)} says {figure_text(stated)}"
    if code == "disagreement":
        other = scene.others[0]
        expected = figure_text(other)
        message = (f"{source_text(other.source, start=True)} says {expected} for {where}, "
                   f"but {said}; both cannot be true.")  # fmt: skip
    elif code == "running-total-shrank":
        message = (f"{said[:1].upper()}{said[1:]} for {where}, but the running total was "
                   f"already {expected} before, and a running total cannot shrink.")  # fmt: skip
    else:
        message = _relation_message(scene, expected, where, said)
    steps = tuple(_step(r, scene) for r in scene.relations)
    return finding(code, message, scene.claims, relations=scene.relations, expected=expected,
                   stated=figure_text(stated), steps=steps)  # fmt: skip


def single_finding(claim: Claim, slot: Slot) -> Finding:
    """A claim that cannot hold on its own: not a whole number, or a negative count."""
    where = f"{measure_text(slot[0])}{when_text(slot[1])}"
    message = (f"{source_text(claim.source, start=True)} says {figure_text(claim)} for {where}, "
               "a count of whole things, but no whole number of at least 0 fits it.")  # fmt: skip
    return finding("not-a-count", message, [claim], expected="a whole number of at least 0",
                   stated=figure_text(claim))  # fmt: skip
