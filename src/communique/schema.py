"""The JSON Schema of :meth:`Communique.to_dict` output, shipped inside the package."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from communique.serialize import JsonDict

__all__ = ["SCHEMA_FILE", "json_schema", "json_schema_text"]

SCHEMA_FILE: Final = "communique.schema.json"
"""Name of the schema file inside the ``communique`` package."""


def json_schema_text() -> str:
    """The JSON Schema (draft 2020-12) of the output, as the text shipped with the package.

    Examples:
        >>> json_schema_text().lstrip().startswith("{")
        True
    """
    return resources.files("communique").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


@functools.cache
def _parsed() -> str:
    # Parsed once per process; callers get a fresh copy so they may edit it.
    return json.dumps(json.loads(json_schema_text()))


def json_schema() -> JsonDict:
    """The JSON Schema of :meth:`communique.Communique.to_dict` output, as a new dict.

    Examples:
        >>> import communique
        >>> schema = json_schema()
        >>> schema["properties"]["schema_version"]["const"] == communique.SCHEMA_VERSION
        True
        >>> schema["additionalProperties"]
        False
    """
    schema: JsonDict = json.loads(_parsed())
    return schema
