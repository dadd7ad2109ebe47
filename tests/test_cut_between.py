"""A sentence a reprint cut between two it merged (or a story it added between the
halves of a split) stays a removed (added) row: review r20b finding 1. 4bcd120 folded
such a sentence into the merged row, whose words then took its figures, hedges and
sources as changes ("--fail-on number,hedge" exit 1, "--only removed" empty)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.regroup import interrupted

#: review r20b interrupt3: B cuts the spokesman and joins its neighbours with ", and".
CUT_A = (
    "Police arrested two men in Leeds on Tuesday after a series of break-ins at shops in the"
    " city centre.\nA spokesman said the investigation was not over and that no one had been"
    " hurt.\nThe men were charged with burglary and will appear before magistrates in Leeds on"
    " Friday.\nThe shops reopened on Thursday.\n"
)
CUT_B = (
    "Police arrested two men in Leeds on Tuesday after a series of break-ins at shops in the"
    " city centre, and the men were charged with burglary and will appear before magistrates"
    " in Leeds on Friday.\nThe shops reopened on Thursday.\n"
)
#: review r20b interrupt1: B splits A#0 and puts a three-sentence fire story between.
SPLIT_A = (
    "The city council approved the new budget on Monday, and the mayor said property taxes"
    " would not rise next year.\nSchools will receive an extra $2 million under the plan.\n"
    "The vote was 7 to 2.\n"
)
SPLIT_B = (
    "The city council approved the new budget on Monday.\nA fire broke out at a warehouse on"
    " Main Street on Sunday night.\nFirefighters said no one was hurt.\nThe cause of the blaze"
    " is under investigation.\nThe mayor said property taxes would not rise next year.\n"
    "Schools will receive an extra $2 million under the plan.\nThe vote was 7 to 2.\n"
)


def _run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, *opts: str
) -> tuple[int, str]:
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(a, encoding="utf-8")
    pb.write_text(b, encoding="utf-8")
    rc = main(["diff", "--format", "plain", "--lang", "en", *opts, str(pa), str(pb)])
    return rc, capsys.readouterr().out


def test_a_sentence_cut_between_two_merged_ones_stays_removed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, out = _run(tmp_path, capsys, CUT_A, CUT_B)
    assert "- [-A spokesman said the investigation was not over" in out, out
    assert "{attribution}" not in out, out
    rc, out = _run(tmp_path, capsys, CUT_A, CUT_B, "--only", "removed")
    assert "A spokesman said" in out
    rc, _ = _run(tmp_path, capsys, CUT_A, CUT_B, "--fail-on", "number,hedge,attribution,negation")
    assert rc == 0


def test_a_story_added_between_a_splits_halves_stays_added(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc, out = _run(tmp_path, capsys, SPLIT_A, SPLIT_B)
    assert "+ {+A fire broke out at a warehouse" in out, out
    assert "+ {+Firefighters said no one was hurt.+}" in out, out
    rc, _ = _run(tmp_path, capsys, SPLIT_A, SPLIT_B, "--fail-on", "negation,number,attribution")
    assert rc == 0


class _Row:
    def __init__(self, a: tuple[int, ...], b: tuple[int, ...]) -> None:
        self.a, self.b, self.similarity = a, b, 0.5


def test_a_free_sentence_the_other_side_holds_joins_where_it_stands() -> None:
    """The near miss: B#1, free between B#0 and B#2 of A#0's row, whose words A#0
    holds (a part of the split the other passes left out), joins the row; B#3, free
    beside it and between nothing, and a free B#1 whose words A#0 lacks do not."""
    a_sets = [frozenset({"mayor", "said", "taxes", "rise", "council", "budget", "approved"})]
    held = frozenset({"mayor", "said", "taxes", "rise"})
    lacked = frozenset({"fire", "warehouse", "street", "night"})
    for b1, joined in ((held, True), (lacked, False)):
        b_sets = [frozenset({"council", "budget"}), b1, frozenset({"approved"}), lacked]
        used = ({0}, {0, 2})
        closed, moved = interrupted([_Row((0,), (0, 2))], used, (a_sets, b_sets))
        assert closed == ({0: ((0,), (0, 1, 2))} if joined else {})
        assert (1 in used[1]) is joined and 3 not in used[1]
        assert moved == []
