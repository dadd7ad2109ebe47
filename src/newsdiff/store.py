"""The tag store: TinyDB over a JSON file written atomically.

One record per (article id, sentence index, annotator). A tag belongs to the article's
sentence, not to a pair, so the same article opened beside another shows its tags.
"""

from __future__ import annotations

import getpass
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from newsdiff.article import Article
from newsdiff.labels import LABELS
from newsdiff.sentences import Sentence

SCHEMA_VERSION = 1
DEFAULT_PATH = Path("annotations") / "newsdiff.json"
TAGS = "tags"
STATE = "state"
META = "meta"


class StoreError(Exception):
    """The store cannot be used; ``str(err)`` is one line naming the path and problem."""


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
    """One label on one sentence of one article, by one annotator."""

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


def atomic_write(path: Path, data: str) -> None:
    """Write via a temporary file in the same folder, fsync, rename, fsync the folder."""
    folder = path.parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    dfd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)


class AtomicJSONStorage(Storage):
    """TinyDB storage that never leaves a half-written file behind."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None
        data: dict[str, dict[str, Any]] = json.loads(raw)
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write(self.path, json.dumps(data, ensure_ascii=False))

    def close(self) -> None:
        pass


def _check(path: Path) -> None:
    """Refuse a store that is unreadable or not ours, before TinyDB can touch it."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return
    except PermissionError:
        raise StoreError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise StoreError(f"{path}: is a directory, expected a store file") from None
    except OSError as err:
        raise StoreError(f"{path}: cannot read ({err.strerror})") from None
    if not raw.strip():
        raise StoreError(f"{path}: store file is empty (not a newsdiff store); left as it is")
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise StoreError(f"{path}: store is not valid JSON ({err}); left as it is") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise StoreError(f"{path}: not a newsdiff store (unexpected JSON shape); left as it is")
    meta = data.get(META, {})
    versions = [d.get("schema") for d in meta.values() if isinstance(d, dict)]
    if versions and isinstance(versions[0], int) and versions[0] > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema {versions[0]} is newer than this newsdiff "
            f"understands ({SCHEMA_VERSION}); left as it is"
        )


class Store:
    """Tags and per-pair state (the cursor) in one TinyDB file."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        if self.path.parent and not self.path.parent.exists():
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"{self.path.parent}: cannot create ({err.strerror})") from None
        _check(self.path)
        self.db = TinyDB(str(self.path), storage=AtomicJSONStorage)
        meta = self.db.table(META)
        if not meta.all():
            meta.insert({"schema": SCHEMA_VERSION})

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def tags(self, article_id: str | None = None, annotator: str | None = None) -> list[Tag]:
        q = Query()
        cond = None
        if article_id is not None:
            cond = q.article_id == article_id
        if annotator is not None:
            c2 = q.annotator == annotator
            cond = c2 if cond is None else cond & c2
        table = self.db.table(TAGS)
        docs = table.all() if cond is None else table.search(cond)
        return [Tag.from_doc(d) for d in docs]

    def article_tags(
        self, article: Article, sentences: Sequence[Sentence], annotator: str | None = None
    ) -> list[Tag]:
        """The tags of this article's sentences (all annotators unless one is named)."""
        return self.tags(article.id, annotator)

    def get(self, article_id: str, sentence: int, annotator: str) -> Tag | None:
        q = Query()
        doc = self.db.table(TAGS).get(
            (q.article_id == article_id) & (q.sentence == sentence) & (q.annotator == annotator)
        )
        return Tag.from_doc(doc) if isinstance(doc, dict) else None

    def put(self, tag: Tag) -> Tag:
        """Insert or replace the tag for (article, sentence, annotator)."""
        if tag.label not in LABELS:
            raise ValueError(f"unknown label {tag.label!r}")
        q = Query()
        cond = (
            (q.article_id == tag.article_id)
            & (q.sentence == tag.sentence)
            & (q.annotator == tag.annotator)
        )
        table = self.db.table(TAGS)
        old = table.get(cond)
        if isinstance(old, dict):
            tag = Tag.from_doc({**tag.to_doc(), "created": old.get("created", tag.created)})
        table.upsert(tag.to_doc(), cond)
        return tag

    def remove(self, article_id: str, sentence: int, annotator: str) -> Tag | None:
        q = Query()
        cond = (q.article_id == article_id) & (q.sentence == sentence) & (q.annotator == annotator)
        table = self.db.table(TAGS)
        old = table.get(cond)
        if not isinstance(old, dict):
            return None
        table.remove(cond)
        return Tag.from_doc(old)

    def get_state(self, key: str) -> dict[str, Any] | None:
        doc = self.db.table(STATE).get(Query().key == key)
        return dict(doc) if isinstance(doc, dict) else None

    def set_state(self, key: str, value: dict[str, Any]) -> None:
        self.db.table(STATE).upsert({"key": key, **value}, Query().key == key)
