"""The name a party goes by: the gazetteer's short common form, in the text's own spelling.

The short common name of a state in the document's language is spelled several ways ("Viêt
Nam" and "Vietnam", "Bosnia & Herzegovina" and "Bosnia and Herzegovina"): an analyst lists
the state as the text spells it. Another name is no other spelling, and the gazetteer's name
stays: a long official form ("République du Tchad", "Brunei Darussalam"), an endonym or
another language's name ("Türkiye" in French, where the name is "Turquie"), an informal name
("Congo-Brazzaville"), an acronym ("UK"), an adjective, and a name in capitals ("CAMEROUN").
A short name the language lists as the state's other common name, former or current
(``short_names``: "Turkey" beside "Türkiye", "Swaziland" beside "Eswatini", "Cabo Verde"
beside "Cap-Vert"), is the name when the text writes it, alone or closing a long form
("République de Cabo Verde"), and never the gazetteer's: a text of 2010 lists Turkey as
Turkey.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import TYPE_CHECKING

from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.gazetteer import Gazetteer, PartyEntry

__all__ = ["state_name_as_written"]


def state_name_as_written(
    entry: PartyEntry, surfaces: Sequence[str], names: Gazetteer
) -> str | None:
    """The text's most frequent spelling of a state's short name, when it differs, or None.

    >>> from communique.gazetteer import gazetteer
    >>> french = gazetteer("fr")
    >>> vietnam = french.entries["VN"]
    >>> vietnam.name, state_name_as_written(vietnam, ["Vietnam", "vietnamien"], french)
    ('Viêt Nam', 'Vietnam')
    >>> state_name_as_written(french.entries["TR"], ["Türkiye"], french) is None
    True
    >>> english = gazetteer("en")
    >>> state_name_as_written(english.entries["NZ"], ["New" + chr(10) + "Zealand"], english)
    >>> state_name_as_written(english.entries["TR"], ["Turkey", "Turkish", "Turkey"], english)
    'Turkey'
    >>> state_name_as_written(english.entries["TR"], ["Turkey", "Türkiye"], english) is None
    True
    >>> state_name_as_written(english.entries["TL"], ["Timor Leste"], english) is None
    True
    >>> state_name_as_written(french.entries["CV"], ["République de Cabo Verde"], french)
    'Cabo Verde'
    """
    if entry.kind != "state":
        return None
    written = [" ".join(text.split()) for text in surfaces]  # "New\nZealand" wraps a line
    # A state is named the same way many times: each distinct surface is read once.
    short = {text: _listed_short_name(text, entry, names) or text for text in set(written)}
    written = [short[text] for text in written]
    spelled = {text: _spelling(text, entry, names) for text in set(written)}
    spellings = Counter(text for text in written if spelled[text])
    if not spellings or entry.name in written:
        return None
    return spellings.most_common(1)[0][0]


def _listed_short_name(text: str, entry: PartyEntry, names: Gazetteer) -> str | None:
    """The listed short name that closes a long official form, if any.

    "République de Cabo Verde" writes the short name "Cabo Verde" after its long head.
    """
    words = text.split(" ")
    for cut in range(1, len(words)):
        tail = " ".join(words[cut:])
        if names.short_names.get(phrase_key(tail)) == entry.key:
            return tail
    return None


def _spelling(text: str, entry: PartyEntry, names: Gazetteer) -> bool:
    """Whether ``text`` writes the entry's short name with other spaces, hyphens or "&"."""
    if text.isupper():
        return False
    if names.short_names.get(phrase_key(text)) == entry.key:
        return True
    if _letters(text) != _letters(entry.name):
        return False
    if _plain(text) == _plain(entry.name):
        return False  # accents, apostrophe or hyphen only: "Cote d'Ivoire", "Timor Leste"
    return names.forms.get(phrase_key(text)) == entry.key


def _plain(name: str) -> str:
    """The name without accents, with straight apostrophes and spaces for hyphens, in lower case.

    A hyphen printed as a space ("Etats Unis", "Timor Leste") is typography, as accents are.
    """
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").replace("-", " "))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _letters(name: str) -> str:
    """The plain name's letters and digits only, "&" read as "and"."""
    return "".join(c for c in _plain(name.replace("&", "and")) if c.isalnum())
