"""Mark the closing lines of a text: a place and date line, a signature.

After the last paragraph, a communiqué often ends with short lines that are neither prose
nor furniture: "Jakarta, 13 August 2001", "Fait à Paris, le 3 mai 2023", a signatory's name
("Josep Borrell"), an office ("Le porte-parole du Gouvernement"). They are header lines of
the end: read for dates, never a paragraph or a heading.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.lexicon import LANGUAGES
from communique.lexicon.persons import person_vocabulary
from communique.lexicon.structure import structure_vocabulary, structure_words
from communique.patterncache import compile_pattern, compile_regex
from communique.structure.header import dateline_span, is_prose
from communique.structure.lines import line_text, stripped_span
from communique.structure.party_entries import party_entry
from communique.structure.reading import build_unit
from communique.structure.shapes import (
    DATED_ENTRY,
    ends_sentence,
    is_bullet,
    is_terminator,
    parse_marker,
    starts_lowercase,
    word_count,
)
from communique.structure.signoff import glued_credit, glued_stop_mark
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from communique.document import Document
    from communique.model import Language

__all__ = ["mark_closing"]

_MAX_CHARS: Final = 100
_ANNOUNCER_REACH: Final = 40
"""Characters before a line's final colon searched for the word announcing its list."""
_MAX_WORDS: Final = 14
"""Words at most of a closing line: a signatory's office, name and state ("Prime Minister
James Marape of the Independent State of Papua New")."""
_NO_CLOSING_END: Final = ".!?;…"
_MARKUP_END: Final = " \t*_~"
"""Emphasis marks left at a line's end when nothing stands between them."""
_TEASER_END: Final = compile_regex(r"\w[ \t]?(?:\.{3}|…)[ \t]*$")
"""A line cut short on a word by its page ("… when the phones...", "… as the ..."): an
excerpt of another story, no sentence's end."""
_INITIALS: Final = compile_regex(r"[ \t]*\p{Ll}{2,4}(?:/\p{Ll}{2,4})?[ \t]*")
"""A line of an editor's initials in lower case below a wire's credit ("sbk", "ak/jm")."""
_MAX_SIGNATURE: Final = 200
_NAME_WORDS: Final = 4
"""Words of a signature's name line at most ("Bohuslav Sobotka", "Marie-Anne de X")."""
"""Longest signature line ("H.E. Mr …, Minister of … of the Republic of …")."""


_NAME_AND_COMMA: Final = compile_regex(
    r"[ \t]*(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}\p{Lu}[\p{L}.'’-]*[ \t]*,[ \t]*\p{L}"
)
"""A signature line opening on a name of two to four capitalised words and a comma."""


def mark_closing(doc: Document) -> Document:
    """Mark the short lines below the last prose line as closing header lines.

    Adjacent closing lines make one unit, so that an office printed above its holder's
    name ("Le porte-parole du Gouvernement" / "Moussa KANE") is read as one signature.
    """
    doc = _without_glued_credit(_past_stop_mark(doc))
    lines = list(doc.lines)
    found = sorted(set(_closing_lines(doc)) | set(_signed_below(doc)))
    if not found:
        return doc
    groups: list[list[int]] = []
    dated_above = False
    for index in found:
        # "X, Spokesman for the Secretary-General" / "New York, 17 March 2026": a dateline
        # is a unit of its own, no holder's name under an office.
        line = lines[index]
        dated = dateline_span(doc.text, line.body_start, line.end, doc.lang) is not None
        # "Marc Tavel, Minister for …" / "Paul Deroux, Foreign Minister of …": a signature
        # opening on its name and a comma is a unit of its own, no holder of the office above.
        signed = _NAME_AND_COMMA.match(doc.text, line.body_start, line.end) is not None
        if groups and index == groups[-1][-1] + 1 and not (dated or dated_above or signed):
            groups[-1].append(index)
        else:
            groups.append([index])
        dated_above = dated
    units = []
    for group in groups:
        spans = []
        for index in group:
            line = lines[index]
            lines[index] = attrs.evolve(line, kind="header")
            spans.append(stripped_span(doc.text, line.body_start, line.end))
        units.append(build_unit(doc, "header", spans)[0])
    # Signatories under a label ("Signed by:") may already be closing units.
    closing = tuple(sorted((*doc.closing, *units), key=lambda unit: unit.offsets.start(0)))
    return attrs.evolve(doc, lines=tuple(lines), header=(*doc.header, *units), closing=closing)


