"""A headline printed below the standfirst, right above its date line.

Some pages put the summary (the standfirst) first, then the headline, the date and the
place: "Le Président … effectue une visite de travail à Valmont. …" / "Visite de travail à
Valmont" / "mardi, 03.03.2026" / "Lieu: Valmont" / the text. The head ends at the first
line of prose, so no title stands above it; a title-shaped line right below a sentence and
right above a line that is only a date is the headline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.structure.header import is_prose
from communique.structure.lines import line_text
from communique.structure.shapes import ends_sentence
from communique.structure.title_shape import dateline_line, shape_check

if TYPE_CHECKING:
    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = ["title_past_standfirst"]

_STANDFIRST_LINES: Final = 3
"""Lines of a standfirst at most above the headline."""
_FIELD_LINES: Final = 2
"""Field lines at most between the date line and the text ("Lieu: Valmont")."""


def title_past_standfirst(
    doc: Document, lines: list[Line], prose: int, vocab: StructureVocabulary
) -> list[int]:
    """The headline's line below the standfirst that opens the text at ``prose``, or []."""
    shaped = shape_check(vocab)
    for index in range(prose + 1, min(len(lines) - 1, prose + _STANDFIRST_LINES + 1)):
        above, line, below = lines[index - 1], lines[index], lines[index + 1]
        if line.kind != "body" or above.kind != "body":
            return []  # the standfirst is one block of sentences, the headline under it
        if not ends_sentence(line_text(doc, above)):
            continue
        if (
            shaped(line_text(doc, line))
            and below.kind == "body"
            and dateline_line(doc, below)
            and _text_below(doc, lines, index + 2)
        ):
            return [index]
    return []


def _text_below(doc: Document, lines: list[Line], start: int) -> bool:
    """Whether the text goes on in prose a few lines below the date line (past its fields).

    A signature block ("Ministry of Foreign Affairs of Kalvora" / "3 March 2026") ends the
    text: nothing follows it.
    """
    for line in lines[start : start + _FIELD_LINES + 1]:
        if line.kind == "body" and is_prose(line_text(doc, line)):
            return True
    return False
