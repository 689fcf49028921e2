"""Link instrument mentions into agreements, one per instrument, and build the acronym index.

Mentions join by acronym, then by normalised name; a definite short form ("l'accord
nucléaire", "le Livre blanc") joins the last instrument of its head whose name it begins;
generic plurals ("des accords d'accès réciproques") and acronym-only uses ("le TNP") join
the instrument they name; a title given in another language in parentheses is a mention.
Each status phrase takes the first date mentioned in its clause.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from typing import TYPE_CHECKING, Final

import attrs

from communique.gazetteer import gazetteer
from communique.letters import CAPITAL
from communique.lexicon.agreements import agreement_vocabulary, agreement_words
from communique.model import Acronym, Agreement, StatusEvent
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.resolve.short_forms import informal_name_of, short_form_of
from communique.resolve.spelled_heads import spelled_out_hits
from communique.wordsearch import find_words
from communique.wordtrie import phrase_key

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from communique.document import Document, InstrumentHit, StatusHit
    from communique.model import DateMention, Language

__all__ = ["link_agreements"]

_REFERRAL_REACH: Final = 32
_NAME_WORD: Final = compile_pattern(r"[^\W\d_][\w'’-]*")
_OPENING: Final = compile_pattern(r"\s*\(\s*")
_CLOSING: Final = compile_pattern(r"\s*\)")
"""A closing bracket right after a name: the name fills the brackets."""
_BRACKET_REACH: Final = 3
"""Names read back for the one a bracketed name follows (a name inside it ends there too)."""
_NAME_AFTER: Final = 40
"""Characters after an instrument's mention read for the rest of a person's name."""
_NAME_WORDS_AFTER: Final = 3
"""Words after it that may finish the name ("de Valmont")."""
_ALIAS_REACH: Final = 40
"""Characters between an instrument's name and another name given to it ("…, often
referred to as the …")."""
_ACRONYM_WORD: Final = compile_pattern(rf"{CAPITAL}{{2,8}}")
"""An opening parenthesis between a name and its short name in brackets."""
_NAMED_WORD: Final = compile_pattern(rf"(?<![\w'’-]){CAPITAL}[\w'’-]*")
"""A capitalised word: a name among an instrument's parties."""
_SENTENCE_END: Final = compile_pattern(rf"[.!?…][ \t]*\n|[.!?…][ \t]+{CAPITAL}")
"""A sentence's end: its stop and a line break or a capital."""
_MIN_INITIALS: Final = 3
_MIN_BARE_WORDS: Final = 2
"""A name cut before its parties keeps more words than a head and a link ("accord de")."""
_MAX_INITIALS: Final = 8
# "le protocole 2019-2024" names a protocol by its period; a single year is the name itself
# ("Agenda 2063", "Vision 2030").
_PERIOD_ONLY: Final = compile_pattern(r"\s+\d{4}\s*[-–]\s*\d{2,4}")


@functools.lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """Comparison key of a name: no case, accents or plural "s", quotes unified.

    Cached: linking compares the same few names many times.
    """
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'").casefold())
    plain = decomposed.encode("ascii", "ignore").decode("ascii")
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in plain.split())


@shared_repr
@attrs.define(repr=False)
class _Instrument:
    hits: list[InstrumentHit]
    spans: set[tuple[int, int]] = attrs.Factory(set)
    fullest: str | None = None
    """The longest specific name so far, kept as hits come: linking asks for it often."""
    implied: str | None = None
    """The initials of its title-case name, used as a word in the text ("a FTA" after "a Free
    Trade Agreement")."""
    pair: frozenset[str] | None = None
    """The parties of the pair that opens one of its names ("Australia-Indonesia …"), if any."""

    @property
    def first(self) -> InstrumentHit:
        return self.hits[0]

    @property
    def acronym(self) -> str | None:
        return next((h.acronym for h in self.hits if h.acronym), None) or self.implied

    @property
    def name(self) -> str:
        """The fullest name used."""
        return self.fullest if self.fullest is not None else self.first.name

    def add(self, hit: InstrumentHit) -> None:
        self.hits.append(hit)
        if hit.specific and (self.fullest is None or len(hit.name) > len(self.fullest)):
            self.fullest = hit.name
        self.spans.add((hit.start, hit.end))


