"""What a person construction is read against: the unit's parties, sentences and verbs.

Also where its role and affiliation come from: the role as stated, and the party named in
it, glued before it ("Japanese Prime Minister", "(French) Foreign Minister"), linked after
the name ("… Kishida of Japan") or named before a possessive ("son directeur général").
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.extract.role_affiliation import normalize_role
from communique.letters import CAPITAL
from communique.lexicon.persons import person_words
from communique.patterncache import compile_pattern, compile_regex
from communique.records import shared_repr
from communique.sentences import sentence_at
from communique.signing_labels import signing_label_before, signing_sides
from communique.structure.header import lead_end
from communique.structure.party_entries import entry_gap_end
from communique.wordtrie import alternation

if TYPE_CHECKING:
    from collections.abc import Sequence

    from communique.document import Unit
    from communique.extract.person_constructions import Found
    from communique.gazetteer import PartyHit
    from communique.lexicon.persons import PersonVocabulary
    from communique.matchspans import MatchSpans

__all__ = [
    "Context",
    "Parties",
    "clause_stops",
    "lead_end",
    "lead_in",
    "positions",
    "role_and_affiliation",
    "signatory_party",
]

_GLUED_PARTY: Final = compile_pattern(r"\)?(?:['’]s)?\s+")
_ORGAN_GAP: Final = compile_pattern(r"[ \t]+([^\W\d_]+)[ \t]+")
"""One word between an organisation and an office: its organ's ("European Commission")."""
_CLAUSE_STOP: Final = compile_pattern(r"[.;:!?]")
_POSSESSIVE_GAP: Final = compile_pattern(r"['’]s[ \t]+")
"""Between a party and the role it qualifies: "Japan's Foreign Minister", "(French) Foreign …"."""
_ITEM_BREAK_REACH: Final = 16
"""Characters before a party read for the separator of a list's items, a coordinator and an
article ("; et les États-Unis par …")."""
_NAME_GAP: Final = compile_pattern(r"[ \t]+")
"""Between a nationality and the name it qualifies: "le Sénégalais Moussa X"."""
# Possessive quantifiers (*+, ++) in the patterns that end a window: nothing they could
# give back would let the match end there, and a search does not backtrack into each word.
_WORD_BEFORE: Final = compile_pattern(r"([^\W\d_][\w-]*+)[ \t]++$")
_COUNTERPART_AFTER: Final = compile_pattern(r"[ \t]+([^\W\d_]+)[ \t]*,[ \t]*")
"""The word after a demonym and the comma before an apposed office: " counterpart, "."""
_COMMA_GAP: Final = compile_pattern(r"[ \t]*,[ \t]*")
_COUNTERPART_REACH: Final = 20
"""Characters before a demonym read for the "homologue" it follows."""
_ORGAN_REACH: Final = 20
"""Parties before a role searched for the body an organ word refers to."""
_STANDING_REACH: Final = 150
"""Characters between "representing" and the party of the leader represented."""
_CLAUSE_END: Final = compile_pattern(r"[;\n]")
_LABEL_COLON: Final = compile_pattern(rf"[ \t]*:[ \t]*(?:{CAPITAL}[\w.]*[ \t]+){{0,2}}")
"""A colon after a party label, and styles the honorifics lack before the name ("HE", "Hon")."""
_MEMBER_COLON: Final = compile_pattern(r"[ \t]*:")
"""The colon closing a party label, before the members listed after it."""
_LABEL_OPENING: Final = compile_pattern(r"(?:^|[\n:;*•·–—]|(?<!\w)-)[ \t]*$")
"""What may stand before a party label: a line's or the unit's start, a bullet, a colon."""
_LABEL_REACH: Final = 4
"""Characters before a party label that hold the bullet or colon opening its item."""
_SPACES: Final = compile_pattern(r"[ \t\n]*")
_ENTRY_WORD_REACH: Final = 40
"""Characters before a party printed before an entry that hold the word ending the entry above."""


