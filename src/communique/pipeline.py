"""The chain of stages ``parse()`` runs, readable top to bottom.

Each stage declares the :class:`~communique.document.Document` fields it needs
(``reads``), those it uses when present (``uses``) and those it sets (``writes``);
:class:`Pipeline` refuses a chain where a stage needs a field no earlier active stage
sets, so disabling a stage another one depends on fails loudly instead of silently
changing the output. Pipelines are immutable: ``before``, ``after``, ``replace`` and
``disable`` return new ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Final

import attrs

from communique.document import Document
from communique.errors import PipelineError, UnknownStageError
from communique.extract.acronyms import extract_acronyms
from communique.extract.dates import extract_dates
from communique.extract.instruments import extract_instrument_mentions
from communique.extract.parties import extract_party_mentions
from communique.extract.persons import extract_person_mentions
from communique.language import detect_language, settle_language
from communique.normalize.apostrophes import unify_apostrophes
from communique.normalize.composition import compose_characters
from communique.normalize.hyphens import unify_hyphens
from communique.normalize.line_breaks import normalize_line_breaks
from communique.normalize.mojibake import repair_mojibake
from communique.normalize.spaces import normalize_spaces
from communique.records import shared_repr
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

__all__ = ["DEFAULT_STAGES", "LOADED_FIELDS", "Pipeline", "Stage", "StageSpec"]

Stage = Callable[[Document], Document]
"""A stage reads a document and returns an evolved copy; it never mutates its input."""

LOADED_FIELDS: Final[frozenset[str]] = frozenset(
    {"original", "text", "offsets", "language", "reference_date", "source_url", "blocks"}
)
"""Document fields set by loading, before any stage runs."""

_FIELDS: Final[frozenset[str]] = frozenset(attrs.fields_dict(Document)) - {"memo"}


def _field_names(names: Iterable[str]) -> frozenset[str]:
    """The declared field names, checked against ``Document``'s fields."""
    declared = frozenset(names)
    unknown = sorted(declared - _FIELDS)
    if unknown:
        raise PipelineError(f"{', '.join(unknown)} is not a Document field")
    return declared


@shared_repr
@attrs.frozen(repr=False)
class StageSpec:
    """A named stage and the ``Document`` fields it reads and writes.

    ``reads`` are fields the stage cannot do without: a chain where no earlier stage
    writes one is refused. ``uses`` are fields it reads when present (it still runs,
    with less to go on, when no stage sets them: ``find_dates`` may be disabled).

    >>> StageSpec("shout", lambda doc: doc, reads=["paragraphs"]).reads
    frozenset({'paragraphs'})
    """

    name: str
    run: Stage = attrs.field(eq=False)
    reads: frozenset[str] = attrs.field(default=frozenset(), converter=_field_names)
    uses: frozenset[str] = attrs.field(default=frozenset(), converter=_field_names)
    writes: frozenset[str] = attrs.field(default=frozenset(), converter=_field_names)


def find_dates(doc: Document) -> Document:
    """Store the document's date mentions."""
    return doc.evolve(dates=extract_dates(doc))


def find_parties(doc: Document) -> Document:
    """Store every place a state or organisation is named."""
    return doc.evolve(party_mentions=extract_party_mentions(doc))


def find_instruments(doc: Document) -> Document:
    """Store every instrument mention."""
    return doc.evolve(instrument_hits=extract_instrument_mentions(doc))


def find_acronyms(doc: Document) -> Document:
    """Store every acronym definition ("l'Organisation mondiale du commerce (OMC)")."""
    return doc.evolve(acronym_hits=extract_acronyms(doc))


def find_persons(doc: Document) -> Document:
    """Store every person and role mention."""
    return doc.evolve(person_hits=extract_person_mentions(doc))


def _spec(name: str, run: Stage, reads: str = "", uses: str = "", writes: str = "") -> StageSpec:
    # Space-separated field names keep the table below one line per stage.
    return StageSpec(name, run, reads.split(), uses.split(), writes.split())


_TEXT = "text offsets"
_READING = "header title headings paragraphs closing"

