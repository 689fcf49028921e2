"""A language added as a folder of data: the recipe of docs/extending.md, and bad data."""

from __future__ import annotations

import pathlib
import re

import pytest

import communique
from communique.errors import ResourceError, UnsupportedLanguageError
from communique.lexicon import check_language, languages, register_language
from communique.lexicon.dates import date_vocabulary

_RECIPE = pathlib.Path(__file__).parents[1] / "docs" / "extending.md"
_BLOCK = re.compile(r"```toml\n# es/(?P<name>\w+\.toml)\n(?P<body>.*?)```", re.S)


def _recipe_folder(folder: pathlib.Path) -> pathlib.Path:
    """The Spanish folder of the recipe, its TOML blocks written as files."""
    blocks = list(_BLOCK.finditer(_RECIPE.read_text(encoding="utf-8")))
    assert {b["name"] for b in blocks} == {
        f"{n}.toml" for n in ("dates", "persons", "agreements", "structure", "parties", "language")
    }
    for block in blocks:
        (folder / block["name"]).write_text(block["body"], encoding="utf-8")
    return folder


def test_a_spanish_folder_reads_a_spanish_date(tmp_path: pathlib.Path) -> None:
    register_language("es", _recipe_folder(tmp_path))
    assert "es" in languages()
    text = "Los ministros se reunieron el martes 3 de marzo de 2024 en Madrid."
    result = communique.parse(text, language=check_language("es"))
    assert str(result.language) == "es"
    assert [(d.text, d.value) for d in result.dates] == [
        ("martes 3 de marzo de 2024", "2024-03-03")
    ]
    assert all(text[d.start : d.end] == d.text for d in result.dates)


def test_shipped_languages_are_not_replaced(tmp_path: pathlib.Path) -> None:
    with pytest.raises(ResourceError, match="'fr'"):
        register_language("fr", tmp_path)
    with pytest.raises(ResourceError, match="not a directory"):
        register_language("zz", tmp_path / "missing")
    with pytest.raises(UnsupportedLanguageError):
        check_language("zz")


def test_bad_data_names_the_file_and_the_key(tmp_path: pathlib.Path) -> None:
    (tmp_path / "dates.toml").write_text("[months]\nmonthish = 13\n", encoding="utf-8")
    register_language("xx", tmp_path)
    with pytest.raises(ResourceError, match=r"xx/dates\.toml: months\.monthish"):
        date_vocabulary(check_language("xx"))


def test_unreadable_data_names_the_file(tmp_path: pathlib.Path) -> None:
    (tmp_path / "dates.toml").write_text("[months\n", encoding="utf-8")
    register_language("xy", tmp_path)
    with pytest.raises(ResourceError, match=r"xy/dates\.toml"):
        date_vocabulary(check_language("xy"))
    # A parse reaches the first missing or broken file and says which.
    with pytest.raises(ResourceError, match=r"xy/\w+\.toml"):
        communique.parse("Le 3 mars 2024.", language=check_language("xy"))
