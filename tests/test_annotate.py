"""The annotated HTML of a document and the ``show`` page."""

from __future__ import annotations

import re

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

import communique
from communique.annotate import Span, annotate, render_spans, spans_of
from communique.errors import InputError
from communique.show import render_page
from tests.corpus.texts import ENGLISH, FRENCH, HOSTILE

TEXTS = {"fr": FRENCH, "en": ENGLISH, "hostile": HOSTILE}


def _marks(fragment: str) -> list[lxml.html.HtmlElement]:
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    return list(root.iter("mark"))


def _kind(mark: lxml.html.HtmlElement) -> str | None:
    value = mark.get("data-kind")
    return None if value is None else str(value)


@pytest.mark.parametrize("name", list(TEXTS))
def test_the_text_survives_the_markup(name: str) -> None:
    """Stripping the tags of the annotated HTML gives back the original text exactly."""
    text = TEXTS[name]
    fragment = annotate(communique.parse(text), text)
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    assert root.text_content() == text
    assert "<script>" not in fragment


@pytest.mark.parametrize("name", ["fr", "en"])
def test_every_mention_is_wrapped_with_its_value(name: str) -> None:
    """Each mention is a <mark> whose first piece starts at its offset with its attributes."""
    text = TEXTS[name]
    doc = communique.parse(text)
    marks = _marks(annotate(doc, text))
    spans = sorted(spans_of(doc), key=lambda s: (s.start, -s.end, s.kind))
    assert len(spans) >= 4
    firsts = [m for m in marks if m.get("data-continued") is None]
    assert len(firsts) == len(spans)
    for mark, span in zip(firsts, spans, strict=True):
        assert mark.get("data-kind") == span.kind
        assert text[span.start : span.end].startswith(mark.text_content())
    by_value = {m.get("data-value") for m in marks if m.get("data-kind") == "date"}
    assert {d.value for d in doc.dates} <= by_value
    persons = {m.get("data-name"): m.get("data-role") for m in marks if _kind(m) == "person"}
    assert {p.name: p.role for p in doc.persons} == persons


def test_crossing_spans_are_split_and_well_nested() -> None:
    """Spans that cross are cut into well-nested pieces carrying the same attributes."""
    text = "abcdefghij"
    spans = [
        Span(0, 6, "party", (("data-name", 'A "B" <c>'),)),
        Span(3, 9, "date", (("data-value", "2020"),)),
        Span(4, 5, "person"),
    ]
    fragment = render_spans(text, spans)
    marks = _marks(fragment)
    assert lxml.html.fragment_fromstring(fragment, create_parent="div").text_content() == text
    assert [(m.get("data-kind") or m.get("class"), m.text_content()) for m in marks] == [
        ("cq cq-party", "abc"),
        ("cq cq-date", "defghi"),
        ("cq cq-party", "def"),
        ("cq cq-person", "e"),
    ]
    assert marks[0].get("data-name") == marks[2].get("data-name") == 'A "B" <c>'
    assert marks[2].get("data-continued") == "true"
    assert "&quot;B&quot; &lt;c&gt;" in fragment


def test_plain_text_needs_the_original() -> None:
    """Without the text a plain-text document was parsed from, annotate refuses."""
    doc = communique.parse(FRENCH)
    with pytest.raises(InputError):
        annotate(doc)
    with pytest.raises(InputError):
        annotate(doc, FRENCH[:20])


def test_a_web_page_is_annotated_from_its_own_text() -> None:
    """A page's document carries its text: no argument is needed."""
    page = "<html lang='fr'><body><article><p>" + FRENCH.replace("\n\n", "</p><p>") + "</p>"
    doc = communique.parse_html(page + "</article></body></html>")
    root = lxml.html.fragment_fromstring(annotate(doc), create_parent="div")
    assert doc.source is not None
    assert root.text_content() == doc.source.text


@pytest.mark.parametrize("name", ["fr", "en"])
def test_the_page_links_every_finding_to_its_mentions(name: str) -> None:
    """Every link of the page points at an element of the page; every mention is linked."""
    text = TEXTS[name]
    doc = communique.parse(text)
    page = render_page(doc, text, name="statement.txt")
    root = lxml.html.document_fromstring(page)
    ids = {str(element.get("id")) for element in root.iter() if element.get("id")}
    links = [str(a.get("href")) for a in root.iter("a") if a.get("href")]
    assert links
    assert all(link.startswith("#") and link[1:] in ids for link in links)
    linked = {link[1:] for link in links}
    persons = [len(p.mentions) for p in doc.persons]
    agreements = [len(a.mentions) for a in doc.agreements]
    for kind, counts in (("person", persons), ("agreement", agreements)):
        for number, count in enumerate(counts):
            assert {f"{kind}-{number}-{i}" for i in range(count)} <= linked
    assert {f"p-{p.index}" for p in doc.paragraphs} <= linked
    assert root.findtext(".//h1") == doc.title


def test_the_page_is_self_contained() -> None:
    """No script, no external stylesheet, image or font: one file that opens anywhere."""
    page = render_page(communique.parse(HOSTILE), HOSTILE, name="<x>.txt")
    assert not re.search(r"<script|<link|src=|url\(|https?://", page)
    assert "<title>&lt;x&gt;.txt</title>" in page


@given(
    text=st.text(alphabet="ab<&\"' \n", max_size=30),
    cuts=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=8),
)
def test_any_spans_give_well_nested_markup_of_the_same_text(
    text: str, cuts: list[tuple[int, int]]
) -> None:
    """Whatever the spans (nested, crossing, equal), the markup parses back to the text."""
    spans = [Span(min(a, b), max(a, b), "date", (("data-value", text[:3]),)) for a, b in cuts]
    fragment = render_spans(text, spans)
    root = lxml.html.fragment_fromstring(f"<div>{fragment}</div>")
    assert root.text_content() == text
    firsts = [m for m in root.iter("mark") if m.get("data-continued") is None]
    assert len(firsts) == len([s for s in spans if s.start < s.end <= len(text)])