def link_agreements(doc: Document) -> Document:
    """Set ``doc.agreements`` and ``doc.acronyms``."""
    doc = doc.evolve(instrument_hits=spelled_out_hits(doc))
    longs = {hit.short: hit.long for hit in doc.acronym_hits if hit.long}
    alias_heads = agreement_vocabulary(doc.lang).alias_heads
    opener = agreement_vocabulary(doc.lang).alias_opener
    parties = _parties_cut(agreement_vocabulary(doc.lang).party_links)
    words = _content_words(doc.lang)
    hits = _not_persons_own(doc, words)
    instruments = _group(
        hits,
        longs,
        words,
        alias_heads,
        doc.original,
        opener,
        parties,
        doc.lang,
    )
    _join_generic(instruments, hits)
    _imply_acronyms(doc, instruments)
    acronyms = _acronyms(doc, instruments)
    dates = _Dates.of_document(doc)
    agreements = tuple(_agreement(doc, instrument, dates) for instrument in instruments)
    return doc.evolve(agreements=agreements, acronyms=acronyms)


def _not_persons_own(
    doc: Document, words: Callable[[str, str], list[str]]
) -> tuple[InstrumentHit, ...]:
    """The hits but a person's own: « l'agenda de Tavel », "the programme of Anna Serel".

    A head linked to nothing but the words of a person's name is that person's schedule or
    plan, not a named instrument; a name set right after the head ("the Juncker Plan",
    « le plan Marshall ») stays one.
    """
    # The family name must be among the words: "the Declaration of Sofia" beside a person
    # called Sofia Lirov names a place.
    names = [
        (frozenset(parts), parts[-1])
        for parts in (_key(person.name).split() for person in doc.persons)
        if parts
    ]
    if not names:
        return doc.instrument_hits
    links = {_key(w) for w in agreement_vocabulary(doc.lang).links}

    def owned(hit: InstrumentHit) -> bool:
        rest = _key(hit.name)[len(_key(hit.head)) :].replace("'", "' ").split()
        content = words(hit.name, hit.head)
        if not (rest and content and rest[0] in links):
            return False
        after = _key(doc.original[hit.end : hit.end + _NAME_AFTER]).split()[:_NAME_WORDS_AFTER]
        # "the roadmap of Olga Renn", "… of Paul de Valmont": the name read may stop early.
        return any(
            set(content) <= name and (family in content or family in after)
            for name, family in names
        )

    return tuple(hit for hit in doc.instrument_hits if not owned(hit))


def _content_words(language: Language) -> Callable[[str, str], list[str]]:
    """Content words of a name: no article, link or word of its head ("accord", "of")."""
    vocab = agreement_vocabulary(language)
    function = {_key(w) for w in vocab.links | vocab.definite | vocab.generic}

    def words(name: str, head: str) -> list[str]:
        skipped = function | set(_key(head).replace("'", " ").split())
        return [w for w in _key(name).replace("'", " ").split() if w not in skipped]

    return words


