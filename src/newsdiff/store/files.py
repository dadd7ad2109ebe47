"""The store's files: where they are, durable writes, reads that refuse anything that is
not a store, and the flock(2) lock every write holds.

Layout (``annotations/newsdiff.json`` by default)::

    annotations/newsdiff.json            schema version and per-pair state (the cursor)
    annotations/newsdiff.index.json      the article index: paths and versions of each article
    annotations/newsdiff.json.lock       flock(2) target; every write holds it
    annotations/newsdiff.tags/<id>.json  one TinyDB file per article: its tags and orphans

A durable write is a temp file, fsync, rename, fsync of the folder. Every write re-reads
the file it changes while holding an exclusive ``flock`` on the lock file, so two
processes never lose each other's updates. Reads take no lock: a rename is atomic, so a
reader sees the old file or the new one, never half of one.
"""

from __future__ import annotations

import fcntl
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from newsdiff.core.durable import atomic_write, fsync_path
from newsdiff.store.errors import StoreError, WriteError, damaged
from newsdiff.store.pending import PartlySaved, StagedWrites
from newsdiff.store.schema import (
    SCHEMA_VERSION,
    Tables,
    check_article,
    check_index,
    check_main,
    dumps,
    parse,
    schema_of,
)

DEFAULT_PATH = Path("annotations") / "newsdiff.json"

#: How long a writer waits for another process's write before giving up. Writers hold
#: the lock for milliseconds, so reaching this means a stuck process, not a busy store.
LOCK_TIMEOUT = 10.0


def default_path() -> Path:
    env = os.environ.get("NEWSDIFF_STORE")
    return Path(env) if env else DEFAULT_PATH


def _commit_error(first: Path, err: OSError) -> WriteError:
    """The one-line error of a failed commit of staged writes (``pending``)."""
    path = Path(err.filename) if err.filename else first
    if isinstance(err, PartlySaved):
        names = ", ".join(str(p) for p in err.saved)
        problem = (
            f"cannot write ({err.strerror}); the last change was saved only in part "
            f"({names} could not be put back)"
        )
        return WriteError(path, problem, err.strerror, saved=err.saved)
    problem = f"cannot write ({err.strerror}); the last change was not saved"
    return WriteError(path, problem, err.strerror)


