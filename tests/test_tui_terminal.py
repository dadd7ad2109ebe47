"""The app when its terminal goes away (a window closed, an ssh session dropped)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdiff.store import Store
from newsdiff.tui import app as app_module
from newsdiff.tui.app import create_app

from .conftest import ROOT, SEED_A, SEED_B
from .tui_helpers import ready

#: Bounds on waiting for the real app, so that a broken app fails instead of hanging.
PATIENCE = 30.0


async def test_a_lost_terminal_ends_the_app_and_keeps_the_cursor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the terminal is gone the app quits by itself, saving the cursor as q does."""
    store = tmp_path / "s.json"
    app = create_app(str(SEED_A), str(SEED_B), store=store, annotator="t")
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("j", "j")
        monkeypatch.setattr(app_module, "_terminal_fd", lambda: 0)
        app._watch_terminal()
        assert app.is_running  # the terminal is still there: nothing happens
        monkeypatch.setattr(app_module, "_terminal_fd", lambda: None)
        app._watch_terminal()
        await pilot.pause()
    assert app.return_code == 0
    session = app.session
    assert session is not None
    saved = Store(store).get_state(session.state_key())
    assert saved is not None and (saved["side"], saved["sentence"]) == ("a", 2)


def _running(pattern: str) -> bool:
    return subprocess.run(["pgrep", "-f", pattern], capture_output=True).returncode == 0


@pytest.mark.skipif(
    shutil.which("tmux") is None or shutil.which("make") is None, reason="needs tmux and make"
)
def test_closing_the_window_of_make_run_ends_the_app(tmp_path: Path) -> None:
    """Closing a tmux window running the app under make ends the app: only make gets
    SIGHUP, and the app used to spin at full CPU on the dead terminal for ever."""
    exe = Path(sys.executable).with_name("newsdiff")
    store = tmp_path / "lost-terminal-store.json"
    makefile = tmp_path / "Makefile"
    makefile.write_text(f"run:\n\t'{exe}' --store '{store}' '{SEED_A}' '{SEED_B}'\n")
    session = f"newsdiff-test-{os.getpid()}-{time.monotonic_ns()}"
    subprocess.run(
        ["tmux", "new", "-d", "-s", session, "-x", "100", "-y", "30", f"make -f '{makefile}' run"],
        check=True,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + PATIENCE
        while (
            "tagged"
            not in subprocess.run(
                ["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True
            ).stdout
        ):
            assert time.monotonic() < deadline, "the app never drew its panes"
            time.sleep(0.2)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False)
    while _running(str(store)):
        if time.monotonic() > deadline + PATIENCE:
            subprocess.run(["pkill", "-9", "-f", str(store)], check=False)
            pytest.fail("the app kept running after its window was closed")
        time.sleep(0.2)
