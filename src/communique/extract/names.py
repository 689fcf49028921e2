"""Read a person's name at a position and split it into given and family names.

Capitalised words and particles make a name; natural casing and order are restored
("IWAYA Takashi" → "Takashi Iwaya", "Ursula von der Leyen").
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.lexicon.common.given_names import given_names
from communique.lexicon.dates import month_words
from communique.lexicon.persons import PersonVocabulary, address_word, article_at, person_words
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.structure.party_entries import entry_gap_end
from communique.wordtrie import fold_name

if TYPE_CHECKING:
    from collections.abc import Container

__all__ = [
    "Name",
    "dotted_post_nominal",
    "fold_name",
    "opens_date",
    "opens_role",
    "parse_name",
    "skip_honorifics",
    "skip_post_nominals",
    "starts_capital",
    "word_at",
]

_WORD: Final = compile_pattern(
    r"[A-ZÀ-ÖØ-Þ]['’][A-ZÀ-ÖØ-Þ](?:[\w'’-]*\w)?|[MN]['’][a-zà-öø-ÿ][\w'’-]*\w"
    r"|[^\W\d_]{1,2}['’](?=[^\W\d_])(?!s\b)|[^\W\d_](?:[\w'’-]*\w)?\.?"
)
"""A word of a name; a capital and an apostrophe before a capital are one word with it
("O'Brien", "D’Amours"), and so are a nasal "M'" or "N'" before a lower-case letter
("M’bareck", "N'diaye", as West African names are written); a lower-case elision is a
particle of its own ("d'Estaing"), a possessive no elision ("King Karl II’s")."""
_FIGURE: Final = compile_pattern(r"\d")
"""A figure, which no word of a person's name holds."""
_SPACES: Final = compile_pattern(r"[ \t]*")
_COMMA_SUFFIX: Final = compile_pattern(
    r",[ \t]*([A-Z][A-Za-z]{0,2}\.?|[IVX]{2,4})(?![\w'’-])"
    r"(?=[ \t]*(?:[,;:)]|$|[ \t][^\W\d_A-ZÀ-Þ]))"
)
"""A name suffix after a comma: "Joseph R. Biden, Jr. today" (checked against
``name_suffixes``); before a capital, another name may follow ("Karl X, Jr. Anna Y")."""
_NICKNAME: Final = compile_pattern(
    r"[ \t]+[“\"«‘][ \t]?([A-ZÀ-ÖØ-Þ][\w'’-]{1,30})[ \t]?[”\"»’][ \t]+(?=[A-ZÀ-ÖØ-Þ])"
)
"""A nickname in quotes inside a name, a capitalised word after it: " “Jokowi” "."""
_NUMBER_AFTER: Final = compile_pattern(r"\.?[ \t]+\d")
"""A day or a year after a month: " 29", ". 2024"."""
_CHAIN: Final = compile_pattern(r"[ \t]*,?[ \t]*")
"""Between two titles of a chain: "Son Excellence, Monsieur X"."""
_MAX_WORDS: Final = 4
_MAX_LINKED: Final = 3
"""Words a name may have beyond four, each after a particle ("… Al Anselm Al Serel")."""
_MODIFIER_LETTERS: Final = "\u02bb\u02bc"
"""The ʻokina and the modifier apostrophe: letters of a Pacific name, before its capital."""
_POST_NOMINAL_GAP: Final = compile_pattern(r"[ \t]*,?[ \t]*")
_DOTTED_LETTERS: Final = compile_pattern(r"(?:[A-Z]\.){2,}(?![^\W\d_])")
_POSSESSIVE: Final = ("'s", "’s")
_ELISIONS: Final = ("'", "’")
_ROMAN: Final = compile_pattern(r"[IVX]{1,5}")
"""A regnal or generational numeral kept as printed ("Mohammed VI", "Wilhelm II")."""


@functools.cache
def _dotted_saints() -> frozenset[str]:
    """A saint's abbreviated titles ("St.", ``saint_titles``), which keep their period.

    Inside a family name ("Joy St. John") the period is the title's, no sentence's end.
    """
    return frozenset(title for title in person_words("saint_titles") if title.endswith("."))


def _saint_goes_on(text: str, title: re.Match[str]) -> bool:
    """Whether a capitalised word, no possessive, follows a saint's title in a name.

    "Joy St. John, the Director": the family name "St. John"; "Karl Lirov St. Lucia's
    ambassador": the state's name, not his.
    """
    following = word_at(text, title.end())
    return (
        following is not None
        and following.group()[:1].isupper()
        and not following.group().endswith(_POSSESSIVE)
    )


