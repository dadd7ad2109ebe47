"""A retelling set closer to the outside one: Aesop's fables in two translations.

Eight fables in George Fyler Townsend's translation (1867, Project Gutenberg #21) and
V. S. Vernon Jones's (1912, Project Gutenberg #11339), both public domain; each fable
is split into sentences by newsdiff's own splitter and aligned by hand
(``bench/data/fables/gold.tsv``; how: bench/data/README.md). One case per fable, as
the two books tell it: nothing dropped, inserted or moved. Fables at even positions
are the dev half, odd ones the check half.
"""

from __future__ import annotations

import csv
from pathlib import Path

from accuracy import AlignCase

DATA = Path(__file__).resolve().parent / "data" / "fables"


def _fables(name: str) -> dict[str, list[str]]:
    from newsdiff.core.sentences import split_sentences

    out: dict[str, list[str]] = {}
    title = ""
    for line in (DATA / name).read_text("utf-8").splitlines():
        if line.startswith("# "):
            title = line[2:]
            out[title] = []
        elif line.strip():
            out[title].append(line)
    return {t: [s.text for s in split_sentences("\n".join(ls))] for t, ls in out.items()}


def fable_alignment(part: str = "all") -> list[AlignCase]:
    """Townsend (A) against Vernon Jones (B), one case per fable, with the hand gold.
    ``part``: "dev" (even positions), "check" (odd), "all"."""
    a_side, b_side = _fables("townsend.txt"), _fables("vernon-jones.txt")
    gold: dict[str, set[tuple[int, int]]] = {}
    with open(DATA / "gold.tsv", encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and not row[0].startswith("#"):
                gold.setdefault(row[0], set()).add((int(row[1]), int(row[2])))
    cases = []
    for k, title in enumerate(a_side):
        if part == "dev" and k % 2 or part == "check" and not k % 2:
            continue
        cases.append(AlignCase(title, a_side[title], b_side[title], frozenset(gold[title])))
    return cases
