"""The parts of a news page that sit inside its article but are no part of its text:
related-link lines, pull-quotes, sign-up calls, photo credits, captions and boxes of
teasers of other stories (``corpus/html.py`` removes them before trafilatura reads the
page)."""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

# What a page names, by an element's class or id, a pull-quote, a caption or credit, a
# box of related links or of the next story, or a sign-up. trafilatura's own lists miss
# "pull-quote", "credit" and "nextstory", and look for "related" and "newsletter" only on
# a div, p, section or span (not on a blockquote, ul, li or aside).
_NAMED = re.compile(
    r"pull[-_]?quote|caption|credit|related|read[-_]?more|next[-_]?(?:story|post)|see[-_]also"
    r"|newsletter|sign[-_]?up",
    re.I,
)
# ... but a wrapper of the story itself may carry such a name too ("story has-related").
_WRAPPERS = frozenset({"html", "body", "article", "main"})
#: A wrapper holds the headline or this many paragraphs of a body's length (characters).
STORY_PARAGRAPHS, STORY_PARAGRAPH = 3, 200

# A label that announces a link to another story: "Read more:", "READ MORE", "Related:",
# "See also:", "Related coverage |", "Watch:".
_LABEL = re.compile(
    r"(?:read (?:more|also|next|the rest|the full story)|also read|continue reading|full story"
    r"|related(?: \w+)?|see also|more on this(?: story)?|further reading|recommended(?: reading)?"
    r"|watch|listen)\b(?P<sep>\s*[:|»›>–—-])?",
    re.I,
)
# A call to the reader: "Click here", "Sign up for our ...", "Follow us on", "Subscribe to".
_CALL = re.compile(
    r"(?:click here|sign up (?:for|to|now|here)|subscribe (?:to|now|here|for)|follow us on"
    r"|join us on|download (?:our|the) app)\b",
    re.I,
)
# A photo credit on its own: "Photo: John Smith/Reuters", "Image: AP", "(AP Photo/Jane Doe)".
_CREDIT = re.compile(
    r"\(?(?:(?:photo(?:graph)?s?|image|picture|pictures|credit|photo credit|illustration)\s*:"
    r"|(?:AP|AFP|EPA|Reuters|Getty)(?: Images)? ?Photo\s*/)",
    re.I,
)
#: A credit is a name and an agency, not a sentence.
CREDIT_WORDS = 10
_BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "table", "section", "article", "blockquote", "figure"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "aside", "form"}
)
_LINES = frozenset({"p", "div", "li", "h2", "h3", "h4", "h5", "h6", "figcaption", "small"})
_WORD = re.compile(r"\w+")
#: A caption is a sentence or a line of credit, not a paragraph of the story.
CAPTION_WORDS = 30
#: ... and a small part of the page's text (here a quarter at most).
CAPTION_SHARE = 4
_INLINE = frozenset({"a", "span", "picture", "source", "noscript", "i", "em", "b", "strong"})
_BOXES = frozenset({"div", "figure", "section"})
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: A pull-quote repeats at least this many words of the body (a short "No." or "Yes,"
#: repeated by chance is no pull-quote).
QUOTE_WORDS = 4
#: A teaser of another story: a headline that links to it, and at most a standfirst of
#: this many words besides.
TEASER_WORDS = 60
#: A box of teasers holds at least two, and less of the page's text than the rest does.
TEASERS, TEASER_SHARE = 2, 2


def page_parts(tree: Any) -> list[Any]:
    """The elements of ``tree`` that are lines linking to other stories, calls on the
    reader, photo credits, pull-quotes and captions (``drop`` removes them).

    trafilatura keeps a paragraph "<strong>Read more:</strong> <a>Why Corvara is so
    prone to earthquakes</a>" and a ``<blockquote>`` repeating a sentence of the body:
    both read as added sentences beside the plain text of the same story. What is
    removed is a line of the page: a label ("Read more:", "Related:", "See also:")
    before text that is mostly a link; a call ("Click here", "Sign up for", "Follow us
    on") in a line with a link or a form control; a credit ("Photo: ...") of a few
    words; a blockquote or a quote-classed element whose words the page's paragraphs
    hold elsewhere; a box that holds an image and a few words of its own (its caption);
    what the page's class names or ids call a pull-quote, caption, credit, related or
    next-story box or a sign-up, a ``<figcaption>``; and a box of teasers, each a
    headline linked to another story and a short standfirst, with the box's own
    heading ("Other Opinion Columns").
    A paragraph that starts "Related charges were filed ..." has no link and stays; so
    do a blockquote quoting what the body does not and a paragraph that opens with an
    image.
    """
    doomed = [el for el in tree.iter() if _named(el)]
    doomed += [el for el in tree.iter(*_LINES) if _is_line(el) and _boilerplate(el)]
    paragraphs = [(p, _text(p)) for p in tree.iter("p")]
    doomed += _pull_quotes(tree, set(doomed), paragraphs)
    body = sum(len(text) for _, text in paragraphs)
    doomed += _captions(tree, body)
    doomed += _teaser_boxes(tree, body)
    return doomed


def drop(parts: list[Any]) -> None:
    """Remove each element from its tree, its tail text kept."""
    for el in parts:
        if el.getparent() is not None:  # not inside one dropped before it
            el.drop_tree()


def _named(el: Any) -> bool:
    """An element the page names as no part of the story, and not the story's wrapper.

    Done here once rather than through trafilatura's ``prune_xpath``, which runs its
    expression on each of its passes: the same test in XPath (lower-casing each class
    and id) took 4 to 8 times as long as this on a news page.
    """
    if el.tag == "figcaption":
        return True
    # A block only: a link or span so named inside a sentence ("<a class="related-topic">
    # Paolo Renzi</a> said") holds words of the sentence.
    if el.tag not in _BLOCKS or el.tag in _WRAPPERS:
        return False
    names = el.get("class"), el.get("id")
    if not any(name and _NAMED.search(name) for name in names):
        return False
    if any(True for _ in el.iter("h1")):
        return False
    long = (p for p in el.iter("p") if len(_text(p)) > STORY_PARAGRAPH)
    return sum(1 for _ in islice(long, STORY_PARAGRAPHS)) < STORY_PARAGRAPHS


def _is_line(el: Any) -> bool:
    """A block that holds no other block: one line of the extracted text."""
    return not any(child.tag in _BLOCKS for child in el.iterdescendants())


def _text(el: Any) -> str:
    return " ".join(el.text_content().split())


def _boilerplate(el: Any) -> bool:
    text = _text(el)
    if not text:
        return False
    if (label := _label(el, text)) is not None:
        rest = text[label:].strip()
        links = sum(len(_text(a)) for a in el.iter("a"))
        if links >= max(len(rest), 1) / 2:  # "Read more: <a>...</a>", or a bare link
            return True
    if _CALL.match(text) and any(True for _ in el.iter("a", "input", "button", "form")):
        return True
    return bool(_CREDIT.match(text)) and len(text.split()) <= CREDIT_WORDS


def _label(el: Any, text: str) -> int | None:
    """Where the line's label ends ("Read more:", "READ MORE", <b>Related</b>), or None.

    A label is followed by a colon or a bar, written in capitals, or the whole of the
    line's first element; "Related charges were ..." has none of these.
    """
    first = next(iter(el), None)
    if first is not None and not (el.text or "").strip():
        lead = _text(first)
        if lead and _LABEL.fullmatch(lead):
            return len(lead)
    found = _LABEL.match(text)
    if found is None or not (found.group("sep") or found.group(0).isupper()):
        return None
    return found.end()


def _pull_quotes(tree: Any, dropped: set[Any], paragraphs: list[tuple[Any, str]]) -> list[Any]:
    """Blockquotes and quote-classed elements whose words the page's paragraphs repeat."""
    candidates = [
        el
        for el in tree.iter()
        if isinstance(el.tag, str)
        and el not in dropped
        and (el.tag == "blockquote" or "quote" in (el.get("class") or "").lower())
    ]
    found: list[Any] = []
    if not candidates:
        return found
    words = [(p, _words(text)) for p, text in paragraphs]
    for quote in candidates:
        inside = set(quote.iter())
        body = " " + " ".join(w for p, w in words if p not in inside and w) + " "
        pieces = [_words(piece) for piece in re.split(r"…|\.\.\.", _text(quote))]
        pieces = [p for p in pieces if p]
        if sum(len(p.split()) for p in pieces) >= QUOTE_WORDS and all(
            f" {p} " in body for p in pieces
        ):
            found.append(quote)
    return found


def _captions(tree: Any, body: int) -> list[Any]:
    """Boxes (a div, figure or section) that hold an image and a few words of their own.

    Inside a paragraph an image opens its text ("<p><img><br>Cartoonist Matt Bors ...")
    and stays. A box whose words are a large part of the page is never one: a story of
    a single short paragraph beside its photo keeps its text.
    """
    found: dict[Any, None] = {}  # in page order, each box once
    for img in tree.iter("img"):
        box = img.getparent()
        while box is not None and box.tag in _INLINE:
            box = box.getparent()
        if box is None or box.tag not in _BOXES or box in found:
            continue
        text = _text(box)
        words = len(text.split())
        if (
            0 < words <= CAPTION_WORDS
            and len(text) * CAPTION_SHARE < body
            and sum(1 for _ in box.iter("p")) <= 1
            and not any(True for _ in box.iter(*_HEADINGS))
        ):
            found[box] = None
    return list(found)


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _teaser_boxes(tree: Any, body: int) -> list[Any]:
    """Boxes of teasers of other stories, each box with its own heading when that is all
    its wrapper holds besides.

    Herald Sun's "Other Opinion Columns" (review r24a finding 2): three blocks, each a
    heading "<strong>Editorial</strong> <a href=...>Fraser's lasting legacy</a>", a
    thumbnail and a standfirst "MALCOLM Fraser — an effective prime minister ...". The
    standfirst is no link, so trafilatura keeps the blocks, and two pages of one
    template shared them word for word. A box is the smallest element holding two such
    headings whose words besides the headlines are a standfirst's each at most. A
    listicle's linked headings with their paragraphs are most of its page and stay, as
    do a story's own sub-headings (no link) and a heading linking within the page.
    """
    found: dict[Any, None] = {}
    for heading in tree.iter(*_HEADINGS[1:]):
        if not _headline_link(heading):
            continue
        box = heading.getparent()
        while box is not None and box.tag not in _WRAPPERS:
            headings = [h for h in box.iter(*_HEADINGS) if h is not heading]
            if headings:
                break
            box = box.getparent()
        if (
            box is None
            or box.tag in _WRAPPERS
            or box in found
            or any(a in found for a in box.iterancestors())
        ):
            continue
        if _teaser_box(box, body):
            found[_with_its_heading(box)] = None
    return list(found)


def _headline_link(heading: Any) -> bool:
    """A heading that is mostly a link to another page (or wholly inside one)."""
    text = _text(heading)
    if not text:
        return False
    around = next((a for a in heading.iterancestors("a")), None)
    links = [around] if around is not None else list(heading.iter("a"))
    elsewhere = [a for a in links if not (a.get("href") or "#").startswith("#")]
    inside = len(text) if around is not None else sum(len(_text(a)) for a in elsewhere)
    return bool(elsewhere) and inside * 2 >= len(text)


def _teaser_box(box: Any, body: int) -> bool:
    headings = [h for h in box.iter(*_HEADINGS) if h.tag != "h1"]
    if any(True for _ in box.iter("h1")) or len(headings) < TEASERS:
        return False
    if not all(_headline_link(h) for h in headings):
        return False
    text = _text(box)
    rest = len(text.split()) - sum(len(_text(h).split()) for h in headings)
    return rest <= TEASER_WORDS * len(headings) and len(text) * TEASER_SHARE < body


def _with_its_heading(box: Any) -> Any:
    """The box's wrapper when all it holds besides the box is the box's heading."""
    parent = box.getparent()
    if parent is None or parent.tag in _WRAPPERS or (parent.text or "").strip():
        return box
    others = [c for c in parent if c is not box and isinstance(c.tag, str) and _text(c)]
    if any((c.tail or "").strip() for c in parent) or not others:
        return box
    return parent if all(_is_heading(c) for c in others) else box


def _is_heading(el: Any) -> bool:
    """A heading (not the page's h1), or an element holding only one."""
    if el.tag in _HEADINGS[1:]:
        return True
    inner = list(el.iter(*_HEADINGS))
    return len(inner) == 1 and inner[0].tag != "h1" and _text(inner[0]) == _text(el)
