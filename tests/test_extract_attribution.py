"""Attribution: who states each figure, and one canonical name per source.

Behaviour under test: every attribution form of the news convention names the
source it should ("X said", "said X", "according to X", "X told ...", "X
wrote on Telegram", "in a statement, X ...", apposition, a quote attributed at
its end); pronouns and descriptions resolve to the last named source they fit;
name variants merge; a sentence with no attribution continues its paragraph's
source; "according to preliminary figures" and unattributed paragraphs give
the outlet. Naming is a table of phrases and the name, kind and side they give.
"""

from __future__ import annotations

import datetime

import pytest

from claimcheck.extract import extract
from claimcheck.extract.naming import read_source

DAY = datetime.date(2025, 5, 23)


def _sources(text: str, **kwargs: str) -> list[tuple[str, str]]:
    story = extract(text, dateline=DAY, **kwargs)
    return [(text[c.span[0] : c.span[1]], c.source.name) for c in story.claims if c.span]


FORMS = [
    ("Ukraine's air force said Russia launched 76 drones.", "Ukrainian Air Force"),
    ("Russia launched 76 drones, the Ukrainian air force said.", "Ukrainian Air Force"),
    (
        "Russia used 76 drones, said President Volodymyr Zelenskyy, who spoke late.",
        "Volodymyr Zelenskyy",
    ),
    ("Russia launched 76 drones, according to the air force of Ukraine.", "Ukrainian Air Force"),
    (
        "Kyiv Mayor Vitali Klitschko told reporters that 12 people had been killed.",
        "Vitali Klitschko",
    ),
    ("Serhiy Lysak, the regional governor, wrote on Telegram that 18 people died.", "Serhiy Lysak"),
    (
        "In a statement, the World Health Organization said it verified 1,900 attacks.",
        "World Health Organization",
    ),
    (
        "Ukraine's defence minister, Rustem Umerov, said 30,000 drones would be built.",
        "Rustem Umerov",
    ),
    ('"Russia sent 273 drones. Most were stopped," Zelenskyy said in an address.', "Zelenskyy"),
    (
        "The Security Service of Ukraine (SBU) said 117 drones were used.",
        "Security Service of Ukraine",
    ),
    (
        "Trump's approval fell to 42%, according to a Reuters/Ipsos poll that closed Sunday.",
        "Reuters/Ipsos",
    ),
    (
        "Rents fell 2.5% in March, according to a study published on Monday by property site "
        "Homely.",
        "Homely",
    ),
    ("Crews cleared 900 hectares, said Dr. Ruth Wanjiru, the head of the unit.", "Ruth Wanjiru"),
    ("Waves rose to 3 metres, the Weather, Climate and Ocean Agency (WCOA) said.",
     "Weather, Climate and Ocean Agency"),
    ("Crews found 40 people, Chile's National Search and Rescue Service said.",
     "National Search and Rescue Service"),
    ("Vacancies rose to 2.2%, the Dominion Rail and Freight Corporation (DRFC), the national "
     "rail agency, said.", "Dominion Rail and Freight Corporation"),
    ("In Garissa, farmer Abdi Hassan, 61, said 40 goats had died.", "Abdi Hassan"),
    ("Kenya's ministry, which worked with Uganda and the United States, said 600 trucks left.",
     "Kenyan Ministry"),
    ("Dams were 37% full, according to the Ministry of Water, which said the storms had added "
     "2 billion cubic metres.", "Water Ministry"),
    ("The CFDT union, which led the march, put turnout at 800,000.", "CFDT"),
    ("Police put the number of marchers at 80,000.", "Police"),
    ("Economists at Halden Research expect two more rate cuts this year.", "Halden Research"),
    ("Schools shut to press for a settlement of old wage claims, closing 2,400 schools, according "
     "to the country's main teachers' union, the Sindicato de Maestros.", "Sindicato de Maestros"),
    ("The government set aside 1.1 trillion pesos, Undersecretary of Finance Ana Rojas said.",
     "Ana Rojas"),
    ("According to the commission's figures, the Greens took 89 of the 230 seats.", "Commission"),
    ("Halden Rovers said revenue rose. Wages climbed to 214 million pounds, the accounts showed.",
     "Halden Rovers"),
    ("Figures from the ONS show 40,000 jobs were lost.", "ONS"),
    # What a document shows with no owner named is no one's: the outlet's.
    ("Official data showed inflation rose to 3%.", "the article"),
    # "posted" after a clause is no attribution: the paragraph's own source stays.
    (
        "Tallyhouse said rents fell 3%. The Tallyhouse figures are based on adverts posted "
        "online and cover 40 cities.",
        "Tallyhouse",
    ),
]


