"""Parties named by their office holders, by official names, and the parties that are not.

Genre texts written for these tests: states whose ministers a host receives, a counterpart
named by the long official name of their state, an organisation speaking about a state, a
visit announced for later. Each rule has its near misses beside it.
"""

from __future__ import annotations

import pytest

import communique
from communique.gazetteer import gazetteer
from communique.load import load_text
from communique.resolve.delegates import delegate_states


def _parties(text: str) -> list[str]:
    return [party.name for party in communique.parse(text).parties]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the host's state is named again and again; each guest's once
            "Western Balkans ministerial\n\nVIENNA, 4 May 2026 – Austrian Foreign Minister "
            "Lena Gruber today welcomed the foreign ministers of Kosovo, Bosnia and "
            "Herzegovina, Montenegro and Albania to Vienna for a meeting of the Salzburg "
            "Forum. Austria has backed the forum since its founding.\n\nAustria will host "
            "the next round, Ms Gruber said. Austria and its partners agreed to meet again.",
            ["Austria", "Kosovo", "Bosnia and Herzegovina", "Montenegro", "Albania"],
        ),
        (
            "Réunion ministérielle\n\nLe ministre des Affaires étrangères de la Côte "
            "d'Ivoire, M. Yao Kouassi, a accueilli le 3 mai les ministres des affaires "
            "étrangères du Ghana, du Burkina Faso et du Liberia. La Côte d'Ivoire soutient "
            "la coopération régionale.\n\nLa Côte d'Ivoire accueillera la prochaine session.",
            ["Côte d'Ivoire", "Ghana", "Burkina Faso", "Liberia"],
        ),
        (  # counterparts "from" and "de" the states they serve
            "Ministerial meeting\n\nThe Minister for Foreign Affairs of Portugal, Mr Rui "
            "Lopes, hosted today in Lisbon his counterparts from Cabo Verde, Angola and "
            "Mozambique. Portugal values this partnership, and Portugal will stay engaged.",
            ["Portugal", "Cabo Verde", "Angola", "Mozambique"],
        ),
        (
            "Rencontre\n\nLa ministre des Affaires étrangères du Cameroun, Mme Alice Ngo, a "
            "reçu ses homologues du Tchad, du Gabon et de la République centrafricaine. Le "
            "Cameroun a rappelé son engagement. Le Cameroun accueillera le sommet.",
            ["Cameroun", "Tchad", "Gabon", "Centrafrique"],
        ),
    ],
)
def test_guests_named_by_their_office_take_part(text: str, expected: list[str]) -> None:
    assert _parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the ministers discuss states: topics, not guests
            "Talks in Dublin\n\nThe Minister for Foreign Affairs of Ireland, Ms Nora Walsh, "
            "today met the Foreign Minister of Finland in Dublin. The ministers discussed the "
            "future of Albania and the situation in Serbia. Ireland and Finland agreed.",
            ["Ireland", "Finland"],
        ),
        (  # an office after a topic preposition: its state is the topic
            "Déclaration\n\nLa ministre des Affaires étrangères du Canada, Mme Julie Roy, a "
            "condamné l'attaque contre le président du Mali. Le Canada est préoccupé. Le "
            "Canada appelle au calme.",
            ["Canada"],
        ),
        (  # a verb between the office and the state breaks the title
            "Entretien\n\nLe ministre des Affaires étrangères du Sénégal, M. Amadou Fall, a "
            "évoqué la situation du Mali et de la Guinée. Le Sénégal a rappelé ses priorités. "
            "Le Sénégal soutient la transition.",
            ["Sénégal"],
        ),
    ],
)
def test_states_after_a_verb_or_a_topic_are_no_guests(text: str, expected: list[str]) -> None:
    assert _parties(text) == expected


def test_delegates_are_read_in_the_opening_sentence_only() -> None:
    text = (
        "Meeting\n\nThe foreign ministers of Egypt and Jordan met today in Amman. They recalled "
        "the visit of the foreign ministers of Iraq and Lebanon last year."
    )
    doc = communique.Pipeline().until("choose_parties").run(load_text(text))
    assert delegate_states(doc) == {"EG", "JO"}


