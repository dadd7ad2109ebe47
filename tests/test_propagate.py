from __future__ import annotations

from newsdiff.core.article import from_text
from newsdiff.dataset.propagate import (
    CarriedTag,
    holders,
    label_shifts,
    next_shift,
    propagate,
    row_of,
)
from newsdiff.meaning.compare import compare

A = "\n".join(
    [
        "Russian forces abandoned huge numbers of tanks near the capital.",
        "Troops were accused of war crimes in Bucha and of looting in Irpin.",
        "Contact our news team by emailing us at the usual address.",
        "NATO estimates that between 7,000 and 15,000 soldiers were killed.",
    ]
)
B = "\n".join(
    [
        "Russian forces deserted huge numbers of tanks near the capital.",
        "Troops were accused of war crimes in Bucha.",
        "They were also accused of looting in Irpin.",
        "NATO estimates that as many as 15,000 soldiers were killed.",
        "A brand new closing paragraph about the weather in Lisbon.",
    ]
)


def rows():  # type: ignore[no-untyped-def]
    return compare(from_text(A), from_text(B)).rows


def carry(
    tags_a: dict[int, str], tags_b: dict[int, str], a: str = A, b: str = B
) -> tuple[dict[int, CarriedTag], dict[int, CarriedTag]]:
    cmp = compare(from_text(a), from_text(b))
    texts = [s.text for s in cmp.a_sentences], [s.text for s in cmp.b_sentences]
    return propagate(cmp.rows, tags_a, tags_b, texts)


def test_rows_are_what_the_tests_assume() -> None:
    """The pair aligns 0-0, 1-(1,2), 2 removed, 3-3, and B 4 added."""
    got = [(r.kind, r.a, r.b) for r in rows()]
    assert ("changed", (1,), (1, 2)) in got
    assert ("removed", (2,), ()) in got and ("added", (), (4,)) in got


def test_tag_is_carried_to_the_counterpart() -> None:
    """Tagging A#0 gives B#0 the same label, marked propagated, with its origin."""
    eff_a, eff_b = carry({0: "fact"}, {})
    assert eff_a == {0: CarriedTag("fact")}
    assert eff_b == {0: CarriedTag("fact", "propagated", (0,))}


def test_own_tag_wins_over_propagation() -> None:
    """A counterpart with its own tag keeps it (and is still human)."""
    eff_a, eff_b = carry({3: "attribution"}, {3: "estimate"})
    assert eff_a[3] == CarriedTag("attribution") and eff_b[3] == CarriedTag("estimate")


def test_one_to_two_row_carries_to_both_and_back() -> None:
    """A 1-2 row whose two B sentences both hold A's content ("They were also accused
    of looting in Irpin." is all A's words): A's tag reaches both; B's agreeing tags
    come back to A."""
    _eff_a, eff_b = carry({1: "attribution"}, {})
    assert eff_b[1].source == eff_b[2].source == "propagated"
    eff_a, _eff_b = carry({}, {1: "fact", 2: "fact"})
    assert eff_a[1] == CarriedTag("fact", "propagated", (1, 2))


def test_disagreeing_side_propagates_nothing() -> None:
    """B#1 and B#2 disagree: A#1 inherits nothing."""
    eff_a, _eff_b = carry({}, {1: "fact", 2: "opinion"})
    assert 1 not in eff_a


def test_added_and_removed_sentences_keep_their_own() -> None:
    """No counterpart, nothing carried: A#2 (removed) and B#4 (added)."""
    eff_a, eff_b = carry({2: "fact"}, {4: "opinion"})
    assert eff_a == {2: CarriedTag("fact")} and eff_b == {4: CarriedTag("opinion")}


def test_label_shift_flags_rows_whose_sides_differ() -> None:
    """A fact that became an estimate is flagged; agreeing or one-sided rows are not."""
    shifts = label_shifts(
        rows(), {0: "fact", 1: "fact", 3: "attribution"}, {0: "fact", 3: "estimate"}
    )
    assert [(s.row, s.a_labels, s.b_labels) for s in shifts] == [
        (row_of(rows(), "a", 3), ("attribution",), ("estimate",))
    ]


