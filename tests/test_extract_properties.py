"""Extraction never makes a consistent article look inconsistent.

Behaviour under test: a constructive strategy draws the truth of a small news
event (an overnight drone attack, a deadly strike on a town, a prisoner swap,
an aid package, a running death toll, a daily export rate), lets one to three
sources report it in English news sentences -- every figure the truth or an
honest rounding of it ("about", "more than", "nearly", "at least") -- and
writes two to six paragraphs, optionally under a headline and a dateline
header. The laws:

1. ``check(extract(text))`` has no failing finding (no false alarm);
2. extraction of a drawn (valid) article raises nothing, and every claim's
   span is text that ``parse_figure`` reads as the claim's figure (or, for a
   restatement in another unit, "about" and that text);
3. (of the strategy itself) every figure written is true of the drawn truth.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.check import check
from claimcheck.errors import ClaimcheckError
from claimcheck.extract import extract
from claimcheck.figures import Figure, parse_figure
from claimcheck.model import Story

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_TOWNS = ("Sumy", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Poltava")


@attrs.frozen(kw_only=True)
class Speaker:
    """A source as first named, as named again, and its pronoun."""

    full: str
    short: str
    pronoun: str


_AIR_FORCE = Speaker(full="Ukraine's air force", short="the air force", pronoun="it")
_MILITARY = Speaker(full="the Ukrainian military", short="the military", pronoun="it")
_ZELENSKYY = Speaker(full="Ukrainian President Volodymyr Zelenskyy", short="Zelenskyy",
                     pronoun="he")  # fmt: skip
_GOVERNOR = Speaker(full="regional governor Ivan Fedorov", short="Fedorov", pronoun="he")
_EMERGENCY = Speaker(full="Ukraine's State Emergency Service", short="the emergency service",
                     pronoun="it")  # fmt: skip
_RU_MOD = Speaker(full="Russia's Defence Ministry", short="the ministry", pronoun="it")
_HQ = Speaker(full="Ukraine's Coordination Headquarters for the Treatment of Prisoners of War",
              short="the headquarters", pronoun="it")  # fmt: skip
_COMMISSION = Speaker(full="the European Commission", short="the Commission", pronoun="it")
_UN = Speaker(full="the U.N. human rights monitoring mission in Ukraine", short="the mission",
              pronoun="it")  # fmt: skip
_MINISTRY = Speaker(full="Ukraine's agriculture ministry", short="the ministry", pronoun="it")


@attrs.frozen(kw_only=True)
class Stated:
    """A figure as written and the true value (in its unit) it speaks of."""

    text: str
    truth: Fraction


@attrs.frozen(kw_only=True)
class Statement:
    """One source's report: its sentences (the first to be attributed) and figures."""

    speaker: Speaker
    clauses: tuple[str, ...]
    figures: tuple[Stated, ...]


#: A fact's statements and the headlines that may announce it.
Reports = tuple[list[Statement], tuple[str, ...]]


@attrs.frozen(kw_only=True)
class Article:
    """A drawn article: its text, dateline and every figure it states."""

    text: str
    dateline: datetime.date
    figures: tuple[Stated, ...]


# --- figures: the truth, written honestly --------------------------------------


def _group(value: int) -> str:
    return f"{value:,}"


def _places(value: int) -> list[int]:
    """Powers of ten to round ``value`` at (at most two below its size)."""
    return [10**k for k in range(len(str(value)) - 1, 0, -1)][:2]


