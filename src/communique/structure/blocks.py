"""Mark the furniture and header blocks a press page prints between its paragraphs.

A label alone on its line takes the rest of its block: "From:" above the issuing offices,
"Published" above a date (a header date), "Notes to editors", "For media enquiries:" above
contact lines. A signature label ("Signed by:", "Ont signé :") takes the names and offices
listed below it as closing header lines, read for signatories, never paragraphs. A
standfirst, a summary printed above the body that repeats the opening of the first
paragraph, is furniture.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import TYPE_CHECKING, Final

import attrs

from communique.lexicon.structure import StructureVocabulary, line_key
from communique.patterncache import compile_regex
from communique.structure.credits import is_contact
from communique.structure.header import dateline_span, is_prose
from communique.structure.lines import body_blocks, line_text, stripped_span
from communique.structure.reading import build_unit
from communique.structure.shapes import ends_sentence

if TYPE_CHECKING:
    from communique.document import Document, Line, Unit

__all__ = ["mark_blocks"]

_MAX_ENTRY: Final = 200
"""Longest line of a signature or contact block; a longer line is content again."""
_HEAD_BLOCKS: Final = 6
"""How many blocks from the top may hold a standfirst."""
_MAX_STANDFIRST: Final = 400
_MIN_STANDFIRST_WORDS: Final = 5
_SAME: Final = 0.8
"""Share of a standfirst's words found, in order, in the opening of the paragraph below."""
_ADDED: Final = 2
"""Words the paragraph may always add inside a standfirst's repeat."""
_ADDED_SHARE: Final = 4
"""A longer standfirst's repeat may add a quarter of its words ("signed a new agreement on
fisheries cooperation" repeats "signed an agreement on fisheries"); more, and the paragraph
says the line again in its own words."""
_SLACK: Final = 4
"""Extra words of the paragraph compared, for words the standfirst left out."""
_WORDS: Final = compile_regex(r"[\p{L}\p{N}]+")
_LEAD_WORDS: Final = 2
"""A paragraph repeating the standfirst opens with its first words; one that restates it
(another opening, a date for "today") is the text's own first paragraph below a summary."""
_MAX_CONTACT: Final = 80
"""Longest name or office line of a press contact block."""


def mark_blocks(
    doc: Document, lines: list[Line], vocab: StructureVocabulary
) -> tuple[list[Line], list[Unit], list[Unit]]:
    """Mark label blocks and a standfirst in ``lines``.

    Returns:
        The lines, the new header units (dates), and the signature lines as closing units.
    """
    lines = list(lines)
    units: list[Unit] = []
    signatures: list[Unit] = []
    for index in range(len(lines)):
        if lines[index].kind not in ("body", "boilerplate"):
            continue  # a label may already be furniture ("Publié le")
        key = line_key(line_text(doc, lines[index]))
        if key in vocab.block_labels:
            units.extend(_take_block(doc, lines, index, vocab))
        elif key in vocab.signature_labels:
            signatures.extend(_take_signatures(doc, lines, index))
    _drop_standfirst(doc, lines)
    _drop_contact_blocks(doc, lines, vocab)
    return lines, units, signatures


