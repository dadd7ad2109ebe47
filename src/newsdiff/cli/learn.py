"""``newsdiff train``: fit the suggestion model on a store's own labels, save it beside
the store; and the helper ``suggest`` uses to find that model."""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdiff.cli.args import STORE_HELP, annotator_arg
from newsdiff.cli.errors import EXIT_SAME, CliError
from newsdiff.cli.output import note, out
from newsdiff.cli.stores import open_store
from newsdiff.core.labels import LABELS

if TYPE_CHECKING:
    from newsdiff.meaning import model_cv
    from newsdiff.meaning.model import Model
    from newsdiff.store import Tag


def add_train_command(sub: Any, formatter: Callable[[str], argparse.HelpFormatter]) -> None:
    """Add train to the ``newsdiff`` parser's subparsers."""
    p = sub.add_parser(
        "train",
        help="learn the suggestions from the store's own labels",
        formatter_class=formatter,
        description="Fit a small linear classifier (word and character n-grams, the "
        "rules' cues and\nthe sentence's shape) on the store's labels (human tags and "
        "accepted suggestions)\nand save it beside the store; 'newsdiff suggest' and the "
        "app then use it with\nthe rules. Prints the labels used per class and a "
        "cross-validated macro-F1. With\nfewer than 30 labels, or fewer than two labels "
        "with 5 each, it saves nothing and\nthe rules stay alone; a label given fewer "
        "than 5 times is left to the rules, and\none never given is the model's to "
        "decide (a store of opinion against fact labels\nlearns those two, and its "
        "hedged sentences are opinion or fact). Attribution\nstays with the rules. It "
        "prints the rules alone and the rules with the model\non the same "
        "cross-validation folds, dealt by article (from fewer than 5\narticles it is "
        "not in use); the model is used only where it beats the\nrules "
        "there by 0.01 macro-F1 with opinion F1 no lower, and is otherwise saved\n"
        "marked not in use (exit 0 either way).",
        epilog="Examples:\n  newsdiff train\n  newsdiff train --store ana/newsdiff.json "
        "--annotator ana",
    )
    p.add_argument("--store", help=STORE_HELP)
    p.add_argument(
        "--annotator",
        type=annotator_arg,
        help="learn from this annotator's labels only (default: all)",
    )
    p.set_defaults(func=cmd_train)


def cmd_train(args: argparse.Namespace) -> int:
    from newsdiff.meaning import model_file
    from newsdiff.meaning.learning import LEARN_SOURCES, learn

    with open_store(args.store, must_exist=True, reading=True) as store:
        name = args.annotator.strip() if args.annotator else None
        if args.annotator is not None and not name:
            raise CliError("--annotator: the name is empty")
        every = [
            t for t in store.tags() if t.label and t.source in LEARN_SOURCES and t.text.strip()
        ]
        target = model_file.model_path(store.path)
    tags = [t for t in every if name is None or t.annotator == name]
    texts, gold = [t.text for t in tags], [t.label for t in tags]
    counts = Counter(gold)
    w = out  # the store path is printed: its control characters shown
    w("labels: " + ", ".join(f"{lab} {counts[lab]}" for lab in LABELS) + "\n")
    learned = _nobody(name, every) or learn(texts, gold, name, [t.article_id for t in tags])
    if isinstance(learned, str):
        # Exit 0 as an export that selects nothing does: the command ran, there was
        # nothing to learn from (README, "exit status"); the line says why.
        w(f"not trained: {learned}; the suggestions stay the rules alone\n")
        return EXIT_SAME
    unused = learned.model.meta.get("unused", [])
    left = learned.left_to_the_rules()  # worded once: the app's status line says it too
    if left:
        w(left + "\n")
    # Attribution is the rules' whatever its count (model.combine), so it is named on
    # its own line rather than as a label with too few examples.
    w(f"attribution ({counts['attribution']}): always suggested by the rules\n")
    if unused:
        w(f"never labelled, so the model chooses among your labels there: {', '.join(unused)}\n")
    try:
        model_file.save(learned.model, target)
    except OSError as err:
        raise CliError(f"{target}: cannot write the model ({err.strerror or err})") from None
    w(measured_lines(learned.measured))
    w(f"saved {target} ({learned.seconds:.1f} s)\n")
    return EXIT_SAME


def measured_lines(m: model_cv.Measured) -> str:
    """The rules alone and with the model on the same folds, and which is in use."""
    from newsdiff.meaning import model_cv

    op = m.rules_opinion is not None and m.model_opinion is not None
    head = f"cross-validated on the same {model_cv.FOLDS} folds:  macro-F1" + (
        "  opinion F1" if op else ""
    )
    rows = [head]
    for name, macro, opinion in (
        ("rules alone", m.rules_macro, m.rules_opinion),
        ("rules + model", m.model_macro, m.model_opinion),
    ):
        rows.append(f"  {name:<34}{macro:>8.3f}" + (f"{opinion or 0.0:>12.3f}" if op else ""))
    if m.in_use:
        rows.append("in use: the rules + model beat the rules alone; suggest and the app use it")
    else:
        rows.append(f"not in use: {m.why_not()}; the suggestions stay the rules'")
    return "\n".join(rows) + "\n"


def _nobody(name: str | None, every: Sequence[Tag]) -> str | None:
    """Why a named annotator has nothing to learn from, naming those who have labels
    (worded as ``export`` words it), or None when they have labels."""
    if name is None or any(t.annotator == name for t in every):
        return None
    if not every:
        return f"no labels by annotator {name!r} (the store holds none)"
    names = ", ".join(sorted({t.annotator for t in every}))
    return f"no labels by annotator {name!r} (the store has labels by {names})"


def store_model(store: str | None) -> Model | None:
    """The model trained beside the store (``--store`` or the default), if there is one
    and ``train`` found it better than the rules (``learning.in_use``)."""
    from newsdiff.meaning import model, model_file
    from newsdiff.meaning.learning import why_not
    from newsdiff.store import StoreError, default_path
    from newsdiff.store.files import resolve_store_path

    try:
        path = model_file.model_path(resolve_store_path(Path(store) if store else default_path()))
    except StoreError as err:
        raise CliError(str(err)) from None
    if not path.exists():
        return None
    try:
        learned = model_file.load(path)
    except model.ModelError as err:
        raise CliError(str(err)) from None
    why = why_not(learned)
    if why is not None:
        # Said, not silent (review r24c): a model the annotator trained and that decides
        # nothing would otherwise look like one that agrees with the rules everywhere.
        note(f"{path}: not in use ({why}): the suggestions are the rules' alone")
        return None
    return learned
