from __future__ import annotations

from newsdiff.core.article import from_text
from newsdiff.dataset.propagate import CarriedTag, label_shifts, next_shift, propagate, row_of
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


def test_rows_are_what_the_tests_assume() -> None:
    """The pair aligns 0-0, 1-(1,2), 2 removed, 3-3, and B 4 added."""
    got = [(r.kind, r.a, r.b) for r in rows()]
    assert ("changed", (1,), (1, 2)) in got
    assert ("removed", (2,), ()) in got and ("added", (), (4,)) in got


def test_tag_is_carried_to_the_counterpart() -> None:
    """Tagging A#0 gives B#0 the same label, marked propagated, with its origin."""
    eff_a, eff_b = propagate(rows(), {0: "fact"}, {})
    assert eff_a == {0: CarriedTag("fact")}
    assert eff_b == {0: CarriedTag("fact", "propagated", (0,))}


def test_own_tag_wins_over_propagation() -> None:
    """A counterpart with its own tag keeps it (and is still human)."""
    eff_a, eff_b = propagate(rows(), {3: "attribution"}, {3: "estimate"})
    assert eff_a[3] == CarriedTag("attribution") and eff_b[3] == CarriedTag("estimate")


def test_one_to_two_row_carries_to_both_and_back() -> None:
    """A 1-2 row: A's tag reaches both B sentences; B's agreeing tags come back to A."""
    _eff_a, eff_b = propagate(rows(), {1: "attribution"}, {})
    assert eff_b[1].source == eff_b[2].source == "propagated"
    eff_a, _eff_b = propagate(rows(), {}, {1: "fact", 2: "fact"})
    assert eff_a[1] == CarriedTag("fact", "propagated", (1, 2))


def test_disagreeing_side_propagates_nothing() -> None:
    """B#1 and B#2 disagree: A#1 inherits nothing."""
    eff_a, _eff_b = propagate(rows(), {}, {1: "fact", 2: "opinion"})
    assert 1 not in eff_a


def test_added_and_removed_sentences_keep_their_own() -> None:
    """No counterpart, nothing carried: A#2 (removed) and B#4 (added)."""
    eff_a, eff_b = propagate(rows(), {2: "fact"}, {4: "opinion"})
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