def _approximations(value: int) -> list[str]:
    """Every honest approximate writing of a count: bands that hold ``value``."""
    out: list[str] = []
    for place in _places(value):
        near = (value + place // 2) // place * place
        if near and abs(near - value) * 10 <= near:
            out += [f"about {_group(near)}", f"around {_group(near)}", f"some {_group(near)}"]
        up = -(-value // place) * place
        if up > value and (up - value) * 10 <= up:
            out.append(f"nearly {_group(up)}")
        down = (value - 1) // place * place
        if down > 0:
            out += [f"more than {_group(down)}", f"at least {_group(down)}"]
    return out


@st.composite
def count_text(draw: st.DrawFn, value: int, *, approximate: bool = True) -> Stated:
    """A count as a newsroom writes it: digits, a word, or an honest approximation."""
    forms = [_group(value), f"at least {_group(value)}"]
    if value <= 10:
        forms.append(_WORDS[value])
    if approximate:
        forms += _approximations(value)
    return Stated(text=draw(st.sampled_from(forms)), truth=Fraction(value))


@st.composite
def money_text(draw: st.DrawFn, tenths: int, currency: str) -> Stated:
    """``tenths`` tenths of a billion in ``currency`` ("EUR" or "USD"), as written."""
    whole, tenth = divmod(tenths, 10)
    amount = f"{whole}.{tenth}" if tenth else str(whole)
    symbol, word = ("€", "euros") if currency == "EUR" else ("$", "dollars")
    forms = [f"{symbol}{amount} billion", f"{amount} billion {word}"]
    if tenth:
        forms.append(f"more than {symbol}{whole} billion" if whole else f"{symbol}{amount} billion")
    return Stated(text=draw(st.sampled_from(forms)), truth=Fraction(tenths, 10) * 10**9)


# --- time words ----------------------------------------------------------------


def _on_day(day: datetime.date, dateline: datetime.date, long: bool) -> str:
    """'on Monday' (within the past week) or 'on Monday, May 19'."""
    name = _WEEKDAYS[day.weekday()]
    return f"on {name}, {_MONTHS[day.month - 1]} {day.day}" if long else f"on {name}"


@st.composite
def day_words(draw: st.DrawFn, dateline: datetime.date, back: int) -> str:
    """Time words for the day ``back`` days before the dateline (possibly none)."""
    day = dateline - datetime.timedelta(days=back)
    return draw(st.sampled_from(["", _on_day(day, dateline, False), _on_day(day, dateline, True)]))


@st.composite
def night_words(draw: st.DrawFn, dateline: datetime.date, back: int) -> str:
    """Time words for the night into the day ``back`` days before the dateline."""
    into = f"overnight into {_WEEKDAYS[(dateline - datetime.timedelta(days=back)).weekday()]}"
    return draw(st.sampled_from(["overnight", into] if back == 0 else [into]))


def _space(words: str) -> str:
    return f" {words}" if words else ""


# --- facts: each draws its truth, then the statements of its sources ----------


@st.composite
def drone_attack(draw: st.DrawFn, dateline: datetime.date) -> Reports:
    """Russia launched L drones one night; air defences neutralized N <= L of them."""
    launched = draw(st.integers(min_value=5, max_value=900))
    downed = draw(st.integers(min_value=1, max_value=launched))
    back = draw(st.integers(min_value=0, max_value=3))
    speakers = draw(st.lists(st.sampled_from([_AIR_FORCE, _MILITARY, _ZELENSKYY]),
                             min_size=1, max_size=2, unique=True))  # fmt: skip
    missiles = draw(st.integers(min_value=1, max_value=60))
    out = []
    for speaker in speakers:
        when = draw(night_words(dateline, back))
        big, small = draw(count_text(launched)), draw(count_text(downed, approximate=False))
        shape = draw(st.integers(min_value=0, max_value=8))
        stated: tuple[Stated, ...]
        if shape < 7:
            clauses, stated = _drone_clauses(shape, big, small, when), (big, small)
        else:
            clauses, stated = _combined(shape, launched, missiles, when)
        out.append(Statement(speaker=speaker, clauses=clauses, figures=stated))
    headline = draw(count_text(launched))
    return out, (f"Russia launches {headline.text} drones at Ukraine, air force says",)


def _combined(
    shape: int, drones: int, missiles: int, when: str
) -> tuple[tuple[str, ...], tuple[Stated, ...]]:
    """Drones and missiles together, with their total written out or not."""
    total, d, m = (_group(v) for v in (drones + missiles, drones, missiles))
    figures = tuple(Stated(text=_group(v), truth=Fraction(v))
                    for v in (drones + missiles, drones, missiles))  # fmt: skip
    if shape == 7:
        return (f"Russia attacked Ukraine {when} with a total of {total} drones and missiles, "
                f"{d} drones and {m} missiles",), figures  # fmt: skip
    return (f"Russia launched {d} drones and {m} missiles at Ukraine {when}",), figures[1:]


def _drone_clauses(shape: int, big: Stated, small: Stated, when: str) -> tuple[str, ...]:
    launched, downed = big.text, small.text
    options: list[tuple[str, ...]] = [
        (f"Russia launched {launched} drones at Ukraine {when}, and air defences shot down "
         f"{downed} of them",),
        (f"Russia attacked Ukraine {when} with {launched} drones, {downed} of which were "
         "shot down",),
        (f"Russia launched {launched} drones {when}", f"Air defences destroyed {downed} of them."),
        (f"Russia attacked Ukraine with {launched} drones {when}",
         f"Of those, {downed} were intercepted."),
        (f"Russian forces fired {launched} drones at Ukraine {when}",
         f"{downed.capitalize()} of the drones were shot down, {{pronoun}} said."),
        (f"air defences shot down {downed} of {launched} Russian drones {when}",),
        (f"Russia launched {launched} drones {when}",),
    ]  # fmt: skip
    return options[shape]


@st.composite
def deadly_strikes(draw: st.DrawFn, dateline: datetime.date) -> Reports:
    """Strikes on one or two towns, each with its own toll."""
    towns = draw(st.lists(st.sampled_from(_TOWNS), min_size=1, max_size=2, unique=True))
    out: list[Statement] = []
    headlines: list[str] = []
    for town in towns:
        statements, titles = draw(deadly_strike(dateline, town))
        out += statements
        headlines += titles
    return out, tuple(headlines)


@st.composite
def deadly_strike(draw: st.DrawFn, dateline: datetime.date, town: str) -> Reports:
    """A strike on a town killed K people, C < K of them children, and injured I."""
    killed = draw(st.integers(min_value=3, max_value=60))
    children = draw(st.integers(min_value=2, max_value=killed - 1))
    injured = draw(st.integers(min_value=1, max_value=200))
    back = draw(st.integers(min_value=0, max_value=5))
    speakers = draw(st.lists(st.sampled_from([_GOVERNOR, _EMERGENCY, _ZELENSKYY]),
                             min_size=1, max_size=2, unique=True))  # fmt: skip
    out = []
    for speaker in speakers:
        when = _space(draw(day_words(dateline, back)))
        dead = draw(count_text(killed))
        kids = draw(count_text(children, approximate=False))
        hurt = draw(count_text(injured))
        shape = draw(st.integers(min_value=0, max_value=4))
        clauses = _strike_clauses(shape, town, when, dead.text, kids.text, hurt.text)
        out.append(Statement(speaker=speaker, clauses=clauses, figures=(dead, kids, hurt)))
    headline = draw(count_text(killed))
    return out, (f"Russian strike kills {headline.text} in {town}, officials say",)


def _strike_clauses(
    shape: int, town: str, when: str, dead: str, kids: str, hurt: str
) -> tuple[str, ...]:
    options: list[tuple[str, ...]] = [
        (f"a Russian missile strike killed {dead} people in {town}{when}, including {kids} "
         "children",),
        (f"{dead} people were killed in {town}{when}, {kids} of them children",),
        (f"a Russian strike on {town}{when} killed {dead} people and injured {hurt}",),
        (f"a Russian missile hit {town}{when}, killing {dead} people",
         f"Among the dead were {kids} children, {{pronoun}} said."),
        (f"Russian drones struck the city of {town}{when}, killing {dead} people",
         f"{hurt.capitalize()} people were injured."),
    ]  # fmt: skip
    return options[shape]


@st.composite
def prisoner_swap(draw: st.DrawFn, dateline: datetime.date) -> Reports:
    """Russia and Ukraine each returned P prisoners."""
    each = draw(st.integers(min_value=10, max_value=1000))
    back = draw(st.integers(min_value=0, max_value=5))
    speakers = draw(st.lists(st.sampled_from([_ZELENSKYY, _RU_MOD, _HQ]),
                             min_size=1, max_size=2, unique=True))  # fmt: skip
    out = []
    for speaker in speakers:
        when = _space(draw(day_words(dateline, back)))
        figure = draw(count_text(each))
        shape = draw(st.integers(min_value=0, max_value=3))
        clauses = _swap_clauses(shape, when, figure.text, _group(each))
        stated = figure if shape < 3 else Stated(text=_group(each), truth=Fraction(each))
        out.append(Statement(speaker=speaker, clauses=clauses, figures=(stated,)))
    return out, (f"Russia and Ukraine swap {_group(each)} prisoners each",)


def _swap_clauses(shape: int, when: str, each: str, exact: str) -> tuple[str, ...]:
    options: list[tuple[str, ...]] = [
        (f"Russia and Ukraine each released {each} prisoners of war{when}",),
        (f"both sides freed {each} prisoners{when}",),
        (f"Russia and Ukraine swapped {each} prisoners of war per side{when}",),
        (f"Russia and Ukraine carried out a {exact}-for-{exact} prisoner exchange{when}",),
    ]  # fmt: skip
    return options[shape]


@st.composite
def aid_package(draw: st.DrawFn, dateline: datetime.date) -> Reports:
    """The EU approved an aid package of a whole number of tenths of a billion."""
    tenths = draw(st.integers(min_value=1, max_value=500))
    currency = draw(st.sampled_from(["EUR", "USD"]))
    speakers = draw(st.lists(st.sampled_from([_COMMISSION, _ZELENSKYY]),
                             min_size=1, max_size=2, unique=True))  # fmt: skip
    out = []
    for speaker in speakers:
        amount = draw(money_text(tenths, currency))
        clause = draw(st.sampled_from([
            f"the European Union approved {amount.text} in military aid for Ukraine",
            f"Ukraine would receive {amount.text} from the European Union",
        ]))  # fmt: skip
        out.append(Statement(speaker=speaker, clauses=(clause,), figures=(amount,)))
    headline = draw(money_text(tenths, currency))
    return out, (f"EU approves {headline.text} in military aid for Ukraine",)


@st.composite
def death_toll(draw: st.DrawFn, dateline: datetime.date) -> Reports:
    """A running count of civilians killed since a month before the dateline."""
    toll = draw(st.integers(min_value=1000, max_value=15000))
    start = draw(st.integers(min_value=1, max_value=36))
    month = dateline.year * 12 + dateline.month - 1 - start
    since = f"since {_MONTHS[month % 12]} {month // 12}"
    speakers = draw(st.lists(st.sampled_from([_UN, _ZELENSKYY]), min_size=1, max_size=2,
                             unique=True))  # fmt: skip
    out = []
    for speaker in speakers:
        figure = draw(count_text(toll))
        clause = draw(st.sampled_from([
            f"{figure.text} civilians had been killed in Ukraine {since}",
            f"Russian attacks had killed {figure.text} civilians {since}",
        ]))  # fmt: skip
        out.append(Statement(speaker=speaker, clauses=(clause,), figures=(figure,)))
    headline = draw(count_text(toll))
    return out, (f"U.N. says {headline.text} civilians killed in Ukraine {since}",)


@st.composite
def export_rate(draw: st.DrawFn, dateline: datetime.date) -> Reports:
    """Ukraine exports Q tonnes of grain a day."""
    tonnes = draw(st.integers(min_value=1000, max_value=200000))
    speakers = draw(st.lists(st.sampled_from([_MINISTRY, _ZELENSKYY]), min_size=1, max_size=2,
                             unique=True))  # fmt: skip
    out = []
    for speaker in speakers:
        figure = draw(count_text(tonnes))
        stated = Stated(text=f"{figure.text} tonnes", truth=figure.truth)
        clause = draw(st.sampled_from([
            f"Ukraine was exporting {stated.text} of grain a day through its Black Sea ports",
            f"ports shipped {stated.text} of grain a day",
        ]))  # fmt: skip
        out.append(Statement(speaker=speaker, clauses=(clause,), figures=(stated,)))
    return out, ()


_FACTS: tuple[Callable[[datetime.date], st.SearchStrategy[Reports]], ...] = (
    drone_attack, deadly_strikes, prisoner_swap, aid_package, death_toll, export_rate,
)  # fmt: skip


# --- writing the article ---------------------------------------------------------


_ATTRIBUTIONS = (
    "{S} said {c}.",
    "{C}, {s} said.",
    "{C}, according to {s}.",
    "According to {s}, {c}.",
    "{S} said on Telegram that {c}.",
    "In a statement, {s} said {c}.",
    "{C}, said {s}.",
)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _paragraph(statement: Statement, form: str) -> str:
    """The statement's first clause attributed in ``form``, the rest continuing it."""
    speaker = statement.speaker
    first, *rest = statement.clauses
    head = form.format(S=_cap(speaker.full), s=speaker.full, C=_cap(first), c=first)
    tail = [clause.format(pronoun=speaker.pronoun) for clause in rest]
    return " ".join([head, *tail]).replace("  ", " ").replace(" ,", ",").replace(" .", ".")


@st.composite
def _paragraphs(draw: st.DrawFn, statements: list[Statement]) -> list[str]:
    """Each statement attributed; some run on in the paragraph before."""
    paragraphs: list[str] = []
    for statement in statements:
        written = _paragraph(statement, draw(st.sampled_from(_ATTRIBUTIONS)))
        run_on: bool = draw(st.booleans())
        if paragraphs and run_on:
            paragraphs[-1] = f"{paragraphs[-1]} {written}"
        else:
            paragraphs.append(written)
    return paragraphs


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """A consistent news article: drawn facts, reported by their sources, in any order."""
    dateline = draw(st.dates(min_value=datetime.date(2022, 6, 1),
                             max_value=datetime.date(2026, 12, 31)))  # fmt: skip
    facts = draw(st.lists(st.sampled_from(_FACTS), min_size=1, max_size=3, unique=True))
    reports = [draw(fact(dateline)) for fact in facts]
    statements = [s for found, _ in reports for s in found]
    ordered = draw(st.permutations(statements))
    paragraphs = draw(_paragraphs(ordered))
    if draw(st.booleans()):
        paragraphs[0] = f"KYIV (Reuters) - {paragraphs[0]}"
    headlines = [h for _, found in reports for h in found]
    titled: bool = draw(st.booleans())
    if headlines and titled:
        paragraphs.insert(0, draw(st.sampled_from(headlines)))
    text = "\n\n".join(paragraphs)
    return Article(text=text, dateline=dateline,
                   figures=tuple(f for s in statements for f in s.figures))  # fmt: skip


# --- the laws --------------------------------------------------------------------


def _failing(story: Story) -> list[str]:
    return [f"{f.code}: {f.message}" for f in check(story).findings if f.failing]


@given(articles())
def test_a_consistent_article_checks_clean_once_extracted(article: Article) -> None:
    story = extract(article.text, dateline=article.dateline)
    assert not _failing(story), article.text


def _interval(figure: Figure) -> tuple[object, ...]:
    return (figure.low, figure.high, figure.low_open, figure.high_open, figure.unit)


def _reads_as(written: str, figure: Figure, *, restated: bool) -> bool:
    """Whether ``written`` is read as ``figure`` (or 'about' + it, for a restatement in
    another unit, which extraction reads as approximate)."""
    candidates = [written, f"about {written}"] if restated else [written]
    readings = []
    for candidate in candidates:
        try:
            readings.append(_interval(parse_figure(candidate)))
        except ClaimcheckError:
            continue
    return _interval(figure) in readings


@given(articles())
def test_every_claim_span_reads_as_its_figure(article: Article) -> None:
    story = extract(article.text, dateline=article.dateline)  # a valid article: never refused
    for claim in story.claims:
        assert claim.span is not None, claim
        written = article.text[claim.span[0]:claim.span[1]]
        restated = article.text[: claim.span[0]].rstrip().endswith("(")
        assert _reads_as(written, claim.figure, restated=restated), (
            written, str(claim.figure), article.text,
        )  # fmt: skip


@given(articles())
def test_every_written_figure_is_true_of_the_drawn_truth(article: Article) -> None:
    for stated in article.figures:
        assert parse_figure(stated.text).contains(stated.truth), stated


@pytest.mark.parametrize("value", [7, 10, 95, 120, 999, 1000, 12345])
def test_approximations_hold_their_value(value: int) -> None:
    for text in _approximations(value):
        assert parse_figure(text).contains(value), text
