"""The pipeline: declared reads and writes, refused chains, before/after/replace/disable."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import communique
from communique.document import Document
from communique.errors import PipelineError, UnknownStageError
from communique.load import load_text
from communique.pipeline import DEFAULT_STAGES, LOADED_FIELDS, Pipeline, StageSpec

_FR = (
    "1. Le 3 mai 2023, les ministres ont salué le travail de l'Organisation mondiale "
    "du commerce (OMC) à Genève."
)
_EN = "1. On 3 May 2023 the ministers met in Geneva and welcomed the work of the WTO."


def _unchanged(doc: Document) -> Document:
    return doc


def test_the_default_chain_validates_and_every_read_is_written_earlier() -> None:
    """Each default stage reads only fields loading or an earlier stage provides."""
    available = set(LOADED_FIELDS)
    for spec in DEFAULT_STAGES:
        assert spec.reads <= available, spec.name
        available |= spec.writes
    assert Pipeline().names == tuple(spec.name for spec in DEFAULT_STAGES)


def test_acronyms_are_a_stage_of_their_own_before_persons() -> None:
    """find_acronyms runs after find_instruments and before the person extractor."""
    names = Pipeline().names
    assert names.index("find_instruments") < names.index("find_acronyms")
    assert names.index("find_acronyms") < names.index("find_persons")


def test_disabling_the_acronym_stage_is_refused_naming_who_needs_it() -> None:
    """Without acronyms the person extractor would read "OMC" as a name: refused."""
    with pytest.raises(PipelineError, match=r"find_persons reads acronym_hits.*find_acronyms"):
        Pipeline(disable=["find_acronyms"])
    with pytest.raises(PipelineError, match="find_acronyms"):
        communique.parse(_FR, disable=["find_acronyms"])


def test_acronyms_survive_without_the_instrument_stage() -> None:
    """Acronym definitions no longer depend on find_instruments running."""
    pipeline = Pipeline().disable("find_instruments", "link_agreements")
    doc = pipeline.run(load_text(_FR))
    assert doc.instrument_hits == ()
    assert [hit.short for hit in doc.acronym_hits] == ["OMC"]


def test_a_stage_needing_a_disabled_writer_names_it() -> None:
    """Disabling find_instruments alone leaves link_agreements without its input."""
    with pytest.raises(PipelineError, match=r"link_agreements reads instrument_hits.*disabled"):
        Pipeline().disable("find_instruments")


def test_dates_are_optional_for_the_stages_that_use_them() -> None:
    """find_dates may be disabled: the stages using dates run without them."""
    assert communique.parse(_FR, disable=["find_dates"]).dates == ()
    pipeline = Pipeline().disable("find_dates")
    doc = communique.parse(_FR, pipeline=pipeline)
    assert doc.dates == ()
    assert len(doc.paragraphs) == 1


def test_a_user_stage_after_find_dates_reads_the_dates() -> None:
    """A stage inserted with after() sees what the stage before it wrote."""
    seen: list[int] = []

    def count_dates(doc: Document) -> Document:
        seen.append(len(doc.dates))
        return doc

    pipeline = Pipeline().after("find_dates", "count_dates", count_dates, reads=["dates"])
    names = pipeline.names
    assert names[names.index("find_dates") + 1] == "count_dates"
    result = communique.parse(_EN, pipeline=pipeline)
    assert seen == [len(result.dates)]
    assert seen[0] >= 1


def test_a_user_stage_reading_dates_is_refused_without_find_dates() -> None:
    """Its declared read makes the chain fail once find_dates is disabled."""
    pipeline = Pipeline().after("find_dates", "count_dates", _unchanged, reads=["dates"])
    with pytest.raises(PipelineError, match=r"count_dates reads dates.*find_dates does"):
        pipeline.disable("find_dates")
    with pytest.raises(PipelineError, match="count_dates"):
        Pipeline().before("find_dates", "count_dates", _unchanged, reads=["dates"])


def test_a_stage_inserted_before_another_runs_before_it() -> None:
    """before() places the stage just ahead of the named one; its writes serve later stages."""

    def english(doc: Document) -> Document:
        return attrs.evolve(doc, language="en")

    pipeline = Pipeline().disable("detect_language")
    pipeline = pipeline.before("split_lines", "english", english, writes=["language"])
    assert pipeline.names[pipeline.names.index("split_lines") - 1] == "english"
    assert communique.parse(_FR, pipeline=pipeline).language == "en"
    assert communique.parse(_FR).language == "fr"


def test_replace_keeps_the_declared_fields_unless_told() -> None:
    """A replacement runs in place of the stage and keeps its reads and writes."""
    quiet = Pipeline().replace("find_dates", _unchanged)
    assert quiet.names == Pipeline().names
    assert communique.parse(_EN, pipeline=quiet).dates == ()
    assert communique.parse(_EN).dates != ()
    with pytest.raises(PipelineError, match="find_persons reads acronym_hits"):
        Pipeline().replace("find_acronyms", _unchanged, writes=())


def test_pipelines_are_immutable() -> None:
    """before/after/replace/disable return new pipelines and leave the original as it was."""
    pipeline = Pipeline()
    names = pipeline.names
    pipeline.after("find_dates", "extra", _unchanged)
    pipeline.before("find_dates", "extra", _unchanged)
    pipeline.replace("find_dates", _unchanged)
    pipeline.disable("find_dates")
    assert pipeline.names == names
    assert pipeline.stages == DEFAULT_STAGES


def test_bad_names_and_fields_are_typed_errors() -> None:
    """Unknown stages, reused names and unknown fields raise communique errors."""
    with pytest.raises(UnknownStageError, match="no_such_stage"):
        Pipeline().after("no_such_stage", "extra", _unchanged)
    with pytest.raises(UnknownStageError, match="no_such_stage"):
        Pipeline().replace("no_such_stage", _unchanged)
    with pytest.raises(UnknownStageError, match="no_such_stage"):
        Pipeline().disable("no_such_stage")
    with pytest.raises(PipelineError, match="used twice: find_dates"):
        Pipeline().after("find_parties", "find_dates", _unchanged)
    with pytest.raises(PipelineError, match="datez"):
        StageSpec("typo", _unchanged, reads=["datez"])


def test_pipeline_and_disable_combine() -> None:
    """disable= applies to a given pipeline as well."""
    pipeline = Pipeline().after("find_dates", "extra", _unchanged)
    assert communique.parse(_EN, pipeline=pipeline, disable=["find_dates"]).dates == ()


def test_every_entry_point_accepts_a_pipeline(tmp_path: Path) -> None:
    """parse_file and parse_html run the pipeline they are given."""
    quiet = Pipeline().replace("find_dates", _unchanged)
    path = tmp_path / "statement.txt"
    path.write_text(_EN, encoding="utf-8")
    assert communique.parse_file(path).dates != ()
    assert communique.parse_file(path, pipeline=quiet).dates == ()
    page = f"<html lang='en'><body><article><p>{_EN}</p></article></body></html>"
    assert communique.parse_html(page).dates != ()
    assert communique.parse_html(page, pipeline=quiet).dates == ()


def test_until_is_a_prefix_that_runs_nothing_after_its_stage() -> None:
    """``until`` keeps the stages up to its stage; later fields stay empty."""
    prefix = Pipeline().until("find_dates")
    assert prefix.names == Pipeline().names[: Pipeline().names.index("find_dates") + 1]
    text = "Paris, le 3 mars 2024. M. Jean Dupont, ministre, a signé l'accord de Paris."
    doc = communique.parse(text, pipeline=prefix)
    assert [d.value for d in doc.dates] == ["2024-03-03"]
    assert doc.persons == ()
    assert doc.agreements == ()
    assert communique.parse(text).persons != ()
    with pytest.raises(UnknownStageError):
        Pipeline().until("no_such_stage")


def test_document_evolve_copies_as_attrs_evolve_does() -> None:
    """The stages' copy: the same document as ``attrs.evolve``, the input untouched."""
    doc = Pipeline().until("build_paragraphs").run(load_text("1. Texte. 2. Autre texte."))
    changed = doc.evolve(date="2024-05-02", dates=())
    assert changed == attrs.evolve(doc, date="2024-05-02", dates=())
    assert changed.memo is doc.memo
    assert doc.date is None
    with pytest.raises(TypeError, match="no field 'dat'"):
        doc.evolve(dat="2024")
