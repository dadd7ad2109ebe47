"""Training the suggestion model on an annotator's labels, and its suggestions for a set
of sentences: what ``newsdiff train`` and the app's retraining share (no store here:
each caller reads its own labels)."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from newsdiff.core.groups import Groups
from newsdiff.core.labels import LABELS, Label
from newsdiff.meaning import model, model_cv, model_plain
from newsdiff.meaning.cues.base import Cue
from newsdiff.meaning.suggest import model_rows, suggest

# The tag sources a model learns from live in ``model_plain`` (the app counts them
# without numpy); named here too for the callers that train.
LEARN_SOURCES = model_plain.LEARN_SOURCES


@dataclass(frozen=True)
class Learned:
    """A model fitted on labels, with how it scored in cross-validation."""

    model: model.Model
    counts: dict[str, int]
    measured: model_cv.Measured
    seconds: float
    given: dict[str, int] = field(default_factory=dict)
    """How often each label was given, those too rare to learn included."""

    def left_to_the_rules(self) -> str | None:
        """Which labels were given too rarely to learn, with their counts, as ``newsdiff
        train`` prints it and the app's status line says it after a retraining:
        ``left to the rules (under 5 labels each): estimate (4), opinion (4)``; None when
        none was. Attribution is the rules' at any count, and a label never given is the
        model's to decide (``learn``): neither is named here."""
        unused = self.model.meta.get("unused", [])
        left = [
            f"{lab} ({self.given.get(lab, 0)})"
            for lab in LABELS
            if lab not in self.model.labels and lab not in unused and lab != "attribution"
        ]
        if not left:
            return None
        return f"left to the rules (under {model.MIN_PER_LABEL} labels each): {', '.join(left)}"


def articles_of(articles: Sequence[str], texts: Sequence[str]) -> list[int]:
    """Each label's article for ``model_cv``'s folds: labels of one article (its id) are
    one, and so are labels of one sentence text, so the versions of a story that share
    sentences are one article too, not a fold each with the same sentences."""
    groups = Groups(len(texts))
    first: dict[tuple[str, str], int] = {}
    for i, key in enumerate(zip(articles, texts, strict=True)):
        for kind, value in zip(("a", "t"), (key[0], " ".join(key[1].split())), strict=True):
            groups.join(i, first.setdefault((kind, value), i))
    return [groups.root(i) for i in range(len(texts))]


def learn(
    texts: Sequence[str],
    gold: Sequence[str],
    annotator: str | None = None,
    articles: Sequence[str] | None = None,
) -> Learned | str:
    """Fit the model on ``texts`` labelled ``gold``; a string says why not (too few).
    ``articles``: each label's article id, which ``train`` measures by (``model_cv``);
    None where there is none (sentences without an article: the folds by label)."""
    why = model.too_few(gold)
    if why is not None:
        return why
    started = time.perf_counter()
    given = dict(Counter(gold))
    n_given = len(gold)
    keep = set(model.learnable(gold))
    # Labels the annotator never gave are outside their scheme: the model decides those
    # sentences (attribution aside); a label given too rarely to learn stays with the rules.
    unused = [lab for lab in LABELS if lab not in set(gold) and lab != "attribution"]
    groups = articles_of(articles, texts) if articles is not None else None
    if groups is not None:
        groups = [a for a, g in zip(groups, gold, strict=True) if g in keep]
    texts = [t for t, g in zip(texts, gold, strict=True) if g in keep]
    gold = [g for g in gold if g in keep]
    rows, rule_labels = model_rows(texts)
    fitted, measured = model_cv.train(rows, gold, rule_labels, unused, groups)
    counts = dict(Counter(gold))
    fitted.meta = {
        **fitted.meta,
        "trained": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "annotator": annotator,
        "counts": counts,
        # How many labels it learnt from, rare ones too: the app retrains after so many
        # new ones since (``tui.training``), counted across sittings.
        "given": n_given,
    }
    return Learned(fitted, counts, measured, time.perf_counter() - started, given)


def in_use(learned: model.Model) -> bool:
    """Whether ``train`` found the model better than the rules alone (``model_cv``):
    only then do ``suggest --store`` and the app use it."""
    return bool(learned.meta.get("in_use", False))


def why_not(learned: model.Model) -> str | None:
    """Why the model is not in use, as the app's status line says it ("not surely
    better (6 right, 3 wrong)": the sign test of ``model_cv``), or None when it is."""
    if in_use(learned):
        return None
    measured = model_cv.Measured.of_meta(learned.meta)
    return (measured.why_not(short=True) if measured else None) or "not better"


def suggestions_of(
    texts: Iterable[str], learned: model.Model
) -> dict[str, tuple[Label | None, tuple[Cue, ...]]]:
    """The model's suggestion of each distinct text where it overrides the rules (what
    the app shows there; elsewhere the app keeps the rules' label, read in the
    article's voice); none for a model not in use."""
    if not in_use(learned):
        return {}
    unique = list(dict.fromkeys(texts))
    return {
        s.text: (s.label, s.cues)
        for s in suggest(unique, learned)
        if any(c.kind == "model" for c in s.cues)
    }
