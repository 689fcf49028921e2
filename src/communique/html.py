"""Read a web page as text: the input adapter for press-release pages (lxml).

The page is decoded (BOM, declared charset, UTF-8, else Windows-1252), parsed by lxml's
HTML parser with no network and no huge-tree mode, stripped of scripts, navigation, share
widgets, cookie banners and footers, and its main content (``<article>``, ``<main>``, a
content class, else the densest block of paragraphs) is turned into lines of text: one
block per paragraph, list item or heading, ``<br>`` a line break, ordered lists numbered.
Nothing after this module knows the input was HTML.
"""

from __future__ import annotations

import codecs
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs
from lxml import etree
from lxml import html as lxml_html

from communique.errors import HtmlError, InputTypeError
from communique.lexicon import load_table, string_list
from communique.model import SourceBlock
from communique.page_facts import PageFacts, page_facts

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["DEFAULT_MAX_BYTES", "Page", "decode_html", "read_page"]

DEFAULT_MAX_BYTES: Final = 10_000_000
_CHARSET: Final = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_XML_DECLARATION: Final = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACES: Final = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_WORD_SPLIT: Final = re.compile(r"[\s_-]+")
_MIN_CONTENT: Final = 150
_KEEP_WITH_PARAGRAPHS: Final = 2


@attrs.frozen
class Page:
    """A page read as text: the text, where each block came from, and the page's facts."""

    text: str
    blocks: tuple[SourceBlock, ...]
    facts: PageFacts


@attrs.frozen(eq=False)
class _Rules:
    drop_tags: frozenset[str]
    drop_words: frozenset[str]
    content_words: frozenset[str]
    block_tags: frozenset[str]
    title_separators: tuple[str, ...]


@functools.cache
def _rules() -> _Rules:
    table = load_table("common", "html")

    def words(key: str) -> tuple[str, ...]:
        return string_list(table, key, where="common/html.toml")

    return _Rules(
        frozenset(words("drop_tags")),
        frozenset(words("drop_words")),
        frozenset(words("content_words")),
        frozenset(words("block_tags")),
        words("title_separators"),
    )


def decode_html(data: bytes) -> str:
    """Decode page bytes: a byte-order mark, else the declared charset, else UTF-8.

    Pages that declare nothing and are not UTF-8 are read as Windows-1252, which they are
    most often written in.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    declared = _CHARSET.search(data[:4096])
    if declared is not None:
        try:
            return data.decode(
                codecs.lookup(declared.group(1).decode("ascii")).name, errors="replace"
            )
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _tree(markup: str) -> HtmlElement:
    """Parse without network access, entity expansion from a DTD or huge-tree mode."""
    parser = lxml_html.HTMLParser(
        recover=True, no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        root = lxml_html.document_fromstring(
            _XML_DECLARATION.sub("", markup, count=1), parser=parser
        )
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise HtmlError(f"cannot read the page: {error}") from error
    if root is None:
        raise HtmlError("the page holds no HTML")
    # Without huge-tree mode libxml2 stops at a nesting depth of 256 and drops the rest:
    # say so rather than return a page with its text missing.
    if any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log):
        raise HtmlError("the page nests elements too deeply to be read safely (over 256 levels)")
    return root


def read_page(markup: str | bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Read a page's main text, block by block.

    Raises:
        InputTypeError: ``markup`` is neither ``str`` nor ``bytes``.
        HtmlError: the page is larger than ``max_bytes`` or cannot be parsed at all.
    """
    if not isinstance(markup, (str, bytes, bytearray)):
        raise InputTypeError(f"expected str or bytes, got {type(markup).__name__}")
    size = len(markup.encode("utf-8", "surrogatepass")) if isinstance(markup, str) else len(markup)
    if size > max_bytes:
        raise HtmlError(f"page of {size:,} bytes exceeds the limit of {max_bytes:,}")
    text = decode_html(bytes(markup)) if not isinstance(markup, str) else markup
    root = _tree(text)
    rules = _rules()
    facts = page_facts(root, rules.title_separators)
    _drop_furniture(root, rules)
    content = _content(root, rules)
    heading = root.find(".//h1")
    return _assemble(root, content, heading, rules, facts)


def _words(element: HtmlElement) -> set[str]:
    attributes = " ".join(str(element.get(a) or "") for a in ("class", "id", "role"))
    return {w.casefold() for w in _WORD_SPLIT.split(attributes) if w}


