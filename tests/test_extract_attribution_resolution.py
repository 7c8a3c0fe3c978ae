"""Attribution across a text: who a figure belongs to when the phrase is not a plain name.

Behaviour under test, each a table of short news texts and the source of each
figure: a document noun names its publisher ("according to Eurostat data");
"the survey" and "the poll" are the pollster a text named in passing; "the
company" and "the commission" resolve to the organisation named before; an
acronym introduced in parentheses, or spelling the initials of a named source,
or the first word of an organisation, is that source; a nameless spokesperson
speaks for the institution; "in a statement" names no one; business titles
are stripped; an apposition or relative clause between a subject and its verb
is skipped, but a predicate before an inverted "said X" is not an apposition;
and a country's own bodies named without a country ("the interior ministry")
take the dateline's country, or the country a sentence opens in. A sentence
whose subject is the poll ("The survey of 1,800 adults put ...") is the
pollster's, and the outlet's when the text named no pollster. The outlet named
as a source ("a Reuters check found" in a Reuters story) is the outlet. A
description takes the body its own sentence names first; a person named with a
title as a sentence's subject is a later "she" and surname.
"""

from __future__ import annotations

import datetime

import pytest

from claimcheck.extract import extract

DAY = datetime.date(2025, 3, 14)


def _sources(text: str) -> list[tuple[str, str]]:
    story = extract(text, dateline=DAY)
    return [(text[c.span[0] : c.span[1]], c.source.name) for c in story.claims if c.span]


PUBLISHERS = [
    ("Exports fell 4% in January, according to Eurostat data.", "Eurostat"),
    ("Poland will spend 3.9% of output on defence, according to NATO estimates.", "NATO"),
    (
        "About 2,300 migrants landed in March, according to Greek Coast Guard figures.",
        "Greek Coast Guard",
    ),
    (
        "Harbor Analytics said prices rose 3% in May. "
        "Rents climbed 6% over the year, according to its quarterly report.",
        "Harbor Analytics",
    ),
]


@pytest.mark.parametrize(("text", "source"), PUBLISHERS)
def test_a_document_is_its_publishers(text: str, source: str) -> None:
    assert {name for _, name in _sources(text)} == {source}


EARLIER = [
    (
        "LONDON (PA) - Premier League club Northvale Town lost 8 million pounds in the year, "
        "the club said.",
        "Northvale Town",
    ),
    (
        "The airline Corvid Air carried 4 million passengers, the Dublin-based carrier said.",
        "Corvid Air",
    ),
    (
        "Agency head Budi Santosa told reporters that 160 rescuers had joined the search. "
        "Budi said the search would run for seven days.",
        "Budi Santosa",
    ),
    (
        "The outbreak has infected 9,120 people, the Ministry of Health said. Doctors at the "
        "city clinic said patients came late.\n\nThe capital accounts for 4,870 of the cases, "
        "it said.",
        "Health Ministry",
    ),
    (
        "Mines recorded 41 deaths last year, according to the Mining Council of Ruritania. "
        "Gold mines accounted for 19 of them, the industry body said.",
        "Mining Council of Ruritania",
    ),
    (
        "Hackers stole data on 2 million Tidewave customers, telco says\n\n"
        "Details of 2 million customers of Tidewave Telecom were stolen, the company said. "
        "Tidewave said it faced a ransom demand of $5 million.",
        "Tidewave Telecom",
    ),
    (
        "Swarms were fought by the Locust Control Organization for West Africa (LCO-WA).\n\n"
        "LCO-WA said it had used 9,000 litres of pesticide.",
        "Locust Control Organization for West Africa",
    ),
    (
        "The Union of Nurses and Midwives, Ghana (UNMG) said 300 nurses left. "
        "UNMG said 40% of them went abroad.",
        "Union of Nurses and Midwives, Ghana",
    ),
    (
        "A ship carried 300 people, according to a list released by its owner, PT Laut Biru. "
        "A presidential spokesman said a review was ordered.\n\n"
        "The company said it would pay 20 million rupiah to each family.",
        "Laut Biru",
    ),
    (
        "Turnout reached 61%, the National Audit Commission said.\n\n"
        "According to the commission's figures, 212 of the 350 seats changed hands.",
        "National Audit Commission",
    ),
    (
        "Harbor Analytics said on Monday it would close 12 offices.\n\n"
        "Net profit fell 9% in the quarter, the company said.",
        "Harbor Analytics",
    ),
    (
        "Brightline Inc. said it carried 40,000 riders, as the rail operator "
        "reported a 15% rise in ticket sales.",
        "Brightline",
    ),
    (
        "Support for the plan has fallen to 41%, the lowest in any Northfield Polling survey, "
        "according to a poll published on Friday.\n\n"
        "According to the survey, 28% of voters now oppose the plan.",
        "Northfield Polling",
    ),
    (
        "Backing for the mayor stood at 35% in a survey by Northfield Polling.\n\n"
        "Only 12% were undecided, the poll found. "
        "The margin of error is 3 points, Northfield said.",
        "Northfield Polling",
    ),
    (
        "The Baltic Ferry Company (BFC) expects more travellers this year.\n\n"
        "BFC said 1.2 million people crossed in 2024.",
        "Baltic Ferry Company",
    ),
    (
        "Some 40,000 hectares burned, according to the Global Wildfire Monitoring Service.\n\n"
        "That is twice the average of 20,000 hectares, according to GWMS data.",
        "Global Wildfire Monitoring Service",
    ),
    (
        "The state statistics agency INSTAT said prices rose 2.1% in June. "
        "Food prices rose 4%, the agency said.",
        "INSTAT",
    ),
    (
        "Ferries carried 800 trucks on Sunday, said Elena Petrova, a spokeswoman for the port. "
        "The number was 600 a year ago, according to the statement.",
        "Elena Petrova",
    ),
]


