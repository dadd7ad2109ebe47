"""Issue 16, fourteenth round: a long pair's rows' child forked as soon as the
alignment's programme has chosen its chain (``core.workers.Ahead``,
``row_memos.start_ahead``), working on those rows from the front while the alignment's
later passes run in the parent, which then takes them from the back until the two meet.

The forks run in a fresh interpreter of their own (``python -c``): the test process
has threads (pytest-xdist's), beside which ``core.workers`` rightly never forks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .test_jobs import SEEDS, _distinct_pair


def _python(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


#: ``Ahead`` over 30 items: the parent waits until the child has taken a few (it says
#: so through a pipe), then meets it from the back (the child waits at the tenth for the
#: parent to start); the child fails at the fourth as argv[1] says.
#: Prints what each side worked on and what the child handed back.
MEET = r"""
import json, os, sys, time
from newsdiff.core import workers
from newsdiff.core.workers import Ahead

parent = os.getpid()
how = sys.argv[1]
told_r, told_w = os.pipe()
def work(items):
    if os.getpid() != parent:
        if items[0] == 3:
            os.write(told_w, b"x")  # four taken: the parent may start
        if items[0] == 3 and how == "raise":
            raise ValueError("a child's bug")
        if items[0] == 3 and how == "exit":
            os._exit(3)
        if items[0] == 3 and how == "kill":
            os.kill(os.getpid(), 9)
        while items[0] == 10 and workers._get(ahead._page, workers._LIMIT) == 30:
            time.sleep(0.001)  # until the parent comes from the back: they meet between
    else:
        here.append(items[0])
    return [x * x for x in items]
here = []
items = list(range(30))
with Ahead() as ahead:
    ahead.start(work, items)
    os.read(told_r, 1)
    handed = ahead.finish(work, lambda x: x % 7 != 0)
print(json.dumps({"here": here, "handed": {str(k): v for k, v in handed.items()}}))
"""


@pytest.mark.parametrize("how", ["none", "raise", "exit", "kill"])
def test_the_child_and_this_process_meet(how: str) -> None:
    proc = _python(MEET, how)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""  # no child's traceback
    got = json.loads(proc.stdout)
    here, handed = got["here"], {int(k): v for k, v in got["handed"].items()}
    assert all(v == k * k for k, v in handed.items())
    # This process took the items from the back, those wanted, down to the child's.
    assert here == sorted(here, reverse=True) and all(x % 7 != 0 for x in here)
    assert here and here[0] == 29
    if how == "none":
        # Together they did every item (one both may do, where they met), the child
        # from the front: nothing is left to its callers' memos.
        assert sorted(handed) == list(range(len(handed))) and len(handed) >= 4
        assert {x for x in range(30) if x % 7} <= set(handed) | set(here)
        assert min(here) >= len(handed) - 1
    else:
        # A child that failed hands back nothing: its items are its callers' to do.
        assert handed == {}


#: ``newsdiff diff --jobs N`` with the threshold lowered to 2 edited pairs, and each of
#: the alignment's later passes (``take_in``) asked how many children are alive then.
DURING = r"""
import contextlib, io, json, multiprocessing, sys
from newsdiff.core import align
from newsdiff.main import main
from newsdiff.meaning import row_memos

row_memos.PARALLEL_FROM = 2
alive = []
take_in = align.take_in
def counted(*args, **kwargs):
    alive.append(len(multiprocessing.active_children()))
    return take_in(*args, **kwargs)
align.take_in = counted
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(["diff", "--format", "plain", *sys.argv[1:]])
print(json.dumps([code, alive, out.getvalue()]))
"""


def test_the_rows_child_starts_before_the_alignment_ends(tmp_path: Path) -> None:
    a, b = _distinct_pair(tmp_path)
    runs = {jobs: _python(DURING, "--jobs", jobs, a, b) for jobs in ("1", "2")}
    for proc in runs.values():
        assert proc.returncode == 0, proc.stderr
    (code1, alive1, out1), (code2, alive2, out2) = (json.loads(runs[j].stdout) for j in "12")
    assert alive1 == [0]  # one process
    assert alive2 == [1]  # the rows' child works while the alignment ends
    assert (code2, out2) == (code1, out1) and code1 == 1 and out1.count("\n") > 250


def test_a_short_pair_forks_no_rows_child(tmp_path: Path) -> None:
    # The seed pair's chain holds fewer edited pairs than PARALLEL_FROM (150).
    script = DURING.replace("row_memos.PARALLEL_FROM = 2\n", "")
    proc = _python(script, "--jobs", "2", *(str(p) for p in SEEDS[:2]))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[1] == [0]
