"""Mark page furniture lines: share buttons, credits, disclaimers, page numbers, repeats.

Besides the listed lines and prefixes, furniture is recognised by its shape: a line of
symbols only ("*****", "|"), a share or language bar ("0 Partages Partager Twitter"), a
navigation line of several "|"-separated links, menu words glued together by the page's
layout ("FinancialGovernment SolutionsLegal"), and the closing furniture of a page: after a
"Voir aussi" / "Press contacts" / "Leave a Reply" label or a wire sign-off ("LR/MAP"),
the short lines that follow (teasers, form fields, contact details) are furniture too.
"""

from __future__ import annotations

import datetime
import functools
import itertools
from collections import Counter
from typing import TYPE_CHECKING, Final

import attrs
import regex

import communique.readings as readings
from communique.document import Line
from communique.gazetteer import gazetteer
from communique.lexicon import LANGUAGES
from communique.lexicon.agreements import agreement_words
from communique.lexicon.common.wire import agencies, agency_states
from communique.lexicon.language import scripts
from communique.lexicon.persons import entry_list, person_vocabulary
from communique.lexicon.structure import (
    StructureVocabulary,
    kind_key,
    line_key,
    structure_vocabulary,
)
from communique.patterncache import compile_pattern, compile_regex
from communique.records import shared_repr
from communique.structure.blocks import mark_blocks
from communique.structure.byline_blocks import byline_blocks
from communique.structure.contents import contents_lines
from communique.structure.counters import counter_runs
from communique.structure.credits import (
    agency_byline,
    below_letterhead,
    in_columns,
    is_contact,
    is_credit,
    letterhead_names,
    linked_agency,
)
from communique.structure.header import broken_date, dateline_span, is_prose
from communique.structure.lines import line_text, stripped_span, units_off_lines
from communique.structure.offers import offer_lines
from communique.structure.party_entries import party_entry
from communique.structure.photo_captions import caption_day, caption_word, credited_caption
from communique.structure.reading import build_unit
from communique.structure.running import running_lines
from communique.structure.shapes import (
    WEB_ADDRESS,
    ends_sentence,
    is_bullet,
    is_terminator,
    last_word,
    lettered,
    parse_marker,
    starts_lowercase,
)
from communique.structure.stamps import PRINT_LAG, stamp_lines
from communique.structure.teasers import teaser_run
from communique.structure.tickers import agency_ticker, glued_ticker, headline_ticker
from communique.structure.wire import mark_wire_tags
from communique.temporal.grammar import phrase_pattern
from communique.wordtrie import fold_name

if TYPE_CHECKING:
    from communique.document import Document, LineKind
    from communique.model import Language

_MAX_CAPTION: Final = 200
"""Longest photo caption read below its credit line."""
__all__ = ["mark_boilerplate"]

_EMPTY_LABEL: Final = compile_regex(r"\p{L}[\p{L} '’.-]{0,20}[ \t]*:")
"""A field's label with nothing after it ("Par :", "By:")."""
"""A site's domain as a page prints it ("French.china.org.cn", "example.com")."""
_FIGURED_DAY: Final = compile_regex(r"\d{1,4}([/.-])\d{1,2}\1\d{1,4}")
"""A day in figures alone, a field of a repost's stamp ("24/07/2024", "2024-07-24")."""

_HEX_ID: Final = compile_regex(r"(?<![\w-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}(?![\w-])")
"""An id of eight hexadecimal characters or more, figures and letters mixed ("660dc0487008c")."""
_MIN_IMAGE_IDS: Final = 2
_MAX_PREFIXED: Final = 300
"""A furniture line starting with a known prefix is short; longer text is content."""
_MAX_NOTICE: Final = 700
"""Longest line a furniture pattern may read whole (a syndicator's notice)."""
_MAX_LISTED: Final = 80
"""Longest furniture line in the lists ("Retour en haut de page", "Informations …")."""
_TWO_WORDS: Final = 2
"""Fewest words of a line read as the other language's furniture: one word may be either's."""
_MAX_PLACE: Final = 30
"""Characters at most of a place's name above a byline."""
_PLACE_WORDS: Final = 3
"""Words at most of that name: a city, a word or three ("New York", "Addis Ababa")."""
_BYLINE_LINES: Final = 8
"""Body lines of the text's top where a place and an agency's byline are looked for."""
_WRAPPED_FURNITURE: Final = 60
"""Characters at least of a furniture line that a wrap cut: no label, a sentence."""
_SENTENCE_INSIDE: Final = compile_regex(r"[.!?][ \t]+\p{Lu}")
"""A sentence's end inside a line and another sentence after it."""
_FIELDS_APART: Final = compile_regex(r"\S[^\n]{0,80}?\S[ \t]{10,}\S[^\n]{0,80}")
"""A line of two fields a wide gap apart above the text: a PDF page's running header, its
issuer on the left and its short title on the right (no headline is so set)."""
_MAX_PAGE_NUMBER: Final = 24
"""Longest page-number line ("- 12 -", "Page 3 sur 12")."""
_TEASER_REACH: Final = 8
"""Lines below a dateline under a rule searched for others (a teasers' list)."""
_TEASER_DATELINES: Final = 2
"""Datelines below one under a rule that make a list of teasers (two signatories' datelines
close a joint statement)."""
_MAX_ALT_TEXT: Final = 120
"""Longest image text printed over its caption."""
_CAPTION_CREDIT: Final = compile_pattern(r"[.!?»\"”][ \t]+\w[\w/ -]{1,30}\Z")
"""A credit after a caption's sentence, ending the line ("… pour un entretien. Keystone")."""
_SITE_NAME_WORDS: Final = 4
"""Words of a site's name after a closing label ("More from The Norland Times")."""
_MIN_REPEAT: Final = 15
"""A repeated one-line block (a headline printed twice) must be at least this long."""
_PROSE_REPEAT: Final = 160
"""A block printed twice this long, of two sentences or more, is a paragraph printed again."""
_MAX_TEASER: Final = 200
"""Closing furniture (teasers, contact lines) is short; a longer line is content again."""
_BYLINE_WORDS: Final = 6
"""Words at most of a byline printed below its label: a name, maybe an agency."""
_PROVIDER_WORDS: Final = 24
"""Words of an issuer's name and its stamp below a wire service's provider label."""
_STAMP_END: Final = compile_pattern(r"\d{1,2}[ \t]?[:h][ \t]?\d\d(?:[ \t]*[A-Z]{1,4})?[ \t]*\Z")
"""The release's time ending the issuer's line ("…12 Mar, 2026, 06:00 ET", « … à 14 h 30 HNE »)."""
_LIST_GAP: Final = 4
"""Lines looked back for a list's previous entry (blank lines printed between entries)."""
_LETTER_ITEM: Final = compile_regex(r"[ \t]*\(([a-zA-Z])\)[ \t]")
"""A list item's bracketed letter: "(c) ", "(C) "."""
_MAX_FOREIGN_LINE: Final = 120
"""Longest line judged by its script: a menu or a date line, not a quoted passage."""
_LETTER: Final = compile_regex(r"\p{L}")
_TAG: Final = compile_regex(r"[(\[][^()\[\]]{1,24}[)\]]\s*")
"""A short tag in brackets before a label ("(Reference) Related Links")."""
_MIN_BAR_FIELDS: Final = 2
"""Fields at least of a page's title bar split by bars ("Articles | RMIPressReleases")."""
_MIN_TAGS: Final = 5
"""Words at least of a line of a post's sorted tags."""
_TAG_WORD: Final = compile_regex(r"\p{Lu}\p{Ll}+")
"""A tag: one capitalised word."""
_NAV_SEGMENT: Final = 40
"""Longest link text of a navigation line ("Home | Links | Search")."""
_NAV_SEPARATORS: Final = ("|", " > ", " › ", " » ", " / ")
_MIN_NAV_ITEMS: Final = 3
_TRAIL_SEPARATORS: Final = (" > ", " › ")
"""Arrows only a breadcrumb prints between its items."""
_MIN_TRAIL_ITEMS: Final = 2
_TRAIL_MARKS: Final = frozenset({"|", ">", "›", "»", "/", "·"})
"""A bullet item holding only one of these is a breadcrumb's or menu's separator."""
_TRAIL_REACH: Final = 2
"""How far a breadcrumb's next item may be (one blank line between)."""
_MIN_GLUES: Final = 3
"""Menu items glued by the layout: at least this many lower-to-upper joins in words."""
_MIN_NAMES: Final = 3
_WORD: Final = compile_regex(r"[\p{L}][\p{L}'’.-]*")
_GLUE: Final = compile_regex(r"\p{Ll}\p{Lu}")
_FONT_BUTTONS: Final = frozenset({"a", "a+", "a-", "a++", "a--"})
"""A page's text size buttons, letters A in a bar of tools."""
_YEAR_SHAPED: Final = compile_regex(r"(?:1[89]|20)\d\d")
"""A number that reads as a year: no share or comment count ("En 2019" is no language bar)."""
_CRUMB: Final = compile_regex(r"[ \t]*([^>›»|\n]{1,40}?)[ \t]*[>›»]")
"""A breadcrumb's first item and its arrow, however spaced: "Home >News >…"."""
_GLUED_FIRST: Final = compile_regex(r"\p{Lu}\p{Ll}+(?=\p{Lu}\p{Ll})")
"""A capitalised word glued to the next one, as a layout glues a trail's links: "HomeNews"."""
_NEAR: Final = 8
"""How many lines around a running header to look for the sentence it breaks."""
_NOTE_START: Final = compile_regex(r"\d{1,2}[ \t]+\S|\d{1,2}(?=\p{Lu}\p{Ll})")
"""A footnote opens with its number: "1 Voir la résolution …", "2See …"."""
_EMPTY_BULLETS: Final = frozenset({"-", "•", "*", "·", "–"})
"""A bullet with no item: a menu's separator once the page is read as a list."""
_MIN_MENU: Final = 4
"""Lines at least of a menu read as a list."""
_MIN_MENU_LINKS: Final = 2
"""Bulleted links at least of a menu read as a list, besides its empty separators."""
_MENU_WORDS: Final = 5
"""Words at most of a menu's bullet item ("- L'aperçu des actualités")."""
_MENU_LABEL_WORDS: Final = 3
"""Words at most of a menu's section label without a bullet ("Actualité")."""
_RULE: Final = compile_regex(r"[-_=*~.•·](?:[ \t]*[-_=*~.•·]){2,}")
"""A rule line: three marks or more, spaced or not ("-----", ". . . . .", "* * *")."""


