"""Organisations as parties: the issuer of a summit text, organs, acronyms, name forms.

Each rule is shown on French and English genre texts written for the test.
"""

from __future__ import annotations

import pytest

import communique


def _parties(text: str) -> list[str]:
    doc = communique.parse(text)
    for party in doc.parties:
        for mention in party.mentions:
            assert text[mention.start : mention.end] == mention.text
    return [party.name for party in doc.parties]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the members of an organisation as the subject, without "We"
            "Declaration of Bamako\n\nThe Heads of State and Government of the member countries "
            "of the Southern African Development Community, gathered in Lusaka on 9 June 2025, "
            "adopted this declaration. They welcomed the elections held in Malawi and thanked "
            "Zambia for its hospitality.",
            ["Southern African Development Community"],
        ),
        (
            "Déclaration de Lomé\n\nLes Chefs d'État et de Gouvernement des États membres de "
            "l'Union économique et monétaire ouest-africaine, réunis à Lomé le 9 juin 2025, ont "
            "adopté la présente déclaration. Ils ont remercié le Togo pour son hospitalité.",
            ["Union économique et monétaire ouest-africaine"],
        ),
        (  # the organ made of the members speaks as the organisation; its chair's state no party
            "The Authority of Heads of State and Government of the East African Community held "
            "its 24th summit in Arusha on 30 November 2025, chaired by H.E. John Mwangi, "
            "President of Kenya. The Authority reviewed the security situation in Somalia.",
            ["East African Community"],
        ),
        (  # named by no organisation in the lead: the one whose summit the title names
            "Déclaration finale du Sommet de la CEEAC\n\nLes Chefs d'État et de Gouvernement, "
            "réunis à Libreville les 2 et 3 juin 2025, ont examiné la situation au Tchad et "
            "remercié le Gabon pour son accueil.",
            ["CEEAC"],
        ),
        (
            "IGAD Summit Communiqué\n\nThe Heads of State and Government, meeting in Djibouti "
            "on 2 June 2025, considered the situation in South Sudan and thanked Djibouti for "
            "hosting the summit.",
            ["IGAD"],
        ),
    ],
)
def test_members_speaking_as_one_make_the_organisation_the_party(
    text: str, expected: list[str]
) -> None:
    """A declaration of an organisation's heads of state is the organisation's."""
    assert _parties(text) == expected


def test_members_named_by_their_states_speak_for_them() -> None:
    """Ministers named by their states ("of Egypt and Jordan") speak for those states."""
    text = (
        "Joint statement on the Arab League summit\n\nThe foreign ministers of Egypt and "
        "Jordan met in Cairo on 3 June 2025 and reaffirmed their support for the ceasefire."
    )
    parties = _parties(text)
    assert "Egypt" in parties
    assert "Jordan" in parties
    assert "Arab League" not in parties


@pytest.mark.parametrize(
    ("text", "organ", "parent"),
    [
        (
            "The Defence and Security Council of the Economic Community of West African States, "
            "at its 14th ordinary session held in Accra on 4 June 2025, reviewed the situation "
            "in the Sahel.",
            "Defence and Security Council of the Economic Community of West African States",
            "Economic Community of West African States",
        ),
        (
            "Le Conseil de défense et de sécurité de l'Union du fleuve Mano, en sa 9e session "
            "ordinaire tenue à Freetown le 4 juin 2025, a examiné la situation régionale.",
            "Conseil de défense et de sécurité de l'Union du fleuve Mano",
            "Union du fleuve Mano",
        ),
    ],
)
def test_an_organ_speaks_not_its_organisation(text: str, organ: str, parent: str) -> None:
    """The organ is the party, as written; the organisation it belongs to is not also one."""
    parties = _parties(text)
    assert organ in parties
    assert parent not in parties
    assert "UN Security Council" not in parties


def test_the_tail_of_another_body_name_is_not_the_security_council() -> None:
    text = (
        "The National Security Council met on 3 June 2025 under the chairmanship of the "
        "President to review the situation on the northern border."
    )
    assert "UN Security Council" not in _parties(text)


