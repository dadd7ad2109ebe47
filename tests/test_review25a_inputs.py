"""Review r25a (a new user on BBC News articles), finding 6: a JSON Lines corpus whose
lines end with a carriage return alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import cli_captured

#: Two records of the reviewer's cases/corpus_cr.jsonl (bbc_business_004 and its reprint).
FUEL = "High fuel prices hit BA's profits. British Airways has blamed high fuel prices."
FUEL_B = "High fuel prices hit BA's profits. British Airways blamed the high price of fuel."


def _corpus(path: Path, end: str) -> Path:
    lines = [json.dumps({"id": i, "text": t}) for i, t in (("ba", FUEL), ("ba2", FUEL_B))]
    path.write_bytes("".join(line + end for line in lines).encode())
    return path


@pytest.mark.parametrize("end", ["\r", "\r\n", "\n"])
def test_each_line_end_reads_the_same_records(tmp_path: Path, end: str) -> None:
    """`newsdiff scan cases/corpus_cr.jsonl` said "line 1: not JSON", "no article could
    be read", exit 2, though its CRLF twin was read: CR alone (the finding) now reads
    as CRLF and LF (the near misses, unchanged) do, scanned and opened by reference."""
    corpus = _corpus(tmp_path / "c.jsonl", end)
    code, out, err = cli_captured("scan", "--format", "jsonl", str(corpus))
    assert (code, err) == (0, "")
    (pair,) = map(json.loads, out.splitlines())
    assert {pair["a"]["ref"], pair["b"]["ref"]} == {f"{corpus}#ba", f"{corpus}#ba2"}
    code, out, err = cli_captured("sentences", f"{corpus}#ba2")
    assert (code, err) == (0, "")
    assert "British Airways blamed the high price of fuel." in out


def test_a_bad_line_among_carriage_returns_is_named_by_its_number(tmp_path: Path) -> None:
    """Near miss: a line that is not JSON is still one skipped line, numbered as in an
    editor that ends lines at a carriage return."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(_corpus(tmp_path / "x", "\r").read_bytes() + b"{broken\r")
    code, _out, err = cli_captured("scan", str(corpus))
    assert code == 0
    assert f"{corpus.name}: line 3: not JSON" in err