@shared_repr
@attrs.define(repr=False)
class _Scan:
    """What the scan has seen so far."""

    short_after: list[bool]
    repeated: frozenset[tuple[str, bool]] = frozenset()
    """Keys of the lone lines printed more than once (a gallery's captions)."""
    seen_blocks: set[tuple[str, bool]] = attrs.Factory(set)
    prose: bool = False
    """A line of running prose has been seen: the text has begun."""
    tail: bool = False
    """Inside the closing furniture of a page."""
    ruled: bool = False
    """Right below a rule line that opened the closing furniture (". . . . ." under the
    text), or below the lines in capitals of a signature block under it."""
    notes: bool = False
    """Below a rule line: footnotes until a line that is not one."""
    in_note: bool = False
    """The line above was a footnote, which the next line of its block continues."""
    press_notes: bool = False
    """Below "Notes to editors": the rest of the page is furniture, however long."""
    letterhead: bool = False
    """The line above belongs to a letterhead printed in columns."""
    last_body: int = -1
    """Index of the text's last body line (a glued ticker stands above it)."""
    headed: bool = False
    """A line neither blank nor furniture has been seen: a headline, a header's or the text's."""


def mark_boilerplate(doc: Document) -> Document:
    """Classify furniture lines as ``boilerplate`` or ``page_number``; record them."""
    vocab = structure_vocabulary(doc.lang)
    doc = _split_posts(mark_wire_tags(doc), vocab)
    lines = list(doc.lines)
    scan = _Scan(_short_after(doc, lines), _repeated_blocks(doc, lines))
    scan.last_body = max((i for i, line in enumerate(lines) if line.kind == "body"), default=-1)
    for index, line in enumerate(lines):
        if line.kind == "blank":
            scan.in_note = scan.letterhead = False
        if line.kind != "body":
            continue
        kind = _classify(doc, lines, index, scan, vocab)
        if kind is not None:
            lines[index] = attrs.evolve(line, kind=kind)
    for index in _menu_runs(doc, lines):
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    for index in _tag_runs(doc, lines, vocab):
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    for index in letterhead_names(doc, lines, vocab):
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    for index in byline_blocks(doc, lines):  # "Hon Anna Serel" / "Minister of …"
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    for index in running_lines(doc, lines, vocab):
        lines[index] = attrs.evolve(lines[index], kind="page_number")
    for index in stamp_lines(doc, lines):
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    for index in _places_over_bylines(doc, lines):
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    contents, item_headings = contents_lines(doc, lines)  # a briefing's items, given below
    for index in contents:
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    for index in item_headings:
        lines[index] = attrs.evolve(lines[index], kind="heading")
    for index in teaser_run(doc, lines):
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    for index in offer_lines(doc, lines):  # a paywall's plans and prices
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    for index in _running_fields(doc, lines):
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    widget = [*counter_runs(doc, lines), *_print_stamps(doc, lines), *_piped_stamps(doc, lines)]
    if any(lines[index].kind == "header" for index in widget):
        # "• 2/10/2023" read as a dateline: a field of the page's bar, no header; nor
        # the day a page was printed on.
        kept = units_off_lines(doc, doc.header, [lines[index] for index in widget])
        doc = attrs.evolve(doc, header=tuple(kept))
    for index in widget:
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
    lines, units, signatures = mark_blocks(doc, lines, vocab)
    if units or signatures:
        header = sorted((*doc.header, *units, *signatures), key=lambda u: u.offsets.start(0))
        doc = attrs.evolve(doc, header=tuple(header), closing=(*doc.closing, *signatures))
    furniture = tuple(
        doc.mention(*doc.offsets.span(*stripped_span(doc.text, line.body_start, line.end)))
        for line in lines
        if line.kind in ("boilerplate", "page_number")
    )
    return attrs.evolve(doc, lines=tuple(lines), boilerplate=furniture)


def _piped_stamps(doc: Document, lines: list[Line]) -> list[int]:
    """Header lines that are a repost's stamp in fields between bars.

    "24/07/2024 | Press release | Distributed by X on 25/07/2024 21:16": read as a dated
    header line, it is the distributor's furniture, each field a day, a kind of document
    or what furniture opens (:func:`_piped_furniture`).
    """
    vocab = structure_vocabulary(doc.lang)
    return [
        index
        for index, line in enumerate(lines)
        if line.kind == "header"
        and "|" in (content := line_text(doc, line))
        and _piped_furniture(content, vocab)
    ]


