"""core/regex_cache.py: the compiled patterns a run leaves for the next are the ones
``re`` compiles, and nothing else is taken from the file."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from array import array
from pathlib import Path
from typing import Any

import pytest

from newsdiff.core import regex_cache

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

PATTERNS: list[tuple[str, int]] = [
    (r"\b(?:said|says|told\s+\w+)\b", re.IGNORECASE),
    (r"(?P<cur>[$£€])\s?(?P<num>\d++(?:[.,]\d++)*+)", 0),
    (r"(?<=[a-z]{2}[.!?])\s+(?=[\"“‘]?[A-Z])", 0),
    (r"[\u0600-\u06ff]+|[İıſK]", re.IGNORECASE),
    ("\n  (?P<ws>[ \\t]+)  # spaces\n  | (?P<word>\\w+)\n", re.VERBOSE),
    (r"^\s*(?:[-*•–]|\d+[.)])[ \t]+", re.MULTILINE),
    (r"a(?=b)|(?<!c)d", re.ASCII),
]
TEXT = "Officials SAID the $4.5 billion deal. “It fell,” Pisa İstanbul\n - 2) ok  abd"


def _fresh(pattern: str, flags: int) -> re.Pattern[str]:
    """The pattern as ``re`` compiles it, past its cache."""
    compiled: re.Pattern[str] = vars(re)["_compiler"].compile(pattern, flags)
    return compiled


@pytest.fixture
def clean(monkeypatch: pytest.MonkeyPatch) -> None:
    re.purge()
    monkeypatch.setattr(regex_cache, "_loaded", {})


def test_loaded_patterns_are_the_ones_re_compiles(tmp_path: Path, clean: None) -> None:
    path = str(tmp_path / "regex.marshal")
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)
    assert regex_cache.save(path)
    assert not regex_cache.save(path)  # nothing new since
    re.purge()
    regex_cache._loaded.clear()
    assert regex_cache.load(path) == len(PATTERNS)
    for pattern, flags in PATTERNS:
        seeded = re.compile(pattern, flags)
        assert seeded is vars(re)["_cache"][str, pattern, flags]  # re's own cache
        fresh = _fresh(pattern, flags)
        assert seeded == fresh  # flags, pattern and programme, word for word
        assert (seeded.groups, seeded.groupindex) == (fresh.groups, fresh.groupindex)
        found = [(m.span(), m.groupdict()) for m in seeded.finditer(TEXT)]
        assert found == [(m.span(), m.groupdict()) for m in fresh.finditer(TEXT)]


def _write(path: Path, content: Any) -> None:
    path.write_bytes(marshal.dumps(content))


def test_a_file_of_another_python_or_damaged_is_not_read(tmp_path: Path, clean: None) -> None:
    path = tmp_path / "regex.marshal"
    re.compile(*PATTERNS[1])
    assert regex_cache.save(str(path))
    header, entries = marshal.loads(path.read_bytes())
    other = (header[0], "3.99.0 (another build)", *header[2:])
    _write(path, (other, entries))
    re.purge()
    assert regex_cache.load(str(path)) == 0
    path.write_bytes(b"\x00not marshal")
    assert regex_cache.load(str(path)) == 0
    assert regex_cache.load(str(tmp_path / "missing")) == 0
    # A programme _sre would not run (a jump past its end) is refused, and re compiles
    # the pattern itself.
    (key, (flags, code, *rest)), *_ = entries.items()
    words = array(regex_cache._code_type(), code)
    words[-3] = 10**6
    _write(path, (header, {key: (flags, words.tobytes(), *rest)}))
    assert regex_cache.load(str(path)) == 0
    assert re.compile(*key) == _fresh(*key)


def test_nothing_is_written_where_python_writes_no_bytecode(
    clean: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    re.compile(*PATTERNS[0])
    assert not regex_cache.save()


def test_a_diff_leaves_its_patterns_for_the_next_and_says_the_same(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)  # the bytecode and the patterns go there
    diff = [sys.executable, "-c", "from newsdiff.main import entry; entry()"]
    cmd = [*diff, "diff", "--format", "plain", str(SEEDS[0]), str(SEEDS[1])]
    first = subprocess.run(cmd, capture_output=True, env=env, check=False)
    [written] = tmp_path.rglob("regex.*.marshal")
    _header, entries = marshal.loads(written.read_bytes())
    assert len(entries) > 100  # the cue families', segmenting's, argparse's ...
    again = subprocess.run(cmd, capture_output=True, env=env, check=False)
    assert (again.returncode, again.stdout, again.stderr) == (
        first.returncode,
        first.stdout,
        first.stderr,
    )
    count = "import newsdiff.core.regex_cache as r; print(r.LOADED)"
    loaded = subprocess.run([sys.executable, "-c", count], capture_output=True, env=env)
    assert int(loaded.stdout) == len(entries)
