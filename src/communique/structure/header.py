"""Find header lines at the top: a dateline, a labelled date, a date stamp.

A header line is a line of its own: "Paris, le 6 janvier 2017", "Friday, 10 May 2024",
"📅 Jeudi 31 Octobre 2024", "Le 4 mars 2021 – Québec (Québec) – Ministère des Relations
internationales", "September 3, 2013 / 3:01 PM". A labelled marker (" date 2023-05") is split from
the text glued after it. A dateline glued to the opening sentence ("PARIS (Reuters) - …",
"Accra, 14 May 2022: The …") belongs to that paragraph, as a reader quotes it.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs
import regex

import communique.readings as readings
from communique.document import Line
from communique.lexicon import LANGUAGES
from communique.lexicon.dates import date_vocabulary
from communique.lexicon.persons import person_words
from communique.lexicon.structure import kind_key, line_key, structure_vocabulary, structure_words
from communique.patterncache import compile_pattern, compile_regex
from communique.structure.lines import body_above, is_lone, line_text, stripped_span
from communique.structure.reading import build_unit
from communique.structure.shapes import (
    ends_on_link,
    ends_sentence,
    is_bullet,
    parse_marker,
    starts_lowercase,
    word_count,
)
from communique.structure.signoff import glued_credit
from communique.structure.tickers import glued_ticker, headline_ticker
from communique.structure.update_labels import updated_line
from communique.temporal.dispatch import date_match
from communique.temporal.finder import date_at
from communique.temporal.values import interpret
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.document import Document
    from communique.model import Language

__all__ = [
    "WRAPPED_PROSE",
    "broken_date",
    "cut_short",
    "cuts_date",
    "dateline_span",
    "day_complement_links",
    "find_header",
    "is_marker",
    "is_prose",
    "lead_end",
    "opening_end",
    "opens_text",
    "reads_as_prose",
]

_ABSOLUTE: Final = frozenset({"date", "month"})
"""The kinds ``temporal.finder.date_at`` returns: a date or a month."""
_MARKER_HINT: Final = compile_pattern(
    r"\d(?:[.)/°]|°[/)])[ \t]+\S|\d\.\d{1,2}[ \t]+[A-ZÀ-ÖØ-Þ]|\d\.?[ \t]?[-–][ \t]*[A-ZÀ-ÖØ-Þ]"
    r"|\d\.[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]|[ivx]\.[ \t]+[A-ZÀ-ÖØ-Þ]|[a-z]\)[ \t]+\S"
)
"""What any paragraph number holds (``shapes.parse_marker``): a line without it has none.

