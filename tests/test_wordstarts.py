"""The shared word-start scan finds every place each extractor's own pattern can match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique.cues import _scanner as cue_scanner
from communique.gazetteer import gazetteer
from communique.model import Language
from communique.temporal.scanner import _triggers, scan
from communique.wordsearch import matches_at
from communique.wordstarts import word_starts
from tests.strategies import communique_text

# Words of every list, glued and nested the ways text glues them: elisions, dashes,
# capitals, a role inside a longer role, a party inside an instrument's name.
_LISTED = [
    "l'Union européenne",
    "l’UE",
    "d'Ukraine",
    "Royaume-Uni",
    "franco-japonais",
    "nippo – européennes",
    "UNION EUROPÉENNE",
    "Premier ministre",
    "premier ministre",
    "ministre des affaires étrangères",
    "Haute-représentante",
    "M.",
    "Mme",
    "accord",
    "Accord de Paris",
    "feuille de route",
    "résolution",
    "le mois dernier",
    "la veille",
    "d'ici",
    "mi-mai",
    "vendredi",
    "Friday",
    "last week",
    "janvier",
    "3",
    "2023-2027",
    "14h55",
    "NATO",
    "Japan's",
    "Prime Minister",
    "agreement",
]
_GLUE = [" ", "", "-", "'", "’", "\n", ", ", "(", ")", "x"]


@st.composite
def listed_text(draw: st.DrawFn) -> str:
    """Listed words run together with every kind of glue, including none."""
    words = draw(st.lists(st.sampled_from(_LISTED), max_size=40))
    glue = draw(st.lists(st.sampled_from(_GLUE), min_size=len(words), max_size=len(words)))
    return "".join(w + g for w, g in zip(words, glue, strict=True))


def _patterns(language: Language) -> list[re.Pattern[str]]:
    return [
        gazetteer(language).pattern,
        cue_scanner(language).pattern,
        _triggers(language).candidates,
    ]


@pytest.mark.parametrize("language", ["fr", "en"])
@given(text=st.one_of(listed_text(), communique_text()))
def test_every_possible_match_starts_at_a_word_start(language: Language, text: str) -> None:
    """Wherever a consumer's pattern matches, the shared scan found a start."""
    starts = set(word_starts(text, language))
    for pattern in _patterns(language):
        for position in range(len(text) + 1):
            if pattern.match(text, position) is not None:
                assert position in starts, (pattern.pattern[:40], text[position:])


@pytest.mark.parametrize("language", ["fr", "en"])
@given(text=st.one_of(listed_text(), communique_text()))
def test_consumers_read_the_same_with_and_without_starts(language: Language, text: str) -> None:
    """Parties and date matches are the same whether or not the starts are given."""
    starts = word_starts(text, language)
    assert gazetteer(language).find(text, starts) == gazetteer(language).find(text)
    with_starts = [m.span() for m in scan(text, language, starts)]
    assert with_starts == [m.span() for m in scan(text, language)]


@given(text=st.text(alphabet="ab ", max_size=30), pattern=st.sampled_from(["ab|b", "a*", "b?a"]))
def test_matches_at_every_position_is_finditer(text: str, pattern: str) -> None:
    """Tried at every position, ``matches_at`` yields what ``finditer`` yields."""
    compiled = re.compile(pattern)
    expected = [m.span() for m in compiled.finditer(text)]
    assert [m.span() for m in matches_at(compiled, text, range(len(text) + 1))] == expected


def test_each_list_is_registered_by_its_owner(monkeypatch: pytest.MonkeyPatch) -> None:
    import communique.readings  # noqa: F401  (imports the gazetteer, the cues and the dates)
    from communique import wordstarts

    assert {"parties", "cues", "dates"} <= set(wordstarts.registered_owners())
    text = "Le zorglub du 3 mai"
    assert text.index("zorglub") not in word_starts(text, "fr")
    monkeypatch.setitem(wordstarts._LISTS, "test", lambda language: ["zorglub"])
    wordstarts._starts_pattern.cache_clear()
    try:
        assert text.index("zorglub") in word_starts(text, "fr")
    finally:
        monkeypatch.undo()
        wordstarts._starts_pattern.cache_clear()
    assert text.index("zorglub") not in word_starts(text, "fr")
