"""The store: records, durability, concurrency, corrupt files, schema migrations."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.article import from_text
from newsdiff.core.sentences import split_sentences
from newsdiff.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Conflict,
    Store,
    StoreError,
    Tag,
    tag_for,
)
from newsdiff.store import files as store_mod

from .conftest import SEED_A

DATA = Path(__file__).parent / "data"
WRITER = Path(__file__).parent / "store_writer.py"
TEXT = "The army left the city. Officials said 300 died. It was a disaster.\nMore later."


#: Real chmod tests: as root they need setpriv to drop the override chmod is tested with.
NEEDS_REAL_PERMISSIONS = pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("setpriv") is None,
    reason="as root, only setpriv can drop the permission override chmod is tested with",
)


def _export_with_folder_mode(
    folder: Path, path: Path, mode: int
) -> subprocess.CompletedProcess[str]:
    """``newsdiff export`` in a real process while ``folder`` has ``mode``; as root, with
    the permission override dropped so that the mode really applies."""
    prefix = []
    if os.geteuid() == 0:
        caps = "-dac_override,-dac_read_search"
        prefix = ["setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}"]
    folder.chmod(mode)
    try:
        return subprocess.run(
            [*prefix, sys.executable, "-m", "newsdiff", "export", "--store", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        folder.chmod(0o755)


def make_tag(sentence: int = 0, annotator: str = "ana", label: str = "fact", **kw: object) -> Tag:
    art = from_text(TEXT, path="<text>")
    s = split_sentences(TEXT)[sentence]
    return replace(tag_for(art, s, label, annotator), **kw)  # type: ignore[arg-type]


def test_put_get_remove_roundtrip(tmp_path: Path) -> None:
    """A tag put is read back whole; a second put replaces it keeping `created`."""
    st = Store(tmp_path / "s.json")
    t = st.put(make_tag(1, note="check the toll", unsure=True))
    assert st.get(t.article_id, 1, "ana") == t
    again = st.put(make_tag(1, label="attribution", created="2000-01-01T00:00:00+00:00"))
    assert again.label == "attribution" and again.created == t.created
    assert [x.label for x in st.tags()] == ["attribution"]
    assert st.remove(t.article_id, 1, "ana") == again
    assert st.get(t.article_id, 1, "ana") is None and st.tags() == []


def test_put_refuses_bad_records(tmp_path: Path) -> None:
    """Unknown labels, bad ids and empty records never reach the disk."""
    st = Store(tmp_path / "s.json")
    for bad in (
        make_tag(label="rumour"),
        make_tag(article_id="../../etc"),
        make_tag(annotator=" "),
        make_tag(label=""),
        replace(make_tag(), sentence=-1),
    ):
        with pytest.raises(ValueError):
            st.put(bad)
    assert not st.exists


def test_put_and_remove_with_expect_are_compare_and_set(tmp_path: Path) -> None:
    """expect= writes only over the record given (times aside); another record, or one
    where none was expected, raises Conflict carrying the current one and writes nothing."""
    a, b = Store(tmp_path / "s.json"), Store(tmp_path / "s.json")
    seen = a.put(make_tag(1, label="fact"), expect=None)
    with pytest.raises(Conflict) as info:
        b.put(make_tag(1, label="opinion"), expect=None)  # someone tagged it first
    assert info.value.current == seen and isinstance(info.value, StoreError)
    # The same record with other times still matches: times are not what was decided.
    restamped = replace(seen, created="x", updated="y")
    mine = b.put(make_tag(1, label="estimate"), expect=restamped)
    with pytest.raises(Conflict) as info:
        a.put(make_tag(1, label="attribution"), expect=seen)  # a remembers "fact"
    assert info.value.current == mine and "sentence 1 by ana" in str(info.value)
    with pytest.raises(Conflict):
        a.remove(seen.article_id, 1, "ana", expect=seen)
    with pytest.raises(Conflict):
        a.remove(seen.article_id, 2, "ana", expect=seen)  # nothing there
    assert a.get(seen.article_id, 1, "ana") == mine
    assert a.remove(seen.article_id, 1, "ana", expect=mine) == mine
    assert a.remove(seen.article_id, 1, "ana", expect=None) is None
    with pytest.raises(Conflict):
        a.put(make_tag(1, note="x"), expect=mine)  # it was removed meanwhile
    assert a.tags() == []


def test_article_stamp_changes_with_every_write(tmp_path: Path) -> None:
    """The tag file's stamp is None before the first write and differs after each one,
    even a write of the same size by another Store."""
    a, b = Store(tmp_path / "s.json"), Store(tmp_path / "s.json")
    t = make_tag()
    assert a.article_stamp(t.article_id) is None
    stamps = [a.put(t) and a.article_stamp(t.article_id)]
    for note in ("aaaa", "bbbb"):
        b.put(make_tag(note=note))
        stamps.append(a.article_stamp(t.article_id))
    assert None not in stamps and len(set(stamps)) == 3
    assert stamps[1][0] == stamps[2][0]  # type: ignore[index]  # same size, still told apart


def test_note_only_record_and_annotate(tmp_path: Path) -> None:
    """A note or the unsure flag can sit on an untagged sentence; clearing all removes it."""
    st = Store(tmp_path / "s.json")
    art = from_text(TEXT, path="<text>")
    s = split_sentences(TEXT)[2]
    t = st.set_note(art, s, "ana", "is this opinion?")
    assert t is not None and t.label == "" and t.note == "is this opinion?"
    t = st.annotate(art, s, "ana", label="opinion")
    assert t is not None and (t.label, t.note) == ("opinion", "is this opinion?")
    t = st.set_unsure(art, s, "ana", True)
    assert t is not None and t.unsure and t.label == "opinion"
    assert st.annotate(art, s, "ana", label="", note="", unsure=False) is None
    assert st.tags() == []


def test_layout_one_file_per_article(tmp_path: Path) -> None:
    """Tags go to one TinyDB file per article; the main file holds index and schema."""
    st = Store(tmp_path / "s.json")
    t = st.put(make_tag())
    main = json.loads((tmp_path / "s.json").read_text())
    assert main["meta"]["1"]["schema"] == SCHEMA_VERSION
    index = json.loads((tmp_path / "s.index.json").read_text())
    assert [e["article_id"] for e in index["articles"].values()] == [t.article_id]
    art = json.loads((tmp_path / "s.tags" / f"{t.article_id}.json").read_text())
    assert list(art["tags"].values())[0]["label"] == "fact"


def test_state_is_durable_and_shared(tmp_path: Path) -> None:
    """The cursor saved by one Store is read by another; unchanged saves do not write."""
    a, b = Store(tmp_path / "s.json"), Store(tmp_path / "s.json")
    a.set_state("pair:x:y", {"cursor": 7, "side": "a"})
    assert b.get_state("pair:x:y") == {"key": "pair:x:y", "cursor": 7, "side": "a"}
    before = (tmp_path / "s.json").stat().st_mtime_ns
    time.sleep(0.01)
    a.set_state("pair:x:y", {"cursor": 7, "side": "a"})
    assert (tmp_path / "s.json").stat().st_mtime_ns == before
    with pytest.raises(ValueError):
        a.set_state("k", {"bad": object()})


def test_two_store_objects_see_each_others_writes(tmp_path: Path) -> None:
    """No cached view: a write through one Store is never undone by another's."""
    a, b = Store(tmp_path / "s.json"), Store(tmp_path / "s.json")
    a.put(make_tag(0, "ana"))
    b.put(make_tag(1, "ana"))
    a.put(make_tag(2, "bo"))
    assert {(t.sentence, t.annotator) for t in b.tags()} == {(0, "ana"), (1, "ana"), (2, "bo")}


