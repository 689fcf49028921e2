"""Names found without an honorific or a role: in capitals, or alone on a signature line.

"Kaja KALLAS", "IWAYA Takashi": a family name in capitals next to a capitalised given name
(acronyms, party names, headlines and places named after people excluded). "Josep Borrell"
alone on one of the last lines, or "Le Ministre …, Porte-Parole du Gouvernement X Y"
closing the text: the statement's signatory.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.names import opens_date, parse_name, skip_post_nominals
from communique.extract.person_constructions import (
    Found,
    Role,
    Taken,
    is_institution,
    is_plain_name,
)
from communique.letters import CAPITAL
from communique.lexicon.agreements import instrument_head
from communique.lexicon.common.furniture import common_furniture
from communique.lexicon.common.given_names import given_names
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    import regex

    from communique.extract.names import Name
    from communique.gazetteer import Gazetteer
    from communique.lexicon.persons import PersonVocabulary

__all__ = [
    "plain_name_ending",
    "with_capitals",
    "with_coordinated_initials",
    "with_given_names",
    "with_nationality_notes",
    "with_offices_below",
    "with_plural_label",
    "with_signature",
]

# Possessive quantifiers (*+, ++) in the patterns that end a window: nothing they could
# give back would let the match end there, and a search does not backtrack into each word.
_WORD_BEFORE: Final = compile_pattern(r"([^\W\d_][\w'’-]*+)\s++$")
_WORD_AFTER: Final = compile_pattern(r"\s+([^\W\d_][\w'’-]*)")
_GIVEN_BEFORE: Final = compile_pattern(r"([^\W\d_][\w'’-]*+)[ \t]++$")
"""A word before another on the same line."""
_MAX_MORE_GIVEN: Final = 2
"""Given names read before the one next to the family name ("Jean Emmanuel Marie X")."""
_CAPS_BEFORE: Final = compile_pattern(rf"(?<![\w'’]){CAPITAL}{{3,}}+[ \t]++$")
_VOWELLESS: Final = compile_pattern(r"[B-DF-HJ-NP-TV-XZ]{3,}")
"""Three Latin capitals or more and no vowel: an acronym ("HPP", "CGS"), never a family name."""
_PLACE_REACH: Final = 60
"""Characters before a name that can hold the place noun it completes."""
_LISTED_PLACE_REACH: Final = 120
"""Characters before a coordinated name read for the place noun its list opens with."""
_MAX_PLACE_WORDS: Final = 4
"""Capitalised words of the first place's name in such a list."""
_LIST_END: Final = compile_pattern(r"[ \t]*(?:[,;.:)]|$)")
"""What may follow the last place of a list: punctuation or the line's end, no verb."""
_LINKED: Final = 2
"""A place's noun and the particle after it before a name ("sous-préfecture de")."""
_SIGNATURE_MAX: Final = 60
"""Longest signature line read as a name alone."""
_NOTE: Final = compile_pattern(r"[ \t]*\(([^()\n]{2,60})\)")
"""A parenthesis after a signatory's name: "Anna Kovalenko (Ukraine)"."""
_LAST_WORD: Final = compile_pattern(r"([^\W\d_][\w'’-]*+)\s*+$")
_NAME_WORDS: Final = 4
_LABEL_REACH: Final = 60
"""Characters from a closing unit's start to the end of a label ("The Ministers of:")."""
_LABEL_LEAD: Final = 2
"""Words before the plural role of a label ("Signed by the")."""
"""Words before a parenthesis tried as the start of a name."""


def with_signature(text: str, vocab: PersonVocabulary, parties: Gazetteer, taken: Taken) -> None:
    """A closing line that is a name alone ("Josep Borrell"): the statement's signatory."""
    stripped = text.strip(" \t\n*_")
    named = [found for found in taken.found if found.name is not None]
    if len(named) == 1 and _signs(text, named[0], taken.found):
        read = named[0]  # "Le Ministre …, Porte-Parole du Gouvernement Amadou SARRE"
        taken.remove(read)
        taken.add(attrs.evolve(read, signature=True))
        return
    if not stripped or len(stripped) > _SIGNATURE_MAX or len(taken.found) > 1:
        return
    start = text.index(stripped)
    name = parse_name(text, start, vocab)
    if name is None or name.end != start + len(stripped):
        return
    if not is_plain_name(name, vocab, parties):
        return
    if taken.found:  # "Kaja KALLAS" alone on the line, read from its capitals
        read = taken.found[0]
        if read.role is not None or not name.start <= read.start < read.end <= name.end:
            return
        taken.remove(read)
    taken.add(Found(name.start, name.start, name.end, name.end, name, None, signature=True))


