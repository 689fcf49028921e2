"""Decide whether a person takes part in the event or statement the communiqué reports.

The rule (docs/participants.md): a person takes part when one of their mentions is not
governed by a preposition ("sous l'autorité de M. X", "adopté par M. X") and either stands
in the opening sentence of the first paragraph, or acts — subject of a verb, inverted
subject of a speech verb ("a déclaré le président X"), object of a meeting verb ("a
rencontré X") — in a sentence that dates nothing other than the communiqué's own date.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from typing import TYPE_CHECKING, Final, Literal

from communique import readings
from communique.foldedtrie import folded_alternation
from communique.lexicon.dates import date_vocabulary, since_pattern
from communique.lexicon.persons import (
    address_before,
    folded_articles,
    person_vocabulary,
    person_words,
    time_qualifier,
)
from communique.lexicon.structure import is_salutation, structure_vocabulary
from communique.matchspans import MatchSpans, first_within, match_spans
from communique.patterncache import compile_pattern, compile_regex
from communique.resolve.hosts import dateline_end, lead_span
from communique.resolve.met_offices import met_as_listed_office
from communique.structure.list_items import in_item_under_past
from communique.wordtrie import alternation, phrase_key, word_pattern

_ASKED: Final = compile_pattern(
    r"(?m)\n([ \t]*(?:[A-Z][\w.&'’-]*[ \t]+){0,3}[A-Z][\w.&'’-]*[ \t]*:[^\n]*\?"
    r"[ \t\"”»)]*$)"
)
"""A line of a transcript opened by who asks ("Xinhua News Agency:", "AFP:") and ending with
a question mark: a journalist's question, whatever the label (never the first line)."""

_NOUN_REACH: Final = 40
"""Characters before a date that can hold the meeting noun it qualifies ("l'entretien du ")."""
_PARTNER_REACH: Final = 80
_PARTNERS_REACH: Final = 160
"""Characters between a meeting's link and a partner named after another with offices."""
"""Characters between a meeting's link ("with", "entre") and its partner's mention."""
_CLAUSE_BREAK: Final = compile_pattern(r"[;:!?()\n]")
_SEQUENCE_REACH: Final = 8
"""Characters before a qualifier of a past time read for what stands before it."""
_SEQUENCE_MARKS: Final = ",;:.!?"
"""Marks after which "then", « alors » tell a sequence, not a past office."""

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from communique.document import Document, PersonHit
    from communique.model import DateMention, Language

__all__ = ["briefing_answers", "event_days", "takes_part", "trip_days"]


def takes_part(
    hits: Iterable[PersonHit],
    doc: Document,
    answers: int | None = None,
    event_days: tuple[str, str] | None = None,
    trip_days: tuple[str, str] | None = None,
) -> bool:
    """Whether the person of ``hits`` takes part in the reported event.

    Args:
        hits: the mentions of one person.
        doc: the document they are in.
        answers: where the first journalist's question of a briefing transcript opens
            (``briefing_answers``): past it, the spokesperson answers, and the persons the
            answers name act in other events. Only the speakers of turns take part there.
        event_days: the first and last day the opening sentence dates (``event_days``): a
            weekday or "yesterday" before them places an act on another day.
        trip_days: those days when the opening reports a trip under way (``trip_days``):
            a future act its sentence dates after them belongs to another trip.
    """
    hits = tuple(hits)
    if any(_mourned(hit, doc) for hit in hits):
        return False  # "the passing of former President X": the one mourned acts in nothing
    for hit in hits:
        if _absence_after(doc.lang).match(doc.original, hit.end):
            return False  # "President X, who did not attend, welcomed …": away, not acting
        if _represented_after(doc.lang).match(doc.original, hit.end):
            continue  # "President X was represented by Y": away from that act
        if met_as_listed_office(hit, doc):
            return True  # « … avec les ambassadeurs du Gabon. » / « L’ambassadeur du Gabon, M. X »
        if _listed_after_lead(hit, doc) or _greeted(hit, doc) or _listed_attendee(hit, doc):
            # "… received six new Ambassadors." / "They are X, …"; "Your Excellency, Mr X, …,"
            return True
        if hit.non_agent or (answers is not None and hit.start >= answers):
            continue
        if _partner_of_earlier_meeting(hit, doc, event_days) or _after_the_trip(
            hit, doc, trip_days
        ):
            continue
        if _partner_of_recent_meeting(hit, doc) or _maker_of_earlier_instrument(hit, doc):
            continue
        if _future_month_or_year(hit, doc) or _held_then(hit, doc):
            continue
        dated = _dated_part(hit, doc)
        if hit.lead or (hit.agent and not _dates_another_time(dated, doc, event_days, hit.end)):
            return True
    return False


def _listed_after_lead(hit: PersonHit, doc: Document) -> bool:
    """Whether the mention is listed right after the opening sentence, which counts them.

    « … a reçu les lettres de créance de six nouveaux Ambassadeurs. » / « Il s'agit
    respectivement de M. X, … »: the sentence opens on an elaboration (``lead_elaborations``)
    and lists the opening sentence's persons, who take part as it says.
    """
    vocabulary = person_vocabulary(doc.lang)
    opener = vocabulary.lead_elaboration.match(doc.original, hit.sentence[0], hit.start)
    if opener is None or not _counted_before(hit, doc):
        return False
    # a name or a style follows ("They are His Excellency …"), or the plural office of those
    # counted ("They are the ambassadors of A, Mr X, …"), no verb ("They are expected"); the
    # list's items only, not a relative clause's persons ("…, qui remplace M. X")
    listed = doc.original[opener.end() : hit.start + 1].lstrip()
    styled = vocabulary.honorific.match(listed) is not None  # « Il s'agit de son excellence, M. X »
    if not (listed[:1].isupper() or styled or _plural_office(listed, vocabulary.plural_role)):
        return False
    return _relative_opener(doc.lang).search(doc.original, opener.end(), hit.start) is None


def _counted_before(hit: PersonHit, doc: Document) -> bool:
    """Whether the sentence right before the mention's counts those who took part.

    The opening sentence does ("… received six new Ambassadors."), and so does one reporting
    attendance (« Trois présidents y ont pris part aux côtés de … », ``attendance_phrases``).
    """
    lead = doc.memo.get("lead_span", "", lambda: lead_span(doc))
    if lead is not None and not doc.original[lead[1] : hit.sentence[0]].strip():
        return True
    before = _sentence_before(hit, doc)
    if before is None or doc.original[before[1] : hit.sentence[0]].strip():
        return False
    attendance = person_vocabulary(doc.lang).attendance
    if attendance.search(doc.original, before[0], before[1]) is None:
        return False
    # "Two former ministers took part in the 2019 negotiations": another year's attendance
    sentence = doc.original[before[0] : before[1]]
    year = doc.date[:4] if doc.date is not None else None
    return all(
        found.meaning.value is None or found.meaning.value[:4] == year
        for found in readings.found_dates(doc, sentence)
    )


