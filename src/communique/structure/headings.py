"""Find section headings and bullet headings ("- Introduction") inside the body."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Final

import attrs

import communique.readings as readings
from communique.lexicon.persons import person_vocabulary, styled_entry
from communique.lexicon.structure import is_salutation, line_key, structure_vocabulary
from communique.patterncache import compile_regex
from communique.structure.grouping import double_spaced, wrap_width
from communique.structure.header import is_prose
from communique.structure.lines import body_blocks, hinted, is_lone, line_text, stripped_span
from communique.structure.name_wrap import cuts_name, cuts_party, cuts_role
from communique.structure.party_entries import party_entry
from communique.structure.reading import build_unit
from communique.structure.sections import aside_below, numbered_titles
from communique.structure.shapes import (
    INNER_SENTENCE_END,
    ends_on_link,
    ends_sentence,
    is_bullet,
    is_quotation,
    last_word,
    lettered,
    long_words_capitalised,
    name_goes_on,
    parse_marker,
    starts_lowercase,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary

__all__ = ["find_headings"]

_MAX_CHARS: Final = 100
_MAX_WORDS: Final = 12
_PROSE_CHARS: Final = 60
_MAX_PICTOGRAM_WORDS: Final = 8
_MAX_BULLET_WORDS: Final = 8
_WRAP_REACHED: Final = 0.8
_SAME_WIDTH: Final = 0.9
"""Share of a long line's length the next line of its block reaches, and that line's of it, when
both are wrapped at one width (a paragraph printed on one longer line is no wrap)."""
_NO_HEADING_END: Final = ".,;:!?…"
_SHAPE_LETTERS: Final = compile_regex(r"\p{L}+")
_SHAPE_DIGITS: Final = compile_regex(r"\d+")
_SENTENCE_LOWER: Final = 5
"""Lower-case words a line needs before a verb among them makes it a sentence's part."""
_MAX_SOURCE_CHARS: Final = 200
"""Longest line naming a statement's kind, author and day ("Déclaration du porte-parole …")."""
_DATED_END: Final = compile_regex(r"\(([^()\n]{0,40}\d{4})\)\s*$")
"""A day in brackets ending a line: "(18 janvier 2017)"."""
_DASHED_ITEM: Final = compile_regex(r"\d{1,2}[ \t]+[-–][ \t]+\p{Lu}")
"""A briefing item's number and its dash before its title: "2 - Kosovo - …"."""
_KIND_WORDS: Final = 4
"""Most words of a kind label opening a line ("Déclaration à la presse")."""
_ROMAN_SECTION: Final = compile_regex(r"[IVX]{1,4}\.[ \t]+\p{L}")
"""A section's Roman number before its title: "II. AU TITRE DU …"."""
_CLOCK_OPENING: Final = compile_regex(r"(?:[01]?\d|2[0-3])[ \t]?[hH:][ \t]?[0-5]\d(?!\d)")
"""A clock time opening a line, a programme's item: "22h 00 : …", "10:00 – …"."""
_MARK_AFTER: Final = compile_regex(r"[\w°]+([^\w\s]*)")
"""A line's opening number or letter and the punctuation after it, captured."""
_MAX_SECTION_WORDS: Final = 6
_ROMAN_LABEL: Final = compile_regex(r"[IVX]{1,5}[ \t]*(?:/-|\.-|/|-|–)[ \t]*\p{Lu}")
"""A council's section marker in Roman numerals and a dash or slash: « I/- Ministère … »."""
_ORDINAL_OPENER: Final = compile_regex(r"(\p{L}+),[ \t]")
"""An ordinal adverb and its comma opening a sentence: "First, "."""
_ORDINAL_LINES: Final = 2
"""Lines an ordinal section title may take (one wrap)."""
_MAX_ORDINAL_CHARS: Final = 200
_MIN_ORDINALS: Final = 3
_SECTION_BLOCKS: Final = 2
"""Prose blocks under one ordinal title at least: sections, not a told sequence."""
_MAX_ROMAN_LABEL: Final = 160
"""Characters a Roman-numbered section's label may run to (a ministry's long name)."""
"""A numbered section title is a short label ("1. Bilateral relations"), not a sentence."""


