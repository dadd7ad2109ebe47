"""The dataset commands: export (JSONL or CSV), import (export, doccano, Prodigy), agree.

Every store or input problem becomes a CliError: one line on stderr, exit status 2.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from newsdiff.cli.args import STORE_HELP, annotator_arg
from newsdiff.cli.errors import CliError
from newsdiff.cli.exports import export_target, nothing_to_export
from newsdiff.cli.output import counted, data_out, note, out, plural, say
from newsdiff.cli.stores import (
    annotator_name,
    dump_json,
    note_duplicates,
    note_orphans,
    open_store,
    read_article,
)

if TYPE_CHECKING:
    pass


def add_dataset_commands(sub: Any, formatter: Callable[[str], argparse.HelpFormatter]) -> None:
    """Add export, import and agree to the ``newsdiff`` parser's subparsers."""
    p = sub.add_parser(
        "export",
        help="write the tags as a dataset (JSONL for doccano/Prodigy, or CSV)",
        formatter_class=formatter,
        description="One record per tagged sentence: text, label (a list, as doccano's "
        "text classification\nimport expects), annotator, article, article_id, sentence, "
        "start, end, note, unsure,\nsource, created, updated. CSV is UTF-8 with a BOM so "
        "that spreadsheets read it right,\nwith the label as a plain string (a text cell "
        "a spreadsheet would compute starts with ').\nBy default the annotators' own "
        "decisions: labels given with a key or 'newsdiff tag'\n(source 'human') and "
        "suggestions accepted with s (source 'suggestion'). Labels carried\nfrom the "
        "aligned counterpart (source 'propagated') only with --include-propagated.",
        epilog="Examples:\n"
        "  newsdiff export --output tags.jsonl\n"
        "  newsdiff export --format csv --annotator ana --output ana.csv\n"
        "  newsdiff export --no-suggestions --output typed-only.jsonl\n"
        "  newsdiff export --include-propagated --output with-carried.jsonl",
    )
    p.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    p.add_argument("--annotator", type=annotator_arg, help="only this annotator's tags")
    p.add_argument("--output", "-o", metavar="FILE", help="write here (default: stdout)")
    p.add_argument(
        "--no-suggestions",
        action="store_true",
        help="leave out accepted suggestions (source 'suggestion')",
    )
    p.add_argument(
        "--include-propagated",
        action="store_true",
        help="also export labels carried from the counterpart (source 'propagated')",
    )
    p.add_argument(
        "--include-skipped",
        action="store_true",
        help="also export sentences skipped as not a claim (key -): label null, skipped "
        "true (CSV: a skipped column)",
    )
    # Deprecated: before accepted suggestions were exported by default, this was the way
    # to get anything but 'human'. Kept so that scripts using it still get every record.
    p.add_argument("--include-suggestions", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--store", help=STORE_HELP)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "import",
        help="bring labels back from an export, doccano or Prodigy",
        formatter_class=formatter,
        description="Read JSONL (or a newsdiff CSV export) and store its labels. "
        "Understands newsdiff's\nexport, doccano text classification "
        '({"text", "label": [...]}) and Prodigy\n({"text", "accept": [...]} or '
        '{"text", "label", "answer"}). A record without\narticle_id and sentence is '
        "placed by its text: in the article its own 'article' (a file)\nor 'article_id' "
        "names when that is found, else among the sentences already in the\nstore and "
        "those of the --article files. Prints how many were imported (what was skipped\n"
        "and why on stderr); exit status 2 when nothing was: an empty file, all skipped.",
        epilog="Examples:\n"
        "  newsdiff import tags.jsonl\n"
        "  newsdiff import doccano.jsonl --annotator ana --article article.txt",
    )
    p.add_argument(
        "file",
        metavar="FILE",
        help="a .jsonl file (or a .csv from export); - reads JSON Lines from stdin",
    )
    p.add_argument(
        "--annotator",
        type=annotator_arg,
        help="store every record under this name (default: the record's own)",
    )
    p.add_argument(
        "--article",
        action="append",
        default=[],
        metavar="FILE",
        help="an article whose sentences text-only records may match (repeatable)",
    )
    p.add_argument("--store", help=STORE_HELP)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "agree",
        help="agreement between annotators: kappa, alpha, confusion, disagreements",
        formatter_class=formatter,
        description="Items are sentences labelled by two or more annotators (several "
        "stores are merged).\nTwo annotators: Cohen's kappa; any number: Krippendorff's "
        "alpha (nominal). Also a\nper-label confusion table and the list of disagreements.\n"
        "By default the annotators' own labels count: typed (source 'human') and accepted\n"
        "suggestions ('suggestion'), as in export and progress. The report always says how\n"
        "many labels and sentences were left out, and why.",
        epilog="Examples:\n"
        "  newsdiff agree\n"
        "  newsdiff agree --sources human\n"
        "  newsdiff agree --sources human,suggestion,propagated\n"
        "  newsdiff agree --store ana/newsdiff.json --store bo/newsdiff.json --format json",
    )
    p.add_argument("--store", action="append", metavar="PATH", help=STORE_HELP + "; repeatable")
    p.add_argument(
        "--sources",
        metavar="LIST",
        default="human,suggestion",
        help="the label sources that count, comma-separated, from human, suggestion, "
        "propagated (default: human,suggestion)",
    )
    p.add_argument(
        "--include-skipped",
        action="store_true",
        help="count sentences skipped as not a claim (key -) as the label 'skipped'",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_agree)


