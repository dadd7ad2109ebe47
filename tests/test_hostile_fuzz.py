"""Issue 13, fuzzed: random bytes and random JSON fed to the store reader and to
``import`` never raise anything but the store's one-line errors (no traceback)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdiff.cli import main
from newsdiff.core.article import from_text
from newsdiff.core.sentences import split_sentences
from newsdiff.dataset.agree import agreement
from newsdiff.dataset.export import write_csv, write_jsonl
from newsdiff.store import Store, StoreError, tag_for

ARTICLE = from_text("The mayor resigned. Critics said it was late. Prices rose.", "/tmp/a.txt")
SENTENCES = split_sentences(ARTICLE.text)
AID = ARTICLE.id

FUZZ = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Durability is not what these tests look at, and fsync is most of their time."""
    monkeypatch.setattr(os, "fsync", lambda fd: None)
    yield


#: A folder in memory when there is one: on disk, making and removing a folder per example
#: cost 6 ms here, most of the run.
_SHM = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def _scratch() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(dir=_SHM)


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.just(10**100),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)


#: Values of the wrong kind for any field, cheap to draw (a recursive strategy in every
#: field made drawing the examples most of the run).
far = st.sampled_from(
    [
        None,
        True,
        False,
        0,
        -1,
        5,
        10**100,
        1.5,
        float("nan"),
        "",
        " ",
        "x",
        [],
        [1, None],
        {},
        [5, {}],
    ]
)

#: Stand-ins written into the files, replaced by real paths in each example's folder:
#: the article as it is now, an older version of it, and a path that does not exist.
HERE, OLD, GONE = "@here", "@old", "/nope/a.txt"
OLD_TEXT = "The mayor resigned. Critics said it was late."
OLD_ID = from_text(OLD_TEXT).id
IDS = [AID, OLD_ID]

NEAR: dict[str, st.SearchStrategy[Any]] = {
    "article_id": st.sampled_from([*IDS, *IDS, "../../x", "", "abc"]),
    "article": st.sampled_from([HERE, OLD, GONE, "a.txt", "", "-", "=1+1"]),
    "sentence": st.integers(-1, 4),
    "start": st.integers(-1, 60),
    "end": st.integers(-1, 60),
    "text": st.sampled_from([s.text for s in SENTENCES] + ["", "gone"]),
    "label": st.sampled_from(["fact", "opinion", "fact", "", "FACT"]),
    "annotator": st.sampled_from(["ana", "bo", "ana", "", " "]),
    "note": st.sampled_from(["", "n"]),
    "unsure": st.booleans(),
    "source": st.sampled_from(["human", "suggestion", "propagated", "robot"]),
    "created": st.sampled_from(["2026-01-01T00:00:00+00:00", "", "x"]),
    "updated": st.sampled_from(["2026-01-02T00:00:00+00:00", "2027-01-01", "x"]),
    "reason": st.sampled_from(["its sentence is no longer in the article", ""]),
    "orphaned": st.sampled_from(["2026-01-03T00:00:00+00:00", ""]),
    "in_article": st.sampled_from([*IDS, "../x"]),
    # Now and then an item of another kind: [1, null] in paths broke every command.
    "paths": st.lists(st.sampled_from([HERE, OLD, GONE] * 5 + [1, None]), max_size=3),
    "names": st.lists(st.sampled_from(["a.txt", "old.txt"] * 5 + [5]), max_size=2),
    "anchored_from": st.lists(st.sampled_from([*IDS] * 5 + [5, {}]), max_size=2),
    "superseded_by": st.sampled_from([None, None, *IDS]),
}


@st.composite
def perturbed(draw: st.DrawFn, fields: list[str]) -> dict[str, Any]:
    """A record with ``fields`` near their right values, then up to two of them made
    wrong (another kind of value) or left out: what gets past some checks and not all."""
    doc = {name: draw(NEAR[name]) for name in fields}
    for _ in range(max(0, draw(st.integers(-4, 2)))):  # most records are left right
        name = draw(st.sampled_from(fields))
        if draw(st.booleans()):
            doc[name] = draw(far)
        else:
            doc.pop(name, None)
    return doc


TAG_FIELDS = [
    "article_id", "article", "sentence", "start", "end", "text", "label", "annotator",
    "note", "unsure", "source", "created", "updated",
]  # fmt: skip
ORPHAN_FIELDS = [*TAG_FIELDS, "reason", "orphaned", "in_article"]
ENTRY_FIELDS = ["article_id", "paths", "names", "anchored_from", "superseded_by"]
doc_ids = st.sampled_from(["1", "2", "3", "4"] * 4 + ["x"])
tag_docs = perturbed(TAG_FIELDS)
GOOD_MAIN = {"meta": {"1": {"schema": 2}}, "state": {}}