def word_at(text: str, position: int) -> re.Match[str] | None:
    """The word (or elided article "l'") starting at ``position`` after spaces, if any."""
    if 0 <= position < len(text) and text[position] not in " \t":
        return _WORD.match(text, position)  # most words follow the cursor directly
    return _WORD.match(text, _SPACES.match(text, position).end())  # type: ignore[union-attr]


@shared_repr
@attrs.frozen(repr=False)
class Name:
    """A person's name found at ``text[start:end]`` of a reading unit."""

    start: int
    end: int
    given: tuple[str, ...]
    family: tuple[str, ...]

    @property
    def canonical(self) -> str:
        """Given names then family name, natural casing ("Takashi Iwaya").

        An elided particle is glued to the next word ("Valéry Giscard d'Estaing"). A regnal
        number stays ("Mswati III"); a generational "Jr" or "Sr" does not, as analysts
        write the name given then family ("Joseph R. Biden").
        """
        numbers = tuple(w for w in self.suffix if _ROMAN.fullmatch(w))
        words = (*self.given, *self.family, *numbers)
        return "".join(f"{w}{'' if w.endswith(_ELISIONS) else ' '}" for w in words).rstrip()

    suffix: tuple[str, ...] = ()
    """Suffix after the family name ("Jr", "III"); only a regnal number is in ``canonical``."""
    nickname: str | None = None
    """A nickname in quotes between the given and the family names ("Joko “Jokowi”
    Widodo"): no part of ``canonical``, but the name the text may call the person later."""

    @property
    def key(self) -> str:
        """The family name without case, accents or hyphens, to link mentions of one person.

        "Al-Thani" and "al Thani", "Macapagal-Arroyo" and "Macapagal Arroyo": one name.
        """
        return fold_name(" ".join(self.family)).replace("-", " ")


def starts_capital(word: str) -> bool:
    """Whether ``word`` opens with a capital, after a modifier letter ("ʻAlesana").

    >>> starts_capital("\u02bbAlesana"), starts_capital("\u02bbokina")
    (True, False)
    """
    letter = word.lstrip(_MODIFIER_LETTERS) or word
    return letter[0].isupper()


def _is_capitalised(word: str) -> bool:
    return starts_capital(word) and not word.endswith(("'", "’"))


def _glued_particle(word: str, vocab: PersonVocabulary) -> bool:
    """Whether ``word`` is a particle glued by its hyphen to a family name ("al-Assad")."""
    head, hyphen, rest = word.partition("-")
    return bool(hyphen) and f"{head}-".casefold() in vocab.particles and _is_capitalised(rest)


def _is_upper(word: str) -> bool:
    """At least two letters, all in upper case ("IWAYA", "LE DRIAN"; not "M.")."""
    return word.isupper() and sum(map(str.isalpha, word)) >= 2


def _clean(match: re.Match[str]) -> str:
    """The word without a final period, unless it is an initial ("F."), nor possessive "'s"."""
    word = match.group()
    if word.endswith(_POSSESSIVE) and len(word) > 2:  # "Karl J’s": the initial
        return word[:-2]
    return word.rstrip(".") if len(word) > 2 else word


def skip_honorifics(text: str, position: int, vocab: PersonVocabulary) -> int:
    """Where the name starts after a chain of honorifics ("H.E. Prof. Dr", "Senator the Hon.").

    >>> from communique.lexicon.persons import person_vocabulary
    >>> text = "H.E. Prof. Dr Dorodjatun Kuntjoro-Jakti"
    >>> text[skip_honorifics(text, 0, person_vocabulary("en")) :]
    'Dorodjatun Kuntjoro-Jakti'

    A word of address may open the chain in a speech's salutation: "…, Dear Karl Lirov,",
    « …, Cher Paul Deroux, » (`address_words`).
    """
    address = address_word().match(text, position)  # "…, Dear Karl Lirov", « Cher X »
    position = address.end() if address is not None else position
    for index in range(_MAX_WORDS):
        start = (_SPACES if index == 0 else _CHAIN).match(text, position)
        cursor = start.end() if start else position
        honorific = vocab.honorific.match(text, cursor)
        if honorific is None:
            if (
                index
                and start is not None
                and "," in start.group()
                and text[cursor : cursor + 1].isupper()
            ):
                return cursor  # "His Excellency, Karl Lirov": the style set off by a comma
            return _SPACES.match(text, position).end()  # type: ignore[union-attr]
        position = honorific.end()
    return position


