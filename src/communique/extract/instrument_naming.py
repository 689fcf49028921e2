"""Read one instrument mention around its head and decide whether it names an instrument.

The decision weighs what names an instrument (a quoted title, an acronym, a number, a place
right after the head, a capitalised title, a complement) against what makes the head a
common noun or something else than an instrument: an indefinite or anaphoric determiner, a
plural, a domestic adjective ("stratégie nationale"), a statement's author ("déclaration du
ministre"), the document itself ("this Joint Statement", the title's own genre).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING, Final

import attrs
import regex

from communique.extract.acronyms import spells
from communique.extract.inner_instruments import object_before
from communique.extract.instrument_lists import ROMAN_MARKER
from communique.extract.instrument_names import read_extent
from communique.extract.instrument_parties import proper_word, without_parties
from communique.extract.instrument_titles import title_before
from communique.extract.name_extent import NameExtent
from communique.extract.name_tokens import BLANKS, digit_rank, function_words
from communique.gazetteer import gazetteer
from communique.letters import CAPITAL
from communique.lexicon import LANGUAGES
from communique.lexicon.agreements import (
    agreement_vocabulary,
    agreement_words,
    folded_agreement_words,
)
from communique.lexicon.common.given_names import given_name_pattern
from communique.lexicon.language import sentence_case
from communique.lexicon.persons import person_vocabulary
from communique.patterncache import compile_pattern, compile_regex
from communique.records import shared_repr
from communique.wordsearch import token_before
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from communique.lexicon.agreements import AgreementVocabulary, Head
    from communique.model import Language

__all__ = [
    "Mention",
    "Naming",
    "draft_before",
    "inside_other_name",
    "is_statement",
    "naming",
    "own_title",
    "party_collection",
    "read_mention",
    "title_start",
]

Naming = tuple[bool, bool]
"""Whether a mention names an instrument by itself, and whether it may refer back to one."""

# Possessive quantifiers: what each one gives back could never end the match, and
# backtracking into them made a search over a window quadratic in each word's length.
_PREVIOUS: Final = compile_pattern(r"(\w++(?:['’]s?+)?+)[ \t]*+$")
_PREVIOUS_HYPHENATED: Final = compile_pattern(r"(\w++(?:-\w++)*+(?:['’]s?+)?+)[ \t]*+$")
"""The word before, its hyphenated parts too: "a mutually-beneficial agreement"."""
_ALTERNATIVE_BEFORE: Final = compile_pattern(
    rf"(?<![\w'’-])(?:{CAPITAL}[\w'’-]*[ \t]+){{1,6}}[ \t]*/[ \t]*$"
)
"""Title words and a spaced slash right before a name: the first of two alternatives."""
_ALTERNATIVE_REACH: Final = 120
_THEME_BEFORE: Final = compile_pattern(r"(\w+)[ \t]*:?[ \t]*$")
"""The word before a quote, past a colon: "theme: “…”"."""
# A year between the article and the head dates the instrument: "the 2006 agreement on …".
_PREMODIFIER: Final = compile_pattern(r"([a-z][\w-]*|\d{4})[ \t]*")
_MAX_PREMODIFIERS: Final = 4
_YEAR_BEFORE: Final = compile_pattern(r"(?<!\w)(\w+)[ \t]+((?:1[89]|20)\d\d)[ \t]+$")
"""An article, then a year right before a head ("the 1991 "), as a date names a text."""
_YEAR_REACH: Final = 24
"""Characters before a head read for its article and year ("the 1991 ")."""
_INITIAL: Final = compile_pattern(r"(?:^|[.!?:;\n•*#>|–—-])[\s\"«“*]*$")
_OWN_TITLE_REACH: Final = 3
_CITED_REACH: Final = 40
"""Characters before a genre head searched for the source citation that quotes it."""
# A list item opens a line, or follows the colon of the sentence that introduces the list
# when the paragraph keeps its short items ("Les textes suivants ont été signés : - …").
_LIST_ITEM: Final = compile_pattern(
    rf"(?:^|\n|[:;][ \t]+)[ \t]*(?:[-•*·–—]|\d{{1,2}}[.)]|[a-z][.)]|{ROMAN_MARKER})[ \t]*$"
)
_LIST_REACH: Final = 12
_POSSESSIVE: Final = "'s"
_MAX_QUOTED_BEFORE: Final = 120
_STRONG_NEEDS: Final = frozenset({"none", "complement"})
_INNER_ACRONYM: Final = compile_pattern(r"\(([A-Z][A-Za-z0-9&+/-]{1,11})\)")
_ACRONYM_TITLE: Final = compile_pattern(
    r"(?<![\w.’'-])(?P<name>(?:[A-Z](?:[A-Z0-9]{1,9}|\.[A-Z]\.)|[A-Z][a-z]+)"
    r"(?:[-–](?:[A-Z](?:[A-Z0-9]{1,9}|\.[A-Z]\.)|[A-Z][a-z]+))?)"
    r"(?:[ \t]+[a-z][a-z-]+){1,2}[ \t]+$"
)
"""An acronym, or a state's name, or two joined by a dash, and one or two lower-case words
before a head: "AUKUS security pact", "the Libya ceasefire deal", "the U.S.-China air
transportation agreement"."""
_ACRONYM_TITLE_REACH: Final = 48
_OWNER_REACH: Final = 60
_SPEECH_REACH: Final = 24
_SELF_REFERENCE_REACH: Final = 40
"""Characters before a genre head searched for the words presenting the text itself."""
_OWNER_AFTER: Final = 40
_PARTIES: Final = compile_pattern(r"[A-Z][^\W\d_]+(?:[-–][A-Z][^\W\d_]+)+")
"""A compound of the parties' names before a statement's head: "Japan-Australia"."""
_NEXT_WORD: Final = compile_pattern(r"[ \t]+([^\W\d_][\w'’-]*)")
_SHORT_FORM: Final = compile_pattern(r"[ \t]*\([ \t]*([^\W\d_]{2,8})[ \t]*\)")
"""A head's short form in brackets right after it: " (MoU)"."""
_WORD_AND_BLANKS: Final = compile_pattern(r"([^\W\d_][\w'’-]*)[ \t]+")
_TITLED_NEEDS: Final = frozenset({"none", "title", "capital", "signature"})
"""Needs a head meets with title words alone: such a head before "and" ends a name."""
_FIRST_WORD: Final = compile_pattern(r"([^\W\d_][\w'’-]*)")
_PARTY_DASH: Final = compile_pattern(r"[-–]")
"""The dash between two parties titling a head ("the U.S.-China … agreement")."""
_LOWER_PART: Final = compile_pattern(r"[-–][^\W\d_A-ZÀ-Þ]")
"""A part in lower case after a dash: "Japanese-led", "UN-backed" (who leads, no title)."""
_QUOTED_EVENT_REACH: Final = 60
"""Characters before a head searched for the opening quote of an event's name."""
_MIN_VERB: Final = 4
_CAPITALISED_WORD: Final = compile_pattern(rf"[ \t]+{CAPITAL}")
"""A word after a given name that starts with a capital: the family name."""
_WORDS: Final = compile_pattern(r"[^\W\d_][\w'’-]*")
_BREAK: Final = compile_pattern(r"[(),;:.]")
_CAPITALISED: Final = compile_pattern(r"(?<![\w'’])[A-Z][\w'’-]*")
"""A genre head among the title's first words names the document itself."""


