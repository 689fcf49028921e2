"""Words around a party that tell its part: topic, visit, government office, first person.

The words are data (``resources/<lang>/parties.toml``); this module compiles them once per
language into the patterns ``resolve.parties``, ``resolve.hosts`` and
``resolve.home_state`` read.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.foldedtrie import folded_trie
from communique.lexicon import WordLists
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.wordtrie import alternation, casings, fold_name, trie_pattern, word_pattern

if TYPE_CHECKING:
    from communique.model import Language

__all__ = ["PartyCues", "optional_article", "party_cues"]


@shared_repr
@attrs.frozen(eq=False, repr=False)
class PartyCues:
    """The compiled cue patterns of one language."""

    locative: re.Pattern[str]
    """A locative preposition ending the text searched: "au ", "in the "."""
    place: re.Pattern[str]
    """A locative preposition ending the text searched, or one and a place named before the
    state: "au ", "in Geneva, ", "à Genève (" (the state of a place is a place too)."""
    organisation_place: re.Pattern[str]
    """The prepositions that make an organisation a place ("auprès de l'", "at the"): after
    "au"/"à", one is addressed ("présentera son rapport au Parlement panafricain")."""
    lead_topic: re.Pattern[str]
    """A topic preposition (and article) ending the text searched: "to discuss ", "sur la "."""
    noun_demonym: re.Pattern[str]
    """An article ending the text searched that makes a capitalised demonym after it a
    person's noun: « un ». Never matches in English."""
    conflict_between: re.Pattern[str]
    """A conflict's noun and link, and a first side and its join if any, ending the text
    searched: "the tension between ", "tensions entre la Russie et l'"."""
    conflict_pair: re.Pattern[str]
    """After a state, the other of a pair and a conflict's noun: "-Ukraine tensions"; or,
    after the second of a pair, the noun alone: " tensions"."""
    seat: re.Pattern[str]
    """A verb of an office sitting at home: "chaired", "a présidé"."""
    partner: re.Pattern[str]
    """A preposition of partnership ending the text searched: "avec la ", "with "."""
    members: re.Pattern[str]
    """The members of an organisation and their link, ending the text searched: "États
    membres de la ", "member states of the " (a tour of them visits states, not the
    organisation)."""
    place_feature_after: re.Pattern[str]
    """A sea's or a land's word right after a party's name, naming a place: " Ocean" ("the
    Indian Ocean"), " Sea" ("the South China Sea")."""
    place_feature_before: re.Pattern[str]
    """A sea's or a land's word ending the text before a party's name: "Gulf of " ("the Gulf
    of Guinea"), « océan » (« l'océan Indien »)."""
    modifier_suffix: re.Pattern[str]
    """A hyphened word after a party's name making it a modifier, no party named:
    "-related" ("the ASEAN-related meetings"). Never matches in French."""
    pair: re.Pattern[str]
    """A preposition opening a pair of parties, ending the text searched: "entre le ",
    "between "."""
    chair: re.Pattern[str]
    """A word that makes a person the chair of an organisation: "Chairperson-in-Office"."""
    joint_chairs: frozenset[str]
    """Chair words of several chairs, folded (``fold_name``): "under the successive
    chairmanships of X, …, and Y", "co-chaired by X and Y"."""
    visit_past: re.Pattern[str]
    """Words that put a visit before the event reported: "au lendemain de", "on his return
    from" (the visit's hosts are no parties of it)."""
    visit_topic: re.Pattern[str]
    """A word after which a visit's sentence names its topic: "discuss", "évoquer"."""
    title_event: re.Pattern[str]
    """An event noun opening the text matched: " summit"; after a possessive, one the state
    hosts with no side of it ("’s Elections", not "’s Summit with the EU")."""
    visit: re.Pattern[str]
    """A word of a visit: "visit", "se rendra"."""
    home_office: re.Pattern[str]
    """An office or body of a national government: "Prime Minister", "ministère"."""
    reception: re.Pattern[str]
    """A word of a reception by a host: "received", « en audience », "credentials"."""
    body_opening: re.Pattern[str]
    """A government body opening the text matched: "Le Gouvernement", "The Ministry"."""
    first_person: re.Pattern[str]
    """A first person plural pronoun or possessive: "our", "nous"."""
    first_person_singular: re.Pattern[str]
    """The author's "I" / "je" ("j'" glued to its verb), case as listed."""
    clause_opening: re.Pattern[str]
    """A clause's start, a conjunction and an article before its subject: ", and the "."""
    subject_verb: re.Pattern[str]
    """An auxiliary or verb of which a party may be the subject: "are", "sont"."""
    coordination: re.Pattern[str]
    """What joins two parties of one subject, in full: ", ", " and the "."""
    name_head: re.Pattern[str]
    """A capitalised word that is no article, and a coordinator if any, ending the text
    searched: "National ", "Mediation and " (the head of another body's name)."""
    delegate_head: re.Pattern[str]
    """An office whose holder a state sends: "foreign ministers", "homologues"."""
    delegate_link: re.Pattern[str]
    """A link from an office to the state it serves, ending the text searched: "of the "."""
    office_words: frozenset[str]
    """Small words of an office's title, case-folded: "of", "and", "des"."""
    portfolio_links: frozenset[str]
    """Small words after which a title may go on in lower case: "des" (French only)."""
    member_groups: frozenset[str]
    """Nouns of a group of states whose members a bracket lists, case-folded: "countries"
    ("the Benelux countries (Belgium, the Netherlands and Luxembourg)")."""
    future_time: re.Pattern[str]
    """A phrase of a time to come: "next week", "la semaine prochaine"."""
    future_visit: re.Pattern[str]
    """A verb that announces a visit: "will travel", "se rendra"."""
    visit_purpose: re.Pattern[str]
    """A purpose before a lower-case verb, ending a visit's destinations: " to reaffirm"."""
    article_before: re.Pattern[str]
    """An article ending the text searched: "the ", "l'"."""
    welcome_verbs: frozenset[str]
    """Verbs of statement that host a person taken as their object: "welcomed"."""
    grouping_members: re.Pattern[str]
    """What follows a grouping's name up to the first of the members it lists: "(G7)
    Industrialized nations, including the ", « , dont le »; only its code, capitalised words
    and a noun of members stand before the opener ("The G7 urged major economies, including
    …" lists no members)."""
    list_join: re.Pattern[str]
    """What joins two states of one list of offices, in full: ", ", " et de la ", ", as well
    as " (a single line break may stand in it: "Japan, the⏎United Kingdom")."""
    party_list: re.Pattern[str]
    """An announcer of the parties that take part, up to its colon: "The following Member
    States were represented:", "des États membres suivants :"."""
    party_agent: re.Pattern[str]
    """An agent's preposition a list of parties follows: "signed by ", "signé par "."""
    party_subject: re.Pattern[str]
    """A verb of attendance whose subject is a list of parties: "A, B and C were represented
    by officials", « A et B étaient représentés »."""
    topic_word: re.Pattern[str]
    """A topic preposition anywhere: "against", "sur" (a list after one is a topic)."""
    vote_label: re.Pattern[str]
    """A label of a recorded vote and its colon: "In favour (30):", "Abstentions :"."""
    guest: re.Pattern[str]
    """Words that make the persons after them guests: "were joined by"."""
    office_head: re.Pattern[str]
    """Portfolios coordinated up to an office's head, opening the text matched: " & Development
    Office" (after "Foreign, Commonwealth")."""
    coordinated: re.Pattern[str]
    """A capitalised word and a coordinator ending the text searched: "Foreign, "."""
    office_joiner: re.Pattern[str]
    """A coordinator of portfolios opening the text matched: " & ", ", ", " and "."""
    office_opener: re.Pattern[str]
    """An office's head and the capitalised and small words of its title ending the text
    searched: "Ministry for ", "ministère des Affaires de l'"."""
    portfolio_tail: re.Pattern[str]
    """A portfolio's noun opening the text matched: " Affairs"."""
    portfolio_before: re.Pattern[str]
    """A portfolio's noun ending the text searched, before an adjective: "affaires "."""