def test_written_files_keep_a_readable_mode(tmp_path: Path) -> None:
    """Atomic writes go through mkstemp (0600); the store file must not become private."""
    st = Store(tmp_path / "s.json")
    t = st.put(make_tag())
    old = os.umask(0o022)
    os.umask(old)
    want = 0o666 & ~old
    assert (tmp_path / "s.json").stat().st_mode & 0o777 == want
    assert (tmp_path / "s.tags" / f"{t.article_id}.json").stat().st_mode & 0o777 == want


def _run_writer(store: Path, annotator: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(store), annotator, *extra],
        stdout=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("second", ["ana", "bo"])
def test_two_writer_processes_lose_nothing(tmp_path: Path, second: str) -> None:
    """Two processes writing at once, same or different annotators: every tag is kept."""
    path = tmp_path / "s.json"
    start = f"{time.time() + 0.4:.3f}"
    # Same annotator: different sentences. Different annotators: the same sentences.
    first_sentence = "1000" if second == "ana" else "0"
    procs = [
        _run_writer(path, "ana", "--count", "150", "--start-at", start, "--state-every", "7"),
        _run_writer(
            path,
            second,
            "--count",
            "150",
            "--start-at",
            start,
            "--first-sentence",
            first_sentence,
            "--state-every",
            "5",
        ),
    ]
    acked = []
    for p in procs:
        out, _ = p.communicate(timeout=60)
        assert p.returncode == 0
        acked += [ln.split() for ln in out.splitlines() if ln.startswith("tag ")]
    assert len(acked) == 300
    st = Store(path)
    got = {(t.article_id, t.sentence, t.annotator): t.label for t in st.tags()}
    assert len(got) == 300
    for _, aid, sentence, who, label in acked:
        assert got[(aid, int(sentence), who)] == label
    assert st.get_state("cursor-ana") is not None


