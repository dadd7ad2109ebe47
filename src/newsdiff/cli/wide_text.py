"""Side texts with wide characters or marks of no width (Chinese, Japanese, Thai) as
rich wraps them in the diff's columns: at the places Unicode's line breaking allows
(``core.unspaced.line_cuts``), not cell by cell (review r18a finding 9b).

Rich wraps at spaces and folds a longer run by cells, so a sentence written without
spaces was cut anywhere: a class tag in two ("{rewor" | "ding}"), a word in two, a
line that starts with "。". Text of one cell a character wraps as rich does, at its
spaces, but a change marked in text with its class tags, wider than the column, is cut
between the change and its tag, as rich's fold by cells cut the tag ("members+}{attribu"
| "tion}" at --width 41, review r20d finding 10).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text

from newsdiff.core.unspaced import line_cuts

if TYPE_CHECKING:
    from rich.console import Console, JustifyMethod, OverflowMethod
    from rich.containers import Lines

#: A change marked in text, with its class tags: ``[-a-]``, ``{+b+}{rewording}``.
_MARKED = re.compile(r"(\[-.*?-\]|\{\+.*?\+\})((?:\{[a-z]+\})*)")
#: A class tag after a change marked in text.
_TAGGED = re.compile(r"[-+][]}]\{[a-z]")
#: Where rich breaks text of one cell a character: at a word after spaces.
_WORD_STARTS = re.compile(r"(?<=\s)\S")


def wide(text: Text, styles: tuple[str, ...]) -> Text:
    """``text`` as a ``WideText`` when rich's wrap would cut it by cells: a character
    wider or narrower than one cell. ``styles``: those that mark a change."""
    plain = text.plain
    spaced = plain.isascii() or cell_len(plain) == len(plain)
    if spaced and not _TAGGED.search(plain):
        return text
    out = WideText()
    out.marking = styles
    out.spaced = spaced
    out.append_text(text)
    return out


class WideText(Text):
    """Text wrapped where Unicode's line breaking allows, a change of one word (no
    space in it) and its class tags kept on one line."""

    marking: tuple[str, ...] = ()
    #: Text of one cell a character: its lines break at spaces alone, as rich's do.
    spaced: bool = False

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
        tab_size: int = 8,
        no_wrap: bool | None = None,
    ) -> Lines:
        from rich.containers import Lines

        lines = Lines()
        for line in self.split(allow_blank=True):
            plain = line.plain
            breaks = [m.start() for m in _WORD_STARTS.finditer(plain)] if self.spaced else None
            glued, tags, marks = self._glued(line), _tag_starts(plain), _in_marks(plain)
            cuts = line_cuts(plain, width, glued, tags, marks, breaks)
            for part in line.divide(cuts):
                part.rstrip_end(width)
                part.truncate(width, overflow="fold")
                lines.append(part)
        return lines

    def _glued(self, line: Text) -> list[tuple[int, int]]:
        """The spans no line may break inside: each change with no space in it, with
        its tags; of a longer one, its opening mark with the character after it and its
        closing mark and tags with the character before them (in text of one cell a
        character, which breaks only at spaces, the last word before them: "{+party
        members+}{attribution}" is cut, if at all, between "members+}" and its tag)."""
        plain = line.plain
        glued = [
            (s.start, s.end)
            for s in line.spans
            if str(s.style) in self.marking and not any(map(str.isspace, plain[s.start : s.end]))
        ]
        for m in _MARKED.finditer(plain):
            if not any(map(str.isspace, m.group(1))):
                glued.append(m.span())
            else:
                last = m.end(1) - 3
                while self.spaced and last > m.start() + 2 and not plain[last - 1].isspace():
                    last -= 1
                glued += [(m.start(), m.start() + 3), (last, m.end())]
        return glued


def _tag_starts(plain: str) -> list[int]:
    """Where each class tag of a marked change begins: the places a change and its tags,
    wider together than the column, are cut ("{+匆忙+}" | "{rewording}"), so that each
    stays whole where it fits."""
    return [
        m.start(2) + k
        for m in _MARKED.finditer(plain)
        for k, ch in enumerate(m.group(2))
        if ch == "{"
    ]


def _in_marks(plain: str) -> set[int]:
    """The places inside or right beside a change's marks ("{" | "+", "{+" | word, word
    | "+}", "+" | "}"), where a change wider than its column must not be cut: the
    marks stay with a character of the change."""
    out: set[int] = set()
    for m in _MARKED.finditer(plain):
        start, end = m.start(), m.end(1)
        out.update((start + 1, start + 2, end - 2, end - 1))
    return out
