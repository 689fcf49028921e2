"""Prefer the line naming the document as the title of a letterhead's text.

Official releases printed from a word processor or a PDF open with a letterhead: the
issuing body's name, a national motto, an address, then the document's own title, a line
naming the kind of document in capitals ("COMMUNIQUÉ FINAL", "JOINT STATEMENT",
"PROCÈS-VERBAL DES TRAVAUX DE …"), sometimes followed by a subtitle naming the meeting
("Dix-huitième session ordinaire de la Conférence …"). That type line is the title, with
its subtitle when one follows in its block: as a reader quotes it, the two lines make one
title. A bare label ("COMMUNIQUÉ", "Press release") says what kind of text follows, not
which: it stays a header line, as does a label above or below a web page's headline.
"""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, Final

from communique.gazetteer import gazetteer
from communique.lexicon.dates import month_words
from communique.lexicon.structure import kind_key
from communique.patterncache import compile_regex
from communique.structure.header import dateline_span, is_prose
from communique.structure.lines import line_text
from communique.structure.masthead import (
    designates_meeting,
    ends_on_head,
    is_document_name,
    is_lone,
    is_organisation,
    names_meeting,
    press_label,
)
from communique.structure.shapes import ends_sentence

if TYPE_CHECKING:
    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = ["before_dateline", "is_address", "labelled_meeting", "typed_title"]

_ADDRESS_MARKS: Final = ("@", "www.", "http")
_WORD: Final = compile_regex(r"\p{L}+['’]?")
"""A word, with the apostrophe of an elided article ("l'", as the linking words list it)."""
_GAP: Final = compile_regex(r"[ \t]{2,}(?=\S)")
_HEAD_WITHIN: Final = 2
"""The head of a name in capitals is among its first words ("UNION ÉCONOMIQUE …")."""
_MAX_TYPE_CHARS: Final = 250
"""Longest type line: a title's length (a longer line is a paragraph in capitals)."""
_MIN_OBJECT: Final = 2
"""Words after a document's head that name its object ("OF THE MEETING …")."""
_LABEL_WORDS: Final = 2
_MIN_HEADLINE_WORDS: Final = 5
_MAX_LABEL_WORDS: Final = 4
"""A label that opens a type line has two to four words ("PRESS STATEMENT OF …")."""
_MAX_TITLE_LINES: Final = 3
"""Lines of a title wrapped above its dateline."""
_MAX_CAPITALS_LINES: Final = 3
"""Lines in capitals at most that a wrapped type line's subtitle goes on over."""
_MAX_GAP: Final = 2
"""Blank lines between a title and its dateline, plus one."""


def typed_title(
    doc: Document, lines: list[Line], head: list[int], chosen: list[int], vocab: StructureVocabulary
) -> list[int]:
    """The title's lines once a type line in capitals is weighed against ``chosen``.

    The type line is the title when nothing else was chosen, or when what was chosen above
    it is letterhead furniture (an address, a telephone or web line, a body's name in
    capitals); the subtitle naming a meeting on the next line of its block joins it (across
    a blank line, the meeting's name alone is the title). A headline chosen above it (a web
    page printing a label below its headline) or below it (a label above the headline)
    stays the title.

    Args:
        doc: the document.
        lines: its lines, as marked so far.
        head: the indexes of the head lines (above the first prose line).
        chosen: the title's lines chosen by the headline rules, or [].
        vocab: the structure vocabulary of the document's language.
    """
    typed = next((i for i in head if _is_type_line(doc, lines, i, vocab)), None)
    if typed is None:
        return _kind_title(doc, lines, head, chosen, vocab)
    if chosen and typed in chosen:
        return chosen
    if _meeting_over_label(doc, lines, chosen, typed, vocab):
        # "20TH ORDINARY SUMMIT OF HEADS OF" / "STATE OF THE …" / "JOINT COMMUNIQUÉ": the
        # meeting's name and the kind of its document below it, one title, as above it.
        return [*chosen, typed]
    if (
        chosen
        and chosen[0] < typed
        and not _letterhead_title(doc, lines, chosen, vocab)
        and not _named_below(line_text(doc, lines[chosen[0]]), line_text(doc, lines[typed]))
    ):
        return chosen
    # Only in the type line's block: across a blank line the meeting's name is the title.
    below = typed + 1
    if (
        below in head
        and lines[below].kind == "body"
        and _subtitle(line_text(doc, lines[below]), vocab)
    ):
        return [typed, below, *_capitals_after(doc, lines, head, below, vocab)]
    if chosen and chosen[0] > typed:
        return chosen
    if not chosen and below in head and _headline_below(doc, lines, below):
        return [below]  # "COMMUNIQUÉ CONJOINT" / "Clôture des travaux de la 9e session …"
    return [typed]


