"""Language detection: function words for French and English, a refusal for the others."""

from __future__ import annotations

import pytest

import communique
from communique import errors
from communique.language import guess_language, passage_language
from communique.model import Language


def test_french_and_english_are_told_apart() -> None:
    """Function words decide: French statement → fr, English statement → en."""
    assert guess_language("Les ministres ont réaffirmé leur attachement à la coopération.") == "fr"
    assert guess_language("The ministers reaffirmed their commitment to the partnership.") == "en"


@pytest.mark.parametrize(
    ("text", "document", "expected"),
    [
        # A paragraph of a bilingual release, in the other language: read in its own.
        ("Les deux ministres ont salué les progrès de la coopération et du dialogue.", "en", "fr"),
        (
            "The two ministers welcomed the progress of the cooperation and the dialogue.",
            "fr",
            "en",
        ),
        # A short line (a dateline, a name) keeps the document's language.
        ("Ottawa, le 3 mars 2027", "en", "en"),
        ("Prime Minister of the Republic", "fr", "fr"),
        # A few words of the other language quoted in a sentence do not switch it.
        (
            "The Minister met the Secrétaire général de la Francophonie and the envoy of the"
            " Union, and they spoke of the summit in the spring.",
            "en",
            "en",
        ),
    ],
)
def test_a_passage_is_read_in_the_language_it_is_written_in(
    text: str, document: Language, expected: Language
) -> None:
    """Another shipped language's function words must plainly outnumber the document's."""
    assert passage_language(text, document) == expected


def test_without_function_words_calendar_names_then_marked_letters_decide() -> None:
    """With no function word to count, a month's or weekday's name decides.

    Then a letter only French writes; with neither, English, the language that marks none.
    """
    assert guess_language("Dakar, 12 mars 2024") == "fr"
    assert guess_language("Dakar, March 12, 2024") == "en"
    assert guess_language("Karl Lirov a reçu Paul Deroux.") == "fr"
    assert guess_language("President Karl Lirov met Paul Deroux.") == "en"
    assert guess_language("2024 — G7 — TICAD") == "en"


def test_the_caller_can_force_the_language() -> None:
    """language='en' reads English dates even in a short ambiguous text."""
    doc = communique.parse("Paris, 6 May 2024", language="en")
    assert doc.language == "en"
    assert [d.value for d in doc.dates] == ["2024-05-06"]


_FOREIGN = {
    "de": "Die Außenminister der beiden Staaten trafen sich am Montag in Bonn und sprachen "
    "über die Lage in der Region. Sie betonten, dass die Zusammenarbeit im Bereich der "
    "Energie und der Forschung weiter ausgebaut werden soll, und vereinbarten ein neues "
    "Treffen im Herbst.",
    "es": "Los ministros de Asuntos Exteriores de los dos países se reunieron el martes en "
    "Sevilla para examinar la situación de la región. Acordaron reforzar la cooperación "
    "económica y cultural y celebrar una nueva reunión antes del final del año.",
    "it": "I ministri degli Esteri dei due paesi si sono incontrati martedì a Napoli per "
    "discutere della situazione nella regione. Hanno deciso di rafforzare la cooperazione "
    "economica e culturale e di tenere un nuovo incontro entro la fine dell'anno.",
    "pt": "Os ministros dos Negócios Estrangeiros dos dois países reuniram-se na terça-feira "
    "no Porto para analisar a situação da região. Decidiram reforçar a cooperação económica "
    "e cultural e realizar uma nova reunião até ao final do ano.",
    "ru": "Министры иностранных дел двух стран встретились во вторник в Казани, чтобы "
    "обсудить положение в регионе. Они договорились укреплять экономическое и культурное "
    "сотрудничество и провести новую встречу до конца года, а также обменяться "
    "делегациями экспертов и студентов.",
}


