"""Serialization: the contract's JSON shape, strict loading, lossless round trips."""

from __future__ import annotations

import json

import pytest

import communique
from communique import errors
from communique.model import Communique, DateMention, Mention, Person
from communique.serialize import from_json


def test_dict_keys_follow_the_contract_order() -> None:
    """to_dict starts with schema_version, language, title, date then the lists."""
    keys = list(communique.parse("Texte.").to_dict())
    assert keys[:11] == [
        "schema_version",
        "language",
        "title",
        "date",
        "parties",
        "paragraphs",
        "headings",
        "boilerplate",
        "persons",
        "dates",
        "agreements",
    ]


def test_round_trip_keeps_nested_objects() -> None:
    """A communiqué with persons and dates comes back equal through JSON."""
    doc = Communique(
        language="en",
        persons=(
            Person(
                "Kaja Kallas",
                "high representative",
                "European Union",
                True,
                (Mention("Kaja KALLAS", 3, 14),),
            ),
        ),
        dates=(DateMention("yesterday", 0, 9, "relative", "2024-01-01", anchor="document"),),
    )
    assert Communique.from_dict(json.loads(doc.to_json())) == doc


def test_json_keeps_accents_readable() -> None:
    """to_json writes 'é', not an escape sequence."""
    assert "réunis" in communique.parse("Les ministres se sont réunis.").to_json()


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"language": "de"},
        {
            "language": "fr",
            "paragraphs": [{"index": "0", "number": None, "text": "t", "start": 0, "end": 1}],
        },
        {
            "language": "fr",
            "persons": [{"name": "X", "role": None, "affiliation": None, "participant": 1}],
        },
        {"language": "fr", "schema_version": "2"},
    ],
)
def test_malformed_dicts_raise_schema_error(data: object) -> None:
    """Wrong types, unknown literals and other schema versions raise SchemaError."""
    with pytest.raises(errors.SchemaError):
        Communique.from_dict(data)  # type: ignore[arg-type]


def test_unknown_keys_are_ignored() -> None:
    """A dict from a newer minor version with extra keys still loads."""
    data = Communique(language="fr").to_dict() | {"future_field": [1, 2]}
    assert Communique.from_dict(data) == Communique(language="fr")


def test_from_json_rejects_non_json() -> None:
    """Text that is not JSON raises SchemaError."""
    with pytest.raises(errors.SchemaError, match="not JSON"):
        from_json("{")
