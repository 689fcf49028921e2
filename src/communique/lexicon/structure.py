"""Structure vocabulary of a language, from ``resources/<lang>/structure.toml``."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

import attrs
import regex

from communique.errors import ResourceError
from communique.letters import CAPITAL
from communique.lexicon import LANGUAGES, WordLists
from communique.lexicon.common.furniture import common_furniture
from communique.lexicon.common.wire import agencies
from communique.model import Language
from communique.patterncache import compile_pattern, compile_regex
from communique.records import shared_repr
from communique.temporal.grammar import phrase_pattern
from communique.wordtrie import alternation, casefolded, casefolded_bare, casings, trie_pattern

__all__ = [
    "StructureVocabulary",
    "is_salutation",
    "kind_key",
    "line_key",
    "motto_pattern",
    "opens_quoted_text",
    "structure_vocabulary",
    "structure_words",
]

_KEY_TRIM = " \t.:!?…·•|"


@functools.lru_cache(maxsize=8192)
def line_key(text: str) -> str:
    """A line's comparison key: case-folded, spaces collapsed, edge punctuation dropped.

    >>> line_key("  Partager : ")
    'partager'
    """
    return " ".join(text.replace("’", "'").split()).strip(_KEY_TRIM).casefold()


def is_salutation(text: str, salutation: re.Pattern[str] | None) -> bool:
    """Whether a line is a speech's salutation: a word of address opens it, a comma ends it.

    "Your Excellency, Mr X, President of …,", « Mesdames, Messieurs, » (``salutations``).
    """
    stripped = text.strip()
    return (
        salutation is not None and stripped.endswith(",") and salutation.match(stripped) is not None
    )


def opens_quoted_text(text: str) -> bool:
    """Whether a line is the marker before a quoted text: "Begin Text", « Texte intégral ».

    What stands above such a marker (a page's fields, a wire's lead) is not the text's first
    paragraph, however it ends (``[header] text_begins``).
    """
    return _text_begins().match(text.strip()) is not None


@functools.cache
def _text_begins() -> re.Pattern[str]:
    words = alternation(structure_words("header", "text_begins"))
    return compile_pattern(rf"(?i:{words})\b")


def kind_key(text: str, vocab: StructureVocabulary) -> str:
    """A label's key without its reference number ("COMMUNIQUÉ DE PRESSE N° 12/2026").

    Compared with ``vocab.kind_labels``: a numbered label is still a label, and so is a
    label followed by a section trail ("Actualités - CHRONOLOGIE", "News > Africa"): other
    labels, or a word or two in capitals; or by its issuer's name after a dash or a colon
    ("Press Release: Norland Government").
    """
    match = vocab.reference.search(text)
    head = text if match is None else text[: match.start()]
    parts = _SECTION_TRAIL.split(head.strip())
    if (
        len(parts) > 1
        and line_key(parts[0]) in vocab.kind_labels
        and all(_trail_part(part, vocab) for part in parts[1:])
    ):
        return line_key(parts[0])
    label, colon, named = head.partition(":")
    if colon and line_key(label) in vocab.kind_labels and _issuer_name(named.strip(), vocab):
        return line_key(label)  # "Press Release: Norland Government": who issued it
    key = line_key(head)
    issuer, _, rest = head.strip().partition(" ")
    if key not in vocab.kind_labels and _ACRONYM.fullmatch(issuer) and rest:
        # "AU Press Release", "UN Press Statement": the issuer's acronym before the label
        rest_key = line_key(rest)
        return rest_key if rest_key in vocab.kind_labels else key
    return key


_ACRONYM: Final = compile_pattern(r"[A-Z]{2,6}")
"""An issuer's acronym before a label ("AU Press Release")."""
_SECTION_TRAIL = re.compile(r"[ \t]+[-–—>»/|][ \t]+")
"""What separates the labels of a section trail ("Actualités - CHRONOLOGIE")."""
_TRAIL_WORDS = 2
"""Most words of a part in capitals of a section trail."""
_SENTENCE_ENDS: Final = ".!?:;"
"""What ends a sentence, never an issuer's name."""
_ELIDED: Final = re.compile(r"(?<=^\w)['’]\w.*")
"""An elided article and the word after it (« l'Europe »): its key is the article's."""
_ISSUER_WORDS: Final = 8
"""Most words of an issuer's name after a label ("Press Release – Forum Secretariat")."""


