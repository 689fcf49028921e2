"""Turn the final working document into the public :class:`~communique.model.Communique`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.model import Communique, Heading, Mention, Paragraph

if TYPE_CHECKING:
    from communique.document import Document, Unit

__all__ = ["assemble"]


def _span(doc: Document, unit: Unit) -> Mention:
    start, end = unit.span(0, len(unit.text))
    return doc.mention(start, end)


def assemble(doc: Document) -> Communique:
    """Copy what the stages found into the result model."""
    paragraphs = tuple(
        Paragraph(index, p.number, p.unit.text, p.start, p.end, p.section)
        for index, p in enumerate(doc.paragraphs)
    )
    headings = tuple(Heading(unit.text, *unit.span(0, len(unit.text))) for unit in doc.headings)
    return Communique(
        language=doc.lang,
        title=doc.title.text if doc.title else None,
        date=doc.date,
        parties=doc.parties,
        paragraphs=paragraphs,
        headings=headings,
        boilerplate=doc.boilerplate,
        persons=doc.persons,
        dates=doc.dates,
        agreements=doc.agreements,
        aliases=doc.aliases,
        acronyms=doc.acronyms,
        repairs=doc.repairs,
        title_span=_span(doc, doc.title) if doc.title else None,
    )
