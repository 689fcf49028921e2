"""Persons, roles, affiliations, participation, parties and aliases, French and English."""

from __future__ import annotations

import pytest

import communique
from tests.casefile import Case, read_cases
from tests.render import render_participants

CASES = [*read_cases("participants_fr.txt"), *read_cases("participants_en.txt")]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_participants_case(case: Case) -> None:
    """Persons, parties and aliases render as the case expects."""
    assert render_participants(communique.parse(case.input)) == case.expected


def test_honorific_storm_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text of honorifics alone names no one and reads at most MAX_CANDIDATES of them."""
    from communique.extract import titled_names
    from communique.extract.names import parse_name
    from communique.extract.persons import MAX_CANDIDATES

    calls = 0

    def counting(*args: object, **kwargs: object) -> object:
        nonlocal calls
        calls += 1
        return parse_name(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(titled_names, "parse_name", counting)
    doc = communique.parse("M. " * (MAX_CANDIDATES * 3), language="fr")
    assert doc.persons == ()
    assert 0 < calls <= MAX_CANDIDATES


def test_candidates_past_the_cap_are_not_read() -> None:
    """Past the per-document cap, a further honorific and name are not read."""
    from communique.extract.persons import MAX_CANDIDATES

    storm = "Mme " * MAX_CANDIDATES + "."  # a stop: a line of prose, no glued ticker
    doc = communique.parse(f"{storm}\n\nM. Jean Dupont a signé l'accord.", language="fr")
    assert doc.persons == ()
    assert communique.parse("M. Jean Dupont a signé l'accord.", language="fr").persons


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "London, 3 March 2025\n\nAna Pires, legal adviser to the candidate, was detained.",
            "legal adviser to the candidate",
        ),
        (
            "Paris, 3 mars 2025\n\nMme Lise Roy, la ministre de la culture, a visité.",
            "ministre de la culture",
        ),
        ("Paris, 3 mars 2025\n\nM. Paul Moreau, l'ambassadeur de Suisse, a reçu.", "ambassadeur"),
    ],
)
def test_role_loses_a_whole_article_only(text: str, role: str) -> None:
    """An opening article leaves the role, but not the letters of a word that starts like one."""
    assert [person.role for person in communique.parse(text).persons] == [role]


def test_a_ministry_in_capitals_after_a_label_is_no_person() -> None:
    """A wire's closing "SOURCE Ministère des …" names a body, not a person "Source"."""
    text = (
        "Québec, le 3 mars 2026\n\nLa ministre Anne Roy a reçu son homologue.\n\n"
        "SOURCE Ministère des Relations internationales et de la Francophonie\n"
    )
    assert [person.name for person in communique.parse(text).persons] == ["Anne Roy"]


@pytest.mark.parametrize(
    "text",
    [
        "Spokesperson Zhou Ming's Regular Press Conference on 3 March 2026\n\n"
        "Zhou Ming: Good afternoon. I have no announcements.\n\n"
        "Daily Courier: Can you tell us about the talks with Peru? What is your comment?\n\n"
        "Zhou Ming: President Karl Dahl and Premier Ana Ruiz held fruitful talks in Lima.",
        "Point de presse du porte-parole, 3 mars 2026\n\nZhou Ming : Bonjour à tous.\n\n"
        "Radio Atlantique : Pouvez-vous nous parler des entretiens avec le Pérou ? Quel est "
        "votre commentaire ?\n\nZhou Ming : Le président Karl Dahl et la Première ministre "
        "Ana Ruiz ont eu des entretiens fructueux à Lima.",
    ],
)
def test_a_medium_asking_opens_the_answers_of_a_briefing(text: str) -> None:
    """A medium's labelled line ending with "?" is a question; its answers name no participant."""
    persons = {person.name: person.participant for person in communique.parse(text).persons}
    assert persons["Karl Dahl"] is False
    assert persons["Ana Ruiz"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Wellington, 3 March 2026\n\nWe welcome the upgrade of the Chile-New Zealand FTA, in "
        "force since April 2024, and the Japan-Peru RAA. Kaja KALLAS also spoke.",
        "Santiago, 3 mars 2026\n\nNous saluons la mise à niveau de l'ALE Chili-Nouvelle-Zélande "
        "FTA et le Japon-Pérou RAA. Kaja KALLAS a aussi pris la parole.",
    ],
)
def test_an_acronym_after_party_names_is_no_family_name(text: str) -> None:
    """An acronym after party names ("New Zealand FTA") is no family name; "KALLAS" is."""
    assert [person.name for person in communique.parse(text).persons] == ["Kaja Kallas"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Lomé, le 3 mars 2026\n\nLes deux ministres ont signé le procès-verbal.\n\n"
            "Pour la République togolaise              Pour la République du Bénin\n"
            "Robert DUSSEY                              Olushegun ADJADI BAKARI\n",
            ["Robert Dussey", "Olushegun Adjadi Bakari"],
        ),
        (
            "Tokyo, 3 March 2026\n\nMinister IWAYA Takeshi met Minister Kaja KALLAS.\n",
            ["Takeshi Iwaya", "Kaja Kallas"],
        ),
    ],
)
def test_a_given_name_after_a_family_name_in_capitals_opens_another_name(
    text: str, names: list[str]
) -> None:
    """Signatures side by side ("Robert DUSSEY   Olushegun ADJADI") are two persons."""
    assert [person.name for person in communique.parse(text).persons] == names


