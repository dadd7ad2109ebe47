"""``newsdiff scan PATH...``: the pairs of articles that share text, best first."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from newsdiff.cli.args import whole_number
from newsdiff.cli.errors import EXIT_SAME, CliError
from newsdiff.cli.output import counted, json_out, note, out, plural, shown
from newsdiff.corpus import MIN_REUSE

if TYPE_CHECKING:
    from newsdiff.corpus.scan import Pair, Progress, Runner, ScanResult

SCHEMA = """one JSON object a pair (--format jsonl; --format json: a list of them):
  rank      1 for the best pair
  a, b      {"ref", "title", "date" (null if unknown), "words", "reuse"}; reuse is the
            share of that side's distinct 3-word sequences the other holds (report's
            headline; never null: a listed pair shares 3 words at least)
  source    "date" when a is the source, dated earlier; else null: no telling, and a
            is first in corpus order (the paths' order, a folder's files by name).
            Shared text has no direction: a reprint that adds holds all of its
            original, one that cuts is held by it
  source_note
            "dated earlier", or why there is no telling: "no dates", "only A
            dated", "only B dated", "same date"
  longest   {"words", "text"}: the longest passage the two share, in order
            (words as a reader counts them: Chinese, Japanese, Thai by ICU's words)
  repeats   [ref, ref] of the pair this one repeats through a copy, or null
  command   the command that opens the pair in the app"""


def add_scan_command(sub: Any, formatter: Callable[[str], argparse.HelpFormatter]) -> None:
    p = sub.add_parser(
        "scan",
        formatter_class=formatter,
        help="find the pairs of articles that share text, best first",
        description="Find the pairs among articles, folders and JSON Lines corpora that "
        "share text: reprints, excerpts, rewrites that keep some of the wording (a "
        f"rewrite in other words may keep under {MIN_REUSE:.0%} of its 3-word sequences: lower "
        "--min-reuse to list it). Candidates come from rare sampled word shingles, then "
        "every candidate is checked exactly.\n\n" + SCHEMA,
        epilog="Examples:\n  newsdiff scan seeds/\n  newsdiff scan --format jsonl "
        "--min-reuse 0.5 news.jsonl pages/ > pairs.jsonl\n  newsdiff scan --scheduler "
        "tcp://10.0.0.5:8786 big.jsonl",
    )
    p.add_argument("paths", metavar="PATH", nargs="+", help="files, folders, corpora (.jsonl)")
    p.add_argument(
        "--min-reuse",
        type=_share,
        default=None,
        metavar="X",
        help="keep pairs where at least X (0-1) of one side's 3-word sequences are the "
        f"other's (default {MIN_REUSE:g}); below the default longer articles are counted "
        "exactly, slower; 0: every pair that shares one",
    )
    p.add_argument(
        "--top", type=whole_number(1), default=None, metavar="N", help="only the N best pairs"
    )
    p.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    p.add_argument(
        "--workers", type=whole_number(1), default=1, metavar="N", help="processes on this machine"
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a Dask cluster (tcp://HOST:PORT); needs 'pip install newsdiff[dask]'",
    )
    p.set_defaults(func=cmd_scan)


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a share between 0 and 1")
    return value


def cmd_scan(args: argparse.Namespace) -> int:
    from newsdiff.core.article import InputError
    from newsdiff.corpus.scan import scan

    min_reuse = MIN_REUSE if args.min_reuse is None else args.min_reuse
    with _runner(args) as (runner, parts), _progress() as progress:
        try:
            result = scan(args.paths, min_reuse, runner=runner, progress=progress, parts=parts)
        except InputError as err:
            raise CliError(str(err)) from None
    if result.failures:
        n = len(result.failures)
        note(f"skipped {counted(n, 'unreadable article')}:")
        for line in result.failures:
            print(f"  {shown(line)}", file=sys.stderr)
        if not result.articles:  # an empty table would read as "no reuse"
            raise CliError("no article could be read, nothing was scanned")
    pairs = result.pairs[: args.top] if args.top else result.pairs
    if args.format == "jsonl":
        for rank, pair in enumerate(pairs, 1):
            json_out(pair.to_json(rank), indent=None)
    elif args.format == "json":
        json_out([p.to_json(r) for r, p in enumerate(pairs, 1)])
    else:
        _table(result, pairs, min_reuse)
    return EXIT_SAME


@contextmanager
def _runner(args: argparse.Namespace) -> Iterator[tuple[Runner | None, int]]:
    if args.scheduler:
        from newsdiff.corpus.cluster import ClusterError, DaskRunner

        try:
            runner = DaskRunner(args.scheduler)
        except ClusterError as err:
            raise CliError(str(err)) from None
        with runner:
            yield runner, runner.parts()
    elif args.workers > 1:
        from newsdiff.corpus.scan import ProcessRunner

        with ProcessRunner(args.workers) as pool:
            yield pool, args.workers * 2
    else:
        yield None, 1


@contextmanager
def _progress() -> Iterator[Progress | None]:
    """A progress bar on stderr when it is a terminal; nothing in a pipe."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress as Bar

    with Bar(console=Console(stderr=True), transient=True) as bar:
        tasks: dict[str, Any] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def _table(result: ScanResult, pairs: list[Pair], min_reuse: float) -> None:
    # Through ``out``: a corpus's ids and titles are its own text, ESC [ 2 J and U+202E
    # included, shown as pictures like every article's text.
    w = out
    n = len(result.pairs)
    w(
        f"{counted(result.articles, 'article')}, {counted(n, 'pair')} with at least "
        f"{min_reuse:.0%} of one side reused ({plural(result.candidates, 'candidate')} checked)\n"
    )
    for rank, p in enumerate(pairs, 1):
        w(f"\n{rank:>3}  A {p.a.reuse:.1%}  B {p.b.reuse:.1%}  longest {p.longest_words} words")
        w(f"  source: {p.source_words}\n")
        for side, name in ((p.a, "A"), (p.b, "B")):
            w(f"     {name}  {_short(shown(os.path.basename(side.ref)), 32, pad=True)}  ")
            w(f"{_short(shown(side.title), 60)}\n")
        if p.repeats:
            w(
                f"     repeats {os.path.basename(p.repeats[0])} / {os.path.basename(p.repeats[1])} (a copy)\n"
            )
        w(f"     {p.command}\n")


def _short(text: str, width: int, pad: bool = False) -> str:
    """``text`` on one line in at most ``width`` columns of a terminal (padded to them
    with ``pad``): a Chinese or Japanese character takes two, so the cut is by columns."""
    text = " ".join(text.split())
    used = sum(map(_columns, text))
    if used > width:
        kept, used = [], 1  # the ellipsis
        for ch in text:
            if used + _columns(ch) > width:
                break
            kept.append(ch)
            used += _columns(ch)
        text = "".join(kept) + "…"
    return text + " " * (width - used) if pad else text


def _columns(ch: str) -> int:
    """A character's columns in a terminal (a spacing vowel sign, Devanagari ा ि, takes
    one: ``display.cells``)."""
    from newsdiff.display.cells import columns

    return columns(ch)
