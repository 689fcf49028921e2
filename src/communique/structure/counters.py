"""Find a page's meta widget read as a list: its stamp and its counters, one bullet each.

A news page read as text may print the bar under its headline as a list, each field on a
bullet line of its own: the day it was posted, the hour, the views, the comments, the
shares ("• 2/10/2023" / "• 04:59" / "• 6" / "• 0" / "• 0"), often followed by the name of
the picture the bar sits on ("news-picture"). No field has a word, and one is a day or
an hour: the lines are the page's, furniture, and the day they print is the page's
posting, not the text's. A list of counts alone ("• 12" / "• 3" / "• 0", a vote) is text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.patterncache import compile_regex
from communique.structure.lines import line_text
from communique.structure.shapes import is_bullet

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = ["counter_runs"]

_MIN_FIELDS: Final = 3
"""Bullet lines without a letter, one after the other, that make a widget (a day, an hour,
a count), not a list of figures a text gives (two amounts)."""
_MAX_FIELD: Final = 16
"""Longest field of a widget ("12/10/2023 04:59")."""
_FIELD: Final = compile_regex(r"[\d\s/.:,+-]+")
"""A field of figures: a count, a day in figures, an hour."""
_STAMP: Final = compile_regex(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2}")
"""A day in figures ("2/10/2023", "02.10.23") or an hour ("04:59"); no decimal ("12.5")."""
_ASSET_NAME: Final = compile_regex(r"[a-z]+(?:[-_][a-z]+)+")
"""A page asset's name: lower-case words joined by hyphens or underscores ("news-picture")."""


def counter_runs(doc: Document, lines: list[Line]) -> list[int]:
    """The indexes of the lines of each widget run, and of the asset name right below it.

    Header and body lines count: the day a field prints may have been read as a dateline.
    """
    found: list[int] = []
    run: list[int] = []
    for index, line in enumerate([*lines, None]):
        if line is not None and line.kind in ("body", "header") and _field(doc, line):
            run.append(index)
            continue
        if len(run) >= _MIN_FIELDS and _stamped(doc, [lines[i] for i in run]):
            found.extend(run)
            if line is not None and line.kind == "body" and _asset(doc, line):
                found.append(index)
        run = []
    return found


def _field(doc: Document, line: Line) -> bool:
    """Whether a line is a bullet and a short field of figures ("• 04:59", "• 0")."""
    text = line_text(doc, line).strip()
    bullet = is_bullet(text)
    field = text[bullet:].strip()
    return bullet > 0 and 0 < len(field) <= _MAX_FIELD and _FIELD.fullmatch(field) is not None


def _stamped(doc: Document, fields: list[Line]) -> bool:
    """Whether a run's fields hold a day in figures ("2/10/2023"), not only hours (a schedule)."""
    found = [_STAMP.search(line_text(doc, line)) for line in fields]
    return any(match is not None and ":" not in match.group() for match in found)


def _asset(doc: Document, line: Line) -> bool:
    """Whether a line is only the name of a page's asset ("news-picture")."""
    return _ASSET_NAME.fullmatch(line_text(doc, line).strip()) is not None