def _capitals_after(
    doc: Document, lines: list[Line], head: list[int], last: int, vocab: StructureVocabulary
) -> list[int]:
    """The lines in capitals that go on a type line's subtitle in its block.

    "COMMUNIQUÉ ADOPTÉ A LA TRENTIÈME RÉUNION" / "DE LA COMMISSION MIXTE …" / "CRÉE EN
    APPLICATION" / "DU COMMUNIQUÉ CONJOINT DU 15 NOVEMBRE 2002 A GENÈVE" / "Abuja, le …":
    a wrapped title in capitals runs to its dateline.
    """
    found: list[int] = []
    index = last + 1
    while (
        len(found) < _MAX_CAPITALS_LINES
        and index in head
        and lines[index].kind == "body"
        and (text := line_text(doc, lines[index])).isupper()
        and not ends_sentence(text)
        # "MINISTRY OF FOREIGN AFFAIRS OF VALMONT", « RÉPUBLIQUE DU VALMONT »: the letterhead
        and not (_names_body(text, vocab) or ends_on_head(text, vocab))
        and not is_organisation(text, vocab)
        and gazetteer(doc.lang).key_of(text.strip()) is None
        and dateline_span(doc.text, lines[index].body_start, lines[index].end, doc.lang) is None
    ):
        found.append(index)
        index += 1
    return found


