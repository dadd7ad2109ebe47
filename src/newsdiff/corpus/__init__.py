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

#: The scan's default threshold: a pair counts when 15% of one side's 3-grams are in the
#: other (seeds 000/001, a spun copy: 18% and 25%; other stories on the same events:
#: < 5%). Here, not in ``scan``, so the command's help and the app read it without
#: loading numpy.
MIN_REUSE = 0.15

#: The modules ``corpus`` offers besides ``install`` and ``MIN_REUSE``; each is imported
#: when used.
__all__ = ["MIN_REUSE", "html", "install", "reader", "records", "sources"]
