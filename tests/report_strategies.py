"""Hypothesis strategies for reports and runs, built constructively for the renderer tests.

A story is drawn first (claims with unique ids, sources, measures, figures
read from stated text, quotes that may hold any character), then findings that
name some of its claims (a code, its kind from ``CODES``, a message), then a
run: reports, unreadable files, accepted ids drawn from the findings, and the
kind from which findings fail. Nothing is filtered away.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import strategies as st

from claimcheck.errors import ClaimcheckError, ModelError, StoryFileError
from claimcheck.figures import Figure, parse_figure
from claimcheck.measure import Measure
from claimcheck.model import Claim, Source, Story
from claimcheck.relations import PartOf, Relation, Same, Total
from claimcheck.render.run import Run, fail_on_threshold
from claimcheck.report import CODES, KINDS, Finding, Report

SOURCES = (
    Source("Russian Defense Ministry", side="Russia", kind="ministry"),
    Source("Ukrainian Air Force", side="Ukraine", kind="air force"),
    Source("Reuters", kind="agency", via=Source("Interfax")),
)
FIGURE_TEXTS = (
    "270",
    "120",
    "around 1,000",
    "at least 162",
    "nearly 1,000",
    "300 to 400",
    "more than 1,000",
    "86%",
    "2.5",
)
MEASURE_NAMES = ("prisoners returned", "drones launched", "drones neutralized", "share downed")
FACET_VALUES = ("Russia", "Ukraine", "1", "2025-05-23")
ID_START = "abcdefghijklmnopqrstuvwxyz0123456789_"
ID_REST = ID_START + "-.:"

# Any text, control characters, quotes, percent signs and newlines included.
free_text = st.text(max_size=40)
messages = st.text(min_size=1, max_size=80)


@st.composite
def claim_ids(draw: st.DrawFn) -> str:
    first = draw(st.sampled_from(ID_START))
    return first + draw(st.text(alphabet=ID_REST, max_size=10))


measures = st.builds(
    Measure,
    st.sampled_from(MEASURE_NAMES),
    st.dictionaries(
        st.sampled_from(("side", "stage", "attack")), st.sampled_from(FACET_VALUES), max_size=2
    ),
)
# Read once, here: the first percentage loads the unit registry, which is slow.
FIGURES = tuple(parse_figure(text) for text in FIGURE_TEXTS)
figures: st.SearchStrategy[Figure] = st.sampled_from(FIGURES)


quotes = st.none() | free_text
hedges = st.sampled_from((None, None, "expected", "planned"))
sources = st.sampled_from(SOURCES)
titles = st.sampled_from(("", "Prisoner exchange, first stage", "Air attacks"))
picks = st.lists(st.integers(0, 5), min_size=1, max_size=3)
relation_kinds = st.sampled_from(("part-of", "same", "total"))
steps = st.lists(free_text, max_size=3)
codes = st.sampled_from(tuple(CODES))


@st.composite
def stories(draw: st.DrawFn, *, min_claims: int = 1, max_claims: int = 4) -> Story:
    ids = draw(st.lists(claim_ids(), min_size=min_claims, max_size=max_claims, unique=True))
    drawn = [
        Claim(
            source=draw(sources),
            measure=draw(measures),
            figure=draw(figures),
            quote=draw(quotes),
            hedge=draw(hedges),
            id=claim_id,
        )
        for claim_id in ids
    ]
    return Story(claims=drawn, title=draw(titles))


def _relation(draw: st.DrawFn, story: Story) -> Relation | None:
    distinct = list(dict.fromkeys(c.measure for c in story.claims))
    first, second = draw(picks), draw(picks)
    a, b = distinct[first[0] % len(distinct)], distinct[second[0] % len(distinct)]
    if a == b:
        return None
    kind = draw(relation_kinds)
    if kind == "part-of":
        return PartOf(part=a, whole=b)
    return Same(measures=[a, b]) if kind == "same" else Total(total=a, parts=[b])


def _finding(draw: st.DrawFn, story: Story) -> Finding:
    code = draw(codes)
    chosen = dict.fromkeys(i % len(story.claims) for i in draw(picks))
    relation = _relation(draw, story)
    return Finding(
        code=code,
        kind=CODES[code][0],
        message=draw(messages),
        claims=[story.claims[i] for i in chosen],
        relations=[relation] if relation is not None else [],
        expected=draw(quotes),
        stated=draw(quotes),
        steps=draw(steps),
    )


@st.composite
def reports(draw: st.DrawFn, file: str | None = None) -> Report:
    story = draw(stories())
    found = [_finding(draw, story) for _ in range(draw(st.integers(0, 3)))]
    implied_measures = draw(st.lists(measures, max_size=2, unique=True))
    implied = {m: draw(figures) for m in implied_measures}
    return Report(story=story, findings=found, implied=implied, file=file)


files = st.builds(
    lambda folder, name, suffix: f"{folder}{name}{suffix}",
    st.sampled_from(("", "stories/", "stories/week 21/")),
    st.text(alphabet="abcxyz-_%,:", min_size=1, max_size=8),
    st.sampled_from((".toml", ".json")),
)


@st.composite
def errors(draw: st.DrawFn) -> ClaimcheckError:
    kind = draw(st.sampled_from((StoryFileError, ModelError)))
    return kind(
        draw(messages),
        file=draw(st.none() | files),
        claim=draw(st.none() | claim_ids()),
        field=draw(st.sampled_from((None, "figure", "measure"))),
    )


@st.composite
def runs(draw: st.DrawFn, *, with_errors: bool = True) -> Run:
    drawn = [draw(reports(draw(st.none() | files))) for _ in range(draw(st.integers(0, 2)))]
    ids = sorted({f.id for r in drawn for f in r.findings})
    accepted = {ids[i % len(ids)] for i in draw(st.lists(st.integers(0, 9)))} if ids else set()
    failing_from = draw(st.sampled_from(KINDS))
    problems = draw(st.lists(errors(), max_size=2)) if with_errors else []
    return Run(
        reports=drawn, errors=problems, accepted=accepted, fail_on=fail_on_threshold(failing_from)
    )


def interval(figure: Figure) -> tuple[Fraction | None, Fraction | None, bool, bool]:
    """A figure's exact interval, for comparing with what a renderer wrote."""
    return figure.low, figure.high, figure.low_open, figure.high_open
