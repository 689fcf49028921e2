"""Default size limits of the input readers, in a module of their own.

The readers that use them load at first use (the HTML reader brings in lxml and its page
rules); the entry points need the limits at import, for their signatures.
"""

from __future__ import annotations

from typing import Final

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_PAGE_BYTES"]

DEFAULT_MAX_BYTES: Final = 50_000_000
"""The largest file ``parse_file`` reads by default."""
DEFAULT_MAX_PAGE_BYTES: Final = 10_000_000
"""The largest web page ``parse_html`` reads by default."""