# ---------------------------------------------------------------------------------------
# Corrupt or unreadable stores: a clear one-line error, the file left byte for byte.

VALID = json.dumps(
    {
        "meta": {"1": {"schema": 2}},
        "articles": {"1": {"article_id": "abc", "paths": [], "names": []}},
        "state": {"1": {"key": "pair", "cursor": 3}},
    }
).encode()

CORRUPT = {
    "truncated": VALID[: len(VALID) // 2],
    "garbage": b"\x00\xffPK\x03\x04 not json at all",
    "text": b"hello, I am not a store\n",
    "empty": b"",
    "json-list": b"[1, 2, 3]",
    "table-not-object": b'{"meta": {"1": {"schema": 2}}, "articles": [1, 2]}',
    "schema-not-int": b'{"meta": {"1": {"schema": "two"}}}',
    "foreign-tinydb": b'{"_default": {"1": {"name": "John"}}}',
    "bad-tag-v1": b'{"meta": {"1": {"schema": 1}}, "tags": {"1": {"label": 3}}}',
    "newer-schema": b'{"meta": {"1": {"schema": 99}}, "articles": {}}',
}


def _one_line_naming(err: str, path: Path) -> None:
    assert str(path) in err
    assert "\n" not in err.strip()
    assert "Traceback" not in err


@pytest.mark.parametrize("case", sorted(CORRUPT))
def test_corrupt_store_is_refused_and_left_alone(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each kind of damage: StoreError naming the path, CLI exit 2, bytes unchanged."""
    path = tmp_path / "newsdiff.json"
    path.write_bytes(CORRUPT[case])
    with pytest.raises(StoreError) as info:
        Store(path)
    _one_line_naming(str(info.value), path)
    for argv in (
        ["tag", str(SEED_A), "1", "fact", "--store", str(path)],
        ["sentences", str(SEED_A), "--store", str(path)],
        ["export", "--store", str(path)],
    ):
        assert main(argv) == 2
        err = capsys.readouterr().err
        _one_line_naming(err, path)
    assert path.read_bytes() == CORRUPT[case]
    assert sorted(os.listdir(tmp_path)) == ["newsdiff.json"]  # nothing written beside it


def test_store_path_that_is_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory where the store file should be: refused, not written into."""
    path = tmp_path / "newsdiff.json"
    path.mkdir()
    with pytest.raises(StoreError, match="is a directory"):
        Store(path)
    assert main(["tag", str(SEED_A), "1", "fact", "--store", str(path)]) == 2
    _one_line_naming(capsys.readouterr().err, path)
    assert os.listdir(path) == []


def test_store_permission_denied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unreadable store: a clear error. As root chmod does not stop reads, so the
    denial is simulated at os.open, the call the store reads through."""
    path = tmp_path / "newsdiff.json"
    path.write_bytes(VALID)
    path.chmod(0)
    if os.geteuid() == 0:
        real_open = os.open

        def deny(p: object, *a: object, **k: object) -> int:
            if os.fspath(p) == str(path):  # type: ignore[arg-type]
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(p, *a, **k)  # type: ignore[arg-type]

        monkeypatch.setattr(store_mod.os, "open", deny)
    try:
        with pytest.raises(StoreError, match="permission denied"):
            Store(path)
        assert main(["tag", str(SEED_A), "1", "fact", "--store", str(path)]) == 2
        _one_line_naming(capsys.readouterr().err, path)
    finally:
        path.chmod(0o644)
    assert path.read_bytes() == VALID


def test_corrupt_article_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Damage in one article's tag file: reading that article fails loudly, file kept."""
    path = tmp_path / "newsdiff.json"
    st = Store(path)
    t = st.put(make_tag())
    tag_file = tmp_path / "newsdiff.tags" / f"{t.article_id}.json"
    damaged = tag_file.read_bytes()[:-20]
    tag_file.write_bytes(damaged)
    with pytest.raises(StoreError) as info:
        st.tags(t.article_id)
    _one_line_naming(str(info.value), tag_file)
    with pytest.raises(StoreError):
        st.put(make_tag(2))
    assert main(["export", "--store", str(path)]) == 2
    _one_line_naming(capsys.readouterr().err, tag_file)
    assert tag_file.read_bytes() == damaged


# ---------------------------------------------------------------------------------------
# Schema versions


def test_migrations_cover_every_older_version() -> None:
    """The migration table has one step from each version to the next."""
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))


