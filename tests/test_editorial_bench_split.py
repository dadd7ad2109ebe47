"""The editorial bench's splits (bench/editorial_bench.py): the fresh files added at stop 14
are an untouched check, so they are read only when asked for and never join "all"."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import run_cli

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    # The bench scripts import each other by module name, as when run from bench/.
    sys.path.insert(0, str(BENCH))
    try:
        import editorial_bench

        yield editorial_bench
    finally:
        sys.path.remove(str(BENCH))


def _write(folder: Path, name: str, text: str) -> None:
    path = folder / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    unit = {"number": 1, "text": text, "label": "assumption"}
    path.write_text(json.dumps({"paragraphs": [[unit]]}), "utf-8")


def test_fresh_files_are_in_neither_tuned_list(bench: ModuleType) -> None:
    assert len(bench.FRESH) == 10
    assert not bench.FRESH & (bench.DEV | bench.HELD)


def test_fresh_split_reads_only_fresh_files_and_all_leaves_them_out(
    bench: ModuleType, tmp_path: Path
) -> None:
    fresh = sorted(bench.FRESH)[0]
    dev = sorted(bench.DEV)[0]
    _write(tmp_path, fresh, "The fresh unit is a claim.")
    _write(tmp_path, dev, "The dev unit is a claim.")
    _write(tmp_path, "guardian/999-neither", "The other unit is a claim.")
    assert [name for name, _t, _l in bench.load(tmp_path, "fresh")] == [fresh]
    assert [name for name, _t, _l in bench.load(tmp_path, "dev")] == [dev]
    assert sorted(name for name, _t, _l in bench.load(tmp_path, "all")) == sorted(
        [dev, "guardian/999-neither"]
    )


def test_ninth_round_sets_are_new_and_apart(bench: ModuleType) -> None:
    assert len(bench.DEV2) == 15 and len(bench.FRESH2) == 10
    earlier = bench.DEV | bench.HELD | bench.FRESH
    assert not (bench.DEV2 | bench.FRESH2) & earlier
    assert not bench.DEV2 & bench.FRESH2


def test_fresh2_is_untouched_and_dev2_is_a_tune_set(bench: ModuleType, tmp_path: Path) -> None:
    fresh2 = sorted(bench.FRESH2)[0]
    dev2 = sorted(bench.DEV2)[0]
    _write(tmp_path, fresh2, "The fresh unit is a claim.")
    _write(tmp_path, dev2, "The dev unit is a claim.")
    assert [name for name, _t, _l in bench.load(tmp_path, "fresh2")] == [fresh2]
    assert [name for name, _t, _l in bench.load(tmp_path, "dev2")] == [dev2]
    assert [name for name, _t, _l in bench.load(tmp_path, "all")] == [dev2]
    assert bench._tune("dev2") and bench._tune("dev2, as documents")
    assert not bench._tune("fresh2") and not bench._tune("held, as documents")


def test_lines_mode_reads_units_as_suggest_lines_does(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The outside check most plausibly gives its units one a line to `suggest --lines`:
    # the bench's lines mode must label them as that command does, as one text.
    units = [
        "The council approved the budget on Monday",
        "Officials said the plan would cost $4 million",
        "Nothing about this plan makes sense",
        "We must stop pretending otherwise",
        "Voters deserve better than this",
        "It would be a grave mistake to wait",
        "The scheme is a disgrace",
        "Ministers ought to listen",
        "Such promises cost nothing",
        "Those who pay the price never get a say",
    ]
    path = tmp_path / "units.txt"
    path.write_text("\n".join(units) + "\n", "utf-8")
    _code, out, _err = run_cli(capsys, "suggest", "--lines", "--format", "json", str(path))
    assert bench.as_lines(units) == [i["label"] or "none" for i in json.loads(out)]
    rows = [("x/1", t, "opinion") for t in units]
    assert sorted(bench.shuffled(rows, 0)) == sorted(rows)
    assert bench.shuffled(rows, 0) == bench.shuffled(rows, 0) != rows
    assert bench._tune("dev, as lines") and bench._tune("dev2, as lines shuffled")
    assert not bench._tune("held, as lines") and not bench._tune("fresh, as lines shuffled")