def _classify(
    doc: Document, lines: list[Line], index: int, scan: _Scan, vocab: StructureVocabulary
) -> LineKind | None:
    """The furniture kind of one body line, updating what the scan has seen."""
    content = line_text(doc, lines[index])
    if _lettered_in_sequence(doc, lines, index, content):
        return None  # "(b) …" / "(c) Recovery Support for …" / "(d) …": no copyright sign
    kind = _furniture_kind(content, vocab)
    if kind is None and headline_ticker(content) and _beside_furniture(doc, lines, index, vocab):
        kind = "boilerplate"  # other stories' headlines between bullets, in the page's bars
    if (
        kind is None
        and not scan.prose
        and index < scan.last_body
        and (glued_ticker(content, vocab.sentence_openers) or agency_ticker(content))
    ):
        # other stories' headlines glued into one long line, above the text's first prose
        kind = "boilerplate"
    if kind is None and _furniture_tail(doc, lines, index, content, vocab):
        kind = "boilerplate"  # "A lock … Share sensitive" / "information only on …": its wrap
    if kind is None and _in_bullet_trail(doc, lines, index, content):
        kind = "boilerplate"  # "• Media Statement" between "• |" items: a breadcrumb's link
    if kind is None and _stray_word(doc, lines, index, content, vocab):
        kind = "boilerplate"  # "Publié le …" / "Le" / "© Autre presse": a caption's first word
    if kind is None and _foreign_script(content, doc.lang):
        kind = "boilerplate"  # "Σάββατο 25 Οκτωβρίου 2025" above an English release
    if kind is None and _other_language_furniture(content, doc.lang):
        kind = "boilerplate"  # "• Imprimer la page" under an English release: the site's own
    if kind is None and _below_byline_label(doc, lines, index, content, vocab):
        kind = "boilerplate"  # "Auteur" / "Anna Serel": the article's author
    if kind is None and line_key(content) in vocab.provider_labels:
        kind = "boilerplate"  # "News provided by": a wire service's label
    if kind is None and _below_provider_label(doc, lines, index, content, vocab):
        kind = "boilerplate"  # "News provided by" / the issuer and the release's stamp
    if kind is None and _bare_credit(doc, lines, index, content, vocab):
        kind = "boilerplate"  # "Avec APS" alone under the text or under an "Auteur" label
    if kind is None and _credited_below(doc, lines, index, content, vocab):
        kind = "boilerplate"  # a photo's caption, printed again below with its credit
    if kind is None and _under_credit(doc, lines, index, content, vocab):
        kind = "boilerplate"  # "© AIP" / "Paris : le Président … reçu par …": its caption
    if kind is None and not scan.prose and _doubled_label(content):
        kind = "boilerplate"  # "Media Center Media Center": a menu's label printed twice
    if kind is None and credited_caption(content, vocab, above_text=not scan.headed):
        kind = "boilerplate"  # "X (left) and Y (right) sign … (Photo from …)": a caption
    if (
        kind is None
        and len(content) <= _MAX_CAPTION
        and vocab.trailing_credit.search(content) is not None
    ):
        kind = "boilerplate"  # "… de la Fête nationale. Photo Hammouda": a caption and its credit
    if kind is None and caption_day(doc, lines, index, content, vocab):
        kind = "boilerplate"  # "… à Accra" / "Jeudi 06 novembre 2014. Accra": its day
    if kind is None and caption_word(doc, lines, index, content, vocab):
        kind = "boilerplate"  # "Cérémonie" / "© …" / "Cérémonie d'ouverture …": alt text
    if kind is None and _source_line(doc, lines, index, content, vocab):
        kind = "boilerplate"  # "Report" / "from UN Development Programme": a portal's source
    if kind is None and _running_date(doc, lines, index, vocab):
        kind = "page_number"
    if kind == "page_number" and _year_of_date_above(doc, lines, index, content):
        kind = None  # "24th April" / "2018": a date broken by the line's width
    if kind is None and scan.notes:
        scan.in_note = scan.in_note or _NOTE_START.match(content) is not None
        scan.notes = scan.in_note
        kind = "boilerplate" if scan.in_note else None
    dated = False
    # A related-links list under its label: each item a teaser, however long its summary.
    if (
        kind is None
        and scan.tail
        and (len(content) <= _MAX_TEASER or scan.press_notes or _list_item(content))
    ):
        # A closing sentence ("Fait à Paris, le …") ends the furniture: the text goes on;
        # so does the date closing a signature block below a rule (". . . . ." /
        # "MINISTRY OF FOREIGN AFFAIRS" / "VALMONT" / "31 JULY 2026", or « Valmont, le 11
        # mars 2026 » right under it): the day it was issued.
        dated = scan.ruled and _closing_day(doc, lines, index, content)
        kind = None if vocab.done_at.match(content) or dated else "boilerplate"
    if kind is None and _in_letterhead(content, scan, vocab):
        kind = "boilerplate"
    lone = _is_lone(lines, index)
    if (
        kind is None
        and scan.prose
        and lone
        and _is_caption(content, vocab)
        and parse_marker(content) is None  # "3. Agreement on Cooperation in …": an item
        and lettered(content) is None  # « II. COMPTE RENDU DU CONSEIL … DU 18 JANVIER. »
        and not _closes_list(_previous_text(doc, lines, index))
        and not _in_bullet_run(doc, lines, index, content)
        # "• Secretary General of X." past a page break: a list's last item, no caption
        and not (is_bullet(content) and _past_page_number(doc, lines, index))
        and not entry_list(content, person_vocabulary(doc.lang))  # "H.E. A, …; H.E. B, …"
        and not _between_entries(doc, lines, index, content)
        and not party_entry(content, doc.lang)  # "Malawi Hon. X – Minister of …": an entry
    ):
        kind = "boilerplate"
    if kind is None and lone:
        key = _block_key(content)
        # A speech repeats its salutation ("Mesdames et Messieurs,"): no headline again.
        # Inside the text, each copy of a block printed again is furniture, the first too:
        # a gallery's caption under each photo.
        again = key in scan.seen_blocks or (scan.prose and key in scan.repeated)
        # A paragraph of prose printed again (a standfirst the body repeats) is text both
        # times, as a reader reads it twice; a caption is shorter.
        prose = (
            len(content) >= _PROSE_REPEAT
            and ends_sentence(content)
            and len(readings.sentences(doc, content)) > 1
        )
        # A list's item printed again is the list's ("- For Georgia: Minister X" under two
        # signings), no gallery's caption.
        item = is_bullet(content) > 0
        if (
            again
            and len(key[0]) >= _MIN_REPEAT
            and not content.endswith(",")
            and not prose
            and not item
        ):
            kind = "boilerplate"
        scan.seen_blocks.add(key)
    rule = _RULE.fullmatch(content) is not None
    notes = rule and _NOTE_START.match(_next_text(doc, lines, index)) is not None
    # The closing furniture comes after the text; a rule line opens it when nothing long
    # follows, or opens the footnotes of a page when a numbered note follows.
    opens = _opens_tail(content, vocab, doc.lang) or (
        rule and not notes and scan.short_after[index]
    )
    if kind is None and scan.prose and opens:
        kind = "boilerplate"  # the label itself ("Étiquettes", "Related Articles")
    # The day of a signature block is text, and the furniture goes on below it.
    scan.tail = (scan.prose and opens) or (scan.tail and (kind is not None or dated))
    # A signature block below the rule prints its body and place in capitals, then its day.
    signing = scan.ruled and content.isupper() and not dated
    scan.ruled = scan.tail and ((rule and scan.prose) or signing)
    scan.press_notes = scan.tail and (
        scan.press_notes
        or line_key(content) in vocab.end_labels
        or vocab.end_pattern.fullmatch(content.strip()) is not None
        or _agency_signoff().fullmatch(content) is not None
    )
    scan.notes = scan.notes or (scan.prose and notes)
    scan.prose = scan.prose or (kind is None and is_prose(content))
    scan.headed = scan.headed or kind is None
    return kind


_COUNTED_TAG: Final = compile_pattern(r"[^\W\d_][\w'’-]*[ \t]+\(\d{1,7}\)[ \t]*,?")
"""A category and its count in brackets: "Politique (27521),"."""
_MIN_COUNTED_TAGS: Final = 2
"""Categories at least, each with its count, on a post's categories line."""
_MIN_HASHTAGS: Final = 2
"""Hashtags at least on a line of a post's tags ("#A la une #Actualité")."""
_COUNTED_REST: Final = 3
"""Words at most besides a categories line's tags: a day and a count ("2 Décembre 9")."""
_DOUBLED_WORDS: Final = (2, 4)
"""Words at least and at most of a label printed twice on its line."""


def _stray_word(
    doc: Document, lines: list[Line], index: int, content: str, vocab: StructureVocabulary
) -> bool:
    """Whether a line is one linking word alone, in a block of its own or under the head.

    A page's layout may leave an article or a preposition on a line of its own ("Le"
    between a stamp and a photo's credit): it opens no sentence, the line below does not go
    on in lower case, and the line above is no text it ends.
    """
    if content.strip().casefold() not in vocab.connectors:
        return False
    above = lines[index - 1] if index else None
    if above is not None and above.kind == "body":
        return False
    below = _next_text(doc, lines, index)
    return not below or not starts_lowercase(below)