@pytest.mark.parametrize("version", [0, 1])
def test_old_store_is_upgraded_with_a_backup(tmp_path: Path, version: int) -> None:
    """A v0 or v1 store opens as the current schema, every tag and the state kept."""
    src = DATA / f"store_v{version}.json"
    path = tmp_path / "newsdiff.json"
    shutil.copy(src, path)
    st = Store(path)
    tags = st.tags()
    assert len(tags) == 4
    assert {(t.sentence, t.annotator, t.label) for t in tags} == {
        (0, "ana", "fact"),
        (1, "ana", "attribution"),
        (1, "bo", "opinion"),
        (0, "ana", "estimate"),
    }
    assert len({t.article_id for t in tags}) == 2
    if version == 1:
        noted = [t for t in tags if t.note]
        assert [(t.note, t.unsure) for t in noted] == [("check the source", True)]
        assert st.get_state("pair:a:b") == {"key": "pair:a:b", "cursor": 5}
    else:
        assert all(t.source == "human" and t.note == "" and not t.unsure for t in tags)
    assert json.loads(path.read_text())["meta"]["1"]["schema"] == SCHEMA_VERSION
    assert (tmp_path / f"newsdiff.v{version}.bak.json").read_bytes() == src.read_bytes()
    # A second open is a no-op.
    assert Store(path).tags() == tags


def test_v0_records_get_the_old_files_time_not_empty_times(tmp_path: Path) -> None:
    """v0 had no times: the upgrade gives created and updated the old main file's
    modification time (no tag in it is younger), never "", in the store and in export."""
    path = tmp_path / "newsdiff.json"
    shutil.copy(DATA / "store_v0.json", path)
    written = 1_767_225_600  # 2026-01-01T00:00:00Z
    os.utime(path, (written, written))
    tags = Store(path).tags()
    assert {(t.created, t.updated) for t in tags} == {
        ("2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00+00:00")
    }


