"""TinyDB over tables already read under the lock: several operations, one durable write."""

from __future__ import annotations

from typing import Any

from tinydb import Query, TinyDB
from tinydb.storages import Storage

from newsdiff.store.records import now
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


def find_all(data: Tables, sentence: int, annotator: str) -> list[tuple[int, dict[str, Any]]]:
    """Every (doc id, record) for (sentence, annotator) in an article file's tags table.

    One, or none; more only in a file edited by hand or merged by a tool. A plain scan:
    TinyDB Query objects cost microseconds per document and a write would otherwise
    spend most of its time evaluating them.
    """
    return [
        (int(doc_id), doc)
        for doc_id, doc in data.get(TAGS, {}).items()
        if doc["sentence"] == sentence and doc["annotator"] == annotator
    ]


def find(data: Tables, sentence: int, annotator: str) -> tuple[int, dict[str, Any]] | None:
    """The doc id and record for (sentence, annotator) that counts (``kept``), or None."""
    matches = find_all(data, sentence, annotator)
    return kept(matches) if matches else None


def kept(matches: list[tuple[int, dict[str, Any]]]) -> tuple[int, dict[str, Any]]:
    """Of several records of one sentence by one annotator, the one that counts: the
    latest updated, then the last written."""
    return max(matches, key=lambda m: (str(m[1].get("updated", "")), m[0]))


#: Why a second record of a sentence by the same annotator was set aside as an orphan.
DUPLICATE = "a second record of its sentence by the same annotator (the file held both)"


def split_duplicates(
    docs: dict[str, dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The records of a tags table, one per (sentence, annotator), and those left over.

    The leftovers are what a write turns into orphans (``duplicate_orphan``), never
    drops: a record that says something else than the one kept.
    """
    groups: dict[tuple[Any, Any], list[tuple[int, dict[str, Any]]]] = {}
    for doc_id, doc in docs.items():
        groups.setdefault((doc["sentence"], doc["annotator"]), []).append((int(doc_id), doc))
    keep: list[dict[str, Any]] = []
    extra: list[dict[str, Any]] = []
    for matches in groups.values():
        one = kept(matches)
        keep.append(one[1])
        extra += [d for i, d in matches if i != one[0] and not same_content(d, one[1])]
    return keep, extra


def same_content(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two records that say the same thing (a copy, whatever its times)."""
    return {k: v for k, v in a.items() if k not in ("created", "updated")} == {
        k: v for k, v in b.items() if k not in ("created", "updated")
    }


def duplicate_orphan(doc: dict[str, Any], article_id: str) -> dict[str, Any]:
    """``doc``, a leftover of ``split_duplicates``, as an orphan of ``article_id``."""
    return {**doc, "reason": DUPLICATE, "orphaned": now(), "in_article": article_id}