def optional_article(articles: str) -> str:
    """An optional article from the alternation ``articles``, before the word it determines.

    An elided article ("l'") is glued to the word; the others are followed by a space.

    >>> import re
    >>> re.match(optional_article("le|l'"), "l'Union").end()
    2
    >>> re.match(optional_article("le|l'"), "le Conseil").end()
    3
    """
    return rf"(?:(?:{articles})(?<=['’])|(?:{articles})[ \t]+)?"


def _conflict_between(words: WordLists, article: str) -> re.Pattern[str]:
    """A conflict's noun, its link and a first side with its join, ending the text searched."""
    nouns = trie_pattern(w.casefold() for w in words("conflict_nouns"))
    links = trie_pattern(w.casefold() for w in words("conflict_links"))
    joins = trie_pattern(w.casefold() for w in words("conflict_joins"))
    if not nouns or not links:
        return compile_pattern("(?!)")
    # « l'invasion illégale et injustifiable de … »: adjectives after the noun, in lower case
    # (none in English, which sets them before it: "the illegal invasion of …")
    joins_qualifiers = words("conflict_qualifier_joins")
    adjective = r"[ \t]+(?-i:[^\W\d_A-ZÀ-Þ])[\w'’-]*"
    qualifiers = (
        rf"(?:{adjective}(?:[ \t]+(?:{alternation(joins_qualifiers)}){adjective})?)?"
        if joins_qualifiers
        else ""
    )
    return compile_pattern(
        rf"(?<!\w)(?:{nouns}){qualifiers}"
        rf"(?:[ \t]+|(?<=['’]))(?:{links})(?:[ \t]+|(?<=['’])){article}"
        rf"(?:[^\n,;.()]{{1,{_SIDE_CHARS}}}?[ \t]+(?:{joins})[ \t]+{article})?$",
        re.I,
    )


