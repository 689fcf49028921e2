"""A language added as a folder of data: the recipe of docs/extending.md, and bad data."""

from __future__ import annotations

import pathlib
import re
from typing import TYPE_CHECKING

import pytest

import communique
from communique.errors import ResourceError, UnsupportedLanguageError
from communique.lexicon import check_language, languages, load_table, register_language
from communique.lexicon.agreements import agreement_vocabulary
from communique.lexicon.dates import date_vocabulary
from communique.lexicon.language import stopwords
from communique.lexicon.parties import party_lexicon
from communique.lexicon.persons import person_vocabulary

if TYPE_CHECKING:
    from collections.abc import Callable

    from communique.model import Language

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


def test_data_that_is_not_utf8_names_the_file(tmp_path: pathlib.Path) -> None:
    (tmp_path / "dates.toml").write_bytes("[months]\njanvier = 1\n".encode("latin-1") + b"\xe9")
    register_language("xw", tmp_path)
    with pytest.raises(ResourceError, match=r"xw/dates\.toml"):
        date_vocabulary(check_language("xw"))


def test_edited_data_is_read_again(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The parsed tables are stored by their content: an edited file is never read stale."""
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "xv"
    folder.mkdir()
    register_language("xv", folder)
    path = folder / "language.toml"
    for value in ("un", "deux", "un"):
        path.write_text(f'stopwords = ["{value}"]\n', encoding="utf-8")
        load_table.cache_clear()
        assert load_table("xv", "language") == {"stopwords": [value]}
    assert len(list((tmp_path / "cache").rglob("toml-*.marshal"))) == 2


@pytest.mark.parametrize(
    ("code", "name", "body", "loader", "message"),
    [
        (
            "xa",
            "persons",
            "honorifics = [1]\n",
            person_vocabulary,
            r"xa/persons\.toml: 'honorifics'",
        ),
        (
            "xb",
            "parties",
            "[organizations.XX]\nforms = ['X']\n",
            party_lexicon,
            r"xb/parties\.toml: organizations\.XX needs a name",
        ),
        ("xc", "language", "stopwords = 'le'\n", stopwords, r"xc/language\.toml: 'stopwords'"),
        ("xd", "dates", "month_first = 'yes'\n", date_vocabulary, r"xd/dates\.toml: 'month_first'"),
        (
            "xe",
            "agreements",
            "[[heads]]\nwords = ['pacto']\nkind = 'sonnet'\n",
            agreement_vocabulary,
            r"xe/agreements\.toml: bad head",
        ),
    ],
)
def test_each_loader_names_the_file_and_key(
    tmp_path: pathlib.Path,
    code: str,
    name: str,
    body: str,
    loader: Callable[[Language], object],
    message: str,
) -> None:
    for other in ("dates", "persons", "agreements", "structure", "parties", "language"):
        (tmp_path / f"{other}.toml").write_text("", encoding="utf-8")
    (tmp_path / f"{name}.toml").write_text(body, encoding="utf-8")
    register_language(code, tmp_path)
    with pytest.raises(ResourceError, match=message):
        loader(check_language(code))
