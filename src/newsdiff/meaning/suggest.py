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
* **fact**: a statement with none of those cues, unless its form argues (an uncued
  present claim that denies or whose subject points back: "It doesn't matter", "It
  distorts the record"; ``cues.claims``); in a whole text whose voice judges (an
  editorial, ``voice``), an uncued claim about the present, in general or in the present
  perfect (``cues.genre``) is the writer's opinion instead, with the text's count as its
  reason;
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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsdiff.core.labels import Label
from newsdiff.core.sentences import Sentence, split_sentences
from newsdiff.meaning.cues.attribution import attribution_cues
from newsdiff.meaning.cues.base import Cue
from newsdiff.meaning.cues.claims import argued
from newsdiff.meaning.cues.clauses import is_statement
from newsdiff.meaning.cues.evaluative import opinion_cues
from newsdiff.meaning.cues.generic import judged
from newsdiff.meaning.cues.genre import leans_opinion, strongly_judged
from newsdiff.meaning.cues.headlines import quoted_heading
from newsdiff.meaning.cues.hedges import hedge_cues, speculation
from newsdiff.meaning.cues.numbers import numbers
from newsdiff.meaning.cues.projections import magnitude_cues, projection_cues
from newsdiff.meaning.cues.quotes import QUOTE_MIN_WORDS, quotations, quoted_term
from newsdiff.meaning.model_plain import combine, label_of, plain_event
from newsdiff.meaning.sentence_features import features
from newsdiff.meaning.voice import Voice, article_voice

if TYPE_CHECKING:  # the model loads numpy; the rules alone must not
    from newsdiff.meaning import model

#: Lines that are page furniture, not statements, whatever their words, a reporting
#: verb's too ("Revealed: The Secrets our Clients Used to Earn $3 Billion").
_BOILERPLATE = re.compile(
    r"^\W*(?:navigation|key points|all rights reserved|©|copyright|mandatory credit|"
    r"credit:|join our|contact our|for more stories|sign up|subscribe|read more|"
    r"follow us|share this|advertisement|revealed: the secrets|"
    r"(?:published|updated|posted|last updated|first published)\s*:|"
    r".{0,80}\bcontributed (?:reporting )?to this (?:report|story|article)\W*$)",
    re.IGNORECASE,
)
#: A credit of an agency or a photo: asked after the attribution cues, since a line
#: that opens with an agency may be its report ("Reuters broke the news that ...").
_CREDIT = re.compile(
    r"^\W*\(?(?:(?:ap|afp|reuters|getty)\b[^)]*|(?:photo(?:graph)?|picture|image)s?\s*(?::|by\b)[^)]*)\)?$",
    re.IGNORECASE,
)
#: A byline: "By" and names, a comma or "and" between them, an agency or paper after
#: ("By Jane Smith and Tom Hale, Reuters", "By JANE SMITH Associated Press"); every word
#: capitalised, so "By Tuesday, officials had left" is a sentence.
_BYLINE = re.compile(r"^\W*By\s+[A-Z][\w.'’-]*(?:(?:\s+|\s*,\s*)(?:and\s+)?[A-Z][\w.'’&-]*)*\W*$")
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
    """The suggested label of one sentence and the cues that decided it, as shown (a
    present-tense claim's cue is its judged phrase, ``cues.generic.judged``).

    Returns ``(None, ())`` for page furniture and fragments; ``("fact", ())`` for a
    statement without cues.
    """
    label, cues = _ruled(text)
    return label, _shown(text, cues)


