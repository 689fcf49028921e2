"""Lines of an attendance list that print each delegation's party before its head.

"Botswana H.E. Mokgweetsi Masisi, Vice President", "Malawi Hon. Dr. George Chaponda –
Minister of Foreign Affairs.", « Sénégal S.E.M. Karl Lirov, Président de la République »:
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

__all__ = ["party_entry"]

_PARTY_REACH: Final = 60
"""Characters at a line's start read for the party's name ("Republic of South Africa")."""


def party_entry(text: str, language: Language) -> bool:
    """Whether a line opens with a party's name and a person's style right after it.

    >>> party_entry("Botswana H.E. Karl Lirov, Vice President", "en")
    True
    >>> party_entry("Sénégal S.E.M. Karl Lirov, Président de la République", "fr")
    True
    >>> party_entry("Botswana and Namibia", "en")
    False
    """
    line = text.lstrip()
    hits = gazetteer(language).find(line[:_PARTY_REACH])
    if not hits or hits[0].start != 0:
        return False
    rest = line[hits[0].end :]
    style = rest.lstrip()
    return len(style) < len(rest) and person_vocabulary(language).honorific.match(style) is not None
