"""Where `newsdiff diff --format plain` spends its time, stage by stage, in-process.

Run: .venv/bin/python bench/stages.py [--runs 5]

For the seed pair, the seed pair repeated 100 times (as ``bench/run.py`` builds it)
and the 1 MB pair of distinct sentences (``bench/distinct_pair.py``) it times, on cold memos each run: load, segment, align, word-diff (with the row
kinds), classify the changes, render plain text. Start-up (the interpreter and the
imports the command needs) is timed as a separate process beside ``python -c pass``.
Medians; the shares are what docs/performance.md quotes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "seeds" / "000_bffa4cee5f922f5d.txt"
SEED_B = ROOT / "seeds" / "001_7835627fb396a6e4.txt"
STAGES = ("start-up", "load", "segment", "align", "word diff", "classify", "render")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import distinct_pair  # noqa: E402  (a sibling script, not a package)

IMPORTS = "import newsdiff.main, newsdiff.cli.render, newsdiff.meaning.compare"


def _clear() -> None:
    from newsdiff.core import confidence, sentences, worddiff
    from newsdiff.meaning import compare as cm
    from newsdiff.meaning import quoting

    for fn in (
        cm._cached_pair,
        cm._cached_changes,
        cm._cached_counts,
        cm._split_changes,
        worddiff._token_key,
        sentences._paragraph_spans,
        confidence.grams,
        quoting._interiors,
    ):
        fn.cache_clear()


def once(a: str, b: str) -> dict[str, float]:
    from newsdiff.cli import render
    from newsdiff.core.article import load
    from newsdiff.meaning.compare import compare

    _clear()
    # compare() tells when each of its stages starts: the stage boundaries.
    starts: dict[str, float] = {}

    def tell(stage: str, share: float) -> None:
        starts.setdefault(stage, time.perf_counter())

    t0 = time.perf_counter()
    art_a, art_b = load(a), load(b)
    cmp = compare(art_a, art_b, progress=tell)
    t1 = time.perf_counter()
    cmp.changes()
    t2 = time.perf_counter()
    for _line in render.plain_lines(cmp):
        pass
    t3 = time.perf_counter()
    return {
        "load": starts["segmenting"] - t0,
        "segment": starts["aligning"] - starts["segmenting"],
        "align": starts["diffing"] - starts["aligning"],
        "word diff": t1 - starts["diffing"],
        "classify": t2 - t1,
        "render": t3 - t2,
    }


def startup(runs: int) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run(code: str) -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        return time.perf_counter() - t

    run(IMPORTS)
    return statistics.median(run(IMPORTS) for _ in range(runs))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    start = startup(args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a100.txt", Path(tmp) / "b100.txt"
        a.write_text((SEED_A.read_text("utf-8").rstrip() + "\n\n") * 100, encoding="utf-8")
        b.write_text((SEED_B.read_text("utf-8").rstrip() + "\n\n") * 100, encoding="utf-8")
        da, db = distinct_pair.write(Path(tmp) / "da.txt", Path(tmp) / "db.txt")
        once(str(SEED_A), str(SEED_B))  # the lexicon's and the regexes' first use
        for label, pa, pb in (("1x", SEED_A, SEED_B), ("100x", a, b), ("1 MB", da, db)):
            runs = [once(str(pa), str(pb)) for _ in range(args.runs)]
            med = {s: statistics.median(r[s] for r in runs) for s in STAGES[1:]}
            med = {"start-up": start, **med}
            total = sum(med.values())
            print(f"{label}: {total * 1000:.0f} ms in all (medians of {args.runs})")
            for s in STAGES:
                print(f"  {s:<10} {med[s] * 1000:8.1f} ms  {med[s] / total:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
