"""Person vocabulary of a language, from ``resources/<lang>/persons.toml``."""

from __future__ import annotations

import functools
import re
from typing import Final

import attrs
import regex

from communique.errors import ResourceError
from communique.letters import CAPITAL
from communique.lexicon import WordLists, function_words, string_table
from communique.lexicon.dates import date_vocabulary
from communique.model import Language
from communique.patterncache import compile_pattern, compile_regex
from communique.records import shared_repr
from communique.wordtrie import (
    ABBREVIATION_END,
    alternation,
    bare_initials,
    casefolded,
    casings,
    guarded_trie,
    headline_casings,
    phrase_key,
    trie_pattern,
    word_pattern,
)

_WEEKDAY_ABBREVIATION: Final = 3
"""Letters of a weekday's abbreviation ("Sun", "Mon"): a name as well."""

__all__ = [
    "PersonVocabulary",
    "address_before",
    "address_word",
    "after_former_qualifier",
    "article_at",
    "entry_break",
    "entry_list",
    "folded_articles",
    "former_office",
    "office_without_qualifier",
    "person_vocabulary",
    "person_words",
    "predicate_at",
    "styled_entry",
]


# Words of three or more letters with no ASCII lower-case letter: upper-case candidates.
# Upper-case letters as a Unicode property: the regex module scans for a property set
# about four times faster than the standard engine scans for a negated class.
_CAPITALS = r"(?<![\w'’])\p{Lu}{3,}(?:-\p{Lu}{2,})*(?![\w'’])"


_SPACES: Final = r"[ \t]+"
"""Spaces between two words of a line."""


def _at_end(words: tuple[str, ...]) -> re.Pattern[str]:
    """Case-insensitive matcher of one of ``words`` ending the text (ignoring spaces)."""
    return compile_pattern(rf"(?<![\w'’])(?:{trie_pattern(w.casefold() for w in words)})\s*$", re.I)


def _before_person(words: tuple[str, ...], *, placed: str = "(?!)") -> re.Pattern[str]:
    """Matcher of one of ``words`` ending the text, but for an article or a possessive.

    A phrase may open after an elided article: "l'exposé de X", "d'entretiens avec X".
    ``placed``: other phrases, as a pattern (a meeting verb with a place inside).
    """
    articles = rf"(?:\s+(?:{alternation(person_words('determiners'))}))?\s*"
    # "sous la présidence d'Anna Serel": the phrase's last "de" elided before the name.
    elided = [w[:-2] + mark for w in words if w.endswith(" de") for mark in ("d'", "d’")]
    before_elided = trie_pattern(w.casefold() for w in elided) if elided else "(?!)"
    return compile_pattern(
        rf"{_after_elision()}(?:{trie_pattern(w.casefold() for w in words)}|{placed}){articles}$"
        rf"|{_after_elision()}(?:{before_elided})$",
        re.I,
    )


def _later_partner(words: WordLists) -> re.Pattern[str]:
    """The phrase that puts a later event's partners after it, up to its link word.

    "met X in advance of a brunch with Y, Z": Y and Z meet at the brunch, later
    (`prelude_links`, then a few words and a word of `meeting_links`).
    """
    preludes = trie_pattern(casings(words("prelude_links")))
    links = trie_pattern(w.casefold() for w in words("meeting_links"))
    if not preludes or not links:
        return re.compile(r"(?!)")
    return compile_pattern(
        rf"(?<![\w'’])(?:{preludes})(?:[ \t]+[^\W\d_][\w'’-]*){{1,4}}?[ \t]+(?i:{links})[ \t]"
    )


def _prior_cause(words: WordLists) -> re.Pattern[str]:
    """The predicate that makes the reported event the sequel of an earlier one.

    "The summons follows remarks by President X", « Cette convocation fait suite aux propos
    du président X » (`cause_links`); not before an invitation (`cause_exceptions`, with an
    article and a few words or none): "follows the kind invitation of President X" names the
    host; not after `cause_not_after` nor before a colon: "as follows:" announces a list.
    """
    links = words("cause_links")
    if not links:
        return re.compile(r"(?!)")
    exceptions = trie_pattern(w.casefold() for w in words("cause_exceptions")) or "(?!)"
    # "as follows": a list announced, no earlier event (each word a fixed-width guard)
    guards = "".join(
        rf"(?<!{re.escape(form)}[ \t])" for form in sorted(casings(words("cause_not_after")))
    )
    # "follows the kind invitation of": an article and up to two words before the noun
    article = r"(?:[^\W\d_]{1,3}[ \t]+|[^\W\d_]{1,2}['’])?(?:[^\W\d_]+[ \t]+){0,2}"
    return compile_pattern(
        rf"{guards}{word_pattern(links).pattern}(?![ \t]*:)"
        rf"(?![ \t]+{article}(?i:{exceptions})\b)"
    )


_ADVERBIAL_WORDS: Final = 7
"""Lower-case words or numbers at most between a meeting verb and its preposition ("dans la
matinée", « par téléphone le 20 mai 2026 successivement »)."""


def _placed_meeting_verbs(words: WordLists) -> str:
    """A meeting verb with a place or an adverbial before its preposition.

    "s'est entretenue à Lomé avec", "s'est entretenu dans la matinée avec", "talks in
    Papeete today with" (a place, then an adverbial).

    The verbs are the listed ones ending with a word of ``meeting_links`` or
    ``meeting_object_links``; the place is a word of ``meeting_places`` and one to three
    capitalised words.
    """
    # "a accordé une audience le vendredi 27 juin à M. X": a verb's own preposition too.
    links = {w.casefold() for key in ("meeting_links", "meeting_object_links") for w in words(key)}
    stems = sorted(
        {
            verb.casefold().rsplit(" ", 1)[0]
            for verb in _meeting_verbs(words)
            if " " in verb and verb.casefold().rsplit(" ", 1)[1] in links
        }
    )
    places = [w.casefold() for w in words("meeting_places")]
    if not stems or not places or not links:
        return "(?!)"
    name = rf"(?-i:{CAPITAL})[\w'’-]*"
    # "s'est entretenu dans la matinée avec", "spoke by telephone with": a short adverbial
    # in lower case between the verb and its preposition.
    # (a word may be quoted: « des entretiens qualifiés de "riches" avec »)
    adverbial = (
        rf"(?:[ \t]+[\"«“]?(?:(?-i:[^\W\d_A-ZÀ-Þ])[\w'’-]*|\d{{1,4}})[\"»”]?)"
        rf"{{1,{_ADVERBIAL_WORDS}}}?"
    )
    # "presented his credentials as Ambassador of France to Norland to the Governor-General":
    # the office the act is done in, between the verb and its preposition
    capacities = [w.casefold() for w in words("meeting_capacity_links")]
    capacity = (
        rf"|[ \t]+(?:{trie_pattern(capacities)})(?:(?:[ \t]+|(?<=['’]))[\w'’.-]+)"
        rf"{{1,{_CAPACITY_WORDS}}}?"
        if capacities
        else ""
    )
    return (
        rf"(?:{trie_pattern(stems)})(?:[ \t]+(?:{trie_pattern(places)})[ \t]+{name}"
        rf"(?:[ \t]+{name}){{0,2}}[ \t]*,?(?:{adverbial})?|{adverbial}{capacity})"
        rf"[ \t]+(?:{trie_pattern(sorted(links))})"
    )


_CAPACITY_WORDS: Final = 12
"""Words at most of the office between a meeting verb and its preposition ("as Ambassador of
the French Republic to New Zealand")."""


