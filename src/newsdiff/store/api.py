"""The tag store: TinyDB files written atomically under a file lock.

Layout (``annotations/newsdiff.json`` by default)::

    annotations/newsdiff.json            schema version and per-pair state (the cursor)
    annotations/newsdiff.index.json      the article index: paths and versions of each article
    annotations/newsdiff.json.lock       flock(2) target; every write holds it
    annotations/newsdiff.tags/<id>.json  one TinyDB file per article: its tags and orphans

One record per (article id, sentence index, annotator). A tag belongs to the article's
sentence, not to a pair, so the same article opened beside another shows its tags.

Why this shape (docs/store.md has the long version): TinyDB rewrites a whole file on every
write, so one file for 100,000 tags costs about half a second a write. One small file per
article keeps a durable write to a few milliseconds (temp file, fsync, rename, fsync the
folder) and opening a pair to reading two small files. Every write re-reads the file it
changes while holding an exclusive ``flock`` on the lock file, so two processes never
lose each other's updates. Reads take no lock: a rename is atomic, so a reader sees the
old file or the new one, never half of one.
"""

from __future__ import annotations

import fcntl
import getpass
import json
import os
import re
import shutil
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from newsdiff.core.labels import LABELS

if TYPE_CHECKING:
    from newsdiff.core.article import Article
    from newsdiff.core.sentences import Sentence

SCHEMA_VERSION = 2
DEFAULT_PATH = Path("annotations") / "newsdiff.json"

# Table names. The main file holds META and STATE, the index file ARTICLES, an article
# file META, TAGS and ORPHANS. The index has a file of its own so that saving the cursor
# (which the app does often) rewrites a few hundred bytes, not an entry per article.
TAGS = "tags"
ORPHANS = "orphans"
STATE = "state"
META = "meta"
ARTICLES = "articles"
# Index table: each article path's size, mtime and inode when its text was last checked,
# so that commands reading the whole store find edited files with one stat each.
FILES = "files"

#: How long a writer waits for another process's write before giving up. Writers hold
#: the lock for milliseconds, so reaching this means a stuck process, not a busy store.
LOCK_TIMEOUT = 10.0

# Article ids name files, so only characters that are safe in a file name are accepted.
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_NO_PATH = {"", "-", "<stdin>", "<text>"}

Tables = dict[str, dict[str, Any]]


class StoreError(Exception):
    """The store cannot be used; ``str(err)`` is one line naming the path and problem."""


class _UpgradeBlocked(StoreError):
    """An older store could not be upgraded on disk because its folder cannot be written."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


class WriteError(StoreError):
    """Something in the store's folder could not be written (read-only, full, denied).

    ``reason`` is the system's word for it ("Permission denied"), to quote elsewhere.
    """

    def __init__(self, path: Path, problem: str, reason: str | None) -> None:
        super().__init__(f"{path}: {problem}")
        self.reason = reason or "cannot write"


class Conflict(StoreError):
    """A conditional write (``put`` or ``remove`` with ``expect=``) found another record.

    Nothing was written. ``current`` is what the store holds now (None: no record), read
    under the lock, so the caller can show it instead of what it remembered.
    """

    def __init__(self, message: str, current: Tag | None) -> None:
        super().__init__(message)
        self.current = current


class _Unchecked:
    """The type of ``ANY``."""

    def __repr__(self) -> str:
        return "ANY"


#: ``expect=ANY`` (the default): write whatever the store holds now.
ANY = _Unchecked()


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def default_path() -> Path:
    env = os.environ.get("NEWSDIFF_STORE")
    return Path(env) if env else DEFAULT_PATH


def default_annotator() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return "annotator"


@dataclass(frozen=True)
class Tag:
    """One label on one sentence of one article, by one annotator.

    ``label`` is one of LABELS, or ``""`` for a record that carries only a note or the
    unsure flag (a note may be put on a sentence before deciding its label).
    """

    article_id: str
    article: str
    sentence: int
    start: int
    end: int
    text: str
    label: str
    annotator: str
    note: str = ""
    unsure: bool = False
    source: str = "human"
    created: str = field(default_factory=now)
    updated: str = field(default_factory=now)

    def to_doc(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Tag:
        names = cls.__dataclass_fields__
        return cls(**{k: v for k, v in doc.items() if k in names})


@dataclass(frozen=True)
class Orphan:
    """A tag whose sentence could not be found after its article changed.

    ``tag`` still describes the sentence it was given to (the old article id, index and
    text); ``article_id`` is the version of the article it is now filed under.
    """

    tag: Tag
    article_id: str
    reason: str
    orphaned: str


def tag_for(
    article: Article,
    sentence: Sentence,
    label: str,
    annotator: str,
    *,
    note: str = "",
    unsure: bool = False,
    source: str = "human",
) -> Tag:
    """The record for ``label`` on ``sentence`` of ``article`` (the app and CLI agree)."""
    return Tag(
        article_id=article.id,
        article=stored_path(article.path),
        sentence=sentence.index,
        start=sentence.start,
        end=sentence.end,
        text=sentence.text,
        label=label,
        annotator=annotator,
        note=note,
        unsure=unsure,
        source=source,
    )


def same_record(a: Tag | None, b: Tag | None) -> bool:
    """The same record, times aside (None: no record). What ``expect=`` compares."""
    if a is None or b is None:
        return a is b
    return replace(a, created="", updated="") == replace(b, created="", updated="")


def check_tag(tag: Tag) -> None:
    """Refuse a record the store must not hold. Raises ValueError with one line."""
    if not _ID.match(tag.article_id):
        raise ValueError(f"bad article id {tag.article_id!r}")
    if isinstance(tag.sentence, bool) or not isinstance(tag.sentence, int) or tag.sentence < 0:
        raise ValueError(f"bad sentence index {tag.sentence!r}")
    if not tag.annotator.strip():
        raise ValueError("the annotator name is empty")
    if tag.label == "":
        if not (tag.note or tag.unsure):
            raise ValueError("a record without a label needs a note or the unsure flag")
    elif tag.label not in LABELS:
        raise ValueError(f"unknown label {tag.label!r}")


# ---------------------------------------------------------------------------------------
# Files: atomic writes, and reads that refuse anything that is not a store.


def _fsync_dir(folder: Path) -> None:
    dfd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


def atomic_write(path: Path, data: str) -> None:
    """Write via a temporary file in the same folder, fsync, rename, fsync the folder.

    After a crash at any point the file holds either its old or its new content.
    """
    folder = path.parent
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        # mkstemp creates 0600; a new store file gets the usual 0666 less the umask.
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fchmod(fh.fileno(), mode)
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    _fsync_dir(folder)


def _read_bytes(path: Path) -> bytes | None:
    """The file's bytes, None if it does not exist, StoreError if it cannot be read."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    except PermissionError:
        raise StoreError(f"{path}: permission denied, cannot read the store") from None
    except OSError as err:
        raise StoreError(f"{path}: cannot read the store ({err.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise StoreError(f"{path}: is a directory, expected a newsdiff store file")
    if not stat.S_ISREG(st.st_mode):
        raise StoreError(f"{path}: not a regular file, expected a newsdiff store file")
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    except PermissionError:
        raise StoreError(f"{path}: permission denied, cannot read the store") from None
    except OSError as err:
        raise StoreError(f"{path}: cannot read the store ({err.strerror})") from None
    with os.fdopen(fd, "rb") as fh:
        return fh.read()


def _damaged(path: Path, problem: str) -> StoreError:
    return StoreError(f"{path}: {problem}; the file was left as it is")


def _parse(path: Path, raw: bytes) -> Tables:
    """JSON object of tables of documents, or StoreError saying what is wrong."""
    if not raw.strip():
        raise _damaged(path, "store file is empty (truncated?)")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _damaged(path, "not UTF-8 text, so not a newsdiff store") from None
    except json.JSONDecodeError as err:
        # Some of json's messages end in "at" already ("Unterminated string starting at").
        where = "" if err.msg.endswith(" at") else " at"
        raise _damaged(
            path,
            f"not valid JSON, the store is damaged or truncated ({err.msg}{where} line "
            f"{err.lineno} column {err.colno})",
        ) from None
    if not isinstance(data, dict):
        raise _damaged(
            path, f"not a newsdiff store (JSON that is {_kind(data)}, expected an object)"
        )
    for name, table in data.items():
        if not isinstance(table, dict):
            raise _damaged(path, f"not a newsdiff store (table {name!r} is {_kind(table)})")
        for doc_id, doc in table.items():
            if not isinstance(doc, dict) or not doc_id.isdigit():
                raise _damaged(path, f"not a newsdiff store (bad document {name}/{doc_id})")
    return data


def _kind(value: object) -> str:
    """What a JSON value is, with its article: "an object", "a list"."""
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, int | float) else "null"
    )


