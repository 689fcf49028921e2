"""A title the metadata states, set against the headline the page prints: which is the title."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Final

from communique.lexicon.structure import structure_vocabulary
from communique.structure.headline_copies import COPY_SHARE, folded_words, word_list
from communique.structure.lines import hinted, line_text
from communique.structure.shapes import ends_sentence
from communique.structure.title_shape import MIN_WORDS, WORD

if TYPE_CHECKING:
    from communique.document import Document, Line
    from communique.model import Language

__all__ = [
    "copies_lead",
    "extends_headline",
    "fuller_headline",
    "stated_copy",
    "unrelated_titles",
]

_METADATA_BARS: Final = (" - ", " – ", " — ", " | ", ": ")
"""What joins a site's or issuer's name to a headline in a page's metadata title."""
_RELATED_SHARE: Final = 1 / 3
"""Share of the shorter title's words a stated title and a printed one share, at least, when
they name the same text."""


def stated_copy(
    doc: Document, lines: list[Line], head: list[int], chosen: list[int], stated: str
) -> list[int]:
    """The head lines printing the title the metadata states, or none.

    A front matter's title is the communiqué's: a head line is its title only when it
    prints that title again (a heading "Visite à Valmont" under ``title: Visite à
    Valmont``), or when the markup marks it as the page's headline ("# …") and the stated
    title names something else (``unrelated_titles``), or when the stated title is the
    lead's first sentence that the text prints below the head (``copies_lead``). A first
    paragraph whose opening lines look like a headline ("1 WE, the Heads of State of …") is
    text, not a second title.
    """
    printed = " ".join(line_text(doc, lines[i]) for i in chosen)
    if chosen and _prints(printed, stated):
        return chosen
    marked = bool(hinted(doc, lines, "title") & set(chosen))
    if marked and unrelated_titles(stated, printed, doc.lang):
        return chosen  # the page's own headline ("# …") over a teaser stored as its title
    for index in head:
        if lines[index].kind == "body" and _prints(line_text(doc, lines[index]), stated):
            return [index]
    if chosen:
        start = lines[chosen[-1]].end
        if copies_lead(stated, doc.text[start : start + _LEAD_CHARS]):
            return chosen  # the metadata stores the lead's first sentence; the page a headline
    return []


def copies_lead(stated: str, lead: str) -> bool:
    """Whether a stated title is a sentence of the text's lead, not a headline.

    ``title: La rencontre … a eu lieu cet après-midi à l'Elysée.`` over a page printing a
    headline, then that sentence opening its text: the metadata copied the lead.

    >>> copies_lead("Talks were held today.", "Talks were held  today. They went well.")
    True
    >>> copies_lead("Talks in Valmont", "Talks in Valmont were held today.")
    False
    """
    return ends_sentence(stated) and " ".join(stated.split()) in " ".join(lead.split())


_LEAD_CHARS: Final = 2000
"""Characters below the head searched for the lead sentence a stated title copies."""


def _prints(text: str, stated: str) -> bool:
    """Whether a line prints a stated title: the same words, or a site's part added or cut."""
    words, title = folded_words(text), folded_words(stated)
    if words == title or extends_headline(stated, text) or extends_headline(text, stated):
        return bool(words)
    if fuller_headline(stated, text):
        return True
    shared = len(words & title)
    return shared >= MIN_WORDS and shared >= COPY_SHARE * max(len(words), len(title))


def fuller_headline(metadata: str, printed: str) -> bool:
    """Whether the printed headline is the metadata's title with words more before or after.

    "Président X à la conférence …" in the front matter, "# Discours du président X à la
    conférence …" on the page: the metadata cut the headline's opening words; the page
    prints it whole. So with its tail going on in lower case (« Déclaration commune de A et
    B » over « … de A et B à l'occasion de la visite … »). Words added inside the title
    ("… MINISTER, THE HON. X, TO …") make another title, and the metadata's stays.
    """
    stated, words = word_list(metadata), word_list(printed)
    added = len(words) - len(stated)
    if (
        0 < added <= _TAIL_WORDS
        and stated
        and words[: len(stated)] == stated
        and not ends_sentence(printed)
    ):
        # "Déclaration commune de A et B" over the page's "… de A et B à l'occasion de la
        # visite …": the metadata cut the headline's tail, where a lower-case word goes on.
        # A comma or a dash sets a further clause off: that is another, longer headline.
        pair = list(itertools.islice(WORD.finditer(printed), len(stated) - 1, len(stated) + 1))
        if len(pair) < 2:  # the title's last word and the next one
            return False
        last, tail = pair
        return tail.group()[:1].islower() and not printed[last.end() : tail.start()].strip()
    if not (0 < added <= _FULLER_WORDS and stated and words[added:] == stated):
        return False
    # "VIDEO: Talks in …", « EN IMAGES – Visite … »: a section's label, no words of the title
    opening = list(itertools.islice(WORD.finditer(printed), added + 1))[-1].start()
    return not any(mark in printed[:opening] for mark in _LABEL_MARKS)


_LABEL_MARKS: Final = (":", "–", "—", " - ", "|")
"""What sets a section's label off a headline."""
_TAIL_WORDS: Final = 45
"""Words at most that a printed headline adds after the metadata's title (a sentence that
opens with the title's words is text, not the headline)."""
_FULLER_WORDS: Final = 3
"""Words at most that a printed headline adds to the metadata's title it holds."""


def extends_headline(metadata: str, printed: str) -> bool:
    """Whether a metadata title is the printed headline with a site's or issuer's name added.

    "Ministry of Foreign Affairs - Border Commission Meets in Valmont" in the front matter,
    "# Border Commission Meets in Valmont" on the page: the page's headline is the title.

    >>> extends_headline("Ministry - Talks in Valmont", "Talks in Valmont")
    True
    >>> extends_headline("Talks in Valmont", "Talks in Valmont")
    False
    """
    printed = " ".join(printed.split())
    whole = " ".join(metadata.split())
    if not printed or printed == whole:
        return False
    return any(
        whole.endswith(f"{bar}{printed}") or whole.startswith(f"{printed}{bar}")
        for bar in _METADATA_BARS
    )


def unrelated_titles(stated: str, printed: str, language: Language) -> bool:
    """Whether a stated title and a printed headline share too few words to name one text.

    A blog may store a quotation or a teaser as its page's title ("L'Elysée : Nous
    évoquerons …" over "# Entretien avec …"): then the printed headline is the title.
    Small words (``connectors``) are not counted.

    >>> unrelated_titles("Visite du ministre au Koranda", "Le ministre en visite au Koranda", "fr")
    False
    >>> unrelated_titles("Nous poursuivrons notre coopération de défense", "Entretien avec X", "fr")
    True
    """
    small = structure_vocabulary(language).connectors
    stated_words = folded_words(stated) - small
    printed_words = folded_words(printed) - small
    shared = len(stated_words & printed_words)
    return shared < _RELATED_SHARE * min(len(stated_words), len(printed_words))
