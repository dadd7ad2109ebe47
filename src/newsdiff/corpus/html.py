"""HTML pages: the article's title and main text, boilerplate dropped (trafilatura)."""

from __future__ import annotations

import re
from typing import Any

from newsdiff.core.article import Article, InputError, normalize

HTML_SUFFIXES = (".html", ".htm")
#: Below this many characters an extraction is checked again (trafilatura's own
#: min_extracted_size).
SHORT = 250

# A page starts with a doctype or one of the outer elements, perhaps after comments.
_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


#: htmldate's settings: the date the page's metadata states, no guess from its text.
DATE_PARAMS = {"extensive_search": False, "original_date": True}

# Only a page with a <time> element needs the pre-pass (``_with_times``).
_TIME = re.compile(r"<time\b", re.I)
#: Elements whose children are blocks: a <time> directly inside one stands on its own
#: (a live blog post's time), elsewhere it is words of a sentence.
_BLOCKS = frozenset({"article", "section", "div", "header", "main", "body", "li"})


#: How far into a page its charset is looked for (browsers: 1,024 bytes; pages put the
#: meta tag after long scripts and styles too).
PRESCAN = 8192

# <meta charset="x">, <meta http-equiv="Content-Type" content="text/html; charset=x">,
# and XHTML's <?xml ... encoding="x"?>.
_DECLARED = re.compile(
    r"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)|<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)""",
    re.I,
)


def declared_charset(head: str) -> str | None:
    """The charset the start of a page declares, or None."""
    found = _DECLARED.search(head)
    return (found.group(1) or found.group(2)) if found else None


def is_html(path: str, text: str) -> bool:
    """An HTML page by its name (``.html``, ``.htm``) or by how its text starts; or a
    fragment of one (``is_fragment``)."""
    return (
        path.lower().endswith(HTML_SUFFIXES)
        or bool(_HTML_START.match(text[:4096]))
        or is_fragment(text)
    )


# An element that starts a fragment of a page, and a closing tag or a tag ending it.
_FRAGMENT_START = re.compile(
    r"\A\s*<(?:p|div|article|section|main|span|h[1-6]|ul|ol|li|table|blockquote|figure|a|b|i|em|strong)\b[^<>]*>",
    re.I,
)
_FRAGMENT_END = re.compile(r"(?:</[a-z][a-z0-9]*|/)\s*>\s*\Z", re.I)


def is_fragment(text: str) -> bool:
    """Whether ``text`` is markup with no page around it: it starts with an element's
    tag and ends with a tag (``<div class="article"><p>...</p></div>`` pasted or saved
    as .txt read as words with its tags). "The <b>mayor</b> resigned." is text."""
    return bool(_FRAGMENT_START.match(text[:4096])) and bool(_FRAGMENT_END.search(text[-256:]))


def sniffed_fragment(path: str, text: str) -> bool:
    """Whether ``text`` is read as HTML only as a fragment, not by its name or a page's
    start: then that is said (a .txt that is markup is read as HTML)."""
    return (
        not path.lower().endswith(HTML_SUFFIXES)
        and not _HTML_START.match(text[:4096])
        and is_fragment(text)
    )


def extract(path: str, text: str, encoding: str) -> Article:
    """The article in an HTML page: its title, then its paragraphs one blank line apart.

    trafilatura drops navigation, promos, related links and comments; the lines it keeps
    that are no part of the story (``page_parts``: related links, pull-quotes, captions)
    go before it reads the page. Offsets and tags
    refer to this extracted text; the article's path stays the page's. The date is the
    one the page's metadata states (no guess from a copyright line). Raises InputError
    for a page with no article text.
    """
    import logging

    from newsdiff.corpus.page_parts import drop, page_parts  # a text file never needs them

    try:
        import trafilatura
    except ImportError as exc:  # an install that left out a part (lxml_html_clean)
        raise InputError(path, f"cannot read HTML pages: {exc}; reinstall newsdiff") from None

    # trafilatura and htmldate log what they could not find as warnings; the one line
    # newsdiff owes the user is the InputError below.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    page: Any = text
    meta = None
    tree = trafilatura.load_html(text)
    if tree is not None:
        page = tree  # parsed once: trafilatura works on a copy of a tree it is given
        parts = page_parts(tree)
        timed = _TIME.search(text) is not None
        if parts or timed:
            # The title and date of the page as it came, read before the pre-passes
            # change it: htmldate reads the page's date from its <time> elements, and
            # the copies beside them would change what it reads (it leaves the tree be).
            meta = trafilatura.extract_metadata(tree, None, DATE_PARAMS, False)
            drop(parts)
            if timed:
                _with_times(tree)

    def run(precise: bool) -> tuple[Any, list[str]]:
        doc = trafilatura.bare_extraction(
            page,
            # The page's title and date are read once: from the page as it came when the
            # pre-passes changed the tree (``meta``), else here.
            with_metadata=meta is None and not precise,
            include_comments=False,
            fast=precise,
            favor_precision=precise,
            date_extraction_params=DATE_PARAMS,
        )
        body = getattr(doc, "text", None) or ""
        return doc, [p.strip() for p in body.splitlines() if p.strip()]

    doc, paragraphs = run(precise=False)
    # A short result may be the fallback's pick of menus and promos from a page with no
    # article: only a page the precise pass also finds text in has an article, and that
    # text is it (a one-line story under a menu came with the menu's "Home", "World",
    # "Sign in" as sentences before it: found by fuzz22).
    if sum(map(len, paragraphs)) < SHORT:
        paragraphs = run(precise=True)[1]
    if "articleBody" in text:  # a check in C: most pages have no JSON-LD body
        paragraphs = _full_body(text, paragraphs) or paragraphs
    if not paragraphs:
        # trafilatura keeps no text under its minimum size ("<p>Short brief. Police said
        # two people were hurt.</p>" was "no article text"): the parser's own text.
        paragraphs = parsed_text(text)
    if not paragraphs:
        raise InputError(path, "no article text in this HTML page (only navigation or boilerplate)")
    if meta is not None:
        doc = meta
    title = (getattr(doc, "title", None) or "").strip()
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    date = getattr(doc, "date", None) or ""
    return Article(
        path=path,
        text="\n\n".join(paragraphs) + "\n",
        encoding=encoding,
        title=title or paragraphs[0][:120],
        date=date,
    )


