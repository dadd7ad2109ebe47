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
from newsdiff.meaning.model_plain import ModelError as ModelError
from newsdiff.meaning.model_plain import combine as combine
from newsdiff.meaning.model_plain import label_of as label_of
from newsdiff.meaning.model_plain import plain_event as plain_event
from newsdiff.meaning.sentence_features import features as features

#: The file format; a file of another version is refused with a clear message. 3: the
#: ``r:strong`` feature, the margin and whether the model is in use (``model_cv``).
VERSION = 3
#: Below this many labels there is nothing to learn from; a label with fewer than
#: ``MIN_PER_LABEL`` examples is left to the rules, and at least two labels must have
#: that many (an annotator who marks only opinion against fact still gets a model).
MIN_LABELS = 30
MIN_PER_LABEL = 5
BUCKETS = 1 << 20
#: How much likelier (softmax probability) than the rules' label the model's label must
#: be to override it, before ``train`` chooses (``model_cv.MARGINS``).
MARGIN = 0.2
#: The feature of a sentence the rules call an opinion for a strong cue
#: (``cues.genre.strongly_judged``): the model may not make it a fact (``keeps``).
STRONG = "r:strong"

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
class Read:
    """What the model makes of a batch of sentences: each label's probability, the
    best label of each, and the n-grams of each sentence that pushed most towards it."""

    prob: Floats
    best: Ints
    why: list[list[str]]


@dataclass
class Model:
    """Weights for the buckets seen in training (``rows`` sorted), one column per label."""

    labels: list[str]
    rows: Ints
    weights: Floats
    meta: dict[str, Any] = field(default_factory=dict)
    margin: float = MARGIN
    """How much likelier than the rules' label the model's must be to override it."""

    def _gather(self, batch: _Batch) -> Floats:
        """Each nonzero's weight row (zeros for buckets never seen)."""
        pos = np.searchsorted(self.rows, batch.cols)
        pos = np.minimum(pos, len(self.rows) - 1)
        known = self.rows[pos] == batch.cols
        w = np.where(known[:, None], self.weights[pos], 0.0)
        return w * batch.vals[:, None]

    def scores(self, batch: _Batch) -> Floats:
        return _sums(batch, self._gather(batch), len(self.labels))

    def read(self, rows: Sequence[list[str]]) -> Read:
        """Probabilities, best labels and reasons (``_reasons``) of feature lists."""
        batch = _Batch.of(rows)
        contrib = self._gather(batch)
        z = _sums(batch, contrib, len(self.labels))
        z -= z.max(axis=1, keepdims=True)
        prob: Floats = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
        best = prob.argmax(axis=1).astype(np.int64)
        why = [
            _reasons(batch.names[i], contrib[batch.ptr[i] : batch.ptr[i + 1]], int(best[i]))
            for i in range(len(rows))
        ]
        return Read(prob, best, why)

    def predict(
        self, rows: Sequence[list[str]], explain: Sequence[str | None] | None = None
    ) -> list[tuple[str, list[str]]]:
        """For each feature list: the label and the n-grams that pushed most towards it.

        ``explain[i]`` is the rules' label: where the model keeps it (``keeps``) the
        label is the rules' and has no n-grams (their cues say why)."""
        if not rows:
            return []
        seen = self.read(rows)
        rules = list(explain) if explain is not None else [None] * len(rows)
        unused = self.meta.get("unused", [])
        keep = keeps(seen, rows, rules, self.labels, self.margin, unused)
        return [
            (rule, []) if kept and rule is not None else (self.labels[k], seen.why[i])
            for i, (rule, k, kept) in enumerate(zip(rules, seen.best, keep, strict=True))
        ]


def _sums(batch: _Batch, contrib: Floats, k: int) -> Floats:
    n, rows_of = len(batch.ptr) - 1, batch.row_of
    return np.stack([np.bincount(rows_of, contrib[:, j], n) for j in range(k)], axis=1)


def _reasons(names: Sequence[str], part: Floats, k: int) -> list[str]:
    """The (at most three) word n-grams of a sentence that pushed most towards label
    ``k``: each with a letter and no stop word. A lone mark ("’", "?") or "the" is
    no reason a reader can check (review r22a: "[model: Skabeyeva, ’]")."""
    if part.shape[1] < 2:
        # fitted on one label (a fold of ``train`` whose articles all had another
        # held out): nothing pushed towards it rather than away
        return []
    push = part[:, k] - np.delete(part, k, axis=1).mean(axis=1)
    order = np.argsort(-push)
    return [
        names[j][2:]
        for j in order
        if push[j] > 0 and names[j][:2] in ("w:", "b:") and _content(names[j][2:])
    ][:3]  # fmt: skip


def _content(gram: str) -> bool:
    """Whether an n-gram may say why: a letter in it, and none of its words a stop
    word. "The", "is", "a" and "after the" push a label only with what else the
    annotator's sentences held; shown as the reason they explain nothing ("The economy
    is in a mess": "mess")."""
    return any(ch.isalpha() for ch in gram) and STOP_WORDS.isdisjoint(gram.split())


def keeps(
    seen: Read,
    rows: Sequence[Sequence[str]],
    rules: Sequence[str | None],
    labels: Sequence[str],
    margin: float,
    unused: Sequence[str] = (),
) -> list[bool]:
    """Whether the rules' label stays, sentence by sentence. It stays where the model
    agrees; where the model's label is less than ``margin`` likelier than the rules'
    (a label the model never learnt has probability 0); where the model has no word to
    show for its label (it would decide on the shape and stop words alone, which the
    rules read too); where the rules judge with a strong cue (``STRONG``: a word the
    lexicons rate, review r22a: "deeply disenchanted" -> fact [model: teachers]) and
    the model says it is no opinion; and where the model never learnt the rules' label
    though the annotator used it (too few examples). A label in ``unused``, one the
    annotator never gave, is the model's to decide (a store of opinion against fact has
    no estimate); ``combine`` still leaves attribution and non-statements to the rules."""
    out = []
    for i, rule in enumerate(rules):
        k = int(seen.best[i])
        if rule is None or rule == labels[k]:
            out.append(rule is not None)
            continue
        if rule not in labels:
            out.append(rule not in unused or margin > seen.prob[i, k])
            continue
        ahead = seen.prob[i, k] - seen.prob[i, labels.index(rule)]
        strong = rule == "opinion" and STRONG in rows[i]
        out.append(ahead < margin or not seen.why[i] or strong)
    return out


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