def _ruled(text: str) -> tuple[Label | None, tuple[Cue, ...]]:
    """``suggest_label`` with each cue as found: what the model's features read."""
    if len(_ALPHA_WORD.findall(text)) < 2:
        # One word ("Really?", "Yes.", "Monday", "confirmed") states nothing, not even
        # as a report.
        return None, ()
    if _BOILERPLATE.search(text):
        # Page furniture ("Join our brand new channel and get important news!") is no
        # statement, whatever its words.
        return None, ()
    attribution = attribution_cues(text)
    quotes = quotations(text, QUOTE_MIN_WORDS)
    # A quoted term with no one to say it ('signed a treaty on "alliance and strategic
    # partnership"') is the writer's sentence naming something, no reported speech.
    attribution += [q for q in quotes if attribution or not quoted_term(text, q)]
    heading = None if attribution else quoted_heading(text)
    if heading is not None:
        attribution.append(heading)
    if attribution:
        outside = _outside_asides(text, attribution)
        if outside is not None:
            # "His onslaught ignores the science (some studies suggest it may ...) and
            # ...": a source in an aside backs the writer's own claim, which the rest
            # of the sentence makes; that claim is labelled.
            return _ruled(outside)
        return "attribution", tuple(sorted(attribution, key=lambda c: c.start))
    if _CREDIT.search(text) or _BYLINE.match(text):
        return None, ()  # a credit or a byline
    opinion = opinion_cues(text)
    speculative = [c for c in opinion if c.kind == "speculative"]
    estimate = _without([*hedge_cues(text), *projection_cues(text)], speculative)
    if speculation(text, estimate):
        # "might", "probably" with no quantity to soften: speculation, not an estimate
        opinion += [Cue("speculative", c.start, c.end, c.text) for c in estimate]
        estimate = []
    if estimate:
        return "estimate", tuple(estimate)
    if opinion:
        return "opinion", tuple(sorted(opinion, key=lambda c: c.start))
    approximate = magnitude_cues(text)
    if approximate:
        # "Dozens of flights were cancelled": an amount known only roughly (GUIDE: an
        # approximate quantity), weighed after the writer's judgement.
        return "estimate", tuple(approximate)
    if len(_ALPHA_WORD.findall(text)) < MIN_WORDS and not is_statement(text):
        # A short line is a heading or a date unless it is a sentence: "Prices rose."
        return None, ()
    claim = argued(text)
    if claim is not None:
        # "It doesn't matter", "Armies cannot conquer science": no word judges, the
        # form argues (a denial, a modal, a subject pointing back), weighed last
        return "opinion", (claim,)
    return "fact", ()


#: A parenthesis: an aside inside a sentence.
_ASIDE = re.compile(r"\([^()]*\)")


def _outside_asides(text: str, cues: Sequence[Cue]) -> str | None:
    """The sentence with its parentheses blanked (offsets kept) where every cue lies in
    one and the rest is still a sentence of MIN_WORDS words or more, else None."""
    if "(" not in text:
        return None
    asides = [m.span() for m in _ASIDE.finditer(text)]
    if not all(any(a <= c.start and c.end <= b for a, b in asides) for c in cues):
        return None
    outside = _ASIDE.sub(lambda m: " " * len(m.group()), text)
    return outside if len(_ALPHA_WORD.findall(outside)) >= MIN_WORDS else None


def _shown(text: str, cues: Sequence[Cue]) -> tuple[Cue, ...]:
    return tuple(judged(text, c) for c in cues)


def _row(text: str, label: Label | None, cues: Sequence[Cue]) -> list[str]:
    # Every cue the rules see, not only the deciding ones: an attributed sentence's
    # evaluative words still tell the model something.
    strong = strongly_judged(text, label, cues)
    return features(text, label, [*cues, *opinion_cues(text), *hedge_cues(text)], strong)


def model_rows(texts: Sequence[str]) -> tuple[list[list[str]], list[Label | None]]:
    """The model's features of each text and the rules' label of each (what ``train``
    learns from and what ``suggest`` predicts from)."""
    ruled = [_ruled(text) for text in texts]
    rows = [_row(text, label, cues) for text, (label, cues) in zip(texts, ruled, strict=True)]
    return rows, [label for label, _cues in ruled]


def _why(text: str, grams: Sequence[str]) -> tuple[Cue, ...]:
    """The model's strongest n-grams as cues, placed at their first place in the text
    (none where none is found: the caller falls back to the rules' cues)."""
    out: list[Cue] = []
    for gram in grams:
        pattern = r"\W+".join(re.escape(t) for t in gram.split())
        m = re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)
        if m:
            out.append(Cue("model", m.start(), m.end(), m.group()))
    return tuple(sorted(out, key=lambda c: c.start))


def shown_why(cues: Sequence[Cue], words: Iterable[str]) -> str:
    """A suggestion's reason as shown, from its cues' ``words``: the rules' words, or
    "model: " and the model's n-grams."""
    said = ", ".join([*(c.note for c in cues if c.note), *(w for w in words if w)])
    if any(c.kind == "model" for c in cues):
        return f"model: {said}" if said else "model"
    return said