class Parties:
    """The parties named in a unit, in order, to find the one next to a position."""

    def __init__(self, hits: Sequence[PartyHit]) -> None:
        self._hits = hits
        # In order on both counts: party names do not overlap.
        self._starts = [hit.start for hit in hits]
        self._ends = [hit.end for hit in hits]

    def inside(self, start: int, end: int) -> Sequence[PartyHit]:
        """The parties named inside ``[start, end)``."""
        first = bisect.bisect_right(self._ends, start)
        last = bisect.bisect_right(self._ends, end)
        return [hit for hit in self._hits[first:last] if hit.start >= start]

    def last_before(self, position: int) -> PartyHit | None:
        """The last party that ends at or before ``position``."""
        index = bisect.bisect_right(self._ends, position) - 1
        return self._hits[index] if index >= 0 else None

    def first_after(self, position: int) -> PartyHit | None:
        """The first party that starts at or after ``position``."""
        index = bisect.bisect_left(self._starts, position)
        return self._hits[index] if index < len(self._hits) else None

    def last_naming(self, text: str, position: int, word: str) -> str | None:
        """The last single party before ``position`` whose name in ``text`` holds ``word``."""
        index = bisect.bisect_right(self._ends, position) - 1
        for hit in self._hits[max(0, index - _ORGAN_REACH) : index + 1][::-1]:
            if len(hit.keys) == 1 and word in text[hit.start : hit.end].casefold().split():
                return hit.keys[0]
        return None

    def last_single(self, start: int, end: int) -> str | None:
        """The party of the last single-party name inside ``[start, end)``."""
        for index in range(bisect.bisect_right(self._ends, end) - 1, -1, -1):
            if self._hits[index].start < start:
                break
            if len(self._hits[index].keys) == 1:
                return self._hits[index].keys[0]
        return None


@shared_repr
@attrs.frozen(repr=False)
class Context:
    """What every mention of one reading unit is read against."""

    unit: "Unit"  # noqa: UP037 (mypyc: a name imported for typing only)
    paragraph: int | None
    vocab: "PersonVocabulary"  # noqa: UP037 (mypyc: a name imported for typing only)
    parties: Parties
    sentences: tuple[tuple[int, int], ...]
    lead_end: int
    semicolons: tuple[int, ...]
    meetings: tuple[tuple[int, int], ...]
    """Spans of the meeting verbs ("a rencontré"), in order."""
    closing: bool = False
    """A closing unit below the text: its persons are the statement's signatories."""
    announcement: bool = False
    """Whether the opening sentence announces a later event ("X will travel to Y")."""
    under_way: bool = False
    """Whether the opening sentence reports a trip under way ("X is on a working visit to
    Y"): the host who "will receive" the visitor is of the reported visit."""
    accounts: tuple[int, ...] = ()
    """Starts of the phrases giving an account of an earlier event ("a rendu compte de")."""
    signings: tuple[int, ...] = ()
    """Ends of the signing announcements whose signatories follow ("ont été signés :")."""
    sides: tuple[tuple[int, str], ...] = ()
    """Ends of the attendance phrases naming one side, with its party ("The Indian side
    included")."""
    futures: MatchSpans = ()
    """Spans of the words of the future ("will", "se rendra"), found once per unit."""
    plans: MatchSpans = ()
    """Spans of the words that only plan a meeting ("is planned", "est prévu")."""
    later_partners: MatchSpans = ()
    """Spans of the phrases naming a later event's partner ("in advance of a brunch with")."""
    prior_causes: MatchSpans = ()
    """Spans of the predicates making the reported event an earlier one's sequel ("follows")."""
    clause_stops: tuple[int, ...] = ()
    """Positions of the marks ending a clause (".;:!?"), when a later partner is named."""


def clause_stops(text: str) -> tuple[int, ...]:
    """Every position of a mark ending a clause: ".", ";", ":", "!", "?"."""
    return tuple(match.start() for match in _CLAUSE_STOP.finditer(text))


def positions(text: str, char: str) -> tuple[int, ...]:
    """Every position of ``char`` in ``text``."""
    found, position = [], text.find(char)
    while position != -1:
        found.append(position)
        position = text.find(char, position + 1)
    return tuple(found)


