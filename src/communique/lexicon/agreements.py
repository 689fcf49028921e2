"""Instrument vocabulary of a language, from ``resources/<lang>/agreements.toml``."""

from __future__ import annotations

import functools
import re
from typing import Final, Literal, get_args

import attrs

from communique.errors import ResourceError
from communique.lexicon import LANGUAGES, WordLists, function_words, string_list, string_table
from communique.lexicon.dates import date_vocabulary
from communique.model import AgreementKind, AgreementStatus, Language
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordtrie import casings, phrase_key, trie_pattern, word_pattern

__all__ = [
    "AgreementVocabulary",
    "Head",
    "StatusPhrases",
    "agreement_vocabulary",
    "agreement_words",
    "folded_agreement_words",
    "instrument_head",
    "names_instrument",
]

Need = Literal["none", "number", "complement", "title", "signature", "capital", "acronym", "period"]
_KINDS: tuple[AgreementKind, ...] = get_args(AgreementKind)
_NEEDS: tuple[Need, ...] = get_args(Need)
_STATUSES: tuple[AgreementStatus, ...] = (
    "signed",
    "adopted",
    "in_force",
    "negotiation_launched",
    "negotiation_concluded",
    "announced",
)


@shared_repr
@attrs.frozen(repr=False)
class Head:
    """An instrument head ("feuille de route") and what makes a mention of it a name."""

    kind: AgreementKind
    needs: Need
    singular: str
    """The head in the singular ("feuille de route" for "feuilles de route"), or the name
    an abbreviation stands for ("resolution" for "UNSCR")."""
    body: str | None = None
    """The body an abbreviated head implies ("Security Council" for "UNSCR")."""
    written_out: str | None = None
    """The words a short form stands for in a name ("memorandum of understanding" for
    "MoU"): names spell the head out, as analysts write them."""


@shared_repr
@attrs.frozen(eq=False, repr=False)
class StatusPhrases:
    """Phrases that state a status on one side of the instrument, in one trie.

    One trie of every phrase runs several times faster than an alternation of one
    pattern per status; the phrase found tells its status.
    """

    pattern: re.Pattern[str]
    statuses: dict[str, AgreementStatus]
    """Phrase key (see ``phrase_key``) → status."""

    def status_of(self, match: re.Match[str]) -> AgreementStatus:
        """The status the phrase ``match`` (from ``pattern``) states."""
        return self.statuses[phrase_key(match.group())]


