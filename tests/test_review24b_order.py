"""A paragraph of a free retelling moved as a whole aligns as its unmoved self would
(review r24b finding "order beats meaning", issue 11 item 4; ``core.blocks``).

The texts (tests/data/r24b, public domain, as review r24b quoted them): Rumpelstiltskin
told by Margaret Hunt (1884, A) and freely retold by Edgar Taylor (1823, B), and B with
its first and last paragraphs swapped; the first paragraph of an anonymous "Little
Red-Cap" as an unrelated one.
"""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.article import from_text
from newsdiff.core.blocks import paragraph_ids
from newsdiff.meaning.compare import Comparison, compare

DATA = Path(__file__).parent / "data" / "r24b"


def _compare(a: str, b: str) -> Comparison:
    return compare(from_text(a, "a"), from_text(b, "b"))


def _read(name: str) -> str:
    return (DATA / name).read_text("utf-8")


def _links(cmp: Comparison) -> set[tuple[tuple[int, ...], tuple[str, ...], bool]]:
    """Each two-sided row: its A sentences, its B sentences' texts, and whether it is sure."""
    texts = [s.text for s in cmp.b_sentences]
    return {(r.a, tuple(texts[j] for j in r.b), r.sure) for r in cmp.rows if r.a and r.b}


def _row_of(cmp: Comparison, a_index: int) -> list[str]:
    """The B sentences row A ``a_index`` is linked to."""
    texts = [s.text for s in cmp.b_sentences]
    return [texts[j] for r in cmp.rows if a_index in r.a for j in r.b]


def test_a_swapped_paragraph_of_a_retelling_aligns_as_unmoved() -> None:
    """B's first and last paragraphs swapped: rumpel2's links fell from 8 rows (F1 0.82)
    to 6 (0.32), A6 "And when soon afterwards the little man came in, and asked, "Now,
    Mistress Queen, what is my name?" ..." a sure row beside "The next day the little
    man came, and she began with Timothy, Ichabod ...", its partner shown added, and A0
    "So the Queen thought the whole night ..." removed while "Now the queen lay awake
    all night ..." went to A5. Now every link is the unswapped pair's, sure as there,
    and the rows of the paragraphs out of place are moved rows."""
    a = _read("rumpel2.A.txt")
    before = _compare(a, _read("rumpel2.B.txt"))
    swapped = _compare(a, _read("rumpel2.B.swapped.txt"))
    assert _links(swapped) == _links(before)
    assert _row_of(swapped, 0)[0].startswith("Now the queen lay awake all night")
    assert _row_of(swapped, 6)[0].endswith('he cried out, "Now, lady, what is my name?"')
    moved = {r.a[0] for r in swapped.rows if r.kind == "moved"}
    assert moved == {0, 1, 2, 4}  # the paragraphs B put last and in the middle
    assert not {r.a[0] for r in before.rows if r.kind == "moved"}


def test_an_unrelated_paragraph_beside_the_moved_one_stays_unpaired() -> None:
    """Near miss: Little Red-Cap's first paragraph set before the swapped B. The
    paragraphs of the story still pair as they would unmoved; the other tale's is added."""
    a = _read("rumpel2.A.txt")
    other = _read("redcap.B.first.txt").strip()
    cmp = _compare(a, other + "\n\n" + _read("rumpel2.B.swapped.txt"))
    assert [r.kind for r in cmp.rows if 0 in r.b] == ["added"]
    assert _row_of(cmp, 0)[0].startswith("Now the queen lay awake all night")


def test_one_paragraph_moves_no_block() -> None:
    """Near miss: the swapped B written as one paragraph has no block to move, and
    aligns as before (the review's A6 row beside "The next day the little man came")."""
    a = _read("rumpel2.A.txt")
    flat = " ".join(_read("rumpel2.B.swapped.txt").split("\n\n"))
    cmp = _compare(a, flat)
    assert _row_of(cmp, 6)[0].startswith("The next day the little man came")
    assert not _row_of(cmp, 0)


def test_paragraphs_are_told_by_blank_lines() -> None:
    text = "One. Two.\n\nThree.\n \nFour.\nFive."
    spans = [(0, 4), (5, 9), (11, 17), (20, 25), (26, 31)]
    assert [text[s:e] for s, e in spans] == ["One.", "Two.", "Three.", "Four.", "Five."]
    assert paragraph_ids(text, spans) == [0, 0, 1, 2, 2]
