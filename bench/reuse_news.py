"""The reuse headline on news (issue 11 item 2): every candidate measure on every reuse
set, and the choice made by the rule in docs/accuracy.md ("The headline on news").

Run: .venv/bin/python bench/reuse_news.py [--check]   (about a minute)

Without --check the untouched check (review r22b's 18 pairs from STS-B dev headlines)
is not scored: the rule chooses on the development sets alone; --check adds its column.
"""

from __future__ import annotations

import sys
from functools import lru_cache

from accuracy import ReusePair, auc
from news_sets import r22b_check, sts_news_reuse
from reuse_measures import _CUT, Measure, containment, mean_of, measures, memo, reuse_sets, tokens

from newsdiff.core.sentences import split_sentences
from newsdiff.core.words import STOP_WORDS, stem

HEADLINE = "newsdiff headline: 3-gram containment"
ONE = "baseline: word 1-gram containment"
NEWS = ("news-sts-train", "onestop-reuse")
#: Sets on which a candidate may not fall further below 3-gram containment than this.
GUARDS = {"journal-proxy": 0.05, "bible-reuse": 0.02, "wikiversions": 0.02, "seeds mixed": 0.02}
#: Parts of a measure, for the rule's tie-break (fewer is simpler).
_PARTS = {"mean": 2, "floor": 2, "weighted": 2, "local": 1}


@lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tokens(s.text) for s in split_sentences(text))


def local(content: bool = False, floor: float = 0.0) -> Measure:
    """Each B sentence's words found in its best A sentence (the share of its words
    that A sentence holds), summed over B weighted by sentence length; a sentence
    whose best share is below ``floor`` counts as not reused at all."""

    def keep(toks: tuple[str, ...]) -> list[str]:
        return [w for w in toks if w != _CUT and not (content and w in STOP_WORDS)]

    def m(a: str, b: str) -> float:
        sa = [set(keep(t)) for t in _sentences(a)]
        sa = [s for s in sa if s]
        num = den = 0.0
        for t in _sentences(b):
            tt = keep(t)
            if not tt:
                continue
            best = max((sum(w in s for w in tt) / len(tt) for s in sa), default=0.0)
            den += len(tt)
            if best >= floor:
                num += best * len(tt)
        return num / den if den else 0.0

    return m


def content_stems(a: str, b: str) -> float:
    """Share of B's distinct stemmed content words (stop words out) found in A."""

    def bag(text: str) -> set[str]:
        return {stem(w) for w in tokens(text) if w != _CUT and w not in STOP_WORDS}

    ga, gb = bag(a), bag(b)
    return len(ga & gb) / len(gb) if gb else 0.0


def candidates() -> dict[str, Measure]:
    out = measures()
    out["word 3-gram containment"] = memo(containment(3))
    out["mean of 1- and 2-gram"] = memo(mean_of(containment(1), containment(2)))
    out["stemmed content-word 1-gram"] = memo(content_stems)
    for content in (False, True):
        for floor in (0.0, 0.34, 0.5):
            label = f"local 1-gram{', content words' if content else ''}" + (
                f", floor {floor}" if floor else ""
            )
            out[label] = memo(local(content, floor))
    out["mean of 3-gram and local 1-gram, floor 0.5"] = memo(
        mean_of(out[HEADLINE], out["local 1-gram, floor 0.5"])
    )
    return out


def simplicity(label: str) -> int:
    return 1 + sum(n for key, n in _PARTS.items() if key in label)


def all_sets(check: bool) -> dict[str, list[ReusePair]]:
    sets = reuse_sets()
    proxy = [p for name, ps in sets.items() if name.startswith("journal") for p in ps]
    out = {
        "news-sts-train": sts_news_reuse(),
        "onestop-reuse": sets["onestop-reuse"],
        "journal-proxy": proxy,
        "bible-reuse": sets["bible-reuse"],
        "wikiversions": sets["wikiversions"],
        "seeds mixed": sets["seeds mixed (a check)"],
    }
    if check:
        out["r22b check"] = r22b_check()
    return out


def table(ms: dict[str, Measure], sets: dict[str, list[ReusePair]]) -> dict[str, dict[str, float]]:
    return {
        label: {name: auc([(fn(p.a, p.b), p.derived) for p in ps]) for name, ps in sets.items()}
        for label, fn in ms.items()
    }


def choose(rows: dict[str, dict[str, float]]) -> tuple[str, str]:
    """The rule's winner and why (docs/accuracy.md, "The headline on news")."""

    def news(label: str) -> float:
        return sum(rows[label][s] for s in NEWS) / len(NEWS)

    ref = rows[HEADLINE]
    eligible = [
        label
        for label, row in rows.items()
        if all(row[s] >= ref[s] - slack - 1e-9 for s, slack in GUARDS.items())
    ]
    best = max(news(label) for label in eligible)
    tied = [label for label in eligible if news(label) >= best - 0.005]
    winner = min(tied, key=lambda label: (simplicity(label), -news(label)))
    if news(winner) >= news(HEADLINE) + 0.02 and news(winner) > news(ONE):
        return (
            winner,
            f"news {news(winner):.3f} against 3-gram {news(HEADLINE):.3f}, 1-gram {news(ONE):.3f}",
        )
    return (
        HEADLINE,
        f"no eligible measure beats 3-gram by 0.02 and 1-gram on news (best: {winner}, {news(winner):.3f})",
    )


def main(argv: list[str]) -> None:
    check = "--check" in argv
    sets = all_sets(check)
    for name, ps in sets.items():
        pos = sum(p.derived for p in ps)
        print(f"  {name}: {len(ps)} pairs, {pos} derived, {len(ps) - pos} not")
    ms = candidates()
    rows = table(ms, sets)
    names = list(sets)
    print(
        f"{'AUC, derived vs not (B in A)':<46}"
        + "".join(f"{n[:14]:>15}" for n in names)
        + f"{'news mean':>11}"
    )
    for label, row in rows.items():
        mean = sum(row[s] for s in NEWS) / len(NEWS)
        print(f"{label[:46]:<46}" + "".join(f"{row[n]:>15.3f}" for n in names) + f"{mean:>11.3f}")
    winner, why = choose(
        {k: {s: v for s, v in r.items() if s != "r22b check"} for k, r in rows.items()}
    )
    print(f"\nthe rule's choice: {winner} ({why})")


if __name__ == "__main__":
    main(sys.argv[1:])