@shared_repr
@attrs.frozen(eq=False, repr=False)
class AgreementVocabulary:
    """Instrument heads and the words around an instrument's name, for one language."""

    heads: dict[str, Head]
    """Case-folded head form → head."""
    head_forms: frozenset[str]
    """Every head form in its usual casings, "Memorandum of Understanding" included."""
    head: re.Pattern[str]
    """Matches any head form in its usual casings."""
    self_naming: frozenset[str]
    self_reference_before: re.Pattern[str]
    """Matches, ending where the search ends, the words that present the text itself before
    a genre head: "The following is the joint statement", « le texte intégral du communiqué
    conjoint »."""
    self_reference_after: re.Pattern[str]
    """Matches, right after a genre head, what says the text itself follows: "the joint
    statement below", « le communiqué conjoint ci-après », "The joint communiqué said:"."""
    restating_opener: re.Pattern[str]
    """Matches, at a sentence's start, the words that list the instruments the sentence
    before counted: « Il s'agit d'une convention … », "These include an agreement …"."""
    remainder_opener: re.Pattern[str]
    """Matches, at a sentence's start, the words that list the rest of the instruments a
    sentence a little before counted: « Les trois autres accords sont … », "The remaining
    agreements are …", "The others include …"."""
    signed_opener: re.Pattern[str]
    """Matches, at a sentence's start, a subject that says its instruments were signed and
    the verb that lists them: "The documents signed during the visit include …", « Les
    accords signés sont … »."""
    signed_statements: frozenset[str]
    """Statement heads that name signed instruments, not a document's genre ("statement of
    intent", "déclaration d'intention"): the title's own is an instrument."""
    generic: frozenset[str]
    anaphoric: frozenset[str]
    definite: frozenset[str]
    links: frozenset[str]
    noun_links: frozenset[str]
    """Links only before another link ("with respect to"); elsewhere nouns ("mutual respect")."""
    stops: frozenset[str]
    ordinals: frozenset[str]
    """Ordinals between a determiner and the head ("le deuxième mémorandum"): the
    determiner is the article before them."""
    head_stops: frozenset[str]
    """Words that end a name right after its head, not after its other words: « le
    communiqué sans plus de détails » (« … en développement sans littoral » goes on)."""
    drafts: frozenset[str]
    """Nouns of a draft before the head ("draft agreement on …", « projet d'accord sur … »):
    the instrument is the one drafted, with the article before them or none."""
    participle_endings: tuple[str, ...]
    participles: frozenset[str]
    """Past participles of other endings that end a name too ("convenue", "intervenu")."""
    adjective_exceptions: frozenset[str]
    adjective_links: frozenset[str]
    """Links after which a participle inside a complement is an adjective ("gestion
    concertée des ressources")."""
    after_acronym: frozenset[str]
    gerund_links: frozenset[str]
    """Links that are verb forms ("establishing"): after another link, its object's gerund
    ("a memorandum on establishing a dialogue")."""
    quotes: dict[str, str]
    """Opening quote → closing quote."""
    status_after: StatusPhrases | None
    """Phrases stating a status right after the instrument ("… entré en vigueur")."""
    status_before: StatusPhrases | None
    """Phrases stating a status earlier in its sentence ("la signature de l'accord")."""
    prospective: re.Pattern[str]
    """Words that end right before a status phrase and put it off ("aboutir à la
    signature", "towards the signing"): nothing has happened yet."""
    postponing: re.Pattern[str]
    """``prospective`` words and those of a negotiation ("negotiating the signing of"), right
    before a status phrase or a verb of signing: nothing is signed yet."""
    cited: re.Pattern[str]
    """A source citation ending where the search ends, before a genre head: "according to
    the final", « selon le » (``source_links``, an article, a word)."""
    head_last: bool
    """Names put their words before the head ("the Paris Agreement"), as in English."""
    document_kinds: frozenset[str]
    """Kinds that name a statement's genre ("communiqué", "declaration")."""
    body_kinds: frozenset[str]
    """Kinds whose head also names a body ("programme": the "World Food Programme (WFP)")."""
    author: re.Pattern[str]
    """Matches the link opening a statement's author ("by the ", "du ")."""
    statement_authors: re.Pattern[str]
    """Matches an institution that issues statements ("ministère", "White House")."""
    domestic: frozenset[str]
    domestic_owners: tuple[str, ...]
    """Complements that make an instrument a government's own ("du Gouvernement")."""
    not_instrument: re.Pattern[str]
    """Phrases in which a head names no instrument: "avec l'accord de", "communiqué de
    presse", "Programme alimentaire mondial" (a body)."""
    numbered_bodies: re.Pattern[str]
    """Matches the body that issued a numbered instrument, after its numbers: " du Conseil de
    sécurité des Nations unies", " of the Security Council" (part of the fullest name)."""
    link_idioms: re.Pattern[str]
    """Matches an idiom that opens with a link word and is no complement of a name: "the
    agreement in force", "l'accord en question"."""
    level_phrases: re.Pattern[str]
    """Matches an idiom of respect made of a head and a lower-case word: "sur le plan
    bilatéral", "au plan national" (group ``word``: the word after the head)."""
    title_marker: re.Pattern[str]
    """Matches a word announcing a quoted title, with the spaces after it ("intitulée ")."""
    joint: frozenset[str]
    """Adjectives that make a weak head a shared instrument ("plan conjoint", "joint plan")."""
    pair_nouns: frozenset[str]
    """Nouns of a relationship a pair of parties qualifies in a weak head's name ("du
    partenariat Maroc-UE"): their instrument; not an event's ("du sommet UE-Chine")."""
    complement_links: frozenset[str]
    """Links that open a complement going on after a place ("Convention d'Ottawa sur …")."""
    date_links: frozenset[str]
    date: re.Pattern[str]
    """Matches a calendar date opening a complement ("6 août 2019", "August 2019", "Jan. 1")."""
    date_name_links: frozenset[str]
    """Links whose date names an instrument that has no other name ("l'accord-cadre du 6
    avril 2012")."""
    object_words: frozenset[str]
    """Words that open a verb's object: a lower-case word before them is a verb, not part of
    the name ("la feuille de route fixe plusieurs objectifs")."""
    verb_endings: tuple[str, ...]
    """Endings of finite verbs (future, conditional) that end a name: "la feuille de route
    … permettra d'accueillir"."""
    title_links: frozenset[str]
    purpose_links: frozenset[str]
    """Links that go on after a place when an article follows: "Programme d'action de Doha
    pour les pays les moins avancés", not "l'accord de Paris pour lutter …"."""
    generic_titles: frozenset[str]
    """Capitalised words that make no title by themselves before a head: "the Implementation
    Plan" refers back to a plan named before, it names none."""
    """Small words a title-case name runs through between capitalised words ("… of
    Practical Steps to Silence the Guns in Africa")."""
    attach_links: frozenset[str]
    body: re.Pattern[str]
    """Matches a body that adopts resolutions ("Conseil de sécurité")."""
    bodies: dict[str, str]
    """Phrase key of a body → the body as listed."""
    symbol_bodies: dict[str, str]
    """First letter of a UN symbol → the body it implies."""
    symbol_head: str
    """The head a bare UN symbol names ("resolution")."""
    period_tail: re.Pattern[str]
    """Matches a period after a name, with the words introducing it: " pour la période
    2026-2030", " for the years 2026 to 2029", " 2025–2030", or, in its group ``more``,
    the other periods of a list after a name ending on one: ", 2026-2027 et 2027-2028" (the
    caller checks that the name ends on a period)."""
    range_rest: re.Pattern[str]
    """Matches the rest of a period after its first year: " à 2029", " to 2029"."""
    partner_links: frozenset[str]
    """Links that open an instrument's partner ("the security pact with Canada")."""
    descriptive: frozenset[str]
    """Words of descriptive titles ("Youth Mobility Arrangement", "Accord de Partenariat"):
    a title of other capitalised words is a proper name ("the Moana Treaty"), which the
    parties after it do not belong to."""
    descriptive_endings: tuple[str, ...]
    """Endings of abstract nouns ("Good-Neighborliness", « Solidarité »): a capitalised word
    ending so right after the head's link is a title's word, no place ("accord de Paris")."""
    alias_heads: frozenset[str]
    """Heads of binding instruments that an informal name may swap ("the Ocean Floor Treaty"
    for the "Agreement on Ocean Floor Minerals")."""
    alias_opener: re.Pattern[str]
    """Matches a phrase giving another name of the instrument just named, and the article
    and blanks after it, ending the text searched: "often referred to as the ", "dit "."""
    purpose_opener: re.Pattern[str]
    """Matches words opening a purpose right after the head or its adjective, and the blanks
    after them: "pour ", "visant à ", "for ", "aimed at " ("le plan harmonisé pour la
    neutralisation …", "l'initiative présidentielle visant à favoriser …")."""
    object_phrase: re.Pattern[str]
    """Matches one of ``object_phrases`` as whole words ("mise en œuvre")."""
    object_phrases: tuple[str, ...]
    """Nouns that make the instrument after them the object of a name: "plan d'action de
    mise en œuvre de la Stratégie …", "roadmap for the implementation of the … Agreement"."""
    list_joiner: re.Pattern[str]
    """Matches, ending where the search ends, a comma or a coordinator joining the items of
    a list of instruments and the indefinite article after it (", a ", " ainsi qu'un ")."""
    list_announcement: re.Pattern[str]
    """Matches, from a status phrase, the few words counting the instruments and what
    announces their items (", à savoir ", ": ", " including "), with the first item's
    indefinite article in group ``first`` when it ends the text searched."""
    where_links: frozenset[str]
    """Links that open where an instrument was made when a name follows the head at once:
    "the agreement in Nairobi", "l'accord à Nairobi" are common nouns."""
    national_heads: frozenset[str]
    """Heads that a domestic adjective and a complement name ("agenda national de …")."""
    speech_act: re.Pattern[str]
    """Matches a word that makes a statement a speech: "déclaration liminaire", "opening
    statement" (after the head, or before it where names put their words first)."""
    party_links: frozenset[str]
    """Links that open the parties of an instrument: "entre … et …", "between … and …"."""
    clause_openers: frozenset[str]
    """Pronouns that open a new clause after "et"/"and": "… 2025-2030 et nous engageons"."""
    speech_verbs: frozenset[str]
    """Verbs that make quotes around a name a sentence: "« L'accord de Paris doit … »"."""
    clause_verbs: frozenset[str]
    """Finite verbs that end a name, after its head or after "et"/"and": "l'accord prévoit",
    "… and calls on partners"."""
    coordinated_actors: frozenset[str]
    """Capitalised nouns of actors that a name does not coordinate: "… on Fisheries and the
    Government of …" ends the name before "and"."""
    language: Language
    """The language of the vocabulary (its parties are the gazetteer's)."""
    body_qualifier: re.Pattern[str]
    """Matches a qualifier ending right before a body ("UN " in "UN Security Council")."""
    body_name: re.Pattern[str]
    """Matches the body named after a resolution's numbers, which the name keeps: " du
    Conseil de sécurité des Nations unies", " of the UN Security Council"."""

    def head_of(self, form: str) -> Head:
        """The head that ``form`` (as found in a text, any casing, apostrophe or spacing) spells.

        Raises:
            KeyError: ``form`` is no head of this language.
        """
        return self.heads[phrase_key(form)]


