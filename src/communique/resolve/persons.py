"""Link person mentions into persons: one per individual, with role, affiliation, participation."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections import Counter
from typing import TYPE_CHECKING, Final

import attrs

from communique.gazetteer import gazetteer
from communique.letters import CAPITAL
from communique.lexicon.common.name_spellings import name_skeleton
from communique.lexicon.persons import (
    former_office,
    office_without_qualifier,
    office_without_time,
    person_vocabulary,
    person_words,
)
from communique.lexicon.state_offices import state_offices
from communique.model import Person
from communique.patterncache import compile_pattern
from communique.records import shared_repr
from communique.resolve.office_anaphors import with_office_anaphors
from communique.resolve.participants import briefing_answers, event_days, takes_part, trip_days
from communique.wordsearch import find_words
from communique.wordtrie import fold_name, phrase_key

if TYPE_CHECKING:
    from collections.abc import Callable

    from communique.document import Document, PersonHit

__all__ = ["link_persons"]

_SLIP_LETTERS: Final = 5
"""Letters at least of a name's word that a one-letter slip may change ("Tavelin")."""
_LABEL_END: Final = compile_pattern(r"[ \t]*:[ \t]*")
_LABEL_START: Final = compile_pattern(rf"[ \t*_#>]*(?:{CAPITAL}[\w.'’-]*[ \t]+){{0,4}}")
"""Capitalised words opening a line before a speaker's (family) name."""
_LABEL_REACH: Final = 80
_STYLE_WORD: Final = compile_pattern(r"\w+")
"""A word of a mention's honorific chain, looked up among the offices a style names."""
_SIDE_BY_SIDE: Final = 200
"""Characters between two mentions that may stand in one sentence or list."""
_SHORTENED_WORDS: Final = 2
"""Words of a full name at least: a given name and a family name."""


@shared_repr
@attrs.define(repr=False)
class _Group:
    """The mentions of one person so far, and the given names they use (folded)."""

    hits: list[PersonHit]
    given: set[str] = attrs.Factory(set)

    def add(self, hit: PersonHit) -> None:
        self.hits.append(hit)
        if hit.has_given and hit.name:
            self.given.add(_folded(hit.name))


def _folded(name: str) -> str:
    """A full name without case, accents or hyphens: "Al-Thani" is "al Thani" again."""
    return fold_name(name).replace("-", " ")


def link_persons(doc: Document) -> Document:
    """Group named mentions by family name (and given name when both have one)."""
    groups: list[list[PersonHit]] = []
    by_key: dict[str, list[_Group]] = {}
    particles = person_vocabulary(doc.lang).particles
    for hit in _family_first(doc.original, doc.person_hits):
        if hit.name is None:
            continue
        candidates = by_key.setdefault(hit.key, [])
        group = _group_for(candidates, hit, particles)
        if group is None:
            group = _Group([])
            candidates.append(group)
            groups.append(group.hits)
        group.add(hit)
    # "Sheikh Karim bin Zayed" joins "Sheikh Karim bin Zayed Al Lirov" before "Sheikh Karim"
    # is looked up among the full names it opens
    groups = _inner_family_names(_given_repeats(_shortened_names(groups)), particles)
    groups = _hyphenated_family_names(_articled_family_names(groups, particles), particles)
    groups = _transliterated_names(_misspelled_family_names(_misspelled_names(groups)))
    groups = _nicknamed(groups)
    offices = [hit for hit in doc.person_hits if hit.name is None and hit.role]
    roles = _Roles(offices)
    mentions = _family_mentions(doc, groups)
    shared = _shared_heads(groups)
    timing = (briefing_answers(doc), event_days(doc), trip_days(doc))
    persons = tuple(
        _person(doc, group, roles, spans, shared, timing)
        for group, spans in zip(groups, mentions, strict=True)
    )
    return doc.evolve(persons=with_office_anaphors(doc, persons, offices))


