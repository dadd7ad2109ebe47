"""``subjectivity_bench.py --train-curve``: tag N labelled news sentences into a store,
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
    fold = model.folds(["SUBJ" if s else "OBJ" for s in gold])
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