def _below_byline_label(
    doc: Document, lines: list[Line], index: int, content: str, vocab: StructureVocabulary
) -> bool:
    """Whether a short line without a stop stands right below a byline's label ("Auteur")."""
    if index == 0 or lines[index - 1].kind != "boilerplate" or ends_sentence(content):
        return False
    if len(content.split()) > _BYLINE_WORDS:
        return False
    return line_key(line_text(doc, lines[index - 1])) in vocab.byline_labels


def _below_provider_label(
    doc: Document, lines: list[Line], index: int, content: str, vocab: StructureVocabulary
) -> bool:
    """Whether a line without a stop stands below a wire service's provider label.

    "News provided by" / "Office of the Minister of Trade12 Mar, 2026, 06:00 ET", «
    Nouvelles fournies par » / « Cabinet de la ministre …21 janv, 2016, 06:00 ET »: the
    issuer's name glued to the release's stamp, furniture (``provider_labels``).
    """
    if ends_sentence(content) or len(content.split()) > _PROVIDER_WORDS:
        return False
    if _STAMP_END.search(content) is None:
        return False  # "Distributed by" / a sentence's wrapped start: no issuer's stamp
    above = index - 1
    while above >= 0 and lines[above].kind == "blank":
        above -= 1
    if above < 0 or lines[above].kind != "boilerplate":
        return False
    return line_key(line_text(doc, lines[above])) in vocab.provider_labels


def _bare_credit(
    doc: Document, lines: list[Line], index: int, content: str, vocab: StructureVocabulary
) -> bool:
    """Whether a capitalised line of a news agency after its link stands apart as a credit.

    "Avec APS" under a blank line or a furniture label ("Auteur"), above a blank line or the
    end: the article's credit. "… dans un entretien" / "avec APS." wraps a sentence.
    """
    if not content[:1].isupper() or not linked_agency(content, vocab):
        return False
    above = index == 0 or lines[index - 1].kind in ("blank", "boilerplate")
    below = index + 1 == len(lines) or lines[index + 1].kind == "blank"
    return above and below


def _closing_day(doc: Document, lines: list[Line], index: int, content: str) -> bool:
    """Whether a line below a rule gives the day a release was issued.

    A day alone ("31 JULY 2026") or a dateline (« Orlan, le 11 mars 2026 »), unless more
    datelines follow it: a list of teasers, each dated.
    """
    if _whole_day(doc, content):
        return True
    if not _is_dateline(doc, content):
        return False
    below = lines[index + 1 : index + _TEASER_REACH]
    others = sum(_is_dateline(doc, line_text(doc, line)) for line in below if line.kind == "body")
    return others < _TEASER_DATELINES


def _is_dateline(doc: Document, content: str) -> bool:
    """Whether a line is a dateline: « Orlan, le 11 mars 2026 », "Orlan, 11 March 2026".

    Below a rule, one closes a release; several in a row date a list of teasers.
    """
    return dateline_span(content, 0, len(content), doc.lang) is not None


def _whole_day(doc: Document, content: str) -> bool:
    """Whether a line is one day and nothing else ("31 JULY 2026", « 3 mars 2026 »)."""
    return readings.only_date(doc, content, "date")


def _running_fields(doc: Document, lines: list[Line]) -> list[int]:
    """The lines above the text's first sentence that are two fields a wide gap apart.

    A PDF page's running header sets its issuer on the left and its short title on the
    right ("EAST AFRICAN COMMUNITY            Joint Communiqué, 19th Ordinary Summit"); a
    reference and a dateline so set ("Ref. 12/2026          Valmont, 3 May 2026") date the
    text and stay, and signatures side by side close it, below its sentences.
    """
    found: list[int] = []
    for index, line in enumerate(lines):
        if line.kind != "body":
            continue
        content = line_text(doc, line)
        if ends_sentence(content) or is_prose(content):
            break
        if _FIELDS_APART.fullmatch(content) and not readings.found_dates(doc, content):
            found.append(index)
    return found


def _print_stamps(doc: Document, lines: list[Line]) -> list[int]:
    """The lines above the text that are one day well after the day its metadata states.

    A page prints the day it was shown or saved above the release ("Fri. Jun 2nd, 2028"
    over "Valmont, 19/06/2026", under a front matter dated 19 June 2026): furniture, no
    date of the text (a day before the stated one, or up to ``PRINT_LAG`` days after it,
    may be the dateline's own).
    """
    stated = doc.reference_date
    if not doc.date_stated or stated is None:
        return []
    found: list[int] = []
    for index, line in enumerate(lines):
        if line.kind not in ("header", "body"):
            continue
        content = line_text(doc, line)
        if not _whole_day(doc, content):
            if is_prose(content):
                break  # the text has begun
            continue
        value = readings.found_dates(doc, content)[0].meaning.value or ""
        if datetime.date.fromisoformat(value) - stated > datetime.timedelta(PRINT_LAG):
            found.append(index)
    return found


def _under_credit(
    doc: Document, lines: list[Line], index: int, content: str, vocab: StructureVocabulary
) -> bool:
    """Whether the line is a photo's caption printed right below the photo's credit.

    "© AIP" / "Paris: le Président ivoirien reçu par son homologue à l'Élysée" / "Abidjan -
    Les présidents …": a line with no full stop, right under a credit line that is already
    furniture, with more text below it in the block or after a blank line.
    """
    if index == 0 or lines[index - 1].kind != "boilerplate" or len(content) > _MAX_CAPTION:
        return False
    if ends_sentence(content) or index + 1 >= len(lines):
        return False
    above = line_text(doc, lines[index - 1])
    return vocab.credit_marks.match(above) is not None


def _foreign_script(content: str, language: Language) -> bool:
    """Whether a short line is written mostly in a script the language does not use.

    A blog's date line in Greek or a site's menu in Korean above an English or French
    text: most of its letters are in another script. A long line may be a quoted passage.
    """
    own = scripts(language)
    if not own or len(content) > _MAX_FOREIGN_LINE:
        return False
    letters = _LETTER.findall(content)
    if not letters:
        return False
    native = _script_letters(own).findall(content)
    return len(native) * 2 < len(letters)


def _other_language_furniture(content: str, language: Language) -> bool:
    """Whether a line is page furniture in the other shipped language, of two words or more.

    A site whose menus are French keeps them under an English release it carries
    ("• Diminuer la taille du texte", "• Imprimer la page"), and an English site's around a
    French one (a portal's tagline "Informing humanitarians worldwide 24/7 — …"): its lines
    and prefixes, not its patterns (a byline's "… Bureau" is a French heading's « Bureau »).
    A single word ("Date", « Photo ») may be the text's own in either language.
    """
    bare = content[is_bullet(content) :].strip()
    if len(bare) > _MAX_LISTED or len(bare.split()) < _TWO_WORDS:
        return False
    key = line_key(bare)
    for other in LANGUAGES:
        if other == language:
            continue
        vocab = structure_vocabulary(other)
        if key in vocab.boilerplate_lines or vocab.boilerplate_prefix.match(bare):
            return True  # « Informing humanitarians worldwide 24/7 — … » over a French report
    return False


@functools.cache
def _script_letters(names: tuple[str, ...]) -> regex.Pattern[str]:
    return compile_regex("|".join(rf"\p{{Script={name}}}" for name in names))


def _in_letterhead(content: str, scan: _Scan, vocab: StructureVocabulary) -> bool:
    """Whether a line is printed in columns with contact details, or names the issuer so.

    Above the text, a letterhead's name in two languages and a capitals line right below it
    (the name in a third) are furniture too.
    """
    if scan.prose:
        return in_columns(content, vocab, _furniture_kind, head=False)
    scan.letterhead = in_columns(content, vocab, _furniture_kind, head=True) or (
        scan.letterhead and below_letterhead(content)
    )
    return scan.letterhead