def _family_first(original: str, hits: tuple[PersonHit, ...]) -> list[PersonHit]:
    """Names in East-Asian order restored where the text uses the family name alone.

    "Prime Minister Kishida Fumio" and "PRIME MINISTER KISHIDA" elsewhere: the first word
    is the family name, so the name is "Fumio Kishida". Two-word names only, and only where
    the text prints the family name in capitals, as Japanese releases do: "Foreign Minister
    Wei Lan" and "Mr. Wei" keep the order English writes them in.
    """
    bare = {
        hit.key
        for hit in hits
        if hit.name and not hit.has_given and _capitals_in(original[hit.start : hit.end])
    }
    full = {hit.key for hit in hits if hit.name and hit.has_given}
    restored = []
    for hit in hits:
        words = (hit.name or "").split()
        first = fold_name(words[0]) if len(words) == 2 and hit.has_given else ""
        if first in bare and hit.key not in bare and first not in full:
            hit = attrs.evolve(hit, name=f"{words[1]} {words[0]}", key=first)
        restored.append(hit)
    return restored


def _capitals_in(text: str) -> bool:
    """Whether a mention prints a name's word in capitals ("KISHIDA", "Mr. IWAYA")."""
    return any(len(word) > 1 and word.isupper() and word.isalpha() for word in text.split())


def _given_repeats(groups: list[list[PersonHit]]) -> list[list[PersonHit]]:
    """Groups of a one-word name joined to the one full name it opens.

    "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed", "Prime Minister Abiy" with "Abiy
    Kebede Tesfaye": where names go by the given name, a repeat of it alone is the same
    person. Only when one full name alone starts with that word.
    """
    return _join_bare_names(groups, lambda words: words[:1])


def _inner_family_names(
    groups: list[list[PersonHit]], particles: dict[str, str]
) -> list[list[PersonHit]]:
    """Groups of a family name alone joined to the one full name holding it inside.

    "President Boric" after "Gabriel Boric Font": a Spanish or Portuguese name has two
    family names and the text repeats the first one. Not a word after a particle ("Zayed"
    in "Abdullah bin Zayed" names the father), and only when one full name alone holds it.
    """
    return _join_bare_names(groups, lambda words: _inner_words(words, particles))


def _articled_family_names(
    groups: list[list[PersonHit]], particles: dict[str, str]
) -> list[list[PersonHit]]:
    """Groups of a family name alone joined to the full name that gives it with its article.

    "Prime Minister Sudani" after "Mohammed Shia'a Al-Sudani", « M. Ghazouani » after «
    Mohamed Ould El-Ghazouani »: the text drops the hyphenated article (``particles``
    ending in a hyphen) when it repeats the name, and the same article written apart
    ("Abdel Fattah al Sissi", then "President Sissi").
    """
    articles = tuple(particle for particle in particles if particle.endswith("-"))

    def unarticled(words: list[str]) -> list[str]:
        last = words[-1]
        bare = [last[len(a) :] for a in articles if last.startswith(a) and len(last) > len(a)]
        if len(words) > _SHORTENED_WORDS and f"{words[-2]}-" in articles:
            bare.append(last)  # "Abdel Fattah al Sissi", then "President Sissi"
        return bare

    return _join_bare_names(groups, unarticled)


def _hyphenated_family_names(
    groups: list[list[PersonHit]], particles: dict[str, str]
) -> list[list[PersonHit]]:
    """Groups of a family name alone joined to the full name whose hyphenated name holds it.

    "President Arroyo" after "Gloria Macapagal-Arroyo": a double family name joined by a
    hyphen, repeated by one of its parts. An article before the hyphen is no part
    (``particles``: "Al-Sudani" is read by ``_articled_family_names``).
    """

    def parts(words: list[str]) -> list[str]:
        pieces = words[-1].split("-")
        if len(pieces) != _DOUBLE_NAME or any(
            len(piece) < _MIN_PART or f"{piece}-" in particles for piece in pieces
        ):
            return []
        return pieces

    return _join_bare_names(groups, parts)


_DOUBLE_NAME: Final = 2
"""Parts of a double family name joined by a hyphen ("Macapagal-Arroyo")."""
_MIN_PART: Final = 3
"""Letters at least of each part: no initial or article ("El-", "Al-")."""


