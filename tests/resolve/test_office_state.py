"""The author's state of a ministry's own release that seldom names it.

Offices whose name tells their state (communique.resolve.office_state), the capital where
a government office acts, and visits that are no part of the event reported. Genre texts
written for the test, each beside a control where the cue is missing.
"""

from __future__ import annotations

import pytest

import communique
from communique.load import load_text
from communique.resolve.office_state import office_state


def _parties(text: str) -> list[str]:
    doc = communique.parse(text)
    for party in doc.parties:
        assert party.mentions
        for mention in party.mentions:
            assert text[mention.start : mention.end] == mention.text
    return [party.name for party in doc.parties]


def _office(text: str) -> str | None:
    doc = communique.Pipeline().until("find_parties").run(load_text(text))
    found = office_state(doc)
    return None if found is None else found.key


_BRIEFING = (
    "Transcript of the weekly briefing by the Official Spokesperson (4 June 2025)\n\n"
    "Official Spokesperson, Shri Vivek Rao: Good afternoon and welcome to this briefing.\n\n"
    "{office} will be in Canberra on 9 and 10 June for the foreign ministers' framework "
    "dialogue, and will call on the Governor-General.\n\n"
    "Question: Is there any update on the evacuation from Sudan?\n\n"
    "Official Spokesperson, Shri Vivek Rao: Our mission remains in touch with our nationals; "
    "India has called for a ceasefire."
)

_READOUT = (
    "Secretary Hale's call with Nigerian Foreign Minister Adeyemi\n\n"
    "The following is attributable to Spokesperson Laura Finch:\n\n"
    "Secretary of State Daniel Hale spoke today with Nigerian Foreign Minister Tunde Adeyemi. "
    "The Secretary welcomed Nigeria's mediation in the region."
)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (_BRIEFING.format(office="External Affairs Minister"), "India"),
        (_READOUT, "United States"),
        (
            "Point de presse du porte-parole\n\nLe Quai d'Orsay a reçu ce mardi les "
            "représentants des organisations humanitaires actives au Soudan. La porte-parole a "
            "rappelé l'engagement de la France en faveur d'un cessez-le-feu.",
            "France",
        ),
        (
            "Entretien téléphonique avec le président du Kenya\n\nLe Kremlin a annoncé "
            "mercredi que le président s'est entretenu avec son homologue kényan, M. John "
            "Mwangi, de la coopération dans le domaine de l'énergie.",
            "Russie",
        ),
    ],
)
def test_an_office_that_names_its_state_gives_the_author(text: str, state: str) -> None:
    assert state in _parties(text)


def test_the_office_is_the_mention_of_a_state_the_text_never_names() -> None:
    doc = communique.parse(_READOUT)
    party = next(p for p in doc.parties if p.code == "USA")
    assert [m.text for m in party.mentions] == ["Secretary of State"]


@pytest.mark.parametrize(
    "text",
    [
        # a cue that tells its state only with another: "Secretary of State" is British too
        "The Secretary of State spoke today with the Foreign Minister of Ghana, Ama Boateng. "
        "They discussed trade and agreed to meet again at the next ministerial.",
        # the seat as a place where another state's president is received
        "President Aidos Serikov of Kazakhstan was received at the Kremlin on 4 June 2025. "
        "The talks covered energy and transport corridors.",
        # an office after which another state is named
        "The Ministry of External Affairs of Nepal welcomed the delegation on 4 June 2025.",
        # two states told alike: none
        "The White House and the Kremlin both announced on 4 June 2025 that the talks would "
        "resume.",
    ],
)
def test_no_state_without_an_office_that_tells_it(text: str) -> None:
    assert _office(text) is None