def find_headings(doc: Document) -> Document:
    """Mark heading lines and build their units, in document order.

    A line that the input's markup makes a heading (``doc.blocks``) is one. Otherwise
    a heading is a short line that does not end with punctuation, comes after the end
    of a sentence or a blank line, and introduces prose (a numbered paragraph or a line
    that does not continue it in lower case). A bullet heading is followed by prose, not
    by another bullet.
    """
    lines = list(doc.lines)
    body = [i for i, line in enumerate(lines) if line.kind == "body"]
    # Already headings: the items a table of contents lists (``structure.contents``).
    marked_before = [i for i, line in enumerate(lines) if line.kind == "heading"]
    marked = hinted(doc, lines, "heading")  # headings by the input's markup
    marked |= numbered_titles(doc, lines, body)  # "1. Bilateral Relations" above prose
    found = []
    vocab = structure_vocabulary(doc.lang)
    spaced = double_spaced(doc, doc.memo.get("wrap width", doc.text, lambda: wrap_width(doc)))
    for position, index in enumerate(body):
        text = line_text(doc, lines[index])
        # "**Mesdames, Messieurs**,": a bold line of address is no heading
        salutation = is_salutation(text, vocab.salutation)
        if index in marked and not _introduces_list(text, vocab) and not salutation:
            found.append(index)
            continue
        following = body[position + 1] if position + 1 < len(body) else None
        if following is None:
            break
        previous = body[position - 1] if position else None
        if _is_heading(doc, lines, index, (previous, following), spaced=spaced):
            found.append(index)
    found = sorted({*found, *_stacked_headings(doc, lines, body, set(found))})
    found = sorted({*found, *_labels_over_headings(doc, lines, body, set(found))})
    wrapped = _wrapped_headings(doc, lines, body, set(found))
    # "1. Official visit to Valmont" / "(28-30 October)": the aside is the title's
    wrapped |= {
        index: aside
        for index in found
        if index not in wrapped and (aside := aside_below(doc, lines, index)) is not None
    }
    ordinals = _ordinal_headings(doc, lines)
    wrapped |= {first: second for first, second in ordinals.items() if second is not None}
    found = sorted({*found, *ordinals, *wrapped, *wrapped.values(), *marked_before})
    opening = _opening_section(doc, lines, body, found)
    if opening is not None:
        found.insert(0, opening)
        start = stripped_span(doc.text, lines[opening].body_start, lines[opening].end)[0]
        doc = attrs.evolve(doc, header=tuple(u for u in doc.header if u.offsets.start(0) != start))
    for index in found:
        lines[index] = attrs.evolve(lines[index], kind="heading")
    continued = set(wrapped.values())
    units = tuple(
        build_unit(
            doc,
            "heading",
            [
                stripped_span(doc.text, lines[i].body_start, lines[i].end)
                for i in ((index, wrapped[index]) if index in wrapped else (index,))
            ],
        )[0]
        for index in found
        if index not in continued
    )
    return attrs.evolve(doc, lines=tuple(lines), headings=units)


def _introduces_list(text: str, vocab: StructureVocabulary) -> bool:
    """Whether a line is a clause that introduces the list below it, not a heading.

    "WE HEREBY COMMIT TO:", "Nous nous engageons à :" in bold: a subject pronoun opens it
    (``clause_subjects``) and a colon ends it.
    """
    words = text.split(maxsplit=1)
    return (
        text.rstrip().endswith(":")
        and bool(words)
        and words[0].strip("*_").casefold() in vocab.clause_subjects
    )


def _opening_section(
    doc: Document, lines: list[Line], body: list[int], found: list[int]
) -> int | None:
    """The header line right above the first paragraph that opens the first section, or None.

    A day-by-day agenda heads each day with a date ("Lundi 9 mars", "Tuesday 10 March"):
    the first one, above the first paragraph, reads as a dateline of the head, but the
    later ones printed the same way show it heads the first day's section.
    """
    if not body or not found:
        return None
    above = next((i for i in range(body[0] - 1, -1, -1) if lines[i].kind != "blank"), None)
    if above is None or lines[above].kind != "header" or not _lone(lines, above):
        return None
    shape = _shape(line_text(doc, lines[above]))
    if not any(c.isdigit() for c in shape):
        return None
    return above if any(_shape(line_text(doc, lines[i])) == shape for i in found) else None