def in_voice(
    texts: Sequence[str], ruled: Sequence[tuple[Label | None, tuple[Cue, ...]]]
) -> list[tuple[Label | None, tuple[Cue, ...]]]:
    """The rules' labels of a whole text's sentences, in order, read in the text's voice
    (``voice``)."""
    found = article_voice(
        (label, strongly_judged(text, label, cues))
        for text, (label, cues) in zip(texts, ruled, strict=True)
    )
    return [read_in(found, text, *rc) for text, rc in zip(texts, ruled, strict=True)]


def read_in(
    found: Voice, text: str, label: Label | None, cues: tuple[Cue, ...]
) -> tuple[Label | None, tuple[Cue, ...]]:
    """One sentence's rules' label read in its text's voice: where the voice judges, an
    uncued claim about the present, in general or in the present perfect
    (``cues.genre.leans_opinion``) is opinion, and so is
    a hedge of likelihood with no figure to soften ("Russia is expected to sign a
    treaty", "shortages are likely to grow": the writer's speculation, as "might" with no
    quantity is in any text), with a ``voice`` cue whose note gives the count."""
    if not found.judges:
        return label, cues
    if (label == "fact" and not cues and leans_opinion(text)) or (
        label == "estimate" and all(c.kind == "hedge" for c in cues) and not numbers(text)
    ):
        return "opinion", (Cue("voice", 0, 0, "", found.reason()),)
    return label, cues


class InVoice:
    """The rules' suggestion of a sentence of one article, read in the article's voice
    as ``suggest_text`` reads it; the voice is read once, when first asked for, from the
    article's first statements (``voice.READ_STATEMENTS``), by ``rules`` (the app passes
    its cached ``suggest_label``)."""

    def __init__(
        self,
        sentences: Sequence[Sentence | str],
        rules: Callable[[str], tuple[Label | None, tuple[Cue, ...]]] = suggest_label,
    ) -> None:
        self._texts = (s.text if isinstance(s, Sentence) else s for s in sentences)
        self._rules = rules
        self._voice: Voice | None = None

    def __call__(self, text: str) -> tuple[Label | None, tuple[Cue, ...]]:
        if self._voice is None:
            self._voice = article_voice(
                (lab, strongly_judged(t, lab, cues))
                for t in self._texts
                for lab, cues in (self._rules(t),)
            )
        return read_in(self._voice, text, *self._rules(text))


def suggest(
    sentences: Iterable[Sentence | str],
    learned: model.Model | None = None,
    *,
    document: bool = False,
) -> list[Suggestion]:
    """A suggestion for every sentence, in order; with ``learned``, the rules and the
    model together (``model.combine``: the rules keep attribution and non-statements).
    With ``document``, the sentences are one text, read in its voice (``in_voice``):
    where the model keeps the rules' label, it is the label in the voice."""
    items = [
        (s.index, s.text) if isinstance(s, Sentence) else (k, s) for k, s in enumerate(sentences)
    ]
    ruled = [_ruled(text) for _i, text in items]
    voiced = in_voice([text for _i, text in items], ruled) if document else ruled
    if learned is None:
        return [
            Suggestion(i, t, lab, _shown(t, cues))
            for (i, t), (lab, cues) in zip(items, voiced, strict=True)
        ]
    rows = [_row(text, label, cues) for (_i, text), (label, cues) in zip(items, ruled, strict=True)]
    guesses = learned.predict(rows, [label for label, _c in ruled])
    out: list[Suggestion] = []
    for (i, text), (rule, cues), (heard, said), (guess, grams), row in zip(
        items, ruled, voiced, guesses, rows, strict=True
    ):
        label = combine(rule, guess, plain_event(row))
        why = _why(text, grams) or tuple(Cue("model", c.start, c.end, c.text) for c in cues)
        if label == rule or not why:
            # The rules' label, read in the text's voice where it was given whole: the
            # model keeps it wherever it is not clearly surer (``model.keeps``).
            out.append(Suggestion(i, text, heard, _shown(text, said)))
        else:
            out.append(Suggestion(i, text, label_of(guess), why))
    return out


def suggest_text(
    text: str, learned: model.Model | None = None, lang: str | None = None
) -> list[Suggestion]:
    """Split an article into sentences (in ``lang``, by default guessed from the text)
    and suggest a label for each, in its voice."""
    return suggest(split_sentences(text, lang), learned, document=True)
