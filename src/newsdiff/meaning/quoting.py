"""Quotations that were altered: words changed inside quotation marks on both sides.

A fact-checker's first question of a rewrite: "“It's plausible that they're basically
trying …”" -> "“It's clear that they're trying …”" still reads as a quotation, but the
speaker no longer said it. A change is *inside a quotation* on a side when it sits
between a pair of quotation marks there (scare quotes too: ‘hasty’ -> “hurried” puts
other words in the same marks); it alters the quotation when that holds on both sides
and words (not only the marks' style) changed.
"""

from __future__ import annotations

from functools import lru_cache

from newsdiff.core.invisible import fold_invisible
from newsdiff.meaning.changes import Change
from newsdiff.meaning.compare import Row
from newsdiff.meaning.cues.quotes import quotations


@lru_cache(maxsize=8192)
def _interiors(text: str) -> tuple[tuple[int, int], ...]:
    """The insides of the text's quotations (marks excluded), of any length."""
    return tuple((q.start + 1, q.end - 1) for q in quotations(text, min_words=1))


def _inside(interiors: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    return any(lo <= start and end <= hi for lo, hi in interiors)


def _wordy(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _words_changed(change: Change) -> bool:
    """Words, not a soft hyphen or zero-width character only ("Every\u00adone")."""
    return (_wordy(change.a) or _wordy(change.b)) and (
        fold_invisible(change.a) != fold_invisible(change.b)
    )


def altered_quotes(row: Row) -> tuple[Change, ...]:
    """The changes of a row that alter a quotation (inside quotation marks on both sides)."""
    if not (row.a and row.b) or not row.changes:
        return ()
    text_a, text_b = row.side_texts()
    inner_a = _interiors(text_a)
    if not inner_a:
        return ()
    inner_b = _interiors(text_b)
    if not inner_b:
        return ()
    return tuple(
        c
        for c in row.changes
        if _words_changed(c)
        and _inside(inner_a, c.a_start, c.a_end)
        and _inside(inner_b, c.b_start, c.b_end)
    )


def quote_altered(row: Row) -> bool:
    """Whether words inside a quotation changed (the row's flag in JSON and the app)."""
    return bool(altered_quotes(row))