def _spelled_out(role: str | None, vocab: "PersonVocabulary") -> str | None:  # noqa: UP037
    """The role with an abbreviated office written out: "deputy pm" is "deputy prime minister"."""
    if role is None or not vocab.role_abbreviations:
        return role
    full = {form.casefold(): office for form, office in vocab.role_abbreviations.items()}
    return " ".join(full.get(word, word) for word in role.split(" "))


def role_and_affiliation(context: Context, item: Found) -> tuple[str | None, str | None]:
    """The role as stated and the party it is held for ("son homologue britannique": none, UK)."""
    if item.role is None:  # "M. Moussa Diallo du Sénégal", "Ms Ana da Silva of Brazil"
        text = context.unit.text
        return None, (
            _represented(context, item)
            or _labelled_party(context, item)
            or _party_after_name(text, item, context.parties)
            or _owner_before(text, item, context.parties)
            or _nationality_before(text, item, context.parties)
            or _standing_for(context, item)
            or _party_represented_after(context, item)
        )
    text, span = context.unit.text, item.role
    named = context.parties.inside(span.start, span.end)
    role: str | None
    role, affiliation = normalize_role(text, span.start, span.end, named, span.head_end)
    if span.singular is not None:
        role = span.singular or None
    role = _spelled_out(role, context.vocab)
    if span.head in context.vocab.unstated_roles:
        role = None  # "his counterpart X" states no office (GUIDELINES)
    if affiliation is None:
        affiliation = span.party or _represented(context, item) or _labelled_party(context, item)
    if affiliation is None:
        affiliation = (
            _party_before(item, context)
            if item.possessive
            else _party_just_before(text, item, context.parties, context.vocab.organ_words)
            or _counterpart_before(context, item)
            or _organ_before(context, span.start)
            or _party_after_name(text, item, context.parties)
            or _party_on_behalf(context, span.end)
            or _party_represented_after(context, item)
            or _nationality_before(text, item, context.parties)
            or _standing_for(context, item)
            or _party_before_last_head(context, span.end, named)
        )
    return role, affiliation


def _party_before_last_head(context: Context, end: int, named: Sequence[PartyHit]) -> str | None:
    """For "the Spokesperson for UN Secretary-General X": the party before the role's last head.

    An office held for another ("spokesperson for", "adviser to") names the party of the
    head it serves before that head ("UN Secretary-General", "Ghanaian President"), as
    either alone would; whoever of the two the name is, the party is theirs. (French puts
    the party after the head, « du Président ghanéen », which ``normalize_role`` reads.)
    """
    text = context.unit.text
    for hit in reversed(named):
        if len(hit.keys) == 1 and hit.end < end:
            rest = text[hit.end : end].strip()
            return hit.keys[0] if rest and context.vocab.role.fullmatch(rest) else None
    return None


def signing_labels(text: str, parties: Parties) -> tuple[int, ...]:
    """Ends of the labels of a signing ceremony's items: "o For Georgia:", « - Pour le Mali : ».

    A label opens an item (the unit's start, a line's, a bullet's: "o", "-", "•") with a
    word of ``signing_labels`` and ends with a party and a colon; the names after it sign
    for that party, so they take part in the ceremony the text reports.
    """
    return tuple(end for _, end in signing_sides(text, parties.inside(0, len(text))))


