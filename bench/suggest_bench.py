"""Precision and recall of ``newsdiff suggest`` against the hand-tagged gold set.

A benchmark, not a test: it prints figures and never fails on them. Run with
``python bench/suggest_bench.py`` (``--json`` for machine-readable output,
``--errors`` to list every disagreement).

Per label: precision = sentences suggested with the label that the gold also gives
it, over all suggested with it; recall = the same over all the gold gives it. Gold
``null`` (not a statement) counts as its own class "none" so that a suggestion on a
credit line is an error of the suggested label.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from newsdiff.core.labels import LABELS
from newsdiff.meaning.suggest import suggest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold_labels.json"


def evaluate(gold: dict[str, list[dict[str, object]]]) -> dict[str, object]:
    """Per-label precision, recall and support, overall accuracy, and the confusions."""
    pairs: list[tuple[str, str, str, str]] = []  # file, text, gold, suggested
    for name, rows in gold.items():
        got = suggest([str(r["text"]) for r in rows])
        for r, s in zip(rows, got, strict=True):
            pairs.append((name, str(r["text"]), str(r["label"] or "none"), s.label or "none"))
    classes = [*LABELS, "none"]
    tp = Counter(g for _f, _t, g, s in pairs if g == s)
    pred = Counter(s for _f, _t, _g, s in pairs)
    true = Counter(g for _f, _t, g, _s in pairs)
    per_label = {
        c: {
            "precision": round(tp[c] / pred[c], 3) if pred[c] else None,
            "recall": round(tp[c] / true[c], 3) if true[c] else None,
            "support": true[c],
            "suggested": pred[c],
        }
        for c in classes
    }
    confusion = Counter((g, s) for _f, _t, g, s in pairs if g != s)
    return {
        "sentences": len(pairs),
        "accuracy": round(sum(tp.values()) / len(pairs), 3),
        "labels": per_label,
        "confusions": [
            {"gold": g, "suggested": s, "count": n} for (g, s), n in confusion.most_common()
        ],
        "errors": [
            {"file": f, "text": t, "gold": g, "suggested": s} for f, t, g, s in pairs if g != s
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    args = parser.parse_args(argv)
    gold = json.loads(GOLD.read_text("utf-8"))["files"]
    result = evaluate(gold)
    if args.json:
        if not args.errors:
            result.pop("errors")
        json.dump(result, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    w = sys.stdout.write
    w(f"suggest vs gold: {result['sentences']} sentences, accuracy {result['accuracy']:.1%}\n\n")
    w(f"{'label':<12} {'precision':>9} {'recall':>7} {'gold':>5} {'suggested':>9}\n")
    labels = result["labels"]
    assert isinstance(labels, dict)
    for label, m in labels.items():
        p = "-" if m["precision"] is None else f"{m['precision']:.2f}"
        r = "-" if m["recall"] is None else f"{m['recall']:.2f}"
        w(f"{label:<12} {p:>9} {r:>7} {m['support']:>5} {m['suggested']:>9}\n")
    w("\nMost frequent confusions (gold -> suggested):\n")
    confusions = result["confusions"]
    assert isinstance(confusions, list)
    for c in confusions[:8]:
        w(f"  {c['count']:>3}  {c['gold']} -> {c['suggested']}\n")
    if args.errors:
        errors = result["errors"]
        assert isinstance(errors, list)
        w("\nDisagreements:\n")
        for e in errors:
            w(
                f"  {e['file'][:3]}  gold {e['gold']:<11} got {e['suggested']:<11} {e['text'][:90]}\n"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
