"""Review r23d finding 2: a notice over Thai text cut a tone mark from its letter: a lone
"้" at the right edge while it showed, "…เย็นนี" for "…เย็นนี้" once it went
(``display/clusters.py``)."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from rich.segment import Segment

from newsdiff.tui.app import create_app

from .conftest import write_pair
from .tui_helpers import ready, until

# The finding's pair (th_a.txt / th_b.txt: thebangkokinsight.com 735129, tna.mcot.net
# 604393), whole: at 80x24, after G, the notice covers B's "…เย็นนี้".
TH_A = (
    "ผู้สื่อข่าวรายงานว่า เมื่อเวลา 08.30 น.วันที่ 23 ตุลาคม 2564 ที่พระบรมราชานุสรณ์ "
    "พระลานพระราชวังดุสิต พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหม "
    "ให้สัมภาษณ์ภายหลังวางพวงมาลาเนื่องในวันคล้ายวันสวรรคตพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว "
    "ถึงความพร้อมในการเปิดรับนักท่องเที่ยว 46 ประเทศ ในวันที่ 1 พฤศจิกายนนี้ "
    "ว่า ขอให้อ่านดูคำสั่งแล้วกัน ฝ่ายเกี่ยวข้องชี้แจงไปแล้ว ทำไมนายกฯ ต้องมาพูดอีก\n"
    "\n"
    "เมื่อถามว่า จะขอความร่วมมือประชาชนอย่างไร นายกรัฐมนตรี กล่าวว่า สื่อก็ต้องช่วยขอความร่วมมือ "
    "ไม่ใช่นายกฯ คนเดียว ช่วยกันขยายความไป\n"
    "\n"
    "ทำเนียบ 22 ธ.ค.-นายกฯ เตรียมออกแถลงการณ์สถานการณ์โควิดเย็นนี้ ขอให้เชื่อมั่นทุกอย่างควบคุมได้ "
    "โดยใช้เวลาเกือบ 10 นาที โดยไม่มีการแถลงข่าวเหมือนทุกครั้ง\n"
)
TH_B = (
    "ผู้สื่อข่าวรายงานว่า เมื่อเวลา 09.30 น.วันที่ 23 ตุลาคม 2564 ที่พระบรมราชานุสรณ์ "
    "พระลานพระราชวังดุสิต พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหม "
    "ให้สัมภาษณ์ภายหลังวางพวงมาลาเนื่องในวันคล้ายวันสวรรคตพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว "
    "ถึงความพร้อมในการเปิดรับนักท่องเที่ยว 63 ประเทศ ในวันที่ 1 พฤศจิกายนนี้ "
    "ว่า ขอให้อ่านดูคำสั่งแล้วกัน ฝ่ายเกี่ยวข้องอธิบายไปแล้ว ทำไมนายกฯ ต้องมาพูดอีก\n"
    "\n"
    "เมื่อถามว่า จะขอความร่วมมือประชาชนอย่างไร นายอนุทิน ชาญวีรกูล กล่าวว่า "
    "สื่อก็ต้องช่วยขอความร่วมมือ ไม่ใช่นายกฯ คนเดียว ช่วยกันขยายความไป\n"
    "\n"
    "ทำเนียบ 22 ธ.ค.-นายกฯ เตรียมออกแถลงการณ์สถานการณ์โควิดเย็นนี้ ขอให้เชื่อมั่นทุกอย่างควบคุมได้ "
    "โดยใช้เวลาเกือบ 10 นาที\n"
)
#: The line the notice covered, as the view drew it at 80 columns (B's pane).
LINE = "      เตรียมออกแถลงการณ์สถานการณ์โควิดเย็นนี้ "


def test_a_cut_keeps_a_thai_letters_marks() -> None:
    """The cut at column 38 of the line (the notice's edge) gave "…เย็นนี" | "้ ": the
    tone mark went to the notice's side; it stays with its letter."""
    before, after = Segment(LINE).split_cells(38)
    assert (before.text, after.text) == (LINE[:-1], " ")


def test_every_cut_of_marked_text_keeps_clusters_and_widths() -> None:
    """At every column of Thai, Devanagari and Arabic text with marks, the two parts
    keep the columns asked for and neither starts with a mark: a spacing vowel sign
    ("को") a cut falls inside is drawn as two spaces, as a wide character is."""
    from rich.cells import cell_len

    for text in (LINE, "उन्होंने बताया कि कक्ष को ", "مُحَمَّد قال"):
        for cut in range(cell_len(text) + 1):
            before, after = (s.text for s in Segment(text).split_cells(cut))
            assert (cell_len(before), before + after) == (cut, before + after)
            assert not (after and unicodedata.category(after[0]).startswith("M")), (text, cut)
    assert [s.text for s in Segment("कक्ष को ").split_cells(5)] == ["कक्ष  ", "  "]


def test_cuts_of_latin_and_wide_text_as_before() -> None:
    """Near miss: text with no marks is cut where rich 15 cut it, a wide character the
    cut falls inside as two spaces."""
    assert [s.text for s in Segment("ab中文c").split_cells(3)] == ["ab ", " 文c"]
    assert [s.text for s in Segment("ab中文c").split_cells(4)] == ["ab中", "文c"]
    assert [s.text for s in Segment("“Quoted” text").split_cells(8)] == ["“Quoted”", " text"]
    assert [s.text for s in Segment("👍🏽 ok").split_cells(2)] == ["👍🏽", " ok"]


async def test_a_notice_over_thai_text_leaves_no_loose_mark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 80x24, with the language notice over B's pane: no screen line (read from
    Textual's compositor) has a mark apart from its letter; and the notice's columns,
    drawn again when it goes, hold "เย็นนี้" whole."""
    a, b = write_pair(tmp_path, TH_A, TH_B)
    app = create_app(a, b, store=tmp_path / "s.json", annotator="ana")
    notify = app.notify

    def lasting(message: str, **kwargs: Any) -> None:
        # The notice stays until the test is done with it, however slow the machine.
        notify(message, **{**kwargs, "timeout": 3600})

    monkeypatch.setattr(app, "notify", lasting)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        view = await ready(pilot)
        await until(pilot, lambda: bool(app.screen.query("Toast")), "the notice showed")
        await pilot.press("G")
        await pilot.pause()
        toast = app.screen.query_one("Toast").region
        shown = [s.text for s in app.screen._compositor.render_strips()]
        loose = [line for line in shown if _loose_mark(line)]
        assert loose == [] and any("เย็นนี้" in line for line in shown)
        # What the compositor draws of the view in the notice's columns once it goes.
        under = []
        for y in range(toast.y, toast.bottom):
            strip = view.render_line(y - view.region.y)
            under.append(strip.crop(toast.x - view.region.x, toast.right - view.region.x).text)
        assert any("เย็นนี้" in line for line in under), under
        assert not any(_loose_mark(line) for line in under)


def _loose_mark(line: str) -> bool:
    """A mark at the start of the line or after a space or a box-drawing character."""
    return any(
        unicodedata.category(ch).startswith("M")
        and (k == 0 or line[k - 1].isspace() or "\u2500" <= line[k - 1] <= "\u259f")
        for k, ch in enumerate(line)
    )


def test_a_split_not_as_expected_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich's grapheme split in another shape (a later series): its segment cut is left
    as it is, and the reason given."""
    from newsdiff.display import clusters

    split = Segment._split_cells
    monkeypatch.setattr("rich.cells.split_graphemes", lambda text: ([(0, len(text), 1)], 1))
    assert clusters.keep_clusters_whole() == "its split_graphemes does not split as rich 15's does"
    assert Segment._split_cells == split
