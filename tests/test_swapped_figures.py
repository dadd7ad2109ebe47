"""The same figures in another order are a number change where the order carries the
meaning, a score or a vote (review r19b finding 4: a flipped score passed --fail-on
number as a hedge or a variant)."""

from __future__ import annotations

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare


def _classes(a: str, b: str) -> list[str]:
    cmp = compare(from_text(a, "a"), from_text(b, "b"))
    return [cls for c in cmp.changes() for cls in (c.cls, *c.also)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Arsenal beat Chelsea 2-1 on Saturday.", "Arsenal beat Chelsea 1-2 on Saturday."),
        (
            "The vote was 52 to 48 in favour of the motion, the speaker said.",
            "The vote was 48 to 52 in favour of the motion, the speaker said.",
        ),
        (
            "PREMIER LEAGUE RESULTS: Arsenal 2 Chelsea 1. Liverpool 3 Everton 0.",
            "PREMIER LEAGUE RESULTS: Arsenal 1 Chelsea 2. Liverpool 3 Everton 0.",
        ),
    ],
)
def test_swapped_figures_are_a_number_change(a: str, b: str) -> None:
    assert "number" in _classes(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Figures of different units moved about keep their values.
        (
            "Sales rose 5% to $10 million, the company said.",
            "Sales rose to $10 million, up 5%, the company said.",
        ),
        # One figure moved: no order to change.
        ("The bank made a rate cut in June 2024.", "The bank made a June 2024 rate cut."),
    ],
)
def test_figures_of_different_units_or_one_figure_moved_are_no_number(a: str, b: str) -> None:
    assert "number" not in _classes(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Arsenal beat Chelsea 2-1 on Saturday.", "Arsenal beat Chelsea 1-2 on Saturday."),
        ("The vote was 52 to 48 in favour.", "The vote was 48 to 52 in favour."),
    ],
)
def test_swapped_figures_read_as_a_range_one_way_only_are_no_hedge(a: str, b: str) -> None:
    # "1-2" and "48 to 52" run upwards, so they read as ranges where "2-1" does not: the
    # order is the change (a number), not how sure the text is.
    assert _classes(a, b) == ["number"]


def test_a_hedge_put_beside_swapped_figures_is_still_a_hedge() -> None:
    assert "hedge" in _classes(
        "The vote was 52 to 48 in favour.", "The vote was about 48 to 52 in favour."
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Review r20b finding 5: the word diff splits these reorders into two pieces.
        (
            "Temperatures will reach 20 to 25 degrees on Monday.",
            "Temperatures will reach 25 to 20 degrees on Monday.",
        ),
        (
            "Between 15% and 20% of voters were undecided.",
            "Between 20% and 15% of voters were undecided.",
        ),
        (
            "The company expects growth of 3-4% next year.",
            "The company expects growth of 4-3% next year.",
        ),
    ],
)
def test_a_range_reordered_in_pieces_is_no_hedge(a: str, b: str) -> None:
    classes = _classes(a, b)
    assert "number" in classes and "hedge" not in classes


def test_a_range_cut_to_one_of_its_figures_is_still_a_hedge() -> None:
    """Near miss: the range is gone, not reordered: the text is surer."""
    assert "hedge" in _classes(
        "Temperatures will reach 20 to 25 degrees on Monday.",
        "Temperatures will reach 25 degrees on Monday.",
    )
