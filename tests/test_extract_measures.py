"""What each figure counts, when, with what hedge, and the relations the text states.

Behaviour under test: the noun phrase and verb of a figure become the measure
the table says (the lexicon's families, facets for side, kind, group and
region); time words give ``when`` and ``said_on`` against the dateline;
hedges mark forecasts; and every relation form of the issue ("150 of those",
"52 out of the 54", "Of those, 88 ... a further 128", "including", lists,
"a total of", "N-for-N", "each", "(89%)", two units) becomes the relation the
table says -- and no relation the text does not state ("including" names only
some parts; "of them" after a list is of the whole list). Figures on one
measure in one paragraph are told apart by verb, by who ("Chega won 60
seats") or by item numbers unique in the story; rates ("a day") are not
totals; a restatement in another unit is read as approximate.
"""

from __future__ import annotations

import datetime

import pytest

import claimcheck
from claimcheck.extract import extract
from claimcheck.extract.lexicon import VERB_FAMILIES
from claimcheck.measure import Measure
from claimcheck.relations import PartOf, Same, Share, Total

DAY = datetime.date(2025, 5, 23)


def _measures(text: str) -> dict[str, str]:
    story = extract(text, dateline=DAY)
    return {text[c.span[0] : c.span[1]]: str(c.measure) for c in story.claims if c.span}


MEASURES = [
    ("Russia launched 76 drones overnight.", "76", "drones launched[date=2025-05-23, side=Russia]"),
    ("Air defences shot down 63 Russian drones.", "63", "drones neutralized[side=Russia]"),
    ("Russia fired 9 cruise missiles.", "9", "missiles launched[kind=cruise, side=Russia]"),
    ("Russia attacked Ukraine with 175 drones.", "175", "drones launched[side=Russia]"),
    (
        "270 Russian soldiers were swapped.",
        "270",
        "prisoners returned[group=soldiers, side=Russia]",
    ),
    ("The strike killed 18 people.", "18", "people killed"),
    ("At least 30 civilians were wounded.", "At least 30", "people injured[group=civilians]"),
    (
        "Air defences destroyed 337 drones, including 34 over the Moscow region.",
        "34",
        "drones neutralized[region=Moscow]",
    ),
    ("Russia's 3-year-old invasion continued.", "3-year-old", "invasion age"),
    ("The Paris Games sold 9.5 million tickets.", "9.5 million", "tickets sold"),
    # What is home to a count is where it is counted (a country is a side, not a place).
    (
        "Across the border, Kestrel Lakes National Park is home to about 2,600 rhinos.",
        "about 2,600",
        "rhinos[place=Kestrel Lakes National Park]",
    ),
    ("Nepal is now home to 812 rhinos.", "812", "rhinos"),
    ("The WWF said Kenya is home to 1,200 rhinos.", "1,200", "rhinos"),  # not the speaker
    ("40 people were hurt in the Senate.", "40", "people injured"),  # no place of names
    ("Power was cut to 95,000 homes in the Laurentians.", "95,000", "homes[place=Laurentians]"),
    # A dateline header's city says where the story was filed, not who launched.
    (
        "KYIV (Reuters) - Russia attacked Ukraine with 120 drones, officials said.",
        "120",
        "drones launched[side=Russia]",
    ),
    ("MOSCOW — Ukraine fired 30 drones at the city.", "30", "drones launched[side=Ukraine]"),
    # Model names say which model, not what is counted; "Shahed" is no participle.
    (
        "Russia fired 12 Kh-101 cruise missiles.",
        "12",
        "missiles launched[kind=cruise, side=Russia]",
    ),
    ("Russia fired 4 Iskander-M missiles.", "4", "missiles launched[side=Russia]"),
    ("Russia launched 5 Shahed drones.", "5", "drones launched[kind=shahed, side=Russia]"),
    ("Ukraine received 24 F-16 jets.", "24", "aircraft received"),
    # A town after what is counted is a facet; a month, weekday or country is not a town
    # (a month long past makes the figure background: ``then``).
    ("Shelling killed two people in the city of Kherson.", "two", "people killed[place=Kherson]"),
    ("A strike killed 14 people in Odesa.", "14", "people killed[place=Odesa]"),
    ("The floods killed 3 people in March.", "3", "people killed[then=2025]"),
    ("Two people were killed in Sumy.", "Two", "people killed[place=Sumy]"),
    ("A strike on Sumy killed 3 people.", "3", "people killed[place=Sumy]"),
    ("A missile hit Kharkiv, killing 4 people. 2 people were injured.", "2",
     "people injured[place=Kharkiv]"),
    # A part is where its whole is.
    ("A strike on Kharkiv killed 2 people. Another strike killed 4 people in Sumy, including "
     "3 children.", "3", "people killed[group=children, place=Sumy]"),
    # Headlines speak in the present tense.
    ("Missile strike kills 21 in Dnipro", "21", "people killed[place=Dnipro]"),
    ("Ukraine downs 40 drones over Kyiv", "40", "drones neutralized"),
    # A verb the lexicon does not know still keeps two counts of people apart.
    ("Rescuers evacuated 600 people.", "600", "people evacuated"),
    ("Helicopters plucked 31 people from rooftops.", "31", "people plucked"),
    ("Police said 210 users had already reported fake texts.", "210", "users reported"),
    # A figure's own verb after it outweighs a verb before it in its sentence.
    ("Forty people were killed and six survived.", "six", "people survived"),
    ("Russia launched 70 drones, and 30 were intercepted.", "30",
     "drones neutralized[side=Russia]"),
    # "of whom N were X": the group they were.
    ("The quake killed 40 people, of whom 12 were children.", "12",
     "people killed[group=children]"),
]


