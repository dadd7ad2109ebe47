"""The scan's tasks on a Dask distributed cluster (``newsdiff scan --scheduler ADDRESS``).

The same task functions as the local run, submitted to the cluster: each partition's
features stay on the worker that made them until a task needs them. Workers must
see the articles at the same paths as the client (a shared or copied file system)
and have newsdiff installed (``pip install newsdiff[dask]``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsdiff.corpus.scan import Progress


class ClusterError(Exception):
    """No cluster to run on: Dask missing, or the scheduler out of reach."""


class DaskRunner:
    def __init__(self, address: str, timeout: float = 5.0) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ClusterError("--scheduler needs Dask: pip install 'newsdiff[dask]'") from None
        try:
            self.client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {err}") from None

    def __enter__(self) -> DaskRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def parts(self) -> int:
        """Partitions to cut the corpus into: two per worker thread."""
        threads = int(sum(self.client.nthreads().values()))
        return max(2, 2 * threads)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        # pure=False: two tasks with equal inputs are still two tasks (no key clash).
        return self.client.submit(fn, *args, pure=False)

    def gather(self, handles: Sequence[Any], stage: str, progress: Progress | None) -> list[Any]:
        # In order rather than as completed (distributed.as_completed wants a default
        # client, which this one is not, so that it never captures the caller's).
        for n, handle in enumerate(handles, 1):
            handle.result()
            if progress:
                progress(stage, n, len(handles))
        result: list[Any] = self.client.gather(list(handles))
        return result