def test_a_security_council_after_an_article_is_still_the_un_organ() -> None:
    text = (
        "The Security Council held an emergency meeting on 3 June 2025. The members of the "
        "Security Council condemned the attack against peacekeepers."
    )
    assert "UN Security Council" in _parties(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The ILO welcomed today the entry into force of the Convention on violence and "
            "harassment. The ILO will support its member States in applying it.",
            "ILO",
        ),
        (
            "L'OIT a salué aujourd'hui l'entrée en vigueur de la Convention sur la violence et "
            "le harcèlement. L'OIT accompagnera ses États membres dans sa mise en œuvre.",
            "OIT",
        ),
        (
            "L'OMS a annoncé ce mardi le lancement d'une campagne de vaccination. L'OMS "
            "mobilisera ses équipes dans toute la région.",
            "OMS",
        ),
        (
            "The World Health Organization launched a vaccination campaign today. The World "
            "Health Organization (WHO) will deploy teams across the region.",
            "World Health Organization",
        ),
        (
            "The EU welcomed the agreement today. The EU will support its implementation.",
            "European Union",
        ),
    ],
)
def test_an_organisation_goes_by_the_form_its_text_uses_most(text: str, name: str) -> None:
    """A long name the text abbreviates goes by its acronym; a two-word name stays written out."""
    assert name in _parties(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Communiqué conjoint Côte d’Ivoire – Burkina Faso\n\nLa Côte d’Ivoire et le "
            "Burkina Faso ont signé à Abidjan un accord sur la sécurité frontalière.",
            "Côte d'Ivoire",
        ),
        (
            "Joint communiqué Cote d'Ivoire – Ghana\n\nCôte d’Ivoire and Ghana signed in Accra "
            "an agreement on cocoa pricing.",
            "Côte d'Ivoire",
        ),
    ],
)
def test_one_spelling_names_a_party_whatever_the_apostrophe(text: str, name: str) -> None:
    """Typographic and straight apostrophes name one party, listed in the gazetteer's form."""
    parties = _parties(text)
    assert parties.count(name) == 1
    assert not any("’" in party for party in parties)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (  # the grouping is where the states meet; the states named are the parties
            "BRICS ministers to meet on the margins of the summit\n\nBERLIN (Reuters) - Foreign "
            "ministers of Brazil and India will meet on the sidelines of the BRICS summit to "
            "discuss trade, Brazil said on Monday.",
            "BRICS",
            "Brazil",
        ),
        (
            "Réunion en marge du G20\n\nLe ministre des Affaires étrangères du Japon et son "
            "homologue de l'Inde se sont entretenus en marge du sommet du G20 à Johannesburg. "
            "Le Japon a salué le dialogue.",
            "G20",
            "Japon",
        ),
    ],
)
def test_a_grouping_is_no_party_beside_its_member_states(
    text: str, absent: str, present: str
) -> None:
    parties = _parties(text)
    assert absent not in parties
    assert present in parties


def test_a_grouping_whose_members_go_unnamed_stays_a_party() -> None:
    text = (
        "G7 Leaders' Statement\n\nWe, the Leaders of the G7, met by video conference on "
        "3 June 2025 and reaffirmed our commitment to an open and stable world economy."
    )
    assert _parties(text) == ["G7"]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Joint statement of the ministerial meeting on the Great Lakes\n\nThe foreign "
            "ministers of Rwanda, Burundi and Uganda met in Geneva, Switzerland, on 4 June 2025 "
            "and agreed on a joint verification mechanism.",
            "Switzerland",
        ),
        (
            "Déclaration conjointe sur les Grands Lacs\n\nLes ministres des Affaires étrangères "
            "du Rwanda, du Burundi et de l'Ouganda, réunis à Genève (Suisse) le 4 juin 2025, ont "
            "convenu d'un mécanisme conjoint de vérification.",
            "Suisse",
        ),
        (
            "Joint statement on the Great Lakes\n\nThe foreign ministers of Rwanda, Burundi and "
            "Uganda met at UN Headquarters in New York, United States, on 4 June 2025.",
            "United States",
        ),
    ],
)
def test_the_country_of_a_meeting_city_is_no_party(text: str, host: str) -> None:
    """The state named after the city where others meet locates it: a place, not a party."""
    parties = _parties(text)
    assert host not in parties
    assert len(parties) == 3


