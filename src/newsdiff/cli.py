"""The command line: a thin layer that parses arguments, calls the core and prints.

``newsdiff [A B]`` opens the app; ``newsdiff COMMAND ...`` runs one command and exits.
Exit status follows diff(1): 0 no differences, 1 differences, 2 trouble.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib import resources
from typing import Any

from newsdiff import __version__

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2

SEED_A = "000_bffa4cee5f922f5d.txt"
SEED_B = "001_7835627fb396a6e4.txt"


class CliError(Exception):
    """A problem to report in one line with exit status 2."""


def seed_paths() -> tuple[str, str]:
    """The bundled sample pair: a spun rewrite (A) and the story it spun (B)."""
    root = resources.files("newsdiff") / "seeds"
    return str(root / SEED_A), str(root / SEED_B)


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=30)


def _add_pair(p: argparse.ArgumentParser) -> None:
    p.add_argument("a", metavar="A", help="the first article (a path, or - for stdin)")
    p.add_argument("b", metavar="B", help="the second article (a path, or - for stdin)")


def _add_ignore(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("what to ignore (an ignored difference is no change at all)")
    g.add_argument("--ignore-case", action="store_true", help='"Western" = "western"')
    g.add_argument(
        "--ignore-punctuation",
        action="store_true",
        help="punctuation marks; a hyphen reads as a space",
    )
    g.add_argument(
        "--ignore-quotes", action="store_true", help='quote and dash styles (‘x’ = "x", — = -)'
    )
    g.add_argument(
        "--ignore-spelling",
        action="store_true",
        help="spelling variants: Kyiv/Kiev, British/American (defence/defense), and "
        "numbers written another way (fifteen/15, $5m/$5 million, March 3/3 March)",
    )


def _options(args: argparse.Namespace) -> Any:
    from newsdiff.options import CompareOptions

    # getattr: callers that build a Namespace by hand (the app's fallback) set none.
    return CompareOptions(
        ignore_case=getattr(args, "ignore_case", False),
        ignore_punctuation=getattr(args, "ignore_punctuation", False),
        ignore_quotes=getattr(args, "ignore_quotes", False),
        ignore_spelling=getattr(args, "ignore_spelling", False),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdiff",
        formatter_class=_formatter,
        description="Compare two versions of a news article sentence by sentence, "
        "word by word, and tag sentences as fact, attribution, estimate or opinion.",
        epilog="Run 'newsdiff A B' (or 'newsdiff' alone, on the bundled samples) for "
        "the app,\nor 'newsdiff COMMAND --help' for one command.\n\n"
        "Example:\n  newsdiff diff seeds/000_bffa4cee5f922f5d.txt "
        "seeds/001_7835627fb396a6e4.txt",
    )
    parser.add_argument("--version", action="version", version=f"newsdiff {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "diff",
        help="aligned, word-level diff of two articles",
        formatter_class=_formatter,
        description="Align the sentences of A and B and show what changed inside "
        "each aligned pair.\nEvery change gets a class: negation, number, attribution, "
        "hedge, synonym, variant or rewording.\nExit status: 0 no differences (spaces "
        "are always normalised; see --ignore-*), 1 differences, 2 trouble.",
        epilog="Examples:\n"
        "  newsdiff diff old.txt new.txt\n"
        "  newsdiff diff --format plain old.txt new.txt | less\n"
        "  newsdiff diff --ignore-quotes --ignore-spelling old.txt new.txt\n"
        "  newsdiff diff --format json old.txt new.txt | jq '.rows[].changes'",
    )
    _add_pair(p)
    _add_ignore(p)
    p.add_argument(
        "--format",
        choices=("rich", "plain", "json"),
        default="rich",
        help="rich: coloured side by side (default); plain: wdiff style "
        "[-deleted-]{+inserted+}; json: rows with word ops",
    )
    p.add_argument("--width", type=int, help="output width for rich (default: terminal)")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser(
        "report",
        help="the spin summary: changes by class, reuse, rows by kind, substitutions",
        formatter_class=_formatter,
        description="Summarise what a rewrite did: the changes by class, most "
        "significant first\n(negation, number, attribution, hedge, synonym, variant, "
        "rewording) with examples,\nthe share of each text reused word for word, the "
        "rows by kind, and the word\nsubstitutions, most frequent first.",
        epilog="Examples:\n"
        "  newsdiff report spun.txt wire.txt\n"
        "  newsdiff report --format json --ignore-quotes spun.txt wire.txt | jq .classes",
    )
    _add_pair(p)
    _add_ignore(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--top", type=int, default=20, help="substitutions to list (text)")
    p.add_argument(
        "--examples", type=int, default=3, help="examples per change class (text; default 3)"
    )
    p.set_defaults(func=cmd_report)

    # Tagging commands (sentences, tag, export, import, agree, orphans): cli_store.py.
    from newsdiff.cli_store import add_store_commands

    add_store_commands(sub, _formatter)

    p = sub.add_parser(
        "suggest",
        help="a suggested label for every sentence, with the cue words behind it",
        formatter_class=_formatter,
        description="Suggest a label (attribution, estimate, opinion, fact) for every "
        "sentence of FILE,\nwith the cue words that triggered it; precedence as in the "
        "guidelines:\nattribution, then estimate, then opinion, then fact. Sentences "
        "that are no statement\n(credits, navigation, bare headings) get none.",
        epilog="Examples:\n"
        "  newsdiff suggest article.txt\n"
        "  newsdiff suggest --format json article.txt | jq '.[] | select(.label == \"estimate\")'",
    )
    p.add_argument("file", metavar="FILE", help="the article (a path, or - for stdin)")
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help='text: one line per sentence, cues in [brackets]; json: [{"index", "text", '
        '"label", "cues"}]',
    )
    p.set_defaults(func=cmd_suggest)
    return parser


def _load_pair(a: str, b: str, options: Any = None) -> Any:
    from newsdiff.align import AlignmentTooLarge
    from newsdiff.article import STDIN, InputError, load
    from newsdiff.compare import compare

    if a == STDIN and b == STDIN:
        raise CliError("-: standard input can be only one of the two articles")
    try:
        art_a, art_b = load(a), load(b)
        return compare(art_a, art_b, options)
    except InputError as err:
        raise CliError(str(err)) from None
    except AlignmentTooLarge as err:
        raise CliError(f"{a}, {b}: {err}") from None


def cmd_diff(args: argparse.Namespace) -> int:
    from rich.console import Console

    from newsdiff import render

    cmp = _load_pair(args.a, args.b, _options(args))
    if args.format == "json":
        json.dump(cmp.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.format == "plain":
        out = sys.stdout
        for line in render.plain_lines(cmp):
            out.write(line + "\n")
    else:
        console = Console(width=args.width, highlight=False)
        render.print_rich(cmp, console)
    return EXIT_SAME if cmp.identical else EXIT_DIFFERENT


def cmd_report(args: argparse.Namespace) -> int:
    from newsdiff.compare import report

    cmp = _load_pair(args.a, args.b, _options(args))
    rep = report(cmp)
    if args.format == "json":
        json.dump(rep, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        w = sys.stdout.write
        w(f"A  {cmp.a.path}  ({rep['a']['sentences']} sentences, id {cmp.a.id})\n")
        w(f"B  {cmp.b.path}  ({rep['b']['sentences']} sentences, id {cmp.b.id})\n\n")
        _write_spin(rep, args.examples)
        w(f"Reused word for word: A {rep['reuse']['a']:.1%}, B {rep['reuse']['b']:.1%}\n")
        w("Rows: " + ", ".join(f"{k} {n}" for k, n in rep["rows"].items()) + "\n\n")
        subs = rep["substitutions"][: args.top]
        if subs:
            w("Substitutions (A -> B), most frequent first:\n")
            width = max(len(s["a"]) for s in subs)
            for s in subs:
                w(f"  {s['count']:>3}  {s['a']:<{width}}  ->  {s['b']}\n")
    return EXIT_SAME if cmp.identical else EXIT_DIFFERENT


def _write_spin(rep: dict[str, Any], examples: int) -> None:
    """The spin summary: changes per class, most significant first, with examples."""
    w = sys.stdout.write
    ignored = f" (ignoring {', '.join(f[9:] for f in rep['ignore'])})" if rep["ignore"] else ""
    total = sum(rep["classes"].values())
    w(f"What changed{ignored}: {total} changes, most significant first\n")
    for entry in rep["spin"]:
        w(f"  {entry['class']:<12} {entry['count']:>4}")
        shown = [f"{_quote(e['a'])} -> {_quote(e['b'])}" for e in entry["examples"][:examples]]
        w(("   " + "; ".join(shown)) if shown else "")
        w("\n")
    w("\n")


def _quote(text: str) -> str:
    short = text if len(text) <= 40 else text[:37] + "..."
    return f'"{short}"' if short else "(nothing)"


def cmd_suggest(args: argparse.Namespace) -> int:
    from newsdiff.article import InputError, load
    from newsdiff.suggest import suggest_text

    try:
        article = load(args.file)
    except InputError as err:
        raise CliError(str(err)) from None
    suggestions = suggest_text(article.text)
    if args.format == "json":
        json.dump([s.to_json() for s in suggestions], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_SAME
    w = sys.stdout.write
    for s in suggestions:
        label = s.label or "-"
        cues = ", ".join(c.text for c in s.cues)
        w(f"{s.index:>4}  {label:<11}  {s.text}")
        w(f"  [{cues}]\n" if cues else "\n")
    return EXIT_SAME


def command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The subcommands a parser knows (argparse keeps them on its subparsers action)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def build_app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsdiff",
        formatter_class=_formatter,
        description="Open two articles side by side in the app.",
        epilog="Example:\n  newsdiff wire.txt reprint.txt --annotator ana",
    )
    p.add_argument("a", metavar="A", nargs="?", help="first article (default: bundled sample)")
    p.add_argument("b", metavar="B", nargs="?", help="second article")
    p.add_argument(
        "--store", help="tag store (default: $NEWSDIFF_STORE or annotations/newsdiff.json)"
    )
    p.add_argument("--annotator", help="your name in the store (default: login name)")
    _add_ignore(p)
    return p


def _check_environment() -> None:
    """A bad setting in the environment fails every command the same way, up front.

    Otherwise a command that reads articles only now and then (``export`` following
    edited files) would quietly skip them.
    """
    from newsdiff.article import InputError, max_bytes

    try:
        max_bytes()
    except InputError as err:
        raise CliError(str(err)) from None


def run_app(argv: Sequence[str]) -> int:
    args = build_app_parser().parse_args(argv)
    _check_environment()
    if (args.a is None) != (args.b is None):
        raise CliError("give two articles, A and B, or none for the bundled sample pair")
    a, b = (args.a, args.b) if args.a else seed_paths()
    # Imported here: the commands above never load Textual.
    from newsdiff.tui.app import launch

    return launch(a, b, store=args.store, annotator=args.annotator, options=_options(args))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    commands = command_names(parser)
    try:
        if argv and (argv[0] in commands or argv[0] in ("-h", "--help", "--version")):
            args = parser.parse_args(argv)
            if args.command is None:
                parser.print_help()
                return EXIT_TROUBLE
            _check_environment()
            code: int = args.func(args)
        else:
            code = run_app(argv)
        sys.stdout.flush()
        return code
    except CliError as err:
        print(f"newsdiff: {err}", file=sys.stderr)
        return EXIT_TROUBLE
    except BrokenPipeError:
        # The reader went away (newsdiff diff ... | head): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_DIFFERENT
    except KeyboardInterrupt:
        return 130


def entry() -> None:
    sys.exit(main())
