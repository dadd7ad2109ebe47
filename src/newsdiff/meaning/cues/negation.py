"""Negation cues: "not", "no", "never", "without", "n't" and the like."""

from __future__ import annotations

from newsdiff.meaning.cues.base import Cue, vocab, words

NEGATIONS = vocab("not no never none nobody nothing nowhere neither nor without cannot")


def negation_cues(text: str) -> list[Cue]:
    out: list[Cue] = []
    for w, s, e in words(text):
        if w in NEGATIONS:
            out.append(Cue("negation", s, e, text[s:e]))
        elif w.endswith(("n't", "n’t")):
            out.append(Cue("negation", e - 3, e, text[e - 3 : e]))
    return out
