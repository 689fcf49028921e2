"""Read Markdown (CommonMark, with YAML front matter) as text whose offsets point into the file.

``Reading.text`` is the file itself, so every mention slices out of the file as written.
The working text the pipeline reads is the file with its markup deleted: the front
matter, HTML blocks and comments, thematic breaks, heading and emphasis markers, link
targets, images, escapes and hard-break backslashes. Every deletion is an edit in the
offset map, line breaks are all kept (so blocks stay apart by their blank lines), and
list markers are kept as a reader sees them: bullets as ``-`` and ordered lists numbered
as CommonMark renders them (a list whose items all print ``1.`` reads 1, 2, 3).

The text of each block is located in the file by aligning markdown-it's inline tokens
with the block's source lines (``token.map``), so the reader never guesses at syntax.
Each block is recorded as a :class:`~communique.model.SourceBlock` with its line and
role (title, heading, list item, furniture for a link-only or image-only line).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.html import html_integer
from communique.inputs.front_matter import (
    read_front_matter,
    read_metadata_lines,
    split_front_matter,
)
from communique.inputs.reading import Facts, Reading
from communique.lexicon.common.html import rules
from communique.model import SourceBlock
from communique.offsets import Edit, OffsetMap, apply_edits
from communique.records import shared_repr

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

    from communique.model import BlockRole

__all__ = ["looks_like_markdown", "read_markdown"]

_MAX_NESTING: Final = 20
"""Deeper block or inline nesting is read as text: a hostile 10,000-level list stays linear."""
_NEAR: Final = 12
"""How far ahead a character of a decoded entity may be found before it counts as missing."""
_HEADING_WORDS: Final = 15
"""Longest line all in emphasis that is read as a heading."""
_LETTER: Final = re.compile(r"[^\W_]")
_MARKER: Final = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:([-+*])|(\d{1,9})[.)])")
_NON_SPACE: Final = re.compile(r"\S+")
_DATED_LINK: Final = re.compile(
    r"\[[ \t]*(?:[^\W\d_]+,?[ \t]+)?(?:\d{1,2}(?:er|st|nd|rd|th)?[ \t]+[^\W\d_]+\.?"
    r"|[^\W\d_]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?)[ \t]+\d{4}[ \t]*\]\([^()\s]*\)"
)
"""A link whose text is a day, a month and a year: a page's date printed as its permalink."""
_HTML_MARKUP: Final = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)|<[^>]*>", re.S | re.I
)
"""Tags, comments, and scripts or styles with their content: markup, not print."""
_TAG_NAME: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
_LINE_TEXT: Final = re.compile(r"[^\r\n]+")
_SENTENCE_ENDS: Final = '.!?»"”…'
"""What ends a sentence before an image read as a paragraph break."""
_LINE_END: Final = re.compile(r"[ \t]*(?:\r\n?|\n|\Z)")
_LIST_START: Final = re.compile(r"""\sstart\s*=\s*["']?([^"'>]*)""", re.I)
_LIST_TYPE: Final = re.compile(r"""\stype\s*=\s*["']?([^"'\s>]*)""", re.I)


@functools.cache
def _parser() -> MarkdownIt:
    # Built at the first Markdown read, not by ``import communique`` (about 40 ms).
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING})
    # Footnotes: a reference ("[^1]") is markup, a note's text is furniture below the text.
    return md.use(front_matter_plugin).use(footnote_plugin).enable("table")


def looks_like_markdown(text: str) -> bool:
    """Whether text opens with a YAML front-matter block (``---`` … ``---`` with keys)."""
    return split_front_matter(text) is not None


@shared_repr
@attrs.define(repr=False)
class _State:
    """What the walk over the tokens collects."""

    text: str
    line_starts: list[int]
    kept: list[tuple[int, int]] = attrs.Factory(list)
    edits: list[Edit] = attrs.Factory(list)
    blocks: list[SourceBlock] = attrs.Factory(list)
    facts: Facts = attrs.Factory(Facts)
    h1: str | None = None
    marker_end: int = 0
    """End of the last list marker read: a nested list may open on its line ("1. 2) x")."""
    footnotes: int = 0
    """Depth of footnote definitions the walk is in: their text is furniture."""

    def region(self, token: Token) -> tuple[int, int]:
        first, last = token.map or (0, 0)
        return self.line_starts[first], self.line_starts[min(last, len(self.line_starts) - 1)]