_SIDE_CHARS: Final = 40
"""Characters at most of the first side of a conflict ("the Democratic Republic of …")."""


def _ending(words: tuple[str, ...]) -> re.Pattern[str]:
    """Matches one of ``words`` (any case) ending the text searched, then spaces."""
    return compile_pattern(
        rf"(?<![\w'’])(?:{trie_pattern(w.casefold() for w in words)})[ \t#]*$", re.I
    )


def _place(words: tuple[str, ...], *, session: bool = False) -> re.Pattern[str]:
    """Matches a locative preposition, then a place and a comma or bracket if any, ending the text.

    "met in Geneva, Switzerland", "réunis à Genève (Suisse)": the state locates its city.
    With ``session``, a lower-case word and an ordinal may stand before an organisation
    whose session it is: "on the sidelines of the ongoing 78th United Nations General
    Assembly", "en marge de la 79e Assemblée générale".
    """
    place = r"(?-i:[A-ZÀ-Ý])[\w'’.-]*(?:[ \t]+(?-i:[A-ZÀ-Ý])[\w'’.-]*){0,2}"
    numbered = (
        r"(?:(?-i:[a-zà-ÿœ]+)[ \t]+)?\d{1,4}(?-i:st|nd|rd|th|e|ème|er|re)?[ \t]+" if session else ""
    )
    return compile_pattern(
        rf"(?<![\w'’])(?:{trie_pattern(w.casefold() for w in words)})[ \t#]*"
        rf"(?:{place}[ \t]*[,(][ \t]*|{numbered})?$",
        re.I,
    )