def _labelled_party(context: Context, item: Found) -> str | None:
    """For "* Namibia: HE President X", "- Sénégal : M. Y, ministre …": the line's label.

    An attendance list may print each delegation as its party, a colon and its head: the
    party alone opens the item (after a bullet, or the list's colon), the construction
    follows the colon. The reading unit may have joined the items' lines into one.
    """
    text = context.unit.text
    hit = context.parties.last_before(item.anchor)
    if hit is None or len(hit.keys) != 1:
        return None
    if hit.form != "name":  # « Délégation monégasque : M. X, …, Mme Y »: a demonym labelled
        labelled = signing_label_before(text, hit.start) is not None
        return hit.keys[0] if labelled and _label_member(context, item, hit) else None
    if not _LABEL_COLON.fullmatch(text, hit.end, item.anchor):
        if _label_member(context, item, hit) and signing_label_before(text, hit.start):
            return hit.keys[0]
        return _entry_party(context, item, hit)
    opening = _LABEL_OPENING.search(text, max(0, hit.start - _LABEL_REACH), hit.start)
    if opening is None:  # "o For Georgia: Minister X", "Signing for the EU: High Representative Y"
        opening = signing_label_before(text, hit.start)
    # "… Lirov Lesotho : Rt. Hon. Z": a list's entry printing its party before a colon
    return hit.keys[0] if opening is not None else _entry_party(context, item, hit)


def _label_member(context: Context, item: Found, hit: "PartyHit") -> bool:  # noqa: UP037
    """Whether ``item`` is listed after the party label ``hit`` closes with a colon.

    « Délégation de Saint-Marin : S.E. Mme A, Ambassadeur, M. B, Directeur … »: each name
    of the item, in the label's sentence and line, with no other party's label between.
    """
    text = context.unit.text
    colon = _MEMBER_COLON.match(text, hit.end)
    if colon is None or colon.end() > item.anchor or "\n" in text[colon.end() : item.anchor]:
        return False
    return any(low <= hit.end and item.anchor < high for low, high in context.sentences)


def _entry_party(context: Context, item: Found, hit: "PartyHit") -> str | None:  # noqa: UP037
    """For "Zimbabwe H.E. X" / "South Africa H.E. Y": the party printed before each entry.

    An attendance list may print each delegation's party right before its head's style,
    one per line; joined into one unit, the party follows the entry above ("… X South
    Africa H.E. Y"), maybe after a colon ("Lesotho : Rt. Hon. Z"). Only a style right after
    the party, and before it the item's opening
    or a word that ends an entry: a name's, capitalised, or an office's ("… Première
    ministre Bénin S.E.M. Z"); "returned from Ghana H.E. X" is a place. The same shape read
    for a line (``structure.party_entries``) and for an office's end (``role_ends.entry_party``).
    """
    text = context.unit.text
    if not _styled_after(context, hit.end, item.anchor):
        return None
    opening = _LABEL_OPENING.search(text, max(0, hit.start - _LABEL_REACH), hit.start)
    before = _WORD_BEFORE.search(text, max(0, hit.start - _ENTRY_WORD_REACH), hit.start)
    word = before.group(1) if before is not None else ""
    # "From Ghana H.E. X travelled …": a word opening the sentence ends no entry above.
    opener = before is None or text[: before.start(1)].rstrip()[-1:] in ("", ".", "!", "?")
    entry_end = not opener and (
        word[:1].isupper() or context.vocab.role.fullmatch(word) is not None
    )
    return hit.keys[0] if opening is not None or entry_end else None


def _styled_after(context: Context, end: int, anchor: int) -> bool:
    """Whether a style opens the entry after a party ending at ``end``, the item at ``anchor``.

    Spaces, or a colon or a dash, then the item's own style ("Botswana H.E. X") or styles
    before the office it opens on ("DRC : H.E. President Y"). The unit may have kept the
    entries' line breaks between them.
    """
    text = context.unit.text
    spaces = _SPACES.match(text, end)
    position = entry_gap_end(text, end) or (spaces.end() if spaces is not None else end)
    if position == end or position > anchor:
        return False
    if position == anchor:  # the item opens on its own style: "Botswana H.E. X"
        return context.vocab.honorific.match(text, anchor) is not None
    while position < anchor:  # styles before the office the item opens on
        style = context.vocab.honorific.match(text, position)
        if style is None or style.end() == position:
            return False
        after = _SPACES.match(text, style.end())
        position = after.end() if after is not None else style.end()
    return position == anchor


