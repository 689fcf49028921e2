"""The headline among the head's lines: a line printed twice, else the first lone title."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Final

from communique.gazetteer import gazetteer
from communique.lexicon import WordLists
from communique.lexicon.structure import (
    StructureVocabulary,
    kind_key,
    line_key,
    structure_vocabulary,
)
from communique.patterncache import compile_regex
from communique.structure.author_line import headline_verbs, is_author_line
from communique.structure.bilingual import translated_pair
from communique.structure.grouping import MAX_PRINTED_WIDTH, line_per_paragraph
from communique.structure.header import cuts_date, dateline_span, is_marker, is_prose, opens_text
from communique.structure.headline_copies import named_below, printed_twice
from communique.structure.issuer_label import issuer_label_lines, named_issuers
from communique.structure.label_headline import dated_block_under_label, headline_under_label
from communique.structure.lines import line_text
from communique.structure.masthead import (
    beside_masthead,
    continued,
    is_lone,
    is_organisation,
    names_issuer,
)
from communique.structure.page_labels import labels_below
from communique.structure.running import printed_running
from communique.structure.shapes import WEB_ADDRESS, ends_sentence, is_bullet, starts_lowercase
from communique.structure.title_shape import (
    WORD,
    bodies_crumb,
    caption_of_names,
    dated_label,
    names_page,
    runs,
    serial_and_date,
    shape_check,
    site_name,
    timed_sitting,
    title_shaped,
)
from communique.structure.typeline import before_dateline, is_address
from communique.structure.wrapped_title import (
    capitals_block,
    split_title,
    title_across_blank,
    with_wrapped_end,
    wrapped_block,
)

if TYPE_CHECKING:
    from communique.document import Document, Line
    from communique.model import Language

__all__ = ["choose"]

_ISO_MARKER: Final = compile_regex(r"[ \t]*\p{L}+[ \t]+\d{4}-\d\d(?:-\d\d)?[ \t]*")
"""A site's marker: one label word and an ISO date (" date 2024-10-18 ")."""
_SHORTER: Final = 0.8
_TAGLINE_WORDS: Final = 8
"""Most words of a site's tagline or section after its marker; a headline says more."""
_MENU_ITEM: Final = 40
"""Characters at most of a menu's link printed on its own line."""
_MENU_LINES: Final = 3
"""Short lines in a row, at least, that make a menu."""


