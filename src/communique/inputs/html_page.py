"""Read a web page through :mod:`communique.html` (main text, blocks, page facts)."""

from __future__ import annotations

from communique.inputs.limits import DEFAULT_MAX_PAGE_BYTES
from communique.inputs.reading import Facts, Reading

__all__ = ["read_html"]


def read_html(markup: str | bytes, *, max_bytes: int = DEFAULT_MAX_PAGE_BYTES) -> Reading:
    """Read a page's main text, its blocks (XPath) and what it declares about itself.

    Raises:
        InputTypeError: ``markup`` is neither ``str`` nor ``bytes``.
        HtmlError: the page is too large or cannot be parsed.
    """
    from communique.html import read_page  # lxml and the page rules: at first use only

    page = read_page(markup, max_bytes=max_bytes)
    facts = page.facts
    return Reading(
        page.text,
        "html",
        blocks=page.blocks,
        facts=Facts(title=facts.title, date=facts.date, language=facts.language, url=facts.url),
    )