def tag_files(article_id: str) -> st.SearchStrategy[dict[str, Any]]:
    meta = {"1": {"schema": 2, "article_id": article_id}}
    return st.fixed_dictionaries(
        {
            "meta": st.sampled_from([meta] * 8 + [{}, {"1": {"schema": 9}}]),
            "tags": st.dictionaries(doc_ids, tag_docs, max_size=4),
        },
        optional={"orphans": st.dictionaries(doc_ids, perturbed(ORPHAN_FIELDS), max_size=2)},
    )


index_files = st.fixed_dictionaries(
    {"articles": st.dictionaries(doc_ids, perturbed(ENTRY_FIELDS), max_size=3)},
    optional={
        "files": st.dictionaries(doc_ids, st.fixed_dictionaries({"path": far, "stamp": far}))
    },
)
# Mostly the right main file: a wrong one stops everything at the door.
main_files = st.integers(0, 7).flatmap(
    lambda n: (
        st.just(GOOD_MAIN if n else {})
        if n != 1
        else st.fixed_dictionaries(
            {"meta": st.dictionaries(doc_ids, st.fixed_dictionaries({"schema": far}), max_size=1)},
            optional={
                "state": st.dictionaries(doc_ids, st.fixed_dictionaries({"key": far}), max_size=1)
            },
        )
    )
)


def _use_store(folder: Path) -> None:
    """Everything a command does with a store; only StoreError may come out."""
    article = from_text(ARTICLE.text, str(folder / "a.txt"))
    try:
        with Store(folder / "newsdiff.json") as store:
            store.follow_edits()
            tags = store.tags()
            store.orphans()
            store.get(AID, 0, "ana")
            write_jsonl(tags, io.StringIO())
            write_csv(tags, io.StringIO())
            agreement(tags)
            store.article_tags(article, SENTENCES)
            store.put(tag_for(article, SENTENCES[1], "fact", "ana"))
            store.remove(AID, 0, "bo")
            store.tags()
    except StoreError:
        pass


def _write_store(folder: Path, files: dict[str, Any]) -> None:
    """The store's files in ``folder`` (bytes as they are, anything else as JSON with the
    path stand-ins replaced), beside the article now and its older version."""
    (folder / "newsdiff.tags").mkdir()
    (folder / "a.txt").write_text(ARTICLE.text)
    (folder / "old.txt").write_text(OLD_TEXT)
    names = {
        "main": "newsdiff.json",
        "index": "newsdiff.index.json",
        "tags": f"newsdiff.tags/{AID}.json",
        "old": f"newsdiff.tags/{OLD_ID}.json",
    }
    for which, value in files.items():
        if value is None:
            continue
        if not isinstance(value, bytes):
            text = json.dumps(value).replace(HERE, str(folder / "a.txt"))
            value = text.replace(OLD, str(folder / "old.txt")).encode()
        (folder / names[which]).write_bytes(value)


which = st.sampled_from(["main", "index", "tags"])


@FUZZ
@given(which, st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_random_bytes_in_a_store_file(where, raw):
    """Random bytes as the main file, the index or a tag file: only StoreError."""
    with _scratch() as tmp:
        _write_store(Path(tmp), {"main": GOOD_MAIN, where: raw})
        _use_store(Path(tmp))


@FUZZ
@given(which, json_values)
def test_random_json_in_a_store_file(where, value):
    """Any JSON value as one of the store's files: only StoreError."""
    with _scratch() as tmp:
        _write_store(Path(tmp), {"main": GOOD_MAIN, where: json.dumps(value).encode()})
        _use_store(Path(tmp))


@settings(FUZZ, max_examples=600)
@given(
    main_files,
    index_files | st.none(),
    tag_files(AID) | st.none(),
    tag_files(OLD_ID) | st.none(),
)
def test_store_shaped_json_with_random_fields(main_file, index, tags, old):
    """Files shaped like a store's, with near-miss or wrong values: only StoreError."""
    with _scratch() as tmp:
        _write_store(Path(tmp), {"main": main_file, "index": index, "tags": tags, "old": old})
        _use_store(Path(tmp))


import_lines = (
    json_values.map(json.dumps)
    | tag_docs.map(json.dumps)
    | tag_docs.map(lambda d: json.dumps({**d, "label": [d.get("label")]}))
    | st.text(max_size=40)
)


@settings(FUZZ, max_examples=500)
@given(st.lists(import_lines, min_size=1, max_size=5), st.booleans())
def test_import_of_random_lines(lines, as_csv):
    """Random JSON lines (or text as a CSV) for `import`: exit 0 or 2, never a traceback."""
    with _scratch() as tmp:
        folder = Path(tmp)
        src = folder / ("in.csv" if as_csv else "in.jsonl")
        src.write_text("\n".join(lines) + "\n")
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(["import", str(src), "--store", str(folder / "st" / "newsdiff.json")])
        assert code in (0, 2)
        if code == 0:
            with Store(folder / "st" / "newsdiff.json") as store:
                for t in store.tags():  # what was stored is what a store may hold
                    assert t.created[:4].isdigit() and t.source in (
                        "human",
                        "suggestion",
                        "propagated",
                    )
