"""Tag suggestions that explain themselves: a label per sentence, with the cue words.

Rules, in GUIDE section 3's precedence (attribution, then estimate, then opinion, then
fact):

* **attribution**: a reporting verb ("said", "says", "told", "claimed", "stated",
  "added"), an "according to" phrase, a source that says, estimates, believes or
  warns ("Officials say", "NATO estimates", "the ministry estimated", "Experts
  believe"; not "have a say" or "needless to say"), reported speech ("is said to"), or
  a direct quotation of four words or more (``cues.quotes.QUOTE_MIN_WORDS``, the threshold
  the change classes use too: fewer words are a scare quote);
* **estimate**: a hedged or ranged quantity ("as many as 300", "between 7,000 and
  15,000", "around 17,200", "about $5 billion") or a hedge of likelihood or hearsay
  ("may", "could", "reportedly", "expected", "is believed to");
* **opinion**: an evaluative word ("horrific", "quagmire", "brilliant", "was a
  failure"; "collapsed" only where nothing physical collapsed: the talks, not a
  building) or speculation and interpretation ("a sign that", "I think", a question
  in the writer's voice);
* **fact**: a statement with none of those cues;
* no suggestion (``None``) for what is not a statement: navigation, credits,
  copyright lines, bare dates and headings of fewer than four words (a short line
  that ends with a full stop, "!" or "?" and has a finite verb is a sentence:
  "Prices rose.", "The mayor resigned.").

A modal that is part of a speculative phrase ("could be a sign") counts as
speculation, not as an estimate. Suggestions are only suggestions: the app shows them
apart from human tags; one accepted in the app is stored with ``source="suggestion"``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from newsdiff.core.labels import Label
from newsdiff.core.sentences import Sentence, split_sentences
from newsdiff.meaning.cues.attribution import attribution_cues
from newsdiff.meaning.cues.base import Cue
from newsdiff.meaning.cues.clauses import is_statement
from newsdiff.meaning.cues.evaluative import opinion_cues
from newsdiff.meaning.cues.hedges import hedge_cues
from newsdiff.meaning.cues.quotes import QUOTE_MIN_WORDS, quotations

#: Lines that are page furniture, not statements.
_BOILERPLATE = re.compile(
    r"^\W*(?:navigation|key points|all rights reserved|©|copyright|mandatory credit|"
    r"credit:|join our|contact our|for more stories|sign up|subscribe|read more|"
    r"follow us|share this|advertisement|revealed: the secrets|"
    r"\(?(?:(?:ap|afp|reuters|getty)\b[^)]*|(?:photo|picture|image)s?\s*(?::|by\b)[^)]*)\)?$)",
    re.IGNORECASE,
)
_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")
#: Fewer alphabetic words than this (and no cue, and no ``cues.clauses.is_statement``) is a
#: heading or a date, not a claim.
MIN_WORDS = 4


@dataclass(frozen=True)
class Suggestion:
    """The suggested label of one sentence and the cues behind it (offsets into text)."""

    index: int
    text: str
    label: Label | None
    cues: tuple[Cue, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "text": self.text,
            "label": self.label,
            "cues": [c.to_json() for c in self.cues],
        }


def _without(cues: Iterable[Cue], inside: Sequence[Cue]) -> list[Cue]:
    return [c for c in cues if not any(o.start <= c.start and c.end <= o.end for o in inside)]


def suggest_label(text: str) -> tuple[Label | None, tuple[Cue, ...]]:
    """The suggested label of one sentence and the cues that decided it.

    Returns ``(None, ())`` for page furniture and fragments; ``("fact", ())`` for a
    statement without cues.
    """
    attribution = attribution_cues(text) + quotations(text, QUOTE_MIN_WORDS)
    if attribution:
        return "attribution", tuple(sorted(attribution, key=lambda c: c.start))
    opinion = opinion_cues(text)
    speculative = [c for c in opinion if c.kind == "speculative"]
    estimate = _without(hedge_cues(text), speculative)
    if estimate:
        return "estimate", tuple(estimate)
    if opinion:
        return "opinion", tuple(opinion)
    if _BOILERPLATE.search(text):
        return None, ()
    if len(_ALPHA_WORD.findall(text)) < MIN_WORDS and not is_statement(text):
        # A short line is a heading or a date unless it is a sentence: "Prices rose."
        return None, ()
    return "fact", ()


def suggest(sentences: Iterable[Sentence | str]) -> list[Suggestion]:
    """A suggestion for every sentence, in order."""
    out: list[Suggestion] = []
    for k, s in enumerate(sentences):
        index, text = (s.index, s.text) if isinstance(s, Sentence) else (k, s)
        label, cues = suggest_label(text)
        out.append(Suggestion(index, text, label, cues))
    return out


def suggest_text(text: str) -> list[Suggestion]:
    """Split an article into sentences and suggest a label for each."""
    return suggest(split_sentences(text))