def _group(
    hits: tuple[InstrumentHit, ...],
    longs: dict[str, str],
    words: Callable[[str, str], list[str]],
    alias_heads: frozenset[str] = frozenset(),
    text: str = "",
    alias_opener: re.Pattern[str] | None = None,
    parties: re.Pattern[str] | None = None,
    language: Language | None = None,
) -> list[_Instrument]:
    instruments: list[_Instrument] = []
    previous: tuple[InstrumentHit, _Instrument] | None = None
    by_acronym: dict[str, _Instrument] = {}
    by_key: dict[str, _Instrument] = {}
    # Names without the parties that end them ("… entre A et B"), for mentions without them.
    by_bare: dict[str, _Instrument] = {}
    bare_parties: dict[str, frozenset[str]] = {}  # the parties each bare name was told with
    # "resolution 2722" after "Security Council resolution 2722 (2024)": the number names it.
    by_number: dict[tuple[str, str], _Instrument] = {}
    by_head: dict[str, list[_Instrument]] = {}
    translations: list[tuple[int, int, _Instrument]] = []
    recent: tuple[tuple[InstrumentHit, _Instrument], ...] = ()  # the last few, last at the end
    for hit in hits:
        if not hit.specific and not hit.referring:
            continue
        bare = _without_parties(hit.name, parties, language)
        target = by_acronym.get(hit.acronym or "")
        if target is not None and _other_of_kind(target, hit, language):
            target = None  # "a Memorandum … (MoU) on trade", then "… (MoU) on health": two
        name_key = _key(_head_spelled(hit.name, language))
        target = target or by_key.get(name_key)
        # "la Feuille de route … 2026-2027 entre A et B", then "cette feuille de route …
        # 2026-2027": one instrument, named with its parties once.
        # "… global entre le Canada et l'UE", then "… global Canada - UE": both with parties,
        # the same ones (« … Chili - Pérou » is another instrument than « … entre le Chili et
        # la Norvège »).
        if bare:
            target = target or by_key.get(_key(bare))
            joined = by_bare.get(_key(bare))
            if target is None and joined is not None and language is not None:
                keys = _party_keys(hit.name[len(bare) :], language)
                told = bare_parties.get(_key(bare), keys)
                apart = _listed_apart(text, joined, hit, len(bare), language)
                target = joined if _same_parties(keys, told) and not apart else None
        else:
            target = target or by_bare.get(_key(hit.name))
        # "Defence Cooperation Agreement" in the title, then "the Australia-Indonesia Defence
        # Cooperation Agreement": the pair of parties before the name adds none of its own.
        paired = _without_leading_pair(hit.name, language)
        if target is None and paired is not None:
            target = by_key.get(_key(_head_spelled(paired[0], language)))
            if target is not None and target.pair not in (None, paired[1]):
                target = None  # "Canada-EU Trade Agreement" after "Canada-Mexico …": another
        short = _parenthesised_acronym(text, previous[0], hit) if previous else None
        if target is None and previous is not None and short is not None:
            target = previous[1]  # "the Agreement on … (BBNJ Agreement)": its short name
            target.implied = target.implied or short
            by_acronym.setdefault(short, target)
        if target is None:
            target = _bracketed_name_of(text, recent, hit)
        if (
            target is None
            and previous is not None
            and _other_name(text, previous[0], hit, alias_opener)
        ):
            target = previous[1]  # "the BBNJ Agreement, often referred to as the High Seas Treaty"
        if target is None and hit.number is not None:
            target = by_number.get((hit.head, hit.number))
        target = target or _translated(translations, hit) or _dated(by_head, hit)
        if target is None and hit.referring:
            target = _referred(by_head.get(hit.head, []), hit)
        if target is None and hit.specific:
            target = _owned_or_dated_form(by_head.get(hit.head, []), hit)
        if target is None:  # "the Implementation Plan" after the full name refers to it
            target = short_form_of(by_head.get(hit.head, []), hit, longs, words) or (
                # "the Ocean Floor Treaty" after the "Agreement on Ocean Floor Minerals"
                informal_name_of(instruments, hit, alias_heads, longs, words)
                if hit.specific
                else None
            )
        if target is None:
            if not hit.specific:
                continue
            target = _Instrument([])
            instruments.append(target)
            by_head.setdefault(hit.head, []).append(target)
        target.add(hit)
        if paired is not None and target.pair is None:
            target.pair = paired[1]
        if hit.translation is not None:
            translations.append((*hit.translation, target))
        if hit.acronym:
            by_acronym.setdefault(hit.acronym, target)
        if hit.specific:
            by_key.setdefault(name_key, target)
            if bare:
                by_bare.setdefault(_key(bare), target)
                if language is not None:
                    keys = _party_keys(hit.name[len(bare) :], language)
                    bare_parties.setdefault(_key(bare), keys)
            if hit.number is not None:
                by_number.setdefault((hit.head, hit.number), target)
        previous = (hit, target)
        recent = (*recent[1 - _BRACKET_REACH :], previous)
    return instruments


