"""Extract every date mention of a document, relative ones resolved."""

from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING, Final

import attrs

import communique.readings as readings
from communique.hits import Found
from communique.lexicon.agreements import names_instrument
from communique.lexicon.dates import date_vocabulary
from communique.lexicon.structure import structure_words
from communique.model import DateMention
from communique.patterncache import compile_pattern, compile_regex
from communique.structure.list_items import items_under_past
from communique.temporal.context import APPOSED_DAY
from communique.temporal.order import writes_month_first
from communique.temporal.relative import Anchor, resolve
from communique.wordtrie import alternation

if TYPE_CHECKING:
    import regex

    from communique.document import Document, Unit

__all__ = ["extract_dates"]

_DAY_LENGTH = len("2026-01-15")
_SENTENCE_END: Final = compile_pattern(r"[.!?](?:\s|$)")
"""A sentence's end between a day named and an anaphoric day: the day no longer counts."""
_MONTH_LENGTH: Final = len("2026-01")
_OPENING_PARAGRAPHS: Final = 2
"""The paragraphs read for the day a month-only document date leaves open."""
_NAMED_UNITS = frozenset(
    {
        "day_month",
        "day_week",
        "day_range",
        "month_range",
        "month_name",
        "month_weekday",
        "month_days",
        "month_week",
    }
)
"""Dates a text names without their year: only their year comes from another date."""
_DAY_UNITS = frozenset({"day_month", "day_week", "day_range", "month_days"})
"""Days a text names without their year, which a dated visit or session may hold."""
_DAY = compile_pattern(r"\d{4}-\d\d-\d\d")
"""A value that starts with a whole day: a date, or a range from one."""


