"""Engine benchmarks behind the README's figures.

Run: make bench   (or .venv/bin/python bench/run.py)

1. The seed pair (000 vs 001), whole pipeline in-process: load, segment, align,
   word-diff, row kinds; then the same plus classifying every change. Medians.
2. The seed pair repeated 100 times each (about 4,400 vs 3,000 sentences):
   `newsdiff diff --format plain` as a whole process, wall time and peak memory,
   beside `git diff --no-index --word-diff` on the same files in the same run.
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "seeds" / "000_bffa4cee5f922f5d.txt"
SEED_B = ROOT / "seeds" / "001_7835627fb396a6e4.txt"


def seed_pipeline(runs: int = 40) -> tuple[float, float]:
    """Median seconds for compare() alone and for compare() plus classifying every
    change (what `diff --format json`, `report` and the app's class marks need)."""
    from newsdiff.core.article import load
    from newsdiff.meaning import compare as compare_mod
    from newsdiff.meaning.compare import compare

    plain, classified = [], []
    for _ in range(runs):
        # Measure real diffing and classifying every time, not the memo.
        compare_mod._cached_pair.cache_clear()
        compare_mod._cached_changes.cache_clear()
        compare_mod._split_changes.cache_clear()
        t = time.perf_counter()
        cmp = compare(load(str(SEED_A)), load(str(SEED_B)))
        t1 = time.perf_counter()
        cmp.changes()
        t2 = time.perf_counter()
        plain.append(t1 - t)
        classified.append(t2 - t)
    return statistics.median(plain), statistics.median(classified)


def timed(cmd: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def big_pair(runs: int = 3) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="newsdiff-bench-"))
    try:
        a, b = tmp / "a100.txt", tmp / "b100.txt"
        a.write_text((SEED_A.read_text("utf-8").rstrip() + "\n\n") * 100, encoding="utf-8")
        b.write_text((SEED_B.read_text("utf-8").rstrip() + "\n\n") * 100, encoding="utf-8")
        exe = shutil.which("newsdiff", path=str(Path(sys.executable).parent)) or "newsdiff"
        ours = [exe, "diff", "--format", "plain", str(a), str(b)]
        git = ["git", "diff", "--no-index", "--word-diff", str(a), str(b)]
        # Alternate the two tools so machine noise hits both alike.
        nd_times: list[float] = []
        git_times: list[float] = []
        for _ in range(runs):
            nd_times.append(timed(ours))
            if shutil.which("git"):
                git_times.append(timed(git))
        # The largest child so far; git's footprint is a small fraction of ours.
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        nd = statistics.median(nd_times)
        print(
            f"100x pair, newsdiff diff --format plain: {nd:.2f} s median of {runs}, "
            f"peak RSS {peak_mb:.0f} MB"
        )
        if git_times:
            g = statistics.median(git_times)
            print(f"100x pair, git diff --no-index --word-diff: {g:.3f} s  -> ratio {nd / g:.0f}x")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    plain, classified = seed_pipeline()
    print(f"seed pair, whole pipeline in-process: {plain * 1000:.1f} ms median")
    print(f"seed pair, pipeline + change classes: {classified * 1000:.1f} ms median")
    big_pair()


if __name__ == "__main__":
    main()