def _trail_part(part: str, vocab: StructureVocabulary) -> bool:
    if line_key(part) in vocab.kind_labels:
        return True
    return (part.isupper() and len(part.split()) <= _TRAIL_WORDS) or _issuer_name(part, vocab)


def _issuer_name(part: str, vocab: StructureVocabulary) -> bool:
    """Whether a label's trail is the issuer's name: "Press Release – Forum Secretariat".

    A short name opened by an organisation's head and a link or an adjective (« Ministère
    des Affaires étrangères », « Secrétariat général du Forum »), or closed by one ("Regional
    Forum Secretariat"; ``organisation_heads``), its words capitalised but linking words and
    the adjectives right after a capitalised word. The line then labels the document and
    names who issued it: no headline. A headline in title case opening on a head
    ("Government Condemns …") is none.
    """
    words = part.split()
    if len(words) > _ISSUER_WORDS or part[-1:] in _SENTENCE_ENDS:
        return False
    heads = vocab.organisation_heads
    if words[0].casefold() in heads and len(words) > 1:
        second = _ELIDED.sub("'", words[1].casefold())
        # « Ministère des …», « Secrétariat général du … »; not "Government Condemns …"
        if second not in vocab.connectors and not words[1][:1].islower():
            return False
    elif words[-1].casefold() not in heads:
        return False
    after_capital = False
    for word in words:
        key = _ELIDED.sub("'", word.casefold())
        if not (word[:1].isupper() or key in vocab.connectors or after_capital):
            return False
        after_capital = word[:1].isupper()
    return words[0][:1].isupper()