@pytest.mark.parametrize("code", sorted(_FOREIGN))
def test_a_document_in_another_language_is_refused_by_name(code: str) -> None:
    """German, Spanish, Italian, Portuguese, Russian raise UnsupportedLanguageError naming it."""
    with pytest.raises(errors.UnsupportedLanguageError, match=f"\\({code}\\)"):
        communique.parse(_FOREIGN[code])


def test_the_caller_can_parse_a_foreign_document_anyway() -> None:
    """language= skips the identification: the caller takes responsibility."""
    assert communique.parse(_FOREIGN["de"], language="en").language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Déclaration conjointe franco-allemande",
        "G7 Foreign Ministers' Communiqué",
        "Paris, le 6 mai 2024",
        "Participants : Abdoulaye Diop (Mali), Bassirou Diomaye Faye (Sénégal), Mohamed "
        "Bazoum (Niger), Alassane Ouattara (Côte d'Ivoire), Paul Kagame (Rwanda), Félix "
        "Tshisekedi (RDC), Ibrahim Traoré (Burkina Faso), Kaïs Saïed (Tunisie).",
        "Participants: Emmanuel Macron (France), Olaf Scholz (Germany), Giorgia Meloni "
        "(Italy), Justin Trudeau (Canada), Fumio Kishida (Japan), Joe Biden (United States), "
        "Ursula von der Leyen (European Commission), Charles Michel (European Council).",
        "Budget 2024: USD 5,000,000. Grants 2025: USD 3,200,000. Loans 2026: USD 1,100,000. "
        "Annex A. Annex B. Annex C. Annex D. Annex E. Annex F. Annex G. Annex H. Annex I.",
        "Le ministre a cité le proverbe « Der Weg ist das Ziel » avant de conclure que la "
        "coopération entre les deux pays restait la priorité de son gouvernement pour les "
        "années à venir.",
    ],
    ids=["headline-fr", "headline-en", "dateline", "names-fr", "names-en", "table", "quote"],
)
def test_french_and_english_are_never_refused(text: str) -> None:
    """Headlines, datelines, lists of names, tables and quotes stay French or English."""
    assert communique.parse(text).language in ("fr", "en")


_ENGLISH_FIRST = (
    "Joint Statement\n\n"
    "The Minister of Foreign Affairs of Ghana met the Minister of Foreign Affairs of Togo in"
    " Accra on 3 May 2027. The two ministers agreed to deepen their cooperation.\n\n"
    "Traduction française\n\n"
    "Le ministre des Affaires étrangères du Ghana a rencontré le ministre des Affaires"
    " étrangères du Togo à Accra le 3 mai 2027. Les deux ministres sont convenus"
    " d'approfondir leur coopération dans les domaines de la sécurité, de l'énergie, de la"
    " santé et de l'éducation, ainsi que de la culture et de la jeunesse des deux pays.\n"
)


def test_a_bilingual_release_is_in_the_language_it_opens_with() -> None:
    """The French translation below outnumbers the English statement's function words."""
    doc = communique.parse(_ENGLISH_FIRST)
    assert doc.language == "en"
    assert [p.name for p in doc.parties] == ["Ghana", "Togo"]


def test_a_french_article_quoting_english_at_length_is_french() -> None:
    """Long English quotations after a French opening paragraph leave the text French."""
    quote = (
        "“We are committed to working with the Government of Togo on the security of the"
        " region, and we will continue to do so in the months and the years to come,” the"
        " minister said. “It is in the interest of the people of the two countries.”\n\n"
    )
    text = (
        "Le ministre des Affaires étrangères du Ghana a reçu son homologue du Togo à Accra"
        " le 3 mai 2027 pour des entretiens sur la sécurité régionale.\n\n" + quote * 3
    )
    doc = communique.parse(text)
    assert doc.language == "fr"
    assert [p.name for p in doc.parties] == ["Ghana", "Togo"]


def test_a_given_language_is_kept_whatever_the_opening() -> None:
    """The caller's language wins over the opening paragraph's."""
    assert communique.parse(_ENGLISH_FIRST, language="fr").language == "fr"
