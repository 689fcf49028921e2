"""Hostile web pages that grow with ``n``: each once cost time quadratic in its size.

Shared by the regression tests (``tests/test_html_hostile.py``) and the scaling benchmark
(``benchmarks/scaling.py``). Nesting stays under libxml2's limit of 256 levels, so depth is
spread: ``n`` paragraphs over up to 240 nested containers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

__all__ = ["HOSTILE_PAGES", "page"]

_DEPTH: Final = 240
_PARAGRAPH: Final = "<p>Les ministres ont adopté une déclaration commune sur la coopération.</p>"


def page(body: str, head: str = "") -> str:
    """A whole page around ``body``."""
    return f"<html lang='fr'><head>{head}</head><body>{body}</body></html>"


def _nested(opening: str, closing: str, n: int) -> str:
    """``n`` paragraphs spread over nested containers, some at every level."""
    depth = min(_DEPTH, n)
    per_level, extra = divmod(n, depth)
    levels = [opening + _PARAGRAPH * (per_level + (i < extra)) for i in range(depth)]
    return page("".join(levels) + closing * depth)


def _list_items(n: int) -> str:
    return page(
        "<article><ol>" + "<li>Les ministres ont salué l'accord.</li>" * n + "</ol></article>"
    )


def _sibling_paragraphs(n: int) -> str:
    return page("<article>" + _PARAGRAPH * n + "</article>")


def _furniture_tails(n: int) -> str:
    return page("<article>" + _PARAGRAPH + "<script>x</script> suite du texte" * n + "</article>")


def _nested_items(n: int) -> str:
    """Ordered lists nested in their first item, each holding ``n / depth`` items."""
    depth = min(_DEPTH // 2, n)
    item = "<li>Les ministres ont salué l'accord."
    siblings = (item + "</li>") * (max(1, n // depth) - 1)
    return page(
        "<article>" + ("<ol>" + siblings + item) * depth + "</li></ol>" * depth + "</article>"
    )


def _json_ld_brackets(n: int) -> str:
    # Valid JSON nested n deep, each level holding a string of quote and bracket.
    json_ld = '["\\"]", ' * n + "0" + "]" * n
    script = f'<script type="application/ld+json">{json_ld}</script>'
    return page("<article>" + _PARAGRAPH * 4 + "</article>", head=script)


HOSTILE_PAGES: Final[dict[str, Callable[[int], str]]] = {
    "ordered list items": _list_items,
    "sibling paragraphs": _sibling_paragraphs,
    "nested content divs": lambda n: _nested('<div class="content">', "</div>", n),
    "nested furniture divs": lambda n: _nested('<div class="related">', "</div>", n),
    "nested list items": _nested_items,
    "dropped furniture tails": _furniture_tails,
    "JSON-LD brackets": _json_ld_brackets,
}
"""Each hostile page by name, built for ``n`` units (paragraphs, items, scripts...)."""
