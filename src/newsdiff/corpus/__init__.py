"""Articles as they are found: HTML pages, JSON Lines corpora, folders; and the scan
for the pairs among them that share text.

``reader`` plugs HTML pages and ``corpus.jsonl#ID`` references into
``core.article.load`` (``install()``); ``html`` extracts a page's article (trafilatura);
``records`` reads passim-style JSON Lines corpora; ``sources`` expands paths and
folders into pieces to read.

May import: ``core`` only. ``cli`` and ``tui`` import it (and call ``install()`` at
their front doors); ``core``, ``meaning``, ``store`` and ``dataset`` never do.
"""

from __future__ import annotations

from newsdiff.corpus.reader import install

#: The modules ``corpus`` offers besides ``install``; each is imported when used.
__all__ = ["html", "install", "reader", "records", "sources"]
