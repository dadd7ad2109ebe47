"""HTML pages: lines inside the article that are no part of its text (related links,
pull-quotes, calls to sign up or follow, photo credits) are left out; prose stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdiff.corpus.html import extract

from .conftest import run_cli

# Review r17c finding 10: html/quake_messy.html, beside its plain text scan/e3_quake_a.txt.
QUAKE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Quake kills four in San Telmo - Corvara Times</title></head><body>
<div class="ad">ADVERTISEMENT</div><nav>World | Business | Opinion</nav>
<article><h1>Magnitude 6.2 earthquake shakes southern Corvara</h1>
<p>A magnitude 6.2 earthquake struck southern Corvara on Saturday evening, damaging older buildings in the town of San Telmo and killing at least four people, officials said.</p>
<div class="ad-slot">Advertisement - scroll to continue</div>
<p>The quake hit at 9:12 p.m. local time at a depth of about 10 kilometres, according to the national seismological institute.</p>
<p><strong>Read more:</strong> <a href="/x">Why Corvara is so prone to earthquakes</a></p>
<blockquote class="pull-quote">Rescue teams were searching the rubble</blockquote>
<p>Rescue teams were searching the rubble of a collapsed apartment block in the old quarter overnight.</p>
<p>Interior minister Paolo Renzi said 37 people had been taken to hospital and that the army had been sent to help.</p>
<div class="newsletter">Sign up to our morning briefing. Enter your email address.</div>
</article>
<div class="most-read"><h2>Most read</h2><ol><li>Celebrity chef opens new restaurant in capital</li><li>Ten things to do this weekend</li></ol></div>
</body></html>"""

PLAIN = """Magnitude 6.2 earthquake shakes southern Corvara

A magnitude 6.2 earthquake struck southern Corvara on Saturday evening, damaging older buildings in the town of San Telmo and killing at least four people, officials said.

The quake hit at 9:12 p.m. local time at a depth of about 10 kilometres, according to the national seismological institute.

Rescue teams were searching the rubble of a collapsed apartment block in the old quarter overnight.

Interior minister Paolo Renzi said 37 people had been taken to hospital and that the army had been sent to help.
"""

FIRST = (
    "<p>The council voted on Tuesday to approve the new budget after a debate that lasted "
    "most of the night and ended with a narrow majority.</p>"
)
LAST = (
    "<p>The mayor said the plan would balance the books within two years, despite rising "
    "costs across the city.</p>"
)


def _lines(middle: str) -> list[str]:
    """The lines a page's extraction holds besides its headline and two paragraphs."""
    page = (
        "<html><head><title>Budget approved</title></head><body><article>"
        f"<h1>Budget approved</h1>{FIRST}{middle}{LAST}</article></body></html>"
    )
    text = extract("budget.html", page, "utf-8").text
    known = ("Budget approved", "lasted most of the night", "balance the books")
    return [line for line in text.splitlines() if line and not any(k in line for k in known)]


def test_the_reviewers_read_more_line_and_pull_quote_are_no_rows(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Before: "+ Read more: Why Corvara is so prone to earthquakes" and "+ Rescue teams
    were searching the rubble" were added rows beside the plain text of the same story."""
    (tmp_path / "a.txt").write_text(PLAIN, "utf-8")
    (tmp_path / "b.html").write_text(QUAKE, "utf-8")
    code, out, _ = run_cli(
        capsys, "diff", "--format", "plain", str(tmp_path / "a.txt"), str(tmp_path / "b.html")
    )
    assert code == 0, out
    assert "Read more" not in out and out.count("Rescue teams were searching the rubble") == 1


@pytest.mark.parametrize(
    "middle",
    [
        '<p>READ MORE: <a href="/x">Why budgets matter so much</a></p>',
        '<p>See also: <a href="/a">Budget cuts</a>, <a href="/b">School closures</a></p>',
        '<p><b>Related</b> <a href="/r">Schools brace for cuts</a></p>',
        '<p><a href="/more">Read more</a></p>',
        '<ul class="related"><li><a href="/a">Mayor defends budget plan</a></li></ul>',
        '<p>Sign up for our daily newsletter <a href="/s">here</a></p>',
        '<p>Follow us on <a href="/t">Twitter</a> and <a href="/f">Facebook</a></p>',
        '<p><a href="/c">Click here</a> to read the full report.</p>',
        '<p class="photo-credit">Photo: John Smith/Reuters</p>',
        "<p><em>Photo: John Smith/Reuters</em></p>",
        "<p>(AP Photo/Jane Doe)</p>",
        '<blockquote><p>"The council voted on Tuesday to approve the new budget"</p></blockquote>',
        '<div class="quote-box">The council voted … a narrow majority</div>',
        '<div class="picBox"><img src="a.jpg" alt=""><p>The mayor speaks in the hall</p></div>',
        '<div class="media"><img src="a.jpg"><span>The mayor in the hall. (Reuters)</span></div>',
        '<div class="nextstory"><h2><a href="/n">Another story</a></h2><p>A teaser of another '
        'story that goes on about something else [&hellip;]</p><h3><a href="/n">READ THE REST'
        "</a></h3></div>",
    ],
)
def test_lines_that_are_no_part_of_the_story_are_left_out(middle: str) -> None:
    """Each kept a line of its own before (a related link, a call to the reader, a
    photo credit, a pull-quote the body repeats, a caption beside its image, the teaser
    of the next story)."""
    assert _lines(middle) == []


@pytest.mark.parametrize(
    "middle",
    [
        "<p>Related charges were filed against two other men, police said on Wednesday.</p>",
        "<p>Sign up for the draft begins on Monday, officials said, with thousands expected.</p>",
        '<p>Watchdog groups said the plan was flawed, <a href="/r">according to a report</a>.</p>',
        '<p>Related: the minister also said the <a href="/x">earlier plan</a> had failed '
        "because of costs that rose sharply.</p>",
        "<blockquote><p>We will not accept cuts to schools, whatever the cost to the city."
        "</p></blockquote>",
        "<p>Picture: a town hall packed to its doors, a mayor on her feet and a council "
        "that would not give way until well after midnight.</p>",
        '<p><img src="a.jpg"><br>The mayor spoke for an hour.</p>',
        '<p>The mayor, <a class="related-topic" href="/t">Anna Berg</a>, spoke for an hour.</p>',
    ],
)
def test_prose_that_looks_like_such_a_line_stays(middle: str) -> None:
    """A paragraph starting "Related" or "Sign up" without a link, one whose links are
    a few of its words, a blockquote the body does not repeat, a long "Picture:", a
    paragraph that opens with an image, a link inside a sentence whose class says
    "related": each stays whole."""
    from lxml.html import fromstring

    assert _lines(middle) == [" ".join(fromstring(middle).text_content().split())]


def test_the_bench_pages_keep_their_story_and_lose_what_is_not() -> None:
    """bench/html_bench.py's real pages: every snippet expected in the text is there,
    every one expected out is not (trafilatura's own and those added there)."""
    import json

    from .conftest import ROOT

    data = ROOT / "bench" / "data" / "html"
    for page in json.loads((data / "expected.json").read_text(encoding="utf-8"))["pages"]:
        path = data / page["file"]
        text = " ".join(extract(str(path), path.read_text(encoding="utf-8"), "utf-8").text.split())
        assert [s for s in page["with"] + page["with_added"] if s not in text] == []
        assert [s for s in page["without"] + page["without_added"] if s in text] == []
