"""A count written as a multiple ("10-fold", "ten times higher") is the multiplier
"tenfold" says (r18b leftover: "10-fold" -> "tenfold" was a number change)."""

from __future__ import annotations

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare
from newsdiff.meaning.cues.numbers import numbers


def _classes(a: str, b: str) -> list[str]:
    cmp = compare(from_text(a, "a"), from_text(b, "b"))
    return [cls for c in cmp.changes() for cls in (c.cls, *c.also)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Costs rose 10-fold in a year, the report said.",
            "Costs rose tenfold in a year, the report said.",
        ),
        ("Costs rose 10 fold in a year.", "Costs rose tenfold in a year."),
        ("Costs are ten times higher now.", "Costs are tenfold higher now."),
    ],
)
def test_one_multiple_written_two_ways_is_a_variant(a: str, b: str) -> None:
    assert _classes(a, b) == ["variant"]


def test_another_multiple_is_a_number_change() -> None:
    assert "number" in _classes("Costs rose 10-fold in a year.", "Costs rose 12-fold in a year.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Costs rose 2.5-fold.", ("x", 2.5)),
        ("There were ten times as many cases.", ("x", 10.0)),
        # Near misses: a count before a word that only starts with "fold", and "times"
        # that counts occasions, stay counts.
        ("The 10 folding chairs were sold.", ("n", 10.0)),
        ("He was arrested 3 times in the city.", ("n", 3.0)),
    ],
)
def test_what_a_count_followed_by_fold_or_times_is(text: str, value: tuple[str, float]) -> None:
    assert [n.value for n in numbers(text)] == [value]


@pytest.mark.parametrize(
    "a",
    ["The risk was 10-fold higher among smokers.", "The risk was ten times higher among smokers."],
)
def test_a_multiple_written_otherwise_with_its_direction_reversed_turns_it(a: str) -> None:
    """Review r20b finding 3: "10-fold higher" -> "tenfold lower" was a rewording (the
    figures' values are equal, and the words differ in two slots)."""
    classes = _classes(a, "The risk was tenfold lower among smokers.")
    assert "negation" in classes and "number" in classes


def test_a_multiple_written_otherwise_in_the_same_direction_stays_a_variant() -> None:
    assert _classes(
        "The risk was 10-fold higher among smokers.", "The risk was tenfold higher among smokers."
    ) == ["variant"]
