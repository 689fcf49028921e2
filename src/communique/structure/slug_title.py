"""A headline a site prints in lower case, as its address's slug: « communiqué du Conseil … ».

Some sites print the headline as they write the page's address, in lower case: "communiqué
du Conseil des Ministres du mercredi 12 juin 2024", "joint statement on the visit of …".
A head line that opens with the name of a document's kind ("communiqué", "compte rendu",
"joint statement"), then a link and a title's words, is the title though no capital opens it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.structure.lines import line_text
from communique.structure.shapes import starts_lowercase
from communique.structure.title_shape import title_shaped
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = ["slug_title"]

_HEAD_WORDS = 3
"""Most words of a document kind's name ("déclaration de la présidence")."""


def slug_title(
    doc: Document, lines: list[Line], head: list[int], vocab: StructureVocabulary
) -> list[int]:
    """The first head line that names a document's kind in lower case, then its subject."""
    for index in head:
        if lines[index].kind != "body":
            continue
        text = line_text(doc, lines[index])
        if not starts_lowercase(text) or not _names_kind(text, vocab):
            continue
        if title_shaped(text[:1].upper() + text[1:], vocab.connectors):
            return [index]
    return []


def _names_kind(text: str, vocab: StructureVocabulary) -> bool:
    """Whether the line opens with a document kind's name and goes on past a link.

    >>> from communique.lexicon.structure import structure_vocabulary
    >>> _names_kind("communiqué du Conseil des Ministres", structure_vocabulary("fr"))
    True
    >>> _names_kind("communiqué", structure_vocabulary("fr"))
    False
    """
    words = text.split()
    for count in range(min(_HEAD_WORDS, len(words) - 1), 0, -1):
        if phrase_key(" ".join(words[:count])) in vocab.document_heads:
            following = words[count].casefold().replace("’", "'")
            link = following.split("'")[0] + "'" if "'" in following else following
            return link in vocab.connectors
    return False
