"""Normalise spaces: typographic spaces become plain ones, invisible characters go."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from communique.normalize.edits import rewrite
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    import re

    import regex

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
_BROKEN_WORD: Final = compile_pattern(r"\u00ad[ \t\u00a0]+(?=[a-zà-öø-ÿ])|" + _PATTERN.pattern)
"""A soft hyphen and the spaces after it before a lower-case letter: a word broken at a
printed line's end, its halves joined by a space ("distri", a soft hyphen, " bution"); or
one character to normalise."""


_BROKEN_COMPOUND: Final = compile_pattern(
    r"(?<=[a-zà-öø-ÿ])-[ \t]+(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{3}[a-zà-öø-ÿ'’-]*(?![ \t]+[a-zà-öø-ÿ])\b)"
)
"""A hyphen and spaces between two capitalised parts of a compound ("Wallonie- Bruxelles"),
the second a word of four letters at least that opens no sentence ("Niamey- Le Conseil …",
"Niamey- Le conseil …": a dateline's dash before an article)."""


def normalize_spaces(doc: Document) -> Document:
    """Normalise spaces and invisible characters, then join compounds a line break split."""
    return _join_compounds(_normalize(doc))


def _join_compounds(doc: Document) -> Document:
    """Drop the spaces after the hyphen of a capitalised compound broken at a line's end.

    "Wallonie- Bruxelles International", "Jean- Pierre": the extraction kept the line's
    hyphen and joined the next line with a space. Only between a capitalised word and a
    capitalised one of four letters at least that no lower-case word follows: "Nord- et
    Sud-Kivu" keeps its suspended hyphen, "Niamey- Le Conseil a …" its dateline's dash.
    """
    if "- " not in doc.text and "-\t" not in doc.text:
        return doc
    return rewrite(doc, _BROKEN_COMPOUND, lambda m: "-" if _capitalised_before(m) else m.group())


def _capitalised_before(match: re.Match[str] | regex.Match[str]) -> bool:
    """Whether the word ending where ``match`` starts opens with a capital."""
    text, start = match.string, match.start()
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start].isupper()


def _normalize(doc: Document) -> Document:
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