def _head_spelled(name: str, language: Language | None) -> str:
    """``name`` with an abbreviated head written out: "MoU on trade" → "memorandum of …".

    The same instrument is named either way ("the Memorandum of Understanding on Trade",
    then "the MoU on trade"); only the key compares them so (``spelled_heads`` decides how
    a name is written).
    """
    if language is None:
        return name
    vocab = agreement_vocabulary(language)
    head = vocab.head.search(name)
    if head is None:
        return name
    written_out = vocab.head_of(head.group()).written_out
    if written_out is None:
        return name
    return f"{name[: head.start()]}{written_out}{name[head.end() :]}"


def _same_parties(keys: frozenset[str], told: frozenset[str]) -> bool:
    """Whether parties named after a name may be the ones it was first told with.

    None named, the same, or fewer of them written otherwise ("between the Chinese Ministry
    … and UNDESA" after "between the Ministry … of China and the Department … of the United
    Nations"): a party the other lacks on both sides tells two instruments ("… entre le Chili
    et la Norvège", "… entre le Chili et le Pérou").
    """
    return not keys or keys <= told or told <= keys


def _listed_apart(
    text: str, instrument: _Instrument, hit: InstrumentHit, bare_length: int, language: Language
) -> bool:
    """Whether ``hit`` stands in a sentence that names ``instrument`` with other parties.

    "(iv) Memorandum … on Friendship between Kalvora Province, Valmont and …; (v)
    Memorandum … on Friendship between Ardel Province, Valmont and …": a sentence that
    names the same instrument twice with other names among its parties (past the first
    ``bare_length`` characters, states aside: « … entre le Chili et la Norvège » then «
    … Chili - Norvège » is one) lists two. A later sentence may name the parties of the
    same one otherwise ("between the French Ministry … and UNDESA").
    """
    names = _party_names(hit.name[bare_length:], language)
    return bool(names) and any(
        other.paragraph == hit.paragraph
        and other.end <= hit.start
        and text.find("\n", other.end, hit.start) == -1
        and _SENTENCE_END.search(text, other.end, hit.start) is None
        and (others := _party_names(other.name[bare_length:], language))
        and others != names
        for other in instrument.hits
    )


@functools.lru_cache(maxsize=1024)
def _party_names(tail: str, language: Language) -> frozenset[str]:
    """The capitalised words of an instrument's parties that name no state or body."""
    states = [(found.start, found.end) for found in gazetteer(language).find(tail)]
    return frozenset(
        word.group()
        for word in _NAMED_WORD.finditer(tail)
        if not any(start <= word.start() < end for start, end in states)
    )


def _other_of_kind(target: _Instrument, hit: InstrumentHit, language: Language | None) -> bool:
    """Whether ``hit`` and ``target`` share only their head's short form, named otherwise.

    "a Memorandum of Understanding (MoU) on trade" and "a Memorandum of Understanding (MoU)
    on health": "MoU" is what every memorandum is called, not which; two names past the
    head tell two instruments. A bare "the MoU" still joins the one it stands for.
    """
    if language is None or hit.acronym is None:
        return False
    vocab = agreement_vocabulary(language)
    if vocab.head.fullmatch(hit.acronym) is None:
        return False
    names = (_key(hit.name), _key(target.name))
    heads = {_key(head) for head in (hit.head, target.first.head)}
    return names[0] != names[1] and not heads & set(names)