def read_bytes(path: Path) -> bytes | None:
    """The file's bytes, None if it does not exist, StoreError if it cannot be read."""
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise StoreError(f"{path}: is a directory, expected a newsdiff store file")
        if not stat.S_ISREG(st.st_mode):
            raise StoreError(f"{path}: not a regular file, expected a newsdiff store file")
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    except PermissionError:
        raise StoreError(f"{path}: permission denied, cannot read the store") from None
    except OSError as err:
        raise StoreError(f"{path}: cannot read the store ({err.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


def resolve_store_path(path: Path) -> Path:
    """Where the store named by ``path`` really is: a symlink to the main file is followed.

    The tag folder, the index and the lock file are found beside the main file by name.
    Beside a link they would be a second store: empty to read, and with a lock of its
    own, so writers through the link and through the real path would not exclude each
    other (and a write would replace the link with a file). Only the main file's own
    link matters: a linked folder leads to the same side files either way, so a path
    without a link is kept as given (messages name it as the user typed it).
    """
    if not os.path.islink(path):  # islink: False, not an error, for an unsearchable folder
        return path
    try:
        return path.resolve(strict=False)
    except (OSError, RuntimeError) as err:  # RuntimeError: a symlink loop (Python 3.11, 3.12)
        raise StoreError(f"{path}: cannot follow the symlink to the store ({err})") from None


class FileLock:
    """An exclusive flock(2) on one file, re-entrant within this object and its threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._rlock = threading.RLock()
        self._fd: int | None = None
        self._depth = 0

    @contextmanager
    def hold(self, timeout: float, prepare: Callable[[], None]) -> Iterator[None]:
        """Hold the lock; ``prepare`` runs (under the thread lock) before the first take."""
        with self._rlock:
            if self._depth == 0:
                prepare()
                self._fd = self._take(timeout)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0 and self._fd is not None:
                    os.close(self._fd)  # closing the descriptor releases the flock
                    self._fd = None

    def _take(self, timeout: float) -> int:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as err:
            raise WriteError(
                self.path, f"cannot open the store's lock file ({err.strerror})", err.strerror
            ) from None
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise StoreError(
                        f"{self.path}: another newsdiff process has held the "
                        f"store's lock for {timeout:g} s"
                    ) from None
                time.sleep(0.001)


class StoreFiles:
    """The files of one store: their paths, the write lock, checked reads, durable writes.

    After an upgrade made in memory (a read-only folder) ``memory`` holds the files it
    wrote; they are read before the disk, and ``read_only`` says why nothing may be written.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        stem = path.stem if path.suffix else path.name
        self.tags_dir = path.with_name(stem + ".tags")
        self.index_path = path.with_name(stem + ".index.json")
        self.lock_path = path.with_name(path.name + ".lock")
        self.memory: dict[Path, Tables] | None = None
        self.read_only: str | None = None
        self._lock = FileLock(self.lock_path)
        self.staged = StagedWrites()
        """Writes made durable one frame later (``pending``): read before the disk."""
        self._held: ExitStack | None = None
        self.failed: WriteError | None = None
        """The last failed commit of staged writes, until ``Store.flush`` reports it."""

    @property
    def exists(self) -> bool:
        """Whether anything was ever written here."""
        return self.path.exists() or self.tags_dir.exists() or self.index_path.exists()

    def check_folder(self) -> None:
        """StoreError unless the tag folder is a folder or absent, and can be looked in."""
        try:
            tags_st: os.stat_result | None = os.stat(self.tags_dir)
        except (FileNotFoundError, NotADirectoryError):
            tags_st = None
        except PermissionError:
            # The folder itself cannot be searched (chmod 000 on it): every path inside
            # fails the same way, so name the folder, not the first file tried.
            folder = self.path.parent
            raise StoreError(f"{folder}: permission denied, cannot open the store folder") from None
        except OSError as err:
            raise StoreError(f"{self.tags_dir}: cannot open ({err.strerror})") from None
        if tags_st is not None and not stat.S_ISDIR(tags_st.st_mode):
            raise StoreError(f"{self.tags_dir}: not a directory, expected the store's tag folder")

    def article_path(self, article_id: str) -> Path:
        return self.tags_dir / f"{article_id}.json"

    def owns(self, path: Path) -> bool:
        """Whether ``path`` (links followed) is one of this store's files or folders.

        The main file, the index, the lock, the tag folder and anything in it, and the
        backups an upgrade leaves: writing anything else over one of them (an export)
        would destroy tags or leave the store unreadable.
        """
        target = Path(os.path.realpath(path))
        main = Path(os.path.realpath(self.path))
        tags_dir = Path(os.path.realpath(self.tags_dir))
        own = {
            main,
            Path(os.path.realpath(self.index_path)),
            Path(os.path.realpath(self.lock_path)),
        }
        stem = self.path.stem if self.path.suffix else self.path.name
        backup = target.parent == main.parent and (
            target.name.startswith(f"{stem}.v") and target.name.endswith(".bak.json")
        )
        return target in own or target == tags_dir or tags_dir in target.parents or backup

    def article_files(self) -> list[Path]:
        try:
            names = set(os.listdir(self.tags_dir))
        except FileNotFoundError:
            names = set()
        except OSError as err:
            raise StoreError(
                f"{self.tags_dir}: cannot list the tag folder ({err.strerror})"
            ) from None
        if self.memory is not None:
            names |= {p.name for p in self.memory if p.parent == self.tags_dir}
        for p, staged in list(self.staged.files.items()):
            if p.parent == self.tags_dir and staged.data is None:
                names.discard(p.name)
            elif p.parent == self.tags_dir:
                names.add(p.name)
        return [self.tags_dir / n for n in sorted(names) if n.endswith(".json") and n[0] != "."]

    def _ensure_dirs(self) -> None:
        for folder in (self.path.parent, self.tags_dir):
            if folder.is_dir():
                continue
            try:
                folder.mkdir(parents=True, exist_ok=True)
                fsync_path(folder.parent)
            except OSError as err:
                raise WriteError(
                    folder, f"cannot create the store folder ({err.strerror})", err.strerror
                ) from None

    def _before_lock(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: {self.read_only}; nothing was written")
        self._ensure_dirs()

    @contextmanager
    def write_lock(self, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
        """Hold the store's exclusive lock (re-entrant within this Store)."""
        with self._lock.hold(timeout, self._before_lock):
            yield

    def write_file(self, path: Path, data: Tables) -> None:
        if self.memory is not None:
            self.memory[path] = data  # an upgrade in memory (only it writes while read-only)
            return
        try:
            if self.staged.staging:
                self.staged.stage(path, dumps(data), data)
                return
            self.commit_staged()  # what was staged goes first: writes keep their order
            atomic_write(path, dumps(data))
        except OSError as err:
            raise WriteError(
                path, f"cannot write ({err.strerror}); nothing was changed", err.strerror
            ) from None

    def delete_file(self, path: Path) -> None:
        if self.staged.staging:
            self.staged.stage(path, "", None)
            return
        self.commit_staged()
        try:
            path.unlink()
            fsync_path(path.parent)
        except FileNotFoundError:
            pass
        except OSError as err:
            raise WriteError(path, f"cannot remove ({err.strerror})", err.strerror) from None

    def _read(self, path: Path, check: Callable[[Tables], None]) -> Tables | None:
        """The tables of the file at ``path``, parsed and checked (None: no such file).

        A file an upgrade made in memory is read from there, as the upgrade wrote it.
        """
        if self.memory is not None and path in self.memory:
            return self.memory[path]
        staged = self.staged.get(path)
        if staged is not None:
            return staged.data
        raw = read_bytes(path)
        if raw is None:
            return None
        data = parse(path, raw)
        check(data)
        return data

    def stat(self, path: Path) -> os.stat_result | None:
        """The file's stat as this process will have left it (None: no such file); a
        staged file's is its temporary file's, which the rename keeps."""
        return self.staged.stat(path)

    # -- staged writes (``pending``) --------------------------------------------------

    def begin_staging(self) -> None:
        """Stage the writes that follow until ``end_staging``; the lock is taken now and
        held until ``commit_staged`` (StoreError if it cannot be)."""
        if self._held is None:
            held = ExitStack()
            held.enter_context(self.write_lock())
            self._held = held
        self.staged.staging = True

    def end_staging(self) -> None:
        self.staged.staging = False
        if not self.staged.files:
            self._release()

    def commit_staged(self, report: bool = False) -> None:
        """Make the staged writes durable and release the lock. WriteError if they
        cannot be: the files keep their old content (``pending``), or, said so in the
        message and in ``saved``, some keep the new one. A failure is also kept for the
        next ``report`` call (``Store.flush``), so the app hears of it even when another
        write (its preferences) was the one that made the staged writes durable."""
        if self.staged.staging:
            return  # inside ``deferring``: committed when it is done
        try:
            if self.staged.files:
                first = next(iter(self.staged.files))
                try:
                    self.staged.commit()
                except OSError as err:
                    self.failed = _commit_error(first, err)
                    if not report:
                        raise self.failed from None
            if report and self.failed is not None:
                failed, self.failed = self.failed, None
                raise failed from None
        finally:
            self._release()

    def discard_staged(self) -> None:
        """Forget the staged writes (the files keep their old content), release the lock."""
        self.staged.discard()
        if not self.staged.staging:
            self._release()

    def _release(self) -> None:
        held, self._held = self._held, None
        if held is not None:
            held.close()

    def load_main(self) -> Tables | None:
        return self._read(self.path, self._check_main)

    def _check_main(self, data: Tables) -> None:
        schema = schema_of(self.path, data)
        if schema != SCHEMA_VERSION:
            # Another process replaced the file since we opened it; refuse, do not guess.
            raise damaged(self.path, f"store schema changed to {schema} while open")
        check_main(self.path, data, schema)

    def load_index(self) -> Tables | None:
        return self._read(self.index_path, lambda data: check_index(self.index_path, data))

    def load_article(self, article_id: str) -> Tables | None:
        path = self.article_path(article_id)
        return self._read(path, lambda data: check_article(path, data, article_id))

    def sweep_tmp(self) -> None:
        """Remove temporary files left by a writer that was killed mid-write."""
        try:
            stale = [
                p
                for folder, pattern in (
                    (self.path.parent, f".{self.path.name}.*.tmp"),
                    (self.path.parent, f".{self.index_path.name}.*.tmp"),
                    (self.tags_dir, ".*.tmp"),
                )
                if folder.is_dir()
                for p in folder.glob(pattern)
            ]
        except OSError:
            return
        if not stale:
            return
        try:
            # Every temp file is made under the lock, so with the lock held none is live.
            with self.write_lock(timeout=0.05):
                for p in stale:
                    p.unlink(missing_ok=True)
        except (StoreError, OSError):
            pass  # busy or read-only: harmless leftovers, swept next time