def _after_elision() -> str:
    """A word start, or the end of an elided article glued to the word ("l'exposé")."""
    elided = alternation(
        sorted({form for a in person_words("elided_articles") for form in (a, a.replace("'", "’"))})
    )
    return rf"(?:(?<![\w'’])|(?<=(?<!\w)(?:{elided})))"


_GAP: Final = r"(?:,?\s+[^\W\d_][\w'’-]*){0,6}?,?\s+"
"""A few words between an opener and a closer of attendance ("Attending the talks were"), a
comma maybe before the closer ("a high level delegation, comprising …") or after a word
(« la délégation française, elle était constituée de … »)."""
_LED_GAP: Final = r"(?:[\s,()]+[^\W\d_.][\w'’.-]*){0,30}?[\s,]+"
"""The words of a delegation's leader and offices before its members' closer, within the
sentence ("a delegation led by Mr X, MP, chairman, and composed of …"): no full stop but
an abbreviation's."""
_LISTED_GAP: Final = r"(?:\s+[^\W\d_][\w'’-]*){0,12}?\s+"
"""The words naming who is listed, between "The following" and its verb of attendance ("The
following Heads of State or Government and their appointed envoys took part")."""


def _attendance(words: WordLists) -> re.Pattern[str]:
    """Attendance phrases, and openers followed a few words on by a closer, any casing.

    A list announced with its members' office ("The following Ministers participated:")
    pairs a determiner of what follows with a verb of attendance of its own.
    """

    def trie(key: str) -> str:
        return _any_case_trie(words, key)

    pairs = "|".join(
        rf"(?:{trie(opener)})(?:{gap}|,?\s+)(?:{trie(closer)})"
        for opener, closer, gap in (
            ("attendance_openers", "attendance_closers", _GAP),
            ("attendance_openers", "attendance_member_closers", _LED_GAP),
            ("attendance_announcers", "attendance_verbs", _LISTED_GAP),
        )
    )
    return compile_pattern(rf"(?<![\w'’])(?:{trie('attendance_phrases')}|{pairs})(?![\w'’])", re.I)


def _any_case_trie(words: WordLists, key: str) -> str:
    """The words under ``key`` as a case-folded trie, a capital's accent maybe dropped.

    "Etaient présents": French prints a capital without its accent.
    """
    return trie_pattern(bare_initials(w.casefold() for w in words(key))) or "(?!)"


def _side_leader(words: WordLists) -> re.Pattern[str]:
    """A side's opener, a few words, then the participle that names its leader, any case."""
    openers, leaders = (
        _any_case_trie(words, "attendance_openers"),
        _any_case_trie(words, "side_leaders"),
    )
    return compile_pattern(rf"(?<![\w'’])(?:{openers}){_GAP}(?:{leaders})(?![\w'’])", re.I)


def _anterior_verb(words: WordLists) -> re.Pattern[str]:
    """An auxiliary of an earlier past, not the verb of having talks ("had bilateral talks").

    The words after which "had" / « avait » is the main verb are ``anterior_objects``.
    """
    auxiliaries = trie_pattern(w.casefold() for w in words("anterior_verbs"))
    objects = trie_pattern(w.casefold() for w in words("anterior_objects"))
    object_ahead = rf"(?!\s+(?:{objects})(?![\w'’]))" if objects else ""
    return compile_pattern(rf"\s*(?:{auxiliaries})(?![\w'’]){object_ahead}", re.I)