def _sentence_before(hit: PersonHit, doc: Document) -> tuple[int, int] | None:
    """Original span of the sentence before the mention's, in its paragraph or the one above."""
    if hit.paragraph is None:
        return None
    for index in (hit.paragraph, hit.paragraph - 1):
        if not 0 <= index < len(doc.paragraphs):
            continue  # the last block of a cut text may be kept as no paragraph
        unit = doc.paragraphs[index].unit
        spans = [unit.span(s, e) for s, e in readings.sentences(doc, unit.text)]
        earlier = [span for span in spans if span[1] <= hit.sentence[0]]
        if earlier:
            return earlier[-1]
    return None


def _plural_office(listed: str, plural_role: re.Pattern[str] | None) -> bool:
    """Whether a list opens on a plural office, its article maybe ("the ambassadors of …")."""
    article, _, rest = listed.partition(" ")
    office = rest if article.casefold() in folded_articles() else listed
    return plural_role is not None and plural_role.match(office) is not None


_MAX_ENTRY_CHARS: Final = 260
"""Longest paragraph read as one entry of a list of persons ("His Excellency Mr X, Minister …")."""
_OFFICE_FIRST: Final = compile_regex(
    r"\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|\p{Ll}{1,3}))*[ \t]*"
)
"""An office in title case before a listed name: "Minister for Trade " (small links inside)."""
_ENTRY_MARKER: Final = compile_pattern(r"[ \t]*(?:\(?\d{1,3}[.)/]|[-–—•·▪*])[ \t]*")
"""An entry's printed number or bullet before its name ("1. X, Prime Minister of …;")."""
_MAX_ENTRIES: Final = 40
"""Paragraphs of entries read back to the colon that announces them."""
_ANNOUNCER_REACH: Final = 200
"""Characters before the colon searched for the phrase announcing attendance."""
_ANNOUNCER_TAIL: Final = 60
"""Characters at most between that phrase and the colon: its object ("Their Excellencies")."""


def _listed_attendee(hit: PersonHit, doc: Document) -> bool:
    """Whether the mention opens an entry of a list of attendance, a paragraph or a line each.

    "The meeting was chaired by X, with the participation of Their Excellencies:" / "His
    Excellency Mr Y" / "Minister of Foreign Affairs of Oman" / "Her Excellency Ms Z …": the
    colon of an attendance phrase (``attendance_phrases``) announces entries of no sentence
    below it, the last one closed by a stop maybe; the persons listed take part, as they do
    when the list runs on in its paragraph ("… adopted the following measures:" lists none).
    A paragraph may hold the announcing sentence and its entries, a line each ("3. Summit
    was attended by the following …:" / "Eswatini: Right Hon. X, Prime Minister …").
    """
    index = hit.paragraph
    if index is None or not 0 <= index < len(doc.paragraphs):
        return False
    paragraph = doc.paragraphs[index]
    if len(paragraph.unit.text) > _MAX_ENTRY_CHARS:
        return _listed_on_line(hit, doc, paragraph.start)
    # its own line's opening: entries printed a line each may make one paragraph
    line_start = max(paragraph.start, doc.original.rfind("\n", 0, hit.start) + 1)
    if index == 0 or not _opens_entry(doc.original[line_start : hit.start]):
        return False
    own = paragraph.unit.text
    if "," not in own and not _entry(own):
        return False  # « -M. X a été nommé ambassadeur en Orlan. »: a sentence, no entry
    low = max(0, index - _MAX_ENTRIES)
    index -= 1  # its own entry may close the list with a stop ("And His Excellency Mr Z, ….")
    while index > low and _entry(
        doc.paragraphs[index].unit.text, numbered=doc.paragraphs[index].number is not None
    ):
        if _announces_above_entries(doc, index):
            return True
        index -= 1
    return _announces(doc.paragraphs[index].unit.text, doc.lang)


def _announces_above_entries(doc: Document, index: int) -> bool:
    """Whether a paragraph's printed lines announce attendance above entry lines ending it.

    "- Les Chefs d'État suivants … ont participé au sommet :" / "S.E. X, Président de … ;":
    the list's first entry may stay in the announcing paragraph, the others apart.
    """
    paragraph = doc.paragraphs[index]
    lines = doc.original[paragraph.start : paragraph.end].rstrip().split("\n")
    kept = len(lines)
    while (
        kept > 1
        and kept > len(lines) - _MAX_ENTRIES
        and (not lines[kept - 1].strip() or _entry(lines[kept - 1]))
    ):
        kept -= 1  # "DRC HE President X" under a blank line: an entry too
    return kept < len(lines) and _announces("\n".join(lines[:kept]), doc.lang)


def _listed_on_line(hit: PersonHit, doc: Document, top: int) -> bool:
    """Whether the mention opens an entry line under its paragraph's attendance colon."""
    text = doc.original
    start = text.rfind("\n", top, hit.start) + 1
    if start <= top or not _opens_entry(text[start : hit.start]):
        return False
    end = text.find("\n", hit.start)
    if len(text[start : end if end >= 0 else len(text)]) > _MAX_ENTRY_CHARS:
        return False
    for _ in range(_MAX_ENTRIES):
        end = start - 1
        start = text.rfind("\n", top, end) + 1
        above = text[max(start, top) : end]
        if not above.strip():
            if start <= top:
                return False
            continue  # a blank line between two entries
        if above.rstrip().endswith(":"):
            return _announces(above, doc.lang)
        if start <= top or not _entry(above):
            return False
    return False


def _opens_entry(before: str) -> bool:
    """Whether only an entry's number or bullet and a style stand before a listed name."""
    marker = _ENTRY_MARKER.match(before)  # "1. X, Prime Minister of …;": its printed number
    before = before[marker.end() :] if marker is not None else before
    label = _ENTRY_LABEL.match(before)  # "United Republic of Tanzania: His Excellency"
    before = before[label.end() :] if label is not None else before
    # "• Minister for Trade Paul Deroux": the office in title case before the name
    return not before.strip(" ,") or _styled(before) or _OFFICE_FIRST.fullmatch(before) is not None


