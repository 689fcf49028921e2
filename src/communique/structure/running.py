"""Find the running headers and footers of PDF pages that leak into the text.

Text extracted from a PDF keeps each page's running header or footer where the page
broke, often between two lines of one sentence: "<short title> Page 1 of 2", "<Organisation>
– 12 March 2025". Such a line is page furniture, and the paragraph it broke goes on across
it. A line is running furniture when it carries a page count ("… Page 1 of 2", "Page 2 sur
3"), when the text prints it more than once (page numbers aside) and it stands between two
lines of one sentence, or when the text prints it again, a number or a date in it, between
its sentences. A running header printed once, on the second page of two, is known by its
place: right after a page counter or a page break, between the two halves of a sentence
("… dix milliards" / "Page 1 / 2" / "Déclaration conjointe - mars 2026" / "d'euros …"), or
copying most words of a line of the document's head (its title, shortened).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Final

from communique.lexicon.structure import line_key
from communique.patterncache import compile_regex
from communique.structure.header import broken_date, is_prose
from communique.structure.line_blocks import going_on_block
from communique.structure.lines import line_text
from communique.structure.shapes import (
    ends_on_link,
    ends_sentence,
    is_bullet,
    last_word,
    parse_marker,
    starts_lowercase,
)

if TYPE_CHECKING:
    from communique.document import Document, Line
    from communique.lexicon.structure import StructureVocabulary
    from communique.model import Language

__all__ = ["printed_running", "running_key", "running_lines"]

_MAX_RUNNING: Final = 120
"""Longest running header or footer line."""
_DIGITS: Final = compile_regex(r"\d+")
_KEY_EDGES: Final = " -–—|/·•.,:()"
"""What is left at the edges of a line once its page number is taken out ("- 2 -")."""
_PAGE_COUNT: Final = compile_regex(r"(?<=\s[-–—|•·]\s*)(\d{1,3})\s*/\s*(\d{1,3})\s*$")
"""A page count ending a running line after a dash: "Compte rendu … – 22 avril – 1/2".

Set off by a dash or a bar only: "adopted by a majority of 2/3" is a line of text."""
_RUN_ON: Final = frozenset(",-–")
"""Last characters of a line cut in the middle of a sentence."""
_LABEL_SHAPE: Final = compile_regex(r"\s[-–—|•·]\s|\d")
"""What sets a running header apart from a line of text: parts apart by dashes, a number."""
_HEAD_LINES: Final = 6
"""How many body lines open the document's head, where its title stands."""
_WORD: Final = compile_regex(r"\p{L}{3,}")
_MIN_COPIED: Final = 3
"""Words a running header must share with a head line to copy it."""
_COPIED_SHARE: Final = 0.6
"""Share of a running header's words found in the head line it copies."""


def running_lines(doc: Document, lines: list[Line], vocab: StructureVocabulary) -> list[int]:
    """Indexes of the body ``lines`` that are running headers or footers of a page.

    Args:
        doc: the document the lines belong to.
        lines: its lines, furniture already classified (it is skipped around a candidate).
        vocab: the structure vocabulary of the document's language.
    """
    body = [index for index, line in enumerate(lines) if line.kind == "body"]
    texts = [line_text(doc, lines[index]) for index in body]
    keys = [running_key(text) for text in texts]
    loose = Counter(key for key in keys if key)
    exact = Counter(line_key(text) for text, key in zip(texts, keys, strict=True) if key)
    last_prose = max((p for p, text in enumerate(texts) if is_prose(text)), default=-1)
    first_prose = next((p for p, text in enumerate(texts) if is_prose(text)), len(texts))
    # A line printed twice above the first sentence only is a web page's headline shown
    # again (beside a view counter), not a page's running header: one copy runs in the text.
    in_text = {key for position, key in enumerate(keys) if key and position > first_prose}
    # The header printed beside a page's number runs on the first page's top too.
    paged = {
        key
        for position, key in enumerate(keys)
        if key and loose[key] > 1 and key in in_text and _beside_page_number(lines, body[position])
    }
    found: list[int] = []
    prose = False
    for position, text in enumerate(texts):
        key = keys[position]
        if not key:
            prose = prose or is_prose(text)
            continue
        # Between pages of text only: a line repeated below the last sentence (a dateline
        # printed again above the signatures) is a closing line.
        dated = exact[line_key(text)] > 1 and prose and position < last_prose
        repeated = loose[key] > 1
        if (
            vocab.titled_page_number.fullmatch(text) is not None
            or (dated and _dated_label(text))
            or (
                repeated
                and _mid_sentence(texts, position, vocab.connectors)
                # a headline wrapped in a block of its own above the text, its first line
                # printed again as a section's label ("Communication by X" / "and Y" / …)
                and not (
                    position < first_prose
                    and _headline_block(doc, lines, body[position], loose, vocab.connectors)
                )
                # "… et le Gouvernement de la République de", printed by two items of one
                # list: a running header ends on no linking word, it is complete on its line.
                and not ends_on_link(text, vocab.connectors)
                and not _year_below(texts, position, doc.lang)
            )
            or (repeated and key in in_text and _beside_page_number(lines, body[position]))
            or (
                position == 0
                and key in paged
                and _first_page_header(lines, body, texts, first_prose)
            )
            or (_counts_pages(text) and _mid_sentence(texts, position, vocab.connectors))
            or (
                _after_page_break(lines, body[position])
                and _page_header(
                    texts,
                    position,
                    _head_words(texts, vocab.connectors),
                    vocab.connectors,
                    counted=_after_page_counter(lines, body[position]),
                )
            )
        ):
            found.append(body[position])
    return found


