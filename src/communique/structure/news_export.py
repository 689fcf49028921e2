"""The metadata lines of a story exported from a news database (Nexis and the like).

Such an export prints the headline, the publication's name and the date, then fields
("Copyright …", "Length: 514 words", "Byline: …"), a line "Body", the story, and after it
a closing field ("Load-Date: December 8, 2022") and "End of Document", often followed by
more fields. The headline, the date line and the story are text; the rest is metadata, in
which no date, name or party is read. The vocabulary is in ``resources/common/wire.toml``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import regex

from communique.lexicon.common.wire import export_body, export_closing, export_fields
from communique.patterncache import compile_regex
from communique.wordtrie import alternation, phrase_key

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = ["export_lines"]

_SCAN_LINES: Final = 40
"""How many lines from the top the "Body" line of an export is looked for."""


def _longest_first(words: tuple[str, ...]) -> str:
    return alternation(sorted(words, key=lambda word: (-len(word), word)))


@functools.cache
def _field() -> regex.Pattern[str]:
    """A field line of an export: a listed label and a colon ("Length: 514 words")."""
    return compile_regex(rf"[ \t]*(?i:{_longest_first(export_fields())})[ \t]*:.*")


@functools.cache
def _closing() -> regex.Pattern[str]:
    """A line that ends the story: a closing field or the end mark ("End of Document")."""
    return compile_regex(rf"[ \t]*(?i:{_longest_first(export_closing())})\b.*")


@functools.cache
def _body_keys() -> frozenset[str]:
    return frozenset(phrase_key(word) for word in export_body())


def export_lines(doc: Document, lines: list[Line]) -> list[int]:
    """Indexes of the metadata lines of a news database export, or nothing for other texts.

    An export is told by its "Body" line under at least one field line, near the top. Above
    the "Body" line, every body line but the first (the headline) is metadata (the
    publication, the fields); a header line (the date) stays. Below the story, everything from
    the first closing line on is metadata.
    """
    body = _body_line(doc, lines)
    if body is None:
        return []
    content = [i for i in range(body) if lines[i].kind != "blank"]
    found = [
        i
        for i in content[1:]
        if lines[i].kind == "body"
        or (
            lines[i].kind == "header" and _field().fullmatch(doc.text, lines[i].start, lines[i].end)
        )
    ]
    found.append(body)
    for index in range(body + 1, len(lines)):
        line = lines[index]
        if line.kind != "blank" and _closing().fullmatch(doc.text, line.start, line.end):
            found.extend(i for i in range(index, len(lines)) if lines[i].kind != "blank")
            break
    return found


def _body_line(doc: Document, lines: list[Line]) -> int | None:
    """The index of the "Body" line under a field line, near the top, or None."""
    fields = False
    keys = _body_keys()
    for index, line in enumerate(lines[:_SCAN_LINES]):
        if line.kind == "blank":
            continue
        text = doc.text[line.start : line.end]
        if _field().fullmatch(text):
            fields = True
        elif fields and phrase_key(text.strip()) in keys:
            return index
    return None
