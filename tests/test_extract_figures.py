"""Finding figures in running text: the one grammar, screened for numbers that are not claims.

Behaviour under test: the scan keeps every figure the grammar finds when tried
at every position (a law, over generated text), in order; recovery gives back
a figure the grammar drops ("down from 3.4% in 2024"); phone numbers looked
for only at digit runs are those a scan finds; sentences split where news text
ends them and never inside a quotation; distractors (years, dates, clock
times, ages, ordinals, phone numbers, designations, idioms) are not figures,
while real figures right next to them are; "N of M", "N-for-N", changes
"from A to B" and paired units become the mentions the table says; "one in
five" is one proportion.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import scan, screen
from claimcheck.extract.mentions import mentions
from claimcheck.extract.sentences import paragraphs
from claimcheck.figures import parse_figure
from claimcheck.grammar import numbers

_TOKENS = st.sampled_from(
    [
        "270",
        "1,000",
        "1.2",
        "million",
        "at",
        "least",
        "more",
        "than",
        "between",
        "and",
        "from",
        "to",
        "of",
        "out",
        "for",
        "-for-",
        "km",
        "square",
        "miles",
        "%",
        "$",
        "€",
        "about",
        "nearly",
        "one",
        "two",
        "hundred",
        "thousand",
        "dozens",
        "half",
        "a",
        "third",
        "or",
        "more",
        "(",
        ")",
        ",",
        ".",
        "drones",
        "said",
        "-",
        "3-year-old",
        "percent",
        "bn",
        "USD",
        "\n",
        "the",
        "US$",
        "per",
        "cent",
    ]
)


@given(st.lists(_TOKENS, max_size=40).map(" ".join))
def test_scan_keeps_every_grammar_figure(text: str) -> None:
    found = scan.find_figures(text)
    everywhere = numbers.find_figures_everywhere(text)
    assert [f for f in found if f in everywhere] == everywhere
    assert [f.start for f in found] == sorted(f.start for f in found)


@given(st.text(alphabet="0123456789 +()-.,a", max_size=80))
def test_phone_numbers_found_from_digit_runs_are_those_a_scan_finds(text: str) -> None:
    digits = [span for span in numbers.anchors(text) if text[span[0]].isdigit()]
    assert screen.phone_spans(text, digits) == screen.phone_spans(text)


def test_recovery_gives_back_a_dropped_figure() -> None:
    text = "growth of about 2% this year, down from 3.4% in 2024"
    assert "3.4%" in [f.text for f in scan.find_figures(text)]


SPLITS = [
    ("Russia fired 38 missiles. Air defences downed 30.", 2),
    ("The U.S. sent 31 tanks. Oct. 7 was a Saturday.", 2),
    (
        '"Russia sent 273 drones. Most were stopped," Zelenskyy said. '
        "He spoke at 9 p.m. on Sunday.",
        2,
    ),
    ("It began at 10 a.m. local time and lasted two hours.", 1),
    ("Dr. Smith said 12 were hurt! Nobody else was? No.", 3),
]


@pytest.mark.parametrize(("text", "count"), SPLITS)
def test_sentences_split_where_news_text_ends_them(text: str, count: int) -> None:
    sentences = [s for p in paragraphs(text) for s in p.sentences]
    assert len(sentences) == count
    assert all(text[s.start : s.end] == s.text for s in sentences)


@given(st.text(alphabet='ab .!?"\n“”AB1', max_size=200))
def test_sentences_are_ordered_slices_covering_all_text(text: str) -> None:
    sentences = [s for p in paragraphs(text) for s in p.sentences]
    assert all(text[s.start : s.end] == s.text and s.text.strip() for s in sentences)
    assert all(a.end <= b.start for a, b in itertools.pairwise(sentences))
    covered = "".join(s.text for s in sentences)
    assert sorted(covered.replace(" ", "").replace("\n", "")) == sorted(
        text.replace(" ", "").replace("\n", "")
    )


NOT_FIGURES = [
    "The attack began at 10:45 a.m. on Friday.",
    "Talks resumed at 2 p.m. and ended before 0730 GMT.",
    "The crash happened on July 17, 2014, near Donetsk.",
    "It was the 12th attack since January 1.",
    "A 34-year-old man was arrested.",
    "Putin, 72, has ruled Russia since 1999.",
    "Anyone with information is asked to call 0800 555 111.",
    "Readers with questions can ring a help line, 1800 260 411, the bank said.",
    "Report faults to the utility's line on 1-300-88-7000.",
    "The pilot, a 52-year-old from Pokhara, had flown for years.",
    "The ship's master, a 44-year-old with a clean record, radioed the port.",
    "An ATR 42-600 landed safely.",
    "Shares had their steepest one-day drop since March.",
    "Sales of 5G radio equipment fell again.",
    "The collapse happened on the 38 Level of the shaft.",
    "The tug, the MV Laut Jaya 3, sank near the port.",
    "The hotline works 24/7 for callers.",
    "Ukraine fired a Kh-101 at a Boeing 737-800 hangar under Article 5 rules.",
    "This was one of the largest attacks, and the two sides met again.",
    "It was a third such attack in the second half of the year.",
    "Swaps like this one have continued through the spring of 2022.",
]


def test_one_in_five_is_a_proportion() -> None:
    (ratio,) = mentions("One in every five adults smokes.")
    assert (ratio.figure.low, ratio.figure.high, ratio.figure.counts) == (
        Fraction(1, 5), Fraction(1, 5), False,
    )


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_distractors_are_not_figures(text: str) -> None:
    assert [m.text for m in mentions(text)] == []


FIGURES = [
    ("Russia launched 273 drones in 2025.", ["273"]),
    ("The bank cut rates by 25 basis points.", ["25 basis points"]),
    ("One in five adults smokes, and 3 in 10 teenagers vape.", ["One in five", "3 in 10"]),
    ("Floods hit 5 in 2025 and 3 in 10 days.", ["5", "3", "10 days"]),
    ("Police arrested 12 in 40 raids.", ["12", "40"]),
    ("Hackers copied 1.5 terabytes, or 40 GB a day.", ["1.5 terabytes", "40 GB"]),
    ("The clinic treated 300 TB patients.", ["300"]),
    ("Thieves copied files over 9 days.", ["9 days"]),
    ("The strike lasted over 9 days.", ["over 9 days"]),
    ("Crews will extend the line about 700 km east.", ["about 700 km"]),
    ("A 34-year-old soldier died in Russia's 3-year-old war.", ["3-year-old"]),
    ("Each side handed over 175 prisoners on May 16.", ["175"]),
    ("Drones hit targets over 12 regions.", ["12"]),
    ("Over 650 children were among them.", ["Over 650"]),
    ("Air defences downed five of the six missiles.", ["five", "six"]),
    ("One missile hit a hospital and half of the drones were jammed.", ["One", "half"]),
]


@pytest.mark.parametrize(("text", "printed"), FIGURES)
def test_real_figures_next_to_distractors_are_found(text: str, printed: list[str]) -> None:
    assert [m.text for m in mentions(text)] == printed


def test_n_of_m_is_a_part_and_a_whole() -> None:
    found = mentions("air defences downed 150 of 175 drones")
    assert [(m.text, m.role) for m in found] == [("150", "part"), ("175", "whole")]


def test_n_for_n_is_one_figure_per_side() -> None:
    (found,) = mentions('the "1,000-for-1,000" exchange')
    assert (found.text, found.role, found.figure.low) == ("1,000-for-1,000", "each", 1000)


def test_a_change_from_a_to_b_is_two_figures() -> None:
    found = mentions("cutting aid from 0.5% to 0.3% of national income")
    assert [(m.text, m.role) for m in found] == [("0.5%", "from"), ("0.3%", "to")]


def test_a_paired_unit_takes_the_qualifier_of_its_partner() -> None:
    first, second = mentions("targets up to 300 kilometres (190 miles) away")
    assert second.paired
    assert second.figure == parse_figure("up to 190 miles")
    assert first.figure == parse_figure("up to 300 kilometres")
    assert second.text == "190 miles"


def test_a_particle_or_place_is_not_a_qualifier() -> None:
    assert [m.figure for m in mentions("Both sides handed over 175 prisoners")] == [
        parse_figure("175")
    ]
    assert [m.figure for m in mentions("drones downed over 12 regions")] == [parse_figure("12")]
