"""A box of teasers of other stories is no part of the article (review r24a finding 2).

``newsdiff sentences cases/html/heraldsun_oakes.html``: sentences #38-#45 were the
"Other Opinion Columns" box ("Editorial Fraser's lasting legacy", "JOE HILDEBRAND HOW
is it that ideas and philosophies that are patently absurd capture people's
imagination?"), and ``scan`` paired that page with another story of the same template
(longest 98 words: the box). The box is found by its shape (linked headlines, each with
a short standfirst), so the class names here are not the Herald Sun's.
"""

from __future__ import annotations

from pathlib import Path

from newsdiff.corpus.html import extract

from .conftest import cli_captured

STORY = [
    "A HIGH-powered federal government team has been doing the rounds of media "
    "organisations in the past few days in an attempt to allay concerns about the impact "
    "of new surveillance legislation on press freedom.",
    "The roadshow featured the Prime Minister's national security adviser, Andrew "
    "Shearer, and Australian Federal Police Commissioner Andrew Colvin, who met executives "
    "from the networks, the ABC and the media union over several days this month.",
    "The Bill would require telecommunications service providers to store so-called "
    "metadata for two years so security and law enforcement agencies can access it "
    "without a warrant, and the Press Council says that would crush investigative work.",
    "The Data Retention Bill will be debated in the House of Representatives this week, "
    "and on Friday the heads of leading media organisations will front the parliamentary "
    "committee to air their concerns before the legislation goes to the Senate.",
]

#: The reviewer's box, its markup kept and its class names made up.
BOX = """<div class="g1"><div class="g2"><h2 class="x">Other Opinion Columns</h2></div>
<div class="g3">
<div class="b1"><h4><strong class="k">Editorial</strong>
<a href="/news/opinion/malcolm-frasers-lasting-legacy/story-1227272078989">Fraser's lasting legacy</a></h4>
<a href="/news/opinion/malcolm-frasers-lasting-legacy/story-1227272078989"><img src="t.jpg" alt=""></a>
<p class="s">MALCOLM Fraser — an effective prime minister controversially installed, soundly elected and re-elected, a relentless contributor, thinker and reformer, a blue-blooded egalitarian.</p>
<div class="f"><ul class="m"></ul></div></div>
<div class="b1"><h4><strong class="k">Wave of stupidity</strong>
<a href="/news/opinion/doctor-knows-best/story-1227272060915">Doctor knows best, not Starbeam Fantapants</a></h4>
<p class="s"><em>JOE HILDEBRAND </em>HOW is it that ideas and philosophies that are patently absurd capture people's imagination? It seems we're being swamped by a wave of stupidity.</p></div>
<div class="b1"><h4><strong class="k">True liberal</strong>
<a href="/news/opinion/malcolm-fraser-was-a-man-of-contrasts/story-1227272039501">Ex-PM a man of contrasts</a></h4>
<p class="s"><em>LAURIE OAKES </em>IT was said that Malcolm Fraser moved to the Left after losing office but the former PM didn't change - he was always a "small l" liberal.</p></div>
</div></div>"""


def page(body: str, after: str = "") -> str:
    return (
        "<html><head><title>Press freedom</title></head><body><div class='main'>"
        f"<h1>Media the casualty of data laws</h1>{body}</div>{after}</body></html>"
    )


def paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def text_of(html: str) -> str:
    return extract("page.html", html, "utf-8").text


def test_a_box_of_teasers_is_left_out() -> None:
    """The finding's box goes, its heading with it; every sentence of the story stays."""
    before = text_of(page(paragraphs(STORY)))
    assert text_of(page(paragraphs(STORY) + BOX)) == before
    for gone in ("Other Opinion Columns", "Fraser's lasting legacy", "JOE HILDEBRAND", "small l"):
        assert gone not in text_of(page(paragraphs(STORY) + BOX))


def test_two_stories_sharing_only_the_box_are_no_pair(tmp_path: Path) -> None:
    """`newsdiff scan heraldsun_oakes.html heraldsun_midwives.html` paired two unrelated
    stories of one template by their box; now no pair."""
    other = [
        "Six midwives have been suspended at Wollongong Hospital, south of Sydney, for "
        "inappropriate use of nitrous oxide, the area health service said on Friday.",
        "The service's chief executive officer says no one was put at risk, because other "
        "staff noticed the problem and the matter was referred to the police at once.",
    ]
    a, b = tmp_path / "oakes.html", tmp_path / "midwives.html"
    a.write_text(page(paragraphs(STORY) + BOX), encoding="utf-8")
    b.write_text(page(paragraphs(other) + BOX), encoding="utf-8")
    code, out, _ = cli_captured("scan", str(a), str(b))
    assert code == 0
    assert "2 articles, 0 pairs" in out


def test_linked_headings_that_are_the_story_stay() -> None:
    """Near misses: a listicle whose items are linked headings with their paragraphs (most
    of the page), a story's own sub-headings, and headings that link within the page."""
    listicle = "".join(
        f'<h3><a href="/books/{n}">Book number {n}</a></h3><p>{t}</p>'
        for n, t in enumerate(STORY, 1)
    )
    text = text_of(page(listicle))
    assert all(t[:60] in text for t in STORY) and "Book number 3" in text
    sections = "".join(f"<h3>Part {n}</h3><p>{t}</p>" for n, t in enumerate(STORY, 1))
    assert "Part 2" in text_of(page(sections))
    anchors = "".join(
        f'<h3><a href="#part{n}">Part {n}</a></h3><p>{t[:120]}</p>' for n, t in enumerate(STORY, 1)
    )
    assert "Part 4" in text_of(page(paragraphs(STORY) + anchors))
