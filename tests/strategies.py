"""Hypothesis strategies for communiqué-like text, shared by the invariant tests."""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["communique_text", "html_page", "messy_text"]

_WORDS = [
    "Les",
    "quatre",
    "ministres",
    "ont",
    "réaffirmé",
    "leur",
    "attachement",
    "à",
    "la",
    "France",
    "Japon",
    "le",
    "6",
    "janvier",
    "2017",
    "mai",
    "2016",
    "en",
    "2019",
    "(2013-2018)",
    "M.",
    "Jean-Marc",
    "Ayrault",
    "IWAYA",
    "Takashi",
    "accord",
    "(ACSA)",
    "résolution",
    "2231",
    "14h55",
    "la veille",
    "le mois dernier",
    "vendredi",
    "Partager",
    "./.",
    "1.",
    "2)",
    "3/",
    "-",
    "«",
    "»",
    "The",
    "ministers",
    "met",
    "on",
    "3",
    "May",
    "2024",
    "agreement",
    "Nations",
    "2unies",
    "trans-",
    "franco-japonais",
    "\u00a0",
    "\u202f",
    "’",
    "e\u0301",
    "\t",
]
_SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\n\n\n", "\r\n", "\x0c"]


@st.composite
def communique_text(draw: st.DrawFn) -> str:
    """Text made of the genre's words, numbers and breaks, in any order."""
    words = draw(st.lists(st.sampled_from(_WORDS), max_size=120))
    separators = draw(
        st.lists(st.sampled_from(_SEPARATORS), min_size=len(words), max_size=len(words))
    )
    return "".join(w + s for w, s in zip(words, separators, strict=True))


def messy_text() -> st.SearchStrategy[str]:
    """Arbitrary Unicode, control characters included, mixed with genre text."""
    return st.one_of(
        st.text(max_size=400),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
        communique_text(),
        st.builds(lambda a, b: a + b, communique_text(), st.text(max_size=50)),
    )


_TAGS = [
    "p",
    "div",
    "span",
    "ol",
    "ul",
    "li",
    "br",
    "h1",
    "h2",
    "article",
    "main",
    "section",
    "nav",
    "script",
    "table",
    "td",
    "b",
    "time",
    "header",
    "footer",
]
_ATTRIBUTES = [
    'class="content"',
    'class="share-links"',
    'class="related article"',
    'id="main"',
    'role="main"',
    "hidden",
    'aria-hidden="true"',
    'start="3"',
    'start="²"',
    'start=" -2x"',
    "start=" + "9" * 50,
    'value="7"',
    "reversed",
    'datetime="2023-05-03"',
    'type="application/ld+json"',
    'lang="fr"',
]
_MARKUP = [
    "<!DOCTYPE html>",
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!DOCTYPE html [<!ENTITY x "y">]>',
    '<meta charset="utf-8">',
    '<meta charset="utf-7">',
    '<meta charset="idna">',
    '<meta charset="latin1">',
    '<meta property="article:published_time" content="2024-02-01">',
    "<title>Communiqué | Ministère</title>",
    '{"datePublished": "2022-11-05", "@graph": [[[]]]}',
    "<!-- commentaire -->",
    "&amp;",
    "&eacute;",
    "&#0;",
    "&#xD800;",
    "<",
    ">",
    "]]>",
    "</p>",
    "</li></ol>",
]


@st.composite
def _element(draw: st.DrawFn, children: st.SearchStrategy[str]) -> str:
    tag = draw(st.sampled_from(_TAGS))
    attributes = draw(st.lists(st.sampled_from(_ATTRIBUTES), max_size=3))
    inner = draw(st.lists(children, max_size=4))
    opening = " ".join([tag, *attributes])
    closing = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))
    return f"<{opening}>{''.join(inner)}{closing}"


def html_page() -> st.SearchStrategy[str]:
    """Pages of press-release markup: nested blocks, lists, furniture, odd prologues."""
    leaves = st.one_of(communique_text(), st.sampled_from(_MARKUP), st.text(max_size=20))
    body = st.recursive(leaves, lambda children: _element(children), max_leaves=40)
    return st.builds(
        lambda head, parts: head + "<html><body>" + "".join(parts) + "</body></html>",
        st.sampled_from(["", *_MARKUP[:10]]),
        st.lists(body, max_size=6),
    )
