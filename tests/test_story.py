"""A short story told twice pairs what is left between its rows in order (review r23b:
ten fables told by Townsend and retold freely by Jacobs, 1894; ``core.story``)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core import story
from newsdiff.core.align import GAP_THRESHOLD, align
from newsdiff.core.article import normalize
from newsdiff.core.confidence import sure
from newsdiff.core.sentence_words import sentence_words
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
            held = lk.kind == "equal" or not lk.by_order and sure(lk.similarity, ta, tb)
            out[(lk.a[0], lk.b[0])] = held
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
    assert links.get((1, 3)) is False  # "a huge log": a run, but found by order alone


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


BRIEFS = Path(__file__).parents[1] / "bench" / "data" / "briefs"


def _split(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_two_briefs_of_one_template_are_no_story_told_twice() -> None:
    """Review r23c: "Four people died after a boat capsized off the Florida coast on
    Sunday, the Coast Guard said." / "Eight people died after heavy rains triggered
    landslides on the island of St Vincent on Monday, police said." chained four
    pairs in order, and the first was a sure row ("~ [-Four-]{+Eight+}{number} people
    died after ...", 5 changes, --fail-on number exit 1). They share a template, no
    name: every sentence is removed or added, as at 44c8202; the README's short pair
    "4 dead after boat capsizes off Florida coast." / "8 dead after heavy rains on
    island of St Vincent." too, and the twelve pairs of bench/data/briefs."""
    a, b = (
        _split((BRIEFS / "01_a.txt").read_text("utf-8")),
        _split((BRIEFS / "01_b.txt").read_text("utf-8")),
    )
    assert a[0].startswith("Four people died after a boat capsized off the Florida")
    assert b[0].startswith("Eight people died after heavy rains triggered landslides")
    assert _links(a, b) == {}
    short_a = "4 dead after boat capsizes off Florida coast.\n\nThe Coast Guard said rescuers found six survivors.\n"
    short_b = "8 dead after heavy rains on island of St Vincent.\n\nPolice said rescuers searched for three missing people.\n"
    assert _links(_split(short_a), _split(short_b)) == {}
    # The other eleven share longer template runs ("The cause of the ... is under
    # investigation."), which the sure-run rule links as before a3d4c0a: the story
    # pass adds nothing to them.
    for path in sorted(BRIEFS.glob("*_a.txt")):
        other = path.with_name(path.name.replace("_a", "_b"))
        pa, pb = _split(path.read_text("utf-8")), _split(other.read_text("utf-8"))
        (na, nb), sets = sentence_words(pa, pb)
        alike = story.similarity(sets, (na, nb), concepts)
        assert story.short_story(len(pa), len(pb), alike, GAP_THRESHOLD), path.name
        assert not story.told((pa, pb), alike, (GAP_THRESHOLD, concepts)), path.name


def test_a_story_told_twice_shares_a_name_or_a_sense_of_one() -> None:
    """Near misses: Townsend's fables and Jacobs's share "the Frogs" and "King"; The
    Farmer and the Snake shares no name as written ("a Snake" / "a Serpent") but one
    sense of it in WordNet, and still pairs in order; a name seen only as a
    sentence's first word, a day or a unit ("40C") names nothing."""
    frogs = _sentences("frogs_townsend.txt"), _sentences("frogs_jacobs.txt")
    assert story.same_story(*frogs, concepts)
    snake = (
        ["ONE WINTER a Farmer found a Snake stiff and frozen with cold."],
        ["When he came closer he saw it was a Serpent to all appearance dead."],
    )
    assert not story.same_story(*snake) and story.same_story(*snake, concepts)
    assert story.names(["Officials said on Monday it was 40C in the shade."]) == set()
    assert story.names(["He said: “Rescuers came.” Then Key Largo."]) == {"key", "largo"}


def test_a_link_only_the_order_found_is_never_sure() -> None:
    """Review r23c: a link the story pass alone found was sure when its sides shared a
    run ("people died after ... said" in two briefs of one template: a number class,
    a count, --fail-on number exit 1). Order is no evidence that one sentence became
    the other: The Frogs Desiring a King's "Perceiving their simplicity, he cast down
    a huge log into the lake." / "Jove laughed at their croaking, and threw down into
    the swamp a huge Log, ..." (0.15, "a huge log") was a sure row with its classes;
    now it is a weak link, drawn in no class, no count. Near miss: a row the other
    passes found beside story links (a boat capsized off Florida / off the Bahamas,
    "the Coast Guard said") stays sure and counted, the rows beside it weak."""
    from newsdiff.core.article import from_text
    from newsdiff.meaning.compare import compare

    def rows(a: str, b: str) -> dict[tuple[int, int], tuple[bool, bool, str]]:
        cmp = compare(from_text(a, "a"), from_text(b, "b"))
        return {
            (r.a[0], r.b[0]): (r.sure, r.by_order, r.counted_as)
            for r in cmp.rows
            if len(r.a) == 1 and len(r.b) == 1
        }

    frogs = rows(
        (DATA / "frogs_townsend.txt").read_text("utf-8"),
        (DATA / "frogs_jacobs.txt").read_text("utf-8"),
    )
    assert frogs[(1, 3)] == (False, True, "weak")
    boat = rows(
        (BRIEFS / "01_a.txt").read_text("utf-8"),
        "Four people died after a boat capsized off the Bahamas on Friday, the Coast Guard"
        " said.\n\nA helicopter crew rescued two fishermen near Nassau.\n\nThe boat had"
        " left Miami on Thursday.\n\nOfficials said the search would go on overnight.\n",
    )
    assert boat[(0, 0)] == (True, False, "changed")
    assert boat[(1, 1)][2] == "weak"