def _past_stop_mark(doc: Document) -> Document:
    """The text without what follows a release's end mark glued after a paragraph's sentence.

    "… its international obligations. /END/" / "ROK-US Foreign Ministers' Joint Press
    Conference (Apr. 12, 2013)": the mark ends the release; the links and teasers a page prints
    below it are furniture. Only when no prose follows (a page of several releases goes on).
    The mark on the text's last line is ``_without_glued_credit``'s.
    """
    body = [index for index, line in enumerate(doc.lines) if line.kind == "body"]
    for position, index in enumerate(body[:-1]):
        line = doc.lines[index]
        mark = glued_stop_mark().search(
            doc.text, max(line.body_start, line.end - _MARK_REACH), line.end
        )
        if mark is None:
            continue
        after = body[position + 1 :]
        if any(is_prose(line_text(doc, doc.lines[i])) for i in after):
            return doc
        return _cut_signed(doc, index, mark.start(), after)
    return doc


_MARK_REACH: Final = 40
"""Characters at a line's end searched for a glued end mark."""


def _without_glued_credit(doc: Document) -> Document:
    """The last line of text without the agency credit glued after its last sentence.

    "… ses consultations auprès des pays voisins. APS", "… in the region. (AFP)": the
    credit is furniture, the paragraph ends with its sentence. The credit ends the story:
    an editor's initials on the line below ("sbk") are furniture, and so are excerpts cut
    short below it ("By X Our column this week asks … when the phones..."), the page's
    teasers of other stories.
    """
    closing = set(_closing_lines(doc))  # "Politique, International": tags below the text
    teasers: list[int] = []
    for index in range(len(doc.lines) - 1, -1, -1):
        line = doc.lines[index]
        if line.kind in ("blank", "boilerplate", "page_number"):
            continue
        if line.kind != "body":
            return doc
        credit = glued_credit().search(doc.text, line.body_start, line.end)
        if credit is not None:
            break
        if _TEASER_END.search(doc.text, line.body_start, line.end) is not None:
            teasers.append(index)
        elif _INITIALS.fullmatch(doc.text, line.body_start, line.end) is not None:
            teasers.append(index)  # "… nations". (end)" / "sbk": the editor's initials
        elif index not in closing:
            return doc
    else:
        return doc
    return _cut_signed(doc, index, credit.start(), teasers)


def _cut_signed(doc: Document, index: int, cut: int, below: list[int]) -> Document:
    """The line at ``index`` ended at ``cut``, its sign-off and the ``below`` lines furniture."""
    line = doc.lines[index]
    lines = list(doc.lines)
    lines[index] = attrs.evolve(line, end=cut)
    spans = [stripped_span(doc.text, cut, line.end)]
    for other in below:
        lines[other] = attrs.evolve(lines[other], kind="boilerplate")
        spans.append(stripped_span(doc.text, doc.lines[other].body_start, doc.lines[other].end))
    furniture = (*doc.boilerplate, *(doc.mention(*doc.offsets.span(*span)) for span in spans))
    return attrs.evolve(
        doc,
        lines=tuple(lines),
        boilerplate=tuple(sorted(furniture, key=lambda mention: mention.start)),
    )


def _closing_lines(doc: Document) -> list[int]:
    """Indexes of the closing lines, last first: only when body text stands above them."""
    found: list[int] = []
    for index in range(len(doc.lines) - 1, -1, -1):
        line = doc.lines[index]
        if line.kind in ("blank", "boilerplate", "page_number", "header"):
            continue  # a date line read as the document's ("October 29, 2021") closes it too
        text = line_text(doc, line)
        if line.kind == "body" and _announces(text):
            return []  # "… approved the following appointments:": the lines below are its list
        if not found and line.kind == "body" and _cut_short(text, doc.lang):
            return []  # "L'intéressée a été dépêchée par le": a page cut the last sentence
        if line.kind == "body" and _wraps_prose(doc, index, text):
            # "… pledged to support" / "the rebuilding of …": a sentence goes on; but the
            # wrapped end of the last sentence ("… violent extremist" / "groups.") is the
            # text's end, and the short lines below it close the text.
            return found if found and ends_sentence(text) and not _announces(text) else []
        if (
            line.kind == "body"
            and not is_prose(text)
            and (_closing_shaped(text) or _stopped_dateline(doc, index, text))
            and not party_entry(text, doc.lang)  # "Angola : H.E. X": a list's entry
            and not _dated_entries(doc, index)
        ):
            found.append(index)
            continue
        if line.kind == "body" and not _announces(text) and not _ends_item(text, found):
            return found
        return []
    return []


def _dated_entries(doc: Document, index: int) -> bool:
    """Whether a line and the one above or below it are labelled, dated entries of a list.

    "The 1st Meeting: March 23, 2012, Tokyo" / "The 2nd Meeting: July 16, 2013, Tokyo": the
    text's list of past meetings, no signature nor closing dateline.
    """
    lines = doc.lines
    if not DATED_ENTRY.match(line_text(doc, lines[index])):
        return False
    return any(
        0 <= other < len(lines)
        and lines[other].kind == "body"
        and DATED_ENTRY.match(line_text(doc, lines[other])) is not None
        for other in (index - 1, index + 1)
    )