def _join_bare_names(
    groups: list[list[PersonHit]], words_of: Callable[[list[str]], list[str]]
) -> list[list[PersonHit]]:
    """Groups of one bare word joined to the one full name whose ``words_of`` hold it."""
    holders: dict[str, list[list[PersonHit]]] = {}
    for group in groups:
        names = {fold_name(h.name or "") for h in group if h.has_given and h.name}
        for word in {w for name in names for w in words_of(name.split())}:
            holders.setdefault(word, []).append(group)
    kept = []
    for group in groups:
        key = group[0].key
        full = holders.get(key, [])
        if any(h.has_given for h in group) or " " in key or len(full) != 1 or full[0] is group:
            kept.append(group)
        else:
            full[0].extend(group)
    return kept


def _shortened_names(groups: list[list[PersonHit]]) -> list[list[PersonHit]]:
    """Groups of a full name joined to the one longer full name it opens.

    "M. Luis Serel" after "Luis Serel Caso": the text drops the second family name
    of a Spanish or Portuguese name. Only given name and family name (two words or more)
    opening a single longer name of the text.
    """
    names = [{fold_name(h.name or "") for h in group if h.has_given and h.name} for group in groups]
    # Each name's openings of whole words, to the groups holding it: looked up, not searched.
    openings: dict[str, list[int]] = {}
    for index, theirs in enumerate(names):
        for name in theirs:
            words = name.split()
            for end in range(1, len(words)):
                holders = openings.setdefault(" ".join(words[:end]), [])
                if not holders or holders[-1] != index:
                    holders.append(index)
    kept: list[list[PersonHit]] = []
    for index, (group, own) in enumerate(zip(groups, names, strict=True)):
        longer: set[int] = set()
        if own and all(len(name.split()) >= _SHORTENED_WORDS for name in own):
            longer = {i for name in own for i in openings.get(name, ()) if i != index}
        if len(longer) == 1:
            groups[longer.pop()].extend(group)
        else:
            kept.append(group)
    return kept


def _misspelled_names(groups: list[list[PersonHit]]) -> list[list[PersonHit]]:
    """Groups of a full name joined to an earlier one that differs by one letter in a word.

    "Paul DEROUX TAVELIN" and "Paul DEROUX TAVELLIN" in one text: a typing slip, not two people.
    The names have the same words but one, the same first word, and the word that differs
    is long (``_SLIP_LETTERS``) and one letter added, dropped or replaced. Names are
    compared only within a pattern of the other words (``"ali bongo *"``): no pair search.
    """
    kept: list[list[PersonHit]] = []
    # A word's forms with one letter dropped, and itself: two words one letter apart share
    # one. Keyed with the pattern of the other words, each candidate is looked up.
    patterns: dict[tuple[tuple[str, ...], str], list[tuple[str, int]]] = {}
    for group in groups:
        own = {tuple(fold_name(h.name or "").split()) for h in group if h.has_given and h.name}
        target = None
        for words in own:
            for slot in range(1, len(words)):
                pattern = (*words[:slot], "*", *words[slot + 1 :])
                for form in _dropped_forms(words[slot]):
                    for word, index in patterns.get((pattern, form), ()):
                        if (target is None or index < target) and _slip(word, words[slot]):
                            target = index
        target = _join(kept, group, target)
        for words in own:
            for slot in range(1, len(words)):
                pattern = (*words[:slot], "*", *words[slot + 1 :])
                if len(words[slot]) < _SLIP_LETTERS:
                    continue  # too short to be a slip of another word
                for form in _dropped_forms(words[slot]):
                    patterns.setdefault((pattern, form), []).append((words[slot], target))
    return kept


def _misspelled_family_names(groups: list[list[PersonHit]]) -> list[list[PersonHit]]:
    """Groups of a bare family name joined to the one full name it is a slip of.

    "Justin Tkatchenko, Minister for Foreign Affairs" … "Minister Tkatcheno emphasized …":
    a family name alone, one letter from the last word of one full name of the text and
    from no other's, long (``_SLIP_LETTERS``), and titled by that person's own office
    (its head): "Mr Johnston, the Ambassador" is no slip of "Prime Minister Boris Johnson",
    nor "Mrs Lirova" of "Karl Lirov". Looked up by the forms with one letter dropped, as
    ``_misspelled_names`` does.
    """
    lasts: dict[str, list[tuple[str, int]]] = {}
    for index, group in enumerate(groups):
        for name in {fold_name(h.name or "") for h in group if h.has_given and h.name}:
            last = name.split()[-1]
            if len(last) >= _SLIP_LETTERS:
                for form in _dropped_forms(last):
                    lasts.setdefault(form, []).append((last, index))
    targets: dict[int, int] = {}
    for index, group in enumerate(groups):
        names = {fold_name(h.name or "") for h in group if h.name}
        if any(h.has_given for h in group) or len(names) != 1:
            continue
        (name,) = names
        heads = {h.head.casefold() for h in group if h.head}
        if " " in name or len(name) < _SLIP_LETTERS or not heads:
            continue
        found = {
            other
            for form in _dropped_forms(name)
            for word, other in lasts.get(form, ())
            if other != index
            and _slip(word, name)
            and heads <= {h.head.casefold() for h in groups[other] if h.head}
        }
        if len(found) == 1:
            targets[index] = found.pop()
    if not targets:
        return groups
    for index, target in targets.items():
        groups[target].extend(groups[index])
    return [group for index, group in enumerate(groups) if index not in targets]


