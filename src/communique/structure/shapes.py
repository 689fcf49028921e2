"""What a line looks like: printed numbers, bullets, sentence ends, a lower-case start."""

from __future__ import annotations

import functools
from typing import Final

import attrs

from communique.lexicon.common.given_names import given_names
from communique.lexicon.persons import folded_articles
from communique.lexicon.structure import structure_words
from communique.patterncache import compile_pattern, compile_regex
from communique.records import shared_repr
from communique.structure.signoff import credit_ending

__all__ = [
    "CAPITAL_ROMAN_STYLE",
    "IMPLIED_FIRST",
    "INNER_SENTENCE_END",
    "ROMAN_STYLE",
    "WEB_ADDRESS",
    "Marker",
    "bare_marker",
    "ends_on_link",
    "ends_on_name_title",
    "ends_sentence",
    "first_word",
    "is_bullet",
    "is_quotation",
    "is_terminator",
    "last_word",
    "lettered",
    "long_words_capitalised",
    "mostly_lower",
    "name_goes_on",
    "parse_marker",
    "reads_on",
    "roman_marker",
    "starts_lowercase",
    "without_elision",
    "word_count",
]

WEB_ADDRESS: Final = compile_regex(r"(?:[\p{L}\d-]+\.)+\p{Ll}{2,6}")
"""A site's address as its name or a field ("UrduPoint.com", "www.valmont-news.net")."""
_MARKER: Final = compile_pattern(
    # '"1. La session …': a quoted text's first number keeps its opening quotation mark
    r"(?:[«“\"][ \t]?)?"
    r"(?:"
    # "1.1. The Council took note …", "2.3 Ministers reviewed …": a number within a numbered
    # section, its last period kept or dropped before a capital
    r"(?P<outline>\d{1,2}(?:\.\d{1,2}){1,3})(?:\.[ \t]+(?=\S)|[ \t]+(?=[A-ZÀ-ÖØ-Þ]))"
    # "1°/ La Conférence …", "2°) …": the degree sign may take a slash or a parenthesis
    r"|(?P<open>\()?(?P<number>\d{1,4})(?(open)\)|(?P<punct>°[/)]?|[.)/]))[ \t]+(?=\S)"
    # "1.The forty-fifth Session …", "1.À l'invitation …": the period glued to a capitalised
    # word (no decimal), a one-letter word's too
    r"|(?P<glued>\d{1,2})\.(?=[A-ZÀ-ÖØ-Þ](?:[a-zà-öø-ÿ]|[ \t'’]\S))"
    # "1- À l'invitation …", "2-Cette visite …": a dash after a small number, before a
    # capital; set off by spaces on both sides ("1 - À l'invitation", "2 – Les entretiens"),
    # or an en dash glued to the number as the hyphen is ("5– Son Excellence …")
    # and after its bracket or period: « 1)-Les Chefs d'État … », "2.- The Ministers …"
    r"|(?P<dashed>\d{1,2})(?:[.)]?[-–][ \t]*|[ \t][-–][ \t]+)(?=[A-ZÀ-ÖØ-Þ])"
    # "i. Foreign Affairs and Co-operation", "iv. Defence": a small Roman number and its
    # period before a capital, a list's item
    r"|(?P<roman>x{0,3}(?:ix|iv|vi{0,3}|i{1,3})|x{1,3})\.[ \t]+(?=[A-ZÀ-ÖØ-Þ])"
    # "(a) Joint Diplomatic Representation", "b) The negotiators will …": a small letter in
    # brackets, a paragraph's number as lists of decisions and agendas print it
    r"|(?P<lopen>\()?(?P<letter>[a-z])\)[ \t]+(?=\S)"
    r")"
)
# Bullets, with the private-use glyphs of Symbol and Wingdings fonts that PDF extraction
# leaves for them.
# "•" read in the wrong encoding is a bullet too: its UTF-8 bytes as Latin-1 ("â\x80¢", "â¢"
# once the working text drops the control character) or as Windows-1252 ("â€¢"), as PDF
# extractions and old archives print it.
_BULLET: Final = compile_pattern(
    r"(?:[-–—•·▪●◦*‣○■□➢►✓◢▶▸▹◆◇\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|â\x80?¢|â€¢)[ \t]+(?=\S)"
    # "-H. E. Mr. X, President of …": a hyphen or bullet glued to a capital opens an item;
    # a middle dot too, a web page's list once its markup is gone ("·Son Excellence X")
    r"|[-•·](?=[A-ZÀ-ÖØ-Þ])"
    # "o For Georgia: …": a word processor's second-level bullet, a lone "o" before a capital
    r"|o[ \t]+(?=[A-ZÀ-ÖØ-Þ])"
)
_LETTERED: Final = compile_regex(
    r"(?:\((?=[IVX]{1,4}\)|[A-Z]\)))?"
    r"(?:(?P<label>[IVX]{1,4}|[A-Z])[ \t]?(?:[.)/][ \t]?[-–][ \t]*|[.)/][ \t]+|[-–][ \t]+)(?=\p{L})"
    r"|(?P<label>[IVX]{1,4})\.(?=\p{Lu}{3}))"
)
"""A section's letter or Roman number before its label: "B. COMMERCE", "II - Security",
"I/- Ordonnances et décrets", « A/-Mesures générales » (a mark then a dash need no space),
"(A) JOINT REPRESENTATION"; a Roman number's period may touch a label in capitals
("I.DELIBERATIONS")."""
_ROMAN: Final = {"I": 1, "V": 5, "X": 10}
_BARE_MARKER: Final = compile_regex(
    r"(?P<number>\d{1,2})(?:[ \t]++(?=\p{Lu}[\p{Lu}'’-]++\b)"
    r"|(?:\t|[ \t]{2,}+)(?=\p{Lu})(?![^\n]*?\S(?:\t|[ \t]{3,})\S))"
)
"""A number without punctuation before a word in capitals ("1 WE, the Heads of State"), or
a wide gap before a capitalised word ("1   We met in Valmont …": a PDF's number column),
no other gap after it (a table's row: "1   Kalvora   3,500")."""
INNER_SENTENCE_END: Final = compile_regex(r"(?<![\s(]\p{Lu}\p{Ll}{0,2})[.!?][ \t]+\p{Lu}")
"""A sentence's end inside a line, before another sentence; not an abbreviated title's
stop ("Mr. Karl", "St. John")."""
IMPLIED_FIRST: Final = 1
"""The number an unnumbered opening paragraph stands for, when "2." follows it."""
_SENTENCE_STOPS: Final = frozenset(".!?…:;")
_OPENING_QUOTES: Final = "«“\"‘'"
_CLOSING_QUOTES: Final = "»”\"’'"
_MAX_QUOTATION: Final = 120
"""Longest line read as a quoted theme or title, no quoted statement."""
_CLOSERS: Final = '"»”’)]'
_NAME_GOES_ON: Final = compile_regex(
    r"\s*+\p{Lu}(?=\p{Lu})[\p{Lu}'’-]++(?:\s++\p{Lu}[\p{L}'’-]*+){0,3}+(?:\s*+,|\s++\p{Ll})"
)
"""A family name in capitals opening a line, the sentence going on after it.

Possessive: a line of one long word in capitals fails at once, without backtracking."""
_FIRST_LETTER: Final = compile_pattern(r"[\s\"«“'‘(\[]*(?P<char>\S)")
_CAMEL_WORD: Final = compile_pattern(r"[^\W\d_A-Z]{1,4}[A-Z][^\W\d_]")
"""A word in lower case with a capital inside its first letters ("eSwatini", "imgTurkey")."""