def _standing_for(context: Context, item: Found) -> str | None:
    """For "M. X, Premier ministre, représentant S.E.M. Y, président du Cameroun": Cameroon.

    Whoever stands for an absent leader is there for the leader's party: the first one
    named after the word, in the same clause.
    """
    text = context.unit.text
    link = context.vocab.represents_after.match(text, item.stop)
    if link is None:
        return None
    hit = context.parties.first_after(link.end())
    if hit is None or hit.start - link.end() > _STANDING_REACH or len(hit.keys) != 1:
        return None
    return None if _CLAUSE_END.search(text, link.end(), hit.start) else hit.keys[0]


def signatory_party(context: Context, item: Found, since: int) -> str | None:
    """For a signatory line "Pour la République du Sénégal, X, ministre …": the party above.

    A signature block names the party a signatory signs for before the name ("For the
    Government of Japan" / "X"), after the previous signatory (which ends at ``since``).
    """
    hit = context.parties.last_before(item.anchor)
    if hit is None or hit.start < since or len(hit.keys) != 1:
        return None
    return hit.keys[0]


def _party_on_behalf(context: Context, end: int) -> str | None:
    """For "the High Representative on behalf of the EU": the party the holder acts for."""
    return _party_after_link(context, context.vocab.behalf, end)


def _party_represented_after(context: Context, item: Found) -> str | None:
    """For « X, ministre de l'Économie, a représenté le Sénégal »: the party X stood for."""
    return _party_after_link(context, context.vocab.represents, item.stop)


def _party_after_link(context: Context, links: re.Pattern[str], end: int) -> str | None:
    """The one party named right after a link that ``links`` matches at ``end``, or None."""
    link = links.match(context.unit.text, end)
    if link is None:
        return None
    hit = context.parties.first_after(link.end())
    if hit is None or hit.start != link.end() or len(hit.keys) != 1:
        return None
    return hit.keys[0]


def _represented(context: Context, item: Found) -> str | None:
    """For "Belize was represented by Ambassador X": the party the delegate stands for."""
    hit = context.parties.last_before(item.anchor)
    if hit is None or len(hit.keys) != 1 or hit.form != "name":
        return None
    text = context.unit.text
    link = context.vocab.represented.fullmatch(text, hit.end, item.anchor)
    if link is None and _after_item_break(text, hit.start):
        # « … représentée par X ; la France par Y » once the list's verb is stated
        elided = context.vocab.elided_represented.fullmatch(text, hit.end, item.anchor)
        stated = context.vocab.represented.search(text, 0, hit.start)
        link = elided if stated is not None else None
    return hit.keys[0] if link is not None else None


def _after_item_break(text: str, start: int) -> bool:
    """Whether a list's separator (";", ",") ends the text before ``start``.

    Past an article and a coordinator: « ; et les États-Unis », "; and the United States".
    """
    before = text[max(0, start - _ITEM_BREAK_REACH) : start].rstrip()
    for key in ("articles", "coordinators"):
        words = before.rsplit(None, 1)
        if words and words[-1].casefold().rstrip("'’") in person_words(key):
            before = words[0].rstrip() if len(words) > 1 else ""
    return before.rstrip("'’ ").endswith((";", ","))


def _organ_before(context: Context, start: int) -> str | None:
    """For "Council President X": the body named earlier whose name holds that word.

    "The following Security Council press statement was issued by Council President X
    (Russian Federation)": X presides the Security Council; the parenthesis is his
    nationality.
    """
    text = context.unit.text
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if word is None or word.group(1).casefold() not in context.vocab.organ_words:
        return None
    return context.parties.last_naming(text, word.start(1), word.group(1).casefold())


def _party_before(item: Found, context: Context) -> str | None:
    """For "son directeur général": the last party named before it in the sentence."""
    sentence = sentence_at(context.sentences, item.anchor) or (0, item.anchor)
    return context.parties.last_single(sentence[0], item.anchor)


