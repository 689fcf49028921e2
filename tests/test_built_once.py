"""Every language-data loader and pattern is built once per language and process.

A loader that lost its cache still returns the right words, so no behaviour test fails,
but ``parse`` then rebuilds hundreds of patterns per document (several times slower):
this test is the only one that notices.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from typing import TYPE_CHECKING

import pytest

import communique
import communique.lexicon
from communique.lexicon import languages
from communique.patterncache import compile_pattern, compile_regex

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType


# The languages registered so far: it changes with ``register_language``, a list, not data.
_NOT_LOADERS = frozenset({"communique.lexicon.languages"})


def _loaders() -> list[tuple[str, Callable[..., object]]]:
    """Public functions of ``communique.lexicon`` taking nothing or just a ``Language``."""
    found = []
    package = communique.lexicon
    names = [package.__name__] + [
        info.name for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}.")
    ]
    for name in names:
        module = importlib.import_module(name)
        for attribute, value in vars(module).items():
            function = inspect.unwrap(value) if callable(value) else None
            if (
                attribute.startswith("_")
                or not inspect.isfunction(function)
                or function.__module__ != name
            ):
                continue
            parameters = list(inspect.signature(function).parameters.values())
            takes_language = len(parameters) == 1 and parameters[0].annotation == "Language"
            if (not parameters or takes_language) and f"{name}.{attribute}" not in _NOT_LOADERS:
                found.append((f"{name}.{attribute}", value))
    return found


_LOADERS = _loaders()


def test_the_loaders_are_found() -> None:
    names = {name.rsplit(".", 1)[1] for name, _ in _LOADERS}
    assert {"person_vocabulary", "date_vocabulary", "structure_vocabulary"} <= names


@pytest.mark.parametrize(("name", "loader"), _LOADERS, ids=[name for name, _ in _LOADERS])
def test_a_loader_returns_the_same_object_twice(name: str, loader: Callable[..., object]) -> None:
    takes_language = bool(inspect.signature(loader).parameters)
    for language in languages() if takes_language else [None]:
        arguments = (language,) if takes_language else ()
        first = loader(*arguments)
        if first is None:
            continue
        assert loader(*arguments) is first, f"{name} rebuilds its result at every call"


_TEXTS = {
    "fr": (
        "COMMUNIQUÉ DE PRESSE\n\nValmont, le 3 mars 2025\n\n"
        "Le ministre des Affaires étrangères de la République d'Aldoria, M. Paul Koranda, "
        "a reçu le 2 mars 2025 son homologue de Lirava, Mme Anne Serel. Les deux ministres "
        "ont signé un mémorandum d'entente sur la coopération culturelle et se rendront "
        "du 10 au 12 avril au sommet de l'Union africaine.\n\n"
        "1. Ils ont salué l'Accord de Paris sur le climat (« l'Accord »).\n"
    ),
    "en": (
        "PRESS RELEASE\n\nValmont, 3 March 2025\n\n"
        "Foreign Minister Paul Koranda of Aldoria met his Liravan counterpart Anne Serel "
        "on Monday. The two ministers signed a Memorandum of Understanding on Culture and "
        "will attend the African Union summit from 10 to 12 April.\n\n"
        "1. They welcomed the Paris Agreement (the 'Agreement') adopted in 2015.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(_TEXTS))
def test_a_second_parse_compiles_no_pattern(language: str) -> None:
    """Patterns from the language data are compiled for the first document, never again."""
    text = _TEXTS[language]
    assert communique.parse(text).language == language
    compilers = {compile_pattern.__code__, compile_regex.__code__}
    calls: list[str] = []

    def count(frame: FrameType, event: str, _argument: object) -> None:
        if event == "call" and frame.f_code in compilers:
            caller = frame.f_back
            calls.append(f"{caller.f_code.co_filename}:{caller.f_lineno}" if caller else "?")

    sys.setprofile(count)
    try:
        communique.parse(text)
    finally:
        sys.setprofile(None)
    assert calls == []
