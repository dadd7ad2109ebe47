"""How well the rules' "opinion" finds sentences people labelled subjective, beside
trivial baselines.

A benchmark, not a test: it prints figures and never fails on them. Run with
``python bench/subjectivity_bench.py`` (``--split dev|held|all``, ``--errors`` to list
the disagreements of the chosen split, ``--json``, ``--mode sentence|lines|both``: each
sentence alone, or the split's sentences one a line of one file, in the file's order, as
``newsdiff suggest --lines FILE`` reads them, one text with one voice; both by default).

The set (not shipped: its files state no licence; ``--set PATH`` names your copy, see
``bench/data/subjectivity/README.md`` for where to get it), English news
sentences with gold SUBJ / OBJ labels from the CLEF 2025 CheckThat! lab, task 1 (see
``bench/data/subjectivity/README.md``). The labels are used as they are: SUBJ is the
writer's own view, which is what "opinion" means here; a reported opinion is OBJ, as
it is attribution (not opinion) for the rules. So the score is opinion against the
rest: precision, recall, F1 and MCC of "the rules say opinion" against "gold says
SUBJ", and the task's own measure, the macro-F1 of the two classes.

Split: the file's sentences alternate, even lines (from 0) the **dev** half that rules
may be tuned on, odd lines the **held** half that is only reported. The file is in the
order the task ships it (already shuffled across its articles), so both halves hold
sentences of every article.

``--train-curve PATH...`` does what an annotator does: puts N labelled sentences into a
new store (SUBJ as opinion, OBJ as fact, one ``tag_for`` record each, as ``newsdiff
tag`` writes them), runs ``newsdiff train --store`` on it, and scores ``suggest`` with
that model on sentences no label came from, at N = 100, 250, 500 and every pool label
(3 draws each below the whole pool), beside the rules alone, the majority and "every
sentence opinion". The pool: every sentence of the files named (the task's
``dev_en.tsv``) and the dev half of ``--set``; the held-out test: the held half of
``--set`` and its sentences after the first 347 (``held_out``; never tuned on). With
``--folds``, also 5 folds over all the sentences (every one tested once).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from suggest_bench import as_lines, voice_of

from newsdiff.meaning import scores
from newsdiff.meaning.suggest import suggest

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "bench" / "data" / "subjectivity" / "checkthat_en_dev_test.tsv"

#: The sentences measured: the file's first 347 (up to sentence ``418ad22f``), the part
#: the dev / held split was made on; the rest of the file was never read.
TAKEN = 347

Row = tuple[str, str, bool]  # sentence id, text, subjective


def load(path: Path = SET, split: str = "all") -> list[Row]:
    """The set's ``sentence_id<TAB>sentence<TAB>label`` rows (CSV quoting, a header
    line); ``split`` "dev" keeps the even rows, "held" the odd ones."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))[1 : 1 + TAKEN]
    out = [(sid, text, label == "SUBJ") for sid, text, label in rows]
    if split == "dev":
        return out[0::2]
    if split == "held":
        return out[1::2]
    return out