def _transliterated_names(groups: list[list[PersonHit]]) -> list[list[PersonHit]]:
    """Groups of a full name joined to an earlier one spelled from another alphabet.

    "Nikol Pachinian" and "Nikol Pashinyan" in one text: the same given name and a family
    name of the same skeleton (``name_skeleton``: the letter groups transliterations swap)
    are one person. Looked up by key, no pair search.
    """
    kept: list[list[PersonHit]] = []
    first: dict[tuple[str, ...], int] = {}
    for group in groups:
        # The middle words as written: "Marc H. W. X" and "Marc W. X" stay two people.
        keys = {
            (*words[:-1], name_skeleton(words[-1]))
            for h in group
            if h.has_given and h.name and len(words := fold_name(h.name).split()) >= 2
        }
        target = _join(kept, group, min((first[key] for key in keys if key in first), default=None))
        for key in keys:
            first.setdefault(key, target)
    return kept


def _nicknamed(groups: list[list[PersonHit]]) -> list[list[PersonHit]]:
    """Groups of a nickname alone joined to the name that quotes it ("Joko “Jokowi” Widodo").

    "President Jokowi" after "President Joko “Jokowi” Widodo": one person. A group with a
    given name of its own is someone else's.
    """
    owners: dict[str, set[int]] = {}
    for index, group in enumerate(groups):
        for hit in group:
            if hit.nickname:
                owners.setdefault(hit.nickname, set()).add(index)
    # A nickname two persons are given says neither alone.
    named = {nickname: next(iter(held)) for nickname, held in owners.items() if len(held) == 1}
    if not named:
        return groups
    joined: dict[int, list[PersonHit]] = {}  # the bare groups each named one takes
    for index, group in enumerate(groups):
        target = named.get(group[0].key)
        if target is not None and target != index and not any(h.has_given for h in group):
            joined.setdefault(target, []).extend(group)
    taken = {id(hit) for hits in joined.values() for hit in hits}
    return [
        sorted([*group, *joined.get(index, [])], key=lambda hit: hit.start)
        for index, group in enumerate(groups)
        if not all(id(hit) in taken for hit in group)
    ]


def _join(kept: list[list[PersonHit]], group: list[PersonHit], target: int | None) -> int:
    """Join ``group`` to the kept group at ``target``, or keep it as a new one; its index."""
    if target is None:
        kept.append(group)
        return len(kept) - 1
    kept[target].extend(group)
    return target


def _dropped_forms(word: str) -> set[str]:
    """The word and each form of it with one letter dropped ("tavelin": "avelin", …)."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _slip(a: str, b: str) -> bool:
    """Whether two long words differ by one letter added, dropped or replaced."""
    return a != b and min(len(a), len(b)) >= _SLIP_LETTERS and _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """Whether one letter added, dropped or replaced turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    prefix = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    if len(a) == len(b):
        return a[prefix + 1 :] == b[prefix + 1 :]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[prefix + 1 :] == shorter[prefix:]


def _inner_words(words: list[str], particles: dict[str, str]) -> list[str]:
    """The words inside a name of three words or more, not after a particle."""
    return [
        word
        for before, word in itertools.pairwise(words[:-1])
        if before not in particles and word not in particles
    ]


