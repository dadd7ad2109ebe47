"""A short story told twice pairs what is left between its rows in order (review r23b:
ten fables told by Townsend and retold freely by Jacobs, 1894; ``core.story``)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core import story
from newsdiff.core.align import GAP_THRESHOLD, align
from newsdiff.core.article import normalize
from newsdiff.core.confidence import sure
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning.lexicon import concepts

DATA = Path(__file__).parent / "data" / "weak"


def _sentences(name: str) -> list[str]:
    return [s.text for s in split_sentences((DATA / name).read_text("utf-8"))]


def _links(a: list[str], b: list[str]) -> dict[tuple[int, int], bool]:
    """Each one-to-one link and whether it is sure."""
    out = {}
    for lk in align(a, b, concepts=concepts):
        if len(lk.a) == 1 and len(lk.b) == 1:
            ta, tb = normalize(a[lk.a[0]]), normalize(b[lk.b[0]])
            out[(lk.a[0], lk.b[0])] = lk.kind == "equal" or sure(lk.similarity, ta, tb)
    return out


def test_a_fable_retold_freely_pairs_its_sentences_in_order() -> None:
    """The Frogs Desiring a King: no row at all before (no sure link, 0.22 of the words
    shared); now "THE FROGS, grieved at having no established Ruler, sent ambassadors
    to Jupiter entreating for a King." pairs with "“Mighty Jove,” they cried, “send unto
    us a king ...”" (0.12), "But as soon as they realized that the huge log was
    motionless, ..." with "Then the greatest hero of the Frogs jumped upon the Log ..."
    (0.03) and "After some time they began to think themselves ill-treated ..." with
    "But this did not suit them, so they sent another petition to Jove ..." (0.12),
    each a weak link (below the sure level, no shared run): no class counts them."""
    a, b = _sentences("frogs_townsend.txt"), _sentences("frogs_jacobs.txt")
    assert a[0].startswith("THE FROGS, grieved") and b[2].startswith("“Mighty Jove,”")
    links = _links(a, b)
    for pair in ((0, 2), (3, 5), (4, 6)):
        assert links.get(pair) is False, pair
    assert links.get((1, 3)) is True  # "a huge log": a run of words, sure as before


def test_another_fable_is_no_story_told_twice() -> None:
    """Near miss: the same Townsend fable against Jacobs's The Mountain in Labour (8
    sentences) chains too few pairs in order to be one story: nothing pairs."""
    a, b = _sentences("frogs_townsend.txt"), _sentences("mountain_jacobs.txt")
    assert _links(a, b) == {}


def test_short_story_needs_half_the_shorter_text_in_order_and_two_pairs() -> None:
    """The chain must hold STORY_COVERAGE of the shorter text and at least two pairs
    (one pair is in order whatever it says); past STORY_MAX sentences the pair is
    judged by its sure links and words alone."""

    def score(i: int, j: int) -> float:
        return 0.5 if i == j else 0.0

    assert story.short_story(4, 5, score, GAP_THRESHOLD)
    assert not story.short_story(1, 1, score, GAP_THRESHOLD)
    assert not story.short_story(5, 5, lambda i, j: 0.5 if i == j == 0 else 0.0, 0.08)
    assert not story.short_story(story.STORY_MAX + 1, 20, score, GAP_THRESHOLD)
    assert story.chain([0, 1, 2], [0, 1, 2], score, GAP_THRESHOLD) == [(0, 0), (1, 1), (2, 2)]


def test_a_weak_row_reuses_no_words() -> None:
    """A weak link is no claim that one sentence became the other, so its shared run
    is no reuse: "4 dead after the boat capsized off Florida." / "8 dead after the rains
    on St Vincent." (0.11, weak) counted "dead after the" in the word-for-word share
    (0.368 of each side); now only the sure row's "cuts ... rates to record low." run
    counts (0.211). Story links are such links: John's telling of an event against
    Mark's (bench/journal_sets.py, not derived) pairs in order and shares such runs."""
    from newsdiff.core.article import from_text
    from newsdiff.meaning.compare import compare

    a = "Australia cuts rates to record low.\n\n4 dead after the boat capsized off Florida.\n"
    b = "Australia cuts interest rates to record low.\n\n8 dead after the rains on St Vincent.\n"
    cmp = compare(
        from_text(a + "\nIsrael expands subsidies to settlements.\n", "a"),
        from_text(b + "\nIsrael widens settlement subsidies.\n", "b"),
    )
    weak = [r for r in cmp.rows if r.a == (1,)]
    assert [(r.b, r.sure, r.reused_words) for r in weak] == [((1,), False, 0)]
    assert cmp.reuse_measures["b"]["runs"] == 0.2105
    sure_row = [r for r in cmp.rows if r.a == (0,)][0]
    assert sure_row.sure and sure_row.reused_words == 4  # near miss: a sure row's run counts
