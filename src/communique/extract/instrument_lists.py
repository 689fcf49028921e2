"""Instruments listed under an announcement of their signature.

After a visit or a joint commission, a release lists what was signed: "Les deux ministres
ont signé les textes suivants :" or "The following instruments were signed:", then one
item per instrument, often with an indefinite article ("- un accord de coopération dans le
domaine de la météorologie ;", "- a memorandum of understanding on health"). Alone, "un
accord de coopération …" names no instrument; listed under its signature, it names one, as
"ont signé un accord de coopération …" does.

The announcement is a sentence that states a signature (a ``signed`` status phrase of
``resources/<lang>/agreements.toml``) and ends with a colon; its items are the paragraphs
after it that open with a bullet, a dash or a number, or the items glued after its colon
in its own paragraph. An instrument opens an item, or follows a dash glued inside one
("… 1971 -Un accord de pêche …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from communique.lexicon.agreements import folded_agreement_words
from communique.lexicon.structure import structure_vocabulary
from communique.patterncache import compile_pattern
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.document import Document
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["ROMAN_MARKER", "opens_item", "signed_list_items"]

ROMAN_MARKER: Final = (
    r"\(?(?:x{0,3}(?:ix|iv|vi{0,3}|i{1,3})|x{1,3}|X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})[.)]"
)
"""A Roman numeral numbering an item, in one case: "iv.", "(ii)", "III."."""
_ITEM_START: Final = compile_pattern(
    rf"[ \t]*(?:[-–—•·▪*]|\(?\d{{1,2}}[.)]|\(?[a-z][.)]|{ROMAN_MARKER})"
)
"""A bullet, a dash, a number or a numeral opening a list item (a space after it may be
missing)."""
_LEAD_WORDS: Final = r"(?:[^\W\d_]{1,6}(?:[ \t]+|['’])){0,2}$"
"""At most two short words ending the text before a head: a determiner, an adjective."""
_OPENING: Final = compile_pattern(
    rf"(?:^[ \t]*(?:[-–—•·▪*]|\(?\d{{1,2}}[.)]|\(?[a-z][.)]|{ROMAN_MARKER})|(?<=\s)[-–—•▪]"
    rf"|(?<=\s)\d{{1,2}}[.)]|(?<=\s){ROMAN_MARKER})[ \t]*" + _LEAD_WORDS
)
"""What stands before an instrument's head opening an item: the item's marker, or a dash,
a number or a numeral glued inside the paragraph after a space ("…: 1. Agreement on … 2. Memorandum
…"), then maybe its determiner and an adjective ("- un ", "-Un nouvel ")."""
_OPENING_REACH: Final = 16
_BARE_OPENING: Final = compile_pattern(r"[ \t]*" + _LEAD_WORDS)
"""At most two short words (an article, "un") before a mention opening its item's text."""
_COLON_END: Final = compile_pattern(r":\s*$")
_GLUED_ITEMS: Final = compile_pattern(rf":\s*(?=[-–—•·▪*]|\(?\d{{1,2}}[.)]\s|{ROMAN_MARKER}\s)")
"""A colon with a list's first item glued after it in the same paragraph."""
_SENTENCE_END: Final = compile_pattern(r"[.!?]\s")
_WORDS: Final = compile_pattern(r"[^\W\d_]+")
_SUBJECT_WORDS: Final = 2
"""Words at most before a listed subject's head: its determiner and a number ("The four")."""
_PREDICATE_WORDS: Final = 4
"""Words at most after a listed subject's head: a participle, an adverb and the copula
("signed today are", « signés sont les suivants »)."""
_LIST_WORDS: Final = 12
"""Most words of a sentence naming the instruments it lists ("The MoUs signed today are:")."""
_TAIL: Final = 400
"""Characters at the end of an announcement searched for its signature."""


def signed_list_items(doc: Document, vocab: AgreementVocabulary) -> dict[int, int]:
    """Paragraphs holding items of a list of instruments said to be signed, by index.

    Each maps to where its items start: 0 for an item of its own, past the colon for items
    glued to their announcement ("… ont signé les textes suivants : - un accord …").
    """
    found: dict[int, int] = {}
    announced = False
    # A list a sentence names without a signing ("The MoUs are:") takes its bulleted items
    # only: a numbered paragraph goes on with a description of its own ("1. Agreement on … /
    # This agreement updates …"), which a listed name would run into.
    bullets_only = False
    sections = _headed_sections(doc, vocab)
    # "List of Agreements/MoUs signed during the visit …": a title that announces signed
    # texts heads the lines that are only an instrument's name, the text's whole length.
    title = doc.title.text if doc.title is not None else ""
    titled = bool(title) and _announces(title, len(title), vocab)
    for index, paragraph in enumerate(doc.paragraphs):
        text = paragraph.unit.text
        # An item opens with its bullet or number, or is a numbered paragraph of its own,
        # or, under a heading or a title that announces the texts, is a name alone.
        headed = any(low <= paragraph.start < high for low, high in sections)
        named = (headed or titled) and _name_only(text, vocab)
        bulleted = _ITEM_START.match(text) is not None
        item = bulleted or (paragraph.number is not None and not bullets_only)
        if (item and (announced or headed)) or named:
            found[index] = 0
            continue
        announced = False
        if ":" not in text:  # most paragraphs: nothing more to read
            continue
        glued = next(
            (m.end() for m in _GLUED_ITEMS.finditer(text) if _introduces(text, m.start(), vocab)),
            None,
        )
        if glued is not None:
            found[index] = glued
        colon = _COLON_END.search(text) is not None
        signing = colon and _announces(text, len(text), vocab)
        naming = colon and _names_list(text, len(text), vocab)
        going_on = glued is not None and _goes_on(text, vocab)
        announced = signing or naming or going_on
        bullets_only = not signing and (naming or going_on)
    return found


def _headed_sections(doc: Document, vocab: AgreementVocabulary) -> list[tuple[int, int]]:
    """The original spans under headings that announce instruments, each up to the next.

    A list of outcomes heads its items rather than announcing them in a sentence: "A.
    Agreements/MoUs exchanged", « Accords signés », "Documents signed during the visit". The
    heading names instruments in the plural or their signature; "Implementation of the
    Action Plan" heads prose about one.
    """
    headings = [h for h in doc.headings if h.text]
    starts = sorted(((h.span(0, len(h.text))[0], h) for h in headings), key=lambda pair: pair[0])
    sections = []
    for position, (start, heading) in enumerate(starts):
        if _plural_head(heading.text, vocab) or _announces(heading.text, len(heading.text), vocab):
            end = starts[position + 1][0] if position + 1 < len(starts) else len(doc.original)
            sections.append((start, end))
    return sections


def _name_only(text: str, vocab: AgreementVocabulary) -> bool:
    """Whether a paragraph is only an instrument's name: its capitalised head, no sentence.

    Under "Documents signed", an outcome list prints each name on a line of its own, with
    no bullet ("Memorandum of Understanding on Maritime Cooperation" / "This MoU …").
    """
    head = vocab.head.match(text)
    if head is None or not text[:1].isupper() or _SENTENCE_END.search(text + " ") is not None:
        return False
    # "Agreement on Trade … was signed by the two ministers": a sentence, its stop missing.
    verbs = structure_vocabulary(vocab.language).sentence_words
    return not any(word in verbs for word in _WORDS.findall(text))


def _plural_head(text: str, vocab: AgreementVocabulary) -> bool:
    """Whether ``text`` names instruments in the plural ("Agreements", « mémorandums »)."""
    return any(
        phrase_key(match.group()) != vocab.head_of(match.group()).singular
        for match in vocab.head.finditer(text)
    )


def opens_item(text: str, start: int) -> bool:
    """Whether the mention at ``start`` (its head, or its determiner) opens a list item.

    The item opens with its bullet or number, or is a paragraph of its own whose printed
    number the structure took off ("MOU on Simplifying Visa Procedures;" under "1.").
    """
    return (
        _OPENING.search(text, max(0, start - _OPENING_REACH), start) is not None
        or _BARE_OPENING.match(text, 0, start) is not None
    )


def _goes_on(text: str, vocab: AgreementVocabulary) -> bool:
    """Whether glued items end on a separator, the list going on below ("…; and")."""
    words = text.rstrip().split()
    if words and phrase_key(words[-1]) in folded_agreement_words("coordinators", vocab.language):
        words.pop()
    return bool(words) and words[-1][-1:] in (";", ",")


def _introduces(text: str, end: int, vocab: AgreementVocabulary) -> bool:
    """Whether the last sentence before ``end`` (a colon) introduces a list of instruments."""
    return _announces(text, end, vocab) or _names_list(text, end, vocab)


def _names_list(text: str, end: int, vocab: AgreementVocabulary) -> bool:
    """Whether a short last sentence before ``end`` names instruments in the plural.

    "The MoUs are:", « Les accords signés sont : »: the plural head is the subject, its
    determiner and a number or an adjective at most before it, and a copula or a listing
    verb (``list_copulas``) ends the sentence; the items below are those instruments.
    """
    before = text[max(0, end - _TAIL) : end].rstrip().rstrip(":").rstrip()
    low = 0
    for match in _SENTENCE_END.finditer(before):
        low = match.end()
    sentence = before[low:]
    if len(_WORDS.findall(sentence)) > _LIST_WORDS or not _plural_head(sentence, vocab):
        return False
    head = vocab.head.search(sentence)
    if head is None or len(_WORDS.findall(sentence, 0, head.start())) > _SUBJECT_WORDS:
        return False  # "The main obstacles to the agreements are:": the head is no subject
    if "," in sentence or sentence[head.end() : head.end() + 1] in ("'", "’"):
        return False  # "On the agreements, the issues are:", "The Agreements' weaknesses are:"
    if len(_WORDS.findall(sentence, head.end())) > _PREDICATE_WORDS:
        return False  # "The agreements' main remaining weaknesses are": more than a participle
    key = phrase_key(sentence)
    copulas = folded_agreement_words("list_copulas", vocab.language)
    return any(key == c or key.endswith(" " + c) for c in copulas)


def _announces(text: str, end: int, vocab: AgreementVocabulary) -> bool:
    """Whether the last sentence before ``end`` (a colon) states a signature."""
    low = max(0, end - _TAIL)
    for match in _SENTENCE_END.finditer(text, low, end):
        low = match.end()
    for phrases in (vocab.status_before, vocab.status_after):
        if phrases is None:
            continue
        for match in phrases.pattern.finditer(text, low, end):
            if phrases.status_of(match) == "signed":
                return True
    return False
