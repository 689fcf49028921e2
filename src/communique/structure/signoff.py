"""A news agency's credit or a release's end mark glued after the last sentence of a line.

"… ses consultations auprès des pays voisins. APS", "… in the region. (AFP)", "… Julie
Bishop. ENDS": the line is a sentence of prose, closed before its sign-off.
"""

from __future__ import annotations

import functools

import regex

from communique.lexicon.common.wire import agencies, agency_states, end_marks
from communique.patterncache import compile_regex
from communique.temporal.grammar import phrase_pattern

__all__ = ["glued_credit"]


@functools.cache
def glued_credit() -> regex.Pattern[str]:
    """A news agency after a sentence's end at the end of a line: " APS", " (AFP)", " – MAP".

    Any agency the library knows: the wires of ``agencies`` and the national agencies of
    ``agency_states`` (" - KUNA", " (WAM)").

    Or the agency's sign-off with its editors' initials: " (ats/nxp)", " (AFP/jm)"; or the
    release's end mark (``end_marks``): " ENDS", " -FIN-".
    """
    names = phrase_pattern(tuple(dict.fromkeys((*agencies(), *agency_states()))))
    initials = rf"(?:{names}|\p{{Ll}}{{2,5}})(?:/\p{{L}}{{2,6}}){{1,2}}"
    ends = "|".join(regex.escape(mark) for mark in end_marks())
    return compile_regex(
        rf"(?<=[.!?»”\"])[ \t]+(?:[-–—][ \t]*)?"
        rf"(?:\((?:{names}|{initials})\)|(?:{names})|(?:{ends})(?:[ \t]*[-–—])?)[ \t]*$"
    )