def _headline_block(
    doc: Document, lines: list[Line], index: int, loose: Counter[str], connectors: frozenset[str]
) -> bool:
    """Whether the line opens a headline wrapped in a block of its own, printed once.

    "Communication by X" / "and Y" / … above the text, its first line printed again as a
    section's label: a headline. A running header printed whole on each page (its block's
    lines each again) is no headline, though the page's top copy stands above the text.
    """
    block = going_on_block(doc, lines, index, connectors)
    if not block:
        return False
    key = running_key(line_text(doc, lines[block[1]]))
    return not key or loose[key] <= 1


def _first_page_header(
    lines: list[Line], body: list[int], texts: list[str], first_prose: int
) -> bool:
    """Whether the first line, the pages' running header, is furniture over a headline.

    The running header on the first page's top is furniture over a headline of its own
    ("KALVORA-NORLAND SUMMIT - FINAL COMMUNIQUE" / "JOINT SUMMIT OF …"): shaped as one (parts
    apart by a dash or a bar, or in capitals) and shorter than a lone headline below, in
    capitals or title case. A headline that the pages print again as their header is the
    title ("Joint Statement …" / "Office of the Spokesperson" / its text).
    """
    top = texts[0]
    if _LABEL_SHAPE.search(top) is None and not top.isupper():
        return False
    words = len(_WORD.findall(top))
    return any(
        _headline_shaped(texts[position])
        and _alone(lines, body[position])
        and len(_WORD.findall(texts[position])) > words
        for position in range(1, first_prose)
    )


