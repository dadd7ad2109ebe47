"""The alignment without numpy (``core.small``, small inputs) gives the figures, the
candidates and the chain the numpy one (``core.dense``) gives (issue 16: a small diff
no longer imports numpy)."""

from __future__ import annotations

import random

import pytest

from newsdiff.core import align as align_mod
from newsdiff.core import words
from newsdiff.core.dense import DensePairing
from newsdiff.core.small import SmallPairing

from .conftest import TROOP_SENTENCES, random_word_sets, same_pairing_figures


def _texts(sets: list[frozenset[str]]) -> list[str]:
    return [" ".join(sorted(s)) for s in sets]


@pytest.mark.parametrize("max_bits", [words.MAX_BITS, 7])
def test_small_and_dense_pairings_agree(monkeypatch: pytest.MonkeyPatch, max_bits: int) -> None:
    """On random word sets (equal texts, empty sets, words hashed onto few bits) both
    pairings find the same candidates, the same similarity to the bit for every shape,
    the same pairs among leftovers and the same chain at every threshold."""
    monkeypatch.setattr(words, "MAX_BITS", max_bits)
    rng = random.Random(16)
    for _ in range(150):
        a, b = random_word_sets(rng)
        exhaustive = rng.random() < 0.3
        norm = ((), ()) if exhaustive else (_texts(a), _texts(b))
        small = SmallPairing(a, b, exhaustive, *norm)
        dense = DensePairing(a, b, exhaustive, *norm)
        assert small.codes == dense.cands.codes.tolist()
        same_pairing_figures(small, dense, (len(a), len(b)), rng)


def test_align_is_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whole alignments (gaps, moves, kinds, similarities) of random sentence lists are
    the same in plain Python and in numpy."""
    rng = random.Random(61)
    sentences = TROOP_SENTENCES
    for _ in range(60):
        a = rng.sample(sentences, rng.randint(1, 20))
        b = [s for s in a if rng.random() < 0.8] + rng.sample(sentences, rng.randint(0, 4))
        if rng.random() < 0.2:
            rng.shuffle(b)  # moves
        monkeypatch.setattr(align_mod, "_small_enough", lambda pairs: True)
        plain = align_mod.align(a, b)
        monkeypatch.setattr(align_mod, "_small_enough", lambda pairs: False)
        assert align_mod.align(a, b) == plain


def test_band_on_the_bit_table_is_the_band_of_word_sets() -> None:
    """The diagonal band given to rows with no candidate, taken on the numpy bit table
    (one bit per shared word), holds exactly the cells ``words.band_codes`` finds by
    testing the word sets, at the edges of the text too."""
    import numpy as np

    from newsdiff.core.similarity import Similarity, _band_by_bits

    rng = random.Random(25)
    vocab = [f"w{k}" for k in range(60)]
    for _ in range(200):
        n, m = rng.randint(1, 130), rng.randint(1, 130)
        a = [frozenset(rng.sample(vocab, rng.randint(0, 6))) for _ in range(n)]
        b = [frozenset(rng.sample(vocab, rng.randint(0, 6))) for _ in range(m)]
        rows = sorted(rng.sample(range(n), rng.randint(1, n)))
        found = _band_by_bits(Similarity(a, b), np.asarray(rows, dtype=np.int64), n, m)
        assert sorted(found.tolist()) == words.band_codes(rows, a, b)


def test_postings_of_repeated_sets_are_every_sentence_in_order() -> None:
    """A side whose sentences mostly repeat a few word sets (a text copied through it)
    posts each distinct set at once: every word still lists exactly the sentences that
    use it, in order, as it does sentence by sentence; and the candidates and chain of
    a repeated pair are the same in plain Python and in numpy."""
    rng = random.Random(71)
    for _ in range(30):
        a, b = random_word_sets(rng)
        copies = rng.randint(2, 4)
        for side in (a * copies, b * copies, a + a[:1]):
            expected: dict[str, list[int]] = {}
            for i, s in enumerate(side):
                for w in s:
                    expected.setdefault(w, []).append(i)
            assert dict(words.postings(side)) == expected
        a_rep, b_rep = a * copies, b * copies
        norm = (_texts(a_rep), _texts(b_rep))
        small = SmallPairing(a_rep, b_rep, False, *norm)
        dense = DensePairing(a_rep, b_rep, False, *norm)
        assert small.codes == dense.cands.codes.tolist()
        assert small.chain(0.2) == dense.chain(0.2)