@shared_repr
@attrs.frozen(repr=False)
class Marker:
    """A printed paragraph number at the start of a line ("1.", "2)", "3/", "(4)")."""

    number: int
    style: str
    """The punctuation around it, so "1/" enumerations are not taken for "1." paragraphs."""
    end: int
    """Length of the marker with its following spaces."""
    parents: tuple[int, ...] = ()
    """The numbers of the sections it stands in: (2,) for "2.3."."""
    letter: bool = False
    """Whether the number is printed as a small letter: "(b)" is 2."""

    @property
    def label(self) -> str:
        """The number as printed, without its last punctuation ("2.3", "b", "iv")."""
        if self.letter:
            return chr(ord("a") + self.number - 1)
        if self.style == ROMAN_STYLE:
            return _small_roman(self.number)
        if self.style == CAPITAL_ROMAN_STYLE:
            return _small_roman(self.number).upper()
        return ".".join(str(n) for n in (*self.parents, self.number))

    def follows(self, last: Marker) -> bool:
        """Whether this number comes next after ``last`` in an outline.

        "3." after "2."; "2.4" after "2.3"; "3." or "3.1" after "2.3"; "2.1" after "2.".

        >>> Marker(1, ".", 4, (3,)).follows(Marker(4, ".", 4, (2,)))
        True
        >>> Marker(5, ".", 4, (2,)).follows(Marker(3, ".", 4, (2,)))
        False
        """
        before, after = (*last.parents, last.number), (*self.parents, self.number)
        if after[: len(before)] == before and len(after) > len(before):
            return all(n == 1 for n in after[len(before) :])  # "2.1" under "2."
        for depth in range(min(len(before), len(after))):
            if after[:depth] == before[:depth] and after[depth] == before[depth] + 1:
                return all(n == 1 for n in after[depth + 1 :])
        return False