def _drop_furniture(root: HtmlElement, rules: _Rules) -> None:
    doomed = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.casefold()
        hidden = element.get("hidden") is not None or element.get("aria-hidden") == "true"
        furniture = bool(_words(element) & rules.drop_words)
        if tag in rules.drop_tags or hidden or (furniture and _slight(element)):
            doomed.append(element)
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()


def _slight(element: HtmlElement) -> bool:
    """A furniture-named element is dropped only if it is no block of paragraphs itself."""
    return len(element.findall(".//p")) < _KEEP_WITH_PARAGRAPHS


def _paragraph_text(element: HtmlElement) -> int:
    return sum(len(p.text_content()) for p in element.iter("p", "li"))


def _content(root: HtmlElement, rules: _Rules) -> HtmlElement:
    """The element holding the communiqué: article/main/a content class, else the densest."""
    candidates = [
        e
        for e in root.iter("article", "main", "div", "section")
        if e.tag in ("article", "main")
        or e.get("role") == "main"
        or _words(e) & rules.content_words
    ]
    scored = [(_paragraph_text(e), e) for e in candidates]
    scored = [(score, e) for score, e in scored if score >= _MIN_CONTENT]
    if scored:
        best = max(score for score, _ in scored)
        # The innermost candidate that still holds most of the best text.
        return [e for score, e in scored if score >= 0.8 * best][-1]
    parents = [
        (sum(len(p.text_content()) for p in e.findall("p")), e)
        for e in root.iter()
        if isinstance(e.tag, str)
    ]
    score, densest = max(parents, key=lambda pair: pair[0], default=(0, None))
    body = root.find("body")
    return (
        densest
        if densest is not None and score >= _MIN_CONTENT
        else (body if body is not None else root)
    )


@attrs.define
class _Writer:
    """Accumulates blocks of text, each remembered with its element."""

    tree: etree._ElementTree
    blocks: list[tuple[str, HtmlElement]] = attrs.Factory(list)
    pieces: list[str] = attrs.Factory(list)
    owner: HtmlElement | None = None

    def add(self, text: str | None, owner: HtmlElement) -> None:
        if text:
            if not self.pieces:
                self.owner = owner
            self.pieces.append(text)

    def flush(self) -> None:
        text = "\n".join(
            " ".join(_SPACES.sub(" ", line).split()) for line in "".join(self.pieces).split("\n")
        )
        text = "\n".join(line for line in text.split("\n") if line)
        if text and self.owner is not None:
            self.blocks.append((text, self.owner))
        self.pieces, self.owner = [], None


def _walk(element: HtmlElement, writer: _Writer, rules: _Rules) -> None:
    """Write the text of ``element`` block by block (iteratively: pages may nest deeply)."""
    stack: list[tuple[HtmlElement, bool]] = [(element, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag.casefold() if isinstance(node.tag, str) else ""
        if closing:
            if tag in rules.block_tags:
                writer.flush()
            parent = node.getparent()
            writer.add(node.tail, parent if parent is not None else node)
            continue
        if tag in rules.block_tags:
            writer.flush()
        if tag == "br":
            writer.add("\n", node)
        if tag == "li" and (parent := node.getparent()) is not None and parent.tag == "ol":
            writer.add(f"{_item_number(node, parent)}. ", node)
        writer.add(node.text, node)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node) if isinstance(child.tag, str))


def _item_number(item: HtmlElement, listing: HtmlElement) -> int:
    start = int(listing.get("start", "1")) if str(listing.get("start", "1")).isdigit() else 1
    return start + [c for c in listing if c.tag == "li"].index(item)


def _common_ancestor(first: HtmlElement, second: HtmlElement) -> HtmlElement | None:
    ancestors = set(first.iterancestors())
    return next((a for a in second.iterancestors() if a in ancestors), None)


def _assemble(
    root: HtmlElement,
    content: HtmlElement,
    heading: HtmlElement | None,
    rules: _Rules,
    facts: PageFacts,
) -> Page:
    writer = _Writer(root.getroottree())
    if heading is not None and heading not in content.iter():
        # The title and its dateline often sit beside the text, under one container.
        shared = _common_ancestor(heading, content)
        if shared is not None and shared.tag not in ("body", "html"):
            content = shared
        else:
            _walk(heading, writer, rules)
    _walk(content, writer, rules)
    writer.flush()
    texts, blocks, position = [], [], 0
    for text, element in writer.blocks:
        texts.append(text)
        xpath = writer.tree.getpath(element)
        blocks.append(SourceBlock(position, position + len(text), xpath, element.sourceline))
        position += len(text) + 2
    return Page("\n\n".join(texts), tuple(blocks), facts)
