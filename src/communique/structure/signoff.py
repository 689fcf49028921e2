"""A news agency's credit or a release's end mark glued after the last sentence of a line.

"… ses consultations auprès des pays voisins. APS", "… in the region. (AFP)", "… Julie
Bishop. ENDS": the line is a sentence of prose, closed before its sign-off.
"""

from __future__ import annotations

import functools
from typing import Final

import regex

from communique.lexicon.common.wire import agencies, agency_states, end_marks, source_labels
from communique.patterncache import compile_regex
from communique.temporal.grammar import phrase_pattern

__all__ = ["credit_ending", "glued_credit", "glued_stop_mark"]


@functools.cache
def glued_credit() -> regex.Pattern[str]:
    """A news agency after a sentence's end at the end of a line: " APS", " (AFP)", " – MAP".

    Or the agency's sign-off with its editors' initials: " (ats/nxp)", " (AFP/jm)"; or the
    release's end mark (``end_marks``): " ENDS", " -FIN-"; or the address a page copied its
    text from, with the copy's date (``source_labels``). A national agency of
    ``agency_states`` only as written and set off by brackets or a dash (" - KUNA",
    " (WAM)"): its short name alone may be a word of the sentence.
    """
    names = phrase_pattern(agencies())
    listed = set(agencies())
    national = (
        "|".join(
            regex.escape(name)
            for name in sorted(agency_states(), key=len, reverse=True)
            if name not in listed
        )
        or "(?!)"
    )
    initials = rf"(?:{names}|\p{{Ll}}{{2,5}})(?:/\p{{L}}{{2,6}}){{1,2}}"
    ends = "|".join(regex.escape(mark) for mark in end_marks())
    sources = "|".join(regex.escape(label) for label in source_labels()) or "(?!)"
    return compile_regex(
        rf"(?<=[.!?»”\"])[ \t]+(?:[-–—][ \t]*(?-i:{national})|\((?-i:{national})\)"
        rf"|(?:[-–—][ \t]*)?"
        rf"(?:\((?:{names}|{initials})\)|(?:{names})|(?:{ends})(?:[ \t]*[-–—])?))[ \t]*$"
        # "… en Afrique.Source http://www.example.org, le 4 juin 2009": the copy's source
        rf"|(?<=[.!?»”\"])[ \t]*(?-i:{sources})[ \t]*:?[ \t]*https?://\S+"
        rf"(?:,?[ \t]+[^\W\d_]{{0,3}}[ \t]*\d{{1,2}}(?:er)?[ \t]+[^\W\d_]+\.?[ \t]+\d{{4}})?[ \t]*$"
    )


def credit_ending(text: str) -> regex.Match[str] | None:
    """The credit glued after the last sentence ending ``text``, if any (``glued_credit``).

    Only the line's last characters are read: a credit is short, a line may be long.
    """
    return glued_credit().search(text, max(0, len(text) - _CREDIT_REACH))


_CREDIT_REACH: Final = 40
"""Characters at a line's end searched for a glued credit."""


@functools.cache
def glued_stop_mark() -> regex.Pattern[str]:
    """A release's end mark that no word spells, glued after a sentence: " /END/", " (END)".

    Only the marks of ``end_marks`` holding a sign other than a letter ("/END/", "(FIN)",
    "###", "-30-"): "ENDS" may be a word; these end the story wherever they stand.
    """
    marks = [mark for mark in end_marks() if not mark.isalpha()]
    listed = "|".join(regex.escape(mark) for mark in sorted(marks, key=len, reverse=True))
    return compile_regex(rf"(?<=[.!?»”\"])[ \t]+(?:{listed or '(?!)'})[ \t]*$")