@functools.cache
def _parties_cut(links: frozenset[str]) -> re.Pattern[str] | None:
    """Matches the parties that end a name: " entre …", " between …"."""
    if not links:
        return None
    words = "|".join(sorted(map(re.escape, links)))
    return compile_pattern(rf"\s+(?:{words})\s.*", re.IGNORECASE | re.DOTALL)


def _without_parties(
    name: str, parties: re.Pattern[str] | None, language: Language | None = None
) -> str | None:
    """The name without the parties that end it, or None when it names none.

    Only a name that keeps content words before its parties ("feuille de route de
    coopération 2026-2027 entre …"), not a bare head ("accord entre …", "memorandum of
    understanding between …"). The parties may be a pair across a spaced dash ("… global
    Canada - Union européenne").
    """
    found = parties.search(name) if parties is not None else None
    if found is not None:
        bare = name[: found.start()]
    elif language is not None and (paired := _paired_parties_start(name, language)) is not None:
        bare = name[:paired]
    else:
        return None
    if language is not None and phrase_key(bare) in agreement_vocabulary(language).heads:
        return None
    return bare if len(bare.split()) > _MIN_BARE_WORDS else None


_SPACED_DASH: Final = compile_pattern(r"\s+[–—-]\s+")
"""A dash set off by spaces, between two parties ("Canada - Union européenne")."""


def _party_keys(tail: str, language: Language) -> frozenset[str]:
    """The parties named in the tail of a name ("entre le Chili et la Norvège", "Chili - Pérou")."""
    return frozenset(key for hit in gazetteer(language).find(tail) for key in hit.keys)


def _paired_parties_start(name: str, language: Language) -> int | None:
    """Where a pair of parties across a spaced dash ends the name ("Canada - Union européenne")."""
    hits = gazetteer(language).find(name)
    if len(hits) < 2 or name[hits[-1].end :].strip():
        return None
    first, last = hits[-2], hits[-1]
    dash = _SPACED_DASH.fullmatch(name, first.end, last.start)
    return first.start if dash is not None else None


_PAIR_JOIN: Final = compile_pattern(r"[ \t]*[-–—/][ \t]*")
"""What joins a pair of parties before a name: "Australia-Indonesia", "Canada – EU"."""


def _without_leading_pair(
    name: str, language: Language | None
) -> tuple[str, frozenset[str]] | None:
    """``name`` without the pair of parties that opens it, and their keys, if one does.

    "Australia-Indonesia Defence Cooperation Agreement" → "Defence Cooperation Agreement".
    """
    if language is None:
        return None
    hits = gazetteer(language).find(name)
    if not hits or hits[0].start != 0:
        return None
    if hits[0].form == "compound":  # "Australia-Indonesia", "Franco-German": one hit
        end, keys = hits[0].end, frozenset(hits[0].keys)
    elif len(hits) > 1 and _PAIR_JOIN.fullmatch(name, hits[0].end, hits[1].start) is not None:
        end, keys = hits[1].end, frozenset((*hits[0].keys, *hits[1].keys))
    else:
        return None
    rest = name[end:]
    return (rest.strip(), keys) if rest[:1].isspace() and rest.strip() else None


def _other_name(
    text: str, before: InstrumentHit, hit: InstrumentHit, opener: re.Pattern[str] | None
) -> bool:
    """Whether ``hit`` is another name given to ``before`` right after it ("known as …")."""
    if opener is None or not text or not 0 <= hit.start - before.end <= _ALIAS_REACH:
        return False
    return opener.search(text, before.end, hit.start) is not None