@shared_repr
@attrs.frozen(eq=False, repr=False)
class StructureVocabulary:
    """Phrases that tell page furniture, headers and repairs apart, for one language."""

    boilerplate_lines: frozenset[str]
    """Keys (see :func:`line_key`) of lines that are furniture as a whole."""
    boilerplate_prefix: re.Pattern[str]
    """Matches at the start of a furniture line."""
    page_number: regex.Pattern[str]
    """Matches a whole line that is only a page number."""
    date_labels: str
    """Alternation of labels before a header date ("date", "publié le")."""
    title_label: re.Pattern[str]
    """A field's label, its colon or its brackets, opening the headline's line ("Headline: …",
    "[Title] …")."""
    agencies: str
    """Alternation of news agencies for wire datelines."""
    furniture_pattern: regex.Pattern[str]
    """Matches a whole furniture line: bylines, counters, sign-offs, document symbols."""
    widget_words: frozenset[str]
    """Case-folded words of share, social and language bars."""
    tail_lines: frozenset[str]
    """Keys of lines that open the page's closing furniture ("Voir aussi", "Press contacts")."""
    tail_name_links: frozenset[str]
    """Case-folded last words of a closing label that a site's name follows ("More from")."""
    tail_pattern: regex.Pattern[str]
    """Matches a whole line that opens the closing furniture (a wire sign-off "LR/MAP")."""
    end_pattern: regex.Pattern[str]
    """Matches a whole line that ends the story ("-- BERNAMA", "ENDS", "###"): below it,
    long paragraphs are furniture too."""
    live_clock: regex.Pattern[str]
    """Matches a whole line of a site's live clock beside today's date ("7:14:47 PM Jeudi,
    25 Avril 2024 |"): furniture, and no date of the document either."""
    caption_words: frozenset[str]
    """Lower-case words a caption of names and offices may hold."""
    exchange_openers: frozenset[str]
    """Words opening the label of one exchange among several ("With X, President of Y.")."""
    caption_joins: frozenset[str]
    """Words joining the names of a caption that names people only ("X et Y")."""
    source_opener: re.Pattern[str]
    """The word opening a portal's source line, in lower case ("from …", « de … »)."""
    byline_labels: frozenset[str]
    """Keys of the labels a page prints alone above its byline ("Auteur", "Author")."""
    provider_labels: frozenset[str]
    """Keys of a wire service's label over the issuer's line ("News provided by")."""
    tag_labels: frozenset[str]
    """Keys of the labels a page prints above its topic tags, one per bullet ("READ MORE
    ON:" / "- Iran" / "- Washington")."""
    credit_marks: re.Pattern[str]
    """Matches the opening of a photo's credit line ("© AIP", "Photo : …", "Credit: …")."""
    photo_position: re.Pattern[str]
    """Matches a person's place in a photo in brackets: "(left)", « (à droite) »."""
    credit_link: re.Pattern[str]
    """Matches a credit's mark and the link after it in a caption's bracket: "Photo from ",
    « Photo : »."""
    trailing_credit: regex.Pattern[str]
    """Finds a caption's credit closing its line after a stop: "… française. Photo Hammouda"."""
    connectors: frozenset[str]
    """Words that never end a title or a sentence ("and", "de")."""
    lead_openers: re.Pattern[str]
    """The words a lead sentence opens with, never a headline ("At the invitation of", « À
    l'invitation de »), matched at a line's start."""
    post_attribution: regex.Pattern[str]
    """Finds the attribution ending an embedded post ("— Name (@handle) October 20, 2020")."""
    site_names: re.Pattern[str]
    """Matches the start of a site or institution name printed above a headline."""
    kind_labels: frozenset[str]
    """Keys of lines naming the kind of document ("Press release") or a site's section ("News")."""
    block_labels: frozenset[str]
    """Keys of label lines that take the rest of their block ("From:", "Published")."""
    signature_labels: frozenset[str]
    """Keys of label lines above a list of signatories ("Signed by:", "Ont signé :")."""
    end_labels: frozenset[str]
    """Keys of labels after which the rest of the page is notes for the press."""
    done_at: re.Pattern[str]
    """Matches the start of a closing sentence ("Fait à …", "Done at …"): a paragraph."""
    salutation: re.Pattern[str]
    """A speech's address opening a line or a clause ("Madame la Présidente", "Ladies and …")."""
    background_opener: re.Pattern[str]
    """Finds a clause opening with a mandate or an earlier act ("Pursuant to", "Conformément
    à"), at a sentence's start or after a comma: its date does not date the text."""
    prior_opener: re.Pattern[str]
    """Finds a clause opening with the subject's arrival or return ("Back from", "De retour
    de", "Revenu"): its date is the day before the event when another one follows."""
    sequel_opener: re.Pattern[str]
    """Matches a text opening on what the event follows ("Following the meeting of …", « À
    la suite de … »): the days before the sentence's last one are that earlier history."""
    date_label_line: regex.Pattern[str]
    clause_opener: re.Pattern[str]
    """Matches the verb opening a clause of a decision ("Recalls", "Rappelant", "Hereby")."""
    """Matches a whole line that is only a date label ("Published", "Publié le")."""
    footnote_year_cues: frozenset[str]
    """Prepositions before a year that a footnote number may be glued to ("in 19962")."""
    compound_prefixes: frozenset[str]
    """Prefixes after which a word broken at a line end may be a compound ("franco-")."""
    welded_prefixes: frozenset[str]
    """Compound prefixes usually welded to the word ("pré" + "sident" is "président")."""
    glued_suffixes: frozenset[str]
    abbreviations: frozenset[str]
    titled_page_number: regex.Pattern[str] = attrs.field(default=regex.compile("(?!)"))
    """Matches a whole running header or footer with a page count ("… Page 1 of 2")."""
    organisation_heads: frozenset[str] = frozenset()
    """Case-folded words heading an organisation's or office's name ("ministry", "direction")."""
    document_heads: frozenset[str] = frozenset()
    """Case-folded names of documents ("joint communiqué", "déclaration")."""
    meeting_words: frozenset[str] = frozenset()
    """Case-folded words naming a meeting ("summit", "réunion")."""
    reference: regex.Pattern[str] = attrs.field(default=regex.compile("(?!)"))
    """Searches a reference number ending a label ("N° 12/2026", "No. 45/MFA")."""
    reference_line: regex.Pattern[str] = attrs.field(default=regex.compile("(?!)"))
    """Matches a line that is a reference number alone ("N°: 288/2013", "Réf. 12/MAE")."""
    address_words: frozenset[str] = frozenset()
    """Case-folded words of a letterhead's postal address ("boulevard", "road", "b.p")."""
    letterhead_words: frozenset[str] = frozenset()
    """Case-folded words naming an organisation, in every shipped language ("union")."""
    contact: regex.Pattern[str] = attrs.field(default=regex.compile("(?!)"))
    """Searches a contact line: an e-mail, a website, a telephone or postal box."""
    credit: regex.Pattern[str] = attrs.field(default=regex.compile("(?!)"))
    """Searches a wire credit in a bracketed or dashed line ("Reporting by", "Avec AFP")."""
    participle: regex.Pattern[str] = attrs.field(default=regex.compile("(?!)"))
    """Matches a capitalised present participle opening a line ("Recalling", "Exprimant")."""
    issuer_labels: frozenset[str] = frozenset()
    """Keys of labels before the issuing office ("From", "De"), as portals print them."""
    sentence_words: frozenset[str] = frozenset()
    """Subject pronouns and auxiliaries ("we", "is", "ont"): a line with one is a sentence."""
    sentence_openers: frozenset[str] = frozenset()
    """Words a sentence opens on and no name does ("this", « ce »), case-folded."""
    speech_words: frozenset[str] = frozenset()
    """Verbs of saying ("said", « déclaré »): a lower-case line holding one is no heading."""
    clause_subjects: frozenset[str] = frozenset()
    """Case-folded subject pronouns opening a clause that introduces a list ("we", "nous")."""
    section_opener: re.Pattern[str] = attrs.field(factory=lambda: re.compile(r"(?!)"))
    """The opening of a council's section title that ends on a colon or a semicolon (« Au
    titre du Ministère des Affaires étrangères : »)."""
    ordinal_openers: tuple[str, ...] = ()
    """Ordinal adverbs in rank order ("First", "Second" / « Premièrement », …): opening a
    run of one-sentence lines in sequence, each over its prose, they make section titles."""
    document_labels: frozenset[str] = frozenset()
    """Keys of the kind labels that name a document ("Communiqué final"), not a site section."""
    meeting_qualifiers: frozenset[str] = frozenset()
    """Case-folded words that may stand before a meeting word in its name ("ordinary")."""
    ordinal_words: frozenset[str] = frozenset()
    """Case-folded ordinal words ("third", "première"), the last part of a compound one."""
    ordinal_endings: tuple[str, ...] = ()
    """Endings of ordinals: words ("-ième") and after digits ("9th", "9e")."""
    sitting_label: re.Pattern[str] = re.compile(r"(?!)")
    """Matches a numbered sitting's label: "9412th Meeting (PM)", « 9412e séance – matin »,
    the part of the day in group ``time``."""
    articles: frozenset[str] = frozenset()
    """Case-folded articles ("the", "les"): linking words that open a headline."""
    title_nouns: frozenset[str] = frozenset()
    """Case-folded nouns a headline opens on, bare ("Entretien …", "Visit …")."""
    visiting_words: frozenset[str] = frozenset()
    """Bodies that travel: a day told after one of them is the reported visit's ("une
    délégation … s'est rendue au Kalvora du 3 au 7 mai")."""


