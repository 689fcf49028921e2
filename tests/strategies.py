"""Hypothesis strategies for communiqué-like text, shared by the invariant tests."""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["communique_text", "messy_text"]

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
