"""Every relative phrase of the data files is found and resolved against its anchor."""

from __future__ import annotations

import datetime

import pytest

import communique
from communique.lexicon.dates import date_vocabulary
from communique.model import Language
from communique.temporal.relative import Anchor, resolve
from communique.temporal.values import RelativeSpec

ANCHOR = datetime.date(2023, 5, 10)  # a Wednesday
HEADERS = {"fr": "Paris, le 10 mai 2023\n\n", "en": "London, 10 May 2023\n\n"}
PAST_SENTENCES = {"fr": "Ils en ont parlé {}.", "en": "They discussed it {}."}
OPENING_SENTENCES = {"fr": "{}, ils en ont parlé.", "en": "{}, they discussed it."}
"""For the phrases that date only when they open their sentence (``opening_day_parts``)."""


def _expected(unit: str, offset: int) -> str:
    if unit == "hour":  # counted from the anchor day's noon
        noon = datetime.datetime.combine(ANCHOR, datetime.time(12))
        return (noon + datetime.timedelta(hours=offset)).date().isoformat()
    if unit == "weekend":  # a past clause: this weekend is the one just past
        saturday = datetime.date(2023, 5, 6) + datetime.timedelta(weeks=max(offset, 0))
        return f"{saturday}/{saturday + datetime.timedelta(days=1)}"
    if unit == "day":
        return (ANCHOR + datetime.timedelta(days=offset)).isoformat()
    if unit == "week":
        year, week, _ = (ANCHOR + datetime.timedelta(weeks=offset)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        return f"2023-{5 + offset:02d}"
    if unit == "quarter":  # the anchor's quarter is April to June
        first = 4 + 3 * offset
        return f"2023-{first:02d}/2023-{first + 2:02d}"
    return str(2023 + offset)


def _phrases(language: Language) -> list[tuple[str, str, int]]:
    return [
        (phrase, rule.unit, rule.offset)
        for rule in date_vocabulary(language).relative
        for phrase in rule.phrases
    ]


@pytest.mark.parametrize(
    ("language", "phrase", "unit", "offset"),
    [(lang, *entry) for lang in ("fr", "en") for entry in _phrases(lang)],
)
def test_each_relative_phrase_resolves(
    language: Language, phrase: str, unit: str, offset: int
) -> None:
    """A past sentence with the phrase gives one relative mention with the expected value.

    A part of the day that dates only when it opens its sentence opens it, capitalised.
    """
    opening = phrase in date_vocabulary(language).word_list("opening_day_parts")
    sentence = (OPENING_SENTENCES if opening else PAST_SENTENCES)[language]
    text = HEADERS[language] + sentence.format(
        phrase[0].upper() + phrase[1:] if opening else phrase
    )
    doc = communique.parse(text, language=language)
    relative = [d for d in doc.dates if d.kind == "relative"]
    assert [(d.text.casefold(), d.value) for d in relative] == [
        (phrase.casefold(), _expected(unit, offset))
    ]


def test_day_offsets_need_a_day_anchor() -> None:
    """Against a month anchor a day offset is unresolved, a month offset is not."""
    month_anchor = Anchor("2023-05", "document")
    assert resolve(RelativeSpec("day", offset=-1), month_anchor).value is None
    assert resolve(RelativeSpec("month", offset=-1), month_anchor).value == "2023-04"
    assert resolve(RelativeSpec("year", offset=1), Anchor("2023", "document")).value == "2024"


def test_weekday_looks_back_unless_the_future_is_stated() -> None:
    """'vendredi' is the last Friday on or before the anchor, or the next one when stated."""
    anchor = Anchor("2023-05-10", "document")
    friday = RelativeSpec("weekday", weekday=4)
    assert resolve(friday, anchor).value == "2023-05-05"
    assert resolve(friday, anchor, future=True).value == "2023-05-12"
    assert (
        resolve(RelativeSpec("weekday", weekday=2, direction="past"), anchor).value == "2023-05-03"
    )
    assert (
        resolve(RelativeSpec("weekday", weekday=2, direction="next"), anchor).value == "2023-05-17"
    )


def test_month_without_year_takes_the_nearest_occurrence() -> None:
    """'en décembre' in May is last December; 'en juin' is this June; the future moves ahead."""
    anchor = Anchor("2023-05-10", "document")
    assert resolve(RelativeSpec("month_name", month=12), anchor).value == "2022-12"
    assert resolve(RelativeSpec("month_name", month=6), anchor).value == "2023-06"
    assert resolve(RelativeSpec("month_name", month=3), anchor, future=True).value == "2024-03"
    assert resolve(RelativeSpec("month_name", month=5, direction="past"), anchor).value == "2022-05"


def test_february_29_takes_a_leap_year() -> None:
    """'le 29 février' against a 2023 anchor resolves to a year that has the day."""
    value = resolve(
        RelativeSpec("day_month", month=2, day=29), Anchor("2023-05-10", "document")
    ).value
    assert value == "2024-02-29"


def test_no_anchor_leaves_the_value_empty() -> None:
    """Without any anchor the value and the anchor are None."""
    resolution = resolve(RelativeSpec("day", offset=-1), None)
    assert resolution.value is None
    assert resolution.anchor is None


@pytest.mark.parametrize(
    ("text", "language", "relative"),
    [
        (
            "Valmont, mars 1981\n\nLa ministre a annoncé aujourd'hui une contribution.",
            "fr",
            "aujourd'hui",
        ),
        ("Valmont, March 1981\n\nThe Minister announced today a contribution.", "en", "today"),
    ],
)
def test_a_reference_day_inside_the_stated_month_anchors_the_relatives(
    text: str, language: Language, relative: str
) -> None:
    """A header giving only the month cannot place "today"; the reference day in it does."""
    doc = communique.parse(text, language=language, reference_date=datetime.date(1981, 3, 12))
    assert doc.date == "1981-03"
    found = {mention.text: mention.value for mention in doc.dates}
    assert found[relative] == "1981-03-12"


def test_a_reference_day_outside_the_stated_month_does_not_anchor() -> None:
    doc = communique.parse(
        "Valmont, March 1981\n\nThe Minister announced today a contribution.",
        language="en",
        reference_date=datetime.date(1980, 1, 2),
    )
    assert {mention.text: mention.value for mention in doc.dates}["today"] is None


def test_a_day_of_the_anchor_month_is_in_the_anchor_year() -> None:
    """A text dated only "February 2023" places "25 February" in it, even looking back."""
    month_anchor = Anchor("2023-02", "document")
    for day in (2, 25):
        nearest = RelativeSpec("day_month", month=2, day=day)
        past = RelativeSpec("day_month", month=2, day=day, direction="past")
        assert resolve(nearest, month_anchor).value == f"2023-02-{day:02d}"
        assert resolve(past, month_anchor).value == f"2023-02-{day:02d}"
    # another month is still placed from the middle of the anchor month
    assert resolve(RelativeSpec("day_month", month=12, day=5), month_anchor).value == "2022-12-05"
