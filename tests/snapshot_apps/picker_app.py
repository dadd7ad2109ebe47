"""The pair picker on the seeds plus an HTML copy of seed 001, with a throwaway store."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from newsdiff.store import Store
from newsdiff.tui.picker_app import PickerApp, start_picking

ROOT = Path(__file__).resolve().parent.parent.parent


class SeedPickerApp(PickerApp):
    """``newsdiff FOLDER`` on the seeds and seed_001.html: three pairs, nothing tagged."""

    def __init__(self) -> None:
        # A fresh folder and store each run: no cached scan, no tags from an earlier run.
        self._tmp = tempfile.TemporaryDirectory(prefix="newsdiff-snap-")
        folder = Path(self._tmp.name) / "corpus"
        shutil.copytree(ROOT / "seeds", folder)
        shutil.copy(ROOT / "tests" / "data" / "seed_001.html", folder / "seed_001.html")
        store = Store(Path(self._tmp.name) / "annotations" / "tags.json")
        super().__init__(start_picking([str(folder)]), store, "snapshot")