def _stacked_headings(
    doc: Document, lines: list[Line], body: list[int], found: set[int]
) -> list[int]:
    """A section heading and a sub-heading right under it, over the section's prose.

    "B. COMMERCE ET INVESTISSEMENTS" / "Au chapitre des échanges agricoles" / "12. Les
    ministres ont constaté …": each line alone is followed by a short line or follows no
    sentence end, so neither passes as a heading alone; the pair does when the first is a
    section's label (lettered or in capitals) after a sentence end or a blank line. A title
    and its subtitle with every word capitalised ("Statement by the Spokesperson for the
    Secretary-General" / "16th Summit of the Non-Aligned Movement") stack the same way.
    """
    stacked: list[int] = []
    connectors = structure_vocabulary(doc.lang).connectors
    for position, first, second, prose in _line_pairs(lines, body, found, under_heading=True):
        label, sub = line_text(doc, lines[first]), line_text(doc, lines[second])
        if not (_heading_shaped(doc, label) and _heading_shaped(doc, sub)):
            continue
        titled = _titled(label, connectors) and _titled(sub, connectors)
        rank = lettered(label)
        if not (rank is not None or label.isupper() or titled):
            continue
        if rank is not None and lettered(sub) == rank + 1:
            continue  # "A. Bills and decrees" / "B. Appointments": a list's items, no pair
        if not (_whole_line(doc, lines[first]) and _whole_line(doc, lines[second])):
            continue  # "… côtières. SÉCURITÉ" / "MARITIME 3. Le …": a wrapped heading's pieces
        above = "" if not position else line_text(doc, lines[body[position - 1]])
        blank_before = first == 0 or lines[first - 1].kind != "body"
        if not blank_before and above.rstrip().endswith(":"):
            continue  # "… signed the following:" / "1. Agreement on …" / "2. …": its items
        restarts = _restarts(doc, lines, first)
        if not (blank_before or not above or ends_sentence(above) or restarts):
            continue
        if _opens_prose(line_text(doc, lines[prose])):
            stacked += [first, second]
    return stacked


def _numbered_block(doc: Document, lines: list[Line], index: int | None) -> bool:
    """Whether a numbered paragraph ending on a colon opens the list ``index`` stands in.

    "3. … took part:" / "For A" / "Benin, Togo …" / "For B": only labels and lists of names
    may stand between, up to ``_COLON_REACH`` lines; a sentence between ends the list.
    """
    if index is None:
        return False
    low = max(0, index - _COLON_REACH)
    last = index
    while last >= low:
        first = last
        while first > 0 and lines[first - 1].kind == "body":
            first -= 1
        if parse_marker(line_text(doc, lines[first])) is not None:
            return line_text(doc, lines[last]).rstrip().endswith(":")
        texts = [line_text(doc, lines[i]) for i in range(first, last + 1)]
        if not (_list_label(texts) or all(long_words_capitalised(text) for text in texts)):
            return False
        last = first - 1
        while last >= low and lines[last].kind != "body":
            last -= 1
    return False


def _list_label(texts: list[str]) -> bool:
    """Whether a block is one short line with no sentence's end: a list's label ("For A")."""
    return len(texts) == 1 and len(texts[0].split()) <= _LABEL_WORDS and not ends_sentence(texts[0])


_COLON_REACH: Final = 24
"""Lines above a label searched for the numbered paragraph whose colon opens its list."""
_LABEL_WORDS: Final = 6
"""Words at most of a list's label under a numbered paragraph's colon."""


def _labels_over_headings(
    doc: Document, lines: list[Line], body: list[int], found: set[int]
) -> list[int]:
    """A lettered section label in capitals standing alone right above a heading.

    « A/- MESURES GÉNÉRALES » / « PROJETS DE DÉCRETS » / « Au titre du Ministère … : »: a
    section's label over its first sub-section's title, each line a heading; the label has
    no prose of its own under it to pass alone.
    """
    labels = []
    for position, index in enumerate(body[:-1]):
        label = line_text(doc, lines[index])
        if index in found or body[position + 1] not in found or lines[index + 1].kind != "blank":
            continue
        above = line_text(doc, lines[body[position - 1]]) if position else ""
        alone = index == 0 or lines[index - 1].kind != "body" or ends_sentence(above)
        if alone and label.isupper() and lettered(label) is not None and not ends_sentence(label):
            labels.append(index)
    return labels


def _line_pairs(
    lines: list[Line], body: list[int], found: set[int], *, under_heading: bool = False
) -> Iterator[tuple[int, int, int, int]]:
    """Two body lines in a row, neither a heading yet, and the body line after them.

    Each as (position of the first in ``body``, first, second, next line's index). With
    ``under_heading``, the first may be a heading already (a sub-heading goes under it).
    """
    for position in range(len(body) - 2):
        first, second, after = body[position : position + 3]
        if (under_heading or first not in found) and second not in found and second == first + 1:
            yield position, first, second, after


def _opens_prose(text: str) -> bool:
    """Whether a line below a heading opens its section: a numbered paragraph or a sentence."""
    return parse_marker(text) is not None or (len(text) >= _PROSE_CHARS and ends_sentence(text))