def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(phrase_key(w) for w in words)


_FUNCTION_KEYS = (
    "relatives",
    "title_list_links",
    "clause_relatives",
    "short_form_links",
    "repeated_prepositions",
    "clause_prepositions",
    "numbered_parts",
    "ordinal_endings",
    "auxiliaries",
    "status_adverbs",
    "passive",
    "title_small_words",
    "indefinites",
    "coordinators",
    "counts",
    "number_joiners",
    "enumeration_articles",
    "enumeration_fields",
    "title_links",
    "inside_links",
    "owner_nouns",
    "portfolio_nouns",
    "portfolio_links",
    "event_nouns",
    "place_links",
    "sentence_articles",
    "headline_verbs",
    "process_nouns",
    "signing_nouns",
    "subtitle_small_words",
    "acronym_skipped",
    "link_articles",
    "infinitive_markers",
    "infinitive_endings",
    "gerund_markers",
    "creating_links",
    "plural_links",
    "negation_breaks",
    "plural_endings",
    "subject_links",
    "subject_stops",
    "subject_repeats",
    "subject_enders",
    "plural_subject_links",
    "plural_signing",
    "signing_negations",
    "list_copulas",
    "theme_nouns",
)


@functools.cache
def agreement_words(key: str, language: str | None = None) -> tuple[str, ...]:
    """The function words under ``key`` of ``language``, or of every shipped language.

    Every shipped language's words come French first, once each: the instrument patterns
    read an English title in a French text alike.

    >>> agreement_words("coordinators")
    ('et', 'ou', 'and', 'or')

    Raises:
        ResourceError: a data file is missing or malformed.
    """
    return function_words("agreements", _FUNCTION_KEYS, key, language)


