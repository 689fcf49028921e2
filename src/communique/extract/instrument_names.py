"""Read the extent of an instrument's name around its head.

After the head: complements opened by a linking word ("sur la non-prolifération des armes
nucléaires"), adjectives, proper names ("de Paris"), a quoted title ("plan « ReArm
Europe »"), an acronym or a period in parentheses ("(ACSA)", "(2013-2018)"), numbers
("résolutions 2270 et 2321"), a title's dash ("– Préparation à l'horizon 2030") and a short
enumeration after a comma ("pour le développement durable, la santé et la sécurité …").
Before a capitalised head: the capitalised words of a title ("the Paris Agreement").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from communique.extract.agreement_vocabulary import AgreementVocabulary

__all__ = ["NameExtent", "read_extent", "title_before"]

_TOKEN: Final = re.compile(r"[dlDLjJnNsScCmMtT]['’](?=\w)|\w(?:[\w/+.'’-]*[\w+])?")
_SPACES: Final = re.compile(r"[ \t]*")
_ACRONYM: Final = re.compile(r"[A-Z][A-Za-z0-9&+/-]{1,11}")
_PERIOD: Final = re.compile(r"\d{4}(?:\s*[-–]\s*\d{2,4})?")
_INDEFINITE: Final = frozenset({"un", "une", "a", "an"})
_COORDINATORS: Final = frozenset({"et", "ou", "and", "or"})
_NUMBERED: Final = r"(?:n°\s*)?\d{2,5}(?:\s*\(\d{4}\))?"
_NUMBERS: Final = re.compile(rf"\s*({_NUMBERED}(?:\s*(?:,|et|and)\s*{_NUMBERED})*)")
_NUMBER: Final = re.compile(r"(\d{2,5})(?:\s*\((\d{4})\))?")
_ENUMERATION: Final = re.compile(
    r",\s*(?:(?:la|le|les|l['’]|the)\s*)?[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s+(?:et|and)\s"
)
_TITLE_DASH: Final = re.compile(r"\s+[–—-]\s+(?=[^\W\d_])")
_TITLE_BEFORE: Final = re.compile(r"(?:(?:[A-Z][\w'’-]*|and|of|on|for|the)\s+)*[A-Z][\w'’-]*\s+$")
_MAX_TOKENS: Final = 30
_MAX_QUOTED: Final = 200


@attrs.frozen
class NameExtent:
    """What was read after a head, in positions of the reading unit."""

    end: int
    """End of the name (last word, closing quote or parenthesis)."""
    complement: bool = False
    """A complement opened by a linking word, or a quoted title, follows the head."""
    proper: bool = False
    """A capitalised word stands in the complement ("de Paris", "des Nations unies")."""
    quoted: bool = False
    acronym: tuple[int, int] | None = None
    """Span of the acronym inside its parentheses."""
    period: str | None = None
    numbers: tuple[tuple[int, int], ...] = ()
    translation: tuple[int, int] | None = None
    """Span of a parenthesised title in another language, inside its parentheses."""
    inner_titles: tuple[int, ...] = ()
    """Where another quoted instrument starts in the complement ("accord sur le plan «…»")."""


@attrs.define
class _Reader:
    text: str
    vocab: AgreementVocabulary
    title: bool
    head_end: int
    """The head is capitalised: the name may run across a title's dash."""
    end: int
    position: int
    previous: str = "head"
    link: str = ""
    """The last linking word read ("de", "sur")."""
    coordinated: bool = False
    """An "et"/"and" was read: another instrument after it starts a name of its own."""
    after_acronym: bool = False
    complement: bool = False
    proper: bool = False
    quoted: bool = False
    acronym: tuple[int, int] | None = None
    period: str | None = None
    translation: tuple[int, int] | None = None
    inner_titles: list[int] = attrs.Factory(list)

    def extent(self, numbers: tuple[tuple[int, int], ...]) -> NameExtent:
        return NameExtent(
            self.end,
            self.complement,
            self.proper,
            self.quoted,
            self.acronym,
            self.period,
            numbers,
            self.translation,
            tuple(self.inner_titles),
        )


def read_extent(text: str, head_end: int, vocab: AgreementVocabulary, *, title: bool) -> NameExtent:
    """Read the name that follows a head ending at ``head_end``."""
    reader = _Reader(text, vocab, title, head_end, head_end, head_end)
    numbers = _numbers(text, head_end)
    if numbers:
        # "résolution 2231 (2015)": the name ends with its numbers and their years.
        reader.end = reader.position = numbers[-1][1]
        return reader.extent(numbers)
    for _ in range(_MAX_TOKENS):
        spaces = _SPACES.match(text, reader.position)
        reader.position = spaces.end() if spaces else reader.position
        if reader.position >= len(text) or not _step(reader):
            break
    return reader.extent(numbers)


def _numbers(text: str, position: int) -> tuple[tuple[int, int], ...]:
    """Spans of the numbers after a head, each with its year: "1718 (2006) and 2397 (2017)"."""
    match = _NUMBERS.match(text, position)
    if match is None:
        return ()
    return tuple(m.span() for m in _NUMBER.finditer(text, match.start(1), match.end()))


