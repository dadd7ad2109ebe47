"""Frames only moved (outside review r18b, finding 4): a clause turned passive, a
source moved to the other end of its sentence, a frame or a quotation moved to
another sentence of a split or merge, the same speaker named more fully: no
attribution change. A source or verb that changed still is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare

DATA = Path(__file__).parent / "data" / "r18b"


def classes(a: str, b: str) -> set[str]:
    rows = compare(from_text(a, "a"), from_text(b, "b")).rows
    return {x for row in rows for c in row.changes for x in c.classes}


LIND_A = (
    "Governor Ana Lind told a news conference that the bank would not cut rates until it "
    'was confident inflation would stay near its 2% target. "We are not there yet," Lind said.'
)
HARLAN_A = (
    "Majority Leader Tom Harlan said the vote showed that Congress could still work across "
    'party lines. "This is a good day for the American people," Harlan told reporters after '
    "the vote."
)
PRICES_A = (
    "Consumer prices rose 2.8% in the year to October, down from 3.4% in September, "
    "according to the national statistics office."
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # reorder_* row 3: active -> passive, the same source and verb.
        ("Economists polled by Reuters had expected the decision.", "The decision had been expected by economists polled by Reuters."),
        # reorder_* row 4: the source moved to the other end, its verb kept.
        ("Residents who attended the meeting said they had lost trust in city hall.", "At the meeting, residents said they had lost trust in city hall."),
        # economy_rewrite row 3: the frame moved to the front across a split.
        (PRICES_A, "According to the national statistics office, consumer prices rose 2.8% in the year to October. In September they had risen 3.4%."),
        # economy_rewrite row 4: the quotation moved before the frame, ", adding" for "Lind said".
        (LIND_A, '"We are not there yet," Governor Ana Lind told a news conference, adding that the bank would not cut rates until it was confident inflation would stay near its 2% target.'),
        # politics_rewrite row 4: the speaker named in full where the merge dropped it.
        (HARLAN_A, '"This is a good day for the American people," Majority Leader Tom Harlan told reporters after the vote, saying it showed that Congress could still work across party lines.'),
    ],
)  # fmt: skip
def test_a_frame_only_moved_is_no_attribution_change(a: str, b: str) -> None:
    assert not classes(a, b) & {"attribution", "hedge", "negation", "number"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Economists polled by Reuters had expected the decision.", "The decision had been expected by analysts polled by Bloomberg."),
        ("Residents who attended the meeting said they had lost trust in city hall.", "At the meeting, officials said they had lost trust in city hall."),
        (PRICES_A, "According to the central bank, consumer prices rose 2.8% in the year to October. In September they had risen 3.4%."),
        (HARLAN_A, '"This is a good day for the American people," Minority Leader Joan Harlan told reporters after the vote, saying it showed that Congress could still work across party lines.'),
        # Near miss of the tests before: a frame moved within one sentence and changed.
        ("The closures will save about 2 million pounds a year, the council said.", "The mayor said the closures will save as much as 2 million pounds a year."),
    ],
)  # fmt: skip
def test_a_frame_moved_and_changed_is_still_attribution(a: str, b: str) -> None:
    assert "attribution" in classes(a, b)


@pytest.mark.parametrize(
    ("a", "b", "code"),
    [
        ("reorder_a.txt", "reorder_b.txt", 0),
        ("economy_orig.txt", "economy_rewrite.txt", 1),  # the bank's "saying" dropped: a source
        ("politics_orig.txt", "politics_rewrite.txt", 0),
        # Every planted source or verb change still fails.
        ("economy_orig.txt", "economy_facts.txt", 1),
        ("politics_orig.txt", "politics_facts.txt", 1),
        ("disaster_orig.txt", "disaster_facts.txt", 1),
        ("court_orig.txt", "court_facts.txt", 1),
    ],
)
def test_fail_on_attribution(a: str, b: str, code: int, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["diff", "--format", "plain", "--fail-on", "attribution", str(DATA / a), str(DATA / b)]
    assert main(args) == code
    capsys.readouterr()