def with_nationality_notes(
    text: str, vocab: PersonVocabulary, parties: Gazetteer, taken: Taken
) -> None:
    """Signatories listed as "Name (Country)" below a joint statement.

    The name is the longest run of capitalised words before a parenthesis that holds
    only a party's name, read as a plain name (a given name, no place nor role word).
    """
    for note in _NOTE.finditer(text):
        if parties.key_of(note.group(1).strip()) is None:
            continue
        for start in _starts_before(text, note.start()):
            name = parse_name(text, start, vocab)
            if name is None or name.end != note.start() or taken.overlaps(start, name.end):
                continue
            if is_plain_name(name, vocab, parties):
                taken.add(Found(start, start, name.end, name.end, name, None))
                break


def with_plural_label(text: str, vocab: PersonVocabulary, taken: Taken) -> None:
    """Signatories under "The Foreign Ministers of:": each holds the singular office."""
    if vocab.plural_role is None:
        return
    label = vocab.plural_role.search(text, 0, _LABEL_REACH)
    if label is None or len(text[: label.start()].split()) > _LABEL_LEAD:
        return
    colon = text.find(":", label.end(), label.end() + _LABEL_REACH)
    singular = vocab.plural_roles.get(" ".join(label.group().casefold().split()), "")
    if colon == -1 or not singular:
        return
    role = Role(label.start(), label.end(), label.end(), singular, singular)
    for found in sorted(taken.found, key=lambda item: item.anchor):
        if found.name is not None and found.role is None and found.anchor > colon:
            taken.remove(found)
            taken.add(attrs.evolve(found, role=role))


def with_offices_below(
    text: str, vocab: PersonVocabulary, parties: Gazetteer, taken: Taken
) -> None:
    """Signatories whose office is printed on the line below the name, without a comma.

    "For the Government of Ghana" / "Kwame Mensah" / "Minister of Foreign Affairs", or
    "H.E. Mr. X" / "Minister of …": the office read alone is the name's, read before or
    now, a plain name.
    """
    for office in sorted(taken.found, key=lambda found: found.anchor):
        if office.name is not None or office.role is None:
            continue
        end = len(text[: office.anchor].rstrip())
        if end == office.anchor:
            continue  # no space: not the line below
        held = next((f for f in taken.found if f.end == end and f.name is not None), None)
        if held is not None and held.role is None:
            taken.remove(office)
            taken.remove(held)
            stop = max(held.stop, office.stop)
            taken.add(attrs.evolve(held, role=office.role, stop=stop))
            continue
        name = plain_name_ending(text, end, vocab, parties, taken)
        if held is None and name is not None:
            taken.remove(office)
            taken.add(Found(name.start, name.start, name.end, office.stop, name, office.role))


def plain_name_ending(
    text: str, end: int, vocab: PersonVocabulary, parties: Gazetteer, taken: Taken
) -> Name | None:
    """The longest plain name of unread words ending at ``end``."""
    for start in _starts_before(text, end):
        name = parse_name(text, start, vocab)
        if name is None or name.end != end or taken.overlaps(start, end):
            continue
        if is_plain_name(name, vocab, parties):
            return name
    return None


def _starts_before(text: str, end: int) -> list[int]:
    """Starts of the last words before ``end``, the farthest first."""
    starts: list[int] = []
    position = end
    for _ in range(_NAME_WORDS):
        word = _LAST_WORD.search(text, max(0, position - 40), position)
        if word is None:
            break
        starts.append(word.start(1))
        position = word.start(1)
    return starts[::-1]


def _signs(text: str, read: Found, found: list[Found]) -> bool:
    """Whether a role and its holder's name make the closing line, with only roles before.

    "Le Ministre de la Formation professionnelle, Porte-Parole du Gouvernement X Y".
    """
    if read.name is None or read.role is None or not read.name.given:
        return False
    if text[read.end :].strip(" \t\n.*_"):
        return False
    rest = text[: read.anchor]
    for other in sorted(found, key=lambda item: item.anchor, reverse=True):
        if other is not read and other.stop <= read.anchor:
            rest = rest[: other.anchor] + rest[other.stop :]
    return not rest.strip(" \t\n,;:*_")


