"""Find the title among the lines above the first paragraph, and the masthead around it.

The lines above the first line of running prose are the head of the document: site
furniture, a section label, the headline, a byline or author line, a place line, a
document-kind label ("Déclaration", "Press release"). The headline is the line the page
prints twice when it does (a repeated headline), else the first line shaped like a title
that stands alone. The other short lines of the head are header lines: neither title nor
paragraph. A dateline printed at the end of the title line, after a column gap
("… TERRORISM  Manado-Indonesia, 29 July 2017"), is split off as a header.

Its steps live beside it: the head (``head``), the headline's choice (``headline``) among
title-shaped lines (``title_shape``), wrapped (``wrapped_title``) or printed again
(``headline_copies``), the metadata's title (``stated_title``), the title's span
(``title_span``) and the page's labels below it (``page_labels``).
"""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING, Final

import attrs

from communique.lexicon.dates import date_vocabulary
from communique.lexicon.structure import (
    StructureVocabulary,
    kind_key,
    line_key,
    opens_quoted_text,
    structure_vocabulary,
)
from communique.patterncache import compile_regex
from communique.structure.bilingual import translation_of
from communique.structure.category_label import category_label, glued_label, section_prefix
from communique.structure.date_banners import date_banners
from communique.structure.grouping import wrap_width
from communique.structure.head import head_lines
from communique.structure.header import WRAPPED_PROSE, dateline_span, is_prose
from communique.structure.headline import choose
from communique.structure.headline_copies import (
    copy_below,
    copy_past_furniture,
    crumb_prefix,
    cut_copies_above,
    dated_copy,
    fuller_copy_below,
    longer_copies_below,
    page_title_copy,
    two_line_copy,
    word_list,
)
from communique.structure.lines import (
    body_above,
    hinted,
    line_text,
    stripped_span,
    units_off_lines,
)
from communique.structure.masthead import (
    is_document_name,
    is_lone,
    masthead_lines,
    opens_document_name,
    own_name,
)
from communique.structure.page_labels import LABEL_WORDS, labels_below, masthead_to_label
from communique.structure.reading import build_unit
from communique.structure.shapes import (
    ends_on_link,
    ends_sentence,
    last_word,
    parse_marker,
    roman_marker,
    word_count,
)
from communique.structure.slug_title import slug_title
from communique.structure.standfirst_title import title_past_standfirst
from communique.structure.stated_title import stated_copy
from communique.structure.title_block import goes_on, sentence_start, title_block_above
from communique.structure.title_shape import (
    MAX_CHARS,
    MAX_WORDS,
    WORD,
    dateline_line,
    shape_check,
    title_shaped,
    verbless,
)
from communique.structure.title_span import mark_title
from communique.structure.typeline import (
    before_dateline,
    is_address,
    labelled_meeting,
    typed_title,
)
from communique.structure.wrapped_title import (
    with_comma_tail,
    with_cut_after_link,
    with_wrapped_end,
)
from communique.wordtrie import casings, trie_pattern

if TYPE_CHECKING:
    import regex

    from communique.document import Document, Line, Unit
    from communique.model import Language

__all__ = ["find_title"]

_POST_MARKS: Final = ("#", "@", "pic.twitter")
_GALLERY_COPIES: Final = 3
"""Copies of a line that make it a gallery's caption: a headline is printed twice at most."""
_ANNOUNCER_WORDS: Final = 4
"""Fewest words of a sentence announcing a list above its first item ("Ont présenté leurs
lettres de créance :"); a label is shorter ("Press release:")."""
_NOMINAL_CHARS: Final = 600
"""Characters at most of a stopped title opening on a bare noun: a speech database's titles
name the speaker, the addressees, the occasion, the place and the day."""
_NOMINAL_WORDS: Final = 90
"""Words at most of such a title."""
_WRAPPED_TITLE_LINES: Final = 3
"""Lines at most of a stopped title wrapped right above the first numbered paragraph."""
_ELLIPSES: Final = ("…", "...")
_CRUMB_SPLIT: Final = compile_regex(r"\s[»>›/|]\s")
"""The arrows between a breadcrumb's items."""
_CRUMB_WORDS: Final = 3
"""Words at least of a breadcrumb's last item cut short that a headline below goes on."""
_STRAIGHT_QUOTES: Final = str.maketrans("‘’“”«»", '\'\'""""')
_COVER_LINES: Final = 12
"""Lines at most between a stopped title and the marker of the text under its fields."""


