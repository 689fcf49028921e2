"""Whether a subject acts only inside what another speaker reports.

"Xi said that Wang Yi and Qin Gang described their talks as candid": Wang and Qin are the
subjects of the reported clause, of an earlier exchange, not actors of the event the text
reports; so are « Les présidents X et Y ont confirmé la direction …, a indiqué M. Z »'s X and
Y, whose act Z recounts. A speech verb opens the report before its complementizer ("said
that", « a indiqué que »), or closes it after a comma with its speaker inverted after it
(« …, a indiqué M. Z », "…, said Minister Z"): only a person speaks there (an honorific, an
office or a capital opens the speaker), so "…, a indiqué le ministère" leaves the subject
acting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from communique.lexicon.persons import PersonVocabulary

__all__ = ["reported_subject"]

_SPEAKER_REACH: Final = 40
"""Characters at most between a speaker's name and the speech verb after it (an office)."""


def reported_subject(
    text: str,
    mention: tuple[int, int],
    sentence: tuple[int, int],
    vocab: PersonVocabulary,
    speaker: int | None,
) -> bool:
    """Whether the mention (``anchor``, ``stop``) is a subject another person reports.

    ``speaker``: where the person named before it in its sentence ends, if any: the report
    opened after that person's name is theirs ("Xi said that …"); "The Ministry added that
    …" is the text's own voice.
    """
    anchor, stop = mention
    low, high = sentence
    if speaker is not None and low <= speaker <= anchor:
        opened = vocab.report_opened.search(text, speaker, anchor)
        if opened is not None and opened.start() - speaker <= _SPEAKER_REACH:
            return True  # "Xi said that Wang Yi … described …"
    closing = vocab.report_closed.search(text, stop, high)
    if closing is None:
        return False
    speaker = closing.end()  # « …, a indiqué M. Z »: a person speaks
    return (
        vocab.honorific.match(text, speaker) is not None
        or vocab.role.match(text, speaker) is not None
        or text[speaker : speaker + 1].isupper()
    )
