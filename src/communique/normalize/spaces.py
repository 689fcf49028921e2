"""Normalise spaces: typographic spaces become plain ones, invisible characters go."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from communique.normalize.edits import rewrite
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["normalize_spaces"]

# No-break, narrow no-break (French « » and ":"), thin, figure, ideographic spaces, tabs.
_SPACES: Final = r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
# Soft hyphen, zero-width characters, byte-order mark, bidi controls, other C0/C1 controls.
_INVISIBLE: Final = (
    r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    r"\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]"
)
# One character class of both kinds: a single class scans far faster than an alternation.
_PATTERN: Final = compile_pattern(_SPACES[:-1] + _INVISIBLE[1:])
_SPACE: Final = compile_pattern(_SPACES)
_INVISIBLE_PATTERN: Final = compile_pattern(_INVISIBLE)
_BROKEN_WORD: Final = compile_pattern(
    r"\u00ad[ \t\u00a0]+(?=[a-zà-öø-ÿ])|" + _SPACES[:-1] + _INVISIBLE[1:]
)
"""A soft hyphen and the spaces after it before a lower-case letter: a word broken at a
printed line's end, its halves joined by a space ("distri", a soft hyphen, " bution"); or
one character to normalise."""


def normalize_spaces(doc: Document) -> Document:
    """Replace typographic spaces by ``" "`` and delete invisible characters.

    A soft hyphen followed by spaces and a lower-case letter goes with the spaces: the word
    was broken at a printed line's end ("distri", a soft hyphen, " bution" reads
    "distribution").

    Mentions still report the original text, so a no-break space inside a name is kept
    in ``Mention.text``; only the reading text and the patterns see a plain space.
    """
    if _PATTERN.search(doc.text) is None:
        return doc
    if _INVISIBLE_PATTERN.search(doc.text) is None:
        # Spaces only: one character for one, so every position keeps its offset.
        # (``str.translate`` would be some fifteen times slower on non-ASCII text.)
        return attrs.evolve(doc, text=_SPACE.sub(" ", doc.text))
    return rewrite(doc, _BROKEN_WORD, lambda m: " " if _SPACE.fullmatch(m.group()) else "")
