"""Hostile plain text: time linear in its length, whatever one sentence or one line holds."""

from __future__ import annotations

import time

import communique

OPENING = "Les ministres se sont réunis à Valmont le 3 mai 2024. "


def _seconds(text: str) -> float:
    # The best of three runs: a busy machine slows one run, not all three.
    runs = []
    for _ in range(3):
        started = time.process_time()
        communique.parse(text, language="fr")
        runs.append(time.process_time() - started)
    return min(runs)


def test_names_in_one_endless_sentence_stay_linear() -> None:
    """Thousands of titled names in one sentence: each is not read against the whole sentence.

    Whether a verb of the future, an account of an earlier event, a reported clause or a
    later event's partners stands in a mention's sentence was searched again for each
    mention: sixteen times the time for four times the text.
    """
    _seconds(OPENING + "Mme Anne " * 200)  # warm the caches
    small = _seconds(OPENING + "Mme Anne " * 1000)
    large = _seconds(OPENING + "Mme Anne " * 4000)
    assert large < 6 * small + 0.5


def test_run_of_capitals_on_one_line_is_read_fast() -> None:
    """A line of one long capitalised word is no letterhead's contact line, and fast to tell.

    The contact-line pattern allowed six capitalised words with nothing between them: a
    run of 100 capitals split six ways took seconds per line (a fuzzer's finding).
    """
    plain = OPENING + "\n" + "Valmont accueille la conférence " * 5 + "\n"
    _seconds(plain)
    hostile = OPENING + "\n" + "V" * 100 + ' "Aldoria",\n'
    started = time.process_time()
    communique.parse(hostile, language="fr")
    assert time.process_time() - started < 4 * _seconds(plain) + 0.3


def test_relative_dates_in_one_sentence_cost_little_more_than_prose() -> None:
    """The tense cues near each of thousands of relative dates come from one scan.

    Each date's clause (up to 800 characters) was scanned again for cues of the future and
    the past: a sentence listing relative dates read 27 times slower than prose, now 10.
    """
    _seconds(OPENING + "la veille " * 100)
    hostile = _seconds(OPENING + "la veille, le lendemain, " * 2000)
    prose = _seconds(OPENING + "Les ministres ont salué la coopération entre les deux pays. " * 800)
    assert hostile < 12 * prose + 0.1


def test_party_names_in_one_endless_line_stay_linear() -> None:
    """Thousands of party names on one line: each is not read against the whole line.

    Whether a party's name stands inside an operation's name was searched in the words from
    the line's start to the name: on a line of a whole document, quadratic.
    """
    line = "La coopération franco-japonaise progresse en 2019. "
    _seconds(OPENING + line * 200)  # warm the caches
    small = _seconds(OPENING + line * 1000)
    large = _seconds(OPENING + line * 4000)
    assert large < 6 * small + 0.5