def test_two_cues_tell_the_state_together() -> None:
    text = (
        "The following is attributable to Spokesperson Laura Finch:\n\n"
        "Secretary of State Daniel Hale met the Foreign Minister of Ghana on 4 June 2025."
    )
    assert _office(text) == "US"
    assert _office(text.split("\n\n")[1]) is None


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "COMMUNIQUÉ DU CONSEIL DES MINISTRES\n\nLe Président de la République, Son "
            "Excellence Monsieur Idriss Koné, a présidé ce mercredi 4 juin 2025 le Conseil des "
            "ministres au Palais présidentiel à Niamey.\n\nLe Chef de l'État a salué la "
            "coopération avec le Ghana dans le domaine de l'énergie.\n\nLe ministre des "
            "Finances a rendu compte de l'exécution du budget du Niger.",
            "Niger",
        ),
        (
            "Cabinet meeting\n\nThe President chaired the weekly Cabinet meeting at State "
            "House in Lusaka on 4 June 2025.\n\nCabinet approved the agreement with Namibia on "
            "the Trans-Caprivi corridor and the 2026 budget framework of Zambia.",
            "Zambia",
        ),
    ],
)
def test_the_capital_where_the_office_acts_gives_its_state(text: str, state: str) -> None:
    parties = _parties(text)
    assert state in parties
    assert len(parties) == 1


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "COMMUNIQUÉ DU CONSEIL DES MINISTRES\n\nLe Président de la République a présidé ce "
            "mercredi 4 juin 2025 le Conseil des ministres, au lendemain de sa visite de "
            "travail au Maroc.\n\nLe Chef de l'État a demandé au Gouvernement d'accélérer la "
            "distribution des semences.",
            "Maroc",
        ),
        (
            "Cabinet meeting\n\nOn his return from his state visit to Japan, the President "
            "chaired the weekly Cabinet meeting on 4 June 2025.\n\nCabinet approved the "
            "budget framework for 2026.",
            "Japan",
        ),
    ],
)
def test_a_visit_before_the_event_reported_has_no_host_party(text: str, absent: str) -> None:
    assert absent not in _parties(text)


_COUNCIL = (
    "COMPTE RENDU DU CONSEIL DES MINISTRES\n\nLe Chef de l'État, Son Excellence Monsieur "
    "Pierre Ondoua, a présidé ce jeudi 5 juin 2025 au Palais de l'Unité un Conseil des "
    "ministres.\n\nLe Chef de l'État a salué la signature de l'accord de partenariat avec la "
    "France. La France a par ailleurs annoncé l'envoi d'experts en appui à la réforme.\n\n"
    "Le ministre des Finances a présenté l'exécution du budget : {amount}."
)


@pytest.mark.parametrize(
    "amount", ["1 200 milliards de FCFA de recettes", "des recettes en hausse de 4 %"]
)
def test_a_partner_named_in_passing_is_not_the_author(amount: str) -> None:
    """A partner ("avec la France") or a state speaking in a later paragraph is no author."""
    assert "France" not in _parties(_COUNCIL.format(amount=amount))


@pytest.mark.parametrize(
    ("amount", "chosen"),
    [("un excédent de 300 milliards de FCFA", False), ("un excédent de 300 millions", True)],
)
def test_the_currency_of_the_amounts_keeps_the_author_among_its_users(
    amount: str, chosen: bool
) -> None:
    """The state named most must use a currency the text gives amounts in."""
    text = (
        "COMMUNIQUÉ DU CONSEIL DES MINISTRES\n\nLe Premier ministre a présidé ce jeudi 5 juin "
        "2025 un Conseil des ministres consacré à l'économie.\n\nLe Maroc a été cité en exemple "
        "pour ses réformes ; le Maroc et ses ports ont été évoqués, et le Maroc encore pour sa "
        f"politique agricole. Le Gabon a dégagé {amount}."
    )
    assert ("Maroc" in _parties(text)) is chosen


def test_a_state_speaking_after_the_opening_paragraph_is_only_reported() -> None:
    text = (
        "PM call with the President of Ghana\n\nLONDON — The Prime Minister spoke to the "
        "President of Ghana, Kwame Mensah, this afternoon about trade between the UK and "
        "Ghana.\n\nThe leaders discussed the war in Ukraine. Russia said on Monday that it "
        "would not take part in the talks."
    )
    parties = _parties(text)
    assert "Ghana" in parties
    assert "Russia" not in parties