def skip_post_nominals(text: str, position: int, vocab: PersonVocabulary) -> int:
    """Where a chain of post-nominal letters after a name ends ("KCB MP", "PhD, KC").

    >>> from communique.lexicon.persons import person_vocabulary
    >>> text = "Sir Keir Starmer KCB MP, Prime Minister"
    >>> text[skip_post_nominals(text, 16, person_vocabulary("en")) :]
    ', Prime Minister'
    >>> text = "Anna Serel, S.C., M.P., Prime Minister"
    >>> text[skip_post_nominals(text, 10, person_vocabulary("en")) :]
    ', Prime Minister'
    """
    for _ in range(_MAX_WORDS):
        gap = _POST_NOMINAL_GAP.match(text, position)
        start = gap.end() if gap else position
        end = dotted_post_nominal(text, start, vocab)
        if end is None:
            following = word_at(text, start)
            # "… and Olga Renn MP.": the sentence's stop is no part of the letters
            letters = following.group().removesuffix(".") if following is not None else ""
            if following is None or letters.casefold() not in vocab.post_nominals:
                return position
            end = following.start() + len(letters)
        position = end
    return position


def dotted_post_nominal(text: str, position: int, vocab: PersonVocabulary) -> int | None:
    """Where post-nominal letters written with periods end ("M.P.", "Q.C."), else None.

    Read as initials they would join the name: "MAREN KORANDA M.P." is no "M. P. Koranda".
    """
    dotted = _DOTTED_LETTERS.match(text, position)
    if dotted is None or dotted.group().replace(".", "").casefold() not in vocab.post_nominals:
        return None
    return dotted.end()


_FULL_NAME: Final = 2
"""Words of a given and a family name: a party's name after them is no part of the name."""


def _given_only(words: list[tuple[int, str, bool]]) -> bool:
    """Whether every word read is a listed given name: no family name yet ("Maria Isabel").

    A word then read that also names a party is the family name ("Maria Isabel Salvador").
    """
    return all(word.casefold() in given_names() for _, word, _ in words)


