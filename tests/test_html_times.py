"""HTML pages: the text of <time> elements, which trafilatura deletes, is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.corpus.html import extract

from .conftest import ROOT, run_cli

LIVE = ROOT / "tests" / "data" / "liveblog.html"

BYLINE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Council approves budget</title>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves budget</h1>
<div class="byline">By Jane Doe, <time datetime="2023-05-04T10:00">4 May 2023</time></div>
<p>The city council approved a budget of 12 million euros on <time datetime="2023-05-03">
Wednesday</time>, after a long debate that lasted into the night.</p>
<p>The opposition said the plan cut too deeply into social services and promised to
contest it in the courts.</p>
<p>The mayor defended the budget as the only way to balance the books after two years of
deficits and rising costs.</p></article>
<footer>Copyright 2023</footer></body></html>"""


def test_a_live_blog_keeps_its_post_times() -> None:
    """Each post's time is a line of its own, before the post; the sidebar's stay out."""
    art = extract(str(LIVE), LIVE.read_text(encoding="utf-8"), "utf-8")
    lines = art.text.splitlines()
    for time in ("14:05", "13:40", "12:00"):
        assert time in lines
    assert lines.index("14:05") < lines.index("River peaks in town")
    assert "hours ago" not in art.text and "Copyright" not in art.text


def test_a_post_moved_to_another_time_is_a_change(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Before, every row read equal (exit 0): the times were not in the text."""
    moved = tmp_path / "liveblog_b.html"
    moved.write_text(LIVE.read_text(encoding="utf-8").replace(">14:05<", ">15:35<"), "utf-8")
    code, out, _ = run_cli(capsys, "diff", "--format", "plain", str(LIVE), str(moved))
    assert code == 1
    changed = [line for line in out.splitlines() if not line.startswith("  ")]
    assert len(changed) == 1 and "14:05" in changed[0] and "15:35" in changed[0]


def test_a_time_in_a_sentence_stays_in_it_and_the_page_date_is_the_same() -> None:
    """ "approved on <time>Wednesday</time>," read "approved on ,". The byline is still
    left out, and the page's date is still its byline's (htmldate reads <time>s: the
    copies beside them must not change what it reads, 2023-05-03 if they did)."""
    art = extract("budget.html", BYLINE, "utf-8")
    assert "approved a budget of 12 million euros on Wednesday, after" in art.text
    assert "Jane Doe" not in art.text and "4 May 2023" not in art.text
    assert (art.title, art.date) == ("Council approves budget", "2023-05-04")


def test_an_install_without_the_html_cleaner_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review r17c: `pip install .` with Python 3.11's pip left lxml_html_clean out
    (now a dependency of its own) and every page was a traceback; a page read without
    it is one line."""
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import raises ImportError
    code, out, err = run_cli(capsys, "sentences", str(ROOT / "tests" / "data" / "seed_001.html"))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "cannot read HTML pages" in err


def test_the_html_cleaner_is_a_dependency_of_its_own() -> None:
    """jusText asks for it as lxml's extra, which lxml 6 no longer declares."""
    from importlib.metadata import requires

    assert any(
        r.replace("-", "_").startswith("lxml_html_clean") for r in requires("newsdiff") or []
    )
