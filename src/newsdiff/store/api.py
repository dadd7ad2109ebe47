"""The Store: tags, orphans and per-pair state (the cursor) under one store path.

One record per (article id, sentence index, annotator). A tag belongs to the article's
sentence, not to a pair, so the same article opened beside another shows its tags.

Why this shape (docs/store.md has the long version): TinyDB rewrites a whole file on every
write, so one file for 100,000 tags costs about half a second a write. One small file per
article keeps a durable write to a few milliseconds and opening a pair to reading two
small files. The Store is a front over parts that each own one concern: ``files`` (paths,
lock, checked reads, durable writes), ``migrate`` (older schemas), ``index`` (the article
index), ``writes`` (putting and removing records) and ``reanchor`` (tags that follow
their sentences into a new version of the text).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import Query

from newsdiff.store.errors import StoreError
from newsdiff.store.files import StoreFiles, default_path, resolve_store_path
from newsdiff.store.index import ArticleIndex
from newsdiff.store.migrate import upgrade
from newsdiff.store.reanchor import Reanchorer
from newsdiff.store.records import (
    ANY,
    ARTICLE_ID,
    OWN_SOURCES,
    Orphan,
    Tag,
    Unchecked,
    now,
    stored_path,
    tag_for,
)
from newsdiff.store.schema import ORPHANS, STATE, TAGS, main_skeleton
from newsdiff.store.tables import DUPLICATE, find, tinydb
from newsdiff.store.writes import TagWriter

if TYPE_CHECKING:
    from newsdiff.core.article import Article
    from newsdiff.core.sentences import Sentence


def check_folder(path: Path) -> None:
    """Refuse a store named in a folder that does not exist: a mistyped ``--store``
    made the folders of the typo and saved the tags there. Only the default store's
    folder (``annotations/``, or $NEWSDIFF_STORE's) is created on the first write.

    Raises:
        StoreError: ``path``'s folder is missing.
    """
    if not path.parent.is_dir():
        raise StoreError(
            f"{path.parent}: no such folder for the store (create it first; only the "
            "default store's folder is made for you)"
        )


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
        self._files = files = StoreFiles(self.path)
        self.tags_dir = files.tags_dir
        self.index_path = files.index_path
        self.lock_path = files.lock_path
        self.closed = False
        self._index = ArticleIndex(files)
        self._writer = TagWriter(files, self._index)
        self._reanchorer = Reanchorer(files, self._index)

        files.check_folder()
        self.note: str | None = upgrade(files, read_only_upgrade)
        """One line for the user about how the store was opened (None: nothing to say)."""
        # Checked now, so that the app never starts on a damaged store and shows it empty.
        self._index.ensure()
        files.sweep_tmp()

    @property
    def read_only(self) -> str | None:
        """Why the store refuses every write (None: it does not)."""
        return self._files.read_only

    @property
    def exists(self) -> bool:
        """Whether anything was ever written here."""
        return self._files.exists

    def article_path(self, article_id: str) -> Path:
        return self._files.article_path(article_id)

    def owns(self, path: str | Path) -> bool:
        """Whether ``path`` (links followed) is one of the store's own files or folders."""
        return self._files.owns(Path(path))

    # -- public API ----------------------------------------------------------------------

    def close(self) -> None:
        """Close the store, first making any staged writes durable (``flush``)."""
        self.closed = True
        self.flush()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def tags(self, article_id: str | None = None, annotator: str | None = None) -> list[Tag]:
        """Tags of one article or of all, of one annotator or of all (orphans excluded)."""
        if article_id is not None:
            datas = [self._files.load_article(article_id)] if ARTICLE_ID.match(article_id) else []
        else:
            datas = [self._files.load_article(f.stem) for f in self._files.article_files()]
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
        self._reanchorer.anchor(article, sentences)
        return self.tags(article.id, annotator)

    def get(self, article_id: str, sentence: int, annotator: str) -> Tag | None:
        if not ARTICLE_ID.match(article_id):
            return None
        data = self._files.load_article(article_id)
        if not data:
            return None
        found = find(data, sentence, annotator)
        return Tag.from_doc(found[1]) if found else None

    def put(self, tag: Tag, *, expect: Tag | None | Unchecked = ANY) -> Tag:
        """Insert or replace the tag for (article, sentence, annotator), durably.

        When this returns (inside ``deferring``: once ``flush`` does), the tag is on disk,
        fsynced. With ``expect`` (a record, or None for "no record"), the write happens
        only if the store holds that record now, times aside, read under the lock; else
        it raises ``Conflict`` and writes nothing: a caller that decided what to write
        from a record it read earlier never overwrites a change made in between."""
        return self._writer.put(tag, expect)

    def put_many(self, tags: Iterable[Tag]) -> tuple[int, int]:
        """Store many tags, one durable write per article. Returns (changed, unchanged).

        Raises ValueError before writing anything if one of them is not a valid record.
        """
        return self._writer.put_many(tags)

    def remove(
        self,
        article_id: str,
        sentence: int,
        annotator: str,
        *,
        expect: Tag | None | Unchecked = ANY,
    ) -> Tag | None:
        """Remove the record for (article, sentence, annotator); return it (None: none).

        ``expect`` as for ``put``: only if the store holds that record now.
        """
        return self._writer.remove(article_id, sentence, annotator, expect)

    @contextmanager
    def deferring(self) -> Iterator[None]:
        """Stage the writes made inside (``store/pending.py``), read back at once, until
        ``flush``, ``discard``, the next write outside or ``close``; the lock held."""
        self._files.begin_staging()
        try:
            yield
        finally:
            self._files.end_staging()

    @property
    def pending(self) -> bool:
        """Whether staged writes wait for ``flush``."""
        return bool(self._files.staged.files)

    def flush(self) -> None:
        """Make the staged writes durable, all or none, release the lock; WriteError if
        refused, now or by another write since (``StoreFiles.commit_staged``)."""
        self._files.commit_staged(report=True)

    def discard(self) -> None:
        """Forget the staged writes (a key that failed midway), release the lock."""
        self._files.discard_staged()

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the store's write lock across several reads and writes (re-entrant).

        Another process cannot write meanwhile, so what is read inside is still true
        when the writes inside happen. Keep it short: every writer waits for it.
        """
        with self._files.write_lock():
            yield

    def article_stamp(self, article_id: str) -> tuple[int, int, int] | None:
        """Size, mtime and inode of an article's tag file (None: no file); one stat.

        Every write replaces the file, so a changed stamp means someone wrote it: a
        cheap test of whether records read earlier may be out of date.
        """
        try:
            st = self._files.stat(self.article_path(article_id))
        except OSError as err:
            raise StoreError(
                f"{self.article_path(article_id)}: cannot read the store ({err.strerror})"
            ) from None
        return None if st is None else (st.st_size, st.st_mtime_ns, st.st_ino)

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
        with self._files.write_lock():
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
                # A label decision (set or cleared) ends a skip: the sentence is judged.
                skipped=base.skipped and label is None,
                updated=now(),
            )
            if not new.kept:
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

        The annotators' own labels count (typed or accepted suggestions, as in
        ``newsdiff agree``), not carried ones; only sentences with two or more.
        """
        by_sentence: dict[int, dict[str, str]] = {}
        for t in self.tags(article_id):
            if t.label and t.source in OWN_SOURCES:
                by_sentence.setdefault(t.sentence, {})[t.annotator] = t.label
        return {
            i: dict(sorted(labels.items()))
            for i, labels in sorted(by_sentence.items())
            if len(set(labels.values())) > 1
        }

    def orphans(self) -> list[Orphan]:
        """Tags that could not follow their sentence into a new version of their article."""
        out = []
        for f in self._files.article_files():
            data = self._files.load_article(f.stem) or {}
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
        return self._index.follow_edits(self.article_tags)

    def articles(self) -> list[dict[str, Any]]:
        """The article index: id, known paths and names, and what it took tags from."""
        return self._index.articles()

    def get_state(self, key: str) -> dict[str, Any] | None:
        data = self._files.load_main() or {}
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
        with self._files.write_lock():
            data = self._files.load_main() or main_skeleton()
            db, holder = tinydb(data)
            table = db.table(STATE, cache_size=0)
            q = Query()
            if table.get(q.key == key) == doc:
                return  # unchanged: skip the write (the app may save on every move)
            table.upsert(doc, q.key == key)
            self._files.write_file(self.path, holder.data)


def orphan_count(store: Store, article_id: str | None = None) -> int:
    """How many orphans filed under one article (all articles: None) lost their
    sentence: not the second records of a file edited by hand, set aside as orphans by
    a write (``tables.DUPLICATE``), which a reading command names apart. Outside the
    class: one read of one article's file, which ``orphans()`` does for every file."""
    if article_id is None:
        return sum(o.reason != DUPLICATE for o in store.orphans())
    docs = (store._files.load_article(article_id) or {}).get(ORPHANS, {}).values()
    return sum(doc.get("reason") != DUPLICATE for doc in docs)
