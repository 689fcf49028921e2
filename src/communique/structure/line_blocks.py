"""A block of three or four lines of its own, each going on from the one above.

A long headline that a PDF broke where its page did prints as such a block: "Communication by
the Secretary General" / "and the Deputy Secretary General" / "to the 1010th meeting of the" /
"Ministers' Deputies (7 November 2007)", each break after a linking word or before a word in
lower case, no sentence among them. The title finder takes it for the headline
(``wrapped_title.wrapped_block``); the running-header finder leaves its first line alone, though
the text prints that line again as a section's label.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from communique.structure.header import is_prose
from communique.structure.lines import line_text
from communique.structure.shapes import last_word, starts_lowercase

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = ["going_on_block"]

_MIN_LINES: Final = 3
_MAX_LINES: Final = 4
"""Lines at most of a headline wrapped in a block of its own (two are ``split_title``'s)."""


def going_on_block(
    doc: Document, lines: list[Line], index: int, connectors: frozenset[str]
) -> list[int]:
    """The block of body lines opening at ``index`` when each goes on from the one above.

    The block stands alone (no body line right above or below it), holds three or four
    lines, no prose line and no comma; each line after the first opens in lower case or
    follows a line ending on one of ``connectors``. Empty otherwise.
    """
    if index > 0 and lines[index - 1].kind == "body":
        return []
    end = index
    while end < len(lines) and lines[end].kind == "body" and end - index <= _MAX_LINES:
        end += 1
    if not _MIN_LINES <= end - index <= _MAX_LINES:
        return []
    texts = [line_text(doc, lines[i]) for i in range(index, end)]
    if any(is_prose(text) or "," in text for text in texts):
        return []  # a list of names, a verse, an address: their commas set parts apart
    for upper, lower in itertools.pairwise(texts):
        if not (starts_lowercase(lower) or last_word(upper) in connectors):
            return []
    return list(range(index, end))