@pytest.mark.parametrize(
    ("text", "topic", "author"),
    [
        (
            "Ottawa, 4 June 2025\n\nThe Ministry of Foreign Affairs expresses its support for "
            "Chile's position on the boundary dispute. Canada calls on both parties to resume "
            "talks.",
            "Chile",
            "Canada",
        ),
        (
            "Dakar, le 4 juin 2025\n\nLe ministère des Affaires étrangères exprime sa solidarité "
            "avec le Tchad après les inondations. Le Sénégal se tient prêt à apporter son aide.",
            "Tchad",
            "Sénégal",
        ),
        (
            "Communiqué sur la réunion consacrée au Soudan\n\nLe Sénégal a participé le 4 juin "
            "2025 à la réunion ministérielle et a appelé à un cessez-le-feu.",
            "Soudan",
            "Sénégal",
        ),
    ],
)
def test_a_state_supported_or_discussed_is_a_topic(text: str, topic: str, author: str) -> None:
    parties = _parties(text)
    assert topic not in parties
    assert author in parties


@pytest.mark.parametrize(
    ("text", "organisation", "chair_state"),
    [
        (
            "OSCE Chairperson-in-Office welcomes the ceasefire\n\nVIENNA, 4 June 2025 – The OSCE "
            "Chairperson-in-Office, Malta's Foreign Minister Paul Farrugia, welcomed today the "
            "ceasefire agreed by the sides and offered the support of the Organization.",
            "OSCE",
            "Malta",
        ),
        (
            "Déclaration du Président en exercice de l'Union africaine\n\nLe Président en "
            "exercice de l'Union africaine, Son Excellence M. Paulo Mendes, Président de la "
            "République du Mozambique, exprime sa préoccupation face aux violences dans l'est "
            "de la République démocratique du Congo.",
            "Union africaine",
            "Mozambique",
        ),
        (
            "Final communiqué of the SADC Summit\n\nThe Summit of the Southern African "
            "Development Community was held in Gaborone on 4 June 2025 under the chairmanship "
            "of H.E. Thabo Molefe, President of the Republic of Botswana.",
            "SADC",
            "Botswana",
        ),
    ],
)
def test_the_chair_of_an_organisation_is_no_party_for_their_state(
    text: str, organisation: str, chair_state: str
) -> None:
    parties = _parties(text)
    assert organisation in parties
    assert chair_state not in parties
    assert "République démocratique du Congo" not in parties


def test_a_chair_word_outside_an_organisation_text_leaves_the_states() -> None:
    text = (
        "Joint communiqué of Kenya and Tanzania\n\nThe Joint Commission met in Arusha on "
        "4 June 2025 under the chairmanship of the Foreign Minister of Kenya, Ms. Wanjiru "
        "Kamau, and her counterpart of Tanzania. Kenya and Tanzania signed a transport accord."
    )
    parties = _parties(text)
    assert "Kenya" in parties
    assert "Tanzania" in parties


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La RDC et l'Angola ont signé un accord de sécurité frontalière à Luanda.",
            "République démocratique du Congo",
        ),
        (
            "The DRC and Angola signed a border security agreement in Luanda.",
            "Democratic Republic of the Congo",
        ),
        (
            "Le Congo-Brazzaville et le Gabon ont signé un accord forestier à Libreville.",
            "République du Congo",
        ),
    ],
)
def test_states_are_listed_in_the_form_diplomatic_prose_uses(text: str, name: str) -> None:
    """Not CLDR's "Congo-Kinshasa" / "Congo - Kinshasa"."""
    assert name in _parties(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kenya Meets African Union Envoy\n\nThe talks covered the Sahel.", "African Union"),
        ("Ghana Signs Loan Agreement With World Bank\n\nThe loan funds roads.", "World Bank"),
    ],
)
def test_a_title_in_title_case_keeps_its_organisations(text: str, name: str) -> None:
    """Every word of such a title is capitalised: none is the head of another name."""
    assert name in _parties(text)


def test_states_meeting_at_an_organisation_summit_are_the_parties() -> None:
    text = (
        "Joint statement of Greece and Cyprus at the NATO Summit\n\nThe Ministers met on "
        "4 June 2025 and agreed to deepen their cooperation on energy security."
    )
    parties = _parties(text)
    assert "Greece" in parties
    assert "Cyprus" in parties


