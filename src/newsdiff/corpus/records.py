"""JSON Lines corpora in passim's input format, and references to one of their articles.

One JSON object a line: ``id`` and ``text`` required, ``series``, ``date``, ``title``,
``url`` optional (other fields are ignored). ``corpus.jsonl#ID`` names the article
whose ``id`` is ID: the path up to a ``#`` that names an existing file, the rest the id.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from newsdiff.core.article import Article, InputError, decode
from newsdiff.core.charsets import BOMS
from newsdiff.core.invisible import blank

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
    #: Its line in the corpus (0 where a piece read from the middle does not know it).
    line: int = 0
    #: How its line was decoded (``core.article.decode``, as a text file is).
    encoding: str = "utf-8"

    def article(self, path: str) -> Article:
        ref = f"{path}{SEPARATOR}{self.id}"
        if (why := blank(self.text)) is not None:
            raise InputError(ref, f"{why or 'empty article'}, nothing to compare")
        title = self.title or next((ln.strip() for ln in self.text.splitlines() if ln.strip()), "")
        return Article(
            path=ref, text=self.text, encoding=self.encoding, title=title, date=self.date
        )


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


def parse(raw: bytes, offset: int, line: int = 0, encoding: str | None = None) -> Record | str:
    """One line as a record, or what is wrong with it. The line's bytes are decoded as a
    text file's are (UTF-8, else the charset they read as: "Caf\xe9" in cp1252 was "not
    JSON"), or in ``encoding`` when the file's byte-order mark named one."""
    import json  # here: a diff of two files asks split_reference; only a corpus is JSON

    if encoding is None:
        try:
            text, encoding = decode(raw, "")
        except InputError as err:
            return err.problem
    else:
        text = raw.decode(encoding, "replace")
    try:
        obj = json.loads(text)
    except ValueError:
        return "not JSON"
    except RecursionError:  # [[[[... nested thousands deep: a traceback in scan
        return "JSON nested too deeply"
    if not isinstance(obj, dict):
        return "not a JSON object"
    ident, body = obj.get("id"), obj.get("text")
    # Any JSON number is an id ("id": 1.5 was refused as "no 'id' (a string or a number)").
    if not isinstance(ident, str | int | float) or isinstance(ident, bool) or str(ident) == "":
        return "no 'id' (a string or a number)"
    if not isinstance(body, str):
        # The id, and the fields it has: "#nodate" was "no article with id 'nodate'",
        # and a corpus that writes "body" or "content" is seen at a glance.
        what = "a 'text' that is not a string" if "text" in obj else "no 'text'"
        return f"id {str(ident)!r} has {what} (its fields: {', '.join(map(repr, obj))})"

    def field(name: str) -> str:
        value = obj.get(name)
        # true and false are no title nor date ("date": true read as the date "True").
        return (
            str(value)
            if isinstance(value, str | int | float) and not isinstance(value, bool)
            else ""
        )

    return Record(
        offset,
        str(ident),
        body,
        field("title"),
        field("date"),
        field("series"),
        field("url"),
        line,
        encoding,
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
        if (wide := _wide(fh)) is not None:
            if start == 0:  # one piece reads it all: a byte range could split a character
                yield from _wide_lines(fh.read(), *wide)
            return
        if _cr_only(fh):
            if start == 0:  # one piece reads it all: a piece starts after a line feed
                yield from _cr_lines(fh.read())
            return
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
            parsed = parse(raw, offset, number if start == 0 else 0)
            where = f"line {number}" if start == 0 else f"at byte {offset}"
            yield parsed if isinstance(parsed, Record) else f"{where}: {parsed}"


def _wide(fh: BinaryIO) -> tuple[str, int] | None:
    """The codec and byte-order mark length of a corpus saved as UTF-16 or UTF-32 (as
    Windows editors save "Unicode" text), else None: its lines do not end at a 0x0A
    byte, and a line read up to one was "not JSON", the mark's record lost."""
    head = fh.read(4)
    fh.seek(0)
    return next(((enc, len(bom)) for bom, enc in BOMS if head.startswith(bom)), None)


def _wide_lines(data: bytes, codec: str, skip: int) -> Iterator[Record | str]:
    """``read_lines`` of a whole UTF-16 or UTF-32 corpus: offsets in bytes, as in any."""
    text = data[skip:].decode(codec, "replace")
    offset = skip
    for number, line in enumerate(text.split("\n"), 1):
        raw = (line + "\n").encode(codec)
        if line.strip():
            parsed = parse(raw, offset, number, codec)
            yield parsed if isinstance(parsed, Record) else f"line {number}: {parsed}"
        offset += len(raw)


def _cr_only(fh: BinaryIO) -> bool:
    """Whether a corpus ends its lines with a carriage return alone (as classic Mac
    editors save text): its lines do not end at a 0x0A byte, and the whole file read as
    one line was "not JSON", every record lost. Its first line end decides."""
    head = fh.read(1 << 20)
    fh.seek(0)
    at = next((k for k, byte in enumerate(head) if byte in (10, 13)), None)
    return at is not None and head[at] == 13 and head[at + 1 : at + 2] not in (b"\n", b"")


def _cr_lines(data: bytes) -> Iterator[Record | str]:
    """``read_lines`` of a whole corpus whose lines end with a carriage return alone."""
    offset = 0
    for number, raw in enumerate(data.split(b"\r"), 1):
        if raw.strip():
            parsed = parse(raw, offset, number)
            yield parsed if isinstance(parsed, Record) else f"line {number}: {parsed}"
        offset += len(raw) + 1


#: Each corpus's index, per version (size, mtime): the offset of each id's first record,
#: and the lines of the ids that more than one record has.
_index: dict[str, tuple[tuple[int, int], dict[str, int], dict[str, list[int]]]] = {}
#: The duplicated ids already told about (once a process, not once a lookup).
_told: set[tuple[str, str]] = set()


def duplicate_lines(records: Iterator[Record | str]) -> dict[str, list[int]]:
    """The lines of each id that more than one record has (a corpus's ids name its
    articles: ``FILE#ID``, tags and the scan's pairs. The first record of an id is the
    article; the others are left out, and said so)."""
    lines: dict[str, list[int]] = {}
    for r in records:
        if isinstance(r, Record):
            lines.setdefault(r.id, []).append(r.line)
    return {ident: found for ident, found in lines.items() if len(found) > 1}


def duplicate_note(path: str, ident: str, lines: list[int]) -> str:
    """What is said of a duplicated id: where its records are, and which one is used."""
    listed = ", ".join(map(str, lines[:-1])) + f" and {lines[-1]}"
    return f"id {ident!r} is on lines {listed} of {path}: the first is used, the others left out"


def find(path: str, ident: str) -> Record:
    """The record ``ident`` of a corpus (its line offsets are indexed once per version);
    of several records with that id, the first, with a note on stderr once."""
    try:
        st = os.stat(path)
    except OSError as err:
        raise InputError(path, err.strerror or "cannot read") from None
    stamp = (st.st_size, st.st_mtime_ns)
    cached = _index.get(path)
    if cached is None or cached[0] != stamp:
        offsets: dict[str, int] = {}
        found = [r for r in read_lines(path) if isinstance(r, Record)]
        for r in found:
            offsets.setdefault(r.id, r.offset)
        _index[path] = cached = (stamp, offsets, duplicate_lines(iter(found)))
    offset = cached[1].get(ident)
    ref = f"{path}{SEPARATOR}{ident}"
    if offset is None:
        if (unusable := _unusable(path, ident)) is not None:
            raise InputError(ref, unusable)
        n, skipped = tally(path)
        said = f"; skipped: {skipped}" if skipped else ""
        raise InputError(ref, f"no article with id {ident!r} in {path} ({n}{said})")
    lines = cached[2].get(ident)
    if lines and (path, ident) not in _told:
        _told.add((path, ident))
        print(f"newsdiff: {ref}: {duplicate_note(path, ident, lines)}", file=sys.stderr)
    with open(path, "rb") as fh:
        if _wide(fh) is None and not _cr_only(fh):
            fh.seek(offset)
            parsed: Record | str = parse(fh.readline(), offset)
        else:
            found = [r for r in read_lines(path) if isinstance(r, Record) and r.offset == offset]
            parsed = found[0] if found else "gone"
    if not isinstance(parsed, Record):
        raise InputError(ref, f"the record changed while being read ({parsed})")
    return parsed


def _unusable(path: str, ident: str) -> str | None:
    """Why the record with the id ``ident`` is no article ("line 4: id 'x' has no
    'text' ..."), when a line has that id; else None. Asked once no article has it."""
    said = f"id {ident!r} has "
    return next((r for r in read_lines(path) if isinstance(r, str) and said in r), None)


def tally(path: str) -> tuple[str, str]:
    """The articles of a corpus as scan counts them (an id's first record, when it has
    text), and what was skipped: ("8 articles", "1 later record of a repeated id,
    1 empty record, 3 unreadable lines"; "" when nothing was). The reference's message said "9 articles" of a
    corpus that scan read as 8 (it counted the ids, the empty one too)."""
    first: dict[str, bool] = {}
    again = unreadable = 0
    for r in read_lines(path):
        if isinstance(r, str):
            unreadable += 1
        elif r.id in first:
            again += 1
        else:
            first[r.id] = blank(r.text) is None
    n = sum(first.values())
    skipped = [
        f"{again} later record{'s' * (again != 1)} of a repeated id" if again else "",
        f"{len(first) - n} empty record{'s' * (len(first) - n != 1)}" if len(first) > n else "",
        f"{unreadable} unreadable line{'s' * (unreadable != 1)}" if unreadable else "",
    ]
    return f"{n} article{'s' * (n != 1)}", ", ".join(s for s in skipped if s)


def repeated(refs: Sequence[str]) -> tuple[set[int], list[str]]:
    """The articles whose reference an earlier one already has (a corpus's second
    record of an id), and one line for each such reference: its lines, the first used."""
    seen: set[str] = set()
    again: set[int] = set()
    for i, ref in enumerate(refs):
        if ref in seen:
            again.add(i)
        seen.add(ref)
    notes = []
    for ref in sorted({refs[i] for i in again}):
        split = split_reference(ref)
        lines = duplicate_lines(read_lines(split[0])).get(split[1], []) if split else []
        what = duplicate_note(split[0], split[1], lines) if split and lines else "read once"
        notes.append(f"{ref}: {what}")
    return again, notes