"1. ", "(2) ", "2°) ", "2.3 The …" (an outline's number without its last period), "1- À …",
"1 - À …" (a dash), "1.The …" (a period glued to a capitalised word), "iv. Defence" (a small
Roman number), "b) The …" (a small letter).
"""
_IMAGE_NAME: Final = compile_pattern(
    r"[ \t]*[\w.-]{1,80}\.(?:jpe?g|png|gif|webp|bmp|tiff?)(?=\S)", re.I
)
"""A picture's file name glued before a line's text ("A0260309.jpgST PETERSBURG (Reuters) –")."""
_LONE_YEAR: Final = compile_pattern(r"(?:1[89]|2[01])\d\d")
"""A year alone, as a page number could print it."""
_BROKEN_DATE_WORDS: Final = 3
"""Words ending a line that may open a date its next line ends ("on 24th April")."""
_WORD_START: Final = compile_pattern(r"(?<!\S)\S")
"""Where a word starts: a dateline may open at any word of a broken date's line."""
_WRAPPED_DATELINE_LINES: Final = 3
"""Lines after the first that a wrapped dateline may take."""
_WRAPPED_LINE: Final = 40
"""Longest line of a wrapped dateline."""
_SCAN_LINES: Final = 15
_NUMBERED_SCAN: Final = 60
"""How far a dateline above the first numbered paragraph is looked for (body lines)."""
_STAMP_LINES: Final = 4
"""Body lines from the top within which a lone date below prose is the page's date."""
_CHRONOLOGY_LINES: Final = 12
"""Body lines below a lone date searched for another one: a chronology, no page date."""
_PROSE_LENGTH: Final = 300
WRAPPED_PROSE: Final = 60
"""Shortest line read as a hard-wrapped line of prose going on in the next one."""
_CREDIT_REACH: Final = 80
"""Characters at a line's end that hold a glued credit and the sentence mark before it."""
_PROSE_WORDS: Final = 8
_MIN_CLAUSE_WORDS: Final = 2
"""Words of a clause ending with a comma that opens the text ("The Council,")."""
_LIST_INTRO_WORDS: Final = 4
"""Words at least of a sentence introducing a list after a dateline ("— The following
instruments were signed:"); a source's label ("— Communiqué :") is shorter."""
_LETTER_WORD: Final = compile_pattern(r"(?<!\w)[^\W\d_]+(?:['’-][^\W\d_]+)*(?!\w)")
"""A word of letters only (not "12h28")."""
_LOWER_SHARE: Final = 0.5
"""Share of lower-case words that makes a line ending with a comma a clause, not a name."""
_SENTENCE_WORDS: Final = 12
_SENTENCE_SHARE: Final = 0.6
"""A line of this many words, this share of them in lower case, reads as a sentence."""
_CUT_SENTENCE_SHARE: Final = 0.35
"""Share of lower-case words in a sentence cut on a link that names bodies."""
_WORD: Final = compile_regex(r"\p{L}[\p{L}'’-]*")
_DOTTED_END: Final = compile_regex(r"(?<![\p{L}.])(?:\p{Lu}\.){2,}\s*$")
"""Capital letters with periods ending a line: "M.P.", "Q.C."."""
_DOTTED_SHARE: Final = 0.2
"""The share of lower-case words that makes a line ending so a sentence after all."""
_CAPITALS_END: Final = compile_regex(
    r"(?<=\S[ \t])\p{Lu}[\p{Lu}'’-]++(?:[ \t]++\p{Lu}[\p{Lu}'’-]++)*+[ \t]*+$"
)
"""Words in capitals ending a line (a label run on after a dateline)."""
_LABEL_REACH: Final = 60
"""Characters at a line's end searched for a kind label in capitals."""
_MAX_REST: Final = 80
"""Longest place or source trailer after a dateline's date ("– Québec (Québec) – …")."""
_FIRST_WORD: Final = compile_regex(r"[ \t]*(\p{L}+)")
"""A text's first word, read to tell a place from a preposition."""
_GLUED_REACH: Final = 80
"""Characters at the head of a paragraph where a glued dateline's date ends."""
_GLUED_AFTER: Final = compile_regex(r"/?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[-–—]{1,2}|:)[ \t]")
"""What glues a dateline to the sentence after it: a dash or a colon, an agency between, a
slash closing the date before ("January 11, 2018/ — …")."""
_CUT_LINE: Final = 60
"""Shortest line taken whole as a dateline that may be a wrapped opening sentence's start."""
_FULL_WRAP: Final = 0.6
"""Share of a line's length the next line reaches when a sentence wraps on (not "Valmont")."""
_SYMBOLS: Final = r"[^\p{L}\p{N}\s(]{0,3}\s*\(?\s*"
"""An emoji or an opening bracket before a dateline ("📅 Jeudi …", "(Paris, …)")."""
_CITY: Final = rf"{_SYMBOLS}\p{{Lu}}[\p{{L}}'’. -]{{1,40}}"
_SHORT_CITY: Final = rf"{_SYMBOLS}\p{{Lu}}[\p{{L}}'’.-]*(?:\s\p{{Lu}}[\p{{L}}'’.-]*)?"
"""A place or weekday without a comma is one or two capitalised words ("Rabat 05 …")."""
_NAME: Final = r"\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Ll}{1,3}[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,3}"
"""Up to four capitalised words, a short particle between two of them: a place ("Port
Moresby", "LOMÉ", "Papua New Guinea", "République Fédérale du Nigeria")."""
_COUNTRY: Final = r"(?:\s*\([^()\n]{1,40}\))?"
"""The country in parentheses after a city ("Lomé (Togo), 3 mai 2026")."""
_DASHED_PLACE: Final = rf"{_SYMBOLS}{_NAME}{_COUNTRY}(?:,\s*{_NAME}){{0,2}}\s*[-–—|•·]\s*"
"""A place of capitalised words set off by a dash ("LOMÉ, TOGO – 3 MAI 2026")."""
_PLACE_LINE: Final = compile_regex(rf"{_NAME}(?:,\s*{_NAME}){{1,2}}")
"""A place alone on its line, with its country: "Suva, Fiji", "Port Moresby, Papua New
Guinea"."""
_PLACED_START: Final = compile_regex(rf"[ \t]*{_NAME},")
"""A place's name and its comma opening a line: a dateline's ("Rideau Hall, le …")."""
_LETTERS: Final = compile_regex(r"\p{L}+")
_CUT_MARKS: Final = (" ...", " …", " [...]", " […]")
"""A spaced ellipsis ending a line: a headline cut short by its page, no sentence's end."""
_CUT_TITLE_WORDS: Final = 16
"""Most words of a headline cut short; a longer line cut so is a lead's sentence."""
_CLOCK: Final = (
    r",?\s*(?:\p{Ll}{1,2}\s+)?(?:\[\d{1,2}[:hH.]\d{2}(?::\d{2})?\]"
    r"|\d{1,2}[:hH.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?(?!\p{L}))?"
    r"(?:\s*(?:\p{L}{2,3}|[A-Z]{2,4})(?:[+-]\d{1,2}(?::?\d{2})?)?)?)"
    r"(?:\s*\((?:UTC|GMT)(?:\s*[+−-]\s*\d{1,2}(?::?\d{2})?)?\))?"
)
"""A time of posting after the date: "à 19:04", "at 10:30 GMT", ", 05:58am", ", 2:56 p.m.",
"21:25 PM GMT", "15:29:12", "17:28 (UTC +04:00)", "[03:45]" (a short linking word before it,
a meridiem, a zone or both after it)."""
_CLOCK_STAMP: Final = (
    rf"{_CLOCK}(?:\s+\p{{Ll}}{{2,3}}\s+{_NAME}|\s*[|•·–—-]\s*{_NAME}:?(?:[ \t]+{_NAME})?)?\s*$"
)
"""A time of posting and the source credited after it, if any ("à 19h19 par AFP", "at 7:19 pm
by Reuters", "15:38:56 | Editor: Anna", "[03:45] - NEWS.AZ")."""
_LONE_CLOCK: Final = compile_regex(rf"{_CLOCK}\s*$")
"""A time of posting alone after a labelled date, maybe after a lower-case link ("à 10h12");
with a source credited ("… à 09h36 par …") the line is a byline's, furniture."""
_TRAILER: Final = compile_regex(
    rf"\s*(?:[-–—|/•·]\s*|\)\s*$|:\s*$|\(\d|,\s*{_NAME}(?:,\s*{_NAME})?\s*$|{_CLOCK_STAMP}"
    rf"|[\[(]\s*{_NAME}[^\[\]()\n]{{0,40}}[\])]\s*$"
    r"|T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:Z|[+-]\d\d(?::?\d\d)?)?\s*$)"
)
"""What may follow a dateline's date: a dash, a time stamp, or the place ("…, Apia", "…
[Abuja - Nigeria]", "… (Lomé)"), an ISO timestamp's time ("2026-03-05T10:00:00Z")."""


@functools.cache
def _numeric_dateline_pattern() -> regex.Pattern[str]:
    """A place and a short numeric date, as French datelines print them: "(Paris, 3.07.12)".

    In parentheses the place may be left out ("(3.07.12)"). The date grammar reads a
    two-digit year only after a two-digit day and month; in a line of this shape nothing
    else can be meant.
    """
    return compile_regex(
        r"\s*(?:(?P<open>\()\s*(?:\p{Lu}[\p{L}'’. -]{1,40},\s*)?|\p{Lu}[\p{L}'’. -]{1,40},\s*)"
        rf"{_dateline_article()}(?P<d>[0-3]?\d)(?P<sep>[./])(?P<m>[01]?\d)(?P=sep)(?:\d\d){{1,2}}"
        r"\s*(?(open)\)|)\s*$"
    )


def _dateline_article() -> str:
    """The optional article before a dateline's date: "le", "the" (any shipped language's)."""
    words = "|".join(
        rf"{regex.escape(w)}\s+" for w in structure_words("header", "dateline_articles")
    )
    return f"(?i:{words})?"


@functools.cache
def _patterns(
    language: Language,
) -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    vocab = structure_vocabulary(language)
    # "Published 08 May, 2023", and after the agency credited, its acronym in capitals:
    # "APP Published 08 May, 2023".
    labelled = compile_regex(rf"\s*(?:\p{{Lu}}{{2,6}}[ \t]+)?{vocab.date_labels}\s*:?\s*")
    # "Paris, le …", "ADDIS ABABA, ETHIOPIA, 14 OCTOBER 2025" (a city and its country).
    # A news agency's stamp: "xinhua 2026-03-17 08:14:55", "AFP - 17/10/2023".
    agency = rf"(?i:{vocab.agencies})[ \t]*[-–—|:,]?[ \t]*"
    dateline = compile_regex(
        rf"\s*(?:{agency}|{_CITY}{_COUNTRY}(?:,\s*{_CITY})?,\s*|{_SHORT_CITY}\s+|{_SYMBOLS})?"
        rf"{_dateline_article()}"
    )
    wire = compile_regex(
        rf"\s*{_CITY}(?:,\s*[^()\n]{{0,30}}?)?\s*\(\s*{vocab.agencies}\s*\)\s*[-–—]{{0,2}}\s*$"
    )
    return labelled, dateline, wire, compile_regex(agency)


def is_prose(text: str) -> bool:
    """Whether a line reads as running prose: a sentence of some length, or a long line.

    A clause ending with a comma or a colon is prose too when most of its words are in lower
    case ("We, the Heads of State …, gathered in … on …,", "… ont signé les textes
    suivants :"): a name or an address is not.

    >>> is_prose("Recalling the commitments made at our previous summits in this city,")
    True
    >>> is_prose("Ministry of Foreign Affairs, Trade and Development of the Republic,")
    False
    """
    if parse_marker(text) is not None:
        return True
    # The credit closes the line: its last characters only are searched.
    if (credit := glued_credit().search(text, max(0, len(text) - _CREDIT_REACH))) is not None:
        text = text[: credit.start()]  # "… said. (AFP)", "… added. ENDS": the sentence's end
    if len(text) >= _PROSE_LENGTH:
        return not text.isupper()  # a long official headline in capitals is no prose
    if word_count(text) < _PROSE_WORDS:
        return False
    if cut_short(text) and word_count(text) <= _CUT_TITLE_WORDS:
        return False  # a headline a site cut short: "Résolution sur … de la ..."
    if ends_sentence(text):
        # "M12 May 1984 THE HON. MAREN KORANDA M.P.": the period closes letters after a
        # name in a header block, no sentence (a sentence has words in lower case).
        return _DOTTED_END.search(text) is None or _mostly_lower(text, _DOTTED_SHARE)
    # "… the two ministers signed the following texts:" opens a list below it.
    return text.rstrip().endswith((",", ":")) and _mostly_lower(text)


def cut_short(text: str) -> bool:
    """Whether a line ends with a spaced ellipsis, a headline its page cut short.

    >>> cut_short("Résolution sur les situations de crise et de ..."), cut_short("Enfin...")
    (True, False)
    """
    return text.rstrip().endswith(_CUT_MARKS)


def opens_text(text: str) -> bool:
    """Whether a line opens the text below the head: prose, or a clause ending with a comma.

    No title, masthead or dateline ends with a comma; the issuing body of a decision
    ("The Council,", "Le Conseil de paix et de sécurité,") or a salutation does, and the
    sentence goes on below it. A short label in capitals ("AU TITRE DES MESURES
    INDIVIDUELLES,") heads a section instead.

    >>> opens_text("The Assembly,"), opens_text("MINISTRY OF FOREIGN AFFAIRS"), opens_text("Texts,")
    (True, False, False)
    """
    if is_prose(text):
        return True
    if not text.rstrip().endswith(",") or word_count(text) < _MIN_CLAUSE_WORDS:
        return False  # a lone word ("Textes,") is a menu's item cut at its comma
    return not text.isupper() or word_count(text) >= _PROSE_WORDS


def reads_as_prose(text: str) -> bool:
    """Whether a line without a sentence end reads as a sentence: long, mostly lower case.

    "Energy ministers of the six lake states met on Monday to discuss the shared grid" is
    running prose cut from its full stop, never a masthead or header line; a title may read
    so too, which is why the head does not stop at it.

    >>> reads_as_prose("Energy ministers of the six lake states met on Monday to discuss the grid")
    True
    >>> reads_as_prose("MINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION OF THE REPUBLIC")
    False
    """
    return word_count(text) >= _SENTENCE_WORDS and _mostly_lower(text, _SENTENCE_SHARE)


def reads_as_cut_prose(text: str) -> bool:
    """Whether two lines of a sentence cut on a link read as prose, names and all.

    "THE TENTH SUMMIT of the Authority of the Common Market for Eastern and Southern Africa
    (COMESA) was held at …": a sentence naming bodies has fewer words in lower case than
    ``reads_as_prose`` asks; a line cut on a link (which no title block ends on twice) says
    it goes on.
    """
    return word_count(text) >= _SENTENCE_WORDS and _mostly_lower(text, _CUT_SENTENCE_SHARE)


def _mostly_lower(text: str, share: float = _LOWER_SHARE) -> bool:
    """Whether most words of ``text`` start in lower case, as running prose does."""
    words = _WORD.findall(text)
    lower = _lower_count(words)
    return bool(words) and lower >= share * len(words)


def is_marker(text: str, language: Language) -> bool:
    """Whether a header text is a labelled date (" date 2023-05", "Publié le 3 mai 2023")."""
    return _patterns(language)[0].match(text) is not None


def find_header(doc: Document) -> Document:
    """Mark header lines and split a labelled header glued to the first body line.

    The lines above the first line of running prose are looked at; below it, or below a
    long letterhead, up to the first numbered paragraph: a dateline above that paragraph
    (never its first line).
    """
    lines = list(doc.lines)
    header_spans: list[tuple[int, int]] = []
    seen = 0
    prose = False
    openers = structure_vocabulary(doc.lang).sentence_openers  # a glued ticker's restarts
    lead_openers = structure_vocabulary(doc.lang).lead_openers
    for index, line in enumerate(lines):
        if line.kind != "body":
            continue
        seen += 1
        late = prose or seen > _SCAN_LINES
        if lead_openers.match(doc.text, line.body_start, line.end) is not None:
            prose = True  # "At the invitation of His Excellency X, President of the …": the lead
            continue
        image = _IMAGE_NAME.match(doc.text, line.body_start, line.end)
        if image is not None:  # a page's picture left its file name: furniture, not text
            header_spans.append(stripped_span(doc.text, line.body_start, image.end()))
            lines[index] = line = _after(doc, line, image.end())
        if _continues_date(doc, lines, index):
            continue  # "… posed by piracy: 26" / "January 2026": the wrapped end of a title
        if _update_stamp(doc, line):
            continue  # "Updated 15 Aug 2023, 9:40am": the page's last change, furniture
        if _after_link(doc, lines, index) or _dated_complement(doc, lines, index):
            continue  # "… was held in" / "Valmont from 21 to 23 October 2026.": no dateline
        if not late and _venue_above_dateline(doc, lines, index):
            # "Forum Secretariat Conference Centre," / "Suva, Fiji" / "5 – 6 April 2017"
            header_spans.append(stripped_span(doc.text, line.body_start, line.end))
            lines[index] = attrs.evolve(line, kind="header")
            continue
        wrapped = None if late else _wrapped_dateline(doc, lines, index)
        if wrapped is not None:  # "VALMONT," / "24TH APRIL" / "2018": one dateline
            header_spans.append(stripped_span(doc.text, line.start, lines[wrapped].end))
            for inside in range(index, wrapped + 1):
                lines[inside] = attrs.evolve(lines[inside], kind="header")
            continue
        span = _numbered_dateline(doc, lines, index) if late else _header_span(doc, line, doc.lang)
        if span is not None and _cut_below(doc, lines, index, span):
            span = None  # "VALMONT, 2 septembre — M. X, ministre des Affaires" / "étrangères …"
        if span is None and late and seen <= _STAMP_LINES:
            span = _lone_date(doc, lines, index)  # "20 juil 2017" under a photo's caption
        if span is None and late and seen <= _SCAN_LINES:
            span = _lone_placed_dateline(doc, lines, index)  # "Rideau Hall, le 1er juin 2015"
        if span is not None:
            header_spans.append(span)
            lines[index] = _past_header(doc, line, span)
            if not late and lines[index].kind == "body":
                # " date 2017-04-12 Source: Xinhua | 2017-04-12 15:38": a marker glued to a
                # stamp, each a header of its own.
                rest = lines[index]
                glued = _header_span(doc, attrs.evolve(rest, start=rest.body_start), doc.lang)
                if glued is not None:
                    header_spans.append(glued)
                    lines[index] = _past_header(doc, rest, glued)
        text = line_text(doc, lines[index])
        if (late and parse_marker(text) is not None) or seen >= _NUMBERED_SCAN:
            break
        # A ticker of other stories' headlines is no prose: a stamp may follow it.
        ticker = headline_ticker(text) or glued_ticker(text, openers)
        prose = prose or (opens_text(text) and not ticker)
    if not header_spans:
        return doc
    units = tuple(build_unit(doc, "header", [span])[0] for span in header_spans)
    return attrs.evolve(doc, lines=tuple(lines), header=(*doc.header, *units))


def _venue_above_dateline(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a clause ending with a comma is a venue above its place and its day.

    "Forum Secretariat Conference Centre," / "Suva, Fiji" / "5 – 6 April 2017", each line
    a block of its own: the venue, its place and the days make one dateline; "The Council,"
    opens the text ("Recalling …").
    """
    text = line_text(doc, lines[index])
    if is_prose(text) or not text.rstrip().endswith(","):
        return False
    body = (i for i in range(index + 1, len(lines)) if lines[i].kind == "body")
    place, day = next(body, None), next(body, None)
    if place is None or day is None:
        return False
    if _PLACE_LINE.fullmatch(line_text(doc, lines[place]).strip()) is None:
        return False
    dated = line_text(doc, lines[day]).strip()
    return readings.only_date(doc, dated, "date") or readings.only_date(doc, dated, "range")


def _cut_below(doc: Document, lines: list[Line], index: int, span: tuple[int, int]) -> bool:
    """Whether a long line taken whole as a dateline is a sentence the next line goes on.

    The opening sentence glued to its dateline, wrapped ("WINDHOEK, Sept. 02 — Hon. X and
    Hon. Y, Minister of" / "Foreign Affairs …", « … ministre des Affaires » / « étrangères
    … »): the line ends on a link or the next goes on in lower case; it is the sentence's
    start, its dateline part of the first paragraph, no header line of its own.
    """
    line = lines[index]
    if span[1] < line.end - 1 or span[1] - span[0] < _CUT_LINE or index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    if below.kind != "body":
        return False
    text, after = line_text(doc, line), line_text(doc, below)
    if starts_lowercase(after):
        return True
    # Ending on a link, the line is a sentence only if the next line wraps it on at full
    # width or ends it: a letterhead's "… et de la Coopération de" / "Valmont" stops short.
    connectors = structure_vocabulary(doc.lang).connectors
    prose = ends_sentence(after) or len(after) >= _FULL_WRAP * len(text)
    return ends_on_link(text, connectors) and prose


def _lone_placed_dateline(doc: Document, lines: list[Line], index: int) -> tuple[int, int] | None:
    """A place and its date alone between blank lines, below a page's menus.

    "Nouvelles" / "Présentation des lettres de créance (…)" / "" / "Rideau Hall, le lundi
    1er juin 2015" / "": the release's dateline under its headline, however many menu lines
    came before it; no heading. Not below a sentence: a closing line.
    """
    line = lines[index]
    text = line_text(doc, line)
    if not is_lone(lines, index) or _PLACED_START.match(text) is None:
        return None
    above = body_above(lines, index)
    if above is not None and ends_sentence(line_text(doc, above)):
        return None  # "… signed the agreement." / "Done at Valmont, 3 May 2026": its closing
    found = dateline_span(text, 0, len(text), doc.lang)
    if found is None or text[: found[0]].strip() or text[found[1] :].strip():
        return None
    return stripped_span(doc.text, line.body_start, line.end)


def _lone_date(doc: Document, lines: list[Line], index: int) -> tuple[int, int] | None:
    """A whole dateline alone between blank lines, below the first lines of a page.

    A page may open with a photo's caption in a sentence, then print its date alone ("Le
    ministre en discussion avec … à Valmont." / "" / "20 juil 2017" / ""): the page's date,
    no paragraph.
    """
    line = lines[index]
    above = body_above(lines, index)
    ended = above is None or (
        ends_sentence(line_text(doc, above)) and not line_text(doc, above).endswith(":")
    )
    if not (is_lone(lines, index) and ended):
        # "… called on them to" / "14 August 2024" / "implement it": a page's running date;
        # « Date limite de dépôt des dossiers : » / « 31 mars 2026 »: the date it announces
        return None
    body = (i for i in range(index + 1, len(lines)) if lines[i].kind == "body")
    below = list(itertools.islice(body, _CHRONOLOGY_LINES))
    if not any(is_prose(line_text(doc, lines[i])) for i in below[:_STAMP_LINES]):
        return None  # "Published 9 June 2026" / "Leave a Reply": the page's closing stamp
    span = dateline_span(doc.text, line.body_start, line.end, doc.lang)
    if span is not None and any(_lone_dateline(doc, lines, i) for i in below):
        return None  # « 12 mars 2020 » / … / « 15 avril 2020 » / …: a chronology's days
    return span


def _lone_dateline(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a body line is a whole dateline alone between blank lines."""
    line = lines[index]
    if not is_lone(lines, index):
        return False
    return dateline_span(doc.text, line.body_start, line.end, doc.lang) is not None


def _update_stamp(doc: Document, line: Line) -> bool:
    """Whether a line is a page's update stamp and nothing else: "Updated 15 Aug 2023, 9:40am".

    The day the page last changed is no header date of the text (GUIDELINES: furniture);
    the furniture pass takes the line, and the document date may still fall back on it.
    """
    text = line_text(doc, line)
    return updated_line(text) and (
        structure_vocabulary(doc.lang).furniture_pattern.fullmatch(text.strip()) is not None
    )


def _past_header(doc: Document, line: Line, span: tuple[int, int]) -> Line:
    """``line`` once its header ``span`` is read: a header line, or its body after the span."""
    if not doc.text[span[1] : line.end].strip():
        return attrs.evolve(line, kind="header")
    return _after(doc, line, span[1])


def _wrapped_dateline(doc: Document, lines: list[Line], index: int) -> int | None:
    """The last line of a dateline wrapped over short lines from ``index``, or None.

    A narrow column prints the place, the day and month, and the year on lines of their
    own ("LUANDA," / "24TH APRIL" / "2018"): together they are the dateline. The year
    must end the lines, as the break of a date does (``broken_date``).
    """
    last = index
    while (
        last + 1 < len(lines)
        and last - index < _WRAPPED_DATELINE_LINES
        and lines[last + 1].kind == "body"
        and len(line_text(doc, lines[last + 1])) <= _WRAPPED_LINE
    ):
        last += 1
        above, below = line_text(doc, lines[last - 1]), line_text(doc, lines[last])
        if broken_date(above, below, doc.lang):
            joined = " ".join(line_text(doc, lines[i]).strip() for i in range(index, last + 1))
            return last if dateline_span(joined, 0, len(joined), doc.lang) is not None else None
    return None


def _continues_date(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line ends a date that the line above it in its block began."""
    if index == 0 or lines[index - 1].kind != "body":
        return False
    return cuts_date(line_text(doc, lines[index - 1]), line_text(doc, lines[index]), doc.lang)


def _dated_complement(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line is a day complementing the line above it, no blank line between.

    "COMMUNIQUÉ DU CONSEIL DES MINISTRES" / "DU MERCREDI 7 JUIN 2026", "MINUTES OF THE
    MEETING" / "OF 7 JUNE 2026": the headline's end, no dateline (``day_complement_links``).
    """
    above = lines[index - 1] if index else None
    if above is None or above.kind != "body" or above.end + 1 < lines[index].start:
        return False
    text = line_text(doc, lines[index])
    words = text.split(None, 1)
    if len(words) < 2 or words[0].casefold() not in day_complement_links():
        return False
    return _date_end(text, len(text) - len(words[1]), doc.lang) is not None


@functools.cache
def day_complement_links() -> frozenset[str]:
    """Links making a day a noun's complement (``day_complement_links``, both languages)."""
    return frozenset(w.casefold() for w in structure_words("header", "day_complement_links"))


def _after_link(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line above, with no blank line between, ends on a link ("held in", « à »).

    Or ends no sentence, long, over a line opening in lower case.

    The sentence goes on in this line: "… of the Joint Commission was held in" / "Valmont
    from 21 to 23 October 2026." is no dateline.
    """
    if index == 0 or lines[index - 1].kind != "body":
        return False
    above = line_text(doc, lines[index - 1])
    if len(above) < WRAPPED_PROSE:
        return False  # "Issued at the end of the session held in" / "Valmont, 21 …": a title's
    if ends_on_link(above, structure_vocabulary(doc.lang).connectors):
        return True
    # "… pour l'anniversaire du traité de l'Élysée, signé" / "le 22 janvier 1963.": a line
    # opening in lower case under a long one that ends no sentence goes on with it.
    return starts_lowercase(line_text(doc, lines[index])) and not ends_sentence(above)


def cuts_date(last: str, tail: str, language: Language) -> bool:
    """Whether a wrap cut a date in two: a day ends one line, its month and year open the next.

    "… posed by piracy: 26" / "January 2026": the short line ends the line above (a
    headline), it is no dateline of its own.

    >>> cuts_date("Joint statement on the threat posed by piracy: 26", "January 2026", "en")
    True
    >>> cuts_date("Joint statement on the threat posed by piracy", "26 January 2026", "en")
    False

    Or the day and month end one line and the year opens the next ("… held in Orlan on 18
    June" / "2026, under the chairmanship of …").

    >>> cuts_date("The Commission met in Orlan on 18 June", "2026, under the chair of …", "en")
    True
    """
    words = last.split()
    if not words:
        return False
    if tail[:1].isdigit():
        year = _YEAR_OPENING.match(tail)
        if year is None or len(words) < _DAY_MONTH_WORDS:
            return False
        joined = f"{' '.join(words[-_DAY_MONTH_WORDS:])} {year.group(1)}"
    elif words[-1].isdigit() and tail[:1].isalpha():
        joined = f"{words[-1]} {tail}"
    else:
        return False
    found = date_at(joined, 0, language)
    return found is not None and found.meaning.kind == "date" and found.end == len(joined)


_YEAR_OPENING: Final = compile_regex(r"(\d{4})(?=[ \t]*(?:[,.;:)]|$)|[ \t]+\p{Ll})")
"""A year opening a line, the rest of a date cut at the line above: punctuation, the line's
end or a word in lower case after it ("2026, under …"; "2030 Agenda goals" is no year)."""
_DAY_MONTH_WORDS: Final = 2
"""Words of a day and its month ending the line above ("18 June", "June 18,")."""


def _after(doc: Document, line: Line, position: int) -> Line:
    while position < line.end and doc.text[position].isspace():
        position += 1
    return attrs.evolve(line, body_start=position)


def _header_span(doc: Document, line: Line, language: Language) -> tuple[int, int] | None:
    """The header at the start of ``line`` as a working-text span, or None."""
    labelled, _, wire, _ = _patterns(language)
    text = doc.text
    if _opens_with_widgets(text[line.start : line.end], language):
        return None  # "Facebook Twitter YouTube Friday, May 8, 2026": a bar's stamp
    if wire.match(text, line.start, line.end):
        return stripped_span(text, line.start, line.end)
    content = text[line.start : line.end]
    match = labelled.match(content)
    if match is not None:
        found = date_at(content, match.end(), language)
        if found is not None:
            rest = content[found.end :].strip()
            clock = _LONE_CLOCK.match(rest) is not None
            if rest and (clock or not starts_lowercase(rest)) and _is_trailer(rest):
                # "Publié le 13 juillet 2015 | Agence …", "Posted on: 4 May 2026 8:49AM by
                # …": the source or the time after the date is the dateline's.
                return stripped_span(text, line.start, line.end)
            if not rest or rest == "." or not starts_lowercase(rest):
                return stripped_span(text, line.start, line.start + found.end)
    source = _source_label().match(content)
    if source is not None:  # "Source: Xinhua | 2017-04-12 15:38:56": an agency's stamp
        date_end = _agency_date_end(content, source.end(), language)
        return _whole_dateline(
            text, line.start, line.end, None if date_end is None else line.start + date_end
        )
    if _furniture_stamp(text, line.start, line.end, language):
        return None
    indent = len(content) - len(content.lstrip(" \t"))
    bullet = is_bullet(content[indent:])
    if bullet and dateline_span(text, line.start + indent + bullet, line.end, language):
        return stripped_span(text, line.start, line.end)  # "  • July 11, 2018": the page's day
    date_end = _dateline_end(text, line.start, line.end, language)  # read once for both
    if date_end is not None and _signed_fields(text, date_end, line.end, language):
        return None  # "September 5th, 2023 • Author: X • 4 minute read": a byline
    span = _whole_dateline(text, line.start, line.end, date_end)
    if span is None and date_end is not None and _weekday_after(text, date_end, line, language):
        span = stripped_span(text, line.start, line.end)  # "March 4, 2026 Wednesday"
    if span is None and _tools_after(text, date_end, line.end, language):
        span = stripped_span(text, line.start, line.end)  # "May 15, 2026 Adjust font size:"
    if span is None and _numeric_dateline(content):
        span = stripped_span(text, line.start, line.end)
    if span is None:
        span = _number_after(text, line, date_end)
    if span is None:
        span = _labelled_dateline(text, line, language)
    return span if span is not None else _date_range_line(doc, line)


_WIDGETS_BEFORE_STAMP: Final = 2
"""Social or share widgets opening a line before a date: the page's bar, no dateline."""


def _opens_with_widgets(content: str, language: Language) -> bool:
    """Whether the line's first words are a share or social bar's ("Facebook Twitter …")."""
    words = content.split(maxsplit=_WIDGETS_BEFORE_STAMP)[:_WIDGETS_BEFORE_STAMP]
    widgets = structure_vocabulary(language).widget_words
    return len(words) == _WIDGETS_BEFORE_STAMP and all(
        word.casefold().strip("|•·,:[]") in widgets for word in words
    )


@functools.cache
def _source_label() -> regex.Pattern[str]:
    """The label of a page's source before a news agency's name: "Source:", « Source : »."""
    labels = alternation(structure_words("header", "source_labels"), r"[ \t]+")
    return compile_regex(rf"\s*(?i:{labels})[ \t]*:[ \t]*(?=\p{{L}})")


def _agency_date_end(line: str, position: int, language: Language) -> int | None:
    """Where the date after a news agency's name at ``position`` ends, or None.

    "Xinhua | 2017-04-12 15:38:56": the agency, a separator, the date.
    """
    agency = _patterns(language)[3].match(line, position)
    return None if agency is None else _date_end(line, agency.end(), language)


def _weekday_after(text: str, date_end: int, line: Line, language: Language) -> bool:
    """Whether only the weekday follows the date on its line, as news databases print it."""
    rest = text[date_end : line.end].strip(" \t,")
    return rest.casefold() in date_vocabulary(language).weekdays


def _labelled_dateline(text: str, line: Line, language: Language) -> tuple[int, int] | None:
    """A dateline closed by the document's kind in capitals, the line as a whole.

    "16 décembre 2025, Valmont, République de Kalvora COMMUNIQUÉ FINAL": the label that
    a page printed on the next line ran on after the place.
    """
    # Only the line's end is read: a label is short, and a long line costs no more.
    label = _CAPITALS_END.search(text, max(line.start, line.end - _LABEL_REACH), line.end)
    if label is None:
        return None
    vocab = structure_vocabulary(language)
    if kind_key(label.group(), vocab) not in vocab.kind_labels:
        return None
    end = label.start()
    return (
        stripped_span(text, line.start, line.end)
        if _whole_dateline(text, line.start, end, _dateline_end(text, line.start, end, language))
        else None
    )


def _numbered_dateline(doc: Document, lines: list[Line], index: int) -> tuple[int, int] | None:
    """A dateline line right above a numbered paragraph, or glued to its number."""
    line = lines[index]
    # Only a few lines on: a page's blank lines, never the rest of the text.
    below = next(
        (x for x in itertools.islice(lines, index + 1, index + 4) if x.kind != "blank"), None
    )
    numbered_below = below is not None and parse_marker(line_text(doc, below)) is not None
    if not numbered_below and _MARKER_HINT.search(doc.text, line.start, line.end) is None:
        return None  # no numbered paragraph below, and no number in the line to glue to
    date_end = _dateline_end(doc.text, line.start, line.end, doc.lang)  # read once for both
    span = _whole_dateline(doc.text, line.start, line.end, date_end)
    if span is None:
        return _number_after(doc.text, line, date_end)
    return span if numbered_below else None


def _before_number(text: str, line: Line, language: Language) -> tuple[int, int] | None:
    """A dateline glued to the numbered paragraph after it ("Lomé, 3 mai 2026 1. La …").

    A dateline never opens a numbered paragraph: it is split off as a header.
    """
    return _number_after(text, line, _dateline_end(text, line.start, line.end, language))


def _number_after(text: str, line: Line, date_end: int | None) -> tuple[int, int] | None:
    """``_before_number`` given where the line's dateline date ends (None: no date)."""
    if date_end is None or parse_marker(text[date_end : line.end].strip()) is None:
        return None
    return stripped_span(text, line.start, date_end)


def _numeric_dateline(content: str) -> bool:
    """Whether a line is a place and a numeric day-first date ("(Paris, 3.07.12)").

    >>> _numeric_dateline("(Paris, 3.07.12)"), _numeric_dateline("Paris, 3.27.12")
    (True, False)
    >>> _numeric_dateline("(3.07.12)"), _numeric_dateline("3.07.12")
    (True, False)
    """
    match = _numeric_dateline_pattern().match(content)
    if match is None:
        return False
    return 1 <= int(match.group("d")) <= 31 and 1 <= int(match.group("m")) <= 12


def _date_range_line(doc: Document, line: Line) -> tuple[int, int] | None:
    """A line holding only a range of dates ("• 06 Sep. 2018 - 07 Sep. 2018"), as a span."""
    content = line_text(doc, line)
    lead = len(content) - len(content.lstrip("•·-–—*|📅 \t"))
    for found in readings.found_dates(doc, content):
        if found.start == lead and found.end == len(content) and found.meaning.kind == "range":
            return stripped_span(doc.text, line.start, line.end)
    return None


def dateline_span(text: str, start: int, end: int, language: Language) -> tuple[int, int] | None:
    """``text[start:end]`` stripped, if it is a whole dateline or date stamp, else None.

    >>> dateline_span("Le 4 mars 2021 – Québec (Québec)", 0, 32, "fr")
    (0, 32)
    """
    if _furniture_stamp(text, start, end, language):
        return None
    date_end = _dateline_end(text, start, end, language)
    if date_end is not None and _signed_fields(text, date_end, end, language):
        return None  # "September 5th, 2023 • Author: X • 4 minute read": a byline
    span = _whole_dateline(text, start, end, date_end)
    if span is None and _tools_after(text, date_end, end, language):
        return stripped_span(text, start, end)
    return span


def _opens_byline(line: str, language: Language) -> bool:
    """Whether a line opens on a byline's label and a name: "By Anna Serel, 21 May 2026".

    The author's day is the byline's, no dateline's (GUIDELINES: dates in bylines are not
    annotated), whatever stands after the name.
    """
    words = line.split(None, 2)
    labels = structure_vocabulary(language).byline_labels
    return len(words) > 1 and line_key(words[0]) in labels and words[1][:1].isupper()


_FIELD_SPLIT: Final = compile_regex(r"[•|·]")
"""What separates the fields of a post's stamp."""


def _signed_fields(text: str, start: int, end: int, language: Language) -> bool:
    """Whether a field after a stamp's date names its author ("• Author: X •", "• By X").

    A post's byline carries its day with its author and reading time: furniture, no
    dateline (GUIDELINES: dates in bylines are not annotated).
    """
    labels = structure_vocabulary(language).byline_labels
    fields = _FIELD_SPLIT.split(text[start:end])
    return any(
        line_key(field.split(":", 1)[0]) in labels or line_key(field.split(" ", 1)[0]) in labels
        for field in fields
        if field.strip()
    )


def _tools_after(text: str, date_end: int | None, end: int, language: Language) -> bool:
    """Whether only furniture follows a dateline's date on its line.

    "Wire, May 15, 2026 Adjust font size:": the page's tools after its stamp.
    """
    if date_end is None:
        return False
    rest = text[date_end:end].strip()
    # A page's tools are a few words; a sentence after the date is the lead, whatever ends it
    # ("VALMONT, 12 March — The presidents agreed … - Getty Images").
    return (
        0 < len(rest) <= _MAX_TOOLS
        and structure_vocabulary(language).furniture_pattern.fullmatch(rest) is not None
    )


_MAX_TOOLS: Final = 80
"""Characters at most of the tools printed after a stamp's date on its line."""


def opens_with_dateline(text: str, language: Language) -> bool:
    """Whether ``text`` opens with a dateline glued to its first sentence by a dash or colon.

    >>> opens_with_dateline("Valmont, 3 May 2026 — The Minister arrived yesterday.", "en")
    True
    >>> opens_with_dateline("The Minister arrived in Valmont on 3 May 2026.", "en")
    False
    >>> opens_with_dateline("On 3 May 2026 — the Minister arrived.", "en")
    False
    >>> opens_with_dateline("03/05/2026 - The Ministers issued a statement.", "en")
    True
    """
    first = _FIRST_WORD.match(text)
    if first is not None and first.group(1).casefold() in structure_vocabulary(language).connectors:
        return False  # "On 3 May 2026 — …": a time, no place opens it
    end = _dateline_end(text, 0, min(len(text), _GLUED_REACH), language)
    return end is not None and _GLUED_AFTER.match(text, end) is not None


def broken_date(above: str, below: str, language: Language) -> bool:
    """Whether a line ends with a date whose year alone makes the next line.

    Narrow columns break a date as they break any text ("on 24th April" / "2018."): the
    year is no page number, and the day and month above it are no running header.

    >>> broken_date("held in Luanda on 24th April", "2018.", "en")
    True
    >>> broken_date("Page", "2018", "en")
    False
    """
    year = below.strip().rstrip(".,")
    if not _LONE_YEAR.fullmatch(year):
        return False
    words = above.split()
    if not words or any(_LONE_YEAR.fullmatch(word.strip(".,")) for word in words):
        return False
    joined = f"{' '.join(words[-_BROKEN_DATE_WORDS:])} {year}"
    starts = (match.start() for match in _WORD_START.finditer(joined))
    return any(dateline_span(joined, start, len(joined), language) is not None for start in starts)


def _furniture_stamp(text: str, start: int, end: int, language: Language) -> bool:
    """Whether the line opens as furniture: "Publié le 9 septembre 2026 à 10h12".

    A page's stamp is never a dateline, though a place-like word and a time frame its date;
    nor is a byline ("By Anna Serel, 21 May 2026").
    """
    prefixed = structure_vocabulary(language).boilerplate_prefix.match(text, start, end)
    return prefixed is not None or _opens_byline(text[start:end], language)


def _whole_dateline(
    text: str, start: int, end: int, date_end: int | None
) -> tuple[int, int] | None:
    """``dateline_span`` given where the line's dateline date ends (None: no date)."""
    if date_end is None:
        return None
    rest = text[date_end:end].strip()
    if not rest or rest == "." or _is_trailer(rest):
        return stripped_span(text, start, end)
    return None


_DATELINE_HEAD: Final = 300
"""Characters at the start of a line read for a dateline's place and weekday."""


def _dateline_end(text: str, start: int, end: int, language: Language) -> int | None:
    """Where the date of a dateline ends, or None.

    The date opens the line or follows a place, a weekday or an emoji. Only the line is
    read, so the cost does not grow with the text.
    """
    line = text[start:end]
    dateline = _patterns(language)[1]
    first = len(line) - len(line.lstrip())
    # A day without its year opens a news page's stamp before its clock ("July 24, 16:57
    # UTC+3"); the line is read a second time only when a day opens it.
    day = _date_end(line, first, language, year_less=True)
    found = None if day is None else _date_end(line, first, language)
    if found is None and day is not None and _LONE_CLOCK.match(line, day) is not None:
        found = day
    # A dateline's place and weekday open the line: its head only is read, so that a long
    # line of spaces costs no backtracking over its whole length.
    head = min(len(line), _DATELINE_HEAD)
    if found is None and (match := dateline.match(line, 0, head)) is not None:
        # After a place and its comma, a day without its year dates the line too
        # ("Hiroshima, May 21"); after a weekday it heads an agenda's day ("Lundi 8 mars").
        placed = "," in line[: match.end()]
        if not (placed and _clause_before_comma(line[: line.find(",")])):
            found = _date_end(line, match.end(), language, year_less=placed)
    match = None if found is not None else _dashed_place().match(line, 0, head)
    if match is not None and _is_place(match.group(), language):
        found = _date_end(line, match.end(), language)
    return None if found is None else start + found


def _clause_before_comma(place: str) -> bool:
    """Whether the words before a dateline's comma hold a word in lower case, no particle.

    "Türkiye on Monday, 6 February 2023." ends a wrapped sentence ("… the earthquake that
    struck" / "Türkiye on Monday, …"); a place's lower-case words are particles ("Port of
    Spain", "Dar es Salaam", "Sharm el-Sheikh", « Saint-Denis de la Réunion »).
    """
    for word in place.split():
        if word[:1].islower() and "-" not in word and word.casefold() not in _place_particles():
            return True
    return False


@functools.cache
def _place_particles() -> frozenset[str]:
    """Small words inside places' names, every shipped language's (``place_particles``)."""
    return frozenset(word.casefold() for word in structure_words("header", "place_particles"))


def _is_place(text: str, language: Language) -> bool:
    """Whether capitalised words before a dash name a place, not a document or a meeting.

    "Joint Statement – 3 May 2026" is a title with its date; "Suva, Fiji – 3 May 2026" a
    dateline.
    """
    vocab = structure_vocabulary(language)
    words = [word.casefold() for word in _LETTERS.findall(text)]
    named = vocab.document_heads | vocab.meeting_words | vocab.organisation_heads
    return not any(word in named for word in words)


@functools.cache
def _dashed_place() -> regex.Pattern[str]:
    """A place set off from its date by a dash ("LOMÉ, TOGO – 3 MAI 2026"), and the article."""
    return compile_regex(rf"\s*{_DASHED_PLACE}{_dateline_article()}")


def _date_end(
    line: str, position: int, language: Language, *, year_less: bool = False
) -> int | None:
    """Where a date, a month or a range of days or months starting at ``position`` ends.

    A meeting's dateline may give its days ("Lomé, 2-3 mai 2026", "Apia, 14 and 15 May
    2026"); a range of years ("2023-2027") dates no line. ``year_less``: a day and month
    without the year count too ("Hiroshima, May 21", after its place).
    """
    # One grammar match read both ways: as ``date_at`` (an absolute date or month) or as
    # a range (a second ``match`` at the same place cost as much again).
    match = date_match(language)(line, position)
    if match is None:
        return None
    meaning = interpret(match, date_vocabulary(language))
    if meaning is not None and meaning.kind in _ABSOLUTE:
        return match.end()
    spec = meaning.relative if meaning is not None else None
    if year_less and spec is not None and spec.unit == "day_month" and spec.weekday is None:
        return match.end()
    if meaning is None or meaning.kind != "range" or not meaning.value:
        return None
    sides = meaning.value.split("/")
    return match.end() if all("-" in side for side in sides) else None


def _is_trailer(rest: str) -> bool:
    """What may follow a dateline's date on its line: a place, a source, a time stamp.

    Not a sentence opening the text and its list ("— Les ministres ont signé les textes
    suivants :").
    """
    return (
        len(rest) <= _MAX_REST
        and _TRAILER.match(rest) is not None
        and not (
            ends_sentence(rest)
            and not rest.endswith((")", ":"))
            and _LONE_CLOCK.match(rest) is None  # ", 2:56 p.m.": the stamp's own time
        )
        and not (rest.endswith(":") and (_introduces_list(rest) or _names_speaker(rest)))
        and not _opens_lead(rest)
    )


_LEAD_WORDS: Final = 6
"""Words at least after a dateline's dash that, opened by an article, make its lead."""


def lead_after_dateline(text: str, language: Language) -> bool:
    """Whether a line is a dateline whose dash opens the text's lead, cut by the wrap.

    "Addis Ababa, 28 January 2026 – The Chairperson of the Commission, H.E. Mr.": the first
    line of the prose, under the headline.
    """
    end = _dateline_end(text, 0, len(text), language)
    return end is not None and _opens_lead(text[end:])


def _opens_lead(rest: str) -> bool:
    """Whether the words after the dateline's dash open the text's lead, cut by a wrap.

    "Addis Ababa, 28 January 2026 – The Chairperson of the Commission, H.E. Mr." / "X, is
    …": an article opens a clause of six words or more, no place nor source.
    """
    words = rest.lstrip(" \t-–—").split()
    if len(words) < _LEAD_WORDS:
        return False
    first = words[0].casefold().replace("’", "'")
    first = first[: first.find("'") + 1] if "'" in first else first  # « L'Union » → « l' »
    return any(first in structure_vocabulary(code).sentence_openers for code in LANGUAGES)


def _names_speaker(rest: str) -> bool:
    """Whether a clause after the date names who speaks in the text below it.

    "NEW YORK, 9 May 2026 - Statement by the Executive Director, Anna Serel:": the line
    opens the text (a speaker's label of ``speaker_labels``), no dateline's trailer.
    """
    return _speaker_after_dash().match(rest) is not None


@functools.cache
def _speaker_after_dash() -> re.Pattern[str]:
    """A speaker's label after the dash that ends a dateline's date ("- Statement by X")."""
    labels = alternation(person_words("speaker_labels"))
    return compile_pattern(rf"\s*[-–—]\s*(?i:{labels})\s+\w")


def _introduces_list(text: str) -> bool:
    """Whether a clause ending with a colon reads as a sentence: words mostly in lower case.

    Only words of letters count: "- 12h28 - Culture - Ecrit par :" is a byline's label.
    """
    words = _LETTER_WORD.findall(text)
    return len(words) >= _LIST_INTRO_WORDS and _lower_count(words) > _LOWER_SHARE * len(words)


def _lower_count(words: list[str]) -> int:
    """How many of ``words`` start in lower case."""
    return sum(1 for word in words if word[0].islower())


def opening_end(doc: Document, text: str) -> int:
    """``lead_end`` of ``text`` (a first paragraph of ``doc``), read once per document.

    The person, party and resolve stages all ask where the opening sentence ends; each
    answer reads the first sentence for a dateline.
    """
    return doc.memo.get(
        "opening end", text, lambda: lead_end(text, readings.sentences(doc, text), doc.lang)
    )


def lead_end(text: str, sentences: Sequence[tuple[int, int]], language: Language) -> int:
    """Where the opening sentence of a first paragraph ends; -1 when there is none.

    A dateline printed as a sentence of its own ("Addis Ababa, 6 May 2024. The Council …")
    opens nothing: the lead is the sentence after it.
    """
    if not sentences:
        return -1
    first = sentences[0]
    if len(sentences) > 1 and dateline_span(text, first[0], first[1], language) is not None:
        return sentences[1][1]
    return first[1]
