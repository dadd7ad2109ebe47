"""What of the suggestion model is read without numpy (``model`` and ``model_file``
load it): where the model's file lives beside a store, how the model's label joins the
rules' (``combine``, ``plain_event``), and its errors. The app asks whether a store has
a model after its first paint, and suggests by the rules with every sentence: a store
without a model must load no numpy for either (numpy's import is about 0.1 s)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsdiff.core.labels import LABELS, Label
from newsdiff.meaning import lexicon
from newsdiff.meaning.sentence_features import unmarked

#: The sources of the labels a model learns from: typed, or a suggestion accepted (not a
#: label carried from the counterpart, which waits to be confirmed).
LEARN_SOURCES = frozenset({"human", "suggestion"})


def learns_from(label: str, source: str, text: str) -> bool:
    """Whether a tag is one a model learns from."""
    return bool(label) and source in LEARN_SOURCES and bool(text.strip())


def trained_on(meta: dict[str, object], annotator: str) -> int | None:
    """How many of ``annotator``'s labels the model was trained on (its ``given``; a
    model from before that field, the labels it kept), or None for a model trained on
    another's labels or on everyone's (``train`` without ``--annotator``)."""
    if meta.get("annotator") != annotator:
        return None
    given = meta.get("given")
    if isinstance(given, int):
        return given
    counts = meta.get("counts")
    if isinstance(counts, dict):
        return sum(n for n in counts.values() if isinstance(n, int))
    return None


def model_path(store_path: Path) -> Path:
    """Where the model of a store lives: beside it (``newsdiff.json`` ->
    ``newsdiff.model.npz``)."""
    return store_path.with_name(store_path.stem + ".model.npz")


class ModelError(Exception):
    """A model file that cannot be read (damaged, or from another version)."""


def combine(rule_label: str | None, model_label: str, event: bool = False) -> str | None:
    """The suggestion from both: the rules keep attribution and non-statements, and
    attribution is theirs to give. A model of a few dozen labels that calls a sentence
    attributed where the rules find no source is wrong more often than not (Wikinews dev
    curve: attribution precision 0.93 at 50 labels, 0.96 with the rules alone).

    A sentence the rules call a fact stays one where it tells an event in plain words
    (``event``: ``plain_event``): the model's opinion there rests on its topic alone."""
    if rule_label is None or rule_label == "attribution" or model_label == "attribution":
        return rule_label
    if event and rule_label == "fact" and model_label == "opinion":
        return rule_label
    return model_label


#: Forms of "be", "have", "do" and the linking verbs (WordNet's exception list gives
#: "is" as a form of "be", so ``may_be_past`` says yes to it): a sentence whose only past
#: form is one of these tells a state ("The report was a naff piece of work."), no event.
_NO_EVENT = frozenset(
    "is are am be was were been being has have had does do did became become seemed "
    "appeared remained looked felt got sounded".split()
)


def plain_event(row: Sequence[str]) -> bool:
    """Whether a sentence (its ``features``) tells an event in plain words: it is
    ``unmarked`` (no word the lexicons rate, no cue) and a verb after its first word is
    in a past form that is no form of "be", "have", "do" or a linking verb. After 154
    labels of political opinion, "The government approved the budget on Tuesday." read
    opinion [model: government, budget] (review r17b): what made it an opinion was its
    topic. A state judged in a word the lexicons lack ("The plan is a misuse of time.",
    "The report was a naff piece of work.") is no event, and the model decides it."""
    if not unmarked(row):
        return False
    words = [f[2:] for f in row if f.startswith("w:")][1:]
    return any(w not in _NO_EVENT and lexicon.may_be_past(w) for w in words)


def label_of(label: str) -> Label:
    """A model label as the core's Label type (the model only ever holds LABELS)."""
    for known in LABELS:
        if label == known:
            return known
    raise ModelError(f"unknown label {label!r}")
