"""A minister's byline over a release: the styled name, the office below it, furniture.

Governments print their ministers' releases under a block naming who issues them: "Hon
Anna Serel" / "Minister of Foreign Affairs" (and the office again in another language),
« S.E. M. Karl Lirov » / « Ministre des Affaires étrangères ». The block stands above the
text's first sentence, lines of their own; the text names the minister again if it means to.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import regex

from communique.lexicon.persons import person_vocabulary, person_words
from communique.patterncache import compile_regex
from communique.structure.header import is_prose
from communique.structure.lines import line_text
from communique.structure.shapes import ends_sentence
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from communique.document import Document, Line
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["byline_blocks"]

_MAX_LINES: Final = 4
"""Lines of a byline block at most: the name, the office, its translation, a portfolio."""
_MAX_WORDS: Final = 10
"""Words of one line of the block at most."""
_NAME_WORDS: Final = range(2, 6)
"""Words of the styled name after its style: a given and a family name, a post-nominal."""
_STYLES: Final = 3
"""Styles read in a row at most ("Senator the Hon", « S.E. M. »)."""
_CAPITALISED: Final = compile_regex(r"\p{Lu}[\p{L}'’.-]*")
"""A word of a name: capitalised, an initial's stop or a hyphen inside."""


def byline_blocks(doc: Document, lines: list[Line]) -> list[int]:
    """The lines of a minister's byline block above the text's first sentence.

    A block of two to four short lines, none ending a sentence, set off by blank or
    furniture lines: the first a name after its style ("Hon Anna Serel"), the second an
    office ("Minister of Foreign Affairs"). A name alone, a styled name over a sentence, or
    two such blocks (the participants listed above the text) are no byline.
    """
    vocab = person_vocabulary(doc.lang)
    found: list[list[int]] = []
    block: list[int] = []
    for index, line in enumerate(lines):
        if line.kind == "body" and is_prose(line_text(doc, line)):
            break
        if line.kind == "body":
            block.append(index)
            continue
        if _is_byline(doc, lines, block, vocab):
            found.append(block)
        block = []
    # Two styled names over offices are a list of the participants, no byline.
    return found[0] if len(found) == 1 else []


def _is_byline(doc: Document, lines: list[Line], block: list[int], vocab: PersonVocabulary) -> bool:
    """Whether the body lines of ``block`` are a styled name over an office."""
    if not 2 <= len(block) <= _MAX_LINES:
        return False
    texts = [line_text(doc, lines[index]).strip() for index in block]
    if any(len(text.split()) > _MAX_WORDS or ends_sentence(text) for text in texts):
        return False
    if any(vocab.honorific.match(text) is not None for text in texts[2:]):
        return False  # "H.E. A" / "Minister …" / "H.E. B" / "Minister …": a list's entries
    return _styled_name(texts[0], vocab) and vocab.role.match(texts[1]) is not None


@functools.cache
def _linked_style() -> regex.Pattern[str]:
    """Spaces, and the article that may link two styles ("Senator the Hon")."""
    articles = alternation(person_words("articles"))
    return compile_regex(rf"[ \t]*(?:(?:{articles})[ \t]+)?")


def _styled_name(text: str, vocab: PersonVocabulary) -> bool:
    """Whether ``text`` is a style ("Hon", "Senator the Hon", « M. ») and a name, only."""
    position, styles = 0, 0
    while styles < _STYLES and (style := vocab.honorific.match(text, position)) is not None:
        linked = _linked_style().match(text, style.end())
        position = linked.end() if linked is not None else style.end()
        styles += 1
    words = text[position:].split()
    if styles == 0 or len(words) not in _NAME_WORDS:
        return False
    return all(_CAPITALISED.fullmatch(word) is not None for word in words)
