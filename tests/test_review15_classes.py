"""Outside review r15 of the change classes: a reporting verb only moved around its
source ("said Mayor Massimo Isola" -> "Mayor Massimo Isola said") read as an
attribution change. With the review's sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare

from .conftest import run_cli, write_pair

QUOTE = '"We have never seen anything like this,"'


def pair(tmp_path: Path, a: str, b: str) -> tuple[str, str]:
    return write_pair(tmp_path, a + "\n", b + "\n")


def changes(a: str, b: str) -> list[tuple[str, str, tuple[str, ...]]]:
    (row,) = compare(from_text(a, "a"), from_text(b, "b")).rows
    return [(c.a, c.b, c.classes) for c in row.changes]


# 1. A reporting frame only reordered.


def test_a_verb_moved_round_its_source_is_a_rewording(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """inv1_a/inv1_b: `"…," said Mayor Massimo Isola.` -> `"…," Mayor Massimo Isola
    said.` was `[-said -]Mayor Massimo Isola{+ said+}{attribution}`, report counted
    `attribution 1 "said" -> "said"` and --fail-on attribution exited 1. The same
    source and verb, only reordered: a rewording, as "X, officials said." is."""
    pa, pb = pair(
        tmp_path, f"{QUOTE} said Mayor Massimo Isola.", f"{QUOTE} Mayor Massimo Isola said."
    )
    code, out, _err = run_cli(capsys, "diff", "--format", "plain", pa, pb)
    assert out == f"~ {QUOTE} [-said -]Mayor Massimo Isola{{+ said+}}{{rewording}}.\n"
    assert code == 1
    _code, out, _err = run_cli(capsys, "report", pa, pb)
    assert "attribution" not in out and '  rewording       1   "said" -> "said"' in out
    assert run_cli(capsys, "diff", "--fail-on", "attribution", pa, pb)[0] == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (f"{QUOTE} says Mayor Massimo Isola.", f"{QUOTE} Mayor Massimo Isola says."),
        (f"{QUOTE} said Mayor Massimo Isola.", f"{QUOTE} Mayor Massimo Isola says."),
        ('"It is over," said the mayor.', '"It is over," the mayor said.'),
        ("The bridge will close on Friday, said officials.", "The bridge will close on Friday, officials said."),
    ],
)  # fmt: skip
def test_the_same_verb_moved_within_its_frame_is_no_attribution_change(a: str, b: str) -> None:
    """said X / X said, says X / X says (and the tense, as ever, a rewording)."""
    assert [cls for _a, _b, cls in changes(a, b)] == [("rewording",)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (f"{QUOTE} said Mayor Massimo Isola.", f"{QUOTE} Mayor Massimo Isola claimed."),
        (f"{QUOTE} said Mayor Massimo Isola.", f"{QUOTE} Massimo Isola said."),
        ("The bridge will close on Friday, said officials.", "The bridge will close on Friday, police said."),
        ("Fire officials said the blaze started in the kitchen.", "The blaze started in the kitchen, according to firefighters."),
    ],
)  # fmt: skip
def test_a_frame_moved_and_changed_stays_an_attribution_change(a: str, b: str) -> None:
    """Another verb or another source as the frame moves is still who says it."""
    assert [cls for _a, _b, cls in changes(a, b)] == [("attribution",)]
