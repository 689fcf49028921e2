"""Find the headline printed under a bare document label in the same block.

Press releases copied from a PDF or a web page often open with a label naming the kind of
text in capitals ("COMMUNIQUÉ DE PRESSE", "PRESS RELEASE"), then the headline on the next
line or two (wrapped at the page's width), then the dateline and the text, with no blank
line between them. The label says what kind of text follows, not which: the headline is
the title. A line going on from the label with a linking word ("COMMUNIQUÉ" / "OF THE
1302ND MEETING …") is the label's own complement, left to the type-line rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.lexicon.structure import kind_key
from communique.patterncache import compile_regex
from communique.structure.header import dateline_span, is_prose, reads_as_prose
from communique.structure.lines import line_text
from communique.structure.masthead import is_organisation
from communique.structure.shapes import ends_sentence, starts_lowercase

if TYPE_CHECKING:
    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = ["dated_block_under_label", "headline_under_label"]

_WORD: Final = compile_regex(r"\p{L}+['’]?")
_MAX_LINES: Final = 2
"""A headline wraps over at most two lines under its label."""
_MIN_WORDS: Final = 5
"""A headline says something: a label's complement or a section name is shorter."""


def headline_under_label(
    doc: Document, lines: list[Line], head: list[int], index: int, vocab: StructureVocabulary
) -> list[int]:
    """The lines of the headline under the bare label at ``index``, or [].

    Args:
        doc: the document.
        lines: its lines, as marked so far.
        head: the indexes of the head lines (above the first prose line).
        index: a head line's index.
        vocab: the structure vocabulary of the document's language.
    """
    if not _bare_label(doc, lines[index], vocab):
        return []
    below = []
    for position in range(index + 1, min(index + 1 + _MAX_LINES + 1, len(lines))):
        line = lines[position]
        if line.kind != "body" or _opens_prose(line_text(doc, line)):
            break  # the text starts, wrapped or not ("Addis Abéba, le … : Dans le …, à")
        if position not in head:
            return []
        below.append(position)
    if not below or len(below) > _MAX_LINES:
        return []
    texts = [line_text(doc, lines[position]) for position in below]
    words = _WORD.findall(" ".join(texts))
    first = words[0].casefold() if words else ""
    if len(words) < _MIN_WORDS or (first in vocab.connectors and first not in vocab.articles):
        return []
    pairs = zip(below, texts, strict=True)
    if any(_not_headline(doc, lines[position], text, vocab) for position, text in pairs):
        return []
    return below


def dated_block_under_label(
    doc: Document, lines: list[Line], head: list[int], index: int, vocab: StructureVocabulary
) -> list[int]:
    """The headline of the dated block standing alone below a lone bare label, or [].

    A council's press release prints its kind alone, then the meeting's name over its place
    and date in a block of their own: "COMMUNIQUÉ DE PRESSE" / "" / "2630e session du
    Conseil" / "Affaires générales et relations extérieures" / "Bruxelles, le 13 décembre
    2004". The lines above the dateline are the headline; the dateline stays a header line.
    """
    if not _bare_label(doc, lines[index], vocab):
        return []
    if index + 2 >= len(lines) or lines[index + 1].kind != "blank":
        return []
    # the headline's lines (a line more than under a label in its block), then the
    # dateline, read as a header line already
    block = []
    for position in range(index + 2, min(index + 3 + _MAX_LINES + 1, len(lines))):
        if lines[position].kind not in ("body", "header"):
            break
        block.append(position)
        if lines[position].kind == "header":
            break
    end = block[-1] + 1 if block else index
    if len(block) < _MIN_DATED or (end < len(lines) and lines[end].kind != "blank"):
        return []
    if any(position not in head for position in block):
        return []
    *headline, dated = block
    last = lines[dated]
    if dateline_span(doc.text, last.body_start, last.end, doc.lang) is None:
        return []
    if starts_lowercase(line_text(doc, last)):
        return []  # "… du traité de l'Élysée, signé" / "le 22 janvier 1963.": a wrapped sentence
    if any(lines[position].kind != "body" for position in headline):
        return []
    texts = [line_text(doc, lines[position]) for position in headline]
    if len(_WORD.findall(" ".join(texts))) < _MIN_WORDS:
        return []
    pairs = zip(headline, texts, strict=True)
    if any(_not_headline(doc, lines[position], text, vocab) for position, text in pairs):
        return []
    return headline


def _bare_label(doc: Document, line: Line, vocab: StructureVocabulary) -> bool:
    """Whether a body line is only a kind of document ("COMMUNIQUÉ DE PRESSE")."""
    return line.kind == "body" and kind_key(line_text(doc, line), vocab) in vocab.kind_labels


_MIN_DATED: Final = 2
"""Lines at least of a dated block: a headline's line and the dateline."""


def _opens_prose(text: str) -> bool:
    """Whether a line is running prose, ended or cut by a wrap."""
    return is_prose(text) or reads_as_prose(text)


_CLAUSE_COMMAS: Final = 2
"""Commas a line under a label holds at least when it is a sentence's clauses, no headline."""


def _not_headline(doc: Document, line: Line, text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line under the label is a dateline, prose or a body's name, not a headline."""
    return (
        ends_sentence(text)
        or is_prose(text)
        # "The Minister, Jean Talbot, has sent …": a sentence's clauses, wrapped
        or text.count(",") >= _CLAUSE_COMMAS
        or is_organisation(text, vocab)
        or dateline_span(doc.text, line.body_start, line.end, doc.lang) is not None
    )
