"""Text in: articles, sentences, tokens, sentence alignment, word diff, the four labels.

May import: nothing of newsdiff's outside ``core`` (the standard library and its own
dependencies only). Everything else builds on it.
"""

from __future__ import annotations

#: The modules ``core`` offers; each is imported when used, so that a command pays only
#: for what it needs (``sentences`` never loads numpy).
__all__ = [
    "align",
    "article",
    "charsets",
    "confidence",
    "durable",
    "labels",
    "language",
    "seeds",
    "sentences",
    "visible",
    "worddiff",
]
