"""Tell the masthead of a document from its title and its text.

Above the title or the first sentence, pages and PDF files print a masthead: the name of
the issuing organisation or office, often in capitals and sometimes wrapped over two lines
("MINISTRY OF FOREIGN AFFAIRS" / "OFFICE OF THE SPOKESPERSON", "Secrétariat du
Commonwealth"), a label naming the kind of document ("Press release", "Communiqué de
presse"), a dateline or a time stamp. These lines are header lines: neither the title nor a
paragraph. A line names an organisation when one of its first words heads such a name
("Ministry", "Direction", "Council") and is followed by a linking word or ends the line
("Council of …", not "Council adopts …"), with no date and no document name in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from communique.lexicon.persons import folded_articles
from communique.lexicon.structure import kind_key, structure_vocabulary
from communique.patterncache import compile_regex
from communique.structure.header import is_prose, reads_as_prose
from communique.structure.lines import is_lone, line_text
from communique.structure.shapes import (
    ends_sentence,
    first_word,
    is_bullet,
    last_word,
    parse_marker,
    starts_lowercase,
    without_elision,
)

if TYPE_CHECKING:
    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = [
    "beside_masthead",
    "continued",
    "designates_meeting",
    "ends_on_head",
    "is_document_name",
    "is_lone",
    "is_organisation",
    "masthead_lines",
    "names_issuer",
    "names_meeting",
    "opens_document_name",
    "own_name",
    "press_label",
]

_MAX_NAME: Final = 120
"""Longest line naming an organisation or office."""
_SECTION_WORDS: Final = 3
"""Words at most of a site's section label above a document's own name (links aside)."""
_MAX_NAME_WORDS: Final = 16
_HEAD_WITHIN: Final = 3
"""The head of an organisation's name is among its first words ("RURITANIAN MINISTRY OF")."""
_WORD: Final = compile_regex(r"[\p{L}][\p{L}'’-]*")
_ELISION: Final = compile_regex(r"^[ldj]['’]", regex.IGNORECASE)
_MAX_ISSUER_WORDS: Final = 10
"""Longest name of an issuing body printed alone above a decision's clauses."""
_MIN_OBJECT: Final = 2
"""Words after a document head that name its object ("de Klow", "of Strelsau")."""
_TOKEN: Final = compile_regex(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*")
_NUMERAL: Final = compile_regex(r"(?:\d{1,4}|[ivxlc]{1,7})(\p{L}{1,4})")
"""An ordinal in digits or Roman numerals, with its ending ("42nd", "9e", "xxie")."""
_MEETING_WITHIN: Final = 5
"""The meeting word of a meeting's name comes among its first words."""
_WORD_ENDING: Final = 3
"""Shortest ending that marks an ordinal written in letters ("-ième")."""
_SECTION: Final = compile_regex(r"(?:[A-Z]|[IVX]{1,4})[.)][ \t]+\D")
"""A lettered or roman section heading ("A. Questions bilatérales", "II) Economy"); not an
issue's number ("N. 0812 – Samedi 22.11.2025")."""


def is_organisation(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line names an organisation or an office, as a masthead prints it.

    Args:
        text: the stripped line.
        vocab: the structure vocabulary of the document's language.
    """
    if len(text) > _MAX_NAME or ends_sentence(text) or any(char.isdigit() for char in text):
        return False
    words = [_ELISION.sub("", word).casefold() for word in _WORD.findall(text)]
    if not words or len(words) > _MAX_NAME_WORDS or names_document(words, vocab):
        return False
    for position in range(min(_HEAD_WITHIN, len(words))):
        width = _head_width(words, position, vocab.organisation_heads)
        if width:
            after = words[position + width : position + width + 1]
            return not after or after[0] in vocab.connectors
    return text.isupper() and _headed_last(words, vocab)


def _headed_last(words: list[str], vocab: StructureVocabulary) -> bool:
    """Whether a name in capitals ends on its head, without a linking word or a meeting.

    "SOUTHERN OCEAN FISHERIES COMMISSION SECRETARIAT", "PACIFIC ISLANDS FORUM
    SECRETARIAT": English names put their head last, after the body it serves; a head that
    also names a meeting ("… JOINT COMMISSION") is left to the title rules.
    """
    if any(word in vocab.connectors for word in words):
        return False
    # "… JOINT COMMISSION", "… COUNCIL" may name the meeting a title is about.
    return words[-1] in vocab.organisation_heads and not _headed_meeting(words, vocab)


def names_document(words: list[str], vocab: StructureVocabulary) -> bool:
    """Whether case-folded words hold the name of a document ("statement", "déclaration")."""
    return any(_head_width(words, i, vocab.document_heads) for i in range(len(words)))


def is_document_name(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a head line is a document's own name: a document head and its object.

    "DÉCLARATION DE KLOW", "Joint Communiqué of the Fifth Meeting …"; a bare label
    ("Joint communiqué") only when printed in capitals ("JOINT COMMUNIQUÉ").

    Args:
        text: the stripped line.
        vocab: the structure vocabulary of the document's language.
    """
    if len(text) > _MAX_NAME or ends_sentence(text):
        return False
    return opens_document_name(text, vocab, bare=text.isupper())


def opens_document_name(text: str, vocab: StructureVocabulary, *, bare: bool = False) -> bool:
    """Whether ``text`` opens on a document's head and its object, however long it runs.

    "Joint Communiqué between the Republic of Kalvora and … issued at the Conclusion of the
    State Visit …": a head and the words that name its document; the head alone when
    ``bare``.
    """
    words = [word.casefold() for word in _WORD.findall(text)]
    width = _head_width(words, 0, vocab.document_heads) if words else 0
    if not width:
        return False
    return bare or len(words) - width >= _MIN_OBJECT


def own_name(
    doc: Document, lines: list[Line], head: list[int], chosen: list[int], vocab: StructureVocabulary
) -> list[int]:
    """The document's own name below a chosen meeting name or section label, as the title.

    "CONFÉRENCE MINISTÉRIELLE SUR …" / "DÉCLARATION DE KLOW": the conference line is a
    header, the declaration's name the title; so is a site's section label of a few words
    above it ("Social & Political Issues" / "Communiqué adopted at the thirteenth meeting
    of …"). Else [].
    """
    if len(chosen) != 1:
        return []
    text = line_text(doc, lines[chosen[0]])
    words = [word.casefold() for word in _WORD.findall(text)]
    content = [word for word in words if word not in vocab.connectors]
    label = len(content) <= _SECTION_WORDS and not names_document(words, vocab)
    if not (label or names_meeting(text, vocab)):
        return []
    below = [i for i in head if i > chosen[0] and lines[i].kind == "body" and is_lone(lines, i)]
    # "Communiqué de presse" below a headline naming a council names the channel, not the
    # document (below a short label, a page's kind line leads on to the headline).
    names = [line_text(doc, lines[i]) for i in below]
    return next(
        (
            [i]
            for i, name in zip(below, names, strict=True)
            if is_document_name(name, vocab) and (label or not press_label(name, vocab))
        ),
        [],
    )


def press_label(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a label names the channel a text went out by, no genre of document.

    "COMMUNIQUÉ DE PRESSE", "Press release" (not among ``document_heads``) head any text a
    press office sends: a council's meeting named beside it is the title alone, where
    "COMMUNIQUÉ FINAL" names the document.

    >>> from communique.lexicon.structure import structure_vocabulary
    >>> vocab = structure_vocabulary("fr")
    >>> press_label("COMMUNIQUÉ DE PRESSE", vocab), press_label("Communiqué final", vocab)
    (True, False)
    >>> press_label("DÉCLARATION DE VALMONT", vocab)
    False
    """
    if kind_key(text, vocab) not in vocab.kind_labels:
        return False  # "DÉCLARATION DE VALMONT": the document's own name
    words = [word.casefold() for word in _WORD.findall(text.replace("’", "'"))]
    return len(words) > 1 and " ".join(words) not in vocab.document_heads


def names_issuer(text: str, heads: frozenset[str], ends: str = ",") -> bool:
    """Whether a line names the issuing body alone, ending with a comma, as decisions open.

    "The Security Council,", "Le Conseil de paix et de sécurité,", "L'Assemblée,": a short
    name with a head word ("council", "assemblée"), no number, and the comma that the
    clauses below it go on from.

    Args:
        text: the stripped line.
        heads: case-folded words heading the name of a body.
        ends: the punctuation the line may end with (":" for "The Council:" above the
            operative paragraphs).
    """
    if text[-1:] not in ends or any(char.isdigit() for char in text):
        return False
    if "," in text[:-1]:
        return False  # "Angola, Burundi, … Central African Republic,": a list's line, no body
    words = [_ELISION.sub("", word) for word in _WORD.findall(text)]
    if not words or len(words) > _MAX_ISSUER_WORDS or not words[0][0].isupper():
        return False
    return any(word.casefold() in heads for word in words)


def names_meeting(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line names a meeting ("Fifth Ministerial Meeting of …") and no document."""
    words = [_ELISION.sub("", word).casefold() for word in _WORD.findall(text)]
    if names_document(words, vocab):
        return False
    return any(_head_width(words, i, vocab.meeting_words) for i in range(len(words)))


def designates_meeting(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line only names a meeting: its meeting word first, after ordinals.

    "Quarante-deuxième session ordinaire de la Conférence …", "Third Meeting of the …
    Dialogue": the name of the meeting a kind label above it ("COMMUNIQUÉ FINAL") is about.
    A headline naming a meeting further on ("Clôture des travaux de la 9e session …",
    "Ministers close the ninth session …") and a sentence do not.

    Args:
        text: the stripped line.
        vocab: the structure vocabulary of the document's language.
    """
    if ends_sentence(text) or is_prose(text):
        return False
    words = [_ELISION.sub("", word).casefold() for word in _TOKEN.findall(text)]
    if not words or names_document(words, vocab):
        return False
    position = 0
    while not _head_width(words, position, vocab.meeting_words):
        if position + 1 >= min(len(words), _MEETING_WITHIN) or not (
            words[position] in vocab.meeting_qualifiers or _is_ordinal(words[position], vocab)
        ):
            return False
        position += 1
    return position > 0 or not is_organisation(text, vocab)  # "Council of Ministers" is a body


def _is_ordinal(word: str, vocab: StructureVocabulary) -> bool:
    """Whether a case-folded word is an ordinal ("third", "thirty-first", "42nd", "ixe")."""
    if word.rsplit("-", 1)[-1] in vocab.ordinal_words:
        return True
    numeral = _NUMERAL.fullmatch(word)
    if numeral is not None:
        return numeral.group(1) in vocab.ordinal_endings
    return any(
        len(ending) >= _WORD_ENDING and word.endswith(ending) and len(word) > len(ending) + 1
        for ending in vocab.ordinal_endings
    )


def _head_width(words: list[str], position: int, heads: frozenset[str]) -> int:
    """How many words from ``position`` form one of ``heads`` (two-word heads first), or 0."""
    if " ".join(words[position : position + 2]) in heads and position + 1 < len(words):
        return 2
    return 1 if words[position] in heads else 0


def masthead_lines(
    doc: Document, lines: list[Line], head: list[int], top: int, vocab: StructureVocabulary
) -> list[int]:
    """Indexes of the head lines that are masthead lines, to mark as header.

    A short lone line that is no list item or section: above the title (``top``) a byline,
    a tagline or a label; below it, when it does not end a sentence. A block of short lines
    without a sentence end: above the title, or anywhere in the head when one of its lines
    names an organisation or the kind of document ("Council of Ruritania" / "Press release"
    / "17 January 2026 09:00") or is a dateline ("… COUNCIL" / "812TH MEETING" / "ADDIS
    ABABA, 3 APRIL 2025").
    """
    found: list[int] = []
    # The first header line (a dateline), found once: a short sentence below it is text.
    dateline = next((i for i, line in enumerate(lines) if line.kind == "header"), len(lines))
    for block in _blocks(head):
        body = [index for index in block if lines[index].kind == "body"]
        labels = [i for i in body if _names_label(line_text(doc, lines[i]), vocab)]
        # "PEACE AND SECURITY COUNCIL" / "812TH MEETING" / "ADDIS ABABA, 3 APRIL 2025"
        dated = any(lines[i].kind == "header" for i in block)
        if any(lines[i].kind == "title" for i in block):
            found.extend(labels)  # "Ministry of …" right above the title's line
            # "SITE.NAME" / "Foreign Office" / "Press release" / the title: the short
            # lines above a label above the title are the masthead too.
            above = [i for i in labels if i < top]
            found.extend(
                i
                for i in body
                if above and i < above[-1] and i not in labels and _short_line(doc, lines, i)
            )
        elif len(body) == 1 and is_lone(lines, body[0]):
            found.extend(
                i for i in body if i in labels or _lone_masthead(doc, lines, i, (top, dateline))
            )
        elif (labels or dated or block[-1] < top) and all(
            i in labels or _short_line(doc, lines, i) for i in body
        ):  # a label may end with its empty number's colon ("Press Release No.:")
            found.extend(body)
    return found


def _names_label(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line names an organisation or the kind of document ("Press release").

    Or the document's reference number alone ("N°: 288/2013").
    """
    return (
        is_organisation(text, vocab)
        or kind_key(text, vocab) in vocab.kind_labels
        or vocab.reference_line.match(text) is not None
    )


def _blocks(head: list[int]) -> list[list[int]]:
    """The head lines in runs of adjacent lines."""
    blocks: list[list[int]] = []
    for index in head:
        if blocks and blocks[-1][-1] == index - 1:
            blocks[-1].append(index)
        else:
            blocks.append([index])
    return blocks


def _short_line(doc: Document, lines: list[Line], index: int) -> bool:
    """A line of a masthead block: short, no sentence, no list item, not continued below."""
    text = line_text(doc, lines[index])
    if len(text) > _MAX_NAME or ends_sentence(text) or is_prose(text) or reads_as_prose(text):
        return False
    if parse_marker(text) is not None or is_bullet(text) or _SECTION.match(text):
        return False
    return not continued(doc, lines, index)


def _lone_masthead(doc: Document, lines: list[Line], index: int, bounds: tuple[int, int]) -> bool:
    """A short lone head line that is no list item or section: a byline, a place, a label.

    Above the headline it may be a tagline or section label. Below it, a short sentence is
    the opening paragraph, not a masthead line. ``bounds``: the headline's line (past the
    lines when there is none) and the first header line (past the lines when none).
    """
    if lines[index].kind != "body" or not is_lone(lines, index):
        return False
    if continued(doc, lines, index):
        return False  # a sentence broken by a page: the opening paragraph
    text = line_text(doc, lines[index])
    if starts_lowercase(text) and _cut_above(doc, lines, index):
        return False  # "… before the end of the" / "season,": a typescript's spaced lines
    if parse_marker(text) is not None or is_bullet(text) or _SECTION.match(text):
        return False
    if reads_as_prose(text):
        return False  # a sentence cut from its full stop is text, never a header line
    if not ends_sentence(text):
        return True
    # With no headline, a short sentence under the dateline is the opening paragraph
    # ("Valmont, 26 July 2026" / "Minister X arrived in Valmont."), no tagline.
    top, dateline = bounds
    return index < top and (top < len(lines) or index < dateline)


def beside_masthead(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> bool:
    """Whether the other lines of the line's block name an organisation, a kind or a date.

    "Ministry of Foreign Affairs" / "Statement on …", or "Meeting with …" / "READOUT" /
    "OFFICE OF THE SPOKESPERSON" / "MAY 19, 2025": the line stands alone among its
    masthead. A line going on with a linking word ("ET DU COMMERCE …", a wrapped name) or
    opening with a number (a time stamp) does not.
    """
    text = line_text(doc, lines[index])
    words = text.split()
    # "ET DU COMMERCE …", "and Trade" go on with a name; "La ministre condamne …" opens a
    # headline with its article.
    if not text[:1].isalpha() or (
        words[0].casefold() in vocab.connectors
        and (text.isupper() or words[0].casefold() not in vocab.articles)
    ):
        return False
    if _names_label(text, vocab) or ends_on_head(text, vocab):
        return False
    others = [*_block_side(lines, index, -1), *_block_side(lines, index, 1)]
    return bool(others) and all(
        lines[i].kind == "header" or _names_label(line_text(doc, lines[i]), vocab) for i in others
    )


def ends_on_head(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line ends on an organisation's head: an office of the masthead.

    "Press and Public Diplomacy Division" under "MINISTRY OF FOREIGN AFFAIRS".

    Args:
        text: the stripped line.
        vocab: the structure vocabulary of the document's language.
    """
    words = [_ELISION.sub("", word).casefold() for word in _WORD.findall(text)]
    return (
        bool(words) and words[-1] in vocab.organisation_heads and not _headed_meeting(words, vocab)
    )


def _headed_meeting(words: list[str], vocab: StructureVocabulary) -> bool:
    """Whether the last words name a meeting ("… JOINT COMMISSION", "… COUNCIL")."""
    return words[-1] in vocab.meeting_words or " ".join(words[-2:]) in vocab.meeting_words


def _block_side(lines: list[Line], index: int, step: int) -> list[int]:
    """The lines of the line's block above it (``step`` -1) or below it (1)."""
    found: list[int] = []
    other = index + step
    while 0 <= other < len(lines) and lines[other].kind in ("body", "header"):
        found.append(other)
        other += step
    return found


_SET_OFF: Final = 2
"""Blank lines in a row that set a block off from the line above: no wrap crosses them."""


def continued(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the next content line continues this one in lower case.

    Not a page's section label in lower case ("actualité"): a label goes on nothing; nor,
    in a text that sets some lines apart by one blank line, a block set off by two or more
    that opens on no linking word but an article (a page's summary under its headline:
    "Extended talks between …" / "" / "" / "the two ministers sign …"). A page printed
    with two blank lines everywhere sets nothing off that way ("… of Kalvora" / "" / "" /
    "and Norland in Valmont" goes on).
    """
    blanks, widest = 0, 0
    vocab = structure_vocabulary(doc.lang)
    for line in lines[index + 1 :]:
        if line.kind == "blank":
            blanks += 1
            widest = max(widest, blanks)
            continue
        blanks = 0
        if line.kind == "body":
            text = line_text(doc, line)
            if not starts_lowercase(text) or kind_key(text, vocab) in vocab.kind_labels:
                return False
            opening = first_word(text)
            linked = opening in vocab.connectors and opening not in folded_articles()
            if widest and opening in folded_articles() and is_prose(text) and ends_sentence(text):
                return False  # "le Président … effectue … une visite d'État à Abidjan.": the lead
            set_off = widest >= _SET_OFF and not linked
            return not (set_off and _single_spaced(lines))
        if line.kind == "boilerplate":
            return False  # a banner's wrapped line below the title goes on the banner
    return False


def _single_spaced(lines: list[Line]) -> bool:
    """Whether the text sets some lines apart by one blank line: two then mean more."""
    run = 0
    for line in lines:
        if line.kind == "blank":
            run += 1
            continue
        if run == 1:
            return True
        run = 0
    return False


def _cut_above(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the body line above, across blank lines only, is cut on a linking word.

    An elided one counts ("… porteur d'un" / "" / "message."): the word after its apostrophe.
    """
    for line in reversed(lines[:index]):
        if line.kind == "blank":
            continue
        if line.kind != "body":
            return False
        word = without_elision(last_word(line_text(doc, line)))
        return word in structure_vocabulary(doc.lang).connectors
    return False
