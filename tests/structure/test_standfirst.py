"""A standfirst the opening paragraph repeats is furniture; a different summary is kept."""

from __future__ import annotations

import pytest

import communique
from communique.model import Language

_REPEATED = {
    "fr": (
        "Le ministre de l'Europe s'est entretenu avec son homologue du Ghana à Accra.\n\n"
        "Le ministre de l'Europe s'est entretenu ce mardi avec son homologue du Ghana à Accra, "
        "où ils ont évoqué la coopération régionale.\n\n"
        "Les deux ministres ont salué la qualité de leurs échanges.\n"
    ),
    "en": (
        "The Foreign Secretary met her counterpart from Ghana in Accra.\n\n"
        "The Foreign Secretary met her counterpart from Ghana in Accra on Tuesday, where "
        "they discussed regional cooperation.\n\n"
        "Both ministers welcomed the quality of their talks.\n"
    ),
}
_DIFFERENT = {
    "fr": (
        "Une visite consacrée à la sécurité maritime et aux échanges universitaires.\n\n"
        "Le ministre de l'Europe s'est entretenu ce mardi avec son homologue du Ghana à Accra, "
        "où ils ont évoqué la coopération régionale.\n\n"
        "Les deux ministres ont salué la qualité de leurs échanges.\n"
    ),
    "en": (
        "A visit devoted to maritime security and university exchanges.\n\n"
        "The Foreign Secretary met her counterpart from Ghana in Accra on Tuesday, where "
        "they discussed regional cooperation.\n\n"
        "Both ministers welcomed the quality of their talks.\n"
    ),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_repeated_standfirst_is_furniture(language: Language) -> None:
    text = _REPEATED[language]
    doc = communique.parse(text, language=language)
    standfirst = text.split("\n\n")[0]
    assert standfirst in [mention.text for mention in doc.boilerplate]
    # The paragraph that repeats it, with more, stays the opening paragraph.
    opening = " ".join(standfirst.split()[:4])
    assert doc.paragraphs[0].text.startswith(opening)
    assert doc.paragraphs[0].text != standfirst
    assert len(doc.paragraphs) == 2


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_summary_in_other_words_is_not_furniture(language: Language) -> None:
    text = _DIFFERENT[language]
    doc = communique.parse(text, language=language)
    summary = text.split("\n\n")[0]
    assert summary not in [mention.text for mention in doc.boilerplate]
    assert summary in [p.text for p in doc.paragraphs] or doc.title == summary