def read_markdown(text: str) -> Reading:
    r"""Read a Markdown document.

    >>> page = "---\ntitle: Visite\n---\n# Visite\n\nLe **ministre** est venu.\n"
    >>> reading = read_markdown(page)
    >>> reading.facts.title, reading.working.split()
    ('Visite', ['Visite', 'Le', 'ministre', 'est', 'venu.'])
    """
    # Lines as markdown-it counts them: "\r\n", a lone "\r" and "\n" each end one.
    starts = [0, *(m.end() for m in re.finditer("\r\n?|\n", text)), len(text)]
    state = _State(text, starts)
    source = text
    if (header := read_metadata_lines(text)) is not None:
        # Metadata lines without fences: markdown-it reads their lines as blank ones (the
        # same line count, so its line maps still point into the file).
        state.facts = header[1]
        source = _LINE_TEXT.sub("", text[: header[0]]) + text[header[0] :]
    tokens = _parser().parse(source)
    _walk(state, tokens)
    facts = state.facts
    if facts.title is None and state.h1:
        facts = attrs.evolve(facts, title=state.h1)
    edits = sorted([*state.edits, *_deletions(text, state.kept)], key=lambda e: e.start)
    working, offsets = apply_edits(text, OffsetMap.identity(len(text)), edits)
    return Reading(text, "markdown", working, offsets, tuple(state.blocks), facts)


def _walk(state: _State, tokens: list[Token]) -> None:
    parents: list[Token] = []
    for token in tokens:
        if token.type == "front_matter":
            state.facts = read_front_matter(token.content)
        elif token.type in ("fence", "code_block") and token.map:
            _keep_code(state, token)
        elif token.type == "html_block" and token.map:
            _keep_html_text(state, token)
        elif token.type == "ordered_list_open" or token.type == "bullet_list_open":
            parents.append(token)
            token.meta["items"] = 0
        elif token.type in ("ordered_list_close", "bullet_list_close"):
            parents.pop()
        elif token.type == "list_item_open" and parents:
            _keep_marker(state, token, parents[-1])
        elif token.type in ("heading_open", "paragraph_open", "th_open", "td_open"):
            parents.append(token)
        elif token.type in ("heading_close", "paragraph_close", "th_close", "td_close"):
            parents.pop()
        elif token.type == "footnote_open":
            state.footnotes += 1
        elif token.type == "footnote_close":
            state.footnotes -= 1
        elif token.type == "inline" and token.map:
            _read_inline(state, token, parents[-1] if parents else None, _in_list(parents))


def _in_list(parents: list[Token]) -> bool:
    return any(p.type.endswith("_list_open") for p in parents)


def _keep_code(state: _State, token: Token) -> None:
    """Code is text as printed: keep its lines, not the fences.

    An indented block that opens with a tag is HTML, not code: exports from web pages
    indent their markup ("        <span …/><p>…</p>"), and the page printed it as text.
    """
    if token.type == "code_block" and _TAG_NAME.match(token.content.lstrip()) is not None:
        _keep_html_text(state, token)
        return
    first, last = token.map or (0, 0)
    if token.type == "fence":
        first, last = first + 1, max(first + 1, last - 1)
    state.kept.append((state.line_starts[first], state.line_starts[last]))


def _keep_html_text(state: _State, token: Token) -> None:
    """Keep the text between the tags of an HTML block (not scripts, styles or comments).

    The items of an ordered list (``<ol>``) are numbered as a browser shows them: the
    ``<li>`` tag reads as "1. ", "2. " (``start`` honoured), as the HTML reader does, and
    block tags end a line of text (:func:`_tag_break`), so "<p>A.</p><p>B.</p>" reads as two
    paragraphs.
    """
    start, end = state.region(token)
    position = start
    spans = []
    # Open lists, innermost last: the next number of an <ol>, None for a <ul> or lettered list.
    lists: list[int | None] = []
    for markup in _HTML_MARKUP.finditer(state.text, start, end):
        if markup.start() > position and state.text[position : markup.start()].strip():
            spans.append((position, markup.start()))
        position = markup.end()
        number = _list_tag(markup.group(), lists)
        label = _tag_break(state.text, *markup.span())
        if number is not None:
            label += f"{number}. "
        if label:
            state.kept.append(markup.span())
            state.edits.append(Edit(*markup.span(), label))
    if position < end and state.text[position:end].strip():
        spans.append((position, end))
    if spans:
        state.kept.extend(spans)
        first_line = (token.map or (0, 0))[0] + 1
        state.blocks.append(
            SourceBlock(spans[0][0], spans[-1][1], line=first_line, role="paragraph")
        )


