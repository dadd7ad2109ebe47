"""A date with an abbreviated month written the other way round ("Jan. 3" -> "3 Jan.")
is one variant, as "March 3" -> "3 March" is: the diff keeps "Jan. " and deletes and
inserts the day on either side of it, two stretches of one date (a fuzz leftover: it
was a variant piece and a rewording piece)."""

from __future__ import annotations

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare


def _changes(a: str, b: str) -> list[tuple[str, str, str]]:
    cmp = compare(from_text(a, "a"), from_text(b, "b"))
    return [(c.a, c.b, c.cls) for c in cmp.changes()]


@pytest.mark.parametrize(
    ("a", "b", "want"),
    [
        (
            "The talks began Jan. 3 here.",
            "The talks began 3 Jan. here.",
            [("Jan. 3", "3 Jan.", "variant")],
        ),
        (
            "It happened on 3 Jan. in Rome, and on Feb. 4 in Paris.",
            "It happened on Jan. 3 in Rome, and on 4 Feb. in Paris.",
            [("3 Jan.", "Jan. 3", "variant"), ("Feb. 4", "4 Feb.", "variant")],
        ),
    ],
)
def test_an_abbreviated_date_reordered_is_one_variant(
    a: str, b: str, want: list[tuple[str, str, str]]
) -> None:
    assert _changes(a, b) == want


def test_another_day_reordered_stays_a_number_change() -> None:
    """Near miss: the day changed too, so no one value is written two ways."""
    changes = _changes("It happened on 3 Jan. in Rome.", "It happened on Jan. 4 in Rome.")
    assert changes and {cls for _a, _b, cls in changes} == {"number"}
