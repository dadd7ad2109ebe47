"""Agreement scores of suggested labels against reference labels: per-label precision,
recall and F1, macro-F1 and, for two classes, the Matthews correlation.

Pure functions over two equal-length sequences of labels (any hashable strings), used
by ``newsdiff train`` (cross-validated macro-F1) and by ``bench/suggest_bench.py``.
A label that is never predicted has precision 0 and one that never occurs has recall 0,
so a constant guess scores what it deserves in the macro average.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LabelScore:
    """Precision, recall and F1 of one label, with how often it is true and predicted."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int
    predicted: int


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def per_label(
    gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] | None = None
) -> list[LabelScore]:
    """Scores for each label of ``labels`` (default: those in ``gold``, sorted)."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} reference labels but {len(pred)} predictions")
    names = list(labels) if labels is not None else sorted(set(gold))
    hits = Counter(g for g, p in zip(gold, pred, strict=True) if g == p)
    true, guessed = Counter(gold), Counter(pred)
    out = []
    for name in names:
        p = hits[name] / guessed[name] if guessed[name] else 0.0
        r = hits[name] / true[name] if true[name] else 0.0
        out.append(LabelScore(name, p, r, _f1(p, r), true[name], guessed[name]))
    return out


def macro_f1(
    gold: Sequence[str], pred: Sequence[str], labels: Sequence[str] | None = None
) -> float:
    """The unweighted mean F1 over ``labels`` (default: the labels that occur in ``gold``)."""
    scores = per_label(gold, pred, labels)
    return sum(s.f1 for s in scores) / len(scores) if scores else 0.0


def accuracy(gold: Sequence[str], pred: Sequence[str]) -> float:
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} reference labels but {len(pred)} predictions")
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0


def mcc(gold: Sequence[bool], pred: Sequence[bool]) -> float:
    """Matthews correlation of two yes/no sequences: 1 agrees, 0 chance, -1 inverts.
    A constant prediction (or reference) scores 0."""
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} reference labels but {len(pred)} predictions")
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    tn = sum(not g and not p for g, p in zip(gold, pred, strict=True))
    fp = sum(p and not g for g, p in zip(gold, pred, strict=True))
    fn = sum(g and not p for g, p in zip(gold, pred, strict=True))
    denom = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
    return (tp * tn - fp * fn) / denom if denom else 0.0
