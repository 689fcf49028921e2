"""Decide whether a person takes part in the event or statement the communiqué reports.

The rule (docs/participants.md): a person takes part when one of their mentions is not
governed by a preposition ("sous l'autorité de M. X", "adopté par M. X") and either stands
in the opening sentence of the first paragraph, or acts — subject of a verb, inverted
subject of a speech verb ("a déclaré le président X"), object of a meeting verb ("a
rencontré X") — in a sentence that dates nothing other than the communiqué's own date.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from communique.lexicon.persons import person_vocabulary

_ASKED: Final = re.compile(
    r"(?m)(?<=\n)[ \t]*(?:[A-Z][\w.&'’-]*[ \t]+){0,3}[A-Z][\w.&'’-]*[ \t]*:[^\n]*\?"
    r"[ \t\"”»)]*$"
)
"""A line of a transcript opened by who asks ("Xinhua News Agency:", "AFP:") and ending with
a question mark: a journalist's question, whatever the label (never the first line)."""

if TYPE_CHECKING:
    from collections.abc import Iterable

    from communique.document import Document, PersonHit
    from communique.model import DateMention

__all__ = ["briefing_answers", "takes_part"]


def takes_part(hits: Iterable[PersonHit], doc: Document, answers: int | None = None) -> bool:
    """Whether the person of ``hits`` takes part in the reported event.

    Args:
        hits: the mentions of one person.
        doc: the document they are in.
        answers: where the first journalist's question of a briefing transcript opens
            (``briefing_answers``): past it, the spokesperson answers, and the persons the
            answers name act in other events. Only the speakers of turns take part there.
    """
    for hit in hits:
        if hit.non_agent or (answers is not None and hit.start >= answers):
            continue
        if hit.lead or (hit.agent and not _dates_another_time(hit.sentence, doc)):
            return True
    return False


def briefing_answers(doc: Document) -> int | None:
    """Where the first question of a briefing transcript opens ("Q:", "Question :"), if any.

    A line opened by a medium's name and ending with a question mark ("Reuters: Will …?")
    is a question too.

    Read once per document, on the original text: the question labels open lines.
    """
    match = person_vocabulary(doc.lang).question_label.search(doc.original)
    asked = _ASKED.search(doc.original)
    starts = [found.start() for found in (match, asked) if found is not None]
    return min(starts) if starts else None


def _dates_another_time(sentence: tuple[int, int], doc: Document) -> bool:
    """Whether the sentence places something at a time other than the document's date.

    Day-level relatives ("hier", "la veille") are ambiguous in wire copy and do not count.
    """
    # Dates come in document order: bisect to the sentence instead of reading them all.
    dates = doc.dates
    reference = doc.date or _first_calendar_date(dates)
    index = bisect.bisect_left(dates, sentence[0], key=lambda date: date.start)
    while index < len(dates) and dates[index].start < sentence[1]:
        if dates[index].end <= sentence[1] and _elsewhere(dates[index], reference):
            return True
        index += 1
    return False


def _first_calendar_date(dates: tuple[DateMention, ...]) -> str | None:
    """For an undated document, the first day or month it names: most likely the event's."""
    for date in dates:
        if date.kind in {"date", "month"} and date.value is not None:
            return date.value
        if date.kind == "range" and date.value is not None and ".." not in date.value:
            return date.value.split("/")[0]
    return None


def _elsewhere(date: DateMention, document_date: str | None) -> bool:
    if date.value is None or date.kind == "time":
        return False
    value = date.value.split("/")[0]
    # A day placed from the document date ("Tuesday", "September 5 and 6") is the news itself.
    relative = date.kind == "relative" or date.anchor is not None
    if relative and len(value) == len("YYYY-MM-DD"):
        return False
    if value == ".." or "W" in value:
        return False
    if document_date is None:
        return True
    precision = min(len(value), len(document_date))
    # A later date is what the statement announces ("will travel on 5 September"), made
    # now; only an earlier one places the person at another event.
    return value[:precision] < document_date[:precision]