def cmd_export(args: argparse.Namespace) -> int:
    from newsdiff.dataset import export
    from newsdiff.dataset.propagate import replaced_versions
    from newsdiff.store import OWN_SOURCES, StoreError, atomic_write

    if args.include_suggestions and args.no_suggestions:
        raise CliError("export: --include-suggestions (every source) contradicts --no-suggestions")
    sources: set[str] | None = None
    if not args.include_suggestions:
        sources = set(OWN_SOURCES)
        if args.no_suggestions:
            sources.discard("suggestion")
        if args.include_propagated:
            sources.add("propagated")
    with open_store(args.store, must_exist=True, reading=True) as store:
        where = export_target(args.output, store)  # refused before anything is read
        target = Path(args.output or "-")
        store.follow_edits()  # an article edited since: its tags' new text and offsets
        every = store.tags()
        note_duplicates(every, store)
        note_orphans(store)
        replaced = replaced_versions(store)
        tags = export.select(every, args.annotator, sources, args.include_skipped, replaced)
    if not tags:
        # An empty export is an answer, not trouble (exit 0), but an empty file with
        # no word of why reads like a bug: say which filter left nothing.
        note(nothing_to_export(every, args.annotator, sources, args.include_skipped))
    buf = io.StringIO(newline="")
    if args.format == "csv":
        buf.write("\ufeff")
        n = export.write_csv(tags, buf, args.include_skipped)
    else:
        n = export.write_jsonl(tags, buf)
    if where == "file":
        try:
            # The whole file or nothing: a half-written export is easy to mistake for all.
            atomic_write(target.resolve(), buf.getvalue())
        except (OSError, StoreError) as err:
            raise CliError(f"{target}: cannot write ({getattr(err, 'strerror', err)})") from None
        say(f"exported {counted(n, 'record')} to {target}")
    elif where == "device":
        try:
            # A device is written in place: renaming a file over it would replace the node.
            with open(target, "w", encoding="utf-8", newline="") as fh:
                fh.write(buf.getvalue())
        except OSError as err:
            raise CliError(f"{target}: cannot write ({err.strerror})") from None
        say(f"exported {counted(n, 'record')} to {target}")
    else:
        data_out(buf.getvalue(), json_lines=args.format == "jsonl")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from newsdiff.dataset import fields, importing
    from newsdiff.store import default_annotator

    path = Path(args.file)
    stdin = args.file == "-"
    stream: TextIO | None = None
    if stdin:
        if sys.stdin is None or sys.stdin.closed:
            raise CliError("-: standard input is closed")
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig")
    elif not path.exists():
        raise CliError(f"{path}: no such file")
    elif path.is_dir():
        raise CliError(f"{path}: is a directory, expected a .jsonl file")
    elif not path.is_file():  # a FIFO would wait for a writer
        raise CliError(f"{path}: not a regular file, expected a .jsonl file")
    articles = [read_article(a) for a in args.article]
    with open_store(args.store) as store:
        index = importing.build_index(store.tags(), articles)
        try:
            records = list(fields.read_records(path, stream))
        except UnicodeDecodeError:
            raise CliError(f"{path}: not UTF-8 text, expected JSONL") from None
        except csv.Error as err:  # a cell over the csv module's size limit, a stray quote
            raise CliError(f"{path}: not a CSV file newsdiff can read ({err})") from None
        except OSError as err:
            raise CliError(f"{path}: cannot read ({err.strerror})") from None
        result = importing.to_tags(
            records,
            index,
            annotator_name(args.annotator) if args.annotator else None,
            default_annotator(),
            importing.ArticleFiles([Path.cwd()] if stdin else [Path.cwd(), path.resolve().parent]),
        )
        skipped = sum(result.skipped.values())
        if not result.tags:  # exit 2: a script must tell "nothing imported" from success
            raise CliError(f"{path}: nothing imported: {result.why_none()}")
        try:
            changed, unchanged = store.put_many(result.tags)
        except ValueError as err:
            raise CliError(f"{path}: {err}") from None
    for reason, count in result.skipped.most_common():  # on stderr, as any note
        lines = result.lines[reason]
        where = ", ".join(map(str, lines[:5])) + (", ..." if len(lines) > 5 else "")
        note(f"skipped {count}: {reason} (line {where})")
    say(
        f"imported {counted(len(result.tags), 'record')} ({changed} new or changed, {unchanged} "
        f"already in the store); skipped {skipped}"
    )
    return 0