def _parenthesised_acronym(text: str, before: InstrumentHit, hit: InstrumentHit) -> str | None:
    """The acronym leading ``hit`` when it is a short name in parentheses right after ``before``.

    "the Agreement on Marine Biodiversity (BBNJ Agreement)": one instrument, whose acronym
    the brackets give with its head.
    """
    if (
        not text
        or before.end > hit.start
        or _OPENING.fullmatch(text, before.end, hit.start) is None
    ):
        return None
    first = _NAME_WORD.match(text, hit.start)
    word = first.group() if first else ""
    return word if _ACRONYM_WORD.fullmatch(word) else None


def _bracketed_name_of(
    text: str, recent: tuple[tuple[InstrumentHit, _Instrument], ...], hit: InstrumentHit
) -> _Instrument | None:
    """The instrument a name in brackets right after it names again, under the same head.

    « le protocole portant amendement de la convention relative à … (protocole de Valmont) »:
    the brackets hold the protocol's short name (the convention named inside the long one
    ends at the same place, under another head).
    """
    if not text or _CLOSING.match(text, hit.end) is None:
        return None
    for before, instrument in reversed(recent):
        if (
            before.head == hit.head
            and before.end <= hit.start
            and _OPENING.fullmatch(text, before.end, hit.start) is not None
        ):
            return instrument
    return None


def _translated(
    translations: list[tuple[int, int, _Instrument]], hit: InstrumentHit
) -> _Instrument | None:
    """The instrument whose parenthesised other title holds the mention ("… (Accord d'Alger)")."""
    for start, end, instrument in reversed(translations[-_REFERRAL_REACH:]):
        if start <= hit.start and hit.end <= end:
            return instrument
    return None


def _dated(by_head: dict[str, list[_Instrument]], hit: InstrumentHit) -> _Instrument | None:
    """The last instrument of the head that a head-and-period short form names.

    "le protocole 2019-2024" after "le Protocole à l'Accord de partenariat …": the period
    tells which protocol, the name was given before.
    """
    if not hit.specific or not _PERIOD_ONLY.fullmatch(hit.name, len(hit.head)):
        return None
    recent = by_head.get(hit.head, [])[-_REFERRAL_REACH:]
    named = [i for i in recent if not _PERIOD_ONLY.fullmatch(i.name, len(hit.head))]
    return named[-1] if named else None


_OWNER: Final = compile_pattern(r"(?P<owner>[A-Z]{2,8})\s+(?=\w)")
"""An organisation's acronym opening an instrument's name: "WHO Country Cooperation …"."""


def _core(name: str) -> tuple[str, str | None, str | None]:
    """A name's key without its owner's acronym before it nor its period after it.

    "WHO Country Cooperation Strategy 2024-2028" → ("country cooperation strategy", "WHO",
    "2024-2028").
    """
    period = _PERIOD_ONLY.search(name)
    end = period.start() if period is not None and period.end() == len(name) else len(name)
    owner = _OWNER.match(name, 0, end)
    return (
        _key(name[owner.end() if owner else 0 : end]),
        owner.group("owner") if owner else None,
        _key(name[end:]) if end < len(name) else None,
    )


def _owned_or_dated_form(same_head: list[_Instrument], hit: InstrumentHit) -> _Instrument | None:
    """The recent instrument the hit names with its owner or its period added or left out.

    "the Country Cooperation Strategy", then "the WHO Country Cooperation Strategy
    2024-2028": one strategy. Not when both give an owner or a period and they differ
    ("the UNDP Country Programme 2019-2023" is not the one for 2024-2028).
    """
    key, owner, period = _core(hit.name)
    if len(key.split()) < _MIN_BARE_WORDS:
        return None  # "Strategy 2024-2028": the head and its period alone
    for instrument in reversed(same_head[-_REFERRAL_REACH:]):
        theirs, their_owner, their_period = _core(instrument.name)
        if theirs != key or (owner, period) == (their_owner, their_period):
            continue
        if owner and their_owner and owner != their_owner:
            continue
        if period and their_period and period != their_period:
            continue
        return instrument
    return None


