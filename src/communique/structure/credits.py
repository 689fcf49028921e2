"""Tell wire credits and letterhead columns from text: furniture printed around the copy.

Wire copy ends with its credits, in brackets or after a dash: "(Reporting by …; Editing by
…)", "(Rédaction de …, édité par …)", "(Avec AFP)", "— Writing by …". PDF letterheads keep
their columns on one line, a run of spaces between them: an organisation's name in two
languages, a postal box beside a telephone and a fax number. Both are furniture, and so
are the name lines of a letterhead right above its contact line (an e-mail address, a
website, a telephone number or a postal box).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

import regex

from communique.lexicon.common.wire import agencies, byline_signs
from communique.lexicon.structure import line_key, structure_words
from communique.patterncache import compile_regex
from communique.structure.header import is_prose, reads_as_prose
from communique.structure.lines import line_text
from communique.structure.shapes import ends_sentence, is_bullet
from communique.wordtrie import trie_pattern

if TYPE_CHECKING:
    from collections.abc import Callable

    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = [
    "agency_byline",
    "below_letterhead",
    "in_columns",
    "is_contact",
    "is_credit",
    "letterhead_names",
    "linked_agency",
]

_BRACKETED: Final = compile_regex(
    r"[(\[]\s*(?P<inner>[^()\[\]\s](?:[^()\[\]]*[^()\[\]\s])?)\s*[)\]]\.?"
)
"""A line in brackets: its inner text, without them. The inner text starts and ends on a
mark that is no space, so that runs of spaces have one reading (no backtracking over them)."""
_DASHED: Final = compile_regex(r"[-–—]+\s*")
_COLUMN_GAP: Final = compile_regex(r"[ \t]{3,}|\t")
"""The gap between two columns of a PDF line."""
_MAX_COLUMN_WORDS: Final = 8
_MAX_AGENCY_LINE: Final = 60
"""Longest line naming a news agency as a credit: alone after its link ("Avec APS"), or with
the paper that carried its dispatch."""
_WORD: Final = compile_regex(r"[\p{L}][\p{L}'’.-]*")


def is_credit(content: str, vocab: StructureVocabulary) -> bool:
    """A wire credit in brackets or after a dash: "(Reporting by …; Editing by …)".

    "(Avec AFP)", "— Writing by …", "(Bureau de Paris, édité par …)": a credit phrase opens
    the line or follows a comma or semicolon in it. A bracketed sentence is content.

    Args:
        content: the stripped line.
        vocab: the structure vocabulary of the document's language.
    """
    if _agency_and_paper(content):
        return True
    bracketed = _BRACKETED.fullmatch(content)
    dashed = _DASHED.match(content)
    if bracketed is not None:
        inner = bracketed.group("inner")
        if vocab.boilerplate_prefix.match(inner) or line_key(inner) in vocab.boilerplate_lines:
            return True
    elif dashed is not None:
        inner = content[dashed.end() :]
    else:
        return False
    return vocab.credit.search(inner) is not None and not ends_sentence(inner)


def linked_agency(content: str, vocab: StructureVocabulary) -> bool:
    """A linking word and a news agency, and nothing else on the line: "Avec APS".

    An agency's name alone above a dateline ("PTI" / "Hiroshima, May 21") is the wire's
    masthead, read with the head. Whether the line stands apart is the caller's to tell.
    """
    if len(content) > _MAX_AGENCY_LINE:
        return False
    first = content.split(maxsplit=1)[0].rstrip(":").casefold()
    if first not in _agency_links():
        return False
    credit = vocab.credit.match(content)
    return credit is not None and credit.end() == len(content.rstrip(" ."))


@functools.cache
def _agency_links() -> frozenset[str]:
    """The words before a credited agency in every language, case-folded ("avec", "with")."""
    return frozenset(word.casefold() for word in structure_words("boilerplate", "agency_links"))


def agency_byline(content: str) -> bool:
    """A news agency and a paper or a city on a line of their own: "AA / Istanbul".

    The agencies' signs too short to read elsewhere (``byline_signs``: "AA") count here,
    before a capitalised place.

    >>> agency_byline("AA / Istanbul"), agency_byline("Talks / Istanbul")
    (True, False)
    """
    return _agency_and_paper(content) or _signed_byline().fullmatch(content) is not None


@functools.cache
def _signed_byline() -> regex.Pattern[str]:
    """A byline sign, a slash and a capitalised place of a word or three ("AA / Istanbul")."""
    place = r"\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}"
    return compile_regex(rf"[ \t]*(?:{trie_pattern(byline_signs())})[ \t]*/[ \t]*{place}[ \t]*")


def _agency_and_paper(content: str) -> bool:
    """A news agency and the paper that carried its dispatch: "MAP - Le Valmontais".

    A repost names its sources on a line of their own under the text; no word of prose.
    """
    if len(content) > _MAX_AGENCY_LINE:
        return False
    return _agency_line().fullmatch(content) is not None


@functools.cache
def _agency_line() -> regex.Pattern[str]:
    """A news agency, a dash or slash, then a capitalised name of a few words, or the reverse.

    Or a syndicator and the paper in brackets, then the agency ("(MENAFN- The Peninsula) QNA").

    The agency as written: "MAP", "AP", not the words "Map", "Ap".
    """
    paper = r"\p{Lu}[\p{L}'’.]*(?:[ \t]+\p{Lu}[\p{L}'’.]*){0,3}"
    agency = rf"(?:{trie_pattern(agencies())})"
    # A syndicator's credit in brackets before the agency: "(MENAFN- The Peninsula) QNA".
    syndicated = rf"\([ \t]*{paper}[ \t]*[-–—/|][ \t]*{paper}[ \t]*\)[ \t]*{agency}"
    return compile_regex(
        rf"[ \t]*(?:{agency}[ \t]*[-–—/|][ \t]*{paper}|{paper}[ \t]*[-–—/|][ \t]*{agency}"
        rf"|{syndicated})[ \t]*"
    )


def in_columns(
    content: str,
    vocab: StructureVocabulary,
    furniture: Callable[[str, StructureVocabulary], str | None],
    *,
    head: bool,
) -> bool:
    """A letterhead line printed in columns (PDF extraction keeps the gaps between them).

    A column of contact details ("Tél. : …", "P.O. Box …", "E-mail: …") makes the line
    furniture; above the text, so does an organisation's name printed in two languages
    ("LAKE STATES UNION      UNION DES ÉTATS DU LAC"): every column a short name without a
    number or a sentence end, one of them with a word naming an organisation.

    Args:
        content: the stripped line.
        vocab: the structure vocabulary of the document's language.
        furniture: the furniture kind of a line alone, or None.
        head: the line stands above the first line of prose.
    """
    if "\t" not in content and "   " not in content:
        return False  # no gap (what ``_COLUMN_GAP`` matches), one column: no split needed
    # "-   Establish a partnership …": a list marker and the gap after it are no column.
    content = content[is_bullet(content) :]
    columns = [column for column in _COLUMN_GAP.split(content.strip()) if column]
    if len(columns) < 2:
        return False
    if any(is_prose(column) or reads_as_prose(column) for column in columns):
        return False  # "… Other countries might also co-operate.   ·": OCR debris after prose
    if any(furniture(column, vocab) == "boilerplate" for column in columns):
        return True
    return (
        head
        and all(_names_column(column) for column in columns)
        and any(
            word.casefold() in vocab.letterhead_words
            for column in columns
            for word in _WORD.findall(column)
        )
    )


def _names_column(column: str) -> bool:
    """A column of a letterhead: a short capitalised name, no number, no sentence end."""
    return (
        len(column.split()) <= _MAX_COLUMN_WORDS
        and column[:1].isupper()
        and not any(char.isdigit() for char in column)
        and not ends_sentence(column)
    )


def below_letterhead(content: str) -> bool:
    """Whether a line goes on with a letterhead: its name in one more language, in capitals.

    "AFRICAN UNION      UNION AFRICAINE" / "UNIÃO AFRICANA", centred below.
    """
    text = content.strip()
    return text.isupper() and _names_column(text)


def is_contact(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line gives an e-mail address, a website, a telephone number or a postal box.

    Args:
        text: the stripped line.
        vocab: the structure vocabulary of the document's language.
    """
    return vocab.contact.search(text) is not None


def letterhead_names(doc: Document, lines: list[Line], vocab: StructureVocabulary) -> list[int]:
    """Head lines naming the issuer in capitals right above its postal or telephone line.

    PDF extraction may close the gaps of a letterhead ("LAKE STATES UNION UNION DES ÉTATS
    DU LAC" / "Kalvora P. O. Box 4417 Telephone: …"): the name lines above a contact line
    of the head, already furniture, are furniture with it.
    """
    found: list[int] = []
    for index, line in enumerate(lines):
        if line.kind == "body" and is_prose(line_text(doc, line)):
            break
        if line.kind != "boilerplate" or not is_contact(line_text(doc, line), vocab):
            continue
        above = index - 1
        while above >= 0 and lines[above].kind == "body":
            if not below_letterhead(line_text(doc, lines[above])):
                break
            found.append(above)
            above -= 1
    return found
