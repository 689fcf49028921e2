"""Group body lines into paragraphs the way a reader does.

A printed number ("1.", "2)", "3/") in sequence opens a paragraph that runs until the
next one, across hard wraps, blank lines and page breaks; after the last number of the
text, a new block after a full stop is a paragraph of its own (an unnumbered clause, a
closing line). A number alone on its line (PDF extraction) numbers the line below it.
Elsewhere a line continues the paragraph above when it starts in lower case, when the
line above does not end a sentence within a block (a hard wrap) or across a page break
or a blank line after a long line cut on a word ("… Aboriginal and" / "Torres Strait …"),
or when the text is wrapped at a fixed width and the line above reached that width. In
wire copy a line indented deeper than the text opens a paragraph.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from typing import TYPE_CHECKING, Final

import attrs
import regex

from communique.lexicon.persons import PersonVocabulary, person_vocabulary, person_words
from communique.lexicon.structure import is_salutation, opens_quoted_text, structure_vocabulary
from communique.model import Repair, RepairKind
from communique.patterncache import compile_regex
from communique.records import shared_repr
from communique.structure.fragments import repeated_prefix
from communique.structure.header import is_prose
from communique.structure.lines import line_text, stripped_span
from communique.structure.masthead import names_issuer
from communique.structure.name_wrap import cuts_party
from communique.structure.party_entries import party_entry
from communique.structure.quotes import attributes_quote
from communique.structure.shapes import (
    DATED_ENTRY,
    IMPLIED_FIRST,
    INNER_SENTENCE_END,
    ROMAN_STYLE,
    Marker,
    bare_marker,
    ends_sentence,
    first_word,
    is_bullet,
    is_quotation,
    is_terminator,
    last_word,
    lettered,
    mostly_lower,
    name_goes_on,
    parse_marker,
    roman_marker,
    starts_lowercase,
    word_count,
)
from communique.structure.signoff import credit_ending

if TYPE_CHECKING:
    from collections.abc import Mapping

    from communique.document import Document, Line
    from communique.model import BlockRole, Language

__all__ = [
    "MAX_PRINTED_WIDTH",
    "Group",
    "double_spaced",
    "group_lines",
    "line_per_paragraph",
    "wrap_width",
]

_MAX_FIRST_NUMBER: Final = 99
_OPENING_WORDS: Final = 4
"""Words a paragraph's opening must repeat to open the next one (``_repeats_opening``)."""
_MAX_ITEM_CHARS: Final = 200
"""Longest unmarked item of a numbered paragraph's list."""
_WORDS: Final = compile_regex(r"[^\W\d_]+")
_PAGE_CUT_WORDS: Final = 2
"""Words at most of a line above a page break that ends its paragraph whatever its end."""
_ITEM_END: Final = compile_regex(r";[ \t]*([^\W\d_]+)[ \t]*$")
"""A semicolon and one word closing a line: "…; and", "…; et"."""
_WRAPPED_SHARE: Final = 0.5
_WRAP_REACHED: Final = 0.8
_MIN_WRAPPED_LINES: Final = 6
MAX_PRINTED_WIDTH: Final = 120
"""Widest hard wrap read as a printed page's (a typescript's line, a PDF column)."""
_TYPED_END_SHARE: Final = 0.5
"""A double-spaced line shorter than this share of the width ends its paragraph."""
_SPACED_SHARE: Final = 0.9
"""Share of next lines, at least, a blank line sets apart in a double-spaced text."""
_MIN_CUT_SHARE: Final = 0.25
"""Share of body lines, at least, that a hard-wrapped text ends inside a sentence."""
_ENDED_SHARE: Final = 0.5
"""Most lines as long as a wrap's width ending a sentence: no wrap cut them."""
_ADDRESS_WORDS: Final = 5
"""Words of a speech's address at most ("Monsieur le Président de la République")."""
_RUN_ON_CHARS: Final = 60
"""A line cut on a word continues across a blank line only when it is this long."""
_CUT_WORDS: Final = 3
"""Fewest words of a short line of prose that a stray blank line cuts on a linking word."""
_MAX_FRAGMENT: Final = 80
"""Longest list item that reads as a fragment of the sentence introducing the list."""
_MAX_CAPITALS_ITEM: Final = 200
"""Longest agenda item printed in capitals (an office's full titles, a council's name)."""
_SHORT_LINE: Final = 40
"""Longest line after a full stop read as a signature or caption, not the paragraph's."""
_INDENT_STEP: Final = 2
"""Indentation this much deeper than the text's usual one opens a paragraph."""
_LONE_MARKER: Final = compile_regex(r"(?P<open>\()?(?P<number>\d{1,3})(?(open)\)|[.)])")
_INDENT: Final = compile_regex(r"[ \t]*")
_LEAKED_BEFORE_MARKER: Final = compile_regex(r"\d{1,3}[ \t]+(?=\d{1,3}[.)][ \t])")
"""A page number an extraction left before the next paragraph's number ("1 5. Summit …")."""
_GLUED_DASH: Final = compile_regex(r"[-–](?=\p{Ll})")
"""A dash glued to the lower-case word of a list's item (« -des Protocoles … »)."""
_UNWRAPPED_LINE: Final = 160
"""Characters beyond any wrapping margin: a longer line of prose was never wrapped."""
_WRAPPED_LINE: Final = 80
"""Characters a wrapped Markdown line may reach."""
_EXPORTED_LINES: Final = 2
"""Long lines ending a sentence at least in a block printed a paragraph per line."""
_INNER_SENTENCE_END: Final = compile_regex(r"\p{Ll}[.!?][ \t]+\p{Lu}\p{Ll}")
"""A sentence ending inside a line and the next one opening after it."""
_FIELD: Final = compile_regex(r"\p{Lu}[\w'’.-]*(?:[ \t]+[\w'’.-]+){0,2}[ \t]?:[ \t]+\S")
"""A line of a notice's fields: a label of three words at most, a colon and its value
("Date: Friday, 21 May 2021", "Lieu : Hôtel de ville")."""


@shared_repr
@attrs.define(repr=False)
class Group:
    """A paragraph under construction: working-text spans of its lines."""

    start: int
    """Working-text start of its first line (printed number included)."""
    pieces: list[tuple[int, int]]
    number: int | None = None
    style: str | None = None
    section: str | None = None
    label: str | None = None
    """The number as printed ("2.3" for "2.3."), or None."""
    ended: bool = False
    """The text carried the end mark "./."."""
    last_line: str = ""
    """Text of its last line, to tell a hard wrap from a paragraph end."""
    first_line: str = ""
    """Text of its first line, whose opening words a next paragraph may repeat."""
    item: bool = False
    """Whether it opens an item of a list that a sentence of the input's markup introduces
    ("… endorsed the following principles:" / "1. The freest …;")."""
    listing: bool = False
    """Whether its last lines are the short items of a list its own sentence introduces
    ("… in the following fields:" / "– Agriculture" / "– Health")."""
    in_agenda: bool = False
    """Whether its last line is an item of an agenda (``_Layout.agenda``)."""
    sentence_items: bool = False
    """Whether its last lines are items that go on, in lower case, the sentence its colon
    opened (« Il s'agit notamment : » / « - de la Convention … » / « - du Protocole … »)."""
    after_semicolon: bool = False
    """Whether the numbered paragraph above closed with a semicolon: both are items of one
    list ("5. … discussions;" / "6. Frequent consultation on matters of common concern.")."""
    bulleted: bool = False
    """Whether bulleted items go on its numbered sentence's colon ("5. … the following
    orders:" / "– Presidential Order …" / "– …"): the next bullet is its list's too."""


@shared_repr
@attrs.define(repr=False)
class _State:
    groups: list[Group] = attrs.Factory(list)
    repairs: list[Repair] = attrs.Factory(list)
    current: Group | None = None
    last_marker: Marker | None = None
    section: str | None = None
    gap: int = 0
    page_break: bool = False
    restart: bool = False
    """A heading just passed: numbering may start again at 1."""
    pending: tuple[int, Marker] | None = None
    """A number printed alone on its line, with the line's start: it numbers the next line."""


