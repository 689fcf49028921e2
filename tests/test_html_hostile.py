"""Hostile pages: a typed error or the right text, in time linear in the page's size."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from lxml import etree
from lxml import html as lxml_html

import communique
from communique import errors
from communique.html import _tree, _xpath, read_page
from communique.web_encoding import codec_for_label, decode_html
from fuzz.hostile import HOSTILE_PAGES, page
from tests.strategies import html_page

TEXT = "Les ministres se sont réunis à Genève le 3 mai 2023."


def _cpu(job: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        job()
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("name", sorted(HOSTILE_PAGES))
def test_hostile_pages_are_read_in_linear_time(name: str) -> None:
    """Four times the page costs about four times the time (quadratic would be sixteen)."""
    build = HOSTILE_PAGES[name]
    small, large = build(500), build(2000)
    assert "ministres" in read_page(large).text
    assert _cpu(lambda: read_page(large)) < 8 * _cpu(lambda: read_page(small)) + 0.02


def test_nesting_costs_no_more_than_a_flat_page() -> None:
    """Paragraphs under 240 nested content or furniture divs read as fast as flat ones."""
    flat = _cpu(functools.partial(read_page, HOSTILE_PAGES["sibling paragraphs"](2000)))
    for name in ("nested content divs", "nested furniture divs"):
        nested = HOSTILE_PAGES[name](2000)
        assert _cpu(functools.partial(read_page, nested)) < 3 * flat + 0.02


@pytest.mark.parametrize("label", ["undefined", "idna", "utf-7", "UTF7", "rot13", "bogus"])
def test_labels_outside_the_standard_are_ignored(label: str) -> None:
    """A charset the Encoding Standard does not list is ignored: UTF-8 is read."""
    data = f'<meta charset="{label}"><p>{TEXT} +ADw-b+AD4-</p>'.encode()
    assert codec_for_label(label) is None
    assert f"{TEXT} +ADw-b+AD4-" in read_page(data).text


def test_utf7_cannot_smuggle_markup() -> None:
    """UTF-7 would turn "+ADw-script+AD4-" into a script that hides the rest of the page."""
    data = b'<meta charset="utf-7"><p>Avant +ADw-script+AD4- apr\xc3\xa8s la r\xc3\xa9union.</p>'
    assert read_page(data).text == "Avant +ADw-script+AD4- après la réunion."


@pytest.mark.parametrize("label", ["iso-2022-kr", "HZ-GB-2312", "replacement", " csiso2022kr"])
def test_replacement_encodings_are_refused(label: str) -> None:
    """Labels browsers decode as a single U+FFFD raise HtmlError, as parse_html does."""
    data = f'<meta charset="{label}"><p>{TEXT}</p>'.encode()
    with pytest.raises(errors.HtmlError, match="encoding"):
        communique.parse_html(data)


@pytest.mark.parametrize(
    ("label", "encoded", "expected"),
    [
        (" LATIN1 ", "Réunion à Genève".encode("cp1252"), "Réunion à Genève"),
        ("ascii", "Déclaration".encode("cp1252"), "Déclaration"),  # ASCII means Windows-1252
        ("x-user-defined", "Été".encode("cp1252"), "Été"),
        ("utf-16", "Été".encode(), "Été"),  # markup cannot declare UTF-16: UTF-8
        ("sjis", "外務省".encode("cp932"), "外務省"),
        ("ks_c_5601-1987", "외교부".encode("cp949"), "외교부"),
        ("koi8-r", "Москва".encode("koi8_r"), "Москва"),
    ],
)
def test_standard_labels_are_honoured(label: str, encoded: bytes, expected: str) -> None:
    """Labels are matched without case or surrounding spaces, with the standard's meaning."""
    assert expected in decode_html(f'<meta charset="{label}"><p>'.encode() + encoded)


def test_every_standard_codec_decodes_any_bytes() -> None:
    """No byte sequence makes a listed codec raise: all of them decode with replacement."""
    from communique.lexicon.common.encodings import labels as _labels

    junk = bytes(range(256)) * 3 + b"\x1b$B\x1b(J\xff\xfe\x00"
    for codec in set(_labels().codecs.values()):
        assert isinstance(junk.decode(codec, errors="replace"), str)


