"""The JSON Schema shipped inside the package."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import jsonschema
import pytest

import communique
from communique.cli import main
from communique.schema import json_schema, json_schema_text
from tests.corpus.texts import ENGLISH, FRENCH

if TYPE_CHECKING:
    from communique.serialize import JsonDict

DOCS_COPY = Path(__file__).parent.parent / "docs" / "communique.schema.json"


def test_the_package_schema_is_the_documented_one() -> None:
    """docs/communique.schema.json is a byte-for-byte copy of the packaged schema."""
    packaged = resources.files("communique").joinpath("communique.schema.json").read_text("utf-8")
    assert DOCS_COPY.read_text(encoding="utf-8") == packaged == json_schema_text()


def test_the_schema_is_valid_and_has_an_absolute_id() -> None:
    """Draft 2020-12, a real https $id, and the current schema_version."""
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert str(schema["$id"]).startswith("https://")
    assert str(schema["$id"]).endswith(".json")
    properties = schema["properties"]
    assert isinstance(properties, dict)
    assert properties["schema_version"] == {"const": communique.SCHEMA_VERSION}


@pytest.mark.parametrize("text", [FRENCH, ENGLISH])
def test_outputs_validate(text: str) -> None:
    """Parsed documents validate against the closed schema."""
    jsonschema.validate(communique.parse(text).to_dict(), json_schema())


def _with_extra(data: JsonDict, where: str) -> JsonDict:
    if where == "top":
        data["surprise"] = 1
    else:
        persons = data["persons"]
        assert isinstance(persons, list)
        person = persons[0]
        assert isinstance(person, dict)
        person["surprise"] = 1
    return data


@pytest.mark.parametrize("where", ["top", "nested"])
def test_unknown_keys_are_rejected(where: str) -> None:
    """Objects are closed: an unknown key at the top or in a person fails validation."""
    data = _with_extra(communique.parse(FRENCH).to_dict(), where)
    with pytest.raises(jsonschema.ValidationError, match="surprise"):
        jsonschema.validate(data, json_schema())


def test_json_schema_returns_a_fresh_copy() -> None:
    """Editing the returned dict does not change the next one."""
    json_schema()["title"] = "changed"
    assert json_schema()["title"] != "changed"


def test_the_schema_command_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    """`communique schema` prints the packaged schema as JSON."""
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == json_schema()
