"""Outside review r16b: one end of a range changed ("between 15% and 20%" -> "between
18% and 20%") was counted as a hedge change as well as a number change, though the
range stays a range. A hedge change needs the hedge (or the range) itself added,
removed or changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.worddiff import diff_words
from newsdiff.meaning.classify import row_changes
from newsdiff.meaning.options import loose_key

from .conftest import run_cli


def classes(a: str, b: str) -> set[str]:
    """Every class of the changes of one row."""
    return {k for c in row_changes(diff_words(a, b, key=loose_key)) for k in c.classes}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Officials said Russia had lost between 15% and 20% of its combat power.",
            "Officials said Russia had lost between 18% and 20% of its combat power.",
        ),
        (
            "Officials said between 15% and 20% were lost.",
            "Officials said between 15% and 25% were lost.",
        ),
        ("The toll rose from 300 to 400 on Monday.", "The toll rose from 300 to 450 on Monday."),
        ("Some 300-400 people were killed.", "Some 350-400 people were killed."),
        ("Between 300 and 400 people were killed.", "Between 300 and 500 people were killed."),
        ("Officials said 300 to 400 people died.", "Officials said 250 to 400 people died."),
        ("Officials said 300 to 400 people died.", "Officials said 300-450 people died."),
        ("Up to 300 people were killed.", "Up to 400 people were killed."),
    ],
)
def test_a_bound_inside_an_unchanged_range_is_a_number_only(a: str, b: str) -> None:
    found = classes(a, b)
    assert "number" in found
    assert "hedge" not in found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Officials said Russia had lost between 15% and 20% of its combat power.",
            "Officials said Russia had lost about 18% of its combat power.",
        ),
        (
            "Officials said Russia had lost 15% of its power.",
            "Officials said Russia had lost between 15% and 20% of its power.",
        ),
        ("As many as 300 people were killed.", "300 people were killed."),
        ("About 300 people were killed.", "Between 300 and 400 people were killed."),
    ],
)
def test_a_range_or_hedge_added_removed_or_changed_is_a_hedge(a: str, b: str) -> None:
    assert "hedge" in classes(a, b)


def test_the_review_pair_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Officials said Russia had lost between 15% and 20% of its combat power.\n")
    b.write_text("Officials said Russia had lost between 18% and 20% of its combat power.\n")
    _, out, _ = run_cli(capsys, "diff", "--format", "plain", str(a), str(b))
    assert "[-15%-]{+18%+}{number} and 20%" in out
