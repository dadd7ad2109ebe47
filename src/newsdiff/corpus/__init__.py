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

#: The fewest distinct 3-grams a pair must share to be listed, whatever its shares: a
#: one-line brief made of stock phrases ("Talks with the United States will resume next
#: week.") held 28.6% in an article on tennis through "with the United States" (2), and
#: with the two briefs of review r24a added to the 350 Lee articles 15 of the 31 pairs
#: listed were such (1 to 3 shared); real reuse there shared 12 or more.
MIN_SHARED = 4

#: The modules ``corpus`` offers besides ``install``, ``MIN_REUSE`` and ``MIN_SHARED``; each is imported
#: when used.
__all__ = ["MIN_REUSE", "MIN_SHARED", "html", "install", "reader", "records", "sources"]