def _alone(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index`` has no body line right above or below it."""
    above = index > 0 and lines[index - 1].kind == "body"
    below = index + 1 < len(lines) and lines[index + 1].kind == "body"
    return not above and not below


def _headline_shaped(text: str) -> bool:
    """Whether a line of three words or more, no number in it, capitalises its long words."""
    words = _WORD.findall(text)
    return (
        len(words) >= _MIN_COPIED
        and not any(char.isdigit() for char in text)
        and all(word[0].isupper() for word in words if len(word) > _SMALL_WORD)
    )


_SMALL_WORD: Final = 3
"""Letters at most of a linking word a headline in title case keeps in lower case."""


def _dated_label(text: str) -> bool:
    """Whether a line prints a number or a date past its list number, if it has one.

    "Déclaration conjointe - mars 2026" printed again between pages is a running header;
    an agenda's item printed again as its section's title ("1. Bills and decrees") is not.
    """
    marker = parse_marker(text)
    return any(char.isdigit() for char in text[marker.end if marker else 0 :])


def printed_running(doc: Document, lines: list[Line]) -> frozenset[str]:
    """Keys of the running furniture lines that print a number or a date.

    Such a line at the top of the first page, with a number or a date in it too, is the
    running header again, not a title.
    """
    texts = (line_text(doc, line) for line in lines if line.kind == "page_number")
    keys = (running_key(text) for text in texts if any(char.isdigit() for char in text))
    return frozenset(key for key in keys if key)


def running_key(text: str) -> str | None:
    """The line's key without its numbers (pages differ), or None if it cannot run.

    A line ending with a comma goes on below it: a speech's salutation repeated between
    its parts ("Mesdames et Messieurs,") is no page's header; nor is a list's item printed
    by two lists ("o For EU: High Representative X"), unlike a header in capitals between
    dashes ("- MINISTRY OF FOREIGN AFFAIRS -").
    """
    if len(text) > _MAX_RUNNING or ends_sentence(text) or text.rstrip().endswith(","):
        return None
    if is_bullet(text.lstrip()) and not text.isupper():
        return None
    return line_key(_DIGITS.sub(" ", text)).strip(_KEY_EDGES)


def _year_below(texts: list[str], position: int, language: Language) -> bool:
    """Whether the next body line is the year of a date this line opens ("24th April" / "2018.").

    The date repeats the dateline's, as an opening sentence does: no running header.
    """
    return position + 1 < len(texts) and broken_date(texts[position], texts[position + 1], language)


def _beside_page_number(lines: list[Line], index: int) -> bool:
    """Whether the nearest non-blank line above or below is a page number ("Page 2 sur 2").

    A page's running header or footer is printed beside its number, at the foot of the
    last page too, where no sentence runs across it.
    """
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(lines) and lines[near].kind == "blank":
            near += step
        if 0 <= near < len(lines) and lines[near].kind == "page_number":
            return True
    return False


def _after_page_break(lines: list[Line], index: int) -> bool:
    """Whether a page counter ("Page 1 / 2") or a page break (two blank lines) is just above."""
    near, blanks = index - 1, 0
    while near >= 0 and lines[near].kind == "blank":
        near, blanks = near - 1, blanks + 1
    return near >= 0 and (lines[near].kind == "page_number" or blanks >= 2)


def _after_page_counter(lines: list[Line], index: int) -> bool:
    """Whether the nearest non-blank line above is a page counter ("– 1 –")."""
    near = index - 1
    while near >= 0 and lines[near].kind == "blank":
        near -= 1
    return near >= 0 and lines[near].kind == "page_number"


def _page_header(
    texts: list[str],
    position: int,
    head: list[frozenset[str]],
    connectors: frozenset[str],
    *,
    counted: bool,
) -> bool:
    """Whether a capitalised line after a page break is the page's running header.

    It breaks a sentence (the line above does not end one, the line below goes on in lower
    case) and reads as a label, its parts apart by dashes or with a number or a date in it
    ("Déclaration conjointe - visite d'État - mars 2026"; "Ministers of Foreign Affairs of
    Koranda" / "who met …" goes on with the sentence), or it copies most of its words from
    a line of the document's head. Either way
    it is a whole label: a line cut on a linking word or a comma ("… the Government of" /
    "Koranda and the Union on" / "energy …") is text going on across the break. A sentence
    cut on a linking word above the break ("… and reaffirm that") goes on below the label
    when a page counter stands between them ("– 1 –"): the label's place is the page's head,
    and there a line printed in two columns is the header, between paragraphs too.
    """
    text = texts[position]
    if position == 0 or starts_lowercase(text) or not text[:1].isupper():
        return False
    if _cut(text, connectors):
        return False
    if counted and _COLUMN_GAP.search(text.strip()) and not ends_sentence(text):
        # "– 2 –" / "Ministry of Economy          Press release": the page's header in two
        # columns, whatever the break fell between
        return True
    above = texts[position - 1]
    below = texts[position + 1] if position + 1 < len(texts) else ""
    if (
        _LABEL_SHAPE.search(text) is not None
        and not ends_sentence(above)
        and (counted or not _cut(above, connectors))
        and starts_lowercase(below)
    ):
        return True
    words = _words(text, connectors)
    return any(
        len(words & line) >= max(_MIN_COPIED, _COPIED_SHARE * len(words))
        for line in head[: min(position, _HEAD_LINES)]
    )


_COLUMN_GAP: Final = compile_regex(r"\S[ \t]{4,}\S")
"""A wide run of spaces between two parts of a line: a page header's columns."""


def _cut(text: str, connectors: frozenset[str]) -> bool:
    """Whether a line stops on a comma, a hyphen or a linking word, mid-sentence."""
    return text.rstrip()[-1:] in _RUN_ON or last_word(text) in connectors


def _head_words(texts: list[str], connectors: frozenset[str]) -> list[frozenset[str]]:
    """The words of each of the first lines of the text, up to its first sentence."""
    head: list[frozenset[str]] = []
    for text in texts[:_HEAD_LINES]:
        if ends_sentence(text):
            break
        head.append(_words(text, connectors))
    return head


def _words(text: str, connectors: frozenset[str]) -> frozenset[str]:
    """The content words of a line, case-folded."""
    return frozenset(
        word for word in (w.casefold() for w in _WORD.findall(text)) if word not in connectors
    )


def _counts_pages(text: str) -> bool:
    """Whether a line ends on a page count after its text and a dash ("… – 1/2")."""
    match = _PAGE_COUNT.search(text)
    if match is None or match.start() == 0:
        return False
    page, count = int(match.group(1)), int(match.group(2))
    return 0 < page <= count


def _mid_sentence(texts: list[str], position: int, connectors: frozenset[str]) -> bool:
    """Whether a line stands between two lines of one sentence.

    The line above does not end its sentence, and the line below goes on in lower case or
    the line above stops on a comma, a hyphen or a linking word.
    """
    if position == 0 or position + 1 >= len(texts):
        return False
    above, below = texts[position - 1], texts[position + 1]
    if ends_sentence(above):
        return False
    return (
        starts_lowercase(below) or above.rstrip()[-1:] in _RUN_ON or last_word(above) in connectors
    )
