"""Re-anchoring: the tags of an older text, or of an older segmentation, moved onto the
sentences of the article as it is now, by sentence text (``anchor.place``).

A plan says what following its tags would change for one article; it is made without
the lock, and made again and applied under it. Orphans keep the tags that cannot follow.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsdiff.store.errors import StoreError
from newsdiff.store.files import StoreFiles
from newsdiff.store.index import ArticleIndex
from newsdiff.store.records import ARTICLE_ID, now, real_path, stored_path
from newsdiff.store.schema import ARTICLES, ORPHANS, TAGS, article_skeleton
from newsdiff.store.tables import duplicate_orphan, split_duplicates, tinydb

if TYPE_CHECKING:
    from newsdiff.core.article import Article
    from newsdiff.core.sentences import Sentence


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


def _same_record(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two records that say the same thing (the second is a copy of the first)."""
    keys = ("label", "note", "unsure", "source", "created")
    return all(a.get(k) == b.get(k) for k in keys)


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


class Reanchorer:
    """Moves the tags of one store's articles onto their current sentences."""

    def __init__(self, files: StoreFiles, index: ArticleIndex) -> None:
        self.files = files
        self.index = index

    def plan(self, article: Article, sentences: Sequence[Sentence]) -> _Plan | None:
        """What following its tags would change for this article, or None for nothing."""
        aid = article.id  # a property that hashes the whole text: compute it once
        index = self.files.load_index() or {}
        entries = list(index.get(ARTICLES, {}).values())
        entry = next((e for e in entries if e["article_id"] == aid), None)
        done = set(entry.get("anchored_from", [])) if entry else set()
        real = real_path(article.path)
        name = os.path.basename(real) if real else None

        sources: list[_Source] = []
        if real:
            for e in entries:
                other = e["article_id"]
                if other == aid or other in done or not ARTICLE_ID.match(other):
                    continue
                same_path = real in e["paths"]
                if not same_path and name not in e.get("names", []):
                    continue
                if not self.files.article_path(other).exists():
                    continue
                if not same_path and any(os.path.exists(p) for p in e["paths"]):
                    continue  # a same-named file that is still where it was: not this one
                live = any(p != real and _holds(p, other) for p in e["paths"])
                data = self.files.load_article(other)
                if not data:
                    continue
                # One record per sentence and annotator moves (the latest); the others
                # follow as orphans, as this article's own duplicates do.
                kept_tags, extra = split_duplicates(data.get(TAGS, {}))
                src = _Source(
                    other,
                    kept_tags,
                    [*data.get(ORPHANS, {}).values(), *(duplicate_orphan(d, other) for d in extra)],
                    live,
                )
                if not same_path and not self._mostly_placed(src, sentences):
                    continue  # only the name matches: take it only if the text does too
                sources.append(src)
        # Newest first, so that a label changed in a later version wins a conflict.
        sources.sort(key=lambda s: max((d["updated"] for d in s.tags), default=""), reverse=True)

        data = self.files.load_article(aid)
        # Two records of one sentence by one annotator: the one that counts is placed,
        # and the other becomes an orphan when the file is written for another reason,
        # not by a read whose only change would be that (the commands say so instead).
        cur_tags, extra = split_duplicates(data.get(TAGS, {}) if data else {})
        cur_orphans = list(data.get(ORPHANS, {}).values()) if data else []
        tags, orphans = _reanchor(
            aid, stored_path(article.path), sentences, cur_tags, cur_orphans, sources
        )
        file_changed = _canon(tags) != _canon(cur_tags) or _canon(orphans) != _canon(cur_orphans)
        if file_changed:
            orphans += [duplicate_orphan(d, aid) for d in extra]
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
        from newsdiff.store.anchor import mostly_placed

        return mostly_placed(src.tags, [s.text for s in sentences])

    def anchor(self, article: Article, sentences: Sequence[Sentence]) -> None:
        if not self.files.exists or self.files.read_only:
            return  # read-only: the tags are shown where they are, none can move
        plan = self.plan(article, sentences)
        if plan is None:
            return
        only_register = not plan.file_changed and not plan.sources
        try:
            with self.files.write_lock():
                # Plan again under the lock: another process may have moved them first.
                plan = self.plan(article, sentences)
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
            db, holder = tinydb(self.files.load_article(aid) or article_skeleton(aid))
            for name, docs in ((TAGS, plan.tags), (ORPHANS, plan.orphans)):
                table = db.table(name, cache_size=0)
                table.truncate()
                table.insert_multiple(docs)
            self.files.write_file(self.files.article_path(aid), holder.data)
        dead = [s.article_id for s in plan.sources if not s.live]
        for other in dead:
            self.files.delete_file(self.files.article_path(other))
        self.index.register(
            aid,
            article.path,
            anchored_from=[s.article_id for s in plan.sources],
            superseded=dead,
        )
