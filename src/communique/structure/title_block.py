"""A title printed as a block of lines right above the prose, no blank line around it.

Text extracted from a PDF, or from a page that prints its head without spacing, loses the
blank lines that set a headline apart: the issuer's lines, a kind label, the headline
wrapped over two or three lines and a place-and-date line in brackets run straight into the
first sentence ("PRESS RELEASE" / "Council of Kalvora" / "12th Session of the Council" /
"(Valmont, 18-19 May 2025) –" / "Summary by the Co-Chairs" / "Delegations from both …"). When no
line of the head stands alone as a title, the lines just above the prose are the title if
each is shaped like one (or is a bracketed place and date inside it) and the line above
them is not part of them: a label, an organisation, furniture, a blank line or the top.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.lexicon.agreements import agreement_vocabulary
from communique.lexicon.structure import kind_key
from communique.patterncache import compile_regex
from communique.structure.author_line import is_author_line
from communique.structure.header import dateline_span, lead_after_dateline, reads_as_prose
from communique.structure.lines import line_text
from communique.structure.masthead import is_organisation
from communique.structure.shapes import ends_sentence, last_word, starts_lowercase
from communique.structure.typeline import is_address

if TYPE_CHECKING:
    from collections.abc import Callable

    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = ["goes_on", "sentence_start", "title_block_above"]

_MAX_LINES: Final = 3
"""A headline wraps over at most three lines; a taller block is a masthead or an address."""
_MAX_WORDS: Final = 40
_NUMBERED: Final = compile_regex(r"\d{1,2}[ \t]*[-–.)][ \t]+\S")
"""A numbered section's heading ("1 - Réunion ministérielle …", "2. Kosovo")."""
_BRACKETED: Final = compile_regex(r"\([^()]{3,80}\)[ \t]*[-–—:]?")
"""A bracketed place and date inside a headline: "(Valmont, 18-19 May 2025) –"."""


def title_block_above(
    doc: Document,
    lines: list[Line],
    head: list[int],
    prose: int | None,
    vocab: StructureVocabulary,
    shaped: Callable[[str], bool],
) -> list[int]:
    """The indexes of the title lines printed right above the first prose line, or none.

    ``prose`` is the first line the head ends at (a sentence), or None; a line above it
    that reads as prose though a hard wrap cut its sentence starts the text.

    ``shaped`` tells a title-shaped line (:func:`communique.structure.title_shape.shape_check`).
    """
    first = next((i for i in head if _reads_as_prose(doc, lines[i])), prose)
    if first is None:
        return []
    first = sentence_start(doc, lines, head, first, vocab)
    title: list[int] = []
    index = first - 1
    # "Headline" / "Valmont, 28 May 2026 – The Chairperson …": the dateline opens the prose
    led = first < len(lines) and lead_after_dateline(line_text(doc, lines[first]), doc.lang)
    dated = index in head and (
        lines[index].kind == "header" or (lines[index].kind == "body" and _dated(doc, lines[index]))
    )
    if dated:
        index -= 1  # a dateline between the headline and the prose stays a header line
    labelled = numbered = False
    # "Point de presse du 4 mars" / "1 - Réunion ministérielle …" / prose: the first
    # section's numbered heading under the headline is no line of it.
    if index in head and lines[index].kind == "body":
        numbered = _NUMBERED.match(line_text(doc, lines[index])) is not None
        # not an item of a list ("1 - Réunion …" / "2 - Réunion …"): one numbered line
        above = index - 1
        listed = above >= 0 and lines[above].kind == "body"
        numbered = numbered and not (listed and _NUMBERED.match(line_text(doc, lines[above])))
        index -= int(numbered)
    # "Headline" / "Media Note" / "Office of the Spokesperson" / "Valmont" / dateline: the
    # kind label with the issuer's office and place under it, all header lines
    above_label = _label_with_issuer(doc, lines, head, index, vocab) if dated else None
    if above_label is not None:
        index, labelled = above_label, True
    while index in head and lines[index].kind == "body":
        text = line_text(doc, lines[index])
        kind_label = kind_key(text, vocab) in vocab.kind_labels
        if not title and not labelled and kind_label:
            # "Headline" / "Communiqué de presse" / dateline: the kind label under the headline
            labelled = True
            index -= 1
            continue
        # A line opening on a linking word goes on the one above: no label, no organisation.
        if not goes_on(text, vocab) and (
            _above_title(text, vocab) or is_author_line(text, doc.lang, vocab)
        ):
            if title and kind_label and goes_on(line_text(doc, lines[title[0]]), vocab):
                title.insert(0, index)  # "Joint Press Release" / "Between the Republic of …"
            break
        title.insert(0, index)
        if len(title) > _MAX_LINES:
            return []
        index -= 1
    texts = [line_text(doc, lines[i]) for i in title]
    if title and _BRACKETED.fullmatch(texts[0]) is not None:
        return []  # a place and date in brackets goes on a title, never opens one
    if (
        len(title) < (1 if dated or numbered or led else 2)
        or sum(len(t.split()) for t in texts) > _MAX_WORDS
    ):
        return []
    for position, (index, text) in enumerate(zip(title, texts, strict=True)):
        bracketed = position > 0 and _BRACKETED.fullmatch(text) is not None
        # "… Philippines" / "and the …"; "… Commission" / "held in Valmont from 9 - 10 May"
        going_on = position > 0 and (goes_on(text, vocab) or starts_lowercase(text))
        if not (bracketed or going_on) and (not shaped(text) or _dated(doc, lines[index])):
            return []
    return title


