"""JSON Lines corpora in passim's input format, and references to one of their articles.

One JSON object a line: ``id`` and ``text`` required, ``series``, ``date``, ``title``,
``url`` optional (other fields are ignored). ``corpus.jsonl#ID`` names the article
whose ``id`` is ID: the path up to a ``#`` that names an existing file, the rest the id.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from newsdiff.core.article import Article, InputError

SUFFIX = ".jsonl"
SEPARATOR = "#"


@dataclass(frozen=True)
class Record:
    """One line of a corpus: where it starts (bytes) and what it holds."""

    offset: int
    id: str
    text: str
    title: str = ""
    date: str = ""
    series: str = ""
    url: str = ""

    def article(self, path: str) -> Article:
        ref = f"{path}{SEPARATOR}{self.id}"
        if not self.text.strip():
            raise InputError(ref, "empty article, nothing to compare")
        title = self.title or next((ln.strip() for ln in self.text.splitlines() if ln.strip()), "")
        return Article(path=ref, text=self.text, encoding="utf-8", title=title, date=self.date)


def split_reference(path: str) -> tuple[str, str] | None:
    """(corpus file, id) when ``path`` is a reference ``FILE#ID`` to an existing file."""
    if SEPARATOR not in path or os.path.exists(path):
        return None
    at = path.find(SEPARATOR)
    while at != -1:
        base, ident = path[:at], path[at + 1 :]
        if ident and os.path.isfile(base):
            return base, ident
        at = path.find(SEPARATOR, at + 1)
    return None


def parse(raw: bytes, offset: int) -> Record | str:
    """One line as a record, or what is wrong with it."""
    import json  # here: a diff of two files asks split_reference; only a corpus is JSON

    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return "not JSON"
    if not isinstance(obj, dict):
        return "not a JSON object"
    ident, text = obj.get("id"), obj.get("text")
    if not isinstance(ident, str | int) or isinstance(ident, bool) or str(ident) == "":
        return "no 'id' (a string or a number)"
    if not isinstance(text, str):
        return "no 'text' (a string)"

    def field(name: str) -> str:
        value = obj.get(name)
        return str(value) if isinstance(value, str | int | float) else ""

    return Record(
        offset, str(ident), text, field("title"), field("date"), field("series"), field("url")
    )


def read_lines(path: str, start: int = 0, end: int | None = None) -> Iterator[Record | str]:
    """The records of a corpus whose lines start in bytes [start, end), or a problem
    ("line 7: not JSON"; "at byte 4096: ..." in a piece that does not start the file)
    for each unusable line; blank lines are skipped.

    Byte ranges let a large corpus be read in pieces, each line by exactly one piece:
    a piece that starts inside a line leaves that line to the piece before.
    """
    try:
        fh = open(path, "rb")
    except OSError as err:
        raise InputError(path, err.strerror or "cannot read") from None
    with fh:
        pos = 0
        if start > 0:
            fh.seek(start - 1)
            if fh.read(1) != b"\n":
                fh.readline()  # the line under way belongs to the piece before
            pos = fh.tell()
        for number, raw in enumerate(fh, 1):
            if end is not None and pos >= end:
                break
            offset, pos = pos, pos + len(raw)
            if not raw.strip():
                continue
            parsed = parse(raw, offset)
            where = f"line {number}" if start == 0 else f"at byte {offset}"
            yield parsed if isinstance(parsed, Record) else f"{where}: {parsed}"


_index: dict[str, tuple[tuple[int, int], dict[str, int]]] = {}


def find(path: str, ident: str) -> Record:
    """The record ``ident`` of a corpus (its line offsets are indexed once per version)."""
    try:
        st = os.stat(path)
    except OSError as err:
        raise InputError(path, err.strerror or "cannot read") from None
    stamp = (st.st_size, st.st_mtime_ns)
    cached = _index.get(path)
    if cached is None or cached[0] != stamp:
        offsets = {r.id: r.offset for r in read_lines(path) if isinstance(r, Record)}
        _index[path] = cached = (stamp, offsets)
    offset = cached[1].get(ident)
    ref = f"{path}{SEPARATOR}{ident}"
    if offset is None:
        raise InputError(ref, f"no article with id {ident!r} in {path} ({len(cached[1])} articles)")
    with open(path, "rb") as fh:
        fh.seek(offset)
        parsed = parse(fh.readline(), offset)
    if not isinstance(parsed, Record):
        raise InputError(ref, f"the record changed while being read ({parsed})")
    return parsed


def count(path: str) -> int:
    return sum(1 for r in read_lines(path) if isinstance(r, Record))