def _shared_heads(groups: list[list[PersonHit]]) -> frozenset[str]:
    """Role heads held by more than one person ("prime minister" in a leaders' statement)."""
    counts = Counter(head for group in groups for head in {h.head for h in group if h.head})
    return frozenset(head for head, count in counts.items() if count > 1)


def _group_for(
    candidates: list[_Group], hit: PersonHit, particles: dict[str, str]
) -> _Group | None:
    """The most recent group of the same person among those of its family name, if any."""
    name = _folded(hit.name or "")
    for group in reversed(candidates):
        if not hit.has_given or not group.given or name in group.given:
            return group
        # "M. Ramírez Lezcano" after "Rubén Ramírez Lezcano": both family names repeated;
        # but "Valmont bin Serel" in "Anselm bin Valmont bin Serel" is the father.
        if any(
            given.endswith(f" {name}")
            and given[: -len(name) - 1].rpartition(" ")[2] not in particles
            for given in group.given
        ):
            return group
        # "Nadia Serel Okoro" after "Foreign Minister Serel Okoro" in the headline:
        # the fuller name comes second.
        if any(
            " " in given
            and name.endswith(f" {given}")
            and name[: -len(given) - 1].rpartition(" ")[2] not in particles
            for given in group.given
        ):
            return group
    # "Yusuf Tuggar", "Yusuf Maitama Tuggar", "H.E. Yusuf M. Tuggar": a middle name, written
    # out, as an initial or left out; of one person only ("Karl Anton Lirov" beside "Karl
    # Anton Paul Lirov" and "Karl Anton Bruno Lirov" is neither).
    agreeing = [
        group
        for group in candidates
        if any(
            _middle_names_agree(name, given)
            and not (_last_middle_dropped(name, given) and _side_by_side(group, hit))
            for given in group.given
        )
    ]
    return agreeing[0] if len(agreeing) == 1 else None


def _last_middle_dropped(name: str, other: str) -> bool:
    """Whether both names have middle names, one of them one fewer than the other.

    "Karl Anton Lirov" and "Karl Anton Bruno Lirov": the last middle name left out, or
    another person's.
    """
    words, others = len(name.split()), len(other.split())
    return min(words, others) > _SHORTENED_WORDS and words != others


def _side_by_side(group: _Group, hit: PersonHit) -> bool:
    """Whether a mention stands near one of the group's, in one paragraph's sentence or list.

    "Mr Karl Anton Lirov met … Mr Karl Anton Bruno Lirov": two names side by side are two
    people, one leaving out a middle name the other writes.
    """
    return any(
        other.paragraph == hit.paragraph and abs(other.start - hit.start) < _SIDE_BY_SIDE
        for other in group.hits
    )


def _middle_names_agree(name: str, other: str) -> bool:
    """Whether two full names differ only by a middle name left out or written as an initial.

    Same first and last words, and middle words missing from one of them, matching word
    for word (a word or its initial: "m." for "maitama"), or the first of them written out
    and the last left out ("Roch Marc Kaboré" for "Roch Marc Christian Kaboré"): "George H.
    W. X" and "George W. X" are two people.
    """
    words, others = name.split(), other.split()
    if len(words) < 2 or len(others) < 2 or words[0] != others[0] or words[-1] != others[-1]:
        return False
    middle, other_middle = words[1:-1], others[1:-1]
    if not middle or not other_middle:
        return True
    shorter, longer = sorted((middle, other_middle), key=len)
    if len(shorter) < len(longer) and any(len(w.rstrip(".")) < 2 for w in shorter):
        return False  # a shortened middle read as initials is no one's
    return all(
        a == b or _initial_of(a, b) or _initial_of(b, a)
        for a, b in zip(shorter, longer[: len(shorter)], strict=True)
    )


def _initial_of(initial: str, word: str) -> bool:
    """Whether ``initial`` ("m." or "m") is the first letter of ``word`` ("maitama")."""
    letter = initial.rstrip(".")
    return len(letter) == 1 and len(word.rstrip(".")) > 1 and word.startswith(letter)