@functools.cache
def folded_agreement_words(key: str, language: str) -> frozenset[str]:
    """The function words under ``key`` of ``language`` as a set of ``phrase_key`` forms.

    >>> sorted(folded_agreement_words("coordinators", "en"))
    ['and', 'or']
    """
    return _folded(agreement_words(key, language))


def _title_case(form: str) -> str:
    """A head as a title writes it: "Memorandum of Understanding", "Plan d'Action"."""
    small = frozenset(agreement_words("title_small_words"))
    return " ".join(w if w in small else _capitalised(w) for w in form.split(" "))


def _capitalised(word: str) -> str:
    """The word with a capital, after an elided article if any ("d'action" → "d'Action")."""
    elided, apostrophe, rest = word.rpartition("'")
    if apostrophe and len(elided) == 1:
        return f"{elided}'{rest[:1].upper()}{rest[1:]}"
    return word[:1].upper() + word[1:]


def _plural(form: str) -> str:
    first, _, rest = form.partition(" ")
    if first.endswith(("s", "x")):
        return form
    return f"{first}s {rest}".strip() if not first.endswith("al") else form


def _heads(table: dict[str, object], where: str) -> tuple[dict[str, Head], set[str]]:
    """The heads by case-folded form (plurals too), and their words as listed ("MoU")."""
    raw_heads = table.get("heads", [])
    if not isinstance(raw_heads, list):
        raise ResourceError(f"{where}: 'heads' must be an array of tables")
    heads: dict[str, Head] = {}
    written: set[str] = set()
    irregular = table.get("irregular_plurals", {})
    if not isinstance(irregular, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in irregular.items()
    ):
        raise ResourceError(f"{where}: 'irregular_plurals' must map words to words")
    singulars = {phrase_key(k): phrase_key(v) for k, v in irregular.items()}
    for raw in raw_heads:
        kind, needs = None, None
        if isinstance(raw, dict):
            kind = next((k for k in _KINDS if k == raw.get("kind")), None)
            needs = next((n for n in _NEEDS if n == raw.get("needs", "none")), None)
        if kind is None or needs is None or not isinstance(raw, dict):
            raise ResourceError(f"{where}: bad head {raw!r}")
        named, body, written_out = raw.get("name"), raw.get("body"), raw.get("written_out")
        if not all(isinstance(v, str | None) for v in (named, body, written_out)):
            raise ResourceError(f"{where}: bad head name, body or written_out {raw!r}")
        for form in string_list(raw, "words", where=where):
            written.add(form)
            first, space, rest = phrase_key(form).partition(" ")
            singular = f"{singulars.get(first, first)}{space}{rest}"
            head = Head(kind, needs, named or singular, body, written_out)
            for variant in (phrase_key(form), singular, _plural(singular)):
                heads.setdefault(variant, head)
    return heads, written


def _statuses(
    table: dict[str, object], where: str
) -> tuple[StatusPhrases | None, StatusPhrases | None]:
    """The "after" and "before" status phrases; a phrase listed twice keeps its first status."""
    raw_list = table.get("status", [])
    if not isinstance(raw_list, list):
        raise ResourceError(f"{where}: 'status' must be an array of tables")
    sides: tuple[dict[str, AgreementStatus], dict[str, AgreementStatus]] = ({}, {})
    for raw in raw_list:
        status = next(
            (s for s in _STATUSES if isinstance(raw, dict) and s == raw.get("status")), None
        )
        if status is None or not isinstance(raw, dict):
            raise ResourceError(f"{where}: bad status {raw!r}")
        for side, key in zip(sides, ("after", "before"), strict=True):
            for phrase in string_list(raw, key, where=where):
                side.setdefault(phrase_key(phrase), status)
    after, before = (_status_phrases(side) for side in sides)
    return after, before


def _status_phrases(statuses: dict[str, AgreementStatus]) -> StatusPhrases | None:
    if not statuses:
        return None
    return StatusPhrases(word_pattern(statuses), statuses)


def _symbol_head(words: dict[str, object], heads: dict[str, Head], where: str) -> str:
    head = words.get("symbol_head")
    if not isinstance(head, str) or phrase_key(head) not in heads:
        raise ResourceError(f"{where}: 'symbol_head' must be one of the heads")
    return head


