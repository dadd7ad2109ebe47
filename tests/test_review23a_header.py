"""Review r23a finding 2: at 80x24 the header cut the reuse figure.

With the fold (``z``) and an option on (``i``, ``c``) it read ``21 rows: =5 ~8 +1 -4 ⇄3
(2~)  │  reuse… ·  ignoring case · 5 equal rows folded``, and the status line once showed
a stray ``·…  ·``. At a narrow width the reuse share stays whole, the mode keeps the
parts that fit, the row counts what is left; nothing ends in a separator.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.content import Content

from newsdiff.tui.app import create_app
from newsdiff.tui.status import cut_parts
from newsdiff.tui.widgets.header import PairHeader, StatusLine

from .tui_helpers import ready, until


def _lines(widget: PairHeader | StatusLine) -> list[str]:
    return str(widget.render()).splitlines()


async def _header_at(seed_a: Path, tmp_path: Path, width: int) -> tuple[str, str]:
    """The header's first line and the reuse figure, with the fold and case ignored, on
    a seed and a reprint of it (equal rows to fold, changed, removed and added ones)."""
    text = seed_a.read_text(encoding="utf-8")
    paragraphs = text.split("\n\n")
    reprint = "\n\n".join([*paragraphs[:3], "A new paragraph here.", *paragraphs[5:]])
    pb = tmp_path / "reprint.txt"
    pb.write_text(reprint.replace(" said", " claimed").replace("Russian", "Russia's"), "utf-8")
    app = create_app(str(seed_a), str(pb), store=tmp_path / "s.json", annotator="t")
    async with app.run_test(size=(width, 24)) as pilot:
        await ready(pilot)
        await pilot.press("z")
        app.set_options(replace(app.options, ignore_case=True))
        await until(pilot, lambda: not app.options_pending, "the options applied")
        await until(pilot, lambda: app.figures_ready, "the figures")
        await pilot.pause()
        header = app.query_one(PairHeader)
        reuse = header.summary[0].plain.split("  │  ")[0]  # the long figures start with it
        assert reuse.startswith("reused A ") and "…" not in reuse
        top = _lines(header)[0]
        status = _lines(app.query_one(StatusLine))
        assert not any("·…" in line or line.rstrip().endswith("·") for line in status)
        return top, reuse


async def test_reuse_share_stays_whole_at_80_columns(seed_a: Path, tmp_path: Path) -> None:
    """The review's 80x24 with the fold and an option on: the reuse share whole, the
    mode whole, no "…" before a separator."""
    top, reuse = await _header_at(seed_a, tmp_path, 80)
    assert reuse in top, top
    assert "ignoring case" in top and "folded" in top, top
    assert "… ·" not in top and not top.rstrip().endswith("·")
    assert len(top) <= 80


async def test_wide_header_unchanged(seed_a: Path, tmp_path: Path) -> None:
    """Near miss: at 160 columns everything fits, the name and the long figures first."""
    top, reuse = await _header_at(seed_a, tmp_path, 160)
    assert top.startswith(f" newsdiff  {reuse}  │  ")
    # 26 of its 30 equal rows: four stand alone and stay (review r25d finding 5).
    assert top.rstrip().endswith(" ignoring case · 26 equal rows folded"), top


def test_cut_parts_never_ends_in_a_separator() -> None:
    """Cut between parts: whole ones, then the next cut only when 6 cells are left for
    it; the text that fits is unchanged (the near miss)."""
    text = Content("suggests fact [s]: said  ·  moved, edited  ·  ❝ quote altered")
    assert cut_parts(text, 200) is text
    assert cut_parts(text, 40).plain == "suggests fact [s]: said  ·  moved, edit…"
    assert cut_parts(text, 30).plain == "suggests fact [s]: said"
    assert cut_parts(text, 3).plain == ""
    mode = Content("ignoring case · 5 equal rows folded")
    assert cut_parts(mode, 20, " · ").plain == "ignoring case"
