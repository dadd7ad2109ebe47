"""The attribution bench (bench/attribution_bench.py): PolNeAR's brat spans map to
newsdiff's sentences by character offsets, the three gold views differ as documented,
the check half's errors are never printed, and a missing folder is one line, exit 2."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"

TEXT = (
    "Officials said the plan would fail. “It is over,” Smith said. “Nobody wants it.”\n\n"
    "The mayor wants a new bridge. The bridge opened in 1990.\n"
)


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCH))
    try:
        import attribution_bench

        yield attribution_bench
    finally:
        sys.path.remove(str(BENCH))


def _span(word: str, nth: int = 0) -> str:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return f"{start} {start + len(word)}"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art.txt").write_text(TEXT, "utf-8")
    said2 = _span("said", 1)
    quote2 = _span("“Nobody wants it.”")
    quote1 = _span("“It is over,”")
    ann = [
        f"T1\tCue {_span('said')}\tsaid",
        f"T2\tCue {said2}\tsaid",
        f"T3\tContent {quote1};{quote2}\t“It",
        f"T4\tCue {_span('wants', 1)}\twants",
        "E1\tAttribution:T1 Cue:T1",
    ]
    (tmp_path / "attributions" / "art_a1.ann").write_text("\n".join(ann) + "\n", "utf-8")
    return tmp_path


def test_views_by_offsets(bench: ModuleType, folder: Path) -> None:
    rows = bench.load(folder, [("art", "a1")])
    got = [(r.text, r.strict, r.plain, r.spanned) for r in rows]
    assert got == [
        ("Officials said the plan would fail.", True, True, True),
        ("“It is over,” Smith said.", True, True, True),
        # a quotation's second sentence: content, no cue of its own
        ("“Nobody wants it.”", False, False, True),
        # a wish is a PolNeAR cue, not a speech cue
        ("The mayor wants a new bridge.", False, True, True),
        ("The bridge opened in 1990.", False, False, False),
    ]


def test_keyword_baseline(bench: ModuleType, folder: Path) -> None:
    rows = bench.load(folder, [("art", "a1")])
    assert bench.keyword(rows) == [True, True, True, False, False]


def test_errors_only_of_the_tune_half(
    bench: ModuleType,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(bench, "TUNE", (("art", "a1"),))
    monkeypatch.setattr(bench, "CHECK", (("art", "a1"),))
    assert bench.main(["--polnear", str(folder), "--errors", "--mode", "sentence"]) == 0
    out = capsys.readouterr().out
    tune, check = out.split("== PolNeAR check")
    assert "missed attribution" in tune
    assert "missed attribution" not in check and "false attribution" not in check


def test_missing_folder(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["--polnear", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no text/ folder" in err
