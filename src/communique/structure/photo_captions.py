"""Tell the lines of a photo's caption block around its credit from the text.

News portals print a photo as a block of short lines: its alt text cut to the first word,
the credit, the caption, and the day and place the photo was taken::

    Cérémonie
    © Présidence de CI par DR
    Cérémonie d'ouverture du sommet extraordinaire de la CEDEAO à Accra
    Jeudi 06 novembre 2014. Accra

The credit line and the caption under it are furniture already (``credit_marks``); the word
above the credit, which the caption opens with, and the day below the caption are too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.lexicon.structure import line_key
from communique.patterncache import compile_pattern, compile_regex
from communique.structure.lines import line_text

if TYPE_CHECKING:
    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = ["caption_day", "caption_word", "credited_caption"]

_MAX_WORD: Final = 30
"""Characters at most of the alt text's word above a credit."""
_MAX_DAY_LINE: Final = 60
"""Characters at most of a caption's day and place line."""
_PLACE_WORDS: Final = 3
"""Words at most after the day in a caption's day line: its place."""
_MAX_CAPTION: Final = 400
"""Characters at most of a caption ending on its photo's credit."""
_AGENCY_CREDIT: Final = compile_regex(r"\p{L}[ \t]?/[ \t]?\p{Lu}")
"""A photographer and their agency joined by a slash inside a credit ("Nhan Sang/VNA")."""
_LAST_BRACKET: Final = compile_pattern(r"\(([^()\n]{1,120})\)[ \t]*$")
"""The bracket ending a line, its inside in group 1."""


def caption_word(
    doc: Document, lines: list[Line], index: int, content: str, vocab: StructureVocabulary
) -> bool:
    """Whether a word alone sits right above a photo's credit, opening the caption below it.

    "Cérémonie" / "© Présidence de CI par DR" / "Cérémonie d'ouverture du sommet …": the
    photo's alt text, cut to its first word. A heading above a credit opens no caption.
    """
    word = content.strip()
    if not word or len(word) > _MAX_WORD or " " in word or index + 2 >= len(lines):
        return False
    if word.casefold() in vocab.title_nouns or line_key(word) in vocab.kind_labels:
        return False  # "Communiqué" / "© AIP" / "Communiqué du Conseil …": the page's title
    credit, caption = lines[index + 1], lines[index + 2]
    if caption.kind == "blank" or not _credit_line(doc, credit, vocab):
        return False
    below = line_text(doc, caption).strip()
    return below.startswith(word) and not below[len(word) : len(word) + 1].isalnum()


def caption_day(
    doc: Document, lines: list[Line], index: int, content: str, vocab: StructureVocabulary
) -> bool:
    """Whether a short line giving a day and a place ends a caption printed under its credit.

    "© AIP" / "Cérémonie d'ouverture du sommet … à Accra" / "Jeudi 06 novembre 2014.
    Accra": the day the photo was taken, under a caption already furniture.
    """
    if index < 2 or len(content) > _MAX_DAY_LINE:
        return False
    caption, credit = lines[index - 1], lines[index - 2]
    if caption.kind != "boilerplate" or credit.kind != "boilerplate":
        return False
    if not _credit_line(doc, credit, vocab):
        return False
    found = readings.found_dates(doc, content)
    if not found or content[: found[0].start].strip():
        return False
    # The place only: a time after the day ("March 12, 2026 10:15 AM") is the page's stamp.
    rest = content[found[0].end :].strip(" \t.,-–—")
    return len(rest.split()) <= _PLACE_WORDS and not any(char.isdigit() for char in rest)


def _credit_line(doc: Document, line: Line, vocab: StructureVocabulary) -> bool:
    """Whether a line, not blank, opens on a photo's credit mark ("© AIP", "Photo : …")."""
    return line.kind != "blank" and vocab.credit_marks.match(line_text(doc, line)) is not None


def credited_caption(content: str, vocab: StructureVocabulary, *, above_text: bool) -> bool:
    """Whether a line ends on its photo's credit in brackets: a caption, set among paragraphs.

    "Secretary X (left) and Minister Y (right) sign the Joint Plan of Action. (Photo from
    the Ministry/Twitter)", « X (à gauche) et Y à Orlan (Photo : MAE) »; ``above_text`` (no
    line but furniture above it), "X and Y shake hands. (photo by Z)". A bracket opening
    on a credit's mark and its link (``credit_marks``, ``credit_links``) after the text: not
    "(Photo exhibition of the Republic)".
    """
    content = content.rstrip(" \t|")  # "… (Photo : X/VNA) |": a table's cell, its bar after
    if len(content) > _MAX_CAPTION or not content.endswith(")"):
        return False
    bracket = _LAST_BRACKET.search(content)
    before = content[: bracket.start()].rstrip() if bracket is not None else ""
    if bracket is None or not before:
        return False  # "(Photo: MAE)" alone: the credit line's own reading
    if vocab.credit_link.match(bracket.group(1)) is None:
        return False
    # A caption above the headline, or one placing its people in the photo ("X (left) and Y
    # (right) sign …"): in the text, "… presented the exhibition. (Photo by courtesy of the
    # Museum)" or « … le festival de la photographie (Photo : festival de Dakar) » is a
    # paragraph's remark.
    # A photographer's name and agency ("(Photo : Nhan Sang/VNA)") credit a picture, never
    # a paragraph's remark.
    return (
        above_text
        or vocab.photo_position.search(before) is not None
        or _AGENCY_CREDIT.search(bracket.group(1)) is not None
    )
