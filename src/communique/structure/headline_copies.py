"""A headline printed again (twice, over two lines, past furniture): a header line, no title."""

from __future__ import annotations

import functools
import itertools
import unicodedata
from typing import TYPE_CHECKING, Final

from communique.lexicon import LANGUAGES
from communique.lexicon.structure import kind_key, line_key, structure_vocabulary
from communique.patterncache import compile_regex
from communique.structure.head import SCAN_LINES
from communique.structure.lines import line_text
from communique.structure.masthead import is_organisation, names_document
from communique.structure.shapes import ends_on_name_title
from communique.structure.title_shape import LETTER, MIN_WORDS, WORD, title_shaped

if TYPE_CHECKING:
    from communique.document import Document, Line

__all__ = [
    "COPY_SHARE",
    "NAME_WORD",
    "copy_below",
    "copy_past_furniture",
    "crumb_prefix",
    "cut_copies_above",
    "dated_copy",
    "folded_words",
    "fuller_copy_below",
    "longer_copies_below",
    "named_below",
    "page_title_copy",
    "printed_twice",
    "suffixed_copy",
    "two_line_copy",
    "word_list",
]

_COPY_LINES: Final = 2
"""A headline printed again in capitals wraps over at most two lines."""
_PAGE_TITLE: Final = 300
"""Longest page title read for a section's name before the headline."""
COPY_SHARE: Final = 0.75
"""Share of the shorter line's words found in the other when a headline is printed twice."""
_SITE_SEPARATORS: Final = (" – ", " — ", " - ", " | ")
"""What joins a site's name to the headline in a page's title."""
_SITE_WORDS: Final = 3
"""A site's name before its page's headline is a word or three ("diplocam.cm")."""
_CRUMB_WORDS: Final = 4
"""Most links of a breadcrumb printed without separators before a headline."""
_DOMAIN: Final = compile_regex(r"\p{L}\.\p{L}{2,}")
"""A site's address in its name ("diplocam.cm", "Lefaso.net"): no subject of the headline."""
NAME_WORD: Final = compile_regex(r"\p{L}[\p{L}'-]*")
"""A word as document names list it, hyphen and apostrophe kept ("procès-verbal")."""


def printed_twice(
    doc: Document, lines: list[Line], head: list[int], candidates: list[tuple[str, int]]
) -> int | None:
    """The first copy of a headline printed twice, or None.

    The same line twice, or two head lines in a row that print one headline in another
    case or wording.
    """
    keys = [key for key, _ in candidates]
    keyed = {index for _, index in candidates}
    for key, index in candidates:
        if keys.count(key) > 1:
            return index
    # "Delegation of the EU …" / headline / dateline / "Press releases" / headline again: the
    # copy past the page's bars, furniture already, still tells which line is the headline
    copies = {line_key(line_text(doc, lines[i])): i for i in head if lines[i].kind == "boilerplate"}
    for key, index in candidates:
        copy = copies.get(key, -1)
        # no other candidate between them: "Foreign, Trade & Development Office" / headline /
        # "From:" / the office again names the sender, not the headline
        if copy > index and not any(index < other < copy for _, other in candidates):
            return index
    for first, second in itertools.pairwise(head):
        if suffixed_copy(line_text(doc, lines[first]), line_text(doc, lines[second])):
            return first
    shown = [index for index in head if lines[index].kind == "body"]
    for first, second in itertools.pairwise(shown):
        if second in keyed and _prefixed_copy(
            line_text(doc, lines[first]), line_text(doc, lines[second])
        ):
            return second
    if shown:
        # "Office of the Speaker of the Assembly - Talks with the Prime Minister of Norland",
        # furniture lines, then "Talks with the Prime Minister of Norland":
        # the page's title, its section before a dash, over the headline printed below. Not
        # right below: "Norland – Statement by the Spokesperson …" over its copy is a title.
        page_title = line_text(doc, lines[shown[0]])
        for second in shown[2:]:
            if second in keyed and _section_copy(page_title, line_text(doc, lines[second])):
                return second
        for second in shown[1:]:
            if second in keyed and _crumb_copy(page_title, line_text(doc, lines[second])):
                return second
    # An organ's name under its letterhead is no copy of the title that names it
    # ("COUNCIL FOR SECURITY" / "Communiqué of the 312th meeting of the Council for Security …").
    vocab = structure_vocabulary(doc.lang)
    shaped = {
        index for _, index in candidates if not is_organisation(line_text(doc, lines[index]), vocab)
    }
    for first, second in itertools.pairwise(head):
        if (
            first in shaped
            and second in shaped
            and _copies(doc, lines, first, second)
            and _names_document(doc, lines, first) == _names_document(doc, lines, second)
        ):
            return first
    return _copied_over_two_lines(doc, lines, [index for _, index in candidates])