DATED_ENTRY: Final = compile_regex(r"[^:\n]{2,60}:[ \t]+[^\n]*\b(?:1[89]|20)\d\d\b")
"""A labelled line giving a year after its colon: "The 1st Meeting: March 23, 2012, Tokyo"."""


def parse_marker(text: str) -> Marker | None:
    """The paragraph number that opens ``text``, if any.

    >>> parse_marker("3. Les quatre ministres")
    Marker(number=3, style='.', end=3, parents=(), letter=False)
    >>> parse_marker("2.3. Ministers reviewed").label
    '2.3'
    >>> parse_marker("Les 2 ministres") is None
    True
    >>> parse_marker('"1. La session')
    Marker(number=1, style='.', end=4, parents=(), letter=False)
    >>> parse_marker("2°/ Ont participé")
    Marker(number=2, style='°/', end=4, parents=(), letter=False)
    >>> parse_marker("(b) The negotiators will meet").label
    'b'
    """
    match = _MARKER.match(text)
    if match is None:
        return None
    if match.group("outline") is not None:
        *parents, number = (int(n) for n in match.group("outline").split("."))
        return Marker(number, ".", match.end(), tuple(parents))
    if match.group("dashed") is not None:
        if " " in match.group().strip() and not reads_on(text[match.end() :]):
            return None  # "1 - Final Communique of the Summit": a page's footer, no paragraph
        return Marker(int(match.group("dashed")), "-", match.end())
    if match.group("roman") is not None:
        return Marker(_roman_value(match.group("roman")), ROMAN_STYLE, match.end())
    if match.group("glued") is not None:
        return Marker(int(match.group("glued")), ".", match.end())
    if match.group("letter") is not None:
        style = "()" if match.group("lopen") else ")"
        return Marker(ord(match.group("letter")) - ord("a") + 1, style, match.end(), letter=True)
    style = "()" if match.group("open") else match.group("punct")
    return Marker(int(match.group("number")), style, match.end())


def reads_on(text: str) -> bool:
    """Whether a line's text runs as a sentence, not as a title.

    It ends a sentence or, a wrapped paragraph's first line, keeps most of its long words in
    lower case ("A l'invitation du président de la République …").
    """
    if ends_sentence(text):
        return True
    words = _LONG_WORD.findall(text)
    return len(words) >= _MIN_RUNNING_WORDS and mostly_lower(text)


def long_words_capitalised(text: str) -> bool:
    """Whether a line lists names: its words of four letters or more are all capitalised."""
    words = _LONG_WORD.findall(text)
    return bool(words) and all(word[0].isupper() for word in words)


def mostly_lower(text: str) -> bool:
    """Whether most words of four letters or more of ``text`` are in lower case."""
    words = _LONG_WORD.findall(text)
    lower = sum(1 for word in words if word[0].islower())
    return lower * 2 > len(words)


_LONG_WORD: Final = compile_regex(r"\p{L}{4,}")
"""A word of four letters or more (linking words are shorter)."""
_MIN_RUNNING_WORDS: Final = 4
"""Long words at least of a wrapped paragraph's first line after a spaced dash."""
ROMAN_STYLE: Final = "i."
"""The style of a list numbered in small Roman numbers: its own sequence, apart from "1."."""
CAPITAL_ROMAN_STYLE: Final = "I."
"""The style of paragraphs numbered in Roman capitals ("I. At the invitation of …")."""
_CAPITAL_ROMAN: Final = compile_pattern(
    r"(X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})\.[ \t]+(?=[A-ZÀ-ÖØ-Þ])"
)
_MIN_ROMAN_WORDS: Final = 8
"""Words at least of the sentence after a Roman capital number: a heading's label is shorter."""


