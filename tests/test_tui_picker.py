"""The pair picker: ``newsdiff FOLDER`` lists the scanned pairs; Enter opens one, Escape
comes back to the same place; the scan is cached beside the store."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from textual.widgets import DataTable

from newsdiff.main import main
from newsdiff.store import Store, Tag
from newsdiff.tui import app as app_module
from newsdiff.tui import listing as listing_mod
from newsdiff.tui import picker_app
from newsdiff.tui.app import open_pair
from newsdiff.tui.listing import Listed, next_untagged, read_cache, scan_key, tagged_counts
from newsdiff.tui.picker_app import ListedPairApp, PickerApp, start_picking
from newsdiff.tui.widgets.detail_panel import DetailPanel

from .conftest import ROOT, SEEDS
from .tui_helpers import ready, until


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The seeds plus an HTML copy of seed 001: three pairs (copy, spin, copy of spin)."""
    out = tmp_path / "corpus"
    shutil.copytree(SEEDS, out)
    shutil.copy(ROOT / "tests" / "data" / "seed_001.html", out / "seed_001.html")
    return out


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "annotations" / "tags.json")


def listed(n: int, total: int = 3) -> Listed:
    return Listed(f"a{n}", f"b{n}", "A", "B", 0.5, 0.4, f"ida{n}", f"idb{n}", total, total)


def test_next_untagged_skips_done_pairs_and_wraps() -> None:
    """n goes to the next pair with something left to tag, round the end, else nowhere."""
    rows = [listed(0), listed(1), listed(2)]
    done = {"ida1": 3, "idb1": 3}
    assert next_untagged(rows, done, 0) == 2
    assert next_untagged(rows, done, 2) == 0
    every = {i: 3 for r in rows for i in (r.id_a, r.id_b)}
    assert next_untagged(rows, every, 1) is None


