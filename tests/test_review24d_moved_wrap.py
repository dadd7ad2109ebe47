"""Review r24d finding 5: on a moved row the same sentence wrapped at other words on the
two sides, the badges being of other widths: the long pair's A#82 / B#103 ("⇄ B#103"
beside "⇄ A#82") broke after "willingness" on the left, after "willingness to" on the
right, though the README says a sentence beside its copy wraps at the same words (both
text columns are one width since 323154b; the badge took one cell more on one side).
Both badges now have one width, the shorter padded with a blank."""

from __future__ import annotations

from pathlib import Path

from newsdiff.core.article import load
from newsdiff.meaning.compare import compare
from newsdiff.tui.app import create_app
from newsdiff.tui.layout import build_rows
from newsdiff.tui.wrap import wrap

from .tui_helpers import columns, ready

MOVED = (
    "The bank's governor said the willingness to cut rates again would depend on what "
    "the figures for the spring showed about prices, wages and the pound."
)
OTHERS = [f"The council met on day {i} to discuss the roads of ward {i}." for i in range(1, 11)]


def pair(tmp: Path) -> tuple[Path, Path]:
    """The long sentence A#1 moved to B#11: badges "⇄ B#11" and "⇄ A#1"."""
    a, b = tmp / "a.txt", tmp / "b.txt"
    a.write_text(" ".join([MOVED, *OTHERS]) + "\n", "utf-8")
    b.write_text(" ".join([*OTHERS, MOVED]) + "\n", "utf-8")
    return a, b


def lines_of_words(text: str, badge: int, width: int) -> list[str]:
    return [text[max(s, badge) : e].strip() for s, e in wrap(text, width)]


def test_both_sides_of_a_moved_row_wrap_at_the_same_words(tmp_path: Path) -> None:
    a, b = pair(tmp_path)
    cmp = compare(load(str(a)), load(str(b)))
    [moved] = [m for m in build_rows(cmp) if m.row.kind == "moved"]
    pa, pb = moved.a[0], moved.b[0]
    assert pa.text.startswith("⇄ B#11 ") and pb.text.startswith("⇄ A#1  ")
    assert pa.badge == pb.badge
    for width in range(20, 120):
        assert lines_of_words(pa.text, pa.badge, width) == lines_of_words(
            pb.text, pb.badge, width
        ), width


def test_an_equal_badge_width_is_as_before(tmp_path: Path) -> None:
    # Near miss: "⇄ B#14" beside "⇄ A#10": one width already, nothing padded.
    more = [*OTHERS, *(f"The ferry left pier {i} at noon." for i in range(1, 4))]
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(" ".join([*more[:9], MOVED, *more[9:]]) + "\n", "utf-8")
    b.write_text(" ".join([*more, MOVED]) + "\n", "utf-8")
    cmp = compare(load(str(a)), load(str(b)))
    [moved] = [m for m in build_rows(cmp) if m.row.kind == "moved"]
    assert moved.a[0].text == f"⇄ B#14 {MOVED}" and moved.b[0].text == f"⇄ A#10 {MOVED}"


async def test_the_app_draws_the_moved_row_at_the_same_words(tmp_path: Path) -> None:
    a, b = pair(tmp_path)
    app = create_app(str(a), str(b), store=tmp_path / "s.json", annotator="ana")
    async with app.run_test(size=(122, 30)) as pilot:
        view = await ready(pilot)
        layout = view.line_map
        assert layout is not None
        [r] = [k for k, m in enumerate(layout.rows) if m.kind == "moved" and m.a]
        lines = range(layout.starts[r], layout.starts[r + 1])
        drawn = [columns(view, y) for y in lines]
        assert len(drawn) >= 3
        left = [t.replace("⇄ B#11", "").strip() for _, t, _, _ in drawn]
        right = [t.replace("⇄ A#1", "").strip() for _, _, _, t in drawn]
        assert left == right