@pytest.mark.parametrize(("text", "printed", "measure"), MEASURES)
def test_measures_from_noun_phrase_and_verb(text: str, printed: str, measure: str) -> None:
    assert _measures(text)[printed] == measure


@pytest.mark.parametrize(
    ("verb", "family"),
    [("shot down", "neutralized"), ("downed", "neutralized"), ("destroyed", "neutralized"),
     ("neutralized", "neutralized"), ("intercepted", "neutralized"), ("fired", "launched"),
     ("launched", "launched"), ("sent", "launched"), ("swapped", "returned"),
     ("released", "returned"), ("killed", "killed"), ("injured", "injured")],
)  # fmt: skip
def test_lexicon_families(verb: str, family: str) -> None:
    assert VERB_FAMILIES[verb] == family


WHEN = [
    ("On Monday, Russia launched 40 drones.", datetime.date(2025, 5, 19), DAY),
    ("Russia launched 40 drones overnight, the air force said.", DAY, DAY),
    ("The air force said on Wednesday that 40 drones were launched overnight.",
     datetime.date(2025, 5, 21), datetime.date(2025, 5, 21)),
    ("The air force on Wednesday reported 40 drones launched overnight.",
     datetime.date(2025, 5, 21), datetime.date(2025, 5, 21)),
    # A month with no year is the last one by the dateline.
    ("A fault in the north in January cut power to 8,000 homes.", datetime.date(2025, 1, 31), DAY),
    ("Floods have hit 12 districts since April.", DAY, DAY),
]  # fmt: skip


@pytest.mark.parametrize(("text", "when", "said_on"), WHEN)
def test_when_and_said_on(text: str, when: datetime.date, said_on: datetime.date) -> None:
    claim = extract(text, dateline=DAY).claims[0]
    assert claim.when is not None
    assert claim.when.end == when
    assert claim.said_on == said_on


def test_since_gives_a_running_period() -> None:
    (claim,) = extract(
        "More than 12,000 civilians have been killed since February 2022.", dateline=DAY
    ).claims
    assert claim.when is not None
    assert (claim.when.start, claim.when.end) == (datetime.date(2022, 2, 1), DAY)


def test_a_count_since_an_event_runs_from_it_and_so_do_its_parts() -> None:
    story = extract(
        "The U.N. said at least 13,580 civilians had been killed since the start of the "
        "invasion, more than 700 of them children. A strike killed 3 children on Friday.",
        dateline=DAY,
    )
    running, part, today = story.claims
    assert running.measure.facet("since") == "start of the invasion"
    assert part.measure.facet("since") == "start of the invasion"
    assert today.measure.facet("since") is None
    assert claimcheck.check(story).ok


def test_a_count_since_an_old_start_takes_no_time_from_the_sentence_before() -> None:
    story = extract(
        "In 2014, an avalanche killed 16 guides. More than 300 people have died on the peak "
        "since the first expeditions of the 1920s, the database says. Since records began, "
        "40 ships have sunk there.",
        dateline=DAY,
    )
    _, ever, ships = story.claims
    assert ever.when is None
    assert ever.measure.facet("since") == "first expeditions of the 1920s"
    assert ships.measure.facet("since") == "records began"


