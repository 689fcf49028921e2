"""Parties of the communiqué: the author's state, hosts, topics and first-person speakers.

Each rule is shown on a genre text written for the test, beside a control text where the
cue is missing and the party is not chosen.
"""

from __future__ import annotations

import pathlib

import pytest

import communique


def _parties(text: str) -> list[str]:
    return [party.name for party in communique.parse(text).parties]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (  # a readout of an office: the dateline's capital gives its state
            "OTTAWA — The Prime Minister spoke today with President Lucía Ferrer of Chile. "
            "The leaders welcomed the growth of trade between Canada and Chile and agreed "
            "that Canada would host the next ministerial dialogue.",
            "Canada",
        ),
        (
            "📅 Niamey, mardi 4 mars 2025\n\nLe Premier Ministre M. Ali Garba a présidé ce "
            "mardi une réunion interministérielle sur la campagne agricole. Il a rappelé les "
            "priorités du Niger en matière de sécurité alimentaire.",
            "Niger",
        ),
        (  # a government body opening the statement in its own name
            "Dakar, le 5 mai 2025\n\nLe Gouvernement informe l'opinion que le Conseil des "
            "ministres a adopté ce jour le projet de loi sur la pêche artisanale. Cette loi "
            "renforce la souveraineté du Sénégal sur ses ressources.",
            "Sénégal",
        ),
        (  # after a dateline glued to the opening sentence
            "NAIROBI, 4 May 2025 — The Ministry of Foreign Affairs strongly condemns the "
            "attack against peacekeepers in Mali. Kenya stands with the families of the "
            "victims.",
            "Kenya",
        ),
        (  # no dateline: the state the text names most, and no one else's
            "Le ministère de l'Économie et des Finances, M. Koffi Adjovi, a tenu ce jeudi une "
            "conférence de presse sur le budget. Il a rappelé que le Bénin poursuit ses "
            "réformes et que la croissance du Bénin reste soutenue, malgré un recul des "
            "échanges avec la France.",
            "Bénin",
        ),
        (  # without "our": the Foreign Secretary's office and the state's name tell it
            "The Foreign Secretary spoke by telephone with the Foreign Minister of Norway, "
            "Ingrid Solberg, on Monday. They discussed energy security. The Foreign Secretary "
            "said that the United Kingdom is determined to help reach a lasting settlement.",
            "United Kingdom",
        ),
        (  # a party that opens a clause speaking as "we"
            "The Foreign Secretary spoke by telephone with the Foreign Minister of Norway, "
            "Ingrid Solberg, on Monday. They discussed energy security. The Foreign Secretary "
            "said that the United Kingdom is determined to do our part for a lasting "
            "settlement.",
            "United Kingdom",
        ),
        (
            "La ministre des Affaires étrangères a reçu hier une délégation de l'Union "
            "africaine. Le Sénégal et ses partenaires sont déterminés à poursuivre notre "
            "effort commun pour la paix.",
            "Sénégal",
        ),
        (  # two parties coordinated as the subject of "our"
            "The Prime Ministers met in Auckland on 3 March. They agreed that Fiji and Samoa "
            "are committed to our shared Pacific priorities. Tonga was not represented.",
            "Fiji",
        ),
        (  # the hosts of a visit, up to its topic
            "The Secretary-General of the Commonwealth, Ms. Amara Okafor, begins today a tour "
            "of the Caribbean during which she will travel to Jamaica, Barbados and Grenada to "
            "discuss the situation in Haiti.",
            "Barbados",
        ),
        (
            "En visite officielle au Japon du 3 au 5 mai, le Président Jean Mbeki a rencontré "
            "le Premier ministre Kenji Sato pour évoquer la situation en Corée du Nord.",
            "Japon",
        ),
        (  # a meeting in a capital, beside a named participant
            "The Foreign Minister of Chile, Ms. Carmen Rojas, was received by her counterpart "
            "Mr. Luis Quispe in Lima on Tuesday. The two ministers reviewed cooperation "
            "between Chile and Peru.",
            "Peru",
        ),
        (
            "M. Paul Durand, ministre des Affaires étrangères, a été reçu par son homologue "
            "M. João Pereira à Lisbonne lundi. Les deux ministres ont salué l'amitié entre la "
            "France et le Portugal.",
            "Portugal",
        ),
    ],
)
def test_party_found_by_its_part(text: str, party: str) -> None:
    """The author's state, a host or a speaker is a party though named once or twice."""
    assert party in _parties(text)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (  # the dateline's state is never named: not invented from the capital alone
            "OTTAWA — The Prime Minister spoke today with President Lucía Ferrer of Chile. "
            "The leaders welcomed the growth of trade and agreed to meet again in the autumn.",
            "Canada",
        ),
        (  # a body that is no government's does not speak for the dateline's state
            "Dakar, le 5 mai 2025\n\nLe Comité d'organisation informe l'opinion que le "
            "tournoi a été reporté. Cette décision renforce la sécurité du Sénégal.",
            "Sénégal",
        ),
        (  # a state only talked about is not the author of an office's statement
            "Le ministre des Affaires étrangères, M. Paul Durand, a condamné l'attaque "
            "perpétrée hier au Burkina Faso. Le Burkina Faso traverse une crise grave ; le "
            "peuple burkinabè peut compter sur la solidarité internationale.",
            "Burkina Faso",
        ),
        (  # "our" after a preposition's object: "measures taken by X that threaten us"
            "The Secretary of State met the Foreign Minister of Japan, Kenji Sato, on Monday. "
            "They deplored the measures taken by Belarus that threaten us and our neighbours.",
            "Belarus",
        ),
        (  # without "our" neither of them speaks
            "The Prime Ministers met in Auckland on 3 March. They agreed that Fiji and Samoa "
            "are committed to shared Pacific priorities. Tonga was not represented.",
            "Fiji",
        ),
        (  # an office organisations hold too gives no state: "Secretary-General"
            "The Secretary-General welcomed today the signing of the peace agreement. He "
            "commends Ghana for its patient mediation and thanks Ghana for hosting the talks.",
            "Ghana",
        ),
        (  # "travel advice" is no visit
            "The Foreign Office has updated its travel advice after the attack of 3 May in Mali.",
            "Mali",
        ),
        (  # the topic of a visit is not its host
            "The Secretary-General of the Commonwealth, Ms. Amara Okafor, begins today a tour "
            "of the Caribbean during which she will travel to Jamaica, Barbados and Grenada to "
            "discuss the situation in Haiti.",
            "Haiti",
        ),
        (
            "En visite officielle au Japon du 3 au 5 mai, le Président Jean Mbeki a rencontré "
            "le Premier ministre Kenji Sato pour évoquer la situation en Corée du Nord.",
            "Corée du Nord",
        ),
        (  # a meeting in the seat of an organisation adds no state the text never names
            "The Foreign Minister of Chile, Ms. Carmen Rojas, met her counterpart Mr. Jan "
            "Peeters in Brussels on Tuesday on the margins of the ministerial meeting.",
            "Belgium",
        ),
        (  # a capital in a sentence of a participant, far from them: an event's place
            "Santiago, 3 May 2024. The Foreign Minister of Chile, Ms. Carmen Rojas, condemned "
            "the cowardly terrorist attack that killed five people in Lima on Sunday. Chile "
            "stands with Peru.",
            "Peru",
        ),
        (  # a state before an event noun in a headline is its place; "to discuss" a topic
            "Ministers to gather at Kenya summit to discuss Sudan\n\nBERLIN (Reuters) - "
            "Germany said on Monday that its development minister would attend a regional "
            "meeting to discuss Sudan.",
            "Kenya",
        ),
        (
            "Ministers to gather at Kenya summit to discuss Sudan\n\nBERLIN (Reuters) - "
            "Germany said on Monday that its development minister would attend a regional "
            "meeting to discuss Sudan.",
            "Sudan",
        ),
    ],
)
def test_party_not_chosen_without_its_part(text: str, party: str) -> None:
    """A state named without a part in the communiqué is no party."""
    assert party not in _parties(text)