def sentence_start(
    doc: Document,
    lines: list[Line],
    head: list[int],
    first: int,
    vocab: StructureVocabulary,
    width: int | None = None,
) -> int:
    """The head line where the sentence that ``first`` ends starts, a hard wrap above it.

    "The 3rd Session of the Commission between" / "the Government of … and the" /
    "Government of … was held" / "in Valmont from 9 to 10 May 2026.": a line opening in
    lower case, or under a line ending on a linking word or a comma, goes on the one above.
    In a text hard-wrapped at ``width``, so does a line under one that fills the width
    without ending a sentence, a blank line between them maybe (a double-spaced page: "Le
    président …, M. X s'est entretenu, mercredi à New" / "" / "York (Etats-Unis), avec …").
    """
    start = first
    while True:
        above_index = start - 1
        if width is not None and above_index > 0 and lines[above_index].kind == "blank":
            above_index -= 1
        if above_index not in head or lines[above_index].kind != "body":
            break
        above, text = line_text(doc, lines[above_index]), line_text(doc, lines[start])
        wrapped = (
            width is not None and len(above) >= _FULL_SHARE * width and not ends_sentence(above)
        )
        if not (
            wrapped
            or starts_lowercase(text)
            or last_word(above) in vocab.connectors
            or above.endswith(",")
        ):
            break
        start = above_index
    return start


_FULL_SHARE: Final = 0.75
"""Share of the wrap width a line fills when the margin, not its writer, ended it."""


def goes_on(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line opens on a linking word, going on with the line above ("and the …").

    An article opens a headline or a masthead ("The Presidency of …"), not a continuation.
    """
    first = _first_word(text)
    return first in vocab.connectors and first not in vocab.articles


def _first_word(text: str) -> str:
    """The line's first word, case-folded, or "" for a blank line."""
    return text.split(maxsplit=1)[0].casefold() if text.strip() else ""


def _reads_as_prose(doc: Document, line: Line) -> bool:
    """A body line of running prose, even cut by a hard wrap before its sentence ends."""
    return line.kind == "body" and reads_as_prose(line_text(doc, line))


def _above_title(text: str, vocab: StructureVocabulary) -> bool:
    """A line a head prints above its headline: a kind label, an organisation, a label."""
    return (
        kind_key(text, vocab) in vocab.kind_labels
        or is_organisation(text, vocab)
        or text.rstrip().endswith(":")
        or is_address(text, vocab)
    )


def _label_with_issuer(
    doc: Document, lines: list[Line], head: list[int], index: int, vocab: StructureVocabulary
) -> int | None:
    """The line above a kind label whose issuer's office or place lines end at ``index``.

    A release's masthead under its headline: "Media Note" / "Office of the Spokesperson" /
    "Valmont" above the dateline. At least one such line stands under the label; None
    when the lines are anything else.
    """
    below = 0
    while below <= _MAX_ISSUER_LINES and index in head and lines[index].kind == "body":
        text = line_text(doc, lines[index])
        if kind_key(text, vocab) in vocab.kind_labels:
            return index - 1 if below else None
        if goes_on(text, vocab) or _first_word(text) in agreement_vocabulary(doc.lang).party_links:
            return None  # "Joint Press Release" / "Between the Republic of …" / "and the …"
        if not (is_organisation(text, vocab) or _PLACE_LINE.fullmatch(text) is not None):
            return None
        below += 1
        index -= 1
    return None


_MAX_ISSUER_LINES: Final = 3
"""Lines at most between a kind label and the dateline: an office, a bureau, a place."""
_PLACE_LINE: Final = compile_regex(r"\p{Lu}[\p{L}'’.-]*(?:,?[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}")
"""A place alone on its line: "Valmont", "Washington, DC", "Port Louis, Mauritius"."""


def _dated(doc: Document, line: Line) -> bool:
    """Whether a line is a dateline ("Valmont, 18 May 2025"): a header line, no title."""
    return dateline_span(doc.text, line.body_start, line.end, doc.lang) is not None