def _announces(text: str, language: Language) -> bool:
    """Whether a text ends with the colon of its own attendance phrase.

    "… with the participation of Their Excellencies:", not one in a clause far before it
    ("The summit, which was attended by …, appointed the following:").
    """
    announcer = text.rstrip()
    if not announcer.endswith(":"):
        return False
    vocabulary = person_vocabulary(language)
    if vocabulary.attendance_colon.search(announcer, max(0, len(announcer) - _ANNOUNCER_TAIL)):
        return True  # "… du Maroc, En présence de :" / « Monsieur X, Ministre … ; »
    tail = max(0, len(announcer) - _ANNOUNCER_REACH)
    phrases = vocabulary.attendance.finditer(announcer, tail)
    # "… was attended by the following Heads of State and Government and/or their
    # representatives:": the object its announcer opens may be long
    announced = vocabulary.attendance_object
    return any(
        len(announcer) - phrase.end() <= _ANNOUNCER_TAIL
        or announced.match(announcer, phrase.end()) is not None
        for phrase in phrases
    )


_ENTRY_LABEL: Final = compile_pattern(r"[^:\n]{1,60}:[ \t]*")
"""The state or body an entry names before its colon ("United Republic of Tanzania: ")."""


def _styled(before: str) -> bool:
    """Whether only capitalised words (a style: "His Excellency Mr") stand before a name."""
    return all(word[:1].isupper() for word in before.split())


def _entry(text: str, *, numbered: bool = False) -> bool:
    """Whether a paragraph reads as a list's entry: short, capitalised, no sentence's stop.

    A bulleted or numbered entry naming an office after a comma may end with its stop
    ("-S.E.M. X, Président de la République du Niger.", "1. Mr X, Minister of … .").
    """
    marker = _ENTRY_MARKER.match(text)
    stripped = text[marker.end() if marker is not None else 0 :].rstrip(" ;,")
    if len(stripped) > _MAX_ENTRY_CHARS or not stripped[:1].isupper() or stripped.endswith(":"):
        return False
    # its office after a comma: "-S.E.M. X, Président …." (not « -M. X a été nommé … . »)
    listed = (marker is not None or numbered) and "," in stripped
    return listed or not stripped.endswith((".", "!", "?"))


def _greeted(hit: PersonHit, doc: Document) -> bool:
    """Whether the mention stands in a speech's salutation: the guest is in the audience.

    "Your Excellency, Mr X, President of …," / "Mr Y, Secretary-General …,": a paragraph
    that opens on a word of address and ends on a comma (``salutations``), or a name right
    after a word of address ("Dear Paul Deroux,", ``address_words``) in such a paragraph.
    """
    if hit.paragraph is None or not 0 <= hit.paragraph < len(doc.paragraphs):
        return False
    text = doc.paragraphs[hit.paragraph].unit.text
    if is_salutation(text, structure_vocabulary(doc.lang).salutation):
        return True
    if _in_address_list(hit.paragraph, doc):
        return True
    # "President of the Chamber of Commerce, Dear Paul Deroux,": greeted by name in a
    # paragraph of address that ends on its comma
    reach = max(0, hit.start - _ADDRESS_REACH)
    return (
        text.rstrip().endswith(",")
        and address_before().search(doc.original, reach, hit.start) is not None
    )


def _in_address_list(index: int, doc: Document) -> bool:
    """Whether a bulleted entry runs, with the entries below it, down to a salutation.

    "- H.E. Ms X, Secretary of State …" / "- Hon. Y, Minister of …" / "- Honourable
    Ministers, Distinguished Guests,": a speech's list of the dignitaries it addresses, who
    are in the audience.
    """
    salutation = structure_vocabulary(doc.lang).salutation
    for paragraph in doc.paragraphs[index : index + _MAX_ENTRIES]:
        text = paragraph.unit.text
        marker = _ENTRY_MARKER.match(text)
        if marker is None:
            return False
        if is_salutation(text[marker.end() :], salutation):
            return True
    return False


_ADDRESS_REACH: Final = 12
"""Characters before a name read for the word of address greeting it ("Chères ")."""


def event_days(doc: Document) -> tuple[str, str] | None:
    """The first and last day that the opening sentence dates, if it dates any."""
    lead = lead_span(doc)
    if lead is None:
        return None
    days = []
    dateline = dateline_end(doc, lead)
    index = bisect.bisect_left(doc.dates, lead[0], key=lambda date: date.start)
    while index < len(doc.dates) and doc.dates[index].end <= lead[1]:
        value = doc.dates[index].value
        if (
            value is not None
            and doc.dates[index].kind != "time"
            and doc.dates[index].end > dateline
        ):
            days += [side for side in value.split("/") if len(side) == len("YYYY-MM-DD")]
        index += 1
    if not days:
        return None
    first, last = min(days), max(days)
    # "X, arrivé dimanche, entame ce lundi une visite de quatre jours": Monday to Thursday.
    # The last day the sentence dates opens the event when the days it dates fall short.
    length = datetime.timedelta(days=_trip_length(doc, lead) - 1)
    start, end = datetime.date.fromisoformat(first), datetime.date.fromisoformat(last)
    if end - start < length:
        last = (end + length).isoformat()
    return first, last


def _trip_length(doc: Document, lead: tuple[int, int]) -> int:
    """The days an event of the opening sentence lasts, or 1: "a four-day visit" → 4."""
    match = _length_pattern(doc.lang).search(doc.original, *lead)
    if match is None:
        return 1
    count = match.group("count")
    spelled = date_vocabulary(doc.lang).numbers
    days = int(count) if count.isdigit() else spelled.get(phrase_key(count), 0)
    return days if 1 <= days <= _MAX_EVENT_DAYS else 1


@functools.cache
def _length_pattern(language: Language) -> re.Pattern[str]:
    """A count of days: "four-day", "3 days", « quatre (04) jours » (``trip_length_units``)."""
    counts = alternation(date_vocabulary(language).numbers)
    units = alternation(person_words("trip_length_units", language))
    return compile_pattern(
        rf"(?<![\w'’])(?P<count>\d{{1,2}}|{counts})(?:[ \t]*\(\d{{1,2}}\))?[ \t-]+(?:{units})"
        r"(?![\w'’])",
        re.I,
    )


def trip_days(doc: Document) -> tuple[str, str] | None:
    """The days of the trip under way the opening sentence reports, if it reports one.

    "X effectue une visite de travail en France les 9 et 10 mars", "X is on a working
    visit to Y": a trip word not after a future ("X will travel to …" only announces it).
    """
    lead = lead_span(doc)
    if lead is None:
        return None
    vocab = person_vocabulary(doc.lang)
    trip = vocab.trip_word.search(doc.original, *lead)
    if trip is None or vocab.future_word.search(doc.original, lead[0], trip.start()):
        return None
    return event_days(doc)


