"""Tell the language of a document, and refuse one that is confidently in another language.

French or English is chosen by their function words; a language identifier names the
language of a document that is in neither.

A wrongly refused French or English document would be lost, so the identifier
(py3langid, which ships its model) is asked only on a text long enough to tell, when the
French and English function words are scarce and either the function words of other
languages (``resources/common/foreign.toml``) outnumber them or the text is mostly in
another script; and its verdict counts only when it is confident. Otherwise the choice
between French and English is made by function words as before. (Asking only then also
spares French and English documents the identifier's model loading time.)
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, Final

import attrs

from communique.errors import UnsupportedLanguageError
from communique.lexicon import LANGUAGES
from communique.lexicon.common.foreign import foreign_words
from communique.lexicon.dates import date_vocabulary
from communique.lexicon.language import marked_letters, stopwords
from communique.memo import Memo

if TYPE_CHECKING:
    from communique.document import Document
    from communique.model import Language

__all__ = [
    "detect_language",
    "foreign_language",
    "guess_language",
    "language_name",
    "passage_language",
    "settle_language",
]

_PUNCTUATION: Final = "\"'’()[]{}«»“”‘.,;:!?…-–—/*"
_SAMPLE: Final = 2_000
"""Characters looked at: the opening of a document tells its language."""
_ID_SAMPLE: Final = 20_000
"""Characters handed to the identifier."""
_MIN_WORDS: Final = 25
"""Fewer words (a headline, a list of names) never make a document refused."""
_STRONG_SHARE: Final = 0.3
"""A share of French or English function words from which the identifier is not asked
(statements run at 0.3 to 0.45; German, Spanish, Dutch prose below 0.25)."""
_LATIN_MAJORITY: Final = 0.5
"""Share of Latin letters under which a text is in another script (and so asked about)."""
_CONFIDENT: Final = 0.98
"""Probability the identifier must give another language to refuse the document."""
_PASSAGE_WORDS: Final = 4
"""Function words of another shipped language that a passage needs to be read in it."""
_PASSAGE_MARGIN: Final = 3
"""How many times the document language's function words they must outnumber."""


def _words(text: str) -> list[str]:
    # Splitting on white space and trimming punctuation is several times faster than a
    # word pattern, and function words never carry an apostrophe or a digit.
    return [w for word in text.casefold().split() if (w := word.strip(_PUNCTUATION))]


def guess_language(text: str) -> Language:
    """The supported language whose function words are most frequent in ``text``.

    On a tie, the language whose marked letters the text holds (French "é"), else the one
    with none (English), else French.

    >>> guess_language("The ministers of the two countries met in Paris.")
    'en'
    """
    sample = text[:_SAMPLE]
    words = _words(sample)
    counts = {language: _count(words, stopwords(language)) for language in LANGUAGES}
    best = max(LANGUAGES, key=lambda language: counts[language])
    if any(counts[language] != counts[best] for language in LANGUAGES):
        return best
    # No function word tells them apart: a month's or a weekday's name may ("Dakar, 12 mars
    # 2024"), then the letters only one language writes ("Karl Lirov a reçu Paul Deroux.");
    # without any, the one that marks none ("President Karl Lirov met Paul Deroux.").
    calendar = {language: _count(words, _calendar_words(language)) for language in LANGUAGES}
    dated = max(LANGUAGES, key=lambda language: calendar[language])
    if any(calendar[language] != calendar[dated] for language in LANGUAGES):
        return dated
    letters = set(sample.casefold())
    marked = [language for language in LANGUAGES if marked_letters(language) & letters]
    if len(marked) == 1:
        return marked[0]
    unmarked = [language for language in LANGUAGES if not marked_letters(language)]
    return unmarked[0] if len(unmarked) == 1 and not marked else best


@functools.cache
def _calendar_words(language: Language) -> frozenset[str]:
    """The month and weekday names of ``language``, case-folded (read on a tie only)."""
    vocab = date_vocabulary(language)
    return frozenset(form.casefold() for form in (*vocab.months, *vocab.weekdays))


def passage_language(text: str, language: Language) -> Language:
    """The shipped language a passage of a ``language`` document is written in.

    Bilingual releases print each paragraph twice ("Le ministre … effectuera une visite …"
    / "The Minister … will pay a visit …"), and a page may quote a passage in the other
    language. A passage whose function words are plainly another shipped language's (at
    least ``_PASSAGE_WORDS`` of them, ``_PASSAGE_MARGIN`` times the document language's)
    is read in that language; a short line (a dateline, a name) stays in the document's.

    >>> passage_language("Le ministre a rencontré les membres de la délégation.", "en")
    'fr'
    >>> passage_language("The Minister met the Secretary-General of the OIF in Paris.", "en")
    'en'
    """
    if language not in LANGUAGES:  # a language added from a folder reads every passage
        return language
    words = _words(text)
    if len(words) < _PASSAGE_WORDS:
        return language
    counts = {code: _count(words, stopwords(code)) for code in LANGUAGES}
    best = max(LANGUAGES, key=lambda code: counts[code])
    if counts[best] >= max(_PASSAGE_WORDS, _PASSAGE_MARGIN * counts[language] + 1):
        return best
    return language


