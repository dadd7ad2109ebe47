"""Review r25e item 5 (8639dcb): in one article alone, help still spoke of a pair's rows,
marks and changed words; a pair's help is unchanged (help.svg)."""

from __future__ import annotations

from pathlib import Path

from newsdiff.tui.app import create_app

from .conftest import SEED_A, SEED_B
from .test_tui_app import open_help

SIZE = (120, 36)
#: What the reviewer read in one article's help (facts.txt, ?): lines of a pair only.
PAIR_ONLY_HELP = (
    "On a fold line",  # Enter
    "removed: only A has it",  # the Rows legend
    "added: only B has it",
    "moved: the badge says where",
    "a run of equal rows folded into one line (z)",
    "from the counterpart in the other article",  # the carried mark's pair wording
    "on the rule: the row's two sides carry different labels",
    "Changed words by class (1-7",
    "words changed inside quotation marks on both sides (8",
    "the tags of both sides",  # v
)


async def test_one_articles_help_leaves_out_a_pairs_lines(tmp_path: Path) -> None:
    """`newsdiff facts.txt --store /tmp/x.json`, `?`: help listed Enter on a fold line,
    the Rows legend, the carried mark's "other article", "!" on the rule, the classes of changed words and
    v's "the tags of both sides"; now none of them."""
    app = create_app(str(SEED_A), None, store=tmp_path / "s.json", annotator="ana")
    async with app.run_test(size=SIZE) as pilot:
        text = await open_help(pilot)
        for said in PAIR_ONLY_HELP:
            assert said not in text, said
        assert "Open or close the detail panel" in text and "a note" in text
        assert "carried over from its counterpart when the article was paired" in text
        assert "a suggestion (its cue words" in text and "annotators disagree" in text


async def test_a_pairs_help_keeps_its_lines(tmp_path: Path) -> None:
    """Near miss: beside two articles help lists them all, as before."""
    app = create_app(str(SEED_A), str(SEED_B), store=tmp_path / "s.json", annotator="ana")
    async with app.run_test(size=SIZE) as pilot:
        text = await open_help(pilot)
        for said in PAIR_ONLY_HELP:
            assert said in text, said
