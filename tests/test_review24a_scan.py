"""Review r24a, scan findings 1 and 3: a one-line brief made of stock phrases is no pair
of the article it shares them with (it ranked above a real reprint); the exact check,
faster, measures as before."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core.article import normalize
from newsdiff.corpus import MIN_REUSE
from newsdiff.corpus.overlap import overlap
from newsdiff.corpus.scan import scan
from newsdiff.corpus.shingles import _FAST, featurize, passage, words
from newsdiff.corpus.sources import pieces

#: The shape of the review's abc_017 (Hopman Cup): a long article that says, in passing,
#: "with the United States" (the brief's 2 of 7 3-grams: 28.6%, as in the review).
TENNIS = (
    "Spain has begun its Hopman Cup campaign in Perth with a 3-0 win over Slovakia. "
    "Arantxa Sanchez Vicario beat Henrieta Nagyova in straight sets before Tommy Robredo "
    "won the men's singles. Organisers said a deal with the United States team had gone "
    "well. Today, the United States play France, with the winner to meet Spain in the "
    "final on Saturday. Crowds have been strong despite the heat in Western Australia."
)
BRIEF = "Talks with the United States will resume next week."


def _pairs(folder: Path) -> list[tuple[str, str, float, float]]:
    return [
        (Path(p.a.ref).stem, Path(p.b.ref).stem, p.a.reuse, p.b.reuse)
        for p in scan([str(folder)]).pairs
    ]


def _write(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def test_a_brief_sharing_only_stock_phrases_is_no_pair(tmp_path: Path) -> None:
    folder = _write(tmp_path / "c", {"abc_017": TENNIS, "brief_us": BRIEF})
    f = featurize(pieces([str(folder)]))
    o = overlap(f.shingles[0], f.shingles[1])
    # The premise: B reaches the threshold through one stock phrase.
    assert (o.reuse_b, o.shared, o.longest) == (0.2857, 2, 4) and o.reuse_b >= MIN_REUSE
    assert _pairs(folder) == []


def test_a_brief_reprinted_or_quoted_at_length_is_still_a_pair(tmp_path: Path) -> None:
    """Near misses: the brief whole inside an article, and a one-sentence item sharing a
    6-word run (4 3-grams) with its source, stay pairs with their shares."""
    quoted = TENNIS + " " + BRIEF
    six = "Fans hoped a deal with the United States fell through."
    folder = _write(tmp_path / "c", {"a": TENNIS, "b": six, "c": BRIEF, "d": quoted})
    found = {(a, b) for a, b, _, _ in _pairs(folder)}
    assert ("c", "d") in found
    assert ("a", "b") in found
    assert ("a", "c") not in found


# Finding 3: the exact check asks each article's distinct shingles once per task and
# finds shared shingles by binary search; the measures are np.isin's and intersect1d's.


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(0, 12), max_size=60),
    st.lists(st.integers(0, 12), max_size=60),
)
def test_overlap_with_given_distinct_shingles_is_the_plain_one(a: list[int], b: list[int]) -> None:
    sa, sb = np.asarray(a, dtype=np.uint64), np.asarray(b, dtype=np.uint64)
    plain = overlap(sa, sb, 3)
    assert overlap(sa, sb, 3, np.unique(sa), np.unique(sb)) == plain
    if len(sa) and len(sb):
        shared = len(np.intersect1d(sa, sb))
        assert plain.shared == shared
        assert (plain.reuse_a, plain.reuse_b) == (
            round(shared / len(np.unique(sa)), 4),
            round(shared / len(np.unique(sb)), 4),
        )


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10), st.integers(1, 12))
def test_a_passage_read_only_to_its_end_is_the_same(start: int, length: int) -> None:
    """Up to the text's last word (11 words), and past it (the other way, unchanged)."""
    text = "One two, three: four five-six seven's 8,000 nine.\nTen eleven twelve."
    assert len(words(text)) == 11
    assert passage(text, start, length) == passage_reference(text, start, length)


def passage_reference(text: str, start: int, length: int) -> str:
    """The passage as it read before it stopped at its end: every span of the text."""
    folded = normalize(text)
    spans = [m.span() for m in _FAST.finditer(folded.lower())]
    if length > 0 and start + length <= len(spans):
        return folded[spans[start][0] : spans[start + length - 1][1]]
    return passage(text, start, length)
