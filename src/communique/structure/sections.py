"""Numbered section titles of a readout ("1. Bilateral Relations") above unnumbered prose.

A ministry's readout numbers its sections, not its paragraphs: "1. Bilateral Relations",
a blank line, then paragraphs of prose without numbers, then "2. Regional Affairs". Each
numbered line is a short label without final punctuation and without a verb, and every
numbered line of the same style opening a block is such a label above prose, numbered from
1 in sequence; one numbered sentence or list item among them means the numbers count
paragraphs or items instead.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Final

from communique.lexicon.structure import structure_vocabulary
from communique.structure.lines import line_text
from communique.structure.shapes import ends_sentence, last_word, parse_marker, starts_lowercase

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = ["aside_below", "numbered_titles"]

_MAX_WORDS: Final = 8
_MAX_TOPIC_WORDS: Final = 16
"""A press briefing's topic may run longer, set off by a dash or a bracket: "République
tchèque - Déplacement de M. X à Prague (13 octobre 2014)"."""
_TOPIC_MARK: Final = re.compile(r"\s[-–—]\s|\([^()]+\)\s*$")
_MAX_CHARS: Final = 100
_PROSE_CHARS: Final = 60
"""A line this long below a title is prose even without a final stop (a hard wrap)."""
_NO_TITLE_END: Final = ".,;:!?…"
_WORD: Final = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_TITLE_STYLES: Final = frozenset((".", ")", "()"))


def numbered_titles(doc: Document, lines: Sequence[Line], body: Sequence[int]) -> frozenset[int]:
    """Indices of the numbered body ``lines`` that are section titles.

    Args:
        doc: the document.
        lines: its lines.
        body: indices of its body lines, in order.
    """
    vocab = structure_vocabulary(doc.lang)
    by_style: dict[tuple[str, bool], list[tuple[int, int, bool]]] = defaultdict(list)
    for position, index in enumerate(body):
        text = line_text(doc, lines[index])
        marker = parse_marker(text)
        if marker is None or not _opens_block(doc, lines, body, position):
            continue
        following = body[position + 1] if position + 1 < len(body) else None
        aside = aside_below(doc, lines, index)
        if aside is not None:
            # "1. Official visit to Valmont" / "(28-30 October)" / prose: the prose is below
            following = body[position + 2] if position + 2 < len(body) else None
        title = (
            marker.style in _TITLE_STYLES
            and following is not None
            and not _announced(doc, lines, body, position)
            and _title_shaped(text[marker.end :], vocab)
            and _prose(line_text(doc, lines[following]))
        )
        by_style[(marker.style, marker.letter)].append((index, marker.number, title))
    return frozenset(
        index
        for found in by_style.values()
        if all(title and number == rank for rank, (_, number, title) in enumerate(found, 1))
        for index, _, _ in found
    )


_ASIDE: Final = re.compile(r"\((?:[^()\n.!?]|\.(?=\S)|(?<=[A-Z])\.)+\)")
"""A title's bracketed aside on a line of its own: its dates or its place ("(28-30 October)",
"(Valmont, 5 May)", "(U.N. Headquarters, N.Y.)"); no sentence ("(The agenda was adopted
without a vote.)")."""
_ASIDE_WORDS: Final = 5
"""Words at most of a title's aside."""


def aside_below(doc: Document, lines: Sequence[Line], index: int) -> int | None:
    """The line right below ``index`` when it is only a bracketed aside, else None.

    A section's title may print its dates or place under it, in brackets: "1. Official
    visit to Valmont" / "(28-30 October)". The aside belongs to the title, not to the prose.
    """
    below = index + 1
    if below >= len(lines) or lines[below].kind != "body":
        return None
    aside = line_text(doc, lines[below]).strip()
    if _ASIDE.fullmatch(aside) is None or len(aside.split()) > _ASIDE_WORDS:
        return None
    return below


def _announced(doc: Document, lines: Sequence[Line], body: Sequence[int], position: int) -> bool:
    """Whether the body line right above ends with a colon: the line is its list's item.

    "… signed the following agreements:" / "1. Agreement on …": no section's title.
    """
    index = body[position]
    if position == 0 or lines[index - 1].kind != "body":
        return False
    return line_text(doc, lines[body[position - 1]]).rstrip().endswith(":")


def _opens_block(doc: Document, lines: Sequence[Line], body: Sequence[int], position: int) -> bool:
    """Whether the body line opens a block: after a blank line or the end of a sentence.

    Or below a label standing alone above it, a part's title over its first section's
    ("Communication by the Secretary General" / "1. Official visit to Valmont").
    """
    index = body[position]
    if position == 0 or lines[index - 1].kind != "body":
        return True
    above = line_text(doc, lines[index - 1])
    if ends_sentence(above):
        return True
    alone = index < 2 or lines[index - 2].kind != "body"
    vocab = structure_vocabulary(doc.lang)
    return alone and parse_marker(above) is None and _title_shaped(above.strip(), vocab)


def _title_shaped(label: str, vocab: StructureVocabulary) -> bool:
    """A short label, capitalised, no final punctuation, no verb ("Regional Affairs")."""
    limit = _MAX_TOPIC_WORDS if _TOPIC_MARK.search(label) else _MAX_WORDS
    if len(label) > _MAX_CHARS or len(label.split()) > limit or label.count(",") > 1:
        return False
    words = _WORD.findall(label)
    if not words:
        return False
    if label[-1] in _NO_TITLE_END or starts_lowercase(label) or not label[0].isalpha():
        return False
    if last_word(label) in vocab.connectors:
        return False  # "1. The ministers of Aldoria and": a sentence cut by the line's end
    pieces = [piece for word in words for piece in word.split("'")]
    first = pieces[0]
    if first.lower() in vocab.sentence_words and first[:1].isupper() and first[1:].islower():
        return False
    if any(piece in vocab.sentence_words for piece in pieces[1:]):
        return False
    # "Decides to remain seized", "Welcomes the efforts": a decision's clause, unless
    # every word is capitalised as in a title ("Meeting With Civil Society").
    return vocab.clause_opener.match(label) is None or _title_case(words, vocab.connectors)


def _title_case(words: list[str], connectors: frozenset[str]) -> bool:
    return all(word[0].isupper() or word in connectors for word in words)


def _prose(text: str) -> bool:
    """Whether a line reads as running prose under a title: not numbered, not a label.

    Paragraphs numbered again in another style ("(1) The Minister …") count as prose: the
    section above them is numbered like the others.
    """
    marker = parse_marker(text)
    if marker is not None and (marker.style != "()" or marker.number != 1):
        return False
    if marker is not None:
        text = text[marker.end :]
    if starts_lowercase(text):
        return False  # the numbered line is a paragraph cut by a wrap
    return len(text) >= _PROSE_CHARS or ends_sentence(text)
