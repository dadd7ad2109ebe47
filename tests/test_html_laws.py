"""Laws of HTML input (stop 22, make fuzz): any bytes of markup as an article give text
or one line on stderr and exit 2, never a traceback; an article written as a simple page
(a <p> a paragraph, a menu above it and a footer below) reads as the same sentences as
its plain text."""

from __future__ import annotations

import os
import tempfile
from html import escape
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdiff.core.invisible import as_seen
from newsdiff.core.sentences import split_sentences
from newsdiff.corpus.html import extract

from .conftest import cli_captured
from .test_user_laws import POOL

_SHM = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
_TAGS = [
    "p", "div", "span", "nav", "footer", "header", "article", "main", "script", "style", "a",
    "b", "time", "blockquote", "figure", "figcaption", "table", "td", "ul", "li", "h1",
    "title", "head", "body", "html", "meta", "br", "img", "svg", "template", "noscript",
    "textarea", "pre", "form", "aside", "section",
]  # fmt: skip
_ATTRS = [
    'class="content"', 'id="main"', 'class="pull-quote"', 'charset="koi8-r"',
    'http-equiv="Content-Type" content="text/html; charset=utf-16"', 'class="related"',
    'type="application/ld+json"', 'href="http://x"', 'datetime="2020-01-01"', "x=", '"',
    'itemprop="articleBody"', 'dir="rtl"', "\x00",
]  # fmt: skip
_WORDS = st.text(max_size=60) | st.sampled_from(
    [
        "Inflation rose 3% in May.", "The mayor resigned on Monday after a vote.", "&amp;",
        "&#0;", "&#x110000;", "&nbsp;", "<!--", "-->", "<![CDATA[", "]]>", "\ufeff", "\x0c",
        '{"articleBody": "Inflation rose"}', "Subscribe to continue reading", "Read more: x",
        "Photo: Reuters", "北京今天发生交通事故。",
    ]
)  # fmt: skip


@st.composite
def pages(draw: st.DrawFn) -> bytes:
    """Markup nested a few deep, tags left open or closed wrongly, in some encoding."""

    def nodes(depth: int) -> str:
        out = []
        for _ in range(draw(st.integers(0, 4 if depth < 6 else 0))):
            if draw(st.booleans()):
                out.append(draw(_WORDS))
                continue
            tag = draw(st.sampled_from(_TAGS))
            attrs = " ".join(draw(st.lists(st.sampled_from(_ATTRS), max_size=2)))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{draw(st.sampled_from(_TAGS))}>"]))
            out.append(f"<{tag} {attrs}>{nodes(depth + 1)}{close}")
        return "".join(out)

    start = ["", "<!doctype html>", "<html>", "<?xml version='1.0' encoding='latin-1'?>"]
    page = draw(st.sampled_from(start)) + nodes(0)
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1252", "bytes"]))
    if encoding == "bytes":
        return page.encode("utf-8", "surrogatepass") + draw(st.binary(max_size=20))
    return page.encode(encoding, "replace")


@settings(max_examples=25, deadline=None)
@given(pages(), st.sampled_from([".html", ".txt"]), st.sampled_from(["sentences", "diff"]))
# Found by hypothesis (stop 22): a page in UTF-16 with no article text said how it was
# decoded, then that it had no article text: two lines for one refusal.
@example(b"\xff\xfe" + "<!doctype html>".encode("utf-16-le"), ".html", "sentences")
def test_any_page_is_text_or_one_line_and_exit_2(data: bytes, suffix: str, command: str) -> None:
    with tempfile.TemporaryDirectory(dir=_SHM) as tmp:
        page, other = Path(tmp) / f"page{suffix}", Path(tmp) / "other.txt"
        page.write_bytes(data)
        other.write_text("Inflation rose 3% in May.", encoding="utf-8")
        argv = [command, str(page), *([str(other)] if command == "diff" else [])]
        code, _, err = cli_captured(*argv)
    assert "Traceback" not in err
    assert code in ((0, 1, 2) if command == "diff" else (0, 2)), (code, err)
    if code == 2:
        assert len(err.strip().splitlines()) == 1, err


_MENU = ["Home", "World", "Business", "Sport", "Subscribe", "Sign in"]
_FOOTER = ["© 2024 The Daily News. All rights reserved.", "Privacy policy", "Contact us"]


def _page(title: str, paragraphs: list[str]) -> str:
    menu = "".join(f'<li><a href="/{item.lower()}">{item}</a></li>' for item in _MENU)
    footer = " ".join(f'<a href="/about">{escape(item)}</a>' for item in _FOOTER)
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{escape(title)}</title>"
        f"</head><body><header><nav><ul>{menu}</ul></nav></header><main><article>"
        f"<h1>{escape(title)}</h1>\n{body}</article></main><footer>{footer}</footer></body></html>"
    )


_TITLES = ["Mayor resigns after vote", "Prices rise again", "Storm hits the coast"]


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A title and paragraphs of ``POOL`` sentences; no paragraph twice in a row (the
    extractor drops a long paragraph repeating the one before it as a parsing artefact)."""
    title = draw(st.sampled_from(_TITLES))
    sentences = st.lists(st.sampled_from(POOL), min_size=1, max_size=4).map(" ".join)
    paragraphs = draw(st.lists(sentences, min_size=1, max_size=8))
    return title, [p for k, p in enumerate(paragraphs) if k == 0 or p != paragraphs[k - 1]]


@settings(max_examples=15, deadline=None)
@given(articles())
# Found by hypothesis (stop 22): a story of one short paragraph came with the menu:
# "Home", "World", ... "Sign in" were its sentences before "Inflation rose 3% in May.".
@example(("Mayor resigns after vote", ["Inflation rose 3% in May."]))
def test_a_simple_page_reads_as_its_plain_text(article: tuple[str, list[str]]) -> None:
    title, paragraphs = article
    page = extract("page.html", _page(title, paragraphs), "utf-8")
    plain = "\n\n".join([title, *paragraphs]) + "\n"
    # The extractor writes a no-break space as a space: the same words to a reader.
    got = [as_seen(s.text) for s in split_sentences(page.text, "en")]
    assert got == [as_seen(s.text) for s in split_sentences(plain, "en")], page.text
