"""Issue 16, eleventh round: the functions data classes and named tuples compile at
import kept between runs (core/code_cache.py), and WordNet's synsets found from their
offsets (meaning/wordnet_files.py ``Synsets``)."""

from __future__ import annotations

import collections
import dataclasses
import marshal
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsdiff.core import code_cache
from newsdiff.meaning import lexicon, wordnet_files

from .conftest import SEED_A, SEED_B


@pytest.fixture
def clean(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process's cache emptied for the test, and put back after it."""
    monkeypatch.setattr(code_cache, "_codes", {})
    monkeypatch.setattr(code_cache, "_new", set())
    monkeypatch.setattr(code_cache, "_used", set())


def make_classes() -> tuple[Any, Any]:
    @dataclasses.dataclass(frozen=True, order=True)
    class Point:
        x: int
        y: int = 2
        label: str = "p"

    pair = collections.namedtuple("pair", "a b", defaults=(5,))  # noqa: PYI024
    return Point, pair


def test_data_classes_and_named_tuples_compile_through_it(clean: None) -> None:
    assert vars(dataclasses)["exec"] is code_cache._exec
    assert vars(collections)["eval"] is code_cache._eval
    point, pair = make_classes()
    assert {mode for mode, _text in code_cache._new} == {"exec", "eval"}
    p = point(1)
    assert p == point(1, 2, "p") and p < point(2) and hash(p) == hash(point(1))
    assert repr(p).endswith("Point(x=1, y=2, label='p')")
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3  # type: ignore[misc]
    assert pair(1) == (1, 5) and pair(1, b=2).b == 2


def test_code_from_the_file_is_what_compile_makes(tmp_path: Path, clean: None) -> None:
    path = str(tmp_path / "code.marshal")
    make_classes()
    texts = set(code_cache._new)
    assert code_cache.save(path)
    code_cache._codes.clear()
    code_cache._new.clear()
    assert code_cache.load(path) == len(texts)
    for mode, text in texts:
        assert code_cache._codes[mode, text] == compile(text, "<string>", mode, dont_inherit=True)
    point, pair = make_classes()  # nothing compiled again, the same classes
    assert not code_cache._new
    assert point(3) > point(1) and pair(0) == (0, 5)
    assert not code_cache.save(path)  # nothing new to write


def test_a_file_of_another_python_or_damaged_is_not_read(tmp_path: Path, clean: None) -> None:
    other = tmp_path / "other.marshal"
    text = ("eval", "lambda: 1")
    other.write_bytes(marshal.dumps(((0, "another Python"), {text: compile("2", "", "eval")})))
    assert code_cache.load(str(other)) == 0 and text not in code_cache._codes
    damaged = tmp_path / "damaged.marshal"
    damaged.write_bytes(b"\x00not marshal")
    assert code_cache.load(str(damaged)) == 0
    assert code_cache.load(str(tmp_path / "missing.marshal")) == 0
    assert eval(code_cache.compiled("1 + 1", "eval")) == 2


def test_nothing_is_written_where_python_writes_no_bytecode(
    clean: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    make_classes()
    assert code_cache._new and not code_cache.save()


def test_the_callers_namespaces_when_none_is_given(clean: None) -> None:
    here = 7  # noqa: F841  (read by the code below, as the built-in would)
    assert code_cache._eval("here * 2") == 14
    code_cache._exec("made = here + 1")
    assert "made" not in globals()


def test_a_diff_leaves_its_code_for_the_next_and_says_the_same(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)  # the bytecode and the code go there
    diff = [sys.executable, "-c", "from newsdiff.main import entry; entry()"]
    cmd = [*diff, "diff", "--format", "plain", str(SEED_A), str(SEED_B)]
    first = subprocess.run(cmd, capture_output=True, env=env, check=False)
    [written] = tmp_path.rglob("code.*.marshal")
    _header, entries = marshal.loads(written.read_bytes())
    assert len(entries) > 50  # the data classes' methods, the named tuples' __new__
    again = subprocess.run(cmd, capture_output=True, env=env, check=False)
    assert (again.returncode, again.stdout, again.stderr) == (
        first.returncode,
        first.stdout,
        first.stderr,
    )
    count = "import newsdiff.core.code_cache as c; print(c.LOADED)"
    loaded = subprocess.run([sys.executable, "-c", count], capture_output=True, env=env)
    assert int(loaded.stdout) == len(entries)


def _lines(path: Path) -> list[bytes]:
    return [line for line in path.read_bytes().split(b"\n") if line and line[:2] != b"  "]


@pytest.mark.parametrize("pos", ["n", "v", "a", "r"])
def test_every_synset_is_found_from_its_offset(pos: str) -> None:
    """Every line of a data file is found by its key, as a search of the whole window
    finds it; a key the file lacks is not; and the noun file's 15 MB need 235 samples
    (3,615 at 4 KB)."""
    path = lexicon.data_dir() / f"data.{lexicon.POS_FILES[pos]}"
    lines = _lines(path)
    found = lexicon._data(pos)
    for line in lines:
        assert found.find(line.split(b" ", 1)[0]) == line
    for missing in (b"00000000", b"00000001", b"99999999", b"1234", b"x"):
        assert found.find(missing) is None
    assert len(found._keys) <= path.stat().st_size // 65536 + 1


@pytest.mark.parametrize("gap", [3, 1000])
def test_a_data_file_laid_out_otherwise_is_searched_whole(tmp_path: Path, gap: int) -> None:
    """Keys that are no byte offsets (an edited file), growing slower or faster than
    the lines' positions: each found all the same (past the point its offset gives, or
    by the search of the whole window)."""
    path = tmp_path / "data.test"
    body = [b"  licence", *(b"%08d x %s" % (gap * i + 1, b"w" * (i % 37)) for i in range(4000))]
    path.write_bytes(b"\r\n".join(body) + b"\r\n")
    found = wordnet_files.Synsets(path)
    for line in body[1:]:
        assert found.find(line.split(b" ", 1)[0]) == line + b"\r"
    assert found.find(b"00000002") is None