def choose(doc: Document, lines: list[Line], head: list[int]) -> list[int]:
    """The headline's lines: a title-shaped line printed twice, else the first lone one.

    A title may be split over two lines of one block ("DÉCLARATION CONJOINTE" / "DE LA
    FRANCE ET DU JAPON", or a second line going on in lower case).
    """
    vocab = structure_vocabulary(doc.lang)
    keys = [line_key(line_text(doc, lines[i])) for i in head]
    running = printed_running(doc, lines)
    candidates = [
        (position, index)
        for position, index in enumerate(head)
        if lines[index].kind == "body"
        and title_shaped(line_text(doc, lines[index]), vocab.connectors)
        and not bodies_crumb(line_text(doc, lines[index]), vocab)
        and kind_key(before_dateline(doc, lines[index]), vocab) not in vocab.kind_labels
        and not is_address(line_text(doc, lines[index]), vocab)
        and not runs(line_text(doc, lines[index]), running, vocab)
        and not names_page(line_text(doc, lines[index]), vocab)
        and not caption_of_names(line_text(doc, lines[index]), vocab, doc.lang)
        and not serial_and_date(doc, line_text(doc, lines[index]))
        and not dated_label(doc, line_text(doc, lines[index]))
        and not is_author_line(line_text(doc, lines[index]), doc.lang, vocab)
        and dateline_span(doc.text, lines[index].body_start, lines[index].end, doc.lang) is None
    ]
    # "On this page you can" / "- search …" / "Press briefing of 13 October": a widget's
    # sentence over its bullets yields to a headline below it.
    leads = {i for _, i in candidates if _leads_list(doc, lines, i)}
    if leads and any(i > min(leads) and i not in leads for _, i in candidates):
        candidates = [(p, i) for p, i in candidates if i not in leads]
    # "9412th Meeting (PM)" over "Council Extends Mission …", or alone: a sitting's label with
    # its part of the day names the meeting a press service covers, never the release's
    # title; a council's own "412th Council meeting" is its document's title.
    sittings = {i for _, i in candidates if timed_sitting(line_text(doc, lines[i]), vocab)}
    candidates = [(p, i) for p, i in candidates if i not in sittings]
    # "Press Releases" / "2013 Press Releases" / "Older Press Releases": a menu's run of short
    # lines yields to a lone headline below it.
    menus = _short_line_runs(doc, lines, head)
    if menus and any(i > max(menus) and is_lone(lines, i) for _, i in candidates):
        candidates = [(p, i) for p, i in candidates if i not in menus]
    else:
        menus = set()
    closing = _letterhead_end(doc, lines, head, vocab)
    if any(i > closing for _, i in candidates):
        candidates = [(p, i) for p, i in candidates if i > closing]
    twice = printed_twice(doc, lines, head, [(keys[p], i) for p, i in candidates])
    if twice is not None:
        # printed again as the first section's label, the headline's first line only
        return wrapped_block(doc, lines, twice, vocab) or [twice]
    # A site or institution name above the headline is not the title; one in capitals
    # never is ("MINISTRY OF FOREIGN AFFAIRS"), while "Government of X condemns …" may be.
    # A letterhead's state or organisation alone ("REPUBLIQUE DE GUINEE") is no headline.
    table = gazetteer(doc.lang)
    named = {
        i
        for _, i in candidates
        if (
            site_name(text := line_text(doc, lines[i]), vocab)
            and not _after_label(text)
            and not _acts(text, doc.lang)
        )
        or table.key_of(text.strip()) is not None
    }
    if len(named) == len(candidates):
        named = {i for i in named if line_text(doc, lines[i]).isupper()}
    named |= named_below(doc, lines, [i for _, i in candidates])
    if len(candidates) > 1:
        # " date 2027-10-18 Valmont perspectives in 10 languages" / "Norland says …": what
        # follows a site's date marker on its line is the site's label, not the headline.
        named |= {i for _, i in candidates if _after_marker(doc, lines[i])}
    issuers = named_issuers(doc, lines, head, vocab)  # "From: Foreign Office" names it again
    named |= {i for _, i in candidates if line_key(line_text(doc, lines[i])) in issuers}
    candidates = [(p, i) for p, i in candidates if i not in named]
    first = _first_line(doc, lines, head, named, vocab)
    for index in head:
        if index in menus:
            continue
        labelled = headline_under_label(doc, lines, head, index, vocab)
        if labelled:
            return labelled  # "COMMUNIQUÉ DE PRESSE" / "LE PRÉSIDENT … SE REND À …"
        dated = dated_block_under_label(doc, lines, head, index, vocab)
        if dated:
            return dated  # "COMMUNIQUÉ DE PRESSE" / "" / "2630e session …" / "Bruxelles, le …"
        if split_title(doc, lines, index, vocab):
            return [index, index + 1]
        wrapped = wrapped_block(doc, lines, index, vocab)
        if wrapped:
            return wrapped
        across = title_across_blank(doc, lines, index, vocab)
        if across:
            return across
        block = capitals_block(doc, lines, index, vocab)
        if block:
            return block
        translated = translated_pair(doc, lines, index, shape_check(vocab))
        if translated is not None:
            return [translated]
        if index not in {i for _, i in candidates}:
            continue
        if (
            is_lone(lines, index)
            or _alone_under_marker(doc, lines, index)
            or _above_stamp(doc, lines, index, vocab)
            or _above_post_fields(doc, lines, index)
            or _above_kind_label(doc, lines, index, vocab)
            or (index == first and _above_prose(doc, lines, index))
            or (beside_masthead(doc, lines, index, vocab) and _names_something(doc, lines, index))
            or _wrapped_alone(doc, lines, head, index, vocab)
        ):
            return [] if continued(doc, lines, index) else [index]
    return _above_issuer(doc, lines, head, {i for _, i in candidates}) or _numbered_label(
        doc, lines, head, vocab
    )


