"""Read apostrophe look-alikes between letters as the typographic apostrophe (’).

Word lists and patterns spell the apostrophe as ' or ’. Some editors and web pages write
it with a look-alike: the modifier letter apostrophe (U+02BC, "lʼUnion"), the full-width
apostrophe (U+FF07), a prime (U+2032, U+2035), the modifier prime (U+02B9), the Armenian
apostrophe (U+055A), the saltillo (U+A78C), the reversed comma quotation mark (U+201B), the
grave accent of a typewriter keyboard ("d`Etat", U+0060) or the acute accent (U+00B4).
Between two letters each is an apostrophe ("aujourdʼhui", "dʼici 2030"), and reading it as
one lets every reader match the word. Elsewhere the character is left alone: a prime after
a number is a minute ("45′"), and the ʻokina (U+02BB) is a letter of Polynesian names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.normalize.edits import rewrite
from communique.patterncache import compile_regex

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["LOOK_ALIKES", "unify_apostrophes"]

LOOK_ALIKES: Final = "\u02bc\uff07\u2032\u2035\u02b9\u055a\ua78c\u201b\u0060\u00b4"
"""Characters written for an apostrophe, read as ’ between letters."""

_BETWEEN_LETTERS: Final = compile_regex(rf"(?<=\p{{L}})[{LOOK_ALIKES}](?=\p{{L}})")


def unify_apostrophes(doc: Document) -> Document:
    """Replace each look-alike apostrophe between two letters by ’ (one for one: offsets kept).

    >>> from communique.document import Document
    >>> unify_apostrophes(Document.from_text("Aujourdʼhui, lʼUnion ; 45′")).text
    'Aujourd’hui, l’Union ; 45′'
    >>> unify_apostrophes(Document.from_text("le Conseil de l`Entente s`est réuni")).text
    'le Conseil de l’Entente s’est réuni'
    """
    if not any(char in doc.text for char in LOOK_ALIKES):
        return doc
    return rewrite(doc, _BETWEEN_LETTERS, lambda _match: "’")