def test_organisation_before_an_event_noun_keeps_its_title_place() -> None:
    """An organisation's own event ("NATO summit"), unlike a state's ("Kenya summit")."""
    text = "NATO summit to open in July\n\nThe allies will meet for two days."
    assert "NATO" in _parties(text)


_PAGE = """<html lang="en"><head><title>PM call with the President of Ghana</title>
<link rel="canonical" href="https://{host}/government/news/pm-call-with-ghana">
</head><body><main><h1>PM call with the President of Ghana</h1>
<p>The Prime Minister spoke by telephone with Ghana's President, Kwame Mensah, on Tuesday.</p>
<p>The leaders discussed the UK's trade with West Africa and agreed to speak again soon.</p>
</main></body></html>"""


@pytest.mark.parametrize(("host", "chosen"), [("www.gov.uk", True), ("www.example.com", False)])
def test_page_address_gives_the_author_state(host: str, chosen: bool) -> None:
    """A page's canonical address on a country's domain tells whose office speaks."""
    parties = [party.name for party in communique.parse_html(_PAGE.format(host=host)).parties]
    assert ("United Kingdom" in parties) is chosen
    assert "Ghana" in parties


def test_front_matter_address_gives_the_author_state(tmp_path: pathlib.Path) -> None:
    """A front matter's ``url`` is read as a page's canonical address."""
    text = (
        '---\ntitle: "Entretien du ministre"\nurl: "https://www.diplomatie.gouv.fr/fr/a"\n---\n\n'
        "Le ministre des Affaires étrangères, M. Paul Durand, a reçu ce mardi son homologue "
        "du Ghana, M. Kwame Mensah. Les échanges de la France avec la région ont progressé.\n"
    )
    path = tmp_path / "entretien.md"
    path.write_text(text, encoding="utf-8")
    assert "France" in [party.name for party in communique.parse_file(path).parties]
    path.write_text(text.replace("diplomatie.gouv.fr", "exemple.org"), encoding="utf-8")
    assert "France" not in [party.name for party in communique.parse_file(path).parties]


