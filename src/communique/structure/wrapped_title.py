"""A headline wrapped over lines: two of a block, across a blank, in capitals, a short end."""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING, Final

from communique.lexicon.dates import date_vocabulary
from communique.lexicon.persons import person_vocabulary
from communique.lexicon.structure import StructureVocabulary, kind_key, structure_words
from communique.patterncache import compile_pattern, compile_regex
from communique.structure.header import cuts_date, dateline_span, is_prose
from communique.structure.headline_copies import NAME_WORD, suffixed_copy
from communique.structure.line_blocks import going_on_block
from communique.structure.lines import line_text
from communique.structure.masthead import is_document_name, is_organisation
from communique.structure.page_labels import labels_below
from communique.structure.shapes import (
    INNER_SENTENCE_END,
    ends_sentence,
    first_word,
    is_bullet,
    last_word,
    starts_lowercase,
)
from communique.structure.title_shape import TITLE_END, dateline_line, title_shaped, verbless
from communique.structure.typeline import is_address
from communique.wordtrie import alternation

if TYPE_CHECKING:
    import re

    from communique.document import Document, Line
    from communique.model import Language

__all__ = [
    "capitals_block",
    "split_title",
    "title_across_blank",
    "with_comma_tail",
    "with_cut_after_link",
    "with_wrapped_end",
    "wrapped_block",
]

_STAMP: Final = compile_pattern(
    r"\d{4}-\d\d-\d\d|(?<!\d)\d{1,2}:\d\d(?!\d)|(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}"
)
"""A date or a time written in figures: a line that holds one is a stamp, not a title's end."""
_MIN_DATED_BLOCK: Final = 2
"""Lines in capitals at least above a dateline in one block, to print a wrapped title."""
_MIN_BLOCK: Final = 3
_MAX_BLOCK: Final = 4
"""A title in capitals wraps over at most four lines; two are read by ``split_title``."""
_WRAPPED_CHARS: Final = 50
"""A title line at least this long may have been wrapped by the page ("… de la Grande
Commission" / "Mixte …"); a shorter one ends where its author ended it."""

_FIRST_TOKEN: Final = compile_regex(r"[ \t]*\p{L}+['’]?")
"""A line's first word, with its apostrophe when elided ("D'")."""


def with_wrapped_end(
    doc: Document, lines: list[Line], head: list[int], chosen: list[int], vocab: StructureVocabulary
) -> list[int]:
    """The title's lines with the short line that ends its block, when the title wraps there.

    Extracted text breaks a long headline where the page did: "… OF THE JOINT MINISTERIAL" /
    "COMMISSION IN NAIROBI", "… de la Grande Commission" / "Mixte maroco-sénégalaise". The
    last line joins when it closes the block, is shorter than the line above it, which runs
    long and ends on no punctuation, and is neither a dateline, an address nor a label.
    """
    if not chosen:
        return chosen
    below = chosen[-1] + 1
    if below not in head or lines[below].kind != "body":
        return chosen
    if below + 1 < len(lines) and lines[below + 1].kind == "body":
        return chosen  # the block goes on: a masthead or prose, not a wrapped headline
    if below in labels_below(doc, lines, chosen[-1]):
        return chosen  # "Published under: …": the page's label, not the headline's end
    last, tail = line_text(doc, lines[chosen[-1]]), line_text(doc, lines[below])
    joined = " ".join(line_text(doc, lines[i]) for i in [*chosen, below])
    if (
        len(last) < _WRAPPED_CHARS
        or len(tail) >= len(last)
        or last[-1] in TITLE_END
        or not title_shaped(joined, vocab.connectors)
        or kind_key(tail, vocab) in vocab.kind_labels
        or suffixed_copy(last, tail)  # "X | Site" / "X": the headline printed again
        or is_address(tail, vocab)
        or is_bullet(tail) > 0  # "- admin": a post's author as an item, not the headline's end
        or (
            dateline_span(doc.text, lines[below].start, lines[below].end, doc.lang) is not None
            and not cuts_date(last, tail, doc.lang)
        )
    ):
        return chosen
    return [*chosen, below]


