"""communique: parse diplomatic communiqués into typed objects with offsets into the original."""

from communique import errors
from communique.api import parse, parse_file, parse_html
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
from communique.pipeline import DEFAULT_STAGES, Pipeline

__all__ = [
    "DEFAULT_STAGES",
    "SCHEMA_VERSION",
    "Acronym",
    "Agreement",
    "Alias",
    "Communique",
    "DateMention",
    "Heading",
    "Mention",
    "Paragraph",
    "Party",
    "Person",
    "Pipeline",
    "Repair",
    "Source",
    "SourceBlock",
    "StatusEvent",
    "errors",
    "parse",
    "parse_file",
    "parse_html",
]

__version__ = "0.1.0"
