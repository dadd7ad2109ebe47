"""Issue 16: text with a blank line after every line (news saved a paragraph a line, the
seed articles) skips the reading of each line break; the paragraphs are those the full
reading finds, on any text."""

from __future__ import annotations

import textwrap
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core import paragraphs as module
from newsdiff.core.paragraphs import paragraphs

#: Words of several lengths and kinds: sentence ends, commas, open-ended words, an
#: abbreviation before a number, lower case and capitals, a bullet's marker.
_WORDS = st.sampled_from(
    "The council said it would rise. the of and, Residents were told Feb. 24 9 a.m. "
    'Tuesday - 1. “quoted” "open approx. 3 Minister Prime wrapped-compound '
    "https://example.com/a/very/long/address/that/overflows/every/width/of/wrapped/text".split()
)
#: Blanks a line may carry or be made of: str.strip() and the pattern agree on them.
_BLANKS = st.sampled_from(["", " ", "  ", "\t", "\x0c", "\x0b", "\u2028", "\x85", "\x1c", "\r"])
_BREAKS = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def _texts(draw: st.DrawFn) -> str:
    """Blocks of lines apart by blank lines (or not): one-line paragraphs, paragraphs
    filled at a width, indented lines, lines ending in blanks."""
    newline = draw(_BREAKS) if draw(st.integers(0, 4)) == 0 else "\n"
    blocks = []
    for _ in range(draw(st.integers(0, 6))):
        words = " ".join(draw(st.lists(_WORDS, min_size=1, max_size=40)))
        lines = textwrap.wrap(words, draw(st.integers(20, 90))) if draw(st.booleans()) else [words]
        lines = [draw(_BLANKS) + line + draw(_BLANKS) for line in lines]
        blocks.append(newline.join(lines))
    gaps = [
        newline + draw(_BLANKS) + newline if draw(st.integers(0, 5)) else newline for _ in blocks
    ]
    return draw(_BLANKS) + "".join(b + g for b, g in zip(blocks, gaps, strict=True))


def _full_reading(text: str) -> list[tuple[int, int]]:
    """The paragraphs as if no blank line followed every line: the full reading."""
    lines = module.lines_of(text)[0]
    with mock.patch.object(module, "lines_of", lambda _text: (lines, False)):
        return paragraphs(text)


@settings(max_examples=400, deadline=None)
@given(_texts())
def test_paragraphs_are_those_of_the_full_reading(text: str) -> None:
    assert paragraphs(text) == _full_reading(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_BLANKS, st.lists(_WORDS, min_size=1, max_size=30)), max_size=8))
def test_a_paragraph_a_line_is_every_line(lines: list[tuple[str, list[str]]]) -> None:
    """Only one-line blocks: the case the shortcut takes, held to the full reading."""
    text = "\n\n".join(blank + " ".join(words) for blank, words in lines)
    assert paragraphs(text) == _full_reading(text)


def test_a_paragraph_a_line_skips_the_reading_of_each_break() -> None:
    text = "A headline over the story\n\nBy Jane Smith\n \nThe council met on Tuesday.\n"
    with mock.patch.object(module, "_soft_breaks", side_effect=AssertionError):
        assert paragraphs(text) == [(0, 25), (27, 40), (43, 70)]
