"""Argument pieces shared by the commands and the app's launcher: pairs, ignore options."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

from newsdiff.cli.errors import EXIT_TROUBLE, CliError
from newsdiff.core.visible import visible

if TYPE_CHECKING:
    from newsdiff.meaning.options import CompareOptions

STORE_HELP = "tag store (default: $NEWSDIFF_STORE or annotations/newsdiff.json)"


#: argparse's words for a value outside its choices (3.11: quoted choices; 3.12+: bare).
_CHOICE = re.compile(r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)$", re.S)


class Parser(argparse.ArgumentParser):
    """argparse with the project's errors: one line on stderr and exit 2, never the
    usage block (it buried the line that said what was wrong). The commands' parsers
    are made by ``add_subparsers``, which builds them of this class too."""

    def error(self, message: str) -> NoReturn:
        found = _CHOICE.match(message)
        if found:
            option, got, choices = found.groups()
            listed = ", ".join(c.strip().strip("'") for c in choices.split(","))
            message = f"{option} must be one of {listed} (got {got})"
        else:
            message = message.removeprefix("argument ")
            if message.startswith(("the following arguments", "unrecognized", "one of")):
                message += f" (see '{self.prog} --help')"
        # A value typed on the command line can hold an escape: shown, never obeyed.
        print(f"{self.prog}: {visible(message)}", file=sys.stderr)
        sys.exit(EXIT_TROUBLE)


def whole_number(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number of at least ``minimum`` (a width of 0 printed
    nothing, a --top of -1 dropped the last line, both without a word)."""

    def parse(text: str) -> int:
        if not text.strip().isdigit() or int(text) < minimum:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of {minimum} or more")
        return int(text)

    return parse


def annotator_arg(text: str) -> str:
    """``--annotator``'s value, checked before anything is read: a name is printed by
    agree, export and the app, so an escape in it would be obeyed by a terminal."""
    if not text.isprintable():
        raise argparse.ArgumentTypeError(f"{text!r} holds a control character")
    return text


def formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=30)


def add_pair(p: argparse.ArgumentParser) -> None:
    p.add_argument("a", metavar="A", help="the first article (a path, or - for stdin)")
    p.add_argument("b", metavar="B", help="the second article (a path, or - for stdin)")


def add_ignore(p: argparse.ArgumentParser) -> None:
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
        help="spelling variants: Kyiv/Kiev, British/American (defence/defense), "
        "hyphenation (co-operation/cooperation), and "
        "numbers written another way (fifteen/15, $5m/$5 million, March 3/3 March)",
    )


def add_lang(p: argparse.ArgumentParser, what: str | None) -> None:
    """``--lang``; ``what``: the English-only parts the command runs (None: none)."""
    english_only = (
        f" {what} know only English: in another language they say so instead of guessing."
        if what
        else ""
    )
    p.add_argument(
        "--lang",
        metavar="CODE",
        type=lang_code,
        help="the language of the text (ISO 639-1: en, zh, ur, ru, ...); default: "
        "guessed from the script (Latin script: from its function words). It decides which "
        "abbreviations end no sentence (ru, uk, es, pt, it, pl, el: see the README)."
        + english_only,
    )


#: Processes a long pair's rows are split among by default (the parent and one child):
#: a third would only share the same two cores of the machines measured.
AUTO_JOBS = 2


def add_jobs(p: argparse.ArgumentParser) -> None:
    """``--jobs``: processes for a long pair's word diffs and change classes."""
    p.add_argument(
        "--jobs",
        metavar="N",
        type=whole_number(1),
        help=f"processes to word-diff and classify a long pair's rows in (default: up to "
        f"{AUTO_JOBS}, one a core, once a pair has a few hundred edited rows; 1: this process "
        "alone). The output is the same",
    )


def jobs_from(args: argparse.Namespace) -> int:
    """``--jobs``, or by default as many as the cores allow, up to ``AUTO_JOBS``."""
    if args.jobs is not None:
        return int(args.jobs)
    return min(AUTO_JOBS, cores())


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def lang_code(text: str) -> str:
    """``--lang``'s value, checked (argparse turns the error into one line, exit 2): an
    ISO 639 code CLDR knows ("xx" went through, and the output claimed a language),
    with a region or script after a hyphen if wanted (pt-BR)."""
    from newsdiff.core.language import CODE

    known = _language_codes()
    if not CODE.fullmatch(text) or text.split("-")[0] not in known:
        two = " ".join(sorted(c for c in known if len(c) == 2))
        raise argparse.ArgumentTypeError(
            f"{text!r} is no language code; accepted: an ISO 639 code, with a region if "
            f"wanted (pt-BR): {two}, or one of three letters (fil, yue, und, ...)"
        )
    return text


def _language_codes() -> frozenset[str]:
    """The language codes CLDR names (Babel's data): ISO 639-1, and 639-2/3 where a
    language has no two-letter code."""
    from babel import Locale

    names = Locale("en").languages  # typed loosely by Babel: its keys are the codes
    return frozenset(c for c in names if isinstance(c, str) and c.isalpha() and c.islower())


def options_from(args: argparse.Namespace) -> CompareOptions:
    from newsdiff.meaning.options import CompareOptions

    # getattr: callers that build a Namespace by hand (the app's fallback) set none.
    return CompareOptions(
        ignore_case=getattr(args, "ignore_case", False),
        ignore_punctuation=getattr(args, "ignore_punctuation", False),
        ignore_quotes=getattr(args, "ignore_quotes", False),
        ignore_spelling=getattr(args, "ignore_spelling", False),
    )


def check_environment() -> None:
    """A bad setting in the environment fails every command the same way, up front.

    Otherwise a command that reads articles only now and then (``export`` following
    edited files) would quietly skip them.
    """
    from newsdiff.core.article import InputError, max_bytes

    try:
        max_bytes()
    except InputError as err:
        raise CliError(str(err)) from None