def _referred(same_head: list[_Instrument], hit: InstrumentHit) -> _Instrument | None:
    """The last instrument of the same head whose name begins with the short form's.

    A short form refers back to a recent instrument: only the last ``_REFERRAL_REACH``
    of its head are read, which keeps long texts linear.
    """
    key = _key(hit.name)
    for instrument in reversed(same_head[-_REFERRAL_REACH:]):
        if _key(instrument.name).startswith(key):
            return instrument
    return None


def _join_generic(instruments: list[_Instrument], hits: tuple[InstrumentHit, ...]) -> None:
    """Generic mentions that spell an instrument's name ("des accords d'accès réciproques")."""
    by_key = {_key(h.name): instrument for instrument in instruments for h in instrument.hits}
    for hit in hits:
        if not hit.specific and not hit.referring and _key(hit.name) in by_key:
            by_key[_key(hit.name)].add(hit)


def _imply_acronyms(doc: Document, instruments: list[_Instrument]) -> None:
    """Give an instrument the initials of its title-case name when the text uses them.

    "… negotiations for a Free Trade Agreement. … a FTA will support growth": the short form
    is used, not defined. Initials the text defines for something else are not taken.
    """
    defined = {hit.short for hit in doc.acronym_hits}
    defined.update(i.acronym for i in instruments if i.acronym)
    candidates: dict[str, _Instrument] = {}
    for instrument in instruments:
        first = instrument.first
        short = _initials(doc.original[first.start : first.end])
        if short is not None and short not in defined and instrument.acronym is None:
            candidates.setdefault(short, instrument)
    for short in _uses(doc, list(candidates)):
        candidates[short].implied = short


def _initials(name: str) -> str | None:
    """The initials of a title-case name of three words or more, small words skipped."""
    words = [w for w in _NAME_WORD.findall(name) if w.casefold() not in _skipped()]
    if not _MIN_INITIALS <= len(words) <= _MAX_INITIALS or not all(w[0].isupper() for w in words):
        return None
    return "".join(w[0] for w in words)


@functools.cache
def _skipped() -> frozenset[str]:
    """Small words that initials skip ("of", "de"), in every shipped language."""
    return frozenset(agreement_words("acronym_skipped"))


def _acronyms(doc: Document, instruments: list[_Instrument]) -> tuple[Acronym, ...]:
    """Every defined short form with its long form and uses.

    Instruments give the long form of short forms in another language ("accord d'accès
    réciproque (RAA)").
    """
    longs: dict[str, str] = {}
    for instrument in instruments:
        # "the BBNJ Agreement" spells out no long form of "BBNJ".
        if instrument.acronym and instrument.acronym not in instrument.name.split():
            longs.setdefault(instrument.acronym, instrument.name)
    for hit in doc.acronym_hits:
        if hit.long:
            longs.setdefault(hit.short, hit.long)
    uses = _uses(doc, list(longs))
    by_short = {i.acronym: i for i in instruments if i.acronym}
    acronyms = []
    for short, long in longs.items():
        spans = uses.get(short, [])
        acronyms.append(Acronym(short, long, tuple(doc.mention(*span) for span in spans)))
        if short in by_short:
            own = by_short[short]
            # A short form opening another instrument's name ("an MoU on Trade" after
            # "Memoranda of Understanding (MoU)") is a word of that name, not a use.
            others = _Spans.of(
                (h.start, h.end) for i in instruments if i is not own for h in i.hits
            )
            own.spans.update(span for span in spans if not others.cover(*span))
    return tuple(acronyms)


def _uses(doc: Document, shorts: list[str]) -> dict[str, list[tuple[int, int]]]:
    """Where each short form stands as a word in the title and paragraphs, in one pass."""
    if not shorts:
        return {}
    ranges = [(p.start, p.end) for p in doc.paragraphs]
    if doc.title is not None:
        ranges.insert(0, doc.title.span(0, len(doc.title.text)))
    uses: dict[str, list[tuple[int, int]]] = {}
    for start, end in ranges:
        # "l'AIG" counts: an apostrophe before an upper-case short form is an elision.
        for short, first, last in find_words(doc.original, shorts, start, end, elision=True):
            uses.setdefault(short, []).append((first, last))
    for found in uses.values():
        found.sort()
    return uses


