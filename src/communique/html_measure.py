"""Which elements of a page are furniture, and which one holds the communiqué.

Both questions are answered from measures of every element (how many paragraphs it holds,
how much text) gathered in one bottom-up pass, so that nested containers, a page of a
hundred thousand paragraphs or two hundred nested ``class=content`` divs cost time linear
in the page's size; asking lxml for each element's descendants would cost size × depth.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from communique.lexicon.common.html import Rules, rules
from communique.patterncache import compile_pattern
from communique.records import shared_repr

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["Rules", "choose_content", "furniture", "rules"]

_WORD_SPLIT: Final = compile_pattern(r"[\s_-]+")
_MIN_CONTENT: Final = 150
_KEEP_WITH_PARAGRAPHS: Final = 2
_PARAGRAPH_TAGS: Final = frozenset({"p", "li"})


def _words(element: HtmlElement) -> set[str]:
    attributes = " ".join(str(element.get(a) or "") for a in ("class", "id", "role"))
    return {w.casefold() for w in _WORD_SPLIT.split(attributes) if w}


def _bottom_up(root: HtmlElement) -> list[HtmlElement]:
    """Every element of the page, each after all of its descendants."""
    elements = _elements(root)
    elements.reverse()
    return elements


def _elements(root: HtmlElement) -> list[HtmlElement]:
    """Every element of the page in document order (no comment or instruction)."""
    return [element for element in root.iter() if isinstance(element.tag, str)]


def furniture(root: HtmlElement, rules: Rules) -> set[HtmlElement]:
    """The elements set aside, with everything inside them (the root never is).

    An element goes if its tag is furniture (``<nav>``, ``<script>``...), if it is hidden,
    or if its class, id or role names furniture and it holds fewer than two paragraphs (a
    "related" block that is a block of paragraphs is the text itself).
    """
    paragraphs: dict[HtmlElement, int] = {}
    for element in _bottom_up(root):
        parent = element.getparent()
        if parent is not None:
            held = paragraphs.get(element, 0) + (element.tag == "p")
            paragraphs[parent] = paragraphs.get(parent, 0) + held
    gone: set[HtmlElement] = set()
    for element in _elements(root):
        parent = element.getparent()
        if parent is None:
            continue
        tag = str(element.tag).casefold()
        hidden = element.get("hidden") is not None or element.get("aria-hidden") == "true"
        named = bool(_words(element) & rules.drop_words)
        slight = paragraphs.get(element, 0) < _KEEP_WITH_PARAGRAPHS
        if parent in gone or tag in rules.drop_tags or hidden or (named and slight):
            gone.add(element)
    return gone


@shared_repr
@attrs.frozen(repr=False)
class _Measures:
    text: dict[HtmlElement, int]
    """Length of each element's text, furniture left out."""
    paragraphs: dict[HtmlElement, int]
    """Text of the paragraphs and list items at any depth (a nested item counted again)."""


def _paragraph_text(
    element: HtmlElement, measures: _Measures, gone: set[HtmlElement], rules: Rules
) -> int:
    """Text of the element's own paragraphs, each maybe in a wrapper of its own.

    Block editors wrap every paragraph in a ``<div>`` of its own (``<div
    class="wp-block-paragraph"><p>…</p></div>``): such a wrapper, its class naming a
    paragraph (``paragraph_words``), is the paragraph, so the block of them is as dense as
    a block of bare ``<p>``; a teaser list's wrappers (``class="widget"``) are not.
    """
    total = 0
    for child in element:
        if child in gone or not isinstance(child.tag, str):
            continue
        if (
            child.tag != "p"
            and len(child) == 1
            and child[0].tag == "p"
            and _words(child) & rules.paragraph_words
        ):
            held = measures.text[child[0]]
            if measures.text[child] - held <= len((child.text or "") + (child[0].tail or "")):
                child = child[0]
        if child.tag == "p":
            total += measures.text[child]
    return total


def _measure(root: HtmlElement, gone: set[HtmlElement]) -> _Measures:
    text: dict[HtmlElement, int] = {}
    paragraphs: dict[HtmlElement, int] = {}
    for node in reversed(list(root.iter())):
        parent = node.getparent()
        if not isinstance(node.tag, str):
            if parent is not None:  # a comment or instruction: only its tail is text
                text[parent] = text.get(parent, 0) + len(node.tail or "")
            continue
        own = text.get(node, 0) + len(node.text or "")
        text[node] = own
        if node.tag in _PARAGRAPH_TAGS:
            paragraphs[node] = paragraphs.get(node, 0) + own
        if parent is None:
            continue
        kept = node not in gone
        text[parent] = text.get(parent, 0) + (own if kept else 0) + len(node.tail or "")
        if kept:
            paragraphs[parent] = paragraphs.get(parent, 0) + paragraphs.get(node, 0)
    return _Measures(text, paragraphs)


def choose_content(root: HtmlElement, gone: set[HtmlElement], rules: Rules) -> HtmlElement:
    """The element holding the communiqué: article/main/a content class, else the densest."""
    measures = _measure(root, gone)
    candidates = [
        e
        for e in root.iter("article", "main", "div", "section")
        if e not in gone
        and (
            e.tag in ("article", "main")
            or e.get("role") == "main"
            or _words(e) & rules.content_words
        )
    ]
    scored = [(measures.paragraphs.get(e, 0), e) for e in candidates]
    scored = [(score, e) for score, e in scored if score >= _MIN_CONTENT]
    if scored:
        best = max(score for score, _ in scored)
        # The innermost candidate that still holds most of the best text.
        return [e for score, e in scored if score >= 0.8 * best][-1]
    parents = [
        (_paragraph_text(e, measures, gone, rules), e) for e in _elements(root) if e not in gone
    ]
    score, densest = max(parents, key=lambda pair: pair[0], default=(0, None))
    body = root.find("body")
    if densest is not None and score >= _MIN_CONTENT:
        return densest
    return body if body is not None and body not in gone else root
