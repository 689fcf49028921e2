"""Find the title among the lines above the first paragraph, and the masthead around it.

The lines above the first line of running prose are the head of the document: site
furniture, a section label, the headline, a byline or author line, a place line, a
document-kind label ("Déclaration", "Press release"). The headline is the line the page
prints twice when it does (a repeated headline), else the first line shaped like a title
that stands alone. The other short lines of the head are header lines: neither title nor
paragraph. A dateline printed at the end of the title line, after a column gap
("… TERRORISM  Manado-Indonesia, 29 July 2017"), is split off as a header.
"""

from __future__ import annotations

import functools
import itertools
import unicodedata
from typing import TYPE_CHECKING, Final, Literal

import attrs

import communique.readings as readings
from communique.gazetteer import gazetteer
from communique.lexicon.common.wire import agencies
from communique.lexicon.structure import (
    StructureVocabulary,
    kind_key,
    line_key,
    structure_vocabulary,
)
from communique.patterncache import compile_pattern, compile_regex
from communique.structure.author_line import is_author_line
from communique.structure.bilingual import translated_pair, translation_of
from communique.structure.grouping import MAX_PRINTED_WIDTH, line_per_paragraph
from communique.structure.header import (
    cut_short,
    cuts_date,
    dateline_span,
    is_marker,
    is_prose,
    opens_text,
    reads_as_prose,
)
from communique.structure.issuer_label import issuer_label_lines, named_issuers
from communique.structure.label_headline import headline_under_label
from communique.structure.lines import hinted, line_text, stripped_span
from communique.structure.masthead import (
    beside_masthead,
    continued,
    is_document_name,
    is_lone,
    is_organisation,
    masthead_lines,
    names_document,
    names_issuer,
    own_name,
)
from communique.structure.name_wrap import cuts_name
from communique.structure.reading import build_unit
from communique.structure.running import printed_running, running_key
from communique.structure.shapes import (
    ends_on_name_title,
    ends_sentence,
    is_bullet,
    last_word,
    parse_marker,
    starts_lowercase,
    word_count,
)
from communique.structure.title_block import goes_on, title_block_above
from communique.structure.typeline import (
    before_dateline,
    is_address,
    labelled_meeting,
    typed_title,
)
from communique.structure.wire import headline_start
from communique.temporal.grammar import phrase_pattern

if TYPE_CHECKING:
    from collections.abc import Callable

    import regex

    from communique.document import Document, Line, Unit
    from communique.model import Language

__all__ = ["extends_headline", "find_title", "fuller_headline"]

_ISO_MARKER: Final = compile_regex(r"[ \t]*\p{L}+[ \t]+\d{4}-\d\d(?:-\d\d)?[ \t]*")
"""A site's marker: one label word and an ISO date (" date 2024-10-18 ")."""
_MAX_CHARS: Final = 400
_MAX_WORDS: Final = 60
_MIN_WORDS: Final = 3
"""A two-word line ("Joint Statement", "F.P. Report") is a label or a byline."""
_SCAN_LINES: Final = 15
_COPY_LINES: Final = 2
"""A headline printed again in capitals wraps over at most two lines."""
_METADATA_BARS: Final = (" - ", " – ", " — ", " | ", ": ")
"""What joins a site's or issuer's name to a headline in a page's metadata title."""
_CAPTION_WORD: Final = compile_pattern(r"[^\W\d_][\w'’-]*|,|\S+")
_MIN_CAPTION_NAMES: Final = 2
_CAPTION_NAME: Final = (2, 4)
"""Fewest and most words of a name in a caption of names."""
_STAMP: Final = compile_pattern(
    r"\d{4}-\d\d-\d\d|(?<!\d)\d{1,2}:\d\d(?!\d)|(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}"
)
"""A date or a time written in figures: a line that holds one is a stamp, not a title's end."""
_TITLE_END: Final = frozenset(".,;:")
_SHORTER: Final = 0.8
_MIN_DATED_BLOCK: Final = 2
"""Lines in capitals at least above a dateline in one block, to print a wrapped title."""
_DATELINE_CHARS: Final = 80
"""Longest date-first dateline: a longer line opening with a date is the text's."""
_METADATA_LINES: Final = 4
"""Page labels at most between a headline and its text when no blank line parts them."""
_LABEL_WORDS: Final = 3
"""Words at most of a page's label without a colon or a bar ("Historical archive")."""
_MASTHEAD_LINES: Final = 8
"""Lines at most of a masthead between a headline and the kind label over the text."""
_MASTHEAD_WORDS: Final = 6
"""Words at most of a masthead line (an issuer, a name, an office wrapped, a date)."""
_LABEL_KINDS: Final = frozenset({"body", "boilerplate"})
"""Kinds of the lines between a headline and its text on a page without blank lines."""
_LABELLED: Final = compile_regex(r"\S\s?:\s|\s\|\s")
"""A page's label and its value, or two labels apart by a bar: "Publisher: …", "News | …"."""
_SITE_CHARS: Final = 40
_SITE_WORDS: Final = 5
_GAP: Final = compile_regex(r"[ \t]{2,}(?=\S)")
_SERIAL: Final = compile_regex(
    r"(?<!\p{L})(?:N|No|Nr|n|N°|n°|Nº|nº)[.°º]?\s*\d[\w/.-]*"
    r"|(?<![\p{L}\p{N}])\p{Lu}{1,4}[/-]?\d{1,5}(?![\p{L}\p{N}])"  # "T31", "PR-112"
)
_LETTER: Final = compile_regex(r"\p{L}")
_WORD: Final = compile_regex(r"[\p{L}\p{N}]+")
_LETTER_WORD: Final = compile_regex(r"\p{L}{3}")
"""Three letters in a row: a title holds a word, not only signs, figures and units."""
_NAME_WORD: Final = compile_regex(r"\p{L}[\p{L}'-]*")
"""A word as document names list it, hyphen and apostrophe kept ("procès-verbal")."""
_POST_MARKS: Final = ("#", "@", "pic.twitter")
_MIN_BLOCK: Final = 3
_MAX_BLOCK: Final = 4
"""A title in capitals wraps over at most four lines; two are read by ``_split_title``."""
_WRAPPED_CHARS: Final = 50
"""A title line at least this long may have been wrapped by the page ("… de la Grande
Commission" / "Mixte …"); a shorter one ends where its author ended it."""
_RELATED_SHARE: Final = 1 / 3
"""Share of the shorter title's words a stated title and a printed one share, at least, when
they name the same text."""
_SENTENCE_LINES: Final = 12
"""Lines at most a wrapped opening sentence runs on before its full stop."""
_COPY_SHARE: Final = 0.75
"""Share of the shorter line's words found in the other when a headline is printed twice."""


