"""The organisation that issues a communiqué is a party (communique.resolve.issuers)."""

from __future__ import annotations

import communique


def _parties(text: str) -> list[tuple[str, str | None, list[str]]]:
    doc = communique.parse(text)
    for party in doc.parties:
        for mention in party.mentions:
            assert text[mention.start : mention.end] == mention.text
    return [(p.name, p.code, [m.text for m in p.mentions]) for p in doc.parties]


def test_office_readout_names_the_organisation_by_its_office() -> None:
    text = "The Deputy Secretary-General spoke today with Prime Minister Ana Costa of Cabo Verde."
    assert _parties(text)[-1] == ("United Nations", "UN", ["Deputy Secretary-General"])


def test_an_office_of_another_organisation_is_no_un_readout() -> None:
    text = "The Secretary-General of the Commonwealth met President Ana Costa of Cabo Verde."
    assert "UN" not in {code for _, code, _ in _parties(text)}


def test_a_label_before_the_text_names_the_organisation() -> None:
    text = (
        "Note aux correspondants\n\nLa réunion sur le climat s'est tenue à Genève le 3 mars 2025."
    )
    assert ("ONU", "UN", ["Note aux correspondants"]) in _parties(text)


def test_organ_and_organisation_with_its_acronym_are_one_party() -> None:
    text = (
        "The Peace and Security Council of the African Union (AU), at its 1400th meeting on "
        "2 June 2025, adopted the following decision on Sudan."
    )
    parties = _parties(text)
    assert [(name, code) for name, code, _ in parties] == [
        ("Peace and Security Council of the African Union", "PSC")
    ]


def test_a_host_state_is_no_party_of_a_members_declaration() -> None:
    text = (
        "We, the Leaders of the Pacific Islands Forum, met in Apia, Samoa, on 3 June 2025.\n\n"
        "We thanked Samoa for hosting us. Samoa has hosted the meeting twice."
    )
    assert [code for _, code, _ in _parties(text)] == ["PIF"]


def test_states_speaking_together_at_an_organisation_summit_stay_parties() -> None:
    text = (
        "We, the Leaders of Australia, Japan and India, met at the G20 summit in "
        "Johannesburg on 22 November 2025 and reaffirmed our partnership."
    )
    codes = [code for _, code, _ in _parties(text)]
    assert {"AUS", "JPN", "IND"} <= set(codes)
