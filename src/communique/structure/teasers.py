"""Other stories' headlines listed one per line under the text, at the page's end.

A news site prints under its story a column of other stories' headlines: short lines in
sentence case with no full stop ("Retour du virus Ebola au Libéria" / "Des Minions pour
remplacer les princesses Disney" / …), nothing after them. A run of such lines closing the
page, under a sentence that ended the text, is furniture. A signature block (a name, an
office, a place and a date) is no such run: its lines are capitalised names and titles, with
few words in lower case.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.lexicon.language import sentence_case
from communique.patterncache import compile_pattern
from communique.structure.lines import line_text
from communique.structure.shapes import ends_sentence, is_bullet, parse_marker

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = ["teaser_run"]

_MIN_TEASERS: Final = 5
"""Headlines at least in a closing run: fewer may be a signature or a short list."""
_MAX_CHARS: Final = 100
"""Characters at most of one headline."""
_MIN_WORDS: Final = 4
_WORD: Final = compile_pattern(r"\S+")
_SKIPPED: Final = frozenset({"blank", "boilerplate", "page_number"})


def teaser_run(doc: Document, lines: list[Line]) -> list[int]:
    """Indices of the headlines closing the page, one per line, or none.

    Read from the page's end up, over short lines without a stop: the run stops at the
    first other line, which must end a sentence (the text's last one). Most of the run's
    lines, five at least, read as headlines in sentence case; a few others may stand among
    them ("Nous suivre sur WeChat : …").
    """
    run: list[int] = []
    headlines = 0
    index = len(lines) - 1
    while index >= 0:
        line = lines[index]
        if line.kind in _SKIPPED:
            index -= 1
            continue
        text = line_text(doc, line).strip()
        if line.kind != "body" or not _short_line(text):
            break
        run.append(index)
        headlines += _headline(text, doc)
        index -= 1
    if headlines < _MIN_TEASERS or headlines * 2 < len(run):
        return []
    if index < 0 or not ends_sentence(line_text(doc, lines[index])):
        return []
    return run


def _short_line(text: str) -> bool:
    """Whether a line is short, with no stop, no bullet nor number: a link's text."""
    return (
        bool(text)
        and len(text) <= _MAX_CHARS
        and not ends_sentence(text)
        and not is_bullet(text)
        and parse_marker(text) is None
    )


def _headline(text: str, doc: Document) -> bool:
    """Whether a short line reads as a headline in sentence case: words in lower case."""
    if len(_WORD.findall(text)) < _MIN_WORDS:
        return False
    return sentence_case(text, doc.lang)
