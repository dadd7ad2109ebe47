"""Review r25d finding 1: a weak row's sides count as removed and added for a selection
by row kind (``--only``, ``--fail-on``, the app's r and b), so a gate on removals never
passes a reprint that dropped a sentence the alignment paired with an unrelated one."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.tui.app import create_app
from newsdiff.tui.widgets.header import StatusLine

from .conftest import run_cli
from .tui_helpers import ready, until

DATA = Path(__file__).parent / "data" / "r25d"
#: A's middle "Rosneft officials were unavailable for comment." against B's "Editor's
#: note: this story was updated with new figures from the airline on Saturday morning."
#: (similarity 0.0) between two equal rows: one weak row.
WEAK_A, WEAK_B = str(DATA / "weakA.txt"), str(DATA / "weakB.txt")


def test_a_dropped_sentence_in_a_weak_row_fails_a_gate_on_removals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """r25d: "`report` says "equal 2, changed 0, added 0, removed 0, moved 0, weak 1";
    `diff --only removed` shows 0 of 3 rows; `diff --fail-on removed,added` exits 0"."""
    code, out, _ = run_cli(capsys, "report", WEAK_A, WEAK_B)
    assert "Rows: equal 2, changed 0, added 0, removed 0, moved 0, weak 1" in out  # as before
    code, out, _ = run_cli(capsys, "diff", "--only", "removed", "--format", "plain", WEAK_A, WEAK_B)
    assert out.splitlines() == [
        "~ [-Rosneft officials were unavailable for comment-]{+Editor's note: this story was "
        "updated with new figures from the airline on Saturday morning+}.  (weak link: not "
        "classed)"
    ]
    for gate in ("removed,added", "removed", "added"):
        code, _, _ = run_cli(capsys, "diff", "--fail-on", gate, "--format", "plain", WEAK_A, WEAK_B)
        assert code == 1, gate
    # Near misses: a weak row is still no change of a class, nor moved.
    for gate in ("rewording", "moved", "number,negation"):
        code, _, _ = run_cli(capsys, "diff", "--fail-on", gate, "--format", "plain", WEAK_A, WEAK_B)
        assert code == 0, gate


def test_a_sure_edit_is_no_removal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Near miss: a sentence edited (a sure link) counts as changed, never as removed."""
    a = WEAK_A
    b = tmp_path / "b.txt"
    b.write_text(
        Path(a).read_text().replace("unavailable for comment", "not available for comment"),
        encoding="utf-8",
    )
    code, out, _ = run_cli(capsys, "diff", "--only", "removed", "--format", "plain", a, str(b))
    assert out == ""
    code, _, _ = run_cli(capsys, "diff", "--fail-on", "removed,added", a, str(b))
    assert code == 0


async def test_the_app_s_r_and_b_show_a_weak_row(tmp_path: Path) -> None:
    """r25d: "in the app `r` shows 5 removed rows where 6 were dropped on the long pair,
    `b` 2 of 3 added": on the weak pair, r and b each show the weak row; m shows none."""
    app = create_app(WEAK_A, WEAK_B, store=tmp_path / "s.json", annotator="ana")
    async with app.run_test(size=(120, 30)) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        for key in ("r", "b"):
            await pilot.press(key)
            await until(pilot, lambda: "Showing" in status.message, f"{key} filtered")
            assert (
                status.message
                == f"Showing the {'removed' if key == 'r' else 'added'} row (0: all)."
            )
            assert [m.row.counted_as for m in view.rows] == ["weak"]
            await pilot.press("0")
        await pilot.press("m")
        await until(pilot, lambda: "moved" in status.message, "m said")
        assert status.message == "No row is moved."
        assert len(view.rows) == 3
