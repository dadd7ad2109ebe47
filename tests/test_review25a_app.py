"""Review r25a finding 7: in one article alone, help listed keys that do nothing there."""

from __future__ import annotations

from pathlib import Path

from newsdiff.tui.app import create_app

from .conftest import SEED_A, SEED_B
from .test_tui_app import open_help

SIZE = (120, 36)
#: What the reviewer read in one article's help: keys that go to B or compare two.
PAIR_ONLY_HELP = (
    "Move to article B (right), same row.",
    "Move to the other article, same row.",
    "Go to the next row that is not equal.",
    "Go to the next row whose two sides carry different labels.",
    "Fold each run of equal rows",
)


async def test_one_articles_help_lists_only_its_keys(tmp_path: Path) -> None:
    """`?` in one-article mode listed "Move to article B", Tab and n (the footer left n
    out): now help and the palette list only what works with one article."""
    app = create_app(str(SEED_A), None, store=tmp_path / "s.json", annotator="ana")
    async with app.run_test(size=SIZE) as pilot:
        text = await open_help(pilot)
        for said in PAIR_ONLY_HELP:
            assert said not in text
        assert "Show only rows with" not in text and "Show every row again." not in text
        assert "Accept the suggested label" in text and "Undo the last tag change." in text
        assert "This is one article alone" in text
        ids = {b.id for b in app.all_bindings()}
        assert {"side-b", "switch-side", "next-change", "fold", "filter-none"}.isdisjoint(ids)
        assert {"tag-fact", "accept", "next-untagged", "help"} <= ids


async def test_a_pairs_help_still_lists_every_key(tmp_path: Path) -> None:
    """Near miss: beside two articles help lists the keys of both sides, as before."""
    app = create_app(str(SEED_A), str(SEED_B), store=tmp_path / "s.json", annotator="ana")
    async with app.run_test(size=SIZE) as pilot:
        text = await open_help(pilot)
        for said in PAIR_ONLY_HELP:
            assert said in text
        assert "the keys that go to article B say there is none" in text
        assert "Show only rows with" in text and "Show every row again." in text
        assert "This is one article alone" not in text