def find_title(doc: Document) -> Document:
    """Mark the title line, build its reading unit and mark the other head lines as header."""
    lines = list(doc.lines)
    head, prose = _head(doc, lines)
    if prose is None and len([i for i in head if lines[i].kind == "body"]) < 2:
        return doc
    chosen = _choose(doc, lines, head)
    if not chosen:  # the markup's title ("# …"), whatever its shape
        chosen = sorted(hinted(doc, lines, "title") & set(head))[:1]
    vocab = structure_vocabulary(doc.lang)
    if not chosen:  # text from a PDF: no blank line around the headline
        chosen = title_block_above(doc, lines, head, prose, vocab, _shape_check(vocab))
    if not chosen and prose is not None and _nominal_title(doc, lines, head, prose, vocab):
        chosen = [prose]  # "Entretien téléphonique avec M. X, Président du Koranda."
    chosen = own_name(doc, lines, head, chosen, vocab) or chosen
    chosen = typed_title(doc, lines, head, chosen, vocab)
    chosen = labelled_meeting(doc, lines, head, chosen, vocab)
    chosen = _with_wrapped_end(doc, lines, head, chosen, vocab)
    if not chosen and prose is not None:
        chosen = _lone_label(doc, lines, head, vocab)
    if doc.stated_title is not None:
        chosen = _stated_copy(doc, lines, head, chosen, doc.stated_title)
    header = list(doc.header)
    # "PRESS RELEASE" / "2845th Council meeting" / "General Affairs": the label above a
    # headline wrapped with it is a header line, not the title's first words; a label that
    # names the document ("JOINT STATEMENT" / "MINISTERIAL MEETING …") opens the title.
    while (
        len(chosen) > 1
        and _label_only(line_text(doc, lines[chosen[0]]), vocab)
        # "Joint Press Release" / "Between the Republic of …": the label's words go on.
        and not goes_on(line_text(doc, lines[chosen[1]]), vocab)
    ):
        label = lines[chosen[0]]
        lines[chosen[0]] = attrs.evolve(label, kind="header")
        header.append(
            build_unit(doc, "header", [stripped_span(doc.text, label.body_start, label.end)])[0]
        )
        chosen = chosen[1:]
    furniture = list(doc.boilerplate)
    if chosen:
        shaped = _shape_check(vocab)
        partner = translation_of(doc, lines, chosen[0], shaped) if len(chosen) == 1 else None
        doc = _mark_title(doc, lines, chosen, header)
        copy = _copy_below(doc, lines, head, chosen[-1]) if partner is None else partner
        # A copy printed past furniture is furniture too (its dates are the title's again).
        again = _copy_past_furniture(doc, lines, head, chosen) if copy is None else []
        for index in again:
            lines[index] = attrs.evolve(lines[index], kind="boilerplate")
            span = stripped_span(doc.text, lines[index].body_start, lines[index].end)
            furniture.append(doc.mention(*doc.offsets.span(*span)))
        below = chosen[-1] + 1
        dated = (
            below < len(lines) and lines[below].kind == "body" and _dateline_line(doc, lines[below])
        )
        labels = _labels_below(doc, lines, chosen[-1]) or _masthead_to_label(
            doc, lines, chosen[-1], vocab
        )
        for index in [*labels, *([below] if dated else [])]:
            lines[index] = attrs.evolve(lines[index], kind="header")
            span = stripped_span(doc.text, lines[index].body_start, lines[index].end)
            header.append(build_unit(doc, "header", [span])[0])
        split_copy = _two_line_copy(doc, lines, chosen[0]) if len(chosen) == 1 else None
        # The headline again, in sentence case, over two lines (unless furniture already).
        again_split = [i for i in split_copy or () if lines[i].kind == "body"]
        for index in [copy] if copy is not None else again_split:
            lines[index] = attrs.evolve(lines[index], kind="header")
            span = stripped_span(doc.text, lines[index].body_start, lines[index].end)
            header.append(build_unit(doc, "header", [span])[0])
    if prose is not None:
        # A title only the metadata states stands above every line of the text.
        top = chosen[0] if chosen else (0 if doc.stated_title is not None else len(lines))
        addresses = _address_lines(doc, lines, head, top, vocab)
        above = [i for i in head if i < top and lines[i].kind == "body"] if chosen else []
        for index in sorted({*masthead_lines(doc, lines, head, top, vocab), *addresses, *above}):
            lines[index] = attrs.evolve(lines[index], kind="header")
            span = stripped_span(doc.text, lines[index].body_start, lines[index].end)
            header.append(build_unit(doc, "header", [span])[0])
    header.sort(key=lambda unit: unit.offsets.start(0))
    furniture.sort(key=lambda mention: mention.start)
    return attrs.evolve(doc, lines=tuple(lines), header=tuple(header), boilerplate=tuple(furniture))


def _label_only(text: str, vocab: StructureVocabulary) -> bool:
    """A kind label that names no document: "PRESS RELEASE", not "JOINT STATEMENT"."""
    if kind_key(text, vocab) not in vocab.kind_labels:
        return False
    return not is_document_name(text, vocab) and not is_document_name(text.upper(), vocab)


def _stated_copy(
    doc: Document, lines: list[Line], head: list[int], chosen: list[int], stated: str
) -> list[int]:
    """The head lines printing the title the metadata states, or none.

    A front matter's title is the communiqué's: a head line is its title only when it
    prints that title again (a heading "Visite à Valmont" under ``title: Visite à
    Valmont``), or when the markup marks it as the page's headline ("# …") and the stated
    title names something else (``unrelated_titles``). A first paragraph whose opening lines
    look like a headline ("1 WE, the Heads of State of …") is text, not a second title.
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
    return []


def _prints(text: str, stated: str) -> bool:
    """Whether a line prints a stated title: the same words, or a site's part added or cut."""
    words, title = _folded_words(text), _folded_words(stated)
    if words == title or extends_headline(stated, text) or extends_headline(text, stated):
        return bool(words)
    shared = len(words & title)
    return shared >= _MIN_WORDS and shared >= _COPY_SHARE * max(len(words), len(title))


