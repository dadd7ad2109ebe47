"""Wrapping text of wide characters: a class tag stays whole and no line starts with
"。" (review r18a findings 9b, 9c), in the diff's columns and in the app's wrap."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.core.unspaced import line_breaks, line_cuts
from newsdiff.tui.wrap import wrap

from .conftest import run_cli

# r18a's p/zh pair, row 4: "{+渐+}{rewor" | "ding}恢复。" at --width 80.
ZH_A = "分析人士认为，物价温和上涨反映了国内需求的逐步恢复。"
ZH_B = "分析人士指出，物价温和上涨反映了国内需求的逐渐恢复。"
# r18a's p/ja_a, the app at 80x24: "…尊重する方針だ" | "。".
JA = "政府は日銀の判断を尊重する方針だ。"
#: No line starts with these (JIS X 4051's closing brackets and full stops).
NO_START = "。、，．」』）！？"


def test_diff_columns_keep_tags_whole(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(ZH_A + "\n", "utf-8")
    pb.write_text(ZH_B + "\n", "utf-8")
    _code, out, _err = run_cli(
        capsys, "diff", "--width", "80", "--color", "never", str(pa), str(pb)
    )
    lines = out.splitlines()
    assert any("{+逐渐+}{rewording}" in line for line in lines)
    for line in lines:
        assert line.count("{") == line.count("}") and line.count("[-") == line.count("-]")
        assert not line.strip()[:1] or line.strip()[0] not in NO_START


@pytest.mark.parametrize("width", range(4, 40))
def test_no_line_starts_with_a_full_stop(width: int) -> None:
    for text in (JA, ZH_B):
        for start, _end in wrap(text, width)[1:]:
            assert text[start] not in NO_START
        for cut in line_cuts(text, width):
            assert text[cut] not in NO_START


def test_a_glued_tag_is_never_cut() -> None:
    text = "和上涨反映了国内需求的{+逐渐+}{rewording}恢复。"
    start = text.index("{+")
    glued = [(start, text.index("恢"))]
    for width in range(20, 40):
        assert not [c for c in line_cuts(text, width, glued) if start < c < glued[0][1]]


def test_thai_lines_end_between_words() -> None:
    text = "ทหารได้ส่งเรือและรถบรรทุกไปช่วยอพยพประชาชนออกจากพื้นที่เสี่ยงภัย"
    breaks = line_breaks(text)
    for width in range(10, 30):
        assert all(end in breaks for _start, end in wrap(text, width))


def test_english_wraps_as_before() -> None:
    """Near miss: text of one cell a character keeps the greedy wrap at spaces."""
    text = "The minister said the talks in Istanbul had failed completely."
    assert [text[a:b] for a, b in wrap(text, 20)] == [
        "The minister said ",
        "the talks in ",
        "Istanbul had failed ",
        "completely.",
    ]


@pytest.mark.parametrize("width", [30, 40])
def test_a_change_wider_than_its_column_is_cut_before_its_tag(
    width: int, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A change and its tag wider together than the column (12 or 16 cells: 18 cells
    "{+匆忙+}{rewording}") are cut between them, each whole ("{re" | "wording}" before)."""
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text("俄罗斯军队在仓促撤退中丢弃了大量坦克。\n", "utf-8")
    pb.write_text("俄罗斯军队在匆忙撤退中丢弃了大量坦克。\n", "utf-8")
    _code, out, _err = run_cli(
        capsys, "diff", "--width", str(width), "--color", "never", str(pa), str(pb)
    )
    lines = out.splitlines()
    assert any("{+匆忙+}" in line for line in lines)
    assert any("{rewording}" in line for line in lines)


def test_soft_cuts_are_taken_only_inside_a_run_too_wide_to_keep() -> None:
    """Near miss: where the change and its tag fit the line whole, no soft cut is used."""
    text = "和上涨{+逐渐+}{rewording}恢复。"
    start, tag = text.index("{+"), text.index("{r")
    glued = [(start, text.index("恢"))]
    assert tag not in line_cuts(text, 30, glued, [tag])
    assert tag in line_cuts(text, 12, glued, [tag])


def test_a_change_wider_than_its_column_keeps_its_marks_with_its_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Review r20b finding 10: "{+緩やかに+}" (12 cells) in an 11-cell column was cut
    "{+緩やかに+" | "}"; the cut steps back into the change: "{+緩やか" | "に+}"."""
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text("首相は「景気は回復している」と述べた。\n", "utf-8")
    pb.write_text("首相は「景気は緩やかに回復しつつある」と語った。\n", "utf-8")
    _code, out, _err = run_cli(
        capsys, "diff", "--width", "30", "--color", "never", str(pa), str(pb)
    )
    cells = [part.strip() for line in out.splitlines() for part in line.split("  ") if part.strip()]
    assert not [c for c in cells if c.startswith(("}", "+}", "-]"))]
    assert not [c for c in cells if c.endswith(("{+", "[-", "{", "["))]
