"""A table of contents: the items a briefing lists at its top, then gives one by one.

A press briefing or a newsletter opens with the list of its items ("In this issue:" /
"◢ Slovenia – Meeting between …" / "◢ Mali"; « - Pays-Bas - Entretien de … ») and then
prints each item's text again above the item, as its heading ("Slovenia – Meeting between
…", « 1 - Pays-Bas - Entretien de … »). The list repeats what the headings say: it is
furniture, and so is its label above it (a short line ending with a colon); the headings
below stay in the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.patterncache import compile_pattern
from communique.structure.header import is_prose
from communique.structure.lines import line_text
from communique.structure.shapes import ends_sentence, is_bullet

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = ["contents_lines"]

_MIN_REPEATED: Final = 2
"""Items of a list that the text repeats below it, at least, to make it a table of contents."""
_LONG: Final = 6
"""Words at least of a first item that alone, repeated below, tells a table of contents."""
_MAX_LABEL: Final = 40
"""Characters at most of the label above a table of contents ("In this issue:")."""
_NUMBER: Final = compile_pattern(r"\d{1,2}[ \t]*[-–.)][ \t]*")
"""An item's number before its heading's text below ("1 - Pays-Bas - …")."""
_SPACES: Final = compile_pattern(r"\s+")


def contents_lines(doc: Document, lines: list[Line]) -> tuple[list[int], list[int]]:
    """Indices of the lines of tables of contents and their labels, and of their headings.

    A run of bullet lines (blank lines may part them) is a table of contents when two of
    its items at least come again, whole, on lines below the run, without their bullet and
    maybe after a number; or its first item does, a long one (a text cut short after its
    first item keeps one). The lines below that repeat an item are the items' headings.
    Read once: each line's key goes in one dictionary.
    """
    last_seen: dict[str, int] = {}
    for index, line in enumerate(lines):
        if line.kind == "body":
            last_seen[_key(line_text(doc, line))] = index
    furniture: list[int] = []
    headings: list[int] = []
    for run in _bullet_runs(doc, lines):
        below = [last_seen.get(_item_key(doc, lines[index]), -1) for index in run]
        repeated = [index for index in below if index > run[-1]]
        # Each item given again heads its text: a capitalised line over prose, not a name
        # over the next name of a list ("Signed:" / "Karl Lirov" / "Anna Serel").
        given = set(repeated)
        repeated = [i for i in repeated if _heads_text(doc, lines, i, given)]
        first_long = below[0] in repeated and len(_item_key(doc, lines[run[0]]).split()) >= _LONG
        if len(repeated) < _MIN_REPEATED and not first_long:
            continue
        label = _label_above(doc, lines, run[0])
        furniture += [*([label] if label is not None else []), *run]
        headings += repeated
    return furniture, sorted(set(headings))


def _heads_text(doc: Document, lines: list[Line], index: int, repeated: set[int]) -> bool:
    """Whether a line repeating an item opens with a capital and stands over prose."""
    text = line_text(doc, lines[index]).strip()
    number = _NUMBER.match(text)  # « 1 - Pays-Bas - … »
    if not text[number.end() if number else 0 :][:1].isupper():
        return False
    below = index + 1
    while below < len(lines) and lines[below].kind == "blank":
        below += 1
    if below >= len(lines) or below in repeated or lines[below].kind != "body":
        return False
    after = line_text(doc, lines[below])
    return is_prose(after) or ends_sentence(after)


def _bullet_runs(doc: Document, lines: list[Line]) -> list[list[int]]:
    """The runs of body lines opening with a bullet, blank lines allowed between them."""
    runs: list[list[int]] = []
    current: list[int] = []
    for index, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.kind == "body" and is_bullet(line_text(doc, line)):
            current.append(index)
            continue
        if len(current) >= _MIN_REPEATED:
            runs.append(current)
        current = []
    if len(current) >= _MIN_REPEATED:
        runs.append(current)
    return runs


def _label_above(doc: Document, lines: list[Line], first: int) -> int | None:
    """The short body line ending with a colon right above the run, if any."""
    index = first - 1
    while index >= 0 and lines[index].kind == "blank":
        index -= 1
    if index < 0 or lines[index].kind != "body":
        return None
    text = line_text(doc, lines[index]).strip()
    return index if text.endswith(":") and len(text) <= _MAX_LABEL else None


def _item_key(doc: Document, line: Line) -> str:
    """An item's text without its bullet, compared as :func:`_key` compares lines."""
    text = line_text(doc, line)
    return _key(text[is_bullet(text) :])


def _key(text: str) -> str:
    """A line's text without an opening number, its spaces single, in no case."""
    text = text.strip()
    number = _NUMBER.match(text)
    if number is not None:
        text = text[number.end() :]
    return _SPACES.sub(" ", text).casefold()
