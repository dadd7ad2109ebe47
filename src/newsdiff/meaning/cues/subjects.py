"""A source right before its verb of saying or believing, with its content: "NATO
estimates", "the ministry estimated", "Experts believe the dam will hold", "Officials
now say"; and "say" after a quote or a comma with its source behind it ("..., say
officials"). Not a source whose expectation is the yardstick of a comparison ("less
than many analysts expected": ``expectations``). Used by ``attribution``."""

from __future__ import annotations

import re

from newsdiff.meaning.cues.asides import ASIDE_MAX, after_aside
from newsdiff.meaning.cues.attribution_words import (
    CLAUSE_STOPS,
    INSTITUTIONS,
    NOT_A_SOURCE,
    PEOPLE,
    SOURCE_ADVERBS,
    SOURCE_NOUNS,
    SUBJECT_CLAIM_VERBS,
    SUBJECT_VERBS,
)
from newsdiff.meaning.cues.base import Cue, Word
from newsdiff.meaning.cues.clauses import closes, introduces, inverted_source, one_phrase
from newsdiff.meaning.cues.expectations import yardstick
from newsdiff.meaning.cues.other_parts import counted_attributive
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
        if w.endswith("ed") and counted_attributive(ws, k):
            continue  # "Two suspected militants were killed": a count and its noun
        j = k
        if j > 0 and one_phrase(text, ws, j - 1) and ws[j - 1][0] in SOURCE_ADVERBS:
            j -= 1  # "Officials now say"
        if j > 0 and one_phrase(text, ws, j - 1) and ws[j - 1][0] in _PERFECT:
            j -= 1  # "Analysts at Barclays had predicted", "Experts have long warned"
        first = named_source(text, ws, j)
        if first == j:
            first = _before_aside(text, ws, j)
        if first == j and _named_relative(text, ws, j):
            first = j - 1  # "held by the MAB, which believes voters could ..."
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
        else:
            end = _inverted(text, ws, k)
            if end is not None:
                out.append(Cue("attribution", ws[k][1], end, text[ws[k][1] : end]))
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


def _inverted(text: str, ws: tuple[Word, ...], k: int) -> int | None:
    """Where the source ends after the verb ws[k] that closes a claim before it, its
    source after it ("..., reckons Goldman Sachs, another bank.", "..., believes the
    IMF."), as "..., said officials" (``clauses``); not a past participle of
    expecting, which opens an aside there ("The verdict, expected next week, ...")."""
    if k + 1 >= len(ws) or (ws[k][0] in SUBJECT_CLAIM_VERBS and not ws[k][0].endswith("s")):
        return None
    before = text[: ws[k][1]].rstrip()
    if not before or before[-1] not in ",”’\"'":
        return None
    return inverted_source(text, ws, k)


def _named_relative(text: str, ws: tuple[Word, ...], j: int) -> bool:
    """Whether ws[j - 1] is "which" or "who" after a comma and a name or a source ("the
    Muslim Association of Britain (MAB), which believes"; review r25c): the relative is
    the source, as the name would be."""
    if j < 2 or ws[j - 1][0] not in ("which", "who"):
        return False
    if not text[ws[j - 2][2] : ws[j - 1][1]].strip(" )").endswith(","):
        return False
    name, start = ws[j - 2][0], ws[j - 2][1]
    return (
        (text[start].isupper() and name not in NOT_A_SOURCE)
        or name in SOURCE_NOUNS
        or name in PEOPLE
        or name in INSTITUTIONS
    )


def _before_aside(text: str, ws: tuple[Word, ...], j: int) -> int:
    """The first word of a source before an aside that closes right before ws[j]
    ("Proponents of this view, including the economist Milton Friedman, worried that"),
    or j."""
    for m in range(j - 1, max(0, j - ASIDE_MAX - 1), -1):
        if after_aside(text, ws, m) == j:
            first = named_source(text, ws, m, aside=True)
            return first if first < m else j
    return j