def _v1_store(folder: Path, relative: str, article_id: str, text: str) -> Path:
    """A v1 store (paths as typed, relative) with one tag on the first sentence of text."""
    s = split_sentences(text)[0]
    doc = {
        "article_id": article_id, "article": relative, "sentence": 0, "start": s.start,
        "end": s.end, "text": s.text, "label": "fact", "annotator": "ana", "note": "",
        "unsure": False, "source": "human", "created": "2026-01-02T03:04:05+00:00",
        "updated": "2026-01-02T03:04:05+00:00",
    }  # fmt: skip
    path = folder / "annotations" / "newsdiff.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"meta": {"1": {"schema": 1}}, "tags": {"1": doc}}))
    return path


def test_upgrade_resolves_relative_article_paths_where_the_file_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Old records named files as typed. The upgrade makes each an absolute path where
    the file still holds the article: beside the store's folder (the fixtures' old/a.txt
    and old/b.txt), else in the working folder; a same-named file with other text, or
    none, leaves the path as recorded, and the index then lists only its name."""
    base = tmp_path / "proj"
    (base / "old").mkdir(parents=True)
    path = base / "annotations" / "newsdiff.json"
    path.parent.mkdir()
    shutil.copy(DATA / "store_v1.json", path)
    (base / "old" / "a.txt").write_text("The army left the city. Officials said 300 died.\n")
    (base / "old" / "b.txt").write_text("Something else entirely was written here.\n")
    elsewhere = tmp_path / "cwd"
    (elsewhere / "old").mkdir(parents=True)
    (elsewhere / "old" / "b.txt").write_text("As many as 300 may have died.\n")
    monkeypatch.chdir(elsewhere)
    st = Store(path)
    where = {t.text: t.article for t in st.tags()}
    assert where["The army left the city."] == str((base / "old" / "a.txt").resolve())
    assert where["As many as 300 may have died."] == str((elsewhere / "old" / "b.txt").resolve())
    index = {e["article_id"]: e for e in st.articles()}
    assert index["ca978112ca1bbdca"]["paths"] == [str((base / "old" / "a.txt").resolve())]

    lost = _v1_store(tmp_path / "lost", "gone/c.txt", "0123456789abcdef", "Nobody knows.")
    st = Store(lost)
    assert [t.article for t in st.tags()] == ["gone/c.txt"]
    assert st.articles()[0]["paths"] == [] and st.articles()[0]["names"] == ["c.txt"]


def test_a_relative_record_takes_the_path_of_the_file_it_is_opened_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An old record whose file was not found on upgrade names it as soon as the article
    is opened from a file holding its sentence (here: the same text, so the same id)."""
    text = "The army left the city. Officials said 300 died.\n"
    art = from_text(text, "x")
    path = _v1_store(tmp_path / "p", "c.txt", art.id, text)
    st = Store(path)
    assert [t.article for t in st.tags()] == ["c.txt"]
    found = tmp_path / "later" / "c.txt"
    found.parent.mkdir()
    found.write_text(text)
    from newsdiff.core.article import load

    opened = load(str(found))
    assert opened.id == art.id
    tags = st.article_tags(opened, split_sentences(opened.text))
    assert [t.article for t in tags] == [str(found.resolve())]
    assert [t.article for t in Store(path).tags()] == [str(found.resolve())]


