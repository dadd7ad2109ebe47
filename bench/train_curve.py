"""The learning curve of ``newsdiff train`` on our data, and ``subjectivity_bench.py
--train-curve``.

``python bench/train_curve.py [--set PATH/dev_test_en.tsv]``: the labelled sentences of
bench/data/suggest (Wikinews, four labels) and CheckThat!'s dev_test_en (SUBJ as opinion,
OBJ as fact), 1,018 in all, dealt into 5 stratified folds; for each fold and each N of
50, 100, 200, 400, 800, N labels drawn from the other four folds are learnt as ``newsdiff
train`` learns them (``learning.learn``: its own cross-validation, the model used only
where it beats the rules there) and the held-out fold is suggested with what ``train``
leaves in use. Printed: macro-F1 over the four labels and opinion F1, for the rules
alone, the rules + model as ``train`` leaves them, the model forced in use (what the
suggestions were before ``train`` could say no), the majority and every-opinion
baselines; and in how many folds ``train`` put the model in use. The reviewer's set
(review r22a) is the untouched check and is not read here.

``subjectivity_bench.py --train-curve``: tag N labelled news sentences into a store,
``newsdiff train`` on it, ``suggest`` on held-out sentences, as an annotator would.

Each labelled sentence goes into a fresh store as ``newsdiff tag`` writes a tag
(``tag_for`` a one-sentence article, ``Store.put_many``): SUBJ as opinion, OBJ as fact.
``newsdiff train --store`` then runs through the command-line entry point, and the
model it saved beside the store is loaded as ``newsdiff suggest --store`` loads it.
Opinion against the rest is scored on the held-out sentences (attribution, estimate and
no suggestion count as "not opinion").
"""

from __future__ import annotations

import contextlib
import io
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from subjectivity_bench import Row, _two_class, held_out, load_all

from newsdiff.cli import main as newsdiff
from newsdiff.core.article import Article
from newsdiff.core.sentences import Sentence
from newsdiff.meaning import model, model_file
from newsdiff.meaning.suggest import suggest
from newsdiff.store import Store, tag_for

SIZES = (100, 250, 500)
CURVE = (50, 100, 200, 400, 800)
DEV_TEST = Path("/work/data/checkthat/dev_test_en.tsv")
DRAWS = 3
FOLDS = 5


def tag_and_train(rows: Sequence[Row], folder: Path) -> tuple[model.Model | None, str]:
    """A store in ``folder`` holding ``rows`` as one annotator's tags, trained with
    ``newsdiff train``; the model it saved (None if it saved none) and what it printed."""
    store_path = folder / "newsdiff.json"
    tags = []
    for sid, text, subjective in rows:
        article = Article(path=str(folder / f"{sid}.txt"), text=text, encoding="utf-8")
        sentence = Sentence(0, 0, len(text), text)
        tags.append(tag_for(article, sentence, "opinion" if subjective else "fact", "bench"))
    with Store(store_path) as store:
        store.put_many(tags)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = newsdiff(["train", "--store", str(store_path)])
    if code != 0:
        raise SystemExit(f"train_curve: newsdiff train exited {code}: {printed.getvalue()}")
    path = model_file.model_path(store_path)
    return (model_file.load(path) if path.exists() else None), printed.getvalue()


def opinion_with(learned: model.Model | None, rows: Sequence[Row]) -> list[bool]:
    return [s.label == "opinion" for s in suggest([t for _i, t, _s in rows], learned)]


def _mean(results: Sequence[dict[str, float]]) -> dict[str, float]:
    return {k: sum(r[k] for r in results) / len(results) for k in results[0]}


def _line(name: str, m: dict[str, float]) -> str:
    return (
        f"{name:<44}{m['precision']:>6.2f}{m['recall']:>6.2f}{m['f1']:>7.3f}"
        f"{m['mcc']:>7.3f}{m['macro_f1']:>10.3f}\n"
    )


def _header(w: object) -> None:
    assert callable(w)
    w(f"{'':<44}{'P':>6}{'R':>6}{'F1':>7}{'MCC':>7}{'macro-F1':>10}\n")


