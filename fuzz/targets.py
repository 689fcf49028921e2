"""The fuzzed entry points and what must hold for any input.

Each target takes bytes (what atheris gives and what the crash corpus stores) and raises
only if communique misbehaves: an exception that is no ``CommuniqueError``, a mention whose
offsets do not slice its text out of the original, a JSON round trip that loses anything.
Text is the bytes read as UTF-8 with ``surrogateescape``, so undecodable bytes become lone
surrogates and every ``str`` the library may be handed can be reached.

A new input format gets a target here (a function of bytes, added to ``TARGETS``), a folder
``fuzz/crashes/<name>/`` holding at least one input, and, for atheris, seeds and a
dictionary in ``fuzz/run.py``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Final

import communique
from communique.errors import CommuniqueError
from communique.model import Communique

__all__ = ["TARGETS", "check_document", "fuzz_parse", "fuzz_parse_html"]

_READING_TEXT: Final = frozenset({"paragraphs", "headings"})
"""Objects whose ``text`` is reading text: their offsets cover it, but need not equal it."""


def _spans(value: object, key: str = "") -> list[tuple[str, dict[str, object]]]:
    """Every object with ``start`` and ``end`` in a serialized communiqué, with its key."""
    if isinstance(value, list):
        return [span for item in value for span in _spans(item, key)]
    if not isinstance(value, dict):
        return []
    found = [(key, value)] if isinstance(value.get("start"), int) else []
    for child_key, child in value.items():
        if child_key != "source":  # source blocks point into the page's text, checked apart
            found += _spans(child, child_key)
    return found


def check_document(doc: Communique, original: str) -> None:
    """Offsets slice each mention out of ``original``; the JSON form round-trips.

    Raises:
        AssertionError: an invariant does not hold.
    """
    data = doc.to_dict()
    for key, span in _spans(data):
        start, end = span["start"], span["end"]
        assert isinstance(start, int), span
        assert isinstance(end, int), span
        assert 0 <= start <= end <= len(original), (key, span)
        if key not in _READING_TEXT and "text" in span:
            assert original[start:end] == span["text"], (key, span)
    assert Communique.from_dict(json.loads(doc.to_json())) == doc


def fuzz_parse(data: bytes) -> None:
    """``communique.parse`` on the bytes read as text."""
    text = data.decode("utf-8", "surrogateescape")
    try:
        doc = communique.parse(text)
    except CommuniqueError:
        return
    check_document(doc, text)


def fuzz_parse_html(data: bytes) -> None:
    """``communique.parse_html`` on the bytes, then on the bytes read as text."""
    for markup in (data, data.decode("utf-8", "surrogateescape")):
        try:
            doc = communique.parse_html(markup)
        except CommuniqueError:
            continue
        assert doc.source is not None
        text = doc.source.text
        check_document(doc, text)
        ends = [0] + [block.end + 2 for block in doc.source.blocks]
        for block, previous in zip(doc.source.blocks, ends, strict=False):
            assert previous <= block.start < block.end <= len(text), block
            assert block.xpath is not None, block
            assert block.xpath.startswith("/html"), block


TARGETS: Final[dict[str, Callable[[bytes], None]]] = {
    "parse": fuzz_parse,
    "parse_html": fuzz_parse_html,
}
"""Each fuzzed entry point by name (the name of its folder under ``fuzz/crashes/``)."""