def with_capitals(
    text: str,
    vocab: PersonVocabulary,
    parties: Gazetteer,
    acronyms: frozenset[str],
    cues: list[regex.Match[str]],
    taken: Taken,
) -> None:
    """Names without honorific or role whose family name is in capitals ("Kaja KALLAS")."""
    for match in cues:
        capitals = match.group()
        if not capitals.isupper() or capitals in acronyms or parties.key_of(capitals):
            continue
        if _VOWELLESS.fullmatch(capitals) is not None:
            continue  # "the Dniester HPP", "CGS Sarathi": letters without a vowel, no name
        if instrument_head(capitals):
            continue  # "the Political Consultation Mechanism MOU": an instrument, no one
        neighbour = _titled_neighbour(text, match, vocab, parties)
        if neighbour is None:
            continue
        other, start = neighbour
        if _after_place_noun(text, start, vocab, _name_end(text, match.end())):
            continue  # « des villages de Massar Teugue et Yamane SECK »: a place
        # "COMMENDING Indonesia's efforts": a party, possessive or not, is no given name.
        owner = other.removesuffix("'s").removesuffix("’s")
        if parties.key_of(owner) or other.casefold() in vocab.particles:
            continue
        numbered = start < match.start() and _NUMERAL.fullmatch(capitals)
        if numbered and other.casefold() in vocab.numbered_parts:
            continue  # "under Annex VII of the Convention": a numbered part, no family name
        if other.casefold() in common_furniture().widget_words:
            continue  # "… | Facebook" / "EUROPA – …": a share bar's network, no given name
        if _party_in(text, start, match.start(), parties):
            continue  # "the China-New Zealand FTA", "the Japan-Philippines RAA": an instrument
        if other.casefold() in vocab.stop_words or taken.overlaps(start, match.end()):
            continue
        if other in person_words("saint_titles"):
            continue  # "the KALVA St Patrick's Day reception": a feast, no one
        plural = vocab.plural_role
        if vocab.role.fullmatch(other) or (plural is not None and plural.fullmatch(other)):
            continue  # "KMAG Ministers will …": an office after a body's letters, no given name
        if _in_headline(text, match) or _dateline_credit(text, start, match.end()):
            continue
        # The two words: the capitals after their neighbour, or their neighbour after them.
        following = _WORD_AFTER.match(text, match.end()) if start == match.start() else None
        words_end = following.end(1) if following is not None else match.end()
        if _quoted(text, start, words_end):
            continue  # "du « ONE Championship »": a quoted title, no person
        name = parse_name(text, start, vocab)
        if name is None or is_institution(name, vocab) or _names_a_place(text, start, vocab):
            continue
        if any(char.isdigit() for word in name.family for char in word):
            continue  # "the Regional COVID-19 Forum": a name has no figures
        given = (word.casefold() for word in name.given)
        if _namesake(text, name, vocab) or any(word in vocab.namesake_nouns for word in given):
            continue  # "au Palais des Congrès Idris KORANDA": a place
        taken.add(Found(name.start, name.start, name.end, name.end, name, None))


def with_given_names(
    text: str,
    vocab: PersonVocabulary,
    parties: Gazetteer,
    cues: list[re.Match[str]],
    taken: Taken,
    barriers: frozenset[int] = frozenset(),
    *,
    body: str | None = None,
) -> None:
    """Names in running text with no honorific nor role, opened by a listed given name.

    In a headline (``body`` given: the text below it), whose capitalised words are no
    evidence alone, only a name whose family name the text repeats ("Readout: call with
    Daniel Veld" over "… Prime Minister Veld").

    "works by Marguerite Duras and Annie Ernaux", "since the fall of Bachar al-Assad": a
    given name of ``cues`` (`resources/common/given_names.toml`) and a family name after
    it. Not a place or a thing named after a person: a word of a body or a place in or
    around the name ("the aircraft carrier Charles de Gaulle", "Charles de Gaulle
    airport"; `namesake_nouns`, `not_name_words`), nor words that name a party.
    """
    openings = frozenset(match.start() for match in cues)
    for match in cues:
        if taken.overlaps(match.start(), match.end()):
            continue
        name = parse_name(text, _lineage_start(text, match.start(), vocab), vocab, barriers)
        if name is None or not name.given or not name.family:
            continue
        # "the Presidency members Anna Serel, Paul Deroux and …": a list of names after a
        # body's word is no place or title named after its first one.
        listed = _opens_name_list(text, name.end, openings) and _after_member_body(text, name.start)
        if not listed and _inside_a_title(text, match.start(), parties):
            continue
        # "Charles de Gaulle": its particles are no function words of the sentence.
        words = attrs.evolve(name, family=tuple(_without_particles(name.family, vocab)))
        if taken.overlaps(name.start, name.end) or not is_plain_name(words, vocab, parties):
            continue
        if not listed and (_names_a_place(text, name.start, vocab) or _namesake(text, name, vocab)):
            continue
        if _after_place_noun(text, name.start, vocab, name.end):
            continue  # "la sous-préfecture de Nana Bakassa": a place named like a person
        if _after_place_preposition(text, name.start, vocab) and not _possessive(text, name.end):
            continue  # "an attack near Sam Ouandja": a town named like a person
        if not _bare_family(text, words.family, name.end, vocab):
            continue
        if body is not None and not _repeated(words.family[-1], body):
            continue
        taken.add(Found(name.start, name.start, name.end, name.end, name, None))


