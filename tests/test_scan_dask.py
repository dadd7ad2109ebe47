"""newsdiff scan on a Dask cluster gives the local run's pairs (LocalCluster, and a real
scheduler with two worker processes on 127.0.0.1)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.corpus.cluster import DaskRunner
from newsdiff.corpus.scan import scan

from .conftest import ROOT, SEEDS

distributed = pytest.importorskip("distributed")

PATHS = [str(SEEDS), str(ROOT / "tests" / "data" / "seed_001.html")]


def _local_pairs() -> list[dict[str, object]]:
    return [p.to_json(r) for r, p in enumerate(scan(PATHS).pairs, 1)]


def test_local_cluster_gives_the_local_pairs() -> None:
    """The pipeline's tasks on a LocalCluster find the same pairs in the same order."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        with DaskRunner(cluster.scheduler_address) as runner:
            result = scan(PATHS, runner=runner, parts=runner.parts())
    assert [p.to_json(r) for r, p in enumerate(result.pairs, 1)] == _local_pairs()
    assert len(result.pairs) == 3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def real_cluster(tmp_path: Path) -> Iterator[str]:
    """A `dask scheduler` and two `dask worker` processes on 127.0.0.1, stopped after."""
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    worker = [sys.executable, "-m", "distributed.cli.dask_worker"]
    procs = [
        subprocess.Popen(
            [*dask, "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        for _ in range(2):
            procs.append(
                subprocess.Popen(
                    [
                        *worker,
                        address,
                        "--nthreads",
                        "1",
                        "--no-dashboard",
                        "--local-directory",
                        str(tmp_path),
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        client = distributed.Client(address, timeout=30, set_as_default=False)
        try:
            client.wait_for_workers(2, timeout=60)
        finally:
            client.close()
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        deadline = time.monotonic() + 20
        for proc in procs:
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_real_scheduler_and_two_workers_give_the_local_pairs(
    capsys: pytest.CaptureFixture[str], real_cluster: str
) -> None:
    """newsdiff scan --scheduler on real scheduler and worker processes: the local pairs."""
    code = main(["scan", "--format", "json", "--scheduler", real_cluster, *PATHS])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out) == _local_pairs()


def test_unreachable_scheduler_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    """A scheduler that does not answer: one line, exit 2."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    code = main(["scan", "--scheduler", address, str(SEEDS)])
    _, err = capsys.readouterr()
    assert code == 2
    assert (
        err.startswith(f"newsdiff: cannot reach the Dask scheduler at {address}")
        and err.count("\n") == 1
    )