def test_a_running_count_is_another_quantity_than_a_count_within_it() -> None:
    story = extract(
        "More than 12,000 civilians have been killed since February 2022, the U.N. said. "
        "On Friday, a strike killed 14 civilians.",
        dateline=DAY,
    )
    running, today = story.claims
    assert running.measure.facet("since") == "2022-02-01"
    assert today.measure.facet("since") is None
    assert running.measure != today.measure


def test_a_figure_about_a_long_past_period_is_background() -> None:
    story = extract(
        "The storm has killed 40 people, the agency said.\n\n"
        "In June 2015, a storm killed more than 1,200 people, according to official figures. "
        "Another storm killed 300 people in March 2015, officials said.",
        dateline=DAY,
    )
    today, past, earlier = story.claims
    assert today.measure.facet("then") is None
    assert past.measure.facet("then") == earlier.measure.facet("then") == "2015"
    assert claimcheck.check(story).ok


def test_only_a_figures_own_time_words_make_it_background() -> None:
    story = extract(
        "In all, 6.3 million voters cast a ballot, a turnout of 64.4%, up from 59.9% at the "
        "last election in March 2024, the commission said.",
        dateline=DAY,
    )
    voters, turnout, before = story.claims
    assert voters.measure.facet("then") is None
    assert turnout.measure.facet("then") is None
    assert before.measure.facet("then") == "2024"


def test_background_figures_of_one_past_period_still_meet() -> None:
    story = extract(
        "In June 2015, a heatwave killed more than 1,200 people, officials said. "
        "In June 2015, the heatwave killed 900 people, the hospital said.",
        dateline=DAY,
    )
    assert not claimcheck.check(story).ok


@pytest.mark.parametrize(
    ("text", "start"),
    [("The office said it would send 5,800 offers on Aug. 27.", datetime.date(2025, 8, 27)),
     ("The board will meet on Monday to approve 300 jobs.", datetime.date(2025, 5, 26)),
     ("Officials expect 40,000 visitors in January.", datetime.date(2026, 1, 1)),
     ("The office said it sent 5,800 offers on Aug. 27.", datetime.date(2024, 8, 27))],
)  # fmt: skip
def test_a_forecast_reads_a_date_without_a_year_ahead(text: str, start: datetime.date) -> None:
    (claim,) = extract(text, dateline=DAY).claims
    assert claim.when is not None
    assert claim.when.start == start


HEDGES = [
    ("About 1,000 soldiers from each side are expected to go home.", "expected"),
    ("Ukraine plans to produce 30,000 drones.", "planned"),
    ("Britain will raise spending to 2.5% of GDP.", "planned"),
    ("Spending is up from about 2.3% now.", None),
    ("Russia launched 40 drones.", None),
    ("Under the deal, 600 trucks of aid were to enter each day.", "planned"),
    ("Moscow aimed to produce 1,000 drones a month.", "planned"),
    ("The draft foresees a deficit of 271 billion zlotys.", "planned"),
    ("The Commission said it was ready to release up to 10 billion euros.", "planned"),
    ("Smoking was to blame for 12 deaths.", None),
    ("Aftershocks as strong as 6.0 might follow.", "expected"),
    ("Rescuers could reach only 12 villages.", None),
    ("The toll may rise above 50.", "expected"),
    ("The mayor said about 200 people may have been inside.", None),
    ("In May, 300 people were evacuated.", None),
    # After the figure, a clause of its own is not the figure's.
    ("The agency said it had used 9,000 litres and that its stocks would last a week.", None),
    ("The office said it had sent 800 tents and would fly food in on Friday.", None),
]


@pytest.mark.parametrize(("text", "hedge"), HEDGES)
def test_hedges(text: str, hedge: str | None) -> None:
    assert {c.hedge for c in extract(text, dateline=DAY).claims} == {hedge}


def _relations(text: str) -> list[tuple[str, tuple[str, ...]]]:
    story = extract(text, dateline=DAY)
    by_measure: dict[Measure, list[str]] = {}
    for claim in story.claims:
        if claim.span:
            by_measure.setdefault(claim.measure, []).append(text[claim.span[0] : claim.span[1]])
    out = []
    for relation in story.relations:
        members = tuple("+".join(by_measure.get(m, ["?"])) for m in relation.measures)
        out.append((relation.kind, members))
    return out


