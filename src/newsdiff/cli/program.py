"""The command line: a thin layer that parses arguments, calls the core and prints.

``newsdiff COMMAND ...`` runs one command and exits; ``newsdiff.main`` sends anything
else to the app. Exit status follows diff(1): 0 no differences, 1 differences, 2 trouble.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from newsdiff import __version__
from newsdiff.cli.args import Parser, check_environment, formatter
from newsdiff.cli.errors import EXIT_TROUBLE, guarded
from newsdiff.corpus import install as install_reader

#: What starts a command line (the rest opens the app).
HELP_OR_VERSION = ("-h", "--help", "--version")

#: The commands in the order of --help (the pair, then tags, the dataset, and one
#: article's suggestions), by the module and function that add them to the parser. A
#: command line builds only its own group's parsers and imports only its module:
#: building every parser (argparse asks gettext for a catalogue for each) and importing
#: every command's module was a tenth of ``newsdiff diff``'s start-up (issue 16).
COMMANDS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("diff",), "pair", "add_diff_command"),
    (("report",), "pair", "add_report_command"),
    (("sentences", "tag"), "tag_commands", "add_tag_commands"),
    (("export", "import", "agree"), "dataset_commands", "add_dataset_commands"),
    (("orphans",), "tag_commands", "add_orphans_command"),
    (("suggest",), "pair", "add_suggest_command"),
    (("train",), "learn", "add_train_command"),
    (("scan",), "scan_command", "add_scan_command"),
)

#: The names of the commands (``newsdiff NAME ...`` runs one).
COMMAND_NAMES = frozenset(name for names, _module, _adder in COMMANDS for name in names)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``newsdiff`` parser with every command, or with ``command``'s group alone
    (what a command line needs: the same parser for it, the same usage and errors)."""
    parser = Parser(
        prog="newsdiff",
        formatter_class=formatter,
        description="Compare two versions of a news article sentence by sentence, "
        "word by word, and tag sentences as fact, attribution, estimate or opinion.",
        epilog="Run 'newsdiff A B' (or 'newsdiff' alone, on the bundled samples) for "
        "the app,\nor 'newsdiff COMMAND --help' for one command.\n\n"
        "Examples:\n"
        "  newsdiff diff wire.txt reprint.txt       (what the reprint changed, word by word)\n"
        "  newsdiff report wire.txt reprint.txt     (reuse shares and the changes by class)\n"
        "  newsdiff scan articles/                  (which articles of a folder reuse which)",
    )
    parser.add_argument("--version", action="version", version=f"newsdiff {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for names, module, adder in COMMANDS:
        if command is None or command in names:
            add = getattr(importlib.import_module(f"newsdiff.cli.{module}"), adder)
            add(sub, formatter)
    return parser


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The subcommands a parser knows (argparse keeps them on its subparsers action)."""
    return set(_commands(parser))


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def is_command(argv: Sequence[str]) -> bool:
    """Whether ``argv`` is a command line (else it holds the app's arguments)."""
    return bool(argv) and (argv[0] in COMMAND_NAMES or argv[0] in HELP_OR_VERSION)


def _run(argv: Sequence[str]) -> int:
    parser = build_parser(argv[0] if argv and argv[0] in COMMAND_NAMES else None)
    args, extra = parser.parse_known_args(argv)
    if extra:
        # Said by the command's parser: "newsdiff diff: unrecognized arguments: c".
        _commands(parser).get(args.command, parser).error(
            f"unrecognized arguments: {' '.join(extra)}"
        )
    if args.command is None:
        parser.print_help()
        return EXIT_TROUBLE
    check_environment()
    install_reader()
    code: int = args.func(args)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (``newsdiff diff A B``, ...) and return its exit status."""
    return guarded(_run, list(sys.argv[1:] if argv is None else argv))