def _folded(words: tuple[str, ...], after: str, *, before: str = r"[\w'’]") -> re.Pattern[str]:
    """One of ``words`` in any case, not after ``before`` (a class), then ``after`` (a pattern)."""
    return compile_pattern(rf"{folded_trie(words, before)}{after}", re.I)


def _anywhere(words: tuple[str, ...]) -> re.Pattern[str]:
    """Matches one of ``words`` in any case, with or without accents.

    "Chef de l'Etat", "PRIME MINISTER", "PRESIDENT EN EXERCICE".
    """
    spelled = {*words, *(fold_name(word) for word in words)}
    # A hyphen continues a word: "Secretary-General" holds no "secretary".
    return compile_pattern(folded_trie(sorted(spelled), r"[\w'’-]") + r"(?![\w'’-])", re.I)


@functools.cache
def party_cues(language: Language) -> PartyCues:
    """The cue patterns of ``language``, compiled once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    words = WordLists(language, "parties")

    features = words("place_features_after")
    events = trie_pattern(casings(words("title_event_words")))
    hosted = trie_pattern(casings(words("title_hosted_events"))) or "(?!)"
    openers = trie_pattern(w.casefold() for w in words("clause_openers"))
    article = optional_article(trie_pattern(w.casefold() for w in words("articles")))
    return PartyCues(
        locative=_ending(words("locative_words")),
        place=_place(words("locative_words")),
        organisation_place=_place(words("organisation_locative_words"), session=True),
        lead_topic=_ending(words("lead_topic_words")),
        noun_demonym=(
            _ending(words("noun_demonym_articles"))
            if words("noun_demonym_articles")
            else compile_pattern("(?!)")
        ),
        conflict_between=_conflict_between(words, article),
        conflict_pair=compile_pattern(
            rf"(?:[-–/][\w'’.-]+)?[ \t]+(?:{trie_pattern(casings(words('conflict_nouns')))})"
            r"(?![\w'’])"
        ),
        visit_topic=_anywhere(words("visit_topic_words")),
        visit_past=_anywhere(words("visit_past_words")),
        chair=_anywhere((*words("chair_words"), *words("joint_chair_words"))),
        joint_chairs=frozenset(fold_name(w) for w in words("joint_chair_words")),
        partner=_ending(words("partner_words")),
        pair=_ending(words("pair_words")),
        place_feature_after=(
            compile_pattern(
                # as printed or in capitals: "the Kenya ocean strategy" names Kenya
                rf"[ \t]+(?:{trie_pattern(sorted({*features, *(w.upper() for w in features)}))})"
                r"(?![\w'’-])"
            )
            if words("place_features_after")
            else compile_pattern("(?!)")
        ),
        place_feature_before=(
            # after an elided article too: « l'océan Indien »
            compile_pattern(
                rf"(?<!\w)(?:{trie_pattern(w.casefold() for w in words('place_features_before'))})"
                r"[ \t]+$",
                re.I,
            )
            if words("place_features_before")
            else compile_pattern("(?!)")
        ),
        modifier_suffix=(
            compile_pattern(
                rf"[-‐–](?:{trie_pattern(casings(words('modifier_suffixes')))})(?![\w'’-])"
            )
            if words("modifier_suffixes")
            else compile_pattern("(?!)")
        ),
        members=compile_pattern(
            rf"(?<![\w'’])(?:{trie_pattern(w.casefold() for w in words('member_words'))})"
            r"[ \t]+(?:[^\W\d]+['’]?[ \t]*){1,2}$",
            re.I,
        ),
        seat=_anywhere(words("seat_verbs")),
        title_event=compile_pattern(rf"(?:['’]s[ \t]+(?:{hosted})|[ \t]+(?:{events}))(?![\w'’])"),
        visit=word_pattern(words("visit_words")),
        home_office=_anywhere(words("home_offices")),
        reception=_anywhere(words("reception_words")),
        body_opening=compile_pattern(
            rf"[ \t]*{article}(?:{trie_pattern(w.casefold() for w in words('home_bodies'))})"
            r"(?![\w'’-])",
            re.I,
        ),
        first_person=word_pattern(words("first_person_words")),
        first_person_singular=compile_pattern(
            rf"(?<![\w'’])(?:{alternation(words('first_person_singular')) or '(?!)'})"
            r"(?:(?<=['’])|(?![\w'’]))"
        ),
        clause_opening=compile_pattern(
            rf"(?:^|[,;:.!?\n]|(?<![\w'’])(?:{openers}))[ \t]*{article}$", re.I
        ),
        subject_verb=word_pattern(words("subject_verbs")),
        coordination=compile_pattern(
            rf"[ \t,]*(?:(?:{trie_pattern(w.casefold() for w in words('coordinators'))})[ \t]*)?"
            rf"{article}",
            re.I,
        ),
        name_head=_name_head(words),
        delegate_head=_anywhere(words("delegate_heads")),
        delegate_link=_folded(words("delegate_links"), r"(?:(?<=['’])|\s+)$"),
        office_words=frozenset(w.casefold() for w in words("office_words")),
        portfolio_links=frozenset(w.casefold() for w in words("portfolio_links")),
        member_groups=frozenset(w.casefold() for w in words("member_group_nouns")),
        future_time=_anywhere(words("future_time_words")),
        future_visit=_anywhere(words("future_visit_verbs")),
        visit_purpose=compile_pattern(
            rf"(?<![\w'’-])(?:{trie_pattern(words('visit_purposes'))})(?:(?<=['’])|\s+)"
            r"(?=[a-zà-ÿ])"
        ),
        welcome_verbs=frozenset(w.casefold() for w in words("welcome_verbs")),
        grouping_members=_grouping_members(words, article),
        list_join=_list_join(words, article),
        party_list=_folded(words("party_list_announcers"), r"(?![\w'’])[^.;:!?]{0,200}:"),
        party_agent=_folded(words("party_list_agents"), r"(?![\w'’])"),
        party_subject=_folded(words("party_subject_verbs"), r"(?![\w'’])"),
        topic_word=_anywhere(words("lead_topic_words")),
        vote_label=_folded(
            words("vote_labels"),
            r"[ \t]*(?:\([ \t]*\d+[ \t]*\)[ \t]*)?:",
            before=r"[\w'’-]",
        ),
        guest=_anywhere(words("guest_words")),
        **_office_names(
            words, WordLists(language, "persons")("charge_links", section="function_words")
        ),
        article_before=_folded(words("articles"), r"(?:(?<=['’])|[ \t]+)$"),
    )


_GAP: Final = r"(?:[ \t]|\n(?![ \t]*\n))"
"""A space or a single line break (a hard-wrapped line, not a blank line)."""


def _grouping_members(words: WordLists, article: str) -> re.Pattern[str]:
    """A grouping's bracketed code, capitalised words and noun of members, then the opener."""
    openers = trie_pattern(w.casefold() for w in words("grouping_member_openers"))
    members = trie_pattern(w.casefold() for w in words("member_group_nouns"))
    return compile_pattern(
        # the code's closing bracket when the code is the mention ("Group of 7 (G7)")
        r"\)?(?:[ \t]*\([^()\n]{1,12}\))?(?:[ \t]+[A-ZÀ-Ý][\w'’-]*){0,2}"
        rf"(?:[ \t]+(?i:{members}))?[ \t]*,?[ \t]*"
        rf"(?i:{openers})(?![\w'’])[ \t]*{article}",
    )


