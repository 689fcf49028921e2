"""A site's category label glued before a headline that starts with the same word.

Pages exported from a news site print the section's label in capitals right before the
headline, on the same line: "TCHAD Tchad : compte rendu du conseil des ministres …",
"SÉNÉGAL Sénégal : le Président reçoit …", "KENYA Kenya, Valmont sign …". The label is
a header line's text, not the title's first word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.patterncache import compile_regex
from communique.wordtrie import fold_name

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = ["category_label", "glued_label", "section_prefix"]

_PREFIX: Final = compile_regex(
    r"[ \t]*(?P<cut>(?P<label>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*){0,2})[ \t]*:)[ \t]+\S"
)
"""A label of three words at most and its colon opening a line ("Articles: 44th Forum …")."""
_FIELD_SEPARATORS: Final = compile_regex(r"[|>›»/·•]")
"""What separates the fields of a page's bar or breadcrumb."""
_LABEL_THEN_WORD: Final = compile_regex(
    r"[ \t]*(?P<label>\p{Lu}[\p{Lu}'’-]*\p{Lu})[ \t]+(?P<word>\p{Lu}[\p{Ll}'’-]+)(?=[\W]|$)"
)
"""A word in capitals, then a word in title case (the headline's first)."""


_GLUED_LABEL: Final = compile_regex(
    r"[ \t]*(?P<label>\p{Lu}\p{Ll}+(?:[ \t]+\p{L}+){0,2}?[ \t]+\p{Ll}{3,})"
    r"(?=\p{Lu}\p{Ll}{3,}[ \t])"
)
"""A section's label of two to four words glued to the headline's first word, no space between
("Diplomatie suisseRemaniements à la tête …"): its last word in lower case, the headline's
first capitalised."""


def glued_label(doc: Document, line: Line) -> tuple[int, int] | None:
    """The span of a section's label glued without a space before the headline, or None.

    A page's label and its headline, two elements of the page, lose the space between them
    when the text is copied: "Diplomatie suisseRemaniements à la tête de …".

    >>> from communique.api import load_text
    >>> text = "Diplomatie suisseRemaniements à la tête"
    >>> doc = load_text(text, language="fr", reference_date=None)
    >>> from communique.document import Line
    >>> glued_label(doc, Line(0, len(doc.text)))
    (0, 17)
    """
    match = _GLUED_LABEL.match(doc.text, line.body_start, line.end)
    return None if match is None else match.span("label")


def category_label(doc: Document, line: Line) -> tuple[int, int] | None:
    """The span of a label in capitals repeating the headline's first word, or None.

    >>> from communique.api import load_text
    >>> doc = load_text("TCHAD Tchad : compte rendu", language="fr", reference_date=None)
    >>> from communique.document import Line
    >>> category_label(doc, Line(0, len(doc.text)))
    (0, 5)
    """
    match = _LABEL_THEN_WORD.match(doc.text, line.body_start, line.end)
    if match is None or fold_name(match.group("label")) != fold_name(match.group("word")):
        return None
    return match.span("label")


def section_prefix(doc: Document, line: Line, furniture: list[Line]) -> tuple[int, int] | None:
    """The span of a section's label before the headline's colon, the page's bar's first field.

    "Articles | Kalvora Press Releases" above "Articles: Forum Communique": the section's
    name printed again before the headline is a header's text, not the title's.

    ``furniture``: the furniture lines above the headline.
    """
    match = _PREFIX.match(doc.text, line.body_start, line.end)
    if match is None:
        return None
    label = fold_name(match.group("label"))
    for above in furniture:
        fields = _FIELD_SEPARATORS.split(doc.text[above.body_start : above.end])
        # the bar's first field, the section (not the site's name: "Statement | Kalvora"
        # over "Kalvora: Ministers Meet …" keeps the headline's state)
        if len(fields) > 1 and fold_name(fields[0].strip()) == label:
            return match.span("cut")
    return None
