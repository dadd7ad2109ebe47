"""Review r22c: the app's watch of the store (findings 4, 8, 9 and 10): a tag file
deleted, damaged while its article is open, every listed article damaged, and a label
carried to a damaged side."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import DataTable

from newsdiff.store import Store, Tag
from newsdiff.tui.app import create_app, open_pair
from newsdiff.tui.picker_app import PickerApp, start_picking
from newsdiff.tui.widgets.header import PairHeader, StatusLine

from .conftest import SEED_A, SEED_B
from .test_review20d_app import TAGGED_A, cell, damage
from .test_review21a_list import Notices, listed, opened, quick_polls, summary
from .tui_helpers import ready, until

__all__ = ["quick_polls"]  # a fixture these tests use


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "annotations" / "newsdiff.json")


async def test_the_list_says_a_deleted_tag_file_was_removed(
    seed_copies: Path, store: Store, quick_polls: None
) -> None:
    """r22c finding 4: "Phase 1: header 3/96 -> "0/96 sentences tagged (0%) in the 3
    articles", cells 3/44 -> 0/44, no notice at all. Phase 2 (file restored, cut with head
    -c 200, then rm): "Store file mended ... reads again: its pairs are counted and open."
    and 0/44." A deleted file is said once as removed, counted as untagged, and never
    announced as mended."""
    a, _ = open_pair(str(SEED_A), str(SEED_B))
    for n in range(3):
        store.put(Tag(a.id, a.path, n, 0, 5, "x", "fact", "ana"))
    tag_file = store.tags_dir / f"{a.id}.json"
    sound = tag_file.read_bytes()
    async with listed(seed_copies, store) as (app, pilot, picking, row, notices):
        assert picking.listing is not None
        total = picking.listing[row].total_a
        assert cell(app, row, TAGGED_A) == f"3/{total}"
        tag_file.unlink()
        await until(pilot, lambda: cell(app, row, TAGGED_A) == f"0/{total}", "deletion seen")
        await pilot.pause(0.5)  # several polls more
        removed = (
            f"{tag_file} was removed: this article's tags are gone, and it counts as untagged."
        )
        assert notices.titled("Tags removed") == [removed]
        # Phase 2: restored, damaged, then deleted.
        tag_file.write_bytes(sound)
        await until(pilot, lambda: cell(app, row, TAGGED_A) == f"3/{total}", "restored")
        tag_file.write_bytes(sound[:200])
        await until(pilot, lambda: cell(app, row, TAGGED_A) == "damaged", "damage seen")
        tag_file.unlink()
        await until(pilot, lambda: cell(app, row, TAGGED_A) == f"0/{total}", "deletion seen")
        await pilot.pause(0.5)
        assert "damaged" not in summary(app)
        await pilot.press("q")
    assert notices.titled("Tags removed") == [removed, removed]
    assert notices.titled("Store file mended") == []


async def test_an_open_pair_says_a_deleted_tag_file_was_removed(
    store: Store, quick_polls: None
) -> None:
    """Finding 4 in an open pair: damaged, then deleted, the file is not "mended"."""
    async with opened(store, 160) as (app, pilot, store, notices):
        await pilot.press("f")
        await until(pilot, lambda: not store.pending, "f was saved")
        tag_file = damage(store, app.article_a.id)
        await until(pilot, lambda: bool(notices.titled("Store file damaged")), "damage said")
        tag_file.unlink()
        await until(pilot, lambda: bool(notices.titled("Tags removed")), "deletion said")
        await pilot.pause(0.5)
    assert notices.titled("Store file mended") == []
    assert len(notices.titled("Tags removed")) == 1


async def test_the_list_says_nothing_of_a_file_that_never_was(
    seed_copies: Path, store: Store, quick_polls: None
) -> None:
    """Near miss of finding 4: an article with no tag file is untagged, and a file
    written for it elsewhere is counted, with nothing said of removal or mending."""
    a, _ = open_pair(str(SEED_A), str(SEED_B))
    async with listed(seed_copies, store) as (app, pilot, picking, row, notices):
        assert picking.listing is not None
        await pilot.pause(0.3)
        Store(store.path).put(Tag(a.id, a.path, 0, 0, 5, "x", "fact", "ana"))
        await until(pilot, lambda: cell(app, row, TAGGED_A).startswith("1/"), "the tag counted")
        await pilot.press("q")
    assert notices.said == []


def corpus2(tmp_path: Path) -> Path:
    """The reviewer's corpus2: seed 001 and its first 3000 bytes, one pair."""
    folder = tmp_path / "corpus2"
    folder.mkdir()
    text = SEED_001.read_bytes()
    (folder / SEED_001.name).write_bytes(text)
    (folder / "001b_excerpt.txt").write_bytes(text[:3000])
    return folder


SEED_001 = SEED_A.parent / "001_7835627fb396a6e4.txt"


async def list_header(folder: Path, store: Store, damaged: int) -> str:
    """The list's header with a tag on each article of ``folder``'s pair, the first
    ``damaged`` of their tag files damaged."""
    ids = []
    for path in sorted(folder.iterdir()):
        art, _ = open_pair(str(path), str(path))
        store.put(Tag(art.id, art.path, 0, 0, 5, "x", "fact", "ana"))
        ids.append(art.id)
    for art_id in ids[:damaged]:
        damage(store, art_id)
    picking = start_picking([str(folder)])
    app = PickerApp(picking, store, "ana")
    async with app.run_test(size=(200, 45)) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 1, "the pair was listed")
        said = summary(app)
        await pilot.press("q")
    return said