def _list_join(words: WordLists, article: str) -> re.Pattern[str]:
    """What joins two parties of one list, in full: ", ", " et de la ", ", the⏎"."""
    coordinators = trie_pattern(w.casefold() for w in words("coordinators"))
    links = trie_pattern(w.casefold() for w in words("delegate_links"))
    wrapped = article.replace(r"[ \t]+", rf"{_GAP}+")
    return compile_pattern(
        rf"(?:{_GAP}|,)*(?:(?:{coordinators})(?:{_GAP}|,)*)?"
        rf"(?:(?:{links})(?:(?<=['’])|{_GAP}+))?{wrapped}",
        re.I,
    )


def _office_names(words: WordLists, charges: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    """The patterns that find an organisation named inside a government office's name.

    ``charges``: the words giving an office its charge (persons' ``charge_links``: « chargée
    de la Francophonie »), between the office and its title.
    """
    capital = r"[A-ZÀ-Ý][\w'’-]*"
    joiner = rf"[ \t]*(?:,|&|{trie_pattern(words('coordinators'))})[ \t]*"
    heads = trie_pattern(words("office_name_heads")) or "(?!)"
    ended = r"(?:(?<=['’])|(?![\w'’]))"
    articles = {w.casefold() for w in words("articles")}
    coordinators = {w.casefold() for w in words("coordinators")}
    links = {w.casefold() for w in words("office_words")} - articles - coordinators
    # An article only after a link: "de la Francophonie", not "et la Haute représentante".
    link = rf"(?i:{trie_pattern(links)}){ended}(?:[ \t]*(?i:{trie_pattern(articles)}){ended})?"
    # A capitalised noun may keep one adjective: "Relations internationales".
    # (no small word: one reading of "Affaires et" only, so the search does not backtrack)
    small = trie_pattern(links | articles | coordinators)
    noun = rf"{capital}(?:[ \t]+(?!(?:{small}){ended})[a-zà-ÿ][\w'’-]*)?"
    token = rf"{noun}|{link}|(?i:{trie_pattern(coordinators)}){ended}"
    return {
        "office_head": compile_pattern(
            rf"(?:{joiner}{capital}(?:[ \t]+{capital})*)*[ \t]+(?:{heads})(?![\w'’-])"
        ),
        "coordinated": compile_pattern(rf"(?<![\w'’-]){capital}{joiner}$"),
        "office_joiner": compile_pattern(joiner),
        "office_opener": compile_pattern(
            rf"(?<![\w'’-])(?:{trie_pattern(casings(words('office_name_openers')))})(?![\w'’-])"
            # « secrétaire d'État chargée de la Francophonie »: the charge before the title
            rf"(?:[ \t]+(?i:{trie_pattern(charges) or '(?!)'}))?"
            # A link opens its title; a comma may only stand before the organisation.
            rf"[ \t]+{link}(?:[ \t]*(?:{token}))*[ \t]*(?:,[ \t]*)?$"
        ),
        "portfolio_tail": compile_pattern(
            rf"[ \t]+(?:{trie_pattern(words('portfolio_tails')) or '(?!)'})(?![\w'’-])"
        ),
        "portfolio_before": compile_pattern(
            rf"(?<![\w'’-])(?:{trie_pattern(words('portfolio_nouns')) or '(?!)'})[ \t]+$", re.I
        ),
    }


def _name_head(words: WordLists) -> re.Pattern[str]:
    """A capitalised word, and an optional coordinator, ending the text searched.

    Articles and the words of titles and places ("The", "Statement", "By", "In": a title
    may capitalise them all) are no head of a name.
    """
    function_words = (
        *words("articles"),
        *words("statement_words"),
        *words("title_topic_words"),
        *words("locative_words"),
    )
    skipped = trie_pattern(w.casefold() for w in function_words)
    coordinators = trie_pattern(w.casefold() for w in words("coordinators"))
    return compile_pattern(
        rf"(?<![\w'’-])(?!(?i:{skipped})[ \t])[A-ZÀ-Ý][\w'’-]*[ \t]+"
        rf"(?:(?i:{coordinators})[ \t]+)?$"
    )
