"""The real app on fixed pairs with a throwaway store, for the snapshot tests."""

from __future__ import annotations

import tempfile
from pathlib import Path

from newsdiff.core.seeds import seed_paths
from newsdiff.store import Store
from newsdiff.tui.app import NewsdiffApp, open_pair
from newsdiff.tui.preferences import Preferences

DATA = Path(__file__).resolve().parent.parent / "data"


class _TmpStoreApp(NewsdiffApp):
    def __init__(self, path_a: str, path_b: str) -> None:
        # A fresh store each run: snapshots never see tags from an earlier run.
        self._tmp = tempfile.TemporaryDirectory(prefix="newsdiff-snap-")
        a, b = open_pair(path_a, path_b)
        # Auto-advance off: the snapshots' key presses move the cursor themselves.
        store = Store(Path(self._tmp.name) / "tags.json")
        super().__init__(a, b, store, "snapshot", preferences=Preferences(advance=False))


class SeedApp(_TmpStoreApp):
    """Seed 000 beside seed 001, as 'newsdiff' with no arguments opens them."""

    def __init__(self) -> None:
        super().__init__(*seed_paths())


class BridgeApp(_TmpStoreApp):
    """A small pair with every kind of row: equal, changed, 2-1, removed, moved, added."""

    def __init__(self) -> None:
        super().__init__(str(DATA / "bridge_a.txt"), str(DATA / "bridge_b.txt"))


class SingleApp(NewsdiffApp):
    """Seed 000 alone, as 'newsdiff 000.txt' opens it: one pane, the whole width."""

    def __init__(self) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="newsdiff-snap-")
        a, _ = open_pair(*seed_paths())
        store = Store(Path(self._tmp.name) / "tags.json")
        super().__init__(
            a, a, store, "snapshot", preferences=Preferences(advance=False), single=True
        )


class ReprintApp(_TmpStoreApp):
    """A reprint: thirteen rows, two changed, runs of three, five and three equal rows."""

    def __init__(self) -> None:
        super().__init__(str(DATA / "reprint_a.txt"), str(DATA / "reprint_b.txt"))
