"""Tell the attribution of a quotation from a paragraph of its own.

Press releases print who said a quotation on the line below it, after a dash: "– Name,
Minister of …", "— Name, ministre de …". That line belongs to the quotation's paragraph,
as a reader quotes them together.
"""

from __future__ import annotations

from typing import Final

from communique.patterncache import compile_regex

__all__ = ["attributes_quote"]

_ATTRIBUTION: Final = compile_regex(
    r"[-–—]{1,2}[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+[\p{L}.'’-]+){0,5},[ \t]*\S.{0,150}"
)
"""A dash, a name of a few words, a comma and an office: "– Anna Kovac, Minister of …"."""
_CLOSING_QUOTE: Final = compile_regex(r"[\"”»’][ \t]*$")
"""A line that closes a quotation (a period may come before or after the quote mark)."""


def attributes_quote(above: str, line: str) -> bool:
    """Whether ``line`` names who said the quotation that ``above`` closes.

    >>> attributes_quote("« Nous avançons. »", "— Anna Kovac, ministre du commerce")
    True
    >>> attributes_quote("Nous avançons.", "— Anna Kovac, ministre du commerce")
    False
    """
    bare = above.rstrip().removesuffix(".").rstrip()
    return _CLOSING_QUOTE.search(bare) is not None and _ATTRIBUTION.fullmatch(line) is not None