def _sitting_label(
    endings: tuple[str, ...], words: tuple[str, ...], times: tuple[str, ...]
) -> re.Pattern[str]:
    """A sitting's number with an ordinal ending, its words, and the part of the day.

    "9412th Meeting (PM)", "2845th Council meeting", « 9412e séance – après-midi »: the label
    of the meeting a press release covers, above its headline.
    """
    if not endings or not words:
        return re.compile(r"(?!)")
    part = trie_pattern(times)
    time = rf"(?P<time>[ \t]*(?:\([ \t]*(?:{part})[ \t]*\)|[–—-][ \t]*(?:{part})))?"
    number = rf"\d{{1,5}}(?:{trie_pattern(endings)})"
    # in capitals too: « 8881E SÉANCE – APRÈS-MIDI », "9412TH MEETING (PM)"
    return compile_pattern(
        rf"[ \t]*{number}[ \t]+(?:{trie_pattern(casings(words))}){time}[ \t]*", re.IGNORECASE
    )


def _alternation(patterns: tuple[str, ...], where: str) -> regex.Pattern[str]:
    """One pattern matching any of ``patterns`` (regular expressions from a data file).

    Raises:
        ResourceError: a pattern does not compile.
    """
    try:
        return compile_regex("|".join(f"(?:{p})" for p in patterns) or "(?!)")
    except regex.error as error:
        raise ResourceError(f"{where}: bad furniture pattern: {error}") from error


