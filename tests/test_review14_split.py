"""Outside review r14: AP-style times, sentences that open with a figure, wrapped
paragraphs indented as a whole, counts of one, number changes in digits in any
language."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.article import load
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning import model
from newsdiff.store import Store, tag_for


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_count_of_one_takes_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`newsdiff sentences` printed "1 sentences" and `newsdiff train` "1 labels"."""
    one = tmp_path / "one.txt"
    one.write_text("Police arrived at 9 p.m.\n", encoding="utf-8")
    assert main(["sentences", str(one), "--store", str(tmp_path / "s.json")]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    assert "  1 sentence  (INDEX from 0" in head
    two = tmp_path / "two.txt"
    two.write_text("Police arrived.\n\nThey left.\n", encoding="utf-8")
    assert main(["sentences", str(two), "--store", str(tmp_path / "s.json")]) == 0
    assert "  2 sentences  (INDEX from 0" in capsys.readouterr().out
    article = load(str(one))
    store_path = tmp_path / "store.json"
    with Store(store_path) as store:
        store.put_many([tag_for(article, split_sentences(article.text)[0], "fact", "ana")])
    assert main(["train", "--store", str(store_path)]) == 0
    assert "not trained: 1 label (at least 30 are needed)" in capsys.readouterr().out
    assert model.too_few(["fact", "fact"]) == "2 labels (at least 30 are needed)"
