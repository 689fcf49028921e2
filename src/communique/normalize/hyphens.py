"""Read hyphen look-alikes between letters or figures as the hyphen-minus (-).

Word lists and patterns spell a compound's hyphen as "-". Web pages and word processors
print it as the Unicode hyphen (U+2010) or the non-breaking hyphen (U+2011, "États‑Unis",
"Guinée‑Bissau", "2‑3 May"), which no reader matches. Between two letters or figures each
is a hyphen; elsewhere the character is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.normalize.edits import rewrite
from communique.patterncache import compile_regex

if TYPE_CHECKING:
    from communique.document import Document

__all__ = ["HYPHEN_LOOK_ALIKES", "unify_hyphens"]

HYPHEN_LOOK_ALIKES: Final = "\u2010\u2011"
"""Characters printed for a compound's hyphen, read as "-" between letters or figures."""

_BETWEEN_LETTERS: Final = compile_regex(
    rf"(?<=[\p{{L}}\p{{N}}])[{HYPHEN_LOOK_ALIKES}](?=[\p{{L}}\p{{N}}])"
)


def unify_hyphens(doc: Document) -> Document:
    """Replace each look-alike hyphen between letters or figures by "-" (offsets kept).

    >>> from communique.document import Document
    >>> unify_hyphens(Document.from_text("les États\u2011Unis et la Guinée\u2010Bissau")).text
    'les États-Unis et la Guinée-Bissau'
    """
    if not any(char in doc.text for char in HYPHEN_LOOK_ALIKES):
        return doc
    return rewrite(doc, _BETWEEN_LETTERS, lambda _match: "-")
