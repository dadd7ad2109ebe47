"""Scores of suggested labels: per-label P/R/F1, macro-F1, MCC."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff.meaning import scores

LABELS = st.sampled_from(["fact", "opinion", "estimate", "attribution"])


def test_per_label_counts_hits_over_predicted_and_true() -> None:
    """Precision is hits over predicted, recall hits over true, F1 their harmonic mean."""
    gold = ["fact", "fact", "opinion", "opinion"]
    pred = ["fact", "opinion", "opinion", "fact"]
    by = {s.label: s for s in scores.per_label(gold, pred)}
    assert by["fact"].precision == 0.5 and by["fact"].recall == 0.5 and by["fact"].f1 == 0.5
    assert by["opinion"].support == 2 and by["opinion"].predicted == 2


def test_a_label_never_predicted_scores_zero_not_an_error() -> None:
    """A constant guess gets F1 0 on every other label, so its macro-F1 stays low."""
    gold = ["fact", "opinion", "estimate", "attribution"]
    assert scores.macro_f1(gold, ["fact"] * 4) == pytest.approx((2 * 0.25 / 1.25) / 4)


def test_mcc_known_values() -> None:
    """MCC is 1 for agreement, -1 for inversion and 0 for a constant prediction."""
    gold = [True, False, True, False]
    assert scores.mcc(gold, gold) == pytest.approx(1.0)
    assert scores.mcc(gold, [not g for g in gold]) == pytest.approx(-1.0)
    assert scores.mcc(gold, [True] * 4) == 0.0


def test_lengths_must_match() -> None:
    """Two sequences of different length are a caller's error, said plainly."""
    with pytest.raises(ValueError, match="predictions"):
        scores.macro_f1(["fact"], [])


@given(st.lists(LABELS, min_size=1, max_size=40))
def test_perfect_prediction_scores_one(gold: list[str]) -> None:
    """Predicting the reference itself gives macro-F1 and accuracy 1."""
    assert scores.macro_f1(gold, gold) == pytest.approx(1.0)
    assert scores.accuracy(gold, gold) == 1.0


@given(st.lists(st.tuples(LABELS, LABELS), min_size=1, max_size=40))
def test_scores_are_bounded(pairs: list[tuple[str, str]]) -> None:
    """Every score lies in its range whatever the labels."""
    gold, pred = [g for g, _ in pairs], [p for _, p in pairs]
    assert 0.0 <= scores.macro_f1(gold, pred) <= 1.0
    assert -1.0 <= scores.mcc([g == "fact" for g in gold], [p == "fact" for p in pred]) <= 1.0
