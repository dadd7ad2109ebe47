"""Review r24a finding 3: UTF-16 without a byte-order mark, and ``report --only`` with
no row to keep."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import cli_captured

#: The first sentence of the reviewer's hostile/peru_utf16le_nobom.txt (abc_011's story).
PERU = (
    "Perú began two days of national mourning for more than 220 persons who died in a "
    "fire which destroyed a part of the centré of Lima.\n"
    "Officials said the fire started in a fireworks shop.\n"
)


@pytest.mark.parametrize(
    ("encoding", "name"), [("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")]
)
def test_utf16_without_a_bom_is_read_with_a_note(tmp_path: Path, encoding: str, name: str) -> None:
    """hostile/peru_utf16le_nobom.txt said `binary file (contains NUL bytes), expected
    text`: it is read as its BOM twin is, with one line that says how, as cp1252 is."""
    bare, marked, plain = tmp_path / "bare.txt", tmp_path / "bom.txt", tmp_path / "utf8.txt"
    bare.write_bytes(PERU.encode(encoding))
    marked.write_bytes(PERU.encode("utf-16"))
    plain.write_text(PERU, encoding="utf-8")
    code, out, err = cli_captured("sentences", str(bare))
    assert code == 0
    assert err == (
        f"newsdiff: {bare}: not valid UTF-8, decoded as UTF-16 ({name}) "
        "(guessed from its bytes: no byte-order mark)\n"
    )
    assert "2 sentences" in out and "centré of Lima." in out
    same = cli_captured("sentences", str(plain))[1].replace(str(plain), str(bare))
    assert out == same


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04\x14\x00\x00\x00binary",  # the reviewer's zipish.txt
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\x00" * 10,
        b"A\x00B\x00C",  # odd length
        b"A\x00B\x00\x00\x00C\x00",  # a NUL character
        bytes(range(256)) * 4,
    ],
)
def test_binary_with_nul_bytes_stays_binary(tmp_path: Path, data: bytes) -> None:
    """Near miss: NUL bytes that are no UTF-16 text are refused as before."""
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    code, out, err = cli_captured("sentences", str(path))
    assert (code, out) == (2, "")
    assert err == f"newsdiff: {path}: binary file (contains NUL bytes), expected text\n"


A = "The road toll rose to 12 over the holiday. Police closed the highway on Sunday.\n"
B = "The road toll rose to 14 over the holiday. Police shut the highway on Sunday.\n"


def test_report_only_a_class_no_row_has(tmp_path: Path) -> None:
    """abc_004 against abc_014, `report --only attribution`: "Only the 0 of 12 rows with
    attribution" read as if something was kept; it says there is none."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A, encoding="utf-8")
    b.write_text(B, encoding="utf-8")
    code, out, _ = cli_captured("report", "--only", "attribution", str(a), str(b))
    assert code == 1
    assert "\nNo row with attribution (of 2 rows)\n" in out
    assert "Only the" not in out
    # Near miss: a class that has a row is said as before.
    out = cli_captured("report", "--only", "number", str(a), str(b))[1]
    assert "\nOnly the 1 of 2 rows with number\n" in out
