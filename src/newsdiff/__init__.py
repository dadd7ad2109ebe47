"""newsdiff: sentence-aligned, word-level comparison and tagging of news articles.

The packages, in the order data flows (docs/architecture.md has the picture):

- ``core``: text in. Articles, sentences, tokens, alignment, word diff, labels.
- ``meaning``: what a change means. Numbers, cues, variants, change classes, the
  comparison of two articles, suggestions.
- ``store``: tags on disk. Files and locking, schema and migrations, re-anchoring.
- ``dataset``: tags out and back. Export, import, agreement, propagation.
- ``cli`` and ``tui``: the two faces; ``main`` sends a command line to one or the other.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
