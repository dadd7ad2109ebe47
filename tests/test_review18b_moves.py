"""A phrase moved within its row (outside review r18b, finding 3): deleted in one place
and inserted in another in the same words, it is no factual change."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare

DATA = Path(__file__).parent / "data" / "r18b"


def changes(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    return [(c.a, c.b, c.classes) for c in row.changes]


def test_a_phrase_moved_within_its_sentence_is_a_rewording() -> None:
    """reorder_*, court_rewrite: "The audit is expected to [-cost about $300,000 and
    -]take at least six months{+ and cost about $300,000+}" was two hedge changes."""
    assert changes(
        "The audit is expected to cost about $300,000 and take at least six months.",
        "The audit is expected to take at least six months and cost about $300,000.",
    ) == [
        ("cost about $300,000 and", "", ("rewording",)),
        ("", "and cost about $300,000", ("rewording",)),
    ]


@pytest.mark.parametrize(
    ("b", "expected"),
    [
        # "about" moved alone qualifies another figure: still a hedge change.
        ("The audit will cost $300,000 and take about six months.", ("hedge",)),
        # The phrase moved and its figure changed: a number change.
        ("The audit will take about six months and cost about $400,000.", ("number",)),
    ],
)  # fmt: skip
def test_a_phrase_moved_and_changed_keeps_its_class(b: str, expected: tuple[str, ...]) -> None:
    found = changes("The audit will cost about $300,000 and take six months.", b)
    assert any(cls[: len(expected)] == expected for _a, _b, cls in found)


def test_fail_on_hedge_passes_on_the_moved_phrase(capsys: pytest.CaptureFixture[str]) -> None:
    """court_rewrite's only hedge was the moved phrase: --fail-on hedge exited 1."""
    a, b = DATA / "court_orig.txt", DATA / "court_rewrite.txt"
    assert main(["diff", "--format", "plain", "--fail-on", "hedge", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    assert "[-cost about $300,000 and -]{rewording}" in out
    assert "{+ and cost about $300,000+}{rewording}" in out