def _headline_below(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line under a type line, in its block, is a headline of its own.

    A sentence-case line of several words, no dateline, no sentence end: "Clôture des
    travaux de la 16e session de la Grande Commission" (its wrap joins it later). A meeting's
    designation joins the type line instead (``_subtitle``).
    """
    line = lines[index]
    text = line_text(doc, line)
    return (
        line.kind == "body"
        and text[:1].isupper()
        and not text.isupper()
        and len(_WORD.findall(text)) >= _MIN_HEADLINE_WORDS
        and not ends_sentence(text)
        and not is_prose(text)
        and dateline_span(doc.text, line.body_start, line.end, doc.lang) is None
    )


def _is_type_line(doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary) -> bool:
    """A body line in capitals naming a document: "JOINT COMMUNIQUÉ", "DÉCLARATION DE …"."""
    if lines[index].kind != "body":
        return False
    text = before_dateline(doc, lines[index])
    if not text.isupper() or is_prose(text):
        return False
    if not (
        is_document_name(text, vocab)
        or _opens_on_document(text, vocab)
        or _ends_on_document(text, vocab)
    ):
        return False
    # A bare label ("COMMUNIQUÉ", "COMMUNIQUÉ DE PRESSE") says what kind of text follows; a
    # qualified kind ("COMMUNIQUÉ FINAL", "JOINT STATEMENT") names this one.
    words = [word.casefold() for word in _WORD.findall(text.replace("’", "'"))]
    qualified = len(words) > 1 and " ".join(words[:2]) in vocab.document_heads
    return qualified or kind_key(text, vocab) not in vocab.kind_labels


def before_dateline(doc: Document, line: Line) -> str:
    """The line's text before a dateline printed after a column gap, or all of it.

    "COMMUNIQUÉ DE PRESSE          Strelsau, le 3 mars 2026" is a bare label.

    Args:
        doc: the document.
        line: one of its lines.
    """
    text = line_text(doc, line)
    for gap in reversed(list(_GAP.finditer(doc.text, line.body_start, line.end))):
        if dateline_span(doc.text, gap.end(), line.end, doc.lang) is not None:
            return doc.text[line.body_start : gap.start()].strip()
    return text


def _kind_title(
    doc: Document, lines: list[Line], head: list[int], chosen: list[int], vocab: StructureVocabulary
) -> list[int]:
    """With no headline but a body's name, a qualified kind in any case names the text.

    "Ministry of Foreign Affairs" / "Joint Communiqué" / the text: the label is the title.
    """
    if chosen and not is_organisation(line_text(doc, lines[chosen[0]]), vocab):
        return chosen
    start = chosen[0] if chosen else -1
    found = (i for i in head if i > start and _qualified_kind(doc, lines, i, vocab))
    return next(([i] for i in found), chosen) or _named_above_dateline(doc, lines, head, vocab)


def _named_above_dateline(
    doc: Document, lines: list[Line], head: list[int], vocab: StructureVocabulary
) -> list[int]:
    """The block right above the dateline when it opens with a document's head.

    "Déclaration des ministres …" / "sur le renforcement de …" / "franco-allemande …" /
    "Bonn, 3 juillet 1997": a title wrapped over up to three lines, under page furniture.
    """
    dateline = next((i for i in head if lines[i].kind == "header"), None)
    if dateline is None:
        return []
    index = dateline - 1
    while index >= 0 and lines[index].kind == "blank" and dateline - index <= _MAX_GAP:
        index -= 1
    block: list[int] = []  # one line more than a title holds, to tell a longer block
    while index >= 0 and lines[index].kind == "body" and len(block) <= _MAX_TITLE_LINES:
        block.insert(0, index)
        index -= 1
    if not block or len(block) > _MAX_TITLE_LINES or (index >= 0 and lines[index].kind != "blank"):
        return []
    texts = [line_text(doc, lines[i]) for i in block]
    words = [word.casefold() for word in _WORD.findall(" ".join(texts).replace("’", "'"))]
    if len(words) <= _MIN_OBJECT + 1:
        return []  # a bare label ("Communiqué") says what kind of text follows, not which
    if not ({" ".join(words[:1]), " ".join(words[:2])} & vocab.document_heads):
        return []
    if any(ends_sentence(text) for text in texts) or sum(map(len, texts)) > _MAX_TYPE_CHARS:
        return []
    # "COMMUNIQUÉ DE PRESSE" / "Ministère des …": a label over the issuer's name, no title.
    return [] if any(is_organisation(text, vocab) for text in texts[1:]) else block


def _qualified_kind(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> bool:
    """A lone line naming a qualified kind of document ("Joint Communiqué", "Final Declaration")."""
    if lines[index].kind != "body" or not is_lone(lines, index):
        return False
    words = [word.casefold() for word in _WORD.findall(line_text(doc, lines[index]))]
    return len(words) > 1 and " ".join(words) in vocab.document_heads


def _opens_on_document(text: str, vocab: StructureVocabulary) -> bool:
    """A long type line in capitals opened by a document's head, of any length.

    "COMMUNIQUÉ OF THE 312TH MEETING OF THE COUNCIL … HELD ON 2 MAY 2026 ON THE SITUATION
    IN …": the whole record of the meeting in the title; a sentence is no title.
    """
    if ends_sentence(text) or len(text) > _MAX_TYPE_CHARS:
        return False
    words = [word.casefold() for word in _WORD.findall(text.replace("’", "'"))]
    if len(words) <= _MIN_OBJECT:
        return False
    if words[0] in vocab.document_heads or " ".join(words[:2]) in vocab.document_heads:
        return True
    # A label of two words or more, then a linking word: "PRESS STATEMENT OF THE 1234TH
    # MEETING …", "PRESS RELEASE ON THE …" (a one-word label is a section: "AFRICA").
    for width in range(_LABEL_WORDS, min(len(words) - _MIN_OBJECT, _MAX_LABEL_WORDS) + 1):
        if " ".join(words[:width]) in vocab.kind_labels:
            return words[width] in vocab.connectors
    return False


def _ends_on_document(text: str, vocab: StructureVocabulary) -> bool:
    """A name in capitals ending on a document's head ("MINISTERS MEETING OUTCOMES STATEMENT")."""
    if ends_sentence(text):
        return False
    words = [word.casefold() for word in _WORD.findall(text.replace("’", "'"))]
    return bool(words) and (
        words[-1] in vocab.document_heads or " ".join(words[-2:]) in vocab.document_heads
    )


def _letterhead_line(text: str, vocab: StructureVocabulary) -> bool:
    """A line of the letterhead above the title: an address, a body's or an office's name.

    A number makes a postal or telephone line of a line without running words ("B.P. 1234,
    Niamey"); a headline with a date in it ("Ministers meet in Apia on 3 March") is none.
    """
    if any(mark in text for mark in _ADDRESS_MARKS):
        return True
    if any(char.isdigit() for char in text) and not _has_running_word(text, vocab):
        return True
    return is_address(text, vocab) or _names_body(text, vocab) or ends_on_head(text, vocab)


def _letterhead_title(
    doc: Document, lines: list[Line], chosen: list[int], vocab: StructureVocabulary
) -> bool:
    """Whether the lines chosen as the title are the letterhead's, first line and whole.

    A title cut over lines is weighed whole too: "JOINT SUMMIT OF … HEADS OF STATE" / "AND
    GOVERNMENT ON PEACE …" ends on an office's head on its first line only.
    """
    if not _letterhead_line(line_text(doc, lines[chosen[0]]), vocab):
        return False
    return len(chosen) == 1 or _letterhead_line(
        " ".join(line_text(doc, lines[i]) for i in chosen), vocab
    )


def _named_below(text: str, typed: str) -> bool:
    """Whether a name in capitals above the type line is named again in it: the organ.

    "MEDIATION AND SECURITY COUNCIL" / "COMMUNIQUÉ OF THE 418TH MEETING OF THE MEDIATION
    AND SECURITY COUNCIL …": the organ that issues the document, letterhead furniture.
    """
    if not text.isupper():
        return False
    words = [word.casefold() for word in _WORD.findall(text.replace("’", "'"))]
    named = {word.casefold() for word in _WORD.findall(typed.replace("’", "'"))}
    return len(words) >= _MIN_OBJECT and all(word in named for word in words)


def _has_running_word(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line holds a lower-case word that is no linking word (a verb, a noun)."""
    words = _WORD.findall(text.replace(".", "").replace("’", "'"))
    return any(w.islower() and w.casefold() not in vocab.connectors for w in words)


def _names_body(text: str, vocab: StructureVocabulary) -> bool:
    """A name in capitals opened by an organisation's head ("COMMUNAUTÉ DES ÉTATS …")."""
    words = [word.casefold() for word in _WORD.findall(text)]
    return text.isupper() and any(w in vocab.organisation_heads for w in words[:_HEAD_WITHIN])


def is_address(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a head line is a postal address, never a title.

    It holds a word of an address ("Boulevard", "Road", "B.P.") and a comma or a number
    ("Boulevard de la République, Niamey", "Level 3, 12 Harbour Road"), and no lower-case
    word but linking words and address words (a headline has a verb).

    Args:
        text: the stripped line.
        vocab: the structure vocabulary of the document's language.
    """
    if "," not in text and not any(char.isdigit() for char in text):
        return False
    words = _WORD.findall(text.replace(".", "").replace("’", "'"))
    # "57, rue de Varenne": a French street's kind is written in lower case.
    running = (w for w in words if w.islower() and w not in _address_words(vocab))
    if any(w.casefold() not in vocab.connectors for w in running):
        return False
    folded = [word.casefold() for word in words]
    # "… Dialogue at the Ministerial Level, October 20-22, 2010": a headline's date; an
    # address names no month with a year ("Avenue du 30 Juin" has none).
    if _YEAR.search(text) is not None and any(word in month_words() for word in folded):
        return False
    pairs = (" ".join(pair) for pair in itertools.pairwise(folded))
    return any(word in _address_words(vocab) for word in itertools.chain(folded, pairs))


_YEAR: Final = compile_regex(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@functools.cache
def _address_words(vocab: StructureVocabulary) -> frozenset[str]:
    """The address words without their dots ("b.p" is "bp"), as lines are compared."""
    return frozenset(word.replace(".", "") for word in vocab.address_words)


def _subtitle(text: str, vocab: StructureVocabulary) -> bool:
    """A line below a type line naming its meeting or going on with a linking word.

    "Vingtième session ordinaire de la Conférence …", "On the occasion of the state visit
    of …", "À l'issue de la visite officielle …": the type line's subtitle. A headline that
    names a meeting further on ("Clôture des travaux de la 9e session …") is the title alone.
    """
    if ends_sentence(text) or is_prose(text) or is_organisation(text, vocab):
        return False
    words = _WORD.findall(text.replace("’", "'"))
    first = words[0].casefold() if words else ""
    opens_linked = first in vocab.connectors and first not in vocab.articles
    return opens_linked or designates_meeting(text, vocab)


def labelled_meeting(
    doc: Document, lines: list[Line], head: list[int], chosen: list[int], vocab: StructureVocabulary
) -> list[int]:
    """The kind label above a chosen meeting's name, joined to it as one title.

    "COMMUNIQUÉ FINAL" / "Quarante-deuxième session ordinaire de la Conférence …", "JOINT
    COMMUNIQUE" / "ON THE OCCASION OF THE VISIT OF …", across a blank line or not: the
    second line only names the meeting the label's document comes from, or goes on from
    the label with a linking word, and readers quote both. A headline below a label
    ("JOINT PRESS RELEASE" / "Aldoria and Koranda conclude …") stands alone, as does a name
    below a site's section ("News"), which names no document.

    Args:
        doc: the document.
        lines: its lines, as marked so far.
        head: the indexes of the head lines (above the first prose line).
        chosen: the title's lines chosen so far, or [].
        vocab: the structure vocabulary of the document's language.
    """
    if not chosen or not _subtitle(line_text(doc, lines[chosen[0]]), vocab):
        return chosen
    above = [i for i in head if i < chosen[0]]
    if not above or any(lines[i].kind != "blank" for i in range(above[-1] + 1, chosen[0])):
        return chosen
    label = above[-1]
    if not _document_label(doc, lines, label, vocab) or press_label(
        line_text(doc, lines[label]), vocab
    ):
        return chosen
    return [label, *chosen]


def _meeting_over_label(
    doc: Document, lines: list[Line], chosen: list[int], typed: int, vocab: StructureVocabulary
) -> bool:
    """Whether the chosen lines name a meeting right above the type line, only blanks between."""
    if not chosen or chosen[-1] >= typed:
        return False
    if any(lines[i].kind != "blank" for i in range(chosen[-1] + 1, typed)):
        return False
    name = " ".join(line_text(doc, lines[i]) for i in chosen)
    return names_meeting(name, vocab) and _document_label(doc, lines, typed, vocab)


def _document_label(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> bool:
    """A line naming a kind of document alone: "COMMUNIQUÉ FINAL", "Joint Communiqué".

    In capitals, any document label; in mixed case only a qualified kind, as a portal
    prints "Press release" above every headline, whatever it names.
    """
    if lines[index].kind not in ("body", "header"):
        return False
    text = line_text(doc, lines[index])
    words = [word.casefold() for word in _WORD.findall(text.replace("’", "'"))]
    qualified = len(words) > 1 and " ".join(words) in vocab.document_heads
    if not text.isupper():
        return qualified
    return (
        qualified
        or kind_key(text, vocab) in vocab.document_labels
        or (" ".join(words) in vocab.document_heads)
    )
