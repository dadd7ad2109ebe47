"""Rows an outside review (r18b) found aligned wrong on hand-rewritten reprints:
sentences a reprint merged out of their order shown as removed while the merged
sentence was paired weakly with an unrelated one (finding 2)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.align import align
from newsdiff.core.regroup import outbid
from newsdiff.core.sentences import split_sentences

DATA = Path(__file__).parent / "data" / "r18b"


def _sentences(name: str, drop: tuple[str, ...] = ()) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [s.text for s in split_sentences(text) if not s.text.startswith(drop)]


def test_two_sentences_merged_out_of_order_are_one_row() -> None:
    """court_orig / court_rewrite: B#10 "The U.S. Attorney's Office was disappointed but
    respected the court, spokesman Mark Delaney said, and prosecutors would appeal to
    the 7th Circuit." is A#6 + A#7 merged; it was paired with A#10 (Quinn's quote,
    0.087) and A#6, A#7 shown removed."""
    links = {
        (lk.a, lk.b): lk.kind
        for lk in align(_sentences("court_orig.txt"), _sentences("court_rewrite.txt"))
    }
    assert links[((5, 6), (9,))] == "moved"
    assert ((9,), (9,)) not in links
    assert ((5,), ()) not in links and ((6,), ()) not in links


def test_a_weak_row_with_no_better_partner_stays() -> None:
    """Near miss: without A#6 and A#7 nothing free resembles B#10, and the weak row
    that the rows around hold in place stays (the pair is one text told twice)."""
    a = _sentences("court_orig.txt", drop=("Prosecutors said they", "A spokesman"))
    links = {(lk.a, lk.b) for lk in align(a, _sentences("court_rewrite.txt"))}
    assert ((7,), (9,)) in links


class _Pairs:
    """Three sentences of A against three of B, with the similarities given."""

    n = m = 3

    def __init__(self, table: dict[tuple[int, int], float]) -> None:
        self.table = table

    def scores(self, ka: int, kb: int, rows: list[int], cols: list[int]) -> list[float]:
        return [self.table.get((i, j), 0.0) for i, j in zip(rows, cols, strict=True)]

    def among(self, rows: list[int], cols: list[int]) -> tuple[list[int], list[int]]:
        kept = [(i, j) for i, j in self.table if i in rows and j in cols]
        return [i for i, _ in kept], [j for _, j in kept]


def test_only_a_far_better_free_partner_outbids_a_weak_gap_row() -> None:
    chain = [((0,), (0,), 0.9)]
    found = [*chain, ((1,), (1,), 0.1)]  # A#3 and B#3 free
    # B#2's free partner A#3 at 0.5: the weak row goes, for the move pass to pair.
    assert outbid(found, chain, _Pairs({(2, 1): 0.5, (1, 1): 0.1}), 0.3) == chain
    assert outbid(found, chain, _Pairs({(1, 2): 0.5, (1, 1): 0.1}), 0.3) == chain
    # Near misses: a free partner below the move level, or a better one that a row holds.
    assert outbid(found, chain, _Pairs({(2, 1): 0.29, (1, 1): 0.1}), 0.3) == found
    assert outbid(found, chain, _Pairs({(0, 1): 0.5, (1, 1): 0.1}), 0.3) == found
