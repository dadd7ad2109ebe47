"""How the view draws what it knows, in the default theme: change classes, label blocks,
the moved badge under the cursor."""

from __future__ import annotations

import colorsys
from pathlib import Path

from rich.segment import Segment
from rich.style import Style

from newsdiff.tui.app import NewsdiffApp, create_app
from newsdiff.tui.widgets.diff_view import DiffView

from .tui_helpers import ready

DATA = Path(__file__).parent / "data"
SIZE = (120, 36)

# One changed row per class, or several: every class of change on side A ("might" ->
# "will" is a change of certainty, a hedge; "might" -> "may" would be a synonym).
CLASSES_A = (
    "The council did not approve 300 new homes, officials said. "
    "It might rain in Kyiv on Monday. The plan was big and the cost was high. "
    "The old bridge was repainted last year.\n"
)
CLASSES_B = (
    "The council did approve 400 new homes, the mayor claimed. "
    "It will rain in Kiev on Monday. The plan was large and the cost was high. "
    "The old bridge was rebuilt last year.\n"
)
#: A word of A for each class, as ``CLASSES_A`` changes it.
WORDS = {
    "negation": "not",
    "number": "300",
    "attribution": "officials",
    "hedge": "might",
    "synonym": "big",
    "variant": "Kyiv",
    "rewording": "repainted",
}


def _make(tmp_path: Path, a: Path, b: Path) -> NewsdiffApp:
    # Auto-advance off: these tests press a label and look at the same sentence.
    return create_app(str(a), str(b), store=tmp_path / "s.json", annotator="tester", advance=False)


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(CLASSES_A, encoding="utf-8")
    b.write_text(CLASSES_B, encoding="utf-8")
    return a, b


def _segments(view: DiffView) -> list[Segment]:
    return [seg for y in range(view.viewport_height) for seg in view.render_line(y)]


def _style_of(view: DiffView, word: str) -> Style:
    found = [s.style for s in _segments(view) if s.text.strip() == word and s.style]
    assert found, f"{word!r} is not drawn as a segment of its own"
    return found[0]


def _rgb(style: Style, background: bool = False) -> tuple[int, int, int]:
    colour = style.bgcolor if background else style.color
    assert colour is not None
    triplet = colour.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


def _hue(rgb: tuple[int, int, int]) -> float:
    return colorsys.rgb_to_hsv(*(c / 255 for c in rgb))[0]


def _brightness(rgb: tuple[int, int, int]) -> float:
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]


async def test_every_change_class_looks_different(tmp_path: Path) -> None:
    """Each class has a look of its own; all but synonym (italic) have a colour of
    their own, hedge and number included."""
    a, b = _pair(tmp_path)
    async with _make(tmp_path, a, b).run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("G")  # the cursor off the rows looked at, but for the last
        styles = {cls: _style_of(view, word) for cls, word in WORDS.items()}
        looks = {
            cls: (_rgb(s), bool(s.bold), bool(s.italic), bool(s.underline))
            for cls, s in styles.items()
        }
        assert len(set(looks.values())) == len(looks), looks
        colours = {cls: look[0] for cls, look in looks.items() if cls != "synonym"}
        assert len(set(colours.values())) == len(colours), colours
        assert looks["synonym"][2] and not looks["rewording"][2]


async def test_variants_are_faint(tmp_path: Path) -> None:
    """A variant word is drawn in a colour between the text's and the background's."""
    a, b = _pair(tmp_path)
    async with _make(tmp_path, a, b).run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("G")
        variant = _brightness(_rgb(_style_of(view, WORDS["variant"])))
        text = _brightness(_rgb(_style_of(view, WORDS["rewording"])))
        ground = _brightness(_rgb(view.rich_style, background=True))
        assert ground + 0.25 * (text - ground) < variant < text - 0.25 * (text - ground)


async def test_the_four_label_blocks_have_four_colours(tmp_path: Path) -> None:
    """f, a, e and o give blocks of four different colours, and the labels carried to B
    four different letter colours."""
    a, b = _pair(tmp_path)
    async with _make(tmp_path, a, b).run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        await pilot.press("f", "j", "a", "j", "e", "j", "o", "tab")
        await pilot.pause()
        assert view.line_map is not None
        geo = view.line_map.geometry
        own: set[tuple[int, int, int]] = set()
        carried: set[tuple[int, int, int]] = set()
        for sentence in range(4):
            first, _ = view.sentence_lines("a", sentence)
            strip = view.render_line(first - round(view.scroll_y))
            badge_a = strip.crop(1, 2)
            badge_b = strip.crop(geo.b_start - 4, geo.b_start - 3)
            assert badge_a.text in "FAEO" and badge_b.text == badge_a.text
            style_a = next(iter(badge_a)).style
            style_b = next(iter(badge_b)).style
            assert style_a is not None and style_b is not None
            own.add(_rgb(style_a, background=True))
            carried.add(_rgb(style_b))
        assert len(own) == 4 and len(carried) == 4
        # Four hues, not two shades of one (fact and attribution were both blue).
        for colours in (own, carried):
            hues = sorted(_hue(c) for c in colours)
            gaps = [b - a for a, b in zip(hues, hues[1:], strict=False)]
            gaps.append(1 - hues[-1] + hues[0])
            assert min(gaps) > 25 / 360, colours


async def test_the_moved_badge_is_inside_the_cursor_highlight(tmp_path: Path) -> None:
    """On a moved sentence under the cursor, the badge has the cursor's background."""
    app = _make(tmp_path, DATA / "bridge_a.txt", DATA / "bridge_b.txt")
    async with app.run_test(size=SIZE) as pilot:
        view = await ready(pilot)
        moved = next(r for r, row in enumerate(view.rows) if row.kind == "moved")
        while view.cursor_row != moved:
            await pilot.press("j")
        first, _ = view.sentence_lines(view.side, view.sentence)
        strip = view.render_line(first - round(view.scroll_y))
        badge = [s for s in strip if "⇄" in s.text and s.style]
        text = [s for s in strip if "mayor" in s.text and s.style]
        assert badge and text
        assert badge[0].style is not None and text[0].style is not None
        assert badge[0].style.bgcolor == text[0].style.bgcolor
        assert _rgb(badge[0].style) != _rgb(text[0].style)  # still the badge's own colour