DEFAULT_STAGES: Final[tuple[StageSpec, ...]] = (
    # normalize: characters only, every edit recorded in the offset map
    _spec("normalize_line_breaks", normalize_line_breaks, _TEXT, writes=_TEXT),
    # Before the spaces: a misread letter's C1 byte ("â\x80¢" for "•") and no-break space
    # ("Â\xa0") are part of the run to repair, not invisible characters to drop.
    _spec("repair_mojibake", repair_mojibake, _TEXT, writes=_TEXT),
    _spec("normalize_spaces", normalize_spaces, _TEXT, writes=_TEXT),
    _spec("compose_characters", compose_characters, _TEXT, writes=_TEXT),
    _spec("unify_apostrophes", unify_apostrophes, _TEXT, writes=_TEXT),
    _spec("unify_hyphens", unify_hyphens, _TEXT, writes=_TEXT),
    _spec("detect_language", detect_language, "text", writes="language"),
    # structure: lines, furniture, title, headings, paragraphs
    _spec("split_lines", split_lines, "original text offsets", "blocks", "lines"),
    _spec("find_header", find_header, "lines", "header", "lines header"),
    _spec(
        "mark_boilerplate",
        mark_boilerplate,
        "lines",
        "header closing",
        "lines boilerplate header closing",
    ),
    _spec(
        "find_title",
        find_title,
        "lines",
        "header title boilerplate",
        "lines header title boilerplate",
    ),
    _spec("mark_closing", mark_closing, "lines", "header closing", "lines header closing"),
    _spec("find_headings", find_headings, "lines", "blocks", "lines headings"),
    _spec("build_paragraphs", build_paragraphs, "lines", "headings repairs", "paragraphs repairs"),
    # A detected language settles on the opening paragraph's (a bilingual release's order).
    _spec("settle_language", settle_language, uses="paragraphs language", writes="language"),
    _spec("find_document_date", find_document_date, uses=f"{_READING} date", writes="date"),
    # extract: one kind of mention per stage, each reading the reading units
    _spec("find_dates", find_dates, uses=f"{_READING} date", writes="dates"),
    _spec("find_parties", find_parties, uses=_READING, writes="party_mentions"),
    _spec("find_instruments", find_instruments, uses=_READING, writes="instrument_hits"),
    _spec("find_acronyms", find_acronyms, uses=_READING, writes="acronym_hits"),
    # Without the acronyms, "the WTO" would be read as a person's name.
    _spec(
        "find_persons", find_persons, "acronym_hits", f"{_READING} party_mentions", "person_hits"
    ),
    # resolve
    _spec(
        "link_persons",
        link_persons,
        "person_hits",
        "paragraphs dates date party_mentions",
        "persons",
    ),
    _spec("find_aliases", find_aliases, uses="paragraphs party_mentions persons", writes="aliases"),
    _spec(
        "choose_parties",
        choose_parties,
        "party_mentions",
        f"{_READING} persons person_hits source_url dates date",
        "parties",
    ),
    _spec(
        "link_agreements",
        link_agreements,
        "instrument_hits acronym_hits",
        "title paragraphs dates persons",
        "agreements acronyms",
    ),
)


def _as_spec(stage: StageSpec | tuple[str, Stage]) -> StageSpec:
    # A bare (name, function) pair declares nothing: it needs nothing and sets nothing.
    return stage if isinstance(stage, StageSpec) else StageSpec(stage[0], stage[1])