def _sources(text: str) -> set[str]:
    """The --sources list, checked: a misspelt source would silently count nothing."""
    from newsdiff.store import SOURCES

    chosen = {s.strip() for s in text.split(",") if s.strip()}
    unknown = sorted(chosen - set(SOURCES))
    if unknown or not chosen:
        what = f"unknown source {unknown[0]!r}" if unknown else "no source given"
        raise CliError(f"agree: --sources: {what} (choose from {', '.join(SOURCES)})")
    return chosen


def _left_out_line(rep: dict[str, Any]) -> str:
    """One line: how many labels and sentences the figures below do not count, and why."""
    parts = []
    single = rep["left_out"]["single_annotator"]
    if single:
        s = "sentence" if single == 1 else "sentences"
        parts.append(f"{single} {s} labelled by one annotator only")
    for source, n in rep["left_out"]["sources"].items():
        s = "label" if n == 1 else "labels"
        parts.append(f"{n} {s} of source '{source}' (not in --sources)")
    skipped = rep["left_out"]["skipped"]
    if skipped and not rep["include_skipped"]:
        s = "sentence" if skipped == 1 else "sentences"
        parts.append(f"{skipped} {s} skipped as not a claim (--include-skipped counts them)")
    return "Left out: " + ("; ".join(parts) if parts else "nothing") + "\n"


def cmd_agree(args: argparse.Namespace) -> int:
    from newsdiff.dataset.agree import agreement, merge
    from newsdiff.dataset.propagate import replaced_versions

    sources = _sources(args.sources)
    paths = args.store or [None]
    stores = []
    replaced: set[str] = set()
    for p in paths:
        with open_store(p, must_exist=True, reading=True) as store:
            stores.append(store.tags())
            replaced |= replaced_versions(store)
    merged = merge(stores)
    rep = agreement(merged, sources, args.include_skipped, replaced)
    if args.format == "json":
        dump_json(rep)
        return 0
    w = out
    # rep["annotators"] names those with a sentence in common; before there is one, say
    # who has labelled anything, so that one annotator alone is not "(none)".
    labelling = sorted({t.annotator for t in merged if t.label and t.source in sources})
    counting = f"Counting labels of source {', '.join(rep['sources'])}\n"
    if len(labelling) < 2:
        who = f"Only one annotator ({labelling[0]})" if labelling else "No annotator yet"
        w(f"{who}: agreement needs two.\n{counting}{_left_out_line(rep)}")
        return 0
    w(f"Annotators: {', '.join(rep['annotators'] or labelling)}\n")
    w(counting)
    w(f"Items (sentences labelled by 2+ annotators): {rep['items']}\n")
    w(_left_out_line(rep))
    if not rep["items"]:
        w("No sentence is labelled by two annotators yet.\n")
        return 0

    def num(x: float | None) -> str:
        return "undefined (no variation in the labels)" if x is None else f"{x:.3f}"

    w(f"Observed agreement: {num(rep['observed_agreement'])}\n")
    if len(rep["annotators"]) == 2:
        w(f"Cohen's kappa: {num(rep['cohen_kappa'])}\n")
    else:
        for pair in rep["pairs"]:
            if pair["items"]:
                a, b = pair["annotators"]
                w(
                    f"  Cohen's kappa {a} / {b}: {num(pair['cohen_kappa'])} ({plural(pair['items'], 'item')})\n"
                )
    w(f"Krippendorff's alpha (nominal): {num(rep['krippendorff_alpha'])}\n\n")
    conf = rep["confusion"]
    labels = rep["labels"]
    if conf["kind"] == "confusion":
        w(f"Confusion (rows: {conf['rows']}, columns: {conf['columns']}):\n")
    else:
        w("Coincidence matrix (pairs of labels given to the same sentence):\n")
    width = max(len(x) for x in labels) + 2
    w(" " * width + "".join(f"{x:>{width}}" for x in labels) + "\n")
    for r in labels:
        cells = "".join(f"{conf['table'][r][c]:>{width}g}" for c in labels)
        w(f"{r:<{width}}{cells}\n")
    w(f"\nDisagreements ({len(rep['disagreements'])}):\n")
    for d in rep["disagreements"]:
        who = ", ".join(f"{a}={lb}" for a, lb in d["labels"].items())
        w(f"  {d['article']} #{d['sentence'] + 1}: {who}\n      {d['text']}\n")
    return 0