def parse_name(
    text: str, position: int, vocab: PersonVocabulary, barriers: Container[int] = ()
) -> Name | None:
    """The name starting at ``position``, or None when no capitalised word starts there.

    A particle before a word starting at one of ``barriers`` (where a party's name starts)
    ends the name: "M. Moussa Diallo du Sénégal" is Moussa Diallo; so does a party whose
    name an honorific follows (a list's next entry: "… President X Botswana H.E. …").

    >>> from communique.lexicon.persons import person_vocabulary
    >>> parse_name("M. IWAYA Takashi a rencontré", 3, person_vocabulary("fr")).canonical
    'Takashi Iwaya'
    >>> parse_name("Ursula von der Leyen a", 0, person_vocabulary("fr")).family
    ('von', 'der', 'Leyen')
    """
    words: list[tuple[int, str, bool]] = []  # start, word, is a particle
    cursor = position
    nickname: str | None = None
    for index in range(_MAX_WORDS + _MAX_LINKED):
        # Right after the given name only: « M. Karl Lirov « Valmont » Paul Deroux » is two.
        quoted = _NICKNAME.match(text, cursor) if len(words) == 1 and nickname is None else None
        if quoted is not None:  # "Joko “Jokowi” Widodo": the family name goes on after it
            nickname, cursor = quoted.group(1), quoted.end()
        run = _particle_run(text, cursor, vocab) if words else []
        if index >= _MAX_WORDS and not run:
            break  # "Maren Idris Al Anselm Al Serel Al Lirov": longer only by particles
        match = word_at(text, run[-1][0] + len(run[-1][1]) if run else cursor)
        if match is None or (not run and words and text[cursor : match.start()].strip()):
            break
        # "Ma. Cristina", "Joy St. John": an abbreviation keeps its period, the name goes on.
        kept = match.group() in vocab.given_abbreviations or (
            bool(words) and match.group() in _dotted_saints() and _saint_goes_on(text, match)
        )
        word = match.group() if kept else _clean(match)
        capitalised = _is_capitalised(word) or (bool(words) and _glued_particle(word, vocab))
        if not capitalised or _stops_name(word, vocab, first=not words):
            break
        if _after_family(words, word):
            break  # "Lejeune MBELLA MBELLA Abderaman KOULAMALLAH": two signatures in a row
        if words and _is_dated_month(text, match):
            break  # "Anna Serel" / "October 29, 2021": the signature's date, on the next line
        inner = bool(words) and match.group().casefold() in vocab.inner_titles
        honorific = (
            vocab.honorific.fullmatch(match.group())
            and not inner
            and not _middle_initial(text, match, words)
        )
        if honorific and not (
            len(words) == 1
            and words[0][1].casefold() in given_names()
            and _family_honorific(text, match, vocab)
        ):
            break  # "M. M." is no name
        if run and match.start() in barriers:
            break
        if words and match.start() in barriers and _opens_entry(text, match, barriers, vocab):
            break  # "H.E. President X Botswana H.E. President Y": a list's next entry
        if words and match.start() in barriers and _state_of_office(text, match, vocab):
            break  # "Ambassador Kyle Carter US Ambassador to Kenya": the office's state
        if words and match.start() in barriers and match.group().endswith(_POSSESSIVE):
            break  # "conveyed to President Lirov France's gratitude": the next phrase's party
        if len(words) >= _FULL_NAME and match.start() in barriers and not _given_only(words):
            break  # "M. Karl Lirov Philippines/Typhon …": a party past a full name
        dotted = dotted_post_nominal(text, match.start(), vocab) if words else None
        if dotted is not None and not _initials_before_family(text, dotted, words, vocab):
            break  # "Maren Koranda M.P.": letters after the name, no initials
        if words and opens_role(text, match.start(), vocab):
            break  # "H.E. Mr X Y Minister of Foreign Affairs": the office, on the next line
        if words and barriers and _office_before_entry(text, match, barriers, vocab):
            break  # "Dr. X Y Prime Minister" / "Mozambique : H.E. …": the entry's office
        words.extend((start, particle, True) for start, particle in run)
        words.append((match.start(), word, False))
        cursor = match.start() + len(word)
        if match.group().endswith(_POSSESSIVE):
            break  # "President Macron's visit": the name ends at the possessive
    if not words or (len(words) == 1 and words[0][1].casefold() in vocab.particles):
        return None  # "LE MINISTRE DE L'EUROPE": a particle alone names no one
    if len(words) == 1 and len(words[0][1]) == 1:
        return None  # "the Ministers I met": a letter alone, the pronoun, names no one
    if len(words) == 1 and _ROMAN.fullmatch(words[0][1]):
        return None  # "… DES ARMÉES" / "II. COMPTE RENDU": a section's number names no one
    if any(_FIGURE.search(word) for _, word, _ in words):
        return None  # "French A-400M tactical aircraft", "Global COVID-19 Summit": no person
    end = words[-1][0] + len(words[-1][1])
    suffix: tuple[str, ...] = ()
    if len(words) > 1 and words[-1][1].casefold().rstrip(".") in vocab.name_suffixes:
        suffix = (words.pop()[1],)  # "Joseph R. Biden Jr": the family name is Biden
        if _is_upper(suffix[0]) and not _ROMAN.fullmatch(suffix[0]):
            suffix = (suffix[0].capitalize(),)  # "LOCSIN JR.": "Jr"
        if text.startswith(".", end) and not suffix[0].endswith("."):
            end += 1  # "Locsin Jr., Secretary of …": the abbreviation's period is the name's
    elif (
        len(words) > 1
        and (comma := _COMMA_SUFFIX.match(text, end)) is not None
        and comma.group(1).casefold().rstrip(".") in vocab.name_suffixes
    ):
        # "Joseph R. Biden, Jr. today held …": the suffix after its comma is the name's.
        suffix, end = (comma.group(1).rstrip("."),), comma.end()
    name = _split(words, vocab, words[0][0], end)
    if nickname is not None and cursor > end:
        nickname = None  # "Karl “Kalo”": no family name after the nickname
    # Copied only for a suffix or a nickname: most names have none, and a copy costs more.
    if suffix or nickname:
        return attrs.evolve(name, suffix=suffix, nickname=nickname)
    return name


def _middle_initial(text: str, match: re.Match[str], words: list[tuple[int, str, bool]]) -> bool:
    """Whether a one-letter honorific between two words in capitals is a middle initial.

    "M. KARL M. LIROV": the second "M." stands between a given name and a family name printed
    in capitals, where no honorific stands ("M. ANNA SEREL M. PAUL …" lists two names).
    """
    if len(words) != 1 or len(match.group().rstrip(".")) != 1 or not _is_upper(words[0][1]):
        return False
    following = word_at(text, match.end())
    return (
        following is not None
        and text[match.end() : following.start()] == " "
        and _is_upper(following.group().rstrip(".,;:"))
    )