def _inside(unit: Unit, title: Unit | None) -> bool:
    """Whether a header unit's text lies within the title's span."""
    if title is None or title is unit:
        return False
    start, end = unit.span(0, len(unit.text))
    low, high = title.span(0, len(title.text))
    return low <= start and end <= high


def find_title(doc: Document) -> Document:
    """Mark the title line, build its reading unit and mark the other head lines as header."""
    lines = list(doc.lines)
    head, prose = head_lines(doc, lines)
    if prose is None and len([i for i in head if lines[i].kind == "body"]) < 2:
        return doc
    vocab = structure_vocabulary(doc.lang)
    opener = next((i for i in head if vocab.lead_openers.match(line_text(doc, lines[i]))), None)
    if opener is not None:
        # « A l'invitation de Son Excellence Monsieur X » / « Y, Président de … »: the lead,
        # wrapped (a PDF's short lines), opens the prose.
        prose = opener
        head = [i for i in head if i < prose]
    # A gallery's caption under each picture ("X avec le Président …" ×3) is no headline.
    captions = _gallery_captions(doc, lines, head)
    chosen = _crumb_headline(doc, lines, head) or choose(
        doc, lines, [i for i in head if i not in captions] if captions else head
    )
    if chosen and _opens_on_wire_dateline(doc, line_text(doc, lines[chosen[0]])):
        # "SAMOA, June 14 - Prime Minister X was honoured …": the text's lead on its
        # dateline, cut before its stop, opens the prose; no headline stands above it.
        prose = chosen[0]
        head = [i for i in head if i < prose]
        chosen = []
    if not chosen:  # the markup's title ("# …"), whatever its shape
        chosen = sorted(hinted(doc, lines, "title") & set(head))[:1]
    if not chosen:  # text from a PDF: no blank line around the headline
        chosen = title_block_above(doc, lines, head, prose, vocab, shape_check(vocab))
    if not chosen and prose is not None and _nominal_title(doc, lines, head, prose, vocab):
        chosen = [prose]  # "Entretien téléphonique avec M. X, Président du Koranda."
    if not chosen and prose is not None:
        chosen = _wrapped_nominal_title(doc, lines, head, prose, vocab)
    copied = _stopped_copy(doc, lines, head, vocab) if not chosen and prose is not None else None
    if copied is not None:
        chosen = [copied - 1]  # "Minister X is in Norland." printed twice, one under the other
    if not chosen and prose is not None and _unstopped_name(doc, lines, head, prose, vocab):
        chosen = [0]  # "Joint Statement of the Ministers of …" / "We, the Ministers …"
    chosen = own_name(doc, lines, head, chosen, vocab) or chosen
    chosen = typed_title(doc, lines, head, chosen, vocab)
    chosen = labelled_meeting(doc, lines, head, chosen, vocab)
    chosen = fuller_copy_below(doc, lines, head, chosen)  # the title cut short, then whole
    chosen = _headline_under_page_title(doc, lines, head, chosen)
    chosen = with_wrapped_end(doc, lines, head, chosen, vocab)
    chosen = with_cut_after_link(doc, lines, chosen, vocab)
    chosen = with_comma_tail(doc, lines, chosen)
    if not chosen and prose is not None:
        chosen = _lone_label(doc, lines, head, vocab)
    if not chosen and prose is not None:  # « communiqué du Conseil des Ministres du … »
        chosen = slug_title(doc, lines, [i for i in head if i < prose], vocab)
    if not chosen and prose is not None:  # the standfirst / the headline / its date line
        chosen = title_past_standfirst(doc, lines, prose, vocab)
    if chosen and _after_colon(doc, lines, chosen[0]):
        chosen = []  # "Ont présenté leurs lettres de créance :" / "S.E. M. X, …": an item
    if doc.stated_title is not None:
        chosen = stated_copy(doc, lines, head, chosen, doc.stated_title)
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
    bars = [lines[i] for i in range(chosen[0]) if lines[i].kind == "boilerplate"] if chosen else []
    if chosen and (
        (section := category_label(doc, lines[chosen[0]])) is not None
        or (section := section_prefix(doc, lines[chosen[0]], bars)) is not None
        or (section := crumb_prefix(doc, lines[chosen[0]])) is not None
        or (section := glued_label(doc, lines[chosen[0]])) is not None
    ):
        # "TCHAD Tchad : compte rendu …": the site's section label, a header's text
        headline = lines[chosen[0]]
        after = stripped_span(doc.text, section[1], headline.end)[0]
        lines[chosen[0]] = attrs.evolve(headline, body_start=after)
        header.append(build_unit(doc, "header", [section])[0])
    furniture = list(doc.boilerplate)
    if chosen:
        shaped = shape_check(vocab)
        partner = translation_of(doc, lines, chosen[0], shaped) if len(chosen) == 1 else None
        doc = mark_title(doc, lines, chosen, header)
        # A date line read as a header line before and now inside the title is no longer
        # one: its dates are read once, in the title ("date 2025-02-25 Headline" keeps its
        # marker, beside the title).
        header = [unit for unit in header if not _inside(unit, doc.title)]
        copy = copy_below(doc, lines, head, chosen[-1]) if partner is None else partner
        copy = copied if copied is not None else copy
        # A copy printed past furniture is furniture too (its dates are the title's again).
        again = copy_past_furniture(doc, lines, head, chosen) if copy is None else []
        # "About Us Joint Statement … on 11 September 2023" over "Joint Statement …": the
        # page's title, the headline with its site's links, furniture too.
        title_text = line_text(doc, lines[chosen[0]])
        again += [
            i
            for i in head
            if i < chosen[0]
            and lines[i].kind == "body"
            and page_title_copy(line_text(doc, lines[i]), title_text)
        ]
        for index in again:
            lines[index] = attrs.evolve(lines[index], kind="boilerplate")
            span = stripped_span(doc.text, lines[index].body_start, lines[index].end)
            furniture.append(doc.mention(*doc.offsets.span(*span)))
        below = chosen[-1] + 1
        dated = (
            below < len(lines) and lines[below].kind == "body" and dateline_line(doc, lines[below])
        )
        labels = labels_below(doc, lines, chosen[-1]) or masthead_to_label(
            doc, lines, chosen[-1], vocab
        )
        cut = cut_copies_above(doc, lines, head, chosen)  # a tab title cut at its width
        cut += [i for i in longer_copies_below(doc, lines, head, chosen) if i != copy]
        for index in sorted({*cut, *labels, *([below] if dated else [])}):
            lines[index] = attrs.evolve(lines[index], kind="header")
            span = stripped_span(doc.text, lines[index].body_start, lines[index].end)
            header.append(build_unit(doc, "header", [span])[0])
        split_copy = two_line_copy(doc, lines, chosen[0]) if len(chosen) == 1 else None
        # The headline again, in sentence case, over two lines (unless furniture already).
        # Word for word, it is furniture, as a copy past the page's bars is: its dates are
        # the title's again; in other words ("Communiqué of the 1305th meeting …"), a header.
        again_split = [i for i in split_copy or () if lines[i].kind == "body"]
        title_words = word_list(" ".join(line_text(doc, lines[i]) for i in chosen))
        for index in [copy] if copy is not None else again_split:
            span = stripped_span(doc.text, lines[index].body_start, lines[index].end)
            if word_list(line_text(doc, lines[index])) == title_words:
                lines[index] = attrs.evolve(lines[index], kind="boilerplate")
                furniture.append(doc.mention(*doc.offsets.span(*span)))
            else:
                lines[index] = attrs.evolve(lines[index], kind="header")
                header.append(build_unit(doc, "header", [span])[0])
    if prose is not None:
        # A title only the metadata states stands above every line of the text.
        top = chosen[0] if chosen else (0 if doc.stated_title is not None else len(lines))
        addresses = _address_lines(doc, lines, head, top, vocab)
        above = [i for i in head if i < top and lines[i].kind == "body"] if chosen else []
        above += _cover_lines(doc, lines, head, chosen, prose)
        masthead = set(masthead_lines(doc, lines, head, top, vocab)) - _wrapped_into_prose(
            doc, lines, head, prose
        )
        # "The 3rd Session … between" / "the Government of … and the" / "Government of …
        # was held" / "in Valmont …": the first sentence's wrapped lines name no masthead.
        if masthead:
            width = wrap_width(doc)
            masthead -= set(range(sentence_start(doc, lines, head, prose, vocab, width), prose))
        for index in sorted({*masthead, *addresses, *above}):
            lines[index] = attrs.evolve(lines[index], kind="header")
            span = stripped_span(doc.text, lines[index].body_start, lines[index].end)
            header.append(build_unit(doc, "header", [span])[0])
    banners = date_banners(doc, lines, chosen)
    # "Monday, December 23, 2024 | 02:02 AM IST" over a story of 2016: the page's day.
    header = units_off_lines(doc, header, [lines[index] for index in banners])
    for index in banners:
        lines[index] = attrs.evolve(lines[index], kind="boilerplate")
        stripped = stripped_span(doc.text, lines[index].body_start, lines[index].end)
        furniture.append(doc.mention(*doc.offsets.span(*stripped)))
    header.sort(key=lambda unit: unit.offsets.start(0))
    furniture.sort(key=lambda mention: mention.start)
    return attrs.evolve(doc, lines=tuple(lines), header=tuple(header), boilerplate=tuple(furniture))


