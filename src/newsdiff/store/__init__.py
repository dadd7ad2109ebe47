"""Tags on disk: TinyDB files written atomically under a lock, their schema and
migrations, and re-anchoring tags onto an edited article's sentences.

The Store API is re-exported here (``from newsdiff.store import Store, Tag``); the
modules behind it are internals, one concern each: ``api`` (the Store), ``records``
(Tag, Span, Orphan and their checks), ``errors``, ``files`` (paths, durable writes, the lock),
``schema`` (file formats and their checks), ``tables`` (TinyDB in memory), ``migrate``
(older schemas), ``index`` (the article index), ``writes`` (putting and removing tags),
``reanchor`` and ``anchor`` (tags that follow their sentences). May import: ``core``.
"""

from __future__ import annotations

from newsdiff.core.durable import atomic_write
from newsdiff.store.api import Store, check_folder
from newsdiff.store.errors import Conflict, StoreError, WriteError
from newsdiff.store.files import default_path
from newsdiff.store.migrate import MIGRATIONS
from newsdiff.store.records import (
    OWN_SOURCES,
    SOURCES,
    Orphan,
    Span,
    Tag,
    check_tag,
    default_annotator,
    now,
    same_record,
    stored_path,
    tag_for,
)
from newsdiff.store.schema import SCHEMA_VERSION

__all__ = [
    "MIGRATIONS",
    "OWN_SOURCES",
    "SOURCES",
    "SCHEMA_VERSION",
    "Conflict",
    "Orphan",
    "Span",
    "Store",
    "StoreError",
    "Tag",
    "WriteError",
    "atomic_write",
    "check_folder",
    "check_tag",
    "default_annotator",
    "default_path",
    "now",
    "same_record",
    "stored_path",
    "tag_for",
]