def test_a_person_attending_together_with_the_members_takes_part() -> None:
    """Members "attended, together with the Secretary General, X": X attended too."""
    text = (
        "Apia, 11 August 2026\n\n1. The meeting was held in Apia. Ministers from all member "
        "states attended, together with the Secretary General of the Pacific Islands Forum, Mele "
        "Tupou."
    )
    persons = {person.name: person.participant for person in communique.parse(text).persons}
    assert persons == {"Mele Tupou": True}


@pytest.mark.parametrize(
    "text",
    [
        "Phnom Penh, le 3 mars 2026\n\nSamdech Thipadei Hun Manet, Premier ministre du Royaume "
        "du Cambodge, a reçu le ministre.\n",
        "Phnom Penh, 3 March 2026\n\nSamdech Thipadei Hun Manet, Prime Minister of Cambodia, "
        "received the minister.\n",
    ],
)
def test_a_cambodian_honorific_chain_is_no_part_of_the_name(text: str) -> None:
    """The title "Samdech Thipadei" is no part of the name: the name is Hun Manet."""
    assert [person.name for person in communique.parse(text).persons] == ["Hun Manet"]


def test_a_role_head_followed_by_a_name_is_no_second_office() -> None:
    """After a comma, "Minister Paul Roy" is another person, not a second office of Haddad."""
    text = (
        "Rabat, 9 May 2026\n\nMs. Lea Haddad, Minister of Economy, Minister Paul Roy and "
        "Mr. Ali Tan signed the accord."
    )
    roles = {person.name: person.role for person in communique.parse(text).persons}
    assert roles == {"Lea Haddad": "minister of economy", "Paul Roy": "minister", "Ali Tan": None}


def test_a_title_that_is_an_office_is_the_role_of_last_resort() -> None:
    """After a demonym, "Ambassador" opens an office; alone, the style states it all the same."""
    text = (
        "Rome, 9 May 2026\n\nThe Minister met Italian Ambassador Marco Ferri and His "
        "Excellency Ambassador Lars Holm."
    )
    roles = {person.name: person.role for person in communique.parse(text).persons}
    assert roles == {"Marco Ferri": "ambassador", "Lars Holm": "ambassador"}


def test_an_office_below_a_name_is_not_the_next_signatory_s() -> None:
    """Names each above their office: the office under A is not B's, B's below it is not A's."""
    text = (
        "Dakar, le 12 juin 2026\n\nLe Conseil a adopté le décret.\n\nAwa DIOP\n\n"
        "Ministre de l'Éducation\n\nPaul SECK\n\nMinistre de la Santé\n"
    )
    roles = {person.name: person.role for person in communique.parse(text).persons}
    assert roles.get("Paul Seck") != "ministre de l'éducation"
    assert set(roles) == {"Awa Diop", "Paul Seck"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nukuʻalofa, 12 June 2026\n\nThe Minister met Hon. Sione ʻULUAVE and Prime Minister "
            "Dr ʻAlesana Fifita.",
            ["Sione ʻUluave", "ʻAlesana Fifita"],
        ),
        (
            "Nukuʻalofa, le 12 juin 2026\n\nLe ministre a reçu M. Sione ʻULUAVE et le Premier "
            "ministre ʻAlesana Fifita.",
            ["Sione ʻUluave", "ʻAlesana Fifita"],
        ),
    ],
)
def test_a_modifier_letter_opens_a_name(text: str, names: list[str]) -> None:
    """The ʻokina is a letter of the name: kept, and the capital after it kept in capitals."""
    assert [person.name for person in communique.parse(text).persons] == names
