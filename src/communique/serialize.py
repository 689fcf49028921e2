"""Conversion of :class:`~communique.model.Communique` to and from plain JSON data."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, TypeAlias, TypeVar

import cattrs
from cattrs.preconf.json import make_converter

from communique.errors import SchemaError
from communique.model import SCHEMA_VERSION, Communique

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["JsonDict", "JsonValue", "from_dict", "from_json", "to_dict", "to_json"]

JsonValue: TypeAlias = "str | int | float | bool | list[JsonValue] | dict[str, JsonValue] | None"
"""Any value ``json.loads`` can return."""
JsonDict: TypeAlias = "dict[str, JsonValue]"
"""A JSON object."""

_T = TypeVar("_T", str, int, bool)
_LEADING_KEYS: Final = ("schema_version", "language", "title", "date")


def _strict(kind: type[_T]) -> Callable[[object, object], _T]:
    """Build a structure hook that accepts only ``kind`` itself, never a coercible value."""

    def structure(value: object, _: object) -> _T:
        # bool is an int subclass: an int field must not accept True.
        if not isinstance(value, kind) or type(value) is not kind:
            raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
        return value

    return structure


def _make_converter() -> cattrs.Converter:
    converter = make_converter(forbid_extra_keys=False)
    converter.register_structure_hook(str, _strict(str))
    converter.register_structure_hook(int, _strict(int))
    converter.register_structure_hook(bool, _strict(bool))
    return converter


_CONVERTER: Final = _make_converter()


def to_dict(doc: Communique) -> JsonDict:
    """Return the contract's dict shape: plain lists, dicts, strings, numbers and None.

    >>> to_dict(Communique(language="fr"))["schema_version"]
    '1'
    """
    raw: JsonDict = _CONVERTER.unstructure(doc)
    ordered: JsonDict = {key: raw.pop(key) for key in _LEADING_KEYS}
    ordered.update(raw)
    return ordered


def from_dict(data: Mapping[str, object]) -> Communique:
    """Rebuild a communiqué from :func:`to_dict` output.

    Unknown keys are ignored so that data written by a newer minor version still loads.

    Raises:
        SchemaError: ``data`` is not a mapping of the right shape or has another
            ``schema_version``.
    """
    if not isinstance(data, dict):
        raise SchemaError(f"expected a dict, got {type(data).__name__}")
    version = data.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise SchemaError(f"unsupported schema_version {version!r} (this is {SCHEMA_VERSION!r})")
    try:
        return _CONVERTER.structure(data, Communique)
    except (cattrs.BaseValidationError, TypeError, ValueError, KeyError) as error:
        details = (
            "; ".join(cattrs.transform_error(error))
            if isinstance(error, cattrs.BaseValidationError)
            else str(error)
        )
        raise SchemaError(f"not a serialized communiqué: {details}") from error


def to_json(doc: Communique, *, indent: int | None = None) -> str:
    """Serialize to a JSON string, non-ASCII characters kept as they are."""
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


def from_json(text: str) -> Communique:
    """Parse a JSON string written by :func:`to_json`.

    Raises:
        SchemaError: the text is not JSON or not a serialized communiqué.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SchemaError(f"not JSON: {error}") from error
    return from_dict(data)
