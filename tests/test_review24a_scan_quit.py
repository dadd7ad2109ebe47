"""Quitting the pair list while it scans (review r24a finding 1).

``newsdiff cases/big_scan.jsonl`` (15,000 records recombining the Lee corpus's
sentences), ``q`` at ``reading 33%``: "twice in three tries the app printed `terminate
called without an active exception` and `Aborted`, exit status 134 (once 0)". The scan
ran in a daemon thread, and the interpreter ended around it; inside numpy's C++
``np.unique`` (GIL released) that end is ``std::terminate``. The scan now runs in a
child process that the list ends, and waits for, as it closes.
"""

from __future__ import annotations

import json
import os
import random
import re
import select
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsdiff.store import Store
from newsdiff.tui import picker_app
from newsdiff.tui.picker_app import PickerApp, start_picking

from .tui_helpers import PATIENCE, until


def corpus(path: Path, records: int = 1000) -> Path:
    """A JSON Lines corpus made as cases/make_big_scan.py makes big_scan.jsonl: each
    record 4 to 12 sentences drawn from a common stock, so that pairs abound and the
    scan's exact check takes a while after its reading is done."""
    rng = random.Random(7)
    vocab = [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)) for _ in range(3000)
    ]
    stock = [
        " ".join(rng.choices(vocab, k=rng.randint(12, 24))).capitalize() + "." for _ in range(400)
    ]
    with path.open("w", encoding="utf-8") as out:
        for n in range(records):
            text = " ".join(rng.sample(stock, rng.randint(4, 12)))
            out.write(json.dumps({"id": f"x{n}", "text": text}) + "\n")
    return path


def scan_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("newsdiff-") and "scan" in t.name]


async def test_q_during_a_scan_ends_the_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """q while the scan reads: when the list has ended, nothing of the scan runs on (no
    thread of it is left for the interpreter's end to cut short, no child process)."""
    import multiprocessing

    monkeypatch.setattr(picker_app, "SHOW_PROGRESS_AFTER", 0.0)
    before = set(multiprocessing.active_children())
    store = Store(tmp_path / "store" / "newsdiff.json")
    app = PickerApp(start_picking([str(corpus(tmp_path / "big.jsonl"))]), store, "ana")
    async with app.run_test(size=(80, 24)) as pilot:
        stage = app.picker.query_one("#picker-stage")
        await until(pilot, lambda: ": " in str(stage.render()), "the scan's progress showed")
        await pilot.press("q")
    store.close()
    assert app.chosen is None and app.error is None
    assert scan_threads() == []
    assert set(multiprocessing.active_children()) <= before


def test_a_scan_that_ends_lists_its_pairs_and_leaves_nothing_running(tmp_path: Path) -> None:
    """Near miss: a scan left to finish lists the pairs as before, and its child is gone
    once the listing arrived."""
    from newsdiff.tui.listing import scan_listing
    from newsdiff.tui.scan_child import ScanChild

    path = corpus(tmp_path / "small.jsonl", records=60)
    found: list[object] = []
    done = threading.Event()

    def got(listing: list[object]) -> None:
        found.append(listing)
        done.set()

    child = ScanChild([str(path)], 0.5, lambda *a: None, got, lambda e: found.append(e))
    child.start()
    child.listen()
    assert done.wait(PATIENCE), "the scan never ended"
    child.stop()
    assert not child.running
    assert found == [scan_listing([str(path)], 0.5)]


def read_until(fd: int, seen: bytearray, marker: re.Pattern[bytes] | None) -> bool:
    """Read the terminal until ``marker`` shows (True) or it closes (False)."""
    # A whole interpreter starts here, on a machine make test keeps busy: more patience.
    deadline = time.monotonic() + 3 * PATIENCE
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the app has ended and closed the terminal
            return False
        if not chunk:
            return False
        seen += chunk
        if marker is not None and marker.search(re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]", b"", seen)):
            return True
    raise AssertionError(f"never happened: {marker!r} on the terminal: {bytes(seen[-3000:])!r}")


@pytest.mark.slow
def test_q_mid_scan_exits_0_every_time(tmp_path: Path) -> None:
    """The reviewer's keys, three times over: ``newsdiff CORPUS``, wait until the list
    says how far the scan got, ``q``: exit status 0 and no word of C++ every time."""
    import fcntl
    import struct
    import termios

    path = corpus(tmp_path / "big.jsonl")
    env = {**os.environ, "TERM": "xterm-256color"}
    for n in range(3):
        home = tmp_path / f"run{n}"
        home.mkdir()
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        proc = subprocess.Popen(
            [sys.executable, "-m", "newsdiff", os.path.join("..", path.name)],
            stdin=slave, stdout=slave, stderr=slave, cwd=home, env=env, start_new_session=True,
        )  # fmt: skip
        os.close(slave)
        seen = bytearray()
        try:
            assert read_until(master, seen, re.compile(rb"big\.jsonl: [a-z]")), "the app ended"
            os.write(master, b"q")
            read_until(master, seen, None)
            code = proc.wait(3 * PATIENCE)
        finally:
            if proc.poll() is None:
                proc.kill()
            os.close(master)
        assert b"terminate called" not in seen and b"Aborted" not in seen
        assert code == 0