def _after_the_trip(hit: PersonHit, doc: Document, days: tuple[str, str] | None) -> bool:
    """Whether the mention's sentence sets a future act after the days of the trip.

    "X effectue une visite les 9 et 10 mars. Il sera reçu demain par Y" is the visit's
    programme; "Il se rendra ensuite au Maroc le 3 avril, où il rencontrera Z" is another
    trip, after it, which Z takes no part in.
    """
    if days is None or hit.lead:
        return False
    start, end = hit.sentence
    if first_within(_spans(doc, "future_word"), start, end) is None:
        return False
    index = bisect.bisect_left(doc.dates, start, key=lambda date: date.start)
    while index < len(doc.dates) and doc.dates[index].end <= end:
        value = doc.dates[index].value
        if value is not None and doc.dates[index].kind != "time" and "W" not in value:
            first = value.split("/")[0]
            if first != ".." and first > days[1][: len(first)]:
                return True
        index += 1
    return False


def _future_month_or_year(hit: PersonHit, doc: Document) -> bool:
    """Whether a later sentence sets the mention's future act in a month or a year only.

    "Next year, she will travel to Kalvora, where she will meet Z", "In September, she will
    meet Z in New York": another trip than the one a statement announces for its days.
    """
    if hit.lead:
        return False
    start = hit.sentence[0]
    index = bisect.bisect_left(doc.dates, start, key=lambda date: date.start)
    while index < len(doc.dates) and doc.dates[index].end <= hit.start:
        date = doc.dates[index]
        value = date.value or ""
        # The future verb follows the time it is set in: "In September, she will meet X".
        if (
            "W" not in value
            and len(value) in _COARSE_VALUES
            and first_within(_spans(doc, "future_word"), date.end, hit.start) is not None
        ):
            return True
        index += 1
    return False


_COARSE_VALUES: Final = frozenset({len("YYYY"), len("YYYY-MM")})
"""Lengths of a year's and a month's value: a time no day sets."""


def _held_then(hit: PersonHit, doc: Document) -> bool:
    """Whether the mention names its holder by an office held at a past time.

    "as said by then Prime Minister X at the founding", "the then President X",
    "then-President X", « par l'alors Premier ministre X », « X, alors Président de … »: the
    holder acted then. After a comma or at a sentence's start the word tells a sequence (",
    then President X spoke"): the holder acts in the event.
    """
    text = doc.original
    after = _time_after().match(text, hit.end)
    role = None if after is None else person_vocabulary(doc.lang).role.match(text, after.end())
    if role is not None and not _NAME_NEXT.match(text, role.end()):
        # « son Excellence X, alors Président de … », "X, then President of …"; not "X,
        # then President Y, spoke": a name after the office tells a sequence.
        return True
    word = time_qualifier(hit.role or "")
    if word is not None:  # in the office read with the name
        found = text[hit.start : hit.end].casefold().find(word)
        at = hit.start + found if found >= 0 else -1
        glued = word.endswith("-")
    else:  # right before it ("then-President X", « l'alors Premier ministre X »)
        match = _time_before().search(text, max(0, hit.start - _SEQUENCE_REACH * 2), hit.start)
        at = match.start() if match is not None else -1
        glued = match is not None and match.group().endswith("-")
    if at < 0:
        return False
    if glued:
        return True  # "then-President X": a past office, whatever stands before it
    before = text[max(0, at - _SEQUENCE_REACH) : at].rstrip()
    if not before or before[-1] in _SEQUENCE_MARKS:
        return False
    # "… and then President X spoke": a coordinator before it tells a sequence too.
    last = before.split()[-1].casefold() if before.split() else ""
    return last not in person_words("coordinators")


_NAME_NEXT: Final = compile_pattern(r"[ \t]+[A-ZÀ-Þ]")
"""A capitalised word right after an office: its holder's name."""


@functools.cache
def _time_after() -> re.Pattern[str]:
    """A comma and a qualifier of a past time after a name, an office after them."""
    words = [re.escape(w) for w in person_words("time_qualifiers") if not w.endswith("-")]
    return compile_pattern(rf"[ \t]*,[ \t]*(?:{'|'.join(words) or '(?!)'})[ \t]+", re.IGNORECASE)


@functools.cache
def _time_before() -> re.Pattern[str]:
    """A qualifier of a past time ending the text before a mention ("then-", « alors »)."""
    words = person_words("time_qualifiers")
    forms = [re.escape(w) if w.endswith("-") else rf"{re.escape(w)}\s+" for w in words]
    return compile_pattern(rf"(?<![\w-])(?:{'|'.join(forms) or '(?!)'})\Z", re.IGNORECASE)


def _mourned(hit: PersonHit, doc: Document) -> bool:
    """Whether the mention follows a phrase mourning the person's death (``mourned_links``).

    "saddened to learn of the passing of former President X", « le décès de l'ancien
    président X »: a few qualifying words (``mourned_qualifiers``) may stand between; not
    before a possessive ("the death of President X's mother", "the passing of X's bill").
    """
    if _POSSESSIVE_AFTER.match(doc.original, hit.end):
        return False  # "the death of President X's mother": another's death
    low = max(0, hit.start - _MOURNED_REACH)
    return _mourned_before(doc.lang).search(doc.original, low, hit.start) is not None


_POSSESSIVE_AFTER: Final = compile_pattern(r"['’]s?(?![\w'’])")
"""A possessive right after a name: what follows is another's, not the person."""


_MOURNED_REACH: Final = 60
"""Characters before a name read for the phrase mourning the person."""


@functools.cache
def _mourned_before(language: Language) -> re.Pattern[str]:
    """A phrase mourning a death, then qualifying words, ending the text searched."""
    links = alternation(person_words("mourned_links", language))
    # an elided article is glued to the next word (« de l'ancien »), other words end
    qualifiers = "|".join(
        re.escape(word) + ("" if word.endswith(("'", "’")) else r"(?![\w'’])")
        for word in sorted(person_words("mourned_qualifiers", language), key=len, reverse=True)
    )
    return compile_pattern(
        rf"(?<![\w'’])(?:{links})(?:[ \t]*(?:{qualifiers or '(?!)'}))*[ \t]*$", re.I
    )


@functools.cache
def _absence_after(language: Language) -> re.Pattern[str]:
    """A phrase in apposition after a name saying the person was away ("…, absent de …")."""
    phrases = alternation(person_words("absence_phrases", language))
    return compile_pattern(rf"[ \t]*,[ \t]*(?:{phrases})(?![\w'’])", re.I)


