"""The sparse alignment programme chooses what the dense one does, and sizes past the
old 50-million-pair limit align (issue 16)."""

from __future__ import annotations

import random

import numpy as np

from newsdiff.core.align import SHAPES, align
from newsdiff.core.chain import sparse_chain
from newsdiff.core.dense import candidate_groups, dense_chain
from newsdiff.core.similarity import Candidates, Similarity

from .conftest import random_word_sets


def _instance(rng: random.Random) -> tuple[Similarity, Candidates]:
    a, b = random_word_sets(rng)
    n, m = len(a), len(b)
    codes = [i * m + j for i in range(n) for j in range(m) if a[i] & b[j] and rng.random() < 0.9]
    return Similarity(a, b), Candidates(n, m, np.array(codes, dtype=np.int64))


def test_sparse_and_dense_programmes_choose_the_same_chain() -> None:
    """On random candidate sets, ties included (equal sentences, a zero threshold), the
    staircase programme returns exactly the groups the dense table's way back does."""
    rng = random.Random(16)
    for _ in range(300):
        sim, cands = _instance(rng)
        threshold = rng.choice([0.2, 0.08, 0.0])
        groups = candidate_groups(sim, cands, threshold)
        dense = dense_chain(cands.n, cands.m, *groups, None)
        lists = [g.tolist() for g in groups]
        assert sparse_chain(cands.n, cands.m, *lists, SHAPES) == dense


def test_a_pair_past_the_old_limit_aligns() -> None:
    """7,200 x 7,200 sentences (the old limit refused 50 million pairs) align, and the
    edits are found where they are."""
    a = [f"Entry {k} of the log was filed by clerk {k * 7 % 9973} today." for k in range(7200)]
    b = list(a)
    b[100] = b[100].replace("filed", "written")
    del b[5000]
    b.insert(6000, "A new line the clerks added.")
    links = align(a, b)
    kinds = {lk.kind for lk in links}
    assert kinds <= {"equal", "changed", "removed", "added"}
    assert [lk.a for lk in links if lk.kind == "changed"] == [(100,)]
    assert [lk.a for lk in links if lk.kind == "removed"] == [(5000,)]
    assert [lk.b for lk in links if lk.kind == "added"] == [(6000,)]
