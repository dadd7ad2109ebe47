from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsdiff.cli import build_parser, command_names, main
from newsdiff.core import article

from .conftest import SEED_A, SEED_B, run_cli

run = run_cli


def one_line_error(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("newsdiff: ")
    assert "Traceback" not in err
    for f in fragments:
        assert f in lines[0]


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    p = tmp_path / "ok.txt"
    p.write_text("One sentence here. Another one there.\n", encoding="utf-8")
    return p


# --- bad input -----------------------------------------------------------------------


def test_missing_file(capsys, text_file, tmp_path):
    """A missing file: one line naming it, exit 2."""
    missing = tmp_path / "nope.txt"
    code, out, err = run(capsys, "diff", str(missing), str(text_file))
    assert code == 2 and out == ""
    one_line_error(err, str(missing), "no such file")


def test_directory(capsys, text_file, tmp_path):
    """A directory instead of a file: exit 2."""
    code, _, err = run(capsys, "diff", str(text_file), str(tmp_path))
    assert code == 2
    one_line_error(err, str(tmp_path), "directory")


def test_binary(capsys, text_file, tmp_path):
    """A file with NUL bytes is refused as binary."""
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, _, err = run(capsys, "report", str(binary), str(text_file))
    assert code == 2
    one_line_error(err, str(binary), "binary")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t "])
def test_empty(capsys, text_file, tmp_path, content):
    """Empty or whitespace-only input is refused."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    code, _, err = run(capsys, "diff", str(empty), str(text_file))
    assert code == 2
    one_line_error(err, str(empty), "empty")


def test_unreadable_via_oserror(capsys, text_file, monkeypatch):
    """A read that fails with EACCES (as for an unreadable file) is one line, exit 2."""
    real_open = open

    def fake_open(path, *a, **kw):
        if str(path) == str(text_file) and "b" in (a[0] if a else kw.get("mode", "")):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *a, **kw)

    monkeypatch.setattr("builtins.open", fake_open)
    code, _, err = run(capsys, "diff", str(text_file), str(SEED_B))
    assert code == 2
    one_line_error(err, str(text_file), "permission denied")


def test_too_large(capsys, text_file, tmp_path, monkeypatch):
    """Input above the size limit fails with a clear message, not a slow death; sizes
    are said in units that show them (not "0.0 MB" for a small limit)."""
    monkeypatch.setenv("NEWSDIFF_MAX_BYTES", "1000")
    big = tmp_path / "big.txt"
    big.write_text("Word soup. " * 200, encoding="utf-8")
    code, _, err = run(capsys, "diff", str(big), str(text_file))
    assert code == 2
    one_line_error(err, str(big), "too large", "NEWSDIFF_MAX_BYTES")
    assert "(2.1 KB; the limit is 1000 bytes;" in err
    monkeypatch.setenv("NEWSDIFF_MAX_BYTES", "2199")  # both round to 2.1 KB: say bytes
    code, _, err = run(capsys, "diff", str(big), str(text_file))
    assert code == 2 and "(2,200 bytes; the limit is 2,199 bytes;" in err
    with pytest.raises(article.InputError, match=r"over the limit, which is 2.1 KB"):
        article.load("-", stdin=io.BytesIO(big.read_bytes()))  # a pipe: no size up front


def test_format_size_uses_bytes_kb_and_mb():
    """Sizes read as people write them: bytes below a KB, one decimal where it shows."""
    assert [article.format_size(n) for n in (1, 100, 1024, 1536, 8 * 1024 * 1024, 9_500_000)] == [
        "1 byte",
        "100 bytes",
        "1 KB",
        "1.5 KB",
        "8 MB",
        "9.1 MB",
    ]


@pytest.mark.parametrize("value", ["abc", "-5", "0", "1.5"])
def test_bad_max_bytes_setting_is_one_line_naming_it(capsys, text_file, monkeypatch, value):
    """A NEWSDIFF_MAX_BYTES that is no size: one line naming the variable, exit 2."""
    monkeypatch.setenv("NEWSDIFF_MAX_BYTES", value)
    code, out, err = run(capsys, "diff", str(text_file), str(text_file))
    assert code == 2 and out == ""
    one_line_error(err, "NEWSDIFF_MAX_BYTES", repr(value))
    assert main(["export"]) == 2  # every command, even one that may read no article
    one_line_error(capsys.readouterr().err, "NEWSDIFF_MAX_BYTES")


def test_bad_max_bytes_setting_in_a_real_process(text_file):
    """No traceback from the entry point (the value used to be parsed at import)."""
    proc = subprocess.run(
        [sys.executable, "-m", "newsdiff", "diff", str(text_file), str(text_file)],
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSDIFF_MAX_BYTES": "abc"},
        timeout=60,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr == (
        "newsdiff: NEWSDIFF_MAX_BYTES: 'abc' is not a size in bytes (a whole number above 0; "
        "the default is 8388608, 8 MB)\n"
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_with_a_bom_are_decoded_and_said(capsys, tmp_path, encoding):
    """Text saved by Python as UTF-16 (or UTF-32) with a byte-order mark reads as the same
    article as its UTF-8 copy, and stderr says how it was decoded."""
    text = "The official said it was \u201chasty\u201d \u2013 very.\nMore later.\n"
    wide = tmp_path / "wide.txt"
    if encoding == "utf-16-le":
        wide.write_text(text, encoding="utf-16")  # Python's own: BOM, then little-endian
        assert wide.read_bytes()[:2] == b"\xff\xfe"
    else:
        wide.write_bytes(("\ufeff" + text).encode(encoding))
    plain = tmp_path / "plain.txt"
    plain.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "diff", "--format", "json", str(wide), str(plain))
    assert code == 0, err
    data = json.loads(out)
    assert data["a"]["encoding"] == encoding and data["a"]["id"] == data["b"]["id"]
    assert err.count("\n") == 1 and str(wide) in err and "byte-order mark" in err
    assert "binary" not in err


def test_a_bom_does_not_let_binary_through(capsys, tmp_path):
    """NUL characters after a UTF-16 byte-order mark, or bytes that are no UTF-16, are
    still refused."""
    for name, data in (
        ("nul.txt", b"\xff\xfeA\x00\x00\x00B\x00"),
        ("odd.txt", b"\xfe\xff\x00A\x00"),
    ):
        f = tmp_path / name
        f.write_bytes(data)
        code, _, err = run(capsys, "diff", str(f), str(f))
        assert code == 2
        one_line_error(err, str(f))


def test_cp1252_is_decoded_and_said(capsys, tmp_path):
    """Non-UTF-8 input is decoded as cp1252 with a note on stderr; the diff still runs."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_bytes("The official said it was \u201chasty\u201d \u2013 very.".encode("cp1252"))
    b.write_text("The official said it was \u201chasty\u201d \u2013 very.", encoding="utf-8")
    code, out, err = run(capsys, "diff", "--format", "plain", str(a), str(b))
    assert code == 0
    assert "decoded as cp1252" in err and str(a) in err
    assert "\u201chasty\u201d" in out


def test_bom_and_crlf(capsys, tmp_path):
    """A UTF-8 BOM and CRLF line ends make no difference to the comparison."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_bytes(b"\xef\xbb\xbfFirst line.\r\nSecond line here.\r\n")
    b.write_bytes(b"First line.\nSecond line here.\n")
    code, out, err = run(capsys, "diff", "--format", "json", str(a), str(b))
    assert code == 0, out
    data = json.loads(out)
    assert data["a"]["id"] == data["b"]["id"]
    assert err == ""


def test_both_stdin_refused(capsys):
    """'-' may stand for only one side."""
    code, _, err = run(capsys, "diff", "-", "-")
    assert code == 2
    one_line_error(err, "standard input")


def test_stdin_side():
    """'-' reads one article from standard input."""
    proc = subprocess.run(
        [sys.executable, "-m", "newsdiff", "diff", "--format", "plain", "-", str(SEED_B)],
        input=SEED_B.read_bytes(),
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().startswith("  ")


def test_no_traceback_in_real_process(tmp_path):
    """Through a real process, a bad input gives exit 2 and one stderr line."""
    proc = subprocess.run(
        [sys.executable, "-m", "newsdiff", "diff", str(tmp_path / "x.txt"), str(SEED_B)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    one_line_error(proc.stderr, "no such file")


# --- output --------------------------------------------------------------------------


def test_exit_status_like_diff(capsys, text_file, tmp_path):
    """0 for no differences after normalisation, 1 for differences."""
    same = tmp_path / "same.txt"
    same.write_text("One  sentence here.\n\nAnother one\u00a0there.", encoding="utf-8")
    assert run(capsys, "diff", str(text_file), str(same))[0] == 0
    assert run(capsys, "diff", str(SEED_A), str(SEED_B))[0] == 1


def test_json_laws_on_seeds(capsys):
    """Every sentence in exactly one row; ops reassemble each row's two sides."""
    code, out, _ = run(capsys, "diff", "--format", "json", str(SEED_A), str(SEED_B))
    assert code == 1
    data = json.loads(out)
    sa, sb = data["a"]["sentences"], data["b"]["sentences"]
    text_a = SEED_A.read_text(encoding="utf-8")
    for s in sa:
        assert text_a[s["start"] : s["end"]] == s["text"]
    assert sorted(i for r in data["rows"] for i in r["a"]) == list(range(len(sa)))
    assert sorted(j for r in data["rows"] for j in r["b"]) == list(range(len(sb)))
    for r in data["rows"]:
        assert r["kind"] in ("equal", "changed", "added", "removed", "moved")
        side_a = " ".join(sa[i]["text"] for i in r["a"])
        side_b = " ".join(sb[j]["text"] for j in r["b"])
        assert "".join(t for op, t in r["ops"] if op in ("equal", "delete")) == side_a
        assert "".join(t for op, t in r["ops"] if op in ("equal", "insert")) == side_b
        assert all(op in ("equal", "delete", "insert") for op, _ in r["ops"])
    assert set(data["stats"]["rows"]) == {"equal", "changed", "added", "removed", "moved", "weak"}


def test_plain_is_wdiff_style(capsys):
    """Plain output marks deletions [-...-] and insertions {+...+}, no colour codes."""
    code, out, _ = run(capsys, "diff", "--format", "plain", str(SEED_A), str(SEED_B))
    assert code == 1
    assert "[-actually deserted-]{+abandoned+}" in out
    assert "\x1b[" not in out


def test_rich_fits_width(capsys):
    """Rich output wraps to the requested width."""
    code, out, _ = run(capsys, "diff", "--width", "80", str(SEED_A), str(SEED_B))
    assert code == 1
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "000_bffa4cee5f922f5d.txt" in out


def test_report_finds_spin(capsys):
    """report: reuse shares, rows by kind, and deserted -> abandoned among substitutions."""
    code, out, _ = run(capsys, "report", "--format", "json", str(SEED_A), str(SEED_B))
    assert code == 1
    rep = json.loads(out)
    assert 0 < rep["reuse"]["a"] < rep["reuse"]["b"] < 1
    assert set(rep["rows"]) == {"equal", "changed", "added", "removed", "moved", "weak"}
    subs = {(s["a"], s["b"]): s["count"] for s in rep["substitutions"]}
    assert subs[("deserted", "abandoned")] >= 1
    counts = [s["count"] for s in rep["substitutions"]]
    assert counts == sorted(counts, reverse=True)


def test_report_text(capsys):
    """The text report names both files and lists substitutions."""
    code, out, _ = run(capsys, "report", str(SEED_A), str(SEED_B))
    assert code == 1
    assert "Reused word for word" in out and "deserted" in out


def test_every_command_has_help_with_example(capsys):
    """Each subcommand's --help exits 0 and shows an example."""
    names = command_names(build_parser())
    assert {"diff", "report"} <= names
    for name in sorted(names):
        with pytest.raises(SystemExit) as exc:
            main([name, "--help"])
        assert exc.value.code == 0
        out = capsys.readouterr().out
        assert "Example" in out and f"newsdiff {name}" in out, name
