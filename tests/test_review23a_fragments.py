"""Review r23a finding 3: short HTML fragments give their text.

``newsdiff sentences html/fragment.html`` (``<p>Short brief. Police said two people
were hurt.</p>``) said "no article text in this HTML page (only navigation or
boilerplate)", exit 2: trafilatura keeps nothing under its minimum size. And a
``<div class="article"><p>…`` fragment piped to ``sentences -`` or saved as .txt was
read as plain text, its tags as words.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newsdiff.core.article import load
from newsdiff.corpus import install

from .conftest import run_cli


@pytest.fixture(autouse=True)
def _reader() -> None:
    install()


FRAGMENT = "<p>Short brief. Police said two people were hurt.</p>"
DIV = (
    '<div class="article"><p>The council approved the plan on Monday. Work will start in '
    "May.</p><p>The mayor said it would cost $2m.</p></div>"
)
DIV_TEXT = "The council approved the plan on Monday. Work will start in May.\n\nThe mayor said it would cost $2m.\n"


def test_short_fragment_gives_its_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The review's fragment.html: its two sentences, exit 0."""
    path = tmp_path / "fragment.html"
    path.write_text(FRAGMENT + "\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "sentences", str(path))
    assert (code, err) == (0, "")
    assert [line.split("  ", 3)[-1] for line in out.splitlines()[1:]] == [
        "Short brief.",
        "Police said two people were hurt.",
    ]


def test_markup_saved_as_text_is_read_as_html(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The review's fragment_div.txt and the same piped in: paragraphs, no tags, a note."""
    path = tmp_path / "fragment_div.txt"
    path.write_text(DIV + "\n", encoding="utf-8")
    assert load(str(path)).text == DIV_TEXT
    assert load("-", stdin=io.BytesIO(DIV.encode())).text == DIV_TEXT
    assert capsys.readouterr().err.count("read as HTML") == 2
    code, out, err = run_cli(capsys, "sentences", str(path))
    assert code == 0 and "<p>" not in out
    assert err == f"newsdiff: {path}: read as HTML: it starts and ends with markup\n"


@pytest.mark.parametrize(
    "text",
    [
        "The <b>mayor</b> resigned on Monday.\n",  # text with a tag inside
        "<b>Breaking:</b> the mayor resigned on Monday.\n",  # starts with a tag, ends in text
        "Use <p> and </p> around a paragraph.\n",
    ],
)
def test_text_with_some_tags_stays_text(tmp_path: Path, text: str) -> None:
    """Near misses: text that holds tags but is not markup is read as written."""
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert load(str(path)).text == text


def test_menu_only_fragment_is_still_no_article(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Near miss: a page of a menu and a footer, or a fragment of links only, is still
    "no article text" (the parser's text drops navigation and blocks of links)."""
    for name, page in [
        ("nav.html", '<html><body><nav><a href="/">Home</a> <a href="/w">World</a></nav>'
         "<footer>(c) 2024</footer></body></html>"),
        ("links.txt", '<ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul>'),
    ]:  # fmt: skip
        path = tmp_path / name
        path.write_text(page, encoding="utf-8")
        code, _, err = run_cli(capsys, "sentences", str(path))
        assert code == 2
        assert err.strip().endswith(
            "no article text in this HTML page (only navigation or boilerplate)"
        )
