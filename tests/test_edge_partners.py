"""A sentence at a text's edge keeps its partner when that partner's best partner is
held by a stronger row (review r19a finding 7, issue 11 item 4 from the other side)."""

from __future__ import annotations

from newsdiff.core.align import align

# The review's min/edge_a.txt and min/edge_b.txt, quoted (from Clough & Stevenson's
# light revision inh_2_a.txt of orig_inh.txt).
EDGE_A = [
    "In object-oriented programming, inheritance is a way to form new classes (instances of"
    " which are called objects) using classes that have already been defined.",
    "The inheritance concept was invented in 1967 for Simula.",
    "The new classes, known as derived classes, take over (or inherit) attributes and"
    " behavior of the pre-existing classes, which are referred to as base classes (or"
    " ancestor classes).",
]
EDGE_B = [
    "The idea of inheritance in OOP refers to the formation of new classes with the already"
    " existing classes.",
    "The concept of inheritance was basically formulated for Simula in 1967.",
    "As a result, the newly created inherited or derived classes inherit the properties and"
    " behavior of the classes from which they are derived.",
]


def _pairs(a: list[str], b: list[str]) -> dict[tuple[tuple[int, ...], tuple[int, ...]], str]:
    return {(lk.a, lk.b): lk.kind for lk in align(a, b) if lk.a and lk.b}


def test_a_partner_its_own_row_holds_more_strongly_does_not_block_the_edge_link() -> None:
    """B#1 resembles A#3 (0.28) more than A#1 (0.22), but A#3 is held by B#3 at 0.29:
    A#3 would not rather pair with B#1, so B#1 is A#1's, not left unpaired."""
    assert _pairs(EDGE_A, EDGE_B) == {
        ((0,), (0,)): "changed",
        ((1,), (1,)): "changed",
        ((2,), (2,)): "changed",
    }


def test_a_partner_that_would_rather_pair_with_the_edge_sentence_still_blocks() -> None:
    """Near miss: when B#1 repeats A#3 nearly word for word (A#3 resembles it more than
    its own row's B#3), the weak edge link A#1 - B#1 is still refused: B#1's words are
    A#3's, not A#1's."""
    b = [
        "The new classes, known as derived classes, take over attributes and behavior of"
        " the existing classes.",
        *EDGE_B[1:],
    ]
    pairs = _pairs(EDGE_A, b)
    assert ((0,), (0,)) not in pairs
    assert not any(0 in a for a, _ in pairs)