def test_an_organisation_after_a_coordinated_name_is_still_itself() -> None:
    text = (
        "UK Foreign Secretary David Lammy and United Nations Secretary-General Ana Ruiz met in "
        "London on 4 June 2025 to discuss the situation in Sudan."
    )
    assert "United Nations" in _parties(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY SECRETARIAT\nPrivate Bag 0095, Gaborone\n\n"
            "MINISTERIAL COMMITTEE OUTCOMES STATEMENT\n\nGaborone, Botswana, 3 June 2026\n\n"
            "1. The Ministerial Committee met in Gaborone, chaired by the Hon. Kabo Sello, "
            "Minister of Foreign Affairs of Botswana. Ministers welcomed the support of "
            "Zambia and Namibia for the regional early-warning centre.",
            ["Southern African Development Community"],
        ),
        (
            "COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE CENTRALE\nSecrétariat général, "
            "Libreville\n\nCOMMUNIQUÉ FINAL\n\nLibreville, le 3 juin 2026\n\n1. Le Conseil "
            "des ministres s'est réuni à Libreville sous la présidence de M. Paul Ndong, "
            "ministre des Affaires étrangères du Gabon. Il a salué l'appui du Tchad et du "
            "Cameroun au centre régional d'alerte précoce.",
            ["Communauté économique des États de l'Afrique centrale"],
        ),
    ],
)
def test_an_organisations_letterhead_makes_it_the_issuer(text: str, expected: list[str]) -> None:
    """A text printed under an organisation's letterhead is the organisation's."""
    assert _parties(text) == expected


def test_a_letterhead_leaves_the_states_a_title_names() -> None:
    """On an organisation's paper, a joint statement with a state is between both."""
    text = (
        "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY SECRETARIAT\n\nJoint Statement of the SADC "
        "Secretariat and Zambia\n\nLusaka, 3 June 2026\n\nThe Executive Secretary and the "
        "Government of Zambia signed a memorandum on regional early warning. Zambia will "
        "host the regional centre."
    )
    assert "Zambia" in _parties(text)


def test_a_party_on_whose_behalf_the_title_speaks_is_no_topic() -> None:
    """The title says "on behalf of the EU": the EU speaks, so it is the party, no topic."""
    text = (
        "Declaration by the High Representative on behalf of the EU on the ocean treaty\n\n"
        "Today, the treaty on ocean minerals enters into force. The European Union and its "
        "Member States welcome this milestone. The EU will support its implementation."
    )
    assert _parties(text) == ["European Union"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the organ's acronym between its name and its organisation's
            "Communiqué\n\nAdopted by the Peace and Security Council (PSC) of the African Union "
            "(AU) at its 1412th meeting, held on 9 June 2026, on the situation in Chad:\n\nThe "
            "Council requests the AU Commission to follow up.",
            ["Peace and Security Council of the African Union"],
        ),
        (
            "Communiqué\n\nLe Conseil de paix et de sécurité (CPS) de l'Union africaine (UA), "
            "en sa 1412e réunion tenue le 9 juin 2026, a examiné la situation au Tchad. Le "
            "Conseil demande à la Commission de l'UA d'assurer le suivi.",
            ["Conseil de paix et de sécurité de l'Union africaine"],
        ),
        (  # the organisation's name before its organ's
            "Press statement\n\nThe African Union Peace and Security Council, at its 1413th "
            "meeting held on 10 June 2026, condemned the attack on civilians in Chad.",
            ["African Union Peace and Security Council"],
        ),
    ],
)
def test_an_organ_named_with_its_organisation_is_one_party(text: str, expected: list[str]) -> None:
    assert _parties(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "AFRICAN UNION\n\nPEACE AND SECURITY COUNCIL\n1414TH MEETING\n\nCOMMUNIQUÉ\n\n"
            "Adopted by the Peace and Security Council of the African Union at its 1414th "
            "meeting, held on 11 June 2026, on the situation in the Great Lakes:\n\nThe "
            "Council requests the AU Commission to report.",
            ["Peace and Security Council of the African Union"],
        ),
        (
            "UNION AFRICAINE\n\nCONSEIL DE PAIX ET DE SÉCURITÉ\n1414E RÉUNION\n\nCOMMUNIQUÉ\n\n"
            "Adopté par le Conseil de paix et de sécurité de l'Union africaine lors de sa 1414e "
            "réunion, tenue le 11 juin 2026, sur la situation dans les Grands Lacs :\n\nLe "
            "Conseil demande à la Commission de l'UA de faire rapport.",
            ["Conseil de paix et de sécurité de l'Union africaine"],
        ),
    ],
)
def test_a_parent_letterhead_over_an_organ_makes_no_second_party(
    text: str, expected: list[str]
) -> None:
    assert _parties(text) == expected