@pytest.mark.parametrize(
    ("language", "name", "key"),
    [
        ("fr", "République Algérienne Démocratique et Populaire", "DZ"),
        ("fr", "Royaume Hachémite de Jordanie", "JO"),
        ("fr", "République socialiste du Viet Nam", "VN"),
        ("fr", "États-Unis mexicains", "MX"),
        ("fr", "République arabe syrienne", "SY"),
        ("fr", "Grand-Duché de Luxembourg", "LU"),
        ("en", "Socialist Republic of Vietnam", "VN"),
        ("en", "United Mexican States", "MX"),
        ("en", "Hashemite Kingdom of Jordan", "JO"),
        ("en", "Oriental Republic of Uruguay", "UY"),
        ("en", "State of Libya", "LY"),
        ("en", "Republic of Kosovo", "XK"),
        ("fr", "République du Kosovo", "XK"),
    ],
)
def test_official_long_names_name_their_state(language: str, name: str, key: str) -> None:
    table = gazetteer("fr" if language == "fr" else "en")
    hits = table.find(f"le ministre de la {name}, M. X" if language == "fr" else f"of the {name}")
    assert [hit.keys for hit in hits] == [(key,)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Entretien\n\nLe ministre des Affaires étrangères du Niger, M. Issa Moussa, s'est "
            "entretenu avec le ministre d'État, ministre des Affaires étrangères, de la "
            "Coopération et des Affaires africaines de la République Algérienne Démocratique "
            "et Populaire, M. Karim Saadi. Le Niger a salué la qualité des relations. Le "
            "Niger et ses voisins.",
            ["Niger", "Algérie"],
        ),
        (
            "Call\n\nSecretary Dana Price spoke today with the Deputy Prime Minister of the "
            "Socialist Republic of Vietnam, Mr Pham Van Long. The United States welcomed "
            "progress. The United States will stay engaged with its partners.",
            ["Vietnam", "United States"],
        ),
    ],
)
def test_a_counterpart_named_by_the_official_name_of_their_state(
    text: str, expected: list[str]
) -> None:
    assert sorted(_parties(text)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Statement by the Secretary-General\n\nThe Secretary-General of the Commonwealth "
            "welcomes the peaceful conduct of the elections in Malawi and congratulates the "
            "people of Malawi and the President of Malawi.",
            ["Commonwealth"],
        ),
        (
            "Déclaration\n\nLe Secrétaire général de l'Organisation internationale de la "
            "Francophonie salue le climat apaisé des élections et félicite le peuple du Bénin "
            "et les ministres du Bénin.",
            ["Organisation internationale de la Francophonie"],
        ),
        (  # a president it congratulates is addressed, not taking part for his state
            "Statement\n\nThe Secretary-General of the Commonwealth congratulates President "
            "Peter Banda of Malawi on his re-election.",
            ["Commonwealth"],
        ),
        (
            "Déclaration\n\nLe Secrétaire général de l'Organisation de la coopération "
            "islamique félicite le Président Ali Mahamat du Tchad pour sa réélection.",
            ["Organisation de la coopération islamique"],
        ),
        (  # the title places the event it speaks about
            "Élections au Niger : l'OIF salue un scrutin apaisé\n\nLa Secrétaire générale de "
            "l'Organisation internationale de la Francophonie salue le climat apaisé dans "
            "lequel se sont tenues les élections au Niger.",
            ["Organisation internationale de la Francophonie"],
        ),
        (
            "Elections in Malawi: Commonwealth welcomes peaceful vote\n\nThe Commonwealth "
            "Secretary-General welcomes the peaceful conduct of the elections in Malawi.",
            ["Commonwealth"],
        ),
        (  # the issuer's bare office speaks
            "Statement attributable to the Spokesperson for the Secretary-General\n\nThe "
            "Secretary-General welcomes the signing of the accord between Djibouti and Somalia "
            "and commends the leaders of both countries. Djibouti and Somalia have shown "
            "courage.",
            ["United Nations"],
        ),
        (  # a readout of a meeting keeps the state of the person met
            "Readout\n\nThe Secretary-General met today with the Prime Minister of Somalia, "
            "Mr. Abdi Warsame, and welcomed the progress made.",
            ["Somalia", "United Nations"],
        ),
        (  # a verb of welcome taking a person hosts a guest: a meeting, not a statement
            "Readout\n\nThe Chairperson of the African Union Commission, Mr. Ali Osman, "
            "welcomed today the President of Zambia, Mr. Peter Phiri, at the headquarters.",
            ["African Union", "Zambia"],
        ),
        (  # a state that speaks beside it stays
            "Joint statement\n\nThe European Union and Japan welcome the elections in Malawi.",
            ["European Union", "Japan"],
        ),
    ],
)
def test_the_subject_of_an_organisations_statement_is_no_party(
    text: str, expected: list[str]
) -> None:
    assert _parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister to travel\n\nThe Minister for Foreign Affairs of Norway, Mr Erik Dahl, "
            "will travel to Estonia and Latvia next week. In Tallinn, he will meet the Prime "
            "Minister of Estonia.",
            ["Norway"],
        ),
        (
            "Déplacement\n\nDakar, le 5 mai 2026 - Le Président de la République du Sénégal "
            "effectuera une visite officielle au Ghana et au Togo à partir du 20 mai 2026. Il "
            "y rencontrera le Président du Ghana.",
            ["Sénégal"],
        ),
        (  # the title gives the time
            "Minister to visit Lithuania next week\n\nThe Minister for Foreign Affairs of "
            "Norway, Mr Erik Dahl, will travel to Lithuania, where he will meet the President "
            "of Lithuania.",
            ["Norway"],
        ),
        (  # the title names where the visit will go
            "Foreign Minister to visit Estonia and Latvia\n\nThe Minister for Foreign Affairs "
            "of Norway, Mr Erik Dahl, will travel to Estonia and Latvia next week.",
            ["Norway"],
        ),
        (  # a visit that starts on the day of the text is under way: its hosts take part
            "Visite\n\nDakar, le 5 mai 2026 - Le Président de la République du Sénégal "
            "effectuera une visite officielle au Ghana et au Togo du 5 au 7 mai 2026.",
            ["Sénégal", "Ghana", "Togo"],
        ),
        (  # an organisation's visit starting on the day of the text
            "Visit\n\nAddis Ababa, 12 March 2026: The Chairperson of the African Union "
            "Commission will undertake a visit that will take him to Kenya, from 12 to 13 "
            "March, and Uganda, on 14 March.",
            ["African Union", "Kenya", "Uganda"],
        ),
    ],
)
def test_an_announced_visit_has_no_hosts_yet(text: str, expected: list[str]) -> None:
    assert _parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Partnerships\n\nOslo, 2 June 2026 - Foreign Minister Erik Dahl will travel to "
            "Estonia and Latvia "
            "from 9 to 12 June to reaffirm Norway's long-standing partnerships with both "
            "countries.",
            ["Norway"],
        ),
        (
            "Partenariats\n\nLe ministre des Affaires étrangères, M. Erik Dahl, se rendra au "
            "Ghana et au Togo la semaine prochaine pour renforcer les partenariats du Sénégal.",
            ["Sénégal"],
        ),
    ],
)
def test_an_announced_visit_ends_at_its_purpose(text: str, expected: list[str]) -> None:
    """The author's state after a purpose ("to reaffirm Norway's …") is no destination."""
    assert _parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rencontre\n\nLa ministre des Affaires étrangères du Togo, Mme Ama Mensah, a reçu "
            "ses homologues béninois, ghanéen et ivoirien. Le Togo a rappelé son engagement. "
            "Le Togo accueillera la prochaine session.",
            ["Togo", "Bénin", "Ghana", "Côte d'Ivoire"],
        ),
        (
            "Meeting\n\nThe Minister for Foreign Affairs of Finland, Ms Aino Virtanen, hosted "
            "today in Helsinki her Swedish, Norwegian and Danish counterparts. Finland values "
            "this partnership and Finland will continue.",
            ["Finland", "Sweden", "Norway", "Denmark"],
        ),
        (  # demonyms that qualify no office: topics
            "Meeting\n\nThe Minister for Foreign Affairs of Finland, Ms Aino Virtanen, discussed "
            "the Swedish proposal and the Norwegian elections. Finland values this partnership "
            "and Finland will continue.",
            ["Finland"],
        ),
        (  # an office after a topic preposition
            "Statement\n\nThe Minister for Foreign Affairs of Finland, Ms Aino Virtanen, "
            "condemned the threats against the Estonian Prime Minister. Finland stands with "
            "its partners, and Finland will respond.",
            ["Finland"],
        ),
    ],
)
def test_a_demonym_next_to_an_office_names_a_guest(text: str, expected: list[str]) -> None:
    assert _parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Réunion ministérielle\n\nLe ministre de l'Europe et des Affaires étrangères, M. "
            "Luc Moreau, a accueilli le 3 mai les ministres des Affaires étrangères du Sénégal, "
            "de la Mauritanie et du Cap-Vert.",
            ["Cap-Vert", "France", "Mauritanie", "Sénégal"],
        ),
        (
            "Ministerial meeting\n\nThe Minister for Europe and Foreign Affairs, Mr Luc Moreau, "
            "welcomed today the foreign ministers of Senegal, Mauritania and Cabo Verde.",
            ["Cabo Verde", "France", "Mauritania", "Senegal"],
        ),
    ],
)
def test_a_host_named_by_an_office_of_its_own_state_only(text: str, expected: list[str]) -> None:
    assert sorted(_parties(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Salzburg Forum\n\nVIENNA, 4 May 2026 – Austrian Foreign Minister Lena Gruber "
            "chaired today the ministerial meeting of the Salzburg Forum. Taking part were the "
            "foreign ministers of Slovenia, Croatia and Hungary. Austria supports the region. "
            "Austria will host the next meeting.",
            ["Austria", "Slovenia", "Croatia", "Hungary"],
        ),
        (
            "Réunion\n\nLa ministre des Affaires étrangères du Cameroun, Mme Alice Ngo, a présidé "
            "ce mardi la réunion ministérielle. Ont également pris part à la réunion les "
            "ministres des Affaires étrangères du Gabon et du Tchad. Le Cameroun a rappelé son "
            "engagement. Le Cameroun accueillera la session suivante.",
            ["Cameroun", "Gabon", "Tchad"],
        ),
        (  # no office of the state: people from it
            "Meeting\n\nVIENNA – Foreign Minister Lena Gruber chaired today the meeting. "
            "Participants included representatives of civil society from Slovenia. Austria "
            "supports the region. Austria will host the next meeting.",
            ["Austria"],
        ),
    ],
)
def test_a_list_of_attendance_names_guests_by_their_office(text: str, expected: list[str]) -> None:
    assert _parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meeting\n\nLISBON – Portuguese Foreign Minister Rui Lopes today welcomed the "
            "foreign ministers of Angola and Mozambique, as well as Cabo Verde, to Lisbon. "
            "Portugal supports the region. Portugal will host the next meeting.",
            ["Portugal", "Angola", "Mozambique", "Cabo Verde"],
        ),
        (
            "Réunion\n\nLa ministre des Affaires étrangères du Togo, Mme Ama Mensah, a reçu les "
            "ministres des Affaires étrangères du Bénin et du Niger, ainsi que de la Guinée. Le "
            "Togo a rappelé son engagement. Le Togo accueillera la prochaine session.",
            ["Togo", "Bénin", "Niger", "Guinée"],
        ),
    ],
)
def test_a_list_of_guests_goes_on_after_as_well_as(text: str, expected: list[str]) -> None:
    assert _parties(text) == expected
