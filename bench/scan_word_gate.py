"""Review r24a, scan finding 2: would a word-overlap gate list paraphrased reprints?

The rule tried: list a pair when the larger side's 3-gram share reaches the scan's 15%
(as now), or when it reaches ``low`` and the larger side's word 1-gram containment
(distinct words, the scan's own words) reaches ``t``. Scored on the reuse development
sets (news-sts-train and onestop-reuse are news; the others are the headline rule's
guards), with the AUC of each plain share beside. Not taken: docs/accuracy.md.

Run: .venv/bin/python bench/scan_word_gate.py   (a few seconds)
"""

from __future__ import annotations

from collections.abc import Callable

from accuracy import ReusePair, auc
from news_sets import sts_news_reuse
from reuse_measures import reuse_sets

from newsdiff.corpus import MIN_REUSE
from newsdiff.corpus.shingles import words

Rule = Callable[[float, float], bool]


def larger_share(a: str, b: str, n: int) -> float:
    """The larger side's share of its distinct word n-grams found in the other."""
    wa, wb = words(a), words(b)
    ga = {tuple(wa[i : i + n]) for i in range(len(wa) - n + 1)}
    gb = {tuple(wb[i : i + n]) for i in range(len(wb) - n + 1)}
    if not ga or not gb:
        return 0.0
    shared = len(ga & gb)
    return max(shared / len(ga), shared / len(gb))


def gate(low: float, t: float) -> Rule:
    return lambda three, one: three >= MIN_REUSE or (three >= low and one >= t)


RULES: dict[str, Rule] = {
    "now: 3-gram >= 0.15": lambda three, one: three >= MIN_REUSE,
    "3-gram >= 0.07 (--min-reuse 0.07)": lambda three, one: three >= 0.07,
    "1-gram >= 0.60 alone": lambda three, one: one >= 0.60,
    "gate: 3-gram >= 0.07 and 1-gram >= 0.60": gate(0.07, 0.60),
    "gate: 3-gram >= 0.05 and 1-gram >= 0.60": gate(0.05, 0.60),
    "gate: 3-gram >= 0.07 and 1-gram >= 0.70": gate(0.07, 0.70),
}


def sets() -> dict[str, list[ReusePair]]:
    found = reuse_sets()
    return {
        "news-sts-train": sts_news_reuse(),
        "onestop-reuse": found["onestop-reuse"],
        "journal-proxy": [p for n, ps in found.items() if n.startswith("journal") for p in ps],
        "bible-reuse": found["bible-reuse"],
        "seeds mixed": found["seeds mixed (a check)"],
    }


def main() -> None:
    for name, pairs in sets().items():
        rows = [(larger_share(p.a, p.b, 3), larger_share(p.a, p.b, 1), p.derived) for p in pairs]
        pos = sum(d for _, _, d in rows)
        neg = len(rows) - pos
        three = auc([(t, d) for t, _, d in rows])
        one = auc([(u, d) for _, u, d in rows])
        print(f"{name}: {len(rows)} pairs, {pos} derived")
        print(f"  AUC, larger side: 3-gram {three:.3f}, baseline word 1-gram {one:.3f}")
        for label, rule in RULES.items():
            tp = sum(1 for t, u, d in rows if d and rule(t, u))
            fp = sum(1 for t, u, d in rows if not d and rule(t, u))
            print(f"  {label:42s} derived listed {tp}/{pos}, not derived listed {fp}/{neg}")


if __name__ == "__main__":
    main()
