"""A sentence respelled throughout (British/American) is the same sentence to the aligner."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.article import from_text
from newsdiff.core.words import content_words
from newsdiff.meaning.compare import compare
from newsdiff.meaning.options import CompareOptions

BRITISH = "The colour of the centre changed."
AMERICAN = "The color of the center changed."
SPELLING = CompareOptions(ignore_spelling=True)


def test_content_words_fold_spelling_variants() -> None:
    """'colour'/'color' and 'centre'/'center' are one content word each ('Kiev'/'Kyiv' too)."""
    assert content_words(BRITISH) == content_words(AMERICAN)
    assert content_words("troops left Kiev") == content_words("troops left Kyiv")


def test_a_short_respelled_sentence_pairs_and_is_equal_when_ignored() -> None:
    """The reviewer's c1/c2: one row with both sides (was a removed and an added row);
    a variant without the option, equal with --ignore-spelling."""
    cmp = compare(from_text(BRITISH + "\n"), from_text(AMERICAN + "\n"))
    assert [(r.a, r.b) for r in cmp.rows] == [((0,), (0,))]
    assert {c.cls for c in cmp.rows[0].changes} == {"variant"}
    assert [r.kind for r in cmp.with_options(SPELLING).rows] == ["equal"]


def test_inside_a_longer_text_the_sentence_stays_one_to_one() -> None:
    """v1/v2: the respelled sentence is not glued into the next row as a 1-2 group."""
    a = (
        "It was the second time in a thousand days.\n"
        f"{BRITISH}\nProfits rose 50 per cent to half a million.\nTemperatures hit -5C.\n"
    )
    b = f"It was the 2nd time in 1,000 days.\n{AMERICAN}\nProfits rose 50% to 500,000.\n"
    b += "Temperatures hit 5C.\n"
    cmp = compare(from_text(a), from_text(b), SPELLING)
    assert [(r.a, r.b) for r in cmp.rows][:2] == [((0,), (0,)), ((1,), (1,))]
    assert [r.kind for r in cmp.rows][:2] == ["equal", "equal"]


def test_cli_plain_equal_row_reads_as_a(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """diff --format plain --ignore-spelling: exit 0 and the row reads as A's text (the
    gap between changes was walked by characters: 'colou{+ +}r[- -]o{+ +}f...')."""
    fa, fb = tmp_path / "c1.txt", tmp_path / "c2.txt"
    fa.write_text(BRITISH + "\n", "utf-8")
    fb.write_text(AMERICAN + "\n", "utf-8")
    assert main(["diff", "--format", "plain", "--ignore-spelling", str(fa), str(fb)]) == 0
    assert capsys.readouterr().out == f"  {BRITISH}\n"
    fa.write_text("The mayor said: ''We will rebuild every single home in this town.''\n")
    fb.write_text("The mayor said: “We will rebuild every single home in this town.”\n")
    assert main(["diff", "--format", "plain", "--ignore-quotes", str(fa), str(fb)]) == 0
    assert "{+" not in capsys.readouterr().out