def _cut_short(text: str, language: Language) -> bool:
    """Whether the text's last line stops on a linking word in lower case ("… par le").

    A stored page cut mid-sentence ends so; a signature's office ends on a name.
    """
    words = text.split()
    return (
        bool(words)
        and words[-1].islower()
        and words[-1] in structure_vocabulary(language).connectors
    )


def _ends_item(text: str, found: list[int]) -> bool:
    """Whether the prose line above short closing-shaped lines closes a list's item.

    « S.E. X, Présidente de … ; » / « S.E. Y, Président de la Commission: »: the short
    lines below an item closed by a semicolon are the list's last items, not signatures.
    """
    return bool(found) and text.rstrip().endswith(";")


def _announces(text: str) -> bool:
    """Whether a line ends on a colon after a word announcing a list ("the following:").

    « Enfin, le Conseil a pris les mesures individuelles suivantes : » / « Chargé de mission :
    X, … »: the lines below are the list it announces, however short; "… have signed this
    communiqué:" or "… signed by the following:" announces signatures, which close the text.
    """
    stripped = text.rstrip()
    if not stripped.endswith(":"):
        return False
    if _phrases("signature_words").search(stripped) is not None:
        return False  # "… was signed by the following:": the signatures below close the text
    marker = parse_marker(stripped)
    if marker is not None:
        # "2. Étaient présents les Chefs d'État ci-après :"; not "2. Done at Orlan …, in two
        # original copies:", whose signatures close the text.
        return not any(
            structure_vocabulary(language).done_at.match(stripped, marker.end)
            for language in LANGUAGES
        )
    return (
        _phrases("list_announcers").search(stripped, max(0, len(stripped) - _ANNOUNCER_REACH))
        is not None
    )


@functools.cache
def _phrases(key: str) -> re.Pattern[str]:
    """Any of the ``[header]`` phrases under ``key``, as whole words, in any case."""
    words = alternation(structure_words("header", key))
    return compile_pattern(rf"(?i)(?<!\w)(?:{words})(?!\w)")


def _wraps_prose(doc: Document, index: int, text: str) -> bool:
    """Whether a line in lower case goes on with the sentence of the body line right above.

    Not an office in lower case under a signature's name ("Bohuslav X" / "prime minister of
    the Czech Republic"): the name above is no sentence.
    """
    if index == 0 or not starts_lowercase(text):
        return False
    above = doc.lines[index - 1]
    if above.kind != "body":
        return False
    above_text = line_text(doc, above)
    if ends_sentence(above_text):
        return False
    signed = _closing_shaped(above_text) and word_count(above_text) <= _NAME_WORDS
    return not (signed and person_vocabulary(doc.lang).role.match(text) is not None)


def _signed_below(doc: Document) -> list[int]:
    """The signature lines below a closing sentence ("Done at …, in two originals.").

    They name the parties and their signatories ("For the Government of …", "H.E. Mr …,
    Minister of …"): up to the end of the text, no line is prose or long.
    """
    done_at = structure_vocabulary(doc.lang).done_at
    below: list[int] = []
    for index in range(len(doc.lines) - 1, -1, -1):
        line = doc.lines[index]
        if line.kind != "body":
            continue
        text = line_text(doc, line)
        if done_at.match(text):
            return below
        if len(text) > _MAX_SIGNATURE or is_prose(text) or text[-1] in _NO_CLOSING_END:
            return []
        below.append(index)
    return []


def _stopped_dateline(doc: Document, index: int, text: str) -> bool:
    """Whether a line is a dateline with a full stop, in emphasis marks or not.

    "Valmont, 20 October 2025." / "**Valmont, 20 October 2025.**" / "*Valmont, 20 October
    2025*.": the place and day a text was issued at, closing it; not the answer to a line
    above ending with a colon ("Next session:" / "Kalvora, 14 March 2026.").
    """
    inner = text.strip(_MARKUP_END)
    if not inner.endswith("."):
        return False
    inner = inner[:-1].strip(_MARKUP_END)
    if dateline_span(inner, 0, len(inner), doc.lang) is None:
        return False
    above = next((line for line in reversed(doc.lines[:index]) if line.kind != "blank"), None)
    return above is None or not line_text(doc, above).rstrip().endswith(":")


def _closing_shaped(text: str) -> bool:
    """A short line without a sentence end that does not open a list item.

    Emphasis marks a Markdown file prints as they are ("… in the English language. ****")
    are no end of the line.
    """
    text = text.rstrip(_MARKUP_END) or text
    return (
        len(text) <= _MAX_CHARS
        and word_count(text) <= _MAX_WORDS
        and text[-1] not in _NO_CLOSING_END
        and not is_terminator(text)
        and parse_marker(text) is None
        and not is_bullet(text)
    )