def _count(words: list[str], known: frozenset[str]) -> int:
    """How many of ``words`` (each occurrence counting) are ``known``."""
    # ``map`` over the set's membership test runs in C: no per-word Python step.
    return sum(map(known.__contains__, words))


def foreign_language(text: str) -> str | None:
    """The code of the language ``text`` is in when it is confidently not a supported one.

    None when the text is short, rich in French or English function words, or when the
    identifier is not confident: only then can a document be refused.

    >>> foreign_language("Die Minister sprachen über die Lage in der Region und den Frieden. " * 3)
    'de'
    >>> foreign_language("The ministers met today in Berlin. " * 6) is None
    True
    """
    sample = text[:_ID_SAMPLE]
    if _plainly_ours(sample):
        return None
    words = _words(sample)
    if len(words) < _MIN_WORDS:
        return None
    known = _known_words()
    ours = sum(map(known.__contains__, words))
    if ours >= _STRONG_SHARE * len(words):
        return None
    foreign = foreign_words()
    theirs = sum(map(foreign.__contains__, words))
    if theirs <= ours and _latin_share(text[:_ID_SAMPLE]) >= _LATIN_MAJORITY:
        return None  # Latin script, and no sign of another language: French or English
    code, probability = _identifier().classify(text[:_ID_SAMPLE])
    if code in LANGUAGES or probability < _CONFIDENT:
        return None
    return str(code)


@functools.cache
def _known_words() -> frozenset[str]:
    return frozenset().union(*(stopwords(language) for language in LANGUAGES))


def _plainly_ours(sample: str) -> bool:
    """Whether the bare tokens alone give French or English function words their share.

    Counted in C, without trimming each token's punctuation: a bare token that is a known
    word counts in ``foreign_language`` too, and the tokens are at least as many as its
    words, so when this share is reached the full count's is too (the usual case).
    """
    tokens = sample.casefold().split()
    bare = _bare_known_words()
    return sum(map(bare.__contains__, tokens)) >= _STRONG_SHARE * len(tokens) > 0


@functools.cache
def _bare_known_words() -> frozenset[str]:
    # A known word with punctuation at an edge would count as a bare token, not as a word.
    return frozenset(w for w in _known_words() if w and w == w.strip(_PUNCTUATION))


def _latin_share(text: str) -> float:
    letters = [char for char in text if char.isalpha()]
    latin = sum(1 for char in letters if char < "\u0250")
    return latin / len(letters) if letters else 1.0


@functools.cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_name(code: str) -> str:
    """The English name of a language code ("German" for ``de``), else the code itself."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(code).get_display_name("en") or code)
    except (UnknownLocaleError, ValueError, TypeError):
        return code


def detect_language(doc: Document) -> Document:
    """Set ``doc.language`` unless the caller gave it.

    Raises:
        UnsupportedLanguageError: the text is confidently in another language.
    """
    if doc.language is not None:
        return doc
    foreign = foreign_language(doc.text)
    if foreign is not None:
        supported = " or ".join(repr(language) for language in LANGUAGES)
        raise UnsupportedLanguageError(
            f"the document is in {language_name(foreign)} ({foreign}), which communique "
            f"does not read; pass language={supported} to parse it anyway"
        )
    return attrs.evolve(doc, language=guess_language(doc.text), language_detected=True)


def settle_language(doc: Document) -> Document:
    """Read a detected document in the language its first paragraph is written in.

    The guess counts function words in the opening characters, where a bilingual release's
    second version or a page's quotations in the other language may outnumber the text's
    own: an English statement followed by its French translation, a French article quoting
    English speeches at length. Once the paragraphs are known, the opening paragraph, when
    plainly in the other shipped language (:func:`passage_language`), gives the document's
    language. A language the caller or the markup gave is kept.
    """
    if not doc.language_detected or not doc.paragraphs:
        return doc
    lead = passage_language(doc.paragraphs[0].unit.text, doc.lang)
    if lead == doc.language:
        return doc
    # The readings kept so far were read in the first guess: read again in the new one.
    return attrs.evolve(doc, language=lead, memo=Memo())