def extract_dates(doc: Document) -> tuple[DateMention, ...]:
    """Find the dates of every reading unit (header, title, headings, paragraphs).

    Relative dates are resolved against the document's date, else the caller's
    ``reference_date``; "la veille" and other anaphoric ones against the date mentioned
    just before them in the same paragraph, when there is one, or, opening a sentence,
    against the last day the paragraph before named. An undated document places the days it
    names without a year from the first day it names.
    """
    pairs = [
        (unit, found) for unit in doc.units() for found in readings.found_dates(doc, unit.text)
    ]
    anchor = _document_anchor(doc)
    first = _first_day(doc, pairs) if anchor is None else None
    month_first = writes_month_first(doc)
    mentions: list[DateMention] = []
    # "… adopted on Thursday 15 January 2026." / "La veille, le ministre …": a sentence
    # opening on an anaphoric day, with no date before it in its paragraph, counts from the
    # last day the paragraphs before named ("son entretien de la veille" stays deictic).
    carried: Anchor | None = None
    last_day: Anchor | None = None
    # The day the paragraph's narrative is on: one opening its sentence ("On 7 March, …"),
    # not one a noun recalls ("the decision of 4 March"), for "the same day" after it.
    scene: Anchor | None = None
    spans: list[tuple[str, str, str]] = []  # the ranges of days the text names, with a year
    current: Unit | None = None
    linked: tuple[int, int] | None = None  # a day linked to its event, and its offset
    # "NEW YORK, 23 June -- … delivered today" under an issue date of 24 June: the text's
    # "today", "yesterday" are counted from its dateline's day, the day it was written.
    opening = doc.paragraphs[0].unit if doc.paragraphs else None
    dateline: Anchor | None = None
    told: DateMention | None = None  # a deictic day ("yesterday") just before
    said: tuple[Unit, int, Anchor] | None = None  # the last day named, its unit and end
    for unit, found in pairs:
        if unit is not current:
            if unit.kind == "paragraph":
                # Paragraphs that name no day go on with the day told last.
                carried, last_day, scene = last_day or carried, None, None
            current = unit
        if month_first and found.meaning.month_first is not None:
            found = attrs.evolve(
                found, meaning=attrs.evolve(found.meaning, value=found.meaning.month_first)
            )
        if found.tenseless and _item_under_past(doc, unit):
            # « Le premier ministre a rencontré … : » / « - Entretien vendredi avec … »: the
            # item tells the past the sentence introducing it tells.
            found = attrs.evolve(found, future=False, tenseless=False)
        at_dateline = unit is opening and _place_before().fullmatch(unit.text, 0, found.start)
        if at_dateline and found.future:
            found = _written_day(doc, unit, found, anchor)
        spec = found.meaning.relative
        today = spec is not None and spec.unit == "day" and spec.reference == "deictic"
        used = dateline if dateline is not None and today else anchor
        # "… à Rome le 20 mai et à Berlin le lendemain": a day named without its year
        # earlier in the sentence is the one an anaphoric day counts from.
        near = (
            said[2]
            if said is not None
            and said[0] is unit
            and _SENTENCE_END.search(unit.text, said[1], found.start) is None
            else None
        )
        mention = _mention(
            doc, unit, found, used, (first, last_day or carried, scene or carried), near
        )
        if mention is None:
            continue
        if told is not None and told.value != mention.value and _apposed_day(doc, told, mention):
            # "yesterday, 23 October 2018", "today September 21": the day the text tells.
            mentions[-1] = attrs.evolve(
                told, value=mention.value, anchor="text", anchor_text=mention.text
            )
        if linked is not None:
            _onto_linked_day(mentions, linked, mention)
        spec = found.meaning.relative
        event_day = spec is not None and spec.unit == "day" and mention.anchor == "event"
        linked = (len(mentions), spec.offset) if event_day and spec else None
        if found.meaning.relative is not None and found.meaning.relative.unit in _DAY_UNITS:
            mention = _inside_named_days(mention, spans)
        elif mention.kind == "range" and found.meaning.relative is None:
            spans.extend(_day_span(mention))
        mentions.append(mention)
        told = mention if today and mention.kind == "relative" else None
        if at_dateline:
            dateline = dateline or _dateline_day(mention, anchor)
        # "… on Minister X's birthday (July 29)": a day in brackets is an aside, no day the
        # narrative moves to.
        aside = _in_brackets(unit.text, found.start, found.end)
        # « Ils ont discuté de l'accord du 9 novembre 2020. » names an instrument's day
        aside = aside or names_instrument(unit.text, found.start, readings.language(doc, unit.text))
        day = _named_day(mention) if unit.kind == "paragraph" and not aside else None
        if day is not None:
            last_day = Anchor(day, "text", mention.text)
            # a day the text names, not one counted from another ("four days before")
            named = found.meaning.relative is None or found.meaning.relative.unit == "day_month"
            said = (unit, found.end, last_day) if named else said
            if _sets_scene(unit.text, found.start):
                scene = last_day
    return tuple(mentions)


