"""Names printed with no honorific nor role in running text, opened by a listed given name."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import communique
from communique.gazetteer import gazetteer
from communique.lexicon.persons import person_vocabulary


def _given_names() -> list[str]:
    data = resources.files("communique") / "resources" / "common" / "given_names.toml"
    names = tomllib.loads(data.read_text(encoding="utf-8"))["names"]
    assert isinstance(names, list)
    return [str(name) for name in names]


def test_given_names_are_unique_and_no_party_nor_stop_word() -> None:
    """Each given name once; none names a state or stops a name in either language."""
    names = _given_names()
    assert len(names) == len(set(names))
    for language in ("fr", "en"):
        vocab, parties = person_vocabulary(language), gazetteer(language)
        for name in names:
            assert parties.key_of(name) is None, name
            assert name.casefold() not in vocab.stop_words, name
            assert vocab.honorific.fullmatch(name) is None, name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Paris, le 2 mai 2026\n\nUn hommage a été rendu à Jules Ferrandi.", ["Jules Ferrandi"]),
        ("London, 2 May 2026\n\nA tribute was paid to Jules Ferrandi.", ["Jules Ferrandi"]),
        # A given name followed by a body's words, a monarch's number, a place noun.
        ("London, 2 May 2026\n\nThe Daniel Security Council met.", []),
        ("London, 2 May 2026\n\nThe Mohammed VI Polytechnic University opened.", []),
        ("London, 2 May 2026\n\nThey flew from Charles de Gaulle airport.", []),
        ("Paris, le 2 mai 2026\n\nIls ont quitté l'aéroport Charles de Gaulle.", []),
        ("London, 2 May 2026\n\nThey reached George Town and Nelson Mandela Bay.", []),
        # Inside a capitalised title; after a possessive the name stands.
        ("London, 2 May 2026\n\nThey recalled the Camp David Accords.", []),
        ("London, 2 May 2026\n\nThey recalled Kenya's Raila Odinga.", ["Raila Odinga"]),
        # Lower case is no name; a hyphenated place is no given name.
        ("London, 2 May 2026\n\nThe annie ernaux reading was held in Port-Louis.", []),
        ("Paris, le 2 mai 2026\n\nIls sont allés à Saint-Louis et à Marie-Galante.", []),
    ],
)
def test_bare_names(text: str, names: list[str]) -> None:
    """Who is read as a bare name, and the near misses that are not persons."""
    assert [person.name for person in communique.parse(text).persons] == names


def test_author_of_works_is_mentioned() -> None:
    """The author after "works by" is the noun's, not the subject of "were read"."""
    text = (
        "London, 2 May 2026\n\nThe ministers met on 2 May 2026. Works by Jules Ferrandi were read."
    )
    (person,) = communique.parse(text).persons
    assert (person.name, person.participant) == ("Jules Ferrandi", False)