def _gallery_captions(doc: Document, lines: list[Line], head: list[int]) -> set[int]:
    """The head lines printed ``_GALLERY_COPIES`` times or more: captions, no headline.

    A headline may be printed twice (the page's and the article's), or again as a PDF's
    running header (furniture by now, not counted); a photo gallery prints the same caption
    under each picture.
    """
    body = [i for i, line in enumerate(lines) if line.kind == "body"]
    counts = Counter(line_text(doc, lines[i]).strip() for i in body)
    repeated = {i for i in head if counts[line_text(doc, lines[i]).strip()] >= _GALLERY_COPIES}
    if not repeated:
        return set()
    # "Strategic Dialogue" / "Strategic Dialogue" / "Strategic Dialogue": a title block's
    # copies one under the other are the headline's; a gallery puts its credits between.
    texts = [line_text(doc, line).strip() for line in lines if line.kind != "blank"]
    stacked = {texts[k] for k in range(1, len(texts)) if texts[k] == texts[k - 1]}
    return {i for i in repeated if line_text(doc, lines[i]).strip() not in stacked}


def _after_colon(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a sentence ending with a colon stands above ``index``: the line is its item.

    A label above a headline ("PRESS RELEASE:", « Communiqué : ») announces the title.
    """
    above = body_above(lines, index)
    if above is None:
        return False
    text = line_text(doc, above).strip()
    return text.endswith(":") and not text.isupper() and len(text.split()) >= _ANNOUNCER_WORDS


def _opens_on_wire_dateline(doc: Document, text: str) -> bool:
    """Whether a line opens on a wire dateline glued by a dash to the sentence after it.

    "SAMOA, June 14 - Prime Minister X was honoured …", "VALMONT, 3 May 2026 — The …": the
    text's lead, whatever its length, is no headline; a dated headline after a colon
    ("Valmont, 12 March 2026: Joint Communiqué …") stays one.
    """
    return _wire_dateline(doc.lang).match(text) is not None


@functools.cache
def _wire_dateline(language: Language) -> regex.Pattern[str]:
    """A place in capitals, a day and its month (either order), maybe a year, and the dash."""
    months = trie_pattern(casings(date_vocabulary(language).months))
    return compile_regex(
        r"\p{Lu}{2}[\p{Lu} .'’-]{0,30},[ \t]*"
        rf"(?:\d{{1,2}}[ \t]+(?:{months})\.?|(?:{months})\.?[ \t]+\d{{1,2}})"
        r"(?:,?[ \t]+\d{4})?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[-–—]{1,2}[ \t]"
    )


def _cover_lines(
    doc: Document, lines: list[Line], head: list[int], chosen: list[int], prose: int
) -> list[int]:
    """The lines between the title and the date line below it, on a cover: no paragraphs.

    "FINAL COMMUNIQUÉ …" / "Theme: “…”" / "Orlan, Valmont" / "31 March 2026": the
    theme and the place print the cover with the title and its date; a sentence between
    (a standfirst) stays a paragraph.
    """
    if not chosen:
        return []
    below = [i for i in head if chosen[-1] < i < prose]
    if prose <= chosen[-1]:  # a title ending with its stop: the page's fields under it
        below = list(range(chosen[-1] + 1, min(len(lines), chosen[-1] + 1 + _COVER_LINES)))
    # The cover ends on its date line, or on the marker of the text below the page's
    # fields ("Circonstance : …" / « Texte intégral »).
    dated = [
        i
        for i in below
        if lines[i].kind == "header"
        or (lines[i].kind == "boilerplate" and opens_quoted_text(line_text(doc, lines[i])))
    ]
    if not dated:
        return []
    return [
        i
        for i in below
        if i < dated[-1]
        and lines[i].kind == "body"
        and not ends_sentence(text := line_text(doc, lines[i]))
        and not is_prose(text)
    ]


def _label_only(text: str, vocab: StructureVocabulary) -> bool:
    """A kind label that names no document: "PRESS RELEASE", not "JOINT STATEMENT"."""
    if kind_key(text, vocab) not in vocab.kind_labels:
        return False
    return not is_document_name(text, vocab) and not is_document_name(text.upper(), vocab)


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


def _wrapped_into_prose(doc: Document, lines: list[Line], head: list[int], prose: int) -> set[int]:
    """The head lines that open the first sentence, hard-wrapped into the prose line below.

    « A l'invitation du Gouvernement …, s'est tenue à Bangui, en République » /
    "Centrafricaine, la 15ème Session …" / "… du 21 au 23 Octobre 2024.": long lines with no
    sentence end, no blank line between them and the prose, are its first lines, no masthead.
    """
    run: set[int] = set()
    connectors = structure_vocabulary(doc.lang).connectors
    if parse_marker(line_text(doc, lines[prose])) is not None:
        return run  # "… du Conseil de Valmont" / "1. Le Conseil …": the text opens below
    index = prose - 1
    while index in head and lines[index].kind == "body":
        text = line_text(doc, lines[index])
        if len(text) < WRAPPED_PROSE or ends_sentence(text) or not _reads_on(text, connectors):
            break
        run.add(index)
        index -= 1
    return run


def _reads_on(text: str, connectors: frozenset[str]) -> bool:
    """Whether a long line reads as a sentence going on, no masthead.

    It stops on a link or a comma, or most of its words are in lower case; a masthead is in
    capitals or in title case.
    """
    if text.isupper():
        return False
    if ends_on_link(text, connectors) or text.rstrip().endswith(","):
        return True
    words = text.split()
    return 2 * sum(1 for word in words if word[:1].islower()) >= len(words)


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
    # blank line, or its dateline on the next line ("Palais de Valmont, le 10 février 2026"),
    # or the text's first numbered paragraph ("I. At the invitation of …").
    below = _dateline_below(doc, lines, index) or _first_number_below(doc, lines, index)
    if not (is_lone(lines, index) or below) or any(
        lines[i].kind == "body" and word_count(line_text(doc, lines[i])) > LABEL_WORDS for i in head
    ):
        return False
    text = line_text(doc, lines[index])
    if not text.endswith(".") or text.endswith("..") or word_count(text) > _NOMINAL_WORDS:
        return False
    if len(text) > _NOMINAL_CHARS or kind_key(text, vocab) in vocab.kind_labels:
        return False
    if any(mark in text for mark in _POST_MARKS) or vocab.contact.search(text) is not None:
        return False  # an embedded post: "Rencontre fructueuse à #Rome … pic.twitter.com/…"
    first = WORD.match(text)
    if first is None or not first.group()[0].isupper():
        return False
    after = [i for i in range(index + 1, len(lines)) if lines[i].kind == "body"]
    if first.group().casefold() in vocab.title_nouns:
        return bool(after)
    # "Joint Communiqué between A and B issued at the Conclusion of …, 3 March 2026.": a
    # document's name, its stop printed too; no sentence ("… was issued at …")
    return opens_document_name(text, vocab) and verbless(text, doc.lang) and bool(after)


def _stopped_copy(
    doc: Document, lines: list[Line], head: list[int], vocab: StructureVocabulary
) -> int | None:
    """The copy of a headline ending with a stop, printed twice one under the other, or None.

    "Minister X is in Norland." / "Minister X is in Norland." over the text: a page's title
    and its headline, the head's first line twice, not a paragraph (no text says a sentence
    twice in a row); a reply in a transcript ("A. Yes." twice) is shaped like no title.
    """
    first = next((i for i in head if lines[i].kind == "body"), None)
    if first is None or first + 1 not in head or lines[first + 1].kind != "body":
        return None
    below = first + 1
    text = line_text(doc, lines[first])
    if not text.endswith(".") or not title_shaped(text[:-1], vocab.connectors):
        return None
    return below if line_key(line_text(doc, lines[below])) == line_key(text) else None


def _unstopped_name(
    doc: Document, lines: list[Line], head: list[int], prose: int, vocab: StructureVocabulary
) -> bool:
    """Whether the text's first line names the document, with no stop, over the prose below.

    "Déclaration conjointe des ministres des Affaires étrangères de A, de B et de C" / "Nous,
    ministres …": a text exported a line per paragraph prints its long title on the first
    line with no blank line under it; the document's name, no verb in it, no sentence's stop.
    """
    # The first line is the prose's by its length alone, or the head's only line.
    if (head, prose) not in (([], 0), ([0], 1)) or len(lines) < 2:
        return False
    if lines[0].kind != "body" or lines[1].kind != "body":
        return False
    text, below = line_text(doc, lines[0]), line_text(doc, lines[1])
    if ends_sentence(text) or word_count(text) > MAX_WORDS or len(text) > MAX_CHARS:
        return False
    # "… entered into force on" / "1 June 2026 and …", "… du" / « 5 au 7 mai … »: a sentence
    # hard-wrapped, not a title over the text (its next line opens on a capital).
    if not text[-1:].isalnum() or last_word(text) in vocab.connectors:
        return False
    return (
        below[:1].isupper()
        and opens_document_name(text, vocab)
        and verbless(text, doc.lang)
        and is_prose(below)
    )


def _wrapped_nominal_title(
    doc: Document, lines: list[Line], head: list[int], prose: int, vocab: StructureVocabulary
) -> list[int]:
    """The lines of a stopped title wrapped over a few lines right above the paragraph "1.".

    "Communiqué conjoint de X, président du Valmont et" / "de Y, président du Norland" /
    "à l'occasion de la visite d'État … du 8 au 10 mai 2026." / "1. À l'invitation …": a
    bare noun naming the document opens it, no verb, one stop ends it.
    """
    # The wrapped lines the head holds above the one read as prose, no line set apart above.
    top = min((i for i in head if lines[i].kind == "body"), default=prose)
    if any(lines[i].kind != "body" for i in range(top, prose)) or (
        top and lines[top - 1].kind == "body"
    ):
        return []
    block = list(range(top, prose + 1))
    while len(block) <= _WRAPPED_TITLE_LINES and block[-1] + 1 < len(lines):
        below = block[-1] + 1
        if lines[below].kind != "body":
            return []
        text = line_text(doc, lines[below])
        marker = parse_marker(text)
        if marker is not None and marker.number == 1 and not marker.parents:
            break
        block.append(below)
    else:
        return []
    if len(block) < 2:
        return []
    texts = [line_text(doc, lines[i]) for i in block]
    title = " ".join(texts)
    if any(ends_sentence(text) for text in texts[:-1]) or not texts[-1].endswith("."):
        return []
    first = WORD.match(title)
    if first is None or not (
        first.group().casefold() in vocab.title_nouns or opens_document_name(title, vocab)
    ):
        return []
    if word_count(title) > MAX_WORDS or not verbless(title, doc.lang):
        return []
    return block


def _crumb_headline(doc: Document, lines: list[Line], head: list[int]) -> list[int]:
    """The headline a breadcrumb's last item cuts short, on a head line below it.

    "Home » News » Valmont, Norland welcome 'useful'…" / … / "Valmont, Norland welcome
    ‘useful’ meeting with Kalvora on trade": the page's own title, whatever menus stand
    between.
    """
    for index in head:
        crumb = line_text(doc, lines[index])
        if lines[index].kind != "boilerplate" or not crumb.endswith(_ELLIPSES):
            continue
        cut = crumb.rstrip(".… \t")
        tail = _CRUMB_SPLIT.split(cut)[-1]
        if tail == cut or word_count(tail) < _CRUMB_WORDS:
            continue
        key = _quote_key(tail)
        for below in head:
            if below > index and lines[below].kind == "body":
                text = line_text(doc, lines[below])
                if len(text) > len(tail) and _quote_key(text).startswith(key):
                    return [below]
    return []


def _quote_key(text: str) -> str:
    """``text`` case-folded, its curly quotes straight: a crumb and its headline compared."""
    return text.translate(_STRAIGHT_QUOTES).casefold()


def _first_number_below(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line opens the text and the next line opens the first numbered paragraph."""
    below = _opening_line_below(lines, index)
    if below is None:
        return False
    text = line_text(doc, lines[below])
    marker = parse_marker(text) or roman_marker(text, None)
    return marker is not None and marker.number == 1 and not marker.parents


