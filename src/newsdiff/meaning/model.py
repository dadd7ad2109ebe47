"""A small linear classifier that learns the four labels from an annotator's own tags.

What ``newsdiff train`` fits and ``newsdiff suggest`` / the app use beside the rules:
multinomial logistic regression (numpy only, no download, no scikit-learn) over hashed
features of one sentence (``meaning.sentence_features``: word and character n-grams, the
rules' label and cues, the sentence's shape), each group of features of length 1.
Features are hashed with CRC-32 (stable across runs and machines) into 2**20 buckets;
only buckets seen in training are kept, so the saved file holds a few thousand rows.
Classes are weighted inversely to their frequency (the scores are macro-F1: a rare
opinion counts as much as a common fact).

Combined with the rules (``combine``): where the rules find attribution (a reporting
verb, a source, a quotation) or no statement at all, they keep the sentence, and only
they suggest attribution; elsewhere the model decides. Each model suggestion says why
with the n-grams of the sentence that pushed it most towards its label, stop words
left out.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

from newsdiff.core.labels import LABELS
from newsdiff.core.words import STOP_WORDS
from newsdiff.meaning import scores
from newsdiff.meaning.model_plain import ModelError as ModelError
from newsdiff.meaning.model_plain import combine as combine
from newsdiff.meaning.model_plain import label_of as label_of
from newsdiff.meaning.model_plain import plain_event as plain_event
from newsdiff.meaning.sentence_features import features as features

#: The file format; a file of another version is refused with a clear message.
VERSION = 2
#: Below this many labels there is nothing to learn from; a label with fewer than
#: ``MIN_PER_LABEL`` examples is left to the rules, and at least two labels must have
#: that many (an annotator who marks only opinion against fact still gets a model).
MIN_LABELS = 30
MIN_PER_LABEL = 5
BUCKETS = 1 << 20
#: The model overrides the rules' label only when its probability is at least this:
#: with a few hundred labels an unsure model is wrong more often than the rules
#: (``bench/suggest_bench.py --curve``: 0.4-0.7 scanned on the 534 dev sentences).
CONFIDENT = 0.5
FOLDS = 5
#: What ``train`` chooses between by cross-validation on the store's own labels: the
#: L2 penalty, and how sure the model must be to override the rules (0: wherever they
#: differ, attribution and non-statements aside). A few hundred labels of four kinds
#: want the weak penalty and the 0.5 bar; opinion against fact alone (CheckThat!
#: subjectivity, 278 labels) wants a stronger penalty and the model deciding.
L2_CHOICES = (1e-3, 1e-2, 3e-2)
CONFIDENT_CHOICES = (CONFIDENT, 0.0)
#: Under this many labels a fold holds too few to choose by (at 50 dev labels the
#: choice cost 0.02 macro-F1): the first choices are kept.
CHOOSE_FROM = 100

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


def _hash(names: Sequence[str]) -> Ints:
    return np.fromiter((zlib.crc32(n.encode()) % BUCKETS for n in names), np.int64, len(names))


def _group_values(rows: Sequence[list[str]], lengths: Ints) -> Floats:
    """Each feature's value: each group of features (words, bigrams, character grams,
    the rules' cues, the shape: the name's first two characters) has length 1 in a
    sentence, so a long sentence does not shout and a hundred character grams do not
    drown the rules' one label."""
    codes: dict[str, int] = {}
    group = np.fromiter(
        (codes.setdefault(n[:2], len(codes)) for r in rows for n in r), np.int64, int(lengths.sum())
    )
    cell = np.repeat(np.arange(len(rows)), lengths) * (len(codes) + 1) + group
    _uniq, inv, counts = np.unique(cell, return_inverse=True, return_counts=True)
    out: Floats = 1.0 / np.sqrt(counts[inv].astype(np.float64))
    return out


@dataclass
class _Batch:
    """Sentences as a sparse matrix: row ``i`` holds ``cols[ptr[i]:ptr[i+1]]``."""

    ptr: Ints
    cols: Ints  # hashed buckets
    vals: Floats
    names: list[list[str]] = field(default_factory=list)

    @classmethod
    def of(cls, rows: Sequence[list[str]]) -> _Batch:
        lengths = np.array([len(r) for r in rows], np.int64)
        ptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        cols = _hash([n for r in rows for n in r])
        vals = _group_values(rows, lengths)
        return cls(ptr, cols, vals, list(rows))

    @property
    def row_of(self) -> Ints:
        return np.repeat(np.arange(len(self.ptr) - 1), np.diff(self.ptr))


