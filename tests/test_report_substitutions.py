"""`newsdiff report`'s substitutions pair a deleted word with an inserted one only in
one slot of one sentence, never across the join of a merged or split row (a review saw
"and -> pays" and "were -> may" in a sentence a rewrite split in two)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.article import from_text
from newsdiff.meaning.compare import compare
from newsdiff.meaning.report import report

CONTEXT = "The council met on Monday. "
END = " The mayor defended it."
# One sentence of A told as two in B: the diff replaces "were cut sharply and
# pensioners now travel for" with "may fall. Each pensioner pays", across B's join.
SPLIT_A = CONTEXT + "Bus fares were cut sharply and pensioners now travel for nothing." + END
SPLIT_B = CONTEXT + "Bus fares may fall. Each pensioner pays nothing." + END


def _subs(a: str, b: str) -> list[tuple[str, str]]:
    return [(s["a"], s["b"]) for s in report(compare(from_text(a), from_text(b)))["substitutions"]]


def test_no_substitution_across_the_join_of_a_split_sentence():
    cmp = compare(from_text(SPLIT_A), from_text(SPLIT_B))
    assert [(r.a, r.b) for r in cmp.rows if r.kind == "changed"] == [((1,), (1, 2))]
    assert ("delete", "were cut sharply and pensioners now travel for") in cmp.rows[1].ops
    assert _subs(SPLIT_A, SPLIT_B) == []  # was cut -> may, sharply -> fall, travel -> pays


def test_the_same_slot_still_pairs_in_a_split_row():
    """In a split row, a replacement inside one sentence still counts: "faces" ->
    "pays" sits after the join, with the same words around it."""
    a = CONTEXT + "Water bills were raised and every tenant faces higher rent this year." + END
    b = CONTEXT + "Water bills may rise. Every tenant pays higher rent this year." + END
    assert ("faces", "pays") in _subs(a, b)


def test_one_sentence_rows_keep_their_substitutions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """A 1:1 row is no join: "stated" -> "said" and "deserted" -> "abandoned" pair as
    before, in the command's JSON."""
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text("Troops have deserted the town, officials stated on Friday.\n", "utf-8")
    pb.write_text("Troops have abandoned the town, officials said on Friday.\n", "utf-8")
    main(["report", "--format", "json", str(pa), str(pb)])
    subs = json.loads(capsys.readouterr().out)["substitutions"]
    assert {(s["a"], s["b"]) for s in subs} == {("deserted", "abandoned"), ("stated", "said")}