def _wrapped_headings(
    doc: Document, lines: list[Line], body: list[int], found: set[int]
) -> dict[int, int]:
    """Title-case headings wrapped before their last word: the first line to the second.

    "2030 Agenda for Sustainable Development and the Sustainable Development" / "Goals",
    alone between blank lines after a sentence's end and above a numbered paragraph or
    prose: one heading on two lines. Neither line passes alone (the first is followed by a
    word that goes on, the second is one word).
    """
    wrapped: dict[int, int] = {}
    connectors = structure_vocabulary(doc.lang).connectors
    for position, first, second, after in _line_pairs(lines, body, found):
        label, last = line_text(doc, lines[first]), line_text(doc, lines[second])
        if len(last.split()) != 1 or not _heading_shaped(doc, label + " " + last):
            continue
        if not (_titled(label, connectors) and _titled(f"{label} {last}", connectors)):
            continue
        blank_before = first == 0 or lines[first - 1].kind == "blank"
        blank_after = second + 1 < len(lines) and lines[second + 1].kind == "blank"
        above = body[position - 1] if position else None
        if not (blank_before and blank_after):
            continue
        if above is not None and not ends_sentence(line_text(doc, lines[above])):
            continue
        if _opens_prose(line_text(doc, lines[after])):
            wrapped[first] = second
    return wrapped


def _ordinal_headings(doc: Document, lines: list[Line]) -> dict[int, int | None]:
    """The section titles a run of ordinal sentences makes: first line to its wrap, or None.

    "First, we resolve to strengthen our partnership." / (prose) / "Second, we commit to
    bolstering regionalism." / (prose) / "Third, …": blocks of one sentence (a line, or two
    when wrapped) opening with the ordinal adverbs in sequence (``ordinal_openers``), from
    the first, three at least, each with prose under it, are a declaration's section titles.
    """
    ranks = {word: rank for rank, word in enumerate(structure_vocabulary(doc.lang).ordinal_openers)}
    if not ranks:
        return {}
    run: dict[int, int | None] = {}
    expected, prose, longest = 0, 1, 0  # prose blocks since the last title, most under one
    for block in body_blocks(lines):
        text = " ".join(line_text(doc, lines[index]) for index in block)
        opener = _ORDINAL_OPENER.match(text) if len(block) <= _ORDINAL_LINES else None
        rank = ranks.get(opener.group(1).casefold()) if opener is not None else None
        one_sentence = len(text) <= _MAX_ORDINAL_CHARS and INNER_SENTENCE_END.search(text) is None
        if rank is None or not one_sentence:
            prose += 1
            continue
        if rank != expected or not prose:
            if len(run) >= _MIN_ORDINALS:
                break
            run, expected, longest = {}, 0, 0
            if rank != 0:
                prose += 1
                continue
        longest = max(longest, prose) if run else longest
        run[block[0]] = block[1] if len(block) > 1 else None
        expected, prose = rank + 1, 0
    longest = max(longest, prose)
    # Sections of their own: prose under each, and two paragraphs at least under one; not
    # "First, they agreed …" / "The talks …" / "Second, …" told one sentence apart.
    return run if len(run) >= _MIN_ORDINALS and prose and longest >= _SECTION_BLOCKS else {}


def _titled(text: str, connectors: frozenset[str]) -> bool:
    """Whether every word of a line of two words or more is capitalised as in a title.

    "Statement by the Spokesperson for the Secretary-General", "16th Summit of the
    Non-Aligned Movement": a number or a linking word ("of", "the") may stand among them.
    """
    words = text.split()
    return len(words) > 1 and all(
        word[0].isupper() or word[0].isdigit() or word in connectors for word in words
    )


def _whole_line(doc: Document, line: Line) -> bool:
    """Whether the line is a whole printed line, not a piece a run-on number cut from one."""
    start, end = line.start, line.end
    return (start == 0 or doc.text[start - 1] == "\n") and doc.text[end : end + 1] in ("", "\n")


def _heading_shaped(doc: Document, text: str) -> bool:
    """Whether a line has a heading's shape: short, no end punctuation, no list entry."""
    return (
        len(text) <= _MAX_CHARS
        and len(text.split()) <= _MAX_WORDS
        and text[-1] not in _NO_HEADING_END
        and not is_bullet(text)
        and not starts_lowercase(text)
        and text.count(",") <= 1
        and not styled_entry(text, person_vocabulary(doc.lang))
        and not party_entry(text, doc.lang)  # "Namibia H.E. President X": a list's entry
    )