class Pipeline:
    """An ordered list of named stages, some of which may be disabled; immutable.

    Construction checks the chain: a stage that reads a field no earlier active stage
    writes (nor loading sets) raises :class:`~communique.errors.PipelineError`.

    >>> "find_dates" in Pipeline(disable=["find_dates"]).names
    False
    >>> Pipeline().disable("find_acronyms")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    communique.errors.PipelineError: stage find_persons reads acronym_hits, ... disabled)
    """

    def __init__(
        self,
        stages: Iterable[StageSpec | tuple[str, Stage]] = DEFAULT_STAGES,
        *,
        disable: Iterable[str] = (),
    ) -> None:
        self._stages = tuple(_as_spec(stage) for stage in stages)
        counts = Counter(spec.name for spec in self._stages)
        duplicates = sorted(name for name, count in counts.items() if count > 1)
        if duplicates:
            raise PipelineError(f"stage name(s) used twice: {', '.join(duplicates)}")
        self._disabled = frozenset(disable)
        for name in self._disabled:
            self._index(name)
        self._active = tuple(s for s in self._stages if s.name not in self._disabled)
        self._check()

    @property
    def names(self) -> tuple[str, ...]:
        """Names of the stages that will run, in order."""
        return tuple(spec.name for spec in self._active)

    @property
    def stages(self) -> tuple[StageSpec, ...]:
        """Every stage, disabled ones included, in order."""
        return self._stages

    def run(self, doc: Document) -> Document:
        """Run every active stage over ``doc``."""
        for spec in self._active:
            doc = spec.run(doc)
        return doc

    def before(
        self,
        name: str,
        new_name: str,
        stage: Stage,
        *,
        reads: Iterable[str] = (),
        uses: Iterable[str] = (),
        writes: Iterable[str] = (),
    ) -> Pipeline:
        """A new pipeline with ``stage`` inserted before the stage ``name``.

        ``reads``, ``uses`` and ``writes`` declare its fields (see :class:`StageSpec`).
        """
        spec = StageSpec(new_name, stage, reads, uses, writes)
        return self._insert(self._index(name), spec)

    def after(
        self,
        name: str,
        new_name: str,
        stage: Stage,
        *,
        reads: Iterable[str] = (),
        uses: Iterable[str] = (),
        writes: Iterable[str] = (),
    ) -> Pipeline:
        """A new pipeline with ``stage`` inserted after the stage ``name``.

        ``reads``, ``uses`` and ``writes`` declare its fields (see :class:`StageSpec`).

        >>> from communique.document import Document
        >>> def count(doc: Document) -> Document:
        ...     return doc
        >>> Pipeline().after("find_dates", "count", count, reads=["dates"]).names[16:19]
        ('find_dates', 'count', 'find_parties')
        """
        spec = StageSpec(new_name, stage, reads, uses, writes)
        return self._insert(self._index(name) + 1, spec)

    def replace(
        self,
        name: str,
        stage: Stage,
        *,
        reads: Iterable[str] | None = None,
        uses: Iterable[str] | None = None,
        writes: Iterable[str] | None = None,
    ) -> Pipeline:
        """A new pipeline where ``stage`` runs in place of the stage ``name``.

        The replacement keeps the declared fields of the stage it replaces unless
        ``reads``, ``uses`` or ``writes`` are given.
        """
        index = self._index(name)
        old = self._stages[index]
        spec = StageSpec(
            name,
            stage,
            old.reads if reads is None else reads,
            old.uses if uses is None else uses,
            old.writes if writes is None else writes,
        )
        stages = (*self._stages[:index], spec, *self._stages[index + 1 :])
        return Pipeline(stages, disable=self._disabled)

    def until(self, name: str) -> Pipeline:
        """A new pipeline of the stages up to and including ``name``: a prefix.

        It runs one stage with everything it needs and nothing after it, so a test of that
        stage fails in that stage (not in a later one that reads its output), and a caller
        that only wants, say, the dates pays for nothing more.

        >>> Pipeline().until("find_dates").names[-2:]
        ('find_document_date', 'find_dates')

        Raises:
            UnknownStageError: no stage is called ``name``.
        """
        return Pipeline(self._stages[: self._index(name) + 1], disable=self._disabled)

    def disable(self, *names: str) -> Pipeline:
        """A new pipeline where the stages ``names`` are also skipped."""
        return Pipeline(self._stages, disable=self._disabled | set(names))

    def _insert(self, index: int, spec: StageSpec) -> Pipeline:
        stages = (*self._stages[:index], spec, *self._stages[index:])
        return Pipeline(stages, disable=self._disabled)

    def _index(self, name: str) -> int:
        for index, spec in enumerate(self._stages):
            if spec.name == name:
                return index
        known = ", ".join(sorted(spec.name for spec in self._stages))
        raise UnknownStageError(f"unknown stage {name}; stages are {known}")

    def _check(self) -> None:
        """Raise when an active stage reads a field no earlier active stage writes."""
        available = set(LOADED_FIELDS)
        for spec in self._active:
            missing = sorted(spec.reads - available)
            if missing:
                raise PipelineError(self._missing(spec, missing[0]))
            available |= spec.writes

    def _missing(self, spec: StageSpec, field: str) -> str:
        message = f"stage {spec.name} reads {field}, which no earlier active stage writes"
        writers = [s for s in (*self._stages, *DEFAULT_STAGES) if field in s.writes]
        if not writers:
            return message
        writer = writers[0].name
        state = "it is disabled" if writer in self._disabled else f"run it before {spec.name}"
        return f"{message} ({writer} does; {state})"
