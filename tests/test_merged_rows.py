"""Merged rows (outside review r16): a member the other side does not hold leaves its
group and pairs as moved; a free sentence whose words the other side holds joins it."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.align import Link, align
from newsdiff.core.regroup import take_in, take_out
from newsdiff.core.sentences import split_sentences

DATA = Path(__file__).parent / "data" / "merged"


def _rows(a: str, b: str) -> dict[tuple[tuple[int, ...], tuple[int, ...]], str]:
    texts = [
        [s.text for s in split_sentences((DATA / name).read_text(encoding="utf-8"))]
        for name in (a, b)
    ]
    return {(lk.a, lk.b): lk.kind for lk in align(texts[0], texts[1])}


def test_a_moved_sentence_leaves_the_merge_and_a_held_one_joins_it() -> None:
    """merge_a/merge_b: A#1+A#3+A#4 -> B#1; A#2 <-> B#3 moved (was A#1-A#3 -> B#1, A#4
    removed, B#3 added)."""
    rows = _rows("merge_a.txt", "merge_b.txt")
    assert rows == {
        ((0, 2, 3), (0,)): "changed",
        ((1,), (2,)): "moved",
        ((4,), (1,)): "equal",
    }


def test_the_same_merge_in_a_longer_pair() -> None:
    """wire4/reprint4: A#1+A#3+A#4 -> B#3 and A#2 <-> B#5 moved; nothing of A removed."""
    rows = _rows("wire4.txt", "reprint4.txt")
    assert rows[((0, 2, 3), (2,))] == "changed"
    assert rows[((1,), (4,))] == "moved"
    assert not any(kind == "removed" for kind in rows.values())


def test_a_sentence_a_reprint_opens_with_joins_its_row_out_of_order() -> None:
    """wire6/reprint6: B#1 opens with A#4 word for word, then merges A#1 and A#2; A#4
    was removed. A#3 -> B#2 stands inside that row's A side, and B puts it after A#4's
    words: a move (r19b finding 1: what stands between a row's sentences moved)."""
    rows = _rows("wire6.txt", "reprint6.txt")
    assert rows[((0, 1, 3), (0,))] == "changed"
    assert rows[((2,), (1,))] == "moved"
    assert not any(kind == "removed" for kind in rows.values())


def test_fail_on_number_passes_where_no_figure_changed(capsys: pytest.CaptureFixture[str]) -> None:
    """The 3-1 row carried "£2 million" of the moved sentence as a deleted number."""
    a, b = DATA / "merge_a.txt", DATA / "merge_b.txt"
    assert main(["diff", "--format", "plain", "--fail-on", "number", str(a), str(b)]) == 0
    assert "(moved, edited: A#2 <-> B#3)" in capsys.readouterr().out


W = [frozenset(s.split()) for s in ("a b c", "x y", "d e f", "g h")]


class _Pairs:
    """Every pair a candidate, scored on the word sets (``align.Pairing``'s 1-1 part)."""

    def __init__(self, a: list[frozenset[str]], b: list[frozenset[str]]) -> None:
        self.a, self.b, self.n, self.m = a, b, len(a), len(b)

    def scores(self, ka: int, kb: int, rows: list[int], cols: list[int]) -> list[float]:
        assert ka == kb == 1
        return [
            len(self.a[i] & self.b[j]) / len(self.a[i] | self.b[j])
            for i, j in zip(rows, cols, strict=True)
        ]

    def among(self, rows: list[int], cols: list[int]) -> tuple[list[int], list[int]]:
        pairs = [(i, j) for i in rows for j in cols]
        return [i for i, _ in pairs], [j for _, j in pairs]


def test_a_member_that_only_dilutes_its_group_leaves_it() -> None:
    """A#2 of A#1-A#3 -> B#1 shares nothing with B#1: out, with no partner elsewhere."""
    b = [frozenset("a b c d e f".split())]
    groups = [((0, 1, 2), (0,), 0.75)]
    out = take_out(groups, (W[:3], b), _Pairs(W[:3], b), (0.2, 0.3, 0.25))
    assert out == [((0, 2), (0,), 1.0)]


def test_a_member_the_group_needs_stays_though_it_pairs_elsewhere() -> None:
    """A#2 holds half of B#1's words: the group without it (0.5) and A#2's own pair
    with B#2 (0.33) gain less than the group with it (0.8)."""
    a = [frozenset("a b".split()), frozenset("c d x".split())]
    b = [frozenset("a b c d".split()), frozenset("x c y z w".split())]
    out = take_out([((0, 1), (0,), 0.8)], (a, b), _Pairs(a, b), (0.2, 0.3, 0.25))
    assert out == [((0, 1), (0,), 0.8)]


def test_a_sentence_joins_only_a_row_whose_other_side_holds_it() -> None:
    """ "g h" brings nothing of B#1; "d e f" brings three of its words."""
    b = [frozenset("a b c d e f".split())]
    links = [Link("changed", (0,), (0,), 0.5)]
    assert take_in(links, ([2, 3], []), (W, b), _Pairs(W, b)) == {0: ((0, 2), (0,), 1.0)}


def test_a_sentence_bringing_one_word_stays_out() -> None:
    """One word in common is chance (a headline and a quotation of the seed pair)."""
    a = [frozenset("a b c".split()), frozenset("d q r".split())]
    b = [frozenset("a b c d".split())]
    links = [Link("changed", (0,), (0,), 0.75)]
    assert take_in(links, ([1], []), (a, b), _Pairs(a, b)) == {}


def test_a_weak_row_takes_no_sentence() -> None:
    """Below the sure level a row's own pairing is in doubt: it anchors nothing."""
    b = [frozenset("a b c d e f".split())]
    links = [Link("changed", (0,), (0,), 0.25)]
    assert take_in(links, ([2], []), (W, b), _Pairs(W, b)) == {}
