"""A short sentence edited in a copied article is that sentence edited (review r23a,
finding 1): alone between equal rows, its link is sure by its place."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare

from .conftest import run_cli

STORY = [
    "Floods hit the northern province",
    "Heavy rain caused flooding across the northern province on Tuesday, officials said.",
    "The river rose two metres overnight and several roads were closed to traffic.",
    "{}",
    "Emergency crews worked through the night to clear drains in the provincial capital.",
    "The weather service expects more rain later in the week.",
]


def _story(sentence: str) -> str:
    return "\n\n".join(line.format(sentence) for line in STORY) + "\n"


def _row(a: str, b: str, word: str) -> tuple[bool, set[str]]:
    cmp = compare(from_text(a), from_text(b))
    row = next(r for r in cmp.rows if r.a and r.b and word in r.side_texts()[0])
    return row.sure, {str(c) for c in row.classes()}


@pytest.mark.parametrize(
    ("old", "new", "classes"),
    [
        ("Nobody was hurt.", "Three people were hurt.", {"negation", "number"}),
        ("It lost 464,000 subscribers.", "It lost nearly half a million subscribers.", {"number"}),
        ("Turnout was 61%.", "Turnout was about two-thirds.", {"number", "hedge"}),
    ],
)
def test_a_short_sentence_edited_between_copied_ones_is_classed(
    old: str, new: str, classes: set[str]
) -> None:
    """The reviewer's three: each was "weak link: not classed" (0.25, 0.29, 0.2, no run
    of three words), and report said "0 changes"."""
    sure, found = _row(_story(old), _story(new), old.split()[0])
    assert sure and classes <= found


def test_fail_on_sees_the_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``diff --fail-on number,negation`` exited 0 on "Nobody was hurt." -> "Three
    people were hurt."; report's count was 0."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(_story("Nobody was hurt."), "utf-8")
    b.write_text(_story("Three people were hurt."), "utf-8")
    code, _out, _err = run_cli(capsys, "diff", "--fail-on", "number,negation", str(a), str(b))
    assert code == 1
    _code, out, _err = run_cli(capsys, "report", str(a), str(b))
    assert "What changed: 1 change" in out and "negation" in out


def test_at_the_edge_beside_an_equal_row() -> None:
    """The last sentence edited, the one before copied: the edge holds it on one side."""
    a, b = (
        "\n\n".join([*STORY[:3], last]) for last in ("Nobody was hurt.", "Three people were hurt.")
    )
    sure, found = _row(a, b, "Nobody")
    assert sure and "negation" in found


def test_near_miss_a_neighbour_edited_too_leaves_it_weak() -> None:
    """The sentence before edited as well (a sure row, not equal): nothing copied holds
    the link, which stays weak as headlines of other stories between sure rows do
    (bench/headline_sets.py)."""
    a = _story("Nobody was hurt.")
    b = _story("Three people were hurt.").replace("two metres", "three metres")
    assert _row(a, b, "Nobody") == (False, set())


def test_near_miss_a_sentence_beside_the_gap_leaves_it_weak() -> None:
    """A sentence added beside it: the gap holds two of B's, not one sentence edited."""
    a = _story("Nobody was hurt.")
    b = _story("Three people were hurt. Police sealed off the area.")
    sure, found = _row(a, b, "Nobody")
    assert not sure and not found


def test_near_miss_words_of_the_copied_sentence_beside_it_are_the_story() -> None:
    """What it shares is the lead's words (review r17a's Boeing): "Boeing's first 777X
    delivery is now expected in 2026." / "Boeing first unveiled the 777X in 2013 and
    had originally expected the first delivery in 2020." between equal rows: a
    sentence replaced, still weak."""
    data = Path(__file__).parent / "data" / "weak"
    a, b = ((data / f"boeing_{k}.txt").read_text("utf-8") for k in ("one", "two"))
    assert _row(a, b, "2026") == (False, set())
