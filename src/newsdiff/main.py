"""The front door: ``newsdiff COMMAND ...`` goes to the command line, anything else opens
the app (``newsdiff [A B]``). The one module that knows both faces, so that ``cli`` and
``tui`` never import each other.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsdiff.cli import program
from newsdiff.cli.args import STORE_HELP, add_ignore, check_environment, formatter, options_from
from newsdiff.cli.errors import CliError, guarded
from newsdiff.corpus import install as install_reader


def build_app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsdiff",
        formatter_class=formatter,
        description="Open two articles side by side in the app.",
        epilog="Example:\n  newsdiff wire.txt reprint.txt --annotator ana",
    )
    p.add_argument("a", metavar="A", nargs="?", help="first article (default: bundled sample)")
    p.add_argument("b", metavar="B", nargs="?", help="second article")
    p.add_argument("--store", help=STORE_HELP)
    p.add_argument("--annotator", help="your name in the store (default: login name)")
    add_ignore(p)
    return p


def run_app(argv: Sequence[str]) -> int:
    args = build_app_parser().parse_args(argv)
    check_environment()
    install_reader()
    if (args.a is None) != (args.b is None):
        raise CliError("give two articles, A and B, or none for the bundled sample pair")
    # Imported here: the commands never load Textual (nor importlib.resources).
    from newsdiff.core.seeds import seed_paths
    from newsdiff.tui.app import launch

    a, b = (args.a, args.b) if args.a else seed_paths()

    return launch(a, b, store=args.store, annotator=args.annotator, options=options_from(args))


def main(argv: Sequence[str] | None = None) -> int:
    """``newsdiff`` itself: a command, or the app. Returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if program.is_command(args):
        return program.main(args)
    return guarded(run_app, args)


def entry() -> None:
    sys.exit(main())
