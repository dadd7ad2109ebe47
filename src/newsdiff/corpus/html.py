"""HTML pages: the article's title and main text, boilerplate dropped (trafilatura)."""

from __future__ import annotations

import re
from typing import Any

from newsdiff.core.article import Article, InputError

HTML_SUFFIXES = (".html", ".htm")
#: Below this many characters an extraction is checked again (trafilatura's own
#: min_extracted_size).
SHORT = 250

# A page starts with a doctype or one of the outer elements, perhaps after comments.
_HTML_START = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


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
    """An HTML page by its name (``.html``, ``.htm``) or by how its text starts."""
    return path.lower().endswith(HTML_SUFFIXES) or bool(_HTML_START.match(text[:4096]))


def extract(path: str, text: str, encoding: str) -> Article:
    """The article in an HTML page: its title, then its paragraphs one blank line apart.

    trafilatura drops navigation, promos, related links and comments. Offsets and tags
    refer to this extracted text; the article's path stays the page's. The date is the
    one the page's metadata states (no guess from a copyright line). Raises InputError
    for a page with no article text.
    """
    import logging

    import trafilatura

    # trafilatura and htmldate log what they could not find as warnings; the one line
    # newsdiff owes the user is the InputError below.
    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    def run(precise: bool) -> tuple[Any, list[str]]:
        doc = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            fast=precise,
            favor_precision=precise,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        body = getattr(doc, "text", None) or ""
        return doc, [p.strip() for p in body.splitlines() if p.strip()]

    doc, paragraphs = run(precise=False)
    # A short result may be the fallback's pick of menus and promos from a page with no
    # article: only a page the precise pass also finds text in has an article.
    if sum(map(len, paragraphs)) < SHORT and not run(precise=True)[1]:
        paragraphs = []
    if not paragraphs:
        raise InputError(path, "no article text in this HTML page (only navigation or boilerplate)")
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