def _mark_title(
    doc: Document, lines: list[Line], chosen: list[int], header: list[Unit]
) -> Document:
    """Mark the chosen lines as the title, split a dateline off its end; set ``doc.title``.

    A title read from metadata wins: the printed one is then a header line.
    """
    spans = [stripped_span(doc.text, lines[i].body_start, lines[i].end) for i in chosen]
    cut = _dateline_cut(doc, *spans[-1])
    if cut is not None:
        header.append(build_unit(doc, "header", [cut[1]])[0])
        spans[-1] = (spans[-1][0], cut[0])
    spans[-1] = (spans[-1][0], _site_suffix_start(doc.text, *spans[-1]))
    spans[0] = (headline_start(doc.text, *spans[0]), spans[0][1])  # after "UPDATE 1-"
    vocab = structure_vocabulary(doc.lang)
    spans[0] = (_past_widgets(doc.text, *spans[0], vocab), spans[0][1])
    spans[0] = (_past_breadcrumb(doc.text, *spans[0], vocab), spans[0][1])
    label = vocab.title_label.match(doc.text, *spans[0])
    if label is not None and label.end() < spans[0][1]:  # "Headline: Secretary's Call …"
        spans[0] = (label.end(), spans[0][1])
    printed_wins = doc.title is not None and _prefixed_copy(doc.title.text, spans, doc.text)
    kind: Literal["title", "header"] = "title" if doc.title is None or printed_wins else "header"
    unit, _ = build_unit(doc, kind, spans)
    for index in chosen:
        lines[index] = attrs.evolve(lines[index], kind=kind)
    if doc.title is not None and not printed_wins:
        header.append(unit)
        return doc
    return attrs.evolve(doc, title=unit)


def _past_widgets(text: str, start: int, end: int, vocab: StructureVocabulary) -> int:
    """Where a headline starts after share-button words in capitals glued before it.

    "PARTAGER La Valmont et le Koranda concluent …": the page's button, then the headline.
    """
    position = start
    while (word := _CAPITALS_WORD.match(text, position, end)) is not None:
        if not word.group(1).isupper() or word.group(1).casefold() not in vocab.widget_words:
            break
        position = word.end()
    rest = text[position:end]
    return position if position > start and any(char.islower() for char in rest) else start


_CAPITALS_WORD: Final = compile_pattern(r"([^\W\d_]{2,})[ \t]+(?=\S)")


def _past_breadcrumb(text: str, start: int, end: int, vocab: StructureVocabulary) -> int:
    """Where a headline starts after a page's breadcrumb glued before it, with no spaces.

    "AccueilCommuniquéLe Président … s'entretient …": each crumb is a page's link or a kind
    of document (``boilerplate`` lines, ``kind_labels``), its last letter glued to the next
    crumb's capital; two crumbs at least ("EuropeAid and Kalvora sign …" is a name).
    """
    position, crumbs = start, 0
    while (crumb := _GLUED_WORD.match(text, position, end)) is not None:
        key = line_key(crumb.group())
        if key not in vocab.boilerplate_lines and key not in vocab.kind_labels:
            break
        position, crumbs = crumb.end(), crumbs + 1
    return position if crumbs >= _MIN_CRUMBS else start


_MIN_CRUMBS: Final = 2
"""Crumbs at least of a breadcrumb glued before a headline."""
_GLUED_WORD: Final = compile_regex(r"\p{Lu}\p{Ll}+(?=\p{Lu})")
"""A capitalised word glued to the next capital: a crumb of a breadcrumb without spaces."""


def fuller_headline(metadata: str, printed: str) -> bool:
    """Whether the printed headline is the metadata's title after a few words more.

    "Président X à la conférence …" in the front matter, "# Discours du président X à la
    conférence …" on the page: the metadata cut the headline's opening words; the page
    prints it whole. Words added inside the title ("… MINISTER, THE HON. X, TO …") make
    another title, and the metadata's stays.
    """
    stated, words = _word_list(metadata), _word_list(printed)
    added = len(words) - len(stated)
    if not (0 < added <= _FULLER_WORDS and stated and words[added:] == stated):
        return False
    # "VIDEO: Talks in …", « EN IMAGES – Visite … »: a section's label, no words of the title
    opening = list(itertools.islice(_WORD.finditer(printed), added + 1))[-1].start()
    return not any(mark in printed[:opening] for mark in _LABEL_MARKS)


