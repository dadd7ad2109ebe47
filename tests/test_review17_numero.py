""" "No." before a number is the abbreviation of "number", never the negator (an
outside review, r17a: "No. 10" -> "Downing Street" was {negation}{number})."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare
from newsdiff.meaning.cues.negation import negation_cues

from .conftest import run_cli, write_pair


def classes(a: str, b: str) -> list[tuple[str, ...]]:
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    return [c.classes for c in row.changes]


def test_the_reviewers_downing_street_pair_is_no_negation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """r17a cls/c131."""
    a, b = write_pair(
        tmp_path,
        "A spokesman for No. 10 declined to comment.\n",
        "A spokesman for Downing Street declined to comment.\n",
    )
    code, out, _err = run_cli(capsys, "diff", "--format", "plain", "--fail-on", "negation", a, b)
    assert "[-No. 10-]{+Downing Street+}{number}" in out
    assert code == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # r17a num/n20, cls/c130, c132, c133.
        ("Downing Street, or No. 10, declined to comment.", "Downing Street, or Number 10, declined to comment."),
        ("Dick Durbin, the No. 2 Senate Democrat, backed the bill.", "Dick Durbin, the second-ranking Senate Democrat, backed the bill."),
        ("The world No. 1 lost in the first round.", "The world number one lost in the first round."),
        ("The world No. 1 lost in the first round.", "Top-ranked Sinner lost in the first round."),
        ("She was ranked no. 3 last year.", "She was ranked third last year."),
    ],
)  # fmt: skip
def test_numero_is_no_negation(a: str, b: str) -> None:
    assert all("negation" not in c for c in classes(a, b))


@pytest.mark.parametrize(
    ("text", "negator"),
    [
        ("There were no 10-year bonds on offer.", "no"),
        ("He said no. Ten people left.", "no"),
        ("No, 10 were hurt.", "No"),
    ],
)
def test_the_negator_beside_a_number_stays(text: str, negator: str) -> None:
    """A negator before a figure without the abbreviation's point, and one that ends
    its sentence (a number word after it starts the next), is the negator still."""
    assert [c.text for c in negation_cues(text)] == [negator]