@dataclass
class Model:
    """Weights for the buckets seen in training (``rows`` sorted), one column per label."""

    labels: list[str]
    rows: Ints
    weights: Floats
    meta: dict[str, Any] = field(default_factory=dict)
    confident: float = CONFIDENT
    """The probability at which the model overrides the rules' label."""

    def _gather(self, batch: _Batch) -> tuple[Floats, Ints]:
        """Each nonzero's weight row (zeros for buckets never seen) and its position."""
        pos = np.searchsorted(self.rows, batch.cols)
        pos = np.minimum(pos, len(self.rows) - 1)
        known = self.rows[pos] == batch.cols
        w = np.where(known[:, None], self.weights[pos], 0.0)
        return w * batch.vals[:, None], pos

    def scores(self, batch: _Batch) -> Floats:
        contrib, _ = self._gather(batch)
        n, rows_of = len(batch.ptr) - 1, batch.row_of
        cols = [np.bincount(rows_of, contrib[:, k], n) for k in range(len(self.labels))]
        return np.stack(cols, axis=1).astype(np.float64)

    def predict(
        self, rows: Sequence[list[str]], explain: Sequence[str | None] | None = None
    ) -> list[tuple[str, list[str]]]:
        """For each feature list: the label and the n-grams that pushed most towards it.

        ``explain[i]`` is the rules' label: where the model is less sure than
        ``CONFIDENT`` (its softmax probability) it keeps the rules' label, and where it
        agrees with the rules their cues say why (and the search costs time)."""
        if not rows:
            return []
        batch = _Batch.of(rows)
        contrib, _ = self._gather(batch)
        rules = list(explain) if explain is not None else [None] * len(rows)
        unused = self.meta.get("unused", [])
        best, keep = _choose(self.scores(batch), rules, self.labels, self.confident, unused)
        out: list[tuple[str, list[str]]] = []
        for i, names in enumerate(batch.names):
            k, rule = int(best[i]), rules[i]
            if keep[i] and rule is not None:
                out.append((rule, []))
                continue
            part = contrib[batch.ptr[i] : batch.ptr[i + 1]]
            push = part[:, k] - np.delete(part, k, axis=1).mean(axis=1)
            order = np.argsort(-push)
            why = [
                names[j][2:]
                for j in order
                if push[j] > 0 and names[j][:2] in ("w:", "b:") and _content(names[j][2:])
            ][:3]  # fmt: skip
            out.append((self.labels[k], why))
        return out


def _content(gram: str) -> bool:
    """Whether an n-gram may say why: none of its words a stop word. "The", "is", "a"
    and "after the" push a label only with what else the annotator's sentences held;
    shown as the reason they explain nothing ("The economy is in a mess": "mess")."""
    return STOP_WORDS.isdisjoint(gram.split())


def _choose(
    z: Floats,
    rules: Sequence[str | None],
    labels: Sequence[str],
    bar: float,
    unused: Sequence[str] = (),
) -> tuple[Ints, list[bool]]:
    """The model's best label for each row of scores ``z``, and whether the rules' label
    stays: where the model is less sure than ``bar`` (its softmax probability), and
    where the model never learnt the rules' label though the annotator used it (too few
    examples). A label in ``unused``, one the annotator never gave, is the model's to
    decide: a store of opinion against fact has no estimate, so its sentences with a
    hedge are opinion or fact (``combine`` still leaves attribution and non-statements
    to the rules)."""
    z = z - z.max(axis=1, keepdims=True)
    prob = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    best = prob.argmax(axis=1).astype(np.int64)
    keep = [
        rule is not None
        and (rule == labels[k] or prob[i, k] < bar or rule not in (*labels, *unused))
        for i, (rule, k) in enumerate(zip(rules, best, strict=True))
    ]
    return best, keep


def fit(
    rows: Sequence[list[str]], gold: Sequence[str], epochs: int = 120, l2: float = 1e-3
) -> Model:
    """Softmax regression by full-batch Adam on class-weighted cross-entropy."""
    labels: list[str] = [lab for lab in LABELS if lab in set(gold)]
    batch = _Batch.of(rows)
    uniq, inv = np.unique(batch.cols, return_inverse=True)
    y = np.array([labels.index(g) for g in gold])
    counts = np.bincount(y, minlength=len(labels)).astype(float)
    sample_w = (len(y) / (len(labels) * counts))[y]
    onehot = np.eye(len(labels))[y]
    rows_of = batch.row_of
    w = np.zeros((len(uniq), len(labels)))
    m, v = np.zeros_like(w), np.zeros_like(w)
    lr, b1, b2 = 0.05, 0.9, 0.999
    k_range = range(len(labels))
    for t in range(1, epochs + 1):
        # np.bincount per label column: ten times faster than np.add.at here.
        nz = w[inv] * batch.vals[:, None]
        z = np.stack([np.bincount(rows_of, nz[:, k], len(y)) for k in k_range], axis=1)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g_rows = (p - onehot) * sample_w[:, None] / len(y)
        per_nnz = g_rows[rows_of] * batch.vals[:, None]
        grad: Floats = np.stack(
            [np.bincount(inv, per_nnz[:, k], len(uniq)) for k in k_range], axis=1
        ).astype(np.float64)
        grad += l2 * w
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return Model(labels, uniq.astype(np.int64), w)