RELATIONS = [
    ("Russia launched 175 drones. Air defences downed 150 of those drones.",
     [("part-of", ("150", "175"))]),
    ("The air force said it destroyed 52 out of the 54 drones that Russia sent.",
     [("part-of", ("52", "54"))]),
    ("Air defences shot down 40 of at least 45 Russian drones.",
     [("part-of", ("40", "at least 45"))]),
    ("More than 1 million people fled south, of whom two-thirds were returnees.",
     [("share", ("two-thirds", "?", "More than 1 million"))]),
    ("A missile hit Sumy, killing 3 people. Among the dead were 2 children, officials said.",
     [("part-of", ("2", "3"))]),
    ("Officials said 20 children died in a fire. Four people were killed in Kharkiv, "
     "3 of them children.",
     [("part-of", ("3", "Four"))]),
    ("Russia launched 273 drones. Of those, 88 were intercepted and a further 128 were lost.",
     [("total", ("?", "88", "128")), ("part-of", ("?", "273"))]),
    ("The strike killed at least 34 people, including two children.",
     [("part-of", ("two", "at least 34"))]),
    ("There were 270 Russian soldiers and 120 Russian civilians swapped for 270 Ukrainian "
     "soldiers and 120 Ukrainian civilians.",
     [("total", ("?", "270", "120")), ("total", ("?", "270", "120")), ("same", ("?", "?"))]),
    ("Russia struck with a total of 367 drones and missiles, 298 drones and 69 missiles.",
     [("total", ("367", "298", "69"))]),
    ("Russia and Ukraine each released 150 prisoners.", [("same", ("150", "150"))]),
    # "of the displaced" is of a count of the displaced, not of whatever came before.
    ("The agency said 4,000 people were displaced. Rescuers had two excavators.\n\n"
     "UNICEF said about 1,100 of the displaced were children.",
     [("part-of", ("about 1,100", "4,000"))]),
    # A list goes on past a bracketed share of its first member.
    ("Rangers found 742 rhinos in Chitwan (91%), 46 in Bardiya and five in Parsa.",
     [("total", ("?", "742", "46", "five"))]),
    ("Russia and Ukraine completed the 1,000-for-1,000 exchange.",
     [("same", ("1,000-for-1,000", "1,000-for-1,000"))]),
    ("A missile killed at least 21 people, the governor said. A bus carrying about 30 "
     "passengers was hit, and five of the dead had been on board.",
     [("part-of", ("five", "at least 21"))]),
    ("Air defences downed 266 of the 298 drones (89%).",
     [("part-of", ("266", "298")), ("share", ("89%", "266", "298"))]),
    ("Of the 4,000 pupils who sat the test, 520 (13%) failed it, the board said.",
     [("part-of", ("520", "4,000")), ("share", ("13%", "520", "4,000"))]),
    ("Of the 6,000 valid votes, the Greens got 3,000 (50%), Labour 2,000 and the Liberals 900.",
     [("part-of", ("3,000", "6,000")), ("part-of", ("2,000", "6,000")),
      ("part-of", ("900", "6,000"))]),
    ("Of the 40 survivors, 25 were taken to hospital, four of them in serious condition.",
     [("part-of", ("25", "40")), ("part-of", ("four", "25"))]),
    ("Ten buses were stuck with about 900 riders, 300 of whom walked to safety.",
     [("part-of", ("300", "about 900"))]),
    ("Floods have hit nine of Ghana's 16 regions.", [("part-of", ("nine", "16"))]),
    ("Air defences downed 89% of the 298 drones.", [("share", ("89%", "?", "298"))]),
    ("Teams vaccinated 19 million children, or 86% of the 22 million targeted.",
     [("share", ("86%", "19 million", "22 million"))]),
    ("The fund asked for $20 million over nine months, of which $6 million has arrived.",
     [("part-of", ("$6 million", "$20 million"))]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "relations"), RELATIONS)
def test_relations_from_the_text(text: str, relations: list[tuple[str, tuple[str, ...]]]) -> None:
    found = _relations(text)
    for relation in relations:
        assert relation in found


def test_relation_types() -> None:
    story = extract("Air defences downed 266 of the 298 drones (89%).", dateline=DAY)
    assert {type(r) for r in story.relations} == {PartOf, Share}
    story = extract("Russia and Ukraine each released 150 prisoners.", dateline=DAY)
    assert {type(r) for r in story.relations} == {Same}
    story = extract(
        "They sent a total of 367 drones and missiles, 298 drones and 69 missiles.", dateline=DAY
    )
    assert Total in {type(r) for r in story.relations}