_UNNAMED_HOME = {
    "en": (
        "National Security Advisor Paul Deroux met today with Minister for Trade Kwame Mensah "
        "of Ghana. Mr. Deroux stressed the importance of our relationship with Ghana.\n"
    ),
    "fr": (
        "Le conseiller à la sécurité nationale, M. Paul Deroux, a reçu ce mardi le ministre du "
        "Commerce du Ghana, M. Kwame Mensah. Il a rappelé l'importance de notre relation.\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "host", "state"),
    [
        ("en", "www.whitehouse.gov", "United States"),
        ("en", "www.example.com", None),
        ("fr", "www.diplomatie.gouv.fr", "France"),
        ("fr", "www.journal-exemple.fr", None),
    ],
)
def test_government_address_gives_an_unnamed_author_state(
    tmp_path: pathlib.Path, language: str, host: str, state: str | None
) -> None:
    """An official with no state on a government's own site acts for it, named or not.

    A newspaper's site of the same country tells nothing: its state is the press's.
    """
    path = tmp_path / "readout.md"
    path.write_text(f'---\nurl: "https://{host}/news/a"\n---\n\n{_UNNAMED_HOME[language]}')
    parties = [party.name for party in communique.parse_file(path).parties]
    if state is None:
        assert "United States" not in parties
        assert "France" not in parties
    else:
        assert state in parties


@pytest.mark.parametrize(
    ("front", "body", "parties"),
    [
        (
            "title: Statement by Japan, Canada and Norway on the situation in Mali",
            "The region faces many challenges, from the climate crisis to the pandemic. The "
            "Forum committed to organise its members as one.\n\nAs our countries—Japan, Canada "
            "and Norway—continue to support the region, our officials met in Valmont on June 23 "
            "and 24 with partners, including France, on Mali.",
            ["Japan", "Canada", "Norway"],
        ),
        (
            "title: Déclaration de la Belgique, du Sénégal et du Maroc sur la situation au Mali",
            "La région fait face à de nombreux défis, du climat à la pandémie. Le Forum s'est "
            "engagé à rassembler ses membres.\n\nAlors que nos pays — la Belgique, le Sénégal "
            "et le Maroc — continuent de soutenir la région, nos hauts fonctionnaires se sont "
            "réunis à Valmont les 23 et 24 juin avec leurs partenaires, dont la France, au "
            "sujet du Mali.",
            ["Belgique", "Sénégal", "Maroc"],
        ),
    ],
)
def test_a_front_matter_title_names_the_parties_as_a_printed_one_does(
    front: str, body: str, parties: list[str]
) -> None:
    """A front matter's title is no mention, but the states it names as authors are parties.

    The state it names as its topic ("on the situation in Mali") is none.
    """
    assert _parties(f"---\n{front}\n---\n\n{body}") == parties