def _agreement(doc: Document, instrument: _Instrument, dates: _Dates) -> Agreement:
    spans = set(instrument.spans)
    for hit in instrument.hits:
        spans.add((hit.start, hit.end))
        if hit.translation is not None:
            spans.add(hit.translation)
    # A mention inside another of the same instrument ("RAA" in "… (RAA)") is not repeated.
    kept, reach = [], -1
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if end > reach:  # no span before it (starting earlier, or as early and longer) holds it
            kept.append((start, end))
        reach = max(reach, end)
    first = instrument.first
    return Agreement(
        name=instrument.name,
        acronym=instrument.acronym,
        kind=first.kind,
        mentions=tuple(doc.mention(*span) for span in sorted(kept)),
        status=_statuses(doc, instrument, dates),
        number=first.number,
        year=next((h.year for h in instrument.hits if h.year), None),
        body=next((h.body for h in instrument.hits if h.body), None),
    )


def _statuses(doc: Document, instrument: _Instrument, dates: _Dates) -> tuple[StatusEvent, ...]:
    seen: dict[tuple[str, int], StatusEvent] = {}
    # A year inside the instrument's own name ("« Horizon 2030 »") does not date its status.
    names = _Spans.of((hit.start, hit.end) for hit in instrument.hits)
    for hit in instrument.hits:
        for status in hit.statuses:
            key = (status.status, status.start)
            if key not in seen:
                seen[key] = StatusEvent(
                    status.status, doc.mention(status.start, status.end), dates.of(status, names)
                )
    return tuple(sorted(seen.values(), key=lambda event: event.mention.start))


@shared_repr
@attrs.frozen(repr=False)
class _Spans:
    """Spans sorted by start with the running maximum of their ends, to test cover by bisection."""

    starts: list[int]
    reach: list[int]

    @classmethod
    def of(cls, spans: Iterable[tuple[int, int]]) -> _Spans:
        ordered = sorted(spans)
        reach = list(itertools.accumulate((end for _, end in ordered), max))
        return cls([start for start, _ in ordered], reach)

    def cover(self, start: int, end: int) -> bool:
        """Whether one of the spans holds ``[start, end)``."""
        index = bisect.bisect_right(self.starts, start) - 1
        return index >= 0 and self.reach[index] >= end


@shared_repr
@attrs.frozen(repr=False)
class _Dates:
    """The document's dated mentions by start, to find those of a span by bisection."""

    starts: list[int]
    dates: list[DateMention]

    @classmethod
    def of_document(cls, doc: Document) -> _Dates:
        # A year inside any instrument's name ("… and the Plan 2025–2030") dates no status.
        names = _Spans.of((hit.start, hit.end) for hit in doc.instrument_hits)
        dates = sorted(
            (
                d
                for d in doc.dates
                if d.value and d.kind != "time" and not names.cover(d.start, d.end)
            ),
            key=lambda d: d.start,
        )
        return cls([d.start for d in dates], dates)

    def within(self, start: int, end: int, names: _Spans | None = None) -> list[DateMention]:
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end)
        return [
            d
            for d in self.dates[low:high]
            if d.end <= end and (names is None or not names.cover(d.start, d.end))
        ]

    def of(self, status: StatusHit, names: _Spans | None = None) -> str | None:
        """The first date of the status's clause, else the last one of its lead.

        Dates inside ``names`` (the instrument's own mentions) are passed over.
        """
        found = self.within(*status.window, names)
        if found:
            return found[0].value
        lead = self.within(*status.lead, names) if status.lead else []
        return lead[-1].value if lead else None