def _family_honorific(text: str, match: re.Match[str], vocab: PersonVocabulary) -> bool:
    """Whether an honorific word after a listed given name is the family name ("Anna Bishop").

    It is one in title case when no name follows it: "the Hon Anna Bishop MP", "Julie
    Bishop, the minister". Before a capitalised word it opens another name ("Anna Serel
    Bishop Marc Tavel" in a list), and before its complement it is an office ("… Lirov
    Ambassador of Valmont").
    """
    word = match.group()
    if not word.istitle() or opens_role(text, match.start(), vocab):
        return False
    following = word_at(text, match.end())
    if following is None or text[match.end() : following.start()].strip(" \t"):
        return True
    after = following.group()
    return not _is_capitalised(after) or after.casefold().rstrip(".") in vocab.post_nominals


def _initials_before_family(
    text: str, end: int, words: list[tuple[int, str, bool]], vocab: PersonVocabulary
) -> bool:
    """Whether dotted letters after a lone given name are its initials, a family name next.

    "Olivier J.P. Koranda": post-nominal letters ("J.P.") follow a whole name, not a given
    name alone before another capitalised word.
    """
    if len(words) != 1:
        return False
    following = word_at(text, end)
    return (
        following is not None
        and text[end : following.start()] == " "
        and _is_capitalised(following.group())
        and not opens_role(text, following.start(), vocab)
    )


def _after_family(words: list[tuple[int, str, bool]], word: str) -> bool:
    """Whether ``word``, in lower case but its first letter, follows given name + FAMILY.

    "Kaja KALLAS" is a whole name: a given name after it starts another ("… KALLAS Anna
    BERG"), while "IWAYA Takashi" (family first) goes on.
    """
    if not words or _is_capitals(word):
        return False
    # "King Carl XVI Gustaf": a regnal numeral is no family name in capitals
    shapes = [
        _is_capitals(w) and not _ROMAN.fullmatch(w) for _, w, particle in words if not particle
    ]
    return len(shapes) >= 2 and not shapes[0] and shapes[-1]


def _opens_entry(
    text: str, match: re.Match[str], barriers: Container[int], vocab: PersonVocabulary
) -> bool:
    """Whether a party's name at ``match`` opens the next entry of a list of delegations.

    "Angola H.E. President X" / "Botswana H.E. President Y" / "Lesotho The Rt. Hon. …": the
    state, then an honorific (after an article, maybe; after a colon or a dash: "Lesotho :
    Rt. Hon. …"), opens an entry; it ends the name before it.
    """
    end = barriers.get(match.start(), match.end()) if isinstance(barriers, dict) else match.end()
    position = entry_gap_end(text, end)
    if position is None:
        return False
    article = article_at().match(text, position)
    return vocab.honorific.match(text, article.end() if article else position) is not None


def _office_before_entry(
    text: str, match: re.Match[str], barriers: Container[int], vocab: PersonVocabulary
) -> bool:
    """Whether an office at ``match`` ends a list's entry, the next entry's party after it.

    "Mauritius : Dr. X Y Prime Minister" / "Mozambique : H.E. President Z": the office
    printed after its holder's name, then the next delegation.
    """
    role = vocab.role.match(text, match.start())
    if role is None:
        return False
    following = word_at(text, role.end())
    return (
        following is not None
        and following.start() in barriers
        and _opens_entry(text, following, barriers, vocab)
    )


def _state_of_office(text: str, match: re.Match[str], vocab: PersonVocabulary) -> bool:
    """Whether a party's acronym after a name opens the office that follows it.

    "Kyle Carter US Ambassador to Kenya", "Paul Deroux UK Ambassador to Valmont": a word in
    capitals that names a party (a barrier) and comes before an office is no family name.
    """
    if not _is_capitals(match.group()):
        return False
    following = word_at(text, match.end())
    return (
        following is not None
        and text[match.end() : following.start()] == " "
        and opens_role(text, following.start(), vocab)
    )


def _is_capitals(word: str) -> bool:
    """A word in capitals, not an initial ("MBELLA", not "J.")."""
    return len(word) > 1 and word.isupper() and not word.endswith(".")


