"""The annotator's day in the app, with real key presses: auto-advance after a label
and the options remembered per store (issue 14, items 3 and 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.article import load
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning.options import DEFAULT, CompareOptions
from newsdiff.store import Store, tag_for
from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.preferences import load_preferences
from newsdiff.tui.widgets.header import StatusLine

from .conftest import SEED_A, SEED_B
from .tui_helpers import ready, until

SIZE = (120, 36)


def make(
    store: Path, advance: bool | None = None, options: CompareOptions = DEFAULT
) -> NewsdiffApp:
    return create_app(
        str(SEED_A), str(SEED_B), store=store, annotator="ana", advance=advance, options=options
    )


async def session_pressing(store: Path, *keys: str) -> None:
    """One session on ``store`` in which the annotator presses ``keys`` (the options
    screen's toggles), waits for them to apply, and leaves."""
    app = make(store)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press(*keys)
        await until(pilot, lambda: not app.options_pending, "the options applied")


async def test_auto_advance_is_on_for_a_new_store(tmp_path: Path) -> None:
    """In a new store a label key moves on to the next untagged sentence of the side
    (skipping tagged ones), and the status line still says what was saved."""
    store_path = tmp_path / "s.json"
    art = load(str(SEED_A))
    app = make(store_path)
    assert app.preferences.advance
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("f")
        assert (view.side, view.sentence) == ("a", 1)
        assert app.query_one(StatusLine).message.startswith("saved: A#1: untagged → fact")
        with Store(store_path) as store:  # A#4 tagged meanwhile (another window)
            store.put(tag_for(art, split_sentences(art.text)[2], "opinion", "ana"))
        await pilot.press("o")
        await until(pilot, lambda: view.sentence != 1, "the cursor moved on")
        assert view.sentence == 3  # A#3 was tagged: skipped
        assert app.session is not None and app.session.label("a", 1) == "opinion"


async def test_auto_advance_stays_on_in_the_next_session(tmp_path: Path) -> None:
    """Auto-advance left alone is still on when the store exists (the second session,
    a store that held tags before preferences existed): only the annotator turns it off."""
    store_path = tmp_path / "s.json"
    async with make(store_path).run_test(size=SIZE) as pilot:
        await ready(pilot)
        await pilot.press("f")
    assert store_path.exists()
    again = make(store_path)
    async with again.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        assert view.advance
        await pilot.press("j", "o")
        await until(pilot, lambda: view.sentence != 1, "the cursor moved on")
        assert view.sentence == 2
    old = tmp_path / "old.json"
    art = load(str(SEED_A))
    with Store(old) as store:
        store.put(tag_for(art, split_sentences(art.text)[0], "fact", "bo"))
    assert make(old).preferences.advance


async def test_auto_advance_toggles_in_options_and_is_remembered(tmp_path: Path) -> None:
    """i then a turns auto-advance off, at once and for the next session on this store."""
    store_path = tmp_path / "s.json"
    app = make(store_path)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("i", "a", "escape")
        assert not app.preferences.advance and not view.advance
        await pilot.press("f")
        assert view.sentence == 0
    with Store(store_path) as store:
        assert not load_preferences(store, "ana").advance
    again = make(store_path)
    assert not again.preferences.advance


async def test_options_are_remembered_per_store(tmp_path: Path) -> None:
    """Ignore case and hidden suggestions chosen with i open the next session the same
    way; an ignore flag given on the command line wins for that session."""
    store_path = tmp_path / "s.json"
    await session_pressing(store_path, "i", "c", "g", "escape")
    again = make(store_path)
    assert again.options.ignore_case and not again.preferences.suggestions
    async with again.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        assert not view.show_suggestions
        assert again.comparison is not None and again.comparison.options.ignore_case
    other = tmp_path / "other.json"
    assert not make(other).options.ignore_case


async def test_an_ignore_flag_keeps_the_other_remembered_options(tmp_path: Path) -> None:
    """One --ignore-* flag turns its option on for the session; the ignore options
    remembered in the store (case, punctuation) stay on beside it."""
    store_path = tmp_path / "s.json"
    await session_pressing(store_path, "i", "c", "p", "escape")
    flagged = make(store_path, options=CompareOptions(ignore_quotes=True))
    async with flagged.run_test(size=SIZE) as pilot:
        await ready(pilot)
        assert flagged.comparison is not None
        used = flagged.comparison.options
        assert used.ignore_quotes and used.ignore_case and used.ignore_punctuation
        assert not used.ignore_spelling


async def test_skip_marks_not_a_claim_and_counts_as_done(tmp_path: Path) -> None:
    """- marks a sentence as not a claim: its badge shows, progress counts it, ] passes
    it by, the status says so; - again unmarks it; a label key replaces the skip."""
    from newsdiff.tui.widgets.diff_view import SKIP_MARK
    from newsdiff.tui.widgets.header import PairHeader

    from .tui_helpers import columns

    store_path = tmp_path / "s.json"
    app = make(store_path, advance=False)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        session = app.session
        assert session is not None
        await pilot.press("minus")
        record = session.record("a", 0)
        assert record is not None and record.skipped and not record.label
        assert session.done("a", 0) and session.tagged("a") == 1
        first, _ = view.sentence_lines("a", 0)
        assert columns(view, first)[0][1] == SKIP_MARK
        assert "1/44 tagged" in str(app.query_one(PairHeader).render())
        assert "skipped (not a claim)" in app.query_one(StatusLine).message
        await pilot.press("j", "f", "g", "right_square_bracket")
        assert view.sentence == 2  # A#1 skipped and A#2 tagged: both done
        await pilot.press("g", "minus")
        assert session.record("a", 0) is None and not session.done("a", 0)
        await pilot.press("minus", "o")
        record = session.record("a", 0)
        assert record is not None and record.label == "opinion" and not record.skipped


async def test_fold_hides_equal_rows_and_is_remembered(tmp_path: Path) -> None:
    """z on a pair whose equal rows each stand alone folds none (a fold is remembered), the
    cursor stays on its sentence; the next session on the store opens folded; r, b and
    m show only removed, added and moved rows."""
    from newsdiff.tui.widgets.header import PairHeader

    from .test_tui_review import BRIDGE_A, BRIDGE_B

    store_path = tmp_path / "s.json"

    def bridge() -> NewsdiffApp:
        return create_app(
            str(BRIDGE_A), str(BRIDGE_B), store=store_path, annotator="ana", advance=False
        )

    app = bridge()
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        kinds = [m.kind for m in view.all_rows]
        equal = kinds.count("equal")
        assert equal and "removed" in kinds and "added" in kinds and "moved" in kinds
        await pilot.press("n")  # onto a changed row
        where = (view.side, view.sentence)
        await pilot.press("z")
        # Each equal row here stands alone between changes: a fold line would take its
        # room and hide it, so none folds (review r25d finding 5; test_tui_fold folds runs).
        assert view.fold and [m.kind for m in view.rows] == kinds and not view.folded
        assert (view.side, view.sentence) == where
        assert "folded" not in app.query_one(PairHeader).mode
        for key, kind in (("r", "removed"), ("b", "added"), ("m", "moved")):
            await pilot.press(key)
            assert {m.kind for m in view.rows} == {kind}
            assert not view.folded  # a filter keeps no equal row: no fold line
        await pilot.press("0")
        assert len(view.rows) == len(kinds) and not view.folded
    again = bridge()
    async with again.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        assert view.fold and not view.folded
        await pilot.press("z")
        assert len(view.rows) == len(view.all_rows) and not any(m.folded for m in view.rows)


def test_a_listed_pair_opens_with_the_remembered_preferences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pair chosen in the list opens as the annotator left the store (auto-advance
    on unless turned off, remembered ignore options) plus the command line's flags."""
    from newsdiff.tui import picker_app
    from newsdiff.tui.handover import Handover
    from newsdiff.tui.listing import Listed
    from newsdiff.tui.picker_app import ListedPairApp
    from newsdiff.tui.preferences import Preferences, save_preferences

    store_path = tmp_path / "annotations" / "tags.json"
    with Store(store_path) as saving:
        remembered = Preferences(options=CompareOptions(ignore_case=True))
        save_preferences(saving, "ana", remembered)
    opened: list[ListedPairApp] = []

    class OnePick:
        """The list, answered at once: the first pair."""

        def __init__(self, picking: picker_app.Picking, *args: object) -> None:
            picking.listing = [Listed(str(SEED_A), str(SEED_B), "A", "B", 0.5, 0.4, "a", "b", 3, 3)]
            self.chosen = 0
            self.error = None
            self.handover = Handover()  # no key was typed after Enter

        def start_scan(self) -> None:
            pass  # the listing is given

        def run(self) -> None:
            pass

    def quit_at_once(pair: ListedPairApp) -> None:
        opened.append(pair)

    monkeypatch.setattr(picker_app, "terminal_problem", lambda: None)  # no app is run
    monkeypatch.setattr(picker_app, "PickerApp", OnePick)
    monkeypatch.setattr(ListedPairApp, "run", quit_at_once)
    monkeypatch.setattr(
        picker_app, "start_picking", lambda paths: picker_app.Picking(list(paths), "key", 0.5)
    )
    code = picker_app.launch_corpus(
        [str(SEED_A.parent)],
        store=store_path,
        annotator="ana",
        options=CompareOptions(ignore_quotes=True),
    )
    assert code == 0 and len(opened) == 1
    prefs = opened[0].preferences
    assert prefs.advance and prefs.options.ignore_case and prefs.options.ignore_quotes
    assert opened[0].options == prefs.options


async def test_folded_count_is_set_apart_from_the_figures(tmp_path: Path) -> None:
    """At 80 columns the header's "N equal rows folded" does not run on from the reuse
    figures: a separator (or a wide gap) stands between them."""
    import re

    from newsdiff.tui.widgets.header import PairHeader

    data = Path(__file__).parent / "data"  # runs of 3, 5 and 3 equal rows
    reprint_a, reprint_b = str(data / "reprint_a.txt"), str(data / "reprint_b.txt")
    app = create_app(reprint_a, reprint_b, store=tmp_path / "s.json", annotator="ana")
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.press("z")
        header = app.query_one(PairHeader)
        await until(pilot, lambda: "folded" in header.mode, "the header says it folded")
        top = str(header.render()).splitlines()[0]
        assert "equal rows folded" in top and "%" in top
        assert re.search(r"%(\s*·\s+| {3,})\d+ equal rows folded", top), top


async def test_x_on_an_untagged_sentence_says_there_is_nothing_to_clear(tmp_path: Path) -> None:
    """x on a sentence with no tag says so (it used to do nothing, silently); on a
    tagged one it clears the tag."""
    app = make(tmp_path / "s.json", advance=False)
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        status = app.query_one(StatusLine)
        await pilot.press("x")
        await until(pilot, lambda: bool(status.message), "x said something")
        assert status.message == "A#1 has no tag to clear."
        await pilot.press("f", "x")
        assert app.session is not None and app.session.label("a", view.sentence) is None
        assert status.message.startswith("saved: A#1: fact → untagged")