def _word_list(text: str) -> list[str]:
    """The words of a line in order, case and accents folded ("Communiqué" = "COMMUNIQUE")."""
    bare = (
        text
        if text.isascii()
        else "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    )
    return [w.casefold() for w in _WORD.findall(bare)]


_LABEL_MARKS: Final = (":", "–", "—", " - ", "|")
"""What sets a section's label off a headline."""
_FULLER_WORDS: Final = 3
"""Words at most that a printed headline adds to the metadata's title it holds."""


def _prefixed_copy(metadata: str, spans: list[tuple[int, int]], text: str) -> bool:
    """Whether the metadata's title is the printed one with a site's or issuer's part added."""
    return extends_headline(metadata, " ".join(text[a:b] for a, b in spans))


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


def _head(doc: Document, lines: list[Line]) -> tuple[list[int], int | None]:
    """Indexes of the lines above the first prose line, and that line's index (or None)."""
    vocab = structure_vocabulary(doc.lang)
    issuers = vocab.organisation_heads | vocab.meeting_words
    head: list[int] = []
    seen = 0
    for index, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.kind == "body":
            text = line_text(doc, line)
            opens = opens_text(text) or (  # "THE SECURITY COUNCIL,"
                names_issuer(text, issuers) and not _capitals_below(doc, lines, index)
            )
            if opens and not _wrapped_after_comma(doc, lines, index, issuers):
                return head, index
            if _name_goes_on(doc, lines, index):
                return head, index  # "…, Monsieur Paul-Henri" / "KORAN SAINT-AMAND, qui …"
            if _wrapped_sentence(doc, lines, index):
                return head, index
            seen += 1
            if seen > _SCAN_LINES:
                break
        head.append(index)
    return head, None


def _wrapped_sentence(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a block of lines cut at a fixed width opens with a sentence.

    Plain text cut at a fixed width ("The Commission has learnt with concern of the" /
    "attack perpetrated on 8 October against the mission …" / "… in the capital."): the
    first two lines read as prose together, the second goes on in lower case, and a line
    of the block ends the sentence. A title wrapped in sentence case ends with no full stop.
    """
    if index + 1 >= len(lines) or lines[index + 1].kind != "body":
        return False
    if index > 0 and lines[index - 1].kind != "blank":
        return False  # the block opens on a line above (or furniture cuts a sentence)
    text, below = line_text(doc, lines[index]), line_text(doc, lines[index + 1])
    if not (starts_lowercase(below) and reads_as_prose(f"{text} {below}")):
        return False
    for line in lines[index + 1 : index + 1 + _SENTENCE_LINES]:
        if line.kind != "body":
            return False
        if ends_sentence(line_text(doc, line)):
            return True
    return False


def _capitals_below(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the next text line is a short one in capitals: a masthead goes on below.

    "DEPARTMENT OF TRADE," over "STRELSAU." heads a release; "The Council," over
    "Recalling its resolutions …" opens a decision's clauses.
    """
    below = next((line for line in lines[index + 1 :] if line.kind != "blank"), None)
    if below is None or below.kind != "body":
        return False
    text = line_text(doc, below)
    return text.isupper() and not is_prose(text)


def _name_goes_on(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line's last name goes on, in capitals, on the next line of its block."""
    if index + 1 >= len(lines) or lines[index + 1].kind != "body":
        return False
    below = line_text(doc, lines[index + 1])
    return cuts_name(line_text(doc, lines[index]), below, doc.lang)


def _wrapped_after_comma(
    doc: Document, lines: list[Line], index: int, issuers: frozenset[str]
) -> bool:
    """Whether a short head line ending with a comma is a title or name wrapped after it.

    "Joint Statement of the Ministers of Ruritania," / "Strelsau and Grand Fenwick": the
    next line of the block goes on in capitalised words, neither a clause ("Recalling …")
    nor prose. A decision's opening ("The Council,") stands alone or above a clause.
    """
    text = line_text(doc, lines[index])
    if is_prose(text) or names_issuer(text, issuers) or index + 1 >= len(lines):
        return False
    if lines[index + 1].kind != "body":
        return False
    below = line_text(doc, lines[index + 1])
    vocab = structure_vocabulary(doc.lang)
    return not (
        starts_lowercase(below)
        or opens_text(below)
        or ends_sentence(below)
        or vocab.clause_opener.match(below)
        or vocab.participle.match(below)
    )


def _choose(doc: Document, lines: list[Line], head: list[int]) -> list[int]:
    """The headline's lines: a title-shaped line printed twice, else the first lone one.

    A title may be split over two lines of one block ("DÉCLARATION CONJOINTE" / "DE LA
    FRANCE ET DU JAPON", or a second line going on in lower case).
    """
    vocab = structure_vocabulary(doc.lang)
    keys = [line_key(line_text(doc, lines[i])) for i in head]
    running = printed_running(doc, lines)
    candidates = [
        (position, index)
        for position, index in enumerate(head)
        if lines[index].kind == "body"
        and _title_shaped(line_text(doc, lines[index]), vocab.connectors)
        and kind_key(before_dateline(doc, lines[index]), vocab) not in vocab.kind_labels
        and not is_address(line_text(doc, lines[index]), vocab)
        and not _runs(line_text(doc, lines[index]), running, vocab)
        and not _names_page(line_text(doc, lines[index]), vocab)
        and not _caption_of_names(line_text(doc, lines[index]), vocab, doc.lang)
        and not _serial_and_date(doc, line_text(doc, lines[index]))
        and not _dated_label(doc, line_text(doc, lines[index]))
        and not is_author_line(line_text(doc, lines[index]), doc.lang, vocab)
        and dateline_span(doc.text, lines[index].body_start, lines[index].end, doc.lang) is None
    ]
    # "9412th Meeting (PM)" over "Council Extends Mission …": a sitting's label with its part
    # of the day names the meeting a press service covers, the line below the release; a
    # council's own "412th Council meeting" is its document's title.
    sittings = {i for _, i in candidates if _timed_sitting(line_text(doc, lines[i]), vocab)}
    if sittings and max(i for _, i in candidates) > min(sittings):
        candidates = [(p, i) for p, i in candidates if i not in sittings]
    closing = _letterhead_end(doc, lines, head, vocab)
    if any(i > closing for _, i in candidates):
        candidates = [(p, i) for p, i in candidates if i > closing]
    twice = _printed_twice(doc, lines, head, [(keys[p], i) for p, i in candidates])
    if twice is not None:
        return [twice]
    # A site or institution name above the headline is not the title; one in capitals
    # never is ("MINISTRY OF FOREIGN AFFAIRS"), while "Government of X condemns …" may be.
    # A letterhead's state or organisation alone ("REPUBLIQUE DE GUINEE") is no headline.
    table = gazetteer(doc.lang)
    named = {
        i
        for _, i in candidates
        if _site_name(text := line_text(doc, lines[i]), vocab)
        or table.key_of(text.strip()) is not None
    }
    if len(named) == len(candidates):
        named = {i for i in named if line_text(doc, lines[i]).isupper()}
    named |= _named_below(doc, lines, [i for _, i in candidates])
    if len(candidates) > 1:
        # " date 2027-10-18 Valmont perspectives in 10 languages" / "Norland says …": what
        # follows a site's date marker on its line is the site's label, not the headline.
        named |= {i for _, i in candidates if _after_marker(doc, lines[i])}
    issuers = named_issuers(doc, lines, head, vocab)  # "From: Foreign Office" names it again
    named |= {i for _, i in candidates if line_key(line_text(doc, lines[i])) in issuers}
    candidates = [(p, i) for p, i in candidates if i not in named]
    first = _first_line(doc, lines, head, named, vocab)
    for index in head:
        labelled = headline_under_label(doc, lines, head, index, vocab)
        if labelled:
            return labelled  # "COMMUNIQUÉ DE PRESSE" / "LE PRÉSIDENT … SE REND À …"
        if _split_title(doc, lines, index, vocab):
            return [index, index + 1]
        across = _title_across_blank(doc, lines, index, vocab)
        if across is not None:
            return [index, across]
        block = _capitals_block(doc, lines, index, vocab)
        if block:
            return block
        translated = translated_pair(doc, lines, index, _shape_check(vocab))
        if translated is not None:
            return [translated]
        if index not in {i for _, i in candidates}:
            continue
        if (
            is_lone(lines, index)
            or _alone_under_marker(doc, lines, index)
            or (index == first and _above_prose(doc, lines, index))
            or (beside_masthead(doc, lines, index, vocab) and _names_something(doc, lines, index))
        ):
            return [] if continued(doc, lines, index) else [index]
    return _above_issuer(doc, lines, head, {i for _, i in candidates}) or _numbered_label(
        doc, lines, head, vocab
    )


def _timed_sitting(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line is a sitting's label with its part of the day ("9412th Meeting (PM)")."""
    match = vocab.sitting_label.fullmatch(text)
    return match is not None and match.group("time") is not None


def _alone_under_marker(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line's block is only itself under a site's line with its date marker.

    " date 2027-10-18 Valmont perspectives …" / "Norland says …" / "": the headline stands
    alone under the site's line.
    """
    above = index - 1
    return (
        above >= 0
        and lines[above].kind == "body"
        and (above == 0 or lines[above - 1].kind != "body")
        and (index + 1 == len(lines) or lines[index + 1].kind != "body")
        and _after_marker(doc, lines[above])
    )


def _after_marker(doc: Document, line: Line) -> bool:
    """Whether the line's text is a site's label after its ISO date marker on the line.

    " date 2024-10-18 Valmont perspectives in 10 languages", " date 2023-02-02 Foreign
    Office": the site's tagline or section, with a number or an organisation's word; a
    headline glued after a stamp ("Publié le 3 mai 2027 Le ministre …") is none.
    """
    prefix = doc.text[line.start : line.body_start]
    if not _ISO_MARKER.fullmatch(prefix) or not is_marker(prefix, doc.lang):
        return False
    label = doc.text[line.body_start : line.end]
    vocab = structure_vocabulary(doc.lang)
    words = {word.casefold() for word in _WORD.findall(label)}
    return any(c.isdigit() for c in label) or bool(words & vocab.organisation_heads)


def _lone_label(
    doc: Document, lines: list[Line], head: list[int], vocab: StructureVocabulary
) -> list[int]:
    """The kind label that is the head's only line, over the text: "COMMUNIQUÉ" / "Le Conseil …".

    A communiqué printed under its kind alone has no other headline; readers call it by it.
    """
    body = [i for i in head if lines[i].kind == "body"]
    if len(body) != 1:
        return []
    label = kind_key(before_dateline(doc, lines[body[0]]), vocab)
    # A genre names the document ("COMMUNIQUÉ", "Joint Statement"); a press label
    # ("PRESS RELEASE", "PRESS STATEMENT") names only the channel it went out by.
    return body if label in vocab.kind_labels and label in vocab.document_heads else []


def _address_lines(
    doc: Document, lines: list[Line], head: list[int], top: int, vocab: StructureVocabulary
) -> list[int]:
    """Body lines of the head above line ``top`` that are a sender's address.

    "10 Downing Street" above the headline: the sender's address, a header line too.
    """
    return [
        i
        for i in head
        if i < top and lines[i].kind == "body" and is_address(line_text(doc, lines[i]), vocab)
    ]


def _first_line(
    doc: Document, lines: list[Line], head: list[int], named: set[int], vocab: StructureVocabulary
) -> int | None:
    """The first line of the head, past an address or a site's name (``named``).

    Such lines are printed above the headline in its block ("10 Downing Street" / "PM call
    with …" / prose): the headline is the first line after them.
    """
    return next(
        (
            i
            for i in head
            if lines[i].kind == "body"
            and i not in named
            and not is_address(line_text(doc, lines[i]), vocab)
            and kind_key(before_dateline(doc, lines[i]), vocab) not in vocab.kind_labels
        ),
        None,
    )


def _serial_and_date(doc: Document, text: str) -> bool:
    """Whether a line holds only an issue's serial number and its date.

    "N. 0812 – Samedi 22.11.2025", "No. 45 | 3 March 2026", "T31 9 May 2027": an
    issue line (a bulletin's, a ministry's release number), which dates the document but
    names nothing; its words are the date's (the weekday).
    """
    kept = text
    for found in readings.found_dates(doc, text):
        kept = kept.replace(text[found.start : found.end], " ")
    kept = _SERIAL.sub(" ", kept)
    return kept != text and _LETTER.search(kept) is None


def _dated_label(doc: Document, text: str) -> bool:
    """Whether a line is a page's date stamp and a short label: "14.05.2026 General News".

    A headline opening with its date ("3 March 2026: Ministers meet …") says more words.
    """
    dates = readings.found_dates(doc, text)
    if not dates or dates[0].start != 0:
        return False
    return word_count(text[dates[0].end :]) <= _LABEL_WORDS


def _above_issuer(
    doc: Document, lines: list[Line], head: list[int], candidates: set[int]
) -> list[int]:
    """The headline printed right above a portal's issuer label, in one block with it.

    "Press release" / "Foreign Secretary meets …" / "From: Foreign Office" / "Published …":
    a portal printed to text may leave no blank line between its head lines; the headline
    is the title-shaped line above the label, with the end of a date its wrap cut off.
    """
    vocab = structure_vocabulary(doc.lang)
    for label in issuer_label_lines(doc, lines, head, vocab)[:1]:
        above = label - 1
        if above - 1 in candidates and cuts_date(
            line_text(doc, lines[above - 1]), line_text(doc, lines[above]), doc.lang
        ):
            return [above - 1, above]
        if above in candidates:
            return [above]
    return []


def _numbered_label(
    doc: Document, lines: list[Line], head: list[int], vocab: StructureVocabulary
) -> list[int]:
    """The kind label that carries a serial number, when no headline stands in the head.

    "Communiqué de presse n° 012/MAE/2026", "Press Release No. 045/2026": the number names
    one document, which a bare label ("Communiqué de presse") does not.
    """
    for index in head:
        text = line_text(doc, lines[index])
        if (
            lines[index].kind == "body"
            and vocab.reference.search(text) is not None
            and kind_key(text, vocab) in vocab.kind_labels
        ):
            return [index]
    return []


def _with_wrapped_end(
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
    if below in _labels_below(doc, lines, chosen[-1]):
        return chosen  # "Published under: …": the page's label, not the headline's end
    last, tail = line_text(doc, lines[chosen[-1]]), line_text(doc, lines[below])
    joined = " ".join(line_text(doc, lines[i]) for i in [*chosen, below])
    if (
        len(last) < _WRAPPED_CHARS
        or len(tail) >= len(last)
        or last[-1] in _TITLE_END
        or not _title_shaped(joined, vocab.connectors)
        or kind_key(tail, vocab) in vocab.kind_labels
        or is_address(tail, vocab)
        or (
            dateline_span(doc.text, lines[below].start, lines[below].end, doc.lang) is not None
            and not cuts_date(last, tail, doc.lang)
        )
    ):
        return chosen
    return [*chosen, below]


def _runs(text: str, running: frozenset[str], vocab: StructureVocabulary) -> bool:
    """Whether a head line with a number or a date in it is a running header of the text.

    A line naming the document ("Communiqué du Conseil des ministres du 22 avril 2026") is
    its title, which the pages print again as their running header.
    """
    if not running or not any(c.isdigit() for c in text) or running_key(text) not in running:
        return False
    return not is_document_name(text, vocab)


def _printed_twice(
    doc: Document, lines: list[Line], head: list[int], candidates: list[tuple[str, int]]
) -> int | None:
    """The first copy of a headline printed twice, or None.

    The same line twice, or two head lines in a row that print one headline in another
    case or wording.
    """
    keys = [key for key, _ in candidates]
    for key, index in candidates:
        if keys.count(key) > 1:
            return index
    # An organ's name under its letterhead is no copy of the title that names it
    # ("COUNCIL FOR SECURITY" / "Communiqué of the 312th meeting of the Council for Security …").
    vocab = structure_vocabulary(doc.lang)
    shaped = {
        index for _, index in candidates if not is_organisation(line_text(doc, lines[index]), vocab)
    }
    for first, second in itertools.pairwise(head):
        if (
            first in shaped
            and second in shaped
            and _copies(doc, lines, first, second)
            and _names_document(doc, lines, first) == _names_document(doc, lines, second)
        ):
            return first
    return _copied_over_two_lines(doc, lines, [index for _, index in candidates])


def _copied_over_two_lines(doc: Document, lines: list[Line], candidates: list[int]) -> int | None:
    """The first candidate whose words two later lines print again, or None.

    A press office prints its headline, then the same words in sentence case over two
    lines ("… Agreement between Aldoria, Koranda, Hopes for …" / "… agreement between
    aldoria, koranda," / "Hopes for …"): the first print is the title, whatever stands above.
    """
    for candidate in candidates:
        if _two_line_copy(doc, lines, candidate) is not None:
            return candidate
    return None


def _two_line_copy(doc: Document, lines: list[Line], title: int) -> tuple[int, int] | None:
    """The two lines, within a few below the title, that print its words again, or None.

    Lines of any kind but blank: an earlier pass may have called the second one furniture.
    """
    words = _folded_words(line_text(doc, lines[title]))
    if len(words) < _MIN_WORDS:
        return None
    below = [
        i
        for i in range(title + 1, min(len(lines), title + _SCAN_LINES))
        if lines[i].kind != "blank" and _LETTER.search(line_text(doc, lines[i]))
    ]
    for first, second in itertools.pairwise(below):
        both = f"{line_text(doc, lines[first])} {line_text(doc, lines[second])}"
        if _folded_words(both) == words:
            return first, second
    return None


def _named_below(doc: Document, lines: list[Line], candidates: list[int]) -> set[int]:
    """The candidates a later one naming a document names again: the organ that issues it.

    "Mediation and Security Council" above "Communiqué of the 418th meeting of the
    Mediation and Security Council …" is the letterhead's organ, not the headline.
    """
    documents = [i for i in candidates if _names_document(doc, lines, i)]
    connectors = structure_vocabulary(doc.lang).connectors
    return {
        i
        for i in candidates
        if _is_name(line_text(doc, lines[i]), connectors)
        and not _names_document(doc, lines, i)
        and any(j > i and _copies(doc, lines, i, j) for j in documents)
    }


def _is_name(text: str, connectors: frozenset[str]) -> bool:
    """Whether a line is a name: capitalised words and linking words, no verb or noun.

    "Mediation and Security Council" is a name; "Ministers meet on river navigation" is not.
    """
    words = _WORD.findall(text)
    return bool(words) and all(w[0].isupper() or w.casefold() in connectors for w in words)


def _names_document(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a head line names a document: only such a line copies a document's title.

    "Mediation and Security Council" is no copy of "Communiqué of the 418th meeting of the
    Mediation and Security Council …", which names it.
    """
    text = line_text(doc, lines[index]).replace("’", "'")
    words = [word.casefold() for word in _NAME_WORD.findall(text)]
    return names_document(words, structure_vocabulary(doc.lang))


def _copy_below(doc: Document, lines: list[Line], head: list[int], title: int) -> int | None:
    """The head line right below the title when it prints the title again, else None.

    Pages print a headline twice, often in another case or wording ("AU PSC COMMUNIQUE ON
    SUDAN" / "Communiqué of the 1212th meeting of the PSC on Sudan"): a header line.
    """
    below = [i for i in head if i > title][:1]
    if not below or lines[below[0]].kind != "body":
        return None
    vocab = structure_vocabulary(doc.lang)
    text = line_text(doc, lines[below[0]])
    if not _title_shaped(text, vocab.connectors):
        return None
    if ends_on_name_title(text):
        return None  # "… under the chairmanship of Mr" / "Paul Deroux, …": a sentence's wrap
    return below[0] if _copies(doc, lines, title, below[0]) else None


def _copy_past_furniture(
    doc: Document, lines: list[Line], head: list[int], title: list[int]
) -> list[int]:
    """The one or two head lines in capitals that print the title again past furniture.

    A news service prints its headline, a bar of furniture, then the headline again in
    capitals, wrapped over two lines above the text ("LE SECRÉTAIRE GÉNÉRAL CONDAMNE …" /
    "PERPÉTRÉES HIER …"): header lines, not the first paragraph's opening.
    """
    after = [i for i in head if i > title[-1] and lines[i].kind in ("body", "blank")]
    body = [i for i in after if lines[i].kind == "body"][:_COPY_LINES]
    if not body or any(lines[i].kind == "body" for i in range(title[-1] + 1, body[0])):
        return []
    printed = " ".join(line_text(doc, lines[i]) for i in title)
    for count in range(len(body), 0, -1):  # the whole copy first: both lines of its wrap
        taken = body[:count]
        texts = [line_text(doc, lines[i]) for i in taken]
        if taken != list(range(taken[0], taken[0] + count)):
            continue
        if all(text.isupper() for text in texts) and _same_words(printed, " ".join(texts)):
            return taken
    return []


def _same_words(first: str, second: str) -> bool:
    """Whether two texts print one headline: most words of the shorter in the other."""
    shorter, longer = sorted((_folded_words(first), _folded_words(second)), key=len)
    return len(shorter) >= _MIN_WORDS and len(shorter & longer) >= _COPY_SHARE * len(shorter)


def _copies(doc: Document, lines: list[Line], first: int, second: int) -> bool:
    """Whether two head lines print one headline (``_same_words``)."""
    return _same_words(line_text(doc, lines[first]), line_text(doc, lines[second]))


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
    stated_words = _folded_words(stated) - small
    printed_words = _folded_words(printed) - small
    shared = len(stated_words & printed_words)
    return shared < _RELATED_SHARE * min(len(stated_words), len(printed_words))


@functools.lru_cache(maxsize=4096)
def _folded_words(text: str) -> frozenset[str]:
    """The words of a line as a set (``_word_list``).

    Cached: the head lines are compared pairwise, each line's words are read once.
    """
    return frozenset(_word_list(text))


def _split_title(doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary) -> bool:
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
    if is_prose(upper) or is_prose(lower) or not _title_shaped(f"{upper} {lower}", connectors):
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


def _title_across_blank(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> int | None:
    """The line that ends a title in capitals cut after a small word by blank lines, or None.

    "COMMUNIQUÉ CONJOINT SUR LA" / "" / "RENCONTRE ENTRE X ET Y": no title ends on an
    article or a preposition; the lone line in capitals below goes on with it.
    """
    if lines[index].kind != "body" or (index > 0 and lines[index - 1].kind == "body"):
        return None
    upper = line_text(doc, lines[index])
    if not upper.isupper() or last_word(upper) not in vocab.connectors:
        return None
    below = index + 1
    while below < len(lines) and lines[below].kind == "blank":
        below += 1
    if below == index + 1 or below >= len(lines) or lines[below].kind != "body":
        return None
    if below + 1 < len(lines) and lines[below + 1].kind == "body":
        return None  # the block below is more than one line: text, not the title's end
    lower = line_text(doc, lines[below])
    joined = f"{upper} {lower}"
    if not lower.isupper() or is_prose(lower) or not _title_shaped(joined, vocab.connectors):
        return None
    return below


def _names_something(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a line names its subject (a capitalised word after its first) or a document.

    A headline beside a masthead names its subject or the document ("Statement on the
    floods …", "Meeting with Foreign Minister X"); a site's tagline under its name does not
    ("Working for peace and prosperity", "Au service de la paix et de la prospérité").
    """
    words = _WORD.findall(line_text(doc, lines[index]))
    if any(word[0].isupper() for word in words[1:]):
        return True
    vocab = structure_vocabulary(doc.lang)  # "Statement on the floods …" names a document
    return bool(words) and words[0].casefold() in vocab.title_nouns | vocab.document_heads


def _capitals_block(
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
    dated = next((k for k, i in enumerate(block) if _dateline_line(doc, lines[i])), None)
    if dated is None and block and block[-1] + 1 < len(lines):
        # the dateline already read as a header line closes the block
        dated = len(block) if _dateline_line(doc, lines[block[-1] + 1]) else None
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
    if not any(word.casefold() in vocab.connectors for word in _NAME_WORD.findall(joined)):
        return []  # a stack of names ("UNITED NATIONS" / "NATIONS UNIES" / …), no headline
    return block if _title_shaped(joined, vocab.connectors) else []


def _dateline_line(doc: Document, line: Line) -> bool:
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


def _site_name(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line opens like the name of a site or institution ("Ministère de …")."""
    return vocab.site_names.match(text) is not None or is_organisation(text, vocab)


def _letterhead_end(
    doc: Document, lines: list[Line], head: list[int], vocab: StructureVocabulary
) -> int:
    """The last head line giving an address, a telephone or a website, or -1.

    A letterhead closes on its contact lines ("Rue des Petits Carmes 15, 1000 …", "Tel: +32
    …"): the names above them (the state, a federal public service, a directorate) are
    furniture, and the headline is printed below them.
    """
    found = -1
    for index in head:
        text = line_text(doc, lines[index])
        # An e-mail address may sign a byline below the headline ("By Jane Doe, jd@…").
        if is_address(text, vocab) or ("@" not in text and vocab.contact.search(text)):
            found = index
    return found


def _nominal_title(
    doc: Document, lines: list[Line], head: list[int], index: int, vocab: StructureVocabulary
) -> bool:
    """Whether the first line of the text is a title ending with a full stop.

    "Entretien téléphonique du Président de la République avec M. X, Président du Koranda.":
    some offices end their headlines with a stop. A lone line that opens on a bare noun
    naming an exchange or a document (no article, as a sentence would have) and that the
    text goes on after is that title, not the opening paragraph.
    """
    # Above it, a site's section label at most ("Communiques Press Releases"); below it a
    # blank line, or its dateline on the next line ("Palais de Valmont, le 10 février 2026").
    if not (is_lone(lines, index) or _dateline_below(doc, lines, index)) or any(
        lines[i].kind == "body" and word_count(line_text(doc, lines[i])) > _LABEL_WORDS
        for i in head
    ):
        return False
    text = line_text(doc, lines[index])
    if not text.endswith(".") or text.endswith("..") or word_count(text) > _MAX_WORDS:
        return False
    if len(text) > _MAX_CHARS or kind_key(text, vocab) in vocab.kind_labels:
        return False
    if any(mark in text for mark in _POST_MARKS) or vocab.contact.search(text) is not None:
        return False  # an embedded post: "Rencontre fructueuse à #Rome … pic.twitter.com/…"
    first = _WORD.match(text)
    if first is None or not first.group()[0].isupper():
        return False
    after = [i for i in range(index + 1, len(lines)) if lines[i].kind == "body"]
    return first.group().casefold() in vocab.title_nouns and bool(after)


def _dateline_below(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line opens the text and a whole dateline follows it on the next line."""
    before = index == 0 or lines[index - 1].kind != "body"
    below = index + 1
    if not before or below >= len(lines) or lines[below].kind != "body":
        return False
    line = lines[below]
    return dateline_span(doc.text, line.body_start, line.end, doc.lang) is not None


def _caption_of_names(text: str, vocab: StructureVocabulary, language: Language) -> bool:
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


def _names_page(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line is a page's header of names and labels apart by bars, never the title.

    "Ministry of Foreign Affairs | Press Release", "Ministère … | Communiqué de presse": the
    issuer and the kind of document, as a PDF's running header prints them.
    """
    parts = [part.strip() for part in text.split(" | ")]
    return len(parts) > 1 and all(
        _site_name(part, vocab) or kind_key(part, vocab) in vocab.kind_labels for part in parts
    )


def _above_prose(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line sits right above a clearly longer prose line (not a hard wrap).

    The first line of a text may run straight into the prose below it, or into the name
    of the body whose decision follows ("The Council,").
    """
    if index + 1 >= len(lines) or lines[index + 1].kind != "body":
        return False
    below = line_text(doc, lines[index + 1])
    vocab = structure_vocabulary(doc.lang)
    if below.endswith(",") and (
        opens_text(below) or names_issuer(below, vocab.organisation_heads | vocab.meeting_words)
    ):
        return True  # "Decision of …" / "The Council,": the decision opens below its name
    labels = _labels_below(doc, lines, index)
    if labels:  # the prose line past the labels and any furniture among them
        prose = next(i for i in range(labels[-1] + 1, len(lines)) if lines[i].kind == "body")
        below = line_text(doc, lines[prose])
    if not is_prose(below):
        return False
    text = line_text(doc, lines[index])
    # Lines longer than a printed page's are no hard wrap: a headline may run nearly as long
    # as the one-line paragraph below it (a page exported with a line per paragraph).
    # So are the lines of a text printed a line per paragraph.
    long_lines = min(len(text), len(below)) > MAX_PRINTED_WIDTH
    if not ends_sentence(text) and (long_lines or line_per_paragraph(doc)):
        return True
    return len(text) < _SHORTER * len(below)


def _labels_below(doc: Document, lines: list[Line], index: int) -> list[int]:
    """The page's labels between a headline and its text, on a page without blank lines.

    "Joint statement …" / "Historical archive" / "Publisher: Ministry of …" / "News story |
    Date: …" / prose: the three lines between are header lines, and none if no prose follows.
    """
    following = index + 1
    if following >= len(lines):
        return []
    while (
        following + 1 < len(lines)
        and following - index <= _METADATA_LINES
        and lines[following + 1].kind in _LABEL_KINDS
        and (
            lines[following].kind == "boilerplate"  # "Archives", furniture already
            or (lines[following].kind == "body" and _page_label(line_text(doc, lines[following])))
        )
    ):
        following += 1
    labels = [i for i in range(index + 1, following) if lines[i].kind == "body"]
    # One labelled line at least ("Publisher: …"): a short line alone may be a heading.
    if lines[following].kind != "body" or not is_prose(line_text(doc, lines[following])):
        return []
    return labels if any(_labelled(line_text(doc, lines[i])) for i in labels) else []


def _labelled(text: str) -> bool:
    """Whether a page label says what it labels: a field and its value, or a news agency.

    "Publisher: Ministry of …", "News | …", "WORLD Reuters" (the section and the agency).
    """
    return _LABELLED.search(text) is not None or _agency_named().search(text) is not None


@functools.cache
def _agency_named() -> regex.Pattern[str]:
    """A news agency's name as a whole word ("Reuters", "Anadolu"), in any language's text."""
    return compile_regex(
        rf"(?<![\p{{L}}\p{{N}}])(?:{phrase_pattern(agencies())})(?![\p{{L}}\p{{N}}])"
    )


def _masthead_to_label(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> list[int]:
    """The masthead lines between a headline and a kind label over the text, and the label.

    A release relayed without blank lines: "Press Release: Valmont Government" / "Hon Karl
    Lirov" / "Minister of" / "Foreign Affairs" / "24 July 2027" / "MEDIA STATEMENT" / the
    text. Each line above the label is short and no sentence; none if no text follows. A
    blank line may part the masthead from the headline, not its lines from one another.
    """
    first = index + 1
    while first < len(lines) and lines[first].kind == "blank":
        first += 1
    for following in range(first, min(len(lines) - 1, first + _MASTHEAD_LINES)):
        line = lines[following]
        if line.kind == "blank":
            return []
        if line.kind != "body":
            continue
        text = line_text(doc, line)
        if kind_key(text, vocab) in vocab.kind_labels and text.isupper():
            found = [i for i in range(first, following + 1) if lines[i].kind == "body"]
            # "The Minister will travel to" / "Norland and Kalvora" / "next week": a wrapped
            # sentence (a line opening in lower case or on an article) is the text's.
            texts = [line_text(doc, lines[i]) for i in found[:-1]]
            wrapped = any(starts_lowercase(t) or _opens_on_article(t, vocab) for t in texts)
            if lines[following + 1].kind != "body" or wrapped:
                return []
            return found
        if is_prose(text) or ends_sentence(text) or word_count(text) > _MASTHEAD_WORDS:
            return []
    return []


def _opens_on_article(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line opens on an article ("The Minister will …"), as no masthead line does."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].casefold() in vocab.articles


def _page_label(text: str) -> bool:
    """Whether a line under a headline is a page's label, not text: "Publisher: Ministry"."""
    if is_prose(text) or ends_sentence(text):
        return False
    return _LABELLED.search(text) is not None or word_count(text) <= _LABEL_WORDS


def _shape_check(vocab: StructureVocabulary) -> Callable[[str], bool]:
    """Whether a line is shaped like a title, in the language of ``vocab``."""
    return functools.partial(_title_shaped, connectors=vocab.connectors)


def _title_shaped(text: str, connectors: frozenset[str]) -> bool:
    if len(text) > _MAX_CHARS or not _MIN_WORDS <= word_count(text) <= _MAX_WORDS:
        return False
    if _LETTER_WORD.search(text) is None:
        return False  # a page's font-size buttons, "+ ↺ − 16 px", "A+ A− ↺": no word
    if _PICTOGRAPH.search(text) is not None:
        return False  # a site's loading notice, "Searching. Please wait 👍 ...": no headline
    if " / " in text and len(_WORD.findall(text)) < _MIN_WORDS:
        return False  # "Ulkoministeriö / Utrikesministeriet": a name in two languages
    if cut_short(text):  # a headline a site cut short: "Résolution sur … de la ..."
        text = text.rstrip().rstrip(".…[]").rstrip()
    elif last_word(text) in connectors:
        return False  # cut in mid-sentence
    if text[-1] in _TITLE_END or (ends_sentence(text) and not text.endswith(("?", "!"))):
        return False
    return parse_marker(text) is None and not is_bullet(text) and not starts_lowercase(text)


_PICTOGRAPH: Final = compile_regex(r"\p{Emoji_Presentation}")
"""An emoji: headlines carry none; a page's widgets and notices do."""
_LANGUAGE_TAG: Final = compile_regex(r"(?<=\S)[ \t]+\[[a-z]{2}\][ \t]*$")
"""A language code in brackets ending a headline ("… au Mali [ja]"): a site's link to the
page in that language, no word of the title."""


@functools.cache
def _agency_suffix() -> regex.Pattern[str]:
    """A news agency's name after a dash ending a headline: "-Xinhua", " – AFP"."""
    return compile_regex(rf"(?<=\S)[ \t]*[-–—][ \t]*(?:{phrase_pattern(agencies())})[ \t]*$")


def _site_suffix_start(text: str, start: int, end: int) -> int:
    """Where a site name after a last " | " begins ("Déclaration … | France Diplomatie").

    A page title printed as the headline keeps its site suffix; it is cut off when it is
    short. Returns ``end`` when there is none.
    """
    credit = _agency_suffix().search(text, start, end)
    if credit is not None and credit.start() > start:
        return credit.start()  # "… visiting U.S. officials-Xinhua": the agency's page title
    tag = _LANGUAGE_TAG.search(text, start, end)
    if tag is not None and tag.start() > start:
        return tag.start()  # "Attaque terroriste au Mali [ja]": the link to a translation
    bar = text.rfind(" | ", start, end)
    if bar <= start:
        return end
    suffix = text[bar + 3 : end]
    if len(suffix) > _SITE_CHARS or len(suffix.split()) > _SITE_WORDS:
        return end
    return stripped_span(text, start, bar)[1]


def _dateline_cut(doc: Document, start: int, end: int) -> tuple[int, tuple[int, int]] | None:
    """Where a dateline after a column gap ends the title: (title end, dateline span)."""
    # From the right: the dateline is the last column of the line.
    for gap in reversed(list(_GAP.finditer(doc.text, start, end))):
        span = dateline_span(doc.text, gap.end(), end, doc.lang)
        if span is not None:
            return stripped_span(doc.text, start, gap.start())[1], span
    return None


def _dated_end(doc: Document, start: int, end: int) -> bool:
    """Whether a line ends with a date alone after its last comma ("…, 12 June 2019")."""
    comma = doc.text.rfind(",", start, end)
    date_start = end - len(doc.text[comma + 1 : end].lstrip(" \t"))
    if comma < 0 or not doc.text[date_start : date_start + 1].isdigit():
        return False  # a place would open a dateline: "…, Valmont, 3 May"
    return dateline_span(doc.text, date_start, end, doc.lang) is not None