def _copied_over_two_lines(doc: Document, lines: list[Line], candidates: list[int]) -> int | None:
    """The first candidate whose words two later lines print again, or None.

    A press office prints its headline, then the same words in sentence case over two
    lines ("… Agreement between Aldoria, Koranda, Hopes for …" / "… agreement between
    aldoria, koranda," / "Hopes for …"): the first print is the title, whatever stands above.
    """
    for candidate in candidates:
        if two_line_copy(doc, lines, candidate) is not None:
            return candidate
    return None


def two_line_copy(doc: Document, lines: list[Line], title: int) -> tuple[int, int] | None:
    """The two lines, within a few below the title, that print its words again, or None.

    Lines of any kind but blank: an earlier pass may have called the second one furniture.
    """
    words = folded_words(line_text(doc, lines[title]))
    if len(words) < MIN_WORDS:
        return None
    below = [
        i
        for i in range(title + 1, min(len(lines), title + SCAN_LINES))
        if lines[i].kind != "blank" and LETTER.search(line_text(doc, lines[i]))
    ]
    for first, second in itertools.pairwise(below):
        both = f"{line_text(doc, lines[first])} {line_text(doc, lines[second])}"
        if folded_words(both) == words:
            return first, second
    return None


def named_below(doc: Document, lines: list[Line], candidates: list[int]) -> set[int]:
    """The candidates a later one naming a document names again: the organ that issues it.

    "Mediation and Security Council" above "Communiqué of the 418th meeting of the
    Mediation and Security Council …" is the letterhead's organ, not the headline.
    """
    documents = [i for i in candidates if _names_document(doc, lines, i)]
    connectors = structure_vocabulary(doc.lang).connectors
    return {
        i
        for i in candidates
        if _is_name(line_text(doc, lines[i]), connectors)
        and not _names_document(doc, lines, i)
        and any(j > i and _copies(doc, lines, i, j) for j in documents)
    }


def _is_name(text: str, connectors: frozenset[str]) -> bool:
    """Whether a line is a name: capitalised words and linking words, no verb or noun.

    "Mediation and Security Council" is a name; "Ministers meet on river navigation" is not.
    """
    words = WORD.findall(text)
    return bool(words) and all(w[0].isupper() or w.casefold() in connectors for w in words)


