"""Read a web page as text: the input adapter for press-release pages (lxml).

The page is decoded (:mod:`communique.web_encoding`), parsed by lxml's HTML parser with no
network and no huge-tree mode, its scripts, navigation, share widgets, cookie banners and
footers set aside, and its main content (``<article>``, ``<main>``, a content class, else
the densest block of paragraphs) is turned into lines of text: one block per paragraph,
list item or heading, ``<br>`` a line break, ordered lists numbered. Nothing after this
module knows the input was HTML.

Every pass over the tree is linear in the page's size: measures are gathered bottom-up in
one pass (:mod:`communique.html_measure`), the furniture is set aside rather than cut out of
the tree (cutting joins tails, which is quadratic), and each block's XPath is built on the
way down rather than asked of lxml (which counts the siblings again for every block).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Final

import attrs

from communique.errors import HtmlError, InputTypeError
from communique.html_measure import Rules, choose_content, furniture, rules
from communique.inputs.limits import DEFAULT_MAX_PAGE_BYTES
from communique.model import SourceBlock
from communique.page_facts import PageFacts, page_facts
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.web_encoding import decode_html

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["DEFAULT_MAX_BYTES", "Page", "decode_html", "html_integer", "read_page"]

DEFAULT_MAX_BYTES: Final = DEFAULT_MAX_PAGE_BYTES
_XML_DECLARATION: Final = compile_pattern(r"\s*<\?xml[^>]*\?>")
_DOCTYPE_SUBSET: Final = compile_pattern(r"\s*<!DOCTYPE\b[^\[>]*\[", re.I)
_SUBSET_PART: Final = compile_pattern(r"""[^\]"']+|"[^"]*"|'[^']*'""")
_SUBSET_CLOSE: Final = compile_pattern(r"\]\s*>")
_SURROGATE: Final = compile_pattern(r"[\ud800-\udfff]")
_HTML_INTEGER: Final = compile_pattern(r"[ \t\n\f\r]*([-+]?[0-9]{1,9})(?![0-9])")
_SPACES: Final = compile_pattern(r"[ \t\r\n\f\v\u00a0]+")
_XPATH_NAME: Final = compile_pattern(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")

# What a step of the walk does with its element: open it (text, then children), close it
# (end its block, then its tail), or give only its tail (an element set aside, a comment).
_OPEN: Final = 0
_CLOSE: Final = 1
_TAIL: Final = 2


@shared_repr
@attrs.frozen(repr=False)
class Page:
    """A page read as text: the text, where each block came from, and the page's facts."""

    text: str
    blocks: tuple[SourceBlock, ...]
    facts: PageFacts


def _whole_characters(markup: str) -> str:
    """``markup`` with each lone surrogate replaced by U+FFFD.

    No encoding can write a lone surrogate, and lxml stops reading the page at one: the
    rest of the text would be lost without a word. A pair of surrogates is read as the
    character it encodes, as a browser reading UTF-16 would.
    """
    if _SURROGATE.search(markup) is None:
        return markup
    return markup.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _blank_prologue(markup: str) -> str:
    """``markup`` without its XML declaration and a DOCTYPE's internal subset.

    lxml refuses a ``str`` that declares an encoding, and its HTML parser reads no internal
    subset: the DOCTYPE would end at the first ``>`` inside it and the rest ("]>") become
    text. Both are replaced by as many line breaks, so elements keep their source lines.
    """
    end = 0
    if (declaration := _XML_DECLARATION.match(markup)) is not None:
        end = declaration.end()
    if (doctype := _DOCTYPE_SUBSET.match(markup, end)) is not None:
        position = doctype.end()
        while (part := _SUBSET_PART.match(markup, position)) is not None:
            position = part.end()
        if (closing := _SUBSET_CLOSE.match(markup, position)) is not None:
            end = closing.end()
    return "\n" * markup.count("\n", 0, end) + markup[end:] if end else markup


def _tree(markup: str) -> HtmlElement:
    """Parse without network access, entity expansion from a DTD or huge-tree mode."""
    # lxml is imported by the first page read, not by ``import communique`` (cold start).
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(
        recover=True, no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        root = lxml_html.document_fromstring(_blank_prologue(markup), parser=parser)
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
        HtmlError: the page is larger than ``max_bytes``, cannot be parsed at all, or
            declares an encoding that browsers refuse to decode.
    """
    if not isinstance(markup, (str, bytes, bytearray)):
        raise InputTypeError(f"expected str or bytes, got {type(markup).__name__}")
    # A str longer than the limit is refused before it is encoded (each character is at
    # least one byte): a huge page costs no copy.
    size, at_least = len(markup), isinstance(markup, str)
    if at_least and size <= max_bytes:
        size, at_least = len(str(markup).encode("utf-8", "surrogatepass")), False
    if size > max_bytes:
        amount = f"at least {size:,}" if at_least else f"{size:,}"
        raise HtmlError(f"page of {amount} bytes exceeds the limit of {max_bytes:,}")
    text = _whole_characters(markup) if isinstance(markup, str) else decode_html(bytes(markup))
    root = _tree(text)
    reading = rules()
    facts = page_facts(root, reading.title_separators)
    gone = furniture(root, reading)
    content = choose_content(root, gone, reading)
    heading = next((h for h in root.iter("h1") if h not in gone), None)
    return _assemble(root, content, heading, gone, reading, facts)


@shared_repr
@attrs.define(repr=False)
class _Writer:
    """Accumulates blocks of text, each remembered with its element and that one's XPath."""

    blocks: list[tuple[str, HtmlElement, str]] = attrs.Factory(list)
    pieces: list[str] = attrs.Factory(list)
    owner: tuple[HtmlElement, str] | None = None

    def add(self, text: str | None, owner: HtmlElement, path: str) -> None:
        if text:
            if not self.pieces:
                self.owner = (owner, path)
            self.pieces.append(text)

    def flush(self) -> None:
        if not self.pieces:
            return
        text = "\n".join(
            " ".join(_SPACES.sub(" ", line).split()) for line in "".join(self.pieces).split("\n")
        )
        text = "\n".join(line for line in text.split("\n") if line)
        if text and self.owner is not None:
            self.blocks.append((text, *self.owner))
        self.pieces, self.owner = [], None


_Step = tuple["HtmlElement", str, "HtmlElement", str, int, str]
"""An element, its XPath, the element owning its tail and that one's XPath, what to do, and
the label it opens with (its number in an ordered list)."""


def _walk(element: HtmlElement, writer: _Writer, rules: Rules, gone: set[HtmlElement]) -> None:
    """Write the text of ``element`` block by block (iteratively: pages may nest deeply)."""
    path = _xpath(element)
    parent = element.getparent()
    owner, owner_path = (parent, _xpath(parent)) if parent is not None else (element, path)
    stack: list[_Step] = [(element, path, owner, owner_path, _OPEN, "")]
    while stack:
        node, path, owner, owner_path, step, label = stack.pop()
        tag = node.tag.casefold() if isinstance(node.tag, str) else ""
        if step != _OPEN:
            if step == _CLOSE and tag in rules.block_tags:
                writer.flush()
            writer.add(node.tail, owner, owner_path)
            continue
        if tag in rules.block_tags:
            writer.flush()
        if tag == "br":
            writer.add("\n", node, path)
        writer.add(label, node, path)
        writer.add(node.text, node, path)
        stack.append((node, path, owner, owner_path, _CLOSE, ""))
        stack.extend(reversed(_children(node, path, gone)))


def _children(node: HtmlElement, path: str, gone: set[HtmlElement]) -> list[_Step]:
    """The steps for the children of ``node``: XPaths and list numbers in one pass."""
    if not len(node):
        return []
    items = [c for c in node if c.tag == "li" and c not in gone] if node.tag == "ol" else []
    labels = dict(zip(items, (f"{n}. " for n in _ordinals(node, items)), strict=True))
    steps: list[_Step] = []
    for child, where in zip(node, _location_steps(node), strict=True):
        if where is None:
            steps.append((child, path, node, path, _TAIL, ""))
        else:
            step = _TAIL if child in gone else _OPEN
            steps.append((child, f"{path}/{where}", node, path, step, labels.get(child, "")))
    return steps


def _location_steps(node: HtmlElement) -> list[str | None]:
    """The XPath step to each child of ``node`` (None for a child that is no element).

    As lxml writes them ("p", "p[2]" when siblings share the name), except for a name that
    is no plain XPath name ("svg:path", "a<b"): that one is reached by its position
    among the element children ("*[3]"), which needs no name at all.
    """
    same_name = Counter(child.tag for child in node if isinstance(child.tag, str))
    seen: Counter[str] = Counter()
    steps: list[str | None] = []
    position = 0
    for child in node:
        if not isinstance(child.tag, str):
            steps.append(None)
            continue
        position += 1
        name = child.tag
        seen[name] += 1
        if _XPATH_NAME.match(name) is None:
            steps.append(f"*[{position}]")
        else:
            steps.append(name if same_name[name] == 1 else f"{name}[{seen[name]}]")
    return steps


def _xpath(element: HtmlElement) -> str:
    """The XPath of ``element``, written as ``_location_steps`` writes each step."""
    steps = []
    child, parent = element, element.getparent()
    while parent is not None:
        step = _location_steps(parent)[parent.index(child)]
        steps.append(step or "*")
        child, parent = parent, parent.getparent()
    root = str(child.tag)
    steps.append(root if _XPATH_NAME.match(root) else "*")
    return "/" + "/".join(reversed(steps))


def _ordinals(listing: HtmlElement, items: list[HtmlElement]) -> list[int]:
    """The numbers a browser shows for the items of an ordered list.

    ``start`` and an item's ``value`` are read by HTML's rules for parsing integers (ASCII
    digits after optional spaces and sign, anything after ignored); a value of more than
    nine digits is ignored as out of range. A ``reversed`` list counts down, by default
    from its number of items.
    """
    step = -1 if listing.get("reversed") is not None else 1
    start = html_integer(listing.get("start"))
    number = start if start is not None else (len(items) if step < 0 else 1)
    ordinals = []
    for item in items:
        value = html_integer(item.get("value"))
        number = value if value is not None else number
        ordinals.append(number)
        number += step
    return ordinals


def html_integer(value: str | None) -> int | None:
    """An attribute's integer by HTML's rules: spaces, a sign, up to nine digits, then anything.

    >>> html_integer(" 3rd"), html_integer("x")
    (3, None)
    """
    match = _HTML_INTEGER.match(value) if value is not None else None
    return int(match.group(1)) if match is not None else None


def _common_ancestor(first: HtmlElement, second: HtmlElement) -> HtmlElement | None:
    ancestors = set(first.iterancestors())
    return next((a for a in second.iterancestors() if a in ancestors), None)


def _assemble(
    root: HtmlElement,
    content: HtmlElement,
    heading: HtmlElement | None,
    gone: set[HtmlElement],
    rules: Rules,
    facts: PageFacts,
) -> Page:
    writer = _Writer()
    if heading is not None and heading is not content and content not in heading.iterancestors():
        # The title and its dateline often sit beside the text, under one container.
        shared = _common_ancestor(heading, content)
        if shared is not None and shared.tag not in ("body", "html"):
            content = shared
        else:
            _walk(heading, writer, rules, gone)
    _walk(content, writer, rules, gone)
    writer.flush()
    texts, blocks, position = [], [], 0
    for text, element, path in writer.blocks:
        texts.append(text)
        blocks.append(SourceBlock(position, position + len(text), path, element.sourceline))
        position += len(text) + 2
    return Page("\n\n".join(texts), tuple(blocks), facts)