EARLIER.append((
    "Organisers SCC Events said 48,000 runners had registered.\n\n"
    "About 5,400 inline skaters also took part, the organisers said.",
    "SCC Events",
))  # the words that described a body describe it later too
EARLIER.append((
    "Indian Navy commandos freed the crew on Friday.\n\nThe Navy said 3 pirates were held.",
    "Indian Navy",
))  # a navy is an institution, not a person called Navy
EARLIER.append((
    "The Indian Navy rescued the crew on Friday.\n\nThe navy said 3 pirates were held.",
    "Indian Navy",
))  # a body named at the start of a sentence is what "the navy" means later
EARLIER.append((
    "The Bank of England said rates would stay at 4%.\n\n"
    "The Bank said inflation would fall to 2.5% next year.",
    "Bank of England",
))  # a body's one-word short name is that body
EARLIER.append((
    "Statistics New Zealand (Stats NZ) said the population grew 1.2% last year.\n\n"
    "Households rose to 1.9 million, Stats NZ said.",
    "Statistics New Zealand",
))  # a short form in parentheses shortens the name word by word
EARLIER.append((
    "The National Institute of Water and Soil Research (Nirsa) said 40 wells ran dry.\n\n"
    "About 12 villages lost their supply, Nirsa said.",
    "National Institute of Water and Soil Research",
))  # an acronym written as a word, for a long name
EARLIER.append((
    "The ship ran aground on Sunday, Maritime New Zealand said.\n\n"
    "All 21 crew were lifted off, the agency said.",
    "Maritime New Zealand",
))  # a body named with its country, not a person
EARLIER.append((
    "At least 12 people died, Rio Grande Civil Defence said.\n\n"
    "Another 30 were missing, the civil defence agency said.",
    "Rio Grande Civil Defense",
))  # a description fits the body whose name holds its words but the generic head
EARLIER.append((
    "Kestrel Lakes National Park, a chain of lakes, sold 1.3 million tickets this season, "
    "the park's management said.",
    "Kestrel Lakes National Park",
))  # the people who run a place speak for it
EARLIER.append((
    "The plant is run by Corvid Cells, which makes batteries for radios.\n\n"
    "A spokesperson for the company said it employed 103 people at the site.",
    "Corvid Cells",
))  # what runs a thing is a body, though its name reads like a person's
EARLIER.append((
    "Kestrel Banking Group said profit rose 12% to 1.2 billion pounds.\n\n"
    "The British bank said it would cut 300 jobs.",
    "Kestrel Banking Group",
))  # a description's word may begin a word of the name ("bank", "Banking")
EARLIER.append((
    "The Northern Grains Council (NGC) said the harvest fell 4%.\n\n"
    "The NGC now expects exports of 12 million tonnes.",
    "Northern Grains Council",
))  # an adverb after a name is no part of it
EARLIER.append((
    "Guards recaptured 54 inmates, the Northern Correctional Service (NCoS) said.\n\n"
    "The NCoS said it had offered a reward of 500,000 naira.",
    "Northern Correctional Service",
))  # an acronym may hold a small letter between capitals


