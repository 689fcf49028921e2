"""The page's labels and masthead between a headline and its text: header lines, not text."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from communique.lexicon.common.wire import agencies
from communique.lexicon.structure import StructureVocabulary, kind_key
from communique.patterncache import compile_regex
from communique.structure.header import is_prose
from communique.structure.lines import line_text
from communique.structure.shapes import ends_sentence, starts_lowercase, word_count
from communique.temporal.grammar import phrase_pattern

if TYPE_CHECKING:
    import regex

    from communique.document import Document, Line

__all__ = ["LABEL_WORDS", "labels_below", "masthead_to_label"]

_METADATA_LINES: Final = 4
"""Page labels at most between a headline and its text when no blank line parts them."""
LABEL_WORDS: Final = 3
"""Words at most of a page's label without a colon or a bar ("Historical archive")."""
_MASTHEAD_LINES: Final = 8
"""Lines at most of a masthead between a headline and the kind label over the text."""
_MASTHEAD_WORDS: Final = 6
"""Words at most of a masthead line (an issuer, a name, an office wrapped, a date)."""
_LABEL_KINDS: Final = frozenset({"body", "boilerplate"})
"""Kinds of the lines between a headline and its text on a page without blank lines."""
_LABELLED: Final = compile_regex(r"\S\s?:\s|\s\|\s")
"""A page's label and its value, or two labels apart by a bar: "Publisher: …", "News | …"."""


def labels_below(doc: Document, lines: list[Line], index: int) -> list[int]:
    """The page's labels between a headline and its text, on a page without blank lines.

    "Joint statement …" / "Historical archive" / "Publisher: Ministry of …" / "News story |
    Date: …" / prose: the three lines between are header lines, and none if no prose follows.
    """
    following = index + 1
    if following >= len(lines):
        return []
    while (
        following + 1 < len(lines)
        and following - index <= _METADATA_LINES
        and lines[following + 1].kind in _LABEL_KINDS
        and (
            lines[following].kind == "boilerplate"  # "Archives", furniture already
            or (lines[following].kind == "body" and _page_label(line_text(doc, lines[following])))
        )
    ):
        following += 1
    labels = [i for i in range(index + 1, following) if lines[i].kind == "body"]
    # One labelled line at least ("Publisher: …"): a short line alone may be a heading.
    if lines[following].kind != "body" or not is_prose(line_text(doc, lines[following])):
        return []
    return labels if any(_labelled(line_text(doc, lines[i])) for i in labels) else []


def _labelled(text: str) -> bool:
    """Whether a page label says what it labels: a field and its value, or a news agency.

    "Publisher: Ministry of …", "News | …", "WORLD Reuters" (the section and the agency).
    """
    return _LABELLED.search(text) is not None or _agency_named().search(text) is not None


@functools.cache
def _agency_named() -> regex.Pattern[str]:
    """A news agency's name as a whole word ("Reuters", "Anadolu"), in any language's text."""
    return compile_regex(
        rf"(?<![\p{{L}}\p{{N}}])(?:{phrase_pattern(agencies())})(?![\p{{L}}\p{{N}}])"
    )


def masthead_to_label(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> list[int]:
    """The masthead lines between a headline and a kind label over the text, and the label.

    A release relayed without blank lines: "Press Release: Valmont Government" / "Hon Karl
    Lirov" / "Minister of" / "Foreign Affairs" / "24 July 2027" / "MEDIA STATEMENT" / the
    text. Each line above the label is short and no sentence; none if no text follows. A
    blank line may part the masthead from the headline, not its lines from one another.
    """
    first = index + 1
    while first < len(lines) and lines[first].kind == "blank":
        first += 1
    for following in range(first, min(len(lines) - 1, first + _MASTHEAD_LINES)):
        line = lines[following]
        if line.kind == "blank":
            return []
        if line.kind != "body":
            continue
        text = line_text(doc, line)
        if kind_key(text, vocab) in vocab.kind_labels and text.isupper():
            found = [i for i in range(first, following + 1) if lines[i].kind == "body"]
            # "The Minister will travel to" / "Norland and Kalvora" / "next week": a wrapped
            # sentence (a line opening in lower case or on an article) is the text's.
            texts = [line_text(doc, lines[i]) for i in found[:-1]]
            wrapped = any(starts_lowercase(t) or _opens_on_article(t, vocab) for t in texts)
            if lines[following + 1].kind != "body" or wrapped:
                return []
            return found
        if is_prose(text) or ends_sentence(text) or word_count(text) > _MASTHEAD_WORDS:
            return []
    return []


def _opens_on_article(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line opens on an article ("The Minister will …"), as no masthead line does."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].casefold() in vocab.articles


def _page_label(text: str) -> bool:
    """Whether a line under a headline is a page's label, not text: "Publisher: Ministry"."""
    if is_prose(text) or ends_sentence(text):
        return False
    return _LABELLED.search(text) is not None or word_count(text) <= LABEL_WORDS
