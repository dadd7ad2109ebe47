"""The scan's cost at growing corpus sizes, and its recall against an exact all-pairs run.

For each size N: a synthetic corpus (``scan_corpus.py``, made once in DIR/N), then two
processes, each timed whole by ``/usr/bin/time`` (wall seconds, peak resident memory):

- ``newsdiff scan --format jsonl DIR/N``: the scan as a user runs it;
- the plain baseline, this script's ``--exact``: every article shingled as the scan
  does it, then the exact shared-3-gram count of *every* pair as one sparse product
  (scipy: M @ M.T in row blocks, M the articles x distinct 3-grams 0/1 matrix), kept
  where one side's containment reaches the same threshold. No sampling, no candidates:
  the scan's answer key.

Recall = scan pairs also in the exact set / exact pairs; precision = scan pairs in the
exact set / scan pairs (the scan checks each candidate exactly, so this should be 1.0).

Run: .venv/bin/python bench/scan_scale.py [--sizes 2500,5000,10000,20000] [--dir /tmp/scb]
Needs scipy, for the baseline only: .venv/bin/pip install -e '.[bench]'
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
#: Rows of the sparse product at a time (bounds the baseline's memory per block).
BLOCK = 1000


def exact_pairs(folder: str, min_reuse: float) -> set[frozenset[str]]:
    """Every pair of articles under ``folder`` with one side's distinct 3-gram
    containment >= ``min_reuse``, rounded as the scan's exact check rounds it, sharing
    at least MIN_SHARED 3-grams (as the scan's exact check asks)."""
    from scipy.sparse import csr_matrix

    from newsdiff.corpus import MIN_SHARED
    from newsdiff.corpus.shingles import featurize
    from newsdiff.corpus.sources import pieces

    feats = featurize(pieces([folder]))
    distinct = [np.unique(s) for s in feats.shingles]
    lens = np.array([len(d) for d in distinct], dtype=np.int64)
    every = np.concatenate(distinct) if distinct else np.zeros(0, np.uint64)
    cols = np.unique(every, return_inverse=True)[1]
    n = len(distinct)
    m = csr_matrix(
        (np.ones(len(every), dtype=np.int32), cols, np.r_[0, np.cumsum(lens)]),
        shape=(n, int(cols.max()) + 1 if len(cols) else 0),
    )
    mt = m.T.tocsr()
    found: set[frozenset[str]] = set()
    for lo in range(0, n, BLOCK):
        shared = (m[lo : lo + BLOCK] @ mt).tocoo()
        i, j, c = shared.row + lo, shared.col, shared.data.astype(np.float64)
        upper = j > i
        i, j, c = i[upper], j[upper], c[upper]
        ra, rb = np.round(c / lens[i], 4), np.round(c / lens[j], 4)
        keep = (np.maximum(ra, rb) >= min_reuse) & (c >= MIN_SHARED)
        found.update(
            frozenset((feats.refs[a], feats.refs[b]))
            for a, b in zip(i[keep].tolist(), j[keep].tolist(), strict=True)
        )
    return found


def timed(argv: list[str], stdout: Path) -> tuple[float, float]:
    """Run ``argv`` under /usr/bin/time: (wall seconds, peak MB); its stdout to a file."""
    with stdout.open("w") as out:
        done = subprocess.run(
            ["/usr/bin/time", "-f", "TIME %e %M", *argv],
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            check=True,
        )
    line = [x for x in done.stderr.splitlines() if x.startswith("TIME ")][-1]
    wall, kb = line.split()[1:]
    return float(wall), int(kb) / 1024


def pair_refs(path: Path) -> set[frozenset[str]]:
    pairs = (json.loads(line) for line in path.read_text().splitlines() if line.strip())
    return {frozenset((p["a"]["ref"], p["b"]["ref"])) for p in pairs}


def measure(n: int, base: Path, min_reuse: float) -> dict[str, float]:
    folder = base / str(n)
    if not folder.is_dir():
        sys.path.insert(0, str(HERE))
        from scan_corpus import generate

        generate(n, folder)
    py = sys.executable
    scan_out, exact_out = base / f"{n}.scan.jsonl", base / f"{n}.exact.json"
    scan_s, scan_mb = timed(
        [py, "-m", "newsdiff", "scan", "--format", "jsonl", "--min-reuse", str(min_reuse),
         str(folder)],
        scan_out,
    )  # fmt: skip
    exact_s, exact_mb = timed(
        [py, str(Path(__file__)), "--exact", str(folder), "--min-reuse", str(min_reuse)],
        exact_out,
    )
    got = pair_refs(scan_out)
    truth = {frozenset(p) for p in json.loads(exact_out.read_text())}
    hit = len(got & truth)
    return {
        "articles": n,
        "scan_s": scan_s,
        "scan_mb": scan_mb,
        "scan_pairs": len(got),
        "exact_s": exact_s,
        "exact_mb": exact_mb,
        "exact_pairs": len(truth),
        "recall": hit / len(truth) if truth else 1.0,
        "precision": hit / len(got) if got else 1.0,
    }


def main() -> None:
    from newsdiff.corpus import MIN_REUSE

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="2500,5000,10000,20000")
    p.add_argument("--dir", default="/tmp/scb", help="where the corpora are made and kept")
    p.add_argument("--min-reuse", type=float, default=MIN_REUSE)
    p.add_argument("--exact", metavar="FOLDER", help="(internal) the baseline on one corpus")
    args = p.parse_args()
    if args.exact:
        start = time.perf_counter()
        found = exact_pairs(args.exact, args.min_reuse)
        json.dump(sorted(sorted(f) for f in found), sys.stdout)
        print(f"exact: {len(found)} pairs in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        return
    base = Path(args.dir)
    base.mkdir(parents=True, exist_ok=True)
    print(
        f"{'articles':>8} | {'scan s':>6} {'MB':>5} {'pairs':>6} {'µs/art':>6} | "
        f"{'all-pairs s':>11} {'MB':>5} {'pairs':>6} | recall precision",
        flush=True,
    )
    for n in (int(s) for s in args.sizes.split(",")):
        r = measure(n, base, args.min_reuse)
        print(
            f"{n:>8,} | {r['scan_s']:>6.1f} {r['scan_mb']:>5.0f} {r['scan_pairs']:>6,} "
            f"{r['scan_s'] / n * 1e6:>6.0f} | {r['exact_s']:>11.1f} {r['exact_mb']:>5.0f} "
            f"{r['exact_pairs']:>6,} | {r['recall']:.4f} {r['precision']:.4f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