def _date_pattern(language: Language) -> re.Pattern[str]:
    """A date at a complement's start: day and month, month and year, or a weekday."""
    dates = date_vocabulary(language)

    def names(folded: dict[str, int]) -> str:
        forms = [n[:1].upper() + n[1:] for n in folded]
        if not dates.case_sensitive_names:
            forms += list(folded)
        return trie_pattern(forms)

    months, weekdays = names(dates.months), names(dates.weekdays)
    return compile_pattern(
        rf"(?:(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+)?(?:{months})(?!\w)\.?"
        rf"(?:\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?,?)?(?:\s+\d{{4}}(?!\d))?|(?:{weekdays})(?!\w))"
    )


def _following_text(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Matches after a head: one of ``phrases``, or a word and a colon ending the paragraph.

    "The joint communiqué said:" alone on its paragraph: the text it names is reproduced
    below; "The joint statement stresses: the two countries …" quotes it in the sentence.
    """
    listed = rf"(?:{trie_pattern(casings(phrases))})(?![\w'’-])|" if phrases else ""
    return compile_pattern(rf"[ \t]*(?:{listed}[^\W\d_]+[ \t]*:\s*\Z)")


def _opening_words(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Matches one of ``phrases`` where the match starts, blanks before it allowed."""
    if not phrases:
        return re.compile(r"(?!)")
    apostrophes = tuple(p.replace("'", "’") for p in phrases if "'" in p)
    return compile_pattern(
        rf"[ \t]*(?:{trie_pattern(casings((*phrases, *apostrophes)))})(?:(?<=['’])|(?![\w-]))"
    )


def _ending_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Matches one of ``phrases`` and the blanks after it, ending where the search ends."""
    if not phrases:
        return re.compile(r"(?!)")
    return compile_pattern(rf"(?<![\w.])(?:{trie_pattern(phrases)})[ \t]+$")


def _body_name(
    links: tuple[str, ...],
    qualifiers: tuple[str, ...],
    bodies: tuple[str, ...],
    owners: tuple[str, ...],
) -> re.Pattern[str]:
    """A link, a body and its organisation after a resolution's numbers (see ``body_name``)."""
    if not links or not bodies:
        return re.compile(r"(?!)")
    qualifier = rf"(?:(?:{trie_pattern(qualifiers)})\s+)?" if qualifiers else ""
    owner = rf"(?:\s+(?:{trie_pattern(casings(owners))}))?" if owners else ""
    return compile_pattern(
        rf"\s*(?:{trie_pattern(casings(links))})\s*{qualifier}"
        rf"(?:{trie_pattern(casings(bodies))}){owner}(?!\w)"
    )


def _joiner_pattern(joiners: tuple[str, ...], indefinites: tuple[str, ...]) -> re.Pattern[str]:
    """A comma or one of ``joiners``, then an indefinite article, at the end.

    Texts list the instruments signed with indefinite articles ("signed an agreement …, a
    memorandum …"); "… l'entrée en vigueur de l'accord X et le traité Y" coordinates the
    objects of another verb.
    """
    if not indefinites:
        return re.compile(r"(?!)")
    words = rf"|(?<![\w'’])(?:{trie_pattern(casings(joiners))})" if joiners else ""
    articles = trie_pattern(casings(indefinites))
    # "…, un nouvel accord …": an adjective may stand between the article and the head.
    return compile_pattern(rf"(?:,{words})\s*(?:{articles})\s+(?:[^\W\d_]+\s+)?$")


_ANNOUNCED_REACH: Final = 40
"""Characters between a status phrase and what announces its list ("trois accords, ")."""


def _announcement_pattern(
    announcers: tuple[str, ...], joiners: tuple[str, ...], indefinites: tuple[str, ...]
) -> re.Pattern[str]:
    """The words after a status phrase up to what announces its list, then the first article.

    "signed three agreements, namely an agreement on …", « ont signé trois accords : un
    accord … »: the counted instruments stand between the phrase and the items, so neither
    nearness nor a joiner ties the first item to the phrase. Only a few words, no second
    verb joined to the first ("signed two agreements and reviewed progress, including …").
    """
    if not indefinites:
        return re.compile(r"(?!)")
    words = trie_pattern(casings(announcers)) if announcers else "(?!)"
    articles = trie_pattern(casings(indefinites))
    joined = rf"(?![ \t](?:{trie_pattern(casings(joiners))})[ \t])" if joiners else ""
    return compile_pattern(
        rf"(?:{joined}[^.;:!?\n]){{0,{_ANNOUNCED_REACH}}}?"
        rf"(?:,?\s*(?<![\w'’])(?:{words})(?![\w'’])|\s*:)\s*"
        rf"(?P<first>(?:{articles})\s+(?:[^\W\d_]+\s+)?)?"
    )


def _opener_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Matches one of ``phrases`` as whole words, with the blanks after them."""
    if not phrases:
        return re.compile(r"(?!)")
    return compile_pattern(rf"(?:{trie_pattern(casings(phrases))})(?![\w'’-])[ \t]*")


def _alias_pattern(phrases: tuple[str, ...], articles: tuple[str, ...]) -> re.Pattern[str]:
    """Matches one of ``phrases``, then an article if any, ending the text searched."""
    if not phrases:
        return re.compile(r"(?!)")
    article = rf"(?:(?:{trie_pattern(casings(articles))})(?:[ \t]+|(?<=['’])))?" if articles else ""
    return compile_pattern(
        rf"(?<![\w'’-])(?:{trie_pattern(casings(phrases))})[ \t]+{article}[\"“«]?[ \t]*$"
    )


def _speech_pattern(words: tuple[str, ...], *, head_last: bool) -> re.Pattern[str]:
    """A speech word next to a head: before it (matched ending at the head) or after it."""
    if not words:
        return re.compile(r"(?!)")
    trie = trie_pattern(casings(words))
    if head_last:
        return compile_pattern(rf"(?<![\w-])(?:{trie})[ \t]+$")
    return compile_pattern(rf"[ \t]+(?:{trie})(?![\w-])")


_SIGNED_GAP: Final = 5
"""Words between a participle of signing and the verb that lists what was signed."""


def _before_head(
    phrases: tuple[str, ...], definite: tuple[str, ...], *, word: bool = False
) -> re.Pattern[str]:
    """One of ``phrases``, maybe an article (and with ``word`` a word), ending the search.

    Read right before a status phrase or a head: « en vue de la », "according to the final".
    """
    adjective = r"(?:\s+[^\W\d_]+)?" if word else ""
    return compile_pattern(
        rf"(?<!\w)(?:{trie_pattern(casings(phrases)) or '(?!)'})"
        rf"(?:\s+(?:{trie_pattern(casings(definite))}))?{adjective}\s+\Z"
    )


def _remainder_opener(listed: WordLists, language: Language) -> re.Pattern[str]:
    """The opening of a sentence listing the rest of the instruments counted before.

    An article (``remainder_articles``), maybe a count (``counts``, or digits), a word of
    the rest (``remainder_words``: « autres », "other", "remaining"), maybe a noun, then a
    verb of listing (``remainder_verbs``): « Les trois autres accords sont », "The others
    are", "The remaining agreements include".
    """
    articles, rest = listed("remainder_articles"), listed("remainder_words")
    verbs = listed("remainder_verbs")
    if not (articles and rest and verbs):
        return re.compile(r"(?!)")
    counts = trie_pattern(casings(agreement_words("counts", language))) or "(?!)"
    remainder = (
        rf"[ \t]*(?:{trie_pattern(casings(articles))})[ \t]+(?:(?:{counts}|\d{{1,2}})[ \t]+)?"
        rf"(?:{trie_pattern(casings(rest))})(?:[ \t]+[^\W\d_]+)?[ \t]+"
        rf"(?:{trie_pattern(casings(verbs))})(?![\w-])"
    )
    return compile_pattern(f"{remainder}|{_ordinal_opening(listed)}")


def _ordinal_opening(listed: WordLists) -> str:
    """The opening of a sentence naming one counted instrument by its rank, as a pattern.

    « Le premier, porte sur », « Quant au troisième accord, il est également », "The second
    agreement is": an article (``ordinal_articles``), an ordinal, maybe a noun and a comma,
    maybe a pronoun and an adverb, then a verb (``ordinal_verbs``).
    """
    articles, ordinals = listed("ordinal_articles"), listed("ordinals")
    verbs = listed("ordinal_verbs")
    if not (articles and ordinals and verbs):
        return "(?!)"
    pronouns = trie_pattern(casings(listed("ordinal_pronouns"))) or "(?!)"
    adverbs = trie_pattern(casings(listed("ordinal_adverbs"))) or "(?!)"
    return (
        rf"[ \t]*(?:{trie_pattern(casings(articles))})[ \t]+(?:{trie_pattern(casings(ordinals))})"
        rf"(?:[ \t]+[^\W\d_]+)?[ \t]*,?[ \t]*(?:(?:{pronouns})[ \t]+)?"
        rf"(?:(?:{adverbs})[ \t]+)?(?:{trie_pattern(casings(verbs))})(?![\w-])"
    )


def _signed_opener(listed: WordLists) -> re.Pattern[str]:
    """The opening of a sentence whose subject lists the instruments it says were signed.

    An article (``remainder_articles``), a noun or two, a participle of signing
    (``signed_participles``), up to a few words (when, where), then a verb of listing
    (``remainder_verbs``): "The documents signed include", "The agreements signed during the
    visit are", « Les accords signés à cette occasion sont ».
    """
    articles, signed = listed("remainder_articles"), listed("signed_participles")
    verbs = listed("remainder_verbs")
    if not (articles and signed and verbs):
        return re.compile(r"(?!)")
    return compile_pattern(
        rf"[ \t]*(?:{trie_pattern(casings(articles))})[ \t]+(?:[^\W\d_][\w'’-]*[ \t]+){{1,2}}"
        rf"(?:{trie_pattern(casings(signed))})(?:[ \t]+[\w'’-]+){{0,{_SIGNED_GAP}}}?[ \t]+"
        rf"(?:{trie_pattern(casings(verbs))})(?![\w-])"
    )


def _period_tail(
    links: tuple[str, ...], ranges: tuple[str, ...], joiners: tuple[str, ...]
) -> re.Pattern[str]:
    """A period of two years after a name, optionally introduced ("pour la période …").

    Or periods in a list: "pour les années scolaires 2017-2018, 2018-2019 et 2019-2020";
    the group ``more`` alone matches the list's rest after a period already read.
    """
    intro = rf"(?:(?:{trie_pattern(casings(links))})[ \t]+)?" if links else ""
    to = rf"[ \t]+(?:{trie_pattern(ranges)})[ \t]+" if ranges else r"(?!)"
    period = rf"\d{{4}}(?:[ \t]*[-–][ \t]*\d{{2,4}}|{to}\d{{4}})(?![\w-])"
    joiner = rf"[ \t]+(?:{trie_pattern(joiners)})[ \t]+{period}" if joiners else r"(?!)"
    # ", 2027-2028", ", 2027-2028 et 2028-2029", " et 2027-2028": a comma before the joiner
    # only after a listed period (", and 2027-2028 will see …" opens a clause).
    items = rf"(?:[ \t]*,[ \t]*{period})"
    more = rf"(?:{items}+(?:,?{joiner})?|{joiner})"
    return compile_pattern(rf"[ \t]+{intro}{period}{more}?|(?P<more>{more})")


@functools.cache
def agreement_vocabulary(language: Language) -> AgreementVocabulary:
    """Load the instrument vocabulary of ``language`` once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    lists = WordLists(language, "agreements")
    where, table = lists.where, lists.table
    words = string_table(table, "words", where=where)
    listed = WordLists(language, "agreements", table=words)

    heads, written = _heads(table, where)
    # As listed too: a short form in mixed case ("MoU") is in no derived casing.
    forms = frozenset(casings(heads) | {_title_case(form) for form in heads} | written)
    status_after, status_before = _statuses(table, where)
    quotes = {pair[0]: pair[1] for pair in listed("quote_pairs") if len(pair) == 2}
    head_last = words.get("head_last", False)
    if not isinstance(head_last, bool):
        raise ResourceError(f"{where}: 'head_last' must be true or false")
    bodies = {phrase_key(body): body for body in listed("bodies")}
    symbols = dict(pair.split("=", 1) for pair in listed("symbol_bodies") if "=" in pair)
    author = trie_pattern(phrase_key(link) for link in listed("author_links"))
    return AgreementVocabulary(
        heads=heads,
        head_forms=forms,
        # A closing single quote may follow ("the 'Valmont Declaration', which …"), and a
        # possessive ("the Paris Agreement's goal"); an apostrophe before another letter
        # may not.
        head=compile_pattern(rf"(?<!\w)(?:{trie_pattern(forms)})(?![\w-]|['’](?!s(?!\w))\w)"),
        self_naming=_folded(listed("self_naming")),
        self_reference_before=_ending_pattern(tuple(casings(listed("self_reference_before")))),
        self_reference_after=_following_text(listed("self_reference_after")),
        restating_opener=_opening_words(listed("restating_openers")),
        remainder_opener=_remainder_opener(listed, language),
        signed_opener=_signed_opener(listed),
        signed_statements=_folded(listed("signed_statements")),
        generic=_folded(listed("generic")),
        anaphoric=_folded(listed("anaphoric")),
        definite=_folded(listed("definite")),
        links=_folded(listed("links")),
        noun_links=_folded(listed("noun_links")),
        stops=_folded(listed("stops")),
        head_stops=_folded(listed("head_stops")),
        ordinals=_folded(listed("ordinals")),
        drafts=_folded(listed("drafts")),
        participle_endings=tuple(listed("participle_endings")),
        participles=_folded(listed("participles")),
        adjective_exceptions=_folded(listed("adjective_exceptions")),
        adjective_links=_folded(listed("adjective_links")),
        after_acronym=_folded(listed("after_acronym")),
        gerund_links=_folded(listed("gerund_links")),
        quotes=quotes,
        status_after=status_after,
        status_before=status_before,
        prospective=_before_head(listed("prospective"), listed("definite")),
        postponing=_before_head(
            (*listed("prospective"), *listed("negotiating")), listed("definite")
        ),
        cited=_before_head(listed("source_links"), listed("definite"), word=True),
        head_last=head_last,
        document_kinds=_folded(listed("document_kinds")),
        body_kinds=_folded(listed("body_kinds")),
        author=compile_pattern(rf"\s*(?:{author})\s*", re.IGNORECASE),
        statement_authors=compile_pattern(
            rf"(?:{trie_pattern(casings(listed('statement_authors')))})(?!\w)"
        ),
        domestic=_folded(listed("domestic")),
        domestic_owners=tuple(phrase_key(w) for w in listed("domestic_owners")),
        not_instrument=compile_pattern(
            rf"(?<!\w)(?:{trie_pattern(casings(listed('not_instrument')))})(?!\w)"
        ),
        numbered_bodies=compile_pattern(
            rf"[ \t]+(?:{trie_pattern(casings(listed('numbered_bodies'))) or '(?!)'})(?![\w'’-])"
        ),
        link_idioms=compile_pattern(
            rf"(?:{trie_pattern(casings(listed('link_idioms')))})(?![\w'’-])"
        ),
        level_phrases=compile_pattern(
            rf"(?<![\w'’])(?:{trie_pattern(casings(listed('level_phrases'))) or '(?!)'})"
            r"[ \t]+(?P<word>[a-zà-ÿœ][\w'’-]*)"
        ),
        title_marker=compile_pattern(rf"{word_pattern(listed('title_markers')).pattern}\s*"),
        joint=_folded(listed("joint")),
        pair_nouns=_folded(listed("pair_nouns")),
        complement_links=_folded(listed("complement_links")),
        date_links=_folded(listed("date_links")),
        date=_date_pattern(language),
        date_name_links=_folded(listed("date_name_links")),
        object_words=_folded(listed("object_words")),
        title_links=_folded(listed("title_links")),
        verb_endings=tuple(listed("verb_endings")),
        purpose_links=_folded(listed("purpose_links")),
        generic_titles=_folded(listed("generic_titles")),
        attach_links=_folded(listed("attach_links")),
        # No lookbehind for an apostrophe: "de l'Assemblée générale".
        body=compile_pattern(rf"(?<!\w)(?:{trie_pattern(casings(bodies.values()))})(?!\w)"),
        bodies=bodies,
        symbol_bodies=symbols,
        symbol_head=_symbol_head(words, heads, where),
        body_qualifier=_ending_pattern(listed("body_qualifiers")),
        body_name=_body_name(
            listed("body_name_links"),
            listed("body_qualifiers"),
            tuple(bodies.values()),
            listed("body_owners"),
        ),
        period_tail=_period_tail(
            listed("period_links"),
            listed("range_links"),
            agreement_words("number_joiners", language),
        ),
        range_rest=compile_pattern(
            rf"[ \t]+(?:{trie_pattern(listed('range_links'))})[ \t]+\d{{4}}(?!\d)"
        ),
        national_heads=_folded(listed("national_heads")),
        where_links=_folded(listed("where_links")),
        list_joiner=_joiner_pattern(
            listed("list_joiners"), agreement_words("indefinites", language)
        ),
        list_announcement=_announcement_pattern(
            listed("list_announcers"),
            listed("list_joiners"),
            agreement_words("indefinites", language),
        ),
        object_phrases=tuple(phrase_key(w) for w in listed("object_phrases")),
        object_phrase=_opener_pattern(listed("object_phrases")),
        purpose_opener=_opener_pattern(listed("purpose_openers")),
        alias_heads=_folded(listed("alias_heads")),
        alias_opener=_alias_pattern(listed("alias_openers"), listed("definite")),
        partner_links=_folded(listed("partner_links")),
        descriptive=_folded(listed("descriptive_words")),
        descriptive_endings=tuple(listed("descriptive_endings")),
        speech_act=_speech_pattern(listed("speech_acts"), head_last=head_last),
        party_links=_folded(listed("party_links")),
        clause_openers=_folded(listed("clause_openers")),
        speech_verbs=_folded(listed("speech_verbs")),
        clause_verbs=_folded(listed("clause_verbs")),
        coordinated_actors=_folded(listed("coordinated_actors")),
        language=language,
    )


def instrument_head(word: str) -> bool:
    """Whether a word is an instrument's head in a shipped language ("Accord", "MOU").

    Like the name patterns, it reads both languages' words: an English title may stand in a
    French text.
    """
    return any(agreement_vocabulary(lang).head.fullmatch(word) for lang in LANGUAGES)


def names_instrument(text: str, start: int, language: Language) -> bool:
    """Whether the day at ``start`` completes an instrument's head: « l'accord du 9 novembre ».

    The text names the instrument by its day; the narrative does not move to that day, and
    « la veille » after it counts from the day the text tells of.

    >>> names_instrument("Ils ont discuté de l'accord du 9 novembre 2020.", 31, "fr")
    True
    """
    words = _WORD.findall(text, max(0, start - _INSTRUMENT_REACH), start)
    if len(words) < _HEAD_AND_LINK:
        return False
    vocab = agreement_vocabulary(language)
    return phrase_key(words[-1]) in vocab.date_name_links and phrase_key(words[-2]) in vocab.heads


_WORD: Final = compile_pattern(r"[^\W\d_]+['’]?")
_INSTRUMENT_REACH: Final = 40
"""Characters before a day read for the instrument's head and its link (« accord du »)."""
_HEAD_AND_LINK: Final = 2
