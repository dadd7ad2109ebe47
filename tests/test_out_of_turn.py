"""A book whose stories the other book orders otherwise (issue 11 item 4;
``core.out_of_turn``): review r23b's five dev fables, Townsend against Jacobs (1894),
joined one paragraph each with Jacobs's in reverse order, linked one pair (F1 0.050,
against 0.603 in turn): the names of the first fable and of the last crossed, one
stretch, and nothing was paired by order."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core import out_of_turn
from newsdiff.core.align import Link, align
from newsdiff.core.article import from_text
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning.compare import Row, compare
from newsdiff.meaning.lexicon import concepts

ROOT = Path(__file__).resolve().parent.parent
FABLES = ROOT / "bench" / "data" / "fables" / "townsend-jacobs"
DEV = ("01_wolf_lamb", "03_mountain", "05_frozen_snake", "07_frogs_king", "09_fox_goat")


def _texts(side: str, names: tuple[str, ...]) -> list[str]:
    return [(FABLES / side / f"{name}.txt").read_text("utf-8").strip() for name in names]


def _book(texts: list[str]) -> list[list[str]]:
    """Each fable's sentences; the fables joined one paragraph each split alike."""
    joined = [s.text for s in split_sentences("\n\n".join(texts))]
    alone = [[s.text for s in split_sentences(t)] for t in texts]
    assert joined == [s for fable in alone for s in fable]
    return alone


def _rows(a: list[str], b: list[str]) -> list[Row]:
    """The two-sided rows ``compare`` draws for two books, one fable a paragraph."""
    cmp = compare(from_text("\n\n".join(a), "a"), from_text("\n\n".join(b), "b"))
    return [row for row in cmp.rows if row.a and row.b]


def _pairs(rows: list[Row]) -> set[tuple[int, int, bool]]:
    return {(i, j, row.by_order) for row in rows for i in row.a for j in row.b}


def test_a_book_in_another_order_aligns_each_fable_as_alone() -> None:
    """Jacobs's fables reversed: The Farmer and the Snake ("a Snake" / "a Serpent"),
    The Frogs Desiring a King and The Fox and the Goat draw the links each draws alone,
    as weak as alone (order alone found most), and the rows of the fables out of
    their place (all but one) are moved rows: "THE FROGS, grieved at having no established Ruler,
    sent ambassadors to Jupiter entreating for a King." beside "“Mighty Jove,” they
    cried, “send unto us a king ...”"."""
    ta, tb = _texts("townsend", DEV), _texts("jacobs", DEV)
    a, b = _book(ta), _book(tb)
    rows = _rows(ta, tb[::-1])
    book = _pairs(rows)
    for k in (2, 3, 4):
        x = sum(map(len, a[:k]))
        y = sum(map(len, b[k + 1 :]))  # the fables after it come before it in B
        alone = {(i + x, j + y, by_order) for i, j, by_order in _pairs(_rows([ta[k]], [tb[k]]))}
        here = {p for p in book if x <= p[0] < x + len(a[k]) or y <= p[1] < y + len(b[k])}
        assert alone and here == alone, DEV[k]
    frogs = sum(map(len, a[:3])), sum(map(len, b[4:]))
    assert a[3][0].startswith("THE FROGS, grieved") and b[3][2].startswith("“Mighty Jove,”")
    assert (frogs[0], frogs[1] + 2, True) in book
    # Reversed, one fable keeps its place (the one with most rows); the others' rows
    # are all moved.
    starts = [sum(map(len, a[:k])) for k in range(len(a) + 1)]
    kinds = [
        {row.kind for row in rows if starts[k] <= row.a[0] < starts[k + 1]} for k in range(len(a))
    ]
    assert sorted(map(sorted, kinds)).count(["moved"]) == len(a) - 1


def test_a_book_in_turn_is_left_to_the_stories_in_turn() -> None:
    """Near miss: the same book in Jacobs's order has its stories in turn
    (``core.in_turn``): nothing crosses, and the pair is not aligned again."""
    a, b = _book(_texts("townsend", DEV)), _book(_texts("jacobs", DEV))
    sides = [s for f in a for s in f], [s for f in b for s in f]
    assert out_of_turn.crossed(sides, concepts) == []


def test_a_fable_told_of_another_in_a_reversed_book_pairs_nothing() -> None:
    """Near miss: Jacobs's The Ass and the Lapdog where his Farmer and the Snake was,
    the book reversed: no row touches either fable (they name nothing alike)."""
    names = ("01_wolf_lamb", "03_mountain", "06_ass_lapdog", "07_frogs_king", "09_fox_goat")
    ta, tb = _texts("townsend", DEV), _texts("jacobs", names)
    a, b = _book(ta), _book(tb)
    book = _pairs(_rows(ta, tb[::-1]))
    x, y = sum(map(len, a[:2])), sum(map(len, b[3:]))
    assert not {p for p in book if x <= p[0] < x + len(a[2]) or y <= p[1] < y + len(b[2])}
    assert sum(1 for p in book if p[0] >= x + len(a[2])) >= 10


def test_digests_of_unrelated_briefs_in_another_order_cross_nothing() -> None:
    """Near miss: six briefs of one news template a side (bench/data/briefs, each
    pair two different events), B's in reverse order: no name is told in both, so no
    story crosses and the pair is not aligned again."""
    briefs = ROOT / "bench" / "data" / "briefs"

    def digest(side: str, order: range) -> list[str]:
        texts = [(briefs / f"{k:02}_{side}.txt").read_text("utf-8").strip() for k in order]
        return [s.text for s in split_sentences("\n\n".join(texts))]

    a, b = digest("a", range(1, 7)), digest("b", range(6, 0, -1))
    assert a[0].startswith("Four people died after a boat capsized off the Florida")
    assert out_of_turn.crossed((a, b), concepts) == []


def test_one_text_edited_is_not_aligned_again() -> None:
    """Near miss: bench/distinct_pair.py's pair of 300 distinct sentences, 5% of them
    moved, has sentences with names moved across each other, but its first alignment
    links nearly all of it by words: one text edited, not a book retold, and it is not
    aligned again (that took 1.3 s more than the alignment itself)."""
    import importlib.util
    import tempfile

    spec = importlib.util.spec_from_file_location(
        "distinct_pair", ROOT / "bench" / "distinct_pair.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with tempfile.TemporaryDirectory() as tmp:
        pa, pb = Path(tmp) / "a.txt", Path(tmp) / "b.txt"
        module.write(pa, pb, sentences=300)
        a, b = ([s.text for s in split_sentences(p.read_text("utf-8"))] for p in (pa, pb))
    assert out_of_turn.crossed((a, b), concepts)
    runs: list[int] = []

    def again(x: list[str], y: list[str]) -> list[Link]:
        runs.append(1)
        return align(x, y, concepts=concepts)

    assert out_of_turn.reordered((a, b), align(a, b, concepts=concepts), again, concepts) is None
    assert runs == []
