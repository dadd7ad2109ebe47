"""What may stand between a verb of saying (or who was told) and its content or the
end of its clause: a time or a place ("said on Monday that", "told reporters in Kyiv
that") and the means of telling ("told Reuters by phone that", "... told the
Associated Press by telephone.")."""

from __future__ import annotations

from newsdiff.meaning.cues.attribution_words import PP_START
from newsdiff.meaning.cues.base import Word, vocab
from newsdiff.meaning.cues.number_words import WEEKDAYS

#: The means of telling after "by" (review r23a finding 2: "told Reuters by phone" ->
#: "told the BBC by phone" was rewording, as "told Reuters on Monday" was not). Only
#: these: "by" is most often an agent or a deadline ("told by police", "by Friday").
BY_MEANS = vocab(
    "phone phones telephone telephones cellphone mobile email e-mail emails mail text "
    "texts message messages letter letters fax video videolink radio satellite telegram"
)


def opens_adjunct(ws: tuple[Word, ...], j: int) -> bool:
    """Whether a time, a place or the means of telling starts at ws[j] ("on", "in",
    "Monday", "by phone", "by satellite phone")."""
    w = ws[j][0]
    if w in PP_START or w in WEEKDAYS:
        return True
    return w == "by" and any(x[0] in BY_MEANS for x in ws[j + 1 : j + 3])