def learnable(gold: Sequence[str]) -> list[str]:
    """The labels with enough examples to learn (the others stay with the rules)."""
    counts = Counter(gold)
    return [lab for lab in LABELS if counts[lab] >= MIN_PER_LABEL]


def too_few(gold: Sequence[str]) -> str | None:
    """Why these labels are too few to learn from, or None when they are enough."""
    counts = Counter(gold)
    if len(gold) < MIN_LABELS:
        have = "1 label" if len(gold) == 1 else f"{len(gold)} labels"
        return f"{have} (at least {MIN_LABELS} are needed)"
    if len(learnable(gold)) < 2:
        have = ", ".join(f"{lab} {counts[lab]}" for lab in LABELS)
        return f"too few of each label: {have} (two labels need at least {MIN_PER_LABEL} each)"
    return None


def folds(gold: Sequence[str], k: int = FOLDS, seed: int = 0) -> list[int]:
    """A fold number for each item, each label dealt round the folds (stratified)."""
    rng = np.random.default_rng(seed)
    out = [0] * len(gold)
    for lab in sorted(set(gold)):
        idx = [i for i, g in enumerate(gold) if g == lab]
        rng.shuffle(idx)
        for n, i in enumerate(idx):
            out[i] = n % k
    return out


def out_of_fold(rows: Sequence[list[str]], gold: Sequence[str], l2: float = 1e-3) -> Floats:
    """Each item's scores from the model fitted on the other ``FOLDS`` - 1 stratified
    folds (one column per label of ``gold``, in ``LABELS`` order)."""
    labels: list[str] = [lab for lab in LABELS if lab in set(gold)]
    fold = folds(gold)
    z = np.zeros((len(gold), len(labels)))
    for f in range(FOLDS):
        train = [i for i in range(len(gold)) if fold[i] != f]
        test = [i for i in range(len(gold)) if fold[i] == f]
        if not test:
            continue
        fitted = fit([rows[i] for i in train], [gold[i] for i in train], l2=l2)
        cols = [labels.index(lab) for lab in fitted.labels]
        z[np.ix_(test, cols)] = fitted.scores(_Batch.of([rows[i] for i in test]))
        missing = [k for k in range(len(labels)) if k not in cols]
        z[np.ix_(test, missing)] = -np.inf  # a label absent from these folds' training
    return z


def suggested(
    z: Floats,
    rule_labels: Sequence[str | None],
    labels: Sequence[str],
    bar: float,
    unused: Sequence[str] = (),
) -> list[str]:
    """The combined suggestion (``combine``; "none" for no statement) from scores."""
    best, keep = _choose(z, rule_labels, labels, bar, unused)
    return [
        combine(rule, rule if kept and rule is not None else labels[k]) or "none"
        for rule, k, kept in zip(rule_labels, best, keep, strict=True)
    ]


def cross_validate(
    rows: Sequence[list[str]],
    gold: Sequence[str],
    rule_labels: Sequence[str | None],
    l2: float = 1e-3,
    confident: Sequence[float] = (CONFIDENT,),
    unused: Sequence[str] = (),
) -> list[float]:
    """Macro-F1 of the combined suggestion over ``FOLDS`` stratified folds, for each
    bar in ``confident`` (one fit per fold serves them all)."""
    labels = [lab for lab in LABELS if lab in set(gold)]
    z = out_of_fold(rows, gold, l2)
    return [
        scores.macro_f1(gold, suggested(z, rule_labels, labels, bar, unused), labels)
        for bar in confident
    ]


def train(
    rows: Sequence[list[str]],
    gold: Sequence[str],
    rule_labels: Sequence[str | None],
    unused: Sequence[str] = (),
) -> tuple[Model, float]:
    """The model fitted on all labels with the penalty and the bar that cross-validated
    best on them (``L2_CHOICES`` x ``CONFIDENT_CHOICES``), and that best macro-F1;
    ``unused``: the labels the annotator never gave (``_choose``).

    (Each label's threshold chosen the same way was tried: on 636 CheckThat! labels it
    cost 0.01-0.04 opinion F1 in cross-validation, the choice fitting the folds' noise.)"""
    labels = [lab for lab in LABELS if lab in set(gold)]
    best = (-1.0, L2_CHOICES[0], CONFIDENT)
    few = len(gold) < CHOOSE_FROM
    for l2 in L2_CHOICES[:1] if few else L2_CHOICES:
        z = out_of_fold(rows, gold, l2)
        for bar in CONFIDENT_CHOICES[:1] if few else CONFIDENT_CHOICES:
            f1 = scores.macro_f1(gold, suggested(z, rule_labels, labels, bar, unused), labels)
            if f1 > best[0] + 1e-9:  # a tie keeps the earlier, more cautious choice
                best = (f1, l2, bar)
    cv, l2, bar = best
    model = fit(rows, gold, l2=l2)
    model.confident = bar
    model.meta = {"l2": l2, "confident": bar, "unused": list(unused)}
    return model, cv