@functools.cache
def _represented_after(language: Language) -> re.Pattern[str]:
    """The verb right after a name telling another stood in: "X was represented by Y".

    « le Président X s'est fait représenter par Y »: X is away from that act only; a later
    sentence may tell X acting ("In the afternoon, X held talks …"). A short apposition may
    come between (« X, retenu à Paris, était représenté par Y »).
    """
    verbs = alternation(person_words("represented_verbs", language))
    aside = rf"(?:[ \t]*,[^,;.:\n]{{1,{_ASIDE_CHARS}}},)?"
    return compile_pattern(rf"{aside}[ \t]+(?:{verbs})(?![\w'’])", re.I)


_ASIDE_CHARS: Final = 60
"""Characters at most of an apposition between a name and the verb telling it represented."""


def _partner_of_earlier_meeting(
    hit: PersonHit, doc: Document, event_days: tuple[str, str] | None = None
) -> bool:
    """Whether the mention names who took part in a meeting its date places earlier.

    "to follow up on President A's October 26 meeting with President B", "les suites de
    l'entretien du 26 octobre entre A et B": the date qualifies the meeting's noun, which
    is not the reported event; whoever it links to took part in that earlier one. The one
    day the opening sentence dates is the reported event's (« a eu hier un entretien avec B »).
    """
    dates, text = doc.dates, doc.original
    index = bisect.bisect_left(dates, hit.start, key=lambda date: date.start) - 1
    if index < 0 or dates[index].end > hit.start or dates[index].start < hit.sentence[0]:
        return False
    date = dates[index]
    if not _elsewhere(date, doc.date or _first_calendar_date(dates), strict=True):
        return False
    if event_days is not None and event_days[0] == event_days[1] and _within(date, event_days):
        return False  # the one day the opening dates: no other meeting's
    link = _meeting_link(date, doc, hit.sentence[0], hit.start)
    if link is None:
        return False
    near = hit.start - link.end() <= _PARTNER_REACH
    if near and _CLAUSE_BREAK.search(text, link.end(), hit.start) is None:
        return True
    # "the May 26 call between President of Orlan A and Vice President of Kalvora B": a
    # second partner past long offices (and a wrapped line), names and small words between
    return hit.start - link.end() <= _PARTNERS_REACH and _names_only(doc, link.end(), hit.start)


def _partner_of_recent_meeting(hit: PersonHit, doc: Document) -> bool:
    """Whether the mention names who took part in a meeting an adjective places earlier.

    "briefed by B on the recent meeting between B and C", « depuis leur dernier entretien
    avec C »: C took part in that meeting, not in the reported one.
    """
    text = doc.original
    low = max(hit.sentence[0], hit.start - _PARTNER_REACH)
    links = list(person_vocabulary(doc.lang).recent_event.finditer(text, low, hit.start))
    return bool(links) and _names_only(doc, links[-1].end(), hit.start)


def _names_only(doc: Document, start: int, end: int) -> bool:
    """Whether only partners, their offices and small words stand between a link and ``end``.

    "between Secretary Serel and ", « entre le président Marc Tavel et », "between Karl
    Lirov, President of Kalvora, and ": the list of partners runs on to the person; "with
    Norland, President " (a comma before any partner) or "with X and held talks with "
    (words in lower case) go on to another clause.
    """
    text = doc.original
    spans = doc.memo.get(
        "person_spans", "", lambda: sorted((h.start, h.end) for h in doc.person_hits)
    )
    pieces, position = [], start
    # the partners named on the way, each a placeholder
    for other_start, other_end in spans[bisect.bisect_left(spans, (start,)) :]:
        if other_start >= end:
            break
        if other_end <= end and other_start >= position:
            pieces += [text[position:other_start], " @ "]
            position = other_end
    between = ("".join(pieces) + text[position:end]).replace("\n", " ")
    if _CLAUSE_BREAK.search(between) is not None:
        return False
    segments = between.split(",")
    if any("@" not in segment for segment in segments[:1]) and len(segments) > 1:
        return False  # a comma before any partner: another clause
    small = _partner_small_words(doc.lang)
    words = between.replace(",", " ").split()
    if not all(w == "@" or w[:1].isupper() or phrase_key(w) in small for w in words):
        return False
    # past a partner (and its office), a coordinator joins the next one: "…, and ", « et »;
    # a comma alone ends the list ("…, Senior Director X led …")
    tail = (
        [phrase_key(w) for w in words[len(words) - words[::-1].index("@") :]]
        if "@" in words
        else []
    )
    coordinators = person_words("coordinators", doc.lang)
    return "@" not in words or any(word in coordinators for word in tail)


@functools.cache
def _partner_small_words(language: Language) -> frozenset[str]:
    """Lower-case words inside a list of partners: "and", "the", "of", « et », « de »."""
    keys = ("coordinators", "determiners", "elided_articles", "linked_party_ends")
    return frozenset(
        phrase_key(w) for key in keys for p in person_words(key, language) for w in p.split()
    )


def _maker_of_earlier_instrument(hit: PersonHit, doc: Document) -> bool:
    """Whether the mention names who made an instrument at a time the sentence places earlier.

    "to renew the Joint Declaration agreed between Prime Ministers A and B in September
    2025", « la Déclaration conjointe convenue entre les premiers ministres A et B, en
    septembre 2025 »: A and B concluded it then; they take no part in the reported event.
    """
    text, sentence = doc.original, hit.sentence
    spans = doc.memo.get(
        "instrument_spans", "", lambda: sorted({(h.start, h.end) for h in doc.instrument_hits})
    )
    # the last instrument that starts in the sentence before the mention
    index = bisect.bisect_left(spans, (hit.start,)) - 1
    if index < 0 or spans[index][0] < sentence[0] or spans[index][1] > hit.start:
        return False
    made = person_vocabulary(doc.lang).instrument_partners.match(text, spans[index][1])
    if made is None or hit.start - made.end() > _PARTNER_REACH:
        return False
    if _CLAUSE_BREAK.search(text, made.end(), hit.start) is not None:
        return False
    breaks = _CLAUSE_BREAK.search(text, hit.end, sentence[1])
    clause_end = breaks.start() if breaks is not None else sentence[1]
    dates, reference = doc.dates, doc.date or _first_calendar_date(doc.dates)
    position = bisect.bisect_left(dates, made.end(), key=lambda date: date.start)
    while position < len(dates) and dates[position].end <= clause_end:
        if _elsewhere(dates[position], reference):
            return True
        position += 1
    return False


