"""Whether the suggestion model is worth using: ``train`` measures the rules alone and
the rules with the model on the same cross-validation folds of the store's own labels,
and the model is used only where it beats the rules there.

Out-of-fold: each sentence is suggested by a model fitted on the other ``FOLDS`` - 1
folds, and the folds are dealt by article (``folds``' ``groups``): a sentence is
suggested by a model that never saw its article. Dealt by label, the other sentences of
its article taught the model its topic nouns, and the figure measured that (review r25c:
121 labels of 5 articles cross-validated 0.735 -> 0.775 by label, "in use"; on 154
sentences of 10 other texts macro-F1 fell 0.719 -> 0.710, its 5 changes all opinion
[model: election], [model: public], none right). Labels from fewer than
``MIN_ARTICLES`` articles cannot be measured so: the model is saved not in use. For each fold the L2 penalty and the margin (``L2_CHOICES`` x
``MARGINS``) are the ones that scored best on the *other* folds' suggestions, so the
figure printed for the rules with the model is not the best of nine tries on the same
sentences (a nested cross-validation whose inner folds are the outer ones: one fit per
fold and penalty). The rules alone need no fit: on the same folds their figure is their
score on every label. The model is in use (``Measured.in_use``) when it beats the rules
by ``BEAT`` macro-F1 or more, its opinion F1 is no lower, and of the sentences where
the two differ it makes clearly more right than wrong (``SURE``); otherwise it is saved marked
not in use and the suggestions stay the rules' (review r22a: 124 labels, a model whose
cross-validated 0.592 had no rules-alone figure beside it, lowered opinion F1 on the
other half from 0.547 to 0.447).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsdiff.core.labels import LABELS
from newsdiff.meaning import scores
from newsdiff.meaning.model import Model, Read, fit, keeps
from newsdiff.meaning.model_plain import combine, plain_event

FOLDS = 5
#: The L2 penalties and the margins ``train`` chooses among (``model.keeps``).
L2_CHOICES = (1e-3, 1e-2, 3e-2)
MARGINS = (0.0, 0.2, 0.4)
#: Under this many labels a fold holds too few to choose by: the first penalty and the
#: cautious ``model.MARGIN`` are kept.
CHOOSE_FROM = 100
#: How much macro-F1 the rules with the model must gain over the rules alone in
#: cross-validation to be used: about one sentence in a hundred labels of two kinds, so
#: a tie or a gain within the folds' noise keeps the rules.
BEAT = 0.01
#: And of the sentences where the two differ, the model must make right this many
#: standard deviations more than it makes wrong (a sign test: 2 is about 98% one-sided).
#: With 100 labels a gain of 0.01-0.03 macro-F1 is one or two sentences, within the
#: noise: on our 1,018 sentences (``bench/train_curve.py``) a model that passed the
#: macro-F1 margin alone at 100 labels lowered held-out macro-F1 0.559 -> 0.542.
SURE = 2.0
#: Labels from fewer articles than this leave some fold without an article of its own to
#: be measured on, so the model stays out of use (``Measured.failed``: "articles").
MIN_ARTICLES = FOLDS


@dataclass(frozen=True)
class Measured:
    """The rules alone and the rules with the model on the same folds."""

    rules_macro: float
    rules_opinion: float | None
    model_macro: float
    model_opinion: float | None
    """Opinion F1: None where the annotator gave no opinion label."""
    fixed: int = 0
    broken: int = 0
    """Sentences the model made right where the rules were wrong, and the reverse."""
    articles: int | None = None
    """How many articles the labels come from; None where unknown (lines without an
    article, a model file from before the folds were dealt by article)."""

    @property
    def in_use(self) -> bool:
        return self.failed is None

    @property
    def failed(self) -> str | None:
        """The first of the tests the model fails ("articles", "macro", "opinion",
        "sign"), or None when it passes all and is in use."""
        if self.articles is not None and self.articles < MIN_ARTICLES:
            return "articles"
        if self.model_macro < self.rules_macro + BEAT - 1e-9:
            return "macro"
        if (
            self.model_opinion is not None
            and self.rules_opinion is not None
            and self.model_opinion < self.rules_opinion - 1e-9
        ):
            return "opinion"
        changed = self.fixed + self.broken
        if not changed or self.fixed - self.broken < SURE * math.sqrt(changed):
            return "sign"
        return None

    def why_not(self, short: bool = False) -> str | None:
        """Why the model is not in use, in words, as ``train`` prints it or, ``short``,
        as the app's status line does (review r24c: a model 0.037 macro-F1 better was
        said not to beat the rules by 0.01 when the sign test had kept it out)."""
        failed = self.failed
        if failed == "articles":
            if short:
                return f"labels from {self.articles} articles, {MIN_ARTICLES} needed"
            return (
                f"the labels come from {self.articles} article(s), too few to measure the "
                f"model on articles it did not learn from ({MIN_ARTICLES} needed)"
            )
        if failed == "macro":
            return (
                "not better"
                if short
                else f"the model does not beat the rules alone by {BEAT} macro-F1"
            )
        if failed == "opinion":
            return (
                "lower opinion F1"
                if short
                else "the model's opinion F1 is lower than the rules' alone"
            )
        if failed == "sign":
            if short:
                return f"not surely better ({self.fixed} right, {self.broken} wrong)"
            return (
                f"the model beats the rules alone by {self.model_macro - self.rules_macro:.3f} "
                f"macro-F1, but of the {self.fixed + self.broken} labelled sentences where the "
                f"two differ it makes {self.fixed} right and {self.broken} wrong: not "
                f"{SURE:g} standard deviations more right than wrong (a sign test), so the "
                "gain may be chance"
            )
        return None

    @classmethod
    def of_meta(cls, meta: Mapping[str, object]) -> Measured | None:
        """The figures a model file keeps (``meta``), or None where it keeps none."""
        macro, rules = meta.get("cv_macro_f1"), meta.get("cv_rules_macro_f1")
        if not isinstance(macro, float | int) or not isinstance(rules, float | int):
            return None

        def number(key: str) -> float | None:
            x = meta.get(key)
            return float(x) if isinstance(x, float | int) else None

        fixed, broken = meta.get("cv_fixed", 0), meta.get("cv_broken", 0)
        articles = meta.get("cv_articles")
        return cls(
            float(rules),
            number("cv_rules_opinion_f1"),
            float(macro),
            number("cv_opinion_f1"),
            fixed if isinstance(fixed, int) else 0,
            broken if isinstance(broken, int) else 0,
            articles if isinstance(articles, int) else None,
        )

    def meta(self) -> dict[str, object]:
        """The figures as the model file keeps them (``model_file``)."""
        out: dict[str, object] = {
            "in_use": self.in_use,
            "cv_rules_macro_f1": round(self.rules_macro, 4),
            "cv_macro_f1": round(self.model_macro, 4),
            "cv_fixed": self.fixed,
            "cv_broken": self.broken,
        }
        if self.articles is not None:
            out["cv_articles"] = self.articles
        if self.rules_opinion is not None and self.model_opinion is not None:
            out["cv_rules_opinion_f1"] = round(self.rules_opinion, 4)
            out["cv_opinion_f1"] = round(self.model_opinion, 4)
        return out


def folds(
    gold: Sequence[str], k: int = FOLDS, seed: int = 0, groups: Sequence[object] | None = None
) -> list[int]:
    """A fold number for each item, each label dealt round the folds (stratified); with
    ``groups`` (each item's article), each article's items in one fold: the articles,
    largest first, each to the fold holding fewest items. Where every item is its own
    article (or no ``groups``), dealing by label already keeps articles apart."""
    if groups is not None and len(set(groups)) < len(groups):
        return _by_group(groups, k, seed)
    rng = np.random.default_rng(seed)
    out = [0] * len(gold)
    for lab in sorted(set(gold)):
        idx = [i for i, g in enumerate(gold) if g == lab]
        rng.shuffle(idx)
        for n, i in enumerate(idx):
            out[i] = n % k
    return out


def _by_group(groups: Sequence[object], k: int, seed: int) -> list[int]:
    members: dict[object, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    found = list(members.values())
    # articles of one size dealt in a seeded random order, not the store's
    order = [found[j] for j in np.random.default_rng(seed).permutation(len(found))]
    order.sort(key=len, reverse=True)
    size = [0] * k
    out = [0] * len(groups)
    for items in order:
        f = size.index(min(size))
        size[f] += len(items)
        for i in items:
            out[i] = f
    return out


def out_of_fold(
    rows: Sequence[list[str]], gold: Sequence[str], fold: Sequence[int], l2: float
) -> Read:
    """Each item's read (``Model.read``) by the model fitted on the other folds, its
    probabilities in the columns of every label of ``gold`` (``LABELS`` order; a label
    absent from a fold's training has probability 0 there)."""
    labels: list[str] = [lab for lab in LABELS if lab in set(gold)]
    prob = np.zeros((len(gold), len(labels)))
    why: list[list[str]] = [[] for _ in gold]
    for f in sorted(set(fold)):
        train = [i for i in range(len(gold)) if fold[i] != f]
        test = [i for i in range(len(gold)) if fold[i] == f]
        fitted = fit([rows[i] for i in train], [gold[i] for i in train], l2=l2)
        seen = fitted.read([rows[i] for i in test])
        cols = [labels.index(lab) for lab in fitted.labels]
        prob[np.ix_(test, cols)] = seen.prob
        for i, w in zip(test, seen.why, strict=True):
            why[i] = w
    return Read(prob, prob.argmax(axis=1).astype(np.int64), why)


def suggested(
    seen: Read,
    rows: Sequence[list[str]],
    rule_labels: Sequence[str | None],
    labels: Sequence[str],
    margin: float,
    unused: Sequence[str] = (),
) -> list[str]:
    """The suggestion of the rules with the model ("none" for no statement), as
    ``suggest`` makes it: ``keeps``, then ``combine``."""
    keep = keeps(seen, rows, rule_labels, labels, margin, unused)
    out = []
    for i, (rule, kept) in enumerate(zip(rule_labels, keep, strict=True)):
        guess = rule if kept and rule is not None else labels[int(seen.best[i])]
        out.append(combine(rule, guess, plain_event(rows[i])) or "none")
    return out


def _opinion(gold: Sequence[str], pred: Sequence[str]) -> float | None:
    if "opinion" not in gold:
        return None
    return scores.per_label(gold, pred, ["opinion"])[0].f1


def train(
    rows: Sequence[list[str]],
    gold: Sequence[str],
    rule_labels: Sequence[str | None],
    unused: Sequence[str] = (),
    groups: Sequence[object] | None = None,
) -> tuple[Model, Measured]:
    """The model fitted on all labels with the penalty and margin that cross-validated
    best on them, and the rules alone against the rules with the model, measured out
    of fold (the module docstring); ``unused``: the labels the annotator never gave;
    ``groups``: each label's article (None: unknown, the folds dealt by label)."""
    labels = [lab for lab in LABELS if lab in set(gold)]
    # One article cannot be held out from itself: its labels are dealt by label, and
    # ``Measured`` says the model cannot be in use (``MIN_ARTICLES``).
    by_article = groups is not None and len(set(groups)) > 1
    fold = folds(gold, groups=groups if by_article else None)
    few = len(gold) < CHOOSE_FROM
    choices = [
        (l2, m)
        for l2 in (L2_CHOICES[:1] if few else L2_CHOICES)
        for m in ((0.2,) if few else MARGINS)
    ]
    reads = {l2: out_of_fold(rows, gold, fold, l2) for l2 in {c[0] for c in choices}}
    preds = {c: suggested(reads[c[0]], rows, rule_labels, labels, c[1], unused) for c in choices}

    def score(c: tuple[float, float], where: Sequence[int]) -> float:
        g = [gold[i] for i in where]
        return scores.macro_f1(g, [preds[c][i] for i in where], labels)

    def best(where: Sequence[int]) -> tuple[float, float]:
        # max keeps the first of equals: the weaker penalty, the smaller margin first
        return max(choices, key=lambda c: (round(score(c, where), 9), -choices.index(c)))

    combined = ["none"] * len(gold)
    for f in sorted(set(fold)):
        chosen = best([i for i in range(len(gold)) if fold[i] != f])
        for i in range(len(gold)):
            if fold[i] == f:
                combined[i] = preds[chosen][i]
    alone = [r or "none" for r in rule_labels]
    right = [(a == g, c == g) for a, c, g in zip(alone, combined, gold, strict=True)]
    measured = Measured(
        scores.macro_f1(gold, alone, labels),
        _opinion(gold, alone),
        scores.macro_f1(gold, combined, labels),
        _opinion(gold, combined),
        sum(1 for a, c in right if c and not a),
        sum(1 for a, c in right if a and not c),
        len(set(groups)) if groups is not None else None,
    )
    l2, margin = best(range(len(gold)))
    model = fit(rows, gold, l2=l2)
    model.margin = margin
    model.meta = {"l2": l2, "margin": margin, "unused": list(unused), **measured.meta()}
    return model, measured