def _in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the span is all a bracket holds: "(July 29)", « (le 3 mars) »."""
    before = text[max(0, start - _BRACKET_REACH) : start].rstrip()
    return before.endswith("(") and text[end : end + _BRACKET_REACH].lstrip().startswith(")")


_BRACKET_REACH: Final = 8
"""Characters around a day searched for the brackets holding it (spaces inside them)."""


@functools.cache
def _place_before() -> regex.Pattern[str]:
    """The place of a dateline before its day, opening a paragraph: "NEW YORK, ", « Paris, le »."""
    articles = alternation(structure_words("header", "dateline_articles"), r"[^\S\n]+")
    return compile_regex(
        rf"[^\S\n]*\p{{Lu}}[\p{{L}}'’. -]{{1,40}},[^\S\n]*(?:(?:{articles})[^\S\n]+)?"
    )


def _dateline_day(mention: DateMention, anchor: Anchor | None) -> Anchor | None:
    """The day a dateline names a little before the document's date, as the day it tells of.

    A press statement delivered on 23 June and issued on the 24th: the dateline says the
    23rd, and its paragraph's "today" is that day. Only a day up to ``_DATELINE_LAG`` days
    before the document's date counts.
    """
    value = mention.value or ""
    if anchor is None or anchor.source != "document" or len(value) != _DAY_LENGTH:
        return None
    if len(anchor.value) != _DAY_LENGTH or value >= anchor.value:
        return None
    lag = datetime.date.fromisoformat(anchor.value) - datetime.date.fromisoformat(value)
    return Anchor(value, "text", mention.text) if lag.days <= _DATELINE_LAG else None


def _apposed_day(doc: Document, told: DateMention, mention: DateMention) -> bool:
    """Whether a day in figures stands in apposition right after a deictic day."""
    return (
        mention.kind in ("date", "relative")
        and mention.value is not None
        and len(mention.value) == _DAY_LENGTH
        and any(char.isdigit() for char in mention.text)
        and APPOSED_DAY.fullmatch(doc.original, told.end, mention.start) is not None
    )


def _written_day(doc: Document, unit: Unit, found: Found, anchor: Anchor | None) -> Found:
    """A dateline's year-less day read as the day of writing, whatever the tense after it.

    « VALMONT, 11 mars -- On trouvera ci-après … » under a document dated 12 March: the
    day is the 11th of that year, not of the next, when so read it falls on the document's
    day or up to ``_DATELINE_LAG`` days before; « Cette année, le 5 novembre, … se
    rendra » is a day ahead.
    """
    plain = attrs.evolve(found, future=False)
    mention = _mention(doc, unit, plain, anchor, (None, None, None))
    value = mention.value if mention is not None else None
    if anchor is None or value is None or len(value) != _DAY_LENGTH:
        return found
    if len(anchor.value) != _DAY_LENGTH or value > anchor.value:
        return found
    lag = datetime.date.fromisoformat(anchor.value) - datetime.date.fromisoformat(value)
    return plain if lag.days <= _DATELINE_LAG else found


def _onto_linked_day(
    mentions: list[DateMention], linked: tuple[int, int], day: DateMention
) -> None:
    """Place a day linked to an event that is itself a day: "le lendemain du 13 février".

    The event ("du 13 février", "of 13 February") is the next mention, right after the
    link: the day before or after it, not an event left unresolved.
    """
    index, offset = linked
    before = mentions[index]
    value = day.value or ""
    if (
        index != len(mentions) - 1
        or day.start - before.end > _LINK_REACH
        or day.text not in (before.anchor_text or "")
        or len(value) != _DAY_LENGTH
    ):
        return
    moved = datetime.date.fromisoformat(value) + datetime.timedelta(days=offset)
    mentions[index] = attrs.evolve(
        before, value=moved.isoformat(), anchor="text", anchor_text=day.text
    )


_DATELINE_LAG: Final = 2
"""Days a dateline's day may precede the issue date and still date its paragraph's "today"."""
_LINK_REACH: Final = 8
"""Characters between a day linked to an event and the date naming the event (" du ")."""


def _day_span(mention: DateMention) -> list[tuple[str, str, str]]:
    """The first and last day of a range of days ("2025-04-01/2025-04-05"), and its text."""
    first, _, last = (mention.value or "").partition("/")
    if len(first) == _DAY_LENGTH and len(last) == _DAY_LENGTH:
        return [(first, last, mention.text)]
    return []


def _inside_named_days(mention: DateMention, spans: list[tuple[str, str, str]]) -> DateMention:
    """A day without its year placed in the visit or session the text dated before.

    "… a State Visit to India from 1-5 April 2025. The two ministers held a meeting on
    April 4": the 4th is a day of that visit, of its year, whatever the tense says.
    """
    value = mention.value or ""
    first, _, last = value.partition("/")
    if len(first) != _DAY_LENGTH or (last and len(last) != _DAY_LENGTH):
        return mention
    for start, end, text in reversed(spans):
        year = start[:4]
        moved = [f"{year}{day[4:]}" for day in (first, last) if day]
        if moved[0] != first and all(start <= day <= end for day in moved):
            return attrs.evolve(mention, value="/".join(moved), anchor="text", anchor_text=text)
    return mention


_SCENE_WORDS: Final = 2
"""Words at most before a day that opens its sentence as the narrative's ("On", « Le »)."""
_SCENE_REACH: Final = 40
"""Characters before a day searched for its sentence's start."""


