"""What the jumps say about rows they cannot reach: ``]``, ``[``, auto-advance and ``d``
pass over folded (``z``) and filtered rows, and count what is there instead of saying
"every other sentence is tagged" (issue 14, review of items 3, 6 and 9)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.article import load
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning.changes import CLASSES
from newsdiff.store import Store, tag_for
from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.cursor import Cursor
from newsdiff.tui.folding import fold_runs
from newsdiff.tui.widgets.header import StatusLine

from .test_tui_fold import REPRINT_A, REPRINT_B, SIZE, _rows
from .tui_helpers import ready, until

#: The reprint's changed rows (A's sentence on each is the row's number).
NUMBER_ROW, HEDGE_ROW = 3, 9
FOLDED_MSG = "No other untagged sentence of A shown; 11 in folded rows (z shows them)."


def make(store: Path, who: str = "ana", advance: bool = False) -> NewsdiffApp:
    return create_app(str(REPRINT_A), str(REPRINT_B), store=store, annotator=who, advance=advance)


def _tag(store_path: Path, sentence: int, label: str, who: str) -> None:
    art = load(str(REPRINT_A))
    with Store(store_path) as store:
        store.put(tag_for(art, split_sentences(art.text)[sentence], label, who))


def test_hidden_counts_what_a_fold_or_a_filter_leaves_out_by_direction() -> None:
    """``Cursor.hidden`` finds the sentences in folded or filtered rows, before or after
    the cursor's row or both, and never one in a row that is shown."""
    rows = _rows()
    cursor = Cursor()
    cursor.show(fold_runs(rows), ("a", NUMBER_ROW), NUMBER_ROW)
    everything = cursor.hidden(rows, lambda side, s: side == "a")
    assert [s for _side, s in everything] == [0, 1, 2, 4, 5, 6, 7, 8, 10, 11, 12]
    below = cursor.hidden(rows, lambda side, s: True, step=1)
    assert sorted({s for _side, s in below}) == [4, 5, 6, 7, 8, 10, 11, 12]
    above = cursor.hidden(rows, lambda side, s: True, step=-1)
    assert sorted({s for _side, s in above}) == [0, 1, 2]
    cursor.show([m for m in rows if m.kind == "changed"], ("a", HEDGE_ROW), HEDGE_ROW)
    assert [s for _side, s in cursor.hidden(rows, lambda side, s: side == "b", 1)] == [
        10,
        11,
        12,
    ]
    # On a fold line, the rows it stands for count both ways.
    cursor.show(fold_runs(rows), ("a", 0), 0)
    assert [s for side, s in cursor.hidden(rows, lambda side, s: side == "a", -1)] == [0, 1, 2]


async def test_untagged_keys_count_the_untagged_sentences_folded_or_filtered(
    tmp_path: Path,
) -> None:
    """With the changed rows tagged and the equal rows folded, ] says how many untagged
    sentences the fold holds and which key shows them; under a filter, that the filter
    hides them; with nothing hidden, that every other sentence is tagged."""
    store_path = tmp_path / "s.json"
    _tag(store_path, NUMBER_ROW, "fact", "ana")
    _tag(store_path, HEDGE_ROW, "opinion", "ana")
    app = make(store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        await pilot.press("z", "j")
        assert view.sentence == NUMBER_ROW
        await pilot.press("right_square_bracket")
        assert view.sentence == NUMBER_ROW
        assert status.message == FOLDED_MSG
        await pilot.press("left_square_bracket")
        assert status.message == FOLDED_MSG
        await pilot.press(str(CLASSES.index("number") + 1))
        assert [m.index for m in view.rows] == [NUMBER_ROW]
        await pilot.press("right_square_bracket")
        assert status.message == (
            "No other untagged sentence of A shown; 11 hidden by the filter (0 shows all)."
        )
        await pilot.press("0", "z")  # every row shown: ] finds the untagged ones
        await pilot.press("right_square_bracket")
        assert view.sentence == NUMBER_ROW + 1


async def test_auto_advance_at_the_last_shown_untagged_sentence_says_why_it_stays(
    tmp_path: Path,
) -> None:
    """Auto-advance past the last untagged sentence shown says what was saved, then on
    the second line where the untagged sentences left are (folded, or above: ] goes
    round), or that every sentence of the side is tagged."""
    app = make(tmp_path / "s.json", advance=True)
    async with app.run_test(size=(80, 24)) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        await pilot.press("z", "j", "f")
        assert view.sentence == HEDGE_ROW  # past the fold line
        await pilot.press("o")
        await until(pilot, lambda: status.message.startswith("saved:"), "the save was said")
        assert view.sentence == HEDGE_ROW
        saved = "saved: A#10: untagged → opinion (carried to B#10)"
        assert status.message == f"{saved}\n{FOLDED_MSG}"
        top, below = str(status.render()).splitlines()
        assert "saved: A#10: untagged → opinion" in top  # cut to the room left
        assert below.strip() == FOLDED_MSG
        await pilot.press("z", "x", "f")  # every row shown; A#1 to A#9 still untagged
        assert view.sentence == HEDGE_ROW + 1
        await pilot.press("G", "f")
        assert status.message.endswith(
            "\nNo untagged sentence of A shown below; ] goes round to A#1."
        )
        await pilot.press("right_square_bracket")
        for _ in range(10):  # A#1-3, A#5-9, A#11-12: each label moves on to the next
            await pilot.press("f")
        assert status.message.endswith("\nEvery sentence of A is tagged.")


async def test_d_counts_disagreements_in_folded_rows(tmp_path: Path) -> None:
    """d and D pass over a disagreement inside a fold, then say it is there and that z
    shows it; unfolded, d goes to it."""
    store_path = tmp_path / "s.json"
    _tag(store_path, 6, "opinion", "ana")
    _tag(store_path, 6, "fact", "ben")
    app = make(store_path, who="ben")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        await pilot.press("z", "j")
        assert view.sentence == NUMBER_ROW
        await pilot.press("d")
        assert view.sentence == NUMBER_ROW
        assert status.message == "No disagreement shown below; 1 in folded rows (z shows them)."
        await pilot.press("D")
        assert status.message == "No sentence above where annotators disagree."
        await pilot.press("n")
        assert view.sentence == HEDGE_ROW
        await pilot.press("D")
        assert status.message == "No disagreement shown above; 1 in folded rows (z shows them)."
        await pilot.press("z", "g", "d")
        assert (view.side, view.sentence) == ("a", 6)