def _lettered_in_sequence(doc: Document, lines: list[Line], index: int, content: str) -> bool:
    """Whether a line opens with a bracketed letter that a neighbour's letter comes next to.

    An agenda's "(c) Recovery Support for …" between "(b) …" and "(d) …" is an item, not
    the copyright sign "(c)" that opens a credit line.
    """
    marker = _LETTER_ITEM.match(content)
    if marker is None:
        return False
    letter = ord(marker.group(1))
    before = _LETTER_ITEM.match(_previous_text(doc, lines, index))
    after = _LETTER_ITEM.match(_next_text(doc, lines, index))
    return (before is not None and ord(before.group(1)) == letter - 1) or (
        after is not None and ord(after.group(1)) == letter + 1
    )


def _between_entries(doc: Document, lines: list[Line], index: int, content: str) -> bool:
    """Whether the line is an entry of a list going on around it, the next one alike.

    "H.E. X, President of …" / "H.E. Y, Vice-President of … ." / "H.E. Z, Minister …": an
    attendance list's item that ends with a stray full stop is no photo's caption (the line
    above ends no sentence, the next opens with the same word and ends none either).
    """
    previous, following = _previous_text(doc, lines, index), _next_text(doc, lines, index)
    if not previous.strip() or not following.strip() or ends_sentence(previous):
        return False
    return following.split(maxsplit=1)[0] == content.split(maxsplit=1)[0] and not ends_sentence(
        following
    )


def _next_text(doc: Document, lines: list[Line], index: int) -> str:
    """The text of the next body line, or ""."""
    following = next((x for x in lines[index + 1 : index + 4] if x.kind == "body"), None)
    return "" if following is None else line_text(doc, following)


def _previous_text(doc: Document, lines: list[Line], index: int) -> str:
    """The text of the previous body line, or "" (blank lines between them skipped)."""
    before = lines[max(0, index - _LIST_GAP) : index]
    previous = next((x for x in reversed(before) if x.kind == "body"), None)
    return "" if previous is None else line_text(doc, previous)


def _closes_list(previous: str) -> bool:
    """Whether a line is the last entry of a list whose items end with semicolons.

    "- S.E.M. X, Président du Niger ;" / "- S.E.M. Y, Président du Tchad.", "The Agreement
    on Fisheries;" / "The Memorandum of Understanding on Trade.": the entry of names and
    offices, or of titles, ends the sentence the list is, no photo's caption.
    """
    return previous.rstrip().endswith(";")


def _in_bullet_run(doc: Document, lines: list[Line], index: int, content: str) -> bool:
    """Whether a bullet item has another item above or below it: a list's, no caption.

    "- The Situation in Kalvora." / "- The Issue of Refugees.": an agenda's items in title
    case read like captions of names, one by one.
    """
    if is_bullet(content) <= 0:
        return False
    around = (_previous_text(doc, lines, index), _next_text(doc, lines, index))
    return any(is_bullet(text) > 0 for text in around)


def _split_posts(doc: Document, vocab: StructureVocabulary) -> Document:
    """Split the attribution of an embedded post from the post's text, as a header line.

    Pasted pages keep a tweet on one line: its text, then "pic.twitter.com/… — Author
    (@handle) October 20, 2020". The text is content; the attribution dates it.
    """
    lines: list[Line] = []
    units = []
    for line in doc.lines:
        match = None
        if line.kind == "body":
            match = vocab.post_attribution.search(doc.text, line.body_start, line.end)
        if match is None or not doc.text[line.body_start : match.start()].strip():
            lines.append(line)
            continue
        text_end = stripped_span(doc.text, line.body_start, match.start())[1]
        lines.append(attrs.evolve(line, end=text_end))
        lines.append(Line(match.start(), line.end, "header"))
        span = stripped_span(doc.text, match.start(), line.end)
        units.append(build_unit(doc, "header", [span])[0])
    if not units:
        return doc
    header = sorted((*doc.header, *units), key=lambda unit: unit.offsets.start(0))
    return attrs.evolve(doc, lines=tuple(lines), header=tuple(header))


def _short_after(doc: Document, lines: list[Line]) -> list[bool]:
    """For each line, whether every body line after it is teaser-sized."""
    result = [True] * len(lines)
    short = True
    for index in range(len(lines) - 1, -1, -1):
        result[index] = short
        line = lines[index]
        if line.kind == "body" and len(line_text(doc, line)) > _MAX_TEASER:
            short = False
    return result


def _list_item(text: str) -> bool:
    """Whether a line opens with a bullet or a printed number ("- …", "3. …")."""
    return is_bullet(text) > 0 or parse_marker(text) is not None


def _repeated_blocks(doc: Document, lines: list[Line]) -> frozenset[tuple[str, bool]]:
    """Keys of the lone body lines (blank lines around) printed more than once."""
    counts = Counter(
        _block_key(line_text(doc, line))
        for index, line in enumerate(lines)
        if line.kind == "body" and _is_lone(lines, index)
    )
    return frozenset(key for key, count in counts.items() if count > 1)


def _block_key(content: str) -> tuple[str, bool]:
    """What makes two lone lines copies of one block: their words, and their capitals.

    A caption printed under each photo is printed alike; an agenda's item printed again in
    capitals heads its section (« Projets de décrets » / « PROJETS DE DÉCRETS »).
    """
    return line_key(content), content.isupper()


def _credited_below(
    doc: Document, lines: list[Line], index: int, content: str, vocab: StructureVocabulary
) -> bool:
    """Whether the next line prints this one again with a credit: both are a photo's caption.

    "Les deux ministres à Valmont." over "Les deux ministres à Valmont. © MAE": a page
    prints the image's text, then its caption with the photographer's credit; or another
    short sentence over a caption closed by its agency's credit.
    """
    below = index + 1
    if below >= len(lines) or lines[below].kind != "body":
        return False
    text = line_text(doc, lines[below])
    if _furniture_kind(text, vocab) is None:
        return False
    if len(text) > len(content) and text.startswith(content):
        return True
    # "X with King Y." over "King Y welcomes X in Brussels. Keystone": the image's text,
    # then its caption with the agency's credit, the two lines a block of their own.
    alone = (index == 0 or lines[index - 1].kind == "blank") and (
        below + 1 >= len(lines) or lines[below + 1].kind == "blank"
    )
    return (
        alone
        and len(content) <= _MAX_ALT_TEXT
        and ends_sentence(content)
        and _CAPTION_CREDIT.search(text) is not None
    )


def _source_line(
    doc: Document, lines: list[Line], index: int, content: str, vocab: StructureVocabulary
) -> bool:
    """Whether the line is a portal's content type or the source line printed under it.

    "Report" / "from UN Development Programme, UN High Commissioner for Refugees": a
    content type (a kind label) alone on its line, then the line opening in lower case with
    ``source_openers``; neither is text.
    """
    below = index + 1
    if vocab.source_opener.match(content) is not None and index > 0:
        above = lines[index - 1]
        return above.kind != "blank" and _is_kind_label(line_text(doc, above), vocab)
    if below >= len(lines) or lines[below].kind == "blank":
        return False
    return _is_kind_label(content, vocab) and (
        vocab.source_opener.match(line_text(doc, lines[below])) is not None
    )