async def test_every_article_damaged_is_said_plainly(tmp_path: Path, store: Store) -> None:
    """r22c finding 9: "every listed article damaged gives "1 pair · 0/0 sentences tagged
    in 0 of the 2 articles of this pair · 2 articles' tags damaged" (corpus2/store2 flow:
    tag 001 and 001b_excerpt, damage both tag files)"."""
    said = await list_header(corpus2(tmp_path), store, damaged=2)
    assert said == "1 pair · the tags of both articles are damaged"


async def test_one_article_damaged_of_two_is_counted_as_before(
    tmp_path: Path, store: Store
) -> None:
    """Near miss of finding 9: one of the pair's articles damaged, the other is counted."""
    said = await list_header(corpus2(tmp_path), store, damaged=1)
    assert said.startswith("1 pair · 1/")
    assert said.endswith("in 1 of the 2 articles of this pair · 1 article's tags damaged")


def header_text(app: App[None]) -> str:
    return str(app.query_one(PairHeader).render())


async def test_a_single_articles_header_shows_its_tags_damaged(
    store: Store, quick_polls: None
) -> None:
    """r22c finding 8: "(one article, 2 tags, its tag file cut to 200 bytes while shown):
    notice "Store file damaged" comes, but the header still reads "one article · 30
    sentences · 2 tagged" and "2/30 tagged"". The header says the tags are damaged, and
    counts them again once the file is mended."""
    store.path.parent.mkdir()
    app = create_app(str(SEED_001), None, store=store.path, annotator="ann")
    store = app.store
    notices = Notices(app)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await ready(pilot)
        await pilot.press("f")
        await until(pilot, lambda: not store.pending, "f was saved")
        await pilot.press("f")
        await until(pilot, lambda: not store.pending, "f was saved")
        assert "one article · 30 sentences · 2 tagged" in header_text(app)
        assert "2/30 tagged" in header_text(app)
        tag_file = store.tags_dir / f"{app.article_a.id}.json"
        sound = tag_file.read_bytes()
        tag_file.write_bytes(sound[:200])
        await until(pilot, lambda: bool(notices.titled("Store file damaged")), "damage said")
        await pilot.pause()
        said = header_text(app)
        assert "one article · 30 sentences · tags damaged" in said
        assert "2/30 tagged" not in said and "2 tagged" not in said
        tag_file.write_bytes(sound)
        await until(pilot, lambda: bool(notices.titled("Store file mended")), "mending said")
        await pilot.pause()
        assert "one article · 30 sentences · 2 tagged" in header_text(app)
        assert "tags damaged" not in header_text(app)


async def test_a_pairs_header_marks_only_the_damaged_side(store: Store, quick_polls: None) -> None:
    """Finding 8 in a pair ("B "1/30 tagged" after B's file was damaged"); near miss: A's
    sound file keeps its progress."""
    async with opened(store, 200) as (app, pilot, store, notices):
        b = app.article_b
        store.put(Tag(b.id, b.path, 0, 0, 5, "x", "fact", "ann"))
        await until(pilot, lambda: app.session is not None and app.session.tagged("b") == 1, "B")
        total_b = app.session.total("b") if app.session else 0
        assert f"1/{total_b} tagged" in header_text(app)
        damage(store, b.id)
        await until(pilot, lambda: bool(notices.titled("Store file damaged")), "damage said")
        await pilot.pause()
        said = header_text(app)
    assert "tags damaged" in said and f"1/{total_b} tagged" not in said
    assert f"0/{app.session.total('a') if app.session else 0} tagged" in said


async def label_a_with_b(store: Store, damaged: bool) -> tuple[str, list[str], bytes | None]:
    """Press f on A#5 of the seed pair, B's tag file ``damaged`` or not:
    the status line's message, the notices' titles, and B's file after."""
    async with opened(store, 200) as (app, pilot, store, notices):
        b_file = store.tags_dir / f"{app.article_b.id}.json"
        if damaged:
            store.tags_dir.mkdir(parents=True, exist_ok=True)
            damage(store, app.article_b.id)
            await until(pilot, lambda: bool(notices.titled("Store file damaged")), "damage said")
        app.view.move_to("a", 4)  # A#5, whose label is carried to B#1
        await pilot.press("f")
        await until(pilot, lambda: not store.pending, "f was saved")
        message = app.query_one(StatusLine).message
        tags_a = store.tags(app.article_a.id, "ann")
    assert [(t.sentence, t.label) for t in tags_a] == [(4, "fact")]
    return message, [t for t, _ in notices.said], b_file.read_bytes() if b_file.exists() else None


async def test_a_label_on_a_is_saved_when_bs_tags_are_damaged(
    store: Store, quick_polls: None
) -> None:
    """r22c finding 10: "in an open pair with B's tag file damaged, a label key on A (a
    sound article) is refused too ("Tag not saved: <B's file>...") because the label
    would be carried to B." A's label is saved, B's file is left as it is, and the status
    line says the label was not carried to B."""
    message, titles, b_after = await label_a_with_b(store, damaged=True)
    assert message == "saved: A#5: untagged → fact; not carried to B: its tags are damaged"
    assert titles == ["Store file damaged"]  # no "Tag not saved"
    assert b_after == b"GARBAGE\n"


async def test_a_label_on_a_is_carried_to_a_sound_b(store: Store, quick_polls: None) -> None:
    """Near miss of finding 10: B's file sound, the label is carried as before."""
    message, titles, _ = await label_a_with_b(store, damaged=False)
    assert message == "saved: A#5: untagged → fact (carried to B#1)"
    assert "not carried" not in message and titles == []