@shared_repr
@attrs.frozen(repr=False)
class _Layout:
    """What the whole text looks like, to read one line in context."""

    width: int | None
    """Width the text is hard-wrapped at, or None."""
    indent: int
    """The usual indentation of a line."""
    last_number: int
    """Start of the last line that opens with a printed number, or -1."""
    connectors: frozenset[str]
    """Words that never end a sentence ("and", "de")."""
    wrapped: frozenset[int]
    """Starts of bullet lines whose item runs on to the next line."""
    clause_opener: re.Pattern[str]
    """The verb opening a clause of a decision ("Recalls", "Rappelant")."""
    issuers: frozenset[str]
    """Words heading the name of an issuing body ("council", "assemblée")."""
    participle: regex.Pattern[str]
    """A capitalised present participle opening a line ("Recalling", "Exprimant")."""
    persons: PersonVocabulary
    """Styles ("His Excellency") and offices ("Minister of …") that open a list's lines."""
    soft: frozenset[int] = frozenset()
    """Starts of lines that go on the paragraph the input's markup has them in (a Markdown
    paragraph's soft line break, a Word paragraph's line)."""
    hard: frozenset[int] = frozenset()
    """Starts of lines after a hard break in a marked-up paragraph ("\\" ending the line)."""
    items: frozenset[int] = frozenset()
    """Starts of lines that open a list item of the input's markup ("2. Fisheries control")."""
    paragraphs: frozenset[int] = frozenset()
    """Starts of lines that open a paragraph of the input's markup."""
    double_spaced: bool = False
    """Whether a blank line follows every printed line (a typescript's double spacing): one
    blank line is then the spacing, two a paragraph break."""
    language: Language = "en"
    """The text's language, for the names a stray line break may cut."""
    salutation: re.Pattern[str] | None = None
    """A speech's address ("Madame la Présidente", "Ladies and gentlemen")."""
    agenda: frozenset[int] = frozenset()
    """Starts of the lines of an agenda: short lettered items in sequence under a colon
    (« … les points suivants : » / « I/- Ordonnances » / « II/- Mesures »)."""
    blank_paragraphs: bool = False
    """Whether the text ends its paragraphs with blank lines: a line break inside a block is
    then a wrap, however short of the margin its line stops."""
    item_ends: Mapping[int, str] = attrs.field(factory=dict)
    """The last line of each bullet item that runs on to lines indented under its text,
    by the start of the item's first line (a PDF's "  • M. X, ministre … de la" /
    "    Coopération internationale ;")."""
    sentence_openers: frozenset[str] = frozenset()
    """Words a sentence opens on and no name does ("this", « ce »)."""


def group_lines(doc: Document, headings: dict[int, str]) -> tuple[list[Group], list[Repair]]:
    """Group the body lines of ``doc`` into paragraphs.

    Args:
        doc: a document whose lines are classified.
        headings: heading text by line start, to set each paragraph's section.
    """
    state = _State()
    layout = _layout(doc)
    for line in doc.lines:
        if line.kind == "blank":
            state.gap += 1
        elif line.kind == "boilerplate" and opens_quoted_text(line_text(doc, line)):
            # "Circonstance : …" / « Texte intégral » / "Bonjour à tous,": a page's fields
            # above the marker, the text below it; no sentence runs across it.
            state.current, state.gap, state.page_break = None, 0, False
        elif line.kind in ("boilerplate", "page_number"):
            state.page_break = True
        elif line.kind == "body":
            if layout.double_spaced and state.gap:
                state.gap -= 1  # the spacing between printed lines
            _add_line(doc, state, line, layout)
        else:
            state.current, state.gap, state.page_break = None, 0, False
            state.section = headings.get(line.start, state.section)
            state.restart = line.kind == "heading"
    return state.groups, state.repairs


def _layout(doc: Document) -> _Layout:
    indents = [_indent(doc, line) for line in doc.lines if line.kind == "body"]
    usual = Counter(indents).most_common(1)[0][0] if indents else 0
    last = -1
    for line in doc.lines:
        if line.kind == "body" and parse_marker(doc.text[line.body_start : line.end].strip()):
            last = line.start
    wrapped = frozenset(
        line.start
        for line, below in itertools.pairwise(doc.lines)
        if line.kind == below.kind == "body"
        and is_bullet(doc.text[line.body_start : line.end].strip())
        and not is_bullet(doc.text[below.body_start : below.end].strip())
    )
    vocab = structure_vocabulary(doc.lang)
    width = wrap_width(doc)
    return _Layout(
        width,
        usual,
        last,
        vocab.connectors,
        wrapped,
        vocab.clause_opener,
        vocab.organisation_heads | vocab.meeting_words,
        vocab.participle,
        person_vocabulary(doc.lang),
        *_line_breaks(doc),
        _block_starts(doc, "list_item"),
        _block_starts(doc, "paragraph"),
        sentence_openers=vocab.sentence_openers,
        double_spaced=double_spaced(doc, width),
        language=doc.lang,
        salutation=vocab.salutation,
        agenda=_agenda_lines(doc),
        blank_paragraphs=_blank_paragraphs(doc),
        item_ends=_item_ends(doc, wrapped),
    )


def _item_ends(doc: Document, wrapped: frozenset[int]) -> dict[int, str]:
    """The last line of each wrapped bullet item whose lines below are indented deeper."""
    ends: dict[int, str] = {}
    lines = doc.lines
    for index, line in enumerate(lines):
        if line.start not in wrapped:
            continue
        depth = _indent(doc, line)
        last = index
        while (
            last + 1 < len(lines)
            and lines[last + 1].kind == "body"
            and _indent(doc, lines[last + 1]) > depth
            and not is_bullet(line_text(doc, lines[last + 1]))
        ):
            last += 1
        if last > index:
            ends[line.start] = line_text(doc, lines[last])
    return ends


_BLANK_ENDS: Final = 3
"""Sentences ending a block above a blank line that show a text marks its paragraphs so."""


def _blank_paragraphs(doc: Document) -> bool:
    """Whether blank lines end the text's paragraphs: enough blocks end a sentence above one."""
    ends = 0
    for line, below in itertools.pairwise(doc.lines):
        if line.kind == "body" and below.kind == "blank":
            text = doc.text[line.body_start : line.end].strip()
            ends += ends_sentence(text) and len(text) >= _RUN_ON_CHARS
            if ends >= _BLANK_ENDS:
                return True
    return False


def double_spaced(doc: Document, width: int | None) -> bool:
    """Whether ``doc``, hard-wrapped at ``width`` (``wrap_width``), is a double-spaced page.

    Read anew from the lines as they stand: the headings, once found, are no body lines.
    """
    return width is not None and width <= MAX_PRINTED_WIDTH and _double_spaced(doc)


def _double_spaced(doc: Document) -> bool:
    """Whether nearly every body line stands between blank lines, as a typescript prints it.

    Only a text hard-wrapped at a printed page's width is read so (``wrap_width``): a web
    page's one-line paragraphs between blank lines end their sentences.
    """
    kinds = [line.kind for line in doc.lines if line.kind in ("blank", "body")]
    pairs = spaced = 0
    for index, kind in enumerate(kinds):
        if kind != "body":
            continue
        following = kinds[index + 1 : index + 3]
        if following[:1] == ["body"]:
            pairs += 1
        elif following == ["blank", "body"]:
            pairs += 1
            spaced += 1
    return pairs >= _MIN_WRAPPED_LINES and spaced >= _SPACED_SHARE * pairs


def _block_starts(doc: Document, role: BlockRole) -> frozenset[int]:
    """Starts of the body lines where a marked-up block of ``role`` begins (not a PDF's).

    A Markdown list item is a block of its own, even with no blank line above it and no
    full stop ending the item before ("1. Port security" / "2. Fisheries control");
    a paragraph after a list does not go on its last item.
    """
    starts = {b.start for b in doc.blocks if b.role == role and b.page is None}
    if not starts:
        return frozenset()
    found = set()
    for line in doc.lines:
        if line.kind == "body":
            first, _ = stripped_span(doc.text, line.body_start, line.end)
            if first < line.end and doc.offsets.span(first, first + 1)[0] in starts:
                found.add(line.start)
    return frozenset(found)