def test_label_shift_on_a_multi_sentence_side() -> None:
    """A side whose sentences carry {fact, estimate} differs from one carrying {fact}."""
    shifts = label_shifts(rows(), {1: "fact"}, {1: "fact", 2: "estimate"})
    assert [s.to_json() for s in shifts] == [
        {"row": row_of(rows(), "a", 1), "a": ["fact"], "b": ["estimate", "fact"]}
    ]


def test_next_shift_jumps_and_wraps() -> None:
    """The jump key's helper: next flagged row after the cursor, wrapping to the top."""
    shifts = label_shifts(rows(), {0: "fact", 3: "fact"}, {0: "opinion", 3: "estimate"})
    first, second = (s.row for s in shifts)
    assert next_shift(shifts, -1) == first
    assert next_shift(shifts, first) == second
    assert next_shift(shifts, second) == first
    assert next_shift(shifts, second, wrap=False) is None
    assert next_shift([], 0) is None


def test_sentence_at_maps_change_offsets_to_sentences() -> None:
    """A change offset in a 1-2 row's B side lands in the right sentence."""
    from newsdiff.meaning.compare import sentence_at

    cmp = compare(from_text(A), from_text(B))
    row = next(r for r in cmp.rows if r.b == (1, 2))
    text = " ".join(cmp.b_sentences[j].text for j in row.b)
    at = text.index("looting")
    j, off = sentence_at(cmp.b_sentences, row.b, at)
    assert j == 2 and cmp.b_sentences[2].text[off:].startswith("looting")
    assert sentence_at(cmp.b_sentences, row.b, 0) == (1, 0)


# Issue 11: a tagged sentence told as two, the second a clause the rewrite added with
# the reporting frame it was split from. The label went to both B sentences.
SPLIT_A = (
    "The council met on Monday. "
    "A fire destroyed three homes on Elm Street on Sunday, police said. "
    "The mayor visited the site."
)
SPLIT_B = (
    "The council met on Monday. "
    "A fire destroyed three homes on Elm Street on Sunday. "
    "Police said no deaths have been reported. "
    "The mayor visited the site."
)


def test_a_split_carries_only_to_the_sentence_that_holds_the_content() -> None:
    """A#1 (attribution) is B#1 and B#2 in one row: B#1 holds its content and gets the
    label; B#2 "Police said no deaths have been reported." shares only "police" and
    "said" (2 of its 4 content words, not more than half) and gets none."""
    cmp = compare(from_text(SPLIT_A), from_text(SPLIT_B))
    assert ("changed", (1,), (1, 2)) in [(r.kind, r.a, r.b) for r in cmp.rows]
    _eff_a, eff_b = carry({1: "attribution"}, {}, SPLIT_A, SPLIT_B)
    assert eff_b == {1: CarriedTag("attribution", "propagated", (1,))}
    # And back: B#2's own label does not reach A#1, whose content is B#1's too
    # (one sentence on the receiving side: the aligner paired it, it takes the label).
    eff_a, _eff_b = carry({}, {2: "fact"}, SPLIT_A, SPLIT_B)
    assert eff_a == {1: CarriedTag("fact", "propagated", (2,))}


def test_holders_rule() -> None:
    """The part sharing most always holds; another only with more than half its content
    words from the origin; a single part always."""
    origin = ["The mayor resigned on Monday and the council will elect a successor."]
    both = [(4, "The mayor resigned on Monday."), (5, "The council will elect a successor.")]
    assert holders(origin, both) == (4, 5)
    added = [(4, "The mayor resigned on Monday."), (5, "Nobody was surprised by it.")]
    assert holders(origin, added) == (4,)
    assert holders(origin, [(7, "Nothing alike at all.")]) == (7,)
    reversed_ = [(4, "Nobody was surprised by it."), (5, "The mayor resigned on Monday.")]
    assert holders(origin, reversed_) == (5,)