def test_each_without_two_named_sides_is_a_per_side_scope() -> None:
    (claim,) = extract(
        "A second stage followed, with 307 prisoners returned by each side.", dateline=DAY
    ).claims
    assert claim.measure.facet("side") == "each"


def test_a_figure_in_two_units_is_one_measure() -> None:
    first, second = extract(
        "The fire burned 23,713 acres (96 square kilometres).", dateline=DAY
    ).claims
    assert first.measure == second.measure


def test_implied_part_of_for_neutralized_and_launched() -> None:
    story = extract("Russia fired 78 missiles, and 59 missiles were shot down.", dateline=DAY)
    assert [r.kind for r in story.relations] == ["part-of"]


NOT_RELATED = [
    # "including" names some of the parts: never a total of the whole.
    ("Officials said a total of 400 trucks crossed on Monday, including 40 fuel tankers and "
     "15 trucks carrying tents.", "total"),
    # "of them" after a list is of the whole list, which no figure states.
    ("Russia used 120 missiles and 90 drones on Sunday, and more than 140 of them were "
     "shot down.", "part-of"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), NOT_RELATED)
def test_relations_the_text_does_not_state(text: str, kind: str) -> None:
    assert kind not in {relation for relation, _ in _relations(text)}


def test_including_gives_each_part() -> None:
    found = _relations(
        "Officials said a total of 400 trucks crossed on Monday, including 40 fuel tankers "
        "and 15 trucks carrying tents."
    )
    assert ("part-of", ("40", "400")) in found
    assert ("part-of", ("15", "400")) in found


def test_figures_told_apart_by_who_or_by_numbers_unique_in_the_story() -> None:
    measures = _measures(
        "AD took 89 of the 230 seats, the commission said.\n\n"
        "Chega won 60 seats, the commission said, and the Liberal Initiative won nine seats "
        "while the smaller parties took 14 seats and 11 seats."
    )
    assert measures["60"] == "seats[who=Chega]"
    assert measures["nine"] == "seats[who=Liberal Initiative]"
    items = [m for m in measures.values() if "item=" in m]
    assert len(items) == len(set(items))  # no two numbered items are one measure


def test_rates_are_not_totals() -> None:
    measures = _measures(
        "The line needs 50,000 passengers a day, against about 19,000 now. "
        "It has carried 12 million passengers since October."
    )
    assert "per=day" in measures["50,000"]
    assert "per=day" in measures["about 19,000"]
    assert "per=" not in measures["12 million"]


def test_a_restatement_in_another_unit_is_read_as_approximate() -> None:
    text = "Troops hold a 1,000-kilometer (620-mile) front line, the military said."
    story = extract(text, dateline=DAY)
    by_text = {text[c.span[0] : c.span[1]]: c for c in story.claims if c.span}
    assert by_text["620-mile"].figure.stated == "about 620-mile"
    assert by_text["1,000-kilometer"].figure.stated == "1,000-kilometer"
    assert by_text["620-mile"].measure == by_text["1,000-kilometer"].measure


def test_money_restated_in_another_currency_is_kept_apart() -> None:
    """No exchange rate is stated, so the two amounts are not compared."""
    text = "The plan raises spending to 200 billion zlotys ($55 billion), the ministry said."
    story = extract(text, dateline=DAY)
    first, second = story.claims
    assert second.measure == first.measure.with_facets(**{"in": "USD"})
    assert claimcheck.check(story).ok


def test_a_part_that_reads_like_its_whole_is_marked_a_part() -> None:
    text = (
        "The blast killed 21 people on Friday, officials said.\n\n"
        "Five of them had been on the bus, the mayor said."
    )
    story = extract(text, dateline=DAY)
    whole, part = story.claims
    assert part.measure == whole.measure.with_facets(part="1")
    assert PartOf(part=part.measure, whole=whole.measure) in story.relations
    assert claimcheck.check(story).ok


def test_a_share_of_a_numbered_whole_is_numbered_with_it() -> None:
    """A share restated in one paragraph is a share of each whole on its own (one measure
    per whole, so checking the story stays linear in the number of restatements)."""
    text = "Officials said 19 children, or 86% of the 22 children, were hurt. " * 3
    story = extract(text, dateline=DAY)
    shares = [r for r in story.relations if isinstance(r, Share)]
    assert len({r.share for r in shares}) == len(shares) == 3
    for share in shares:
        items = {m.facet("item") for m in (share.share, share.part, share.whole)}
        assert len(items) == 1
        assert None not in items
    assert not [f for f in claimcheck.check(story).findings if f.failing]
