"""The head of a text: the lines above its first line of running prose, where its title is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.lexicon.structure import structure_vocabulary
from communique.structure.header import (
    WRAPPED_PROSE,
    cuts_date,
    is_prose,
    lead_after_dateline,
    opens_text,
    reads_as_cut_prose,
    reads_as_prose,
)
from communique.structure.lines import hinted, line_text
from communique.structure.masthead import is_document_name, names_issuer
from communique.structure.name_wrap import cuts_name
from communique.structure.shapes import ends_on_link, ends_sentence, starts_lowercase
from communique.structure.title_shape import dateline_line

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = ["SCAN_LINES", "head_lines"]

SCAN_LINES: Final = 15
_SENTENCE_LINES: Final = 12
"""Lines at most a wrapped opening sentence runs on before its full stop."""


def head_lines(doc: Document, lines: list[Line]) -> tuple[list[int], int | None]:
    """Indexes of the lines above the first prose line, and that line's index (or None).

    A line the input's markup makes the title (a Markdown "# …") is no prose, however long.
    """
    vocab = structure_vocabulary(doc.lang)
    issuers = vocab.organisation_heads | vocab.meeting_words
    head: list[int] = []
    seen = 0
    titled = hinted(doc, lines, "title")  # "# No:433/20, Information of … on …": however long
    for index, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.kind == "body":
            text = line_text(doc, line)
            opens = index not in titled and (
                opens_text(text)
                or lead_after_dateline(text, doc.lang)  # "Valmont, 28 May 2026 – The …"
                or (  # "THE SECURITY COUNCIL,"
                    names_issuer(text, issuers) and not _capitals_below(doc, lines, index)
                )
            )
            if opens and not _wrapped_after_comma(doc, lines, index, issuers):
                return head, index
            if _name_goes_on(doc, lines, index):
                return head, index  # "…, Monsieur Paul-Henri" / "KORAN SAINT-AMAND, qui …"
            if _wrapped_sentence(doc, lines, index):
                return head, index
            seen += 1
            if seen > SCAN_LINES:
                break
        head.append(index)
    return head, None


def _wrapped_sentence(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a block of lines cut at a fixed width opens with a sentence.

    Plain text cut at a fixed width ("The Commission has learnt with concern of the" /
    "attack perpetrated on 8 October against the mission …" / "… in the capital."): the
    first two lines read as prose together, the second goes on in lower case, and a line
    of the block ends the sentence. A title wrapped in sentence case ends with no full stop.
    """
    if index + 1 >= len(lines) or lines[index + 1].kind != "body":
        return False
    if is_document_name(line_text(doc, lines[index]), structure_vocabulary(doc.lang)):
        return False  # "Communiqué conjoint de la 3e session" / "de la Commission …": a title
    dated = _dateline_above(doc, lines, index)
    if not (dated or _block_opens(lines, index)):
        return False  # the block opens on a line above (or furniture cuts a sentence)
    text, below = line_text(doc, lines[index]), line_text(doc, lines[index + 1])
    # "THE TENTH SUMMIT of the Authority of the Common Market for Eastern and" / "Southern
    # Africa (COMESA) was held …": a line cut on a link goes on, whatever the case below.
    joined = f"{text} {below}"
    if starts_lowercase(below):
        # Under a dateline the text starts, and a full line cut at the margin goes on: a
        # sentence naming bodies reads as prose there ("Adopted by the Peace and Security
        # Council (PSC) of the African Union (AU) at its 994th" / "meeting held on …").
        full = len(text) >= WRAPPED_PROSE and not text.isupper()
        if not (reads_as_cut_prose(joined) if dated or full else reads_as_prose(joined)):
            return False
    elif not (
        len(text) >= WRAPPED_PROSE
        and not text.isupper()
        and (
            ends_on_link(text, structure_vocabulary(doc.lang).connectors)
            or cuts_date(text, below, doc.lang)  # "… held in Orlan on 18 June" / "2026, …"
            or cuts_name(text, below, doc.lang)  # "… de l'Allemagne, Mme Olga" / "Renn, se …"
        )
        and reads_as_cut_prose(joined)
    ):
        return False
    for position in range(index + 1, min(len(lines), index + 1 + _SENTENCE_LINES)):
        if lines[position].kind != "body":
            return False
        last = line_text(doc, lines[position])
        if ends_sentence(last):
            return True
        # "… AMISOM's mandate," / "" / "The Peace and Security Council,": a decision's
        # opening clause ends its block with a comma.
        closed = position + 1 == len(lines) or lines[position + 1].kind == "blank"
        if closed and last.rstrip().endswith(","):
            return True
    return False


def _block_opens(lines: list[Line], index: int) -> bool:
    """Whether the line opens its block: the top, a blank line or a header line above it.

    A page number between does not count ("31 March 2015" / "1" / "THE SUMMIT …"); a
    line of text above it does (a page break cuts that line's sentence).
    """
    above = index - 1
    while above >= 0 and lines[above].kind == "page_number":
        above -= 1
    return above < 0 or lines[above].kind in ("blank", "header")


def _dateline_above(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a dateline of its own stands above the line, blank lines between or none.

    "25TH MARCH 2017, NAIROBI" / "The Assembly … held": the text starts below it.
    """
    above = index - 1
    while above >= 0 and lines[above].kind == "blank":
        above -= 1
    return above >= 0 and lines[above].kind == "body" and dateline_line(doc, lines[above])


def _capitals_below(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the next text line is a short one in capitals: a masthead goes on below.

    "DEPARTMENT OF TRADE," over "STRELSAU." heads a release; "The Council," over
    "Recalling its resolutions …" opens a decision's clauses.
    """
    below = next((line for line in lines[index + 1 :] if line.kind != "blank"), None)
    if below is None or below.kind != "body":
        return False
    text = line_text(doc, below)
    return text.isupper() and not is_prose(text)


def _name_goes_on(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line's last name goes on, in capitals, on the next line of its block."""
    if index + 1 >= len(lines) or lines[index + 1].kind != "body":
        return False
    below = line_text(doc, lines[index + 1])
    return cuts_name(line_text(doc, lines[index]), below, doc.lang)


def _wrapped_after_comma(
    doc: Document, lines: list[Line], index: int, issuers: frozenset[str]
) -> bool:
    """Whether a short head line ending with a comma is a title or name wrapped after it.

    "Joint Statement of the Ministers of Ruritania," / "Strelsau and Grand Fenwick": the
    next line of the block goes on in capitalised words, neither a clause ("Recalling …")
    nor prose. A decision's opening ("The Council,") stands alone or above a clause.
    """
    text = line_text(doc, lines[index])
    if is_prose(text) or names_issuer(text, issuers) or index + 1 >= len(lines):
        return False
    if lines[index + 1].kind != "body":
        return False
    below = line_text(doc, lines[index + 1])
    vocab = structure_vocabulary(doc.lang)
    return not (
        starts_lowercase(below)
        or opens_text(below)
        or ends_sentence(below)
        or vocab.clause_opener.match(below)
        or vocab.participle.match(below)
    )
