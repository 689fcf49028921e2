"""Loading of the per-language data files in ``communique/resources/<lang>/``."""

from __future__ import annotations

import functools
import sys
from importlib import resources
from typing import TYPE_CHECKING, Final

from communique.errors import ResourceError, UnsupportedLanguageError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

if TYPE_CHECKING:
    from communique.model import Language

__all__ = ["LANGUAGES", "check_language", "load_table", "string_list", "string_table"]

LANGUAGES: Final[tuple[Language, ...]] = ("fr", "en")


def check_language(language: object) -> Language:
    """Return ``language`` if communique reads it.

    Raises:
        UnsupportedLanguageError: any other value.
    """
    for known in LANGUAGES:
        if language == known:
            return known
    raise UnsupportedLanguageError(
        f"unsupported language {language!r}; expected one of {', '.join(LANGUAGES)}"
    )


@functools.cache
def load_table(language: str, name: str) -> dict[str, object]:
    """Read ``resources/<language>/<name>.toml`` once and return its top-level table.

    Raises:
        ResourceError: the file is missing or not valid TOML.
    """
    path = resources.files("communique") / "resources" / language / f"{name}.toml"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ResourceError(f"cannot read language data {language}/{name}.toml: {error}") from error


def string_list(table: dict[str, object], key: str, *, where: str) -> tuple[str, ...]:
    """Return ``table[key]`` as a tuple of non-empty strings (missing key: empty tuple).

    Raises:
        ResourceError: the value is not a list of non-empty strings.
    """
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
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
