"""Pictures of the app (SVG), compared with the accepted ones in tests/__snapshots__/.

After a deliberate change of the look, regenerate with
``pytest tests/test_tui_snapshots.py --snapshot-update`` and look at the new SVGs.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from .tui_helpers import ready, until

SEED = "snapshot_apps/seed_app.py:SeedApp"
BRIDGE = "snapshot_apps/seed_app.py:BridgeApp"
SINGLE = "snapshot_apps/seed_app.py:SingleApp"
REPRINT = "snapshot_apps/seed_app.py:ReprintApp"
PICKER = "snapshot_apps/picker_app.py:SeedPickerApp"

Compare = Callable[..., bool]


async def _ready(pilot: Pilot[None]) -> None:
    await ready(pilot)


async def _listed(pilot: Pilot[None]) -> None:
    from textual.widgets import DataTable

    table = pilot.app.screen.query_one(DataTable)
    await until(pilot, lambda: table.row_count > 0, "the pairs were listed")
    await pilot.pause()


def test_seed_pair(snap_compare: Compare) -> None:
    """The seed pair as 'newsdiff' opens it: header, both panes, status line, footer."""
    assert snap_compare(SEED, terminal_size=(120, 36), run_before=_ready)


def test_seed_pair_80x24(snap_compare: Compare) -> None:
    """The smallest supported terminal, after a page down: short figures, compact footer."""
    assert snap_compare(SEED, terminal_size=(80, 24), run_before=_ready, press=["pagedown"])


def test_tagged(snap_compare: Compare) -> None:
    """Badges in both gutters, the cursor on B and its counterpart on A, progress figures."""
    keys = ["n", "n", "n", "n", "f", "j", "a", "j", "e", "tab", "o", "k", "f"]
    assert snap_compare(SEED, terminal_size=(120, 36), run_before=_ready, press=keys)


def test_help(snap_compare: Compare) -> None:
    """The help screen: every key, the row marks and the label guidelines."""
    assert snap_compare(SEED, terminal_size=(110, 48), run_before=_ready, press=["question_mark"])


def test_every_kind_of_row(snap_compare: Compare) -> None:
    """Equal, changed, a two-to-one group, removed, moved (with badges) and added rows."""
    assert snap_compare(BRIDGE, terminal_size=(100, 32), run_before=_ready, press=["j", "j"])


def test_pair_picker(snap_compare: Compare) -> None:
    """The pair picker: corpus progress, three pairs best first, the second highlighted."""
    assert snap_compare(PICKER, terminal_size=(110, 16), run_before=_listed, press=["down"])


async def _tag_two(pilot: Pilot[None]) -> None:
    await ready(pilot)
    await pilot.press("f", "j", "o", "j")
    await pilot.pause()


def test_single_article_80x24(snap_compare: Compare) -> None:
    """One article alone at 80 columns: one pane over the whole width, no divider, the
    header with the article and its progress (no alignment figures), two tags made."""
    assert snap_compare(SINGLE, terminal_size=(80, 24), run_before=_tag_two)


def test_folded_reprint_80x24(snap_compare: Compare) -> None:
    """A reprint with its equal rows folded (z) at 80 columns: each run one line,
    ··· N equal rows ··· in both panes, the cursor on the second fold line (j j)."""
    keys = ["z", "j", "j"]
    assert snap_compare(REPRINT, terminal_size=(80, 24), run_before=_ready, press=keys)