def _sets_scene(text: str, position: int) -> bool:
    """Whether the day at ``position`` opens its sentence, a word or two before it at most."""
    low = max(0, position - _SCENE_REACH)
    before = text[low:position]
    stop = max(before.rfind(mark) for mark in ".!?:")
    if stop < 0 and low > 0:
        return False
    if stop > 0 and before[stop - 1].isupper() and not before[stop - 2 : stop - 1].isalpha():
        return False  # "the U.N. report of 4 March": an initial's period, no sentence's end
    return len(before[stop + 1 :].split()) <= _SCENE_WORDS


def _opens_sentence(text: str, position: int) -> bool:
    """Whether ``position`` starts a sentence of ``text`` (nothing but a sentence end before)."""
    index = position - 1
    while index >= 0 and text[index].isspace():  # back over the spaces only: no copy
        index -= 1
    return index < 0 or text[index] in ".!?:"


def _compares(text: str, end: int, doc: Document) -> bool:
    """Whether a comparison follows the day: "on the same day as the elections".

    The words of ``comparison_links``: the day is another event's, not one told before.
    """
    word = _WORD_AFTER.match(text, end)
    links = date_vocabulary(readings.language(doc, text)).word_list("comparison_links")
    return word is not None and word.group(1).casefold() in links


_WORD_AFTER: Final = compile_regex(r"\s+([^\W\d_]+['’]?)")


def _named_day(mention: DateMention) -> str | None:
    """The day a mention names ("le jeudi 15 janvier 2026", "on Monday"), not a range: or None."""
    value = mention.value
    if mention.kind in ("date", "relative") and value is not None and len(value) == _DAY_LENGTH:
        return value
    return None


def _item_under_past(doc: Document, unit: Unit) -> bool:
    """Whether ``unit`` is a list's item under a sentence in the past ending on a colon."""
    return unit.kind == "paragraph" and unit.offsets.start(0) in items_under_past(doc)


def _document_anchor(doc: Document) -> Anchor | None:
    """The document's date; the reference day instead when the text gives only its month.

    A release headed "March 1981" whose front matter (or caller) says 12 March 1981: "today"
    is that day, which the month alone cannot place.
    """
    reference = doc.reference_date.isoformat() if doc.reference_date is not None else None
    if doc.date is not None:
        if reference is not None and reference.startswith(f"{doc.date}-"):
            return Anchor(reference, "reference")
        if len(doc.date) == _MONTH_LENGTH:
            day = _day_of_month(doc, doc.date)
            if day is not None:
                return Anchor(day, "document")
        return Anchor(doc.date, "document")
    if reference is not None:
        return Anchor(reference, "reference")
    return None


def _day_of_month(doc: Document, month: str) -> str | None:
    """The first day of ``month`` the first paragraphs name with its weekday, without its year.

    " date 2026-06" over « … arrivera à Valmont ce jeudi 18 juin » and « Dans
    l'après-midi, … »: the day the text tells of, which the month-only marker leaves open,
    places its weekdays and parts of the day (the document's date stays the month). A bare
    day and month ("will travel to Valmont on June 28") may be a later trip's: it anchors
    nothing.
    """
    for paragraph in doc.paragraphs[:_OPENING_PARAGRAPHS]:
        for found in readings.found_dates(doc, paragraph.unit.text):
            spec = found.meaning.relative
            if (
                spec is not None
                and spec.unit == "day_month"
                and spec.month is not None
                and spec.day is not None
                and spec.weekday is not None  # the text's own day, told with its weekday
                and f"{spec.month:02d}" == month[5:]
                and found.meaning.bound is None
            ):
                try:
                    return datetime.date(int(month[:4]), spec.month, spec.day).isoformat()
                except ValueError:  # 31 June: no day
                    return None
    return None


def _first_day(doc: Document, pairs: list[tuple[Unit, Found]]) -> Anchor | None:
    """The first day an undated document names outright, to place its days without a year.

    An agenda headed "Semaine du 9 au 15 mars 2026" then lists "Lundi 9 mars", "Mardi 10
    mars": they are of its year.
    """
    for unit, found in pairs:
        value = found.meaning.value
        if found.meaning.relative is None and value and _DAY.match(value):
            start, end = unit.span(found.start, found.end)
            return Anchor(value[:_DAY_LENGTH], "text", doc.original[start:end])
    return None


