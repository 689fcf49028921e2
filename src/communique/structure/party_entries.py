"""Lines of an attendance list that print each delegation's party before its head.

"Botswana H.E. Mokgweetsi Masisi, Vice President", "Malawi Hon. Dr. George Chaponda –
Minister of Foreign Affairs.", « Sénégal S.E.M. Karl Lirov, Président de la République »,
"Lesotho : Rt. Hon. Prime Minister X" (a colon or a dash may stand between):
a summit's communiqué lists who attended under "was attended by the following:", one
party and one styled name per line. Such a line is an entry of that list: neither a
section's heading nor a photo's caption. The persons' reading gives each entry that party
(``extract.person_context``) and ends the office above before it (``extract.role_ends``).
"""

from __future__ import annotations

from typing import Final

from communique.gazetteer import gazetteer
from communique.lexicon.persons import person_vocabulary
from communique.model import Language
from communique.patterncache import compile_pattern

__all__ = ["entry_gap_end", "party_entry"]

_ENTRY_GAP: Final = compile_pattern(r"[ \t]*(?:[:\u2013\u2014-][ \t]+)?")
"""What stands between an entry's party and its head's style: spaces, or a colon or a dash
and spaces after it ("Lesotho : Rt. Hon. X", "Angola: H.E. Y", "Malawi – Hon. Z")."""


def entry_gap_end(text: str, end: int) -> int | None:
    """Where the style of an entry may start after its party ending at ``end``, or None.

    >>> entry_gap_end("Angola: H.E. X", 6), entry_gap_end("Angola H.E. X", 6)
    (8, 7)
    >>> entry_gap_end("Angola:H.E. X", 6) is None, entry_gap_end("AngolaH.E.", 6) is None
    (True, True)
    """
    gap = _ENTRY_GAP.match(text, end)
    return gap.end() if gap is not None and gap.end() > end else None


_PARTY_REACH: Final = 60
"""Characters at a line's start read for the party's name ("Republic of South Africa")."""


def party_entry(text: str, language: Language) -> bool:
    """Whether a line opens with a party's name and a person's style right after it.

    >>> party_entry("Botswana H.E. Karl Lirov, Vice President", "en")
    True
    >>> party_entry("Sénégal S.E.M. Karl Lirov, Président de la République", "fr")
    True
    >>> party_entry("Lesotho : Rt. Hon. Karl Lirov", "en"), party_entry("Angola: H.E. X", "en")
    (True, True)
    >>> party_entry("Botswana and Namibia", "en"), party_entry("Botswana:H.E. X", "en")
    (False, False)
    """
    line = text.lstrip()
    hits = gazetteer(language).find(line[:_PARTY_REACH])
    if not hits or hits[0].start != 0:
        return False
    start = entry_gap_end(line, hits[0].end)
    styles = person_vocabulary(language).honorific
    return start is not None and styles.match(line, start) is not None
