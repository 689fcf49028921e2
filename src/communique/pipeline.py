"""The chain of stages ``parse()`` runs, readable top to bottom; any stage can be disabled."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Final

import attrs

from communique.document import Document
from communique.errors import UnknownStageError
from communique.extract.acronyms import extract_acronyms
from communique.extract.dates import extract_dates
from communique.extract.instruments import extract_instrument_mentions
from communique.extract.parties import extract_party_mentions
from communique.extract.persons import extract_person_mentions
from communique.language import detect_language
from communique.normalize.composition import compose_characters
from communique.normalize.line_breaks import normalize_line_breaks
from communique.normalize.spaces import normalize_spaces
from communique.resolve.agreements import link_agreements
from communique.resolve.aliases import find_aliases
from communique.resolve.parties import choose_parties
from communique.resolve.persons import link_persons
from communique.structure.boilerplate import mark_boilerplate
from communique.structure.closing import mark_closing
from communique.structure.document_date import find_document_date
from communique.structure.header import find_header
from communique.structure.headings import find_headings
from communique.structure.lines import split_lines
from communique.structure.paragraphs import build_paragraphs
from communique.structure.title import find_title

__all__ = ["DEFAULT_STAGES", "Pipeline", "Stage"]

Stage = Callable[[Document], Document]
"""A stage reads a document and returns an evolved copy; it never mutates its input."""


def find_dates(doc: Document) -> Document:
    """Store the document's date mentions."""
    return attrs.evolve(doc, dates=extract_dates(doc))


def find_parties(doc: Document) -> Document:
    """Store every place a state or organisation is named."""
    return attrs.evolve(doc, party_mentions=extract_party_mentions(doc))


def find_instruments(doc: Document) -> Document:
    """Store every instrument mention and every acronym definition."""
    return attrs.evolve(
        doc, instrument_hits=extract_instrument_mentions(doc), acronym_hits=extract_acronyms(doc)
    )


def find_persons(doc: Document) -> Document:
    """Store every person and role mention."""
    return attrs.evolve(doc, person_hits=extract_person_mentions(doc))


DEFAULT_STAGES: Final[tuple[tuple[str, Stage], ...]] = (
    # normalize: characters only, every edit recorded in the offset map
    ("normalize_line_breaks", normalize_line_breaks),
    ("normalize_spaces", normalize_spaces),
    ("compose_characters", compose_characters),
    ("detect_language", detect_language),
    # structure: lines, furniture, title, headings, paragraphs
    ("split_lines", split_lines),
    ("find_header", find_header),
    ("mark_boilerplate", mark_boilerplate),
    ("find_title", find_title),
    ("mark_closing", mark_closing),
    ("find_headings", find_headings),
    ("build_paragraphs", build_paragraphs),
    ("find_document_date", find_document_date),
    # extract
    ("find_dates", find_dates),
    ("find_parties", find_parties),
    ("find_instruments", find_instruments),
    ("find_persons", find_persons),
    # resolve
    ("link_persons", link_persons),
    ("find_aliases", find_aliases),
    ("choose_parties", choose_parties),
    ("link_agreements", link_agreements),
)


class Pipeline:
    """An ordered list of named stages, some of which may be disabled.

    >>> "find_dates" in Pipeline(disable=["find_dates"]).names
    False
    """

    def __init__(
        self,
        stages: Iterable[tuple[str, Stage]] = DEFAULT_STAGES,
        *,
        disable: Iterable[str] = (),
    ) -> None:
        self._stages = tuple(stages)
        known = {name for name, _ in self._stages}
        disabled = set(disable)
        unknown = sorted(disabled - known)
        if unknown:
            raise UnknownStageError(
                f"unknown stage(s) {', '.join(unknown)}; stages are {', '.join(sorted(known))}"
            )
        self._active = tuple((name, stage) for name, stage in self._stages if name not in disabled)

    @property
    def names(self) -> tuple[str, ...]:
        """Names of the stages that will run, in order."""
        return tuple(name for name, _ in self._active)

    def run(self, doc: Document) -> Document:
        """Run every active stage over ``doc``."""
        for _, stage in self._active:
            doc = stage(doc)
        return doc
