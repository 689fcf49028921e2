"""A news site's subscription offer among the text's lines: its plans and prices, furniture.

"*Subscribe to X digital and get complimentary access to …" / "Smart Quarterly" / "₹900" /
"3 Months" / "₹300/Month" / "SAVE 25%" / … / "Renews automatically, cancel anytime": a
paywall printed below or inside a story. A line opening with the offer's words
(``offer_openers``) with a price alone on a line a few lines below opens it; the short lines
after it, up to a longer line and no further than a few lines past its last price, are the
offer's. A line inviting readers to subscribe with no price below it ("Subscribe to our
channel for the latest news") is no offer: the text goes on.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from communique.lexicon.structure import structure_words
from communique.patterncache import compile_regex
from communique.structure.lines import line_text
from communique.wordtrie import casings, trie_pattern

if TYPE_CHECKING:
    import regex

    from communique.document import Document, Line

__all__ = ["offer_lines"]

_PRICE: Final = compile_regex(
    r"[ \t]*(?:[₹$€£¥][ \t]?\d{1,6}(?:[,.]\d{1,3})*|\d{1,3}(?:[ ,.]\d{1,3})*[ \t]?"
    r"(?:[₹$€£¥]|FCFA|F[ \t]CFA))(?:[ \t]*/[ \t]*\p{L}{1,10})?[ \t]*"
)
"""A price alone on its line, with its currency sign or code and maybe its period: "₹900",
"₹300/Month", "$4.99", "2 500 FCFA", "9,99 €"."""
_PRICE_LINE: Final = 30
"""Characters at most of a line holding a price alone."""
_PRICE_REACH: Final = 8
"""Body lines after the offer's opening searched for a price."""
_OFFER_LINE: Final = 100
"""Characters at most of a line of the offer (its plans, prices, terms); longer is prose."""
_MAX_OFFER: Final = 80
"""Lines at most of one offer."""


def offer_lines(doc: Document, lines: list[Line]) -> list[int]:
    """The indices of the body lines of a subscription offer with its prices."""
    opener = _opener()
    found: list[int] = []
    body = [i for i, line in enumerate(lines) if line.kind == "body"]
    for position, index in enumerate(body):
        if found and index <= found[-1]:
            continue
        text = line_text(doc, lines[index]).lstrip("*•·- \t")
        if opener.match(text) is None:
            continue
        following = body[position + 1 : position + 1 + _MAX_OFFER]
        near = following[:_PRICE_REACH]
        if not any(_price_line(line_text(doc, lines[i])) for i in near):
            continue
        run = [index]
        last_price = 0
        for i in following:
            text = line_text(doc, lines[i])
            if len(text) > _OFFER_LINE:
                break
            run.append(i)
            if _price_line(text):
                last_price = len(run)
        # the offer's plans and terms lie among its prices, a few lines after the last one
        found.extend(run[: last_price + _PRICE_REACH])
    return found


def _price_line(text: str) -> bool:
    """Whether a short line is a price alone ("₹900", "$9.99/Month")."""
    return len(text) <= _PRICE_LINE and _PRICE.fullmatch(text) is not None


@functools.cache
def _opener() -> regex.Pattern[str]:
    """The words opening an offer, any shipped language's (``offer_openers``)."""
    words = structure_words("boilerplate", "offer_openers")
    return compile_regex(rf"(?:{trie_pattern(casings(words))})(?!\w)" if words else "(?!)")
