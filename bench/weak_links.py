"""The evidence that a pair is one text told twice, on versions and on pairs that are not.

Run: .venv/bin/python bench/weak_links.py   (a few seconds)

A link below ``confidence.SURE`` without a shared run of words is kept only in a pair
that ``confidence.told_twice`` judges one text told twice: its sure links are at least
VERSION_ROWS of the shorter text's sentences, or the shorter text's content words are
at least VERSION_WORDS found in the other. This prints, per group of pairs, the two
figures' range and the links below SURE the aligner draws without the test (true and
false against the gold; every link of a pair that is not a version is false):

- versions: bench/'s retellings (bible-retell both halves, bible-shuffled WEB and BBE,
  OneStopEnglish, the fables), whose gold is known;
- not versions: each fable's Townsend text against the Vernon Jones text of the next
  fable and of the fable three on, each Bible chapter's KJV against the BBE of the
  next chapter in the set (the same book's names and places), and the bundled seeds'
  reports written apart (002-004 against each other and against 000/001).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from accuracy import AlignCase, onestop_alignment
from bible_sets import bible_alignment, bible_shuffled
from fable_sets import fable_alignment

from newsdiff.core import align as A
from newsdiff.core import confidence as C
from newsdiff.core.article import normalize
from newsdiff.core.sentences import split_sentences
from newsdiff.core.words import stems
from newsdiff.meaning.lexicon import concepts

ROOT = Path(__file__).resolve().parent.parent


def evidence(a: Sequence[str], b: Sequence[str]) -> tuple[float, float, list[A.Link], int]:
    """Sure links per sentence of the shorter text, the shorter text's content words
    found in the other, the links drawn without the test, and the sure links."""
    na, nb = [normalize(t) for t in a], [normalize(t) for t in b]
    sa, sb = [stems(t) for t in na], [stems(t) for t in nb]
    real = A.told_twice
    A.told_twice = lambda *_args: True  # type: ignore[assignment]  # every link drawn
    try:
        links = [lk for lk in A.align(a, b, concepts=concepts) if lk.a and lk.b]
    finally:
        A.told_twice = real  # type: ignore[assignment]
    texts = [(" ".join(na[i] for i in lk.a), " ".join(nb[j] for j in lk.b)) for lk in links]
    firm = sum(
        lk.kind == "equal" or C.sure(lk.similarity, ta, tb)
        for lk, (ta, tb) in zip(links, texts, strict=True)
    )
    wa: frozenset[str] = frozenset().union(*sa)
    wb: frozenset[str] = frozenset().union(*sb)
    words = len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0
    return firm / max(1, min(len(a), len(b))), words, links, firm


def report(name: str, cases: Sequence[AlignCase]) -> None:
    rows_fig: list[float] = []
    words_fig: list[float] = []
    weak_true = weak_false = dropped_true = dropped_false = not_twice = 0
    for case in cases:
        rows, words, links, firm = evidence(case.a, case.b)
        rows_fig.append(rows)
        words_fig.append(words)
        twice = C.told_twice(firm, *_sets(case))
        not_twice += not twice
        na, nb = [normalize(t) for t in case.a], [normalize(t) for t in case.b]
        for lk in links:
            ta = " ".join(na[i] for i in lk.a)
            tb = " ".join(nb[j] for j in lk.b)
            if lk.kind == "equal" or C.sure(lk.similarity, ta, tb):
                continue
            right = all((i, j) in case.gold for i in lk.a for j in lk.b)
            weak_true += right
            weak_false += not right
            if not twice:
                dropped_true += right
                dropped_false += not right
    print(
        f"  {name}: {len(cases)} pairs; sure links per sentence "
        f"{min(rows_fig):.2f}-{max(rows_fig):.2f}, shared words "
        f"{min(words_fig):.2f}-{max(words_fig):.2f}; judged not told twice: {not_twice}"
    )
    print(
        f"    links below SURE drawn without the test: {weak_true} true, {weak_false} false;"
        f" dropped by it: {dropped_true} true, {dropped_false} false"
    )
    # The pairs nearest the line, to show the margin.
    near = sorted(
        zip(rows_fig, words_fig, (c.name for c in cases), strict=True),
        key=lambda t: (t[0] >= C.VERSION_ROWS, t[1]),
    )
    for rows, words, case_name in near[:2] if "not" not in name else near[-2:]:
        print(f"      {case_name}: sure links per sentence {rows:.2f}, shared words {words:.2f}")


def _sets(case: AlignCase) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    return [stems(normalize(t)) for t in case.a], [stems(normalize(t)) for t in case.b]


def crossed(cases: Sequence[AlignCase], steps: Sequence[int]) -> list[AlignCase]:
    """Each case's A against the B of the case ``step`` places on: no gold link."""
    out = []
    for k, case in enumerate(cases):
        for step in steps:
            other = cases[(k + step) % len(cases)]
            out.append(AlignCase(f"{case.name} / {other.name}", case.a, other.b, frozenset()))
    return out


def _split(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def seeds_apart() -> list[AlignCase]:
    """The seeds' reports written apart: 002-004 against each other and 000/001."""
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    sents = [_split(p.read_text("utf-8")) for p in paths]
    return [
        AlignCase(f"seed {i:03} / {j:03}", sents[i], sents[j], frozenset())
        for i in range(len(sents))
        for j in range(i + 1, len(sents))
        if j >= 2
    ]


def main() -> None:
    print(
        f"SURE {C.SURE}, VERSION_ROWS {C.VERSION_ROWS}, VERSION_WORDS {C.VERSION_WORDS}"
        " (newsdiff.core.confidence)"
    )
    bible = bible_alignment(part="all")
    fables = fable_alignment()
    print("Versions (gold known):")
    report("bible-retell (both halves)", bible)
    report("bible-shuffled WEB", bible_shuffled(version="web"))
    report("bible-shuffled BBE", bible_shuffled(version="bbe"))
    report("onestop", onestop_alignment())
    report("fables", fables)
    print("Not versions (every link false):")
    report("fable vs another fable (not told twice)", crossed(fables, (1, 3)))
    ordered = sorted(bible, key=lambda c: c.name)
    report("Bible chapter vs the next one (not told twice)", crossed(ordered, (1,)))
    report("seeds written apart (not told twice)", seeds_apart())
    print("The tests' own pairs (tests/data/weak/, written for tests/test_weak_links.py):")
    for one, two in (
        ("woodman_one", "woodman_two"),
        ("harbour_fire", "football_arrest"),
        ("fire_report_one", "fire_report_two"),
    ):
        a, b = (
            _split((ROOT / "tests/data/weak" / f"{n}.txt").read_text("utf-8")) for n in (one, two)
        )
        rows, words, _links, firm = evidence(a, b)
        twice = C.told_twice(firm, *_sets(AlignCase("", a, b, frozenset())))
        print(
            f"  {one} / {two}: sure links per sentence {rows:.2f}, shared words {words:.2f}:"
            f" {'told twice' if twice else 'not told twice'}"
        )


if __name__ == "__main__":
    main()
