from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdiff.core.align import align
from newsdiff.core.similarity import stem, stems

# Aesop's "The Dog and the Shadow" in two public-domain translations (Townsend 1867,
# Vernon Jones 1912): a retelling with few words in common.
TOWNSEND = [
    "A DOG, crossing a bridge over a stream with a piece of flesh in his mouth, saw his"
    " own shadow in the water and took it for that of another Dog, with a piece of meat"
    " double his own in size.",
    "He immediately let go of his own, and fiercely attacked the other Dog to get his"
    " larger piece from him.",
    "He thus lost both: that which he grasped at in the water, because it was a shadow;"
    " and his own, because the stream swept it away.",
]
VERNON_JONES = [
    "A Dog was crossing a plank bridge over a stream with a piece of meat in his mouth,"
    " when he happened to see his own reflection in the water.",
    "He thought it was another dog with a piece of meat twice as big; so he let go his"
    " own, and flew at the other dog to get the larger piece.",
    "But, of course, all that happened was that he got neither; for one was only a"
    " shadow, and the other was carried away by the current.",
]


def test_inflections_meet():
    """A stripped inflection lets a retelling's words meet: asked/ask, appeared/appear,
    dropping/dropped/drop, reached/reach (issue 11, item 4: recall on paraphrase)."""
    for group in (
        ("asked", "ask", "asks", "asking"),
        ("appeared", "appear", "appears"),
        ("dropping", "dropped", "drop"),
        ("reached", "reach", "reaches"),
        ("withdrawal", "withdrawing"),
    ):
        assert len({stem(w) for w in group}) == 1, group
    assert stem("police") != stem("politics")
    assert stems("Mercury asked the Woodman.") == stems("Mercury asks the woodman")


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_stem_is_a_short_prefix_of_the_word(word: str):
    """A stem never grows a word: it is a prefix of it, of at most five letters."""
    s = stem(word)
    assert word.startswith(s) and len(s) <= 5


def test_the_last_sentence_of_a_short_retelling_pairs_at_the_text_end():
    """After the last confident row a short stretch is held in place by the text's end:
    "He thus lost both ..." pairs with "But, of course, ... he got neither" (0.13)."""
    links = [(lk.a, lk.b) for lk in align(TOWNSEND, VERNON_JONES) if lk.a and lk.b]
    assert links == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_a_sentence_moved_away_is_not_paired_at_the_edge():
    """At a text's start a weak pair is refused when one side has a confident partner
    elsewhere: the first sentence, moved to the end of B, is a moved row, not paired
    with an unrelated first sentence of B that shares a word with it."""
    a = [
        "The council approved the new budget for the harbour on Monday evening.",
        "Fishermen protested outside the town hall for three hours.",
        "The mayor promised a second vote on the fishing quotas next month.",
        "Police said the protest ended peacefully before midnight.",
    ]
    b = [
        "Storms closed the harbour road on Monday.",
        "Fishermen protested outside the town hall for three long hours.",
        "The mayor promised another vote on the fishing quotas next month.",
        "Police said the protest ended peacefully before midnight.",
        "On Monday evening the council approved the new budget for the harbour.",
    ]
    rows = {(lk.a, lk.b): lk.kind for lk in align(a, b)}
    assert rows[((0,), (4,))] == "moved"
    assert rows[((), (0,))] == "added"