def test_scan_is_cached_and_a_touched_file_scans_again(folder: Path, store: Store) -> None:
    """The listing is read back for the same files; a new mtime is a new key."""
    paths = [str(folder)]
    key = scan_key(paths)
    assert read_cache(store, key) is None
    found = listing_mod.scan_listing(paths)
    listing_mod.write_cache(store, key, found)
    assert read_cache(store, key) == found
    assert [(Path(x.ref_a).name, Path(x.ref_b).name) for x in found[:2]] == [
        ("001_7835627fb396a6e4.txt", "seed_001.html"),
        ("000_bffa4cee5f922f5d.txt", "001_7835627fb396a6e4.txt"),
    ]
    seed = folder / "000_bffa4cee5f922f5d.txt"
    st = seed.stat()
    os.utime(seed, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert scan_key(paths) != key


def test_the_scan_cache_has_the_store_files_permissions(store: Store) -> None:
    """Review r21a finding 9: the cache was written 0600 (mkstemp's mode) while the
    store's other files take 0666 less the umask, so an annotator sharing the store
    could not read it."""
    old = os.umask(0o022)
    try:
        listing_mod.write_cache(store, "k", [listed(0)])
    finally:
        os.umask(old)
    path = listing_mod.cache_path(store, "k")
    assert read_cache(store, "k") == [listed(0)]
    assert path.stat().st_mode & 0o777 == 0o644
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_progress_counts_own_labels_on_listed_articles(folder: Path, store: Store) -> None:
    """Done counts are this annotator's labelled or skipped sentences, as the app's
    progress counts them (a carried label is not done until confirmed)."""
    found = listing_mod.scan_listing([str(folder)])
    first = found[0]
    a, _ = open_pair(first.ref_a, first.ref_b)
    tag = Tag(a.id, a.path, 0, 0, 5, "x", "fact", "ana")
    store.put(tag)
    store.put(Tag(a.id, a.path, 1, 5, 9, "y", "opinion", "bob"))
    store.put(Tag(a.id, a.path, 2, 9, 12, "z", "", "ana", skipped=True))
    store.put(Tag(a.id, a.path, 3, 12, 15, "w", "fact", "ana", source="propagated"))
    counts = tagged_counts(store, "ana", found)
    assert counts[first.id_a] == 2
    assert counts[first.id_b] == 0


async def test_enter_opens_escape_returns_to_the_same_place(
    folder: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keys move the list, Enter opens that pair, Escape in the pair comes back to the
    same row, and the second turn of the list does not scan again."""
    picking = start_picking([str(folder)])
    app = PickerApp(picking, store, "ana")
    async with app.run_test(size=(120, 30)) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 3, "the pairs were listed")
        await pilot.press("down", "down", "up")
        assert table.cursor_row == 1
        await pilot.press("enter")
    assert app.chosen == 1 and picking.row == 1
    assert picking.listing is not None
    chosen = picking.listing[1]
    assert {Path(chosen.ref_a).name, Path(chosen.ref_b).name} == {
        "000_bffa4cee5f922f5d.txt",
        "001_7835627fb396a6e4.txt",
    }

    pair = ListedPairApp(*open_pair(chosen.ref_a, chosen.ref_b), store, "ana")
    async with pair.run_test(size=(120, 30)) as pilot:
        await ready(pilot)
        await pilot.press("f")  # a label on A's first sentence
        await pilot.press("v")
        assert pair.query_one(DetailPanel).display
        await pilot.press("escape")  # the first Escape closes the detail panel
        assert not pair.went_back and not pair.query_one(DetailPanel).display
        await pilot.press("escape")
    assert pair.went_back

    def no_scan(*args: object, **kw: object) -> None:
        raise AssertionError("scanned again")

    monkeypatch.setattr(picker_app, "ScanChild", no_scan)
    again = PickerApp(picking, store, "ana")
    async with again.run_test(size=(120, 30)) as pilot:
        table = again.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 3, "the pairs were listed")
        assert table.cursor_row == 1
        assert again.picker.counts[chosen.id_a] == 1
        summary = str(again.picker.query_one("#picker-summary").render())
        assert "1/" in summary and "sentences tagged" in summary
        await pilot.press("q")
    assert again.chosen is None

    # A fresh start on the same files reads the cache instead of scanning.
    fresh = PickerApp(start_picking([str(folder)]), store, "ana")
    async with fresh.run_test(size=(80, 24)) as pilot:
        table = fresh.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 3, "the cached pairs were listed")
        await pilot.press("n")  # nothing tagged in pair 1 yet, so it moves to pair 2
        assert table.cursor_row == 1


async def test_slow_scan_shows_progress_and_keys_still_work(
    folder: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scan past the half second shows its stage; q quits while it runs, and ends it."""
    from tests.scan_children import stalls

    monkeypatch.setattr(picker_app, "SCAN_WORK", stalls)
    monkeypatch.setattr(picker_app, "SHOW_PROGRESS_AFTER", 0.0)
    app = PickerApp(start_picking([str(folder)]), store, "ana")
    async with app.run_test(size=(80, 24)) as pilot:
        stage = app.picker.query_one("#picker-stage")
        await until(pilot, lambda: "reading" in str(stage.render()), "the progress showed")
        await pilot.press("q")
    assert app.chosen is None
    assert app.scanning is not None and not app.scanning.running


def test_front_door_sends_a_folder_to_the_picker(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder, a corpus or three files open the list; one article opens alone, in the
    single-pane app, never the list."""
    calls: list[list[str]] = []
    alone: list[tuple[str, str | None]] = []

    def fake(paths: list[str], **kw: object) -> int:
        calls.append(list(paths))
        return 0

    def fake_launch(a: str, b: str | None, **kw: object) -> int:
        alone.append((a, b))
        return 0

    monkeypatch.setattr(picker_app, "launch_corpus", fake)
    monkeypatch.setattr(app_module, "launch", fake_launch)
    seeds = sorted(str(p) for p in folder.glob("*.txt"))
    assert main([str(folder)]) == 0
    assert main(seeds[:3]) == 0
    assert main([seeds[0]]) == 0
    assert calls == [[str(folder)], seeds[:3]]
    assert alone == [(seeds[0], None)]
    assert capsys.readouterr().err == ""


def test_missing_folder_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A path that does not exist ends before any screen, in one line."""
    code = picker_app.launch_corpus(
        [str(tmp_path / "nowhere"), str(tmp_path / "else")], store=tmp_path / "s.json"
    )
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file or folder" in err


async def test_question_mark_shows_the_lists_keys_and_columns(folder: Path, store: Store) -> None:
    """? in the list opens a help with its keys (Enter, n, q, arrows, Esc in a pair) and
    what the columns mean; Esc closes it and the list still has the keys."""
    from textual.widgets import Static

    from newsdiff.tui.screens.picker_help import PickerHelpScreen

    app = PickerApp(start_picking([str(folder)]), store, "ana")
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 3, "the pairs were listed")
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, PickerHelpScreen), "help opened")
        text = " ".join(str(s.render()) for s in app.screen.query(Static))
        for said in (
            "Enter",
            "Open the highlighted pair",
            "n",
            "next pair",
            "Quit",
            "↑ ↓",
            "Esc (in a pair)",
            "Back to this list",
            "Reuse",
            "tagged",
            "source",
        ):
            assert said in text, said
        await pilot.press("escape")
        assert app.screen is app.picker
        await pilot.press("down")
        assert table.cursor_row == 1


