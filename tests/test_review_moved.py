"""Two sentences merged and moved by a reprint are one moved row (review: w2/r2 A#6)."""

from __future__ import annotations

from newsdiff.core.align import align

WIRE = [
    "The central bank raised its main interest rate on Thursday.",
    "Governor Maria Lopez said further rises could not be ruled out.",
    "Markets fell sharply after the announcement.",
    "The euro dropped 1.2% against the dollar.",
    "Analysts at Barclays had expected a smaller move.",
]
REPRINT = [
    "Markets tumbled after the announcement, and the euro slid 1.2% against the dollar.",
    "The central bank raised its key interest rate on Thursday.",
    "Governor Maria Lopez said more rises could not be excluded.",
    "Analysts at Barclays had predicted a smaller increase.",
]


def test_a_merged_and_moved_pair_is_one_moved_row() -> None:
    """A#3 and A#4 -> B#1 is one 2-1 moved row; A#3 was a removed row beside it."""
    rows = {(lk.a, lk.b): lk.kind for lk in align(WIRE, REPRINT)}
    assert rows[((2, 3), (0,))] == "moved"
    assert "removed" not in rows.values() and "added" not in rows.values()


def test_an_unrelated_neighbour_is_not_joined() -> None:
    """A leftover pair keeps to 1-1 when the sentence beside it shares nothing."""
    a = [*WIRE[:2], "Officials declined to comment.", *WIRE[3:]]
    rows = {(lk.a, lk.b): lk.kind for lk in align(a, REPRINT)}
    assert rows[((3,), (0,))] == "moved"
    assert rows[((2,), ())] == "removed"