_COMMA_TAIL: Final = 4
"""Lines at most a title in capitals runs on after one ending in a comma."""


def with_comma_tail(doc: Document, lines: list[Line], chosen: list[int]) -> list[int]:
    """The title's lines with those it runs on to after a comma, in capitals like it.

    A declaration's headline names its authors over several lines: "DÉCLARATION CONJOINTE" /
    "DU PRÉSIDENT DE LA RÉPUBLIQUE FRANÇAISE," / "X," / "ET DU PRÉSIDENT DES ÉTATS-UNIS
    MEXICAINS," / "Y". A title does not end on a comma: the next line goes on it while it is
    in capitals too, no dateline and no sentence (the head read above the text may stop
    before the title's last lines). A line in capitals opening on a link goes on it too
    ("FINAL COMMUNIQUÉ" / "OF THE TENTH SUMMIT OF THE AUTHORITY" / "OF HEADS OF STATE AND
    GOVERNMENT", ``continuation_openers``).
    """
    if not chosen or not all(line_text(doc, lines[i]).isupper() for i in chosen):
        return chosen
    result = list(chosen)
    while len(result) < len(chosen) + _COMMA_TAIL:
        below = result[-1] + 1
        if below >= len(lines) or lines[below].kind not in ("body", "header"):
            break
        tail = line_text(doc, lines[below])
        upper = line_text(doc, lines[result[-1]]).rstrip()
        comma = upper.endswith(",")
        # "… OF HEADS OF GOVERNMENT OF" / "THE CARIBBEAN COMMUNITY, 3-6 JULY 2013, …": cut
        # after a link, the title goes on, its meeting's days and place too (the line read
        # as a dateline before).
        linked = _link_ending().search(upper) is not None
        if not (comma or linked or _opens_on_link(tail)):
            break
        if lines[below].kind == "header" and not linked:
            break
        if not tail.isupper() or is_prose(tail):
            break  # is_prose: a paragraph's number ("1.") too
        if not linked and dateline_line(doc, lines[below]):
            break
        result.append(below)
    return result