def _title_label(labels: tuple[str, ...]) -> re.Pattern[str]:
    """A label before a title, with its colon or in brackets: "Title: …", "[Title] …"."""
    words = phrase_pattern(labels)
    return compile_pattern(rf"[ \t]*(?:(?:{words})[ \t]*:|\[[ \t]*(?:{words})[ \t]*\])[ \t]*")


def _keys(lines: tuple[str, ...]) -> frozenset[str]:
    return frozenset(line_key(x) for x in lines)


def _unaccented(keys: frozenset[str]) -> frozenset[str]:
    """``keys`` and their forms without accents: capitals often drop them ("COMMUNIQUE")."""
    bare = (unicodedata.normalize("NFKD", key) for key in keys)
    return keys | {"".join(c for c in key if not unicodedata.combining(c)) for key in bare}


def _clause_starts(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of ``words`` opening a sentence or a clause after a comma or semicolon."""
    return compile_pattern(rf"(?:^|(?<=[,;]))\s*(?:{trie_pattern(casings(words))})(?!\w)")


def _starts_any_case(words: tuple[str, ...]) -> re.Pattern[str]:
    """A line opening with one of ``words`` in any casing ("Under the Ministry of")."""
    return compile_pattern(rf"\s*(?i:{trie_pattern(casefolded(words))})(?:(?<!\w)|(?!\w))")


def _credit_link(marks: tuple[str, ...], links: tuple[str, ...]) -> re.Pattern[str]:
    """A credit's mark, its link and the credit in a caption's closing bracket ("Photo from X").

    A mark alone ("(Photos)" ending a headline) credits no one; after its source, the mark
    closes the bracket ("(Mexico PE photo)", "(AFP Photo)").
    """
    mark = rf"(?i:{trie_pattern(casefolded(marks))})"
    return compile_pattern(
        rf"\s*{mark}\s*(?i:{trie_pattern(links)})\s*\S|[^\s()][^()\n]{{0,40}}[ \t]{mark}[ \t]*$"
    )


def _trailing_credit(marks: tuple[str, ...]) -> regex.Pattern[str]:
    """A credit's mark and one to three capitalised names closing a line after a stop.

    "Vue partielle de l'assistance … de la Fête nationale. Photo Hammouda": the caption's
    credit; a sentence goes on after a mark ("Photo exhibitions opened.") in lower case.
    """
    mark = rf"(?:{trie_pattern(casings(marks))})"
    name = r"\p{Lu}[\p{L}'’.-]*"
    return compile_regex(rf"[.!?»”][ \t]+{mark}[ \t]*:?[ \t]*{name}(?:[ \t]+{name}){{0,2}}[ \t]*$")


def _starts(words: tuple[str, ...]) -> re.Pattern[str]:
    """A line opening with one of ``words``, a whole word; a sign ends one anywhere ("©MAEE").

    A label's colon is read with or without the space before it, whatever the language's
    typography: « Photo : X » and « Photo: X », "Photo: X" and "Photo : X".
    """
    spelled = {*words, *(_other_colon(word) for word in words if word.endswith(":"))}
    return compile_pattern(rf"\s*(?:{trie_pattern(casings(sorted(spelled)))})(?:(?<!\w)|(?!\w))")


def _other_colon(label: str) -> str:
    """The label with its colon spaced the other way ("Photo :" → "Photo:", and back).

    >>> _other_colon("Photo :"), _other_colon("Credit:")
    ('Photo:', 'Credit :')
    """
    bare = label.removesuffix(":")
    return f"{bare.rstrip()}:" if bare.endswith(" ") else f"{bare} :"


@functools.cache
def structure_words(section: str, key: str) -> tuple[str, ...]:
    """The words under ``[section] key`` in every shipped language, French first, once each.

    Datelines and page counters are read alike whatever the document's language.

    >>> structure_words("header", "dateline_articles")
    ('le', 'les', 'the')

    Raises:
        ResourceError: a data file is missing or malformed.
    """
    return tuple(
        dict.fromkeys(
            w for code in LANGUAGES for w in WordLists(code, "structure")(key, section=section)
        )
    )


@functools.cache
def motto_pattern() -> str:
    """A whole line that is a national motto: two to eight motto words apart by dashes.

    "Unité – Travail – Progrès", "Un Peuple - Un But - Une Foi", or a bilingual letterhead's
    two mottos side by side; the words of every shipped language are read.

    >>> import regex
    >>> regex.fullmatch(motto_pattern(), "PAIX – TRAVAIL – PATRIE") is not None
    True
    >>> regex.fullmatch(motto_pattern(), "Allemagne - Italie - Consultations") is None
    True
    """
    words = structure_words("letterhead", "motto_words")
    if not words:
        return "(?!)"
    word = f"(?:{alternation(words)})"
    # An elided article ("l'Union") is glued to its word; the others are followed by a space.
    links = structure_words("letterhead", "motto_links")
    link = "|".join(
        alternation([w]) + (r"\s*" if w.endswith(("'", "’")) else r"\s+") for w in links
    )
    segment = rf"(?:{link})?{word}(?:\s+(?:{link})?{word})?"
    separator = r"(?:\s*[-–—‑−•·|/]\s*|[ \t]{2,})"
    return rf"(?i:{segment}(?:{separator}{segment}){{1,7}})\s*\.?"


@functools.cache
def structure_vocabulary(language: Language) -> StructureVocabulary:
    """Load the structure vocabulary of ``language`` once.

    Raises:
        ResourceError: the data file is missing or malformed.
    """
    own, common = WordLists(language, "structure"), common_furniture()
    common_where = "common/furniture.toml"
    page_words = phrase_pattern(own("page_words", section="boilerplate"))
    page_links = alternation(structure_words("boilerplate", "page_links"))
    page_count = phrase_pattern(own("page_count_words", section="boilerplate"))
    return StructureVocabulary(
        boilerplate_lines=_keys(own("lines", section="boilerplate")),
        boilerplate_prefix=_starts(own("prefixes", section="boilerplate")),
        page_number=compile_regex(
            rf"\s*[-–—]?\s*(?:{page_words}\s*)?\d{{1,4}}(?:\s*(?:/|{page_links})\s*\d{{1,4}})?\s*[-–—]?\s*",
            regex.IGNORECASE,
        ),
        date_labels=phrase_pattern(own("date_labels", section="header")),
        title_label=_title_label(own("title_labels", section="header")),
        agencies=phrase_pattern(agencies()),
        furniture_pattern=_alternation(
            (
                *own("patterns", section="boilerplate"),
                *common.patterns,
                *common.clock_patterns,
                motto_pattern(),
            ),
            own.where,
        ),
        widget_words=casefolded(own("widget_words", section="boilerplate") + common.widget_words),
        tail_lines=_keys(own("tail_lines", section="boilerplate")),
        tail_name_links=casefolded(own("tail_name_links", section="boilerplate")),
        tail_pattern=_alternation((*common.tail_patterns, *common.end_patterns), common_where),
        end_pattern=_alternation(common.end_patterns, common_where),
        live_clock=_alternation(common.clock_patterns, common_where),
        caption_words=frozenset(own("caption_words", section="boilerplate")),
        caption_joins=casefolded(own("caption_joins", section="header")),
        exchange_openers=casefolded(own("exchange_openers", section="boilerplate")),
        credit_marks=_starts(own("credit_marks", section="boilerplate")),
        photo_position=compile_pattern(
            rf"\((?i:{trie_pattern(own('photo_positions', section='boilerplate'))})\)"
        ),
        credit_link=_credit_link(
            own("credit_marks", section="boilerplate"), own("credit_links", section="boilerplate")
        ),
        trailing_credit=_trailing_credit(own("credit_marks", section="boilerplate")),
        source_opener=compile_pattern(
            rf"\s*(?:{trie_pattern(own('source_openers', section='boilerplate'))})[ \t]+{CAPITAL}"
        ),
        byline_labels=_keys(own("byline_labels", section="boilerplate")),
        provider_labels=_keys(own("provider_labels", section="boilerplate")),
        tag_labels=_keys(own("tag_labels", section="boilerplate")),
        connectors=frozenset(own("connectors", section="header")),
        lead_openers=_starts(own("lead_openers", section="header")),
        post_attribution=_alternation(common.post_attribution, common_where),
        site_names=_starts(own("site_names", section="header")),
        kind_labels=_unaccented(
            _keys(own("kind_labels", section="header"))
            | _keys(structure_words("header", "section_labels"))
        ),
        document_labels=_unaccented(_keys(own("kind_labels", section="header"))),
        meeting_qualifiers=casefolded(own("meeting_qualifiers", section="header")),
        ordinal_words=casefolded(own("ordinal_words", section="header")),
        ordinal_endings=tuple(own("ordinal_endings", section="header")),
        sitting_label=_sitting_label(
            own("ordinal_endings", section="header"),
            own("sitting_words", section="header"),
            own("sitting_times", section="header"),
        ),
        articles=casefolded(own("articles", section="header")),
        title_nouns=casefolded(own("title_nouns", section="header")),
        visiting_words=casefolded(own("visiting_words", section="header")),
        block_labels=_keys(own("labels", section="blocks")),
        signature_labels=_keys(own("signature_labels", section="blocks")),
        end_labels=_keys(own("end_labels", section="blocks")),
        done_at=_starts(own("done_at", section="blocks")),
        salutation=_starts(own("salutations", section="blocks")),
        background_opener=_clause_starts(own("background_openers", section="header")),
        prior_opener=_clause_starts(own("prior_openers", section="header")),
        sequel_opener=_starts(own("sequel_openers", section="header")),
        clause_opener=_starts(own("openers", section="clauses")),
        date_label_line=compile_regex(
            rf"\s*{phrase_pattern(own('date_labels', section='header'))}\s*:?\s*"
        ),
        footnote_year_cues=casefolded(own("footnote_year_cues", section="repair")),
        compound_prefixes=casefolded(own("compound_prefixes", section="repair")),
        welded_prefixes=casefolded(own("welded_prefixes", section="repair")),
        glued_suffixes=frozenset(own("glued_suffixes", section="repair")),
        abbreviations=frozenset(own("abbreviations", section="repair")),
        titled_page_number=compile_regex(
            rf"(?:.{{1,100}}?[ \t])?{page_words}[ \t]*\d{{1,4}}"
            rf"[ \t]*(?:/|{page_count})[ \t]*\d{{1,4}}(?:[ \t].{{1,100}})?",
            regex.IGNORECASE,
        ),
        organisation_heads=casefolded_bare(own("organisation_heads", section="header")),
        document_heads=_unaccented(casefolded(own("document_heads", section="header"))),
        meeting_words=casefolded(own("meeting_words", section="header")),
        address_words=casefolded(own("address_words", section="letterhead")),
        reference=_reference(own("reference_signs", section="header")),
        reference_line=_reference_line(own("reference_signs", section="header")),
        participle=_participle(own("participle_endings", section="clauses")),
        sentence_words=frozenset(own("sentence_words", section="headings")),
        speech_words=frozenset(own("speech_words", section="headings")),
        sentence_openers=casefolded(own("sentence_openers", section="headings")),
        clause_subjects=casefolded(own("clause_subjects", section="headings")),
        section_opener=_starts_any_case(own("section_openers", section="headings")),
        ordinal_openers=tuple(w.casefold() for w in own("ordinal_openers", section="headings")),
        issuer_labels=_keys(own("issuer_labels", section="header")),
        credit=_credit(own),
        contact=_alternation(common.contact_patterns, common_where),
        letterhead_words=casefolded_bare(
            structure_words("header", "organisation_heads")
            + structure_words("header", "letterhead_words")
        ),
    )


def _credit(own: WordLists) -> regex.Pattern[str]:
    """A wire credit at the start of a line or after a comma or semicolon.

    A credit phrase before a name ("Reporting by Jane …", "édité par Paul …"), a linking
    word and a news agency, maybe with its article ("With AFP", "Avec agences", « Avec
    l'APS »; ``agency_articles``), or an agency alone ("(AFP)",
    "— Reuters"). "- Rédaction de la feuille de route" is a list item, not a credit.
    """
    credits = phrase_pattern(own("credits", section="boilerplate"))
    links = phrase_pattern(own("agency_links", section="boilerplate"))
    names = phrase_pattern((*agencies(), *own("agency_words", section="boilerplate")))
    articles = own("agency_articles", section="boilerplate")
    article = rf"(?:{phrase_pattern(articles)})?\s*" if articles else ""
    return compile_regex(
        rf"(?:^|[;,]\s*)(?:{credits}\s*:?\s*\p{{Lu}}|{links}\s*:?\s*{article}{names}(?!\w))"
        rf"|^{names}\s*$"
    )


def _reference(signs: tuple[str, ...]) -> regex.Pattern[str]:
    """A reference number at the end of a line: a sign, then digits and separators.

    Or a sign whose number the page left empty ("Press Release No.:"), or a number with its
    year after a dash ("Communiqué de presse - 412(2026)").
    """
    if not signs:
        return regex.compile("(?!)")
    alternatives = "|".join(regex.escape(sign) for sign in signs)
    return compile_regex(
        rf"[ \t]+(?i:{alternatives})\.?[ \t]*(?:\d[\w./-]*|:)[ \t]*$"
        rf"|[ \t]+[-–][ \t]*\d{{1,5}}[ \t]*\((?:19|20)\d\d\)[ \t]*$"
        # "Press Release (2008)152", "Press Release 2008/152", "Press Release 152"
        rf"|[ \t]+(?:\((?:19|20)\d\d\)[ \t]*|(?:19|20)\d\d/)?\d{{1,5}}[ \t]*$"
    )


def _reference_line(signs: tuple[str, ...]) -> regex.Pattern[str]:
    """A reference number printed alone on its line: "N°: 288/2013", "No. 045/MFA/2026".

    Without its sign, three groups of figures or more ("440-06-03-2024"): a release's
    number with its day, no page's ("12/40") nor a year's ("2024-2025").
    """
    bare = r"\d{1,6}(?:[-/]\d{1,6}){2,}"
    if not signs:
        return compile_regex(rf"[ \t]*{bare}[ \t]*$")
    alternatives = "|".join(regex.escape(sign) for sign in signs)
    return compile_regex(rf"[ \t]*(?:(?i:{alternatives})\.?[ \t]*:?[ \t]*\d[\w./-]*|{bare})[ \t]*$")


def _participle(endings: tuple[str, ...]) -> regex.Pattern[str]:
    """A capitalised word with one of ``endings`` followed by a lower-case word."""
    if not endings:
        return regex.compile("(?!)")
    alternatives = "|".join(regex.escape(ending) for ending in endings)
    return compile_regex(rf"\s*\p{{Lu}}\p{{Ll}}{{2,}}(?:{alternatives})(?=[ \t]+\p{{Ll}})")