_DEICTIC: Final = frozenset({"current", "past", "next"})
"""Directions that count from the day of writing: "this", « courant », "last", "next"."""


def _mention(
    doc: Document,
    unit: Unit,
    found: Found,
    anchor: Anchor | None,
    context: tuple[Anchor | None, Anchor | None, Anchor | None],
    near: Anchor | None = None,
) -> DateMention | None:
    """The mention of ``found``, its relative value resolved; None when nothing can anchor it.

    Against ``anchor``, or as ``context`` allows: the first day an undated document names,
    or the last day named before it, in this paragraph or else the paragraphs before (for
    an anaphoric day, "the same day" or « La veille » opening a sentence, and for "the
    following Tuesday" after a day without its year).
    """
    first, told, scene = context
    start, end = unit.span(found.start, found.end)
    text = doc.original[start:end]
    meaning = found.meaning
    spec = meaning.relative
    value = _bounded(meaning.value, meaning.bound)
    if spec is None:
        return DateMention(text, start, end, meaning.kind, value, timezone=meaning.timezone)
    if found.event is not None:
        return DateMention(
            text, start, end, meaning.kind, None, anchor="event", anchor_text=found.event.strip()
        )
    used = anchor
    if (
        spec.reference == "anaphoric"
        and spec.unit == "day"
        and near is not None
        and not _compares(unit.text, found.end, doc)
    ):
        used = near  # "le 20 mai et à Berlin le lendemain": the day before it in its sentence
    elif spec.reference == "anaphoric" and found.previous is not None:
        used = Anchor(found.previous, "text", found.previous_text)
        if spec.unit == "day_of_month":  # "le 3 mars … Le 5,": that month, whatever the tense
            spec = attrs.evolve(spec, direction="current")
    elif (
        spec.reference == "anaphoric"
        and spec.unit == "day"
        and scene is not None
        and (spec.offset == 0 or _opens_sentence(unit.text, found.start))
        and not _compares(unit.text, found.end, doc)
    ):
        # "La veille, le ministre …" goes on with the story told above; "the same day",
        # wherever it stands, is a day told before ("son entretien de la veille" is not):
        # the day this paragraph's narrative is on, else the last the paragraphs before
        # named (the document's own day stays the document's).
        used = scene if anchor is None or scene.value != anchor.value else anchor
    elif spec.reference == "anaphoric" and spec.unit == "weekday" and told is not None:
        used = told  # "on 3 March … the following Tuesday": the Tuesday after 3 March
    elif used is None and spec.unit in _NAMED_UNITS and spec.direction not in _DEICTIC:
        # "Lundi 9 mars" under "Semaine du 9 au 15 mars 2026"; not "today", nor "le 26
        # octobre courant" (of the month the text is written in, whatever it tells), nor
        # « le 12 mai dernier », "next June" (before or after the day of writing, unsaid)
        used = first
    if spec.needs_antecedent and (used is None or used.source != "text"):
        return None  # "Un an après, …" with no date told before: after what, unsaid
    resolution = resolve(spec, used, future=found.future)
    if resolution.value is None and used is not anchor:
        resolution = resolve(spec, anchor, future=found.future)
    chosen = resolution.anchor
    return DateMention(
        text,
        start,
        end,
        meaning.kind,
        _bounded(resolution.value, meaning.bound),
        anchor=chosen.source if chosen and resolution.value else None,
        anchor_text=chosen.text if chosen and resolution.value else None,
    )


def _bounded(value: str | None, bound: str | None) -> str | None:
    """An open interval's value: ``2021-03/..`` from a start, ``../2030`` up to an end."""
    if value is None or bound is None:
        return value
    # A period bounds by its first month ("depuis le printemps dernier") or its last.
    first, _, last = value.partition("/")
    return f"{first}/.." if bound == "from" else f"../{last or first}"
