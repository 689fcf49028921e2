"""Find numbered paragraphs run on inside a line, where a reader sees them start.

A page that lost its line breaks ("1. The ministers met in Valmont on 3 May. 2. They
signed …") or a PDF extraction wrapped without regard to paragraphs ("… of the Forum. 2.
The Ministers") prints the next paragraph's number right after a sentence's end. A run of
such numbers in sequence, 1, 2, 3 …, opens a paragraph at each: the line is cut there,
and the grouping pass reads each piece as a line opening with its number.

An enumeration inside a sentence stays whole: its items go on after a colon or a comma, in
lower case ("cinq priorités : 1/ coopération …, 2/ coopération …"), and a number after a
word ("Phase 1. The …", "Article 2. Les …") opens nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from communique.patterncache import compile_regex
from communique.records import shared_repr
from communique.structure.shapes import IMPLIED_FIRST, parse_marker

if TYPE_CHECKING:
    from communique.document import Line

__all__ = ["run_on_starts"]

_RUN_ON: Final = compile_regex(
    r"(?<![ \t])[ \t]++(?P<number>[1-9]\d?)(?P<punct>[.)/])[ \t]++(?=\p{Lu}\p{Ll})"
)
"""A small number with its period, bracket or slash ("2/") between spaces, before a
capitalised word; a
run of spaces is tried once, from its start (not again from each of its spaces)."""
_GLUED_RUN_ON: Final = compile_regex(
    r"(?<=(?:\p{L}|(?<!\d)\d{4})[.!?])(?P<number>[1-9]\d?)(?P<punct>[.)])[ \t]++(?=\p{Lu}\p{Ll})"
)
"""A small number glued to the period of a sentence ending on a word or a year ("… in
May 2026.2. They adopted …"), as an extraction that lost a line break prints it; not a
decimal ("grew by 3.5. The …")."""
_STOPS: Final = frozenset(".!?;")
"""A sentence's end before a run-on number; not a colon (shapes' stops hold one): "three
priorities: 1. Trade, …" opens an enumeration inside the sentence."""
_CLOSERS: Final = frozenset('"”’»)')
_AFTER_SENTENCE: Final = r"(?:(?<=[.!?;])|(?<=[.!?;][\"”’»)]))\s++"
"""Spaces after a sentence's end (and its closing quote or bracket)."""
_HEADING_RUN: Final = compile_regex(
    rf"{_AFTER_SENTENCE}((?:\p{{Lu}}{{2,}}+\s++)*+\p{{Lu}}{{2,}}+)$"
)
"""Words in capitals after a sentence's end, up to the end of the searched span."""
_PHRASE_RUN: Final = compile_regex(rf"{_AFTER_SENTENCE}(\p{{Lu}}[^.!?;:\n]*+)$")
"""A phrase opening with a capital after a sentence's end, up to the end of the searched span."""
_LONG_WORD: Final = 4
"""Letters of a word that title case capitalises (not "and", "of", "the")."""
_HEADING_WORDS: Final = 10
"""Most words of a run-in heading in title case."""
_HEADING_REACH: Final = 120
"""Characters before a number searched for a heading in capitals run on before it."""
_SETTLED: Final = 2
"""Numbers in sequence after which the next one may follow a plain word: the sequence is
settled ("… Chairmanship. Reform and Togetherness 4. Leaders …", a run-in heading)."""
_MIN_RUN_ON: Final = 2
"""Numbers run on inside lines that a sequence needs before any line is cut."""
_WHOLE_WORD: Final = 5
"""Letters at least of the word a sentence ends on before a lone run-on number ("para." is
an abbreviation's)."""
_YEAR_DIGITS: Final = 4


@shared_repr
@attrs.frozen(repr=False)
class _Number:
    position: int
    """Where the number starts in the working text."""
    value: int
    punct: str
    run_on: bool
    """Printed inside a line, not at its start."""
    after_stop: bool
    """A sentence's end or a heading in capitals stands before it (not a plain word)."""
    heading: int | None = None
    """Where a heading in capitals run on before it starts, after a sentence's end."""
    glued: bool = False
    """Glued to the period of the sentence before ("… May 2026.2. They …")."""
    ended: bool = False
    """A whole word's sentence ends right before it ("… of the Conference. 2. The …"), not
    an abbreviation's period ("Art. 2.") nor a code in capitals ("SDG 2.")."""