def with_coordinated_initials(
    text: str, vocab: PersonVocabulary, parties: Gazetteer, taken: Taken
) -> None:
    """A name with a middle initial coordinated after a bare name found: its second holder.

    "Karl Lirov et Tavo B. Mendal étaient venus …": the given name "Tavo"
    is no listed one, but the coordination with a name and the initial ("B.") make the
    words a person's name, as a place or a body has no initial. So does a list's last item
    after two bare names ("Anna Serel, Paul Deroux and Željko Komšić"), unless capitalised
    words go on after it (a body's name).
    """
    coordinators = person_words("coordinators")
    for item in list(taken.found):
        if item.name is None or item.role is not None:
            continue
        link = _COORDINATED.match(text, item.end)
        if link is None or link.group(1).casefold() not in coordinators:
            continue
        name = parse_name(text, link.end(), vocab)
        if (
            name is None
            or not name.given
            or not name.family
            or taken.overlaps(name.start, name.end)
        ):
            continue
        middle = name.given[1:]  # "Tavo B. Mendal": an initial after a given name
        initialled = not _INITIAL.fullmatch(name.given[0]) and any(
            _INITIAL.fullmatch(w) for w in middle
        )
        # "A Bx, C Dy and Željko Komšić": the last of a list of names, its given name unlisted
        if not initialled and not _ends_name_list(text, item, taken):
            continue
        if len(name.family) > 1 or not is_plain_name(name, vocab, parties):
            continue  # "U. Kalvora Holdings", "W. Africa Trading": a body's words
        if not initialled and (
            len(name.given) != 1 or _CAPITALISED_AFTER.match(text, name.end) is not None
        ):
            continue  # "… et Valmont Énergie Holding", "… and Valmont Business Council": a body
        taken.add(Found(name.start, name.start, name.end, name.end, name, None))


def _ends_name_list(text: str, item: Found, taken: Taken) -> bool:
    """Whether ``item`` follows another bare name and a comma in a list after a body of people.

    "the Presidency members A, B and …" (``member_bodies``); a list that names no body may
    end with a firm or a place ("A, B and Sedra Logistics").
    """
    ends = {other.end: other for other in taken.found if other.name is not None}
    first, links = item, 0
    while before := _COMMA_BEFORE.search(text, max(0, first.start - _LIST_GAP), first.start):
        previous = ends.get(before.start())
        if previous is None or previous.role is not None:
            break
        first, links = previous, links + 1
    return links > 0 and _after_member_body(text, first.start)


_COMMA_BEFORE: Final = compile_pattern(r",[ \t]*$")
_LIST_GAP: Final = 4
"""Characters between two items of a list: a comma and its spaces."""
_COORDINATED: Final = compile_pattern(r"[ \t]+(\w+)[ \t]+")
"""A coordinator between two names: " et ", " and "."""
_INITIAL: Final = compile_pattern(rf"{CAPITAL}\.")
"""A middle initial: "B."."""


_ROMAN_NUMERAL: Final = compile_pattern(r"[IVXL]+")
_NUMERAL: Final = compile_pattern(r"X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3}")
"""A Roman numeral up to 39, which numbers a part ("Annex VII") or a reign ("Mohammed VI")."""
_CAPITALISED_AFTER: Final = compile_pattern(rf"[ \t]+{CAPITAL}")
_BARE_FAMILY_WORDS: Final = 2
"""Words of a family name read after a bare given name, particles aside ("Lula da Silva")."""


