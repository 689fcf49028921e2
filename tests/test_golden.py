"""Golden files: each fixture's output is compared with its reviewed ``.expected.json``."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import communique

ROOT = Path(__file__).parent.parent
FIXTURES = sorted(
    p
    for p in (ROOT / "fixtures").glob("*/*")
    if p.suffix in {".txt", ".html", ".md", ".pdf", ".docx"}
)
SCHEMA = json.loads((ROOT / "docs" / "communique.schema.json").read_text(encoding="utf-8"))


def _expected_path(source: Path) -> Path:
    return source.with_name(f"{source.stem}.expected.json")


@pytest.mark.parametrize("source", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_output_matches_golden_file(source: Path, update_golden: bool) -> None:
    """The parse of each fixture equals its reviewed golden JSON (--update-golden rewrites it)."""
    actual = communique.parse_file(source).to_dict()
    expected_path = _expected_path(source)
    if update_golden:
        text = json.dumps(actual, ensure_ascii=False, indent=2) + "\n"
        expected_path.write_text(text, encoding="utf-8")
    assert expected_path.exists(), (
        f"no golden file; run pytest --update-golden and review {expected_path}"
    )
    assert actual == json.loads(expected_path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("source", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_file_follows_the_json_schema(source: Path) -> None:
    """Every golden output validates against docs/communique.schema.json."""
    jsonschema.validate(json.loads(_expected_path(source).read_text(encoding="utf-8")), SCHEMA)


@pytest.mark.parametrize("source", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_mentions_point_into_the_source(source: Path) -> None:
    """Every offset pair in a golden file slices its text out of what it points into.

    That is the file's text, or for a web page the text read from it (``source.text``).
    """
    data = json.loads(_expected_path(source).read_text(encoding="utf-8"))
    page = data.get("source")
    original = page["text"] if isinstance(page, dict) else source.read_text(encoding="utf-8")
    checked = 0
    for item in _spans(data):
        start, end = item["start"], item["end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert original[start:end] == item["text"]
        checked += 1
    assert checked > 0


_READING_TEXT = frozenset({"paragraphs", "headings"})
"""Lists whose ``text`` is repaired reading text, not a slice of the source."""


def _spans(node: object) -> list[dict[str, object]]:
    """Every mention-like dict (text, start, end) outside the reading-text lists."""
    if isinstance(node, list):
        return [span for item in node for span in _spans(item)]
    if not isinstance(node, dict):
        return []
    found = [node] if {"text", "start", "end"} <= node.keys() else []
    for key, value in node.items():
        if key not in _READING_TEXT:
            found.extend(_spans(value))
    return found
