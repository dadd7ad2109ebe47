"""A text repeated through both sides: its repeats' candidate pairs stay bounded."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from newsdiff.core.align import align
from newsdiff.core.article import normalize
from newsdiff.core.similarity import candidate_pairs
from newsdiff.core.words import EXACT_CAP, SMALL_PAIRS, equal_text_blocks, stems

STORY = [
    "Flood waters forced 3,000 residents from their homes in Milbrook, officials said.",
    "The mayor said the levee had not failed but was overtopped.",
    "Rescue crews pulled 14 people from flooded cars overnight.",
    "Forecasters expect as many as 40 millimetres of rain on Wednesday.",
]


@given(
    st.integers(min_value=1, max_value=60),
    st.integers(min_value=1, max_value=60),
)
def test_each_repeat_pairs_with_at_most_exact_cap_repeats_around_its_place(
    rows: int, cols: int
) -> None:
    """Each A repeat of a text gets min(EXACT_CAP, B repeats) partners, all repeats
    of its text, among them the one at its own place in proportion."""
    a = ["x", "other"] * rows
    b = ["x", "else"] * cols
    blocks = equal_text_blocks(a, b)
    partners: dict[int, list[int]] = {}
    for r, c in blocks:
        for i in r:
            partners.setdefault(i, []).extend(c)
    assert sorted(partners) == list(range(0, 2 * rows, 2))
    for k, i in enumerate(sorted(partners)):
        got = partners[i]
        assert len(got) == len(set(got)) == min(EXACT_CAP, cols)
        assert all(b[j] == "x" for j in got)
        assert 2 * int(k * cols / rows) in got


def test_a_story_repeated_through_both_sides_has_at_most_exact_cap_candidates_a_sentence() -> None:
    """The twins of a repeated story (a large input: no word is rare) are candidates
    at most EXACT_CAP to a sentence, not every repeat of its text (issue: a 7 MB file
    of one story repeated had 9.4 million candidates and took 4 GB), and the copy still
    aligns repeat for repeat."""
    texts = STORY * 150
    assert len(texts) ** 2 > SMALL_PAIRS  # the large inputs' rules
    norm = [normalize(t) for t in texts]
    sets = [stems(t) for t in norm]
    cands = candidate_pairs(sets, sets, a_norm=norm, b_norm=norm)
    per_row = Counter(cands.ii.tolist())
    assert max(per_row.values()) <= EXACT_CAP
    # ... far below the 150 repeats of each text (16, as docs/performance.md measured).
    assert EXACT_CAP <= 16
    assert len(cands) <= EXACT_CAP * len(texts)
    assert all(
        norm[i] == norm[j] for i, j in zip(cands.ii.tolist(), cands.jj.tolist(), strict=True)
    )
    links = align(texts, texts)
    assert [(lk.kind, lk.a, lk.b) for lk in links] == [
        ("equal", (i,), (i,)) for i in range(len(texts))
    ]