def _person(
    doc: Document,
    hits: list[PersonHit],
    roles: _Roles,
    spans: set[tuple[int, int]],
    shared: frozenset[str],
    timing: tuple[int | None, tuple[str, str] | None, tuple[str, str] | None],
) -> Person:
    # The fullest name given: "Nadia Serel Okoro" over the headline's "Serel Okoro";
    # of spellings as full, the most written ("Paul Deroux Tavellin" twice, "Tavelin" once).
    written = Counter(h.name for h in hits if h.has_given)
    full = max(
        (h for h in hits if h.has_given),
        key=lambda h: (len((h.name or "").split()), written[h.name]),
        default=hits[0],
    )
    # A present office over a past one ("chef de la mission" over "ancien président de la
    # République de X"), and its affiliation: the person acts in it.
    offices = [h for h in hits if h.role]
    # "le Président Koroma" after "Ernest Bai Koroma, ancien Président": a style kept.
    past = {office_without_qualifier(h.role or "") for h in offices if former_office(h.role or "")}
    present = [
        h for h in offices if not former_office(h.role or "") and h.role not in past
    ] or offices
    role_hit = max(present, key=lambda h: len(h.role or ""), default=None)
    role = role_hit.role if role_hit else None
    affiliation = next(
        (h.affiliation for h in hits if h.affiliation and not former_office(h.role or "")),
        next((h.affiliation for h in hits if h.affiliation), None),
    )
    if role_hit is not None and role == role_hit.head:
        fuller = roles.fuller(role_hit, {h.paragraph for h in hits})
        # When two persons hold offices of one head, only a longer office completes a bare
        # one: "the Prime Minister of New Zealand" may be the other prime minister.
        # A fuller office of another state is another person's ("Premier ministre de la
        # République du Sénégal" is not the French Prime Minister's office).
        # Two holders of the head share no fuller office unless the states agree: "President
        # X … his host President Y" under "Visit of the President of Norland" is one of them.
        shared_head = role_hit.head in shared
        if (
            fuller is not None
            and (fuller.role != role or not shared_head)
            and (not affiliation or fuller.affiliation in {None, affiliation})
            and not (
                shared_head
                and (affiliation is None or fuller.affiliation != affiliation)
                and not _state_own(fuller.role or "", role or "")
            )
            # A state's office told with the name ("Chairman of the People's Republic of
            # China X", « le Président du Kalvora, M. X ») is whole: a stateless office of
            # the head, elsewhere or in its paragraph, is a body's (« …, le Président de
            # l'Assemblée nationale, les membres du Gouvernement »).
            and not (
                role_hit.affiliation is not None
                and fuller.affiliation is None
                and not _state_own(fuller.role or "", role or "")
            )
        ):
            role, affiliation = fuller.role, affiliation or fuller.affiliation
    if role is None:
        role = _office_style(doc, hits, full.name or "")
    if role is not None:
        role = office_without_time(role)  # "then prime minister": the office, held then
    if affiliation is None and role is not None:
        # "ministre de l'Europe et des affaires étrangères": an office only France has.
        affiliation = state_offices(doc.lang).holders.get(phrase_key(role))
    entries = gazetteer(doc.lang).entries
    return Person(
        name=full.name or "",
        role=role,
        affiliation=entries[affiliation].name if affiliation in entries else None,
        participant=takes_part(hits, doc, *timing)
        or any(_speaker_label(doc, span) for span in spans),
        mentions=tuple(doc.mention(start, end) for start, end in sorted(spans)),
    )


def _speaker_label(doc: Document, span: tuple[int, int]) -> bool:
    """Whether a mention labels a turn of a transcript ("Lin Jian: Good afternoon").

    The name (and the capitalised words before it: the given name, an office) opens its
    line, not as a list item, and a colon follows it, not an office: the speaker takes
    part in the briefing reported.
    """
    start, end = span
    colon = _LABEL_END.match(doc.original, end)
    # "Mr X: Director General, …" in a list of appointments gives an office, not a turn.
    if colon is None or person_vocabulary(doc.lang).role.match(doc.original, colon.end()):
        return False
    line = doc.original.rfind("\n", max(0, start - _LABEL_REACH), start) + 1
    if line == 0 and start > _LABEL_REACH:
        return False
    return _LABEL_START.fullmatch(doc.original, line, start) is not None


