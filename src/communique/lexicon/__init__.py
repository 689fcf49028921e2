"""The language data of ``communique/resources/<lang>/``: where it lives and how it is read.

Each data file has one loader module in this package, named as the file:
``lexicon.persons`` reads ``persons.toml``, ``lexicon.dates`` ``dates.toml`` … and
``lexicon.common`` the files of ``resources/common/``. A loader validates its file into a
frozen class and raises :class:`~communique.errors.ResourceError` naming the file and the key.

The languages communique ships are the ``Language`` literal (:data:`LANGUAGES`); another one
is a folder of the same files registered with :func:`register_language` (see
``docs/extending.md``, "A new language").
"""

from __future__ import annotations

import functools
import pathlib
import typing
from itertools import repeat
from typing import TYPE_CHECKING, Final, cast

from communique.errors import ResourceError, UnsupportedLanguageError
from communique.model import Language
from communique.patterncache import cached_data

if TYPE_CHECKING:
    import os
    from importlib.resources.abc import Traversable

__all__ = [
    "LANGUAGES",
    "WordLists",
    "check_language",
    "function_words",
    "languages",
    "load_table",
    "register_language",
    "string_list",
    "string_table",
]

LANGUAGES: Final[tuple[Language, ...]] = typing.get_args(Language)
"""The languages whose data ships with the package, as listed once in ``model.Language``."""

_FOLDERS: dict[str, pathlib.Path] = {}


def register_language(code: str, folder: str | os.PathLike[str]) -> None:
    """Read language ``code`` from ``folder``, which holds the files of ``resources/<lang>/``.

    ``parse(text, language=code)`` then reads ``code``; detection still chooses among the
    shipped :data:`LANGUAGES`. Loaders keep what they read for the whole process, so a
    code is registered once (again with the same folder is a no-op).

    Raises:
        ResourceError: ``folder`` is not a directory, ``code`` names shipped data, or
            ``code`` is already registered with another folder.
    """
    path = pathlib.Path(folder)
    if not path.is_dir():
        raise ResourceError(f"language folder {str(path)!r} is not a directory")
    if code in LANGUAGES or code == "common" or not code.isalpha():
        raise ResourceError(f"cannot register language {code!r}: a shipped or invalid code")
    if _FOLDERS.setdefault(code, path) != path:
        raise ResourceError(f"language {code!r} is already read from {str(_FOLDERS[code])!r}")


def languages() -> tuple[Language, ...]:
    """The shipped languages, then the registered ones."""
    return (*LANGUAGES, *cast("tuple[Language, ...]", tuple(_FOLDERS)))


def check_language(language: object) -> Language:
    """Return ``language`` if communique reads it (shipped or registered).

    Raises:
        UnsupportedLanguageError: any other value.
    """
    for known in languages():
        if language == known:
            return known
    raise UnsupportedLanguageError(
        f"unsupported language {language!r}; expected one of {', '.join(languages())}"
    )


def _folder(language: str) -> Traversable:
    if language in _FOLDERS:
        return _FOLDERS[language]
    return _shipped() / language


@functools.cache
def _shipped() -> Traversable:
    """The package's ``resources`` folder.

    Installed as files (the usual case), it is found next to this module, which is what
    ``importlib.resources`` would answer; only a package imported from an archive asks
    that module (7 ms: it brings tempfile and random).
    """
    folder = pathlib.Path(__file__).parent.parent / "resources"
    if folder.is_dir():
        return folder
    from importlib import resources

    return resources.files("communique") / "resources"


@functools.cache
def load_table(language: str, name: str) -> dict[str, object]:
    """Read ``<language>/<name>.toml`` once and return its top-level table.

    Raises:
        ResourceError: the file is missing or not valid TOML.
    """
    path = _folder(language) / f"{name}.toml"
    where = f"{language}/{name}.toml"
    try:
        source = path.read_bytes()
    except OSError as error:
        raise ResourceError(f"cannot read language data {where}: {error}") from error
    # Parsed once per machine: TOML parsing was a quarter of a first parse.
    return cast("dict[str, object]", cached_data("toml", source, lambda: _parse(source, where)))


def _parse(source: bytes, where: str) -> dict[str, object]:
    r"""The TOML table of a data file's bytes, read as ``read_text`` would (``\r\n`` as ``\n``).

    >>> _parse(b'a = "x"\r\nb = 2\r\n', "example.toml")
    {'a': 'x', 'b': 2}

    Raises:
        ResourceError: the bytes are not UTF-8 or not valid TOML.
    """
    # Imported only when a file is not in the on-disk cache: 3 ms of ``import communique``.
    import tomllib

    try:
        text = source.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        return tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ResourceError(f"cannot read language data {where}: {error}") from error


def string_list(table: dict[str, object], key: str, *, where: str) -> tuple[str, ...]:
    """Return ``table[key]`` as a tuple of non-empty strings (missing key: empty tuple).

    Raises:
        ResourceError: the value is not a list of non-empty strings.
    """
    value = table.get(key, [])
    # Checked in C (map, then ``in``): some 2,000 lists are read at a first parse.
    if not isinstance(value, list) or not all(map(isinstance, value, repeat(str))) or "" in value:
        raise ResourceError(f"{where}: {key!r} must be a list of non-empty strings")
    return tuple(value)


def string_table(table: dict[str, object], key: str, *, where: str) -> dict[str, object]:
    """Return the sub-table ``table[key]`` (missing key: empty table).

    Raises:
        ResourceError: the value is not a table.
    """
    value = table.get(key, {})
    if not isinstance(value, dict):
        raise ResourceError(f"{where}: {key!r} must be a table")
    return value


def function_words(
    name: str, keys: tuple[str, ...], key: str, language: str | None = None
) -> tuple[str, ...]:
    """The words under ``[function_words] key`` of ``<language>/<name>.toml``.

    With no ``language``, every shipped language's words, French first, once each: the
    patterns that read names, roles and titles take both languages' function words (an
    English title in a French text keeps its "of the"). ``keys`` are the keys the file must
    hold, each checked at the first read.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    codes = LANGUAGES if language is None else (language,)
    return tuple(dict.fromkeys(w for code in codes for w in _function_table(code, name, keys)[key]))


@functools.cache
def _function_table(language: str, name: str, keys: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    where = f"{language}/{name}.toml"
    table = string_table(load_table(language, name), "function_words", where=where)
    return {key: string_list(table, key, where=where) for key in keys}


class WordLists:
    """The string lists of one data file, read by key; each check names the file.

    One reader for every loader of the wing, in place of a closure per loader.

    >>> WordLists("fr", "persons")("honorifics")[:2]
    ('M.', 'Mme')
    >>> WordLists("en", "persons")("coordinators", section="function_words")
    ('and',)
    """

    def __init__(self, language: str, name: str, *, table: dict[str, object] | None = None):
        """Read ``<language>/<name>.toml`` (or the sub-``table`` of it already read)."""
        self.where = f"{language}/{name}.toml"
        self.table = load_table(language, name) if table is None else table

    def __call__(self, key: str, *, section: str | None = None) -> tuple[str, ...]:
        """The list under ``key`` (of the sub-table ``section`` when given)."""
        table = (
            self.table if section is None else string_table(self.table, section, where=self.where)
        )
        return string_list(table, key, where=self.where)
