"""Mark the title's lines; its span drops what a page glues to a headline (a dateline, a site)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final, Literal

import attrs

from communique.lexicon.common.furniture import common_furniture
from communique.lexicon.common.wire import agencies
from communique.lexicon.structure import (
    StructureVocabulary,
    kind_key,
    line_key,
    structure_vocabulary,
)
from communique.patterncache import compile_pattern, compile_regex
from communique.structure.header import dateline_span
from communique.structure.lines import stripped_span
from communique.structure.reading import build_unit
from communique.structure.stated_title import extends_headline
from communique.structure.wire import headline_start
from communique.temporal.grammar import phrase_pattern

if TYPE_CHECKING:
    import regex

    from communique.document import Document, Line, Unit

__all__ = ["mark_title"]

_SITE_CHARS: Final = 40
_SITE_WORDS: Final = 5
_GAP: Final = compile_regex(r"[ \t]{2,}(?=\S)")


def mark_title(doc: Document, lines: list[Line], chosen: list[int], header: list[Unit]) -> Document:
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
    spans[-1] = (spans[-1][0], _kind_suffix_start(doc.text, *spans[-1], vocab))
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


def _prefixed_copy(metadata: str, spans: list[tuple[int, int]], text: str) -> bool:
    """Whether the metadata's title is the printed one with a site's or issuer's part added."""
    return extends_headline(metadata, " ".join(text[a:b] for a, b in spans))


_LANGUAGE_TAG: Final = compile_regex(r"(?<=\S)[ \t]+\[([^\[\]\n]{1,20})\][ \t]*$")
"""A language's code or name in brackets ending a headline ("… au Mali [ja]", "… Blinken
[中文]"): a site's link to the page in that language, no word of the title (``language_names``
of ``common/furniture.toml``)."""
_LANGUAGE_CODE: Final = compile_regex(r"[a-z]{2}")


_DOMAIN_SUFFIX: Final = compile_regex(
    r"(?<=\S)[ \t]+[-–—|][ \t]+(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}[ \t]*$"
)
"""A site's address after a dash or a bar ending a headline (" - example.net"): the page
title's site, no word of the headline."""


@functools.cache
def _agency_suffix() -> regex.Pattern[str]:
    """A news agency's name after a dash ending a headline: "-Xinhua", " – AFP"."""
    return compile_regex(rf"(?<=\S)[ \t]*[-–—][ \t]*(?:{phrase_pattern(agencies())})[ \t]*$")


def _kind_suffix_start(text: str, start: int, end: int, vocab: StructureVocabulary) -> int:
    """Where the document's kind in brackets ending the headline begins, else ``end``.

    "LA MINUSCA SALUE L'ACCORD … (COMMUNIQUE DE PRESSE)", "… commissaires ( Communiqué)":
    the kind label the site appends is no part of the headline.
    """
    if not text[start:end].endswith(")"):
        return end
    opening = text.rfind("(", start, end)
    if opening <= start or kind_key(text[opening + 1 : end - 1], vocab) not in vocab.kind_labels:
        return end
    return stripped_span(text, start, opening)[1]


def _names_language(label: str) -> bool:
    """Whether a bracketed label is a language's code ("ja") or name ("中文", "English")."""
    return _LANGUAGE_CODE.fullmatch(label) is not None or label.casefold() in _language_names()


@functools.cache
def _language_names() -> frozenset[str]:
    return frozenset(name.casefold() for name in common_furniture().language_names)


def _site_suffix_start(text: str, start: int, end: int) -> int:
    """Where a site name or address ending the headline begins, else ``end``.

    A site's name after a last " | " ("Déclaration … | France Diplomatie"), its address
    after a dash (" - example.net"), an agency after a dash: a page title printed as the
    headline keeps its site suffix; it is cut off when it is short.
    """
    credit = _agency_suffix().search(text, start, end)
    if credit is not None and credit.start() > start:
        return credit.start()  # "… visiting U.S. officials-Xinhua": the agency's page title
    tag = _LANGUAGE_TAG.search(text, start, end)
    if tag is not None and tag.start() > start and _names_language(tag.group(1)):
        return tag.start()  # "Attaque terroriste au Mali [ja]": the link to a translation
    domain = _DOMAIN_SUFFIX.search(text, start, end)
    if domain is not None and domain.start() > start:
        return domain.start()  # "Joint Communiqué of the … Meeting - example.net": the site
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
