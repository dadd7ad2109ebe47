"""SIGKILL a process that writes tags in a loop: every acknowledged tag survives."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from newsdiff.store import Store

WRITER = Path(__file__).parent / "store_writer.py"
ROUNDS = 30


def test_sigkill_at_random_moments_loses_no_acknowledged_tag(tmp_path: Path) -> None:
    """30 rounds: start the writer, kill -9 it mid-loop, reopen: all acked tags are there,
    the cursor state is the last acknowledged one or the one in flight, and every file
    in the store is valid JSON."""
    path = tmp_path / "newsdiff.json"
    rng = random.Random(20261122)
    acked: dict[tuple[str, int, str], str] = {}
    for r in range(ROUNDS):
        who = f"round{r}"
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), who, "--state-every", "3"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the writer is in its loop now
        assert first.startswith("tag "), first
        time.sleep(rng.uniform(0.0, 0.06))
        os.kill(proc.pid, signal.SIGKILL)
        rest, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        lines = [first.rstrip("\n")] + [
            ln
            for ln in rest.split("\n")[:-1]  # a last line without "\n" was not finished
        ]
        last_state = -1
        for ln in lines:
            parts = ln.split()
            if parts[0] == "tag":
                acked[(parts[1], int(parts[2]), parts[3])] = parts[4]
            elif parts[0] == "state":
                last_state = int(parts[2])

        st = Store(path)  # loads: a torn file would raise StoreError here
        got = {(t.article_id, t.sentence, t.annotator): t.label for t in st.tags()}
        missing = [k for k in acked if got.get(k) != acked[k]]
        assert not missing, f"round {r}: lost {len(missing)} acknowledged tags"
        state = st.get_state(f"cursor-{who}")
        if last_state >= 0:
            assert state is not None and state["n"] in (last_state, last_state + 3)
    for f in [path, *(tmp_path / "newsdiff.tags").glob("*.json")]:
        json.loads(f.read_text(encoding="utf-8"))
    assert len(acked) > ROUNDS