def _baselines(gold: Sequence[bool], rules: Sequence[bool]) -> list[tuple[str, dict[str, float]]]:
    return [
        ("rules alone", _two_class(gold, rules)),
        ("majority (every sentence OBJ)", _two_class(gold, [False] * len(gold))),
        ("every sentence opinion", _two_class(gold, [True] * len(gold))),
    ]


def held_out_curve(pool: Sequence[Row], test: Sequence[Row]) -> None:
    """Train on N pool labels, score the held-out test, for each N."""
    w = sys.stdout.write
    gold = [s for _i, _t, s in test]
    w(
        f"== tag N of {len(pool)} pool sentences ({sum(s for *_x, s in pool)} SUBJ), "
        f"newsdiff train, suggest on {len(test)} held-out ({sum(gold)} SUBJ)\n"
    )
    _header(w)
    for name, m in _baselines(gold, opinion_with(None, test)):
        w(_line(name, m))
    for n in [*(k for k in SIZES if k < len(pool)), len(pool)]:
        draws = DRAWS if n < len(pool) else 1
        results, seconds = [], []
        for seed in range(draws):
            pick = random.Random(seed).sample(list(pool), n) if n < len(pool) else list(pool)
            with tempfile.TemporaryDirectory() as tmp:
                started = time.perf_counter()
                learned, _printed = tag_and_train(pick, Path(tmp))
                seconds.append(time.perf_counter() - started)
            results.append(_two_class(gold, opinion_with(learned, test)))
        label = f"tag {n} + train (mean of {draws})" if draws > 1 else f"tag {n} + train"
        w(_line(label, _mean(results)).rstrip("\n") + f"   train {max(seconds):.0f} s\n")
    w("\n")


def folds_curve(rows: Sequence[Row]) -> None:
    """5 folds over every sentence: train on the other four, each sentence tested once."""
    w = sys.stdout.write
    gold = [s for _i, _t, s in rows]
    fold = model_folds(["SUBJ" if s else "OBJ" for s in gold])
    pred = [False] * len(rows)
    for f in range(FOLDS):
        train = [r for r, k in zip(rows, fold, strict=True) if k != f]
        test = [i for i, k in enumerate(fold) if k == f]
        with tempfile.TemporaryDirectory() as tmp:
            learned, _printed = tag_and_train(train, Path(tmp))
        for i, p in zip(test, opinion_with(learned, [rows[i] for i in test]), strict=True):
            pred[i] = p
    n = len(rows) - len(rows) // FOLDS
    w(
        f"== {FOLDS} folds over all {len(rows)} sentences ({sum(gold)} SUBJ), about {n} labels a fold\n"
    )
    _header(w)
    for name, m in _baselines(gold, opinion_with(None, rows)):
        w(_line(name, m))
    w(_line(f"tag ~{n} + train", _two_class(gold, pred)))
    w("\n")


def curve_main(test_file: Path, pool_files: Sequence[Path], folds: bool) -> int:
    for path in [test_file, *pool_files]:
        if not path.is_file():
            print(f"subjectivity_bench: {path}: not found (see --help)", file=sys.stderr)
            return 2
    extra, test = held_out(test_file)
    pool = [r for path in pool_files for r in load_all(path)] + extra
    held_out_curve(pool, test)
    if folds:
        folds_curve(pool + test)
    return 0


def our_rows(dev_test: Path) -> list[tuple[str, str, str]]:
    """(source, text, label) of Wikinews and CheckThat! dev_test_en."""
    from suggest_bench import load_dev

    rows = [("wikinews", t, lab) for _d, t, lab in load_dev()]
    rows += [("checkthat", t, "opinion" if s else "fact") for _i, t, s in load_all(dev_test)]
    return rows


def _figures(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float]:
    from newsdiff.meaning import scores

    labels = sorted(set(gold))
    op = scores.per_label(gold, pred, ["opinion"])[0].f1
    return scores.macro_f1(gold, pred, labels), op