def opens_role(text: str, position: int, vocab: PersonVocabulary) -> bool:
    """Whether a role head and its complement, or a comma, follow ``position`` ("Minister of …")."""
    role = vocab.role.match(text, position)
    if role is None:
        return False
    if text.startswith(",", role.end()):
        return True  # "Marie Koranda Ambassadeur, directrice du protocole": apposed offices
    link = word_at(text, role.end())
    return link is not None and link.group().casefold() in vocab.complement_links


def opens_date(text: str, position: int) -> bool:
    """Whether a month before a number starts at ``position``: "October 29", "Mai 2024".

    A month can be a given name ("April", "June"), never before a day or a year.
    """
    match = word_at(text, position)
    return match is not None and match.start() == position and _is_dated_month(text, match)


def _is_dated_month(text: str, match: re.Match[str]) -> bool:
    """Whether the word ``match`` found is a month with a number after it."""
    return (
        match.group().casefold().rstrip(".") in month_words()
        and _NUMBER_AFTER.match(text, match.end()) is not None
    )


def _stops_name(word: str, vocab: PersonVocabulary, *, first: bool) -> bool:
    """Whether ``word`` ends a name: a link or a verb, in any casing ("AVEC").

    A capitalised possessive inside a name is a name ("Bui Thanh Son").
    """
    folded = word.casefold()
    if folded not in vocab.name_stops or word in vocab.capitalised_names:
        return False
    return first or not (folded in vocab.possessives and word.istitle())


def _particle_run(text: str, cursor: int, vocab: PersonVocabulary) -> list[tuple[int, str]]:
    """The particles ("von der", "de", "Le") starting at ``cursor``, before a capitalised word."""
    run: list[tuple[int, str]] = []
    while True:
        match = word_at(text, cursor)
        if match is None or match.group().casefold() not in vocab.particles:
            return run
        following = word_at(text, match.end())
        run.append((match.start(), match.group()))
        if following is None:
            return []
        if following.group().casefold() not in vocab.particles:
            return run if _is_capitalised(following.group()) else []
        cursor = match.end()


def _natural(word: str, vocab: PersonVocabulary, particle: bool) -> str:
    if particle:
        # A particle keeps its printed casing ("Herman Van Rompuy", "Tran Van Hoang") unless
        # printed in capitals, where the usual casing is restored ("DE MISTURA").
        return vocab.particles.get(word.casefold(), word) if word.isupper() else word
    if _is_upper(word) and not _ROMAN.fullmatch(word):
        return "-".join(_capitalize(part) for part in word.split("-"))
    return word


def _capitalize(part: str) -> str:
    """``part`` in lower case but for its first letter, after a modifier letter ("ʻUluave")."""
    letters = part.lstrip(_MODIFIER_LETTERS)
    return part[: len(part) - len(letters)] + letters.capitalize()


def _split(
    words: list[tuple[int, str, bool]], vocab: PersonVocabulary, start: int, end: int
) -> Name:
    raw = [word for _, word, _ in words]
    particles = [particle for *_, particle in words]
    if len(raw) > 1 and raw[0].casefold() in vocab.particles:
        particles[0] = True  # "M. Le Drian": the particle opens the family name
    upper = [
        _is_upper(w) and not p and not _ROMAN.fullmatch(w)
        for w, p in zip(raw, particles, strict=True)
    ]
    # An initial is neither case: "TEODORO L. LOCSIN" is all in capitals.
    neutral = [p or len(w.rstrip(".")) == 1 for w, p in zip(raw, particles, strict=True)]
    if any(upper) and not all(u or n for u, n in zip(upper, neutral, strict=True)):
        # A family name in capitals, before or after the given name: "IWAYA Takashi".
        family_index = {i for i, u in enumerate(upper) if u}
        family_index |= {i for i in range(len(raw) - 1) if particles[i] and i + 1 in family_index}
    else:
        first = len(raw) - 1
        while first > 0 and particles[first - 1]:
            first -= 1
        # "Mohamed Ould Cheikh Ahmed": a lineage particle opens all that follows it.
        lineage = (i for i, w in enumerate(raw[:-1]) if w.casefold() in vocab.lineage_particles)
        first = min(first, next(lineage, first))
        # A capitalised particle opening a two-word name is its family name: "Le Drian".
        family_index = set(range(first, len(raw)))
    given = tuple(
        _natural(raw[i], vocab, particles[i]) for i in range(len(raw)) if i not in family_index
    )
    family = tuple(_natural(raw[i], vocab, particles[i]) for i in sorted(family_index))
    return Name(start, end, given, family)