@shared_repr
@attrs.frozen(repr=False)
class Mention:
    """A head and what was read around it, in positions of the reading unit."""

    start: int
    head_start: int
    head_end: int
    extent: NameExtent
    determiner: str
    quoted_to: int | None
    """End of the title when quotes open before the head («la stratégie …»)."""
    initial: bool
    """The head opens its sentence: its capital says nothing of a title."""
    domestic: bool
    quoted_before: bool = False
    """A quoted title stands right before the head (Japan's "Free and Open …" plan)."""
    listed: bool = False
    """The mention opens a list item ("- Accord de coopération …" among the texts signed)."""
    title_words: tuple[str, ...] = ()
    """The words of a title before the head ("Implementation" in "the Implementation Plan")."""
    national: bool = False
    """A national head with its domestic adjective and a complement ("agenda national de
    transformation …"): a named national programme."""
    qualified: bool = False
    """An adjective qualifies the head ("plan harmonisé", "the presidential initiative")."""
    object_of: bool = False
    """Another instrument's name makes this one its object ("plan d'action de mise en œuvre
    de la Stratégie nationale …")."""
    rank: int | None = None
    """Where a rank in digits before the name starts ("the 5th", « le 6ème »): which of a
    series, part of the name analysts write; the mention's span starts at ``start``."""
    article: int | None = None
    """Where the determiner starts, past the adjectives between it and the name ("a
    comprehensive and mutually-beneficial Free Trade Agreement")."""


_ABBREVIATION_LETTERS: Final = 4
"""Most letters of a head written as an abbreviation in capitals ("MOU")."""
_ITEM_END: Final = compile_regex(
    r"\s*(?:[;|\t\n]|(?<=[\p{Ll}\d)]{3})\.(?:\s|$)|:(?:\s|$)|,\s+(?=\p{Ll})"
    r"|\s[-–—•·▪*](?=\p{Lu})|$)"
)
"""What ends a listed instrument's name: a semicolon, a column, a sentence's end (a full stop
after a word in lower case, not an abbreviation's: "Power Co.", "U.S."), a colon, a comma
before a word in lower case ("…, signed by …"), the next item's glued marker ("… -Un
mémorandum …"), the item's end."""


_SPACED_MARKER: Final = compile_regex(
    rf"\s(?:[-–—•·▪*]|\d{{1,2}}[.)]|\((?:\d{{1,2}}|[a-z])\)|{ROMAN_MARKER})[ \t]+"
)
"""A list item's marker set off by spaces inside a paragraph: " - ", " 2. ", " (ii) "."""


_GLUED_NUMERAL: Final = compile_regex(
    rf"\s{ROMAN_MARKER}[ \t]+(?=(?:\p{{Ll}}{{1,3}}[ \t]+|\p{{Ll}}['’])?\p{{Lu}})"
)
"""The next item's Roman numeral glued inside the paragraph: " iv. Agreement …", « iii) un
Programme … »."""
_ROMAN_ITEM: Final = compile_regex(
    rf"(?:^|\s){ROMAN_MARKER}[ \t]*(?:\p{{Ll}}{{1,3}}[ \t]+|\p{{Ll}}['’])?$"
)
"""An item's own Roman numeral right before its first word, or its determiner ("ii) un …")."""
_ITEM_CHARS: Final = 600
"""Characters past a name's end searched for its item's end: a long list in one paragraph
reads each item's end once, not up to the paragraph's end (linear in its items)."""
_NUMERAL_CHARS: Final = 8
"""Characters past a name's end searched for the end of a numeral it took as a word."""


def _to_item_end(
    text: str, start: int, head_end: int, extent: NameExtent, vocab: AgreementVocabulary
) -> NameExtent:
    """The extent of a listed instrument run on to the end of its item.

    A list of outcomes names each text in full: "MoU on Training & Capacity Building of …
    between the Rural Institute, Valmont and the Local Councils Authority, Norland",
    "Agreement between the Export Bank, Valmont and the Treasury, Norland for a Loan to …".
    Items run on in one paragraph end at the next one's marker and head ("… stratégique -
    Accord de coopération …"); an item opened by a Roman numeral (its name's ``start``)
    ends at the next one, which the name may have read as a word past the head's end
    (``head_end``): "ii. MoU on … Management iii. Agreement …". An item numbered otherwise
    keeps its own sub-items ("1. Agreement on the Financing of (i) Roads and (ii) Bridges").
    """
    roman = _ROMAN_ITEM.search(text, max(0, start - _LIST_REACH), start) is not None
    glued = _GLUED_NUMERAL.search(text, head_end, extent.end + _NUMERAL_CHARS) if roman else None
    if glued is not None and glued.start() < extent.end:
        # "… and Management iii. Agreement for …": the next item's numeral, read as a word
        return attrs.evolve(extent, end=_before_marker(text, glued.start()), complement=True)
    end = _ITEM_END.search(text, extent.end, extent.end + _ITEM_CHARS)
    if end is None or end.start() <= extent.end:
        return extent
    for marker in _SPACED_MARKER.finditer(text, extent.end, end.start()):
        if _opens_instrument(text, marker.end(), vocab):
            return attrs.evolve(extent, end=_before_marker(text, marker.start()), complement=True)
    signatories = _signatories(text, extent.end, end.start(), vocab)
    return attrs.evolve(extent, end=signatories or end.start(), complement=True)


_ITEM_WORD: Final = compile_regex(r"[\p{L}'’-]+")


def _signatories(text: str, start: int, end: int, vocab: AgreementVocabulary) -> int | None:
    """Where a participle and its stop word open the item's signatories, else None.

    "… between Valmont and the Netherlands led by signatories Prime Minister X": who signed
    it, after a participle in lower case and a stop ("by"), is no part of the name.
    """
    words = list(_ITEM_WORD.finditer(text, start, end))
    for word, after in itertools.pairwise(words):
        form = word.group()
        participle = form.casefold() in vocab.participles or form.endswith(vocab.participle_endings)
        if form[:1].islower() and participle and after.group().casefold() in vocab.stops:
            return _before_marker(text, word.start())
    return None


def _opens_instrument(text: str, position: int, vocab: AgreementVocabulary) -> bool:
    """Whether an instrument's head opens the item at ``position``, maybe after its title.

    "(iii) Memorandum of …", "(iii) Cultural Exchange Programme …", « iii) un Programme … »:
    a determiner and capitalised words only before the head; "(ii) Bridges" is a sub-item of
    the name before.
    """
    head = vocab.head.search(text, position, position + _ITEM_TITLE_CHARS)
    return (
        head is not None and _CAPITALISED_WORDS.fullmatch(text, position, head.start()) is not None
    )


_ITEM_TITLE_CHARS: Final = 60
"""Characters after an item's marker searched for its head."""
_CAPITALISED_WORDS: Final = compile_regex(
    r"(?:\p{Ll}{1,3}[ \t]+|\p{Ll}['’])?(?:\p{Lu}[\w'’-]*[ \t]+){0,4}"
)
"""A title's capitalised words before an instrument's head, after a determiner maybe ("un",
"the", "l'")."""


def _before_marker(text: str, marker: int) -> int:
    """Where an item ends before the next one's marker: before the comma and the coordinator.

    "(i) Agreement on …, (ii) Memorandum … and (iii) Programme …": the words joining the
    items are no part of the name before them.
    """
    low = max(0, marker - _JOINER_CHARS)
    trimmed = text[low:marker].rstrip()
    words = trimmed.rsplit(None, 1)
    if len(words) == 2 and words[1].casefold() in function_words("coordinators"):
        trimmed = words[0].rstrip()
    return low + len(trimmed.rstrip(",;").rstrip())