def _meeting_link(date: DateMention, doc: Document, start: int, end: int) -> re.Match[str] | None:
    """The link to the partners of the meeting ``date`` qualifies, before ``end``, if any.

    "'s October 26 meeting with", "l'entretien du 26 octobre entre"; the meeting's noun
    stands after ``start``.
    """
    vocab, text = person_vocabulary(doc.lang), doc.original
    link = vocab.earlier_event_after.match(text, date.end, end)
    if link is None and vocab.earlier_event_before.search(
        text, max(start, date.start - _NOUN_REACH), date.start
    ):
        link = vocab.event_link_after.match(text, date.end, end)
    return link


def _dated_part(hit: PersonHit, doc: Document) -> tuple[int, int]:
    """The part of the mention's sentence whose dates place the mention's act.

    A person who reports to the meeting ("a rendu compte de la tenue, le 26 février, du
    sommet", "presented a memorandum on the 2025 budget") acts now: the dates after the
    reporting verb are those of what is reported.
    """
    start, end = hit.sentence
    account = first_within(_spans(doc, "account"), hit.end, end)
    if account is not None:
        end = account[0]
    reported = first_within(_reports(doc), hit.end, end)
    return (start, reported[0]) if reported is not None else (start, end)


_WORD_REACH: Final = 20
"""Characters before a complementizer searched for the compound's first word."""


def _spans(doc: Document, cue: Literal["future_word", "account"]) -> MatchSpans:
    """The matches of a cue of the person vocabulary in the document, found once."""
    pattern = getattr(person_vocabulary(doc.lang), cue)
    return doc.memo.get(
        f"participants {cue}", doc.original, lambda: match_spans(pattern, doc.original)
    )


def _reports(doc: Document) -> MatchSpans:
    """The complementizers that open a reported clause: no compound's first word before.

    Found once per document: a sentence holding thousands of names would be searched
    again for each ("ainsi que" opens no report).
    """

    def opening(span: tuple[int, int]) -> bool:
        before = doc.original[max(0, span[0] - _WORD_REACH) : span[0]].split()
        return not before or before[-1].casefold() not in _compounds(doc.lang)

    def compute() -> MatchSpans:
        return tuple(filter(opening, match_spans(_complementizer(doc.lang), doc.original)))

    return doc.memo.get("participants reports", doc.original, compute)


@functools.cache
def _complementizer(language: Language) -> re.Pattern[str]:
    """A complementizer that may open a reported clause ("a souligné que", "said that").

    "Le Président, M. X, a souligné que la session, la plus longue depuis 2006, …": 2006
    dates what is said, not the saying.
    """
    words = person_words("complementizers", language)
    # An elided form ("qu'il") is glued to the next word; a whole one ends before a space.
    forms = [(word, "" if word.endswith("'") else r"(?!\w)") for word in words]
    # First letter first (``folded_alternation``): searched over each whole document.
    return compile_pattern(folded_alternation(forms, r"[\w'’]"), re.IGNORECASE)


@functools.cache
def _compounds(language: Language) -> frozenset[str]:
    """First words of compounds with the complementizer that open no report ("ainsi que")."""
    return frozenset(w.casefold() for w in person_words("complementizer_compounds", language))


def briefing_answers(doc: Document) -> int | None:
    """Where the first question of a briefing transcript opens ("Q:", "Question :"), if any.

    A line opened by a medium's name and ending with a question mark ("Reuters: Will …?")
    is a question too.

    Read once per document, on the original text: the question labels open lines.
    """
    match = person_vocabulary(doc.lang).question_label.search(doc.original)
    # The line break is matched, not looked behind: the engine then skips from one line
    # break to the next in C instead of trying every position. The line is group 1.
    asked = _ASKED.search(doc.original)
    starts = [match.start()] if match is not None else []
    starts += [asked.start(1)] if asked is not None else []
    return min(starts) if starts else None


def _dates_another_time(
    sentence: tuple[int, int],
    doc: Document,
    event_days: tuple[str, str] | None = None,
    person_end: int | None = None,
) -> bool:
    """Whether the sentence places something at a time other than the document's date.

    Day-level relatives ("hier", "la veille", "on Tuesday") are ambiguous in wire copy
    against the dateline; they count only against the days the opening sentence dates
    (``event_days``): "A and B signed on Wednesday … C said on Tuesday".
    """
    # Dates come in document order: bisect to the sentence instead of reading them all.
    dates = doc.dates
    reference = doc.date or _first_calendar_date(dates)
    index = bisect.bisect_left(dates, sentence[0], key=lambda date: date.start)
    if (
        index < len(dates)
        and _opens(doc, sentence, dates[index])
        and _within(dates[index], event_days)
        and not _clause_between(doc, dates[index].end, person_end, dates, sentence)
    ):
        # "On 17 November, during a meeting chaired by X, they will review the decisions
        # taken at Warsaw on 16 and 17 May": the day opening the sentence dates its act.
        return False
    if _text_day_first(doc, sentence, index, person_end):
        # « X a été reçu ce lundi 05 octobre par Y …, suite à la disparition de Z, le 29
        # septembre 2020 »: the text's own day dates the act; the later date, another fact.
        return False
    while index < len(dates) and dates[index].start < sentence[1]:
        date = dates[index]
        if (
            date.end <= sentence[1]
            and (_elsewhere(date, reference) or _another_day(doc, date, event_days))
            and not _within(date, event_days)
            and not _since_clause(doc, sentence[0], date.start)
            and not (person_end is not None and _relative_clause(doc, sentence, date, person_end))
            and not _of_instrument(doc, sentence, date.start)
            and not _dates_a_noun(doc, sentence[0], date.start)
            and not (person_end is not None and _earlier_event(doc, sentence[0], date, person_end))
            and not (person_end is not None and _sequel_after(doc, date, person_end))
            # "met B today to follow up on their October 26 meeting with C": that date
            # names an earlier meeting (whose partners do not take part), not the act's time.
            and _meeting_link(date, doc, sentence[0], sentence[1]) is None
        ):
            return True
        index += 1
    return False


def _text_day_first(
    doc: Document, sentence: tuple[int, int], index: int, person_end: int | None
) -> bool:
    """Whether the sentence's first date is the text's own day, and dates the person's act.

    The person stands before the sentence's second date, and in the first date's clause
    when after it (``_clause_between``).
    """
    dates = doc.dates
    if person_end is None or index >= len(dates) or dates[index].start >= sentence[1]:
        return False
    first = dates[index]
    if doc.date is None or len(doc.date) != len("YYYY-MM-DD") or first.value != doc.date:
        return False
    following = dates[index + 1] if index + 1 < len(dates) else None
    if following is not None and following.start < sentence[1] and person_end > following.start:
        return False
    return person_end <= first.start or not _clause_between(
        doc, first.end, person_end, dates, sentence
    )


