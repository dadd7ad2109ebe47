"""How well ``newsdiff suggest`` agrees with labels people gave, beside trivial baselines.

A benchmark, not a test: it prints figures and never fails on them. Run with
``python bench/suggest_bench.py`` (``--json`` for machine-readable output, ``--errors``
to list every disagreement, ``--set gold`` or ``--set dev`` for one set only).

Two sets:

* ``gold``: ``tests/data/gold_labels.json``, the five seeds tagged by hand (labelled
  while the cue lists were written, so it flatters the rules). Gold ``null`` (not a
  statement) counts as its own class "none".
* ``dev``: ``bench/data/suggest/*.tsv``, Wikinews news and interview sentences labelled
  by the guidelines (see that folder's README), never used to write the rules before
  they were measured on it.

For each: per-label precision / recall / F1, macro-F1 over the labels that occur,
accuracy, and the trivial baselines beside them (every sentence the majority label;
every sentence one label). Two yes/no views add the Matthews correlation (MCC):
opinion vs the rest, attribution vs the rest.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from newsdiff.core.sentences import line_units
from newsdiff.meaning import scores
from newsdiff.meaning.cues.genre import strongly_judged
from newsdiff.meaning.suggest import suggest, suggest_label
from newsdiff.meaning.voice import article_voice

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "gold_labels.json"
DEV = ROOT / "bench" / "data" / "suggest"

Row = tuple[str, str, str]  # source, text, label ("none" for not a statement)


def load_gold(path: Path = GOLD) -> list[Row]:
    files = json.loads(path.read_text("utf-8"))["files"]
    return [
        (name, str(r["text"]), str(r["label"] or "none"))
        for name, rows in files.items()
        for r in rows
    ]


#: The files the rules were tuned on (``*_1.tsv``) and the ones labelled after this
#: round of rules was written and kept for reporting (``*_2.tsv`` and later).
TUNE_FILES = ("news_1", "interview_1")


def load_dev(folder: Path = DEV, split: str = "all") -> list[Row]:
    """Every ``doc<TAB>label<TAB>text`` line of the folder's .tsv files (``#`` lines
    aside); ``split`` "tune" or "report" keeps one side of ``TUNE_FILES``."""
    out: list[Row] = []
    for path in sorted(folder.glob("*.tsv")):
        if split != "all" and (path.stem in TUNE_FILES) != (split == "tune"):
            continue
        with path.open(encoding="utf-8", newline="") as fh:
            for line in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if not line or line[0].startswith("#"):
                    continue
                doc, label, text = line
                out.append((f"{path.stem}/{doc}", text, label))
    return out


def rules(texts: Sequence[str]) -> list[str]:
    """The rules' suggestion for each text alone ("none" for no suggestion)."""
    return [s.label or "none" for s in suggest(list(texts))]


def in_documents(rows: Sequence[Row]) -> Callable[[Sequence[str]], list[str]]:
    """The rules' suggestions with each source's sentences given together, in order, as
    one text (``suggest(..., document=True)``: the text's voice counts), as ``newsdiff
    suggest FILE`` reads an article."""

    def predict(texts: Sequence[str]) -> list[str]:
        assert list(texts) == [t for _s, t, _l in rows]
        where: dict[str, list[int]] = {}
        for k, (source, _t, _l) in enumerate(rows):
            where.setdefault(source, []).append(k)
        out = [""] * len(rows)
        for ks in where.values():
            got = suggest([rows[k][1] for k in ks], document=True)
            for k, s in zip(ks, got, strict=True):
                out[k] = s.label or "none"
        return out

    return predict


def as_lines(texts: Sequence[str]) -> list[str]:
    """The rules' labels of sentences given one a line in one file, as ``newsdiff suggest
    --lines FILE`` reads it: the lines split by ``line_units`` and suggested as one text
    (its voice counts)."""
    units = line_units("\n".join(texts) + "\n")
    assert [u.text for u in units] == list(texts), "a sentence is not one line"
    return [s.label or "none" for s in suggest(units, document=True)]


def voice_of(texts: Sequence[str]) -> str:
    """What the voice of ``texts`` read as one text is, as a line to print."""
    found = article_voice(
        (lab, strongly_judged(t, lab, cues)) for t in texts for lab, cues in (suggest_label(t),)
    )
    return (
        f"its voice {'judges' if found.judges else 'reports'}: of its first "
        f"{found.statements} statements {found.judging} judge, {found.reporting} quote"
    )


def evaluate(
    rows: Sequence[Row], predict: Callable[[Sequence[str]], list[str]]
) -> dict[str, object]:
    gold = [label for _s, _t, label in rows]
    pred = predict([t for _s, t, _l in rows])
    labels = sorted(set(gold), key=lambda x: (x == "none", x))
    majority = Counter(gold).most_common(1)[0][0]
    per = scores.per_label(gold, pred, labels)
    constant = {c: scores.macro_f1(gold, [c] * len(gold), labels) for c in labels}
    binary = {
        c: {
            "mcc": round(scores.mcc([g == c for g in gold], [p == c for p in pred]), 3),
            "f1": round(next(s.f1 for s in per if s.label == c), 3),
            "baseline_f1_all": round(scores.per_label(gold, [c] * len(gold), [c])[0].f1, 3),
        }
        for c in ("opinion", "attribution")
        if c in labels
    }
    return {
        "sentences": len(rows),
        "macro_f1": round(scores.macro_f1(gold, pred, labels), 3),
        "accuracy": round(scores.accuracy(gold, pred), 3),
        "baselines": {
            "majority": {
                "label": majority,
                "macro_f1": round(constant[majority], 3),
                "accuracy": round(Counter(gold)[majority] / len(gold), 3),
            },
            "every_sentence": {c: round(v, 3) for c, v in constant.items()},
        },
        "labels": {
            s.label: {
                "precision": round(s.precision, 3),
                "recall": round(s.recall, 3),
                "f1": round(s.f1, 3),
                "support": s.support,
                "suggested": s.predicted,
            }
            for s in per
        },
        "binary": binary,
        "confusions": [
            {"gold": g, "suggested": p, "count": n}
            for (g, p), n in Counter(
                (g, p) for g, p in zip(gold, pred, strict=True) if g != p
            ).most_common()
        ],
        "errors": [
            {"source": s, "text": t, "gold": g, "suggested": p}
            for (s, t, g), p in zip(rows, pred, strict=True)
            if g != p
        ],
    }


