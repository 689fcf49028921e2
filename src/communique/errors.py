"""Exceptions raised by communique, all rooted at :class:`CommuniqueError`."""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "CommuniqueError",
    "DocxError",
    "HtmlError",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "PdfError",
    "PipelineError",
    "ResourceError",
    "SchemaError",
    "UnknownStageError",
    "UnsupportedLanguageError",
]


class CommuniqueError(Exception):
    """Root of every error communique raises on purpose; catch this to catch them all."""


class InputError(CommuniqueError, ValueError):
    """The input cannot be read as a communiqué."""


class InputTypeError(CommuniqueError, TypeError):
    """The input is not a ``str`` (for example ``bytes``: decode it first)."""


class InputTooLargeError(InputError):
    """The input is longer than the configured limit (``max_chars``)."""


class BinaryInputError(InputError):
    """The input looks like binary data (NUL bytes, mostly control characters)."""


class UnsupportedLanguageError(CommuniqueError, ValueError):
    """A language other than the supported ones (``fr``, ``en``) was requested."""


class SchemaError(CommuniqueError, ValueError):
    """A dict or JSON document does not have the shape of a serialized communiqué."""


class HtmlError(InputError):
    """An HTML page is malformed beyond repair, hostile, or too large to parse safely."""


class ResourceError(CommuniqueError):
    """A language data file shipped with the package is missing or invalid."""


class UnknownStageError(CommuniqueError, KeyError):
    """A pipeline stage name that does not exist was given (to disable or look up)."""


class PdfError(InputError):
    """A PDF cannot be read: encrypted, without a text layer (scanned), malformed or too long."""


class DocxError(InputError):
    """A Word file cannot be read: malformed, or a part too large to unpack safely."""


class PipelineError(CommuniqueError, ValueError):
    """A pipeline whose stages do not fit together.

    A stage reads a field no earlier active stage writes, a stage name is used twice, or
    a declared field is not a ``Document`` field.
    """
