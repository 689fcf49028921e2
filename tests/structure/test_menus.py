"""A site's menu read as a list is furniture; a list printed with its bullets alone is text."""

from __future__ import annotations

import pytest

import communique

_LISTS = {
    "fr": (
        "Le Kalvora et le Norland renforcent leur coopération\n\nValmont, le 10 mars 2026\n\n"
        "Les deux ministres ont retenu les secteurs prioritaires suivants :\n"
        "{0}\nAgriculture\n{0}\nÉnergie\n{0}\nSanté\n{0}\nÉducation\n\n"
        "Ils se reverront en mai à Valmont pour faire le point.\n"
    ),
    "en": (
        "Kalvora and Norland strengthen their cooperation\n\nValmont, 10 March 2026\n\n"
        "The two ministers agreed on the following priority sectors:\n"
        "{0}\nAgriculture\n{0}\nEnergy\n{0}\nHealth\n{0}\nEducation\n\n"
        "They will meet again in Valmont in May to take stock.\n"
    ),
}

_MENUS = {
    "fr": (
        "- Accueil\n- Ministère\n-\nActualité\n- L'aperçu des actualités\n- Communiqués\n-\n"
        "Le 7 novembre 2026, le gouvernement du Kalvora a organisé les premières élections "
        "depuis vingt ans.\n"
    ),
    "en": (
        "- Home\n- Ministry\n-\nNews\n- News overview\n- Press releases\n-\n"
        "On 7 November 2026, the government of Kalvora held the first elections in twenty "
        "years.\n"
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("bullet", ["•", "-"])
def test_a_list_with_its_bullets_alone_stays_text(language: str, bullet: str) -> None:
    """Each bullet printed on its own line above its item (a PDF's list) is no menu."""
    doc = communique.parse(_LISTS[language].format(bullet))
    furniture = {mention.text for mention in doc.boilerplate}
    assert "Agriculture" not in furniture
    assert any(p.text == "Agriculture" for p in doc.paragraphs)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_menu_of_bulleted_links_is_furniture(language: str) -> None:
    """Short bulleted links around empty bullets, a section's label among them: a menu."""
    doc = communique.parse(_MENUS[language])
    furniture = {mention.text for mention in doc.boilerplate}
    assert {"Actualité", "- Communiqués"} <= furniture or {"News", "- Press releases"} <= furniture
    assert [p.text[:6] for p in doc.paragraphs] == (["Le 7 n"] if language == "fr" else ["On 7 N"])