def _deny_writes_in(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A read-only folder, as root cannot have one: creating anything in it fails."""
    real_mkdir, real_open = os.mkdir, os.open
    inside = str(folder) + os.sep

    def mkdir(p: object, *a: object, **k: object) -> None:
        if os.fspath(p).startswith(inside):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", os.fspath(p))  # type: ignore[call-overload]
        real_mkdir(p, *a, **k)  # type: ignore[arg-type]

    def open_(p: object, flags: int, *a: object, **k: object) -> int:
        if os.fspath(p).startswith(inside) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", os.fspath(p))  # type: ignore[call-overload]
        return real_open(p, flags, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(store_mod.os, "mkdir", mkdir)
    monkeypatch.setattr(store_mod.os, "open", open_)


def test_old_store_in_a_read_only_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A v1 store whose folder cannot be written: export, agree, orphans and sentences
    work from an upgrade made in memory, with one note on stderr; tag says in one line
    that the upgrade must write and cannot; nothing in the folder changes."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "newsdiff.json"
    shutil.copy(DATA / "store_v1.json", path)
    before = _snapshot(folder)
    _deny_writes_in(folder, monkeypatch)
    note = (
        f"newsdiff: {path}: store schema 1 upgraded in memory only, its folder cannot be "
        "written (permission denied); read as it is, nothing was changed\n"
    )
    assert main(["export", "--store", str(path)]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 4 and err == note
    assert main(["agree", "--store", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "Items (sentences labelled by 2+ annotators): 1" in out and err == note
    for argv in (["orphans"], ["sentences", str(SEED_A)]):
        assert main([*argv, "--store", str(path)]) == 0
        assert capsys.readouterr().err == note
    assert main(["tag", str(SEED_A), "1", "fact", "--store", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"newsdiff: {path}: store schema 1 must be ")
    assert f"cannot write in {folder} (permission denied)" in err
    with pytest.raises(StoreError, match="upgraded in memory only"):
        Store(path, read_only_upgrade=True).put(make_tag())
    monkeypatch.undo()
    assert _snapshot(folder) == before


@NEEDS_REAL_PERMISSIONS
def test_old_store_in_a_read_only_folder_real_process(tmp_path: Path) -> None:
    """The same with a real chmod 555 and a real process: export works and says so."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "newsdiff.json"
    shutil.copy(DATA / "store_v1.json", path)
    proc = _export_with_folder_mode(folder, path, 0o555)
    assert proc.returncode == 0, proc.stderr
    assert len(proc.stdout.splitlines()) == 4 and "upgraded in memory only" in proc.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["newsdiff.json"]


def test_lost_index_is_rebuilt_and_lost_main_file_keeps_tags(tmp_path: Path) -> None:
    """The index is derived data: if it disappears it is rebuilt from the tag files. If
    the main file disappears only the cursor state goes; the tags are all there."""
    path = tmp_path / "s.json"
    st = Store(path)
    t = st.put(make_tag(article="/tmp/somewhere/a.txt"))
    (tmp_path / "s.index.json").unlink()
    st2 = Store(path)
    assert st2.tags() == [t]
    assert [e["article_id"] for e in st2.articles()] == [t.article_id]
    assert st2.articles()[0]["paths"] == [os.path.realpath("/tmp/somewhere/a.txt")]
    path.unlink()
    assert Store(path).tags() == [t]


def test_corrupt_index_is_refused_at_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A damaged index file stops the store at open (never rebuilt over, never shown
    empty), with the index's path in the one-line message."""
    path = tmp_path / "s.json"
    Store(path).put(make_tag())
    index = tmp_path / "s.index.json"
    index.write_bytes(b'{"articles": {"1": {"article_id": 5}}}')
    with pytest.raises(StoreError) as info:
        Store(path)
    _one_line_naming(str(info.value), index)
    assert main(["sentences", str(SEED_A), "--store", str(path)]) == 2
    _one_line_naming(capsys.readouterr().err, index)
    assert index.read_bytes() == b'{"articles": {"1": {"article_id": 5}}}'


def test_stale_temp_files_are_swept(tmp_path: Path) -> None:
    """Temp files left by a killed writer are removed the next time the store opens."""
    path = tmp_path / "s.json"
    t = Store(path).put(make_tag())
    stale = [tmp_path / ".s.json.abc123.tmp", tmp_path / "s.tags" / f".{t.article_id}.json.x.tmp"]
    for p in stale:
        p.write_text("{")
    Store(path)
    assert not any(p.exists() for p in stale)


def test_disagreements_api(tmp_path: Path) -> None:
    """The app's jump-to-disagreement data: sentences with differing own labels (typed or
    accepted, as agree counts them); a carried label is not one."""
    st = Store(tmp_path / "s.json")
    st.put(make_tag(0, "ana", "fact"))
    st.put(make_tag(0, "bo", "opinion"))
    st.put(make_tag(1, "ana", "fact"))
    st.put(make_tag(1, "bo", "fact"))
    st.put(make_tag(2, "ana", "fact"))
    st.put(make_tag(2, "bot", "opinion", source="suggestion"))
    st.put(make_tag(3, "ana", "fact"))
    st.put(make_tag(3, "bo", "opinion", source="propagated"))
    aid = make_tag().article_id
    assert st.disagreements(aid) == {
        0: {"ana": "fact", "bo": "opinion"},
        2: {"ana": "fact", "bot": "opinion"},
    }


def test_unknown_label_in_a_tag_file_is_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tag file whose record has a label newsdiff does not know is refused, not read."""
    path = tmp_path / "newsdiff.json"
    t = Store(path).put(make_tag())
    tag_file = tmp_path / "newsdiff.tags" / f"{t.article_id}.json"
    bogus = tag_file.read_bytes().replace(b'"label": "fact"', b'"label": "bogus"')
    assert b"bogus" in bogus
    tag_file.write_bytes(bogus)
    with pytest.raises(StoreError, match="unknown label 'bogus'") as info:
        Store(path).tags()
    _one_line_naming(str(info.value), tag_file)
    assert main(["export", "--store", str(path)]) == 2
    _one_line_naming(capsys.readouterr().err, tag_file)
    assert tag_file.read_bytes() == bogus


def test_truncated_string_message_reads_right(tmp_path: Path) -> None:
    """json's "Unterminated string starting at" is not followed by a second "at"."""
    path = tmp_path / "newsdiff.json"
    path.write_bytes(b'{"meta": {"1": {"schema": 2}}, "state": {"1": {"key": "pai')
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "at at" not in str(info.value)
    assert "Unterminated string starting at line 1 column" in str(info.value)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_unsearchable_store_folder_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """chmod 000 on the folder holding the store: every command and the app say so in one
    line naming the folder, exit 2, nothing touched. As root chmod does not stop stat, so
    the denial is simulated at os.stat for paths inside the folder."""
    from newsdiff.tui.app import launch

    folder = tmp_path / "st"
    path = folder / "newsdiff.json"
    Store(path).put(make_tag())
    before = _snapshot(folder)
    real_stat = os.stat

    def deny(p: object, *a: object, **k: object) -> os.stat_result:
        if os.fspath(p).startswith(str(folder) + os.sep):  # type: ignore[call-overload]
            raise PermissionError(13, "Permission denied", os.fspath(p))  # type: ignore[call-overload]
        return real_stat(p, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(store_mod.os, "stat", deny)
    with pytest.raises(StoreError, match="permission denied") as info:
        Store(path)
    assert str(info.value) == f"{folder}: permission denied, cannot open the store folder"
    for argv in (
        ["tag", str(SEED_A), "1", "fact"],
        ["sentences", str(SEED_A)],
        ["export"],
        ["orphans"],
        ["agree"],
    ):
        assert main([*argv, "--store", str(path)]) == 2
        err = capsys.readouterr().err
        assert err == f"newsdiff: {folder}: permission denied, cannot open the store folder\n"
    assert launch(str(SEED_A), str(SEED_A), store=path) == 2
    assert capsys.readouterr().err.count("\n") == 1
    monkeypatch.undo()
    assert _snapshot(folder) == before


@NEEDS_REAL_PERMISSIONS
def test_unsearchable_store_folder_real_process(tmp_path: Path) -> None:
    """The same with a real chmod 000 and a real process (root drops DAC override)."""
    folder = tmp_path / "st"
    path = folder / "newsdiff.json"
    Store(path).put(make_tag())
    before = _snapshot(folder)
    proc = _export_with_folder_mode(folder, path, 0)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr == f"newsdiff: {folder}: permission denied, cannot open the store folder\n"
    assert _snapshot(folder) == before
