"""Read a YAML front-matter block as metadata: title, date, language, source address.

Only the safe loader is used (no Python tags; libyaml's ``CSafeLoader`` where PyYAML was
built with it, ten times faster and as safe), on a block of bounded size; only
top-level scalar values are read, so aliases that would expand into a huge structure are
never walked. A block that is not valid YAML states nothing: it is still metadata, never
text.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Final

from communique.inputs.reading import Facts
from communique.patterncache import compile_pattern

if TYPE_CHECKING:
    import yaml

__all__ = [
    "MAX_FRONT_MATTER",
    "read_front_matter",
    "read_metadata_lines",
    "split_front_matter",
]

MAX_FRONT_MATTER: Final = 64_000
"""Longest front matter read (a page's metadata is a few hundred characters)."""
_BLOCK: Final = compile_pattern(
    r"\A\ufeff?---[ \t]*\r?\n((?:.*\r?\n)*?)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)"
)
_YAML_KEY: Final = compile_pattern(r"^[A-Za-z_][\w-]*[ \t]*:", re.M)
_METADATA_LINES: Final = compile_pattern(
    r"\A\ufeff?((?:[A-Za-z][\w-]*[ \t]*:(?:[ \t].*)?\r?\n){2,50})"
    r"(?:[ \t]*\r?\n|(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z))"
)
"""``Key: value`` lines opening a file, then a blank line or a closing fence."""
_METADATA_LINE: Final = compile_pattern(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$", re.M)
_SUBJECT_TAG: Final = compile_pattern(r"\s*\[[^\[\]]*\]\s*$")
"""A bracketed subject tag after a metadata title ("… [Terrorist attacks in Paris]")."""
_BRACKET: Final = compile_pattern(r"[\[\]{}]")
_MAX_DEPTH: Final = 32
"""Deepest nesting of ``[``/``{`` read; deeper is hostile and states nothing."""
_TITLE_KEYS: Final = ("title", "headline", "post_title", "name")
"""Keys of the title; ``post_*`` are WordPress exports' (wordpress-to-jekyll)."""
_DATE_KEYS: Final = (
    "date",
    "post_date",
    "published_time",
    "published",
    "publishdate",
    "pubdate",
    "date_published",
    "datepublished",
    "created",
    # The last edit dates the page only when nothing else does.
    "modified",
    "last_modified_at",
    "lastmod",
    "updated",
)
"""Keys of the page's date, the first one present read."""
_LANGUAGE_KEYS: Final = ("language", "lang", "locale")
_URL_KEYS: Final = ("url", "source_url", "canonical", "canonical_url", "permalink", "link")
_SOURCE_KEYS: Final = ("source", "origin")
"""Keys that hold the page's address in some exports, and a publisher's name in others."""
_CLOCK: Final = compile_pattern(r"[T ](?!00:00(?::00)?(?:\.0+)?(?:Z|[+-]00:?00)?\s*$)\d{2}:\d{2}")
"""A time of day after a date, other than midnight (a day-only date written as a stamp)."""
_ISO_DATE: Final = compile_pattern(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d|\s*$)")
_ISO_PERIOD: Final = compile_pattern(r"([12]\d{3})(?:-(\d{2}))?")
"""A month or a year as metadata writes it: ``2019-07``, ``2019``."""
_MONTHS: Final = 12


def split_front_matter(text: str) -> tuple[int, str] | None:
    r"""Where a YAML front matter at the top of ``text`` ends, and its YAML; else None.

    The block runs from a first line ``---`` to a line ``---`` (or ``...``) and holds at
    least one ``key:`` line, so a document opening with a rule is not taken for one.

    >>> split_front_matter("---\ntitle: Visite\n---\nTexte")
    (22, 'title: Visite\n')
    """
    match = _BLOCK.match(text[: MAX_FRONT_MATTER + 1_000])
    if match is None or _YAML_KEY.search(match.group(1)) is None:
        return None
    return match.end(), match.group(1)


def read_metadata_lines(text: str) -> tuple[int, Facts] | None:
    r"""Where a header of ``Key: value`` lines without an opening fence ends, and its facts.

    Pelican and MultiMarkdown open a Markdown file with such lines and a blank line; some
    exports lost the opening ``---`` of a YAML front matter and keep only its close. The
    lines are metadata, not text, when they name a title or a date; else None.

    >>> end, facts = read_metadata_lines("Title: Visite\nDate: 2021-09-30 18:05\n\nTexte")
    >>> end, facts.title, facts.date
    (38, 'Visite', datetime.date(2021, 9, 30))
    >>> read_metadata_lines("Objet: visite\nLieu: Dakar\n\nTexte") is None
    True
    """
    match = _METADATA_LINES.match(text[:MAX_FRONT_MATTER])
    if match is None:
        return None
    fields: dict[str, object] = {}
    for line in _METADATA_LINE.finditer(match.group(1)):
        fields.setdefault(line.group(1).casefold(), line.group(2))
    facts = _facts(fields)
    # A text may open on "Date: 12 mars 2024" lines of its own: only a title or a date as
    # metadata writes it (ISO) make the lines metadata.
    if facts.title is None and facts.date is None:
        return None
    return match.end(), facts


def read_front_matter(block: str) -> Facts:
    r"""The facts a front-matter block states (its YAML without the ``---`` fences).

    >>> facts = read_front_matter('title: "Visite [Archives]"\ndate: 2025-06-03T08:41:07+02:00')
    >>> facts.title, facts.date
    ('Visite', datetime.date(2025, 6, 3))
    """
    if len(block) > MAX_FRONT_MATTER or _too_deep(block):
        return Facts()
    import yaml  # only when a text has a front matter: 15 ms off ``import communique``

    try:
        data = yaml.load(block, Loader=_safe_loader())
    except (yaml.YAMLError, RecursionError, ValueError, OverflowError):
        return Facts()
    if not isinstance(data, dict):
        return Facts()
    return _facts(
        {str(key).casefold(): value for key, value in data.items() if isinstance(key, str)}
    )


def _facts(fields: dict[str, object]) -> Facts:
    """The facts of a metadata block's fields (keys case-folded)."""
    title = _first_text(fields, _TITLE_KEYS)
    return Facts(
        title=(_SUBJECT_TAG.sub("", title) or title) if title else None,
        date=_first_date(fields),
        date_posted=_posted(fields),
        period=_first_period(fields),
        language=_first_text(fields, _LANGUAGE_KEYS),
        url=_first_text(fields, _URL_KEYS) or _web_address(fields, _SOURCE_KEYS),
        authoritative=True,
    )


def _safe_loader() -> type[yaml.SafeLoader] | type[yaml.CSafeLoader]:
    """The safe loader: libyaml's when PyYAML was built with it, else the pure-Python one."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _too_deep(block: str) -> bool:
    """Whether flow collections nest deeper than metadata ever does (PyYAML recurses)."""
    depth = deepest = 0
    # Only the brackets are read: a loop over every character cost more than the parse.
    for bracket in _BRACKET.finditer(block):
        char = bracket.group()
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest > _MAX_DEPTH


def _web_address(fields: dict[str, object], keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` whose value is a web address ("source: https://…").

    >>> _web_address({"source": "Ministère des Affaires étrangères"}, ("source",)) is None
    True
    >>> _web_address({"source": "https://www.example.gov.sn/a"}, ("source",))
    'https://www.example.gov.sn/a'
    """
    value = _first_text(fields, keys)
    return value if value is not None and value.startswith(("http://", "https://")) else None


def _first_text(fields: dict[str, object], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            if "&" in value:  # exports from web pages keep the page's entities ("&#039;")
                import html  # only then: html.entities is a large table

                value = html.unescape(value)
            return " ".join(value.split())
    return None


def _posted(fields: dict[str, object]) -> bool:
    """Whether the first date field is a posting time: a day with a time of day, not midnight.

    "date: 2026-03-04 07:10:35+00:00" records when a site posted the page; the day the text
    prints ("3 March 2026") is the document's.
    """
    for key in _DATE_KEYS:
        value = fields.get(key)
        if isinstance(value, datetime.datetime):
            return value.time() != datetime.time(0, 0)
        if isinstance(value, str) and _ISO_DATE.match(value) is not None:
            return _CLOCK.search(value) is not None
        if value is not None:
            return False
    return False


def _first_period(fields: dict[str, object]) -> str | None:
    """The month or year the first date field gives when it gives no day ("2019-07", 2019).

    >>> _first_period({"date": "2019-07"}), _first_period({"date": 2019})
    ('2019-07', '2019')
    >>> _first_period({"date": "2019-07-18"}) is None, _first_period({"date": "13"}) is None
    (True, True)
    """
    for key in _DATE_KEYS:
        value = fields.get(key)
        if value is None:
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)  # YAML reads "date: 2019" as a number
        if isinstance(value, str) and (match := _ISO_PERIOD.fullmatch(value.strip())):
            month = match.group(2)
            return value.strip() if month is None or 1 <= int(month) <= _MONTHS else None
        return None
    return None


def _first_date(fields: dict[str, object]) -> datetime.date | None:
    for key in _DATE_KEYS:
        value = fields.get(key)
        if isinstance(value, datetime.datetime):
            # The date as written: YAML keeps the stated offset, so no shift to UTC.
            return value.date()
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str) and (match := _ISO_DATE.match(value)) is not None:
            try:
                return datetime.date(*(int(part) for part in match.groups()))
            except ValueError:
                continue
    return None