def _clause_between(
    doc: Document,
    start: int,
    end: int | None,
    dates: Sequence[DateMention],
    sentence: tuple[int, int],
) -> bool:
    """Whether the person ending at ``end`` acts in a clause of its own that another day dates.

    "On 3 May, the ministers recalled the summit of 2019, where X signed the accord on 12
    June 2019": a relative (or a semicolon) opens between the opening day and the person,
    and the clause, up to its next comma, holds another date; the opening day does not date
    it. "On 17 November, while X chaired the meeting, the ministers reviewed …" does.
    """
    if end is None:
        return True
    text = doc.original
    start = max(start, end - _CLAUSE_REACH)  # a long sentence is read near the person only
    semicolon = text.find(";", start, end)
    opener = _clause_opener().search(text, start, end)
    if semicolon >= 0:
        clause_start = semicolon
    elif opener is not None:
        clause_start = opener.start()
    else:
        return False
    limit = min(sentence[1], end + _CLAUSE_REACH)
    comma = text.find(",", end, limit)
    clause_end = comma if comma >= 0 else limit
    index = bisect.bisect_right(dates, clause_start, key=lambda date: date.start)
    return index < len(dates) and dates[index].start < clause_end


@functools.cache
def _clause_opener() -> re.Pattern[str]:
    """The words opening a clause of its own (``clause_openers``, both languages)."""
    words = alternation(person_words("clause_openers"))
    return compile_pattern(rf"(?<![\w'’-])(?:{words})(?![\w'’-])", re.IGNORECASE)


def _opens(doc: Document, sentence: tuple[int, int], date: DateMention) -> bool:
    """Whether the date opens the sentence, a word or two before it at most ("On 17 May,")."""
    if not sentence[0] <= date.start <= sentence[0] + _OPENING_CHARS:
        return False
    return len(doc.original[sentence[0] : date.start].split()) <= _OPENING_WORDS


def _within(date: DateMention, event_days: tuple[str, str] | None) -> bool:
    """Whether a day falls within the days the opening sentence dates.

    "… paid a State Visit to India from 1-5 April 2025" (issued on the 3rd) / "On 2 April,
    President X was received by …": a day of the visit, not another event.
    """
    if event_days is None or date.value is None or date.kind == "time":
        return False
    start, end = (datetime.date.fromisoformat(day) for day in event_days)
    if (end - start).days > _MAX_EVENT_DAYS:
        return False  # "the accord of 2019 … met on 3 April 2025": no one event's days
    first, _, last = date.value.partition("/")
    days = [day for day in (first, last) if len(day) == len("YYYY-MM-DD")]
    return bool(days) and all(event_days[0] <= day <= event_days[1] for day in days)


def _of_instrument(doc: Document, sentence: tuple[int, int], position: int) -> bool:
    """Whether the date at ``position`` belongs to an instrument the sentence names.

    "la résolution 2254 (2015)", "la convention …, signée le 28 mars 2024", "the pact
    adopted in May 2024": the year of a resolution, or a participle after the instrument
    with its date, dates the instrument, not what the person does in the sentence.
    """
    for hit in doc.instrument_hits:
        if not sentence[0] <= hit.start < sentence[1]:
            continue
        if hit.start <= position < hit.end:
            return True
        if any(
            status.start >= hit.end and status.window[0] <= position < status.window[1]
            for status in hit.statuses
        ):
            return True
    return False


def _first_calendar_date(dates: tuple[DateMention, ...]) -> str | None:
    """For an undated document, the first day or month it names: most likely the event's."""
    for date in dates:
        if date.kind in {"date", "month"} and date.value is not None:
            return date.value
        if date.kind == "range" and date.value is not None and ".." not in date.value:
            return date.value.split("/")[0]
    return None


def _another_day(doc: Document, date: DateMention, days: tuple[str, str] | None) -> bool:
    """Whether a weekday or "yesterday" placed from the document date precedes the opening's.

    Only before: a meeting opened "on Monday" may go on "on Tuesday" with the same people.
    Only a day named by a word: a day the text writes out ("In Abidjan on February 9, the
    Minister held talks with …") is a leg of the reported trip, not another event.
    """
    if days is None or date.value is None or date.kind == "time" or "/" in date.value:
        return False
    if any(char.isdigit() for char in date.text):
        return False
    if date.anchor == "text":
        return False  # "la veille", "the day before": placed from the event, a day of the trip
    relative = date.kind == "relative" or date.anchor is not None
    if relative and in_item_under_past(doc, date.start):
        return False  # "… s'est entretenu avec, soit :" / "- Entretien vendredi avec X": reported
    return relative and len(date.value) == len("YYYY-MM-DD") and date.value < days[0]


def _elsewhere(date: DateMention, document_date: str | None, *, strict: bool = False) -> bool:
    """Whether ``date`` is earlier than the document's date.

    Unless ``strict``, a day placed from the document date is the news itself.
    """
    if date.value is None or date.kind == "time":
        return False
    value = date.value.split("/")[0]
    # A day placed from the document date ("Tuesday", "September 5 and 6") is the news itself,
    # unless it stands weeks before it ("sa visite du 25 au 26 juillet dernier", issued in
    # September): a past event's day, not the news.
    relative = date.kind == "relative" or date.anchor is not None
    if relative and len(value) == len("YYYY-MM-DD") and not strict:
        return _weeks_before(value, document_date)
    if value == ".." or "W" in value:
        return False
    if document_date is None:
        return True
    if _spans_the_day(date.value, document_date):
        return False  # "a reçu … les 20 et 21 novembre 2017", issued on the 21st: the news
    precision = min(len(value), len(document_date))
    # A later date is what the statement announces ("will travel on 5 September"), made
    # now; only an earlier one places the person at another event.
    return value[:precision] < document_date[:precision]


def _spans_the_day(value: str, document_date: str) -> bool:
    """Whether a range of a few days holds the document's day: the event it reports."""
    first, _, last = value.partition("/")
    days = (first, last, document_date)
    if not last or any(len(day) != len("YYYY-MM-DD") for day in days):
        return False
    start, end = (datetime.date.fromisoformat(day) for day in (first, last))
    return (end - start).days <= _MAX_EVENT_DAYS and first <= document_date <= last


