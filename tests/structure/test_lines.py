"""Line-level behaviour that a case file cannot show: invisible characters, CRLF, empties."""

from __future__ import annotations

import communique


def test_crlf_and_no_break_spaces_read_like_plain_text() -> None:
    """CRLF endings and no-break spaces give the same paragraphs as LF and plain spaces."""
    plain = communique.parse("Les ministres\nse sont réunis.\n\nIls ont conclu.")
    windows = communique.parse("Les\u00a0ministres\r\nse sont réunis.\r\n\r\nIls ont conclu.")
    assert [p.text for p in windows.paragraphs] == [p.text for p in plain.paragraphs]
    assert windows.paragraphs[0].text == "Les ministres se sont réunis."


def test_form_feed_is_a_page_break() -> None:
    """A form feed between the halves of a sentence joins them like a page break."""
    doc = communique.parse("1. Les ministres ont salué la charte des\x0cNations unies.")
    assert [p.text for p in doc.paragraphs] == [
        "Les ministres ont salué la charte des Nations unies."
    ]


def test_decomposed_accents_are_composed_in_reading_text() -> None:
    """'e' + combining acute reads as 'é' while offsets still cover both characters."""
    text = "Le ministre a salue\u0301 la coope\u0301ration."
    doc = communique.parse(text)
    paragraph = doc.paragraphs[0]
    assert paragraph.text == "Le ministre a salué la coopération."
    assert text[paragraph.start : paragraph.end] == text


def test_blank_input_gives_an_empty_document() -> None:
    """Empty or whitespace-only text parses to a document with nothing in it."""
    for text in ("", "   ", "\n\n\t\n"):
        doc = communique.parse(text)
        assert doc.paragraphs == ()
        assert doc.title is None
        assert doc.date is None


def test_paragraph_span_covers_its_printed_number() -> None:
    """A numbered paragraph's span starts at its number and ends at its last character."""
    text = "\n 1. Première phrase.\n\n2. Seconde\nphrase."
    first, second = communique.parse(text).paragraphs
    assert text[first.start : first.end] == "1. Première phrase."
    assert text[second.start : second.end] == "2. Seconde\nphrase."


_RUNNING = {
    "fr": (
        "Déclaration conjointe de l'Aldorie et du Koranda sur l'énergie\n\n"
        "Les deux pays porteront leurs investissements croisés à dix milliards\x0c"
        "Déclaration conjointe - visite d'État - mars 2026\n"
        "d'euros d'ici 2030 et renforceront leur coopération dans l'énergie.\n"
    ),
    "en": (
        "Joint statement by the Leaders of Aldoria and Koranda on energy\n\n"
        "The two leaders committed to raising two-way investment to ten billion\x0c"
        "Aldoria-Koranda Leaders' Meeting - March 2026\n"
        "euros by 2030 and to deepening cooperation in the field of energy.\n"
    ),
}


def test_running_header_after_form_feed_is_furniture() -> None:
    """A header printed once after a form feed, inside a sentence, leaves the sentence whole."""
    for text in _RUNNING.values():
        doc = communique.parse(text)
        header = text.split("\x0c")[1].split("\n")[0]
        assert [item.text for item in doc.boilerplate] == [header]
        assert len(doc.paragraphs) == 1
        assert header not in doc.paragraphs[0].text
        assert not any(header in text[d.start : d.end] or d.text in header for d in doc.dates)