def _short_line_runs(doc: Document, lines: list[Line], head: list[int]) -> set[int]:
    """The head lines that stand in a run of short lines, no blank between, three at least.

    A page's menu prints its links one per line ("Article Index" / "Press Releases" / "2013
    Press Releases"); a headline stands alone or wraps over two lines. One pass over the head.
    """
    found: set[int] = set()
    if not head:
        return found
    run: list[int] = []
    for index in range(head[0], min(head[-1] + 2, len(lines))):
        line = lines[index]
        if line.kind != "blank" and len(line_text(doc, line)) <= _MENU_ITEM:
            run.append(index)
            continue
        if len(run) >= _MENU_LINES:
            found.update(run)
        run = []
    if len(run) >= _MENU_LINES:
        found.update(run)
    return found & set(head)


def _leads_list(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line opens a list whose items go on with it in lower case.

    "Dans cet espace vous pouvez" / "- soit faire une recherche …" / "- soit sélectionner
    une date": a page's widget that a sentence and its bullets make. ``choose`` drops it only
    for a headline below it: "Conclusions du Conseil" over « - le Conseil a adopté … » stays.
    """
    below = next((i for i in range(index + 1, len(lines)) if lines[i].kind != "blank"), None)
    if below is None or lines[below].kind != "body":
        return False
    text = line_text(doc, lines[below])
    bullet = is_bullet(text)
    return bullet > 0 and starts_lowercase(text[bullet:].lstrip())


def _wrapped_alone(
    doc: Document, lines: list[Line], head: list[int], index: int, vocab: StructureVocabulary
) -> bool:
    """Whether the line opens a block of two whose second is its wrapped end.

    "Chairman's Statement of the 10th … Meeting 22 July 2009" / "Phuket, Thailand" / "": a
    long headline the page wrapped, alone in its block but for its end (``with_wrapped_end``).
    """
    if index > 0 and lines[index - 1].kind == "body":
        return False
    return with_wrapped_end(doc, lines, head, [index], vocab) != [index]


_SUMMARY_WORDS: Final = 12
"""Words at least of a story's summary under its headline, full stop or not."""
_LABEL_WORDS: Final = 4
"""Words at most of a label before a headline's colon ("Conseil des ministres:")."""
_HEADLINE_WORDS: Final = 4
"""Words at least of the headline after it."""


def _acts(text: str, language: Language) -> bool:
    """Whether a line names what an institution does, so a headline, not its name alone.

    "MINISTRY OF FOREIGN AFFAIRS WILL ISSUE A DIPLOMATIC PROTEST …", "Government of Valmont
    Condemns …": a future's auxiliary or a headline's verb (``headline_verbs``,
    ``future_verbs`` of the persons' vocabulary, one word each) follows the name.
    """
    words = {word.casefold() for word in _WORD.findall(text)}
    return not words.isdisjoint(_action_words(language))


@functools.cache
def _action_words(language: Language) -> frozenset[str]:
    futures = WordLists(language, "persons")("future_verbs")
    single = (word for word in (*headline_verbs(language), *futures) if " " not in word)
    return frozenset(word.casefold() for word in single)


_WORD: Final = compile_regex(r"[\p{L}'’-]+")


def _after_label(text: str) -> bool:
    """Whether a line is a short label, a colon and a headline after it.

    "Conseil des ministres: Une ministre nommée ambassadrice au Ghana" opens with an
    institution's name, but names no site: its headline goes on after the colon.
    """
    label, colon, rest = text.partition(":")
    return (
        bool(colon)
        and 0 < len(label.split()) <= _LABEL_WORDS
        and len(rest.split()) >= _HEADLINE_WORDS
    )


def _above_stamp(doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary) -> bool:
    """Whether the line opens its block right above the page's labelled publication stamp.

    "Conseil des ministres : X nommée ambassadrice" / « Publié le mardi 7 mars 2017 | Le
    Matinal »: a news page prints its byline's stamp under the headline.
    """
    below = index + 1
    return (
        (index == 0 or lines[index - 1].kind != "body")
        and below < len(lines)
        and lines[below].kind in ("body", "header")
        and vocab.date_label_line.match(line_text(doc, lines[below])) is not None
    )


_POST_FIELDS: Final = 4
"""Bulleted fields at most of a post's stamp under its headline (author, day, category)."""


def _above_post_fields(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line opens its block right above a post's fields, bulleted, one a date.

    "Une visite officielle …" / "- admin" / "- samedi 14 mars 2026 21:25": a blog's theme
    prints its post's author and day as a list under the headline.
    """
    if index > 0 and lines[index - 1].kind == "body":
        return False
    below = index + 1
    fields: list[Line] = []
    while below < len(lines) and lines[below].kind in ("body", "header"):
        text = line_text(doc, lines[below])
        if not is_bullet(text) or len(fields) == _POST_FIELDS:
            break
        fields.append(lines[below])
        below += 1
    return any(
        dateline_span(
            doc.text, line.body_start + is_bullet(line_text(doc, line)), line.end, doc.lang
        )
        is not None
        for line in fields
    )


def _above_kind_label(
    doc: Document, lines: list[Line], index: int, vocab: StructureVocabulary
) -> bool:
    """Whether the line stands between the issuer's line and the label of its document's kind.

    "Office of the Spokesperson" / "Second Session of the Joint Working Group …" / "Media
    Note" / "August 13, 2026": a release's head printed as one block, the headline above
    the kind of the text (a label alone names nothing).
    """
    below = index + 1
    if below >= len(lines) or lines[below].kind not in ("body", "header"):
        return False
    if kind_key(line_text(doc, lines[below]), vocab) not in vocab.kind_labels:
        return False
    if is_organisation(line_text(doc, lines[index]), vocab):
        return False  # "Office of the Spokesperson" / "Media Note": no headline between
    above = index - 1
    return (
        above >= 0
        and lines[above].kind == "body"
        and is_organisation(line_text(doc, lines[above]), vocab)
    )


def _alone_under_marker(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line's block is only itself under a site's line with its date marker.

    " date 2027-10-18 Valmont perspectives …" / "Norland says …" / "": the headline stands
    alone under the site's line.
    """
    above = index - 1
    return (
        above >= 0
        and lines[above].kind == "body"
        and (above == 0 or lines[above - 1].kind != "body")
        and (index + 1 == len(lines) or lines[index + 1].kind != "body")
        and _after_marker(doc, lines[above])
    )


def _after_marker(doc: Document, line: Line) -> bool:
    """Whether the line's text is a site's label after its ISO date marker on the line.

    " date 2024-10-18 Valmont perspectives in 10 languages", " date 2023-02-02 Foreign
    Office", " date 2020-09-10 ValmontPost.com": the site's tagline or section, with a number
    or an organisation's word, or its address; a headline glued after a stamp ("Publié le
    3 mai 2027 Le ministre …") is none.
    """
    prefix = doc.text[line.start : line.body_start]
    if not _ISO_MARKER.fullmatch(prefix) or not is_marker(prefix, doc.lang):
        return False
    label = doc.text[line.body_start : line.end]
    if len(label.split()) > _TAGLINE_WORDS:
        return False  # " date 2024-10 Communiqué de la session … du 26 septembre 2024 à …"
    vocab = structure_vocabulary(doc.lang)
    words = {word.casefold() for word in WORD.findall(label)}
    return (
        any(c.isdigit() for c in label)
        or bool(words & vocab.organisation_heads)
        or WEB_ADDRESS.fullmatch(label.strip()) is not None
    )


def _first_line(
    doc: Document, lines: list[Line], head: list[int], named: set[int], vocab: StructureVocabulary
) -> int | None:
    """The first line of the head, past an address or a site's name (``named``).

    Such lines are printed above the headline in its block ("10 Downing Street" / "PM call
    with …" / prose): the headline is the first line after them.
    """
    return next(
        (
            i
            for i in head
            if lines[i].kind == "body"
            and i not in named
            and not is_address(line_text(doc, lines[i]), vocab)
            and kind_key(before_dateline(doc, lines[i]), vocab) not in vocab.kind_labels
        ),
        None,
    )


def _above_issuer(
    doc: Document, lines: list[Line], head: list[int], candidates: set[int]
) -> list[int]:
    """The headline printed right above a portal's issuer label, in one block with it.

    "Press release" / "Foreign Secretary meets …" / "From: Foreign Office" / "Published …":
    a portal printed to text may leave no blank line between its head lines; the headline
    is the title-shaped line above the label, with the end of a date its wrap cut off.
    """
    vocab = structure_vocabulary(doc.lang)
    for label in issuer_label_lines(doc, lines, head, vocab)[:1]:
        above = label - 1
        if above - 1 in candidates and cuts_date(
            line_text(doc, lines[above - 1]), line_text(doc, lines[above]), doc.lang
        ):
            return [above - 1, above]
        if above in candidates:
            return [above]
    return []


def _numbered_label(
    doc: Document, lines: list[Line], head: list[int], vocab: StructureVocabulary
) -> list[int]:
    """The kind label that carries a serial number, when no headline stands in the head.

    "Communiqué de presse n° 012/MAE/2026", "Press Release No. 045/2026": the number names
    one document, which a bare label ("Communiqué de presse") does not.
    """
    for index in head:
        text = line_text(doc, lines[index])
        if (
            lines[index].kind == "body"
            and vocab.reference.search(text) is not None
            and kind_key(text, vocab) in vocab.kind_labels
        ):
            return [index]
    return []


def _letterhead_end(
    doc: Document, lines: list[Line], head: list[int], vocab: StructureVocabulary
) -> int:
    """The last head line giving an address, a telephone or a website, or -1.

    A letterhead closes on its contact lines ("Rue des Petits Carmes 15, 1000 …", "Tel: +32
    …"): the names above them (the state, a federal public service, a directorate) are
    furniture, and the headline is printed below them.
    """
    found = -1
    for index in head:
        text = line_text(doc, lines[index])
        # An e-mail address may sign a byline below the headline ("By Jane Doe, jd@…").
        if is_address(text, vocab) or ("@" not in text and vocab.contact.search(text)):
            found = index
    return found


def _names_something(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a line names its subject (a capitalised word after its first) or a document.

    A headline beside a masthead names its subject or the document ("Statement on the
    floods …", "Meeting with Foreign Minister X"); a site's tagline under its name does not
    ("Working for peace and prosperity", "Au service de la paix et de la prospérité").
    """
    words = WORD.findall(line_text(doc, lines[index]))
    if any(word[0].isupper() for word in words[1:]):
        return True
    vocab = structure_vocabulary(doc.lang)  # "Statement on the floods …" names a document
    return bool(words) and words[0].casefold() in vocab.title_nouns | vocab.document_heads


def _standfirst(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether a bulleted line alone under the headline is the story's summary.

    "Les ministres … discuteront des relations bilatérales" / "- Hakan X et Jean Y
    tiendront des entretiens sur …" / "Ankara": one dashed sentence, no list (the next line
    is no bullet item).
    """
    text = line_text(doc, lines[index])
    if not is_bullet(text):
        return False
    after = next((line for line in lines[index + 1 :] if line.kind != "blank"), None)
    return after is None or not is_bullet(line_text(doc, after))


def _above_prose(doc: Document, lines: list[Line], index: int) -> bool:
    """Whether the line sits right above a clearly longer prose line (not a hard wrap).

    The first line of a text may run straight into the prose below it, or into the name
    of the body whose decision follows ("The Council,").
    """
    if index + 1 >= len(lines) or lines[index + 1].kind != "body":
        return False
    below = line_text(doc, lines[index + 1])
    vocab = structure_vocabulary(doc.lang)
    if below.endswith(",") and (
        opens_text(below) or names_issuer(below, vocab.organisation_heads | vocab.meeting_words)
    ):
        return True  # "Decision of …" / "The Council,": the decision opens below its name
    labels = labels_below(doc, lines, index)
    if labels:  # the prose line past the labels and any furniture among them
        prose = next(i for i in range(labels[-1] + 1, len(lines)) if lines[i].kind == "body")
        below = line_text(doc, lines[prose])
    elif _standfirst(doc, lines, index + 1):
        # "Headline" / "- Summary of the story …": a headline needs no full stop's absence
        # more than its summary's sentence below, however long both run.
        summary = below[is_bullet(below) :].lstrip()
        long_enough = is_prose(summary) or len(summary.split()) >= _SUMMARY_WORDS
        return long_enough and not ends_sentence(line_text(doc, lines[index]))
    if not is_prose(below):
        return False
    text = line_text(doc, lines[index])
    # Lines longer than a printed page's are no hard wrap: a headline may run nearly as long
    # as the one-line paragraph below it (a page exported with a line per paragraph).
    # So are the lines of a text printed a line per paragraph.
    long_lines = min(len(text), len(below)) > MAX_PRINTED_WIDTH
    if not ends_sentence(text) and (long_lines or line_per_paragraph(doc)):
        return True
    return len(text) < _SHORTER * len(below)