def _is_kind_label(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a short line is a kind of document alone ("Report", « Communiqué de presse »)."""
    return len(text) <= _MAX_LISTED and kind_key(text, vocab) in vocab.kind_labels


def _places_over_bylines(doc: Document, lines: list[Line]) -> list[int]:
    """An agency's byline near the top, and a place's name alone above it: furniture.

    "Ankara" / "AA / Istanbul": where the story was filed, then the agency and its
    writer's city, between the headline's summary and the text, a blank line between them
    or none. Only among the text's first lines (furniture not counted): a byline's shape
    further down ("AA / Stable", a rating) is text.
    """
    found: list[int] = []
    body = [i for i, line in enumerate(lines) if line.kind == "body"][:_BYLINE_LINES]
    for position, byline_at in enumerate(body):
        text = line_text(doc, lines[byline_at]).strip()
        if is_prose(text) and not is_bullet(text):
            break  # the text has opened: a byline is above it (a summary's dash is not text)
        if not agency_byline(text):
            continue
        found.append(byline_at)
        place_at = body[position - 1] if position > 0 else None
        between = range(place_at + 1, byline_at) if place_at is not None else range(0)
        if place_at is None or any(lines[i].kind != "blank" for i in between):
            continue
        place = line_text(doc, lines[place_at]).strip()
        words = place.split()
        if (
            len(place) <= _MAX_PLACE
            and 0 < len(words) <= _PLACE_WORDS
            and all(word[:1].isupper() and word.isalpha() for word in words)
        ):
            found.append(place_at)
    return found


def _beside_furniture(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> bool:
    """Whether the line right above or below, no blank line between, is furniture by its words.

    A news ticker sits among the page's bars ("You are here: Home"); a line of items
    between bullets inside the text has prose or a blank line around it.
    """
    return any(
        0 <= neighbour < len(lines)
        and lines[neighbour].kind in ("body", "boilerplate")
        and _furniture_kind(line_text(doc, lines[neighbour]), vocab) is not None
        for neighbour in (index - 1, index + 1)
    )


def _furniture_tail(
    doc: Document, lines: list[Line], index: int, content: str, vocab: StructureVocabulary
) -> bool:
    """Whether the line ends, in lower case, a furniture line cut by the wrap right above.

    "A lock ( ) or https:// means you've safely connected to the .gov website. Share
    sensitive" / "information only on official, secure websites.": a full line of furniture
    by its own words that ends mid-sentence, and the one sentence's end below it, full stop
    or not when a sentence opens below it. Text going on past that end is no furniture's.
    """
    if index == 0 or lines[index - 1].kind != "boilerplate" or not starts_lowercase(content):
        return False
    if _SENTENCE_INSIDE.search(content) is not None:
        return False
    if not ends_sentence(content) and not _sentence_below(doc, lines, index):
        return False  # the end lost its full stop: the text's sentence opens on the next line
    above = line_text(doc, lines[index - 1])
    return (
        len(above) >= _WRAPPED_FURNITURE
        and not ends_sentence(above)
        and _furniture_kind(above, vocab) is not None
    )


def _sentence_below(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line right below opens a sentence: a blank line, or a capital."""
    if index + 1 >= len(lines) or lines[index + 1].kind != "body":
        return True
    below = line_text(doc, lines[index + 1])
    return not starts_lowercase(below)


def _running_date(doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary) -> bool:
    """A date printed alone inside a sentence broken by a page: a running header or footer.

    The line above does not end its sentence and the line below goes on in lower case.
    """
    line = lines[index]
    content = line_text(doc, line)
    if len(content) > _MAX_LISTED or not any(char.isdigit() for char in content):
        return False
    if dateline_span(doc.text, line.start, line.end, doc.lang) is None:
        return False
    # Only the lines near it: the broken sentence sits right around a running header.
    near = range(max(0, index - _NEAR), index)
    above = next((lines[i] for i in reversed(near) if lines[i].kind == "body"), None)
    below = next(
        (
            lines[i]
            for i in range(index + 1, min(len(lines), index + _NEAR))
            if lines[i].kind == "body" and _furniture_kind(line_text(doc, lines[i]), vocab) is None
        ),
        None,
    )
    if above is None or below is None:
        return False
    return not ends_sentence(line_text(doc, above)) and starts_lowercase(line_text(doc, below))


def _year_of_date_above(doc: Document, lines: list[Line], index: int, content: str) -> bool:
    """Whether a year alone on its line ends the date that the line right above opens."""
    if index == 0 or lines[index - 1].kind == "blank":
        return False
    return broken_date(line_text(doc, lines[index - 1]), content, doc.lang)


def _opens_tail(content: str, vocab: StructureVocabulary, language: Language) -> bool:
    """Whether the line opens the closing furniture of a page (related links, contacts).

    A site's theme may print its labels in another language than the text's ("Related Posts"
    under a French report): those of two words or more open it too.
    """
    bare = content[is_bullet(content) :].strip()
    # "(Reference) Related Links", "[Voir aussi] Liens utiles": a bracketed tag before the label.
    tag = _TAG.match(bare)
    bare = bare[tag.end() :] if tag is not None and tag.end() < len(bare) else bare
    listed = len(bare) <= _MAX_LISTED and (
        line_key(bare) in vocab.tail_lines
        or _label_then_name(bare, vocab)
        or _other_language_tail(bare, language)
    )
    # A wire credit ends the copy: "(Reporting by …)" / "Our Standards: …" below it.
    return (
        listed
        or vocab.tail_pattern.fullmatch(bare) is not None
        or _agency_signoff().fullmatch(content) is not None
        or is_credit(content, vocab)
    )


def _other_language_tail(bare: str, language: Language) -> bool:
    """Whether a line of two words or more opens the closing furniture in another language."""
    if len(bare.split()) < _TWO_WORDS:
        return False  # « Liens » alone may head the text's own list
    key = line_key(bare)
    return any(
        key in structure_vocabulary(other).tail_lines for other in LANGUAGES if other != language
    )


def _label_then_name(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a closing label ending on "from" is followed by a site's name alone.

    "More From Valmont Today", « Plus d'articles de Valmont Matin »: the label of the site's
    teasers below the text, then the site's capitalised name (a few words).
    """
    words = text.split()
    for count in range(1, min(_SITE_NAME_WORDS, len(words) - 1) + 1):
        label, name = words[:-count], words[-count:]
        if label[-1].casefold() not in vocab.tail_name_links:
            continue
        if (
            all(word[0].isupper() for word in name)
            and line_key(" ".join(label)) in vocab.tail_lines
            and not _names_party(" ".join(name))
        ):
            return True
    return False


def _names_party(name: str) -> bool:
    """Whether a name is a party's ("Latest news from Kalvora" heads the text's own news)."""
    return any(gazetteer(code).key_of(name) is not None for code in LANGUAGES)


@functools.cache
def _agency_signoff() -> regex.Pattern[str]:
    """A news agency's name after two hyphens or a dash, alone on its line: the copy ends.

    "-- BERNAMA", "— NNN-BERNAMA".

    Only a known agency (``agencies``, ``agency_states`` of ``common/wire.toml``): "-- WHO"
    in a list, or a continuation mark ("-- MORE"), ends nothing.
    """
    names = phrase_pattern((*agencies(), *agency_states()))
    # "— NNN-BERNAMA": an em dash, and a pool's prefix glued to the agency's name.
    return compile_regex(rf"[ \t]*(?:--|—)[ \t]*(?:[A-Z]{{2,5}}-)?(?i:{names})[ \t]*")


# Cached: a line is classified again as the neighbour of a running date, and pages repeat
# their furniture.
@functools.lru_cache(maxsize=4096)
def _furniture_kind(content: str, vocab: StructureVocabulary) -> LineKind | None:
    if len(content) > _MAX_PREFIXED:
        # a long notice that a furniture pattern reads whole ("/Public Release. This material
        # from the originating organization/author(s) …"): the patterns are bounded
        long_notice = len(content) <= _MAX_NOTICE and vocab.furniture_pattern.fullmatch(content)
        return "boilerplate" if long_notice else None
    bare = content[is_bullet(content) :].strip()
    if _is_symbols(content) or (bare != content and _is_symbols(bare)):
        return "boilerplate"
    if len(bare) <= _MAX_LISTED and line_key(bare) in vocab.boilerplate_lines:
        return "boilerplate"
    if len(bare) <= _MAX_LISTED and vocab.date_label_line.fullmatch(bare):
        return "boilerplate"  # "Prononcé le", "Published:": a page's date field left empty
    if vocab.boilerplate_prefix.match(bare) or vocab.furniture_pattern.fullmatch(bare):
        return "boilerplate"
    if bare != content and vocab.furniture_pattern.fullmatch(content):  # "- Advertisement -"
        return "boilerplate"
    if "|" in bare and (_piped_furniture(bare, vocab) or _one_word_fields(bare)):
        return "boilerplate"
    if len(content) <= _MAX_PAGE_NUMBER and vocab.page_number.fullmatch(content):
        return "page_number"
    if _is_widget_bar(bare, vocab) or _is_navigation(bare, vocab) or is_credit(content, vocab):
        return "boilerplate"
    if _image_tags(bare):
        return "boilerplate"  # "malijet 660dc0487008c malijet 6604835a6c5b2 communique …"
    if _sorted_tags(bare):
        return "boilerplate"  # "Defence Diplomacy Economy News Politics": a post's tags
    if _counted_tags(bare):
        return "boilerplate"  # "2 Décembre 9 Photos (4470), Politique (27521),": categories
    if bare.startswith("#") and bare.count("#") >= _MIN_HASHTAGS and not ends_sentence(bare):
        return "boilerplate"  # "#A la une #Actualité": a post's hashtags
    if len(bare) <= _MAX_TEASER and is_contact(bare, vocab) and not is_prose(bare):
        return "boilerplate"  # "Rue … 175 – 1048 BRUSSELS – Tel.: +32 …", "press@… – www.…"
    return None


def _counted_tags(text: str) -> bool:
    """Whether a line lists a post's categories with their counts, maybe after its day.

    "2 Décembre 9 Photos (4470), Politique (27521),": two categories or more, each a word
    and its count in brackets; besides them only a day and figures (the comments' count).
    """
    tags = _COUNTED_TAG.findall(text)
    if len(tags) < _MIN_COUNTED_TAGS:
        return False
    rest = _COUNTED_TAG.sub(" ", text).split()
    # "Senegal (850), Ghana (620)": a list of figures, no page's day or count beside it
    dated = any(word.isdigit() for word in rest)
    return dated and len(rest) <= _COUNTED_REST and not any(w.endswith(".") for w in rest)


def _doubled_label(text: str) -> bool:
    """Whether a line is one capitalised label of two to four words printed twice in a row.

    A site's menu crumb and its heading glued by the extraction: "Media Center Media
    Center", « Salle de presse Salle de presse ». No headline repeats its own words so.
    Read above the text only; two columns of a signature block ("Prime Minister    Prime
    Minister") hold their offices.
    """
    if "  " in text.strip() or "\t" in text:
        return False  # "Minister of X    Minister of X": a signature block's two columns
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 or not _DOUBLED_WORDS[0] <= half <= _DOUBLED_WORDS[1]:
        return False
    return words[:half] == words[half:] and words[0][:1].isupper()


def _sorted_tags(text: str) -> bool:
    """Whether a line lists a post's tags or categories: capitalised words in alphabetical order.

    A blog prints a post's categories above or below it, one word each, sorted ("Defence
    Diplomacy Economy News Politics"); a headline's words (no linking word, no stop) are
    in alphabetical order only by chance, one in 120 for five words.
    """
    words = text.split()
    if len(words) < _MIN_TAGS or not all(_TAG_WORD.fullmatch(word) for word in words):
        return False
    if any(word in _headline_verbs() for word in words):
        return False  # "Kalvora Norland Orlan Sign Trade Treaty": a headline, states in order
    keys = [fold_name(word) for word in words]  # « Économie » sorts as "economie"
    breaks = [i for i in range(1, len(keys)) if keys[i - 1] >= keys[i]]
    if not breaks:
        return True
    # A tag of two words sorts as one, the order broken inside it ("… Economy Global
    # Affairs Politics") or after it ("… Diplomatic Global News Government"); one such tag
    # at most, in a longer line.
    if len(breaks) > 1 or len(words) <= _MIN_TAGS:
        return False
    cut = breaks[0]
    for first in (cut - 1, cut - 2):
        if first >= 0:
            tags = [*keys[:first], f"{keys[first]} {keys[first + 1]}", *keys[first + 2 :]]
            if all(a < b for a, b in itertools.pairwise(tags)):
                return True
    return False


@functools.cache
def _headline_verbs() -> frozenset[str]:
    """The verbs a Title Case headline capitalises ("Sign", "Welcomes"), every language."""
    return frozenset(agreement_words("headline_verbs"))


def _one_word_fields(text: str) -> bool:
    """Whether bars split the line into fields of one word each: a page's section and site.

    "Articles | RMIPressReleases", "News | Kalvora": a page's title bar, no headline (a
    headline's field has words: "Joint Statement | Ministry of Foreign Affairs").
    """
    fields = [field.strip() for field in text.split("|")]
    return len(fields) >= _MIN_BAR_FIELDS and all(
        field and len(field.split()) == 1 for field in fields
    )


def _piped_furniture(text: str, vocab: StructureVocabulary) -> bool:
    """Fields of a page's masthead between bars, each furniture.

    "Par :  |  Mots clés : Guinée-Sénégal", "Example.org | Mis à jour le 26-05-2024",
    "Xinhua | Updated: 2026-03-02 20:35", "24/07/2024 | Press release | Distributed by X
    on 25/07/2024 21:16": an empty field's label, a site's domain, a news agency, a day in
    figures, a kind of document, and at least one field that furniture opens.
    """
    fields = [field.strip() for field in text.split("|")]
    opened = False
    agency = _agency_field(vocab)
    for field in fields:
        if (
            not field
            or _EMPTY_LABEL.fullmatch(field)
            or WEB_ADDRESS.fullmatch(field)
            or agency.fullmatch(field)
            or _FIGURED_DAY.fullmatch(field)
            or _is_kind_label(field, vocab)
        ):
            continue
        if not vocab.boilerplate_prefix.match(field):
            return False
        opened = True
    return opened


@functools.cache
def _agency_field(vocab: StructureVocabulary) -> regex.Pattern[str]:
    """A news agency's name alone, a field of a page's masthead."""
    return compile_regex(rf"(?i:{vocab.agencies})")


def _past_page_number(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a list's item stands above a page's number a few lines above ``index``.

    "• … Commission; and" / "1" / "<running header>" / "• Secretary General of X.": the list
    goes on past the page break (a number of three figures at most, no year).
    """
    seen = 0
    for above in range(index - 1, -1, -1):
        if lines[above].kind == "blank":
            continue
        text = line_text(doc, lines[above]).strip()
        if text.isdigit() and len(text) <= _PAGE_DIGITS:
            return _list_item_above(doc, lines, above)
        seen += 1
        if seen > _PAGE_BREAK_LINES:
            return False
    return False


def _list_item_above(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the text line above ``index`` is a bullet item or goes on a list (";", "and")."""
    text = _previous_text(doc, lines, index).strip()
    connectors = structure_vocabulary(doc.lang).connectors
    return bool(is_bullet(text)) or text.endswith(";") or last_word(text) in connectors


_PAGE_DIGITS: Final = 3
"""Figures at most of a page's number."""
_PAGE_BREAK_LINES: Final = 2
"""Lines at most between a page's number and the first line of the next page (a header)."""


def _is_caption(text: str, vocab: StructureVocabulary) -> bool:
    """A photo caption of names and offices: capitalised words and a few linking words.

    It ends with a full stop (a heading does not), and has no verb or other lower-case word.
    """
    if len(text) > _MAX_TEASER or not text.endswith(".") or vocab.done_at.match(text):
        return False  # "Done at Kalvora, on 14 March 2025." closes the text: no caption
    words = _WORD.findall(text)
    if words and words[0].casefold() in vocab.caption_joins:
        return False  # "And His Excellency Mr X, Secretary General …": a list's last entry
    if words and words[0].casefold() in vocab.exchange_openers:
        return False  # « Avec X, Président de Y. »: the label of one of several calls
    lower = [w for w in words if not w[0].isupper()]
    names = len(words) - len(lower)
    key = {w.replace("’", "'").casefold() for w in lower}
    return names >= _MIN_NAMES and all(w in vocab.caption_words for w in key)


def _image_tags(text: str) -> bool:
    """Whether a line is a page's image names or tags: lower-case words and hexadecimal ids.

    A scraped page keeps the names of its images, "malijet 660dc0487008c malijet
    6604835a6c5b2 communique conseil …": two ids of letters and figures mixed, and no
    capital nor sentence mark anywhere; no reader's text.
    """
    if text != text.casefold() or any(mark in text for mark in ".,;:!?"):
        return False
    return len(_HEX_ID.findall(text)) >= _MIN_IMAGE_IDS


def _is_symbols(text: str) -> bool:
    """A line of punctuation only ("*****", "|", ","), but not the end mark "./."."""
    return not any(char.isalnum() for char in text) and not is_terminator(text)


def _is_widget_bar(text: str, vocab: StructureVocabulary) -> bool:
    """A share, social or language bar: only widget words and counts.

    Maybe with the page's date stamp after two widget words at least ("Facebook Twitter
    YouTube Friday, May 10, 2026": the day the page was shown, not the text's).
    """
    named = 0
    # Word by word, so that a line of prose stops at its first word that is no widget.
    for match in _WIDGET_WORD.finditer(text):
        word = match.group().casefold()
        if word.isdigit():
            if _YEAR_SHAPED.fullmatch(word):
                return named >= _MIN_STAMPED_WIDGETS and _stamp_from(text, match.start())
            continue
        if word in _FONT_BUTTONS:
            continue  # "Envoyer [A A]", "Print A+ A-": the text size buttons beside the tools
        if _LOCALE.fullmatch(word):
            named += 1  # "en-GB1 ru-RU1": a language switch's locales
            continue
        if word not in vocab.widget_words:
            return named >= _MIN_STAMPED_WIDGETS and _stamp_from(text, match.start())
        named += 1
    return named > 0


_WIDGET_WORD: Final = compile_regex(r"[^\s|•·/,:\[\]]+")
"""A widget bar's word, between spaces, bars, bullets, slashes and brackets ("[English]")."""
_LOCALE: Final = compile_regex(r"[a-z]{2}-[a-z]{2}\d{0,2}")
"""A locale's code as a language switch prints it, case-folded: "en-gb", "ru-ru1"."""
_MIN_STAMPED_WIDGETS: Final = 2
"""Widget words before a date stamp that make a bar of the line."""


def _stamp_from(text: str, start: int) -> bool:
    """Whether ``text`` from ``start`` to its end is a date stamp, in a shipped language."""
    return any(dateline_span(text, start, len(text), language) for language in LANGUAGES)


def _is_navigation(text: str, vocab: StructureVocabulary) -> bool:
    """Links of a menu or a breadcrumb, or menu words glued together by the layout.

    A menu or breadcrumb has several short items between "|", ">", "›", "»" or "/"; a
    breadcrumb two, when its arrows or its first item ("Home", "Accueil") tell it.
    """
    crumb = _CRUMB.match(text)
    if crumb is not None and line_key(crumb.group(1)) in vocab.boilerplate_lines:
        return True  # "Home >News and events >News >Solomon Islands elections: …"
    first = _GLUED_FIRST.match(crumb.group(1)) if crumb is not None else None
    if first is not None and line_key(first.group()) in vocab.boilerplate_lines:
        return True  # "HomeResourcesNews 2013> …": the trail's links glued, then its arrow
    for separator in _NAV_SEPARATORS:
        if separator not in text:
            continue
        segments = [s.strip() for s in text.split(separator)]
        if not all(len(s) <= _NAV_SEGMENT for s in segments):
            continue
        trail = separator in _TRAIL_SEPARATORS or line_key(segments[0]) in vocab.boilerplate_lines
        if len(segments) >= (_MIN_TRAIL_ITEMS if trail else _MIN_NAV_ITEMS):
            return True
    if _RULE.fullmatch(text):
        return True
    if (
        text.endswith(("...", "…"))
        and line_key(text.split(maxsplit=1)[0]) in vocab.boilerplate_lines
    ):
        return True  # a trail whose separators were lost, cut: "Accueil À la une Les deux…"
    if text[-1:] in ".!?":
        return False
    return sum(1 for _ in itertools.islice(_GLUE.finditer(text), _MIN_GLUES)) >= _MIN_GLUES


def _menu_runs(doc: Document, lines: list[Line]) -> list[int]:
    """Body lines of a site's menu read as a list: short items around empty bullets.

    "- Home" / "- DFAE" / "-" / "Actualité" / "- Communiqué de presse" / "-": the empty
    items are the menu's separators; each line of the run, a section's label among them,
    is a link. A run needs an empty bullet, two bulleted links and ``_MIN_MENU`` lines;
    furniture already found goes on with it, a blank line or a sentence ends it.
    """
    found: list[int] = []
    run: list[int] = []
    separated, links, size = False, 0, 0
    for index, line in enumerate([*lines, None]):
        if line is not None and line.kind in ("boilerplate", "page_number"):
            separated = separated or line_text(doc, line).strip() in _EMPTY_BULLETS
            size += 1
            continue
        text = line_text(doc, line) if line is not None and line.kind == "body" else None
        if text is not None and _menu_item(text):
            run.append(index)
            stripped = text.strip()
            separated = separated or stripped in _EMPTY_BULLETS
            links += stripped not in _EMPTY_BULLETS and is_bullet(stripped) > 0
            size += 1
            continue
        # "•" / "Agriculture" / "•" / "Énergie": a list whose glyphs print on their own lines
        # has no bulleted item; a menu's links are bulleted between its separators.
        if separated and links >= _MIN_MENU_LINKS and size >= _MIN_MENU:
            found.extend(run)
        run, separated, links, size = [], False, 0, 0
    return found


def _tag_runs(doc: Document, lines: list[Line], vocab: StructureVocabulary) -> list[int]:
    """Body lines of a page's topic tags: short bullets right below a tags label.

    "- READ MORE ON:" / "- Donald Trump" / "- Washington" / "- The State Department": each
    bullet is a link to the site's other stories on one topic. The run goes on past furniture
    and ends at a blank line or at a line that is no short bullet.
    """
    found: list[int] = []
    if not vocab.tag_labels:
        return found
    position = 0  # each line is read once: a label inside a run goes on with it
    for index, line in enumerate(lines):
        if index < position or line.kind != "boilerplate":
            continue
        content = line_text(doc, line).strip()
        if line_key(content[is_bullet(content) :]) not in vocab.tag_labels:
            continue
        position = index + 1
        while position < len(lines):
            below = lines[position]
            if below.kind != "boilerplate":  # "- German": a tag read as furniture already
                text = line_text(doc, below).strip() if below.kind == "body" else ""
                bullet = is_bullet(text)
                words = text[bullet:].split()
                if not bullet or not 0 < len(words) <= _MENU_WORDS or text[-1:] in ".!?;:":
                    break
                found.append(position)
            position += 1
    return found


def _menu_item(text: str) -> bool:
    """An empty bullet, a bullet of a few words, or a short label: no sentence."""
    stripped = text.strip()
    if stripped in _EMPTY_BULLETS:
        return True
    if stripped[-1:] in ".!?;:,":
        return False
    bullet = is_bullet(stripped)
    words = stripped[bullet:].split()
    limit = _MENU_WORDS if bullet else _MENU_LABEL_WORDS
    return 0 < len(words) <= limit and words[0][:1].isupper()


def _in_bullet_trail(doc: Document, lines: list[Line], index: int, content: str) -> bool:
    """Whether a bullet item sits beside an item that is only a separator ("• |", "• >").

    A page's breadcrumb or menu, read as a list, puts each link and each separator on a
    bullet line of its own ("• Home", "• |", "• Media Statement"): every item is a link.
    Only the next item on each side is read.
    """
    if not is_bullet(content):
        return False
    for step in (-1, 1):
        position = index + step
        while 0 <= position < len(lines) and lines[position].kind == "blank":
            position += step
        if not 0 <= position < len(lines) or abs(position - index) > _TRAIL_REACH:
            continue
        item = line_text(doc, lines[position])
        bullet = is_bullet(item)
        if bullet and item[bullet:].strip() in _TRAIL_MARKS:
            return True
    return False


def _is_lone(lines: list[Line], index: int) -> bool:
    """Whether the line is a block of its own (blank or no line on both sides)."""
    before = index == 0 or lines[index - 1].kind == "blank"
    after = index == len(lines) - 1 or lines[index + 1].kind == "blank"
    return before and after
