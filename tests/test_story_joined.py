"""Stories told in turn: a book of fables, each fable a paragraph, aligns as its fables
do alone (issue 11 item 4; ``core.in_turn``). Review r23b's fables, Townsend against
Jacobs (1894), bench/data/fables/townsend-jacobs: the dev half joined read F1 0.140,
against 0.571 one by one."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core import in_turn, story
from newsdiff.core.align import GAP_THRESHOLD, align
from newsdiff.core.sentence_words import sentence_words
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning.lexicon import concepts

ROOT = Path(__file__).resolve().parent.parent
FABLES = ROOT / "bench" / "data" / "fables" / "townsend-jacobs"
DEV = ("01_wolf_lamb", "03_mountain", "05_frozen_snake", "07_frogs_king", "09_fox_goat")


def _book(side: str, names: tuple[str, ...]) -> list[list[str]]:
    """Each fable's sentences, split as the fables joined into one text (a paragraph
    each) are: the joined text splits into the same sentences."""
    texts = [(FABLES / side / f"{name}.txt").read_text("utf-8").strip() for name in names]
    joined = [s.text for s in split_sentences("\n\n".join(texts))]
    alone = [[s.text for s in split_sentences(t)] for t in texts]
    assert joined == [s for fable in alone for s in fable]
    return alone


def _pairs(a: list[str], b: list[str]) -> set[tuple[int, int, bool]]:
    """Each link's sentence pairs and whether only the order found it (never sure)."""
    return {
        (i, j, lk.by_order)
        for lk in align(a, b, concepts=concepts)
        if lk.a and lk.b
        for i in lk.a
        for j in lk.b
    }


def test_a_fable_in_a_book_aligns_as_it_does_alone() -> None:
    """Joined, the five dev fables (35 + 46 sentences) had three rows: the pair is no
    short story and has too few sure links to be told twice. The Frogs Desiring a
    King's "THE FROGS, grieved at having no established Ruler, sent ambassadors to
    Jupiter entreating for a King." now pairs with "“Mighty Jove,” they cried, “send
    unto us a king ...”" in the book as alone, and The Farmer and the Snake ("a Snake"
    / "a Serpent") and The Fox and the Goat keep all their links, each as weak as
    alone (found by order)."""
    a, b = _book("townsend", DEV), _book("jacobs", DEV)
    book = _pairs([s for f in a for s in f], [s for f in b for s in f])
    for k in (2, 3, 4):  # the Snake, the Frogs, the Fox and the Goat
        x, y = sum(map(len, a[:k])), sum(map(len, b[:k]))
        alone = {(i + x, j + y, by_order) for i, j, by_order in _pairs(a[k], b[k])}
        here = {p for p in book if x <= p[0] < x + len(a[k]) or y <= p[1] < y + len(b[k])}
        assert alone and here == alone, DEV[k]
    frogs = sum(map(len, a[:3])), sum(map(len, b[:3]))
    assert a[3][0].startswith("THE FROGS, grieved") and b[3][2].startswith("“Mighty Jove,”")
    assert (frogs[0], frogs[1] + 2, True) in book


def test_a_fable_told_of_another_in_a_book_pairs_nothing() -> None:
    """Near miss: the same book with Jacobs's The Ass and the Lapdog where his Farmer
    and the Snake was: no row touches either fable (they name nothing alike), and the
    others keep their links."""
    a = _book("townsend", DEV)
    names = ("01_wolf_lamb", "03_mountain", "06_ass_lapdog", "07_frogs_king", "09_fox_goat")
    b = _book("jacobs", names)
    book = _pairs([s for f in a for s in f], [s for f in b for s in f])
    x, y = sum(map(len, a[:2])), sum(map(len, b[:2]))
    assert not {p for p in book if x <= p[0] < x + len(a[2]) or y <= p[1] < y + len(b[2])}
    assert sum(1 for p in book if p[0] >= x + len(a[2])) >= 10


def test_two_reports_of_one_event_are_one_stretch() -> None:
    """Near miss: seeds 002 and 004, two reports of one day of the war written apart
    (24 and 28 sentences), name Russia, Kyiv and Ukraine from their first sentences to
    their last: one stretch, too long for a short story, so no story is found and
    nothing pairs by order; a pair of short texts is left to ``story.told``."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    a, b = ([s.text for s in split_sentences(p.read_text("utf-8"))] for p in seeds[2:5:2])
    (na, nb), (sa, sb) = sentence_words(a, b)
    alike = story.similarity((sa, sb), (na, nb), concepts)
    assert in_turn.stories((a, b), alike, (GAP_THRESHOLD, concepts)) == []
    assert in_turn._in_turn(in_turn._boxes((a, b), concepts)) == [(1, 23, 3, 27)]
    short = _book("townsend", DEV[3:4])[0], _book("jacobs", DEV[3:4])[0]
    assert in_turn.stories(short, alike, (GAP_THRESHOLD, concepts)) == []


def test_two_digests_of_unrelated_briefs_tell_no_story() -> None:
    """Near miss: six briefs of one news template a side (bench/data/briefs: each pair
    two different events, "Four people died after a boat capsized off the Florida
    coast ..." / "Eight people died after heavy rains ... St Vincent ..."), joined one
    paragraph each: no name is told in both, so no stretch is a story and the pass
    pairs nothing."""
    briefs = ROOT / "bench" / "data" / "briefs"

    def digest(side: str) -> list[str]:
        texts = [(briefs / f"{k:02}_{side}.txt").read_text("utf-8").strip() for k in range(1, 7)]
        return [s.text for s in split_sentences("\n\n".join(texts))]

    a, b = digest("a"), digest("b")
    assert a[0].startswith("Four people died after a boat capsized off the Florida")
    (na, nb), (sa, sb) = sentence_words(a, b)
    alike = story.similarity((sa, sb), (na, nb), concepts)
    assert min(len(a), len(b)) > story.STORY_MAX
    assert in_turn.stories((a, b), alike, (GAP_THRESHOLD, concepts)) == []