def load_all(path: Path) -> list[Row]:
    """Every row of a task file (``dev_en.tsv`` has a fourth column, ignored)."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))[1:]
    return [(r[0], r[1], r[2] == "SUBJ") for r in rows if len(r) >= 3]


def held_out(path: Path) -> tuple[list[Row], list[Row]]:
    """``--set``'s rows split for the curve: (pool part, held-out test). The first
    ``TAKEN`` rows split as ``load`` does (dev half to the pool, held half to the test);
    every row after them is test (those were read only after the rules were written)."""
    rows = load_all(path)
    return rows[:TAKEN][0::2], rows[:TAKEN][1::2] + rows[TAKEN:]


def opinion(texts: Sequence[str], lines: bool = False) -> list[bool]:
    """Whether the rules suggest "opinion" for each text: read alone, or with ``lines``
    one a line of one ``--lines`` file (one text)."""
    if lines:
        return [label == "opinion" for label in as_lines(texts)]
    return [s.label == "opinion" for s in suggest(list(texts))]


def _two_class(gold: Sequence[bool], pred: Sequence[bool]) -> dict[str, float]:
    g = ["SUBJ" if x else "OBJ" for x in gold]
    p = ["SUBJ" if x else "OBJ" for x in pred]
    subj = scores.per_label(g, p, ["SUBJ"])[0]
    return {
        "precision": round(subj.precision, 3),
        "recall": round(subj.recall, 3),
        "f1": round(subj.f1, 3),
        "mcc": round(scores.mcc(gold, pred), 3),
        "macro_f1": round(scores.macro_f1(g, p, ["OBJ", "SUBJ"]), 3),
        "accuracy": round(scores.accuracy(g, p), 3),
        "suggested": sum(pred),
    }


def evaluate(rows: Sequence[Row], lines: bool = False) -> dict[str, object]:
    gold = [s for _i, _t, s in rows]
    pred = opinion([t for _i, t, _s in rows], lines)
    return {
        **({"voice": voice_of([t for _i, t, _s in rows])} if lines else {}),
        "sentences": len(rows),
        "subjective": sum(gold),
        "rules": _two_class(gold, pred),
        "baselines": {
            "majority (every sentence OBJ)": _two_class(gold, [False] * len(gold)),
            "every sentence opinion": _two_class(gold, [True] * len(gold)),
        },
        "errors": [
            {"id": i, "text": t, "gold": "SUBJ" if g else "OBJ", "rules": "opinion" if p else "-"}
            for (i, t, g), p in zip(rows, pred, strict=True)
            if g != p
        ],
    }


def _print(name: str, result: dict[str, object], errors: bool) -> None:
    w = sys.stdout.write
    w(f"== rules vs CheckThat! subjectivity, {name}: {result['sentences']} sentences, ")
    w(f"{result['subjective']} subjective")
    w(f"; {result['voice']}\n" if "voice" in result else "\n")
    w(f"{'':<32}{'P':>6}{'R':>6}{'F1':>6}{'MCC':>7}{'macro-F1':>10}{'acc':>7}\n")
    base = result["baselines"]
    assert isinstance(base, dict)
    for label, m in [("rules: opinion = SUBJ", result["rules"]), *base.items()]:
        assert isinstance(m, dict)
        w(
            f"{label:<32}{m['precision']:>6.2f}{m['recall']:>6.2f}{m['f1']:>6.2f}"
            f"{m['mcc']:>7.3f}{m['macro_f1']:>10.3f}{m['accuracy']:>7.3f}\n"
        )
    if errors:
        errs = result["errors"]
        assert isinstance(errs, list)
        for e in errs:
            w(f"  gold {e['gold']:<4} rules {e['rules']:<7} {e['text'][:110]}\n")
    w("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "held", "all", "each"], default="each")
    parser.add_argument("--errors", action="store_true", help="list every disagreement")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--mode",
        choices=["sentence", "lines", "both"],
        default="both",
        help="each sentence alone, the split's sentences one a line of one --lines file "
        "(one text), or both (default)",
    )
    parser.add_argument(
        "--train-curve",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="tag, train and suggest: pool files (the task's dev_en.tsv) besides --set",
    )
    parser.add_argument(
        "--folds", action="store_true", help="with --train-curve: also 5 folds over all"
    )
    parser.add_argument(
        "--set",
        type=Path,
        default=SET,
        help=f"the task's dev_test_en.tsv (first 347 sentences are read; default {SET})",
    )
    args = parser.parse_args(argv)
    if not args.set.is_file():
        print(
            f"subjectivity_bench: {args.set}: not found. The CheckThat! 2025 task 1 file is "
            "not shipped (no stated licence); bench/data/subjectivity/README.md says where to "
            "get it, then pass --set PATH",
            file=sys.stderr,
        )
        return 2
    if args.train_curve:
        from train_curve import curve_main

        return curve_main(args.set, args.train_curve, args.folds)
    splits = ["dev", "held", "all"] if args.split == "each" else [args.split]
    modes = ["sentence", "lines"] if args.mode == "both" else [args.mode]
    results = {
        (s if mode == "sentence" else f"{s}, as lines"): evaluate(
            load(args.set, split=s), mode == "lines"
        )
        for s in splits
        for mode in modes
    }
    if args.json:
        keep = {
            k: {f: v for f, v in r.items() if args.errors or f != "errors"}
            for k, r in results.items()
        }
        print(json.dumps(keep, indent=1))
        return 0
    for name, result in results.items():
        _print(name, result, args.errors and (args.split != "each" or name.split(",")[0] == "dev"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
