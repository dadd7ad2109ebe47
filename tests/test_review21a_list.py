"""Review r21a: the pair list with a damaged tag file, its header (finding 7) and what it
notices while it is shown (finding 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable

from newsdiff.store import Store, Tag
from newsdiff.tui.app import open_pair
from newsdiff.tui.picker_app import PickerApp, start_picking

from .conftest import SEED_A, SEED_B
from .test_review20d_app import damage
from .tui_helpers import until


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "annotations" / "newsdiff.json")


def summary(app: PickerApp) -> str:
    return str(app.picker.query_one("#picker-summary").render())


async def header_with(seed_copies: Path, store: Store, damaged: bool) -> tuple[str, int, int]:
    """The list's header with two tags on SEED_A's article and one on another, SEED_A's
    tag file ``damaged`` or not; and the sentences of every listed article, and of
    SEED_A's."""
    a, _ = open_pair(str(SEED_A), str(SEED_B))
    other, _ = open_pair(str(seed_copies / "004_9c1960deb1d72b96.txt"), str(SEED_B))
    store.put(Tag(a.id, a.path, 0, 0, 5, "x", "fact", "ana"))
    store.put(Tag(a.id, a.path, 1, 6, 9, "y", "fact", "ana"))
    store.put(Tag(other.id, other.path, 0, 0, 5, "x", "fact", "ana"))
    if damaged:
        damage(store, a.id)
    picking = start_picking([str(seed_copies)])
    app = PickerApp(picking, store, "ana")
    async with app.run_test(size=(200, 45)) as pilot:
        table = app.picker.query_one(DataTable)
        await until(pilot, lambda: table.row_count == 9, "the pairs were listed")
        said = summary(app)
        await pilot.press("q")
    assert picking.listing is not None
    totals = {i: t for x in picking.listing for i, t in ((x.id_a, x.total_a), (x.id_b, x.total_b))}
    return said, sum(totals.values()), totals[a.id]


async def test_the_header_leaves_a_damaged_article_out_and_says_so(
    seed_copies: Path, store: Store
) -> None:
    """r21a finding 7: 'header "8 pairs · 4/125 sentences tagged (3%) in the 8 articles of
    these pairs": 125 includes 01's 26 sentences, whose 2 tags are not counted (its cells
    read "damaged")'. The damaged article's sentences are left out and the header says
    how many articles were."""
    said, every, of_a = await header_with(seed_copies, store, damaged=True)
    counted = every - of_a
    assert said == (
        f"9 pairs · 1/{counted} sentences tagged ({1 / counted:.0%}) "
        "in 4 of the 5 articles of these pairs · 1 article's tags damaged"
    )


async def test_a_sound_header_counts_every_article(seed_copies: Path, store: Store) -> None:
    """Near miss: with every tag file sound, every article and tag is counted, and the
    header says nothing of damage."""
    said, every, _ = await header_with(seed_copies, store, damaged=False)
    assert said == (
        f"9 pairs · 3/{every} sentences tagged ({3 / every:.0%}) in the 5 articles of these pairs"
    )