_JOINER_CHARS: Final = 24
"""Characters before a marker searched for the separator and coordinator joining items."""


def _abbreviated(head_form: str) -> bool:
    """Whether a head is written as an abbreviation ("MoU", "MOU", "MOUs"), not in capitals.

    >>> _abbreviated("MoU"), _abbreviated("MOUs"), _abbreviated("AGREEMENT"), _abbreviated("Plan")
    (True, True, False, False)
    """
    if " " in head_form or not any(c.isupper() for c in head_form[1:]):
        return False
    mixed = any(c.islower() for c in head_form)
    return mixed or len(head_form.removesuffix("s")) <= _ABBREVIATION_LETTERS


def _short_form_end(text: str, head_end: int, vocab: AgreementVocabulary) -> int | None:
    """Where the head's short form in brackets right after it (" (MoU)") ends, or None."""
    short = _SHORT_FORM.match(text, head_end)
    if short is None or vocab.head.fullmatch(short.group(1)) is None:
        return None
    return short.end()


def _subject_next(text: str, head_end: int, vocab: AgreementVocabulary) -> bool:
    """Whether a subject's link follows the head ("on", "concerning"), not an adverbial.

    "signed a Memorandum of Understanding on health cooperation" names it by its subject;
    "… of Understanding in the presence of the two Presidents" does not, nor "the Letter of
    Intent on the signing of …", an act on another instrument (``signing_nouns``). The
    head's short form may stand between ("a Memorandum of Understanding (MoU) on health").
    """
    word = _NEXT_WORD.match(text, _short_form_end(text, head_end, vocab) or head_end)
    if word is None or word.group(1).casefold() not in vocab.complement_links:
        return False
    subject = _NEXT_WORD.match(text, word.end())
    if subject is not None and phrase_key(subject.group(1)) in vocab.definite | vocab.generic:
        subject = _NEXT_WORD.match(text, subject.end())  # past its article
    noun = subject.group(1).casefold() if subject else ""
    return noun not in function_words("signing_nouns")


def read_mention(
    text: str,
    head: re.Match[str],
    vocab: AgreementVocabulary,
    *,
    item: bool = False,
    signed: bool = False,
    acted_on: bool = False,
) -> Mention | None:
    """Read the mention around ``head``; None when the head only qualifies another noun.

    ``item``: the head opens an item of a list of signed texts, whose subject may follow
    in lower case under a capitalised head ("3. Letter of Intent on cooperation in …").
    ``signed``: the head is what a signing acts on ("signed a Letter of Intent on
    vocational training"); without a proper title before it, its subject in lower case is
    its name, as an item's is. ``acted_on``: a signing acts on the head, whatever its case
    ("signed a civil aviation agreement with Orlan").
    """
    start = title_start(text, head, vocab)
    if start is None:
        return None  # "Government of National Accord"
    untitled = not any(
        proper_word(word, vocab) and not word.isupper()
        for word in text[start : head.start()].split()
    )
    # An abbreviation's capitals ("MoU", "MOU") are its own, not a title's: "an MoU on
    # cooperation in health" reads its subject in lower case as "a memorandum on …" does.
    capitalised = head.group()[0].isupper() and not _abbreviated(head.group()) and not item
    quoted_before = _quoted_title_before(text, start, vocab) if vocab.head_last else None
    start = quoted_before if quoted_before is not None else start
    needs = vocab.head_of(head.group()).needs
    if vocab.head_last and start == head.start() and needs in _STRONG_NEEDS:
        start = _acronym_title(text, start, vocab)
    determiner, quote, premodifiers, article = _before(text, start, vocab)
    rank = _rank_before(text, start, vocab)
    read = functools.partial(
        read_extent,
        text,
        head.end(),
        vocab,
        numbered=needs == "number",
        outcome=vocab.head_of(head.group()).kind in vocab.document_kinds,
        open_purpose=untitled,
    )
    extent = read(title=capitalised)
    if (
        (signed or _short_form_end(text, head.end(), vocab) is not None)
        and untitled
        and capitalised
        and not extent.complement
        and _subject_next(text, head.end(), vocab)
    ):
        # A title ended at its head: its subject is in lower case, after its short form
        # too ("A Memorandum of Understanding (MoU) on establishing a dialogue was signed").
        extent = read(title=False)
    extent = without_parties(text, start, head.span(), extent, vocab)
    if capitalised and start == head.start() and extent.end <= head.end() and not extent.acronym:
        start = _dating_year(text, start, head.end(), vocab)
    if item and extent.acronym is None and not extent.numbers and extent.end > head.end():
        # named past its head ("MoU on …", "Agreement between …"), not "Agreement was reached"
        extent = _to_item_end(text, start, head.end(), extent, vocab)
    inner = _INNER_ACRONYM.search(text, start, head.start())
    if inner is not None and gazetteer(vocab.language).key_of(inner.group(1)) is not None:
        # "the African Union (AU) Convention on …": a party's acronym, cut from the name.
        extent = attrs.evolve(extent, cuts=(*extent.cuts, (inner.start(1) - 1, inner.end(1) + 1)))
    elif inner is not None and extent.acronym is None and needs in _STRONG_NEEDS:
        # "Closer Economic Relations (CER) agreement": the title's acronym is the instrument's;
        # before a weak head it is the thing's ("the Single Economic Market (SEM) agenda").
        extent = attrs.evolve(extent, acronym=inner.span(1))
    quoted_to = None
    if quote is not None and not (quote == 0 and text.rstrip()[-1:] == text[quote]):
        closing = text.find(vocab.quotes[text[quote]], head.end(), head.end() + 300)
        speech = _said(text, head.end(), vocab) or _verb_inside(text, extent.end, closing, vocab)
        quoted_to = closing if closing > head.end() and not speech else None
    after = re.match(r"\s*([\w-]+)", text[head.end() : head.end() + 40])
    domestic = (
        any(w in vocab.domestic for w in premodifiers)
        or (after is not None and after.group(1).casefold() in vocab.domestic)
        or phrase_key(text[head.end() : extent.end]).endswith(vocab.domestic_owners)
        # "the … Agenda of his government": the owner follows a name ended at its head.
        or phrase_key(text[extent.end : extent.end + _OWNER_AFTER]).startswith(
            vocab.domestic_owners
        )
    )
    initial = _INITIAL.search(text, max(0, start - 12), start) is not None
    # The adjective follows a French head ("agenda national") and precedes an English one.
    adjective = after.group(1).casefold() if after is not None and not vocab.head_last else None
    adjective = premodifiers[0] if vocab.head_last and premodifiers else adjective
    national = (
        phrase_key(head.group()) in vocab.national_heads
        and adjective in vocab.domestic
        and extent.complement
    )
    # Only after a definite article: "They discussed plans for …" names nothing.
    qualified = determiner in vocab.definite and _qualified(adjective, vocab)
    if vocab.head_last and qualified and extent.purpose and needs in ("title", "signature"):
        # "the harmonised plan for the neutralisation of …": the adjective is in the name.
        start = _words_start(text, start, len(premodifiers))
    elif vocab.head_last and (acted_on or item) and start == head.start() and extent.parties:
        # "signed a civil aviation agreement with Orlan": its subject, before the head, names
        # it with its partner.
        subject = list(itertools.takewhile(lambda w: w in vocab.descriptive, premodifiers))
        start = _words_start(text, start, len(subject))
    return Mention(
        start,
        head.start(),
        head.end(),
        extent,
        determiner,
        quoted_to,
        initial,
        domestic,
        quoted_before=quoted_before is not None,
        listed=_LIST_ITEM.search(text, max(0, start - _LIST_REACH), start) is not None,
        title_words=tuple(text[start : head.start()].split()),
        national=national,
        qualified=qualified,
        object_of=object_before(text, start, vocab),
        rank=rank,
        article=article,
    )


