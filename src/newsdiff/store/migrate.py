"""Schema migrations: MIGRATIONS[n] turns a main file of schema n into schema n + 1.

Opening an older store runs the steps in order under the lock, after backing up the
main file. The main file is written last: its schema number is the commit point, and
each step merges into what an interrupted earlier attempt left, so it can run again.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsdiff.store.errors import StoreError, UpgradeBlocked, WriteError, damaged
from newsdiff.store.files import StoreFiles, read_bytes
from newsdiff.store.index import entry_for
from newsdiff.store.records import ARTICLE_ID, now, real_path
from newsdiff.store.schema import (
    ARTICLES,
    META,
    SCHEMA_VERSION,
    STATE,
    TAGS,
    Tables,
    article_skeleton,
    check_main,
    parse,
    schema_of,
)
from newsdiff.store.tables import key, tinydb


def _v0_to_v1(files: StoreFiles, data: Tables) -> Tables:
    """v0 (before versions): tags without note, unsure, source or times. Fill defaults.

    A v0 record has no times. The main file's modification time stands in for both: it
    is when the store was last written, so no tag in it is younger (an export sorted or
    filtered by time then keeps them in a plausible place, not at "").
    """
    try:
        written = datetime.fromtimestamp(os.stat(files.path).st_mtime, UTC)
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


def _legacy_path(files: StoreFiles, recorded: str, docs: Sequence[dict[str, Any]]) -> str | None:
    """The absolute path of an article a v0 or v1 record named as it was typed, or None.

    Those stores kept the path relative to the folder newsdiff ran in, which is not
    recorded. The likely ones are tried in turn: the folder holding the store's folder
    (where a default ``annotations/newsdiff.json`` puts it), the working folder, the
    store's folder. A file counts only if it still holds the article: the same text,
    or at least half of the sentences tagged in it (the rule a moved file passes), so a
    different file that happens to have that name is not taken.
    """
    if not recorded or os.path.isabs(recorded) or real_path(recorded) is None:
        return None
    from newsdiff.core.article import InputError, load
    from newsdiff.core.sentences import split_sentences
    from newsdiff.store.anchor import mostly_placed

    home = Path(os.path.abspath(files.path)).parent
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
        if mostly_placed(docs, [x.text for x in split_sentences(art.text)]):
            return os.path.realpath(candidate)
    return None


def _v1_to_v2(files: StoreFiles, data: Tables) -> Tables:
    """v1: every tag in the main file. v2: one file per article and an article index.

    Records named their file as typed (often relative); v2 names the resolved absolute
    path, so each relative one is resolved where the file can still be found
    (``_legacy_path``) and kept as it was where it cannot.
    """
    by_article: dict[str, list[dict[str, Any]]] = {}
    for doc in data.get(TAGS, {}).values():
        if not ARTICLE_ID.match(doc["article_id"]):
            raise StoreError(f"{files.path}: cannot upgrade, bad article id {doc['article_id']!r}")
        by_article.setdefault(doc["article_id"], []).append(doc)
    entries: dict[str, dict[str, Any]] = {}
    for n, (article_id, docs) in enumerate(sorted(by_article.items()), start=1):
        by_path: dict[str, list[dict[str, Any]]] = {}
        for doc in docs:
            by_path.setdefault(doc["article"], []).append(doc)
        found = {rec: _legacy_path(files, rec, group) for rec, group in by_path.items()}
        docs = [{**d, "article": found[d["article"]] or d["article"]} for d in docs]
        # A file already there comes from an upgrade interrupted half way: merge into it
        # so running the upgrade again is harmless.
        art = files.load_article(article_id) or article_skeleton(article_id)
        db, holder = tinydb(art)
        table = db.table(TAGS, cache_size=0)
        for doc in docs:
            table.upsert(doc, key(doc["sentence"], doc["annotator"]))
        files.write_file(files.article_path(article_id), holder.data)
        entries[str(n)] = entry_for(article_id, docs)
    files.write_file(files.index_path, {ARTICLES: entries})
    # The main file is written last by the caller: its schema number is the commit point.
    return {META: {"1": {"schema": 2}}, STATE: dict(data.get(STATE, {}))}


MIGRATIONS: dict[int, Callable[[StoreFiles, Tables], Tables]] = {0: _v0_to_v1, 1: _v1_to_v2}


def upgrade(files: StoreFiles, read_only_upgrade: bool) -> str | None:
    """Check the main file's schema at open and upgrade an older one.

    Returns the note for the user when the upgrade could only be made in memory (then
    ``files`` is read-only), else None. StoreError for a damaged or newer store.
    """
    raw = read_bytes(files.path)
    if raw is None:
        return None
    data = parse(files.path, raw)
    schema = schema_of(files.path, data)
    if schema > SCHEMA_VERSION:
        raise damaged(
            files.path,
            f"store schema {schema} is newer than this newsdiff understands ({SCHEMA_VERSION})",
        )
    check_main(files.path, data, schema)
    if schema == SCHEMA_VERSION:
        return None
    try:
        _upgrade_on_disk(files, schema)
    except UpgradeBlocked as err:
        if not read_only_upgrade:
            raise
        return _upgrade_in_memory(files, data, schema, err.reason)
    return None


def _upgrade_on_disk(files: StoreFiles, seen: int) -> None:
    """Upgrade the main file from schema ``seen`` (as read at open) on disk."""
    path = files.path
    schema = seen
    try:
        with files.write_lock():
            raw = read_bytes(path)
            if raw is None:
                return
            data = parse(path, raw)
            schema = schema_of(path, data)
            if schema >= SCHEMA_VERSION:
                return  # another process upgraded it while we waited
            check_main(path, data, schema)
            backup = path.with_name(f"{path.stem}.v{schema}.bak.json")
            if backup.exists():
                backup = backup.with_name(f"{path.stem}.v{schema}.{int(time.time())}.bak.json")
            try:
                shutil.copy2(path, backup)
            except OSError as err:
                raise WriteError(
                    backup,
                    f"cannot back up the store before upgrading it ({err.strerror})",
                    err.strerror,
                ) from None
            for version in range(schema, SCHEMA_VERSION):
                data = MIGRATIONS[version](files, data)
            files.write_file(path, data)
    except WriteError as err:
        # Say why a store that reads fine cannot be used: the bare error ("cannot
        # create the store folder") does not say that an upgrade was writing.
        reason = err.reason[:1].lower() + err.reason[1:]
        raise UpgradeBlocked(
            f"{path}: store schema {schema} must be upgraded to schema {SCHEMA_VERSION} "
            f"before it can be written, and the upgrade cannot write in {path.parent} "
            f"({reason}); make the folder writable, or copy the store to one that is "
            "(export, agree, orphans and sentences read it as it is)",
            reason=reason,
        ) from None


def _upgrade_in_memory(files: StoreFiles, data: Tables, schema: int, reason: str) -> str:
    """The upgrade, with every file it writes kept in memory; the store is read-only."""
    files.memory = {}
    for version in range(schema, SCHEMA_VERSION):
        data = MIGRATIONS[version](files, data)
    files.memory[files.path] = data
    files.read_only = (
        f"store schema {schema} upgraded in memory only, its folder cannot be written ({reason})"
    )
    return f"{files.path}: {files.read_only}; read as it is, nothing was changed"