def _lone(lines: list[Line], index: int) -> bool:
    """Whether blank lines (or the text's edges) surround the line."""
    before = index == 0 or lines[index - 1].kind == "blank"
    return before and (index + 1 == len(lines) or lines[index + 1].kind == "blank")


def _shape(text: str) -> str:
    """A line's shape: letters as "a", digits as "9", each run once ("Lundi 9 mars": "a 9 a")."""
    return _SHAPE_DIGITS.sub("9", _SHAPE_LETTERS.sub("a", text))


def _pictogram_label(text: str) -> bool:
    """A short label opened by a pictogram ("💰 Bilan financier :"): a section head.

    Sites that write like social media open their sections with an emoji and a colon.
    """
    return (
        unicodedata.category(text[0]) == "So"
        and text.endswith(":")
        and len(text.split()) <= _MAX_PICTOGRAM_WORDS
    )


_NUMBER_ALONE: Final = compile_regex(r"(\d{1,3})[.)][ \t]*")
"""A paragraph's number printed alone on its line, its text on the next ("2.")."""
_NUMBER_REACH: Final = 80
"""Lines above searched for the paragraph number a lone number follows."""


def _next_number_alone(doc: Document, lines: list[Line], index: int, after: str) -> bool:
    """Whether the line below ``index`` is the next paragraph's number alone ("2." after "1.").

    A wrapped sentence may end on a figure too ("… has now reached" / "12."): only the
    number that follows the last paragraph number above opens the next paragraph.
    """
    alone = _NUMBER_ALONE.fullmatch(after)
    if alone is None:
        return False
    wanted = int(alone.group(1)) - 1
    for above in range(index - 1, max(-1, index - _NUMBER_REACH), -1):
        if lines[above].kind != "body":
            continue
        text = line_text(doc, lines[above])
        number = _NUMBER_ALONE.fullmatch(text)
        if number is not None:
            return int(number.group(1)) == wanted
        marker = parse_marker(text)
        if marker is not None:
            return marker.number == wanted
    return False


def _wrapped(doc: Document, text: str, after: str, sequel: bool = False) -> bool:
    """Whether a line runs on into the next line of its block: a hard wrap, not a heading.

    It ends on a linking word, the next line opens with a number that is no list number
    nor a clock time ("n°711" / "677/A, est nommé") or with a family name in capitals
    that the sentence goes on after ("Monsieur Paul-Henri" / "KORAN SAINT-AMAND, qui …"),
    or the text is wrapped at a width the line reaches.
    """
    if last_word(text) in structure_vocabulary(doc.lang).connectors:
        return True
    if (
        len(text) >= _PROSE_CHARS
        and _SAME_WIDTH * len(text) <= len(after) <= len(text) / _SAME_WIDTH
        and not ends_sentence(text)
        and not text.isupper()
        and not long_words_capitalised(text)  # "Cooperation in the Field of Higher Education"
    ):
        # "In Tokyo, Minister X will co-chair the Dialogue with Japanese" / "Minister Y on
        # 23 January 2024. …": a long line the next one matches in length is a hard wrap,
        # however few lines a short text has to tell its width by.
        return True
    if (
        after[:1].isdigit()
        and parse_marker(after) is None
        and not _CLOCK_OPENING.match(after)
        and not sequel
    ):
        # not a programme's item under its day ("Lundi 9 mars" / "10h00 : …"), nor the
        # next paragraph's number on a line of its own ("Relation bilatérale" / "2.")
        return True
    if (
        cuts_name(text, after, doc.lang)
        or cuts_role(text, after, doc.lang)
        or (name_goes_on(text, after) and ("," in text or len(text) >= _PROSE_CHARS))
    ):
        # "Le Ministre, Monsieur Paul-Henri" / "KORAN SAINT-AMAND, qui a pris la parole";
        # a short label over a sentence opening with an acronym ("NATO allies …") is a heading.
        return True
    width = doc.memo.get("wrap width", doc.text, lambda: wrap_width(doc))
    return width is not None and len(text) >= _WRAP_REACHED * width


def _opened_section(doc: Document, label: str) -> bool:
    """A council's section title closed by a colon or a semicolon.

    « Au titre du Ministère des Affaires étrangères : » above that ministry's decisions
    (``section_openers``): the stop is the title's, not a sentence announcing a list.
    """
    opener = structure_vocabulary(doc.lang).section_opener
    return label[-1] in ":;" and opener.match(label) is not None


