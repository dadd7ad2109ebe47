"""Review r24c finding 8: `suggest` on an empty file said "nothing to compare" (suggest
compares nothing), and `suggest --store` said nothing of a saved model not in use."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli import main

from .test_train_in_use import PROBE, _topic_store


def test_an_empty_file_has_nothing_to_suggest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"  # as `suggest /dev/null` read it
    empty.write_text("", encoding="utf-8")
    assert main(["suggest", str(empty)]) == 2
    assert capsys.readouterr().err == f"newsdiff: {empty}: empty file, nothing to suggest\n"


def test_an_empty_pair_still_has_nothing_to_compare(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # near miss: diff compares, and says so
    a, empty = tmp_path / "a.txt", tmp_path / "empty.txt"
    a.write_text("Prices rose.\n", encoding="utf-8")
    empty.write_text("", encoding="utf-8")
    assert main(["diff", str(a), str(empty)]) == 2
    assert capsys.readouterr().err == f"newsdiff: {empty}: empty file, nothing to compare\n"


def test_suggest_store_says_its_model_is_not_in_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = _topic_store(tmp_path)
    assert main(["train", "--store", str(store)]) == 0
    capsys.readouterr()
    new = tmp_path / "new.txt"
    new.write_text(PROBE + "\n", encoding="utf-8")
    assert main(["suggest", "--store", str(store), str(new)]) == 0
    captured = capsys.readouterr()
    assert captured.err == (
        f"newsdiff: {store.parent / 'newsdiff.model.npz'}: not in use (not better): the "
        "suggestions are the rules' alone\n"
    )
    assert captured.out.split()[1] == "opinion"  # the rules' label, as before


def test_suggest_store_without_a_model_says_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # near miss: no model beside the store, no line
    new = tmp_path / "new.txt"
    new.write_text(PROBE + "\n", encoding="utf-8")
    assert main(["suggest", "--store", str(tmp_path / "s.json"), str(new)]) == 0
    assert capsys.readouterr().err == ""
