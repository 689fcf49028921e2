"""Typographic apostrophes and quotes change nothing in the instruments found.

A text typed with straight apostrophes and quotes and the same text typeset with ’, “ ”
or « » must give the same agreements: every lookup key folds them the same way.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import communique
from communique.model import Communique

_FIXTURES = sorted((Path(__file__).parent.parent.parent / "fixtures").glob("*/*.txt"))
_APOSTROPHES = ("’",)
_QUOTE_PAIRS = (("“", "”"), ("«", "»"))

_FRENCH = [
    "Les ministres ont signé un protocole d'accord pour établir un conseil de haut niveau.",
    "Ils ont salué le mémorandum d'entente sur la coopération maritime.",
    "L'accord-cadre d'association entre l'Union européenne et le Chili est entré en vigueur.",
    "Le traité d'amitié et de coopération reste la pierre angulaire.",
    'Le plan "Horizon bleu" a été adopté.',
    "La feuille de route d'Ottawa sur l'action humanitaire.",
    "l'accord d'accès réciproque (RAA) ; le RAA facilitera les exercices.",
    "Ils ont rappelé la résolution 68/262 de l'Assemblée générale.",
    "des accords de coopération en matière d'énergie",
    "Aujourd'hui, le présent communiqué conjoint a été publié.",
]
_ENGLISH = [
    "They signed the Memorandum of Understanding on Maritime Cooperation.",
    'Leaders endorsed the strategy entitled "Blue Horizon 2030".',
    "They recalled the Treaty of Amity and Cooperation in Southeast Asia (TAC).",
    "Ministers welcomed the Lomé Outlook on Maritime Security's adoption.",
    "They recalled the country's plans to hold elections and the Paris Agreement.",
    "The Council recalled resolution 2406 (2018) and S/RES/2231.",
]


def _typeset(text: str, apostrophe: str, quotes: tuple[str, str]) -> str:
    """``text`` with straight apostrophes and quotes replaced, one character for one."""
    out, opening = [], True
    for char in text:
        if char == "'":
            out.append(apostrophe)
        elif char == '"':
            out.append(quotes[0] if opening else quotes[1])
            opening = not opening
        else:
            out.append(char)
    return "".join(out)


def _fold(text: str) -> str:
    return text.replace("’", "'").replace("«", '"').replace("»", '"')


def _view(doc: Communique) -> list[tuple[object, ...]]:
    """The agreements with names folded: spans stay, typeset characters are one for one."""
    return [
        (
            _fold(a.name),
            a.acronym,
            a.kind,
            a.number,
            a.body,
            [(m.start, m.end) for m in a.mentions],
            [(s.status, s.mention.start, s.date) for s in a.status],
        )
        for a in doc.agreements
    ]


def _same_results(text: str, language: str | None = None) -> None:
    plain = _view(communique.parse(text, language=language))  # type: ignore[arg-type]
    for apostrophe in _APOSTROPHES:
        for pair in _QUOTE_PAIRS:
            typeset = _typeset(text, apostrophe, pair)
            doc = communique.parse(typeset, language=language)  # type: ignore[arg-type]
            assert _view(doc) == plain, (apostrophe, pair)


@pytest.mark.parametrize("path", _FIXTURES, ids=lambda p: p.name)
def test_fixture_texts_typeset_give_the_same_agreements(path: Path) -> None:
    """Every fixture, its apostrophes and quotes typeset, gives the same agreements."""
    text = path.read_text(encoding="utf-8").replace("’", "'")
    _same_results(text)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(_FRENCH), min_size=1, max_size=5),
    st.sampled_from(["fr", None]),
)
def test_french_sentences_typeset_give_the_same_agreements(
    sentences: list[str], language: str | None
) -> None:
    """Typeset apostrophes and quotes raise nothing and change no agreement (French)."""
    _same_results(" ".join(sentences), language)


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(_ENGLISH), min_size=1, max_size=5))
def test_english_sentences_typeset_give_the_same_agreements(sentences: list[str]) -> None:
    """Typeset apostrophes and quotes raise nothing and change no agreement (English)."""
    _same_results(" ".join(sentences), "en")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_FRENCH + _ENGLISH), min_size=1, max_size=4), st.data())
def test_mixed_apostrophes_give_the_same_agreements(
    sentences: list[str], data: st.DataObject
) -> None:
    """Each apostrophe typeset or not, independently: the agreements stay the same."""
    text = " ".join(sentences)
    count = text.count("'")
    typeset = iter(data.draw(st.lists(st.booleans(), min_size=count, max_size=count)))
    mixed = "".join(("’" if next(typeset) else "'") if c == "'" else c for c in text)
    assert _view(communique.parse(mixed)) == _view(communique.parse(text))


def test_typographic_apostrophe_in_a_head_is_the_head() -> None:
    """A typographic apostrophe in "protocole d’accord" is read as the MoU head."""
    doc = communique.parse("Les présidents ont signé le protocole d’accord de Dakar sur la pêche.")
    assert [(a.name, a.kind) for a in doc.agreements] == [
        ("protocole d’accord de Dakar sur la pêche", "mémorandum")
    ]


def test_open_parentheses_after_heads_stay_linear() -> None:
    """Many heads each followed by an unclosed parenthesis parse in linear time."""

    def seconds(count: int) -> float:
        # The best of three runs: a busy machine slows one run, not all three.
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            communique.parse("accord de paix (" * count, language="fr")
            runs.append(time.perf_counter() - started)
        return min(runs)

    seconds(500)  # warm the caches
    small, large = seconds(4000), seconds(16000)
    # Four times the text: a linear pass takes about four times as long, a quadratic one 16.
    assert large < 8 * small + 0.5