@pytest.mark.parametrize(
    ("text", "author", "asked_about"),
    [
        (
            "Foreign Ministry Spokesperson's Regular Press Conference on 4 June 2025\n\n"
            "Xinhua: Vietnam said yesterday that it will hold naval drills with India. What is "
            "your comment?\n\nSpokesperson: China firmly opposes any move that raises tensions "
            "in the region. We urge Vietnam to act with restraint. China will keep talking "
            "with its neighbours.",
            "China",
            "Vietnam",
        ),
        (
            "Point de presse du porte-parole\n\nQ - Quelle est la réaction à l'annonce du "
            "gouvernement vénézuélien ?\n\nR - La France condamne fermement cette décision et "
            "appelle le Venezuela au dialogue. La France se tient aux côtés de ses partenaires "
            "européens.",
            "France",
            "Venezuela",
        ),
    ],
)
def test_a_briefing_speaks_in_its_answers_not_in_its_questions(
    text: str, author: str, asked_about: str
) -> None:
    parties = _parties(text)
    assert author in parties
    assert asked_about not in parties


_LETTERHEAD = (
    "{head}\nUn Peuple – Un But – Une Foi\n\nSECRÉTARIAT GÉNÉRAL DU GOUVERNEMENT\n\n"
    "COMMUNIQUÉ DU CONSEIL DES MINISTRES DU MERCREDI 4 JUIN 2025\n\nLe Conseil des Ministres "
    "s'est réuni le mercredi 4 juin 2025 sous la présidence du Chef de l'État.\n\nLe Chef de "
    "l'État a salué la coopération avec le Ghana dans le domaine de l'énergie."
)


@pytest.mark.parametrize(("head", "state"), [("RÉPUBLIQUE DU NIGER", "NE"), ("Niger", None)])
def test_a_letterhead_in_its_official_form_names_the_author(head: str, state: str | None) -> None:
    """A bare short name over a page may be a section label: no letterhead."""
    assert _office(_LETTERHEAD.format(head=head)) == state


def test_a_letterhead_gives_the_author_of_a_text_that_never_names_it() -> None:
    doc = communique.parse(_LETTERHEAD.format(head="RÉPUBLIQUE DU NIGER"))
    assert [(p.name, [m.text for m in p.mentions]) for p in doc.parties] == [
        ("Niger", ["RÉPUBLIQUE DU NIGER"])
    ]


def test_a_capital_where_an_office_meets_someone_is_not_its_seat() -> None:
    """Only a verb of sitting at home ("chaired", "a présidé") makes the capital the seat."""
    text = (
        "The Prime Minister met business leaders in Brussels on 4 June 2025 to talk about "
        "investment.\n\nThe talks covered the energy transition and the growth of Belgium's "
        "ports."
    )
    assert "Belgium" not in _parties(text)
    assert "Belgium" in _parties(text.replace(" met business leaders in", " chaired a council in"))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Berne, 12.05.2026 - Le chef du Département fédéral des affaires étrangères (DFAE), "
            "le conseiller fédéral Marc Keller, a reçu ce mardi à Berne son homologue péruvien, "
            "Luis Paredes.\n\nIl s'agissait de la première visite d'un ministre péruvien en "
            "Suisse depuis 2017. Les entretiens ont porté sur le commerce.\n\nLe conseiller "
            "fédéral Keller a rappelé que la Suisse reste disposée à offrir ses bons offices.",
            "Suisse",
        ),
        (
            "Bern, 12 May 2026 - The head of the Federal Department of Foreign Affairs, "
            "Federal Councillor Marc Keller, received his Peruvian counterpart Luis Paredes in "
            "Bern on Tuesday.\n\nIt was the first visit of a Peruvian minister to Switzerland "
            "since 2017. The talks covered trade.\n\nFederal Councillor Keller recalled that "
            "Switzerland remains ready to offer its good offices.",
            "Switzerland",
        ),
    ],
)
def test_a_federal_councillor_under_a_capital_dateline_speaks_for_that_state(
    text: str, state: str
) -> None:
    """A Swiss minister's title names no state: the dateline's capital gives it."""
    assert state in _parties(text)