def _capital_section(label: str) -> bool:
    """A Roman-numbered section title in capitals, closed by a period.

    "I. AU TITRE DU MINISTÈRE DES AFFAIRES ÉTRANGÈRES.": a council's communiqué heads each
    ministry's decisions so; the period is the title's, no sentence's. A letter opens the
    items of a text in capitals too ("A. THE COUNCIL ADOPTED THE BUDGET."): no title.
    """
    return label.endswith(".") and _ROMAN_SECTION.match(label) is not None and label.isupper()


def _numbered_section(doc: Document, lines: list[Line], text: str, following: int) -> bool:
    """A numbered section title above paragraphs numbered again in another style or below it.

    "1. Opening remarks" / "(1) The Minister welcomed …", "2. State visit" / "2.1. The
    President …": the section's number is printed like a paragraph's, but the paragraphs
    under it start again at "(1)" or at its first sub-number.
    """
    marker = parse_marker(text)
    after = line_text(doc, lines[following])
    below = parse_marker(after)
    if marker is None or below is None or below.number != 1:
        return False
    outline = below.parents == (*marker.parents, marker.number)  # "2." over "2.1."
    if below.style != "()" and not outline:
        return False
    # A list item going on in lower case ("(1) a joint working group;") ends a sentence cut
    # by its list: the line above is a paragraph, not a section title.
    item = after[below.end :].lstrip()
    label = text[marker.end :].split()
    return (
        marker.style != "()"
        and (outline or len(label) <= _MAX_SECTION_WORDS)
        and item[:1].isupper()
        and not ends_sentence(text)
    )


def _hangs(doc: Document, item: Line, below: Line) -> bool:
    """Whether the line below a list item is indented under the item's text (its wrap)."""
    text = doc.text
    opening = stripped_span(text, item.body_start, item.end)[0] - item.body_start
    indent = stripped_span(text, below.body_start, below.end)[0] - below.body_start
    return indent > opening


def _bullet_label(label: str) -> bool:
    """A bullet heading is a short label ("- Introduction"), not a list item cut by a wrap."""
    return len(label.split()) <= _MAX_BULLET_WORDS and "," not in label and not label[-1].isdigit()


def _reads_as_sentence(label: str, vocab: StructureVocabulary) -> bool:
    """Whether a line of mostly lower-case words holds a verb of saying (``speech_words``).

    >>> from communique.lexicon.structure import structure_vocabulary
    >>> vocab = structure_vocabulary("en")
    >>> _reads_as_sentence("Karl Lirov said the deep and practical cooperation focussing", vocab)
    True
    >>> _reads_as_sentence("What the government has done for families", vocab)
    False
    """
    words = label.split()[1:]
    lower = [word for word in words if word[:1].islower()]
    if len(lower) * 2 <= len(label.split()) or len(lower) < _SENTENCE_LOWER:
        return False
    return any(word.strip(".,;:") in vocab.speech_words for word in lower)


def _dated_source(
    doc: Document, lines: list[Line], index: int, previous: int | None, text: str
) -> bool:
    """Whether a long line names the source of the statement below it and its day.

    A page gathering two statements heads each with its kind, its author and its date:
    « Déclaration du porte-parole du ministère des Affaires étrangères … (18 janvier
    2017) », "Statement by the Spokesperson of the Ministry of … (18 January 2017)": a
    heading however long, after a blank line and a sentence's end.
    """
    dated = _DATED_END.search(text) if len(text) <= _MAX_SOURCE_CHARS else None
    if dated is None or not any(
        found.meaning.kind in ("date", "month") for found in readings.found_dates(doc, dated[1])
    ):
        return False  # "… adopted by the Council (resolution 2334)": no day in the brackets
    if index and lines[index - 1].kind == "body":
        return False
    if previous is not None and not ends_sentence(line_text(doc, lines[previous])):
        return False
    vocab = structure_vocabulary(doc.lang)
    words = text.split()
    return any(
        line_key(" ".join(words[:count])) in vocab.kind_labels
        and starts_lowercase(" ".join(words[count : count + 1]))
        for count in range(1, min(len(words), _KIND_WORDS) + 1)
    )