def _said(text: str, head_end: int, vocab: AgreementVocabulary) -> bool:
    """Whether a verb follows the head: quotes around it open speech, not a title.

    « L'accord permettra de … », "The agreement will make our forces …": a head and a
    modal or finite verb name nothing.
    """
    after = _NEXT_WORD.match(text, head_end)
    if after is None or not after.group(1).islower():
        return False
    word = phrase_key(after.group(1))
    # English titles are capitalised: a plain word after a lower-case head is a verb
    # ("The agreement makes …"), a link opens a complement ("the "agreement on trade"").
    plain = vocab.head_last and text[head_end - 1].islower() and word not in vocab.links
    return plain or _verb(word, vocab)


def _verb_inside(text: str, start: int, closing: int, vocab: AgreementVocabulary) -> bool:
    """Whether a verb stands between the name read and the closing quote: speech.

    « L'accord de Paris doit être respecté », "The Paris Agreement must be respected": the
    quotes hold a sentence about the instrument, whose name ends where it was read.
    """
    words = _WORDS.findall(text, start, closing)
    return any(w.islower() and _verb(phrase_key(w), vocab) for w in words)


def _verb(word: str, vocab: AgreementVocabulary) -> bool:
    """Whether a lower-case word is a finite verb or an auxiliary ("doit", "permettra", "will")."""
    endings = vocab.verb_endings
    return (
        word in vocab.speech_verbs
        or word in vocab.clause_verbs
        or (len(word) > _MIN_VERB and bool(endings) and word.endswith(endings))
    )


def title_start(text: str, head: re.Match[str], vocab: AgreementVocabulary) -> int | None:
    """Where a title before the head starts, the head if none; None if the head is in one.

    Titles put their words before the head in English only ("the Paris Agreement").
    """
    if not vocab.head_last:
        return head.start()
    if not head.group()[0].isupper() and vocab.head_of(head.group()).needs == "number":
        return head.start()
    # A year titles a capitalised head only: "the 2050 Strategy for …", "the 2005 Agreement
    # Establishing the Forum" are names (the year is no date there, ``temporal``), "the
    # 2022 strategy was reviewed" a strategy of 2022.
    year_title = head.group()[0].isupper()
    start = title_before(text, head.start(), vocab.head, year_title=year_title)
    if start is None or start >= head.start():
        return start
    return _after_coordinated_name(text, start, head, vocab)


def _after_coordinated_name(
    text: str, start: int, head: re.Match[str], vocab: AgreementVocabulary
) -> int:
    """Where a title starts past another instrument's name coordinated before it.

    "the Maseru Security Accord and Electoral Pledge", "the Norland Peace Accord and Kalvora
    Reconciliation Charter": a head with title words of its own, a coordinator, then this
    head's own title words, two names. A head that opens the title or that needs more than
    a title to name anything is a modifier of one name ("the Partnership and Cooperation
    Agreement", "the Kalvora Vision and Strategy Document").
    """
    coordinators = function_words("coordinators")
    cut = start
    for inner in vocab.head.finditer(text, start, head.start()):
        word = _NEXT_WORD.match(text, inner.end())
        if word is None or word.group(1).casefold() not in coordinators:
            continue
        if inner.start() <= cut or vocab.head_of(inner.group()).needs not in _TITLED_NEEDS:
            continue
        title = BLANKS.match(text, word.end())
        cut = title.end() if title is not None else word.end()
    article = _WORD_AND_BLANKS.match(text, cut)
    if cut > start and article is not None and phrase_key(article.group(1)) in vocab.definite:
        cut = article.end()  # "… Accord and the Electoral Pledge"
    return cut if cut < head.start() else start


def _dating_year(text: str, start: int, head_end: int, vocab: AgreementVocabulary) -> int:
    """Where the year dating a capitalised head alone starts, after a definite article.

    "since the 1991 Joint Declaration and the 2001 Action Plan": the year tells which one,
    as a place does ("the Kyoto Protocol"); the head alone ("the Action Plan") refers back.
    """
    year = _YEAR_BEFORE.search(text, max(0, start - _YEAR_REACH), start)
    if year is None or phrase_key(year.group(1)) not in vocab.definite:
        return start
    after = _NEXT_WORD.match(text, head_end)
    link = after.group(1).casefold() if after is not None else ""
    if link in vocab.links and link not in function_words("coordinators"):
        return start  # "the 2015 Agreement on trade": a subject in lower case, no title
    return year.start(2)


def _words_start(text: str, start: int, count: int) -> int:
    """Where the ``count`` words before ``start`` begin."""
    position = start
    for _ in range(count):
        while position > 0 and text[position - 1] in " \t\n":
            position -= 1
        word = _PREVIOUS.search(text, max(0, position - 24), position)
        if word is None:
            break
        position = word.start()
    return position


def _qualified(adjective: str | None, vocab: AgreementVocabulary) -> bool:
    """Whether the word next to the head, on its adjective's side, is a lower-case adjective."""
    return (
        adjective is not None
        and adjective.isalpha()
        and adjective.islower()
        and adjective not in vocab.links
        and adjective not in vocab.stops
        and adjective not in vocab.domestic
    )


def _acronym_title(text: str, start: int, vocab: AgreementVocabulary) -> int:
    """Where an acronym titling a lower-case head starts ("the AUKUS security pact"), or ``start``.

    Only after a definite article: "an EU trade agreement" is one of many.
    """
    match = _ACRONYM_TITLE.search(text, max(0, start - _ACRONYM_TITLE_REACH), start)
    if match is None or match.end() != start:
        return start
    article = _PREVIOUS.search(text, max(0, match.start() - 24), match.start())
    if article is None or phrase_key(article.group(1)) not in vocab.definite:
        return start
    words = [phrase_key(w) for w in match.group().split()[1:]]
    if any(w in vocab.domestic or w in vocab.links or w in vocab.stops for w in words):
        return start
    parts = _PARTY_DASH.split(match.group("name"))
    if not all(part.isupper() or _is_state(part, vocab) for part in parts):
        return start  # "the Sunday trade agreement": no state names it
    return match.start()


def _is_state(word: str, vocab: AgreementVocabulary) -> bool:
    """Whether a capitalised word is a state's name in the gazetteer ("Iran")."""
    table = gazetteer(vocab.language)
    key = table.key_of(word)
    return key is not None and table.entries[key].kind == "state"


def _quoted_title_before(text: str, start: int, vocab: AgreementVocabulary) -> int | None:
    """Where the quoted title closing right before ``start`` opens, or None."""
    closing = start
    while closing > 0 and text[closing - 1] in " \t":
        closing -= 1
    if closing == 0 or closing == start:
        return None
    quote = text[closing - 1]
    openings = [o for o, c in vocab.quotes.items() if c == quote]
    low = max(0, closing - _MAX_QUOTED_BEFORE)
    found = [text.rfind(o, low, closing - 1) for o in openings]
    opening = max(found, default=-1)
    if opening < 0 or "\n" in text[opening:closing]:
        return None
    return opening