def wrapped_block(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> list[int]:
    """A block of three or four lines, alone, each going on from the line above: one title.

    A long headline broken where a PDF's page broke it, each break after a linking word or
    before one in lower case: "Communication by the Secretary General" / "and the Deputy
    Secretary General" / "to the 1010th meeting of the" / "Ministers' Deputies (7 November
    2007)" (``line_blocks.going_on_block``), shaped as a title once joined. A block of two is
    :func:`split_title`'s.
    """
    block = going_on_block(doc, lines, index, vocab.connectors)
    first = line_text(doc, lines[index])
    if not block or is_organisation(first, vocab) or _opens_on_office(first, doc.lang, vocab):
        return []  # "Embassy of the Republic of Kalvora" / "to the Kingdom of …": a letterhead
    joined = " ".join(line_text(doc, lines[i]) for i in block)
    return block if title_shaped(joined, vocab.connectors) else []


def _opens_on_office(text: str, language: Language, vocab: StructureVocabulary) -> bool:
    """Whether a line opens on an office, past its article and styles: an envoy's letterhead.

    "The Permanent Representative" / "of the Republic of Kalvora" / …, "His Excellency the
    Ambassador" / …: the office holder's heading, no headline.
    """
    persons = person_vocabulary(language)
    position = 0
    while True:
        gap = _LEADING_SPACE.match(text, position)
        position = gap.end() if gap else position
        if persons.role.match(text, position) is not None:
            return True  # "Ambassador" is a style and an office
        style = persons.honorific.match(text, position)
        word = _LEADING_WORD.match(text, position)
        if style is not None and style.end() > position:
            position = style.end()
        elif word is not None and word.group().casefold() in vocab.articles:
            position = word.end()
        else:
            return False


_LEADING_SPACE: Final = compile_regex(r"[ \t]+")
_LEADING_WORD: Final = compile_regex(r"\p{L}+")


def split_title(doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary) -> bool:
    """Whether the line and the next one form a block of two that is one title."""
    pair = lines[index : index + 2]
    if len(pair) < 2 or any(line.kind != "body" for line in pair):
        return False
    before = index > 0 and lines[index - 1].kind == "body"
    after = index + 2 < len(lines) and lines[index + 2].kind == "body"
    if before or after:
        return False
    upper, lower = (line_text(doc, lines[i]) for i in (index, index + 1))
    connectors = vocab.connectors
    if is_prose(upper) or is_prose(lower) or not title_shaped(f"{upper} {lower}", connectors):
        return False
    if _STAMP.search(lower) is not None:
        return False  # "afp 2026-03-17 08:14:55": a posting stamp under the headline
    below = lines[index + 1]
    if is_document_name(upper, vocab) and _dated_end(doc, below.body_start, below.end):
        # "Joint Statement issued at the Close of the Third Valmont-Koranda" / "Business
        # Forum on Renewable Energy and Climate Finance, 12 June 2019": the name wraps, dated
        # as a one-line title may be ("Audience with the President …, 18.09.2025").
        return True
    if not starts_lowercase(lower) and (
        is_organisation(upper, vocab) or is_organisation(lower, vocab)
    ):
        return False  # a masthead: an organisation's name over two lines
    return (
        starts_lowercase(lower)
        or last_word(upper) in connectors
        or upper.endswith(",")  # "… of Ruritania," / "Strelsau and Grand Fenwick"
        or (upper.isupper() and lower.isupper())
        or cuts_date(upper, lower, doc.lang)  # "… posed by piracy: 26" / "January 2026"
    )


def title_across_blank(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> list[int]:
    """The lines of a title in capitals cut at small words by blank lines, or [].

    "COMMUNIQUÉ CONJOINT SUR LA" / "" / "RENCONTRE ENTRE X ET Y": no title ends on an
    article or a preposition, nor does a line open on one (« DOUZIÈME SOMMET DES CHEFS » /
    "" / « D'ÉTAT DE LA COMMUNAUTÉ »); the lone line in capitals below goes on with it.
    A PDF extracted with a blank line under each line cuts a long title so, line after
    line; its last line, a word or a few, may follow none ("… AND VIOLENT" / "" /
    "EXTREMISM") when a dateline or a kind's label comes next.
    """
    if lines[index].kind != "body" or (index > 0 and lines[index - 1].kind == "body"):
        return []
    upper = line_text(doc, lines[index])
    if not upper.isupper():  # "… on behalf of" / "" / "the Union on …": its link goes on
        cut = with_cut_after_link(doc, lines, [index], vocab)
        return cut if len(cut) > 1 else []
    chosen = [index]
    while (below := _lone_line_below(lines, chosen[-1])) is not None:
        lower = line_text(doc, lines[below])
        linked = last_word(upper) in vocab.connectors or _opens_on_link(lower)
        if not linked and not _title_tail(doc, lines, chosen, below, vocab):
            break
        if not lower.isupper() or is_prose(lower):
            break
        chosen.append(below)
        upper = lower
        if not linked:
            break  # the short last line ends the title
    # The longest run that reads as a title ("… STABILITY AND" does not: it goes on).
    while len(chosen) > 1:
        joined = " ".join(line_text(doc, lines[i]) for i in chosen)
        if title_shaped(joined, vocab.connectors):
            return chosen
        chosen.pop()
    return []


def with_cut_after_link(
    doc: Document, lines: list[Line], chosen: list[int], vocab: StructureVocabulary
) -> list[int]:
    """The title's lines with the one past a blank line that its last line's link goes on to.

    "Declaration by the High Representative on behalf of" / "" / "the EU on the elections in
    Orlan": a headline in title or sentence case ends on a link, and the lone line below
    opens in lower case (read as a header's line); together they read as one title.
    """
    if not chosen:
        return chosen
    index = chosen[-1]
    below = _past_blanks(lines, index)
    upper = line_text(doc, lines[index])
    if below is None:
        return chosen
    if lines[below].kind not in ("body", "header") or (
        below + 1 < len(lines) and lines[below + 1].kind == "body"
    ):
        return chosen  # (the line below is read as a header's when it opens in lower case)
    lower = line_text(doc, lines[below])
    # "Opening remarks" / "" / "by the Secretary General … at the Signature Ceremony.": the
    # line below opens on a link in lower case, a noun phrase with its stop (no verb)
    opens = (
        len(upper.split()) <= _LABEL_WORDS
        and first_word(lower).casefold() in vocab.connectors
        and starts_lowercase(lower)
    )
    if not (last_word(upper) in vocab.connectors or opens) or not starts_lowercase(lower):
        return chosen
    if is_prose(lower) and not (opens and _nominal(lower, doc)):
        return chosen
    joined = " ".join(line_text(doc, lines[i]) for i in [*chosen, below])
    shaped = title_shaped(joined.rstrip(".") if opens else joined, vocab.connectors)
    return [*chosen, below] if shaped else chosen


def _nominal(text: str, doc: Document) -> bool:
    """Whether a line ending on its stop is a noun phrase: one sentence, no auxiliary verb."""
    inner = text.rstrip(".")
    return INNER_SENTENCE_END.search(inner) is None and verbless(inner, doc.lang)


_LABEL_WORDS: Final = 4
"""Words at most of a kind's label that a line opening on a link completes ("Opening remarks")."""
_TAIL_WORDS: Final = 3
"""Words at most of a title's last line that follows no linking word across a blank."""


def _past_blanks(lines: list[Line], index: int) -> int | None:
    """The line past the blank lines below ``index``, one blank at least between, or None."""
    below = index + 1
    while below < len(lines) and lines[below].kind == "blank":
        below += 1
    return None if below == index + 1 or below >= len(lines) else below


def _lone_line_below(lines: list[Line], index: int) -> int | None:
    """The body line past the blank lines below ``index``, when it stands alone, or None."""
    below = _past_blanks(lines, index)
    if below is None or lines[below].kind != "body":
        return None
    if below + 1 < len(lines) and lines[below + 1].kind == "body":
        return None  # the block below is more than one line: text, not the title's end
    return below


def _title_tail(
    doc: Document, lines: list[Line], chosen: list[int], below: int, vocab: StructureVocabulary
) -> bool:
    """Whether a short line past a blank ends a title cut line after line, with no link.

    "… AGAINST TERRORISM AND VIOLENT" / "" / "EXTREMISM" / "" / dateline: the title ran on
    two lines at least, the line above filled the width as the others did, a dateline with
    its place or a kind's label comes next, and the line is no label ("PRESS RELEASE").
    """
    texts = [line_text(doc, lines[i]) for i in chosen]
    lower = line_text(doc, lines[below])
    if len(chosen) < _MIN_CUT_LINES or len(lower.split()) > _TAIL_WORDS:
        return False
    if len(texts[-1]) < _FULL_LINE * max(len(text) for text in texts):
        return False  # the line above ended short: the title ended there
    if kind_key(lower, vocab) in vocab.kind_labels:
        return False  # "… TO KALVORA" / "" / "PRESS RELEASE": the kind's label
    return _closes_head(doc, lines, below, vocab)


_MIN_CUT_LINES: Final = 2
"""Lines of a title cut by blank lines before a last line that follows no link."""
_FULL_LINE: Final = 0.75
"""Share of the longest line of a cut title that the line above its short last line fills."""


def _closes_head(doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary) -> bool:
    """Whether a dateline with its place, or a kind's label, is the next line below ``index``.

    A date alone below ("VALMONT" / "" / "3 March 2026") makes the short line its place.
    """
    below = _past_blanks(lines, index)
    if below is None:
        return False
    line = lines[below]
    text = line_text(doc, line)
    if line.kind == "body" and kind_key(text, vocab) in vocab.kind_labels:
        return True
    dated = line.kind == "header" or (line.kind == "body" and dateline_line(doc, line))
    return dated and not _opens_on_date(text, doc.lang)


def _opens_on_date(text: str, language: Language) -> bool:
    """Whether a line opens on a figure, a month or a weekday: a date with no place."""
    word = first_word(text)
    dates = date_vocabulary(language)
    return not word or word[0].isdigit() or word in dates.months or word in dates.weekdays


@functools.cache
def _link_ending() -> re.Pattern[str]:
    """A linking word ending a line in capitals ("… OF", "… DE"), in both languages."""
    return compile_pattern(rf"(?<![\w'’])(?i:{alternation(_continuation_openers())})$")


def _opens_on_link(text: str) -> bool:
    """Whether a line opens on a linking word that goes on a title ("D'ÉTAT …", "OF THE …").

    Not an article: « LA COMMISSION SALUE … » opens a headline of its own
    (``continuation_openers``).
    """
    first = _FIRST_TOKEN.match(text)
    return first is not None and first.group().strip().casefold() in _continuation_openers()


@functools.cache
def _continuation_openers() -> frozenset[str]:
    """The linking words a title's next line may open on, in both languages."""
    return frozenset(structure_words("header", "continuation_openers"))


def capitals_block(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> list[int]:
    """A block of three or four lines in capitals that print one long title, or [].

    "JOINT STATEMENT BY THE FOREIGN MINISTERS OF ALDORIA," / "KORANDA AND THE REPUBLIC OF
    THE LAKES ON THE SITUATION" / "IN THE NORTHERN PROVINCES": a PDF wraps a headline in
    capitals over its width; no line of it ends a sentence, and a masthead's name does not
    open it.
    """
    if index > 0 and lines[index - 1].kind == "body":
        return []
    block = list(itertools.takewhile(lambda i: lines[i].kind == "body", range(index, len(lines))))
    # "… SESSION ORDINAIRE DE LA CONFÉRENCE DES" / "CHEFS D'ÉTAT … DE LA CEDEAO" / "14
    # décembre 2025, Abuja" / "COMMUNIQUÉ FINAL": the lines above the dateline are the title.
    dated = next((k for k, i in enumerate(block) if dateline_line(doc, lines[i])), None)
    if dated is None and block and block[-1] + 1 < len(lines):
        # the dateline already read as a header line closes the block
        dated = len(block) if dateline_line(doc, lines[block[-1] + 1]) else None
    if dated is not None and dated >= _MIN_DATED_BLOCK:
        block = block[:dated]
    elif not _MIN_BLOCK <= len(block) <= _MAX_BLOCK:
        return []
    if len(block) > _MAX_BLOCK:
        return []
    texts = [line_text(doc, lines[i]) for i in block]
    if not all(text.isupper() and not ends_sentence(text) for text in texts):
        return []
    # A body's name opening a line is a letterhead's, unless the line above runs on into it
    # ("… DE LA CONFÉRENCE DES" / "CHEFS D'ÉTAT ET DE GOUVERNEMENT DE LA CEDEAO").
    if any(
        is_prose(text)
        or (
            is_organisation(text, vocab) and not (k and last_word(texts[k - 1]) in vocab.connectors)
        )
        for k, text in enumerate(texts)
    ):
        return []
    joined = " ".join(texts)
    if not any(word.casefold() in vocab.connectors for word in NAME_WORD.findall(joined)):
        return []  # a stack of names ("UNITED NATIONS" / "NATIONS UNIES" / …), no headline
    return block if title_shaped(joined, vocab.connectors) else []


def _dated_end(doc: Document, start: int, end: int) -> bool:
    """Whether a line ends with a date alone after its last comma ("…, 12 June 2019")."""
    comma = doc.text.rfind(",", start, end)
    date_start = end - len(doc.text[comma + 1 : end].lstrip(" \t"))
    if comma < 0 or not doc.text[date_start : date_start + 1].isdigit():
        return False  # a place would open a dateline: "…, Valmont, 3 May"
    return dateline_span(doc.text, date_start, end, doc.lang) is not None
