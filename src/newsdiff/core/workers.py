"""Work done in a forked child beside this process's own (``--jobs``).

A long pair's two texts segment apart, and its rows are word-diffed and classified
one by one, each on its own texts (issue 16): on a machine of two cores, half of that
can be done in a second process. The child is forked, so it starts with everything
this process has loaded (numpy, the lexicon, the memos) without importing or pickling
it; only its result comes back, pickled through a pipe. A child that fails in any way
(an exception, a signal, memory) costs only time: its work is done here, so the output
and the errors are those of one process. No child outlives the ``with`` that started
it, whether it ends, fails or is interrupted (Ctrl-C).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

if TYPE_CHECKING:
    import mmap
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkProcess

T = TypeVar("T")
R = TypeVar("R")

#: Forked, never spawned: a spawned child would import and load everything again, and
#: Python 3.14 makes ``forkserver`` the default on Linux, so the method is asked for.
START_METHOD: Final = "fork"


def can_fork() -> bool:
    """Whether children can be forked here: the system can (not Windows), and no other
    thread of this process runs Python (a fork copies only the calling thread, and a
    lock another one held, the app's or a library user's, would never be released in
    the child)."""
    import multiprocessing
    import threading

    return START_METHOD in multiprocessing.get_all_start_methods() and (
        threading.active_count() == 1
    )


@contextmanager
def aside(work: Callable[[], R]) -> Iterator[Callable[[], R]]:
    """``work()`` started in a forked child, while the ``with`` block does other work.

    Yields ``result``, which waits for the child's result; if the child failed, or no
    child could be forked, it computes ``work()`` here. ``work`` must depend only on
    what this process holds when the block starts, and its result must pickle."""
    if not can_fork():
        yield work
        return
    child: ForkProcess | None = None
    recv: Connection | None = None

    def result() -> R:
        assert child is not None and recv is not None
        got = _received(recv)
        child.join()
        return work() if got is None else got[0]

    try:
        with _interrupts_held():
            child, recv = _forked(_child, work)
        yield result
    finally:
        # Done, failed here or interrupted: the child ends with the block.
        _end(child, recv)


def shared(work: Callable[[Sequence[T]], list[R]], items: Sequence[T], jobs: int) -> list[R]:
    """``work(items)``, computed in ``jobs`` processes: this one and ``jobs - 1`` forked
    children, each taking every ``jobs``-th item (the costly items of a text are spread
    among them). ``work`` must return one result per item, in order, and depend only on
    its items: the results are those one call would give."""
    jobs = min(jobs, len(items))
    if jobs < 2 or not can_fork():
        return work(items)
    with ExitStack() as children:
        results = [
            children.enter_context(aside(partial(work, items[k::jobs]))) for k in range(1, jobs)
        ]
        shares = [work(items[0::jobs])] + [result() for result in results]
    out: list[R] = [None] * len(items)  # type: ignore[list-item]
    for k, share in enumerate(shares):
        out[k::jobs] = share
    return out


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C held back while a child is forked and its caller keeps it, then raised.

    Raised inside ``Process.start`` after the fork, the ``KeyboardInterrupt`` left a
    child that no one knew of and no one ended (it worked on, and held the terminal's
    pipes); raised inside the finalizer of the pipe's end this process drops, it was
    "ignored" and lost, and the command went on (both seen under load: 3 runs in 100 of
    test_jobs' Ctrl-C). A child forked meanwhile starts with the holding handler: a
    Ctrl-C that reaches it before ``_child`` ignores them is dropped, not printed as a
    traceback of the child's."""
    import signal
    import threading

    caught: list[int] = []
    before = None
    # Handlers are set in the main thread alone, and one set outside Python (None)
    # could not be put back.
    if (
        threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGINT) is not None
    ):
        before = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        if before is not None:
            signal.signal(signal.SIGINT, before)
        if caught:
            signal.raise_signal(signal.SIGINT)  # as the handler there has it


def _forked(target: Callable[..., None], *args: Any) -> tuple[ForkProcess, Connection]:
    """A daemon child forked to run ``target(send, *args)``, and the pipe's end it sends
    its result through. The child's end is closed and dropped here (in the caller's
    ``_interrupts_held``), so that this process sees the pipe end when the child ends."""
    import multiprocessing
    import warnings

    ctx = multiprocessing.get_context(START_METHOD)
    recv, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=target, args=(send, *args), daemon=True)
    try:
        with warnings.catch_warnings():
            # Python 3.12+ warns of a fork beside threads of C libraries too (numpy's
            # BLAS pool, which keeps to its own work); the child runs only its target.
            warnings.simplefilter("ignore", DeprecationWarning)
            child.start()
    except BaseException:
        recv.close()
        raise
    finally:
        send.close()
        del send
    return child, recv


