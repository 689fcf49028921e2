"""communique: parse diplomatic communiqués into typed objects with offsets into the original."""

import importlib
from typing import TYPE_CHECKING

from communique import errors
from communique.annotate import annotate
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
from communique.pipeline import DEFAULT_STAGES, Pipeline, StageSpec
from communique.tables import Tables, tables

if TYPE_CHECKING:
    from communique.batch import BatchResult, DocumentError, ParseOptions, parse_many
    from communique.schema import json_schema
    from communique.show import render_page

# Modules that parsing does not need are loaded at first use: the batch runner brings in
# multiprocessing, the page renderer and the schema their own helpers. (``annotate`` and
# ``tables`` stay eager: they share their name with their module, which would shadow them
# once imported.) Each lazy name and the module that defines it.
_LAZY = {
    "json_schema": "communique.schema",
    "render_page": "communique.show",
    "BatchResult": "communique.batch",
    "DocumentError": "communique.batch",
    "ParseOptions": "communique.batch",
    "parse_many": "communique.batch",
}


def __getattr__(name: str) -> object:
    """Import a public name of a module loaded at first use (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'communique' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