def _office_style(doc: Document, hits: list[PersonHit], name: str) -> str | None:
    """The office an honorific before the name states ("Ambassador X", "Senator X"), if any.

    The role of last resort: an office in apposition, by appointment or in a list's label
    says more ("Ambassador X, Permanent Representative of …", "the co-chairs, Ambassador X").
    """
    styles = person_vocabulary(doc.lang).office_styles
    if not styles:
        return None
    own = set(name.casefold().split())
    for hit in hits:
        for word in _STYLE_WORD.finditer(doc.original, hit.start, hit.end):
            folded = word.group().casefold()
            if folded in own:
                break  # the name begins: no style after it
            if folded in styles:
                return folded
    return None


def _state_own(fuller: str, head: str) -> bool:
    """Whether a fuller office adds to its head only the state's own complement.

    "president of the republic" is each president's, whichever state they lead.
    """
    rest = fuller.removeprefix(head).strip()
    return rest in _state_complements()


@functools.cache
def _state_complements() -> frozenset[str]:
    return frozenset(word.casefold() for word in person_words("state_complements"))


class _Roles:
    """Unattached roles ("le ministre des Affaires étrangères du Japon") by head, in order.

    Each list keeps the running longest role length, so the first role at least as long
    as a given one is found by bisection.
    """

    def __init__(self, roles: list[PersonHit]) -> None:
        by_head: dict[str | None, list[PersonHit]] = {}
        by_paragraph: dict[tuple[str | None, int | None], list[PersonHit]] = {}
        for role in roles:
            by_head.setdefault(role.head, []).append(role)
            by_paragraph.setdefault((role.head, role.paragraph), []).append(role)
        self._by_head = {head: _Longest(found) for head, found in by_head.items()}
        self._by_paragraph = {key: _Longest(found) for key, found in by_paragraph.items()}

    def fuller(self, bare: PersonHit, paragraphs: set[int | None]) -> PersonHit | None:
        """The first role of ``bare``'s head at least as long, preferably near the person.

        "Near" is in one of the person's ``paragraphs``. For "le ministre IWAYA": "le
        ministre des Affaires étrangères du Japon".
        """
        length = len(bare.role or "")
        near = [
            found.first(length)
            for paragraph in paragraphs
            if (found := self._by_paragraph.get((bare.head, paragraph))) is not None
        ]
        candidates = [role for role in near if role is not None]
        if candidates:
            return min(candidates, key=lambda role: role.start)
        anywhere = self._by_head.get(bare.head)
        return anywhere.first(length) if anywhere is not None else None


class _Longest:
    """Roles in document order with the running longest length, for bisection."""

    def __init__(self, roles: list[PersonHit]) -> None:
        self._roles = roles
        self._reach = list(itertools.accumulate((len(r.role or "") for r in roles), max))

    def first(self, length: int) -> PersonHit | None:
        """The first role at least ``length`` characters long."""
        index = bisect.bisect_left(self._reach, length)
        return self._roles[index] if index < len(self._roles) else None


def _family_mentions(doc: Document, groups: list[list[PersonHit]]) -> list[set[tuple[int, int]]]:
    """Each person's mention spans, plus the bare family name elsewhere in the paragraphs.

    One pass over the paragraphs finds every family name ("KALLAS", "Kishida").
    """
    spans = [{(h.start, h.end) for h in hits} for hits in groups]
    owner: dict[str, int] = {}
    for index, hits in enumerate(groups):
        keys = hits[0].key.split()
        for hit in hits:
            for word in doc.original[hit.start : hit.end].split():
                if len(word) > 2 and word[:1].isupper() and fold_name(word) in keys:
                    owner.setdefault(word, index)
    if not owner or not doc.paragraphs:
        return spans
    taken = sorted(span for group in spans for span in group)
    taken_starts = [s for s, _ in taken]
    # The furthest end of the spans that start at or before each one: a position lies in
    # a span that starts before it exactly when it lies before that end.
    reach = list(itertools.accumulate((e for _, e in taken), max))
    starts = [p.start for p in doc.paragraphs]
    for word, start, end in find_words(doc.original, owner, starts[0], doc.paragraphs[-1].end):
        paragraph = doc.paragraphs[bisect.bisect_right(starts, start) - 1]
        inside = start >= paragraph.start and end <= paragraph.end
        before = bisect.bisect_right(taken_starts, start) - 1
        if inside and (before < 0 or reach[before] <= start):
            spans[owner[word]].add((start, end))
    return spans
