"""TinyDB over tables already read under the lock: several operations, one durable write."""

from __future__ import annotations

from typing import Any

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from newsdiff.store.schema import TAGS, Tables


class Holder:
    """The tables of one file, read once and written back at most once by the caller."""

    def __init__(self, data: Tables) -> None:
        self.data = data
        self.dirty = False


class _HolderStorage(Storage):
    """TinyDB storage over a Holder: reads and writes stay in memory.

    TinyDB reads the whole storage before and writes it after every operation; keeping
    that in memory lets one transaction do several operations and still cost one
    durable write, done by the Store with atomic_write while it holds the lock.
    """

    def __init__(self, holder: Holder) -> None:
        self.holder = holder

    def read(self) -> Tables | None:
        return self.holder.data

    def write(self, data: Tables) -> None:
        self.holder.data = data
        self.holder.dirty = True


def tinydb(data: Tables) -> tuple[Any, Holder]:
    holder = Holder(data)
    return TinyDB(holder, storage=_HolderStorage), holder


def key(sentence: int, annotator: str) -> Any:
    q = Query()
    return (q.sentence == sentence) & (q.annotator == annotator)


def find(data: Tables, sentence: int, annotator: str) -> tuple[int, dict[str, Any]] | None:
    """The doc id and record for (sentence, annotator) in an article file's tags table.

    A plain scan: TinyDB Query objects cost microseconds per document and a write would
    otherwise spend most of its time evaluating them.
    """
    for doc_id, doc in data.get(TAGS, {}).items():
        if doc["sentence"] == sentence and doc["annotator"] == annotator:
            return int(doc_id), doc
    return None