def _bare_family(text: str, family: tuple[str, ...], end: int, vocab: PersonVocabulary) -> bool:
    """Whether the words after a bare given name make a family name.

    Not a body's words ("Daniel Security Council"), a monarch's number ("Mohammed VI
    Polytechnic University"), nor a run of capitalised words going on past the name
    ("Kofi Annan International Peacekeeping Training Centre").
    """
    if not family or len(family) > _BARE_FAMILY_WORDS:
        return False
    if any(w.casefold() in vocab.complement_words or _ROMAN_NUMERAL.fullmatch(w) for w in family):
        return False
    # "Jean Talbot MP and Olga Renn MP": post-nominal letters end a name, no body's words.
    after = _CAPITALISED_AFTER.match(text, skip_post_nominals(text, end, vocab))
    # "Anna Serel October 29, 2021": a signature's date line, joined to its name's line.
    return after is None or opens_date(text, after.end() - 1)


def _opens_name_list(text: str, end: int, openings: frozenset[int]) -> bool:
    """Whether another name opened by a listed given name follows ``end`` in a list.

    "Anna Serel, Paul Deroux et Marc Tavel": a comma or a coordinator, then a given name.
    """
    link = _LIST_LINK.match(text, end)
    if link is None or link.end() not in openings:
        return False
    return link.group(1) is None or link.group(1).casefold() in person_words("coordinators")


def _after_member_body(text: str, start: int) -> bool:
    """Whether one of the two words before a name is a body of people (``member_bodies``).

    "the Kalvoran Presidency members Anna Serel, …", « la Présidence collégiale Anna
    Serel, … », not « le Mémorial Nelson Mandela et … ».
    """
    before = text[max(0, start - _PLACE_REACH) : start].split()[-2:]
    bodies = person_words("member_bodies")
    return any(word.casefold().strip(",") in bodies for word in before)


_LIST_LINK: Final = compile_pattern(r"(?:,[ \t]*+|[ \t]++(\w++)[ \t]++)")
"""A comma, or a word (a coordinator: " and ", " et ") between two names of a list."""


def _inside_a_title(text: str, start: int, parties: Gazetteer) -> bool:
    """Whether a capitalised word stands right before, on the line: "the Camp David Accords".

    A person's name in running text follows a lower-case word, punctuation, a possessive
    ("Kenya's Raila Odinga") or a nationality ("le Sénégalais Moussa Ndiaye", "Kenyan
    Raila Odinga") or a word of address (« Cher Paul X, »); honorifics and roles before a
    name were read already.
    """
    before = _GIVEN_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group(1).endswith(("'s", "’s")):
        return False
    if before.group(1) in person_words("address_words"):
        return False  # "Dear Karl Lirov," / « Cher Paul Deroux, »: a salutation's name
    return before.group(1)[:1].isupper() and parties.nationality_of(before.group(1)) is None


def _without_particles(words: tuple[str, ...], vocab: PersonVocabulary) -> list[str]:
    return [word for word in words if word.casefold() not in vocab.particles]


def _after_place_preposition(text: str, start: int, vocab: PersonVocabulary) -> bool:
    """Whether a preposition of place ("near", "près de") stands right before ``start``."""
    before = [w.casefold() for w in text[max(0, start - _PLACE_REACH) : start].split()[-2:]]
    return any(" ".join(before[i:]) in vocab.place_prepositions for i in range(len(before)))


def _repeated(family: str, body: str) -> bool:
    """Whether ``body`` names ``family`` again, as a whole word."""
    return re.search(rf"(?<!\w){re.escape(family)}(?!\w)", body) is not None


def _possessive(text: str, end: int) -> bool:
    """Whether a possessive "'s" follows ``end``: "in Daniel Chapa's office" names a person."""
    return text[end : end + 2] in {"'s", "’s"}


def _namesake(text: str, name: Name, vocab: PersonVocabulary) -> bool:
    """Whether a noun of a thing named after the person stands next to the name.

    "le porte-avions Charles de Gaulle", "the aircraft carrier X", "X airport",
    "l'avenue X": the noun is one of the two words before, or the word after.
    """
    before = text[max(0, name.start - _PLACE_REACH) : name.start].split()[-2:]
    after = _WORD_AFTER.match(text, name.end)
    words = [re.split(r"['’]", word)[-1] for word in before]
    words += [after.group(1)] if after is not None else []
    return any(word.casefold() in vocab.namesake_nouns for word in words)


