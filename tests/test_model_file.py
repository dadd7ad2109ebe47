"""The suggestion model's file: damaged, truncated or unreadable files are one line and
exit 2 in our own words (the app keeps the rules), and the file is written atomically
with the store's permissions."""

from __future__ import annotations

import io
import json
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdiff.cli import main
from newsdiff.core import durable
from newsdiff.meaning import model, model_cv, model_file
from newsdiff.meaning.suggest import model_rows
from newsdiff.tui.training import load_suggestions

from .test_model import _data

PROBE = "The report was a naff piece of work."


@pytest.fixture(scope="module")
def good() -> bytes:
    """The bytes of a model trained and saved as ``newsdiff train`` saves one."""
    texts, gold = _data()
    rows, rules = model_rows(texts * 2)
    fitted, measured = model_cv.train(rows, gold * 2, rules)
    assert measured.in_use  # 64 labels: the model beats the rules on the naff opinions
    fitted.meta = {**fitted.meta, "trained": "2026-12-03T17:52:10+0000", "annotator": "ana"}
    buf = io.BytesIO()
    meta = {**fitted.meta, "version": model.VERSION, "labels": fitted.labels}
    np.savez_compressed(
        buf,
        rows=fitted.rows,
        weights=fitted.weights.astype(np.float32),
        meta=np.frombuffer(json.dumps({**meta, "buckets": model.BUCKETS}).encode(), np.uint8),
    )
    return buf.getvalue()


def _archive(good: bytes, **change: Any) -> bytes:
    """``good`` with its description's fields replaced (``meta=`` replaces all of it),
    or an array replaced (``rows=``, ``weights=``)."""
    with np.load(io.BytesIO(good), allow_pickle=False) as data:
        parts = {k: data[k] for k in data.files}
    meta: Any = change.pop("meta") if "meta" in change else json.loads(parts["meta"].tobytes())
    parts.update({k: change.pop(k) for k in ("rows", "weights", "extra") if k in change})
    for key, value in change.items():
        if value is None:
            del meta[key]
        else:
            meta[key] = value
    parts["meta"] = np.frombuffer(json.dumps(meta).encode(), np.uint8)
    buf = io.BytesIO()
    np.savez(buf, **parts)
    return buf.getvalue()


#: Files that are not a model, each made from a good one.
DAMAGED: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda g: b"",
    "truncated": lambda g: g[: len(g) // 2],
    "one byte, not an archive": lambda g: b"x",
    "a plain .npy array": lambda g: _npy(),
    "description a list": lambda g: _archive(g, meta=[1, 2]),
    "no labels": lambda g: _archive(g, labels=None),
    "an unknown label": lambda g: _archive(g, labels=["fact", "bogus", "estimate", "opinion"]),
    "labels not a list": lambda g: _archive(g, labels="fact"),
    "a repeated label": lambda g: _archive(g, labels=["fact", "fact", "estimate", "opinion"]),
    "margin a word": lambda g: _archive(g, margin="x"),
    "margin NaN": lambda g: _archive(g, margin=float("nan")),
    "margin above 1": lambda g: _archive(g, margin=2),
    "in use a number": lambda g: _archive(g, in_use=1),
    "a figure above 1": lambda g: _archive(g, cv_rules_macro_f1=1.5),
    "an unknown unused label": lambda g: _archive(g, unused=["bogus"]),
    "trained a number": lambda g: _archive(g, trained=5),
    "counts a list": lambda g: _archive(g, counts=[1]),
    "no version": lambda g: _archive(g, version=None),
    "other buckets": lambda g: _archive(g, buckets=1024),
    "weights of another shape": lambda g: _archive(g, weights=np.zeros((3, 3), np.float32)),
    "weights not finite": lambda g: _archive(g, weights=_weights(g) * np.inf),
    "rows unsorted": lambda g: _archive(g, rows=_rows(g)[::-1].copy()),
    "rows out of range": lambda g: _archive(g, rows=_rows(g) + model.BUCKETS),
    "rows of text": lambda g: _archive(g, rows=_rows(g).astype(str)),
    "an extra array": lambda g: _archive(g, extra=np.zeros(2)),
}


def _npy() -> bytes:
    buf = io.BytesIO()
    np.save(buf, np.zeros(3))
    return buf.getvalue()


def _rows(g: bytes) -> Any:
    with np.load(io.BytesIO(g)) as data:
        return data["rows"]


def _weights(g: bytes) -> Any:
    with np.load(io.BytesIO(g)) as data:
        return data["weights"]


def _store_with(tmp_path: Path, content: bytes) -> tuple[Path, Path]:
    """A store path whose model file holds ``content``, and an article to suggest for."""
    store = tmp_path / "newsdiff.json"
    model_file.model_path(store).write_bytes(content)
    new = tmp_path / "new.txt"
    new.write_text(PROBE + "\n", encoding="utf-8")
    return store, new


