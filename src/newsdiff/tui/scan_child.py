"""The pair list's scan in a child process, which the list ends however it ends.

The scan ran in a daemon thread of the app, and quitting mid-scan let the interpreter
finalize around it: a daemon thread that wants the GIL back after that is ended where it
stands, and inside numpy's C++ ``np.unique`` (the hash table one, which runs with the
GIL released; the scan calls it on every article) that end is ``std::terminate``:
``terminate called without an active exception``, ``Aborted``, exit 134 in two quits of
three (review r24a finding 1). A process can be ended at any point: the list
terminates and waits for its child when it closes, so no thread of the scan is left
running, and the scan's memory goes with the child.

The child is forked when no other thread runs yet (``core.workers.can_fork``: the list
starts it before the app does), so it starts with everything this process has loaded;
else spawned, as ``scan --workers`` spawns its workers (a fork would copy the app's
threads' locks), which costs a second or so of imports on a busy machine. It sends how
far it got and what it found through a pipe, which a plain thread here reads and hands
on once the app listens. Nothing here imports Textual.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from .listing import Listed, Progress

#: What the child sends: ``(PROGRESS, stage, done, total)``, then one of
#: ``(DONE, listing)`` and ``(FAILED, why)``.
PROGRESS, DONE, FAILED = "progress", "done", "failed"

Work = Callable[["Connection", list[str], float], None]


def scan_work(send: Connection, paths: list[str], min_reuse: float) -> None:
    """The child's work: scan ``paths`` as the list does, saying how far it got."""
    from newsdiff.core.article import InputError
    from newsdiff.corpus import install

    from .listing import scan_listing

    install()  # a corpus's records and HTML pages read as the app reads them

    def progress(stage: str, done: int, total: int) -> None:
        send.send((PROGRESS, stage, done, total))

    try:
        listing = scan_listing(paths, min_reuse, progress=progress)
    except (InputError, OSError) as err:
        send.send((FAILED, str(err)))
        return
    send.send((DONE, listing))


def _child(work: Work, send: Connection, paths: list[str], min_reuse: float) -> None:
    # The child shares the app's terminal: a word from it would land on the screen.
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    try:
        work(send, paths, min_reuse)
    except Exception as err:  # a bug ends the list in one line, not a list scanning forever
        send.send((FAILED, f"the scan failed: {type(err).__name__}: {err}"))


def _start_tracker() -> None:
    """Start multiprocessing's resource tracker, which every spawn needs, with an
    stderr it can keep: it is handed ``sys.stderr``'s descriptor, and the app's stand-in
    for stderr has none (the spawn failed with ``bad value(s) in fds_to_keep``)."""
    from contextlib import redirect_stderr
    from multiprocessing import resource_tracker

    with open(os.devnull, "w") as quiet, redirect_stderr(quiet):
        resource_tracker.ensure_running()


class ScanChild:
    """``work`` (the scan) in a child (``start``); once ``listen`` is called,
    ``progress``, ``found`` and ``failed`` are called from a thread of this process as
    the child tells. ``stop`` ends the child wherever it is and waits for it and for
    that thread."""

    def __init__(
        self,
        paths: Sequence[str],
        min_reuse: float,
        progress: Progress,
        found: Callable[[list[Listed]], None],
        failed: Callable[[str], None],
        work: Work = scan_work,
    ) -> None:
        self.args = (list(paths), min_reuse)
        self.progress, self.found, self.failed = progress, found, failed
        self.work = work
        self.child: BaseProcess | None = None
        self._recv: Connection | None = None
        self._reader: threading.Thread | None = None
        self._stopping = False

    def start(self) -> None:
        """Start the child: forked when no other thread runs, else spawned."""
        import multiprocessing

        from newsdiff.core.workers import START_METHOD, can_fork

        forked = can_fork()
        if not forked:
            _start_tracker()
        spawn = multiprocessing.get_context("spawn")
        ctx = multiprocessing.get_context(START_METHOD) if forked else spawn
        self._recv, send = ctx.Pipe(duplex=False)
        self.child = ctx.Process(target=_child, args=(self.work, send, *self.args), daemon=True)
        self.child.start()
        send.close()  # the child's end: it closes when the child ends, however it ends

    def listen(self) -> None:
        """Hand on what the child tells, from a thread of this process."""
        self._reader = threading.Thread(
            target=self._read, args=(self._recv,), name="newsdiff-scan-reader", daemon=True
        )
        self._reader.start()

    def _read(self, recv: Connection) -> None:
        told = False
        try:
            while True:
                try:
                    message: tuple[Any, ...] = recv.recv()
                except (EOFError, OSError):
                    break
                if message[0] == PROGRESS:
                    self.progress(*message[1:])
                elif message[0] == DONE:
                    told = True
                    self.found(message[1])
                else:
                    told = True
                    self.failed(message[1])
        finally:
            recv.close()
        if not told and not self._stopping and self.child is not None:
            self.child.join()
            self.failed(f"the scan ended without a result (exit code {self.child.exitcode})")

    @property
    def running(self) -> bool:
        """The child or its reader is still at work."""
        return (self.child is not None and self.child.is_alive()) or (
            self._reader is not None and self._reader.is_alive()
        )

    def stop(self) -> None:
        """End the child now (done or not) and wait for it and its reader."""
        self._stopping = True
        if self.child is not None:
            if self.child.is_alive():
                self.child.terminate()
            self.child.join()
        if self._reader is not None:
            self._reader.join()
        elif self._recv is not None:  # never listened to
            self._recv.close()