def _names_document(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a head line names a document: only such a line copies a document's title.

    "Mediation and Security Council" is no copy of "Communiqué of the 418th meeting of the
    Mediation and Security Council …", which names it.
    """
    text = line_text(doc, lines[index]).replace("’", "'")
    words = [word.casefold() for word in NAME_WORD.findall(text)]
    return names_document(words, structure_vocabulary(doc.lang))


def copy_below(doc: Document, lines: list[Line], head: list[int], title: int) -> int | None:
    """The head line right below the title when it prints the title again, else None.

    Pages print a headline twice, often in another case or wording ("AU PSC COMMUNIQUE ON
    SUDAN" / "Communiqué of the 1212th meeting of the PSC on Sudan"): a header line.
    """
    below = [i for i in head if i > title][:1]
    if not below or lines[below[0]].kind != "body":
        return None
    vocab = structure_vocabulary(doc.lang)
    text = line_text(doc, lines[below[0]])
    if not title_shaped(text, vocab.connectors):
        return None
    if ends_on_name_title(text):
        return None  # "… under the chairmanship of Mr" / "Paul Deroux, …": a sentence's wrap
    if _TWO_SENTENCES.search(text) is not None:
        return None  # "VALMONT, … agreed … borders. Photographs … - Getty Images": the lead
    return below[0] if _copies(doc, lines, title, below[0]) else None


_TWO_SENTENCES: Final = compile_regex(r"[\p{Ll}\d]{2}[.!?][ \t]+\p{Lu}\p{Ll}")
"""A sentence's end and the next one's opening inside a line: prose, no headline's copy."""


def copy_past_furniture(
    doc: Document, lines: list[Line], head: list[int], title: list[int]
) -> list[int]:
    """The one or two head lines in capitals that print the title again past furniture.

    A news service prints its headline, a bar of furniture, then the headline again in
    capitals, wrapped over two lines above the text ("LE SECRÉTAIRE GÉNÉRAL CONDAMNE …" /
    "PERPÉTRÉES HIER …"): header lines, not the first paragraph's opening. A copy word for
    word, as printed, is one in any case (a photo's label, then the headline over its stamp).
    """
    vocab = structure_vocabulary(doc.lang)
    # "Media Statement" / its date / the headline again: a kind's label is furniture too.
    labels = {
        i
        for i in head
        if lines[i].kind == "body"
        and kind_key(line_text(doc, lines[i]), vocab) in vocab.kind_labels
    }
    after = [
        i for i in head if i > title[-1] and lines[i].kind in ("body", "blank") and i not in labels
    ]
    body = [i for i in after if lines[i].kind == "body"][:_COPY_LINES]
    if not body or any(
        lines[i].kind == "body" and i not in labels for i in range(title[-1] + 1, body[0])
    ):
        return []
    printed = " ".join(line_text(doc, lines[i]) for i in title)
    for count in range(len(body), 0, -1):  # the whole copy first: both lines of its wrap
        taken = body[:count]
        texts = [line_text(doc, lines[i]) for i in taken]
        if taken != list(range(taken[0], taken[0] + count)):
            continue
        copy = " ".join(texts)
        same = copy.split() == printed.split()
        if (same or all(text.isupper() for text in texts)) and _same_words(printed, copy):
            return taken
    return []


def cut_copies_above(
    doc: Document, lines: list[Line], head: list[int], title: list[int]
) -> list[int]:
    """The head lines above the title that print its first words and stop short.

    A page's tab title cut at its width over the headline ("communiqué adopté a la
    trentième réunion de la" / "COMMUNIQUÉ ADOPTÉ A LA TRENTIÈME RÉUNION" / "DE LA …"): a
    copy, the page's furniture, in any case; at least ``MIN_WORDS`` words.
    """
    printed = word_list(" ".join(line_text(doc, lines[i]) for i in title))
    found = []
    for index in head:
        if index >= title[0] or lines[index].kind != "body":
            continue
        if _cut_prefix(word_list(line_text(doc, lines[index])), printed):
            found.append(index)
    return found


def fuller_copy_below(
    doc: Document, lines: list[Line], head: list[int], title: list[int]
) -> list[int]:
    """The head line below a one-line title that prints it whole, when the title stops short.

    A blog prints the post's title cut at its width ("Communiqué conjoint à l'issue de la
    visite de … Présid"), its author, day and reading time, then the whole title: that line
    is the title (the cut one is a copy, ``cut_copies_above``). Else ``title``.
    """
    if len(title) != 1:
        return title
    cut = word_list(line_text(doc, lines[title[0]]))
    for index in head:
        if (
            index > title[0]
            and lines[index].kind == "body"
            and _cut_prefix(cut, word_list(line_text(doc, lines[index])), inside=True)
        ):
            return [index]
    return title


def longer_copies_below(
    doc: Document, lines: list[Line], head: list[int], title: list[int]
) -> list[int]:
    """The head lines below the title that print it whole, then its names and days.

    "Communiqué conjoint de la visite … du Président de la République française" / its
    label and day / "Communiqué conjoint de la visite … française, Emmanuel Macron, du 27
    au 29 novembre 2017": the headline again, longer, above the text; a header line.
    """
    words = word_list(" ".join(line_text(doc, lines[i]) for i in title))
    if len(words) < MIN_WORDS:
        return []
    return [
        index
        for index in head
        if index > title[-1]
        and lines[index].kind == "body"
        and len(printed := word_list(line_text(doc, lines[index]))) > len(words)
        and printed[: len(words)] == words
    ]


def _cut_prefix(words: list[str], printed: list[str], *, inside: bool = False) -> bool:
    """Whether ``words`` open ``printed`` and stop short, the last maybe cut inside a word.

    ``inside``: the last word must be cut ("… Présid" of "… Président …"); a title whose
    last word is whole is no copy cut at its width of a longer line repeating it.
    """
    if not MIN_WORDS <= len(words) < len(printed):
        return False
    last = len(words) - 1
    if inside and printed[last] == words[last]:
        return False
    return printed[:last] == words[:last] and printed[last].startswith(words[last])


def suffixed_copy(above: str, below: str) -> bool:
    """Whether ``above`` is ``below`` with a site's name after a bar, however short.

    "G7 Leaders' Statement | The White House" / "G7 Leaders' Statement": the page's title
    over the headline it prints again.
    """
    return " | " in above and word_list(above.rsplit(" | ", 1)[0]) == word_list(below)


def page_title_copy(above: str, below: str) -> bool:
    """Whether ``above`` is the page's title printing the headline ``below`` with its site.

    A site's address and a dash, a section's name and a dash or a bar, or a breadcrumb's
    links before it: the browser's title, furniture once the headline below is the title.
    """
    return _prefixed_copy(above, below) or _section_copy(above, below) or _crumb_copy(above, below)


_DATED_PREFIX_WORDS: Final = 4
"""Words at most of a section's name and a date printed before the headline's copy."""
_NUMERIC_DATE: Final = compile_regex(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")


def dated_copy(above: str, below: str) -> bool:
    """Whether ``above`` is ``below`` after a section's name and a date in figures.

    The page's title with its section and day over the headline: a header line, its day
    the page's.

    >>> dated_copy("Valmont 06/10/2026 Ministers hold talks", "Ministers hold talks")
    True
    >>> dated_copy("Ministers hold a telephone call", "a telephone call")
    False
    """
    wanted = word_list(below)
    words = word_list(above)
    if len(wanted) < MIN_WORDS or words[-len(wanted) :] != wanted:
        return False
    prefix = above.split()[: len(above.split()) - len(below.split())]
    return 0 < len(prefix) <= _DATED_PREFIX_WORDS and any(
        _NUMERIC_DATE.fullmatch(word) for word in prefix
    )


def _prefixed_copy(above: str, below: str) -> bool:
    """Whether ``above`` is ``below`` after a site's short name (an address) and a dash.

    "diplocam.cm – Four New Ambassadors" / "Four New Ambassadors": the browser's page title
    over the headline the page prints; the headline is the title, the site's line a header.
    """
    for separator in _SITE_SEPARATORS:
        site, found, rest = above.partition(separator)
        if (
            found
            and len(site.split()) <= _SITE_WORDS
            and _DOMAIN.search(site) is not None
            and word_list(rest) == word_list(below)
        ):
            return True
    return False


def _section_copy(above: str, below: str) -> bool:
    """Whether ``above`` ends with ``below`` after a section's name and a dash or a bar.

    >>> _section_copy("Office of the Speaker - Talks with the Council", "Talks with the Council")
    True
    >>> _section_copy("Talks - Meeting", "Meeting")
    False
    """
    wanted = word_list(below)
    if len(wanted) < MIN_WORDS or len(above) > _PAGE_TITLE:
        return False  # a flattened page's first line is no page title
    for separator in _SITE_SEPARATORS:
        head, found, rest = above.partition(separator)
        while found:
            if head.strip() and word_list(rest) == wanted:
                return True
            more, found, rest = rest.partition(separator)
            head = head + separator + more
    return False


def _crumb_copy(above: str, below: str) -> bool:
    """Whether ``above`` is a breadcrumb without separators ending on the headline ``below``.

    "Home Actualités Le Président discute …" / … / "Le Président discute …": the trail's
    links (a page's, "Home", « Accueil », or a section's, "Actualités"), then the page's
    headline, printed again below as the title. Links a copied page glues together glue
    to the headline too, with no space ("HomeTrinidad and TobagoOfficial Visit …").
    """
    glued = len(above) - len(below)
    if glued > 0 and above.endswith(below) and above[glued - 1].isalpha() and below[:1].isupper():
        return True  # "HomeTrinidad and TobagoOfficial Visit of …": links glued to the copy
    wanted = word_list(below)
    words = word_list(above)
    if len(wanted) < MIN_WORDS:
        return False
    # The page's title may end on the day the headline's own line prints below it ("About
    # Us Joint Statement … on September 11, 2023" / "Joint Statement …" / "September 11, 2023").
    crumbs = next(
        (n for n in range(1, _CRUMB_WORDS + 1) if words[n : n + len(wanted)] == wanted), 0
    )
    tail = words[crumbs + len(wanted) :]
    if not crumbs or (tail and not _day_tail(tail)):
        return False
    # Each link is a page's link or a section's label, in either language (a French page's
    # trail may open in English, "Home"), or the links together name one ("About Us"):
    # "Home Secretary X meets …" is a headline.
    links = above.split()[:crumbs]
    return len(links) == crumbs and (
        all(_page_link(link) for link in links) or _page_link(" ".join(links))
    )


_DAY_TAIL_WORDS: Final = 5
"""Most words of a day closing a page's title ("on September 11, 2023")."""
_YEAR: Final = compile_regex(r"(?:1[89]|20)\d\d")
"""A year's four figures, the last word of a day closing a page's title."""


def _day_tail(words: list[str]) -> bool:
    """Whether a page title's last words are a day ending on its year ("on …, 2023")."""
    return len(words) <= _DAY_TAIL_WORDS and _YEAR.fullmatch(words[-1]) is not None


_CRUMB_LINK: Final = compile_regex(r"[ \t]*([^/>›»|\n]{1,30}?)[ \t]+[/>›»|][ \t]+")
"""A breadcrumb's link and the separator after it, spaces around: "Accueil / "."""


def crumb_prefix(doc: Document, line: Line) -> tuple[int, int] | None:
    """The span of a breadcrumb's links printed before the headline on its line, or None.

    "Accueil / Actualités / Le Ministre … rencontre …": each link is a page's or a section's
    (``_page_link``), one at least, and the headline goes on after the last separator; its
    words are the title's, the links a header's.
    """
    cursor, links = line.body_start, 0
    while (link := _CRUMB_LINK.match(doc.text, cursor, line.end)) is not None:
        if not _page_link(link.group(1).strip()):
            break
        cursor, links = link.end(), links + 1
    if not links or len(word_list(doc.text[cursor : line.end])) < MIN_WORDS:
        return None
    return line.body_start, cursor


def _page_link(word: str) -> bool:
    """Whether a word is a page's link ("Home", « Accueil ») or a section's ("News")."""
    for language in LANGUAGES:
        vocab = structure_vocabulary(language)
        if line_key(word) in vocab.boilerplate_lines or kind_key(word, vocab) in vocab.kind_labels:
            return True
    return False


def _same_words(first: str, second: str) -> bool:
    """Whether two texts print one headline: most words of the shorter in the other."""
    shorter, longer = sorted((folded_words(first), folded_words(second)), key=len)
    return len(shorter) >= MIN_WORDS and len(shorter & longer) >= COPY_SHARE * len(shorter)


def _copies(doc: Document, lines: list[Line], first: int, second: int) -> bool:
    """Whether two head lines print one headline (``_same_words``)."""
    return _same_words(line_text(doc, lines[first]), line_text(doc, lines[second]))


def word_list(text: str) -> list[str]:
    """The words of a line in order, case and accents folded ("Communiqué" = "COMMUNIQUE")."""
    bare = (
        text
        if text.isascii()
        else "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    )
    return [w.casefold() for w in WORD.findall(bare)]


@functools.lru_cache(maxsize=4096)
def folded_words(text: str) -> frozenset[str]:
    """The words of a line as a set (``word_list``).

    Cached: the head lines are compared pairwise, each line's words are read once.
    """
    return frozenset(word_list(text))