@pytest.mark.parametrize(("text", "source"), FORMS)
def test_attribution_forms(text: str, source: str) -> None:
    assert {name for _, name in _sources(text)} == {source}


def test_continuation_within_a_paragraph() -> None:
    text = "The air force said 298 drones were launched. Air defences destroyed 266."
    assert _sources(text) == [("298", "Air Force"), ("266", "Air Force")]


def test_a_leading_sentence_takes_the_paragraphs_first_source() -> None:
    text = (
        "Of the drones, 88 were intercepted. "
        "The Kyiv region was the main target, the air force said."
    )
    assert _sources(text) == [("88", "Air Force")]


def test_pronouns_and_descriptions_resolve_to_the_last_named_source() -> None:
    text = (
        "Russia's defence ministry said 307 servicemen returned.\n\n"
        "Ukrainian President Volodymyr Zelenskyy said 307 Ukrainians were home. "
        "The ministry said 5 more were on the way, and he said 600 had come back.\n\n"
        "It said 2 were wounded."
    )
    assert _sources(text) == [
        ("307", "Russian Defense Ministry"),
        ("307", "Volodymyr Zelenskyy"),
        ("5", "Russian Defense Ministry"),
        ("600", "Volodymyr Zelenskyy"),
        ("2", "Russian Defense Ministry"),
    ]


def test_clauses_keep_their_own_sources() -> None:
    text = (
        "230 Ukrainians came home, the president's office said, "
        "while Russia's defence ministry said 248 were freed."
    )
    assert _sources(text) == [("230", "President's Office"), ("248", "Russian Defense Ministry")]


def test_unnamed_figures_and_unattributed_paragraphs_are_the_outlets() -> None:
    text = (
        "KYIV (Reuters) - At least 33 people were killed, according to preliminary figures.\n\n"
        "The Senate passed a $95.3 billion package."
    )
    assert _sources(text) == [("At least 33", "Reuters"), ("$95.3 billion", "Reuters")]
    assert {name for _, name in _sources("Prices rose 5%.", outlet="The Kyiv Independent")} == {
        "The Kyiv Independent"
    }


def test_whom_a_speaker_tells_is_no_source() -> None:
    text = "The captain, a 51-year-old from Goa, told the Coast Guard by radio that 14 were safe."
    assert not any("Coast Guard" in name for _, name in _sources(text))


def test_words_inside_a_quote_are_not_attributions() -> None:
    text = '"We achieved 1,000 for 1,000, as I said," Umerov said.'
    assert {name for _, name in _sources(text)} == {"Umerov"}


NAMES = [
    ("the Russian Defense Ministry", "Russian Defense Ministry", "ministry", "Russia"),
    ("Russia's defence ministry", "Russian Defense Ministry", "ministry", "Russia"),
    ("the ministry of defence in Moscow", "Russian Defense Ministry", "ministry", "Russia"),
    ("Ukraine's air force", "Ukrainian Air Force", "air force", "Ukraine"),
    ("Ukrainian President Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "president", "Ukraine"),
    (
        "Israeli military spokesman Rear Admiral Daniel Hagari",
        "Daniel Hagari",
        "commander",
        "Israel",
    ),
    ("Qatar's prime minister", "Qatari Prime Minister", "prime minister", "Qatar"),
    (
        "South Korea's transport ministry",
        "South Korean Transport Ministry",
        "ministry",
        "South Korea",
    ),
    ("a Turkish foreign ministry source", "Turkish Foreign Ministry", "ministry", "Turkey"),
    ("a Reuters/Ipsos poll", "Reuters/Ipsos", "pollster", None),
    (
        "estimates by the Institute for the Study of War",
        "Institute for the Study of War",
        "organisation",
        None,
    ),
    (
        "the U.N. human rights monitoring mission",
        "U.N. Human Rights Monitoring Mission",
        "agency",
        None,
    ),
]


@pytest.mark.parametrize(("phrase", "name", "kind", "side"), NAMES)
def test_source_names(phrase: str, name: str, kind: str | None, side: str | None) -> None:
    named = read_source(phrase)
    assert named is not None
    assert (named.name, named.kind, named.side) == (name, kind, side)


@pytest.mark.parametrize("phrase", ["he", "it", "they"])
def test_pronouns_are_marked(phrase: str) -> None:
    named = read_source(phrase)
    assert named is not None
    assert named.pronoun is not None


@pytest.mark.parametrize("phrase", ["which", "", "270 people", "I"])
def test_non_sources(phrase: str) -> None:
    assert read_source(phrase) is None
