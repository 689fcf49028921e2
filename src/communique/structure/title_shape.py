"""What a title looks like, and the head lines shaped like one that are none."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import communique.readings as readings
from communique.gazetteer import gazetteer
from communique.lexicon.persons import person_vocabulary
from communique.lexicon.structure import StructureVocabulary, kind_key
from communique.patterncache import compile_pattern, compile_regex
from communique.structure.header import cut_short, dateline_span, is_prose
from communique.structure.lines import line_text
from communique.structure.masthead import is_document_name, is_organisation
from communique.structure.page_labels import LABEL_WORDS
from communique.structure.running import running_key
from communique.structure.shapes import (
    ends_sentence,
    is_bullet,
    last_word,
    parse_marker,
    starts_lowercase,
    word_count,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from communique.document import Document, Line
    from communique.model import Language

__all__ = [
    "LETTER",
    "MAX_CHARS",
    "MAX_WORDS",
    "MIN_WORDS",
    "TITLE_END",
    "WORD",
    "bodies_crumb",
    "caption_of_names",
    "dated_label",
    "dateline_line",
    "names_page",
    "runs",
    "serial_and_date",
    "shape_check",
    "site_name",
    "timed_sitting",
    "title_shaped",
    "verbless",
]

MAX_CHARS: Final = 400
MAX_WORDS: Final = 60
MIN_WORDS: Final = 3
"""A two-word line ("Joint Statement", "F.P. Report") is a label or a byline."""
_MIN_LETTER_WORDS: Final = 2
"""Words holding a letter at least in a headline: figures and one word make a reference."""
_CAPTION_WORD: Final = compile_pattern(r"[^\W\d_][\w'’-]*|,|\S+")
_MIN_CAPTION_NAMES: Final = 2
_CAPTION_NAME: Final = (2, 4)
"""Fewest and most words of a name in a caption of names."""
TITLE_END: Final = frozenset(".,;:")
_DATELINE_CHARS: Final = 80
"""Longest date-first dateline: a longer line opening with a date is the text's."""
_SERIAL: Final = compile_regex(
    r"(?<!\p{L})(?:N|No|Nr|n|N°|n°|Nº|nº)[.°º]?\s*\d[\w/.-]*"
    r"|(?<![\p{L}\p{N}])\p{Lu}{1,4}[/-]?\d{1,5}(?![\p{L}\p{N}])"  # "T31", "PR-112"
)
LETTER: Final = compile_regex(r"\p{L}")
WORD: Final = compile_regex(r"[\p{L}\p{N}]+")
_LETTER_WORD: Final = compile_regex(r"\p{L}{3}")
"""Three letters in a row: a title holds a word, not only signs, figures and units."""


def shape_check(vocab: StructureVocabulary) -> Callable[[str], bool]:
    """Whether a line is shaped like a title, in the language of ``vocab``.

    Not a line opening as a lead sentence does (``lead_openers``): « A l'invitation de Son
    Excellence Monsieur X » over « Y, Président de … » is the lead, wrapped.
    """
    return functools.partial(_shaped_as_title, vocab=vocab)


def _shaped_as_title(text: str, vocab: StructureVocabulary) -> bool:
    return (
        title_shaped(text, vocab.connectors)
        and vocab.lead_openers.match(text) is None
        and not bodies_crumb(text, vocab)
    )