def _roman_value(numeral: str) -> int:
    """The value of a Roman number in capitals or small letters ("XIV", "xiv" are 14)."""
    values = [_ROMAN[letter] for letter in numeral.upper()]
    following = [*values[1:], 0]
    return sum(-v if v < after else v for v, after in zip(values, following, strict=True))


def _small_roman(number: int) -> str:
    """A number from 1 to 39 in small Roman numbers ("iv")."""
    tens, units = divmod(number, 10)
    ones = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")
    return "x" * tens + ones[units]


def is_bullet(text: str) -> int:
    """Length of the bullet ("- ", "• ") opening ``text``, or 0."""
    match = _BULLET.match(text)
    return match.end() if match else 0


_MIDDLE_INITIAL: Final = compile_regex(r"(?<![\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\.$")
"""A capitalised given name and a middle initial ending a line ("Paul J.")."""
_INITIAL_REACH: Final = 40
"""Characters at a line's end searched for a middle initial."""
_DEBRIS: Final = compile_regex(r"(?<=[.!?])(?:[ \t]+[·•∙°*■▪]{1,2})+(?:[ \t]+[,.;])?[ \t]*$")
"""Specks a scan leaves after a sentence's stop, each set off by spaces, maybe a stray comma
after them ("… tragic circumstances. ·  ,"): they hide no sentence's end. A dash is no speck
("… of the U.S. –" goes on below)."""
_SEPARATOR: Final = compile_regex(r"(?<=\p{Ll}{4}[.!?])[ \t]+[-–—][ \t]*$")
"""A dash set off after a sentence that a word of four letters in lower case ends ("… les
investisseurs. -"): a page's separator between items, no word going on ("… of the U.S. –",
"… Mining Corp. –", "… etc. –" do: an abbreviation's stop ends no sentence)."""
_DEBRIS_REACH: Final = 24
"""Characters at a line's end searched for a scan's specks."""