def run_on_starts(text: str, lines: tuple[Line, ...]) -> list[int]:
    """Working-text positions where a numbered paragraph starts inside a body line.

    The numbers printed at line starts and inside lines are read in order; the sequence
    from 1 (or from 2 after an unnumbered opening) that runs on most often, at least twice,
    inside lines gives the cuts. Its first numbers follow a sentence's end or a heading in
    capitals (the very first may follow a title's last word); once two are read, the next
    one may follow a run-in heading's last word.

    >>> from communique.document import Line
    >>> text = "1. At the invitation of X, Y came. 2. The two sides met. 3. They agreed."
    >>> run_on_starts(text, (Line(0, len(text)),))
    [35, 57]
    """
    numbers: list[_Number] = []
    for line in lines:
        if line.kind != "body":
            continue
        first = len(text[line.start : line.end]) - len(text[line.start : line.end].lstrip())
        marker = parse_marker(text[line.start + first : line.end])
        if (
            marker is not None
            and not marker.parents
            and not marker.letter
            and marker.style in ".)/"
        ):
            numbers.append(_Number(line.start + first, marker.number, marker.style, False, True))
        for match in _RUN_ON.finditer(text, line.start, line.end):
            before = _before(text, match.start())
            if before is None:
                continue
            stop = before or _capitals_before(text, match.start())
            value, punct = int(match.group("number")), match.group("punct")
            heading = (
                _heading_before(text, match.start())
                if stop
                else _title_case_before(text, match.start())
            )
            ended = before is True and _word_ended(text, match.start())
            numbers.append(
                _Number(match.start("number"), value, punct, True, stop, heading, ended=ended)
            )
        for match in _GLUED_RUN_ON.finditer(text, line.start, line.end):
            value, punct = int(match.group("number")), match.group("punct")
            numbers.append(_Number(match.start("number"), value, punct, True, True, glued=True))
    numbers.sort(key=lambda number: number.position)
    printed = {number.value for number in numbers if not number.run_on}
    return _cuts(_sequence(numbers), printed)


def _heading_before(text: str, end: int) -> int | None:
    """Where a run of words in capitals ending at ``end`` starts, right after a sentence.

    "… of the coastal zones. MARITIME SECURITY 3. The Council": the heading is cut off
    the paragraph above, and may run across a wrap.
    """
    run = _HEADING_RUN.search(text, max(0, end - _HEADING_REACH), end)
    return None if run is None else run.start(1)


def _title_case_before(text: str, end: int) -> int | None:
    """Where a run-in heading in title case ending at ``end`` starts, right after a sentence.

    "… during its presidency. Ocean Health and Coastal Resilience 4. Leaders …": a
    short phrase without a sentence's end whose long words are capitalised. Only a number
    after a plain word asks (a settled sequence); a sentence that lost its period ("…
    discussed climate change 4. Leaders") has long words in lower case.
    """
    run = _PHRASE_RUN.search(text, max(0, end - _HEADING_REACH), end)
    if run is None:
        return None
    words = run.group(1).split()
    long_words = [w for w in words if len(w.strip(",-")) >= _LONG_WORD]
    if not long_words or len(words) > _HEADING_WORDS:
        return None
    capitalised = sum(w[0].isupper() for w in long_words)
    return run.start(1) if capitalised * 3 >= len(long_words) * 2 else None


def _before(text: str, end: int) -> bool | None:
    """What stands before a number: a sentence's end (True), a word (False), else None."""
    char = text[end - 1 : end]
    if char in _CLOSERS:
        return text[end - 2 : end - 1] in _STOPS or None
    if char in _STOPS:
        return True
    return False if char.isalnum() else None


def _word_ended(text: str, end: int) -> bool:
    """Whether the stop before ``end`` closes a sentence on a whole word or a year.

    "… of the Conference. 2." ends a sentence; "Art. 2.", "para. 2.", "No. 2." follow an
    abbreviation's period; a closing quote or bracket may stand after the stop.
    """
    stop = end - 1
    if text[stop : stop + 1] in _CLOSERS:
        stop -= 1
    start = stop
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    word = text[start:stop]
    if word.isdigit():
        return len(word) == _YEAR_DIGITS
    return len(word) >= _WHOLE_WORD and not word.isupper()


def _capitals_before(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is in capitals (a heading glued before the number)."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:end]
    return len(word) > 1 and word.isupper()  # an initial is no heading


def _sequence(numbers: list[_Number]) -> list[_Number]:
    """The numbers that follow one another from 1, in order, with one punctuation."""
    best: list[_Number] = []
    current: list[_Number] = []
    for number in numbers:
        if current and number.value == current[-1].value + 1 and number.punct == current[0].punct:
            if number.run_on and not number.after_stop and len(current) < _SETTLED:
                continue  # "… in Phase 2. The …": a number after a word opens nothing
            current.append(number)
        elif number.value == 1 or (number.value == IMPLIED_FIRST + 1 and number.after_stop):
            # A "2." after a sentence may follow an unnumbered opening paragraph.
            best = max(best, current, key=_run_ons)
            current = [number]
    return max(best, current, key=_run_ons)


def _run_ons(sequence: list[_Number]) -> int:
    return sum(number.run_on for number in sequence)


def _cuts(sequence: list[_Number], printed: set[int]) -> list[int]:
    """Where to cut: the run-on numbers of a sequence that runs on often enough.

    One number glued to a sentence's period, or spaced after a whole word's sentence end,
    between two printed at line starts is enough ("1. …" / "… 2026.2. They adopted …" or
    "… of the Conference. 2. The …" / "3. …"): the lines number the paragraphs, one break
    was lost, and no line starts with that number (``printed``: the numbers opening lines).
    "… its Article 3. The …" above a printed "3." cuts nothing, nor "… to SDG 2. The …".
    """
    bracketed = all(
        0 < index < len(sequence) - 1
        and (number.glued or number.ended)
        and number.value not in printed
        and not sequence[index - 1].run_on
        and not sequence[index + 1].run_on
        for index, number in enumerate(sequence)
        if number.run_on
    )
    if _run_ons(sequence) < _MIN_RUN_ON and not (_run_ons(sequence) and bracketed):
        return []
    cuts = [number.position for number in sequence if number.run_on]
    cuts += [number.heading for number in sequence if number.heading is not None]
    return sorted(cuts)
