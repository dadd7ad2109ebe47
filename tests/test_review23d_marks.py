"""Review r23d finding 1: Devanagari (every Indic script) was misdrawn in the app and
misaligned in ``diff``: rich 15 counts a spacing vowel sign (Unicode's Mc: ा ि ी ो) as
no column, the terminal as one (``display/cells.py``)."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from newsdiff.display.cells import mended
from newsdiff.tui.app import create_app
from newsdiff.tui.layout import DIVIDER

from .conftest import terminal_columns, write_pair
from .tui_helpers import ready

# The finding's pair (hi_a.txt / hi_b.txt, amritvichar.com 521989), its first paragraph:
# "... अमेरिकी य्ेेंेे" was all B's pane showed of its second row at 160x45.
HI_A = (
    "मुंबई। मुंबई पुलिस ने प्रधानमंत्री नरेंद्र मोदी की दो दिवसीय अमेरिकी यात्रा से पहले आतंकवादी "
    "हमले की चेतावनी देने वाली कॉल करने के आरोप में एक व्यक्ति को गिरफ्तार किया है, जो मानसिक "
    "रूप से बीमार बताया जा रहा है। मुंबई पुलिस ने बुधवार को यह जानकारी दी।\n\n"
    "उन्होंने बताया कि पुलिस नियंत्रण कक्ष को धमकी भरा कॉल मंगलवार को तब मिला, जब प्रधानमंत्री "
    "विदेश यात्रा पर जा रहे थे।\n"
)
HI_B = (
    "मुंबई। मुंबई पुलिस ने प्रधानमंत्री नरेंद्र मोदी की तीन दिवसीय अमेरिकी यात्रा से पहले आतंकवादी "
    "हमले की चेतावनी देने वाली कॉल करने के आरोप में एक व्यक्ति को गिरफ्तार किया है। वह मानसिक "
    "रूप से बीमार बताया जा रहा है।\n\n"
    "उन्होंने बताया कि पुलिस नियंत्रण कक्ष को धमकी भरा कॉल मंगलवार को तब मिला, जब प्रधानमंत्री "
    "विदेश यात्रा पर जा रहे थे।\n"
)


def _diff_lines(a: str, b: str) -> list[str]:
    """``newsdiff diff A B --width 80 --color never`` in a fresh interpreter (as a user
    runs it: nothing of the test suite's set-up), its lines."""
    code = "import sys; from newsdiff.main import main; sys.exit(main(sys.argv[1:]))"
    argv = ["diff", a, b, "--width", "80", "--color", "never"]
    out = subprocess.run(
        [sys.executable, "-c", code, *argv], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 1, out.stderr
    return out.stdout.splitlines()


def test_diff_lines_of_devanagari_fit_80_columns(tmp_path: Path) -> None:
    """`diff --width 80` printed the Hindi rows 92-101 columns wide: each line's columns
    counted as the terminal does (Mc one, Mn and Me none, East Asian wide two) are at
    most 80, and the two sides' columns start where the header's do."""
    lines = _diff_lines(*write_pair(tmp_path, HI_A, HI_B))
    assert any("अमेरिकी" in line for line in lines)
    widths = [terminal_columns(line) for line in lines]
    assert max(widths) <= 80, [line for line in lines if terminal_columns(line) > 80]
    header = next(line for line in lines if "a.txt" in line and "b.txt" in line)
    b_column = terminal_columns(header[: header.index("B  ")])
    # B's lines that start with a change: the change stands in B's column.
    starts = [line[: line.index(m)] for m in ("{+तीन+}", "{+वह+}") for line in lines if m in line]
    assert len(starts) == 2 and {terminal_columns(s) for s in starts} == {b_column}


def test_diff_lines_of_english_and_chinese_as_before(tmp_path: Path) -> None:
    """Near miss: text with no spacing mark (English, Chinese of two columns a character,
    Thai's marks of no width) prints as rich printed it, every line within 80 columns."""
    a = "The minister said prices would rise. 北京今天发生交通事故。เตรียมออกแถลงการณ์เย็นนี้\n"
    b = "The minister claimed prices could rise. 北京今天发生事故。เตรียมออกแถลงการณ์เย็นนี้\n"
    lines = _diff_lines(*write_pair(tmp_path, a, b))
    assert max(map(terminal_columns, lines)) <= 80
    assert any("{+claimed+}" in line for line in lines)


async def test_app_at_80_columns_draws_devanagari_lines_the_pane_wide(tmp_path: Path) -> None:
    """In the app at 80x24 every screen line of the diff (read from Textual's compositor,
    as the terminal gets it) takes 80 columns as the terminal counts them, and the
    divider between the panes stands in one column: B's rows lost their ends when a
    line rich measured as 80 took 90 on screen."""
    a, b = write_pair(tmp_path, HI_A, HI_B)
    app = create_app(a, b, store=tmp_path / "s.json", annotator="ana")
    async with app.run_test(size=(80, 24)) as pilot:
        view = await ready(pilot)
        assert view.line_map is not None
        divider = view.region.x + view.line_map.geometry.divider_start + DIVIDER // 2
        top = view.region.y
        strips = app.screen._compositor.render_strips()
        shown = [s.text for s in strips[top : top + view.region.height]]
        assert any("अमेरिकी" in line for line in shown)
        assert [terminal_columns(line) for line in shown] == [80] * len(shown)
        marks = {line: _at_column(line, divider) for line in shown if line.strip()}
        assert len(marks) > 10 and set(marks.values()) <= set("│~-+⇄❝"), marks


def _at_column(line: str, column: int) -> str | None:
    """The character of ``line`` that starts at ``column`` as the terminal counts."""
    at = 0
    for ch in line:
        width = terminal_columns(ch)
        if at == column and width:
            return ch
        at += width
    return None


def test_only_spacing_marks_change_width() -> None:
    """Near miss: of every zero-width range of rich's table, only the Mc code points
    change width (to 1, or 2 where East Asian wide): Thai, Arabic and Devanagari marks
    of no width (Mn ् ं े, Me) stay none."""
    table = [(0x0300, 0x036F, 0), (0x0900, 0x0903, 0), (0x093A, 0x094F, 0), (0x0E31, 0x0E31, 0)]
    table += [(0x0E34, 0x0E3A, 0), (0x0E47, 0x0E4E, 0), (0x1100, 0x115F, 2), (0x302A, 0x302F, 0)]
    after = mended(table)

    def width(rows: list[tuple[int, int, int]], cp: int) -> int:
        return next((w for lo, hi, w in rows if lo <= cp <= hi), 1)

    changed = {
        cp: width(after, cp)
        for lo, hi, _w in table
        for cp in range(lo, hi + 1)
        if width(after, cp) != width(table, cp)
    }
    mc = {0x0903: 1, 0x093B: 1, 0x093E: 1, 0x093F: 1, 0x0940: 1, 0x0949: 1, 0x094A: 1}
    mc |= {0x094B: 1, 0x094C: 1, 0x094E: 1, 0x094F: 1, 0x302E: 2, 0x302F: 2}
    assert changed == mc
    assert all(unicodedata.category(chr(cp)) == "Mc" for cp in changed)
    assert [lo for lo, _hi, _w in after] == sorted(lo for lo, _hi, _w in after)


def test_rich_measures_as_the_terminal_does() -> None:
    """rich's measure once mended: a spacing vowel sign one column, Thai, Arabic, CJK and
    emoji as rich 15 measured them (the values before the change)."""
    from rich.cells import cell_len

    assert [cell_len(s) for s in ("ा", "मुंबई पुलिस", "ক্ষমা", "தமிழ்")] == [1, 8, 4, 4]
    before = {"เย็นนี้": 4, "ผู้สื่อข่าว": 6, "مُحَمَّد": 4, "中文。": 6, "でした。": 8, "👍🏽": 2}
    before |= {"👨\u200d👩\u200d👧": 2, "🇹🇭": 2, "्ं": 0}
    assert {s: cell_len(s) for s in before} == before


def test_the_app_and_the_rich_output_mend_the_table_first() -> None:
    """The app's package mends rich's table on import (before its layout measures
    anything), the rich output before it draws (``diff --format plain`` loads no rich:
    test_startup_imports)."""
    for first in ("import newsdiff.tui.layout", "newsdiff.cli.colour.console(80, False)"):
        probe = (
            "import newsdiff.cli.colour\n"
            "from rich.cells import cell_len\n"
            "before = cell_len('ा')\n"
            f"{first}\n"
            "print(before, cell_len('ा'))\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
        )
        assert out.stdout.split() == ["0", "1"], (first, out.stderr)


def test_a_table_not_as_expected_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich's private table in another shape (a later series): left as it is, and said
    in one line naming rich's version."""
    from newsdiff.display import cells

    class Table:
        widths = ((0x093E, 0x093E, 0),)  # a tuple, not the list rich 15 has

    monkeypatch.setattr("rich._unicode_data.load", lambda version="auto": Table())
    problem = cells._mend()
    assert problem == "its cell table is not the list of ranges rich 15 has"
    said = cells._left_alone(problem)
    assert said.startswith("rich 15.") and "left as it is" in said
    assert Table.widths == ((0x093E, 0x093E, 0),)
