"""Estimates with no hedge word: a projection in the passive ("is forecast to grow
1.2%", "is set to widen to 6% of GDP") and an amount given only by its order of
magnitude ("Tens of thousands of people", "Dozens of flights"). GUIDE section 3: a
projected or approximate quantity or outcome is an estimate."""

from __future__ import annotations

import re

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import DATE_KINDS, Cue, may_hold, vocab
from newsdiff.meaning.cues.numbers import numbers

#: "is forecast to", "are predicted to", "was tipped to": someone's projection given
#: in the writer's voice, as "is projected to" and "is expected to" are.
_FORECAST = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:now\s+|also\s+|still\s+)?"
    r"(?P<h>forecast|forecasted|predicted|tipped)\s+to\b",
    re.IGNORECASE,
)
#: "is set to" and a verb: a projection where the verb changes a level ("set to widen",
#: "set to rise"); a plan where it does not ("is set to begin on Monday", "is set to
#: sign the deal").
_SET_TO = re.compile(r"\b(?:is|are|was|were)\s+(?P<h>set\s+to)\s+(?P<v>[a-z]+)\b", re.IGNORECASE)
#: Verbs that move a level whatever their first sense in WordNet.
_LEVEL_VERBS = vocab(
    "rise fall climb drop grow shrink increase decrease decline double triple halve top "
    "exceed reach hit surpass soar surge plunge slow accelerate widen narrow deepen ease "
    "cost total"
)
#: WordNet's lexicographer file of verbs of change of size, temperature, intensity
#: ("widen", "grow", "slow", "deepen", "shrink").
_VERB_CHANGE = 30
#: Plural magnitudes that may also be plain nouns: "scores" counts only before "of"
#: ("Scores of people"; "Scores were settled" are results).
_MAGNITUDE_NOUNS = ("scores",)
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_LEAD = re.compile(r"[\s\"“‘'(]+")


def _changes_a_level(text: str, verb: str) -> bool:
    """Whether ``verb`` moves a level: one of ``_LEVEL_VERBS``, or, in a sentence with a
    quantity, a verb whose first WordNet senses (``lexicon.concepts``) are all verbs of
    change ("set to widen to 6% of GDP", "set to expand to 500 stores"; "set to begin on
    Monday" is a plan)."""
    if verb in _LEVEL_VERBS:
        return True
    senses = [
        s[1]
        for s in lexicon.concepts(verb)[0]
        if isinstance(s, tuple) and s[0] == "v" and isinstance(s[1], int)
    ]
    lines = [lexicon.synset_line("v", off) for off in senses]
    return (
        bool(lines)
        and all(line is not None and int(line.split()[1]) == _VERB_CHANGE for line in lines)
        and any(n.written not in DATE_KINDS for n in numbers(text))
    )


def projection_cues(text: str) -> list[Cue]:
    """A projection without a hedge word ("is forecast to grow", "is set to widen to 6%"),
    as hedge cues."""
    out: list[Cue] = []
    if may_hold(text, ("forecast", "predicted", "tipped")):
        out += [
            Cue("hedge", m.start("h"), m.end("h"), m.group("h")) for m in _FORECAST.finditer(text)
        ]
    if may_hold(text, ("set to",)):
        out += [
            Cue("hedge", m.start("h"), m.end("h"), m.group("h"))
            for m in _SET_TO.finditer(text)
            if _changes_a_level(text, m.group("v").lower())
        ]
    return sorted(out, key=lambda c: c.start)


def magnitude_cues(text: str) -> list[Cue]:
    """An amount given only by its order of magnitude that is what the sentence is about,
    its subject at the start ("Tens of thousands of people marched", "Dozens of flights
    were cancelled", "Hundreds of homes were flooded"), as a hedge cue: an approximate
    quantity (GUIDE). Further in, a magnitude mostly sizes a detail ("occupied the region
    with thousands of troops", "spent millions of dollars building a fence"), no
    estimate."""
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    return [
        Cue("hedge", n.start, n.end, n.text)
        for n in numbers(text)
        if n.start == start
        and n.written == "magnitude"
        and (not n.text.lower().endswith(_MAGNITUDE_NOUNS) or _OF.match(text, n.end))
    ]
