"""A text quoted in an e-mail reply: every line opens with ">" ("> ", ">> ", "> > ").

A story pasted from a reply reads as the story: the quoting marks are no more its words
than the line breaks of its wrapping (``paragraphs``). Review r23a finding 3: such a
copy of a Reuters story against the story itself was 36 changes, "attribution 1:
(nothing) -> '>'" among them (a ">" inside "according to"). Only where every line
with text is quoted, and at least two are: "> 50 people were hurt." alone, or a reply
that quotes a few lines of its own text, stays as it is.
"""

from __future__ import annotations

import re

#: One line's quoting: the marks of every depth, each with the space after it.
_MARKS = re.compile(r"[ \t]*(?:>[ \t]?)+")
_OPENS = re.compile(r"\s*>")


def unquoted(text: str) -> str | None:
    """``text`` without the quoting marks that open each of its lines, or None where it
    is no quoted text (some line with text opens otherwise, or fewer than two do)."""
    if _OPENS.match(text) is None:
        return None  # most texts: no line to look at, and no copy of a long one made
    lines = text.splitlines(keepends=True)
    shown = [line for line in lines if line.strip()]
    if len(shown) < 2 or any(not line.lstrip().startswith(">") for line in shown):
        return None
    return "".join(_MARKS.sub("", line, count=1) if line.strip() else line for line in lines)