def _counterpart_before(context: Context, item: Found) -> str | None:
    """For "his Philippine counterpart, the Secretary of Energy, Mr X": the counterpart's state.

    The office in apposition after "counterpart" (or "son homologue mauritanien, le
    ministre …") is held for the state the demonym names, on either side of the word.
    """
    if item.role is None:
        return None
    text, vocab = context.unit.text, context.vocab
    hit = context.parties.last_before(item.role.start)
    if hit is None or len(hit.keys) != 1:
        return None
    after = _COUNTERPART_AFTER.fullmatch(text, hit.end, item.role.start)
    if after is not None:  # "Philippine counterpart, the Secretary …"
        return hit.keys[0] if after.group(1).casefold() in vocab.unstated_roles else None
    if _COMMA_GAP.fullmatch(text, hit.end, item.role.start) is None:
        return None
    word = _WORD_BEFORE.search(text, max(0, hit.start - _COUNTERPART_REACH), hit.start)
    return hit.keys[0] if word and word.group(1).casefold() in vocab.unstated_roles else None


def _party_just_before(
    text: str, item: Found, parties: Parties, organs: frozenset[str] = frozenset()
) -> str | None:
    """For "Japanese Prime Minister …", "Japan's Foreign Minister …": the party before the role.

    Only the last party before the role can be separated from it by spaces alone, or by the
    word of one of its organs ("European Commission President X", "ECOWAS Commission
    President Y": the organisation's).
    """
    if item.role is None:
        return None
    hit = parties.last_before(item.role.start)
    if hit is None or len(hit.keys) != 1:
        return None
    if _GLUED_PARTY.fullmatch(text, hit.end, item.role.start):
        return hit.keys[0]
    organ = _ORGAN_GAP.fullmatch(text, hit.end, item.role.start)
    is_organ = organ is not None and organ.group(1).casefold() in organs
    return hit.keys[0] if is_organ and hit.keys[0].startswith("org:") else None


def _owner_before(text: str, item: Found, parties: Parties) -> str | None:
    """For "France's Bernard X", "Russia’s Y": the party whose possessive stands before the name."""
    hit = parties.last_before(item.anchor)
    if hit is None or len(hit.keys) != 1 or hit.form != "name":
        return None
    return hit.keys[0] if _POSSESSIVE_GAP.fullmatch(text, hit.end, item.anchor) else None


def _nationality_before(text: str, item: Found, parties: Parties) -> str | None:
    """For "le Sénégalais Moussa X", "Kenyan Raila Y": the nationality written before the name."""
    hit = parties.last_before(item.anchor)
    if hit is None or len(hit.keys) != 1 or hit.form != "adjective":
        return None
    if not text[hit.start : hit.start + 1].isupper():
        return None
    return hit.keys[0] if _NAME_GAP.fullmatch(text, hit.end, item.anchor) else None


def _party_after_name(text: str, item: Found, parties: Parties) -> str | None:
    """For "Prime Minister Fumio Kishida of Japan": the party linked after the name.

    Only the first party after the name can be linked to it by a preposition alone.
    """
    if item.name is None:
        return None
    hit = parties.first_after(item.end)
    if hit is None or len(hit.keys) != 1 or hit.form != "name":
        return None
    if _CAPITAL_AFTER.match(text, hit.end):
        return None  # « M. X de France Télévisions »: the state's name opens another's
    return hit.keys[0] if _link_after().fullmatch(text, item.end, hit.start) else None


def lead_in(text: str, item: Found, parties: Parties) -> int:
    """Where the construction starts, with a party glued before its role ("New Zealand …")."""
    if item.role is None or item.anchor != item.role.start:
        return item.anchor
    hit = parties.last_before(item.anchor)
    if hit is not None and _GLUED_PARTY.fullmatch(text, hit.end, item.anchor):
        return hit.start
    return item.anchor


_CAPITAL_AFTER: Final = compile_regex(r"[ \t]+\p{Lu}\p{Ll}")
"""A capitalised word right after a party's name: the name goes on ("France Télévisions");
not in a text in capitals ("… OF THE REPUBLIC OF BURUNDI HELD …")."""


@functools.cache
def _link_after() -> re.Pattern[str]:
    """After a name, what links it to the holder's state: "of", « de », a parenthesis."""
    links = alternation(person_words("name_party_links"))
    return compile_pattern(rf"\s+(?:{links})\s*|\s*\(\s*", re.I)