def test_a_deputy_spokespersons_readout_under_the_spokesperson_office_is_american() -> None:
    """Two weak cues tell the State Department: its formula and the Secretary of State."""
    text = (
        "Secretary's Call with Peruvian Foreign Minister Paredes\n\nREADOUT\n\nThe "
        "following is attributable to Principal Deputy Spokesperson Ana Cruz:\n\nSecretary "
        "of State Mark Hale spoke by telephone today with Peruvian Foreign Minister Luis "
        "Paredes. They discussed fisheries cooperation and Peru's hosting of the regional "
        "summit."
    )
    assert "United States" in _parties(text)


def test_the_un_spokespersons_office_alone_tells_no_state() -> None:
    """One weak cue is not enough: the UN's spokesperson has an office too."""
    text = (
        "Note to Correspondents\n\nOFFICE OF THE SPOKESPERSON FOR THE SECRETARY-GENERAL\n\n"
        "The Secretary-General spoke today with the Foreign Minister of Peru, Luis Paredes. "
        "They discussed fisheries cooperation in the Pacific."
    )
    assert "United States" not in _parties(text)


def test_an_official_spokespersons_briefing_with_indian_honorifics_is_indian() -> None:
    """The formula "Official Spokesperson" and the honorific "Shri" together tell India."""
    text = (
        "Transcript of Weekly Media Briefing by the Official Spokesperson\n\nOfficial "
        "Spokesperson, Shri Arun Mehta: Good afternoon. First, the Prime Minister of Peru "
        "will visit next week. Second, our Minister spoke yesterday with his Chilean "
        "counterpart on trade.\n\nQuestion (Ravi Nair, Daily Courier): Will agreements be "
        "signed?\n\nOfficial Spokesperson, Shri Arun Mehta: Let the visit take place first."
    )
    assert "India" in _parties(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Minister concludes visit to Peru\n\nNews release\n\nMarch 3, 2026 - Ottawa, "
            "Ontario - Global Affairs Canada\n\nThe Minister of Foreign Affairs today concluded "
            "a visit to Peru and Chile, where she met her counterparts.",
            "Canada",
        ),
        (
            "La ministre conclut sa visite au Pérou\n\nOttawa, le 3 mars 2026\n\nAffaires "
            "mondiales Canada annonce que la ministre des Affaires étrangères a conclu "
            "aujourd'hui une visite au Pérou et au Chili, où elle a rencontré ses homologues.",
            "Canada",
        ),
    ],
)
def test_a_foreign_affairs_department_named_with_its_state_tells_the_author(
    text: str, state: str
) -> None:
    """A department whose name holds its state's name authors its release."""
    assert state in _parties(text)


_MEETING = "{opening} in London this morning to talk about UK-Ireland border checks."


@pytest.mark.parametrize(
    ("opening", "state"),
    [
        # The guest's title tells the guest's state, not the text's.
        ("The Foreign Secretary met Taoiseach Paul Koranda", "GB"),
        # Opening the sentence, the titled person is its subject and may speak for it.
        ("Taoiseach Paul Koranda met the Foreign Secretary", "IE"),
    ],
)
def test_an_office_titling_the_guest_is_not_the_voice(opening: str, state: str) -> None:
    text = "Meeting in London\n\n" + _MEETING.format(opening=opening)
    doc = communique.Pipeline().until("link_persons").run(load_text(text))
    found = office_state(doc)
    assert found is not None
    assert found.key == state


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Minister hosts French counterpart for trade talks\n\n"
            "12 March 2027 – Ottawa, Ontario – Global Affairs Canada\n\n"
            "The Minister of International Trade, Anne Serel, hosted the Minister for Europe "
            "and Foreign Affairs, Paul Koranda, for talks on critical minerals.",
            "CA",
        ),
        (
            "La ministre accueille son homologue français\n\n"
            "Le 12 mars 2027 – Ottawa (Ontario) – Affaires mondiales Canada\n\n"
            "La ministre du Commerce international, Anne Serel, a accueilli le ministre de "
            "l'Europe et des Affaires étrangères, Paul Koranda, pour parler des minerais "
            "critiques.",
            "CA",
        ),
    ],
)
def test_an_office_in_a_header_line_outweighs_the_guests_in_the_text(text: str, state: str) -> None:
    assert _office(text) == state
