"""newsdiff: sentence-aligned, word-level comparison and tagging of news articles."""

from __future__ import annotations

__version__ = "0.1.0"