@pytest.mark.parametrize(
    ("attributes", "items", "expected"),
    [
        ('start="²"', "", ["1", "2"]),
        (f'start="{"9" * 5000}"', "", ["1", "2"]),
        ('start=" 7th"', "", ["7", "8"]),
        ('start="-1"', "", ["-1", "0"]),
        ('start="+3"', "", ["3", "4"]),
        ("reversed", "", ["2", "1"]),
        ('reversed start="10"', "", ["10", "9"]),
        ("", ' value="5"', ["5", "6"]),
    ],
)
def test_ordered_lists_are_numbered_as_browsers_number_them(
    attributes: str, items: str, expected: list[str]
) -> None:
    """start, reversed and value follow HTML's integer rules; out-of-range values are ignored."""
    body = f"<article><ol {attributes}><li{items}>Un point.</li><li>Un autre.</li></ol></article>"
    text = read_page(page(body)).text
    assert [block.split(".")[0] for block in text.split("\n\n")] == expected


def test_json_ld_nested_a_thousand_deep_is_skipped() -> None:
    """Deep JSON-LD is not decoded (no RecursionError); the page's other facts are read."""
    head = (
        '<script type="application/ld+json">' + "[" * 1000 + "]" * 1000 + "</script>"
        '<meta name="date" content="2021-06-10">'
    )
    doc = communique.parse_html(page(f"<article><p>{TEXT}</p></article>", head))
    assert read_page(page("<p>x</p>", head)).facts.date is not None
    assert doc.source is not None
    assert TEXT in doc.source.text


def test_json_ld_graph_and_brackets_in_strings_are_read() -> None:
    """Brackets inside strings do not count as nesting; "@graph" items are read."""
    json_ld = '{"@graph": [{"name": "' + "[" * 100 + '"}, {"datePublished": "2022-11-05"}]}'
    head = f'<script type="application/ld+json">{json_ld}</script>'
    assert str(read_page(page("<p>x</p>", head)).facts.date) == "2022-11-05"


@pytest.mark.parametrize(
    ("surrogate", "expected"),
    [(chr(0xD800), "\ufffd"), (chr(0xDFFF), "\ufffd"), ("\ud834\udd1e", "\U0001d11e")],
)
def test_surrogates_never_truncate_the_text(surrogate: str, expected: str) -> None:
    """A lone surrogate becomes U+FFFD and the text after it is kept; a pair is joined."""
    text = read_page(page(f"<article><p>Avant {surrogate} après.</p><p>{TEXT}</p></article>")).text
    assert text == f"Avant {expected} après.\n\n{TEXT}"


def test_internal_dtd_subset_stays_out_of_the_text() -> None:
    """An internal subset (with '>' and ']' inside quotes) leaves no "]>" in the text."""
    markup = (
        '<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY a "x > y ]">\n'
        "<!ATTLIST p id ID #IMPLIED>\n]>\n<html><body>\n<p>" + TEXT + "</p></body></html>"
    )
    result = read_page(markup)
    assert result.text == TEXT
    assert result.blocks[0].line == 7  # source lines are those of the page as given


def test_unterminated_subset_is_left_to_the_parser() -> None:
    """A subset that never closes is not stripped, and reading stays linear."""
    markup = "<!DOCTYPE html [" + '<!ENTITY a "' * 20000 + "<p>" + TEXT + "</p>"
    started = time.process_time()
    with_text = read_page(markup)
    assert time.process_time() - started < 2
    assert isinstance(with_text.text, str)


@settings(max_examples=30)
@given(html_page())
def test_block_xpaths_locate_their_element_in_the_page(markup: str) -> None:
    """Each block's XPath selects exactly one element, on the line the block gives."""
    try:
        result = read_page(markup)
    except errors.CommuniqueError:
        return
    tree = _tree(markup).getroottree()
    for block in result.blocks:
        found = tree.xpath(block.xpath)
        assert isinstance(found, list)
        assert len(found) == 1, block
        element = found[0]
        assert isinstance(element, lxml_html.HtmlElement)
        assert element.sourceline == block.line


@settings(max_examples=30)
@given(html_page())
def test_xpaths_are_those_lxml_writes_for_plain_names(markup: str) -> None:
    """Built in one pass, each element's XPath is lxml's own wherever its names are plain."""
    try:
        root = _tree(markup)
    except errors.CommuniqueError:
        return
    tree = root.getroottree()
    for element in root.iter(etree.Element):
        ours, lxml_path = _xpath(element), tree.getpath(element)
        assert ours == lxml_path or "*" in ours
        assert tree.xpath(ours) == [element]
