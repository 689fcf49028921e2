"""Where a person stands towards the reported meeting, read from the words around the name.

A preposition usually makes a name a mere mention ("under the authority of X"), but some
phrases say the person hosted or joined the reported meeting: the one at whose invitation
it met, those whose participation or presence is noted ("the participation in today's
discussions of …, X", "en présence de M. Y"). A sentence opened by "Earlier that day" or
"Avant cet entretien" places its act before the meeting, outside it ("… paid a courtesy
call on Prime Minister Z").
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from communique.lexicon.agreements import agreement_words
from communique.matchspans import first_within
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    from communique.extract.person_context import Context

__all__ = [
    "before_the_meeting",
    "joins_the_meeting",
    "named_guests",
    "reports_to_the_meeting",
]

_WORD: Final = compile_pattern(r"[^\W\d_]+")
_JOINING_REACH: Final = 80
"""Characters before the name that can hold the noun of taking part and its link."""


def joins_the_meeting(context: Context, sentence: tuple[int, int], anchor: int) -> bool:
    """Whether the person's invitation, presence or part in the meeting is noted.

    A host thanked for the welcome is not enough: independent annotators leave the host
    of a ministerial session, thanked for the hospitality, as mentioned.

    Not in a sentence of the future past the opening one ("X will travel … at the
    invitation of Y": a later visit), unless the opening sentence announces that visit.
    """
    text, vocab = context.unit.text, context.vocab
    if _later(context, sentence, anchor):
        return False
    joining = vocab.joining_before.search(text, max(sentence[0], anchor - _JOINING_REACH), anchor)
    if joining is None:
        return False
    # "At the invitation of Premier X, Prime Minister Y will pay a visit": not yet.
    return first_within(context.futures, *sentence) is None


def reports_to_the_meeting(context: Context, stop: int, sentence: tuple[int, int]) -> bool:
    """Whether the person is thanked for the report they gave ("X for his briefing").

    "We thank Secretary General X for his briefing", "ont remercié M. Y, secrétaire
    général, pour son exposé": the briefer took part; a host thanked for the hospitality
    is not (no report noun). Not in a sentence of the future past the opening one.
    """
    if _later(context, sentence, stop):
        return False
    return context.vocab.report_after.match(context.unit.text, stop) is not None


def named_guests(context: Context, sentence: tuple[int, int]) -> bool:
    """Whether the sentence names the guests a meeting of the sentence before counted.

    « Le chef de l'État a reçu deux émissaires. Il s'agit du ministre X et du conseiller
    Y. » (``identifying_openers``): the persons named are those received, when the meeting
    counted them (a word of ``counts``); "These were the first talks since …" names no guest.
    """
    text = context.unit.text
    if context.vocab.identifying_opener.match(text, sentence[0]) is None:
        return False
    index = bisect.bisect_left(context.sentences, sentence) - 1
    if index < 0:
        return False
    previous = context.sentences[index]
    meeting = first_within(context.meetings, *previous)
    if meeting is None:
        return False
    # The meeting counted its guests ("a reçu deux émissaires", "received two envoys"):
    # a count after the verb, before the sentence's end.
    counts = agreement_words("counts")
    return any(
        word.group().casefold() in counts for word in _WORD.finditer(text, meeting[1], previous[1])
    )


def before_the_meeting(context: Context, sentence: tuple[int, int]) -> bool:
    """Whether the sentence, past the opening one, opens by placing it before the meeting."""
    if sentence[0] < context.lead_end:
        return False
    return context.vocab.earlier_opener.match(context.unit.text, sentence[0]) is not None


def _later(context: Context, sentence: tuple[int, int], anchor: int) -> bool:
    """Whether a verb of the future before ``anchor`` sets the sentence later."""
    if context.announcement or (context.paragraph is not None and anchor < context.lead_end):
        return False
    return first_within(context.futures, sentence[0], anchor) is not None
