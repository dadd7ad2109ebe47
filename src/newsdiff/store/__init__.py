"""Tags on disk: TinyDB files written atomically under a lock, their schema and
migrations, and re-anchoring tags onto an edited article's sentences.

The Store API is re-exported here (``from newsdiff.store import Store, Tag``); the
modules behind it are internals. May import: ``core``.
"""

from __future__ import annotations

from newsdiff.store.api import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Conflict,
    Orphan,
    Store,
    StoreError,
    Tag,
    WriteError,
    atomic_write,
    check_tag,
    default_annotator,
    default_path,
    now,
    same_record,
    stored_path,
    tag_for,
)

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Conflict",
    "Orphan",
    "Store",
    "StoreError",
    "Tag",
    "WriteError",
    "atomic_write",
    "check_tag",
    "default_annotator",
    "default_path",
    "now",
    "same_record",
    "stored_path",
    "tag_for",
]