def _dateline_below(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line opens the text and a whole dateline follows it on the next line."""
    below = _opening_line_below(lines, index)
    if below is None:
        return False
    line = lines[below]
    return dateline_span(doc.text, line.body_start, line.end, doc.lang) is not None


def _opening_line_below(lines: list[Line], index: int) -> int | None:
    """The body line right below ``index`` when ``index`` opens a block of text, or None."""
    before = index == 0 or lines[index - 1].kind != "body"
    below = index + 1
    if not before or below >= len(lines) or lines[below].kind != "body":
        return None
    return below


def _headline_under_page_title(
    doc: Document, lines: list[Line], head: list[int], chosen: list[int]
) -> list[int]:
    """The headline right below a chosen line that prints it after a label and a date.

    "Valmont 06/10/2026 Ministers hold a call" / "Ministers hold a call": the line above is
    the page's title with its section and day (``dated_copy``), a header line.
    """
    if len(chosen) != 1 or chosen[0] + 1 not in head:
        return chosen
    below = lines[chosen[0] + 1]
    if below.kind != "body":
        return chosen
    above_text, below_text = line_text(doc, lines[chosen[0]]), line_text(doc, below)
    copied = page_title_copy(above_text, below_text) or dated_copy(above_text, below_text)
    return [chosen[0] + 1] if copied else chosen