def test_the_good_file_loads_and_suggests(
    good: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reference file the damaged ones are made from is itself accepted."""
    store, new = _store_with(tmp_path, good)
    assert main(["suggest", "--format", "json", "--store", str(store), str(new)]) == 0
    [s] = json.loads(capsys.readouterr().out)
    assert s["label"] == "opinion" and s["cues"][0]["kind"] == "model"


@pytest.mark.parametrize("kind", list(DAMAGED))
def test_a_damaged_model_is_one_line_in_our_words_and_exit_2(
    kind: str, good: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each kind of damaged model file: suggest prints one line naming the file and
    what to do (no traceback, no numpy advice about allow_pickle) and exits 2."""
    store, new = _store_with(tmp_path, DAMAGED[kind](good))
    assert main(["suggest", "--store", str(store), str(new)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    path = model_file.model_path(store)
    assert line.startswith(f"newsdiff: {path}: not a newsdiff model (damaged or truncated")
    assert line.endswith("; run 'newsdiff train' again")
    assert "pickle" not in line and "Error" not in line


@pytest.mark.parametrize("kind", list(DAMAGED))
def test_the_app_keeps_the_rules_for_a_damaged_model(
    kind: str, good: bytes, tmp_path: Path
) -> None:
    """What the app's loading thread runs: a damaged model gives no suggestions (the
    rules stay), never an exception in the thread."""
    store, _new = _store_with(tmp_path, DAMAGED[kind](good))
    assert load_suggestions(store, [PROBE])[0] is None
    model_file.model_path(store).write_bytes(good)
    loaded = load_suggestions(store, [PROBE])[0]
    assert loaded is not None and loaded[0][PROBE][0] == "opinion"


def test_an_older_version_is_named(
    good: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A model of version 1 is refused as such, not as a damaged file."""
    store, new = _store_with(tmp_path, _archive(good, version=1))
    assert main(["suggest", "--store", str(store), str(new)]) == 2
    assert capsys.readouterr().err == (
        f"newsdiff: {model_file.model_path(store)}: a model of version 1 (this newsdiff "
        "reads 3); run 'newsdiff train' again\n"
    )


def test_every_truncation_is_refused(good: bytes, tmp_path: Path) -> None:
    """A model cut short at any byte (a full disk, a copy interrupted) is a ModelError."""
    path = tmp_path / "m.model.npz"
    for n in range(0, len(good), 7):
        path.write_bytes(good[:n])
        with pytest.raises(model.ModelError, match="damaged or truncated"):
            model_file.load(path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_changed_bytes_give_a_model_or_a_model_error(good: bytes, data: st.DataObject) -> None:
    """Bytes changed anywhere in the file: load returns a model that suggests, or raises
    ModelError; nothing else escapes (zipfile, zlib, numpy's header parser)."""
    raw = bytearray(good)
    for _ in range(data.draw(st.integers(1, 4))):
        raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    with _temp_file(bytes(raw)) as path:
        try:
            loaded = model_file.load(path)
        except model.ModelError as err:
            assert "pickle" not in str(err)
            return
    rows, rules = model_rows([PROBE])
    assert len(loaded.predict(rows, rules)) == 1


@contextmanager
def _temp_file(content: bytes) -> Iterator[Path]:
    """A file holding ``content`` (hypothesis runs many examples in one test's tmp_path)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.model.npz"
        path.write_bytes(content)
        yield path


def test_an_unreadable_model_says_cannot_read(
    good: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model another account's umask left unreadable: "cannot read", one line, exit 2
    (the tests run as root, who reads anything, so the refusal is simulated)."""
    store, new = _store_with(tmp_path, good)
    path = model_file.model_path(store)

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert main(["suggest", "--store", str(store), str(new)]) == 2
    assert capsys.readouterr().err == (
        f"newsdiff: {path}: cannot read the model (Permission denied)\n"
    )


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_save_gives_the_usual_permissions(good: bytes, tmp_path: Path, umask: int) -> None:
    """The model file is 0666 less the umask, like the store's files (mkstemp's 0600
    kept a second annotator's account from reading it); no temporary file is left."""
    fitted = model_file.load(_write(tmp_path / "src.npz", good))
    path = tmp_path / "newsdiff.model.npz"
    old = os.umask(umask)
    try:
        model_file.save(fitted, path)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newsdiff.model.npz", "src.npz"]
    assert model_file.load(path).labels == fitted.labels


def test_save_is_durable(good: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """save fsyncs the new file before renaming it over the old one, then the folder."""
    fitted = model_file.load(_write(tmp_path / "src.npz", good))
    path = tmp_path / "newsdiff.model.npz"
    path.write_bytes(b"old")
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    def replace(src: str, dst: Path) -> None:
        events.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(durable.os, "fsync", fsync)
    monkeypatch.setattr(durable.os, "replace", replace)
    model_file.save(fitted, path)
    assert events == ["file", "rename", "folder"]
    assert model_file.load(path).labels == fitted.labels


def _write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path
