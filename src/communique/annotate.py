"""The original text as HTML, every mention wrapped in an element saying what was found."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import attrs

from communique.errors import InputError
from communique.model import Mention
from communique.records import shared_repr

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from communique.model import Communique

__all__ = ["Span", "annotate", "original_text", "render_spans", "spans_of"]


@shared_repr
@attrs.frozen(repr=False)
class Span:
    """A stretch of the original to wrap in an element (a mention, or a paragraph for pages)."""

    start: int
    end: int
    kind: str
    """``person``, ``party``, ``date``, ``agreement``, ``alias``, ``acronym`` …"""
    attributes: tuple[tuple[str, str], ...] = ()
    """``data-*`` attributes carrying the resolved value."""
    ident: str | None = None
    """The element's ``id``, so a page can link to it."""
    tag: str = "mark"


def original_text(doc: Communique, text: str | None = None) -> str:
    """The text ``doc``'s offsets point into: ``doc.source.text``, else the ``text`` given.

    Raises:
        InputError: ``doc`` was parsed from plain text and ``text`` was not given, or
            ``text`` is too short for its offsets.
    """
    original = doc.source.text if doc.source is not None else text
    if original is None:
        raise InputError("the original text is needed: doc was parsed from plain text")
    last = max((span.end for span in spans_of(doc)), default=0)
    if last > len(original):
        raise InputError("the text given is not the one the document was parsed from")
    return original


def annotate(doc: Communique, text: str | None = None) -> str:
    r"""The original text as HTML, each mention in a ``<mark>`` with its kind and value.

    Each element has ``class="cq cq-<kind>"``, ``data-kind`` and the resolved value in
    ``data-*`` attributes (``data-value`` of a date, ``data-role`` and ``data-affiliation``
    of a person, ``data-name`` of an agreement …). Everything is HTML-escaped; a mention
    that crosses another's boundary is split into two elements with the same attributes.

    Args:
        doc: a parsed communiqué.
        text: the string ``doc`` was parsed from; not needed for a web page, whose text
            is ``doc.source.text``.

    Raises:
        InputError: ``text`` is missing or is not the parsed text.

    Examples:
        >>> import communique
        >>> text = "Les <ministres> se sont réunis le 3 mai 2023."
        >>> page = annotate(communique.parse(text, language="fr"), text)
        >>> print(page.replace(" data-", "\n  data-"))
        Les &lt;ministres&gt; se sont réunis le <mark class="cq cq-date"
          data-kind="date"
          data-value="2023-05-03"
          data-date-kind="date">3 mai 2023</mark>.
    """
    return render_spans(original_text(doc, text), spans_of(doc))


def spans_of(doc: Communique) -> list[Span]:
    """Every mention of ``doc`` as a span with its kind and resolved value."""
    spans: list[Span] = []
    for number, person in enumerate(doc.persons):
        values = {"name": person.name, "role": person.role, "affiliation": person.affiliation}
        values["participant"] = str(person.participant).lower()
        spans += _each("person", number, person.mentions, values)
    for number, party in enumerate(doc.parties):
        values = {"name": party.name, "code": party.code, "party-kind": party.kind}
        spans += _each("party", number, party.mentions, values)
    for number, date in enumerate(doc.dates):
        values = {"value": date.value, "date-kind": date.kind, "anchor": date.anchor}
        spans += _each(
            "date",
            number,
            (Mention(date.text, date.start, date.end),),
            values | {"timezone": date.timezone},
        )
    for number, agreement in enumerate(doc.agreements):
        values = {
            "name": agreement.name,
            "acronym": agreement.acronym,
            "agreement-kind": agreement.kind,
        }
        spans += _each("agreement", number, agreement.mentions, values)
    for number, alias in enumerate(doc.aliases):
        refers = ", ".join((*alias.persons, *alias.parties)) or None
        spans += _each("alias", number, alias.mentions, {"name": alias.text, "refers": refers})
    for number, acronym in enumerate(doc.acronyms):
        values = {"name": acronym.short, "value": acronym.long}
        spans += _each("acronym", number, acronym.mentions, values)
    return spans


def _each(
    kind: str, number: int, mentions: Iterable[Mention], values: dict[str, str | None]
) -> Iterator[Span]:
    attributes = (
        ("data-kind", kind),
        *((f"data-{name}", value) for name, value in values.items() if value is not None),
    )
    for index, mention in enumerate(mentions):
        ident = f"{kind}-{number}-{index}"
        yield Span(mention.start, mention.end, kind, attributes, ident)


def render_spans(text: str, spans: Sequence[Span], *, ids: bool = False) -> str:
    """HTML of ``text`` with ``spans`` as well-nested elements, crossing spans split.

    The text is cut at every span boundary; each piece is wrapped in the spans covering it,
    longest outermost, and an element stays open over consecutive pieces that share it.
    """
    from html import escape  # at first use: html.entities is 1-2 ms of ``import communique``

    order = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)),
        key=lambda s: (s.start, -s.end, s.kind),
    )
    rank = {id(span): position for position, span in enumerate(order)}
    cuts = sorted({0, len(text), *(s.start for s in order), *(s.end for s in order)})
    starting: dict[int, list[Span]] = {}
    for span in order:
        starting.setdefault(span.start, []).append(span)
    out: list[str] = []
    stack: list[Span] = []
    active: list[Span] = []
    opened: set[int] = set()
    for left, right in itertools.pairwise(cuts):
        active = [s for s in active if s.end > left] + starting.get(left, [])
        wanted = sorted(active, key=lambda s: (-s.end, rank[id(s)]))
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.extend(f"</{span.tag}>" for span in reversed(stack[keep:]))
        del stack[keep:]
        for span in wanted[keep:]:
            first = id(span) not in opened
            opened.add(id(span))
            out.append(_open(span, first=first, ids=ids))
            stack.append(span)
        out.append(escape(text[left:right], quote=False))
    out.extend(f"</{span.tag}>" for span in reversed(stack))
    return "".join(out)


def _open(span: Span, *, first: bool, ids: bool) -> str:
    from html import escape

    parts = [span.tag, f'class="cq cq-{span.kind}"']
    if ids and first and span.ident:
        parts.append(f'id="{escape(span.ident)}"')
    parts += [f'{name}="{escape(value)}"' for name, value in span.attributes]
    if not first:
        parts.append('data-continued="true"')
    return "<" + " ".join(parts) + ">"