def _print(name: str, result: dict[str, object], errors: bool) -> None:
    w = sys.stdout.write
    base = result["baselines"]
    assert isinstance(base, dict)
    w(f"== {name}: {result['sentences']} sentences\n")
    w(
        f"macro-F1 {result['macro_f1']:.3f}  accuracy {result['accuracy']:.3f}   "
        f"baseline majority ({base['majority']['label']}): macro-F1 "
        f"{base['majority']['macro_f1']:.3f}, accuracy {base['majority']['accuracy']:.3f}\n"
    )
    every = ", ".join(f"{c} {v:.3f}" for c, v in base["every_sentence"].items())
    w(f"baseline every sentence one label, macro-F1: {every}\n\n")
    w(f"{'label':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'gold':>5} {'suggested':>9}\n")
    labels = result["labels"]
    assert isinstance(labels, dict)
    for label, m in labels.items():
        w(
            f"{label:<12} {m['precision']:>9.2f} {m['recall']:>7.2f} {m['f1']:>6.2f} "
            f"{m['support']:>5} {m['suggested']:>9}\n"
        )
    binary = result["binary"]
    assert isinstance(binary, dict)
    for c, m in binary.items():
        w(
            f"{c} vs rest: F1 {m['f1']:.2f}, MCC {m['mcc']:.3f}   "
            f"(baseline every sentence {c}: F1 {m['baseline_f1_all']:.2f}, MCC 0)\n"
        )
    confusions = result["confusions"]
    assert isinstance(confusions, list)
    w("most frequent confusions (gold -> suggested): ")
    w(", ".join(f"{c['gold']}->{c['suggested']} {c['count']}" for c in confusions[:6]) + "\n")
    if errors:
        errs = result["errors"]
        assert isinstance(errs, list)
        for e in errs:
            w(
                f"  {e['source'][:18]:<18} gold {e['gold']:<11} got {e['suggested']:<11} {e['text'][:100]}\n"
            )
    w("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--set", choices=["gold", "dev", "both"], default="both")
    parser.add_argument(
        "--split",
        choices=["all", "tune", "report"],
        default="all",
        help="the dev files the rules were tuned on, the held-out ones, or all",
    )
    parser.add_argument(
        "--mode",
        choices=["sentence", "document", "both"],
        default="both",
        help="each sentence alone, each article's sentences as one text (its voice "
        "counts), or both",
    )
    parser.add_argument(
        "--curve", action="store_true", help="learning curve of train + suggest on the dev set"
    )
    parser.add_argument(
        "--speed", action="store_true", help="time suggest on 1,000 sentences, rules and model"
    )
    args = parser.parse_args(argv)
    if args.speed:
        for name, seconds in speed().items():
            sys.stdout.write(f"suggest, 1,000 distinct sentences, {name}: median {seconds:.3f} s\n")
        return 0
    if args.curve:
        from train_curve import curve

        dev = load_dev(split=args.split)
        curve(
            [("wikinews", t, lab) for _s, t, lab in dev],
            (50, 100, 200, 400),
            articles=[doc for doc, _t, _l in dev],
        )
        return 0
    sets = {"gold": load_gold, "dev": lambda: load_dev(split=args.split)}
    results = {}
    for name, load in sets.items():
        if args.set not in (name, "both"):
            continue
        rows = load()
        if args.mode in ("sentence", "both"):
            results[name] = evaluate(rows, rules)
        if args.mode in ("document", "both"):
            results[f"{name}, as documents"] = evaluate(rows, in_documents(rows))
    if args.json:
        for r in results.values():
            if not args.errors:
                r.pop("errors")
        json.dump(results, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return 0
    for name, result in results.items():
        _print(f"rules vs {name}", result, args.errors)
    return 0


def speed(repeats: int = 5) -> dict[str, float]:
    """Median seconds of ``suggest`` on 1,000 distinct dev sentences (each run new
    texts, so no cache helps), with the rules alone and with a model trained on 400."""
    import time

    from newsdiff.meaning.learning import learn

    rows = load_dev()
    texts = [t for _s, t, _l in rows]
    fitted = learn(texts[:400], [lab for *_x, lab in rows][:400])
    assert not isinstance(fitted, str)
    many = (texts + [f"{t} ({i})" for i, t in enumerate(texts)] * 2)[:1000]
    out: dict[str, float] = {}
    for name, learned in (("rules alone", None), ("rules + model", fitted.model)):
        times = []
        for rep in range(repeats):
            batch = [f"{t} [{name} {rep}]" for t in many]
            started = time.perf_counter()
            suggest(batch, learned)
            times.append(time.perf_counter() - started)
        out[name] = sorted(times)[repeats // 2]
    return out


if __name__ == "__main__":
    sys.exit(main())