def _party_in(text: str, start: int, end: int, parties: Gazetteer) -> bool:
    """Whether a party's name reaches into ``text[start:end]`` ("New Zealand", "Japan-…")."""
    low = max(0, start - _PLACE_REACH)
    return any(hit.end > start - low for hit in parties.find(text[low:end]))


def _after_place_noun(
    text: str, start: int, vocab: PersonVocabulary, end: int | None = None
) -> bool:
    """Whether a place's noun in lower case and a particle stand right before the name.

    « la sous-préfecture de Nana Kalvo »: no one, a place (``place_nouns``) named like a
    person; « le préfet de région X », without a particle, names an office's holder.
    """
    before = text[max(0, start - _PLACE_REACH) : start].split()[-2:]
    if (
        len(before) == _LINKED
        and before[-1].casefold() in vocab.particles
        and before[0] in vocab.place_nouns
    ):
        return True
    # « des villages de Massar Teugue et Yamane SECK, situés … »: the second place of a list
    # after one, punctuation after it (« … et Paul DEROUX a présenté » names the subject).
    if end is None or _LIST_END.match(text, end) is None:
        return False
    listed = text[max(0, start - _LISTED_PLACE_REACH) : start].split()
    if not listed or listed[-1].casefold() not in person_words("coordinators"):
        return False
    for position in range(len(listed) - 2, max(0, len(listed) - 2 - _MAX_PLACE_WORDS) - 1, -1):
        word = listed[position]
        if not word[:1].isupper():
            return (
                position > 0
                and word.casefold() in vocab.particles
                and listed[position - 1] in vocab.place_nouns
            )
    return False


def _name_end(text: str, capitals_end: int) -> int:
    """Where a name ends whose family name in capitals ends at ``capitals_end``.

    After the capitals, or after the given name that follows them ("IWAYA Takashi").
    """
    following = _WORD_AFTER.match(text, capitals_end)
    if following is not None and following.group(1)[:1].isupper():
        return following.end(1)
    return capitals_end


def _names_a_place(text: str, start: int, vocab: PersonVocabulary) -> bool:
    """Whether the name ends a place's name ("l'Aéroport international Blaise DIAGNE").

    Not after a link ("sous la présidence d'Anna Serel", "the presidency of X"): the noun
    before it governs a person, a place's name holds no link before the person's. Nor
    past a stop ("According to the Ministry statement, Anna Serel's visit"): a place's
    name runs on to the person's.
    """
    before = text[max(0, start - _PLACE_REACH) : start].split()[-2:]
    if before and (before[-1].endswith(("'", "’")) or before[-1].casefold() in vocab.particles):
        return False
    if before and before[-1].endswith((",", ";", ":", ".", ")")):
        return False
    # A noun in lower case with a word between it and the name governs a person through
    # that word ("a meeting with Paul Deroux"); a place's name is capitalised or adjacent.
    stems = [re.split(r"['’]", word)[-1] for word in before]  # « l'Aéroport »: "Aéroport"
    words = (stem for stem in stems[:-1] if stem[:1].isupper())
    return any(word.casefold() in vocab.not_name_words for word in (*words, *stems[-1:]))


_QUOTE_OPENING: Final = compile_pattern(r"[«“\"][ \t\u00a0\u202f]*$")
_QUOTE_CLOSING: Final = compile_pattern(r"[ \t\u00a0\u202f]*[»”\"]")


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether quotes hold the two words from ``start`` to ``end`` and nothing else.

    « ONE Championship » is a quoted title; a name quoted inside a longer quotation is not.
    """
    opening = _QUOTE_OPENING.search(text, max(0, start - 3), start)
    return opening is not None and _QUOTE_CLOSING.match(text, end) is not None


_CREDIT_OPENING: Final = compile_pattern(r"\d[ \t]*\([ \t]*$")
_CREDIT_CLOSING: Final = compile_pattern(r"[ \t]*\)[ \t]*[-–—:]")
_CREDIT_REACH: Final = 40
"""Characters searched on either side of a name for a dateline credit's brackets."""
_DATELINE_CHARS: Final = 60
"""Characters at most of the dateline before a credit's bracket, from its line's start."""


