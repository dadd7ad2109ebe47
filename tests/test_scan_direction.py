"""newsdiff scan: which side is the source (only dates tell), and the table's widths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.corpus.scan import scan

from .conftest import SEEDS, run_cli, terminal_columns

ORIGINAL = (
    "El Gobierno anunció el martes que 300 familias recibirán ayudas tras las inundaciones. "
    "Según el ministro, las obras comenzarán en marzo. La oposición criticó la lentitud de "
    "la respuesta. Los vecinos afectados esperan desde hace semanas. El presupuesto total "
    "asciende a 12 millones de euros."
)
#: A reprint that adds a sentence: it holds all of the original, the original not all of it.
REPRINT = ORIGINAL + " Los alcaldes pidieron más fondos."


def _files(tmp_path: Path) -> tuple[Path, Path]:
    original, reprint = tmp_path / "original.txt", tmp_path / "reprint.txt"
    original.write_text(ORIGINAL, encoding="utf-8")
    reprint.write_text(REPRINT, encoding="utf-8")
    return original, reprint


@pytest.mark.parametrize("reprint_first", [True, False])
def test_a_reprint_that_adds_is_not_named_the_source(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, reprint_first: bool
) -> None:
    """Without dates there is no telling: the reprint holds more of the original than the
    original of it, and used to be named the source. A is the first path given."""
    original, reprint = _files(tmp_path)
    paths = [str(reprint), str(original)] if reprint_first else [str(original), str(reprint)]
    code, out, _ = run_cli(capsys, "scan", "--format", "json", *paths)
    (pair,) = json.loads(out)
    assert code == 0
    assert (pair["source"], pair["source_note"]) == (None, "no dates")
    assert [pair["a"]["ref"], pair["b"]["ref"]] == paths
    code, out, _ = run_cli(capsys, "scan", *paths)
    assert "source: unknown (no dates)" in out and "holds more" not in out


def test_the_seeds_spun_rewrite_is_not_the_source() -> None:
    """000 is a spun rewrite of 001 and holds more of 001 than 001 of it: no source."""
    seeds = [str(SEEDS / "000_bffa4cee5f922f5d.txt"), str(SEEDS / "001_7835627fb396a6e4.txt")]
    (pair,) = scan(seeds).pairs
    assert pair.a.reuse < pair.b.reuse  # 000 holds more of 001
    assert pair.source is None and pair.source_words == "unknown (no dates)"


@pytest.mark.parametrize(
    ("dates", "source", "note", "first"),
    [
        # The earlier is the source even when it is the one that holds less.
        (("2024-03-02", "2024-03-01"), "date", "dated earlier", "reprint"),
        (("2024-03-01", "2024-03-02"), "date", "dated earlier", "original"),
        (("2024-03-01", "2024-03-01"), None, "same date", "original"),
        (("2024-03-01", ""), None, "only A dated", "original"),
        (("", "2024-03-01"), None, "only B dated", "original"),
    ],
)
def test_dates_alone_name_the_source(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    dates: tuple[str, str],
    source: str | None,
    note: str,
    first: str,
) -> None:
    rows = [{"id": "original", "text": ORIGINAL}, {"id": "reprint", "text": REPRINT}]
    for row, date in zip(rows, dates, strict=True):
        if date:
            row["date"] = date
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, _ = run_cli(capsys, "scan", "--format", "jsonl", str(corpus))
    pair = json.loads(out)
    assert code == 0
    assert (pair["source"], pair["source_note"], pair["a"]["ref"].split("#")[1]) == (
        source,
        note,
        first,
    )


def test_titles_are_cut_by_columns(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A title of wide characters takes as many columns as a Latin one, not twice as many;
    one in Devanagari (spacing vowel signs take a column) no more either."""
    zh = (
        "北京市今天发生交通事故，造成8人受伤。警方表示，事故原因正在调查中。受伤人员已被送往"
        "附近医院。市政府要求加强道路安全检查，防止类似事故再次发生。"
    )
    hi = (
        "दिल्ली में भारी बारिश के कारण 20 लोगों की मौत हो गई। मौसम विभाग ने कहा कि बारिश "
        "शुक्रवार तक जारी रहेगी। शहर की कई सड़कें पानी में डूब गईं।"
    )
    rows = [
        {"id": "zh", "title": zh * 2, "text": zh},
        {"id": "zh2", "title": zh, "text": zh + "另有两人轻伤。"},
        {"id": "es", "title": ORIGINAL, "text": ORIGINAL},
        {"id": "es2", "title": REPRINT, "text": REPRINT},
        {"id": "hi", "title": hi, "text": hi},
        {"id": "hi2", "title": hi, "text": hi + " राहत कार्य जारी है।"},
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, _ = run_cli(capsys, "scan", str(corpus))
    sides = [line for line in out.splitlines() if line.startswith(("     A  ", "     B  "))]
    assert code == 0 and len(sides) == 6
    widths = [terminal_columns(line) for line in sides]
    # Name column 32, title up to 60 columns: a cut wide character may leave one unused.
    room = len("     A  ") + 32 + 2 + 60
    assert all(room - 1 <= w <= room for w in widths), widths
    assert all(line.endswith("…") for line in sides)