def _list_tag(tag: str, lists: list[int | None]) -> int | None:
    """Follow the lists a tag opens or closes; the number an ordered list's item shows.

    ``start`` is read by HTML's rules for integers (:func:`communique.html.html_integer`).
    """
    name = _TAG_NAME.match(tag)
    if name is None:
        return None
    closing, kind = name.group(1), name.group(2).casefold()
    if kind in ("ol", "ul") and closing:
        if lists:
            lists.pop()
    elif kind == "ul":
        lists.append(None)
    elif kind == "ol":
        start = _LIST_START.search(tag)
        kind_of = _LIST_TYPE.search(tag)
        numbered = kind_of is None or kind_of.group(1) == "1"
        first = html_integer(start.group(1)) if start is not None else None
        lists.append((1 if first is None else first) if numbered else None)
    elif kind == "li" and not closing and lists and (number := lists[-1]) is not None:
        lists[-1] = number + 1
        return number
    return None


def _tag_break(text: str, start: int, end: int) -> str:
    """The line break the HTML tag ``text[start:end]`` stands for in print ("" if none).

    A block tag (``resources/common/html.toml``) ends a paragraph, ``<br>`` a line, unless
    the file breaks the line there already (nothing printed before or after it on its line).
    """
    name = _TAG_NAME.match(text, start, end)
    if name is None or _LINE_END.match(text, end) is not None:
        return ""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1  # only the spaces: a search back to the line's start is quadratic
    if before == 0 or text[before - 1] in "\r\n":
        return ""
    kind = name.group(2).casefold()
    if kind == "br":
        return "\n"
    return "\n\n" if kind in rules().block_tags else ""


def _keep_marker(state: _State, item: Token, parent: Token) -> None:
    """Keep a list item's marker: ``-`` for a bullet, the rendered number for an ordered item."""
    index = parent.meta["items"]
    parent.meta["items"] = index + 1
    # "1. 2) x": the nested item's line is its parent's; its marker follows the parent's.
    start = max(state.region(item)[0], state.marker_end)
    match = _MARKER.match(state.text, start)
    if match is None:
        return
    state.marker_end = match.end()
    if match.group(1) is not None:
        state.kept.append(match.span(1))
        if match.group(1) == "+":
            state.edits.append(Edit(*match.span(1), "-"))
        return
    state.kept.append((match.start(2), match.end()))
    first = parent.attrGet("start")
    number = (int(first) if isinstance(first, (int, str)) else 1) + index
    if str(number) != match.group(2):
        state.edits.append(Edit(*match.span(2), str(number)))


@shared_repr
@attrs.define(repr=False)
class _Inline:
    """Where the texts of one inline token were found, and under which markup."""

    spans: list[tuple[int, int]] = attrs.Factory(list)
    plain_letters: bool = False
    """Letters outside links, images and emphasis."""
    linked_letters: bool = False
    emphasis_letters: bool = False
    closing_tag: bool = False
    """The block ends with an HTML tag (``</a>``), which is markup, not print."""
    breaks: list[Edit] = attrs.Factory(list)
    """Block tags inside the text ("…</p><p>…"), each read as the line break it prints."""


def _read_inline(state: _State, token: Token, parent: Token | None, in_list: bool) -> None:
    start, end = state.region(token)
    found = _align(state.text, token.children or [], start, end)
    if not found.spans:
        return
    role = "furniture" if state.footnotes else _role(parent, found, in_list, token.content)
    if role == "furniture" and not found.closing_tag:
        # Furniture is reported as printed, link targets included: keep the whole line.
        last = _text_end(state.text, start, end)
        first = found.spans[0][0]
        while first > start and state.text[first - 1] in "[!":
            first -= 1  # the link's or the image's opening bracket: "[Share](…)", "![](…)"
        found.spans = [(first, max(last, found.spans[-1][1]))]
    state.kept.extend(found.spans)
    if role != "furniture":
        state.kept.extend((edit.start, edit.end) for edit in found.breaks)
        state.edits.extend(found.breaks)
    if role == "title" and state.h1 is None:
        state.h1 = " ".join(token.content.split())
    elif role == "title":
        role = "heading"
    first_line = (token.map or (0, 0))[0] + 1
    # The block starts where its line's print starts: a list marker or "#" included.
    begin = _NON_SPACE.search(state.text, start, found.spans[0][0] + 1)
    first = begin.start() if begin is not None else found.spans[0][0]
    state.blocks.append(SourceBlock(first, found.spans[-1][1], line=first_line, role=role))