def _step(reader: _Reader) -> bool:
    """Read one piece of the name; False when the name ends here."""
    text, position = reader.text, reader.position
    char = text[position]
    if char in reader.vocab.quotes:
        return _quoted(reader, char)
    if char == "(":
        return _parenthesis(reader)
    if char == ",":
        enumeration = _ENUMERATION.match(text, position) if reader.previous == "word" else None
        if enumeration is None or not reader.complement:
            return False
        reader.position = position + 1
        return True
    if reader.title and (dash := _TITLE_DASH.match(text, position - 1)) is not None:
        reader.position = dash.end()
        return True
    return _word(reader)


def _quoted(reader: _Reader, opening: str) -> bool:
    closing = reader.text.find(reader.vocab.quotes[opening], reader.position + 1)
    if closing == -1 or closing - reader.position > _MAX_QUOTED or reader.previous == "word":
        return False
    if reader.complement and reader.previous == "link":
        reader.inner_titles.append(reader.position)
    reader.end = reader.position = closing + 1
    reader.quoted = reader.complement = True
    reader.previous = "word"
    return False  # a quoted title is the whole name


def _parenthesis(reader: _Reader) -> bool:
    text, position = reader.text, reader.position
    closing = text.find(")", position)
    if closing == -1:
        return False
    inner = text[position + 1 : closing].strip()
    if (_ACRONYM.fullmatch(inner) and any(c.isupper() for c in inner[1:])) or inner.isupper():
        reader.acronym = (position + 1, closing)
        reader.after_acronym = True
    elif _PERIOD.fullmatch(inner):
        reader.period = inner
    elif inner[:1].isupper() and len(inner.split()) >= 2 and reader.translation is None:
        reader.translation = (position + 1, closing)
        return False
    else:
        return False
    reader.end = reader.position = closing + 1
    reader.previous = "word"
    return True


def _word(reader: _Reader) -> bool:
    match = _TOKEN.match(reader.text, reader.position)
    if match is None:
        return False
    word = match.group()
    folded = word.replace("’", "'").casefold()
    vocab = reader.vocab
    if folded in vocab.stops or (reader.after_acronym and folded not in vocab.after_acronym):
        return False
    reader.after_acronym = False
    if folded in vocab.links or folded.endswith("'"):
        reader.previous, reader.link = "link", folded
        reader.coordinated = reader.coordinated or folded in _COORDINATORS
        reader.position = match.end()
        return True
    if reader.previous == "link" and _ends_name(reader, match, folded):
        return False
    after_coordinator = reader.previous == "link" and reader.link in _COORDINATORS
    if (
        word[0].islower()
        and (reader.previous != "link" or after_coordinator)
        and _is_participle(folded, vocab)
    ):
        return False
    if word[0].isdigit():
        if not _PERIOD.fullmatch(word):
            return False  # a day, a count: not part of a name
        reader.period = reader.period or word
    place = reader.previous == "link" and reader.link in {"de", "d'", "of"} and word[0].isupper()
    if reader.previous == "link":
        reader.complement = True
        reader.proper = reader.proper or word[0].isupper()
    reader.end = reader.position = match.end()
    reader.previous = "word"
    # "accord de Paris", "accords de Minsk": a place right after the head ends the name.
    return not (
        place and reader.text[reader.head_end : match.start()].strip() in {"de", "d'", "d’", "of"}
    )


def _ends_name(reader: _Reader, match: re.Match[str], folded: str) -> bool:
    """Whether the word after a link starts something else than the name.

    "le Livre blanc d'une coopération …" (an indefinite article), "l'accord sur le plan
    « ReArm Europe »" (another named instrument: the name is the inner one's).
    """
    if folded in _INDEFINITE:
        return True
    inner = reader.vocab.head.match(reader.text, match.start())
    if inner is None:
        return False
    if reader.coordinated:  # "la charte … et l'accord de Paris": two instruments
        return True
    after = reader.text[inner.end() : inner.end() + 3].lstrip()
    named = after[:1] in reader.vocab.quotes or after[:1].isdigit() or match.group()[0].isupper()
    if named:
        reader.inner_titles.append(match.start())
    return named


def _is_participle(word: str, vocab: AgreementVocabulary) -> bool:
    if "-" in word or word in vocab.adjective_exceptions:
        return False
    return word.endswith(vocab.participle_endings)


def title_before(text: str, head_start: int) -> int:
    """Start of the capitalised words of a title before its head ("the Paris Agreement")."""
    match = _TITLE_BEFORE.search(text, max(0, head_start - 80), head_start)
    if match is None or match.end() != head_start:
        return head_start
    # The title starts at its first capitalised word that is not an article.
    for word in re.finditer(r"\S+", text[match.start() : head_start]):
        if word.group()[:1].isupper() and word.group() not in {"The", "A", "An"}:
            return match.start() + word.start()
    return head_start