def _line_breaks(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    r"""Starts of the body lines inside the same marked-up paragraph as the line above.

    The first set holds the lines after a soft break, the second those after a hard one.

    A Markdown paragraph's lines are one paragraph however each ends ("… in Lima." / "This
    year's theme …"), unless a hard break ("\" or two spaces) ends the line above. PDF
    blocks come from the page's layout, not from markup: they are not read so.
    """
    blocks = sorted(
        (b.start, b.end) for b in doc.blocks if b.role == "paragraph" and b.page is None
    )
    if not blocks:
        return frozenset(), frozenset()
    breaks: tuple[set[int], set[int]] = (set(), set())
    unwrapped: dict[int, bool] = {}
    for line, below in itertools.pairwise(doc.lines):
        if line.kind != "body" or below.kind != "body":
            continue
        above_end = doc.offsets.span(line.start, line.end)[1]
        below_start = doc.offsets.span(below.start, below.end)[0]
        index = bisect.bisect_right(blocks, (above_end, len(doc.original))) - 1
        if index < 0 or not blocks[index][0] < above_end < below_start < blocks[index][1]:
            continue
        if index not in unwrapped:
            unwrapped[index] = _lines_of_paragraphs(doc.original, *blocks[index])
        if unwrapped[index]:
            continue  # one paragraph per line, as an export without blank lines writes them
        newline = doc.original.find("\n", above_end, below_start)
        printed = doc.original[max(0, newline - 2) : newline]
        if newline >= 0 and doc.original.count("\n", above_end, below_start) == 1:
            hard = printed.endswith("\\") or printed == "  "
            breaks[hard].add(below.start)
    return frozenset(breaks[0]), frozenset(breaks[1])


def _lines_of_paragraphs(original: str, start: int, end: int) -> bool:
    """Whether a marked-up block's lines are paragraphs, not the wrapped lines of one.

    A page exported without blank lines prints each paragraph on one long line of several
    sentences ("Valmont, 2 août 2026 – Le Président … Cette première visite … C'est à 17
    heures …"); a Markdown author wraps a paragraph's lines short, or breaks them after each
    sentence (one sentence a line).
    """
    lines = [line.rstrip() for line in original[start:end].split("\n")]
    if not any(len(line) > _UNWRAPPED_LINE and _INNER_SENTENCE_END.search(line) for line in lines):
        return False
    # Two long lines at least, most of them ending a sentence: one long line among wrapped
    # ones is no export's layout.
    long_lines = [line for line in lines if len(line) > _WRAPPED_LINE]
    ended = sum(1 for line in long_lines if ends_sentence(line))
    return ended >= _EXPORTED_LINES and 2 * ended >= len(long_lines)


def _indent(doc: Document, line: Line) -> int:
    """Width of the white space opening the line (a tab counts as four spaces)."""
    match = _INDENT.match(doc.text, line.start, line.end)
    return 0 if match is None else len(match.group().replace("\t", "    "))


def _add_line(doc: Document, state: _State, line: Line, layout: _Layout) -> None:
    start, end = stripped_span(doc.text, line.body_start, line.end)
    lone = _LONE_MARKER.fullmatch(doc.text, start, end)
    if lone is not None and state.pending is None:
        style = "()" if lone.group("open") else doc.text[end - 1]
        state.pending = (start, Marker(int(lone.group("number")), style, 0))
        return
    pending, state.pending = state.pending, None
    restart, state.restart = state.restart, False
    indented = _indent(doc, line) >= layout.indent + _INDENT_STEP and line.body_start == line.start
    # A line cut before a number run on inside the line above opens a block of its own.
    run_on = line.start > 0 and doc.text[line.start - 1] != "\n"
    new_block = state.current is None or state.gap > 0 or state.page_break or run_on
    # A marked-up list item opens its number's block ("1. Port security" /
    # "2. Fisheries control"), though no full stop ends the item above.
    item = new_block or line.start in layout.items
    # Two blank lines stand for a page break in extracted text, not between the marked-up
    # paragraphs of a Markdown page ("*standfirst*" / "" / "  " / "The region …").
    page_break = (state.gap >= 2 and line.start not in layout.paragraphs) or state.page_break
    state.gap, state.page_break = 0, False
    if state.current is not None and new_block:
        previous = " ".join(doc.text[a:b] for a, b in state.current.pieces[-2:])
        cut = repeated_prefix(previous, doc.text[start:end])
        if cut:
            _repair(doc, state, start, start + cut, "duplicate")
            start += cut
            if start >= end:
                state.gap = 1  # the block's next line still opens a block
                return
    text = doc.text[start:end]
    if pending is not None and _opens_paragraph(
        state, pending[1], True, restart, layout.connectors
    ):
        state.last_marker = pending[1]
        _open(state, pending[0], [(start, end)], pending[1], text)
        return
    marker = parse_marker(text)
    if marker is None and new_block and (leaked := _leaked_page_number(text, state)):
        digits = len(text[:leaked].rstrip())
        _repair(doc, state, start, start + digits, "page_number")
        start += leaked
        text = doc.text[start:end]
        marker = parse_marker(text)
    if marker is None and new_block:
        marker = bare_marker(text, state.last_marker)
    if marker is None:
        marker = roman_marker(text, state.last_marker)
    if marker is not None and _opens_paragraph(
        state, marker, item, restart, layout.connectors, text[marker.end :]
    ):
        state.last_marker = marker
        above = state.current
        introduced = above is not None and (above.last_line.rstrip().endswith(":") or above.item)
        listed = line.start in layout.items and introduced
        body = start + marker.end
        again = parse_marker(doc.text[body:end])
        if again is not None and again.label == marker.label and again.style == marker.style:
            # "2. 2. Both ministers …": the number printed twice; the copy is no text.
            _repair(doc, state, body, body + again.end, "duplicate")
            body += again.end
        _open(state, start, [(body, end)], marker, text, item=listed)
    elif (
        state.current is not None
        and not run_on  # a heading run on before a number, cut off the paragraph above
        and _continues(
            state.current, text, _Place(new_block, page_break, indented, line.start), layout
        )
    ):
        current = state.current
        # "4. The Meeting discussed the following items" (no stop) / "- The issue of …":
        # a numbered paragraph keeps the items its open sentence announces.
        numbered = current.number is not None and _short_item(text)
        introduced = current.last_line.rstrip().endswith(":") or (
            numbered and not ends_sentence(current.last_line)
        )
        fragment = _list_fragment(text) or line.start in layout.agenda or numbered
        current.listing = fragment and (current.listing or introduced)
        current.in_agenda = line.start in layout.agenda
        current.sentence_items = _sentence_item(text) and (current.sentence_items or introduced)
        current.pieces.append((start, end))
        current.ended = current.ended or is_terminator(text)
        current.last_line = text
    else:
        _open(state, start, [(start, end)], None, text)


def _repair(doc: Document, state: _State, start: int, end: int, kind: RepairKind) -> None:
    """Record the working-text span ``start``–``end`` as text left out, of ``kind``."""
    original = doc.offsets.span(start, end)
    state.repairs.append(Repair(kind, doc.original[slice(*original)], *original))


def _leaked_page_number(text: str, state: _State) -> int:
    """The length of a page number left before the next paragraph's number, or 0.

    "4. … Lesotho." / (page break) / "1 5. Summit received …": the "1" is the page's
    number, the "5." the paragraph's, next after the "4." above, whose sentence ended; a
    capital opens the paragraph.
    """
    leaked = _LEAKED_BEFORE_MARKER.match(text)
    if leaked is None or state.last_marker is None or state.current is None:
        return 0
    if not ends_sentence(state.current.last_line):
        return 0  # "… noted that Article" / "12 3. of the Treaty": the sentence goes on
    last, body = state.last_marker, text[leaked.end() :]
    marker = parse_marker(body)
    if marker is None or not marker.follows(last) or marker.style != last.style:
        return 0
    return leaked.end() if body[marker.end :].lstrip()[:1].isupper() else 0


def _open(
    state: _State,
    start: int,
    pieces: list[tuple[int, int]],
    marker: Marker | None,
    text: str,
    *,
    item: bool = False,
) -> None:
    above = state.current
    state.current = Group(
        start,
        pieces,
        after_semicolon=(
            marker is not None
            and above is not None
            and above.number is not None
            and _closes_item(above.last_line)
        ),
        number=marker.number if marker else None,
        style=marker.style if marker else None,
        section=state.section,
        label=marker.label if marker else None,
        ended=is_terminator(text),
        last_line=text,
        first_line=text,
        item=item,
    )
    state.groups.append(state.current)


def _opens_paragraph(
    state: _State,
    marker: Marker,
    new_block: bool,
    restart: bool,
    connectors: frozenset[str] = frozenset(),
    rest: str = "",
) -> bool:
    r"""A printed number opens a paragraph when it follows the sequence of the ones before.

    The first one must open a block; later ones must come next in the sequence, with the
    same punctuation ("1/" enumerations inside a "1." paragraph stay inline) or go down or
    up an outline ("1.1." after "1.", "2." after "1.3."), and open a block, follow the
    end of a sentence ("… en\n2017. Les …" is a wrapped year) or open a capitalised
    ``rest`` after a line no small word cuts. Under a
    new heading the numbering may start again at 1, and a block may repeat the "1." that
    opened the paragraph above (``_first_again``).
    """
    last = state.last_marker
    current = state.current
    if (
        marker.style == ROMAN_STYLE
        and current is not None
        and is_bullet(current.first_line.lstrip())
    ):
        return False  # "• … the following were concluded:" / "i. MoU on …": the item's own list
    if last is None or (restart and marker.number == 1):
        if marker.parents and marker.number != 1:
            return False  # an outline opens with "1.1" or "2.1", not "10.30"
        first = 1 if marker.letter else _MAX_FIRST_NUMBER  # a list of letters opens at "a"
        return marker.number <= first and (
            new_block or _introduced(state, marker) or _first_below(state, marker, rest, connectors)
        )
    if new_block and (_first_again(state, marker) or _new_list(state, marker)):
        return True
    # "2. They discussed trade." / "" / "3) The next session …": the next number of a block
    # keeps its place in the sequence though its period became a parenthesis.
    switched = new_block and {marker.style, last.style} == _SWITCHED_STYLES
    if (
        not marker.follows(last)
        or marker.letter != last.letter
        or (marker.style not in (last.style, _compatible(last)) and not switched)
    ):
        return False
    if new_block or state.current is None:
        return True
    above = state.current.last_line
    if ends_sentence(above) or _ends_item(above, connectors):
        return True
    # "… Defence and Security Cooperation" / "4. Summit was also attended …": a list item
    # above ends without a stop; the next number before a capital opens the paragraph,
    # unless a small word cuts the line above ("… rose to" / "4. …").
    words = rest.split(maxsplit=1)
    return bool(words) and words[0][:1].isupper() and last_word(above) not in connectors


def _first_below(state: _State, marker: Marker, rest: str, connectors: frozenset[str]) -> bool:
    """Whether "1." opens a sentence on the line right under a headline's last line.

    "… la visite d'État au Kenya du 8 au 10 mai 2026." / "1. À l'invitation de …": the
    first paragraph's number, though no blank line sets it apart; not after a line a small
    word cuts ("… rose to" / "1. …").
    """
    if marker.number != 1 or marker.letter or state.current is None:
        return False
    words = rest.split(maxsplit=1)
    above = state.current.last_line
    return bool(words) and words[0][:1].isupper() and last_word(above) not in connectors


def _repeats_opening(group: Group, text: str) -> bool:
    """Whether the line opens with the first words of the paragraph's own first line.

    A statement opens each paragraph alike ("The members of the Security Council
    condemned …" / "The members of the Security Council reiterated …"); extracted from a PDF
    without blank lines, or after a line the extraction lost, the repeated opening starts
    the next paragraph, even where a full line's full stop would otherwise wrap.
    """
    if group.number is not None or len(group.pieces) < 2:
        return False
    first = group.first_line.split(maxsplit=_OPENING_WORDS)[:_OPENING_WORDS]
    return (
        len(first) == _OPENING_WORDS
        and first[0][:1].isupper()
        and text.split(maxsplit=_OPENING_WORDS)[:_OPENING_WORDS] == first
    )


def _ends_item(line: str, connectors: frozenset[str]) -> bool:
    """Whether a list item ends the line with its semicolon and the list's coordinator.

    "2. MoU on Border Trade; and" / "3. Protocol on …": the next number opens an item.
    """
    match = _ITEM_END.search(line)
    return match is not None and match.group(1).casefold() in connectors


def _first_again(state: _State, marker: Marker) -> bool:
    """Whether a block opens with the "1." that opened the paragraph above.

    A list whose every item prints "1." (a Markdown export that splits its list, a word
    processor's numbering lost): each item is a paragraph of its own, numbered 1.
    """
    current = state.current
    return (
        current is not None
        and marker.number == 1
        and not marker.parents
        and current.number == 1
        and current.style == marker.style
        and state.last_marker is not None
        and not state.last_marker.parents
    )


def _new_list(state: _State, marker: Marker) -> bool:
    """Whether a block's "1." opens a new list that an unnumbered paragraph's colon announces.

    "… into three categories:" / "1. Those …" after an earlier list numbered 1 to 6: the
    numbering starts again. A numbered paragraph's own colon ("5. They agreed:" / "1. …")
    opens a list inside it, which does not restart the paragraphs' numbering.
    """
    current = state.current
    return (
        current is not None
        and marker.number == 1
        and not marker.parents
        and current.number is None
        and current.last_line.rstrip().endswith(":")
    )


def _compatible(last: Marker) -> str:
    """The other punctuation a number may take after ``last``.

    A number that lost its period ("1 WE, the Heads …", a bare marker) may be followed by
    one that kept it ("2. The Forum thanked …").
    """
    return "." if last.style == " " else last.style


def _introduced(state: _State, marker: Marker) -> bool:
    """Whether a first "1." follows a clause that closes ("Hereby," / "Décide :").

    A first "2." may follow a sentence's end: the unnumbered opening paragraph above it
    counts as the first ("The meeting was held in Valmont …" / "2. Ministers thanked …").
    """
    if state.current is None:
        return True
    if marker.number > IMPLIED_FIRST + 1:
        return False  # "… à Djibouti en\n2017. Les …" is a wrapped year
    above = state.current.last_line.rstrip()
    if marker.number > IMPLIED_FIRST:
        return state.current.number is None and above.endswith(".")
    return above.endswith(",") or ends_sentence(above)


@shared_repr
@attrs.frozen(repr=False)
class _Place:
    """Where a line stands relative to the one above it."""

    new_block: bool
    """A blank line, a page break or furniture separates them."""
    page_break: bool
    indented: bool
    """The line is indented deeper than the text (wire copy)."""
    start: int


def _introduced_item(above: str, text: str) -> bool:
    """Whether a block in lower case is an item of a list a colon introduced above it.

    "… Il s'agit de :" / "" / "la jeunesse, l'éducation … ;" / "" / "la lutte contre …
    ;": each block an item, not the wrapped rest of the block above; a block in lower case
    after one that ends mid-sentence goes on with it (a page's break).
    """
    return (
        starts_lowercase(text)
        and parse_marker(text) is None  # "i. MoU on …": a numbered sub-item, read as one
        and above.rstrip().endswith((":", ";"))
        and text.rstrip().endswith((";", "."))
    )


_CLOSING_ASIDE: Final = compile_regex(r"\([^()\n]{1,40}\)[ \t]*[.,;]?[ \t]*")
"""A short aside in brackets alone on its line, maybe with the stop ("(Nigeria).")."""


def _continues(group: Group, text: str, place: _Place, layout: _Layout) -> bool:
    """Whether the line ``text`` continues ``group`` rather than opening a paragraph."""
    if is_terminator(text) and len(text) <= 3:
        return True
    if attributes_quote(group.last_line, text):
        return True  # "« … »" / "— Name, ministre de …": the quotation's paragraph
    if group.ended:
        return False
    if place.start in layout.hard and ends_sentence(group.last_line):
        return False  # "… in 2025.\\" / "The next summit …": the author's own line break
    if place.start in layout.soft and not (
        ends_sentence(group.last_line) and len(text) <= _SHORT_LINE and not ends_sentence(text)
    ):
        # "… held in Valmont." / "This year's theme …": one Markdown paragraph; but a short line
        # after a full stop is a signature or a caption ("Anna Serel").
        return True
    if place.new_block and _introduced_item(group.last_line, text):
        return False  # "Il s'agit de :" / "" / "la jeunesse … ;": an introduced list's item
    if starts_lowercase(text) and not is_bullet(text):  # "â¢ item": "•" misread, a bullet
        return True
    if _CLOSING_ASIDE.fullmatch(text) and not ends_sentence(group.last_line):
        return True  # "… une visite de travail à Abuja" / "" / "(Nigeria).": its sentence's end
    if _office_then_holder(group, text, place):
        return True  # "– Ambassadeur de Valmont à Orlan :" / "Monsieur Paul DEROUX, …"
    if (
        place.new_block
        and place.start in layout.paragraphs
        and group.number is not None
        and len(group.pieces) == 1
        and len(group.last_line) <= _MAX_FRAGMENT
        and not ends_sentence(group.last_line)
    ):
        # "3. Joint patrols" / "" / "These priorities …": a list's short item
        # ends at its block; a numbered paragraph runs on its following blocks.
        return False
    if (
        place.new_block
        and place.start in layout.paragraphs
        and group.item
        and ends_sentence(group.last_line)
    ):
        # "… principles:" / "1. …;" / "6. Frequent consultation." / "" / "The Prime Ministers
        # agreed …": a paragraph of the markup after an introduced list's last item is no
        # part of it, though numbers follow further on.
        return False
    above = group.last_line
    if (
        place.new_block
        and group.after_semicolon
        and above.rstrip().endswith(".")
        and not starts_lowercase(text)
    ):
        # "5. … discussions;" / "6. Frequent consultation." / "" / "The Prime Ministers
        # agreed …": the list's last item ends with its full stop; the prose below is its own.
        return False
    if (
        group.number is not None
        and (place.new_block or layout.double_spaced)
        and is_bullet(above)
        and above.rstrip()[-1:].isalnum()
        and last_word(above) not in layout.connectors
        and not is_bullet(text)
        and not starts_lowercase(text)
        and ends_sentence(text)
    ):
        # "1. Signature of …" / "o For Valmont: Minister X" / "" / "Remarks by President Y.":
        # a sentence of its own after the numbered item's unpunctuated bullets is no part of it.
        return False
    if (
        group.style == ROMAN_STYLE
        and len(group.pieces) == 1
        and above.rstrip()[-1:] not in ",;:"
        and last_word(above) not in layout.connectors
        and (place.new_block or _item_over_sentence(above, text, layout))
    ):
        # "viii. Agriculture and the Environment" / "The session provided …": an item
        # of a list in small Roman numbers is a line (wrapped only at the text's width); a
        # sentence below it, or a block past a blank line, is the text's.
        return False
    if (
        group.number is not None
        and place.new_block
        and place.start >= layout.last_number
        and _past_entries(group, text, layout)
    ):
        return False  # "S.E.M. Y, Président du Norland" / "" / "Le sommet a adopté …"
    if group.number is not None and (
        not place.new_block or place.start < layout.last_number or not ends_sentence(above)
    ):
        # A numbered paragraph runs to the next number; after the last one, to a full stop.
        return True
    if above.rstrip()[-1:] in ",;:" and (
        layout.clause_opener.match(text)
        or (place.new_block and layout.participle.match(text))
        or names_issuer(text, layout.issuers, ",:")  # "…,\nThe Council:"
    ):
        # "The Council, …," / "Recalling …," / "Hereby,": clauses of a decision, whether a
        # line, a blank line or a page break separates them.
        return False
    if len(group.pieces) == 1 and names_issuer(above, layout.issuers):
        return False  # "The Security Council," / "L'Assemblée,": the issuing body alone
    if _office_below_name(group, above, text, layout):
        return True  # "His Excellency Mr X" / "" / "Minister of …": one entry of a list
    # A numbered paragraph's own list of entries is the paragraph's (GUIDELINES): "2. Étaient
    # présents … :" / "S.E.M. X, Président de …" / "S.E.M. Y, …".
    if group.number is not None and _numbered_entry(group, text, layout):
        return True
    if group.number is None and _next_entry(group, text, layout):
        return False  # "… Minister of Foreign Affairs of Oman" / "His Excellency Mr Y": the next
    if (
        group.number is not None
        and _list_item(text)
        and last_word(text) not in layout.connectors
        and (
            above.endswith(":")
            or (len(group.pieces) > 1 and is_bullet(above) and above.rstrip().endswith(";"))
        )
    ):
        # "3. … signed:" / "• Agreement on Ports;" / "• MoU on …;": the list of the
        # last numbered paragraph is the paragraph's, as the lists of the others are.
        return True
    if _party_entries(above, text, layout.language):
        # "5. … was attended by the following Heads of State:" / "Botswana : H.E. X" /
        # "Lesotho : Rt. Hon. Y": the delegations it lists, one per line, are the paragraph's.
        return True
    listed = _colon_list(group, text, place, layout)
    if listed is not None:
        return listed
    if not place.new_block:
        if _ends_typed_paragraph(above, text, layout) or _ends_fields(above, text):
            return False
        if layout.width is None and DATED_ENTRY.match(above) and DATED_ENTRY.match(text):
            return False  # "The 1st Meeting: March 23, 2012, Tokyo" / "The 2nd Meeting: …"
        if _ends_address(above, layout) and not _next_address(text, layout):
            return False  # "Madame la Présidente," / "S'il est deux pays …": the speech opens
        if above.endswith(":") and _FIELD.match(text) is not None:
            return True  # "… invited as follows:" / "Date: …": the fields its colon opens
        if _repeats_opening(group, text):
            return False
        if _item_ended(group, above, text, layout):
            return False
        if layout.width is None and _unwrapped_break(above, text, layout):
            return False
        if _next_bullet(group, above, text, layout):
            return False
        if _signed_above(above, text, layout):
            return False
        if not ends_sentence(above):
            return True
        if is_bullet(text) or place.indented:
            return False
        return _full_line(above, text, layout.width, fit=not layout.blank_paragraphs)
    if (
        (above.endswith(":") or group.listing)
        and (
            _list_fragment(text)
            or (group.listing and group.number is not None and _short_item(text))
        )
        and place.start not in layout.wrapped
        and last_word(text) not in layout.connectors  # "• 800 arrivals … to Aldoria for": cut
    ):
        return True  # "… dont :" and the short items of its list: one paragraph
    if above.endswith(":") and is_quotation(text):
        return True  # "… under the theme:" / "“The Sea, a Common Good”": the sentence's end
    if ends_sentence(above) or is_bullet(text):
        return False
    # Across a page break a cut sentence goes on; a short bullet item ("• Press Release
    # (2026) 042") above furniture ("• Last updated: …") is a line of its own, and so is a
    # word or two (a page's "Comment" link under a photo caption): no sentence is cut there.
    if _opens_address(above, text, layout):
        return False  # "Discours de l'Ambassadeur" / "JPEG - 6.7 ko" / "Mesdames, Messieurs,"
    page_cut = place.page_break and not _list_fragment(above) and not _link_words(above)
    if page_cut and _bullet_over_sentence(group, text):
        page_cut = False  # "- Summary of the story …" / "Ankara" / "AA / …" / "The minister …"
    if place.new_block and _salutations(above, text, layout):
        return False  # "Excellence, Monsieur X, Président de …," / "" / "Monsieur Y, …,"
    if page_cut or _runs_on(above, layout.connectors) or name_goes_on(above, text):
        return True
    # A stray blank line inside a sentence: "The mission, headed by the" / "" / "Member of
    # …", "… headed by the Member of the European" / "" / "Parliament, Mr X, will …".
    return not place.page_break and (
        _cut_on_connector(above, layout.connectors) or cuts_party(above, text, layout.language)
    )


_SWITCHED_STYLES: Final = frozenset({".", ")"})
"""Punctuations a paragraph number may swap for each other in one sequence ("2." / "3)")."""
_ITEM_WORD: Final = compile_regex(r"\p{L}{2,}")
_MIN_ITEM_WORDS: Final = 4
"""Words at least of each of two bullet items that the bullet sets apart."""


def _signed_above(above: str, text: str, layout: _Layout) -> bool:
    """Whether a bare agency credit ends the line above and a new sentence opens this one.

    "… de dénigrement mutuel. AP" / "Ce processus …": the wire's credit signs its paragraph.
    A bare name may also open a wrapped sentence ("… ended late. Xinhua" / "News Agency
    reported …"): only a line opening on a ``sentence_openers`` word starts anew. (A credit
    set off by a bracket or a dash ends the sentence anyway: ``shapes.ends_sentence``.)
    """
    return (
        first_word(text).casefold() in layout.sentence_openers and credit_ending(above) is not None
    )


def _next_bullet(group: Group, above: str, text: str, layout: _Layout) -> bool:
    """Whether a bulleted line opens the next item under a bulleted one without a stop.

    "• Kalvora and Valmont strengthen cooperation" / "• comes with the minister's first
    trip …": a highlights list, each item a fragment; the bullet opens the next one though
    the item above has no stop and the next opens in lower case. An item cut on a linking
    word or a comma goes on; short counts or labels ("• 12" / "• 3") stay one list.
    """
    return (
        len(_ITEM_WORD.findall(above)) >= _MIN_ITEM_WORDS
        and len(_ITEM_WORD.findall(text)) >= _MIN_ITEM_WORDS
        and bool(is_bullet(text))
        and bool(is_bullet(group.first_line.lstrip()))
        and last_word(above) not in layout.connectors
        and not above.rstrip().endswith(",")
    )


def _bullet_over_sentence(group: Group, text: str) -> bool:
    """Whether a lone bulleted line ends where a whole sentence opens past furniture.

    A story's dashed summary under its headline, the place and the agency's byline, then
    the text's first sentence: two paragraphs. A bullet item cut by a page goes on in lower
    case, or in a line that is no whole sentence.
    """
    return (
        len(group.pieces) == 1
        and is_bullet(group.first_line) > 0
        and not starts_lowercase(text)
        and is_prose(text)
    )


def _colon_list(group: Group, text: str, place: _Place, layout: _Layout) -> bool | None:
    """Whether the line goes on the list a colon of the paragraph opened, or None to say.

    A marked-up list's items are blocks of their own; otherwise a colon's list is its
    sentence's: semicolon-closed items, items in lower case, an agenda's lettered items.
    """
    above = group.last_line
    introduced = place.start not in layout.items and _introduced_list(group)
    if introduced and _semicolon_list(above, text, layout.item_ends.get(place.start, text)):
        return True  # "Étaient présents :" / "- S.E.M. X, Président … ;" / "- S.E.M. Y, … .": one
    if introduced and group.number is not None and _numbered_items(above, text):
        return True  # "6. … des accords suivants :" / « L'accord-cadre … ; » / « Les … »
    if introduced and group.number is not None and is_bullet(text) and _bulleted_run(group):
        # "5. The Cabinet approved the following orders:" / "– Presidential Order …" / "–
        # …": the numbered paragraph's list, whether or not another number follows.
        group.bulleted = True
        return True
    if introduced and (above.endswith(":") or group.sentence_items) and _sentence_item(text):
        return True  # « Il s'agit notamment : » / « - de la Convention … » / « -des … »
    if place.start in layout.agenda and (above.endswith(":") or group.in_agenda):
        return True  # « … les points suivants : » / « I/- Ordonnances » / « II/- Mesures »
    if group.in_agenda:
        return False  # the agenda's last item above a sentence: the sentence opens its own
    return None


def _ends_address(line: str, layout: _Layout) -> bool:
    """Whether a line ends with a speech's address and its comma.

    "Monsieur le Président, Madame,", "…, respective governments, Ladies and gentlemen,":
    the last clause, a few words opening with a word of address (``salutations``).
    """
    stripped = line.rstrip()
    if layout.salutation is None or not stripped.endswith(","):
        return False
    if layout.width is not None and len(stripped) >= _WRAP_REACHED * layout.width:
        return False  # a wrap's full line: "Permettez-moi, Monsieur le Président," goes on
    last = stripped[:-1].rsplit(",", 1)[-1].strip()
    return word_count(last) <= _ADDRESS_WORDS and layout.salutation.match(last) is not None


def _salutations(above: str, text: str, layout: _Layout) -> bool:
    """Whether two blocks are a speech's salutations, each a paragraph of its own.

    "Excellence, Monsieur X, Président de la République du Kalvora," / "" / "Monsieur Y,
    Secrétaire général des Nations Unies,": each opens on a word of address, the first ends
    on a comma; the speech greets one guest a block.
    """
    return (
        is_salutation(above, layout.salutation)
        and layout.salutation is not None
        and layout.salutation.match(text.strip()) is not None
    )


def _opens_address(above: str, text: str, layout: _Layout) -> bool:
    """Whether a speech's address opens below a line that ends no address nor sentence.

    "Discours de l'Ambassadeur" / "Mesdames, Messieurs,": the address opens the speech's
    first paragraph, whatever furniture stood between the lines; a text wrapped at a width
    may cut a sentence before a word of address, and a line ending on a link goes on.
    """
    return (
        layout.width is None
        and text.rstrip().endswith(",")  # "… said" / "Mr Lirov.": a sentence's end
        and _next_address(text, layout)
        and not above.rstrip().endswith(",")
        and last_word(above) not in layout.connectors
    )


_SALUTATION_WORDS: Final = 8
"""Most words of a salutation line ("Monsieur le Président, cher Joe,")."""


def _next_address(text: str, layout: _Layout) -> bool:
    """Whether a line goes on a speech's address, line by line, to greet the next guests.

    "Monsieur le Président, cher Joe," / "Mesdames et Messieurs," / "Madame l'ambassadrice,":
    one block of salutations, one paragraph; the speech opens on the line after it.
    """
    stripped = text.strip()
    return (
        layout.salutation is not None
        and layout.salutation.match(stripped) is not None
        and stripped[-1:] in ",."
        and len(stripped.split()) <= _SALUTATION_WORDS  # not "Monsieur le Président, vous …"
    )


_UNWRAPPED_SHARE: Final = 0.6
"""A line and the next one's first word shorter than this share of the next line: the
writer ended the line there, no margin did."""
_UNSTOPPED_WORDS: Final = 8
"""Words at least of a sentence printed without its stop above a title ("This MoU will …")."""


def _unwrapped_break(above: str, text: str, layout: _Layout) -> bool:
    """Whether a line break of a text not wrapped at a width ends a paragraph without a stop.

    Where no width cuts the lines, a line ends where its writer ended it: a title over its
    description ("Memorandum of Understanding on …" / "This MoU will …"), a sentence
    without its stop over the next title ("… and training" / "Programme of Cultural …").
    A line far shorter than the next one was not cut by a margin. A line cut on a comma, a
    hyphen or a linking word, or by a name that goes on below, is no such end.
    """
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if not above.rstrip()[-1:].isalnum() or last_word(above) in layout.connectors:
        return False
    # No margin cut it: the line is longer than any printed page's, or well short of the
    # next one with its first word (a short text hard-wrapped has no width to detect, but
    # its lines run to about one length: "… a reçu le 5 mai 2026" / "M. Paul Deroux, …").
    reach = len(above) + 1 + len(first)
    if len(above) <= MAX_PRINTED_WIDTH and reach >= _UNWRAPPED_SHARE * len(text):
        return False
    # "… Foreign Affairs Minister Karl" / "Lirov will travel …": a name may go on below a
    # capitalised word; "… Ocean Economy" / "This MoU will …": a sentence opens.
    named = above.split()[-1][:1].isupper() and first[:1].isupper()
    if named and first.casefold() not in layout.sentence_openers:
        return False
    if layout.persons.honorific.match(text) is not None or name_goes_on(above, text):
        return False  # "… a reçu le 5 mai 2026" / "M. Paul Deroux, ministre …": its object
    return _opens_sentence_line(text) or (
        text[:1].isupper() and _opens_sentence_line(above) and word_count(above) >= _UNSTOPPED_WORDS
    )


def _cut_on_connector(above: str, connectors: frozenset[str]) -> bool:
    """Whether a line of prose (a comma, three words or more) ends on a linking word."""
    return "," in above and len(above.split()) >= _CUT_WORDS and last_word(above) in connectors


def _opens_sentence_line(text: str) -> bool:
    """Whether a line opens a sentence: a capital, then words in lower case mostly."""
    return text[:1].isupper() and mostly_lower(text)


def _item_over_sentence(above: str, text: str, layout: _Layout) -> bool:
    """Whether a sentence opens below a list's item: not the item's wrap.

    Short of the text's width the item ended; at the width, the sentence must open on an
    article ("The session provided …"), not on a capitalised noun the item goes on with
    ("… by the Joint" / "Commission on trade …").
    """
    if not _opens_sentence_line(text):
        return False
    return not _fills_width(above, layout) or first_word(text).casefold() in layout.connectors


def _fills_width(line: str, layout: _Layout) -> bool:
    """Whether a line runs to the text's width, wrapped there ("… by the Joint" / "Board …").

    With no width known, any line may be a wrap's.
    """
    return layout.width is None or len(line) >= _WRAP_REACHED * layout.width


def _office_below_name(group: Group, above: str, text: str, layout: _Layout) -> bool:
    """Whether a line naming an office goes on the styled name printed alone above it.

    An attendance list may print each name and its office on lines of their own, blank
    lines between: "His Excellency Mr X" / "Minister of Foreign Affairs of …".
    """
    if group.number is not None or len(group.pieces) != 1 or ends_sentence(above) or "," in above:
        return False
    return bool(layout.persons.honorific.match(above) and layout.persons.role.match(text))


def _party_entries(above: str, text: str, language: Language) -> bool:
    """Whether the line is a delegation's entry under a colon or under another entry.

    "… attended by the following:" / "Botswana : H.E. X" / "Lesotho : Rt. Hon. Y": each
    line prints a party, then its head's style (``structure.party_entries``).
    """
    if not party_entry(text, language):
        return False
    return above.rstrip().endswith(":") or party_entry(above, language)


def _numbered_entry(group: Group, text: str, layout: _Layout) -> bool:
    """Whether a styled name's entry goes on the list a numbered paragraph's colon opened.

    "2. Étaient présents les Chefs d'État ci-après :" / "S.E.M. X, Président de …" /
    "S.E.M. Y, Président de …": a numbered paragraph is one across its lines and blank
    lines (GUIDELINES), after its last number too, as long as entries follow entries.
    """
    honorific = layout.persons.honorific
    if honorific.match(text) is None:
        return False
    above = group.last_line.rstrip()
    if above.endswith(":"):
        return True
    # The entry above, with no full stop, goes on the same list.
    return honorific.match(above) is not None and len(group.pieces) > 1 and not ends_sentence(above)


def _past_entries(group: Group, text: str, layout: _Layout) -> bool:
    """Whether a sentence follows the entries the last numbered paragraph's colon listed.

    The entries print no full stop ("S.E.M. Y, Président du Norland"); a line opening with
    a capital that is no entry ("Le sommet a adopté …") opens the text below the list.
    """
    honorific = layout.persons.honorific
    return (
        len(group.pieces) > 1
        and honorific.match(group.last_line) is not None
        and honorific.match(text) is None
        and not starts_lowercase(text)
    )


def _next_entry(group: Group, text: str, layout: _Layout) -> bool:
    """Whether the line opens the next entry of an unmarked list of names and their offices.

    A list of those present without bullets prints one entry per styled name: "… with the
    participation of Their Excellencies:" / "His Excellency Mr X,"; "… President of the
    Republic of Valmont;" / "His Excellency Y, …"; an entry's office line, then "His
    Excellency Z" or the sentence after the list ("His Excellency Mr X," / "Minister of
    Foreign Affairs of Orlan" / "The meeting issued …"). An office line cut on a comma or a
    linking word goes on; bullet items are their list's (``_semicolon_list``).
    """
    above = group.last_line
    persons = layout.persons
    if is_bullet(text) or starts_lowercase(text):
        return False
    styled = persons.honorific.match(text) is not None
    entry = persons.honorific.match(group.first_line) is not None
    end = above.rstrip()[-1:]
    # "… attended by H.E. X, President of Valmont;" / "H.E. Y, …": a sentence's list, wrapped.
    if styled and (end == ":" or (end == ";" and entry)):
        return True
    if entry and end == ";":
        return True  # "Her Excellency Y, …, Republic of Orlan;" / "The Summit reviewed …"
    cut = end in ",-–" or last_word(above) in layout.connectors
    if cut or ends_sentence(above):
        return False
    if (
        (entry or (len(group.pieces) == 2 and styled))
        and len(group.pieces) >= 2
        and persons.role.match(above) is not None
        and _office_only(above, persons)
    ):
        return True
    # "His Excellency X, Deputy Prime Minister of Orlan" / "Her Excellency Y, …": an entry
    # whose line ends on its office, the next below it.
    office = above.rpartition(",")[2].strip()
    return entry and styled and "," in above and persons.role.match(office) is not None


_OFFICE_WORDS: Final = 12
"""Words at most of an entry's office line ("Minister of State for Foreign Affairs of …")."""


def _full_line(above: str, text: str, width: int | None, *, fit: bool) -> bool:
    """Whether a line ending a sentence was wrapped at the margin, so the next goes on it.

    Its length reaches the wrap width, and (``fit``) the next line's first word would not
    have fit after it: a paragraph's last line stops short of the margin by at least that
    word ("… Prime Minister of Orlan." / "In honour of …" ends a paragraph when "In" fits).
    A text that ends its paragraphs with blank lines wraps its lines as it may (a PDF's
    proportional font): there the length alone tells.
    """
    if width is None or len(above) < _WRAP_REACHED * width:
        return False
    if not fit:
        return True
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return len(above.rstrip()) + 1 + len(first) > width


def _office_only(line: str, persons: PersonVocabulary) -> bool:
    """Whether a line opening on an office is only that office, as an entry prints it.

    "Minister of State for Foreign Affairs of Orlan", "Minister of Foreign Affairs, Trade
    and Regional Integration of Kalvora" are; "Minister of Foreign Affairs of Valmont, Mr
    Paul Deroux, who conveyed a message from President" goes on a sentence: a styled name
    or a word in lower case after a comma.
    """
    if len(line.split()) > _OFFICE_WORDS:
        return False
    for part in line.split(",")[1:]:
        part = part.strip()
        if part and (starts_lowercase(part) or persons.honorific.match(part) is not None):
            return False
    return True


def _ends_typed_paragraph(above: str, text: str, layout: _Layout) -> bool:
    """Whether a short line of a double-spaced typescript ends its paragraph.

    The last line of a typed paragraph stops well short of the margin ("Middle East,"), its
    stop often misread by the scan; a line cut on a linking word goes on.
    """
    return (
        layout.double_spaced
        and layout.width is not None
        and len(above) < _TYPED_END_SHARE * layout.width
        and text[:1].isupper()
        and last_word(above) not in layout.connectors
    )


def _ends_fields(above: str, text: str) -> bool:
    """Whether a line of prose follows the last line of a notice's fields.

    "Members of the Media are invited as follows:" / "Date: …" / "Venue: Taj Hotel, Cape
    Town" / "The visit by the Minister takes place …": the fields end the paragraph their
    colon opened; a field's own next line ("15h15 - Opening Remarks") goes on.
    """
    return (
        len(above) <= _MAX_FRAGMENT
        and _FIELD.match(above) is not None
        and _FIELD.match(text) is None
        and text[:1].isupper()
        and len(text) >= _RUN_ON_CHARS
    )


def _list_item(text: str) -> bool:
    """A short bullet item of a list: a fragment, or one closed by a semicolon ("• X;")."""
    return _list_fragment(text) or (
        bool(is_bullet(text)) and len(text) <= _MAX_FRAGMENT and text.rstrip().endswith(";")
    )


def _introduced_list(group: Group) -> bool:
    """Whether a paragraph opens with a sentence's words, not a list item or a label in capitals.

    "Étaient présents :" introduces its list; "- Le ministre …" (an item) or "COMMUNICATIONS
    DES MINISTRES :" (a label) does not: the items below stay paragraphs of their own.
    """
    first = group.first_line
    return not is_bullet(first) and not first.isupper()


def _semicolon_list(above: str, text: str, last: str) -> bool:
    """Whether a bullet item goes on a sentence that a list of semicolon-closed items makes.

    "Étaient présents :" / "- S.E.M. X, Président du Niger ;" / "- S.E.M. Y, Président du
    Tchad.": the items close with semicolons (or commas) and the last with a full stop (an
    item wrapped under its bullet closes on its ``last`` line), so the list and the line
    introducing it are one sentence, one paragraph (the caller checks that the paragraph
    opens with that line). Items each closed by a full stop ("- Ministers agreed to … ."),
    or that no sentence introduces (under a heading), stay paragraphs of their own.
    """
    if not is_bullet(text):
        return False
    end = above.rstrip()[-1:]
    return end in ";," or (end == ":" and last.rstrip()[-1:] in ";,")


def _closes_item(line: str) -> bool:
    """Whether a line ends a list's item: a semicolon, maybe then "and" ("…;" or "…; and")."""
    stripped = line.rstrip()
    if stripped.endswith(";"):
        return True
    head, _, last = stripped.rpartition(" ")
    return head.rstrip().endswith(";") and last.casefold() in person_words("coordinators")


def _office_then_holder(group: Group, text: str, place: _Place) -> bool:
    """Whether the line completes a one-line list item that its colon leaves open.

    A list of appointments prints each office as an item closed by a colon, its holder on
    the line right below ("– Directeur national de l'Énergie :" / "Monsieur Karl LIROV,
    Ingénieur des Mines."): one entry, one paragraph.
    """
    above = group.last_line
    return (
        not place.new_block
        and len(group.pieces) == 1
        and is_bullet(above) > 0
        and above.rstrip().endswith(":")
        and not is_bullet(text)
        and parse_marker(text) is None
    )


def _bulleted_run(group: Group) -> bool:
    """Whether a numbered paragraph's last line opens a list (its colon) or is one's bullet.

    Only its own sentence's colon, then bullets each: "5. … the following orders:" / "– …".
    """
    above = group.last_line.rstrip()
    if above.endswith(":"):
        return True
    return is_bullet(group.last_line.lstrip()) > 0 and group.bulleted


def _numbered_items(above: str, text: str) -> bool:
    """Whether an unmarked item goes on the numbered paragraph whose colon opened its list.

    "6. … ont procédé à la signature des accords suivants :" / « L'accord-cadre de … ; » /
    « Les consultations … » : the items close with semicolons, the last with a stop or
    nothing, and are short; the paragraph's number holds them (GUIDELINES: a numbered
    paragraph is one, across blank lines).
    """
    if is_bullet(text) or len(text) > _MAX_ITEM_CHARS or parse_marker(text) is not None:
        return False
    end = above.rstrip()[-1:]
    return (end == ":" and text.rstrip()[-1:] == ";") or end == ";"


def _link_words(text: str) -> bool:
    """Whether a line is a capitalised word or two, a page's link ("Comment", "Enlarge").

    No sentence is cut there; a line of punctuation alone (an opening quote) or a word in
    lower case ("… the following statement" / "today") is a sentence's cut end.
    """
    words: list[str] = _WORDS.findall(text)
    if not words or len(text.split()) > _PAGE_CUT_WORDS:
        return False
    return words[0][0].isupper()


def _short_item(text: str) -> bool:
    """A short bullet item of one sentence at most ("- The issue of refugees.")."""
    return (
        bool(is_bullet(text)) and len(text) <= _MAX_FRAGMENT and not INNER_SENTENCE_END.search(text)
    )


def _list_fragment(text: str) -> bool:
    """A bullet item that is a short fragment, not a sentence ("- Énergie : hydrocarbures")."""
    return bool(is_bullet(text)) and len(text) <= _MAX_FRAGMENT and not ends_sentence(text)


def _agenda_lines(doc: Document) -> frozenset[int]:
    """Starts of the lines of each agenda: short lettered items ranked 1, 2, 3 … in a row.

    « L'ordre du jour comportait les points suivants : » / « I/- Ordonnances et décrets » /
    « II/- Mesures individuelles »: two items at least, the first right under a colon. An
    item's own short lines between two ranked items are the agenda's too (« A/-Mesures
    générales » / « Projets de décrets » / « B/-Mesures individuelles »). A section title
    printed alone after a colon ("A. Trade" above prose) or a list of honorifics (« M. Paul
    Deroux » / « M. Ivan Dorsk ») ranks no sequence.
    """
    found: list[int] = []
    run: list[int] = []
    ranks = 0
    pending: list[int] = []  # an item's short lines, the agenda's if another item follows
    above = ""
    for line in doc.lines:
        if line.kind == "blank":
            continue
        text = ""
        if line.kind == "body":
            text = doc.text[slice(*stripped_span(doc.text, line.body_start, line.end))]
        short = bool(text) and len(text) <= _MAX_FRAGMENT and not ends_sentence(text)
        # « II. COMPTE RENDU DU CONSEIL INTERMINISTÉRIEL DU MARDI 18 JANVIER 2022. »: an
        # item in capitals is a label, however long, its stop no sentence's.
        label = short or (text.isupper() and len(text) <= _MAX_CAPITALS_ITEM)
        rank = lettered(text) if label else None
        if rank is not None and rank == ranks + 1 and (run or above.endswith(":")):
            run += [*pending, line.start]
            ranks += 1
            pending = []
        elif run and short and rank is None:
            pending.append(line.start)
        else:
            found += run if ranks > 1 else []
            run, ranks, pending = [], 0, []
        above = text
    found += run if ranks > 1 else []
    return frozenset(found)


def _sentence_item(text: str) -> bool:
    """A bullet item that goes on its list's sentence in lower case.

    « - de la Convention … », "• an agreement on …", a dash glued to its word (« -des
    Protocoles … »): the items complete the sentence a colon opened.
    """
    glued = _GLUED_DASH.match(text)
    bullet = is_bullet(text) or (glued.end() if glued else 0)
    return bullet > 0 and starts_lowercase(text[bullet:])


def _item_ended(group: Group, above: str, text: str, layout: _Layout) -> bool:
    """Whether a hard-wrapped bullet item ends above ``text``, though no stop ends it.

    "– S.E.M. X, Président de la République de Valmont" / "– S.E.M. Y, …": the next item;
    "– S.E.M. Z, Cheffe de l'État" / "Les Chefs d'État ont …": a line short of the wrap
    ends its item. A line cut on a linking word goes on.
    """
    if layout.width is None or not is_bullet(group.first_line) or starts_lowercase(text):
        return False
    if last_word(above) in layout.connectors or above.rstrip()[-1:] in ",-–":
        return False
    return is_bullet(text) > 0 or len(above) < _WRAP_REACHED * layout.width


def _runs_on(above: str, connectors: frozenset[str]) -> bool:
    """Whether a long line is cut in the middle of a sentence (on a linking word or a comma)."""
    if len(above) < _RUN_ON_CHARS:
        return False
    return above.rstrip()[-1:] in ",-–" or last_word(above) in connectors


def line_per_paragraph(doc: Document) -> bool:
    """Whether the text prints a line per paragraph: enough lines, nearly all ending a sentence.

    A page exported without blank lines; a first line without a stop above them is no hard
    wrap of the paragraph below, whatever their lengths.
    """
    return _ends_each_line(doc, _body_spans(doc))


def _body_spans(doc: Document) -> list[tuple[int, int]]:
    """The stripped spans of the body lines."""
    return [
        stripped_span(doc.text, line.body_start, line.end)
        for line in doc.lines
        if line.kind == "body"
    ]


def _ends_each_line(doc: Document, spans: list[tuple[int, int]]) -> bool:
    """Whether there are enough lines and nearly every one ends a sentence (none wrapped)."""
    cut = sum(1 for a, b in spans if not ends_sentence(doc.text[a:b]))
    return len(spans) >= _MIN_WRAPPED_LINES and cut < _MIN_CUT_SHARE * len(spans)


def wrap_width(doc: Document) -> int | None:
    """The width the text is hard-wrapped at, or None when lines are not wrapped.

    Wrapped text has most lines close to one width; text with a line per paragraph does not.
    """
    spans = _body_spans(doc)
    # A wrap cuts sentences: when nearly every line ends one, each line is a paragraph.
    if len(spans) < _MIN_WRAPPED_LINES or _ends_each_line(doc, spans):
        return None
    lengths = sorted(b - a for a, b in spans)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    near = [(a, b) for a, b in spans if b - a >= 0.75 * width]
    if len(near) < _WRAPPED_SHARE * len(lengths):
        return None
    # A wrap cuts the lines that reach its width inside a sentence; long lines that each end
    # one are paragraphs of their own, printed a line each between short lines (a speech's
    # "Madame la Présidente," and its dateline).
    ended = sum(1 for a, b in near if ends_sentence(doc.text[a:b]))
    return None if ended > _ENDED_SHARE * len(near) else width
