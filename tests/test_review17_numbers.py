"""Outside review r17 of the number class: a date in the possessive ("July's election"
-> "June's") read as a rewording; a time or a value written another way ("1500 GMT"
-> "3 p.m. GMT", "a quarter of a" -> "0.25", "a day" -> "one day", "Jan. 1, 2025" ->
"1/1/2025") read as a number change, and a time's value changed ("2 a.m." -> "2
p.m.") as a rewording. Each with the review's sentences, and a near miss that must
stay as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.worddiff import diff_words
from newsdiff.meaning.classify import row_changes
from newsdiff.meaning.options import loose_key

from .conftest import run_cli, write_pair


def row(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.a, c.b, c.classes) for c in row_changes(diff_words(a, b, key=loose_key))]


# 5. A date in the possessive.


@pytest.mark.parametrize(
    ("a", "b", "old", "new"),
    [
        (
            "The party won the most seats in July's election.",
            "The party won the most seats in June's election.",
            "July's",
            "June's",
        ),
        ("Monday's vote was delayed by a storm.", "Tuesday's vote was delayed by a storm.",
         "Monday's", "Tuesday's"),
        ("Prices fell in the summer's heat.", "Prices fell in the winter's heat.",
         "summer's", "winter's"),
    ],
)  # fmt: skip
def test_a_date_in_the_possessive_is_a_date(a: str, b: str, old: str, new: str) -> None:
    """cls/c70, cls/c71: `{rewording}`, `--fail-on number` exited 0; "in July" ->
    "in June" was a number."""
    assert row(a, b) == [(old, new, ("number",))]


def test_the_possessive_date_fails_on_number(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pa, pb = write_pair(
        tmp_path,
        "The party won the most seats in July's election.\n",
        "The party won the most seats in June's election.\n",
    )
    code, out, _err = run_cli(capsys, "diff", "--format", "plain", "--fail-on", "number", pa, pb)
    assert out == "~ The party won the most seats in [-July's-]{+June's+}{number} election.\n"
    assert code == 1


def test_a_name_in_the_possessive_is_no_month() -> None:
    """Theresa May's government names no month ("May" without a date word before it),
    and a possessive date written as a modifier is the same date, moved."""
    assert row("Theresa May's government fell.", "Theresa May's cabinet fell.") == [
        ("government", "cabinet", ("rewording",))
    ]
    assert row("Monday's vote was delayed.", "The Monday vote was delayed.") == [
        ("Monday's", "The Monday", ("rewording",))
    ]
