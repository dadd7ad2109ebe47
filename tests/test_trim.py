"""A group member that adds nothing to its group is taken out (core/trim.py; outside
review r16b: a reprint that dropped its headline showed its first sentence edited)."""

from __future__ import annotations

from newsdiff.core.align import align
from newsdiff.core.trim import trimmed

HEADLINE = "Library to close after council vote"
FIRST = "The city council voted 7-2 on Tuesday to close the Main Street library."
SECOND = "The library opened in 1962."


def rows(a: list[str], b: list[str]) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
    return [(lk.kind, lk.a, lk.b) for lk in align(a, b)]


def test_a_dropped_headline_is_removed_and_the_sentence_stays_equal() -> None:
    assert rows([HEADLINE, FIRST, SECOND], [FIRST, SECOND]) == [
        ("removed", (0,), ()),
        ("equal", (1,), (0,)),
        ("equal", (2,), (1,)),
    ]


def test_an_added_headline_is_added() -> None:
    assert rows([FIRST, SECOND], [HEADLINE, FIRST, SECOND]) == [
        ("added", (), (0,)),
        ("equal", (0,), (1,)),
        ("equal", (1,), (2,)),
    ]


def test_a_dropped_headline_beside_a_reworded_sentence() -> None:
    reworded = "The city council voted 7 to 2 on Tuesday to shut the Main Street library."
    got = rows([HEADLINE, FIRST, SECOND], [reworded, SECOND])
    assert got[0] == ("removed", (0,), ())
    assert got[1] == ("changed", (1,), (0,))


def test_a_true_merge_keeps_both_sentences() -> None:
    a = ["The fire started at 3 a.m. in a bakery.", "It destroyed the warehouse next door."]
    b = ["The fire started at 3 a.m. in a bakery and destroyed the warehouse next door."]
    assert rows(a, b) == [("changed", (0, 1), (0,))]


class _Scores:
    """A pairing whose groups score by the table given (unknown groups score 0)."""

    def __init__(self, table: dict[tuple[tuple[int, ...], tuple[int, ...]], float]) -> None:
        self.table = table

    def scores(self, ka: int, kb: int, rows: list[int], cols: list[int]) -> list[float]:
        out = []
        for r, c in zip(rows, cols, strict=True):
            out.append(self.table.get((tuple(range(r, r + ka)), tuple(range(c, c + kb))), 0.0))
        return out


def test_a_member_is_kept_where_the_rest_is_not_plainly_the_same_sentence() -> None:
    # "Then was Daniel brought in before the king." and the king's words to Daniel,
    # one verse of the Basic English Bible: without the first the rest scores 0.26.
    pairs = _Scores({((0, 1), (0,)): 0.26, ((1,), (0,)): 0.26, ((0,), (0,)): 0.2})
    group = ((0, 1), (0,), 0.26)
    assert trimmed([group], pairs, ["x", "y"], ["z"]) == [group]


def test_a_group_of_the_same_text_cut_otherwise_stays_whole() -> None:
    pairs = _Scores({((0, 1), (0,)): 1.0, ((1,), (0,)): 1.0})
    group = ((0, 1), (0,), 1.0)
    assert trimmed([group], pairs, ["a b.", "c d."], ["a b. c d."]) == [group]


def test_a_surplus_member_goes_where_the_rest_matches() -> None:
    pairs = _Scores({((0, 1), (0,)): 0.8, ((1,), (0,)): 0.8, ((0,), (0,)): 0.3})
    assert trimmed([((0, 1), (0,), 0.8)], pairs, ["h", "s"], ["s2"]) == [((1,), (0,), 0.8)]
