"""What a web page says about itself: title, publication date, language.

Read from the page's metadata before its furniture is dropped: ``og:title``, ``<title>``
(site suffix removed) or ``<h1>``; ``<time datetime>``, ``article:published_time``,
JSON-LD ``datePublished``; ``<html lang>``.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.lexicon import LANGUAGES

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from communique.model import Language

__all__ = ["PageFacts", "page_facts"]

_DATE_META: Final = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dcterms.date",
    "dc.date.issued",
    "pubdate",
    "publish-date",
)
_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@attrs.frozen
class PageFacts:
    """The page's own title, date and language, each None when it states none."""

    title: str | None = None
    date: datetime.date | None = None
    language: Language | None = None


def page_facts(root: HtmlElement, separators: tuple[str, ...]) -> PageFacts:
    """Read the title, date and language a page declares."""
    return PageFacts(_title(root, separators), _date(root), _language(root))


def _meta(root: HtmlElement, names: tuple[str, ...]) -> list[str]:
    values = []
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").casefold()
        if key in names and meta.get("content"):
            values.append(" ".join(str(meta.get("content")).split()))
    return values


def _title(root: HtmlElement, separators: tuple[str, ...]) -> str | None:
    for value in _meta(root, ("og:title", "twitter:title")):
        return value
    title = root.find(".//title")
    if title is not None and (text := " ".join(title.text_content().split())):
        # "Communiqué … | France Diplomatie": the site's name follows the last separator.
        cuts = [text.rfind(s) for s in separators if text.rfind(s) > len(text) // 3]
        return text[: max(cuts)] if cuts else text
    heading = root.find(".//h1")
    return " ".join(heading.text_content().split()) or None if heading is not None else None


def _date(root: HtmlElement) -> datetime.date | None:
    candidates = [t.get("datetime") or "" for t in root.iter("time")]
    candidates += _meta(root, _DATE_META)
    candidates += _json_ld_dates(root)
    for value in candidates:
        match = _ISO_DATE.search(value)
        if match is not None:
            try:
                return datetime.date(*(int(part) for part in match.groups()))
            except ValueError:
                continue
    return None


def _json_ld_dates(root: HtmlElement) -> list[str]:
    dates = []
    for script in root.iter("script"):
        if (script.get("type") or "").casefold() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        items = data if isinstance(data, list) else [data]
        dates += [
            str(i["datePublished"]) for i in items if isinstance(i, dict) and "datePublished" in i
        ]
    return dates


def _language(root: HtmlElement) -> Language | None:
    declared = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    code = declared.split("-")[0].split("_")[0].casefold()
    return next((language for language in LANGUAGES if language == code), None)
