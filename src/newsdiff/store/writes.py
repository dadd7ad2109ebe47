"""Writing tag records: one durable write per article file, under the lock, with the
index told first about a new article, and conditional writes (``expect=``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from newsdiff.store.errors import Conflict
from newsdiff.store.files import StoreFiles
from newsdiff.store.index import ArticleIndex
from newsdiff.store.records import ARTICLE_ID, Tag, Unchecked, check_tag, same_record
from newsdiff.store.schema import ORPHANS, TAGS, article_skeleton
from newsdiff.store.tables import duplicate_orphan, find_all, kept, same_content, tinydb


class TagWriter:
    """Puts and removes the tag records of one store (``Store.put`` and the rest)."""

    def __init__(self, files: StoreFiles, index: ArticleIndex) -> None:
        self.files = files
        self.index = index

    def put(self, tag: Tag, expect: Tag | None | Unchecked) -> Tag:
        """``Store.put``: one durable write of the article's file, under the lock."""
        check_tag(tag)
        with self.files.write_lock():
            data = self.files.load_article(tag.article_id)
            is_new = data is None
            db, holder = tinydb(data or article_skeleton(tag.article_id))
            table = db.table(TAGS, cache_size=0)
            matches = find_all(holder.data, tag.sentence, tag.annotator)
            found = kept(matches) if matches else None
            self._expect(tag.article_id, tag.sentence, tag.annotator, found, expect)
            if found is None:
                table.insert(tag.to_doc())
            else:
                if found[1].get("created"):
                    tag = replace(tag, created=found[1]["created"])
                table.update(tag.to_doc(), doc_ids=[found[0]])
                _set_aside(db, tag.article_id, matches, found[0])
            if is_new:
                # Index first: an entry without a file is harmless, a file without one
                # could not be found by path when its article is edited.
                self.index.register(tag.article_id, tag.article)
            self.files.write_file(self.files.article_path(tag.article_id), holder.data)
        return tag

    def put_many(self, tags: Iterable[Tag]) -> tuple[int, int]:
        """``Store.put_many``: (changed, unchanged); ValueError before any write."""
        by_article: dict[str, list[Tag]] = {}
        for tag in tags:
            check_tag(tag)
            by_article.setdefault(tag.article_id, []).append(tag)
        changed = unchanged = 0
        with self.files.write_lock():
            for article_id, group in by_article.items():
                data = self.files.load_article(article_id)
                is_new = data is None
                db, holder = tinydb(data or article_skeleton(article_id))
                table = db.table(TAGS, cache_size=0)
                groups: dict[tuple[int, str], list[tuple[int, dict[str, Any]]]] = {}
                for i, d in holder.data.get(TAGS, {}).items():
                    groups.setdefault((d["sentence"], d["annotator"]), []).append((int(i), d))
                ids = {k: kept(matches)[0] for k, matches in groups.items()}
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
                        _set_aside(db, article_id, groups[key], ids[key])
                        groups[key] = [m for m in groups[key] if m[0] == ids[key]]
                    else:
                        inserts[key] = tag.to_doc()  # a repeat in the batch: the last wins
                    changed += 1
                if inserts:
                    table.insert_multiple(inserts.values())
                if holder.dirty:
                    if is_new:
                        self.index.register(article_id, group[0].article)
                    self.files.write_file(self.files.article_path(article_id), holder.data)
        return changed, unchanged

    def remove(
        self, article_id: str, sentence: int, annotator: str, expect: Tag | None | Unchecked
    ) -> Tag | None:
        """``Store.remove``: the record removed (None: there was none)."""
        if not ARTICLE_ID.match(article_id):
            self._expect(article_id, sentence, annotator, None, expect)
            return None
        with self.files.write_lock():
            data = self.files.load_article(article_id)
            matches = find_all(data, sentence, annotator) if data is not None else []
            found = kept(matches) if matches else None
            self._expect(article_id, sentence, annotator, found, expect)
            if data is None or found is None:
                return None
            db, holder = tinydb(data)
            table = db.table(TAGS, cache_size=0)
            table.remove(doc_ids=[found[0]])
            _set_aside(db, article_id, matches, found[0])
            self.files.write_file(self.files.article_path(article_id), holder.data)
            return Tag.from_doc(dict(found[1]))

    def _expect(
        self,
        article_id: str,
        sentence: int,
        annotator: str,
        found: tuple[int, dict[str, Any]] | None,
        expect: Tag | None | Unchecked,
    ) -> None:
        """Conflict unless the store holds ``expect`` (times aside); ANY: no check."""
        if isinstance(expect, Unchecked):
            return
        current = Tag.from_doc(found[1]) if found is not None else None
        if not same_record(current, expect):
            raise Conflict(
                f"{self.files.article_path(article_id)}: sentence {sentence} by {annotator} was "
                "changed by another process; nothing was written",
                current,
            )


def _set_aside(
    db: Any, article_id: str, matches: list[tuple[int, dict[str, Any]]], kept_id: int
) -> None:
    """The other records of a sentence and annotator just written (a file that held
    several): out of the tags, into the orphans unless they were copies of the kept one."""
    others = [(i, d) for i, d in matches if i != kept_id]
    if not others:
        return
    kept_doc = next(d for i, d in matches if i == kept_id)
    db.table(TAGS, cache_size=0).remove(doc_ids=[i for i, _ in others])
    orphans = [duplicate_orphan(d, article_id) for _, d in others if not same_content(d, kept_doc)]
    if orphans:
        db.table(ORPHANS, cache_size=0).insert_multiple(orphans)
