"""The article index: where each article version lives, what it took tags from, and
which files were last seen unchanged (so that edited files are found with one stat)."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from tinydb import Query

from newsdiff.store.errors import StoreError
from newsdiff.store.files import StoreFiles, read_bytes
from newsdiff.store.records import real_path
from newsdiff.store.schema import ARTICLES, FILES, TAGS, index_skeleton, main_skeleton
from newsdiff.store.tables import tinydb

if TYPE_CHECKING:
    from newsdiff.core.article import Article
    from newsdiff.core.sentences import Sentence


def index_paths(docs: Iterable[dict[str, Any]]) -> list[str]:
    """The paths an index entry lists for these records: absolute ones only.

    A relative path (an old record whose file was not found on upgrade) would be read
    against whatever folder a later command runs in; its name alone stays in ``names``.
    """
    return sorted(
        {p for d in docs if os.path.isabs(d["article"]) and (p := real_path(d["article"]))}
    )


def entry_for(article_id: str, docs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The index entry of an article known only from its tag records."""
    return {
        "article_id": article_id,
        "paths": index_paths(docs),
        "names": sorted({os.path.basename(d["article"]) for d in docs if real_path(d["article"])}),
        "anchored_from": [],
        "superseded_by": None,
    }


class ArticleIndex:
    """The index file of one store, read and written through its StoreFiles."""

    def __init__(self, files: StoreFiles) -> None:
        self.files = files

    def ensure(self) -> None:
        """Rebuild the index from the tag files when it is gone but they are not."""
        files = self.files
        if files.load_index() is None and files.article_files():
            with files.write_lock():
                if read_bytes(files.index_path) is None:
                    self.rebuild()

    def rebuild(self) -> None:
        entries: dict[str, dict[str, Any]] = {}
        for n, f in enumerate(self.files.article_files(), start=1):
            docs = list((self.files.load_article(f.stem) or {}).get(TAGS, {}).values())
            entries[str(n)] = entry_for(f.stem, docs)
        self.files.write_file(self.files.index_path, {ARTICLES: entries})

    def articles(self) -> list[dict[str, Any]]:
        data = self.files.load_index() or {}
        return [dict(d) for d in data.get(ARTICLES, {}).values()]

    def register(
        self,
        article_id: str,
        path: str | None,
        anchored_from: Sequence[str] = (),
        superseded: Sequence[str] = (),
    ) -> None:
        """Record in the index where an article lives and what it took tags from."""
        files = self.files
        with files.write_lock():
            if read_bytes(files.path) is None:
                files.write_file(files.path, main_skeleton())  # the schema version, on disk
            data = files.load_index() or index_skeleton()
            db, holder = tinydb(data)
            table = db.table(ARTICLES, cache_size=0)
            q = Query()
            fresh: dict[str, Any] = {
                "article_id": article_id,
                "paths": [],
                "names": [],
                "anchored_from": [],
                "superseded_by": None,
            }
            # An entry written by an older or foreign hand may lack a field: start
            # from a fresh one so a missing list is empty, not a KeyError.
            entry = {**fresh, **dict(table.get(q.article_id == article_id) or {})}
            real = real_path(path) if path else None
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
                files.write_file(files.index_path, holder.data)

    def follow_edits(self, reopen: Callable[[Article, list[Sentence]], object]) -> list[str]:
        """``reopen`` each indexed file edited since it was last seen; the paths reopened.

        A file is edited when it still exists, its size, mtime or inode differ from the
        stamp seen last time, and its text is no longer a version in use at that path.
        """
        from newsdiff.core.article import InputError, load
        from newsdiff.core.sentences import split_sentences

        index = self.files.load_index() or {}
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
                reopen(article, split_sentences(article.text))
                followed.append(path)
            stamps[path] = stamp
        if stamps:
            try:
                self._remember_files(stamps)
            except StoreError:
                pass  # a read-only store: the files are read again next time, no harm
        return followed

    def _remember_files(self, stamps: dict[str, list[int]]) -> None:
        with self.files.write_lock():
            data = self.files.load_index() or index_skeleton()
            files = data.setdefault(FILES, {})
            # A stamp whose path is no string (a damaged entry) is left alone, not hashed.
            where = {d["path"]: k for k, d in files.items() if isinstance(d.get("path"), str)}
            next_id = max((int(k) for k in files), default=0) + 1
            for path, stamp in stamps.items():
                key = where.get(path)
                if key is None:
                    key, next_id = str(next_id), next_id + 1
                files[key] = {"path": path, "stamp": stamp}
            self.files.write_file(self.files.index_path, data)
