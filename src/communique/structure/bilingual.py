"""Tell which line of a headline printed in two languages is in the text's language.

Bilingual offices print a headline twice, one line per language, in one block: "Joint
statement of the foreign ministers of Aldoria and Koranda" / "Déclaration conjointe des
ministres des affaires étrangères de l'Aldorie et du Koranda". The line in the language of
the text is its title; the other is a header line. Which language a line is written in is
read from its linking words (``connectors`` in ``resources/<lang>/structure.toml``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.lexicon import LANGUAGES
from communique.lexicon.structure import structure_vocabulary
from communique.patterncache import compile_regex
from communique.structure.lines import line_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from communique.document import Document, Line
    from communique.model import Language

__all__ = ["translated_pair", "translation_of"]

_WORD: Final = compile_regex(r"\p{L}[\p{L}'-]*")
_MIN_LINKS: Final = 2
"""Linking words that show which language a title line is written in."""


def translated_pair(
    doc: Document, lines: list[Line], index: int, shaped: Callable[[str], bool]
) -> int | None:
    """The line in the text's language of a headline printed in two languages, or None.

    Args:
        doc: the document.
        lines: its lines, as marked so far.
        index: the first line of a block of two body lines.
        shaped: whether a line is shaped like a title.
    """
    pair = [index, index + 1]
    if index + 1 >= len(lines) or any(lines[i].kind != "body" for i in pair):
        return None
    if (index > 0 and lines[index - 1].kind == "body") or (
        index + 2 < len(lines) and lines[index + 2].kind == "body"
    ):
        return None
    texts = [line_text(doc, lines[i]) for i in pair]
    if not all(shaped(text) for text in texts):
        return None
    languages = [_written_in(text) for text in texts]
    if doc.lang not in languages or None in languages or languages[0] == languages[1]:
        return None
    return pair[languages.index(doc.lang)]


def translation_of(
    doc: Document, lines: list[Line], title: int, shaped: Callable[[str], bool]
) -> int | None:
    """The line printing the title in another language, right above or below it, or None.

    Args:
        doc: the document.
        lines: its lines, before the title is marked.
        title: the index of the title's line.
        shaped: whether a line is shaped like a title.
    """
    for first in (title - 1, title):
        if first >= 0 and translated_pair(doc, lines, first, shaped) == title:
            return first if first != title else title + 1
    return None


def _written_in(text: str) -> Language | None:
    """The shipped language whose linking words a line uses most (at least two), or None."""
    words = [word.casefold() for word in _WORD.findall(text.replace("’", "'"))]
    counts = {
        code: sum(word in structure_vocabulary(code).connectors for word in words)
        for code in LANGUAGES
    }
    best = max(counts.values())
    winners = [code for code, count in counts.items() if count == best]
    return winners[0] if best >= _MIN_LINKS and len(winners) == 1 else None