def _dateline_credit(text: str, start: int, end: int) -> bool:
    """Whether words fill the brackets after a dateline's date, before its dash.

    The dateline opens its line: the bracket stands a few words from the line's start.

    "Valmont, 18 February 2017 (MFA Press) —", "ORLAN, June 4 (Kalvora News) -": the
    source credited, as an agency's name is ("(Reuters) -"), no person.
    """
    opening = text.rfind("(", max(0, start - _CREDIT_REACH), start)
    closing = text.find(")", end, end + _CREDIT_REACH)
    if opening < 0 or closing < 0 or "\n" in text[opening:closing]:
        return False
    if opening - (text.rfind("\n", 0, opening) + 1) > _DATELINE_CHARS:
        return False  # "… his minister since 2024 (X) – who …": no dateline opens the line
    return (
        _CREDIT_OPENING.search(text, max(0, opening - 4), opening + 1) is not None
        and _CREDIT_CLOSING.match(text, closing) is not None
    )


def _in_headline(text: str, capitals: regex.Match[str]) -> bool:
    """Whether the word in capitals follows another one: a headline ("CROSS BORDER TERRORISM")."""
    before = _CAPS_BEFORE.search(text, max(0, capitals.start() - 40), capitals.start())
    return before is not None


def _titled_neighbour(
    text: str, capitals: regex.Match[str], vocab: PersonVocabulary, parties: Gazetteer
) -> tuple[str, int] | None:
    """A capitalised word next to a word in capitals, and where the name starts.

    "Kaja KALLAS" starts at "Kaja", "IWAYA Takashi" at "IWAYA".
    """
    before = _WORD_BEFORE.search(text, max(0, capitals.start() - 40), capitals.start())
    if before is not None and _is_titled(before.group(1)):
        return before.group(1), _given_start(text, before.start(1), vocab, parties)
    after = _WORD_AFTER.match(text, capitals.end())
    # "VALCOR Chief Executive Officer X": an acronym before an office is no family name.
    if after is not None and _is_titled(after.group(1)) and not _office_follows(text, after, vocab):
        return after.group(1), capitals.start()
    return None


def _office_follows(text: str, word: re.Match[str], vocab: PersonVocabulary) -> bool:
    """Whether an office or an honorific starts at the word ``word`` (group 1) matched.

    Or at the next word, after a capitalised modifier: "VALMET Transitional Administrator".
    """
    start = word.start(1)
    if vocab.role.match(text, start) or vocab.honorific.match(text, start):
        return True
    if word.group(1).casefold() in given_names():
        return False  # "KORANDA Paul Ministre …": a given name, then the office
    after = _WORD_AFTER.match(text, word.end(1))
    return (
        after is not None
        and _is_titled(after.group(1))
        and bool(vocab.role.match(text, after.start(1)))
    )


def _given_start(text: str, start: int, vocab: PersonVocabulary, parties: Gazetteer) -> int:
    """Where the given names before a family name in capitals start, on its line.

    "(é) René Emmanuel SADI": the given names are read back from "Emmanuel" while they are
    capitalised words and no office, honorific, party or function word ("Président").
    """
    for _ in range(_MAX_MORE_GIVEN):
        before = _GIVEN_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            break
        word = before.group(1)
        folded = word.casefold()
        if (
            not _is_titled(word)
            or folded in vocab.function_words
            or folded in vocab.particles
            or folded in vocab.complement_words
            or vocab.role.fullmatch(word)
            or vocab.honorific.fullmatch(word)
            or parties.key_of(word)
        ):
            break
        start = before.start(1)
    return start


def _lineage_start(text: str, start: int, vocab: PersonVocabulary) -> int:
    """Where a name starts whose given name at ``start`` follows a lineage link.

    "Idris bin Mohammed al Lirov": "Mohammed" is the listed given name, the name starts
    at "Idris".
    """
    before = _LINKED_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before.group(2) not in vocab.patronymics:
        return start
    return before.start(1) if _is_titled(before.group(1)) else start


_LINKED_BEFORE: Final = compile_pattern(r"([^\W\d_][\w'’-]*)[ \t]+([^\W\d_]+)[ \t]+$")


def _is_titled(word: str) -> bool:
    """Capitalised, the rest lower case ("Kaja", "Jean-Marc")."""
    return all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))
