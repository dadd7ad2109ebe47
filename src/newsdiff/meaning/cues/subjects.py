"""A source right before its verb of saying or believing, with its content: "NATO
estimates", "the ministry estimated", "Experts believe the dam will hold", "Officials
now say"; and "say" after a quote or a comma with its source behind it ("..., say
officials"). Not a source whose expectation is the yardstick of a comparison ("less
than many analysts expected": ``expectations``). Used by ``attribution``."""

from __future__ import annotations

import re

from newsdiff.meaning.cues.attribution_words import (
    CLAUSE_STOPS,
    NOT_A_SOURCE,
    PEOPLE,
    SOURCE_ADVERBS,
    SOURCE_NOUNS,
    SUBJECT_CLAIM_VERBS,
    SUBJECT_VERBS,
)
from newsdiff.meaning.cues.base import Cue, Word
from newsdiff.meaning.cues.clauses import closes, introduces, one_phrase
from newsdiff.meaning.cues.expectations import yardstick
from newsdiff.meaning.cues.testimony import named_source


def subject_verbs(text: str, ws: tuple[Word, ...]) -> list[Cue]:
    """A source right before a verb of saying or believing, with its content: "NATO
    estimates", "the ministry estimated", "Experts believe the dam will hold",
    "Officials now say"; and "say" after a quote or comma with its source behind it
    ("..., say officials")."""
    out: list[Cue] = []
    for k, (w, _s, e) in enumerate(ws):
        if w not in SUBJECT_VERBS or yardstick(ws, k):
            continue  # "less than analysts expected": a yardstick, no one's claim
        if w.endswith(("ed", "ught")) and re.match(r"\s+to\b", text[e:]):
            continue  # "300 people believed to have died": passive, a hedge
        j = k
        if j > 0 and one_phrase(text, ws, j - 1) and ws[j - 1][0] in SOURCE_ADVERBS:
            j -= 1  # "Officials now say"
        if j > 0 and one_phrase(text, ws, j - 1) and ws[j - 1][0] in _PERFECT:
            j -= 1  # "Analysts at Barclays had predicted", "Experts have long warned"
        first = named_source(text, ws, j)
        if first < j:
            if w in SUBJECT_CLAIM_VERBS:
                nxt = ws[k + 1][0] if k + 1 < len(ws) and one_phrase(text, ws, k) else ""
                content = nxt not in CLAUSE_STOPS or nxt in ("that", "to")
            else:
                content = (
                    introduces(text, ws, k) is not None or closes(text, ws, first, k) is not None
                )
            if content:
                out.append(Cue("attribution", ws[first][1], e, text[ws[first][1] : e]))
        elif w == "say" and k + 1 < len(ws) and _inverted_say(text, ws, k):
            out.append(Cue("attribution", ws[k][1], ws[k + 1][2], text[ws[k][1] : ws[k + 1][2]]))
    return out


#: The auxiliary of a perfect between a source and its verb: "Analysts had predicted".
_PERFECT = frozenset(("has", "have", "had"))


def _inverted_say(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """'“We won,” say officials', '..., say police': "say" after a quote or a comma,
    its source after it."""
    before = text[: ws[k][1]].rstrip()
    if not before or before[-1] not in ",”’\"'":
        return False
    nxt, ns, _ne = ws[k + 1]
    return nxt in SOURCE_NOUNS or nxt in PEOPLE or (text[ns].isupper() and nxt not in NOT_A_SOURCE)
