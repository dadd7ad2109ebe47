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
import random
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


def _gold(path: Path) -> dict[str, set[tuple[int, int]]]:
    """A gold file's links by fable: ``fable<TAB>A sentence<TAB>B sentence``, 0-based."""
    gold: dict[str, set[tuple[int, int]]] = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row and not row[0].startswith("#"):
                gold.setdefault(row[0], set()).add((int(row[1]), int(row[2])))
    return gold


def fable_alignment(part: str = "all") -> list[AlignCase]:
    """Townsend (A) against Vernon Jones (B), one case per fable, with the hand gold.
    ``part``: "dev" (even positions), "check" (odd), "all"."""
    a_side, b_side = _fables("townsend.txt"), _fables("vernon-jones.txt")
    gold = _gold(DATA / "gold.tsv")
    cases = []
    for k, title in enumerate(a_side):
        if part == "dev" and k % 2 or part == "check" and not k % 2:
            continue
        cases.append(AlignCase(title, a_side[title], b_side[title], frozenset(gold[title])))
    return cases


PAIR2 = DATA / "townsend-jacobs"


def jacobs_alignment(part: str = "all") -> list[AlignCase]:
    """Townsend (A) against Joseph Jacobs's retelling (1894, B): ten other fables, one
    file a side each, as the books have them (hard wraps and quote styles kept), with
    review r23b's hand gold (77 links, written before any alignment was run; 78 since
    fables 01 and 09 were re-indexed to the "me." split: docs/accuracy.md).
    ``part``: "dev" (odd-numbered fables 01, 03, 05, 07, 09), "check" (the even ones:
    never read for errors), "all"."""
    from newsdiff.core.sentences import split_sentences

    gold = _gold(PAIR2 / "gold.tsv")
    cases = []
    for path in sorted((PAIR2 / "townsend").glob("*.txt")):
        odd = int(path.stem[:2]) % 2 == 1
        if part == "dev" and not odd or part == "check" and odd:
            continue
        a, b = path.read_text("utf-8"), (PAIR2 / "jacobs" / path.name).read_text("utf-8")
        cases.append(
            AlignCase(
                path.stem,
                [s.text for s in split_sentences(a)],
                [s.text for s in split_sentences(b)],
                frozenset(gold[path.stem]),
            )
        )
    return cases


def joined(cases: list[AlignCase], name: str) -> list[AlignCase]:
    """The cases as one text a side, each case a paragraph of it, as a book of fables
    comes (issue 11 item 4): their sentences in order, the gold links moved along."""
    a: list[str] = []
    b: list[str] = []
    gold: set[tuple[int, int]] = set()
    for case in cases:
        gold.update((i + len(a), j + len(b)) for i, j in case.gold)
        a.extend(case.a)
        b.extend(case.b)
    return [AlignCase(name, a, b, frozenset(gold))]


def reordered(cases: list[AlignCase], name: str, order: str, seed: int = 11) -> list[AlignCase]:
    """The cases as one text a side (``joined``), B's in another order, as another book
    orders the same fables (issue 11 item 4): ``order`` "reversed", or "shuffled" (a
    fixed seed; redrawn until no case keeps its place). The gold links move along."""
    if order == "reversed":
        perm = list(range(len(cases)))[::-1]
    else:
        rng = random.Random(seed)
        perm = list(range(len(cases)))
        while any(k == p for k, p in enumerate(perm)):
            rng.shuffle(perm)
    starts: list[int] = []
    at = 0
    for p in perm:
        starts.append(at)
        at += len(cases[p].b)
    where = {p: starts[k] for k, p in enumerate(perm)}
    a: list[str] = []
    gold: set[tuple[int, int]] = set()
    for k, case in enumerate(cases):
        gold.update((i + len(a), j + where[k]) for i, j in case.gold)
        a.extend(case.a)
    b = [s for p in perm for s in cases[p].b]
    return [AlignCase(f"{name} ({order})", a, b, frozenset(gold))]