def lettered(text: str) -> int | None:
    """The rank of the letter or Roman number opening ``text`` as a section's label, or None.

    Roman numbers first ("II/- Mesures individuelles" is 2, "IV. …" 4), then letters ("C.
    Culture" is 3): an outline's sections and an agenda's items are printed so.

    >>> lettered("III/- Présentation de communications"), lettered("B. Commerce")
    (3, 2)
    >>> lettered("Iran signed") is None
    True
    """
    match = _LETTERED.match(text)
    if match is None:
        return None
    label = match.group("label")
    if set(label) <= _ROMAN.keys():
        return _roman_value(label)
    return ord(label) - ord("A") + 1


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with sentence punctuation (quotes and brackets after it allowed).

    >>> ends_sentence("la réunion de ce jour."), ends_sentence("Nations")
    (True, False)
    >>> ends_sentence("« … pour nos producteurs. »")
    True

    A middle initial after a given name ends no sentence: a name wrapped over two lines
    ("Secretary of Defense Paul J." / "Deroux III").

    >>> ends_sentence("… and Secretary of Defense Paul J.")
    False

    Specks a scan leaves after the stop do not hide it.

    >>> ends_sentence("… in these tragic circumstances. ·  ,")
    True

    Nor does a page's dash set off after it, a separator between items.

    >>> ends_sentence("… une destination de choix pour les investisseurs. -")
    True

    Nor a news agency's credit signing a wire's paragraph, set off by a bracket or a dash.

    >>> ends_sentence("… he told reporters. (AP)"), ends_sentence("… le respect mutuel. – MAP")
    (True, True)
    >>> ends_sentence("… talks with the AP"), ends_sentence("… ended late. Xinhua")
    (False, False)
    """
    # String operations, not an end-anchored search that would scan the whole line.
    # French sets a space inside its closing guillemet: "… pour nos producteurs. »".
    end = text.rstrip()
    if end[-1:] not in _SENTENCE_STOPS and (credit := _signed_by(end)):
        end = end[: len(end) - len(credit)]  # "… told reporters. (AFP)": the wire's credit
    end = end.rstrip(_CLOSERS).rstrip()
    if end[-1:] not in _SENTENCE_STOPS and (debris := _DEBRIS.search(end[-_DEBRIS_REACH:])):
        end = end[: len(end) - len(debris.group())]  # "… circumstances. ·  ,": scan debris
    elif end[-1:] in "-–—" and (separator := _SEPARATOR.search(end[-_DEBRIS_REACH:])):
        end = end[: len(end) - len(separator.group())]  # "… investisseurs. -": a separator
    if end[-1:] not in _SENTENCE_STOPS or not end:
        return False
    return not (end[-1] == "." and (_middle_initial(end) or ends_on_name_title(end)))


def _signed_by(end: str) -> str:
    """A credit set off after a sentence's stop ending ``end`` (" (AFP)", " – MAP"), or "".

    A wire's paragraph is signed so where a page reprints it (``signoff.glued_credit``): the
    stop before the credit ends the sentence. Only a credit set off by a bracket, a dash or
    a slash ("/END/"): a bare name may open the next sentence, wrapped ("… ended late.
    Xinhua" / "News Agency reported …").
    """
    match = credit_ending(end)
    if match is None or match.group().lstrip()[:1] not in _CREDIT_MARKS:
        return ""
    return match.group()


_CREDIT_MARKS: Final = "(-–—/"
"""What sets a credit off from the sentence it signs."""


def ends_on_name_title(text: str) -> bool:
    """Whether the last word of ``text`` is a title before a name, its period or not ("… of Mr").

    Such a line ends no sentence ("… sous la présidence de M." / "Paul Deroux, …").

    >>> ends_on_name_title("… under the chairmanship of Mr"), ends_on_name_title("… and others")
    (True, False)
    >>> ends_on_name_title("… sous la présidence de S.E.M."), ends_on_name_title("… etc.")
    (True, False)
    """
    words = text[-_INITIAL_REACH:].split()
    return bool(words) and words[-1].rstrip(".") in _name_titles()


@functools.cache
def _name_titles() -> frozenset[str]:
    """Every shipped language's titles before a name (``name_titles``), without their period."""
    return frozenset(structure_words("repair", "name_titles"))


def _middle_initial(end: str) -> bool:
    """Whether a listed given name and a middle initial end the text ("Paul J.").

    "Annex B.", "Chapter V.", "World War I." end their sentences: no given name before.
    """
    match = _MIDDLE_INITIAL.search(end[-_INITIAL_REACH:])
    return match is not None and match.group(1).casefold() in given_names()


def bare_marker(text: str, last: Marker | None) -> Marker | None:
    """A paragraph number printed without punctuation before a clause's word in capitals.

    Declarations set their clause numbers in bold and lose the dot on the way to plain
    text: "1 WE, the Heads of State …", "2 RECALLING …", "3 NOTING …"; a PDF sets them in a
    column of their own, a wide gap before the text ("1   We met …"). Only a run
    that starts at 1 counts, so "10 DOWNING STREET" or "2023 MARKS" opens nothing.

    >>> bare_marker("1 WE, the Heads of State", None)
    Marker(number=1, style=' ', end=2, parents=(), letter=False)
    >>> bare_marker("12 CONSIDERING that", None) is None
    True
    """
    match = _BARE_MARKER.match(text)
    if match is None:
        return None
    number = int(match.group("number"))
    if (last is None or last.style != " ") and number != 1:
        return None
    return Marker(number, " ", match.end())


def roman_marker(text: str, last: Marker | None) -> Marker | None:
    """A paragraph number in Roman capitals before a sentence: "I. At the invitation of …".

    A section's label is printed so too ("II. Bilateral relations"), short and with no
    stop; a sentence of eight words or more that ends on its line, or runs on in lower case
    (a wrapped paragraph's first line), is a numbered paragraph's. Only a run that starts at
    "I." counts.

    >>> roman_marker("II. During his visit, the President held talks with them.", None)
    >>> roman_marker("I. At the invitation of the President, the Minister came.", None).label
    'I'
    >>> roman_marker("I. Relations bilatérales et coopération économique", None) is None
    True

    An initial before a name is no number: "I. Serel, Deputy Minister of Foreign Affairs of
    Kalvora, received the Ambassador."

    >>> roman_marker("I. Serel, Deputy Minister of Foreign Affairs of Kalvora, received him.", None)
    """
    match = _CAPITAL_ROMAN.match(text)
    if match is None:
        return None
    rest = text[match.end() :]
    words = rest.split(maxsplit=2)
    if len(rest.split()) < _MIN_ROMAN_WORDS or not reads_on(rest):
        return None
    # "I. Lirov, Deputy Minister …", "I. Karl Lirov met …": an initial before a name; a
    # sentence's second word is in lower case ("I. At the invitation", « II. Au cours de »)
    # or follows an article ("I. The President of …", « I. Le Président … »)
    article = words[0].casefold() in folded_articles()
    if words[0].endswith(",") or not (words[1][:1].islower() or article):
        return None
    number = _roman_value(match.group(1))
    if (last is None or last.style != CAPITAL_ROMAN_STYLE) and number != 1:
        return None
    return Marker(number, CAPITAL_ROMAN_STYLE, match.end())


def is_terminator(text: str) -> bool:
    """Whether ``text`` ends with the end-of-text mark "./." of French diplomatic texts."""
    return text.rstrip().endswith("/.")


def starts_lowercase(text: str) -> bool:
    """Whether the first letter-like character of ``text`` is lower case (a continuation).

    A first word with a capital inside is a name or a glued artefact, no continuation:
    "eSwatini and Kalvora …", an image's placeholder glued to the text ("imgTurkey and
    Mali signed …").

    >>> starts_lowercase("and the Grenadines"), starts_lowercase("imgTurkey and Mali")
    (True, False)
    """
    match = _FIRST_LETTER.match(text)
    if match is None or not match.group("char").islower():
        return False
    return _CAMEL_WORD.match(text, match.start("char")) is None


def without_elision(word: str) -> str:
    """``word`` past the elided article or preposition that opens it ("d'un" is "un").

    >>> without_elision("d’un"), without_elision("l'Union"), without_elision("Union")
    ('un', 'Union', 'Union')
    """
    return _ELIDED.sub("", word)


_ELIDED: Final = compile_regex(r"^\w{1,2}['’]")
"""An elided article or preposition opening a word ("l'", "d’")."""


def ends_on_link(text: str, connectors: frozenset[str]) -> bool:
    """Whether a line stops on a linking word written in lower case, its phrase going on below.

    "The Mission, headed by the", "… le Gouvernement de la République de": not "Annex A".

    >>> ends_on_link("The Mission, headed by the", frozenset({"the", "of"}))
    True
    >>> ends_on_link("Annex A", frozenset({"a"}))
    False
    """
    words = text.split()
    return bool(words) and words[-1].islower() and last_word(text) in connectors


def last_word(text: str) -> str:
    """The last word of ``text``, case-folded, without the punctuation around it.

    >>> last_word("Pacific and Aboriginal and ")
    'and'
    """
    words = text.split()
    return _bare_word(words[-1]) if words else ""


def first_word(text: str) -> str:
    """The first word of ``text``, as ``last_word`` gives the last.

    >>> first_word("and Norland in Valmont")
    'and'
    """
    words = text.split(maxsplit=1)
    return _bare_word(words[0]) if words else ""


def _bare_word(word: str) -> str:
    return word.strip(_CLOSERS + '.,;:!?«“"(').replace("’", "'").casefold()


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


def name_goes_on(above: str, text: str) -> bool:
    """Whether ``text`` goes on with a name that ``above`` began, across a hard wrap.

    "… Monsieur Paul-Henri" / "KORAN SAINT-AMAND, qui a pris la parole …": the line
    above stops on a capitalised name word, and the line opens with a family name in
    capitals after which the sentence goes on (a comma or a lower-case word).

    >>> name_goes_on("Le Ministre, Monsieur Paul-Henri", "KORAN SAINT-AMAND, qui a parlé")
    True
    >>> name_goes_on("Les ministres se sont réunis.", "KORAN SAINT-AMAND, qui a parlé")
    False
    """
    words = above.split()
    if not words or not words[-1][:1].isupper() or ends_sentence(above):
        return False
    return _NAME_GOES_ON.match(text) is not None


def is_quotation(text: str) -> bool:
    """Whether a line is one short quotation that ends no sentence: a theme, a motto, a title.

    >>> is_quotation("« La mer, bien commun des États côtiers »")
    True
    >>> is_quotation('"Kalvora is deeply concerned by the violence."')
    False
    """
    text = text.strip()
    return (
        2 < len(text) <= _MAX_QUOTATION
        and text[0] in _OPENING_QUOTES
        and text[-1] in _CLOSING_QUOTES
        and text[-2] not in ".!?…"  # a quoted statement is a paragraph of its own
    )