def bodies_crumb(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line is a site's trail of bodies: "European Council / Council of the EU".

    Each part between slashes names an organisation (``masthead.is_organisation``): the
    page's sections, printed around its headline, not a headline.
    """
    parts = text.split(" / ")
    return len(parts) > 1 and all(is_organisation(part.strip(), vocab) for part in parts)


def title_shaped(text: str, connectors: frozenset[str]) -> bool:
    """Whether a line is shaped like a title, given its language's linking words."""
    if len(text) > MAX_CHARS or not MIN_WORDS <= word_count(text) <= MAX_WORDS:
        return False
    if _SITE_CRUMB.fullmatch(text) is not None:
        return False  # "NEWS.AZ / Politics": the site's address and its section, a breadcrumb
    if _LETTER_WORD.search(text) is None:
        return False  # a page's font-size buttons, "+ ↺ − 16 px", "A+ A− ↺": no word
    if sum(1 for word in text.split() if any(char.isalpha() for char in word)) < _MIN_LETTER_WORDS:
        return False  # "15460/04 (Presse 343)": a document's number, one word beside figures
    if _PICTOGRAPH.search(text) is not None:
        return False  # a site's loading notice, "Searching. Please wait 👍 ...": no headline
    if " / " in text and len(WORD.findall(text)) < MIN_WORDS:
        return False  # "Ulkoministeriö / Utrikesministeriet": a name in two languages
    if cut_short(text):  # a headline a site cut short: "Résolution sur … de la ..."
        text = text.rstrip().rstrip(".…[]").rstrip()
    elif last_word(text) in connectors:
        return False  # cut in mid-sentence
    if text[-1] in TITLE_END or (ends_sentence(text) and not text.endswith(("?", "!"))):
        return False
    return parse_marker(text) is None and not is_bullet(text) and not starts_lowercase(text)


_SITE_CRUMB: Final = compile_regex(
    r"[ \t]*[\p{L}\p{N}-]+\.\p{L}{2,}[ \t]*[/|›»>][ \t]*\p{L}+(?:[ \t]\p{L}+)?[ \t]*"
)
"""A site's address, a breadcrumb's separator and a section of a word or two: the whole line."""
_PICTOGRAPH: Final = compile_regex(r"\p{Emoji_Presentation}")
"""An emoji: headlines carry none; a page's widgets and notices do."""


def timed_sitting(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line is a sitting's label with its part of the day ("9412th Meeting (PM)")."""
    match = vocab.sitting_label.fullmatch(text)
    return match is not None and match.group("time") is not None


def serial_and_date(doc: Document, text: str) -> bool:
    """Whether a line holds only an issue's serial number and its date.

    "N. 0812 – Samedi 22.11.2025", "No. 45 | 3 March 2026", "T31 9 May 2027": an
    issue line (a bulletin's, a ministry's release number), which dates the document but
    names nothing; its words are the date's (the weekday).
    """
    kept = text
    for found in readings.found_dates(doc, text):
        kept = kept.replace(text[found.start : found.end], " ")
    kept = _SERIAL.sub(" ", kept)
    return kept != text and LETTER.search(kept) is None


def dated_label(doc: Document, text: str) -> bool:
    """Whether a line is a page's date stamp and a short label: "14.05.2026 General News".

    A headline opening with its date ("3 March 2026: Ministers meet …") says more words.
    """
    dates = readings.found_dates(doc, text)
    if not dates or dates[0].start != 0 or dates[0].meaning.kind == "year":
        return False  # "2024 IEA Ministerial Communique": a year names the meeting's edition
    return word_count(text[dates[0].end :]) <= LABEL_WORDS


def runs(text: str, running: frozenset[str], vocab: StructureVocabulary) -> bool:
    """Whether a head line with a number or a date in it is a running header of the text.

    A line naming the document ("Communiqué du Conseil des ministres du 22 avril 2026") is
    its title, which the pages print again as their running header.
    """
    if not running or not any(c.isdigit() for c in text) or running_key(text) not in running:
        return False
    return not is_document_name(text, vocab)


def dateline_line(doc: Document, line: Line) -> bool:
    """Whether a head line is a dateline, its place first or its date.

    "Valmont, le 3 mai 2026", "14 décembre 2025, Abuja, République fédérale du Nigeria".
    """
    text = line_text(doc, line)
    if is_prose(text) or len(text) > _DATELINE_CHARS:
        return False  # "14 décembre 2025 – Le ministre a reçu …": the text's first sentence
    if dateline_span(doc.text, line.body_start, line.end, doc.lang) is not None:
        return True
    dates = readings.found_dates(doc, text)
    return bool(dates) and dates[0].start == 0 and dates[0].meaning.kind == "date"


def site_name(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line opens like the name of a site or institution ("Ministère de …")."""
    return vocab.site_names.match(text) is not None or is_organisation(text, vocab)


def caption_of_names(text: str, vocab: StructureVocabulary, language: Language) -> bool:
    """Whether a line only names people, as a photo's caption does: "Anna Serel et Paul Deroux".

    Two or more names of two to four capitalised words, joined by commas or a connector
    (``caption_words`` of the boilerplate section), none a party's name; a headline says
    what they did. Leading stamps in figures or lower case are passed over.
    """
    words = _CAPTION_WORD.findall(text)
    while words and not words[0][0].isupper():
        words.pop(0)
    joins = vocab.caption_joins
    names: list[list[str]] = [[]]
    for word in words:
        if word == "," or word.casefold() in joins:
            names.append([])
        elif word[0].isupper() and (word.isalpha() or "-" in word):
            names[-1].append(word)
        else:
            return False
    table = gazetteer(language)
    return (
        len(names) >= _MIN_CAPTION_NAMES
        and all(_CAPTION_NAME[0] <= len(name) <= _CAPTION_NAME[1] for name in names)
        and not any(table.key_of(" ".join(name)) for name in names)
    )


def names_page(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line is a page's header of names and labels apart by bars, never the title.

    "Ministry of Foreign Affairs | Press Release", "Ministère … | Communiqué de presse": the
    issuer and the kind of document, as a PDF's running header prints them.
    """
    parts = [part.strip() for part in text.split(" | ")]
    return len(parts) > 1 and all(
        site_name(part, vocab) or kind_key(part, vocab) in vocab.kind_labels for part in parts
    )


def verbless(text: str, language: Language) -> bool:
    """Whether a line holds no auxiliary verb ("was", « est »): a noun phrase, no sentence.

    "Joint Communiqué … issued at the Conclusion of the State Visit …" names a document;
    "Joint Communiqué … was issued at …" tells of it.
    """
    return person_vocabulary(language).passive_auxiliary.search(text) is None
