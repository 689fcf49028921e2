"""Wire-service vocabulary from ``resources/common/wire.toml``: agencies, markers, tag fields."""

from __future__ import annotations

import functools

from communique.errors import ResourceError
from communique.lexicon import load_table, string_list, string_table

__all__ = [
    "agencies",
    "agency_states",
    "byline_signs",
    "date_fields",
    "end_marks",
    "export_body",
    "export_closing",
    "export_fields",
    "headline_markers",
    "record_fields",
    "shared_fields",
    "source_labels",
    "ticker_agencies",
]

_WHERE = "common/wire.toml"


def _words(key: str) -> tuple[str, ...]:
    return string_list(load_table("common", "wire"), key, where=_WHERE)


@functools.cache
def agencies() -> tuple[str, ...]:
    """The news agencies a wire dateline may name ("AFP", "Reuters").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("agencies")


@functools.cache
def ticker_agencies() -> tuple[str, ...]:
    """National agencies' codes opening the items of an agencies' portal ticker ("ACP …").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("ticker_agencies")


@functools.cache
def byline_signs() -> tuple[str, ...]:
    """Agencies' signs read only in a story's byline ("AA / Istanbul").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("byline_signs")


@functools.cache
def end_marks() -> tuple[str, ...]:
    """The marks that end a release glued after its last sentence ("ENDS", "FIN", "-30-").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("end_marks")


@functools.cache
def source_labels() -> tuple[str, ...]:
    """Labels of a page's source address glued after the last sentence ("Source http://…").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("source_labels")


@functools.cache
def headline_markers() -> tuple[str, ...]:
    """The service markers a wire prints before a headline ("UPDATE", "EXCLUSIVE", "URGENT").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("headline_markers")


@functools.cache
def record_fields() -> tuple[str, ...]:
    """The labels of tag fields only a wire record has ("SLUG", "TOPICS", "PRIORITY").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("record_fields")


@functools.cache
def shared_fields() -> tuple[str, ...]:
    """The labels of tag fields a record shares with other pages ("DATE", "SOURCE").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("shared_fields")


@functools.cache
def date_fields() -> tuple[str, ...]:
    """The labels of the tag fields that give a record's date ("DATE", "TIMESTAMP").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("date_fields")


@functools.cache
def agency_states() -> dict[str, str]:
    """National news agencies and the state whose government they report ("WAM": "AE").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    table = string_table(load_table("common", "wire"), "agency_states", where=_WHERE)
    found: dict[str, str] = {}
    for name, code in table.items():
        if not isinstance(code, str) or len(code) != 2 or not code.isupper():
            raise ResourceError(f"{_WHERE}: agency_states.{name} must be an ISO 3166 alpha-2 code")
        found[name] = code
    return found


@functools.cache
def export_fields() -> tuple[str, ...]:
    """The field labels of a news database's export above its story ("Length", "Byline").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("export_fields")


@functools.cache
def export_body() -> tuple[str, ...]:
    """The line that opens the story of a news database's export ("Body").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("export_body")


@functools.cache
def export_closing() -> tuple[str, ...]:
    """The lines that open the metadata after the story ("Load-Date", "End of Document").

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    return _words("export_closing")