def _with_times(tree: Any) -> Any:
    """``tree`` with the text of each <time> element copied just before it.

    trafilatura deletes every <time> with its text, whatever its options (the element is
    in ``trafilatura.settings.MANUALLY_CLEANED``): a live blog lost its posts' times, so
    a post moved from 14:05 to 15:35 read the same, and "approved on <time>Wednesday
    </time>, after" read "approved on , after". The copy is a paragraph where the time
    stands between blocks, else a span inside the sentence; trafilatura then keeps or
    drops it with what surrounds it (a byline or a list of links still goes).
    """
    for time in list(tree.iter("time")):
        words = " ".join(time.text_content().split())
        parent = time.getparent()
        if words and parent is not None:
            copy = time.makeelement("p" if parent.tag in _BLOCKS else "span")
            copy.text = words
            time.addprevious(copy)
    return tree


#: The JSON-LD body replaces the extracted text when it is at least this many times as
#: long (and holds the text's first paragraph): a paywall's teaser and its "Subscribe to
#: continue reading" against the whole story the page carries for search engines.
FULLER = 1.5


def _full_body(page: str, paragraphs: list[str]) -> list[str] | None:
    """The paragraphs of the page's JSON-LD ``articleBody`` when it is the whole of what
    trafilatura extracted a part of, else None.

    A paywalled page shows its first paragraph and a subscription box, and puts the full
    text in its schema.org metadata. trafilatura reads that ``articleBody`` only when it
    finds no text at all, so the teaser and "Subscribe ... / Log in" were the article.
    The body is taken only when it starts the same way (the extracted first paragraph
    is in it) and is ``FULLER`` times as long: a short or another summary is not it.
    """
    import json

    import trafilatura

    tree = trafilatura.load_html(page)
    if tree is None:
        return None
    scripts = tree.xpath('//script[@type="application/ld+json"]')
    bodies: list[str] = []
    for script in scripts:
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        _collect_bodies(data, bodies)
    if not bodies or not paragraphs:
        return None
    body = max(bodies, key=len)
    flat = " ".join(normalize(body).split())
    # The teaser is the first paragraph, or the second after a headline; a sentence, so
    # that "Log in" found in a body by chance counts for nothing.
    starts = any(len(p) >= 40 and normalize(p) in flat for p in paragraphs[:2])
    if not starts or len(body) < FULLER * sum(map(len, paragraphs)):
        return None
    return [p.strip() for p in body.splitlines() if p.strip()]


def _collect_bodies(data: Any, out: list[str]) -> None:
    """Every ``articleBody`` string in a JSON-LD document (a list, an ``@graph``)."""
    if isinstance(data, list):
        for item in data:
            _collect_bodies(item, out)
    elif isinstance(data, dict):
        body = data.get("articleBody")
        if isinstance(body, str) and "<" not in body:  # text, not markup to strip
            out.append(body)
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if key in data:
                _collect_bodies(data[key], out)


#: What is no part of a page's text: navigation, page furniture, code, forms.
_NOT_TEXT = (
    "nav", "header", "footer", "aside", "script", "style", "form", "noscript", "template",
    "head", "svg", "button", "select", "textarea", "iframe",
)  # fmt: skip
#: The elements a paragraph of text is the innermost of.
_PARAGRAPHS = (
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "td", "th", "pre", "dd",
    "dt", "figcaption", "div", "article", "section", "main", "body", "html",
)  # fmt: skip


def parsed_text(text: str) -> list[str]:
    """The paragraphs of a page or fragment as an HTML parser reads them: the text of
    each innermost block, without navigation, header, footer, scripts and forms, and
    without blocks of links only (a menu, a promo). For what trafilatura finds too short
    to be an article; a page of menus and links still gives none."""
    # trafilatura's parser (installed with it), which ships no type stubs
    from lxml import etree  # type: ignore[import-untyped]
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(text.replace("\x00", ""))
    except (ValueError, etree.LxmlError):  # no element at all, or markup lxml refuses
        return []
    for el in list(root.iter(*_NOT_TEXT)):
        if el is not root and el.getparent() is not None:
            el.drop_tree()  # its tail (the text after it) stays
    if root.tag in _NOT_TEXT:
        return []
    paragraphs = []
    for el in root.iter(*_PARAGRAPHS):
        if next(el.iterdescendants(*_PARAGRAPHS), None) is not None:
            continue
        words = " ".join(el.text_content().split())
        linked = "".join("".join(a.text_content().split()) for a in el.iter("a"))
        if words and len(linked) < len(words.replace(" ", "")):
            paragraphs.append(words)
    return paragraphs