def _before(
    text: str, start: int, vocab: AgreementVocabulary
) -> tuple[str, int | None, list[str], int | None]:
    """The determiner before a mention, a quote opening its title, premodifiers, its start.

    English puts adjectives and nouns between the determiner and the head ("a legally
    binding climate change agreement"): up to four lower-case words are skipped.
    """
    position, quote = start, None
    premodifiers: list[str] = []
    drafted = ""
    for _ in range(_MAX_PREMODIFIERS + 2):
        while position > 0 and text[position - 1] in " \t\n":
            position -= 1
        if position > 0 and text[position - 1] in vocab.quotes and quote is None:
            quote = position - 1
            position -= 1
            continue
        if not premodifiers and (alternative := _alternative_before(text, position)) is not None:
            position = alternative  # "a Free Trade Agreement / Economic Partnership Agreement"
            continue
        word = _PREVIOUS_HYPHENATED.search(text, max(0, position - 32), position)
        if word is None:
            break
        folded = phrase_key(word.group(1))
        draft = _draft_before(text, word, folded, vocab)
        if draft is not None:
            position, drafted = draft, "draft"  # « le projet d'accord »: the article before it
            continue
        if folded in vocab.generic or folded in vocab.anaphoric or folded in vocab.definite:
            # '"any deal."', '"a good deal"': quotes around a generic determiner and an English
            # head in lower case quote words, no title ('the "Minsk Agreement"', « «un plan
            # d'action contre …» » are one).
            scare = (
                folded in vocab.generic and vocab.head_last and text[start : start + 1].islower()
            )
            if quote is None and not scare:
                quote = _quote_before(text, word.start(), vocab)
            return folded, quote, premodifiers, word.start(1)
        if not premodifiers and (folded in vocab.ordinals or digit_rank(folded, vocab.language)):
            # "le deuxième mémorandum", "the second memorandum", "le 6ème programme"
            position = word.start()
            continue
        if folded.endswith(("'s", "'")) and vocab.head_last:
            # "New Zealand's in-principle agreement": a possessive determiner.
            return _POSSESSIVE, quote, premodifiers, word.start(1)
        if not vocab.head_last or not _PREMODIFIER.fullmatch(text, word.start(), position):
            break
        if premodifiers and folded in function_words("coordinators"):
            # "a comprehensive and mutually beneficial agreement": coordinated adjectives
            position = word.start()
            continue
        if folded in vocab.links or folded in vocab.stops or len(premodifiers) == _MAX_PREMODIFIERS:
            break
        if folded in vocab.drafts and not premodifiers:
            position, drafted = word.start(), folded  # "the draft agreement", "draft agreement"
            continue
        premodifiers.append(folded)
        position = word.start()
    # "including draft agreement on …", « dont projet d'accord sur … »: a drafted document,
    # its draft noun for a determiner (neither generic nor anaphoric).
    return drafted, quote, premodifiers, None


def _alternative_before(text: str, position: int) -> int | None:
    """Where a first alternative's name starts, a spaced slash before ``position``, or None.

    "a Free Trade Agreement / Economic Partnership Agreement": the determiner before the
    first name is the second's too.
    """
    if "/" not in text[max(0, position - 3) : position]:
        return None
    found = _ALTERNATIVE_BEFORE.search(text, max(0, position - _ALTERNATIVE_REACH), position)
    return None if found is None else found.start()


def _rank_before(text: str, start: int, vocab: AgreementVocabulary) -> int | None:
    """Where a rank in digits right before ``start`` starts ("le 6ème programme"), or None."""
    word = _PREVIOUS.search(text, max(0, start - 24), start)
    if word is None or not digit_rank(phrase_key(word.group(1)), vocab.language):
        return None
    return word.start(1)


def _draft_before(
    text: str, word: re.Match[str], folded: str, vocab: AgreementVocabulary
) -> int | None:
    """Where a draft noun linked to the head starts (« projet d'accord »), or None."""
    if folded not in vocab.links or vocab.head_last:
        return None
    return draft_before(text, word.start(), vocab)


def draft_before(text: str, position: int, vocab: AgreementVocabulary) -> int | None:
    """Where a draft noun ending right before ``position`` starts ("projet ", "draft "), or None.

    « le projet d'accord sur … »: the instrument drafted, not the idiom « d'accord sur ».
    """
    start, stop = token_before(text, position, "-")
    return start if start < stop and phrase_key(text[start:stop]) in vocab.drafts else None


def _quote_before(text: str, position: int, vocab: AgreementVocabulary) -> int | None:
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position - 1 if position > 0 and text[position - 1] in vocab.quotes else None


def party_collection(
    text: str, mention: Mention, head_form: str, vocab: AgreementVocabulary
) -> bool:
    """Whether a plural head titled by one party's name alone is that party's many instruments.

    "ASEAN agreements in force", "the EU agreements with third countries": a party's
    instruments, none named; a place or a person names a set ("the Minsk agreements", "the
    Abraham Accords"), and a quote, number, period or acronym names one.
    """
    if mention.start >= mention.head_start:
        return False
    if phrase_key(head_form) == vocab.head_of(head_form).singular:
        return False
    extent = mention.extent
    if extent.quoted or extent.numbers or extent.period or extent.acronym or extent.symbol:
        return False
    title = text[mention.start : mention.head_start].strip()
    return gazetteer(vocab.language).key_of(title) is not None


def is_statement(
    text: str, mention: Mention, head: Head, vocab: AgreementVocabulary, language: Language
) -> bool:
    """Whether the mention is a statement of persons or the document itself, not an instrument.

    "Déclaration du ministre Champagne …", "a statement by the Minister", « Déclaration de
    Karl Lirov », "this Joint Statement", "le présent communiqué", a statement a sentence
    quotes as its source ("according to the final communiqué", « selon la déclaration
    finale »: ``source_links``). A joint declaration of
    leaders stays an instrument unless it opens the title or a heading (see ``own_title``).
    """
    if head.kind not in vocab.document_kinds or mention.extent.symbol is not None:
        return False  # "its communiqué PSC/PR/COMM.1190 (2023)" is an earlier instrument
    if mention.determiner in vocab.anaphoric or _speech(text, mention, vocab):
        return True
    if vocab.cited.search(text, max(0, mention.head_start - _CITED_REACH), mention.head_start):
        return True  # "according to the final communiqué of the session": a source quoted
    if head.singular in vocab.self_naming:
        return False  # a joint declaration of leaders is an instrument ("Joint Statement by …")
    link = vocab.author.match(text, mention.head_end)
    if link is not None and link.end() > mention.head_end:
        persons = person_vocabulary(language)
        position = link.end()
        # "Déclaration de Jean-Marc X": a person's statement, named by a given name.
        named = given_name_pattern().match(text, position)
        return bool(
            persons.role.match(text, position)
            or persons.honorific.match(text, position)
            or vocab.statement_authors.match(text, position)
            or (named is not None and _CAPITALISED_WORD.match(text, named.end()) is not None)
        )
    return False


