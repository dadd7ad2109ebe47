"""Review r23a finding 1: the app wraps identical sentences at the same words on both
sides.

At 160 columns the text width left over was odd and B took the spare column: on the
equal row "TimeWarner also has to restate … following a probe" the word "by" ended the
first line only on the right (small/nobody_hurt_a.txt / nobody_hurt_b.txt at 160x45).
``newsdiff diff`` makes both columns one width for exactly this reason; the app now does
too, the spare column left blank.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.tui.app import create_app
from newsdiff.tui.layout import DIVIDER, GUTTER, Geometry

from .tui_helpers import columns, ready

HEAD = "Ad sales boost Time Warner profit"
PROBE = (
    "TimeWarner also has to restate 2000 and 2003 results following a probe by the US "
    "Securities Exchange Commission (SEC), which is close to concluding."
)
SHORT = "Time Warner's fourth quarter profits were slightly better than analysts' expectations."


@pytest.mark.parametrize("size", [(160, 45), (80, 24), (121, 30), (100, 30), (99, 30)])
async def test_equal_row_wraps_at_the_same_words(tmp_path: Path, size: tuple[int, int]) -> None:
    """The review's equal row, at widths odd and even: each of its lines holds the same
    words on both sides (at 160 the first line ended "a probe" on A, "a probe by" on B)."""
    pa, pb = tmp_path / "a.txt", tmp_path / "b.txt"
    pa.write_text(f"{HEAD}\n\n{PROBE} {SHORT}\n\nNobody was hurt.\n", encoding="utf-8")
    pb.write_text(f"{HEAD}\n\n{PROBE} {SHORT}\n\nThree people were hurt.\n", encoding="utf-8")
    app = create_app(str(pa), str(pb), store=tmp_path / "s.json", annotator="tester")
    async with app.run_test(size=size) as pilot:
        view = await ready(pilot)
        layout = view.line_map
        assert layout is not None and layout.geometry.text_a == layout.geometry.text_b
        for row in (1, 2):
            assert layout.rows[row].kind == "equal"
            lines = range(layout.starts[row], layout.starts[row + 1])
            drawn = [columns(view, y) for y in lines if y < view.viewport_height]
            assert len(drawn) >= 2  # it wraps, and on screen
            assert [a.rstrip() for _, a, _, _ in drawn] == [b.rstrip() for _, _, _, b in drawn]


@pytest.mark.parametrize("width", [100, 101, 157, 158, 159, 160])
def test_geometry_halves_the_text_width(width: int) -> None:
    """Both columns have half the text width, rounded down; an odd column is left over
    at the right, so B starts where it did (the near miss: an even width is unchanged)."""
    geo = Geometry.for_width(width)
    text = width - 2 * GUTTER - DIVIDER
    assert geo.text_a == geo.text_b == text // 2
    assert geo.b_start == GUTTER + text // 2 + DIVIDER + GUTTER
    assert geo.b_start + geo.text_b == width - text % 2