def _weeks_before(day: str, document_date: str | None) -> bool:
    """Whether ``day`` falls more than ``_NEWS_DAYS`` before a day-precise document date."""
    if document_date is None or len(document_date) != len("YYYY-MM-DD"):
        return False
    try:
        gap = datetime.date.fromisoformat(document_date) - datetime.date.fromisoformat(day)
    except ValueError:
        return False
    return gap.days > _NEWS_DAYS


_NEWS_DAYS: Final = 14
"""Days before the document date within which a day named from it is still the news (a
readout issued the next week, a weekly digest)."""

_MAX_EVENT_DAYS: Final = 31
"""Longest visit, session or summit whose days the opening sentence may date."""
_OPENING_CHARS: Final = 16
"""Characters before a date that opens its sentence ("On", « Le », "Earlier on")."""
_OPENING_WORDS: Final = 2
"""Words at most before a date that opens its sentence ("On the")."""
_CLAUSE_REACH: Final = 200
"""Characters around a person read for the clause of its own they act in."""
_SINCE_BREAK: Final = compile_pattern(r"[,;:()]")
_PARTICIPLE_WORDS: Final = 5
"""Words from a participle after a comma to the date it gives ("held last Sunday, 19")."""
_APPOSED_DATES: Final = 1
"""Commas a date apposed to the participle's date may stand after ("…, 19 June")."""


def _dates_a_noun(doc: Document, start: int, date_start: int) -> bool:
    """Whether the date closes a participle clause after a comma that dates the noun before.

    "X briefed the Council on the elections, held last Sunday, 19 June": the day is the
    elections', not the time X acts (``event_participles``); "the Agreement, provisionally
    applied since September 2017": the instrument's, an adverb before its participle.
    """
    text, participles, end = doc.original, _event_participles(), date_start
    for _ in range(_APPOSED_DATES + 1):  # "held last Sunday, 19 June": the day apposed
        comma = text.rfind(",", start, end)
        if comma < 0:
            return False
        words = [word.casefold() for word in text[comma + 1 : date_start].split()]
        if words and words[0].endswith(_adverb_endings()):
            words = words[1:]  # "provisionally applied since September 2017"
        if (
            words
            and len(words) <= _PARTICIPLE_WORDS
            and (words[0] in participles or " ".join(words[:2]) in participles)
        ):
            return True
        end = comma
    return False


def _earlier_event(doc: Document, start: int, date: DateMention, person_end: int) -> bool:
    """Whether the date stands in the sentence's opening phrase naming an earlier event.

    "Après les réunions à Monaco en mars, X a reçu …", "Following the talks in Orlan on 3
    May, X said …": the phrase (a sequel cue and a noun's determiner, up to a comma before
    the person) dates what came before the act, not the act.
    """
    comma = doc.original.find(",", date.end, person_end)
    if comma < 0:
        return False
    opening = _sequel_opening(doc.lang).match(doc.original, start)
    return opening is not None and opening.end() <= date.start


def _sequel_after(doc: Document, date: DateMention, person_end: int) -> bool:
    """Whether the date closes a phrase after the person that names an earlier event.

    "I will be meeting Prime Minister X to discuss the way forward following our lifting of
    sanctions on 5 October": the day is the lifting's (``sequel_cues``), no clause break
    between the cue and the date; the meeting is the reported one.
    """
    if date.start <= person_end:
        return False
    cues = list(_sequel_cue(doc.lang).finditer(doc.original, person_end, date.start))
    return bool(cues) and _PHRASE_BREAK.search(doc.original, cues[-1].end(), date.start) is None


_PHRASE_BREAK: Final = compile_pattern(r"[,;:.!?]")
"""A mark that ends a phrase between a sequel cue and the date it would govern."""


@functools.cache
def _sequel_cue(language: Language) -> re.Pattern[str]:
    """Any sequel cue of ``language`` ("following the", « à l'issue de »), as whole words."""
    return word_pattern(date_vocabulary(language).word_list("sequel_cues"))


@functools.cache
def _sequel_opening(language: Language) -> re.Pattern[str]:
    """A sentence's opening sequel cue before a noun's determiner ("Après les ", "Following the ").

    A cue that ends with its determiner ("following the") needs none after it; "Après avoir
    …" opens no noun.
    """
    cues = date_vocabulary(language).word_list("sequel_cues")
    words = person_words("determiners", language)
    ending = [cue for cue in cues if cue.split()[-1].casefold() in words]
    others = [cue for cue in cues if cue not in ending]
    determiners = alternation(words)
    elided = alternation(person_words("elided_articles", language))
    return compile_pattern(
        rf"\s*(?:(?:{alternation(ending)})\s|(?:{alternation(others)})"
        rf"(?:\s+(?:{determiners})\s|\s*(?:{elided})))",
        re.I,
    )


@functools.cache
def _event_participles() -> frozenset[str]:
    return frozenset(word.casefold() for word in person_words("event_participles"))


@functools.cache
def _adverb_endings() -> tuple[str, ...]:
    return tuple(person_words("participle_adverb_endings"))


def _relative_clause(
    doc: Document, sentence: tuple[int, int], date: DateMention, person_end: int
) -> bool:
    """Whether the date stands in a relative clause set off by commas after the person.

    "X, Prime Minister of Valmont, who assumed the Chair for the period commencing 1 January
    2014, presided": the clause tells of another time; X's main verb is the meeting's. A
    person named inside the clause ("X, who met Y on 3 January, said …") acted then.
    """
    text = doc.original
    openers = list(_relative_opener(doc.lang).finditer(text, sentence[0], date.start))
    if not openers or openers[-1].start() < person_end:
        return False
    opener = openers[-1]
    if "," in text[opener.end() : date.start]:
        return False
    close = text.find(",", date.end, sentence[1])
    return close != -1 and text[close + 1 : sentence[1]].strip() != ""


@functools.cache
def _relative_opener(language: Language) -> re.Pattern[str]:
    """A comma and a relative pronoun opening a clause about the person before: ", who "."""
    pronouns = alternation(person_words("relative_pronouns", language))
    return compile_pattern(rf",[ \t]*(?i:{pronouns})[ \t]")


def _since_clause(doc: Document, start: int, date_start: int) -> bool:
    """Whether the date closes a "since" clause: a period that runs to the reported event.

    "X attended the meeting and briefed ministers on the work done since she took office on
    1 April", "qui ne s'étaient plus vus depuis leur rencontre du 14 octobre": the date
    starts what lasts until now, not another time the person acted at.
    """
    text = doc.original
    openers = list(since_pattern(doc.lang).finditer(text, start, date_start))
    return bool(openers) and _SINCE_BREAK.search(text, openers[-1].end(), date_start) is None
