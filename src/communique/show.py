"""One self-contained HTML page showing a parsed document and everything found in it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Final

from communique.annotate import Span, original_text, render_spans, spans_of
from communique.model import Mention

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from communique.model import Communique

__all__ = ["render_page"]

_STYLE: Final = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{padding:1rem 2rem;background:#1f3a5f;color:#fff}header h1{margin:0;font-size:1.4rem}
.layout{display:grid;grid-template-columns:16rem minmax(0,1fr) 24rem;gap:1.5rem;padding:1.5rem}
nav ul{list-style:none;padding-left:0;margin:.2rem 0}nav li{margin:.15rem 0}
nav li.section{font-weight:bold;margin-top:.6rem}aside{overflow-x:auto}nav a,aside a{color:#1f3a5f}
#text{white-space:pre-wrap;background:#fff;padding:1rem 1.4rem;border:1px solid #ddd}
aside table{border-collapse:collapse;width:100%;margin-bottom:1.2rem;font-size:.85rem}
aside th,aside td{border-bottom:1px solid #ddd;padding:.2rem .3rem;text-align:left}
aside td{vertical-align:top}
mark.cq{border-radius:3px;padding:0 1px}.cq-person{background:#ffe08a}.cq-party{background:#b5e3b5}
.cq-date{background:#b9d7ff}.cq-agreement{background:#f4c2e0}.cq-alias{background:#e0d4ff}
.cq-acronym{background:#d6f0f0}:target{outline:2px solid #d33}.cq-heading{font-weight:bold}
.legend mark{margin-right:.4rem}
"""


def render_page(doc: Communique, text: str | None = None, *, name: str | None = None) -> str:
    """A whole HTML page: title and date, outline, highlighted text, tables of findings.

    The page has no external asset (inline style, no script). Each mention's element has an
    ``id`` (``person-0-1``: first person, second mention) that the side tables link to.

    Args:
        doc: a parsed communiqué.
        text: the string it was parsed from (not needed for a web page).
        name: what to call the document when it has no title (a file name).

    Raises:
        InputError: ``text`` is missing or is not the parsed text.

    Examples:
        >>> import communique
        >>> text = "1. Les ministres se sont réunis le 3 mai 2023."
        >>> page = render_page(communique.parse(text), text, name="note.txt")
        >>> 'id="date-0-0"' in page and 'href="#date-0-0"' in page and 'id="p-0"' in page
        True
    """
    original = original_text(doc, text)
    title = doc.title or name or "(untitled)"
    body = render_spans(original, [*_structure(doc), *spans_of(doc)], ids=True)
    return "".join((
        "<!DOCTYPE html>\n<html lang=\"", doc.language, "\"><head><meta charset=\"utf-8\">",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "<title>", _e(title), "</title><style>", _STYLE, "</style></head><body>",
        "<header><h1 id=\"title\">", _e(title), "</h1><p>date: <time>", _e(doc.date or "-"),
        "</time> · language: ", doc.language, "</p></header><div class=\"layout\">",
        "<nav aria-label=\"outline\"><h2>Outline</h2>", _outline(doc), "</nav>",
        "<main><div class=\"legend\">", _legend(), "</div><div id=\"text\">", body,
        "</div></main><aside>", _tables(doc), "</aside></div></body></html>\n",
    ))  # fmt: skip


def _e(value: object) -> str:
    return "" if value is None else html.escape(str(value))


def _structure(doc: Communique) -> list[Span]:
    """Paragraphs and headings as anchors for the outline."""
    spans = [Span(p.start, p.end, "paragraph", (), f"p-{p.index}", "span") for p in doc.paragraphs]
    for number, heading in enumerate(doc.headings):
        spans.append(Span(heading.start, heading.end, "heading", (), f"h-{number}", "span"))
    return spans


def _outline(doc: Communique) -> str:
    """Sections (headings) with their numbered paragraphs, each linked into the text."""
    items: list[str] = []
    section: str | None = None
    headings = {h.text: n for n, h in enumerate(doc.headings)}
    for paragraph in doc.paragraphs:
        if paragraph.section is not None and paragraph.section != section:
            anchor = headings.get(paragraph.section)
            link = f'<a href="#h-{anchor}">' if anchor is not None else "<a>"
            items.append(f'<li class="section">{link}{_e(paragraph.section)}</a></li>')
        section = paragraph.section
        label = f"{paragraph.number}." if paragraph.number else "¶"
        preview = paragraph.text[:60] + ("…" if len(paragraph.text) > 60 else "")
        items.append(f'<li><a href="#p-{paragraph.index}">{_e(label)} {_e(preview)}</a></li>')
    return "<ul>" + "".join(items) + "</ul>" if items else "<p>(no paragraphs)</p>"


def _legend() -> str:
    kinds = ("person", "party", "date", "agreement", "alias", "acronym")
    return "".join(f'<mark class="cq cq-{kind}">{kind}</mark>' for kind in kinds)


def _links(kind: str, number: int, mentions: Sequence[Mention]) -> str:
    return " ".join(
        f'<a href="#{kind}-{number}-{index}">{_e(m.text)}</a>' for index, m in enumerate(mentions)
    )


def _table(title: str, header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{_e(cell)}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    table_id = title.lower()
    return f'<h2 id="{table_id}">{_e(title)}</h2><table><tr>{head}</tr>{body}</table>'


def _tables(doc: Communique) -> str:
    """Side tables of persons, parties, dates and agreements, linked to their mentions."""
    persons = (
        (_e(p.name), _e(p.role), _e(p.affiliation), "yes" if p.participant else "no",
         _links("person", n, p.mentions))
        for n, p in enumerate(doc.persons)
    )  # fmt: skip
    parties = (
        (_e(p.name), _e(p.code), _e(p.kind), _links("party", n, p.mentions))
        for n, p in enumerate(doc.parties)
    )
    dates = (
        (_links("date", n, (Mention(d.text, d.start, d.end),)), _e(d.kind), _e(d.value))
        for n, d in enumerate(doc.dates)
    )
    agreements = (
        (_e(a.name), _e(a.acronym), _e(a.kind),
         _e(", ".join(f"{s.status} {s.date or ''}".strip() for s in a.status)),
         _links("agreement", n, a.mentions))
        for n, a in enumerate(doc.agreements)
    )  # fmt: skip
    return "".join((
        _table("Persons", ("name", "role", "affiliation", "participant", "mentions"), persons),
        _table("Parties", ("name", "code", "kind", "mentions"), parties),
        _table("Dates", ("mention", "kind", "value"), dates),
        _table("Agreements", ("name", "acronym", "kind", "status", "mentions"), agreements),
    ))  # fmt: skip