def names_itself(text: str, mention: Mention, vocab: AgreementVocabulary) -> bool:
    """Whether a bare genre head presents the text itself, reproduced around it.

    "The following is the joint statement issued …", "the full text of the joint
    statement", « le communiqué conjoint ci-après », "The joint communiqué said:": the
    document (or the statement it reproduces) is no instrument it reports. A head with a
    complement or a title ("the joint statement on maritime cooperation") names one.

    >>> from communique.lexicon.agreements import agreement_vocabulary
    >>> vocab = agreement_vocabulary("en")
    >>> def reads(text):
    ...     return names_itself(text, read_mention(text, vocab.head.search(text), vocab), vocab)
    >>> reads("The joint communiqué said:")
    True
    >>> reads("The joint statement stresses: both sides agree.")
    False
    """
    extent = mention.extent
    if extent.complement or extent.period or extent.proper or extent.acronym:
        return False
    low = max(0, mention.start - _SELF_REFERENCE_REACH)
    return bool(
        vocab.self_reference_before.search(text, low, mention.start)
        or vocab.self_reference_after.match(text, mention.head_end)
    )


def _speech(text: str, mention: Mention, vocab: AgreementVocabulary) -> bool:
    """Whether a speech word qualifies the head ("déclaration liminaire", "opening statement")."""
    if vocab.head_last:
        low = max(0, mention.head_start - _SPEECH_REACH)
        return vocab.speech_act.search(text, low, mention.head_start) is not None
    return vocab.speech_act.match(text, mention.head_end) is not None


def own_title(
    text: str, mention: Mention, head: Head, vocab: AgreementVocabulary, *, title: bool
) -> bool:
    """Whether a genre head opening the title or a heading line names the document itself.

    "Joint communiqué on the occasion of …", "COMMUNIQUÉ ON THE CHAIRPERSON'S VISIT": a
    unit of one line without a sentence's final stop, opening with the head, is a heading;
    a list item ("- Déclaration conjointe sur …", among the texts signed) is not. A
    statement named by a place is an instrument, the document's own too ("DÉCLARATION DE
    LOMÉ", "Kigali Declaration on Ocean Security").
    """
    if head.kind not in vocab.document_kinds or head.singular in vocab.signed_statements:
        return False  # "Statement of Intent between …": a signed instrument
    if mention.extent.period:
        return False  # "… Joint Declaration 2026-2030": a dated instrument
    # "Sommet extraordinaire de la CEDEAO : le communiqué final": a headline's part after its
    # colon or dash opens as the title does.
    if len(text[_segment_start(text, mention.start) : mention.start].split()) > _OWN_TITLE_REACH:
        return False
    if _place_named(text, mention, vocab):
        return False  # "DÉCLARATION DE LOMÉ", "Kigali Declaration on …": a named instrument
    # A preamble's clause ends with a comma: "Recalling the Final Communiqué of …,"; a
    # sentence announcing a list, with a colon ("… was signed. The following …:").
    heading = "\n" not in text.strip() and not text.rstrip().endswith((".", ";", ",", ":"))
    return title or (heading and not mention.listed)


def _segment_start(text: str, end: int) -> int:
    """Where the headline's last part before ``end`` starts: past a colon or a spaced dash."""
    colon = text.rfind(":", 0, end) + 1
    dash = max(text.rfind(f" {mark} ", 0, end) for mark in "-–—")
    return max(colon, dash + 3 if dash >= 0 else 0)


def _place_named(text: str, mention: Mention, vocab: AgreementVocabulary) -> bool:
    """Whether a place names the statement ("Déclaration de Lomé", "the Kigali Declaration").

    Its parties do not: "Japan-Australia Joint Statement", "Ruritania–Freedonia Joint
    Statement on …" is the statement of the two states, the document itself; nor do its
    authors in the possessive ("G7 Foreign Ministers' Joint Communiqué").
    """
    if mention.extent.place:
        return True
    words = text[mention.start : mention.head_start].split()
    if words and words[-1].endswith(("'", "’", "'s", "’s")):
        return False  # "G7 Foreign Ministers' Joint Communiqué": its authors, not a place
    head_word = text[mention.head_start :].split(maxsplit=1)
    if words and head_word and head_word[0].endswith(("'", "’", "'s", "’s")):
        return False  # "G7 Foreign Ministers' Statement": the head's possessive, its authors
    parties = gazetteer(vocab.language)
    # In capitals every word looks like an acronym: "FINAL COMMUNIQUÉ" is read as "Final".
    capitals = text[mention.start : mention.head_end].isupper()
    return (
        bool(words)
        and all(proper_word(_title_case(word) if capitals else word, vocab) for word in words)
        and not all(_PARTIES.fullmatch(w) or parties.key_of(w) for w in words)
    )


def _title_case(word: str) -> str:
    """A word in capitals as a title writes it: "FINAL" → "Final", "EL-SHEIKH" → "El-Sheikh"."""
    return "-".join(part.capitalize() for part in word.split("-"))


def inside_other_name(text: str, mention: Mention) -> bool:
    """Whether the acronym after the mention spells a longer name that starts before it.

    "le Projet d'appui régional à l'initiative pour l'irrigation au Sahel (PARIIS)": the
    acronym names the project, the initiative is only in its complement.
    """
    acronym = mention.extent.acronym
    if acronym is None or mention.start < mention.head_start:
        return False
    short = text[slice(*acronym)]
    if spells(short, text[mention.start : acronym[0] - 1]):
        return False
    low = max(0, mention.start - _OWNER_REACH)
    for word in _CAPITALISED.finditer(text, low, mention.start):
        run = text[word.start() : acronym[0] - 1]
        if word.group()[0] == short[0] and not _BREAK.search(run) and spells(short, run):
            return True
    return False


def in_body_name(text: str, mention: Mention, vocab: AgreementVocabulary) -> bool:
    """Whether a capitalised head ends the name of a body right before it.

    "le Secrétariat exécutif du Conseil de l'Entente à s'engager …", "the Council of the
    Entente": a body's noun and a link before a head with no title of its own make it that
    body's name, no instrument (``owner_nouns``, ``inside_links``, ``definite``).
    """
    if mention.start < mention.head_start or not text[mention.head_start].isupper():
        return False
    after = text[mention.head_end : mention.extent.end].split()
    # "the Council of the Agreement on Fisheries", "le Conseil de l'Accord de Paris": the
    # instrument's own complement or place follows.
    if after and (
        after[0].casefold() in vocab.complement_links or (after[1:2] and after[1][0].isupper())
    ):
        return False
    low = max(0, mention.start - _OWNER_REACH)
    return _owner_before().search(text, low, mention.start) is not None


def in_portfolio(text: str, mention: Mention, language: Language) -> bool:
    """Whether a capitalised head ends an office's portfolio right before it.

    "Minister of Development Strategies and International Trade X", « le Ministre des
    Stratégies de développement »: an office or a ministry (``portfolio_nouns``), its link
    (``portfolio_links``), then only capitalised words up to the head: a post, no
    instrument. In running text only: a headline in Title Case capitalises every word.
    """
    if not text[mention.head_start].isupper():
        return False
    low = max(0, mention.head_start - _PORTFOLIO_REACH)
    if _portfolio_before().search(text, low, mention.head_start) is None:
        return False
    # "Minister of Trade Signs Free Trade Agreement with Valmont": a headline in Title Case
    # capitalises its verb and its instrument as well.
    return sentence_case(text, language)


_PORTFOLIO_REACH: Final = 80
"""Characters before a head read for the office whose portfolio it ends."""


@functools.cache
def _portfolio_before() -> regex.Pattern[str]:
    """An office noun in capitals, its link, then capitalised words ending right before a head."""
    nouns = "|".join(re.escape(w.capitalize()) for w in agreement_words("portfolio_nouns"))
    links = "|".join(re.escape(w).replace("'", "['’]") for w in agreement_words("portfolio_links"))
    joins = "|".join([*map(re.escape, agreement_words("coordinators")), "&"])
    word = r"\p{Lu}[\p{L}'’-]*"
    return compile_regex(
        rf"(?<!\w)(?:{nouns})[ \t]+(?:{links})(?:[ \t]+|(?<=['’]))"
        rf"(?:{word}(?:[ \t]*,)?[ \t]+(?:(?:{joins})[ \t]+)?)*$"
    )