def _block_after(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> list[int]:
    """Indexes of the body lines right below ``index`` in its block, up to another label."""
    taken = []
    for following in range(index + 1, len(lines)):
        if lines[following].kind != "body":
            break
        key = line_key(line_text(doc, lines[following]))
        if key in vocab.block_labels or key in vocab.signature_labels:
            break
        taken.append(following)
    return taken


def _take_block(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> list[Unit]:
    """The label and its block are furniture; a date under a date label is a header."""
    label = line_text(doc, lines[index])
    below = _block_after(doc, lines, index, vocab)
    texts = [line_text(doc, lines[i]) for i in below]
    if any(len(text) > _MAX_ENTRY for text in texts) or sum(map(is_prose, texts)) > 1:
        below = []  # prose under a label is content, hard-wrapped lines too (a PDF's text)
    lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    if len(below) == 1 and vocab.date_label_line.fullmatch(label):
        line = lines[below[0]]
        if dateline_span(doc.text, line.start, line.end, doc.lang) is not None:
            lines[below[0]] = attrs.evolve(line, kind="header")
            span = stripped_span(doc.text, line.body_start, line.end)
            return [build_unit(doc, "header", [span])[0]]
    for following in below:
        lines[following] = attrs.evolve(lines[following], kind="boilerplate")
    return []


def _take_signatures(doc: Document, lines: list[Line], index: int) -> list[Unit]:
    """The label is furniture; the entries below it, across blank lines, are header lines.

    The list ends at a line of running prose or a long line (the text goes on).
    """
    lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    units = []
    for following in range(index + 1, len(lines)):
        line = lines[following]
        if line.kind != "body":
            continue
        text = line_text(doc, line)
        if len(text) > _MAX_ENTRY or is_prose(text):
            break
        lines[following] = attrs.evolve(line, kind="header")
        units.append(
            build_unit(doc, "header", [stripped_span(doc.text, line.body_start, line.end)])[0]
        )
    return units


def _drop_contact_blocks(doc: Document, lines: list[Line], vocab: StructureVocabulary) -> None:
    """Mark as furniture the names and offices printed with a telephone number or e-mail.

    "Anna Lee" / "Spokesperson for Energy" / "+32 2 …" / "anna.lee@…": a block of short
    lines, no prose, one of them a contact line already furniture, is a press contact
    even without a label above it. Only below the text: above it, such a block is a
    letterhead, whose name lines may be the title.
    """
    texts = (line_text(doc, line) if line.kind == "body" else "" for line in lines)
    start = next((i for i, text in enumerate(texts) if is_prose(text)), len(lines))
    block: list[int] = []
    for index in range(start, len(lines) + 1):
        if index < len(lines) and lines[index].kind in ("body", "boilerplate", "header"):
            block.append(index)
            continue
        if _is_contact_block(doc, lines, block, vocab):
            for i in block:
                if lines[i].kind == "body":
                    lines[i] = attrs.evolve(lines[i], kind="boilerplate")
        block = []


def _is_contact_block(
    doc: Document, lines: list[Line], block: list[int], vocab: StructureVocabulary
) -> bool:
    """Whether a block of lines holds a contact line and otherwise only short lines."""
    texts = [(lines[i].kind, line_text(doc, lines[i])) for i in block]
    if not any(kind == "body" for kind, _ in texts):
        return False
    if any(kind == "body" and (len(text) > _MAX_CONTACT or is_prose(text)) for kind, text in texts):
        return False
    return any(kind == "boilerplate" and is_contact(text, vocab) for kind, text in texts)


def _shared_words(words: list[str], other: list[str]) -> int:
    """How many words the two share, repeats counted: a bound on any alignment of them.

    >>> _shared_words(["a", "b", "a"], ["a", "c"])
    1
    """
    return (Counter(words) & Counter(other)).total()


def _drop_standfirst(doc: Document, lines: list[Line]) -> None:
    """Mark as furniture a summary sentence that the next block opens with again.

    The next block repeats it, word for word from its first words, and goes on; a block
    that says it again in other words ("On 17 June, the Minister spoke …" below "The
    Minister spoke … today.") leaves it a paragraph.
    """
    blocks = body_blocks(lines)[:_HEAD_BLOCKS]
    for block, following in itertools.pairwise(blocks):
        text = " ".join(line_text(doc, lines[i]) for i in block)
        if len(text) > _MAX_STANDFIRST or not ends_sentence(text):
            continue
        words = [w.casefold() for w in _WORDS.findall(text)]
        if len(words) < _MIN_STANDFIRST_WORDS:
            continue
        after = " ".join(line_text(doc, lines[i]) for i in following)
        opening = [w.casefold() for w in _WORDS.findall(after)][: len(words) + _SLACK]
        if len(opening) <= len(words) and text.strip() != after.strip():
            continue  # the block below is no longer: no paragraph repeats it
        if opening[:_LEAD_WORDS] != words[:_LEAD_WORDS]:
            continue  # "On 17 June, the Minister spoke …" restates "The Minister spoke … today."
        if _shared_words(words, opening) < _SAME * len(words):
            continue  # too few words in common for the alignment to reach the threshold
        import difflib  # rarely reached (the bound above rejects most pairs): off the import

        matcher = difflib.SequenceMatcher(None, words, opening, autojunk=False)
        parts = [part for part in matcher.get_matching_blocks() if part.size]
        matched = sum(part.size for part in parts)
        # the words the paragraph adds inside the repeat count against it: "Minister X is
        # in Norland." is a headline the lead says again in its own words ("Minister Karl X
        # is paying a visit to Norland"), no standfirst printed twice
        added = parts[-1].b + parts[-1].size - parts[0].b - matched
        if matched >= _SAME * len(words) and added <= max(_ADDED, len(words) // _ADDED_SHARE):
            for i in block:
                lines[i] = attrs.evolve(lines[i], kind="boilerplate")
            return
