"""What a list of paths holds: article files, corpora, folders of both.

A folder stands for every ``.txt``, ``.html``, ``.htm`` and ``.jsonl`` file inside it,
at any depth (hidden files and folders skipped), in name order. A ``.jsonl`` file is a
corpus of many articles, any other file one article, ``corpus.jsonl#ID`` one record.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from newsdiff.core.article import InputError
from newsdiff.corpus import records

SUFFIXES = (".txt", ".html", ".htm", records.SUFFIX)


@dataclass(frozen=True)
class Piece:
    """A unit of reading: one article file, a byte range of a corpus, or one record."""

    path: str
    #: "file" (one article), "corpus" (lines starting in bytes [start, end)), "record"
    kind: str
    start: int = 0
    end: int = 0
    ident: str = ""
    size: int = 0


def _walk(folder: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [
            os.path.join(root, f)
            for f in sorted(files)
            if f.lower().endswith(SUFFIXES) and not f.startswith(".")
        ]
    return found


def pieces(paths: Sequence[str], corpus_piece: int = 8 << 20) -> list[Piece]:
    """The pieces ``paths`` hold, in order; a corpus is cut into ``corpus_piece`` bytes.

    Raises InputError for a path that does not exist and for a folder without articles:
    the scan has nothing to do there. Files that exist but cannot be read show up later,
    when their piece is read, and are skipped then.
    """
    out: list[Piece] = []
    for path in paths:
        ref = records.split_reference(path)
        if ref is not None:
            out.append(Piece(ref[0], "record", ident=ref[1]))
            continue
        if os.path.isdir(path):
            files = _walk(path)
            if not files:
                raise InputError(path, "no .txt, .html, .htm or .jsonl files in this folder")
        elif os.path.exists(path):
            files = [path]
        else:
            raise InputError(path, "no such file or folder")
        for f in files:
            try:
                size = os.stat(f).st_size
            except OSError:
                size = 0
            if f.lower().endswith(records.SUFFIX) and size > 0:
                for start in range(0, size, corpus_piece):
                    out.append(
                        Piece(f, "corpus", start, min(start + corpus_piece, size), size=size)
                    )
            else:
                out.append(Piece(f, "file", size=size))
    return out
