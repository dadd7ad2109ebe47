"""Review r24a, scan finding 1: a one-line brief made of stock phrases is no pair of
the article it shares them with (it ranked above a real reprint)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.corpus import MIN_REUSE
from newsdiff.corpus.overlap import overlap
from newsdiff.corpus.scan import scan
from newsdiff.corpus.shingles import featurize
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
