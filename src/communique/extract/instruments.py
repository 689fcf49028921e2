"""Extract mentions of international instruments: accords, treaties, roadmaps, resolutions….

A mention names an instrument when it carries a name — a complement ("accord de Paris",
"traité sur la non-prolifération…"), a quoted or capitalised title, an acronym, a period or
a number — or, after a definite article, a complement or a qualifying adjective. Generic
uses ("des accords de coopération", "un tel accord", "ce plan") and a bare "sur le plan
économique" name none. Linking mentions into instruments is a later, resolving step.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.cues import cues
from communique.document import InstrumentHit, StatusHit
from communique.extract.agreement_vocabulary import AgreementVocabulary, agreement_vocabulary
from communique.extract.instrument_names import NameExtent, read_extent, title_before
from communique.sentences import sentence_at

if TYPE_CHECKING:
    from communique.document import Document, Unit
    from communique.model import AgreementStatus

__all__ = ["extract_instrument_mentions"]

_PREVIOUS: Final = re.compile(r"(\w+['’]?)\s*$")
_BETWEEN_STATUS: Final = re.compile(
    r"[\s,]*(?:(?:qui|which|that)\s+)?"
    r"(?:(?:a|ont|avait|avaient|est|sont|has|have|had|was|were|is|are)\s+(?:été\s+|been\s+)?)?",
    re.I,
)
_CLAUSE_END: Final = re.compile(r"[.,;:!?]\s")
_MAX_BEFORE: Final = 120
_MAX_WINDOW: Final = 160
_DASH_WORD: Final = re.compile(r"([–—-]\s+)(\w)")
_NUMBER_YEAR: Final = re.compile(r"(\d{2,5})(?:\s*\((\d{4})\))?")
_SPACE_RUN: Final = re.compile(r"\s+")


@attrs.frozen
class _Mention:
    """A head and what was read around it, in positions of the reading unit."""

    start: int
    head_start: int
    head_end: int
    extent: NameExtent
    determiner: str
    quoted_to: int | None
    """End of the title when quotes open before the head («la stratégie …»)."""


def extract_instrument_mentions(doc: Document) -> tuple[InstrumentHit, ...]:
    """Find instrument mentions in the title and paragraphs, in document order."""
    vocab = agreement_vocabulary(doc.lang)
    units: list[tuple[int | None, Unit]] = [(None, doc.title)] if doc.title is not None else []
    units += [(index, paragraph.unit) for index, paragraph in enumerate(doc.paragraphs)]
    hits: list[InstrumentHit] = []
    for index, unit in units:
        if unit.text:
            hits.extend(_unit_hits(doc, unit, index, vocab))
    return tuple(hits)


def _unit_hits(
    doc: Document, unit: Unit, paragraph: int | None, vocab: AgreementVocabulary
) -> list[InstrumentHit]:
    text = unit.text
    hits: list[InstrumentHit] = []
    covered = -1
    for head in cues(doc, text, "head"):
        if head.start() < covered:
            continue
        mention = _read(text, head, vocab)
        found = _hits(doc, unit, mention, paragraph, vocab)
        if found and found[0].specific and not mention.extent.inner_titles:
            covered = mention.quoted_to or mention.extent.end
        hits.extend(found)
    return hits


def _read(text: str, head: re.Match[str], vocab: AgreementVocabulary) -> _Mention:
    capitalised = head.group()[0].isupper()
    start = title_before(text, head.start()) if capitalised else head.start()
    determiner, quote = _before(text, start, vocab)
    extent = read_extent(text, head.end(), vocab, title=capitalised)
    quoted_to = None
    if quote is not None:
        closing = text.find(vocab.quotes[text[quote]], head.end())
        quoted_to = closing if 0 < closing - head.end() < 300 else None
    return _Mention(start, head.start(), head.end(), extent, determiner, quoted_to)


def _before(text: str, start: int, vocab: AgreementVocabulary) -> tuple[str, int | None]:
    """The determiner before a mention and the position of a quote opening its title."""
    position, quote = start, None
    for _ in range(2):
        while position > 0 and text[position - 1].isspace():
            position -= 1
        if position > 0 and text[position - 1] in vocab.quotes and quote is None:
            quote = position - 1
            position -= 1
            continue
        word = _PREVIOUS.search(text, max(0, position - 20), position)
        if word is None:
            break
        folded = word.group(1).replace("’", "'").casefold()
        if folded in vocab.generic or folded in vocab.anaphoric or folded in vocab.definite:
            return folded, quote if quote is not None else _quote_before(text, word.start(), vocab)
        break
    return "", quote


def _quote_before(text: str, position: int, vocab: AgreementVocabulary) -> int | None:
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position - 1 if position > 0 and text[position - 1] in vocab.quotes else None


def _naming(
    mention: _Mention, head_form: str, vocab: AgreementVocabulary, *, in_title: bool
) -> tuple[bool, bool] | None:
    """Whether the mention names an instrument, and whether it may refer back to one.

    None when the head is only a common noun here ("la résolution du conflit").
    """
    extent = mention.extent
    head = vocab.heads[head_form.casefold()]
    if head.needs == "number" and not extent.numbers:
        return None
    titled = head_form[0].isupper() or mention.start < mention.head_start
    named = bool(
        extent.quoted
        or mention.quoted_to
        or extent.acronym
        or extent.period
        or extent.numbers
        or extent.proper
        or titled
    )
    if head.needs == "complement" and not (named or extent.complement):
        return None
    if named:
        return True, head_form[0].isupper() and not extent.complement
    if mention.determiner in vocab.generic or mention.determiner in vocab.anaphoric:
        return False, False
    if head.singular in vocab.self_naming and in_title and not extent.complement:
        return None  # the document's own genre: "EU-Japan summit: joint statement"
    if head.singular in vocab.self_naming or extent.complement:
        return True, False
    adjectives = extent.end > mention.head_end
    return adjectives, True


def _hits(
    doc: Document, unit: Unit, mention: _Mention, paragraph: int | None, vocab: AgreementVocabulary
) -> list[InstrumentHit]:
    text = unit.text
    head_form = text[mention.head_start : mention.head_end]
    naming = _naming(mention, head_form, vocab, in_title=paragraph is None)
    if naming is None:
        return []
    specific, referring = naming
    head = vocab.heads[" ".join(head_form.split()).casefold()]
    end = mention.quoted_to or mention.extent.end
    statuses = _statuses(doc, unit, mention.start, end, vocab)
    translation = unit.span(*mention.extent.translation) if mention.extent.translation else None
    acronym = text[slice(*mention.extent.acronym)] if mention.extent.acronym else None
    hit = InstrumentHit(
        *unit.span(mention.start, end),
        name=_name(text, mention, end, head.singular, head_form),
        kind=head.kind,
        head=head.singular,
        specific=specific,
        referring=referring,
        acronym=acronym,
        paragraph=paragraph,
        statuses=statuses,
        translation=translation,
    )
    numbers = mention.extent.numbers
    if not numbers:
        return [hit]
    # "les résolutions 2270 et 2321", "1718 (2006) and 2397 (2017)": one instrument per
    # number, with its year when one follows it.
    spans = [(mention.start, numbers[0][1]), *numbers[1:]]
    hits = []
    for span, number in zip(spans, numbers, strict=True):
        match = _NUMBER_YEAR.fullmatch(text, *number)
        if match is not None:
            start, end = unit.span(*span)
            name = f"{head.singular} {match.group(1)}"
            hits.append(
                attrs.evolve(
                    hit, start=start, end=end, name=name, number=match.group(1), year=match.group(2)
                )
            )
    return hits


def _name(text: str, mention: _Mention, end: int, singular: str, head_form: str) -> str:
    """The name as analysts write it.

    Lower-case head (singular unless a proper name follows: "accords de Minsk"), no
    article, quotes or acronym, a title's word after a dash in lower case.
    """
    pieces = [
        text[mention.start : mention.head_start],
        singular if not mention.extent.proper else head_form.casefold(),
    ]
    tail_start = mention.head_end
    acronym = mention.extent.acronym
    if acronym is not None:
        pieces.append(text[tail_start : acronym[0] - 1].rstrip())
        tail_start = acronym[1] + 1
    pieces.append(text[tail_start:end])
    name = "".join(pieces)
    for quote in '«»“”"':
        name = name.replace(quote, "")
    name = _DASH_WORD.sub(lambda m: m.group(1) + m.group(2).lower(), name)
    return _SPACE_RUN.sub(" ", name).strip(" ,")


def _statuses(
    doc: Document, unit: Unit, start: int, end: int, vocab: AgreementVocabulary
) -> tuple[StatusHit, ...]:
    """Status phrases stated right after the instrument or earlier in its sentence."""
    text = unit.text
    sentence = sentence_at(doc.sentences(text), start) or (0, len(text))
    found: list[StatusHit] = []
    between = _BETWEEN_STATUS.match(text, end)
    if vocab.status_after is not None and between is not None:
        after = vocab.status_after.pattern.match(text, between.end())
        if after is not None:
            found.append(_status_hit(unit, vocab.status_after.status_of(after), after, sentence[1]))
    if vocab.status_before is not None:
        low = max(sentence[0], start - _MAX_BEFORE)
        last: dict[AgreementStatus, re.Match[str]] = {}
        for match in vocab.status_before.pattern.finditer(text, low, start):
            last[vocab.status_before.status_of(match)] = match
        for status, match in last.items():
            # The phrase belongs to the nearest instrument after it.
            if vocab.head.search(text, match.end(), start) is None:
                found.append(_status_hit(unit, status, match, sentence[1]))
    return tuple(found)


def _status_hit(
    unit: Unit, status: AgreementStatus, match: re.Match[str], sentence_end: int
) -> StatusHit:
    text = unit.text
    clause = _CLAUSE_END.search(text, match.end(), min(sentence_end, match.end() + _MAX_WINDOW))
    window_end = clause.start() if clause else min(sentence_end, match.end() + _MAX_WINDOW)
    window = unit.span(match.start(), max(window_end, match.end()))
    return StatusHit(status, *unit.span(*match.span()), window=window)
