"""What a web page says about itself: title, publication date, language.

Read from the page's metadata before its furniture is dropped: ``og:title``, ``<title>``
(site suffix removed) or ``<h1>``; ``<time datetime>``, ``article:published_time``,
JSON-LD ``datePublished``; ``<html lang>``; ``<link rel="canonical">`` or ``og:url``.
"""

from __future__ import annotations

import datetime
import json
import re
from typing import TYPE_CHECKING, Final

import attrs

from communique.lexicon import LANGUAGES
from communique.patterncache import compile_pattern
from communique.records import shared_repr

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
_ISO_DATE: Final = compile_pattern(r"(\d{4})-(\d{2})-(\d{2})")
# What the nesting of JSON depends on: an escaped character (never a quote that ends a
# string), a quote, a bracket. One token at a time keeps the scan linear.
_JSON_STRUCTURE: Final = compile_pattern(r'\\.|["\[\]{}]', re.S)
_MAX_JSON_DEPTH: Final = 64


@shared_repr
@attrs.frozen(repr=False)
class PageFacts:
    """The page's own title, date and language, each None when it states none."""

    title: str | None = None
    date: datetime.date | None = None
    language: Language | None = None
    url: str | None = None
    """The page's own address: its canonical link, else ``og:url``."""


def page_facts(root: HtmlElement, separators: tuple[str, ...]) -> PageFacts:
    """Read the title, date, language and address a page declares."""
    return PageFacts(_title(root, separators), _date(root), _language(root), _url(root))


def _url(root: HtmlElement) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").casefold().split() and link.get("href"):
            return str(link.get("href")).strip()
    return next(iter(_meta(root, ("og:url",))), None)


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
        data = _json_ld(script.text)
        items = data if isinstance(data, list) else [data]
        # A page's graph of things ("@graph") lists the article beside the site and the author.
        for item in list(items):
            if isinstance(item, dict) and isinstance(item.get("@graph"), list):
                items += item["@graph"]
        dates += [
            str(i["datePublished"]) for i in items if isinstance(i, dict) and "datePublished" in i
        ]
    return dates


def _json_ld(text: str) -> object:
    """The JSON in a script, or None if it is no JSON or nests deeper than JSON-LD needs."""
    if _too_deep(text):
        return None
    try:
        return json.loads(text)
    except ValueError:  # malformed JSON, or a number too long to convert
        return None


def _too_deep(text: str) -> bool:
    """Whether JSON nests deeper than ``_MAX_JSON_DEPTH``, measured without decoding it.

    ``json`` decodes recursively: a script of a thousand brackets would exhaust the stack,
    at a depth that depends on how deep the caller's own stack already is.
    """
    if text.count("[") + text.count("{") <= _MAX_JSON_DEPTH:
        return False
    depth, in_string = 0, False
    for token in _JSON_STRUCTURE.finditer(text):
        mark = token.group()
        if mark == '"':
            in_string = not in_string
        elif not in_string and mark in ("[", "{"):
            depth += 1
            if depth > _MAX_JSON_DEPTH:
                return True
        elif not in_string and mark in ("]", "}"):
            depth -= 1
    return False


def _language(root: HtmlElement) -> Language | None:
    declared = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    code = declared.split("-")[0].split("_")[0].casefold()
    return next((language for language in LANGUAGES if language == code), None)
