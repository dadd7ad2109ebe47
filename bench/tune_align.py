"""Choose the aligner's thresholds on the development sets (never the check half).

Run: .venv/bin/python bench/tune_align.py   (about a minute)

Sweeps THRESHOLD (the programme's), GAP_THRESHOLD (between two matched rows) and
MOVE_THRESHOLD (out of order) of ``newsdiff.core.align`` and prints link precision,
recall and F1 on the bible-retell dev half and the OneStopEnglish set, and whether the
seed pair still matches its hand-checked gold alignment (tests/data/gold_000_001.json).
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

from accuracy import align_scores as scores
from accuracy import onestop_alignment
from bible_sets import bible_alignment

from newsdiff.core import align as A
from newsdiff.core.sentences import split_sentences
from newsdiff.meaning.lexicon import concepts

ROOT = Path(__file__).resolve().parent.parent


def seed_gold_ok() -> bool:
    gold = json.loads((ROOT / "tests/data/gold_000_001.json").read_text("utf-8"))
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    a = [s.text for s in split_sentences(seeds[0].read_text("utf-8"))]
    b = [s.text for s in split_sentences(seeds[1].read_text("utf-8"))]
    got = sorted(
        (list(lk.a), list(lk.b)) for lk in A.align(a, b, concepts=concepts) if lk.a and lk.b
    )
    return got == sorted((g["a"], g["b"]) for g in gold["links"])


def main() -> None:
    dev, onestop = bible_alignment(part="dev"), onestop_alignment()
    grid = [float(x) for x in sys.argv[1:]] or [0.15, 0.2, 0.25, 0.3, 0.35]
    for t, g, mv in itertools.product(grid, (0.08, 0.12, 0.16, 0.2), (0.3,)):
        if g > t:
            continue
        A.THRESHOLD, A.GAP_THRESHOLD, A.MOVE_THRESHOLD = t, g, mv
        p, r, f = scores(dev)
        p2, r2, f2 = scores(onestop)
        print(
            f"T={t:.2f} gap={g:.2f} move={mv:.2f}  bible dev P {p:.3f} R {r:.3f} F1 {f:.3f}"
            f"  onestop P {p2:.3f} R {r2:.3f} F1 {f2:.3f}  seeds gold {seed_gold_ok()}"
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