async def test_n_with_no_other_untagged_pair_says_so(store: Store) -> None:
    """With one pair (the seeds), n cannot move: it says there is no other pair to go to."""
    app = PickerApp(start_picking([str(SEEDS)]), store, "ana")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 1, "the pair was listed")
        await pilot.press("n")
        await pilot.pause()
        assert table.cursor_row == 0
        said = [str(n.message) for n in app._notifications]
        assert any("no other pair" in s.lower() for s in said), said


async def test_source_mark_only_when_scan_names_a_source(folder: Path, store: Store) -> None:
    """Without dates no pair has a source mark, as scan's JSON says source: null: the
    spun rewrite (000) holds more of its original (001) but is not its source."""
    from newsdiff.corpus.scan import scan

    sources = {(p.a.ref, p.b.ref): p.source for p in scan([str(folder)]).pairs}
    app = PickerApp(start_picking([str(folder)]), store, "ana")
    async with app.run_test(size=(120, 30)) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 3, "the pairs were listed")
        assert "source" not in " ".join(str(c.label) for c in table.columns.values())
        marks = [table.get_cell_at((row, 1)) for row in range(3)]
        listing = app.picking.listing
        assert listing is not None
        expected = ["A" if sources[(x.ref_a, x.ref_b)] else "" for x in listing]
        assert marks == expected
        assert marks == ["", "", ""]


def test_same_titles_show_file_names() -> None:
    """Two titles that read the same (cut short, or a reprint's own headline) give way to
    the file names, cut in the middle so that both ends stay."""
    from newsdiff.tui.screens.picker import NAMES_UNDER, side_cells

    twin = Listed("x/000_abcdef0123456789.txt", "y/001_abcdef0123456789.txt",
                  "Russian Soldier Admits War Crimes", "Russian Soldier Admits War Crimes",
                  0.5, 0.4, "a", "b", 3, 3)  # fmt: skip
    a, b = side_cells(twin, NAMES_UNDER + 20)
    assert (a, b) == ("000_abcdef0123456789.txt", "001_abcdef0123456789.txt")
    a, b = side_cells(twin, 12)
    assert len(a) == len(b) == 12 and a != b
    assert a.startswith("000_") and a.endswith(".txt") and "…" in a
    other = Listed("a.txt", "b.txt", "One title", "Another title", 0.5, 0.4, "a", "b", 3, 3)
    assert side_cells(other, NAMES_UNDER) == ("One title", "Another title")


async def test_narrow_list_tells_a_from_b_by_file_name(folder: Path, store: Store) -> None:
    """At 80 columns the titles are too short to tell apart: each row shows the two file
    names, and under the list the highlighted pair's names and titles show in full."""
    app = PickerApp(start_picking([str(folder)]), store, "ana")
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 3, "the pairs were listed")
        listing = app.picking.listing
        assert listing is not None
        for row, item in enumerate(listing):
            a, b = table.get_cell_at((row, 2)), table.get_cell_at((row, 3))
            assert a != b
            assert a[:4] == Path(item.ref_a).name[:4] and b[:4] == Path(item.ref_b).name[:4]
        await pilot.press("down")
        await pilot.pause()
        strip = str(app.picker.query_one("#picker-pair").render()).splitlines()
        chosen = listing[1]
        assert strip[0].startswith("A  " + Path(chosen.ref_a).name)
        assert strip[1].startswith("B  " + Path(chosen.ref_b).name)
        assert chosen.title_a[:20] in strip[0] and chosen.title_b[:20] in strip[1]
        assert all(len(line) <= 78 for line in strip)


async def test_the_listed_pairs_footer_shows_esc_at_80_columns(store: Store) -> None:
    """At 80 columns the pair opened from the list shows Esc (back to the list) whole in
    its footer: the undo key gives way (still bound); u still undoes, c still asks for
    a note, and v (the detail panel) stays in the footer."""
    from textual.widgets import Footer

    from newsdiff.core.seeds import seed_paths
    from newsdiff.tui.screens.note import NoteScreen

    pair = ListedPairApp(*open_pair(*map(str, seed_paths())), store, "ana")
    async with pair.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        await pilot.pause()
        footer = pair.query_one(Footer)
        keys = [k for k in footer.children if k.region.width]
        assert keys and keys[-1].region.right <= 80
        shown = " ".join(str(getattr(k, "description", "")) for k in keys)
        assert "List" in shown and "Undo" not in shown and "Quit" in shown
        assert "Detail" in shown and "Note" not in shown
        session, first = pair.session, pair.view.sentence
        assert session is not None
        await pilot.press("f")
        assert session.label("a", first) == "fact"
        await pilot.press("u")
        assert session.label("a", first) is None
        await pilot.press("c")
        assert isinstance(pair.screen, NoteScreen)