@pytest.mark.parametrize(("text", "source"), EARLIER)
def test_descriptions_and_variants_resolve_to_an_earlier_source(text: str, source: str) -> None:
    assert {name for _, name in _sources(text)} == {source}


#: A description takes the body its own sentence names before an older source.
NAMED_HERE = [
    (
        "Trading volume hit 8.9 billion shares, Japan Exchange Group said.\n\n"
        "Elsewhere, the Korea Exchange halted trading for 20 minutes, the exchange said.",
        {"8.9 billion": "Japan Exchange Group", "20 minutes": "Korea Exchange"},
    ),
    (
        "At least 23 workers died, according to the Osan Fire Agency.\n\n"
        "Inspectors from the National Workplace Safety Agency (NWSA) found 11 violations "
        "last year, the agency said.",
        {"At least 23": "Osan Fire Agency", "11": "National Workplace Safety Agency"},
    ),
]


def test_a_pollster_named_in_passing_owns_the_survey_paragraphs() -> None:
    text = (
        "Support fell to 30% in the latest Northfield Polling survey.\n\n"
        "The survey found 44% wanted an early election, Northfield said."
    )
    assert _sources(text) == [("30%", "Northfield Polling"), ("44%", "Northfield Polling")]


SPEAKERS = [
    ("ATHENS (Reuters) - A police spokesman said 14 people were arrested.", "Greek Police"),
    ("A spokeswoman for the Red Cross said 300 tents had arrived.", "Red Cross"),
    ("A Greenpeace spokesperson said 20 ships were tracked.", "Greenpeace"),
    ("Chief Financial Officer Lena Ortiz said costs rose 7% in the year.", "Lena Ortiz"),
    (
        "The bridge, known as the Red Span, has carried 90 million cars since 1998, "
        "said Omar Haddad, a spokesman for its operator.",
        "Omar Haddad",
    ),
    (
        "The Greek foreign ministry said in a statement that 45 citizens had been evacuated.",
        "Greek Foreign Ministry",
    ),
    (
        "GRIDCO, the agency that runs the national network, said 3,000 homes lost power.",
        "GRIDCO",
    ),
    (
        "Norway's fisheries ministry, which sets the annual quotas, said 120 boats were idle.",
        "Norwegian Fisheries Ministry",
    ),
    ("About 900 people left their homes, regional authorities said.", "regional authorities"),
    # "and" inside an institution's name does not end its subject.
    ("The Food and Agriculture Organization said 3 million tonnes of grain were lost.",
     "Food and Agriculture Organization"),
    ("The National Disaster Risk Reduction and Management Council said 40 people died.",
     "National Disaster Risk Reduction and Management Council"),
    # What a body is, in lower case before its name, is not part of the name.
    ("The banking trade body UK Finance said 2,300 branches had closed.", "UK Finance"),
    ("Organisers SCC Events said 48,000 runners had registered.", "SCC Events"),
]


@pytest.mark.parametrize(("text", "source"), SPEAKERS)
def test_who_speaks(text: str, source: str) -> None:
    assert {name.casefold() for _, name in _sources(text)} == {source.casefold()}


