"""Normalisation stages: each rewrites the working text and keeps the offset map exact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import communique
from communique.document import Document
from communique.normalize.apostrophes import unify_apostrophes
from communique.normalize.composition import compose_characters
from communique.normalize.hyphens import unify_hyphens
from communique.normalize.line_breaks import normalize_line_breaks
from communique.normalize.mojibake import repair_mojibake
from communique.normalize.spaces import normalize_spaces


def _check_map(doc: Document) -> None:
    positions = list(doc.offsets.positions())
    assert len(positions) == len(doc.text)
    assert positions == sorted(positions)
    assert all(0 <= p < len(doc.original) for p in positions)


def test_line_breaks_become_newlines_and_form_feeds_page_breaks() -> None:
    """CRLF, CR and U+2028 become newlines; a form feed becomes two blank lines."""
    doc = normalize_line_breaks(Document.from_text("a\r\nb\rc\u2028d\x0ce"))
    assert doc.text == "a\nb\nc\nd\n\n\ne"
    _check_map(doc)
    assert doc.original[doc.offsets.start(doc.text.index("e"))] == "e"


def test_typographic_spaces_become_plain_and_invisible_characters_go() -> None:
    """No-break and narrow no-break spaces read as spaces; soft hyphens and ZWSP vanish."""
    doc = normalize_spaces(Document.from_text("«\u202fPaix\u00a0» coopé\u00adra\u200btion"))
    assert doc.text == "« Paix » coopération"
    _check_map(doc)


def test_a_soft_hyphen_before_spaces_joins_the_word_it_broke() -> None:
    """A soft hyphen, then spaces, then a lower-case letter: one word broken at a line's end."""
    doc = normalize_spaces(
        Document.from_text("distri\u00ad bution, coopé\u00ad  ration, X\u00ad Y")
    )
    assert doc.text == "distribution, coopération, X Y"
    _check_map(doc)


def test_a_capitalised_compound_broken_at_a_line_end_is_joined() -> None:
    """A capitalised compound's halves join; a suspended hyphen and a dateline's dash stay."""
    doc = normalize_spaces(
        Document.from_text(
            "Wallonie- Bruxelles, Jean- Pierre, du Nord- et du Sud. Niamey- Le Conseil"
        )
    )
    assert doc.text == "Wallonie-Bruxelles, Jean-Pierre, du Nord- et du Sud. Niamey- Le Conseil"
    _check_map(doc)


def test_decomposed_accents_are_composed() -> None:
    """'e' + U+0301 becomes 'é' and maps to the 'e'."""
    doc = compose_characters(Document.from_text("re\u0301union"))
    assert doc.text == "réunion"
    assert doc.offsets.span(1, 2) == (1, 2)


def test_clean_text_is_returned_unchanged() -> None:
    """A stage with nothing to do returns the same document object."""
    doc = Document.from_text("Les ministres se sont réunis.")
    assert normalize_spaces(normalize_line_breaks(compose_characters(doc))) is doc


@given(st.text(max_size=200))
def test_stages_never_raise_and_keep_a_monotonic_map(text: str) -> None:
    """For any text the stages run and the map stays non-decreasing and in range."""
    doc = unify_hyphens(
        unify_apostrophes(
            compose_characters(normalize_spaces(normalize_line_breaks(Document.from_text(text))))
        )
    )
    _check_map(doc)
    assert "\r" not in doc.text
    assert "\u00a0" not in doc.text


def test_spaces_alone_are_translated_in_place() -> None:
    """Without invisible characters, spaces are swapped one for one: offsets unchanged."""
    doc = normalize_spaces(Document.from_text("M.\u00a0Kishida\u202f:\tParis\u3000"))
    assert doc.text == "M. Kishida : Paris "
    assert list(doc.offsets.positions()) == list(range(len(doc.text)))


def test_apostrophe_look_alikes_between_letters_become_apostrophes() -> None:
    """U+02BC in "lʼUnion" reads as ’, one for one; a prime after a number stays."""
    doc = unify_apostrophes(Document.from_text("lʼUnion dʼici 2030, à 45′ ; Ta\u02bbanga"))
    assert doc.text == "l’Union d’ici 2030, à 45′ ; Ta\u02bbanga"
    assert doc.offsets.span(1, 2) == (1, 2)


