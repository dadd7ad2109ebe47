"""The app started without a terminal (a script, cron, CI) says so in one line and
exits 2: it used to spin at full CPU on stdin at end of file, or print a traceback
when stdin was closed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEED_A, SEED_B

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str], stdin: int | None, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsdiff", *args, "--store", str(tmp_path / "s.json")],
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )


@pytest.mark.parametrize("stdin", [subprocess.DEVNULL, subprocess.PIPE], ids=["devnull", "pipe"])
def test_pair_app_without_a_terminal_is_one_line(stdin: int, tmp_path: Path) -> None:
    """`newsdiff A B < /dev/null` (or from a pipe) ends at once: one line, exit 2."""
    out = _run([str(SEED_A), str(SEED_B)], stdin, tmp_path)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "needs a terminal" in out.stderr
    assert "Traceback" not in out.stderr and out.stdout == ""


def test_picker_without_a_terminal_is_one_line(tmp_path: Path) -> None:
    """`newsdiff FOLDER < /dev/null` ends the same way."""
    out = _run([str(ROOT / "seeds")], subprocess.DEVNULL, tmp_path)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "needs a terminal" in out.stderr


def test_app_with_stdin_closed_is_one_line(tmp_path: Path) -> None:
    """`newsdiff A B <&-`: no traceback from the terminal driver."""
    code = (
        "import os, sys, runpy; os.close(0); sys.stdin = None; "
        f"sys.argv = ['newsdiff', {str(SEED_A)!r}, {str(SEED_B)!r}, "
        f"'--store', {str(tmp_path / 's.json')!r}]; runpy.run_module('newsdiff', run_name='__main__')"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert out.returncode == 2, out.stderr
    assert out.stderr.count("\n") == 1 and "needs a terminal" in out.stderr
