"""Issue 16, seventeenth round: a long pair of few distinct texts (boilerplate, a
live blog's repeated lines, a story copied through a file; the 100x seed pair: 4,400
and 3,000 sentences of 44 and 30 texts) aligns in plain Python over its distinct
texts (``core.twins``), without numpy's import, to the candidates, figures and chain
``core.small`` and ``core.dense`` give."""

from __future__ import annotations

import random

import pytest

from newsdiff.core import align as align_mod
from newsdiff.core import twins, words
from newsdiff.core.small import SmallPairing
from newsdiff.core.twins import TwinPairing, few_texts

from .conftest import TROOP_SENTENCES, random_word_sets, same_pairing_figures


def _texts(sets: list[frozenset[str]]) -> list[str]:
    return [" ".join(sorted(s)) for s in sets]


def _repeated(rng: random.Random) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Two random texts, each copied through its side a few times; sometimes one copy
    edited or cut short, so that the copies are not all alike."""
    a, b = random_word_sets(rng)
    copies = rng.randint(2, 6)
    a_rep, b_rep = a * copies, b * rng.choice([copies, copies + 1, max(1, copies - 1)])
    if rng.random() < 0.3:
        a_rep[rng.randrange(len(a_rep))] = frozenset({"edited", "copy"})
    if rng.random() < 0.3:
        b_rep = b_rep[: rng.randint(1, len(b_rep))]
    return a_rep, b_rep


@pytest.mark.parametrize("max_bits", [words.MAX_BITS, 7])
def test_twins_and_small_pairings_agree(monkeypatch: pytest.MonkeyPatch, max_bits: int) -> None:
    """On random texts copied through both sides (equal texts, empty sets, rows with
    no candidate word and so a band, words hashed onto few bits) the twins' pairing
    finds the candidates ``core.small`` finds, the same similarity to the bit for
    every shape, the same pairs among leftovers and the same chain at every
    threshold."""
    monkeypatch.setattr(words, "MAX_BITS", max_bits)
    rng = random.Random(17)
    for _ in range(150):
        a, b = _repeated(rng)
        norm = (_texts(a), _texts(b)) if rng.random() < 0.8 else ((), ())
        ids = few_texts(a, b)
        assert ids is not None
        mine = TwinPairing(a, b, ids, *norm)
        small = SmallPairing(a, b, False, *norm)
        assert [i * len(b) + j for i, cols in enumerate(mine.cols) for j in cols] == small.codes
        same_pairing_figures(mine, small, (len(a), len(b)), rng)


def test_align_of_copied_texts_is_the_same_by_twins_and_by_numpy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whole alignments (gaps, moves, kinds, similarities) of a few sentences copied
    through both sides, some edited, are the same by the twins' pairing and by numpy's."""
    rng = random.Random(71)
    sentences = TROOP_SENTENCES
    monkeypatch.setattr(align_mod, "_small_enough", lambda pairs: False)
    for _ in range(25):
        one_a = rng.sample(sentences, rng.randint(2, 8))
        one_b = [s for s in one_a if rng.random() < 0.8] + rng.sample(sentences, rng.randint(0, 2))
        a, b = one_a * rng.randint(2, 8), one_b * rng.randint(2, 8)
        if rng.random() < 0.5:
            b[rng.randrange(len(b))] = "A line of its own, in one copy only."
        by_twins = align_mod.align(a, b)
        monkeypatch.setattr(twins, "few_texts", lambda *sides: None)
        assert align_mod.align(a, b) == by_twins
        monkeypatch.setattr(twins, "few_texts", few_texts)


def test_many_distinct_texts_are_left_to_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The twins' tables hold a figure for each pair of distinct runs of 1, 2 and 3
    sentences: past TWIN_MAX_PAIRS of them (distinct sentences, or a few texts in
    every order, whose runs are many) the pairing is numpy's."""
    a = [frozenset({f"a{k}"}) for k in range(6)] * 3
    b = [frozenset({f"a{k}"}) for k in range(5)] * 3
    monkeypatch.setattr(twins, "TWIN_MAX_PAIRS", 30)
    assert few_texts(a, b) is not None  # 6 x 5 texts, and runs
    shuffled = a[:]
    random.Random(3).shuffle(shuffled)
    assert few_texts(shuffled, b) is None  # the same 6 texts, runs of many kinds
    assert few_texts(a + [frozenset({"new"})], b) is None  # 7 x 5 texts


def test_scores_measure_each_distinct_run_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """``scores`` of many groups of a few A runs measures each run against B's once:
    60 pairs from three texts copied 20 times ask for three rows of figures (one a
    pair before), and give the figures ``core.small`` gives."""
    a = [frozenset({"x", "y"}), frozenset({"z"}), frozenset({"w"})] * 20
    b = [frozenset({"x"}), frozenset({"z", "w"})] * 20
    ids = few_texts(a, b)
    assert ids is not None
    pairs = TwinPairing(a, b, ids)
    asked: list[int] = []
    real = TwinPairing._row

    def counting(self: TwinPairing, ka: int, kb: int, ta: int) -> list[float]:
        asked.append(ta)
        return real(self, ka, kb, ta)

    monkeypatch.setattr(TwinPairing, "_row", counting)
    rows = list(range(60))
    cols = [i % 40 for i in rows]
    assert pairs.scores(1, 1, rows, cols) == SmallPairing(a, b).scores(1, 1, rows, cols)
    assert sorted(asked) == [0, 1, 2]
