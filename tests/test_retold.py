"""One sentence told as several (review r19a, finding 3a): a sure row takes the free
sentences beside it whose words its one sentence holds (core/retold.py)."""

from __future__ import annotations

from newsdiff.core.align import Link, align
from newsdiff.core.retold import retold
from newsdiff.core.sentences import split_sentences
from newsdiff.core.small import SmallPairing

# The reviewer's min/split6 pair: the Simple German Corpus (Cologne's vehicle
# registration page, MIT) telling one sentence as six.
SPLIT6_A = (
    "Sie können diese Gebühr zusammen mit den anderen Gebühren für die Zulassung bei uns "
    "vor Ort in der Zulassungsstelle oder im Kundenzentrum Innenstadt bezahlen."
)
SPLIT6_B = (
    "Sie müssen beim Zulassen direkt bezahlen. Das heißt: Sie bezahlen in der "
    "Zulassungs-Stelle oder im Kunden-Zentrum Innenstadt. Sie können mit Bar-Geld "
    "bezahlen. Das heißt: Sie können mit Geld-Scheinen und Münzen bezahlen. Oder Sie "
    "können auch mit Ihrer EC-Karte bezahlen. Eine EC-Karte ist eine Karte aus Plastik."
)

SCHOOL_A = (
    "The school opens its new sports hall in March. "
    "Parents can pay the fee for the sports hall at the school office or at the town "
    "hall, in cash or by card. "
    "The fee is ten pounds a term."
)
SCHOOL_B = (
    "The school opens its new sports hall in March. "
    "Parents must pay a fee for the sports hall. "
    "Parents can pay the fee at the school office or at the town hall. "
    "Parents can pay in cash. "
    "Parents can also pay the fee by card. "
    "A card is a small piece of plastic from the bank. "
    "The fee is ten pounds a term."
)


def _links(a: str, b: str) -> list[Link]:
    return align([s.text for s in split_sentences(a)], [s.text for s in split_sentences(b)])


def _row_of(links: list[Link], a: int) -> Link:
    return next(lk for lk in links if a in lk.a)


def test_a_piece_that_repeats_the_rows_words_joins_it() -> None:
    """split6: "Sie müssen beim Zulassen direkt bezahlen." (bezahlen, Zulassen, Sie:
    half its words in A#1) was a "+" row beside A#1 <-> B#2+B#3; it brings the row no
    word it lacks, so take_in left it. "Das heißt: Sie können mit Geld-Scheinen und
    Münzen bezahlen." (4 of its 10 words in A#1) stays apart, and so the rest after it:
    a row grows by a run."""
    links = _links(SPLIT6_A, SPLIT6_B)
    row = _row_of(links, 0)
    assert row.b == (0, 1, 2)
    assert row.kind == "changed"
    assert {lk.b for lk in links if lk.kind == "added"} == {(3,), (4,), (5,)}


def test_an_english_retelling_of_one_sentence_as_four() -> None:
    """The piece "Parents must pay a fee for the sports hall." repeats the row's words (parents,
    pay, fee, sports hall) and joined nothing; now A#2 <-> B#2-B#5. Near miss: "A card
    is a small piece of plastic from the bank." (one word of five in A#2) stays added,
    though it stands beside the row."""
    links = _links(SCHOOL_A, SCHOOL_B)
    assert _row_of(links, 1).b == (1, 2, 3, 4)
    assert [lk.b for lk in links if lk.kind == "added"] == [(5,)]
    assert _row_of(links, 0).kind == "equal" and _row_of(links, 2).kind == "equal"


def test_a_neighbour_the_sentence_holds_less_than_half_of_stays_apart() -> None:
    """Near miss: "Parents must pay a fee for the new gym and the pool." shares
    parents, pay and fee with A#2, three of its seven words: below SPLIT_HELD."""
    b = SCHOOL_B.replace(
        "Parents must pay a fee for the sports hall.",
        "Parents must pay a fee for the new gym and the pool.",
    )
    links = _links(SCHOOL_A, b)
    assert _row_of(links, 1).b == (2, 3, 4)
    assert [lk.b for lk in links if lk.kind == "added"] == [(1,), (5,)]


def test_a_weak_row_does_not_grow() -> None:
    """The weak-link rules stay: only a sure row takes pieces (its similarity is kept,
    so a grown row is as sure as it was). The same row and free piece, all of whose
    words the row's sentence holds: taken by the row when it is sure, not when weak."""
    a_sets = [frozenset({"fee", "pay", "card", "cash", "offic", "hall"})]
    b_sets = [frozenset({"fee", "pay", "card"}), frozenset({"pay", "cash", "offic", "hall"})]
    links = [Link("changed", (0,), (1,), 0.25)]
    pairs = SmallPairing(a_sets, b_sets, exhaustive=True)
    free: tuple[list[int], list[int]] = ([], [0])
    assert retold(links, lambda k: True, free, (a_sets, b_sets), pairs) == {0: ((0,), (0, 1))}
    assert retold(links, lambda k: False, free, (a_sets, b_sets), pairs) == {}


def test_a_line_that_repeats_its_neighbour_is_no_piece() -> None:
    """Near miss (the seed pair's A#36): a photo credit beside the caption that ends in
    the same credit repeats that caption (it holds 3 of the credit's 4 words, as much as
    B does), so it stays removed; a piece is told by the other side's sentence more
    than by the sentence beside it, or held by that one below regroup.HELD."""
    a = (
        "(Photo by Jane Smith/Reuters) Crowds gathered in the old square on Sunday to "
        "mark the anniversary of the revolution (Picture: Jane Smith/Reuters)."
    )
    b = (
        "Crowds gathered in the main square on Sunday to mark the revolution's "
        "anniversary (Image: Jane Smith / Reuters)."
    )
    links = _links(a, b)
    assert [lk.a for lk in links if lk.kind == "removed"] == [(0,)]
    assert [(lk.a, lk.b) for lk in links if lk.kind == "changed"] == [((1,), (0,))]
