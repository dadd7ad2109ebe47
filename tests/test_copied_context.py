"""A link's confidence rests on the words its two sentences share that are theirs, not
the story's words a copied sentence beside them holds (reviewer r17a, finding 11:
p13_a.txt / p13_b.txt, here tests/data/weak/boeing_*.txt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.cli import main
from newsdiff.core.align import align
from newsdiff.core.confidence import SURE

DATA = Path(__file__).parent / "data" / "weak"
LEAD = (
    "Boeing will cut about 17,000 jobs and delay the first delivery of its 777X jet by a "
    "year, Chief Executive Kelly Ortberg said on Friday."
)
SHARES = "Shares of Boeing fell 1.5% in extended trading."
DROPPED = "Boeing's first 777X delivery is now expected in 2026."
ADDED = (
    "Boeing first unveiled the 777X in 2013 and had originally expected the first delivery in 2020."
)


def _plain(a: Path, b: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    main(["diff", "--format", "plain", str(a), str(b)])
    return capsys.readouterr().out


def test_a_dropped_and_an_added_sentence_of_the_story_are_no_sure_link(
    capsys: pytest.CaptureFixture[str],
):
    """Between two sentences copied unchanged, "... 777X delivery is now expected in
    2026." dropped and "... unveiled the 777X in 2013 ... expected ... in 2020." added
    share five of ten content words, four of them the lead's ("Boeing", "first",
    "777X", "delivery"): it was a sure link, a number change 2026 -> 2020. Without the
    lead's words they share "expected" of six: a weak link, drawn in no class."""
    out = _plain(DATA / "boeing_one.txt", DATA / "boeing_two.txt", capsys)
    row = next(line for line in out.splitlines() if "2026" in line)
    assert row.endswith("(weak link: not classed)") and "{number}" not in row
    links = {(lk.a, lk.b): lk for lk in align([LEAD, DROPPED, SHARES], [LEAD, ADDED, SHARES])}
    assert links[(1,), (1,)].similarity < SURE


def test_a_sentence_edited_in_place_keeps_its_sure_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """The near misses: the sentence kept with its year changed (a shared run of
    words), or reworded with its own facts kept ("expected", "2026": 2 of 3 words
    once the lead's are left out), stays a sure link and is classed."""
    for edited, cls in (
        ("Boeing's first 777X delivery is now expected in 2027.", "{number}"),
        ("The first 777X delivery, Boeing now expects, will come in 2026.", "{rewording}"),
    ):
        a, b = tmp_path / "a.txt", tmp_path / "b.txt"
        a.write_text(f"{LEAD}\n\n{DROPPED}\n\n{SHARES}\n", "utf-8")
        b.write_text(f"{LEAD}\n\n{edited}\n\n{SHARES}\n", "utf-8")
        row = _plain(a, b, capsys).splitlines()[1]
        assert row.startswith("~ ") and cls in row and "weak link" not in row, edited
        links = align([LEAD, DROPPED, SHARES], [LEAD, edited, SHARES])
        assert [(lk.kind, lk.a, lk.b) for lk in links][1] == ("changed", (1,), (1,))
        assert links[1].similarity >= SURE, edited


def test_without_a_copied_neighbour_the_shared_words_count():
    """Only an equal row beside a link makes its words the story's: with the lead
    reworded too (no row equal), the pair is weighed as before."""
    lead_b = LEAD.replace("said on Friday", "told staff on Friday")
    shares_b = SHARES.replace("fell", "dropped")
    links = align([LEAD, DROPPED, SHARES], [lead_b, ADDED, shares_b])
    assert [lk.similarity for lk in links if lk.a == (1,)] == [0.5]
