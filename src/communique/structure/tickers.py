"""A news site's ticker: other stories' headlines run on one line, between bullets or glued."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from communique.lexicon.common.wire import agencies, ticker_agencies
from communique.patterncache import compile_pattern, compile_regex
from communique.structure.shapes import parse_marker
from communique.wordtrie import alternation

if TYPE_CHECKING:
    import regex

__all__ = ["agency_ticker", "glued_ticker", "headline_ticker"]

_MIN_HEADLINES: Final = 3
"""Headlines at least on a ticker's line."""
_TICKER_SEGMENT: Final = 120
"""Longest headline of a news ticker's line."""
_TICKER_WORDS: Final = 4
"""Words at least of each of its headlines: topics and tags are shorter."""


def headline_ticker(text: str) -> bool:
    """Whether a line runs other stories' headlines between bullets: a news site's ticker.

    "Norland Focus: Port plan aims to double exports  • Orlan launches summer fire safety
    campaign  • Valmont hosts regional trade fair …": three headlines or more, each of
    a few words opening on a capital or a figure, none a sentence with its full stop.

    >>> headline_ticker("Orlan names envoy to Kalvora  • Norland opens new port terminal  • "
    ...                 "Valmont hosts regional trade fair")
    True
    >>> headline_ticker("Priorities: Trade • Energy • Health")
    False
    >>> headline_ticker("Attended: Karl Lirov, President of Orlan • Anna Serel, Prime Minister "
    ...                 "of Norland • Paul Deroux, President of Kalvora")
    False
    """
    if text.count("•") < _MIN_HEADLINES - 1:
        return False
    segments = [segment.strip() for segment in text.split("•")]
    headlines = [segment for segment in segments if segment]
    # "H.E. Karl Lirov, President of Orlan • …": names and offices, a list of those present
    listed = sum(1 for segment in headlines if "," in segment)
    return (
        len(headlines) >= _MIN_HEADLINES
        and 2 * listed < len(headlines)
        and all(
            len(segment) <= _TICKER_SEGMENT
            and len(segment.split()) >= _TICKER_WORDS
            and (segment[0].isupper() or segment[0].isdigit())
            and segment[-1] not in ".;"
            for segment in headlines
        )
    )


_GLUED_CHARS: Final = 500
"""Characters at least of a glued ticker's line: more than the longest title (400)."""
_CHARS_PER_COMMA: Final = 100
"""Headlines glued together hold few commas; a long clause or a list of names holds many."""
_RESTART: Final = compile_regex(r"(?<=\p{Ll}) ([A-ZÀ-Þ][\w]*['’]?)")
"""A capitalised word right after a word in lower case: where a glued headline may open."""
_MIN_RESTARTS: Final = 2
"""Headlines at least that open on a capitalised article inside a glued ticker's line."""
_SENTENCE_STOP: Final = compile_pattern(r"[.!?…](?:[\s\"”»)]|$)")


def glued_ticker(text: str, openers: frozenset[str] = frozenset()) -> bool:
    """Whether a long line runs other stories' headlines glued with no mark between them.

    A page copied as text runs its ticker's headlines into one line ("L'influence … du monde
    La Chine et l'Ukraine tiennent une réunion … Un séisme fait 208 morts …"): longer
    than any title, no sentence's stop anywhere, no printed number, few commas. Prose that
    long stops; a preamble's clause or a list of those present runs on commas.

    >>> openers = frozenset({"the", "a"})
    >>> glued_ticker(" ".join(["The port of Orlan opens a terminal"] * 16), openers)
    True
    >>> glued_ticker(" ".join(["Orlan names an envoy to Kalvora."] * 20), openers)
    False
    """
    if not (
        len(text) >= _GLUED_CHARS
        and _SENTENCE_STOP.search(text) is None
        and parse_marker(text) is None
        and text.rstrip()[-1:] not in ",;:"
        and text.count(",") * _CHARS_PER_COMMA < len(text)
    ):
        return False
    # Each headline opens anew, often on a capitalised article right after a word in lower
    # case ("… du monde La Chine …", "… in the north Valmont hosts … of Orlan The …").
    restarts = sum(
        1 for match in _RESTART.finditer(text) if match.group(1).casefold().rstrip("'’") in openers
    )
    return restarts >= _MIN_RESTARTS


_AGENCY_ITEMS: Final = 3
"""Items at least, each opened by an agency's code, on an agencies' portal ticker."""
_AGENCY_LINE: Final = 150
"""Characters at least of such a ticker's line."""


def agency_ticker(text: str) -> bool:
    """Whether a long line runs items each opened by a news agency's code: a portal's ticker.

    An agencies' portal runs its members' latest headlines on one line, each after the
    agency's code: "ACP Agression … de l'Est MAP Préparatifs CAN-U17 : … APS Sénégal …".
    Three codes at least, each before a capitalised word, and no sentence's stop.

    >>> agency_ticker("ACP Orlan confirme des combats sur tous les fronts de l'Est MAP "
    ...               "Préparatifs du tournoi de Valmont en janvier APS Le Kalvora et le "
    ...               "Norland signent un accord de pêche à Orlan")
    True
    >>> agency_ticker("The MAP Conference and the ACP Group met the APS Board in Orlan, "
    ...               "where the ministers of Kalvora and Valmont signed three agreements.")
    False
    """
    if len(text) < _AGENCY_LINE or _SENTENCE_STOP.search(text) is not None:
        return False  # a paragraph naming "the ACP States … the MENA Group …" stops
    return len(_agency_items().findall(text)) >= _AGENCY_ITEMS


@functools.cache
def _agency_items() -> regex.Pattern[str]:
    """An agency's code opening an item, before a capital.

    At the line's start or after the item before it: a word in lower case, a figure, a sign.
    """
    codes = alternation((*ticker_agencies(), *(a for a in agencies() if a.isupper())))
    return compile_regex(rf"(?:^|(?<=[\p{{Ll}}\d.!?»”)\]:] ))(?:{codes})[ \t]+\p{{Lu}}")
