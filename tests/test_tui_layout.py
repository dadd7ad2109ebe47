"""The view's plain-data layer: wrapping, pieces, word spans and line geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdiff.core.article import from_text, load
from newsdiff.meaning.compare import Comparison, compare
from newsdiff.tui.layout import (
    DIVIDER,
    GAP,
    GUTTER,
    Geometry,
    Layout,
    build_rows,
    piece_spans,
)
from newsdiff.tui.wrap import line_count, wrap

DATA = Path(__file__).parent / "data"

words = st.text(alphabet="abcdefghij", min_size=1, max_size=25)
# Curly quotes and accents take one cell each; CJK takes two; U+200B takes none.
mixed_words = st.text(alphabet="abcé’“”漢\u200b", min_size=1, max_size=12)
gaps = st.sampled_from([" ", " ", " ", "  "])


@pytest.fixture(scope="module")
def bridge() -> Comparison:
    return compare(load(str(DATA / "bridge_a.txt")), load(str(DATA / "bridge_b.txt")))


@given(st.lists(st.tuples(words, gaps), min_size=1, max_size=40), st.integers(1, 80))
def test_line_count_agrees_with_wrap(parts: list[tuple[str, str]], width: int) -> None:
    """The fast line count used for every row equals the lines the renderer draws."""
    text = "".join(w + g for w, g in parts).rstrip()
    assert line_count(text, width) == len(wrap(text, width))


@given(st.lists(st.tuples(mixed_words, gaps), min_size=1, max_size=30), st.integers(1, 40))
def test_line_count_agrees_with_wrap_beyond_ascii(parts: list[tuple[str, str]], width: int) -> None:
    """News text is not ASCII: the fast count still matches the drawn lines."""
    text = "".join(w + g for w, g in parts).rstrip()
    assert line_count(text, width) == len(wrap(text, width))


@given(st.text(min_size=1, max_size=200), st.integers(1, 50))
def test_wrap_covers_every_character_once(text: str, width: int) -> None:
    """Wrapped lines tile the text: nothing is lost or drawn twice."""
    lines = wrap(text, width)
    assert lines[0][0] == 0 and lines[-1][1] == len(text)
    for (_, end), (start, _) in zip(lines, lines[1:], strict=False):
        assert end == start


def test_wrap_breaks_at_spaces_and_cuts_long_words() -> None:
    """Words stay whole when they fit; a word wider than the line is cut."""
    text = "alpha beta gamma"
    assert [text[s:e] for s, e in wrap(text, 11)] == ["alpha beta ", "gamma"]
    long = "abcdefghij"
    assert [long[s:e] for s, e in wrap(long, 4)] == ["abcd", "efgh", "ij"]


def test_wide_characters_count_as_two_cells() -> None:
    """CJK text wraps by terminal cells, not by characters."""
    assert wrap("漢字漢字", 4) == [(0, 2), (2, 4)]


def test_geometry_fills_the_width() -> None:
    """Gutters, texts and divider add up to the content width, at 80 columns and up,
    but for one spare column where the texts could not be one width (review r23a: B one
    column wider wrapped an equal row at other words)."""
    for width in (79, 80, 119, 159, 200):
        geo = Geometry.for_width(width)
        assert 2 * GUTTER + DIVIDER + geo.text_a + geo.text_b in (width, width - 1)
        assert geo.text_a == geo.text_b
        assert geo.side_at(geo.a_start) == "a" and geo.side_at(geo.b_start) == "b"


def test_pieces_cover_every_sentence_once(bridge: Comparison) -> None:
    """Each sentence of each side appears in exactly one row."""
    rows = build_rows(bridge)
    seen_a = [p.sentence for r in rows for p in r.a]
    seen_b = [p.sentence for r in rows for p in r.b]
    assert sorted(seen_a) == list(range(len(bridge.a_sentences)))
    assert sorted(seen_b) == list(range(len(bridge.b_sentences)))


def test_word_spans_mark_the_changed_words(bridge: Comparison) -> None:
    """Deleted words are marked on A, inserted words on B, never spaces around them."""
    rows = build_rows(bridge)
    changed = next(r for r in rows if r.kind == "changed" and len(r.a) == 1)
    (a_spans,) = piece_spans(changed, "a")
    (b_spans,) = piece_spans(changed, "b")
    a_text, b_text = changed.a[0].text, changed.b[0].text
    a_marked = [a_text[s:e] for s, e, m, _c in a_spans if m == "delete"]
    b_marked = [b_text[s:e] for s, e, m, _c in b_spans if m == "insert"]
    assert "three" in a_marked and "four" in b_marked
    for text, spans in ((a_text, a_spans), (b_text, b_spans)):
        for s, e, _, _c in spans:
            assert text[s:e] == text[s:e].strip()


def test_word_spans_carry_the_class_of_their_change(bridge: Comparison) -> None:
    """Each marked word has the class of the change it belongs to ("three" -> "four":
    number), and only changes that count are marked."""
    rows = build_rows(bridge)
    changed = next(r for r in rows if r.kind == "changed" and len(r.a) == 1)
    (a_spans,) = piece_spans(changed, "a")
    a_text = changed.a[0].text
    classes = {a_text[s:e]: c for s, e, _m, c in a_spans}
    assert classes["three"] == "number"
    assert set(classes.values()) <= {c.cls for c in changed.row.changes}


def test_spans_split_between_sentences_of_a_group(bridge: Comparison) -> None:
    """In a two-to-one row, each sentence gets the marks that fall inside it."""
    rows = build_rows(bridge)
    group = next(r for r in rows if len(r.a) == 2)
    spans = piece_spans(group, "a")
    texts = [group.a[0].text, group.a[1].text]
    marked = [[texts[k][s:e] for s, e, _, _c in spans[k]] for k in range(2)]
    assert marked[0] == ["."]
    assert marked[1][0].startswith("The ring road")


def test_moved_rows_carry_a_badge_naming_the_counterpart(bridge: Comparison) -> None:
    """A moved row says, on each side, where its counterpart is in the other article."""
    rows = build_rows(bridge)
    moved = next(r for r in rows if r.kind == "moved")
    a, b = moved.a[0], moved.b[0]
    assert a.text.startswith(f"⇄ B#{b.sentence + 1} ")
    assert b.text.startswith(f"⇄ A#{a.sentence + 1} ")
    (spans,) = piece_spans(moved, "a")
    assert spans[0] == (0, a.badge, "moved", None)


def test_rows_are_level_lines(bridge: Comparison) -> None:
    """A row is as tall as its taller side plus the gap; both sides start on its line."""
    rows = build_rows(bridge)
    layout = Layout(rows, Geometry.for_width(60))
    for r, row in enumerate(rows):
        tallest = max(sum(layout.piece_heights(r, s)) for s in ("a", "b"))
        assert layout.row_height(r) == max(tallest, 1) + GAP
        for side in ("a", "b"):
            if row.side(side):
                assert layout.piece_span(r, side, 0)[0] == layout.starts[r]
        for y in range(layout.starts[r], layout.starts[r + 1]):
            assert layout.row_at(y) == r


def test_control_characters_are_not_drawn() -> None:
    """An escape character in an article cannot reach the terminal."""
    cmp = compare(from_text("Hello\x1b[2J world. Fine."), from_text("Hello world. Fine."))
    rows = build_rows(cmp)
    assert all("\x1b" not in p.text for r in rows for p in (*r.a, *r.b))


def test_bidi_overrides_and_c1_are_not_drawn() -> None:
    """A right-to-left override or an 8-bit CSI cannot reorder or steer the pane's line."""
    cmp = compare(from_text("Said\u202e deined\x9b2J. Fine."), from_text("Said denied. Fine."))
    drawn = "".join(p.text for r in build_rows(cmp) for p in (*r.a, *r.b))
    assert "\u202e" not in drawn and "\x9b" not in drawn and "deined" in drawn


def test_runs_cut_text_by_overlapping_layers() -> None:
    """Overlapping ranges of several layers cut the text into runs that name every
    range covering them, in layer order, and the runs tile the text."""
    from newsdiff.tui.layout import runs

    out = runs(12, [[(2, 6, "delete")], [(4, 9, "cue")]])
    assert out == [
        (0, 2, ()),
        (2, 4, ("delete",)),
        (4, 6, ("delete", "cue")),
        (6, 9, ("cue",)),
        (9, 12, ()),
    ]
    assert runs(3, []) == [(0, 3, ())]