HOME = [
    ("ATHENS (Reuters) - Two people died, the interior ministry said.", "Greek Interior Ministry"),
    ("OSLO (AP) — Revenue rose 8%, the Finance Ministry said.", "Norwegian Finance Ministry"),
    ("LISBON (Reuters) - Talks will take 10 days, the president's office said.",
     "Portuguese President's Office"),
    ("ATHENS (Reuters) - Fires burned on Sunday.\n\nIn neighbouring Bulgaria, 300 firefighters "
     "were deployed, the civil protection agency said.", "Bulgarian Civil Protection Agency"),
    ("ATHENS (Reuters) - 300 firefighters were deployed, the regional authorities said.",
     "Regional Authorities"),
    ("GENEVA (Reuters) - More than 2 million people fled, the U.N. refugee agency said.",
     "U.N. Refugee Agency"),
    ("ATHENS (Reuters) - The State Fire Service said 25 fires were burning.",
     "State Fire Service"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source"), HOME)
def test_a_countrys_own_bodies_take_the_stories_country(text: str, source: str) -> None:
    assert {name for _, name in _sources(text)} == {source}


POLL_PARAGRAPHS = [
    (
        "Support for the tax fell to 38%, according to a survey by the Institute of Public "
        "Opinion.\n\nThe survey of 1,800 adults put the Greens on 14% and Labour on 22%.",
        ["Institute of Public Opinion"] * 4,
    ),
    (
        "Backing for the plan stood at 52% in the latest Northfield Polling survey.\n\n"
        "Prices rose 3% in May.\n\n"
        "The poll, carried out online, found 61% of renters in favour.",
        ["Northfield Polling", "the article", "Northfield Polling"],
    ),
    ("The poll of 900 voters put turnout at 70%.", ["the article", "the article"]),
]


@pytest.mark.parametrize(("text", "sources"), POLL_PARAGRAPHS)
def test_a_polls_results_are_its_pollsters(text: str, sources: list[str]) -> None:
    assert [name for _, name in _sources(text)] == sources


@pytest.mark.parametrize(
    "text",
    [
        "ACCRA (Reuters) - Taxi fares rose by up to 40% on Monday, a Reuters check found.",
        "ACCRA (Reuters) - Reuters counted 212 closed stations, up from 90 on Friday.",
        "ACCRA (Reuters) - About 3,000 stations shut, according to a Reuters tally.",
    ],
)
def test_the_outlet_named_as_a_source_is_the_outlet(text: str) -> None:
    story = extract(text, dateline=DAY)
    assert story.claims
    assert {(c.source.name, c.source.kind) for c in story.claims} == {("Reuters", "outlet")}


def test_a_titled_person_named_as_a_subject_is_who_she_and_the_surname_are() -> None:
    text = (
        "Rescuers pulled 86 people from the mud, Lieutenant Rosa Diaz said.\n\n"
        "Governor Ana Torres flew over the valley. At least 60 homes had been destroyed, "
        "she said.\n\n"
        "The state would release 100 million pesos in aid, Torres said."
    )
    assert _sources(text) == [
        ("86", "Rosa Diaz"),
        ("At least 60", "Ana Torres"),
        ("100 million pesos", "Ana Torres"),
    ]


#: "X appealed ..., saying ..." is X's; "the agency" is a programme or office too.
ACTING = [
    (
        "NAIROBI (AFP) - The United Nations Office for Disaster Risk Reduction (UNDRR) "
        "appealed on Monday for $40 million, saying 200,000 people had lost their homes.",
        {
            "$40 million": "U.N. Office for Disaster Risk Reduction",
            "200,000": "U.N. Office for Disaster Risk Reduction",
        },
    ),
    (
        "The World Food Programme (WFP) reached 2.2 million people in May.\n\n"
        "The agency said it held 38,000 tonnes of food in the country.",
        {"2.2 million": "the article", "38,000 tonnes": "World Food Programme"},
    ),
]


def test_it_is_the_body_an_unattributed_sentence_opened_with() -> None:
    text = (
        "About 2,400 schools closed, the teachers' union said.\n\n"
        "The Ministry of Education gave a lower count. It said 1,930 schools had closed.\n\n"
        "The Kestrel 72-500 was carrying 55 people, the report said. Six survived, it said."
    )
    sources = dict(_sources(text))
    assert sources["1,930"] == "Education Ministry"
    assert sources["Six"] == sources["55"]  # a sentence someone says is no new "it"


#: A review's texts: each rule of this file keeps to its own case.
NOT_THE_SOURCE = [
    # "It said" takes only a body that opens a sentence as its subject, not as a modifier.
    (
        "The Health Ministry said 40 people had died. The Bank of England building was "
        "closed on Tuesday. It later said 52 people had died.",
        {"40": "Health Ministry", "52": "Health Ministry"},
    ),
    (
        "Doctors said 40 people died. The Red Cross tents were full on Monday. "
        "They said 60 people were injured.",
        {"40": "Doctors", "60": "Doctors"},
    ),
    # ", saying" is the opening body's only when no one else is named as saying it.
    (
        "The Red Cross said 40 people had died. The Health Ministry hospitals were "
        "overwhelmed, the Red Cross warned, saying 52 people had died.",
        {"40": "Red Cross", "52": "Red Cross"},
    ),
    (
        "The Health Ministry was criticised by doctors, saying 60 people had died.",
        {"60": "the article"},
    ),
    # A titled person who acts is "she" only while no one has spoken in the paragraph.
    (
        "Health Minister Ana Ruiz said 40 people had died. President John Mendes visited "
        "the site. Later, 52 people had died, she said.",
        {"40": "Ana Ruiz", "52": "Ana Ruiz"},
    ),
    # A country in parentheses is where a body is, not another name of it.
    (
        "The Norwegian Refugee Council (Norway) said 40 families were displaced. "
        "Norway said 300 families received aid.",
        {"40": "Norwegian Refugee Council", "300": "Norway"},
    ),
    # A poll with no named pollster is the outlet's, not the next sentence's source.
    (
        "A survey for the BBC found 40% of voters backed the plan. "
        "The government said 52% backed it.",
        {"40%": "the article", "52%": "Government"},
    ),
]


#: A speaker's words stay theirs: inner verbs, coordinated verbs and long names.
SPOKEN_WITHIN = [
    # A verb inside what a speaker says is no attribution of its own.
    (
        "Kenji Mori, who heads the prefecture's livestock division, said the farm in the "
        "city of Tainai had reported 32 dead hens on Monday.",
        {"32": "Kenji Mori"},
    ),
    # A verb after "and" shares the sentence's subject; a relative clause has its own.
    (
        "The service's controller-general, Musa Bello, visited the prison on Monday and "
        "said two guards had been killed.",
        {"two": "Musa Bello"},
    ),
    (
        "LONDON (Reuters) - Kestrel Banking Group reported a 12% rise in profit and said it "
        "would cut 1,200 jobs.",
        {"12%": "Kestrel Banking Group", "1,200": "Kestrel Banking Group"},
    ),
    (
        "The prison was built for 240 inmates, according to a report by the Rights "
        "Commission, which described it as crowded and said 30 cells had no toilets.",
        {"240": "Rights Commission", "30": "Rights Commission"},
    ),
    # A ministry's name may list its fields.
    (
        "About 550 people took part, according to the Ministry of Agriculture, Forestry "
        "and Fisheries.",
        {"About 550": "Ministry of Agriculture, Forestry and Fisheries"},
    ),
]


def test_a_hyphenated_surname_is_still_the_person() -> None:
    text = (
        "Health Minister Ana Lefebvre-Tremblay said 40 people had died. "
        "Later, 52 people had died, Lefebvre-Tremblay said."
    )
    assert {name for _, name in _sources(text)} == {"Ana Lefebvre-Tremblay"}


def test_a_kind_of_business_is_no_union_of_its_workers() -> None:
    text = (
        "Kestrel Banking Group said it would cut 1,200 jobs.\n\n"
        "The Bank Workers' Alliance said it represents 21,000 staff.\n\n"
        "The bank raised its dividend by 8% and said profit rose."
    )
    assert _sources(text) == [
        ("1,200", "Kestrel Banking Group"),
        ("21,000", "Bank Workers' Alliance"),
        ("8%", "Kestrel Banking Group"),
    ]


#: A second review's texts keep the readings they should.
REVIEWED = [
    # A title names the office it heads, without a person's name.
    (
        "The Controller-General of Immigration said 400 migrants were returned.\n\n"
        "The Controller-General said 450 were returned in all.",
        {"400": "Controller-General of Immigration", "450": "Controller-General of Immigration"},
    ),
    # "the port" is no stem of "Portland".
    (
        "Traffic fell 4%, the port said. Portland General Electric said it cut 300 jobs. "
        "The port said 15 ships waited.",
        {"4%": "Port", "300": "Portland General Electric", "15": "Port"},
    ),
    # Only a body's name lists its fields: "officials in Kenya, Uganda and Tanzania" do not.
    (
        "About 550 people took part, according to officials in Kenya, Uganda and Tanzania.",
        {"About 550": "Kenyan Officials"},
    ),
]


#: The tables above by the rule they show: each figure's source, as the text gives it.
SOURCES: dict[str, list[tuple[str, dict[str, str]]]] = {
    "named-here": NAMED_HERE,
    "acting": ACTING,
    "not-the-source": NOT_THE_SOURCE,
    "spoken-within": SPOKEN_WITHIN,
    "reviewed": REVIEWED,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(text, expected, id=f"{rule}-{index}")
        for rule, table in SOURCES.items()
        for index, (text, expected) in enumerate(table)
    ],
)
def test_each_figure_has_the_source_its_rule_gives(text: str, expected: dict[str, str]) -> None:
    assert dict(_sources(text)) == expected