def _question_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A label opening a line before a colon, maybe numbered or in bold ("**Q1:**")."""
    if not labels:
        return re.compile(r"(?!)")
    return compile_pattern(
        rf"^[ \t*_#>•-]*(?:{trie_pattern(labels)})(?:[ \t]*\d{{1,3}})?[*_]*[ \t]*[:：]", re.M
    )


@shared_repr
@attrs.frozen(eq=False, repr=False)
class PersonVocabulary:
    """Honorifics, role heads and the words around a person, for one language."""

    honorific_words: tuple[str, ...]
    """Honorifics as listed ("M.", "Mme")."""
    role_words: tuple[str, ...]
    """Role heads as listed ("Premier ministre")."""
    honorific: re.Pattern[str]
    """Honorifics, case-sensitive ("M." is one, "m." is not)."""
    role: re.Pattern[str]
    """Role heads ("Premier ministre"); the article before one is found by ``article``."""
    article: re.Pattern[str]
    """An article ending just before a role head ("le ", "la ", "l'", "the ")."""
    capitals: regex.Pattern[str]
    """A word in capitals, possibly a family name ("KALLAS")."""
    complement_words: frozenset[str]
    complement_links: frozenset[str]
    particles: dict[str, str]
    """Case-folded particle → natural casing ("le" → "Le", "de" → "de")."""
    lineage_particles: frozenset[str]
    """Particles that open the family name however many words follow ("Ould", "Ag"),
    case-folded: "Mohamed Ould Cheikh Ahmed" is of the family "Ould Cheikh Ahmed"."""
    stop_words: frozenset[str]
    possessives: frozenset[str]
    non_agent_before: frozenset[str]
    """Words before a person who is not an agent: prepositions, and ``representing``."""
    represents_after: re.Pattern[str]
    """After a person and its apposed office, what says it stands for another: ", representing"."""
    agent_before: frozenset[str]
    sender_before: frozenset[str]
    """The last words of "a message from" before a name: the sender is not there."""
    subject_verb: re.Pattern[str]
    """Matches a verb or auxiliary opening the text that follows a subject."""
    speech_verb_before: re.Pattern[str]
    """Matches a speech verb ending the text before an inverted subject."""
    meeting_verb: re.Pattern[str]
    alias_marker: re.Pattern[str]
    alias_cues: frozenset[str]
    """First words of the alias markers in their usual casings, for a quick literal test."""
    anterior_verb: re.Pattern[str]
    """Matches an auxiliary of an earlier past opening the text after a subject."""
    future_verb: re.Pattern[str]
    """Matches a verb of the future opening the text after a subject ("will visit")."""
    future_word: re.Pattern[str]
    """Finds a verb of the future anywhere ("… will convene …")."""
    imperfect_verb: re.Pattern[str]
    """Matches a verb of the imperfect, by its ending, opening the text after a subject."""
    prospective_event: re.Pattern[str]
    """Finds a word that sets a meeting ahead ("the upcoming visit of X", "la prochaine visite")."""
    lowercase_after_link_only: bool
    """Whether a lower-case word joins a role's complement only after a linking word."""
    qualifier_before: re.Pattern[str] = re.compile(r"(?!)")
    """Matches qualifiers ending just before a role head ("acting ", "l'ancien ")."""
    qualifier_at: re.Pattern[str] = re.compile(r"(?!)")
    """Matches qualifiers starting at a position, before a role head."""
    meeting_verb_before: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a meeting verb (with its article) ending the text before a person."""
    adverbial: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a short time adverbial between a subject and its verb ("on Sunday")."""
    between_before: re.Pattern[str] = re.compile(r"(?!)")
    """Matches "between"/"entre" (and an article) ending the text before a person."""
    planned: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a predicate placing an event in the future ("is planned", "est prévu")."""
    later_partner: re.Pattern[str] = re.compile(r"(?!)")
    """Matches the phrase opening a later event's partners: "in advance of a brunch with "."""
    prior_cause: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a predicate making the reported event an earlier one's sequel ("follows")."""
    name_breaks: frozenset[str] = frozenset()
    """Case-folded prepositions that end a name ("avec", "with"); an office never ends on one."""
    role_break: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a phrase that ends an office's complement: "à l'occasion", "on the sidelines"."""
    appointment: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a phrase appointing a person to the office that follows ("est nommé")."""
    holding: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a relative clause's opening that says the office the person holds or held
    ("qui occupait le poste de", "who served as"), before that office."""
    passive_auxiliary: re.Pattern[str] = re.compile(r"(?!)")
    """Matches an auxiliary of the passive ("était", "a été", "was")."""
    infinitive_markers: frozenset[str] = frozenset()
    """Words that open an infinitive after a role ("to attend"): the role ends before."""
    infinitive_endings: tuple[str, ...] = ()
    """Endings of an infinitive after its marker (« à prendre »), when the marker also links
    a complement (« délégué à la Santé »); none: any lower-case word after it."""
    not_infinitives: frozenset[str] = frozenset()
    """Nouns with an infinitive's ending after the marker (« à titre provisoire »)."""
    plea_verbs: frozenset[str] = frozenset()
    """Case-folded meeting phrases that ask rather than meet when an infinitive follows
    their object ("will call on X to release …")."""
    destination_links: frozenset[str] = frozenset()
    """Links to a destination ("to Malaysia"): in a role only after a posted head."""
    destination_place_links: frozenset[str] = frozenset()
    """Links to a destination only before a capitalised place ("en France", not "en exercice")."""
    posted_heads: frozenset[str] = frozenset()
    """Heads posted to a party ("ambassador to France"), case-folded."""
    posted_links: frozenset[str] = frozenset()
    """Words between an envoy's office and the state they are posted to ("en", "to")."""
    name_suffixes: frozenset[str] = frozenset()
    """Generational suffixes ending a name ("jr", "iii"), case-folded, without period."""
    post_nominals: frozenset[str] = frozenset()
    """Letters after a name ("MP", "QC"), case-folded."""
    comma_portfolios: bool = False
    """Whether a comma may list capitalised portfolios ("for Political, Legal and …")."""
    principal_after_article: bool = False
    """A principal's title glued to its name after an aide's office may follow an article
    (« l'émissaire du Président X »; in English "for the Secretary-General X" is the aide's)."""
    organ_words: frozenset[str] = frozenset()
    """Bodies, not portfolios, before a head: "Council President" is the council's."""
    republic_offices: tuple[str, ...] = ()
    """Offices titled by the republic (« président de la république »), case-folded, longest
    first: the role keeps the republic when the state's formal name follows."""
    portfolio_before_head: bool = False
    """Whether a portfolio may stand before the head ("External Affairs Minister")."""
    body_name_after_noun: bool = False
    """A body's capitalised name follows its noun ("l'Organisation Mondiale de la Santé")."""
    inner_titles: frozenset[str] = frozenset()
    """Titles that may stand inside a name ("Hassan Sheikh Mohamud"), case-folded."""
    name_stops: frozenset[str] = frozenset()
    """Words that end a name: verbs, links, post-nominals ("MP"), particles excepted."""
    not_name_words: frozenset[str] = frozenset()
    """Words of events, programmes, bodies and places: a name holding one is no person."""
    place_nouns: frozenset[str] = frozenset()
    """Nouns of a place before its proper name ("la région X"): no person's name follows."""
    comma_links: frozenset[str] = frozenset()
    """Links after which a comma continues a role's complement ("…, de la coopération")."""
    function_words: frozenset[str] = frozenset()
    """Links, prepositions and verbs: never a word of a name found without an honorific."""
    unstated_roles: frozenset[str] = frozenset()
    """Heads that state no office ("homologue"): the holder gets no role."""
    plural_roles: dict[str, str] = attrs.Factory(dict)
    """Case-folded plural head → singular role ("" for none): "les juges A, B et C"."""
    pair_complement: re.Pattern[str] = re.compile(r"(?!)")
    """Matches, after a plural role, the complement naming the two parties it serves: " of
    the two countries", « des deux pays » (no part of each holder's office)."""
    role_abbreviations: dict[str, str] = attrs.Factory(dict)
    """Abbreviated office, in its own case → the office it stands for: "PM" → "prime minister"."""
    plural_role: re.Pattern[str] | None = None
    """Matches a plural role head (any casing)."""
    account: re.Pattern[str] = re.compile(r"(?!)")
    """Finds a phrase giving an account of an earlier event ("a rendu compte de")."""
    period_before: re.Pattern[str] = re.compile(r"(?!)")
    """Finds links and a period word ending the text: " pour le mois", " for the month"."""
    list_join_before: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a phrase joining two items of a list, ending the text: "…, as well as "."""
    earlier_event_after: re.Pattern[str] = re.compile(r"(?!)")
    """Matches, right after a date, the meeting it dates and the link to the partner:
    "'s meeting with " in "President A's October 26 meeting with B"."""
    earlier_event_before: re.Pattern[str] = re.compile(r"(?!)")
    """Finds, ending right before a date, a meeting named by it: "l'entretien du "."""
    event_link_after: re.Pattern[str] = re.compile(r"(?!)")
    """Matches, right after a date, the link to the meeting's partner: " entre ", " with "."""
    recent_event: re.Pattern[str] = re.compile(r"(?!)")
    """Finds a meeting an adjective places before the reported one, and the link to its
    partners: "recent meeting between ", « rencontre précédente avec »."""
    instrument_partners: re.Pattern[str] = re.compile(r"(?!)")
    """Matches, right after an instrument's name, the participle and link to those who made
    it: " agreed between ", « , convenue entre »."""
    signing_list: re.Pattern[str] = re.compile(r"(?!)")
    """Finds a signing announcing its list, up to its colon: "les accords suivants ont été
    signés :", "the following agreements were signed:"."""
    attendance: re.Pattern[str] = re.compile(r"(?!)")
    """Finds a phrase after which the persons named took part: an inverted subject ("Also
    present were", "ont pris part aux entretiens"), a delegation's members ("the delegation
    included", "une délégation comprenant")."""
    side_leader: re.Pattern[str] = re.compile(r"(?!)")
    """Finds a side's opener and the participle naming its leader: "The French delegation,
    led by", « La délégation française, conduite par »; the name after it acts for the side."""
    company_opener: re.Pattern[str] = re.compile(r"(?!)")
    """Finds the words opening the company a subject came with, before its verb: "X along
    with the officials … was present", « M. X accompagné des fonctionnaires … était présent »."""
    side_opener: re.Pattern[str] = re.compile(r"(?!)")
    """A word opening one side's attendance phrase, alone ("délégation", "side"), any case."""
    attendance_list: re.Pattern[str] = re.compile(r"(?!)")
    """Finds an attendance phrase up to its colon: "Ont participé à la réunion :"."""
    attendance_colon: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a presence closing a line on its colon, a list below it ("En présence de :")."""
    attendance_object: re.Pattern[str] = re.compile(r"(?!)")
    """Matches the announcer opening an attendance phrase's object ("… attended by the
    following Heads of State …:"), a list below it."""
    behalf: re.Pattern[str] = re.compile(r"(?!)")
    """Matches "on behalf of" / "au nom de" after a role, before the party it acts for."""
    represented: re.Pattern[str] = re.compile(r"(?!)")
    """Matches, after a party, "was represented by" / "était représenté par" and the few words
    (an article, a style, an office) up to the delegate standing for it."""
    represents: re.Pattern[str] = re.compile(r"(?!)")
    """Matches, after a person's role, "represented" / « a représenté » and an article, up
    to the party the person stands for."""
    elided_represented: re.Pattern[str] = re.compile(r"(?!)")
    """Matches, after a party, the link alone ("par", "by") of a list of representations
    whose verb the first item states (« … représentée par X ; la France par Y »)."""
    commentators: frozenset[str] = frozenset()
    """Role heads of commentators ("analyst", "politologue"), case-folded: never participants."""
    work_nouns: frozenset[str] = frozenset()
    """Nouns of works before their author's agent ("works by X"), case-folded."""
    namesake_nouns: frozenset[str] = frozenset()
    """Nouns of things named after a person ("airport", "porte-avions"), case-folded."""
    namesake_tail: re.Pattern[str] | None = None
    """Matches after a name what goes on naming a thing after it: its place's link and a
    capital, or its acronym (« Université X de Dakar », « … X (UCAD) »)."""
    numbered_parts: frozenset[str] = frozenset()
    """Nouns a Roman numeral numbers, no given name before it ("Annex VII", "Chapitre IV")."""
    indefinite_articles: frozenset[str] = frozenset()
    """Indefinite articles ("a", « un »), case-folded: after a link they open no complement
    of an office ("re-elected president for a third term" is no office "president for a")."""
    place_prepositions: frozenset[str] = frozenset()
    """Prepositions of place ("near", "près de"), case-folded: a bare name after one is a place."""
    courtesy_roles: frozenset[str] = frozenset()
    """Titles of rank read as roles ("prince"), case-folded: an apposed office says more."""
    voice_aides: frozenset[str] = frozenset()
    """Aides who speak in their principal's name ("spokesperson", « porte-parole »), case-folded:
    a statement "issued by the Spokesperson for UN Secretary-General X" is X's."""
    office_styles: frozenset[str] = frozenset()
    """Honorifics that are also offices ("Ambassador X", "Senator X"), case-folded: the
    office of a name styled so, when no other is stated."""
    courtesy_titles: frozenset[str] = frozenset()
    """Titles worn as a style before a name ("l'Ambassadeur X"), case-folded: an office
    apposed before them is the role."""
    office_place_links: frozenset[str] = frozenset()
    """Links that, after a body's acronym in parentheses, lead to where the office sits, no
    part of it ("Directeur du Centre … (CFJ) au Ministère de la Justice"), case-folded."""
    nationals_abroad: tuple[str, ...] = ()
    """What says a state's nationals in an office live abroad ("de l'étranger", "Abroad")."""
    role_verb_object: re.Pattern[str] = re.compile(r"(?!)")
    """Spaces and an article right after a role head, which make the head a verb
    ("président une séance"), exact case; group 1 is the article."""
    patronymics: frozenset[str] = frozenset()
    """Links of a lineage between given names ("bin", "ibn"), exact case: the name starts
    at least one word before them."""
    retinue: re.Pattern[str] = re.compile(r"(?!)")
    """People who come along, after "and" ("… to Valmont and senior officials"):
    they close an office's complement, never join it."""
    principal_aides: frozenset[str] = frozenset()
    """An aide's office with its principal's ("porte-parole du secrétaire général"), as phrase
    keys: in "le Porte-parole du Secrétaire général de l'ONU, M. X", X is the principal."""
    past_verb: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a regular past opening the text after a subject ("circulated"), not a
    participle before its agent ("accompanied by")."""
    given_abbreviations: frozenset[str] = frozenset()
    """Given names abbreviated with a period that stay in the name ("Ma.", "Mohd.")."""
    lead_elaboration: re.Pattern[str] = re.compile(r"(?!)")
    """Matches the words opening a sentence that names the persons the one before counts:
    « Il s'agit respectivement de », "They are"."""
    question_label: re.Pattern[str] = re.compile(r"(?!)")
    """Finds a journalist's turn of a briefing transcript opening a line ("Q:", "Question :")."""
    joining_before: re.Pattern[str] = re.compile(r"(?!)")
    """Finds a noun of hosting or taking part and its link, ending the text: "at the
    invitation of ", "the participation in today's discussions of ", "en présence de "."""
    earlier_opener: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a phrase opening a sentence placed before the reported meeting ("Earlier
    that day", "Plus tôt dans la journée")."""
    identifying_opener: re.Pattern[str] = re.compile(r"(?!)")
    """Matches the opening of a sentence that names the guests the sentence before counted
    (« Il s'agit du ministre X et du conseiller Y », "They were Minister X and …")."""
    capitalised_names: frozenset[str] = frozenset()
    """Stop words that are names when capitalised ("Said"), as printed."""
    trip_word: re.Pattern[str] = re.compile(r"(?!)")
    """Finds a verb of a trip under way or starting now ("is travelling", "effectue")."""
    future_form: re.Pattern[str] = re.compile(r"(?!)")
    """Finds a verb in the future anywhere, listed or by its ending ("s'adressera")."""
    report_after: re.Pattern[str] = re.compile(r"(?!)")
    """Matches, after a person, the report they are thanked for: " for his briefing",
    ", pour son exposé"."""


def _role_table(table: dict[str, object], key: str, where: str) -> dict[str, str]:
    """A table of role forms and the role each stands for, validated."""
    forms = string_table(table, key, where=where)
    if not all(isinstance(value, str) for value in forms.values()):
        raise ResourceError(f"{where}: {key!r} must map strings to strings")
    return {form: str(value) for form, value in forms.items()}


def _plural_roles(table: dict[str, object], where: str) -> dict[str, str]:
    """The plural role heads, case-folded, and their singular."""
    return {
        key.casefold(): value for key, value in _role_table(table, "plural_roles", where).items()
    }


def _abbreviated_roles(abbreviations: dict[str, str]) -> str:
    """An alternative of the role pattern for the abbreviated offices, in their own case.

    Never right after a number: "5 PM" is a clock time, not "PM" the office.
    """
    if not abbreviations:
        return ""
    return rf"|(?<!\d)(?<!\d[ \t])(?:{trie_pattern(abbreviations)})"


_FUNCTION_KEYS = (
    "coordinators",
    "adjective_heads",
    "companion_links",
    "company_openers",
    "charge_links",
    "role_suffixes",
    "peerage_styles",
    "peerage_links",
    "acronym_determiners",
    "signing_labels",
    "delegation_labels",
    "event_participles",
    "participle_adverb_endings",
    "mourned_links",
    "mourned_qualifiers",
    "posting_links",
    "trip_length_units",
    "clause_participle_endings",
    "alternatives",
    "articles",
    "elided_articles",
    "determiners",
    "party_links",
    "name_party_links",
    "cause_links",
    "counterpart_links",
    "linked_party_ends",
    "indefinite_articles",
    "state_nouns",
    "complementizers",
    "complementizer_compounds",
    "respective_markers",
    "delegation_nouns",
    "plural_styles",
    "former_qualifiers",
    "time_qualifiers",
    "coordinated_determiners",
    "absence_phrases",
    "represented_verbs",
    "speaker_labels",
    "standing_heads",
    "relative_pronouns",
    "clause_openers",
    "office_keeping_verbs",
    "state_complements",
    "member_bodies",
    "given_name_titles",
    "holding_elisions",
    "capacity_phrases",
    "bare_capacity_phrases",
    "saint_titles",
    "plural_honorifics",
    "address_words",
)


@functools.cache
def person_words(key: str, language: str | None = None) -> tuple[str, ...]:
    """The function words under ``key`` of ``language``, or of every shipped language.

    Every shipped language's words come French first, once each.

    The patterns that read names and roles take the words of both languages (an English
    title in a French text keeps its "of the").

    >>> person_words("coordinators")
    ('et', 'and')

    Raises:
        ResourceError: a data file is missing or malformed.
    """
    return function_words("persons", _FUNCTION_KEYS, key, language)


def _subject_verbs(words: WordLists) -> tuple[str, ...]:
    """Verbs after a subject: those listed, and the future forms of the reported acts."""
    return (*words("subject_verbs"), *words("future_verbs"))


_ATTENDANCE_REACH: Final = 120
"""Characters between an attendance phrase and the colon of its list: "Étaient présents au
sommet, accompagnés chacun d'une délégation de ministres et de conseillers, les dirigeants
suivants :"."""
_REPRESENTED_WORDS: Final = 4
"""Words between "was represented by" and its delegate's name or office ("Senator the Hon.")."""


def styled_entry(text: str, vocab: PersonVocabulary) -> bool:
    """Whether a line opens with a person's style and goes on past a comma: a list's entry.

    "S.E.M. Karl LIROV, Président du Bénin", "H.E. Mr X, President of …": a name and its
    office, as an attendance list prints them one per line, never a section's heading.
    """
    return "," in text and vocab.honorific.match(text.lstrip()) is not None


@functools.cache
def entry_break() -> re.Pattern[str]:
    """A semicolon before the next entry of a list, and its coordinator ("; and", "; et")."""
    coordinators = alternation(person_words("coordinators"))
    return compile_pattern(rf";\s*(?:(?:{coordinators})\s+)?")


def entry_list(text: str, vocab: PersonVocabulary, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` lists persons as styled entries parted by semicolons.

    "H.E. A, President of X; H.E. B, Prime Minister of Y; and H.E. C, …": a summit's
    attendance printed without a verb; every semicolon opens the next styled entry.

    >>> english = person_vocabulary("en")
    >>> entry_list("H.E. A Bol, President of X; and H.E. C Dan, Prime Minister of Y.", english)
    True
    >>> entry_list("H.E. A Bol, President of X; the talks went on.", english)
    False
    """
    end = len(text) if end is None else end
    if not styled_entry(text[start:end], vocab):
        return False
    breaks = list(entry_break().finditer(text, start, end))
    return bool(breaks) and all(vocab.honorific.match(text, m.end()) for m in breaks)


@functools.cache
def person_vocabulary(language: Language) -> PersonVocabulary:
    """Load the person vocabulary of ``language`` once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    words = WordLists(language, "persons")
    where, table = words.where, words.table

    # Case-sensitive: "M." is one, "m." is not. A style of several words is also printed
    # in capitals in a headline ("STATEMENT BY HIS EXCELLENCY KARL LIROV", "SON EXCELLENCE").
    styles = words("honorifics")
    styles = (*styles, *dict.fromkeys(s.upper() for s in styles if " " in s.strip()))
    honorifics = trie_pattern(styles)
    marks = words("retired_marks")  # "Brigadier (ret'd)"
    retired_mark = rf"(?i:{trie_pattern(w.casefold() for w in marks)})|" if marks else ""
    # A retirement mark or a second style in brackets: "Brigadier (ret'd)", "Admiral (Prof)".
    retired = rf"(?:[ \t]*\((?:{retired_mark}(?:{honorifics})\.?)\))?"
    abbreviations = _role_table(table, "role_abbreviations", where)
    roles = trie_pattern(casings(words("roles")) | headline_casings(words("roles")))
    roles += _abbreviated_roles(abbreviations)
    suffixes = person_words("role_suffixes", language)  # "President-elect"
    if suffixes:
        roles = rf"(?:{roles})(?:{trie_pattern(casings(suffixes))})?"
    function_words = frozenset(
        w.casefold()
        for key in (
            "complement_links",
            "non_agent_before",
            "representing",
            "stop_words",
            "possessives",
        )
        for w in words(key)
    )
    particles = {p.casefold(): p for p in words("particles")}
    post_nominals = frozenset(w.casefold() for w in words("post_nominals"))
    qualifiers = rf"(?:(?:{trie_pattern(w.casefold() for w in words('role_qualifiers'))})\s+)+"
    placed = _placed_meeting_verbs(words)  # "s'est entretenue à Lomé avec"
    return PersonVocabulary(
        honorific_words=styles,
        role_words=words("roles"),
        honorific=compile_pattern(rf"(?<![\w'’])(?:{honorifics}){ABBREVIATION_END}{retired}"),
        role=compile_pattern(rf"(?<!\w)(?:{roles})(?![\w'’])"),
        capitals=compile_regex(_CAPITALS),
        article=compile_pattern(
            rf"(?<![\w'’])(?:(?:{alternation(person_words('articles'))})\s+"
            rf"|(?:{alternation(person_words('elided_articles'))})\s*)$",
            re.I,
        ),
        complement_words=frozenset(w.casefold() for w in words("complement_words")),
        complement_links=frozenset(w.casefold() for w in words("complement_links")),
        particles=particles,
        lineage_particles=casefolded(words("lineage_particles")),
        stop_words=frozenset(w.casefold() for w in words("stop_words")),
        possessives=frozenset(w.casefold() for w in words("possessives")),
        non_agent_before=frozenset(
            w.casefold() for key in ("non_agent_before", "representing") for w in words(key)
        ),
        represents_after=compile_pattern(
            rf"[ \t]*,?[ \t]*(?:{trie_pattern(w.casefold() for w in words('representing'))})"
            r"(?![\w'’])",
            re.I,
        ),
        sender_before=frozenset(phrase.casefold() for phrase in words("sender_before")),
        agent_before=frozenset(w.casefold() for w in words("agent_before")),
        # A verb in the future has its subject too ("Mme X participera à la cérémonie"):
        # whether that future is the reported event is the reader's call (``announced``).
        subject_verb=compile_pattern(
            rf"\s*(?:{trie_pattern(w.casefold() for w in _subject_verbs(words))})(?![\w'’])",
            re.I,
        ),
        speech_verb_before=_at_end(words("speech_verbs")),
        meeting_verb=compile_pattern(
            rf"{_after_elision()}(?:{trie_pattern(w.casefold() for w in _meeting_verbs(words))}"
            rf"|{placed})(?![\w'’])",
            re.I,
        ),
        alias_marker=word_pattern(words("alias_markers")),
        alias_cues=frozenset(casings(m.split()[0] for m in words("alias_markers"))),
        anterior_verb=_anterior_verb(words),
        future_verb=_future_verb(words),
        future_word=word_pattern(words("future_verbs")),
        imperfect_verb=_imperfect_verb(words),
        prospective_event=word_pattern(words("prospective_events")),
        account=word_pattern((*words("account_verbs"), *words("topic_links"))),
        signing_list=compile_pattern(
            guarded_trie(casings(words("signing_announcements")), r"[\w'’]")
            + r"(?![\w'’])[^.;:\n]{0,60}:"
        ),
        attendance=(attendance := _attendance(words)),
        side_leader=_side_leader(words),
        company_opener=compile_pattern(
            rf"\s*(?i:{alternation(companies)})(?!\w)"
            if (companies := person_words("company_openers", language))
            else r"(?!)"
        ),
        side_opener=compile_pattern(
            rf"(?<![\w'’-])(?:{trie_pattern(w.casefold() for w in words('attendance_openers'))})"
            r"(?![\w'’-])",
            re.I,
        ),
        attendance_list=compile_pattern(
            rf"(?:{attendance.pattern})[^.;:\n]{{0,{_ATTENDANCE_REACH}}}:", re.I
        ),
        attendance_colon=compile_pattern(
            rf"(?<![\w'’])(?:{alternation(words('attendance_colons')) or '(?!)'})[ \t]*:[ \t]*$",
            re.IGNORECASE,
        ),
        attendance_object=compile_pattern(
            rf"[ \t]*(?:{alternation(_attendance_objects(words)) or '(?!)'})(?![\w'’])",
            re.IGNORECASE,
        ),
        question_label=_question_label(words("question_labels")),
        lead_elaboration=compile_pattern(
            rf"\s*(?:{alternation(words('lead_elaborations'))})(?![\w'’-])", re.IGNORECASE
        ),
        behalf=compile_pattern(
            rf"\s+(?:{trie_pattern(w.casefold() for w in words('behalf_links'))})\s*", re.I
        ),
        represented=compile_pattern(
            rf"\s+(?:{trie_pattern(w.casefold() for w in words('represented_links'))})"
            rf"(?:\s+[\w.'’-]+,?){{0,{_REPRESENTED_WORDS}}}\s+",
            re.I,
        ),
        represents=compile_pattern(
            rf",?\s+(?:{trie_pattern(w.casefold() for w in words('represents_links'))})\s+"
            rf"(?:(?:{alternation(person_words('articles'))})\s+"
            rf"|(?:{alternation(person_words('elided_articles'))})\s*)?",
            re.I,
        ),
        elided_represented=compile_pattern(
            rf"\s+(?:{trie_pattern(w.casefold() for w in words('elided_represented_links'))})"
            rf"(?:\s+[\w.'’-]+,?){{0,{_REPRESENTED_WORDS}}}\s+",
            re.I,
        ),
        lowercase_after_link_only=table.get("lowercase_in_complement") == "after_link",
        comma_links=frozenset(w.casefold().replace("’", "'") for w in words("comma_links")),
        function_words=function_words,
        qualifier_before=compile_pattern(rf"(?<![\w'’])(?:{qualifiers})$", re.I),
        qualifier_at=compile_pattern(qualifiers, re.I),
        meeting_verb_before=_before_person(_meeting_verbs(words), placed=placed),
        adverbial=compile_pattern(
            rf"\s*,?\s*(?:{trie_pattern(w.casefold() for w in words('adverbials'))})"
            r"\s*,?(?=\s)",
            re.I,
        ),
        passive_auxiliary=word_pattern(words("passive_auxiliaries")),
        between_before=_before_person(words("between_words")),
        planned=word_pattern(words("planned_markers")),
        role_break=word_pattern(words("role_breaks")),
        name_breaks=casefolded(words("name_breaks")),
        indefinite_articles=casefolded(person_words("indefinite_articles", language)),
        later_partner=_later_partner(words),
        prior_cause=_prior_cause(words),
        appointment=word_pattern(words("appointments")),
        holding=word_pattern(words("holding_phrases")),
        infinitive_markers=frozenset(w.casefold() for w in words("infinitive_markers")),
        infinitive_endings=tuple(words("infinitive_endings")),
        not_infinitives=casefolded(words("not_infinitives")),
        plea_verbs=frozenset(" ".join(w.casefold().split()) for w in words("plea_verbs")),
        destination_links=casefolded(words("destination_links")),
        destination_place_links=casefolded(words("destination_place_links")),
        posted_heads=casefolded(words("posted_heads")),
        posted_links=casefolded(words("posted_links")),
        post_nominals=post_nominals,
        name_suffixes=frozenset(w.casefold().rstrip(".") for w in words("name_suffixes")),
        comma_portfolios=table.get("comma_portfolios") is True,
        principal_after_article=table.get("principal_after_article") is True,
        organ_words=frozenset(w.casefold() for w in words("organ_words")),
        republic_offices=tuple(
            sorted({w.casefold() for w in words("republic_offices")}, key=len, reverse=True)
        ),
        portfolio_before_head=table.get("portfolio_before_head") is True,
        body_name_after_noun=table.get("body_name_after_noun") is True,
        inner_titles=casefolded(words("inner_titles")),
        # ``difference``, not ``- particles.keys()``: a frozenset minus a dict's keys is a set.
        name_stops=(
            function_words
            | post_nominals
            | casefolded(words("name_breaks"))
            | casefolded(words("headline_verbs"))
            | _weekdays(language)  # "said Foreign Minister X Thursday"
            | casefolded(
                words("acronym_determiners", section="function_words")
            )  # « Cette SEM … »: no name
        ).difference(particles),
        not_name_words=frozenset(w.casefold() for w in words("not_name_words")),
        place_nouns=casefolded(words("place_nouns")),
        unstated_roles=frozenset(w.casefold() for w in words("unstated_roles")),
        plural_roles=(plurals := _plural_roles(table, where)),
        role_abbreviations=abbreviations,
        # the keys as written too: "MEPs" is no casing of "meps"
        plural_role=(
            word_pattern([*plurals, *_role_table(table, "plural_roles", where)])
            if plurals
            else None
        ),
        given_abbreviations=frozenset(words("given_abbreviations")),
        commentators=casefolded(words("commentator_roles")),
        courtesy_roles=casefolded(words("courtesy_roles")),
        voice_aides=casefolded(words("voice_aides")),
        courtesy_titles=casefolded(words("courtesy_titles")),
        office_styles=casefolded(words("office_styles")),
        principal_aides=frozenset(phrase_key(w) for w in words("principal_aides")),
        office_place_links=casefolded(words("office_place_links")),
        retinue=word_pattern(words("retinue_nouns")),
        pair_complement=compile_pattern(
            rf"[ \t]+(?:{trie_pattern(w.casefold() for w in words('pair_complements')) or '(?!)'})"
            r"(?![\w'’])",
            re.I,
        ),
        patronymics=frozenset(words("patronymics")),
        role_verb_object=compile_pattern(
            rf"{_SPACES}({alternation(words('role_verb_objects'), _SPACES)})"
            r"(?:(?<=['’])|(?![\w'’]))"
        ),
        nationals_abroad=tuple(words("nationals_abroad")),
        namesake_nouns=casefolded(words("namesake_nouns")),
        namesake_tail=_namesake_tail(words("namesake_links")),
        numbered_parts=casefolded(words("numbered_parts")),
        place_prepositions=casefolded(words("place_prepositions")),
        work_nouns=casefolded(words("work_nouns")),
        past_verb=_past_verb(words),
        period_before=compile_pattern(
            rf"(?:[ \t]+(?:{trie_pattern(w.casefold() for w in words('complement_links'))}))+"
            rf"[ \t]+(?:{trie_pattern(w.casefold() for w in words('period_words')) or '(?!)'})$",
            re.I,
        ),
        # "ainsi que de M. X", "as well as by Mr X": the preposition of the list repeated.
        list_join_before=_list_join_before(words),
        **_earlier_events(words),
        capitalised_names=frozenset(words("capitalised_names")),
        **_event_cues(words),
    )


_JOINING_GAP: Final = 6
"""Words between a noun of taking part and its link: "participation in today's talks of"."""


def _event_cues(words: WordLists) -> dict[str, re.Pattern[str]]:
    """The patterns of the host thanked, of a noun of taking part, and of the trip's time."""
    # "A l'invitation de …": a capital printed without its accent opens the sentence.
    nouns = trie_pattern(bare_initials(w.casefold() for w in words("joining_nouns"))) or "(?!)"
    links = trie_pattern(w.casefold() for w in words("joining_links")) or "(?!)"
    articles = words("articles", section="function_words")
    elided = words("elided_articles", section="function_words")
    article = rf"(?:{alternation(articles)})[ \t]+|{alternation(elided)}"
    return {
        "joining_before": compile_pattern(
            rf"(?<![\w'’])(?:{nouns})(?:[ \t]+[^\s.;:()]+){{0,{_JOINING_GAP}}}?[ \t]+"
            rf"(?:{links})(?:[ \t]+|(?<=['’]))(?:{article})?$",
            re.I,
        ),
        "earlier_opener": compile_pattern(
            rf"[\W_]*(?:{trie_pattern(w.casefold() for w in words('earlier_openers')) or '(?!)'})"
            r"(?![\w'’])",
            re.I,
        ),
        "identifying_opener": _identifying_opener(words("identifying_openers")),
        "trip_word": _trip_word(words),
        "future_form": _future_form(words),
        "report_after": _report_after(words),
    }


def predicate_at(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether a verb of a subject, or one in the future, opens the text at ``position``.

    "… le chef de l'État français arrive …", « le président sénégalais ira … »: what
    follows an office makes it the sentence's subject.
    """
    return (
        vocab.subject_verb.match(text, position) is not None
        or vocab.future_verb.match(text, position) is not None
    )


def _identifying_opener(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """An opening that names guests; an elided one glued to the next word (« il s'agit d'A »)."""
    forms = _apostrophes(phrases)
    elided = [p for p in forms if p.endswith(("'", "’"))]
    whole = [p for p in forms if not p.endswith(("'", "’"))]
    parts = [f"(?:{trie_pattern(whole)})(?![\\w'’])"] if whole else []
    parts += [f"(?:{trie_pattern(elided)})"] if elided else []
    return compile_pattern(rf"[\W_]*(?:{'|'.join(parts) or '(?!)'})", re.I)


def _apostrophes(phrases: tuple[str, ...]) -> list[str]:
    """``phrases`` case-folded, each with its apostrophes straight and typographic."""
    folded = {p.casefold() for p in phrases}
    return sorted(folded | {p.replace("'", "’") for p in folded})


def _trip_word(words: WordLists) -> re.Pattern[str]:
    """A verb of a trip under way: listed, or an opener and a trip's noun a few words on.

    "is travelling", « effectue » (`trip_verbs`); "begins a four-day state visit"
    (`trip_openers`, `trip_nouns`).
    """
    parts = []
    if words("trip_verbs"):
        parts.append(rf"(?<![\w'’])(?:{trie_pattern(casings(words('trip_verbs')))})(?![\w'’])")
    if words("trip_openers") and words("trip_nouns"):
        parts.append(
            rf"(?<![\w'’])(?:{trie_pattern(casings(words('trip_openers')))})"
            rf"(?:[ \t]+[\w'’-]+){{0,{_TRIP_GAP}}}?[ \t]+"
            rf"(?:{trie_pattern(casings(words('trip_nouns')))})(?![\w'’])"
        )
    return compile_pattern("|".join(parts)) if parts else _NEVER


_TRIP_GAP: Final = 4
"""Words at most between a trip's opener and its noun ("begins a four-day state visit")."""


def _report_after(words: WordLists) -> re.Pattern[str]:
    """The report a person is thanked for, right after them: " for his briefing on …".

    A link of `report_links`, maybe a determiner, then a noun of `spoken_reports`: a
    briefing given to the meeting, not a written report ("thanked X for his report").
    """
    links = trie_pattern(w.casefold() for w in words("report_links"))
    nouns = trie_pattern(w.casefold() for w in words("spoken_reports"))
    if not links or not nouns:
        return _NEVER
    determiners = words("determiners", section="function_words")
    elided = words("elided_articles", section="function_words")
    determiner = rf"(?:(?:{alternation(determiners)})[ \t]+|{alternation(elided)})?"
    return compile_pattern(
        rf"[ \t]*,?[ \t]*(?:{links})[ \t]+{determiner}(?:{nouns})(?![\w'’])", re.I
    )


_NEVER: Final = re.compile(r"(?!)")


def _meeting_verbs(words: WordLists) -> tuple[str, ...]:
    """The meeting verbs, and those of a compound tense with an adverb inside.

    "s'est ensuite entretenu avec", "a également reçu": an adverb of `meeting_adverbs`
    after an auxiliary of `meeting_auxiliaries` that opens a listed verb.
    """
    verbs = words("meeting_verbs")
    auxiliaries = words("meeting_auxiliaries")
    inserted = [
        f"{auxiliary} {adverb}{verb[len(auxiliary) :]}"
        for verb in verbs
        for auxiliary in auxiliaries
        if verb.startswith(f"{auxiliary} ")
        for adverb in words("meeting_adverbs")
    ]
    return (*verbs, *inserted, *_reports_by(words))


def _reports_by(words: WordLists) -> list[str]:
    """A report to the meeting with the participle that gives it, then its agent.

    "the briefing given by X", "l'exposé présenté par X": whoever briefs the reported
    meeting takes part in it, whatever the verb of giving (`report_nouns`,
    `report_participles`, then a word of `agent_before`).
    """
    return [
        f"{noun} {participle} {agent}"
        for noun in words("report_nouns")
        for participle in words("report_participles")
        for agent in words("agent_before")
    ]


def _earlier_events(words: WordLists) -> dict[str, re.Pattern[str]]:
    """The patterns of a meeting named by its date ("A's October 26 meeting with B").

    The date qualifies the meeting's noun, before it or after a genitive link ("the meeting
    of 26 October with", "l'entretien du 26 octobre entre"); a date after "on" dates the
    reported event itself and is not read here.
    """
    nouns = trie_pattern(w.casefold() for w in words("event_nouns")) or "(?!)"
    links = trie_pattern(w.casefold() for w in words("event_links")) or "(?!)"
    genitives = trie_pattern(w.casefold() for w in words("event_date_links")) or "(?!)"
    earlier = trie_pattern(w.casefold() for w in words("earlier_event_words")) or "(?!)"
    made = trie_pattern(w.casefold() for w in words("instrument_partner_links")) or "(?!)"
    return {
        "earlier_event_after": compile_pattern(
            rf"(?:['’]s)?[ \t]+(?:[^\W\d_][\w-]*[ \t]+)?(?:{nouns})[ \t]+(?:{links})[ \t]",
            re.I,
        ),
        "earlier_event_before": compile_pattern(
            rf"(?<!\w)(?:{nouns})[ \t]+(?:{genitives})(?:[ \t]+|(?<=['’]))$", re.I
        ),
        "event_link_after": compile_pattern(rf"[ \t]*,?[ \t]*(?:{links})[ \t]", re.I),
        # the adjective before the noun ("recent meeting between"), or after it in French
        # (« la rencontre précédente entre »)
        "recent_event": compile_pattern(
            rf"(?<!\w)(?:(?:{earlier})[ \t]+(?:{nouns})|(?:{nouns})[ \t]+(?:{earlier}))"
            rf"[ \t]+(?:{links})[ \t]",
            re.I,
        ),
        "instrument_partners": compile_pattern(rf"[ \t]*,?[ \t]*(?:{made})[ \t]", re.I),
    }


def _future_parts(words: WordLists) -> tuple[str, str | None]:
    """The listed future forms and the future endings, as alternations of case-folded words.

    The endings are None when the language lists none.
    """
    listed = trie_pattern(w.casefold() for w in words("future_verbs")) or "(?!)"
    endings = words("future_endings")
    return listed, trie_pattern(w.casefold() for w in endings) if endings else None


def _future_verb(words: WordLists) -> re.Pattern[str]:
    """A verb of the future or conditional opening the text after a subject.

    Listed ("will", "se rendra"), or read by its ending after an optional clitic ("se
    retrouveront", "se rencontreraient"; `future_endings`, `future_clitics`).
    """
    listed, ending = _future_parts(words)
    if ending is None:
        return compile_pattern(rf"\s*(?:{listed})(?![\w'’])", re.I)
    clitics = trie_pattern(w.casefold() for w in words("future_clitics")) or "(?!)"
    return compile_pattern(
        rf"\s*(?:{listed}|(?:(?:{clitics})\s*)?[^\W\d_]{{2,}}?(?:{ending}))(?![\w'’])", re.I
    )


def _attendance_objects(words: WordLists) -> tuple[str, ...]:
    """The objects announcing a list after an attendance phrase, or else its announcers."""
    return words("attendance_objects") or words("attendance_announcers")


def _imperfect_verb(words: WordLists) -> re.Pattern[str]:
    """A verb of the imperfect, read by its ending after an optional clitic.

    « Le ministre entretenait de bons rapports avec X », « la ministre s'y rendait »: the
    narrative's verb opens the predicate (``imperfect_endings``, ``future_clitics``); not a
    participle written alike (« défait », « satisfait »: ``imperfect_lookalikes``). A
    language that lists no ending matches nothing.
    """
    endings = words("imperfect_endings")
    if not endings:
        return compile_pattern(r"(?!)")
    ending = trie_pattern(w.casefold() for w in endings)
    clitics = trie_pattern(w.casefold() for w in words("future_clitics")) or "(?!)"
    lookalikes = trie_pattern(w.casefold() for w in words("imperfect_lookalikes")) or "(?!)"
    return compile_pattern(
        rf"\s*(?:(?:{clitics})\s*)?(?!(?:{lookalikes})(?![\w'’]))"
        rf"[^\W\d_]{{3,}}?(?:{ending})(?![\w'’])",
        re.I,
    )


def _future_form(words: WordLists) -> re.Pattern[str]:
    """A verb in the future anywhere: listed, or a lower-case word with a future ending.

    "Le Président prononcera demain un discours": the opening announces a later event
    (after an elided clitic too).
    """
    listed, ending = _future_parts(words)
    return compile_pattern(
        rf"(?<!\w)(?:{listed}|[^\W\d_A-ZÀ-Þ][^\W\d_]+?(?:{ending or '(?!)'}))(?![\w'’])"
    )


def _namesake_tail(links: tuple[str, ...]) -> re.Pattern[str] | None:
    """What goes on naming a thing after a person's name, its place or its acronym.

    A place's link and a capital (« de Dakar », "of Valmont"), or an acronym in brackets
    ("(UCAD)").
    """
    if not links:
        return None
    return compile_pattern(
        rf"[ \t]+(?:{alternation(links)})(?:(?<=['’])|[ \t]+){CAPITAL}|[ \t]*\([A-Z]{{2,8}}\)"
    )


def _past_verb(words: WordLists) -> re.Pattern[str]:
    """A lower-case word with a regular past ending, not before an agent ("by").

    Not a participle that describes ("based", "detained"), nor a past of a life or a
    history ("founded"): ``descriptive_participles``, ``historical_pasts``.
    """
    endings = words("past_endings")
    if not endings:
        return re.compile(r"(?!)")
    agents = alternation(words("agent_before"))
    described = alternation((*words("descriptive_participles"), *words("historical_pasts")))
    return compile_pattern(
        rf"\s*(?!(?:{described})(?![\w'’]))"
        rf"[^\W\d_A-Z][\w-]*(?:{alternation(endings)})(?![\w'’])(?!\s+(?:{agents})\b)"
    )


@functools.cache
def article_at() -> re.Pattern[str]:
    """An article ("le ", "les ", "l'", "the "), as a whole word, in any shipped language.

    So "legal adviser" and "theatre commander" keep their first letters.
    """
    articles = alternation(person_words("articles"))
    return compile_pattern(
        rf"(?:{articles})\s+|(?:{alternation(person_words('elided_articles'))})\s*", re.I
    )


@functools.cache
def address_word() -> re.Pattern[str]:
    """Spaces, a word of address and its space before a capital: " Dear ", « Chère ».

    A speech's salutation greets a guest by name ("…, Dear Karl Lirov,", « …, Cher Paul
    Deroux, »): the word is no word of the name (`address_words`, every shipped language).
    """
    words = alternation(person_words("address_words")) or "(?!)"
    return compile_pattern(rf"[ \t]*(?:{words})[ \t]+(?={CAPITAL})")


@functools.cache
def address_before() -> re.Pattern[str]:
    """A word of address and its spaces ending the text searched: "…, Dear "."""
    words = alternation(person_words("address_words")) or "(?!)"
    return compile_pattern(rf"(?<![\w'’])(?:{words})[ \t]+$")


@functools.cache
def folded_articles() -> frozenset[str]:
    """The articles of every shipped language, case-folded ("the", « le », « les »).

    A sentence may open on one ("The", « Le »), and a plural office may follow one ("They
    are the ambassadors of …").
    """
    return frozenset(word.casefold() for word in person_words("articles"))


def after_former_qualifier(text: str, start: int) -> bool:
    """Whether a qualifier of a past office ends the text before ``start`` ("l'ancienne ")."""
    return _former_before().search(text, max(0, start - _FORMER_REACH), start) is not None


@functools.cache
def _former_before() -> re.Pattern[str]:
    """A qualifier of a past office ending the text before a role ("l'ancien ", "former ")."""
    words = alternation(person_words("former_qualifiers"))
    # A demonym may stand between: "former French Prime Minister".
    return compile_pattern(rf"(?<![\w-])(?:{words})[ \t]*(?:[^\W\d_][\w-]*[ \t]+)?$", re.I)


_FORMER_REACH: Final = 20
"""Characters before a role searched for a qualifier of a past office."""


def former_office(role: str) -> bool:
    """Whether an office is qualified as past: "ancien président", "ex-ministre"."""
    words = _former_words()
    first = role.split(maxsplit=1)[0] if role else ""
    return first in words or any(w.endswith("-") and role.startswith(w) for w in words)


def office_without_qualifier(role: str) -> str:
    """A past office without its qualifier: "président" for "ancien président"."""
    first, _, rest = role.partition(" ")
    if first in _former_words():  # "ancienne présidente": not "ancien" + "ne présidente"
        return rest
    for word in _former_words():
        if word.endswith("-") and role.startswith(word):  # "ex-ministre"
            return role[len(word) :]
    return role


@functools.cache
def _former_words() -> tuple[str, ...]:
    """The qualifiers of a past office of every language, case-folded ("ancien", "ex-")."""
    return tuple(word.casefold() for word in person_words("former_qualifiers"))


def time_qualifier(role: str) -> str | None:
    """The qualifier of a past time opening an office ("then" in "then prime minister")."""
    first = role.split(maxsplit=1)[0] if role else ""
    for word in _time_words():
        if first == word or (word.endswith("-") and role.startswith(word)):
            return word
    return None


def office_without_time(role: str) -> str:
    """An office without its qualifier of a past time ("then prime minister")."""
    word = time_qualifier(role)
    return role if word is None else role[len(word) :].lstrip()


@functools.cache
def _time_words() -> tuple[str, ...]:
    """The qualifiers of a past time of every language, case-folded ("then", "alors")."""
    return tuple(word.casefold() for word in person_words("time_qualifiers"))


def _list_join_before(words: WordLists) -> re.Pattern[str]:
    """A phrase joining list items ending the text: "as well as ", "ainsi que de ".

    The list's preposition may be said again after it ("accompagné de A, ainsi que de B").
    """
    joins = trie_pattern(w.casefold() for w in words("list_joins")) or "(?!)"
    links = trie_pattern(w.casefold() for w in words("list_join_links")) or "(?!)"
    return compile_pattern(rf"(?<!\w)(?:{joins})(?:[ \t]+(?:{links}))?[ \t]*(?<=[ \t'’])$", re.I)


def _weekdays(language: Language) -> frozenset[str]:
    """The full names of the weekdays, which end a name they follow (not "Sun", a name)."""
    names = date_vocabulary(language).weekdays
    return frozenset(name for name in names if len(name) > _WEEKDAY_ABBREVIATION)
