"""The records every cue detector returns (``Cue``, ``Number``), the shared word scanner,
and the small helpers the detectors build on (word sets, pattern matches, overlaps)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Literal

from newsdiff.core.frozen import quick_init
from newsdiff.core.possessive import possessive

CueKind = Literal[
    "attribution", "source", "quote", "hedge", "range", "evaluative", "speculative",
    "negation", "model", "voice",
]  # fmt: skip


@quick_init
@dataclass(frozen=True)
class Cue:
    """One cue: what it signals and where it is (``text == source[start:end]``); ``note``
    is a reason that lies outside the sentence (a ``voice`` cue's count of the article's
    judging sentences), empty for a cue found in it."""

    kind: CueKind
    start: int
    end: int
    text: str
    note: str = ""

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "kind": self.kind, "text": self.text, "start": self.start, "end": self.end
        }  # fmt: skip
        if self.note:
            out["note"] = self.note
        return out


#: Possessive runs: what the greedy ``\w+(?:[’'\-]\w+)*`` matches (nothing follows a
#: run to make it give back), without the state kept to backtrack into each one.
_WORD = re.compile(possessive(r"\w++(?:[’'\-]\w++)*+"))

Word = tuple[str, int, int]  # lowercase word, start, end


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[Word, ...]:
    """The words of ``text``, lowercased, with offsets (hyphen and apostrophe words whole)."""
    return tuple((m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text))


def one_phrase(text: str, ws: tuple[Word, ...], j: int) -> bool:
    """Whether ws[j] and ws[j + 1] are in one phrase: only spaces between, or the comma
    or point inside a figure ("said 3,000 small businesses had closed")."""
    gap = text[ws[j][2] : ws[j + 1][1]] if 0 <= j < len(ws) - 1 else ""
    return gap.isspace() or (
        gap in (",", ".") and ws[j][0][-1].isdigit() and ws[j + 1][0][0].isdigit()
    )


def word_forms(text: str) -> Iterator[str]:
    """The lowercase words of ``words(text)`` without their offsets: a quick test of a
    text's vocabulary. Taken from ``words``' memo: the classifier reads each row side's
    words for its cue families anyway, and a scan of its own cost the pattern again
    (60 M instructions of the 1 MB pair)."""
    return map(_FORM, words(text))


_FORM = itemgetter(0)


def vocab(text: str) -> frozenset[str]:
    return frozenset(text.split())


def in_vocab(kind: CueKind, text: str, word_set: frozenset[str]) -> list[Cue]:
    return [Cue(kind, s, e, text[s:e]) for w, s, e in words(text) if w in word_set]


#: The characters besides ASCII letters that ``re`` under IGNORECASE takes for an ASCII
#: letter: dotted and dotless I, the long s, the Kelvin sign (a test checks every code
#: point).
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when no pattern compiled with IGNORECASE whose every match holds one
    of ``words`` (lower-case ASCII) can match ``text``: a test in C that spares most
    texts a pattern tried at every character. ``str.lower`` folds ASCII letters as
    ``re`` does; the few other letters ``re`` folds to one send the text to the pattern."""
    low = text.lower()
    if any(w in low for w in words):
        return True
    return not text.isascii() and _FOLDS_TO_ASCII.search(text) is not None


def finditer(kind: CueKind, pattern: re.Pattern[str], text: str) -> list[Cue]:
    return [Cue(kind, m.start(), m.end(), m.group()) for m in pattern.finditer(text) if m.group()]


NumberKind = Literal[
    "digits", "words", "magnitude", "month", "date", "weekday", "relative", "season",
    "multiplier",
]  # fmt: skip
#: What a date-like number is: none of them is a quantity a hedge softens.
DATE_KINDS = frozenset({"month", "date", "weekday", "relative", "season"})


@quick_init
@dataclass(frozen=True)
class Number:
    """A number, quantity, percentage, amount of money or date found in text, with its
    value.

    ``value`` is comparable across spellings: "six" and "6" are both ``("n", 6.0)``,
    "15%" and "15 per cent" both ``("%", 15.0)``, "$5m" and "$5 million" both ``("$",
    5e6)``, "March 3", "3 March" and "3rd of March" all ``("date", 303.0)`` (month times
    100 plus day), "March" alone ``("month", 3.0)``, "Monday" ``("weekday", 1.0)``,
    "thousands" ``("~", 1000.0)``.
    """

    start: int
    end: int
    text: str
    value: tuple[str, float]
    written: NumberKind


def dedupe(cues: Iterable[Cue]) -> list[Cue]:
    """Sort by position; where two overlap, keep the longer (the earlier if equal)."""
    out: list[Cue] = []
    for c in sorted(cues, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.start < out[-1].end:
            if c.end - c.start > out[-1].end - out[-1].start:
                out[-1] = c
            continue
        out.append(c)
    return out


def overlapping(cues: list[Cue], start: int, end: int) -> list[Cue]:
    """The cues that touch ``[start, end)``; an empty span touches what surrounds it."""
    if start == end:
        return [c for c in cues if c.start < start < c.end]
    return [c for c in cues if c.start < end and start < c.end]