def _text_end(text: str, start: int, end: int) -> int:
    """End of the last non-space character of ``text[start:end]``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _role(parent: Token | None, found: _Inline, in_list: bool, content: str) -> BlockRole:
    if parent is not None and parent.type == "heading_open":
        return "title" if parent.tag == "h1" else "heading"
    if parent is not None and parent.type in ("th_open", "td_open"):
        return "table"
    if not found.plain_letters and not found.emphasis_letters:
        if _DATED_LINK.fullmatch(content.strip()):
            return "paragraph"  # "[14 avril 2026](…/post/)": a blog's date, printed as a link
        # Nothing but links, images or symbols ("📄 Download", "\\###"): page furniture.
        return "furniture"
    if in_list:
        return "list_item"
    if not found.plain_letters and not found.linked_letters and _heading_sized(content):
        return "heading"  # a short line all in bold or italics
    return "paragraph"


def _heading_sized(content: str) -> bool:
    """One short line that does not end a sentence: a bold paragraph is still a paragraph."""
    text = content.strip().rstrip("*_ ")
    return "\n" not in text and len(text.split()) <= _HEADING_WORDS and not text.endswith(".")


def _align(text: str, children: list[Token], start: int, end: int) -> _Inline:
    """Find each text child in ``text[start:end]``, in order; what lies between is markup."""
    found = _Inline()
    cursor = start
    links = emphasis = 0
    image = False
    for child in children:
        kind = child.type
        image = image or kind == "image"
        found.closing_tag = kind == "html_inline"
        if kind == "link_open" or (kind == "html_inline" and child.content.startswith("<a")):
            links += 1
        elif kind == "link_close" or (kind == "html_inline" and child.content.startswith("</a")):
            links = max(0, links - 1)
        elif kind in ("strong_open", "em_open"):
            emphasis += 1
        elif kind in ("strong_close", "em_close"):
            emphasis = max(0, emphasis - 1)
        if kind == "html_inline" and (position := text.find(child.content, cursor, end)) >= 0:
            cursor = position + len(child.content)
            if label := _tag_break(text, position, cursor):
                found.breaks.append(Edit(position, cursor, label))
        elif kind in ("text", "code_inline") and child.content:
            before = found.spans[-1][1] if found.spans else None
            cursor = _find(text, child.content, cursor, end, found.spans)
            if image and before is not None and child.content.strip():
                _image_break(text, before, found)
            image = False
            if _LETTER.search(child.content):
                if links:
                    found.linked_letters = True
                elif emphasis:
                    found.emphasis_letters = True
                else:
                    found.plain_letters = True
    return found


def _image_break(text: str, before: int, found: _Inline) -> None:
    """Read an image between a sentence's end and a capital as the paragraph break it shows.

    A page converted to Markdown may lose the break around a photo: "… multilateral
    platforms.[![Photo](…)](…)The ministers also …" prints two paragraphs.
    """
    after = found.spans[-1][0]
    if (
        before < 1
        or text[before - 1] not in _SENTENCE_ENDS
        or not text[after : after + 1].isupper()
    ):
        return
    if "\n" in text[before:after]:
        return  # the file breaks the line there already
    found.breaks.append(Edit(before, after, "\n\n"))


def _find(text: str, content: str, cursor: int, end: int, spans: list[tuple[int, int]]) -> int:
    """Record where ``content`` stands from ``cursor`` on; return the position after it."""
    position = text.find(content, cursor, end)
    if position >= 0:
        spans.append((position, position + len(content)))
        return position + len(content)
    # Escapes and entities were decoded: align character by character.
    for char in content:
        position = text.find(char, cursor, min(end, cursor + _NEAR))
        if position < 0:
            continue  # a decoded entity's character: not in the file as such
        if spans and spans[-1][1] == position:
            spans[-1] = (spans[-1][0], position + 1)
        else:
            spans.append((position, position + 1))
        cursor = position + 1
    return cursor


def _deletions(text: str, kept: list[tuple[int, int]]) -> list[Edit]:
    """Delete every non-space character outside the kept spans (white space stays)."""
    edits: list[Edit] = []
    position = 0
    for start, end in sorted(kept):
        if start > position:
            edits.extend(Edit(*m.span()) for m in _NON_SPACE.finditer(text, position, start))
        position = max(position, end)
    edits.extend(Edit(*m.span()) for m in _NON_SPACE.finditer(text, position, len(text)))
    return edits
