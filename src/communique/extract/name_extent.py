"""The extent of an instrument's name, and the state of the reader that reads it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.name_tokens import TOKEN
from communique.gazetteer import gazetteer
from communique.letters import CAPITAL
from communique.patterncache import compile_pattern
from communique.records import shared_repr

if TYPE_CHECKING:
    from communique.lexicon.agreements import AgreementVocabulary

__all__ = ["NameExtent", "Reader"]


@shared_repr
@attrs.frozen(repr=False)
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
    place: bool = False
    """A capitalised name follows the head's first link ("protocole de Kyoto")."""
    titled: bool = False
    """A capitalised word follows the head without a link ("Plan Marshall")."""
    attached: bool = False
    """The complement attaches it to another instrument ("protocole à l'accord …")."""
    cuts: tuple[tuple[int, int], ...] = ()
    """Spans inside the mention that are no part of the name: another instrument's acronym
    in parentheses, a year dating the instrument ("l'Accord de 2006 sur …")."""
    period_next: bool = False
    """The period follows the head directly ("Agenda 2063", "protocole 2019-2024")."""
    quoted_next: bool = False
    """A quoted title follows the head directly ("plan « ReArm Europe »")."""
    joint: bool = False
    """A shared adjective follows the head ("plan conjoint", "plan franco-japonais")."""
    symbol: tuple[int, int] | None = None
    """Span of a document symbol naming the instrument ("Communiqué PSC/PR/COMM.1185")."""
    year: str | None = None
    """The year in parentheses after the symbol ("(2023)")."""
    parties: int | None = None
    """Where a link opening the instrument's parties or partner stands in the name
    ("between Fiji and Japan", "with Canada", "entre le Royaume …")."""
    purpose: bool = False
    """The first complement states a purpose ("pour la neutralisation …", "visant à …")."""
    capital_complement: bool = False
    """The complement's first word is capitalised, as a title's ("of Free Association")."""
    paired: bool = False
    """A word of the name pairs two parties with a hyphen ("du partenariat Arménie-UE",
    "Japan-France"): the instrument they share."""


@shared_repr
@attrs.define(repr=False)
class Reader:
    """The state of reading one name after its head: where it stands, what it has read."""

    text: str
    vocab: "AgreementVocabulary"  # noqa: UP037 (mypyc: a name imported for typing only)
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
    phrase_start: int = 0
    """Where the words after the last link start."""
    place: bool = False
    titled: bool = False
    attached: bool = False
    cuts: list[tuple[int, int]] = attrs.Factory(list)
    period_next: bool = False
    quoted_next: bool = False
    joint: bool = False
    links_read: set[str] = attrs.Factory(set)
    infinitive: bool = False
    """A participle of the name governs an infinitive ("tendant à éviter …"), which the name
    may coordinate ("… et à prévenir …")."""
    parties: int | None = None
    purpose: bool = False
    open_purpose: bool = False
    first_word: int = -1
    """Where the first word of the complement (or of its last subject) starts."""
    first_capital: bool | None = None
    """Whether that word is capitalised: a coordinated part of the name is written alike
    ("on Student Mobility and the Mutual Recognition of Diplomas"; "de l'UEMOA sur la libre
    circulation et le droit d'établissement")."""
    subject_opened: bool = False
    """A link opening a subject or purpose was read ("sur", "on", "pour", "for")."""
    outcome: bool = False
    """The head is a meeting's outcome document (see ``read_extent``)."""

    def extent(self, numbers: tuple[tuple[int, int], ...]) -> NameExtent:
        """The name read so far, with the ``numbers`` read after its head."""
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
            self.place,
            self.titled,
            self.attached,
            tuple(self.cuts),
            self.period_next,
            self.quoted_next,
            self.joint,
            parties=self.parties,
            purpose=self.purpose,
            capital_complement=bool(self.first_capital),
            paired=_pairs_parties(self.text, self.head_end, self.end, self.vocab),
        )


def _pairs_parties(text: str, start: int, end: int, vocab: AgreementVocabulary) -> bool:
    """Whether two parties joined by a hyphen in ``text[start:end]`` qualify the named thing.

    The pair stands right after the head, or after one word of it ("programme stratégique
    Arménie-UE"), or qualifies a relationship noun (``pair_nouns``: "du partenariat
    Maroc-UE"); "the agenda of the EU-China summit" qualifies an event, no instrument.
    """
    parties = gazetteer(vocab.language)
    for pair in _PARTY_PAIR.finditer(text, start, end):
        if parties.key_of(pair.group(1)) is None or parties.key_of(pair.group(2)) is None:
            continue
        after = (
            TOKEN.match(text, pair.end() + 1) if text[pair.end() : pair.end() + 1] == " " else None
        )
        if after is not None and after.group().casefold() in vocab.pair_nouns:
            return True  # "of the Morocco-EU partnership"
        if after is not None and after.group().casefold() not in vocab.links:
            continue  # "… EU-China summit": the pair's event
        words = [w.casefold() for w in TOKEN.findall(text, start, pair.start())]
        nouns = [w for w in words if w not in vocab.links and w not in vocab.definite]
        if len(words) <= 1 or (nouns and nouns[-1] in vocab.pair_nouns):
            return True
    return False


_PARTY_PAIR: Final = compile_pattern(rf"(?<![\w-])({CAPITAL}\w*+)[-–]({CAPITAL}\w*+)(?![\w-])")
"""Two capitalised words joined by a hyphen or a dash, as a pair of parties is written."""