def _dated_item(
    doc: Document, lines: list[Line], index: int, previous: int | None, text: str
) -> bool:
    """Whether a numbered item's title heads the item below: "2 - Kosovo - … (9 mars 2016)".

    A briefing's items, numbered with a dash and dated in brackets, each over its text with
    no blank line: a heading however long, after a sentence's end or a line of furniture.
    """
    if _DASHED_ITEM.match(text) is None or len(text) > _MAX_SOURCE_CHARS:
        return False
    dated = _DATED_END.search(text)
    if dated is None or not any(
        found.meaning.kind in ("date", "month") for found in readings.found_dates(doc, dated[1])
    ):
        return False
    # "1 - Accord de coopération … (Paris, 13 mars 2026)" / "2 - Mémorandum … (…)": items
    # of a list of texts or meetings, one under the other, head nothing.
    neighbours = [i for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    if any(
        lines[i].kind == "body" and _DASHED_ITEM.match(line_text(doc, lines[i])) for i in neighbours
    ):
        return False
    above = lines[index - 1] if index else None
    if above is None or above.kind != "body" or previous is None:
        return True
    return ends_sentence(line_text(doc, lines[previous]))


def _is_heading(
    doc: Document,
    lines: list[Line],
    index: int,
    around: tuple[int | None, int],
    *,
    spaced: bool = False,
) -> bool:
    """Whether the body line at ``index`` is a heading, the body lines ``around`` it.

    ``spaced``: the page is double-spaced, so a blank line above is no break.
    """
    previous, following = around
    text = line_text(doc, lines[index])
    if structure_vocabulary(doc.lang).lead_openers.match(text) is not None:
        return False  # « A l'invitation de Son Excellence Monsieur X »: a lead, wrapped
    if is_lone(lines, index) and _clock_label(doc, text):
        return is_prose(line_text(doc, lines[following]))
    if _dated_item(doc, lines, index, previous, text):
        return True
    bullet = is_bullet(text)
    label = text[bullet:]
    roman = _ROMAN_LABEL.match(text) is not None and len(text) <= _MAX_ROMAN_LABEL
    if (len(text) > _MAX_CHARS or len(text.split()) > _MAX_WORDS) and not roman:
        # « I/- Ministère de la Justice, des Droits humains et de la Promotion des … »: a
        # council's section, named by its ministry however long, is a heading still.
        return _dated_source(doc, lines, index, previous, text)
    if text[-1] in _NO_HEADING_END and not (
        _pictogram_label(text) or _capital_section(label) or _opened_section(doc, label)
    ):
        return False
    if ends_on_link(text, structure_vocabulary(doc.lang).connectors):
        return False  # "The Mission, headed by the" / (blank) / "Member of …"; not "Annex A"
    numbered = parse_marker(text) is not None and not _numbered_section(doc, lines, text, following)
    if (
        (numbered and not _restarts(doc, lines, index))
        or starts_lowercase(label)
        or not any(c.isalpha() for c in label)
    ):
        return False
    if bullet and not _bullet_label(label):
        return False
    if bullet and lines[index + 1].kind == "body" and _hangs(doc, lines[index], lines[index + 1]):
        return False  # "-   Reaffirm that the …" / "    Partnership supports …": one item
    if text.count(",") > 1:
        return False  # names and offices of an appointment, not a section title
    if _reads_as_sentence(label, structure_vocabulary(doc.lang)):
        return False  # "X said the deep and practical cooperation focussing": a wrap
    persons = person_vocabulary(doc.lang)
    if styled_entry(label, persons) or party_entry(label, doc.lang):
        # "S.E.M. Karl LIROV, Président de …", "Botswana H.E. X, Vice President": an item
        # of a list of names
        return False
    after = line_text(doc, lines[following])
    if persons.honorific.match(label) and persons.role.match(after):
        return False  # "His Excellency Mr X" / "Minister of …": a name over its office
    if (
        previous is not None
        and persons.role.match(label)
        and persons.honorific.match(line_text(doc, lines[previous]))
    ):
        return False  # the office under its holder's name
    sequel = _next_number_alone(doc, lines, index, after)
    if lines[index + 1].kind == "body" and not bullet and _wrapped(doc, text, after, sequel):
        return False
    if cuts_party(text, after, doc.lang):
        return False  # "… headed by the Member of the European" / "" / "Parliament, Mr X, …"
    if starts_lowercase(after) or (bullet and (is_bullet(after) or after.endswith(":"))):
        return False
    short = len(after) < _PROSE_CHARS and not ends_sentence(after)
    if parse_marker(after) is None and short and not _pictogram_label(text):
        return False
    if (
        previous is not None
        and is_quotation(label)
        and line_text(doc, lines[previous]).rstrip().endswith(":")
    ):
        return False  # "… consacrer ce Sommet au thème :" / "« … »": the sentence's end
    above = "" if previous is None else line_text(doc, lines[previous]).rstrip()
    if bullet and (above[-1:] in ";," or (is_bullet(above) and not ends_sentence(above))):
        # "- X, Président du Congo ;" / "- Son Excellence Monsieur Y", "– Tourism" / "–
        # Culture": the next item of a list, the last one above prose too
        return False
    directly = lines[index - 1].kind == "body"
    cut = (
        spaced
        and not ends_sentence(above)
        and not is_bullet(above)
        and above.rstrip()[-1:] not in ")]:"
    )
    if not bullet and above and ((above.endswith(",") and (directly or spaced)) or cut):
        # "… invitation of H.E. Mr X," / "President of the Republic of Senegal, the …", and
        # on a double-spaced page "… initiating the Capacity" / "" / "Building …": the
        # sentence goes on (not under "Dear Colleagues," and a blank line, a speech's address).
        return False
    blank_before = index == 0 or lines[index - 1].kind != "body"
    if blank_before and long_words_capitalised(after) and _numbered_block(doc, lines, previous):
        # "2. … took part in the Summit:" / "" / "For the Kalvoran Union" / "" / "Orlan, …":
        # a label of the list the numbered paragraph's colon opens, over its names, no
        # section of the text (a section's title opens on prose or a numbered paragraph).
        return False
    if blank_before or previous is None:
        return True
    if _restarts(doc, lines, index):
        return True
    # "… attended by the following:" right above: the line is the list's first item.
    # Not a numbered title in capitals: "… décisions suivantes :" / "I. AU TITRE DU …".
    # Nor a line in capitals over the list's first item: « … nominations suivantes : » /
    # « AU SEIN DU MINISTÈRE DE L'ÉNERGIE » / « – Directeur national … : » heads its items.
    return ends_sentence(above) and (
        bullet > 0
        or not above.endswith(":")
        or _capital_section(label)
        or (label.isupper() and is_bullet(after) > 0)
    )


def _clock_label(doc: Document, text: str) -> bool:
    """Whether a line is a time of day alone, maybe with a colon: a live update's label.

    "8:45 p.m." / "Midnight:" over the update it times, in a wire's running story.
    """
    label = text.rstrip().removesuffix(":").rstrip()
    return bool(label) and len(label) <= _MAX_CLOCK_LABEL and readings.only_date(doc, label, "time")


_MAX_CLOCK_LABEL: Final = 16
"""Characters at most of a time of day printed as a label ("12:30 p.m. EST")."""


def _restarts(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a lettered or numbered line prints again an item of a list above it.

    « L'ordre du jour … : » / « I/- Ordonnances » / « II/- Mesures » / … / « I/-
    Ordonnances » / « Sur présentation du ministre … », "1. Bills" / "2. Appointments" / … /
    "2. Appointments" / "The Cabinet appointed …": an agenda's item printed again, maybe in
    capitals ("(a) Joint Representation" / … / "(A) JOINT REPRESENTATION"), heads its
    section. The earlier copy stands beside the item ranked just before or after it, a
    fragment as it is; a line printed once (« M. Marc Tobin » under « M. Ivan Dorsk ») is
    none.
    """
    label = line_text(doc, lines[index])
    rank = _rank(label)
    if rank is None:
        return False
    style = _style(label)
    first = doc.memo.get("first lines", doc.text, lambda: _first_lines(doc, lines))
    earlier = first.get(label.casefold(), index)
    if earlier >= index:
        return False
    return any(
        _rank(item) in (rank - 1, rank + 1) and _style(item) == style and not ends_sentence(item)
        for item in (line_text(doc, lines[near]) for near in _neighbours(lines, earlier))
    )


def _neighbours(lines: list[Line], index: int) -> list[int]:
    """The nearest lines above and below ``index`` that are not blank."""
    found = []
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(lines) and lines[near].kind == "blank":
            near += step
        if 0 <= near < len(lines):
            found.append(near)
    return found


def _style(text: str) -> str:
    """The punctuation after a line's opening number or letter: "/-" in « II/- Mesures »."""
    match = _MARK_AFTER.match(text)
    return match.group(1) if match else ""


def _rank(text: str) -> int | None:
    """The rank of the letter, Roman number or number opening a line, or None."""
    marker = parse_marker(text)
    return marker.number if marker is not None and not marker.parents else lettered(text)


def _first_lines(doc: Document, lines: list[Line]) -> dict[str, int]:
    """The index of the first line printing each text, case folded ("(A) JOINT …")."""
    first: dict[str, int] = {}
    for index, line in enumerate(lines):
        first.setdefault(line_text(doc, line).casefold(), index)
    return first
