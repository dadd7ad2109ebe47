"""In a stretch between two rows of a story told twice, two sentences that share no
content word but ask or answer alike pair in order (review r24b finding 4, missed
paraphrase in a gap the in-order baseline fills; ``story.Alike.in_stretch``).

The texts (tests/data/r24b, public domain, as review r24b quoted them): "Little
Red-Cap" told by Margaret Hunt (1884, A) and anonymously in the 19th century (B);
Rumpelstiltskin told by Hunt (A) and freely by Edgar Taylor (1823, B).
"""

from __future__ import annotations

from pathlib import Path

from newsdiff.core import story
from newsdiff.core.article import from_text
from newsdiff.core.sentence_words import sentence_words
from newsdiff.meaning.compare import Comparison, compare
from newsdiff.meaning.lexicon import concepts

DATA = Path(__file__).parent / "data" / "r24b"


def _compare(name: str) -> Comparison:
    a, b = ((DATA / f"{name}.{side}.txt").read_text("utf-8") for side in "AB")
    return compare(from_text(a, "a"), from_text(b, "b"))


def _rows(cmp: Comparison) -> list[tuple[str, list[str], list[str], bool]]:
    """Each row: its kind, its sentences' texts on each side, and whether it is sure."""
    ta = [s.text for s in cmp.a_sentences]
    tb = [s.text for s in cmp.b_sentences]
    return [(r.kind, [ta[i] for i in r.a], [tb[j] for j in r.b], r.sure) for r in cmp.rows]


def test_a_question_asked_in_its_place_pairs_with_its_retelling() -> None:
    """Red-Cap: A10 "What have you got in your apron?" was removed right beside B7 "And
    what are you carrying in that basket?" added (no content word shared, between two
    sure rows). Now one weak row: order found it, so it is never sure."""
    rows = _rows(_compare("redcap"))
    assert (
        "changed",
        ['"What have you got in your apron?"'],
        ['"And what are you carrying in that basket?"'],
        False,
    ) in rows
    assert not [r for r in rows if r[0] in ("added", "removed")]


def test_short_answers_pair_in_order_and_the_rest_stays_added() -> None:
    """Rumpelstiltskin: "No." / "Is your name Harry?" / "No." against "No, madam!" /
    "Is it Tom?" left 3 removed and 5 added rows between two sure rows. Now the three
    pair in order, weak; near miss: B's "Is it Jemmy?" and "It is not.", with nothing
    left in A for them, stay added."""
    rows = _rows(_compare("rumpel2"))
    assert [(r[1], r[2], r[3]) for r in rows if r[1] in (['"No."'], ['"Is your name Harry?"'])] == [
        (['"No."'], ['"No, madam!"'], False),
        (['"Is your name Harry?"'], ['"Is it Tom?"'], False),
        (['"No."'], ['"No, madam!"'], False),
    ]
    assert [r[2] for r in rows if r[0] == "added"] == [['"Is it Jemmy?"'], ['"It is not."']]


def test_without_a_lexicon_a_stretch_scores_content_words_alone() -> None:
    """Near miss: text not in English (``compare`` gives no lexicon) keeps the plain
    score in a stretch; with one, stop words count at half."""
    a, b = ['"What have you got in your apron?"'], ['"And what are you carrying in that basket?"']
    (na, nb), (sa, sb) = sentence_words(a, b)
    bare = story.similarity((sa, sb), (na, nb), None)
    assert isinstance(bare, story.Alike)
    assert bare.in_stretch(0, 0) == bare(0, 0) == 0.0
    read = story.similarity((sa, sb), (na, nb), concepts)
    assert isinstance(read, story.Alike)
    assert read(0, 0) == 0.0
    assert read.in_stretch(0, 0) == story.FORM_WEIGHT * 3 / 12  # what, you, in of 12 words
