"""The front door: ``newsdiff COMMAND ...`` goes to the command line, anything else opens
the app (``newsdiff [A [B]]``). The one module that knows both faces, so that ``cli`` and
``tui`` never import each other.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

# First of newsdiff's modules: the patterns compiled by the next ones' imports come
# from the previous runs (core/regex_cache.py), then the functions their data classes
# compile (core/code_cache.py).
import newsdiff.core.regex_cache as regex_cache

# isort: split
import newsdiff.core.code_cache as code_cache
from newsdiff.cli import program
from newsdiff.cli.args import (
    STORE_HELP,
    Parser,
    add_ignore,
    add_lang,
    annotator_arg,
    check_environment,
    formatter,
    options_from,
)
from newsdiff.cli.errors import EXIT_TROUBLE, guarded
from newsdiff.corpus import install as install_reader


def build_app_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="newsdiff",
        formatter_class=formatter,
        description="Open two articles side by side in the app, or one article alone "
        "in one pane to tag its sentences; or, given a folder, a "
        "corpus (.jsonl) or several files, a list of the pairs among them that share text, "
        "to open one after another.",
        epilog="Examples:\n  newsdiff wire.txt reprint.txt --annotator ana\n"
        "  newsdiff story.txt         (one article alone: tag its sentences)\n"
        "  newsdiff pages/            (pick among the pairs of a folder)",
    )
    p.add_argument(
        "paths",
        metavar="PATH",
        nargs="*",
        help="two articles (default: the bundled sample pair), or one to tag alone; or a "
        "folder, a corpus or "
        "several files to pick pairs from",
    )
    p.add_argument("--store", help=STORE_HELP)
    p.add_argument(
        "--annotator", type=annotator_arg, help="your name in the store (default: login name)"
    )
    add_ignore(p)
    add_lang(p, "Change classes and suggestions")
    return p


def run_app(argv: Sequence[str]) -> int:
    args = build_app_parser().parse_args(argv)
    check_environment()
    install_reader()
    paths: list[str] = args.paths
    options = options_from(args)
    single = len(paths) == 1 and _one_article(paths[0])
    if paths and not single and not (len(paths) == 2 and all(map(_one_article, paths))):
        # Imported here: the commands never load Textual (nor importlib.resources).
        from newsdiff.tui.picker_app import launch_corpus

        return launch_corpus(
            paths, store=args.store, annotator=args.annotator, options=options, lang=args.lang
        )
    from newsdiff.core.seeds import seed_paths
    from newsdiff.tui.app import launch

    if single:  # one article alone, in one pane: the same keys, store and suggestions
        return launch(
            paths[0],
            None,
            store=args.store,
            annotator=args.annotator,
            options=options,
            lang=args.lang,
        )
    a, b = paths if paths else seed_paths()
    return launch(a, b, store=args.store, annotator=args.annotator, options=options, lang=args.lang)


def _one_article(path: str) -> bool:
    """A path that is one article: a file other than a corpus, or a ``corpus#ID`` reference
    (``-`` too, which the app refuses in its own words)."""
    from newsdiff.corpus import records

    if records.split_reference(path) is not None:
        return True
    return not os.path.isdir(path) and not path.lower().endswith(records.SUFFIX)


def main(argv: Sequence[str] | None = None) -> int:
    """``newsdiff`` itself: a command, or the app. Returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if program.is_command(args):
        return program.main(args)
    hint = _command_hint(args[0]) if args else None
    if hint is not None:
        print(f"newsdiff: {args[0]}: no such command or file ({hint})", file=sys.stderr)
        return EXIT_TROUBLE
    return guarded(run_app, args)


def _command_hint(word: str) -> str | None:
    """What the user likely meant when ``word``, the first argument, is no file but
    reads like a mistyped command ("trian", "exprot", "help"); None otherwise. A path
    that exists, or that reads as one (a separator, a suffix), is left to the app."""
    if word == "help":
        return "try 'newsdiff --help'"
    if os.path.exists(word) or not word.isalpha():
        return None
    import difflib

    close = difflib.get_close_matches(word.lower(), sorted(program.COMMAND_NAMES), n=1, cutoff=0.7)
    return f"did you mean '{close[0]}'?" if close else None


#: A command's allocations between two collections of the youngest generation
#: (Python's default is 700). Nearly everything a diff allocates lives to its end
#: (sentences, sets, rows: 491 objects of cycles found on the 100x seed pair), so each
#: collection walked its young objects for nothing, and every tenth the older ones
#: again: at 50,000 that was 26 M instructions of the 100x pair and 121 M of the 1 MB
#: pair; the peak memory is the same (66 MB, 129 MB).
YOUNG_COLLECTION_EVERY = 1_000_000


#: Commands that only read their inputs and print: once their output is flushed the
#: process ends at once (``os._exit``), without Python's finalisation (freeing every
#: object, the collector's last passes, module teardown): 39 M of the 100x seed pair's
#: 2,451 M instructions, 175 M of the 1 MB pair's 10,557 M (docs/performance.md, sixth
#: round). Commands that write a store or files keep the normal exit.
FAST_EXIT = frozenset({"diff", "report"})


def entry() -> None:
    argv = sys.argv[1:]
    if program.is_command(argv):
        _quiet_collector()
        if argv[0] in FAST_EXIT:
            _exit_now(main())
    code = main()
    regex_cache.save()
    code_cache.save()
    sys.exit(code)


def _exit_now(code: int) -> None:
    """End the process with ``code`` once standard output and error are flushed; if a
    flush fails, the normal exit reports it."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    regex_cache.save()  # after the output: only a run that compiled new patterns writes
    code_cache.save()
    os._exit(code)


def _quiet_collector() -> None:
    """A command runs once and exits: what it imported lives to the end, so the
    collector need never walk it again (``gc.freeze``), and the command's own objects
    (sentences, rows, word diffs; few cycles among them) are walked less often. With
    Python's defaults the 100x pair's diff spent 4% of its instructions collecting;
    the peak memory is the same. The app keeps its own policy (``tui.collector``);
    ``main`` itself, which tests call in their process, changes nothing."""
    import gc

    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION_EVERY)