def in_event_name(text: str, mention: Mention, vocab: AgreementVocabulary) -> bool:
    """Whether a capitalised head is a word of an event's or a body's name.

    "the Future Investment Initiative Forum": a body noun in capitals right after the head
    ends the name; « le « Forum Future Investment Initiative 2024 » »: a quoted name opens
    with one before the head (``owner_nouns``, ``event_nouns``).
    """
    if not text[mention.head_start].isupper():
        return False
    nouns = _name_nouns()
    after = _NEXT_WORD.match(text, mention.head_end)
    if after is not None and after.group(1)[0].isupper() and after.group(1).casefold() in nouns:
        return True
    low = max(0, mention.head_start - _QUOTED_EVENT_REACH)
    openings = [text.rfind(quote, low, mention.head_start) for quote in vocab.quotes]
    opening = max(openings, default=-1)
    if opening < 0 or any(
        c in text[opening + 1 : mention.head_start] for c in vocab.quotes.values()
    ):
        return False
    if _theme_before(text, opening, vocab.language):
        return True  # 'under the theme: “SADC Strategy for …”': a slogan
    first = _FIRST_WORD.search(text, opening + 1, mention.head_start)
    return first is not None and first.group(1).casefold() in nouns


def _theme_before(text: str, opening: int, language: Language) -> bool:
    """Whether a theme's noun, maybe with a colon, stands right before an opening quote."""
    word = _THEME_BEFORE.search(text, max(0, opening - _QUOTED_EVENT_REACH), opening)
    return word is not None and phrase_key(word.group(1)) in folded_agreement_words(
        "theme_nouns", language
    )


@functools.cache
def _name_nouns() -> frozenset[str]:
    """Body and event nouns of every shipped language, case-folded."""
    return frozenset(
        w.casefold() for key in ("owner_nouns", "event_nouns") for w in agreement_words(key)
    )


@functools.cache
def _owner_before() -> re.Pattern[str]:
    """A capitalised body noun, a link and an article ending right before a head."""
    owners = "|".join(re.escape(w.capitalize()) for w in agreement_words("owner_nouns"))
    links = "|".join(re.escape(w) for w in agreement_words("inside_links"))
    articles = sorted({w for code in LANGUAGES for w in agreement_vocabulary(code).definite})
    spaced = "|".join(re.escape(w) for w in articles if not w.endswith("'"))
    glued = "|".join(re.escape(w[:-1]) + "['’]" for w in articles if w.endswith("'"))
    article = rf"(?:(?:{spaced})[ \t]+" + (rf"|(?:{glued})" if glued else "") + ")"
    return compile_pattern(rf"(?<!\w)(?:{owners})[ \t]+(?:(?:{links})[ \t]+{article}?|{article})$")


def naming(
    mention: Mention, head_form: str, vocab: AgreementVocabulary, *, signed: bool
) -> Naming | None:
    """Whether the mention names an instrument, and whether it may refer back to one.

    None when the head is only a common noun here ("la résolution du conflit", "le
    protocole sanitaire", "plans to hold elections").
    """
    head = vocab.head_of(head_form)
    if mention.national and mention.determiner in vocab.definite:
        return True, False  # "l'agenda national de transformation …"
    if mention.domestic and not _titled_national(mention, head_form):
        return None
    if head.needs == "number" and not (
        mention.extent.numbers or mention.extent.symbol or _titled_subject(mention, head_form)
    ):
        return None  # "la résolution du conflit"; "la résolution A/HRC/61/L.15" is named
    # English names a place before the head ("the Kyoto Protocol"): "the initiative of
    # France" is France's initiative, "the Treaty of Rome" a title.
    place = mention.extent.place and (not vocab.head_last or head_form[0].isupper())
    if place != mention.extent.place:  # copies only when the reading changes
        mention = attrs.evolve(mention, extent=attrs.evolve(mention.extent, place=place))
    extent = mention.extent
    strong = bool(
        extent.quoted
        or mention.quoted_to
        or extent.acronym
        or extent.numbers
        or extent.place
        or extent.symbol
    )
    quoted = bool(extent.quoted_next or mention.quoted_to or mention.quoted_before)
    strong = strong or mention.quoted_before
    # Title words before the head open the sentence, not the head: its capital is a title's
    # ("Growth Plan for the Northern Region was launched").
    titled_first = mention.initial and mention.start < mention.head_start
    # A signed text opening its list item without an article is written as a title:
    # "1. MOU on Visa Procedures;", "3. Protocol on Phytosanitary Requirements …".
    item = signed and mention.initial and not mention.determiner
    capital = head_form[0].isupper() and (not mention.initial or titled_first or item)
    if not (strong or quoted or extent.period or extent.complement) and _generic_title(
        mention, vocab
    ):
        return False, True  # "the Implementation Plan will be reviewed"
    # A capitalised head alone ("les Accords", "le Protocole") may refer back, not name.
    titled = (
        (capital and (extent.complement or extent.end > mention.head_end))
        or mention.start < mention.head_start
        or extent.titled
        or (head_form[0].isupper() and extent.period_next)  # "Vision 2030" opening a sentence
    )
    if not _needs_met(head.needs, mention, vocab, quoted=quoted, capital=capital, signed=signed):
        return None
    plural = phrase_key(head_form) != head.singular
    if plural and head_form.isupper() and len(head_form) > _ABBREVIATION_LETTERS and not strong:
        # "… SIGNENT DES ACCORDS DE COOPÉRATION": in capitals a plural head's words are no
        # title's; only a place, a number or an acronym names ("LES ACCORDS D'ALGER").
        return False, False
    if (
        plural
        and capital
        and not extent.titled
        and not extent.capital_complement
        and mention.start == mention.head_start
    ):
        # A plural's capital alone names none: "des Accords techniques de partenariat"; a
        # complement in title case does: "the Compacts of Free Association".
        titled = False
    if mention.determiner == _POSSESSIVE:
        # "New Zealand's Refugee Quota Programme": a state's own programme, named only by
        # what it is called ("Japan's "Free and Open Indo-Pacific" plan"); a strong head
        # with a title is named ("Ruritania's Arctic Strategy").
        own_title = mention.start < mention.head_start and head.needs in _STRONG_NEEDS
        # "the AU's Agenda 2063": a capitalised head that needs its capital, and its
        # horizon year, are the programme's name ("the EU's Horizon 2020 programme", a
        # funding scheme named by a "period" head, is not).
        horizon = capital and extent.period_next and head.needs == "capital"
        return (True, False) if strong or own_title or horizon else (False, False)
    if mention.determiner in vocab.anaphoric:
        own = extent.proper or extent.titled or mention.start < mention.head_start
        if titled and not (strong or own):
            # « Cet Accord de partenariat … »: a capital head before a complement in lower
            # case is a name that may restate one named before (``instruments._restated``)
            return True, True
        return _anaphoric(extent, named=strong or titled)
    if mention.determiner in vocab.generic and mention.determiner not in vocab.definite:
        if head.needs == "title" and not (strong or quoted or extent.period or signed):
            # "work on a Closer Economic Partnership", "a Marshall Plan for the region": a
            # weak head's title case after "a" describes what is sought, it names nothing;
            # signed, it is named ("a signé une Entente de coopération …").
            return False, False
        purpose = extent.purpose and extent.proper
        if purpose and not (capital or strong or quoted or signed or extent.titled):
            # "a roadmap for the implementation of the National Strategy 2025-2029": an
            # unnamed text's purpose; its capitals and period name its object, not it.
            return False, False
        if _abbreviated(head_form):  # "an MoU on health": the capitals are no title's
            titled = (
                extent.titled or extent.capital_complement or mention.start < mention.head_start
            )
        if strong or titled or extent.period:
            return True, False
        return (True, False) if signed and not plural and extent.complement else (False, False)
    if plural and not (strong or titled or extent.proper):
        return False, False  # "des accords de coopération", "premiers accords bilatéraux"
    if item and not plural and extent.complement:
        # "- accord-cadre de coopération ;" under « ont signé les accords suivants : », "(1)
        # framework agreement on cooperation": a signed list's item, named by its subject.
        return True, False
    if capital and not titled and not strong:
        return False, not plural
    return _definite(mention, head, head_form, vocab, titled=titled or strong)