_TAG_FIELDS: dict[str, type | tuple[type, ...]] = {
    "article_id": str,
    "article": str,
    "sentence": int,
    "start": int,
    "end": int,
    "text": str,
    "label": str,
    "annotator": str,
}
_TAG_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "note": str,
    "unsure": bool,
    "source": str,
    "created": str,
    "updated": str,
}


_FULL = tuple({**_TAG_FIELDS, **_TAG_OPTIONAL}.items())


# A label the app cannot draw or count would otherwise travel on into exports and
# agreement figures; "" is a record with only a note or the unsure flag.
_STORED_LABELS = frozenset(("", *LABELS))


def _tag_problem(doc: dict[str, Any], full: bool) -> str | None:
    """What makes ``doc`` not a tag record, or None. ``full``: optional fields required."""
    if full:
        # Fast path, run on every read: values decoded from JSON have exact types.
        try:
            if (
                all(type(doc[name]) is kind for name, kind in _FULL)
                and doc["label"] in _STORED_LABELS
            ):
                return None
        except KeyError:
            pass
    fields = {**_TAG_FIELDS, **_TAG_OPTIONAL} if full else _TAG_FIELDS
    for name, kind in fields.items():
        if name not in doc:
            return f"missing {name!r}"
        value = doc[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            return f"{name!r} is {_kind(value)}"
    for name, kind in _TAG_OPTIONAL.items():
        if name in doc and not isinstance(doc[name], kind):
            return f"{name!r} is {_kind(doc[name])}"
    if doc["label"] not in _STORED_LABELS:
        return f"unknown label {doc['label']!r}"
    return None


def _schema_of(path: Path, data: Tables) -> int:
    """The schema version a main file is written in (0: before versions existed)."""
    meta = data.get(META)
    if meta:
        schema = next(iter(meta.values())).get("schema")
        if isinstance(schema, bool) or not isinstance(schema, int) or schema < 0:
            raise _damaged(path, f"not a newsdiff store (schema version {schema!r})")
        return schema
    if TAGS in data:
        return 0
    if not data:
        return SCHEMA_VERSION  # "{}": an empty store, nothing in it to lose
    raise _damaged(path, "not a newsdiff store (no schema version and no tags table)")


def _check_main(path: Path, data: Tables, schema: int) -> None:
    """Refuse a main file of the current schema whose tables are not what we write."""
    if schema < SCHEMA_VERSION:
        for doc_id, doc in data.get(TAGS, {}).items():
            problem = _tag_problem(doc, full=schema >= 1)
            if problem:
                raise _damaged(path, f"not a newsdiff store (tags/{doc_id}: {problem})")
        return
    for doc_id, doc in data.get(STATE, {}).items():
        if not isinstance(doc.get("key"), str):
            raise _damaged(path, f"not a newsdiff store (state/{doc_id} has no key)")


def _check_index(path: Path, data: Tables) -> None:
    if ARTICLES not in data:
        raise _damaged(path, "not a newsdiff article index (no articles table)")
    for doc_id, doc in data[ARTICLES].items():
        if not (
            isinstance(doc.get("article_id"), str)
            and isinstance(doc.get("paths"), list)
            and isinstance(doc.get("names"), list)
            and isinstance(doc.get("anchored_from", []), list)
        ):
            raise _damaged(path, f"not a newsdiff article index (articles/{doc_id} is malformed)")


def _check_article(path: Path, data: Tables, article_id: str) -> None:
    meta = data.get(META)
    if not meta:
        raise _damaged(path, "not a newsdiff tag file (no meta table)")
    info = next(iter(meta.values()))
    schema = info.get("schema")
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
        raise _damaged(
            path, f"tag file schema {schema} is newer than this newsdiff ({SCHEMA_VERSION})"
        )
    if info.get("article_id") != article_id:
        raise _damaged(path, "not a newsdiff tag file (its article id differs from its name)")
    for table in (TAGS, ORPHANS):
        for doc_id, doc in data.get(table, {}).items():
            problem = _tag_problem(doc, full=True)
            if problem:
                raise _damaged(path, f"not a newsdiff tag file ({table}/{doc_id}: {problem})")


def _dumps(data: Tables) -> str:
    return json.dumps(data, ensure_ascii=False)


# ---------------------------------------------------------------------------------------
# TinyDB over data already read under the lock.


class _Holder:
    """The tables of one file, read once and written back at most once by the caller."""

    def __init__(self, data: Tables) -> None:
        self.data = data
        self.dirty = False


class _HolderStorage(Storage):
    """TinyDB storage over a _Holder: reads and writes stay in memory.

    TinyDB reads the whole storage before and writes it after every operation; keeping
    that in memory lets one transaction do several operations and still cost one
    durable write, done by the Store with atomic_write while it holds the lock.
    """

    def __init__(self, holder: _Holder) -> None:
        self.holder = holder

    def read(self) -> Tables | None:
        return self.holder.data

    def write(self, data: Tables) -> None:
        self.holder.data = data
        self.holder.dirty = True


def _tinydb(data: Tables) -> tuple[Any, _Holder]:
    holder = _Holder(data)
    return TinyDB(holder, storage=_HolderStorage), holder


def _key(sentence: int, annotator: str) -> Any:
    q = Query()
    return (q.sentence == sentence) & (q.annotator == annotator)


def _main_skeleton() -> Tables:
    return {META: {"1": {"schema": SCHEMA_VERSION}}, STATE: {}}


def _index_skeleton() -> Tables:
    return {ARTICLES: {}}


def _find(data: Tables, sentence: int, annotator: str) -> tuple[int, dict[str, Any]] | None:
    """The doc id and record for (sentence, annotator) in an article file's tags table.

    A plain scan: TinyDB Query objects cost microseconds per document and a write would
    otherwise spend most of its time evaluating them.
    """
    for doc_id, doc in data.get(TAGS, {}).items():
        if doc["sentence"] == sentence and doc["annotator"] == annotator:
            return int(doc_id), doc
    return None


def _article_skeleton(article_id: str) -> Tables:
    return {
        META: {"1": {"schema": SCHEMA_VERSION, "article_id": article_id}},
        TAGS: {},
        ORPHANS: {},
    }


def _real(path: str) -> str | None:
    """The canonical form of an article path, None for stdin and in-memory texts."""
    if path in _NO_PATH or path.startswith("<"):
        return None
    return os.path.realpath(path)


def stored_path(path: str) -> str:
    """The ``article`` a tag record names: the resolved absolute path, as the index keeps.

    A path as typed (relative, or through a symlink such as the package's ``seeds``)
    would name the same file differently from one record to the next and mean nothing
    from another working directory. Standard input and in-memory texts keep their name.
    """
    return _real(path) or path


def _same_record(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two records that say the same thing (the second is a copy of the first)."""
    keys = ("label", "note", "unsure", "source", "created")
    return all(a.get(k) == b.get(k) for k in keys)


# ---------------------------------------------------------------------------------------
# Schema migrations: MIGRATIONS[n] turns a main file of schema n into schema n + 1.


def _v0_to_v1(store: Store, data: Tables) -> Tables:
    """v0 (before versions): tags without note, unsure, source or times. Fill defaults.

    A v0 record has no times. The main file's modification time stands in for both: it
    is when the store was last written, so no tag in it is younger (an export sorted or
    filtered by time then keeps them in a plausible place, not at "").
    """
    try:
        written = datetime.fromtimestamp(os.stat(store.path).st_mtime, UTC)
        stamp = written.isoformat(timespec="seconds")
    except OSError:
        stamp = now()
    tags = {}
    for doc_id, doc in data.get(TAGS, {}).items():
        tags[doc_id] = {
            "note": "",
            "unsure": False,
            "source": "human",
            "created": stamp,
            "updated": stamp,
            **doc,
        }
    return {META: {"1": {"schema": 1}}, TAGS: tags, STATE: dict(data.get(STATE, {}))}


def _legacy_path(store: Store, recorded: str, docs: Sequence[dict[str, Any]]) -> str | None:
    """The absolute path of an article a v0 or v1 record named as it was typed, or None.

    Those stores kept the path relative to the folder newsdiff ran in, which is not
    recorded. The likely ones are tried in turn: the folder holding the store's folder
    (where a default ``annotations/newsdiff.json`` puts it), the working folder, the
    store's folder. A file counts only if it still holds the article: the same text,
    or at least half of the sentences tagged in it (the rule a moved file passes), so a
    different file that happens to have that name is not taken.
    """
    if not recorded or os.path.isabs(recorded) or _real(recorded) is None:
        return None
    from newsdiff.core.article import InputError, load
    from newsdiff.core.sentences import split_sentences
    from newsdiff.store.anchor import place

    home = Path(os.path.abspath(store.path)).parent
    keys = {(d["sentence"], d["text"]) for d in docs}
    for base in dict.fromkeys((home.parent, Path.cwd(), home)):
        candidate = base / recorded
        if not candidate.is_file():
            continue
        try:
            art = load(str(candidate), warn=False)
        except InputError:
            continue
        if art.id == docs[0]["article_id"]:
            return os.path.realpath(candidate)
        texts = [x.text for x in split_sentences(art.text)]
        if keys and len(place([(k, k[0], k[1]) for k in keys], texts)) * 2 >= len(keys):
            return os.path.realpath(candidate)
    return None


def _index_paths(docs: Iterable[dict[str, Any]]) -> list[str]:
    """The paths an index entry lists for these records: absolute ones only.

    A relative path (an old record whose file was not found on upgrade) would be read
    against whatever folder a later command runs in; its name alone stays in ``names``.
    """
    return sorted({p for d in docs if os.path.isabs(d["article"]) and (p := _real(d["article"]))})


def _v1_to_v2(store: Store, data: Tables) -> Tables:
    """v1: every tag in the main file. v2: one file per article and an article index.

    Records named their file as typed (often relative); v2 names the resolved absolute
    path, so each relative one is resolved where the file can still be found
    (``_legacy_path``) and kept as it was where it cannot.
    """
    by_article: dict[str, list[dict[str, Any]]] = {}
    for doc in data.get(TAGS, {}).values():
        if not _ID.match(doc["article_id"]):
            raise StoreError(f"{store.path}: cannot upgrade, bad article id {doc['article_id']!r}")
        by_article.setdefault(doc["article_id"], []).append(doc)
    entries: dict[str, dict[str, Any]] = {}
    for n, (article_id, docs) in enumerate(sorted(by_article.items()), start=1):
        by_path: dict[str, list[dict[str, Any]]] = {}
        for doc in docs:
            by_path.setdefault(doc["article"], []).append(doc)
        found = {rec: _legacy_path(store, rec, group) for rec, group in by_path.items()}
        docs = [{**d, "article": found[d["article"]] or d["article"]} for d in docs]
        # A file already there comes from an upgrade interrupted half way: merge into it
        # so running the upgrade again is harmless.
        art = store._load_article(article_id) or _article_skeleton(article_id)
        db, holder = _tinydb(art)
        table = db.table(TAGS, cache_size=0)
        for doc in docs:
            table.upsert(doc, _key(doc["sentence"], doc["annotator"]))
        store._write_file(store.article_path(article_id), holder.data)
        entries[str(n)] = {
            "article_id": article_id,
            "paths": _index_paths(docs),
            "names": sorted({os.path.basename(d["article"]) for d in docs if _real(d["article"])}),
            "anchored_from": [],
            "superseded_by": None,
        }
    store._write_file(store.index_path, {ARTICLES: entries})
    # The main file is written last by the caller: its schema number is the commit point.
    return {META: {"1": {"schema": 2}}, STATE: dict(data.get(STATE, {}))}


MIGRATIONS: dict[int, Callable[[Store, Tables], Tables]] = {0: _v0_to_v1, 1: _v1_to_v2}


# ---------------------------------------------------------------------------------------
# Re-anchoring: tags of an older text, or of an older segmentation, moved by sentence text.


@dataclass
class _Source:
    """Another version of the article whose tags may follow to this one."""

    article_id: str
    tags: list[dict[str, Any]]
    orphans: list[dict[str, Any]]
    live: bool  # its text still exists at some path: copy its tags, leave it whole


@dataclass
class _Plan:
    tags: list[dict[str, Any]]
    orphans: list[dict[str, Any]]
    file_changed: bool
    sources: list[_Source]
    register: str | None


def _reanchor(
    article_id: str,
    article_path: str,
    sentences: Sequence[Sentence],
    cur_tags: list[dict[str, Any]],
    cur_orphans: list[dict[str, Any]],
    sources: Sequence[_Source],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The tags and orphans of this article once every tag has followed its text."""
    from newsdiff.store.anchor import place

    texts = [s.text for s in sentences]
    slots: dict[tuple[int, str], dict[str, Any]] = {}
    orphans: list[dict[str, Any]] = []
    stamp = now()

    def moved(doc: dict[str, Any], j: int, path: str) -> dict[str, Any]:
        s = sentences[j]
        return {
            **{k: v for k, v in doc.items() if k not in ("reason", "orphaned", "in_article")},
            "article_id": article_id,
            "article": path,
            "sentence": j,
            "start": s.start,
            "end": s.end,
            "text": s.text,
        }

    def orphan(doc: dict[str, Any], reason: str) -> dict[str, Any]:
        if "reason" in doc:  # already an orphan: keep its first reason and time
            return {**doc, "in_article": article_id}
        return {**doc, "reason": reason, "orphaned": stamp, "in_article": article_id}

    def absorb(
        docs: list[dict[str, Any]], path: str | None
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Place ``docs`` (one version's) into slots; return (unplaced, conflicting)."""
        groups: dict[tuple[str, int, str], list[dict[str, Any]]] = {}
        for d in docs:
            groups.setdefault((d["article_id"], d["sentence"], d["text"]), []).append(d)
        where = place([(k, k[1], k[2]) for k in groups], texts)
        unplaced: list[dict[str, Any]] = []
        conflicts: list[dict[str, Any]] = []
        for k, group in groups.items():
            if k not in where:
                unplaced.extend(group)
                continue
            j = where[k][0]
            for d in group:
                new = moved(d, j, path if path is not None else d["article"])
                slot = (j, d["annotator"])
                there = slots.get(slot)
                if there is None:
                    slots[slot] = new
                elif not _same_record(there, new):
                    conflicts.append(d)
        return unplaced, conflicts

    # Own tags: in place when the sentence at their index still has their text.
    misplaced = []
    # A relative path is an old record's, whose file was not found when the store was
    # upgraded: the file now opened, holding its sentence, is where it was made.
    settle = os.path.isabs(article_path)
    for d in cur_tags:
        i = d["sentence"]
        if 0 <= i < len(sentences) and sentences[i].text == d["text"]:
            where = article_path if settle and not os.path.isabs(d["article"]) else d["article"]
            slots[(i, d["annotator"])] = {
                **d,
                "article": where,
                "start": sentences[i].start,
                "end": sentences[i].end,
            }
        else:
            misplaced.append(d)
    unplaced, conflicts = absorb(misplaced, None)
    orphans += [orphan(d, "its sentence is no longer in the article") for d in unplaced]
    orphans += [orphan(d, "another tag by the same annotator took its sentence") for d in conflicts]

    # Other versions, newest first: a dead one gives all its tags (the unplaced become
    # orphans here); a live one lends copies of those that can be placed.
    for src in sources:
        unplaced, conflicts = absorb(src.tags, article_path)
        if not src.live:
            orphans += [orphan(d, "its sentence is not in the new version") for d in unplaced]
            orphans += [
                orphan(d, "another tag by the same annotator is on its sentence") for d in conflicts
            ]
            by_origin: dict[str, list[dict[str, Any]]] = {}
            for d in src.orphans:
                by_origin.setdefault(d["article_id"], []).append(d)
            for docs in by_origin.values():
                left, clash = absorb(docs, article_path)
                orphans += [orphan(d, d["reason"]) for d in left + clash]

    # Earlier orphans get another chance: their sentence may have come back.
    by_origin = {}
    for d in cur_orphans:
        by_origin.setdefault(d["article_id"], []).append(d)
    for docs in by_origin.values():
        left, clash = absorb(docs, article_path)
        orphans += left + clash

    # A move repeated after a crash meets the orphans it made the first time: one copy
    # of each, the earliest.
    unique: dict[tuple[Any, ...], dict[str, Any]] = {}
    for d in sorted(orphans, key=lambda d: str(d.get("orphaned", ""))):
        key = tuple(d.get(k) for k in ("article_id", "sentence", "annotator", "label"))
        unique.setdefault(key + tuple(d.get(k) for k in ("note", "unsure", "created")), d)
    orphans = sorted(
        unique.values(), key=lambda d: (d["article_id"], d["sentence"], d["annotator"])
    )
    tags = [slots[k] for k in sorted(slots)]
    return tags, orphans


def _canon(docs: Iterable[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(d, sort_keys=True) for d in docs)


def _holds(path: str, article_id: str) -> bool:
    """Whether the file at ``path`` still has the text whose id is ``article_id``."""
    from newsdiff.core.article import article_id as text_id
    from newsdiff.core.article import decode

    try:
        with open(path, "rb") as fh:
            data = fh.read()
        return text_id(decode(data, path)[0]) == article_id
    except Exception:  # unreadable, gone, binary: it does not hold that text
        return False


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


# ---------------------------------------------------------------------------------------


class Store:
    """Tags, orphans and per-pair state (the cursor) under one store path."""

    def __init__(self, path: str | Path | None = None, *, read_only_upgrade: bool = False) -> None:
        """Open the store at ``path`` (default ``default_path()``); StoreError if unusable.

        An older schema is upgraded on disk first. When that cannot write (a read-only
        folder) it fails with a message saying so, unless ``read_only_upgrade``: then the
        upgrade is made in memory, the store opens read-only (every write raises
        StoreError) and ``note`` says what happened. Reading commands pass it.
        """
        self.path = resolve_store_path(Path(path) if path is not None else default_path())
        self.note: str | None = None
        """One line for the user about how the store was opened (None: nothing to say)."""
        self.read_only: str | None = None
        """Why the store refuses every write (None: it does not)."""
        # Files as an in-memory upgrade left them, read before the disk (None: no upgrade).
        self._memory: dict[Path, Tables] | None = None
        stem = self.path.stem if self.path.suffix else self.path.name
        self.tags_dir = self.path.with_name(stem + ".tags")
        self.index_path = self.path.with_name(stem + ".index.json")
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self._rlock = threading.RLock()
        self._lock_fd: int | None = None
        self._depth = 0
        self.closed = False

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
        raw = _read_bytes(self.path)
        if raw is not None:
            data = _parse(self.path, raw)
            schema = _schema_of(self.path, data)
            if schema > SCHEMA_VERSION:
                raise _damaged(
                    self.path,
                    f"store schema {schema} is newer than this newsdiff understands "
                    f"({SCHEMA_VERSION})",
                )
            _check_main(self.path, data, schema)
            if schema < SCHEMA_VERSION:
                try:
                    self._migrate(schema)
                except _UpgradeBlocked as err:
                    if not read_only_upgrade:
                        raise
                    self._migrate_in_memory(data, schema, err.reason)
        # Checked now, so that the app never starts on a damaged store and shows it empty.
        if self._load_index() is None and self._article_files():
            # The index is gone but the tags are not: rebuild it from them.
            with self._write_lock():
                if _read_bytes(self.index_path) is None:
                    self._rebuild_index()
        self._sweep_tmp()

    # -- plumbing ------------------------------------------------------------------------

    @property
    def exists(self) -> bool:
        """Whether anything was ever written here."""
        return self.path.exists() or self.tags_dir.exists() or self.index_path.exists()

    def article_path(self, article_id: str) -> Path:
        return self.tags_dir / f"{article_id}.json"

    def _article_files(self) -> list[Path]:
        try:
            names = set(os.listdir(self.tags_dir))
        except FileNotFoundError:
            names = set()
        except OSError as err:
            raise StoreError(
                f"{self.tags_dir}: cannot list the tag folder ({err.strerror})"
            ) from None
        if self._memory is not None:
            names |= {p.name for p in self._memory if p.parent == self.tags_dir}
        return [self.tags_dir / n for n in sorted(names) if n.endswith(".json") and n[0] != "."]

    def _ensure_dirs(self) -> None:
        for folder in (self.path.parent, self.tags_dir):
            if folder.is_dir():
                continue
            try:
                folder.mkdir(parents=True, exist_ok=True)
                _fsync_dir(folder.parent)
            except OSError as err:
                raise WriteError(
                    folder, f"cannot create the store folder ({err.strerror})", err.strerror
                ) from None

    @contextmanager
    def _write_lock(self, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
        """Hold the store's exclusive lock (re-entrant within this Store)."""
        with self._rlock:
            if self._depth == 0:
                if self.read_only:
                    raise StoreError(f"{self.path}: {self.read_only}; nothing was written")
                self._ensure_dirs()
                try:
                    fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o666)
                except OSError as err:
                    raise WriteError(
                        self.lock_path,
                        f"cannot open the store's lock file ({err.strerror})",
                        err.strerror,
                    ) from None
                deadline = time.monotonic() + timeout
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() >= deadline:
                            os.close(fd)
                            raise StoreError(
                                f"{self.lock_path}: another newsdiff process has held the "
                                f"store's lock for {timeout:g} s"
                            ) from None
                        time.sleep(0.001)
                self._lock_fd = fd
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0 and self._lock_fd is not None:
                    os.close(self._lock_fd)  # closing the descriptor releases the flock
                    self._lock_fd = None

    def _write_file(self, path: Path, data: Tables) -> None:
        if self._memory is not None:
            self._memory[path] = data  # an upgrade in memory (only it writes while read-only)
            return
        try:
            atomic_write(path, _dumps(data))
        except OSError as err:
            raise WriteError(
                path, f"cannot write ({err.strerror}); nothing was changed", err.strerror
            ) from None

    def _delete_file(self, path: Path) -> None:
        try:
            path.unlink()
            _fsync_dir(path.parent)
        except FileNotFoundError:
            pass
        except OSError as err:
            raise WriteError(path, f"cannot remove ({err.strerror})", err.strerror) from None

    def _load_main(self) -> Tables | None:
        if self._memory is not None and self.path in self._memory:
            return self._memory[self.path]
        raw = _read_bytes(self.path)
        if raw is None:
            return None
        data = _parse(self.path, raw)
        schema = _schema_of(self.path, data)
        if schema != SCHEMA_VERSION:
            # Another process replaced the file since we opened it; refuse, do not guess.
            raise _damaged(self.path, f"store schema changed to {schema} while open")
        _check_main(self.path, data, schema)
        return data

    def _load_index(self) -> Tables | None:
        if self._memory is not None and self.index_path in self._memory:
            return self._memory[self.index_path]
        raw = _read_bytes(self.index_path)
        if raw is None:
            return None
        data = _parse(self.index_path, raw)
        _check_index(self.index_path, data)
        return data

    def _load_article(self, article_id: str) -> Tables | None:
        path = self.article_path(article_id)
        if self._memory is not None and path in self._memory:
            return self._memory[path]
        raw = _read_bytes(path)
        if raw is None:
            return None
        data = _parse(path, raw)
        _check_article(path, data, article_id)
        return data

    def _sweep_tmp(self) -> None:
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
            with self._write_lock(timeout=0.05):
                for p in stale:
                    p.unlink(missing_ok=True)
        except (StoreError, OSError):
            pass  # busy or read-only: harmless leftovers, swept next time

    def _migrate(self, seen: int) -> None:
        """Upgrade the main file from schema ``seen`` (as read at open) on disk."""
        schema = seen
        try:
            with self._write_lock():
                raw = _read_bytes(self.path)
                if raw is None:
                    return
                data = _parse(self.path, raw)
                schema = _schema_of(self.path, data)
                if schema >= SCHEMA_VERSION:
                    return  # another process upgraded it while we waited
                _check_main(self.path, data, schema)
                backup = self.path.with_name(f"{self.path.stem}.v{schema}.bak.json")
                if backup.exists():
                    backup = backup.with_name(
                        f"{self.path.stem}.v{schema}.{int(time.time())}.bak.json"
                    )
                try:
                    shutil.copy2(self.path, backup)
                except OSError as err:
                    raise WriteError(
                        backup,
                        f"cannot back up the store before upgrading it ({err.strerror})",
                        err.strerror,
                    ) from None
                for version in range(schema, SCHEMA_VERSION):
                    data = MIGRATIONS[version](self, data)
                self._write_file(self.path, data)
        except WriteError as err:
            # Say why a store that reads fine cannot be used: the bare error ("cannot
            # create the store folder") does not say that an upgrade was writing.
            folder = self.path.parent
            reason = err.reason[:1].lower() + err.reason[1:]
            raise _UpgradeBlocked(
                f"{self.path}: store schema {schema} must be upgraded to schema {SCHEMA_VERSION} "
                f"before it can be written, and the upgrade cannot write in {folder} "
                f"({reason}); make the folder writable, or copy the store to one that is "
                "(export, agree, orphans and sentences read it as it is)",
                reason=reason,
            ) from None

    def _migrate_in_memory(self, data: Tables, schema: int, reason: str) -> None:
        """The upgrade, with every file it writes kept in memory; the store is read-only."""
        self._memory = {}
        for version in range(schema, SCHEMA_VERSION):
            data = MIGRATIONS[version](self, data)
        self._memory[self.path] = data
        self.read_only = (
            f"store schema {schema} upgraded in memory only, its folder cannot be written "
            f"({reason})"
        )
        self.note = f"{self.path}: {self.read_only}; read as it is, nothing was changed"

    def _rebuild_index(self) -> None:
        entries: dict[str, dict[str, Any]] = {}
        for n, f in enumerate(self._article_files(), start=1):
            docs = list((self._load_article(f.stem) or {}).get(TAGS, {}).values())
            entries[str(n)] = {
                "article_id": f.stem,
                "paths": _index_paths(docs),
                "names": sorted(
                    {os.path.basename(d["article"]) for d in docs if _real(d["article"])}
                ),
                "anchored_from": [],
                "superseded_by": None,
            }
        self._write_file(self.index_path, {ARTICLES: entries})

    def _register(
        self,
        article_id: str,
        path: str | None,
        anchored_from: Sequence[str] = (),
        superseded: Sequence[str] = (),
    ) -> None:
        """Record in the index where an article lives and what it took tags from."""
        with self._write_lock():
            if _read_bytes(self.path) is None:
                self._write_file(self.path, _main_skeleton())  # the schema version, on disk
            data = self._load_index() or _index_skeleton()
            db, holder = _tinydb(data)
            table = db.table(ARTICLES, cache_size=0)
            q = Query()
            entry = table.get(q.article_id == article_id) or {
                "article_id": article_id,
                "paths": [],
                "names": [],
                "anchored_from": [],
                "superseded_by": None,
            }
            entry = dict(entry)
            real = _real(path) if path else None
            if real and real not in entry["paths"]:
                entry["paths"] = [*entry["paths"], real]
                entry["names"] = sorted({*entry["names"], os.path.basename(real)})
            extra = [a for a in anchored_from if a not in entry["anchored_from"]]
            entry["anchored_from"] = [*entry["anchored_from"], *extra]
            entry["superseded_by"] = None  # this version is the one in use now
            table.upsert(entry, q.article_id == article_id)
            for old in superseded:
                table.update({"superseded_by": article_id}, q.article_id == old)
            if holder.dirty:
                self._write_file(self.index_path, holder.data)

    # -- public API ----------------------------------------------------------------------

    def close(self) -> None:
        self.closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def tags(self, article_id: str | None = None, annotator: str | None = None) -> list[Tag]:
        """Tags of one article or of all, of one annotator or of all (orphans excluded)."""
        if article_id is not None:
            datas = [self._load_article(article_id)] if _ID.match(article_id) else []
        else:
            datas = [self._load_article(f.stem) for f in self._article_files()]
        out = [
            Tag.from_doc(doc)
            for data in datas
            if data
            for doc in data.get(TAGS, {}).values()
            if annotator is None or doc["annotator"] == annotator
        ]
        out.sort(key=lambda t: (t.article_id, t.sentence, t.annotator))
        return out

    def article_tags(
        self, article: Article, sentences: Sequence[Sentence], annotator: str | None = None
    ) -> list[Tag]:
        """The tags of this article's sentences (all annotators unless one is named).

        Tags made on an earlier version of the same file (same path, or same name when
        the old path is gone), or before its sentences were split differently, follow
        their sentence by text first and are stored here; those that cannot be placed
        become orphans (see ``orphans()``), never dropped.
        """
        self._anchor(article, sentences)
        return self.tags(article.id, annotator)

    def get(self, article_id: str, sentence: int, annotator: str) -> Tag | None:
        if not _ID.match(article_id):
            return None
        data = self._load_article(article_id)
        if not data:
            return None
        for doc in data.get(TAGS, {}).values():
            if doc["sentence"] == sentence and doc["annotator"] == annotator:
                return Tag.from_doc(doc)
        return None

    def put(self, tag: Tag, *, expect: Tag | None | _Unchecked = ANY) -> Tag:
        """Insert or replace the tag for (article, sentence, annotator), durably.

        When this returns, the tag is on disk (fsynced) and survives a crash. With
        ``expect`` (a record, or None for "no record"), the write happens only if the
        store holds that record now, times aside, read under the lock; otherwise it
        raises ``Conflict`` and writes nothing. A caller that decided what to write from
        a record it read earlier passes that record, so that it never overwrites a
        change another process made in between.
        """
        check_tag(tag)
        with self._write_lock():
            data = self._load_article(tag.article_id)
            is_new = data is None
            db, holder = _tinydb(data or _article_skeleton(tag.article_id))
            table = db.table(TAGS, cache_size=0)
            found = _find(holder.data, tag.sentence, tag.annotator)
            self._expect(tag.article_id, tag.sentence, tag.annotator, found, expect)
            if found is None:
                table.insert(tag.to_doc())
            else:
                if found[1].get("created"):
                    tag = replace(tag, created=found[1]["created"])
                table.update(tag.to_doc(), doc_ids=[found[0]])
            if is_new:
                # Index first: an entry without a file is harmless, a file without one
                # could not be found by path when its article is edited.
                self._register(tag.article_id, tag.article)
            self._write_file(self.article_path(tag.article_id), holder.data)
        return tag

    def put_many(self, tags: Iterable[Tag]) -> tuple[int, int]:
        """Store many tags, one durable write per article. Returns (changed, unchanged).

        Raises ValueError before writing anything if one of them is not a valid record.
        """
        by_article: dict[str, list[Tag]] = {}
        for tag in tags:
            check_tag(tag)
            by_article.setdefault(tag.article_id, []).append(tag)
        changed = unchanged = 0
        with self._write_lock():
            for article_id, group in by_article.items():
                data = self._load_article(article_id)
                is_new = data is None
                db, holder = _tinydb(data or _article_skeleton(article_id))
                table = db.table(TAGS, cache_size=0)
                ids = {
                    (d["sentence"], d["annotator"]): int(i)
                    for i, d in holder.data.get(TAGS, {}).items()
                }
                inserts: dict[tuple[int, str], dict[str, Any]] = {}
                for tag in group:
                    key = (tag.sentence, tag.annotator)
                    if key in ids:
                        old = holder.data[TAGS][str(ids[key])]
                        if old.get("created"):
                            tag = replace(tag, created=old["created"])
                        if old == tag.to_doc():
                            unchanged += 1
                            continue
                        table.update(tag.to_doc(), doc_ids=[ids[key]])
                    else:
                        inserts[key] = tag.to_doc()  # a repeat in the batch: the last wins
                    changed += 1
                if inserts:
                    table.insert_multiple(inserts.values())
                if holder.dirty:
                    if is_new:
                        self._register(article_id, group[0].article)
                    self._write_file(self.article_path(article_id), holder.data)
        return changed, unchanged

    def remove(
        self,
        article_id: str,
        sentence: int,
        annotator: str,
        *,
        expect: Tag | None | _Unchecked = ANY,
    ) -> Tag | None:
        """Remove the record for (article, sentence, annotator); return it (None: none).

        ``expect`` as for ``put``: only if the store holds that record now.
        """
        if not _ID.match(article_id):
            self._expect(article_id, sentence, annotator, None, expect)
            return None
        with self._write_lock():
            data = self._load_article(article_id)
            found = _find(data, sentence, annotator) if data is not None else None
            self._expect(article_id, sentence, annotator, found, expect)
            if data is None or found is None:
                return None
            db, holder = _tinydb(data)
            table = db.table(TAGS, cache_size=0)
            table.remove(doc_ids=[found[0]])
            self._write_file(self.article_path(article_id), holder.data)
            return Tag.from_doc(dict(found[1]))

    def _expect(
        self,
        article_id: str,
        sentence: int,
        annotator: str,
        found: tuple[int, dict[str, Any]] | None,
        expect: Tag | None | _Unchecked,
    ) -> None:
        if isinstance(expect, _Unchecked):
            return
        current = Tag.from_doc(found[1]) if found is not None else None
        if not same_record(current, expect):
            raise Conflict(
                f"{self.article_path(article_id)}: sentence {sentence} by {annotator} was "
                "changed by another process; nothing was written",
                current,
            )

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store's write lock across several reads and writes (re-entrant).

        Another process cannot write meanwhile, so what is read inside is still true
        when the writes inside happen. Keep it short: every writer waits for it.
        """
        with self._write_lock():
            yield

    def article_stamp(self, article_id: str) -> tuple[int, int, int] | None:
        """Size, mtime and inode of an article's tag file (None: no file); one stat.

        Every write replaces the file, so a changed stamp means someone wrote it: a
        cheap test of whether records read earlier may be out of date.
        """
        try:
            st = os.stat(self.article_path(article_id))
        except FileNotFoundError:
            return None
        except OSError as err:
            raise StoreError(
                f"{self.article_path(article_id)}: cannot read the store ({err.strerror})"
            ) from None
        return (st.st_size, st.st_mtime_ns, st.st_ino)

    def annotate(
        self,
        article: Article,
        sentence: Sentence,
        annotator: str,
        *,
        label: str | None = None,
        note: str | None = None,
        unsure: bool | None = None,
        source: str = "human",
    ) -> Tag | None:
        """Change the label, note or unsure flag of one sentence, keeping the others.

        ``None`` leaves a field as it is. A record left with no label, no note and not
        unsure is removed (returns None). This is what the app's note and unsure keys
        and ``newsdiff tag`` call.
        """
        with self._write_lock():
            old = self.get(article.id, sentence.index, annotator)
            base = old or tag_for(article, sentence, "", annotator, source=source)
            new = replace(
                base,
                article=stored_path(article.path),
                start=sentence.start,
                end=sentence.end,
                text=sentence.text,
                label=base.label if label is None else label,
                note=base.note if note is None else note,
                unsure=base.unsure if unsure is None else unsure,
                source=source if label is not None else base.source,
                updated=now(),
            )
            if not (new.label or new.note or new.unsure):
                self.remove(article.id, sentence.index, annotator)
                return None
            return self.put(new)

    def set_note(
        self, article: Article, sentence: Sentence, annotator: str, note: str
    ) -> Tag | None:
        """Put (or with ``""`` clear) a note on a sentence, tagged or not."""
        return self.annotate(article, sentence, annotator, note=note)

    def set_unsure(
        self, article: Article, sentence: Sentence, annotator: str, unsure: bool
    ) -> Tag | None:
        """Set or clear the unsure flag on a sentence, tagged or not."""
        return self.annotate(article, sentence, annotator, unsure=unsure)

    def disagreements(self, article_id: str) -> dict[int, dict[str, str]]:
        """Sentences where annotators gave different labels: ``{index: {annotator: label}}``.

        Only human labels count (not suggestions), and only sentences with two or more.
        """
        by_sentence: dict[int, dict[str, str]] = {}
        for t in self.tags(article_id):
            if t.label and t.source == "human":
                by_sentence.setdefault(t.sentence, {})[t.annotator] = t.label
        return {
            i: dict(sorted(labels.items()))
            for i, labels in sorted(by_sentence.items())
            if len(set(labels.values())) > 1
        }

    def orphans(self) -> list[Orphan]:
        """Tags that could not follow their sentence into a new version of their article."""
        out = []
        for f in self._article_files():
            data = self._load_article(f.stem) or {}
            for doc in data.get(ORPHANS, {}).values():
                out.append(
                    Orphan(
                        tag=Tag.from_doc(doc),
                        article_id=str(doc.get("in_article", f.stem)),
                        reason=str(doc.get("reason", "")),
                        orphaned=str(doc.get("orphaned", "")),
                    )
                )
        out.sort(key=lambda o: (o.tag.article, o.tag.article_id, o.tag.sentence, o.tag.annotator))
        return out

    def follow_edits(self) -> list[str]:
        """Let tags follow articles edited on disk since they were last read.

        ``orphans()`` and ``tags()`` read only the store, so an article file edited after
        tagging would go on showing its old text and offsets (and no orphans) until
        something opened it. This opens, as the app would, every indexed file that still
        exists and whose text is no longer a version in use at that path. A file whose
        size, mtime and inode are those seen last time is not read. Returns the paths
        that were re-anchored.
        """
        if not self.exists or self.read_only:
            return []  # read-only: tags cannot follow, they are read where they are
        from newsdiff.core.article import InputError, load
        from newsdiff.core.sentences import split_sentences

        index = self._load_index() or {}
        in_use: dict[str, set[str]] = {}
        for entry in index.get(ARTICLES, {}).values():
            if entry.get("superseded_by") is None:
                for p in entry["paths"]:
                    in_use.setdefault(p, set()).add(entry["article_id"])
        seen = {
            d["path"]: d.get("stamp")
            for d in index.get(FILES, {}).values()
            if isinstance(d.get("path"), str)
        }
        stamps: dict[str, list[int]] = {}
        followed = []
        for path in sorted(in_use):
            try:
                st = os.stat(path)
            except OSError:
                continue  # gone or unreadable: opening it under its new name brings them
            stamp = [st.st_size, st.st_mtime_ns, st.st_ino]
            if not stat.S_ISREG(st.st_mode) or seen.get(path) == stamp:
                continue
            try:
                article = load(path, warn=False)
            except InputError:
                continue  # emptied, binary, too large: nothing a tag could follow to
            if article.id not in in_use[path]:
                self.article_tags(article, split_sentences(article.text))
                followed.append(path)
            stamps[path] = stamp
        if stamps:
            try:
                self._remember_files(stamps)
            except StoreError:
                pass  # a read-only store: the files are read again next time, no harm
        return followed

    def _remember_files(self, stamps: dict[str, list[int]]) -> None:
        with self._write_lock():
            data = self._load_index() or _index_skeleton()
            files = data.setdefault(FILES, {})
            where = {d.get("path"): k for k, d in files.items()}
            next_id = max((int(k) for k in files), default=0) + 1
            for path, stamp in stamps.items():
                key = where.get(path)
                if key is None:
                    key, next_id = str(next_id), next_id + 1
                files[key] = {"path": path, "stamp": stamp}
            self._write_file(self.index_path, data)

    def articles(self) -> list[dict[str, Any]]:
        """The article index: id, known paths and names, and what it took tags from."""
        data = self._load_index() or {}
        return [dict(d) for d in data.get(ARTICLES, {}).values()]

    def get_state(self, key: str) -> dict[str, Any] | None:
        data = self._load_main() or {}
        for doc in data.get(STATE, {}).values():
            if doc.get("key") == key:
                return dict(doc)
        return None

    def set_state(self, key: str, value: dict[str, Any]) -> None:
        """Store a small JSON object under ``key`` (the app keeps the cursor per pair)."""
        doc = {"key": key, **value}
        try:
            json.dumps(doc)
        except (TypeError, ValueError) as err:
            raise ValueError(f"state for {key!r} is not JSON: {err}") from None
        with self._write_lock():
            data = self._load_main() or _main_skeleton()
            db, holder = _tinydb(data)
            table = db.table(STATE, cache_size=0)
            q = Query()
            if table.get(q.key == key) == doc:
                return  # unchanged: skip the write (the app may save on every move)
            table.upsert(doc, q.key == key)
            self._write_file(self.path, holder.data)

    # -- re-anchoring ------------------------------------------------------------------

    def _plan(self, article: Article, sentences: Sequence[Sentence]) -> _Plan | None:
        """What following its tags would change for this article, or None for nothing."""
        aid = article.id  # a property that hashes the whole text: compute it once
        index = self._load_index() or {}
        entries = list(index.get(ARTICLES, {}).values())
        entry = next((e for e in entries if e["article_id"] == aid), None)
        done = set(entry.get("anchored_from", [])) if entry else set()
        real = _real(article.path)
        name = os.path.basename(real) if real else None

        sources: list[_Source] = []
        if real:
            for e in entries:
                other = e["article_id"]
                if other == aid or other in done or not _ID.match(other):
                    continue
                same_path = real in e["paths"]
                if not same_path and name not in e.get("names", []):
                    continue
                if not self.article_path(other).exists():
                    continue
                if not same_path and any(os.path.exists(p) for p in e["paths"]):
                    continue  # a same-named file that is still where it was: not this one
                live = any(p != real and _holds(p, other) for p in e["paths"])
                data = self._load_article(other)
                if not data:
                    continue
                src = _Source(
                    other,
                    list(data.get(TAGS, {}).values()),
                    list(data.get(ORPHANS, {}).values()),
                    live,
                )
                if not same_path and not self._mostly_placed(src, sentences):
                    continue  # only the name matches: take it only if the text does too
                sources.append(src)
        # Newest first, so that a label changed in a later version wins a conflict.
        sources.sort(key=lambda s: max((d["updated"] for d in s.tags), default=""), reverse=True)

        data = self._load_article(aid)
        cur_tags = list(data.get(TAGS, {}).values()) if data else []
        cur_orphans = list(data.get(ORPHANS, {}).values()) if data else []
        tags, orphans = _reanchor(
            aid, stored_path(article.path), sentences, cur_tags, cur_orphans, sources
        )
        file_changed = _canon(tags) != _canon(cur_tags) or _canon(orphans) != _canon(cur_orphans)
        register = None
        if (
            real
            and (entry is not None or file_changed)
            and real not in (entry or {}).get("paths", [])
        ):
            register = real
        if not (file_changed or register or any(not s.live for s in sources)):
            return None
        return _Plan(tags, orphans, file_changed, sources, register)

    @staticmethod
    def _mostly_placed(src: _Source, sentences: Sequence[Sentence]) -> bool:
        from newsdiff.store.anchor import place

        keys = {(d["sentence"], d["text"]) for d in src.tags}
        if not keys:
            return False
        where = place([(k, k[0], k[1]) for k in keys], [s.text for s in sentences])
        return len(where) * 2 >= len(keys)

    def _anchor(self, article: Article, sentences: Sequence[Sentence]) -> None:
        if not self.exists or self.read_only:
            return  # read-only: the tags are shown where they are, none can move
        plan = self._plan(article, sentences)
        if plan is None:
            return
        only_register = not plan.file_changed and not plan.sources
        try:
            with self._write_lock():
                # Plan again under the lock: another process may have moved them first.
                plan = self._plan(article, sentences)
                if plan is not None:
                    self._apply(article, plan)
        except StoreError:
            if only_register:
                return  # a read-only store still opens; the path hint waits for a writer
            raise

    def _apply(self, article: Article, plan: _Plan) -> None:
        # Order matters for a crash between steps: the new file first (a repeat of the
        # move then finds its tags already there, identical, and adds nothing), then the
        # old files go, then the index says what happened.
        aid = article.id
        if plan.file_changed:
            db, holder = _tinydb(self._load_article(aid) or _article_skeleton(aid))
            for name, docs in ((TAGS, plan.tags), (ORPHANS, plan.orphans)):
                table = db.table(name, cache_size=0)
                table.truncate()
                table.insert_multiple(docs)
            self._write_file(self.article_path(aid), holder.data)
        dead = [s.article_id for s in plan.sources if not s.live]
        for other in dead:
            self._delete_file(self.article_path(other))
        self._register(
            aid,
            article.path,
            anchored_from=[s.article_id for s in plan.sources],
            superseded=dead,
        )
