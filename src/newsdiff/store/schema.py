"""The store's file formats: table names, the schema version, and the checks that refuse
anything that is not a store before it is read into TinyDB or written over.

The main file holds META and STATE, the index file ARTICLES (and FILES), an article file
META, TAGS and ORPHANS. The index has a file of its own so that saving the cursor (which
the app does often) rewrites a few hundred bytes, not an entry per article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsdiff.core.labels import LABELS
from newsdiff.store.errors import damaged
from newsdiff.store.records import ARTICLE_ID

SCHEMA_VERSION = 2

TAGS = "tags"
ORPHANS = "orphans"
STATE = "state"
META = "meta"
ARTICLES = "articles"
# Index table: each article path's size, mtime and inode when its text was last checked,
# so that commands reading the whole store find edited files with one stat each.
FILES = "files"

Tables = dict[str, dict[str, Any]]


def parse(path: Path, raw: bytes) -> Tables:
    """JSON object of tables of documents, or StoreError saying what is wrong."""
    if not raw.strip():
        raise damaged(path, "store file is empty (truncated?)")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise damaged(path, "not UTF-8 text, so not a newsdiff store") from None
    except json.JSONDecodeError as err:
        # Some of json's messages end in "at" already ("Unterminated string starting at").
        where = "" if err.msg.endswith(" at") else " at"
        raise damaged(
            path,
            f"not valid JSON, the store is damaged or truncated ({err.msg}{where} line "
            f"{err.lineno} column {err.colno})",
        ) from None
    except RecursionError:  # [[[[... nested thousands deep
        raise damaged(path, "not a newsdiff store (JSON nested too deeply to read)") from None
    except ValueError as err:  # a number of over 4,300 digits
        raise damaged(path, f"not a newsdiff store ({err})") from None
    if not isinstance(data, dict):
        raise damaged(
            path, f"not a newsdiff store (JSON that is {_kind(data)}, expected an object)"
        )
    for name, table in data.items():
        if not isinstance(table, dict):
            raise damaged(path, f"not a newsdiff store (table {name!r} is {_kind(table)})")
        for doc_id, doc in table.items():
            if not isinstance(doc, dict) or not doc_id.isdigit():
                raise damaged(path, f"not a newsdiff store (bad document {name}/{doc_id})")
    return data


def _kind(value: object) -> str:
    """What a JSON value is, with its article: "an object", "a list"."""
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean"}.get(
        type(value), "a number" if isinstance(value, int | float) else "null"
    )


_TAG_FIELDS: dict[str, type | tuple[type, ...]] = {
    "article_id": str,
    "article": str,
    "sentence": int,
    "start": int,
    "end": int,
    "text": str,
    "label": str,
    "annotator": str,
}
_TAG_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "note": str,
    "unsure": bool,
    "source": str,
    "created": str,
    "updated": str,
}


_FULL = tuple({**_TAG_FIELDS, **_TAG_OPTIONAL}.items())
#: Fields newer than the schema version: absent means their default (``skipped``: False).
_TAG_EXTRA: dict[str, type] = {"skipped": bool, "origin_article": str, "origin_sentences": list}


# A label the app cannot draw or count would otherwise travel on into exports and
# agreement figures; "" is a record with only a note or the unsure flag.
_STORED_LABELS = frozenset(("", *LABELS))


def _tag_problem(doc: dict[str, Any], full: bool) -> str | None:
    """What makes ``doc`` not a tag record, or None. ``full``: optional fields required."""
    if full:
        # Fast path, run on every read: values decoded from JSON have exact types.
        try:
            if (
                all(type(doc[name]) is kind for name, kind in _FULL)
                and doc["label"] in _STORED_LABELS
                and type(doc.get("skipped", False)) is bool
                and type(doc.get("origin_article", "")) is str
                and type(doc.get("origin_sentences", [])) is list
            ):
                return _value_problem(doc)
        except KeyError:
            pass
    fields = {**_TAG_FIELDS, **_TAG_OPTIONAL} if full else _TAG_FIELDS
    for name, kind in fields.items():
        if name not in doc:
            return f"missing {name!r}"
        value = doc[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            return f"{name!r} is {_kind(value)}"
    for name, kind in {**_TAG_OPTIONAL, **_TAG_EXTRA}.items():
        if name in doc and not isinstance(doc[name], kind):
            return f"{name!r} is {_kind(doc[name])}"
    if doc["label"] not in _STORED_LABELS:
        return f"unknown label {doc['label']!r}"
    return _value_problem(doc)


def _value_problem(doc: dict[str, Any]) -> str | None:
    """What no tag newsdiff writes can hold, though its types are right, or None.

    Such a record would be exported as it is (an ``article_id`` of ``../../x`` names a
    file outside the tag folder), so it is damage, as an unknown label is.
    """
    if not ARTICLE_ID.match(doc["article_id"]):
        return f"bad article id {doc['article_id'][:80]!r}"
    if doc["sentence"] < 0:
        return f"negative sentence index {doc['sentence']}"
    if not 0 <= doc["start"] <= doc["end"]:
        return f"offsets {doc['start']}-{doc['end']} are not a span"
    origin = doc.get("origin_article", "")
    if origin and not ARTICLE_ID.match(origin):
        return f"bad origin article id {origin[:80]!r}"
    if any(type(i) is not int or i < 0 for i in doc.get("origin_sentences", ())):
        return "'origin_sentences' holds something other than sentence indices"
    if not doc["annotator"].strip():
        return "the annotator name is empty"
    return None


def schema_of(path: Path, data: Tables) -> int:
    """The schema version a main file is written in (0: before versions existed)."""
    meta = data.get(META)
    if meta:
        schema = next(iter(meta.values())).get("schema")
        if isinstance(schema, bool) or not isinstance(schema, int) or schema < 0:
            raise damaged(path, f"not a newsdiff store (schema version {schema!r})")
        return schema
    if TAGS in data:
        return 0
    # "{}" too: a store is written with its schema version from the first tag on, so an
    # empty object is some other program's file (or a store emptied by hand), not one to
    # add tags to beside it (fuzz21: exit 0, the tags written to files beside it).
    raise damaged(path, "not a newsdiff store (no schema version and no tags table)")


def check_main(path: Path, data: Tables, schema: int) -> None:
    """Refuse a main file of the current schema whose tables are not what we write."""
    if schema < SCHEMA_VERSION:
        for doc_id, doc in data.get(TAGS, {}).items():
            problem = _tag_problem(doc, full=schema >= 1)
            if problem:
                raise damaged(path, f"not a newsdiff store (tags/{doc_id}: {problem})")
        return
    for doc_id, doc in data.get(STATE, {}).items():
        if not isinstance(doc.get("key"), str):
            raise damaged(path, f"not a newsdiff store (state/{doc_id} has no key)")


def check_index(path: Path, data: Tables) -> None:
    if ARTICLES not in data:
        raise damaged(path, "not a newsdiff article index (no articles table)")
    for doc_id, doc in data[ARTICLES].items():
        if not (
            isinstance(doc.get("article_id"), str)
            and _strings(doc.get("paths"))
            and _strings(doc.get("names"))
            and _strings(doc.get("anchored_from", []))
            and isinstance(doc.get("superseded_by"), str | None)
        ):
            raise damaged(path, f"not a newsdiff article index (articles/{doc_id} is malformed)")


def _strings(value: object) -> bool:
    """A list of strings (``[1, null]`` in ``paths`` would fail far from here)."""
    return isinstance(value, list) and all(isinstance(x, str) for x in value)


def check_article(path: Path, data: Tables, article_id: str) -> None:
    meta = data.get(META)
    if not meta:
        raise damaged(path, "not a newsdiff tag file (no meta table)")
    info = next(iter(meta.values()))
    schema = info.get("schema")
    if isinstance(schema, int) and not isinstance(schema, bool) and schema > SCHEMA_VERSION:
        raise damaged(
            path, f"tag file schema {schema} is newer than this newsdiff ({SCHEMA_VERSION})"
        )
    if info.get("article_id") != article_id:
        raise damaged(path, "not a newsdiff tag file (its article id differs from its name)")
    for table in (TAGS, ORPHANS):
        for doc_id, doc in data.get(table, {}).items():
            problem = _tag_problem(doc, full=True)
            if problem:
                raise damaged(path, f"not a newsdiff tag file ({table}/{doc_id}: {problem})")


def dumps(data: Tables) -> str:
    return json.dumps(data, ensure_ascii=False)


def main_skeleton() -> Tables:
    return {META: {"1": {"schema": SCHEMA_VERSION}}, STATE: {}}


def index_skeleton() -> Tables:
    return {ARTICLES: {}}


def article_skeleton(article_id: str) -> Tables:
    return {
        META: {"1": {"schema": SCHEMA_VERSION, "article_id": article_id}},
        TAGS: {},
        ORPHANS: {},
    }
