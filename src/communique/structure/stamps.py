"""Find a news page's publication stamp printed inside the text, a block of its own lines.

A news page may print its byline block between the lead and the rest of the story, each
part on its own line: the outlet's name in capitals, the day, the time ("LE MATIN" /
"10 Mars 2026" / "À 13:51"), with text above and below. The lines are a byline's,
furniture (GUIDELINES: its dates are not annotated), though the day still dates the text
(``document_date``). A day alone on its line is no stamp (an agenda heads its days so:
"Lundi 9 mars"); with a time on the next line or the same one, it is. A text that is
only a day and its time is no page: its words are its dates.
"""

from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING, Final

import regex

import communique.readings as readings
from communique.lexicon.structure import structure_words
from communique.patterncache import compile_regex
from communique.structure.header import is_prose
from communique.structure.lines import line_text
from communique.structure.update_labels import updated_line
from communique.temporal.finder import find_dates
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from collections.abc import Iterable

    from communique.document import Document, Line
    from communique.model import Language

__all__ = ["PRINT_LAG", "after_day", "stamp_day", "stamp_lines", "update_day", "updated_line"]


PRINT_LAG: Final = 7
"""Days after a front matter's date beyond which a day printed above the text is the page's
print stamp, not the text's dateline (a day or two later is a time zone, a site's day)."""
_MAX_STAMP: Final = 60
"""Longest line a stamp's part fills."""
_MAX_MASTHEAD_WORDS: Final = 4
"""Words of an outlet's name in capitals above its stamp ("LE MATIN")."""


def stamp_lines(doc: Document, lines: list[Line]) -> list[int]:
    """The body lines of each publication stamp: a day and a time, and the outlet above."""
    body = [index for index, line in enumerate(lines) if line.kind == "body"]
    # Above the first line of prose, a stamp is the head's (a header line that dates the text).
    prose = next((i for i in body if is_prose(line_text(doc, lines[i]))), len(lines))
    found: list[int] = []
    for position, index in enumerate(body):
        text = line_text(doc, lines[index])
        following = body[position + 1] if position + 1 < len(body) else None
        below = line_text(doc, lines[following]) if following == index + 1 else None
        if len(text) > _MAX_STAMP or not stamp_day(doc, text, below):
            continue
        # "10 Mars 2026 À 13:51": the time on the day's line; else on the next one.
        block = [index] if after_day(doc, text) else [index, index + 1]
        above = body[position - 1] if position else None
        if above == index - 1 and _masthead(line_text(doc, lines[above])):
            block.insert(0, above)
        # Inside the text: a line of it above the stamp and one below; or the page's
        # stamp printed again under the text, word for word.
        inside = block[0] > prose and block[-1] != body[-1]
        if inside or (block[0] > prose and _printed_above(doc, lines, index, text)):
            found += block
    return found


def _printed_above(doc: Document, lines: list[Line], index: int, text: str) -> bool:
    """Whether a line above ``index`` prints ``text`` word for word (the page's stamp)."""
    words = text.split()
    return any(line_text(doc, lines[above]).split() == words for above in range(index))


def stamp_day(doc: Document, text: str, following: str | None) -> bool:
    """Whether ``text`` is a stamp's day: with its time after it, or on the ``following`` line."""
    rest = after_day(doc, text)
    if rest is None:
        return False
    time = rest or (following or "").strip()
    return bool(time) and _time().fullmatch(time) is not None


def after_day(doc: Document, text: str) -> str | None:
    """What follows the day that opens ``text``, stripped; None if no day opens it."""
    dates = readings.found_dates(doc, text)
    if not dates or dates[0].start != 0 or dates[0].meaning.kind != "date":
        return None
    if len(dates[0].meaning.value or "") != len("2026-03-10"):
        return None
    return text[dates[0].end :].strip()


@functools.cache
def _time() -> regex.Pattern[str]:
    """A time alone, maybe after its preposition: "À 13:51", "13h51", "10:15 AM GMT+03:00"."""
    links = alternation(structure_words("header", "stamp_time_links"), r"[ \t]+")
    return compile_regex(
        rf"(?:(?i:{links}|@)[ \t]*|[-–,][ \t]*)?\d{{1,2}}[:h]\d{{2}}"
        r"(?:[ \t]*(?i:[ap]\.?m\.?))?(?:[ \t]*(?i:gmt|utc|cet|cest)(?:[+-]\d{1,2}(?::?\d{2})?)?)?"
    )


def _masthead(text: str) -> bool:
    """Whether a line is an outlet's name in capitals: a few words, no digit."""
    return (
        text.isupper()
        and len(text.split()) <= _MAX_MASTHEAD_WORDS
        and not any(char.isdigit() for char in text)
    )


def update_day(texts: Iterable[str], day: datetime.date, language: Language) -> bool:
    """Whether one of ``texts`` (furniture lines) is an update stamp for ``day``.

    "Mise à jour le 10 novembre 2023" above a text that opens "Les 4 et 5 novembre 2023,
    …": a front matter's date equal to it is the page's last change, not the text's day.
    """
    target = day.isoformat()
    for text in texts:
        stripped = text.strip()
        if not updated_line(stripped):
            continue
        if any(f.meaning.value == target for f in find_dates(stripped, language)):
            return True
    return False
