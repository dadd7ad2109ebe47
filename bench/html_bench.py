"""How well an HTML page's article text is found: expected snippets in, boilerplate out.

A benchmark, not a test: it prints figures and never fails on them. Run with
``python bench/html_bench.py`` (``--misses`` lists each snippet scored wrong, ``--json``).

The set (``bench/data/html/``, its README names the source and licence): real news pages
from trafilatura's own evaluation (tests/cache, Apache-2.0), each with the snippets its
authors expect in the extracted text ("with") and out of it ("without"), plus snippets
added here (``with_added``, ``without_added``: body sentences, captions, teasers of
other stories, sign-up boxes). As in trafilatura's evaluation, a "with" snippet found is
a true positive and one missed a false negative; a "without" snippet found is a false
positive. Precision = TP / (TP + FP), recall = TP / (TP + FN). newsdiff's extraction
(``newsdiff.corpus.html.extract``) is scored beside trafilatura's plain default
(``trafilatura.extract(page)``) on the same files.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "bench" / "data" / "html" / "expected.json"


def _flat(text: str) -> str:
    return " ".join(text.split())


def newsdiff_text(path: Path) -> str:
    from newsdiff.corpus.html import extract

    return extract(str(path), path.read_text(encoding="utf-8"), "utf-8").text


def trafilatura_text(path: Path) -> str:
    import trafilatura

    return trafilatura.extract(path.read_text(encoding="utf-8")) or ""


def score(
    extractor: Callable[[Path], str], pages: list[dict[str, object]], added: bool
) -> tuple[dict[str, int], list[str]]:
    """Counts of TP, FN, FP, TN over the pages, and the snippets scored wrong."""
    counts = {"tp": 0, "fn": 0, "fp": 0, "tn": 0}
    misses: list[str] = []
    for page in pages:
        text = _flat(extractor(SET.parent / str(page["file"])))
        keys = [("with", True), ("without", False)]
        if added:
            keys += [("with_added", True), ("without_added", False)]
        for key, wanted in keys:
            for snippet in page.get(key, []):  # type: ignore[attr-defined]
                found = _flat(snippet) in text
                counts[("tp" if found else "fn") if wanted else ("fp" if found else "tn")] += 1
                if found != wanted:
                    misses.append(f"{page['file']}: {'missed' if wanted else 'kept'} {snippet!r}")
    return counts, misses


def figures(counts: dict[str, int]) -> dict[str, float]:
    tp, fn, fp, tn = counts["tp"], counts["fn"], counts["fp"], counts["tn"]
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "accuracy": (tp + tn) / (tp + tn + fp + fn),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list the snippets scored wrong")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    pages = json.loads(SET.read_text(encoding="utf-8"))["pages"]
    out: dict[str, dict[str, object]] = {}
    for name, extractor in (("newsdiff", newsdiff_text), ("trafilatura default", trafilatura_text)):
        for label, added in (("trafilatura's snippets", False), ("all snippets", True)):
            counts, misses = score(extractor, pages, added)
            out[f"{name} / {label}"] = {**counts, **figures(counts), "misses": misses}
    if args.json:
        json.dump(out, sys.stdout, indent=1)
        print()
        return 0
    print(f"{len(pages)} pages")
    print(f"{'extractor / snippets':48} {'P':>6} {'R':>6} {'acc':>6}  TP FN FP TN")
    for key, row in out.items():
        print(
            f"{key:48} {row['precision']:6.3f} {row['recall']:6.3f} {row['accuracy']:6.3f}"
            f"  {row['tp']:2} {row['fn']:2} {row['fp']:2} {row['tn']:2}"
        )
        if args.misses:
            for miss in row["misses"]:  # type: ignore[attr-defined]
                print(f"    {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
