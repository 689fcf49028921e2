"""Bad input gets a clear, typed error; blank input an empty document."""

from __future__ import annotations

import datetime

import pytest

import communique
from communique import errors


def test_bytes_are_refused_with_a_hint_to_decode() -> None:
    """Bytes raise InputTypeError, also a TypeError, naming the fix."""
    with pytest.raises(errors.InputTypeError, match="decode") as caught:
        communique.parse(b"texte")  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError)


@pytest.mark.parametrize("value", [None, 42, ["a"], object()])
def test_non_strings_are_refused(value: object) -> None:
    """Anything but str raises InputTypeError."""
    with pytest.raises(errors.InputTypeError):
        communique.parse(value)  # type: ignore[arg-type]


def test_binary_junk_is_refused() -> None:
    """Text with NUL characters or mostly control characters raises BinaryInputError."""
    with pytest.raises(errors.BinaryInputError):
        communique.parse("PK\x03\x04\x00\x00 binary")
    with pytest.raises(errors.BinaryInputError):
        communique.parse("\x01\x02\x03\x04\x05abc")


def test_a_few_control_characters_are_removed_not_refused() -> None:
    """A stray control character in real text is dropped from the reading text."""
    doc = communique.parse("Les ministres\x07 se sont réunis le 3 mai 2023 à Paris.")
    assert doc.paragraphs[0].text == "Les ministres se sont réunis le 3 mai 2023 à Paris."


def test_input_over_the_limit_is_refused() -> None:
    """Text longer than max_chars raises InputTooLargeError before any work."""
    with pytest.raises(errors.InputTooLargeError, match="limit"):
        communique.parse("a" * 101, max_chars=100)


def test_unsupported_language_is_refused() -> None:
    """language='de' raises UnsupportedLanguageError listing the supported ones."""
    with pytest.raises(errors.UnsupportedLanguageError, match="fr, en"):
        communique.parse("Text", language="de")  # type: ignore[arg-type]


def test_reference_date_must_be_a_date() -> None:
    """A string reference_date raises InputTypeError; a datetime is accepted as its date."""
    with pytest.raises(errors.InputTypeError):
        communique.parse("hier", reference_date="2024-01-01")  # type: ignore[arg-type]
    doc = communique.parse("Il est arrivé hier.", reference_date=datetime.datetime(2024, 1, 2, 9))
    assert [d.value for d in doc.dates] == ["2024-01-01"]
    assert doc.dates[0].anchor == "reference"


def test_the_document_date_wins_over_the_reference_date() -> None:
    """Relative dates use the document's own date when it states one."""
    doc = communique.parse(
        "Paris, le 3 mai 2023\n\nIl est arrivé hier.", reference_date=datetime.date(2000, 1, 1)
    )
    assert doc.dates[-1].value == "2023-05-02"


def test_all_errors_share_one_root() -> None:
    """Every public error class derives from CommuniqueError."""
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.CommuniqueError)


def test_unknown_stage_names_are_refused() -> None:
    """Disabling a stage that does not exist raises UnknownStageError naming the stages."""
    with pytest.raises(errors.UnknownStageError, match="find_dates"):
        communique.parse("x", disable=["no_such_stage"])


def test_a_disabled_stage_does_not_run() -> None:
    """disable=['find_dates'] leaves dates empty while paragraphs are still found."""
    doc = communique.parse("Le 3 mai 2023, les ministres se sont réunis.", disable=["find_dates"])
    assert doc.dates == ()
    assert len(doc.paragraphs) == 1


def test_missing_file_is_an_input_error(tmp_path: pytest.TempPathFactory) -> None:
    """parse_file on a missing path raises InputError, not OSError."""
    with pytest.raises(errors.InputError, match="cannot read"):
        communique.parse_file("/nonexistent/communique.txt")


def test_file_in_a_given_encoding_that_does_not_decode_is_an_input_error(
    tmp_path: object,
) -> None:
    """A file that is not valid in the encoding the caller gives raises InputError naming it."""
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "latin1.txt"
    path.write_bytes("Déclaration".encode("latin-1"))
    with pytest.raises(errors.InputError, match="utf-8"):
        communique.parse_file(path, encoding="utf-8")
    assert communique.parse_file(path, encoding="latin-1").paragraphs[0].text == "Déclaration"


def test_a_lone_surrogate_is_a_typed_error() -> None:
    """Text holding a lone surrogate is refused with InputError, not a later UnicodeError."""
    with pytest.raises(errors.InputError, match="surrogate"):
        communique.parse("Le 3 mai 2023, les ministres \udcff se sont réunis.")


def test_a_typographic_apostrophe_in_a_head_parses() -> None:
    """A head with a typographic apostrophe ("protocole d’accord") reads like a straight one."""
    straight = communique.parse("Les deux pays ont signé un protocole d'accord sur la pêche.")
    curly = communique.parse("Les deux pays ont signé un protocole d’accord sur la pêche.")
    assert [a.kind for a in curly.agreements] == [a.kind for a in straight.agreements]
