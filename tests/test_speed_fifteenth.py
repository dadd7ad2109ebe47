"""Issue 16, fifteenth round: the alignment's later passes ask each pair of texts (of
word sets) once, so that a sentence repeated through both sides (the 100x seed pair:
4,400 and 3,000 sentences of 44 and 30 texts) costs its twins a look-up, not a
comparison each. Held to the rules they answer for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff.core import align as align_mod
from newsdiff.core import regroup, sure_link, words
from newsdiff.core.sure_link import SURE

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_A = SEEDS / "000_bffa4cee5f922f5d.txt"
SEED_B = SEEDS / "001_7835627fb396a6e4.txt"


WORDS = st.sampled_from("the a said was kills at least painting priceless without price 20".split())
TEXTS = st.lists(WORDS, min_size=1, max_size=18).map(" ".join)


@given(st.floats(0.0, 1.0), TEXTS, TEXTS)
def test_sure_by_texts_is_the_rule(similarity: float, a: str, b: str) -> None:
    # A similarity below SURE leaves the texts to tell, whatever it is: the memo by
    # texts alone answers every link of them.
    by_texts = sure_link._sure_texts.__wrapped__(a, b)
    expected = similarity >= SURE or by_texts
    assert sure_link.sure(similarity, a, b) == expected
    assert sure_link.sure(similarity, a, b) == expected  # asked again (a twin row)
    assert sure_link.sure(min(similarity, 0.29), a, b) == by_texts


def test_sure_examples_and_a_twin_asked_again() -> None:
    # sure_link's own examples: a template run between short sentences is not sure,
    # a run that is most of the short sentence is.
    disasters = (
        "food poisoning kills at least 20 children in india.",
        "baghdad cafe bombing kills at least 38.",
    )
    painting = ("the painting was priceless.", "the painting was without a price.")
    assert not sure_link.sure(0.18, *disasters)
    assert sure_link.sure(0.18, *painting)
    sure_link._sure_texts.cache_clear()
    for _ in range(5):  # five twin rows of one pair of texts
        sure_link.sure(0.18, *disasters)
    info = sure_link._sure_texts.cache_info()
    assert (info.misses, info.hits) == (1, 4)


class Counted(frozenset[str]):
    """A word set that counts its intersections (``&``) in ``ANDS``."""

    def __and__(self, other: Any) -> Any:
        ANDS[0] += 1
        return frozenset(self) & other


ANDS = [0]


def _counting_align(
    monkeypatch: pytest.MonkeyPatch, watched: str
) -> tuple[dict[str, int], Callable[[int], Any]]:
    """``align`` of the seed pair repeated, its word sets ``Counted`` (twins share one,
    as ``sentence_words`` gives them), counting the intersections made inside the pass
    ``watched`` of ``align``, those of ``regroup._brings`` apart, and the candidates
    that pass asked the pairing for."""
    counts = {"ands": 0, "brings": 0, "candidates": 0}
    real_words = align_mod.sentence_words
    real_pass = getattr(align_mod, watched)
    real_brings = regroup._brings

    def words(a_texts: Any, b_texts: Any) -> Any:
        norms, (sets_a, sets_b) = real_words(a_texts, b_texts)
        one: dict[frozenset[str], Counted] = {}
        wrap = [[one.setdefault(s, Counted(s)) for s in side] for side in (sets_a, sets_b)]
        return norms, (wrap[0], wrap[1])

    def watched_pass(links: Any, *args: Any) -> Any:
        pairs = args[-1]
        among = pairs.among

        def counted_among(rows: Any, cols: Any) -> Any:
            found = among(rows, cols)
            counts["candidates"] += len(found[0])
            return found

        pairs.among = counted_among
        ANDS[0] = 0
        try:
            return real_pass(links, *args)
        finally:
            counts["ands"] += ANDS[0]
            del pairs.among

    def brings(*args: Any) -> Any:
        before = ANDS[0]
        try:
            return real_brings(*args)
        finally:
            counts["brings"] += ANDS[0] - before

    monkeypatch.setattr(align_mod, "sentence_words", words)
    monkeypatch.setattr(align_mod, watched, watched_pass)
    monkeypatch.setattr(regroup, "_brings", brings)
    a = (SEED_A.read_text("utf-8").rstrip() + "\n\n") * 6
    b = (SEED_B.read_text("utf-8").rstrip() + "\n\n") * 6

    def run(_: int) -> Any:
        from newsdiff.core.sentences import split_sentences

        sa = [s.text for s in split_sentences(a)]
        sb = [s.text for s in split_sentences(b)]
        return align_mod.align(sa, sb)

    return counts, run


@pytest.mark.parametrize("watched", ["take_in", "retold"])
def test_twins_weigh_a_pair_of_word_sets_once(
    monkeypatch: pytest.MonkeyPatch, watched: str
) -> None:
    counts, run = _counting_align(monkeypatch, watched)
    links = run(0)
    assert links
    # The seed pair six times: each candidate of the pass is one of six twins' pairs,
    # and each pair of word sets is intersected once (retold also weighs each free
    # sentence against its neighbours' rows, 2 a sentence, fewer than its candidates).
    weighed = counts["ands"] - counts["brings"]
    assert counts["candidates"] > 600
    assert 0 < weighed <= counts["candidates"] // 4


POOL = [frozenset(w) for w in ("ab", "bc", "cde", "a", "xyz", "")]


@given(st.lists(st.sampled_from(POOL), max_size=40), st.integers(2, 4))
def test_union_sizes_of_twins_are_the_unions(sets: list[frozenset[str]], k: int) -> None:
    # Drawn from six sets: most lists repeat them (the twins' path), short ones not.
    expected = [len(frozenset().union(*sets[i : i + k])) for i in range(len(sets) - k + 1)]
    assert words.union_sizes(sets, k) == expected


def test_union_sizes_measure_each_run_of_twins_once() -> None:
    # Two texts' sets repeated through a side: the runs of two are measured by text,
    # not by an intersection of each sentence with the next.
    x, y = Counted(POOL[0]), Counted(POOL[2])
    ANDS[0] = 0
    assert words.union_sizes([x, y] * 50, 2) == [5] * 99
    assert ANDS[0] == 0
    ANDS[0] = 0
    assert words.union_sizes([x, y, Counted(POOL[1]), Counted(POOL[4])], 2) == [5, 4, 5]
    assert ANDS[0] == 3  # no twins: the intersections, as before
