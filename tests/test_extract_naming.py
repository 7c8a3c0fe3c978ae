"""Naming: the source a phrase names, as a table of phrases and what they give.

Behaviour under test: a document noun after a source names its publisher
("Eurostat data" is Eurostat's); "the statement" and "the survey" refer back
(to the last source, to the pollster) and "a report" names no one; a
spokesperson with no name speaks for the owner before the title or after
"for"; business titles are stripped from names; an acronym after a
description is the name; "United Nations" and "UN" are written "U.N.";
legal forms are not part of a name; capitalised organisation names are not
people; a possessive country is prefixed to a generic institution, not to a
proper name of its own; and which bodies are a country's own (`national`).
"""

from __future__ import annotations

import pytest

from claimcheck.extract.naming import national, read_source

PUBLISHERS = [
    ("Eurostat data", "Eurostat"),
    ("IMF estimates", "IMF"),
    ("Greek Finance Ministry statistics", "Greek Finance Ministry"),
    ("the Oslo Port Authority's latest figures", "Oslo Port Authority"),
    ("Harbor Analytics calculations", "Harbor Analytics"),
    ("the Bank of Canada's forecasts", "Bank of Canada"),
    ("a Reuters check", "Reuters"),
    ("the city's budget", "City"),
]


@pytest.mark.parametrize(("phrase", "name"), PUBLISHERS)
def test_a_document_names_its_publisher(phrase: str, name: str) -> None:
    named = read_source(phrase)
    assert named is not None
    assert (named.name, named.person) == (name, False)


REFERRING = [
    ("the statement", "any"),
    ("that report", "any"),
    ("the survey", "poll"),
    ("a poll published on Monday", "poll"),
    ("its quarterly report", "thing"),
    ("their latest estimates", "any"),
    ("the survey for the BBC", "poll"),  # who paid for a poll did not run it
]


@pytest.mark.parametrize(("phrase", "pronoun"), REFERRING)
def test_documents_without_an_owner_refer_back(phrase: str, pronoun: str) -> None:
    named = read_source(phrase)
    assert named is not None
    assert named.pronoun == pronoun


@pytest.mark.parametrize("phrase", ["a report", "a statement", "an analysis"])
def test_an_indefinite_document_names_no_one(phrase: str) -> None:
    assert read_source(phrase) is None


SPOKESPEOPLE = [
    ("a fire brigade spokesman", "Fire Brigade", True),
    ("a spokeswoman for the Red Cross", "Red Cross", False),
    ("a Greenpeace spokesperson", "Greenpeace", False),
    ("the Kremlin spokesman", "Kremlin", False),
    # Those who run a place speak for it: "the park" is then resolved to a named park.
    ("the park's management", "Park", True),
    ("the mine's operators", "Mine", True),
]


@pytest.mark.parametrize(("phrase", "name", "description"), SPOKESPEOPLE)
def test_a_nameless_spokesperson_speaks_for_the_owner(
    phrase: str, name: str, description: bool
) -> None:
    named = read_source(phrase)
    assert named is not None
    assert (named.name, named.person, named.description) == (name, False, description)


PEOPLE = [
    ("Chief Executive Officer Mara Lindqvist", "Mara Lindqvist", "executive"),
    ("Chief Financial Officer Tomas Berg", "Tomas Berg", "executive"),
    ("Chief Economist Ana Ruiz", "Ana Ruiz", "economist"),
    ("European Commissioner Ines Duarte", "Ines Duarte", "commissioner"),
    ("Chairwoman Kofi Mensah", "Kofi Mensah", "chair"),
    ("Managing Director Priya Nair", "Priya Nair", "director"),
    ("Kremlin spokesman Dmitry Orlov", "Dmitry Orlov", "spokesperson"),
    # Honorifics, ranks and portfolios are titles too.
    ("Datuk Aminah Yusof", "Aminah Yusof", "person"),
    ("Sir Alan Pryce", "Alan Pryce", "person"),
    ("Assistant Commissioner Joan Lee", "Joan Lee", "commissioner"),
    ("Minister for Finance Ciaran Walsh", "Ciaran Walsh", "minister"),
    ("Minister of Foreign Affairs Dewi Lestari", "Dewi Lestari", "minister"),
    # Lower-case words before a full name describe the person.
    ("farmer Joseph Otieno", "Joseph Otieno", "person"),
    ("retired teacher Mary Byrne", "Mary Byrne", "person"),
    ("Chief Executive Pieter van Dyk", "Pieter van Dyk", "executive"),
    # "X-General" is the title of an office's head, with or without "Deputy".
    ("Statistician-General Thandi Mokoena", "Thandi Mokoena", "statistician general"),
    ("Deputy Auditor-General Johan de Klerk", "Johan de Klerk", "auditor general"),
    ("Inspector General Ruth Okello", "Ruth Okello", "inspector general"),
    ("Controller-General Musa Bello", "Musa Bello", "controller general"),
]


