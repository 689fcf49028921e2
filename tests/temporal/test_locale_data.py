"""Our month and weekday names agree with dateparser's locale data (CLDR-based).

dateparser's locale data is the reference a new language's ``dates.toml`` starts from;
these tests check that ours agrees with it, so a typo or a wrong number cannot slip in.
"""

from __future__ import annotations

import unicodedata

import pytest
from dateparser.languages.loader import default_loader

from communique.lexicon.dates import date_vocabulary

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.casefold().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _forms(language: str, keys: tuple[str, ...]) -> dict[str, set[str]]:
    info = default_loader.get_locale(language).info
    return {key: {_plain(form) for form in info[key]} for key in keys}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_month_form_is_one_dateparser_knows_for_that_month(language: str) -> None:
    """Each of our month forms is listed by dateparser under the same month."""
    theirs = _forms(language, MONTHS)
    for form, number in date_vocabulary(language).months.items():
        assert _plain(form) in theirs[MONTHS[number - 1]], form


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_full_month_and_weekday_name_is_ours(language: str) -> None:
    """The full names (the longest form of each) are all in our tables."""
    vocab = date_vocabulary(language)
    ours_months = {_plain(form): number for form, number in vocab.months.items()}
    ours_days = {_plain(form): number for form, number in vocab.weekdays.items()}
    for index, forms in enumerate(_forms(language, MONTHS).values()):
        assert ours_months[max(forms, key=len)] == index + 1
    for index, forms in enumerate(_forms(language, WEEKDAYS).values()):
        assert ours_days[max(forms, key=len)] == index