def _titled_subject(mention: Mention, head_form: str) -> bool:
    """Whether a numbered kind's head is capitalised inside a sentence before its subject.

    "l'adoption de la Résolution sur l'Ukraine", "the Resolution on Ukraine": written as a
    title, the head and its complement name the text; "la résolution du conflit" does not.
    """
    return head_form[0].isupper() and not mention.initial and mention.extent.complement


def _anaphoric(extent: NameExtent, *, named: bool) -> Naming:
    """An anaphoric mention names an instrument with a name, or with a complement and period.

    "cette feuille de route de coopération 2026-2027" is named by its period and may refer
    to the instrument named in full before (with its parties, say); "ce plan" names none.
    """
    if named:
        return True, False
    return (True, True) if extent.period and extent.complement else (False, False)


def _headline(mention: Mention, head_form: str, *, signed: bool) -> bool:
    """Whether a capitalised head opening its line or sentence is named by a complement and period.

    A title or heading drops the article: "Feuille de route de coopération bilatérale
    2026-2027", "Plan d'action 2026-2030 pour la jeunesse", and a signed statement needs no
    period ("Statement of Intent between … on …"); "Accords de coopération" names none.
    """
    extent = mention.extent
    return head_form[0].isupper() and extent.complement and (bool(extent.period) or signed)


def _titled_national(mention: Mention, head_form: str) -> bool:
    """Whether a national instrument that another one is about is written as a title.

    "le plan d'action de mise en œuvre de la Stratégie nationale Horizon Sahel 2040": both
    are named documents; alone, "la Stratégie nationale de développement 2025-2029" stays
    domestic.
    """
    capital = head_form[0].isupper() and not mention.initial
    return mention.object_of and capital and bool(mention.extent.period or mention.extent.proper)


def _generic_title(mention: Mention, vocab: AgreementVocabulary) -> bool:
    """Whether the title word before the head is a generic one ("Implementation Plan").

    Two capitalised words make a name even when each is generic: "the Regional
    Cooperation Framework" is one document; "the Implementation Plan" refers back to one.
    """
    if mention.start >= mention.head_start:
        return False
    words = mention.title_words
    return len(words) == 1 and phrase_key(words[0]) in vocab.generic_titles


def _needs_met(
    needs: str,
    mention: Mention,
    vocab: AgreementVocabulary,
    *,
    quoted: bool,
    capital: bool,
    signed: bool,
) -> bool:
    """Whether a weak head ("plan", "agenda", "protocol") is itself part of a name.

    "the Pacific Plan", "Agenda 2063", "plan « ReArm Europe »", "protocole de Kyoto", "plan
    franco-japonais …", "Protocol to the Convention …"; not "the WTO agenda", "le protocole
    sanitaire", "dans le cadre du « partenariat d'exception »", and not a lower-case head
    with an acronym ("le programme d'urgence de développement communautaire (PUDC)": a
    domestic programme or a body).
    """
    extent = mention.extent
    # "le programme stratégique du partenariat Arménie-UE": the pair's shared instrument.
    common = capital or extent.place or extent.period_next or extent.paired
    if needs == "acronym":
        return bool(extent.acronym)
    if needs == "capital":
        return common
    if needs == "period":  # "Horizon 2047", "Vision 2030": a capitalised head and its year
        # "à l'horizon 2030" ("by 2030") names none: the head is capitalised.
        return ((capital or mention.initial) and extent.period_next) or quoted
    if needs in ("title", "signature"):
        # "l'initiative Ceinture et Route", "le plan Marshall": a name right after the head;
        # "le plan harmonisé pour la neutralisation …": an adjective and a purpose.
        named = extent.attached or extent.joint or extent.titled or bool(extent.numbers)
        if common or quoted or named or (mention.qualified and extent.purpose):
            return True
        if signed and extent.complement and extent.period:
            # « ont signé le programme de coopération culturelle 2024-2026 »: its term; not
            # a government's own « plan spécial 2024-2025 d'accompagnement … »
            return True
        if _own_title(mention, vocab):
            return True
        # "ont signé une lettre d'intention sur la santé": a form of instrument that is
        # signed is named by its subject too.
        return needs == "signature" and signed and extent.complement
    return True


def _own_title(mention: Mention, vocab: AgreementVocabulary) -> bool:
    """Whether capitalised words before a lower-case weak head are the instrument's own title.

    "the Action for Peacekeeping initiative", "the Team Europe initiative": English names
    an initiative or a plan by the words before it. A party ("the EU initiative", "the
    French plan") or a generic title word ("the Implementation plan") names none, and
    without the definite article the words may open a sentence ("We pledge …").
    """
    if mention.start >= mention.head_start or mention.determiner not in vocab.definite:
        return False
    if _generic_title(mention, vocab):
        return False
    if any(_LOWER_PART.search(w) or w.casefold() in _name_nouns() for w in mention.title_words):
        return False  # "the Japanese-led initiative", "the Ministry initiative": whose, not a name
    table = gazetteer(vocab.language)
    words = [w for w in mention.title_words if w[:1].isupper()]
    return (
        bool(words)
        and table.key_of(" ".join(mention.title_words)) is None
        and not all(table.key_of(w) is not None for w in words)
    )


def _definite(
    mention: Mention, head: Head, head_form: str, vocab: AgreementVocabulary, *, titled: bool
) -> Naming:
    extent = mention.extent
    if titled:
        # "the Agreement" may refer back; "Agenda 2063" is named by its period.
        return True, head_form[0].isupper() and not (extent.complement or extent.period)
    if mention.listed and head_form[0].isupper() and extent.end > mention.head_end:
        return True, False  # "- Accord de coopération en matière de défense" (texts signed)
    signed = head.singular in vocab.signed_statements
    if mention.initial and not mention.determiner and _headline(mention, head_form, signed=signed):
        return True, False  # "Feuille de route de coopération bilatérale 2026-2027" opening a title
    if not mention.determiner or phrase_key(head_form) != head.singular:
        # "reaching agreement with … Indonesia's debt": a bare noun names nothing;
        # "les accords de pêche entre le Sénégal et …" refers to no single instrument.
        return False, not mention.determiner
    if extent.period or extent.proper:
        return True, False
    if head.singular in vocab.self_naming or extent.complement:
        return True, False
    adjectives = extent.end > mention.head_end
    return adjectives, True