@pytest.mark.parametrize(("phrase", "name", "kind"), PEOPLE)
def test_titles_are_stripped_from_people(phrase: str, name: str, kind: str) -> None:
    named = read_source(phrase)
    assert named is not None
    assert (named.name, named.kind, named.person) == (name, kind, True)


ORGANISATIONS = [
    ("the national statistics office INE", "INE"),
    ("the state power utility PLN", "PLN"),
    ("the U.N. children's agency UNICEF", "UNICEF"),
    ("Reform UK", "Reform UK"),
    ("the United Nations development programme", "U.N. Development Programme"),
    ("the UN human rights office", "U.N. Human Rights Office"),
    ("PT Garuda Indonesia", "Garuda Indonesia"),
    ("Brightline Inc.", "Brightline"),
    ("Harbor Analytics", "Harbor Analytics"),
    ("Northfield Polling", "Northfield Polling"),
    ("the National Audit Commission", "National Audit Commission"),
    ("Norway's Directorate of Fisheries", "Directorate of Fisheries"),
    ("Greece's civil protection agency", "Greek Civil Protection Agency"),
    ("Indonesia's Transport Ministry", "Indonesian Transport Ministry"),
    ("grid operator Northpower Energy", "Northpower Energy"),
    ("the state utility Kuasa Negara Berhad", "Kuasa Negara Berhad"),
    # A word that can be a title is none before a body's own name.
    ("Major League Baseball", "Major League Baseball"),
    ("the Justice Department", "Justice Department"),
    ("the State Emergency Service", "State Emergency Service"),
    # A long proper name keeps no possessive country; an apposition names the body.
    ("Indonesia's National Search and Rescue Agency", "National Search and Rescue Agency"),
    ("a passenger list released by its operator, PT Samudra Jaya", "Samudra Jaya"),
    ("a spokesman for Ferrylink", "Ferrylink"),
    ("the city's Senate Department for Transport", "Senate Department for Transport"),
    ("the CFDT union", "CFDT"),
    ("an Ipsos poll for Le Monde", "Ipsos"),
    ("economists at Halden Research", "Halden Research"),
    ("the Ministry of the Interior", "Interior Ministry"),
    ("the country's main nurses' union, the Sindicato de Enfermeras", "Sindicato de Enfermeras"),
    ("The WHO", "WHO"),
    ("U.N.", "U.N."),
    # A name that holds a country of two words is a body's ("Maritime New Zealand").
    ("Maritime New Zealand", "Maritime New Zealand"),
    ("Statistics South Africa", "Statistics South Africa"),
    # One word of two capitalised parts is a body's name ("Hydro-Québec", "Rolls-Royce").
    ("Hydro-Québec", "Hydro-Québec"),
]


@pytest.mark.parametrize(("phrase", "name"), ORGANISATIONS)
def test_organisation_names(phrase: str, name: str) -> None:
    named = read_source(phrase)
    assert named is not None
    assert (named.name, named.person) == (name, False)


def test_an_acronym_keeps_the_words_of_its_description() -> None:
    named = read_source("the state statistics agency INSTAT")
    assert named is not None
    assert named.kind == "agency"
    assert {"statistics", "agency"} <= named.words


@pytest.mark.parametrize("phrase", ["Elena Petrova", "Omar Haddad"])
def test_two_capitalised_words_with_no_organisation_word_are_a_person(phrase: str) -> None:
    named = read_source(phrase)
    assert named is not None
    assert named.person


NATIONAL = [
    ("the interior ministry", True),
    ("the Health Ministry", True),
    ("the Defence Ministry", True),
    ("the president's office", True),
    ("the civil protection agency", True),
    ("police", True),
    ("the regional authorities", False),
    ("the mayor's office", False),
    ("the U.N. refugee agency", False),
    ("the State Emergency Service", False),
    ("the National Audit Commission", False),
    ("Greek police", False),
    ("the governor", False),
]


@pytest.mark.parametrize(("phrase", "expected"), NATIONAL)
def test_which_bodies_are_a_countrys_own(phrase: str, expected: bool) -> None:
    named = read_source(phrase)
    assert named is not None
    assert national(named) is expected