def _end(child: ForkProcess | None, recv: Connection | None) -> None:
    """The pipe closed and the child ended, if it still runs."""
    if recv is not None:
        recv.close()
    if child is not None and child.is_alive():
        child.kill()
        child.join()


def _received(recv: Connection) -> tuple[Any] | None:
    """A child's result (in a tuple), or None when it sent none (it failed or died)."""
    import pickle

    try:
        ok, result = pickle.loads(recv.recv_bytes())
    except (EOFError, OSError, pickle.UnpicklingError):
        return None
    return (result,) if ok else None


def _child(send: Connection, work: Callable[[], Any]) -> None:
    import pickle
    import signal

    # Ctrl-C reaches the whole process group: the parent ends its children itself, and
    # a child must not print a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        payload = pickle.dumps((True, work()), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # the parent does this work itself, and says what fails
        payload = pickle.dumps((False, None))
    try:
        send.send_bytes(payload)
        send.close()
    except OSError:  # the parent is gone
        pass


class Ahead(Generic[T, R]):
    """Items worked on by a forked child from the front, from as soon as they are
    known (``start``), while this process still does other work; then by this process
    from the back (``finish``), until the two meet. A long pair's rows are mostly known
    once the alignment's programme has chosen its chain: the child starts on them
    while the alignment's later passes run here.

    Where they meet is read and written in a page both share: the child claims an item
    by counting it taken before it works on it and stops at the limit, this process
    lowers the limit before it takes an item and stops once the child has taken it.
    Where both read before the other wrote, both work on one item (the same result:
    ``work`` depends on its item alone). A child that fails costs only time: the
    items it did not hand back are worked on by their callers' memos as ever. Use it in
    a ``with``: no child outlives the block."""

    def __init__(self) -> None:
        self.items: Sequence[T] = ()
        self._child: ForkProcess | None = None
        self._recv: Connection | None = None
        self._page: mmap.mmap | None = None

    @property
    def started(self) -> bool:
        return self._child is not None

    def start(self, work: Callable[[Sequence[T]], list[R]], items: Sequence[T]) -> None:
        """A child forked to run ``work`` on the items one at a time, from the first."""
        if self._child is not None or not items or not can_fork():
            return
        import mmap

        self._page = mmap.mmap(-1, 16)  # anonymous and shared: the child sees its writes
        _put(self._page, _LIMIT, len(items))
        self.items = items
        with _interrupts_held():
            self._child, self._recv = _forked(_front, work, items, self._page)

    def finish(
        self, work: Callable[[Sequence[T]], list[R]], wanted: Callable[[T], bool]
    ) -> dict[T, R]:
        """The items worked on from the back here (those ``wanted``; ``work``'s memos
        keep what it finds) until the child's, then the child's results by item."""
        page, recv, child = self._page, self._recv, self._child
        if page is None or recv is None or child is None:
            return {}
        for k in range(len(self.items) - 1, -1, -1):
            _put(page, _LIMIT, k)
            if _get(page, _TAKEN) > k:
                break
            if wanted(self.items[k]):
                work([self.items[k]])
        got = _received(recv)
        child.join()
        self._child = None
        return {} if got is None else dict(zip(self.items, got[0], strict=False))

    def __enter__(self) -> Ahead[T, R]:
        return self

    def __exit__(self, *exc: object) -> None:
        _end(self._child, self._recv)
        self._child = None


#: The shared page: the items the child took, and the first it may not take.
_TAKEN, _LIMIT = 0, 8


def _get(page: mmap.mmap, at: int) -> int:
    return int.from_bytes(page[at : at + 8], "little")


def _put(page: mmap.mmap, at: int, value: int) -> None:
    page[at : at + 8] = value.to_bytes(8, "little")


def _front(
    send: Connection,
    work: Callable[[Sequence[Any]], list[Any]],
    items: Sequence[Any],
    page: mmap.mmap,
) -> None:
    """The child of ``Ahead``: each item from the first, while the limit allows."""

    def taken() -> list[Any]:
        out: list[Any] = []
        for k, item in enumerate(items):
            if k >= _get(page, _LIMIT):
                break
            _put(page, _TAKEN, k + 1)
            out.extend(work([item]))
        return out

    _child(send, taken)
