"""communique: parse diplomatic communiqués into typed objects with offsets into the original."""

from communique import errors
from communique.annotate import annotate
from communique.api import parse, parse_file, parse_html
from communique.batch import BatchResult, DocumentError, ParseOptions, parse_many
from communique.model import (
    SCHEMA_VERSION,
    Acronym,
    Agreement,
    Alias,
    Communique,
    DateMention,
    Heading,
    Mention,
    Paragraph,
    Party,
    Person,
    Repair,
    Source,
    SourceBlock,
    StatusEvent,
)
from communique.pipeline import DEFAULT_STAGES, Pipeline, StageSpec
from communique.schema import json_schema
from communique.show import render_page
from communique.tables import Tables, tables

__all__ = [
    "DEFAULT_STAGES",
    "SCHEMA_VERSION",
    "Acronym",
    "Agreement",
    "Alias",
    "BatchResult",
    "Communique",
    "DateMention",
    "DocumentError",
    "Heading",
    "Mention",
    "Paragraph",
    "ParseOptions",
    "Party",
    "Person",
    "Pipeline",
    "Repair",
    "Source",
    "SourceBlock",
    "StageSpec",
    "StatusEvent",
    "Tables",
    "annotate",
    "errors",
    "json_schema",
    "parse",
    "parse_file",
    "parse_html",
    "parse_many",
    "render_page",
    "tables",
]

__version__ = "0.1.0"