def test_hyphen_look_alikes_between_letters_become_hyphens() -> None:
    """A hyphen look-alike between letters or figures reads as "-", one for one; not elsewhere."""
    doc = unify_hyphens(Document.from_text("États\u2011Unis, 2\u20103 mai, 10\u2011 12"))
    assert doc.text == "États-Unis, 2-3 mai, 10\u2011 12"
    assert list(doc.offsets.positions()) == list(range(len(doc.text)))


def test_look_alike_hyphens_do_not_cut_names() -> None:
    """The office and the state of "le président des États‑Unis, M. X" are read whole."""
    doc = communique.parse(
        "Le ministre s'est entretenu le 16 août 2026 avec le président des États\u2011Unis, "
        "M. Karl Lirov."
    )
    person = next(p for p in doc.persons if p.name == "Karl Lirov")
    assert (person.role, person.affiliation) == ("président", "États-Unis")
    assert any(m.text == "États\u2011Unis" for party in doc.parties for m in party.mentions)


def test_look_alike_apostrophes_do_not_hide_dates() -> None:
    """French and English words written with U+02BC are read like their usual spelling."""
    french = communique.parse(
        "Paris, le 3 mai 2021\n\nAujourdʼhui, le ministre a reçu son homologue dʼAngola."
    )
    english = communique.parse("The Ministerʼs visit to Nigeria ended on Monday, 3 May 2021.")
    assert ("Aujourdʼhui", "2021-05-03") in [(m.text, m.value) for m in french.dates]
    assert [m.value for m in english.dates] == ["2021-05-03"]


def test_utf8_letters_misread_as_windows_1252_are_repaired() -> None:
    """'Ã©' is 'é' and 'â€™' is '’'; a real 'Ã' before a capital and 'â' stay as printed."""
    doc = repair_mojibake(Document.from_text("Anna SerÃ©l, dÃ©but, lâ€™accord, SÃO, château"))
    assert doc.text == "Anna Serél, début, l’accord, SÃO, château"
    _check_map(doc)
    end = doc.text.index(",")
    assert doc.original[slice(*doc.offsets.span(0, end))] == "Anna SerÃ©l"


def test_a_misread_letter_ending_a_name_keeps_its_whole_run_in_the_mention() -> None:
    """The person's name is repaired; the mention slices the name as printed."""
    doc = communique.parse(
        "Valmont, 3 May 2026\n\nThe Minister of Foreign Affairs of Spain, Karl LirovÃ©, "
        "met Anna Serel in Valmont.\n"
    )
    person = next(p for p in doc.persons if p.name.startswith("Karl"))
    assert person.name == "Karl Lirové"
    assert [m.text for m in person.mentions] == ["Karl LirovÃ©"]


def test_a_misread_run_keeps_its_control_byte_and_no_break_space() -> None:
    """A Latin-1 reading prints "•" as "â", U+0080, "¢" and a no-break space as "Â", U+00A0.

    Both are repaired before invisible characters are dropped and spaces made plain, so the
    bullet opens its item and no stray "Â" stays before a space.
    """
    doc = communique.parse(
        "Key points:\n\n\u00e2\u0080\u00a2 800 arrivals will be transferred; and\n"
        "\u00e2\u0080\u00a2 Norland will fund the arrangement.\n\nIt costs 5\u00c2\u00a0euros."
    )
    texts = [p.text for p in doc.paragraphs]
    assert texts[1].startswith("• 800 arrivals")
    assert "and • Norland" in texts[1]
    assert texts[2] == "It costs 5 euros."


@given(st.text(alphabet="aéÃ©â€™Â SÑ\u0080", max_size=40))
def test_repairing_keeps_the_map_monotone_on_any_text(text: str) -> None:
    """Whatever the runs, the map stays exact and no character is invented."""
    doc = repair_mojibake(Document.from_text(text))
    _check_map(doc)
    assert len(doc.text) <= len(text)