def curve(
    rows: Sequence[tuple[str, str, str]],
    sizes: Sequence[int] = CURVE,
    verbose: bool = False,
    articles: Sequence[str] | None = None,
) -> None:
    """``articles``: each row's article, which ``train`` measures by as it does a
    store's (review r25c); None: every row its own."""
    from newsdiff.meaning import learning

    in_use = getattr(learning, "in_use", lambda _m: True)  # main before review r22a
    w = sys.stdout.write
    texts, gold = [t for _s, t, _l in rows], [lab for *_x, lab in rows]
    src = [s for s, _t, _l in rows]
    fold = model_folds(gold)
    alone = [s.label or "none" for s in suggest(texts)]
    n_test = len(rows) // FOLDS
    w(
        f"== {len(rows)} sentences ({gold.count('opinion')} opinion), {FOLDS} folds of about {n_test}\n"
    )
    w(f"{'':<46}{'macro-F1':>9}{'opinion F1':>11}{'CheckThat! op F1':>17}\n")

    def line(name: str, pred: Sequence[str]) -> None:
        macro, op = _figures(gold, pred)
        ct = [i for i, s in enumerate(src) if s == "checkthat"]
        _m, op_ct = _figures([gold[i] for i in ct], [pred[i] for i in ct]) if ct else (0, 0)
        w(f"{name:<46}{macro:>9.3f}{op:>11.3f}" + (f"{op_ct:>17.3f}\n" if ct else "\n"))

    line("rules alone", alone)
    line("majority (every sentence fact)", ["fact"] * len(gold))
    line("every sentence opinion", ["opinion"] * len(gold))
    for n in sizes:
        used, forced, uses = list(alone), list(alone), 0
        started = time.perf_counter()
        for f in range(FOLDS):
            pool = [i for i in range(len(gold)) if fold[i] != f]
            if n > len(pool):
                return
            pick = random.Random(f).sample(pool, n)
            learned = learning.learn(
                [texts[i] for i in pick],
                [gold[i] for i in pick],
                articles=[articles[i] for i in pick] if articles is not None else None,
            )
            if isinstance(learned, str):
                continue
            test = [i for i in range(len(gold)) if fold[i] == f]
            with_model = suggest([texts[i] for i in test], learned.model)
            on = in_use(learned.model)
            uses += on
            m = getattr(learned, "measured", None)
            if m is not None and verbose:
                w(
                    f"  fold {f}: train's own CV: rules {m.rules_macro:.3f}, rules + model "
                    f"{m.model_macro:.3f}, {m.fixed} made right, {m.broken} wrong: "
                    f"{'in use' if on else 'not in use'}\n"
                )
            for i, s in zip(test, with_model, strict=True):
                forced[i] = s.label or "none"
                if on:
                    used[i] = s.label or "none"
        took = time.perf_counter() - started
        line(f"{n} labels: rules + model as train leaves it", used)
        line(f"{n} labels: the model forced in use", forced)
        w(f"{n} labels: in use in {uses} of {FOLDS} folds ({took:.0f} s)\n")


def model_folds(gold: Sequence[str]) -> list[int]:
    try:
        from newsdiff.meaning.model_cv import folds
    except ImportError:  # main before review r22a
        folds = model.folds  # type: ignore[attr-defined]
    return folds(gold)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1])
    parser.add_argument("--set", type=Path, default=DEV_TEST, help="CheckThat! dev_test_en.tsv")
    parser.add_argument("--sizes", default=",".join(map(str, CURVE)))
    parser.add_argument("--verbose", action="store_true", help="train's own figures per fold")
    args = parser.parse_args(argv)
    if not args.set.is_file():
        print(f"train_curve: {args.set}: not found", file=sys.stderr)
        return 2
    from suggest_bench import load_dev

    # Wikinews rows by their article, CheckThat!'s one sentence each (as they come)
    articles = [doc for doc, _t, _l in load_dev()]
    rows = our_rows(args.set)
    articles += [f"checkthat{i}" for i in range(len(rows) - len(articles))]
    curve(rows, [int(x) for x in args.sizes.split(",")], args.verbose, articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
