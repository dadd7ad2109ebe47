"""The commands over a pair of articles (diff, report) and over one (suggest)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from newsdiff.cli import selection
from newsdiff.cli.args import (
    STORE_HELP,
    add_ignore,
    add_jobs,
    add_lang,
    add_pair,
    jobs_from,
    options_from,
    whole_number,
)
from newsdiff.cli.colour import add_color, use_color
from newsdiff.cli.colour import console as colour_console
from newsdiff.cli.errors import EXIT_SAME, CliError, verdict_if_closed
from newsdiff.cli.output import counted, json_out, json_rows_out, out
from newsdiff.core.visible import one_line, visible

if TYPE_CHECKING:
    from newsdiff.meaning.compare import Comparison, Row
    from newsdiff.meaning.options import CompareOptions


#: Narrower than this, the two columns of the rich diff cannot hold a word.
MIN_WIDTH = 20


def add_diff_command(sub: Any, formatter: Callable[[str], argparse.HelpFormatter]) -> None:
    """Add diff to the ``newsdiff`` parser's subparsers."""
    p = sub.add_parser(
        "diff",
        help="aligned, word-level diff of two articles",
        formatter_class=formatter,
        description="Align the sentences of A and B and show what changed inside "
        "each aligned pair.\nEvery change gets a class: negation, number, attribution, "
        "hedge, synonym, variant or rewording.\nExit status: 0 no differences (spaces "
        "are always normalised; see --ignore-*), 1 differences, 2 trouble;\nwith "
        "--fail-on, 1 only for a change of those classes.",
        epilog="Examples:\n"
        "  newsdiff diff old.txt new.txt\n"
        "  newsdiff diff old.txt new.txt | less          # marks in text, no colour\n"
        "  newsdiff diff --color always old.txt new.txt | less -R\n"
        "  newsdiff diff --format plain old.txt new.txt\n"
        "  newsdiff diff --only number,attribution old.txt new.txt\n"
        "  newsdiff diff --fail-on number,attribution,negation --format json wire.txt reprint.txt\n"
        "  newsdiff diff --ignore-quotes --ignore-spelling old.txt new.txt\n"
        "  newsdiff diff --format json old.txt new.txt | jq '.rows[].changes'",
    )
    add_pair(p)
    add_ignore(p)
    add_lang(p, "Change classes")
    add_jobs(p)
    p.add_argument(
        "--format",
        choices=("rich", "plain", "json"),
        default="rich",
        help="rich: side by side (default); plain: wdiff style, one row a line, "
        "[-deleted-]{+inserted+}{class}; json: rows with word ops",
    )
    p.add_argument(
        "--width",
        type=whole_number(MIN_WIDTH),
        help=f"output width for rich, {MIN_WIDTH} or more (default: terminal)",
    )
    add_color(p)
    selection.add_selection(p)
    p.set_defaults(func=cmd_diff)


def add_report_command(sub: Any, formatter: Callable[[str], argparse.HelpFormatter]) -> None:
    """Add report to the ``newsdiff`` parser's subparsers."""
    p = sub.add_parser(
        "report",
        help="the spin summary: changes by class, reuse, rows by kind, substitutions",
        formatter_class=formatter,
        description="Summarise what a rewrite did: the changes by class, most "
        "significant first\n(negation, number, attribution, hedge, synonym, variant, "
        "rewording) with examples,\nthe share of each text reused (its word 3-grams found "
        "in the other, and its words\nkept in runs of 3 or more), the rows by kind, and "
        "the word substitutions,\nmost frequent first.",
        epilog="Examples:\n"
        "  newsdiff report spun.txt wire.txt\n"
        "  newsdiff report --only number,negation spun.txt wire.txt\n"
        "  newsdiff report --format json --ignore-quotes spun.txt wire.txt | jq .classes",
    )
    add_pair(p)
    add_ignore(p)
    add_lang(p, "Change classes")
    add_jobs(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--top", type=whole_number(0), default=20, help="substitutions to list (text; default 20)"
    )
    p.add_argument(
        "--examples",
        type=whole_number(0),
        default=3,
        help="examples per change class (text; default 3)",
    )
    selection.add_selection(p)
    p.set_defaults(func=cmd_report)


def add_suggest_command(sub: Any, formatter: Callable[[str], argparse.HelpFormatter]) -> None:
    """Add suggest to the ``newsdiff`` parser's subparsers."""
    p = sub.add_parser(
        "suggest",
        help="a suggested label for every sentence, with the cue words behind it",
        formatter_class=formatter,
        description="Suggest a label (attribution, estimate, opinion, fact) for every "
        "sentence of FILE,\nwith the cue words that triggered it; precedence as in the "
        "guidelines:\nattribution, then estimate, then opinion, then fact. Sentences "
        "that are no statement\n(credits, navigation, bare headings) get none.",
        epilog="Examples:\n"
        "  newsdiff suggest article.txt\n"
        "  newsdiff suggest --lines claims.txt\n"
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
    p.add_argument(
        "--store",
        help=STORE_HELP + "; the model 'newsdiff train' saved beside it, if any, joins "
        "the rules (its cues are of kind 'model'; an empty one: no word stood out)",
    )
    p.add_argument(
        "--lines",
        action="store_true",
        help="each line that is not blank is one sentence, as given (a file of units or "
        "claims one a line without final marks, which would otherwise be joined as a "
        "wrapped paragraph); read together as one text, as an article is",
    )
    add_lang(p, "The rules behind suggestions")
    p.set_defaults(func=cmd_suggest)


def _load_pair(
    a: str, b: str, options: CompareOptions | None = None, lang: str | None = None, jobs: int = 1
) -> Comparison:
    from newsdiff.core.align import AlignmentTooLarge
    from newsdiff.core.article import STDIN, InputError, load
    from newsdiff.meaning.compare import compare

    if a == STDIN and b == STDIN:
        raise CliError("-: standard input can be only one of the two articles")
    try:
        art_a, art_b = load(a), load(b)
        cmp = compare(art_a, art_b, options, lang=lang, jobs=jobs)
    except InputError as err:
        raise CliError(str(err)) from None
    except AlignmentTooLarge as err:
        raise CliError(f"{a}, {b}: {err}") from None
    if not cmp.english:
        from newsdiff.core.language import guessed_how, named, to_force

        how = "as asked" if lang else f"{guessed_how(cmp.lang)}; {to_force(cmp.lang)}"
        note(
            f"language {named(cmp.lang)} ({how}): change classes are English-only, "
            "so a change is shown as rewording unless a figure in digits changed (number) "
            "or only its letter forms, digits, quote style or punctuation style did (variant)"
        )
    elif not cmp.lang_sure and cmp.changes():  # no change: the classes guessed nothing
        note(f"{UNSURE}: change classes read it as English, {MAY_BE_WRONG}")
    if cmp.english and not lang:  # English forced: the user knows what is read
        _note_other_script(cmp)
    return cmp


def _note_other_script(cmp: Comparison) -> None:
    """The line that says why a change in another script than English's is only a
    rewording: the classes read English words (a quotation in Arabic, review r23d)."""
    from newsdiff.core.language import other_script

    # Each distinct pair of side texts asked once (a row's drawn changes follow from its
    # texts under the comparison's options), and only a row with such a change asked
    # whether it is sure: twin rows (a paragraph repeated through a live blog,
    # boilerplate) are not classified again, nor each of their changes read. Asking
    # every change of every row was 7% of the 100x seed pair's plain diff.
    unread_of: dict[tuple[str, str], int] = {}
    unread = 0
    for row in cmp.rows:
        if row.a and row.b:
            texts = row.side_texts()
            n = unread_of.get(texts)
            if n is None:
                n = unread_of[texts] = sum(1 for c in row.drawn if other_script(c.a, c.b))
            if n and row.sure:
                unread += n
    if unread:
        note(
            f"{unread} change{'s' if unread > 1 else ''} in another script than Latin: "
            "change classes read English words only, so it is not classed by what it "
            "means: shown as rewording unless a figure in digits changed (number) or only "
            "its letter forms did (variant)"
        )


#: What the English-only parts say of a text whose function words do not show its
#: language (a short one, or one of names and figures whose words are English).
UNSURE = "language not clear from its function words"
#: What follows the English they then read it as: a guess (review r23d).
MAY_BE_WRONG = "which may be wrong (--lang CODE to name its language)"


def note(text: str) -> None:
    """One line on stderr that qualifies the output without failing the command."""
    sys.stderr.write(f"newsdiff: {visible(text)}\n")


def cmd_diff(args: argparse.Namespace) -> int:
    from newsdiff.cli import render
    from newsdiff.meaning.quoting import quote_altered

    only: frozenset[str] | None = args.only
    fail_on: frozenset[str] | None = args.fail_on
    cmp = _load_pair(args.a, args.b, options_from(args), args.lang, jobs_from(args))
    verdict_if_closed(lambda: selection.exit_status(cmp, fail_on))
    rows = selection.selected(cmp.rows, only)
    colour = use_color(args.color, sys.stdout)
    if args.format == "json":
        data = cmp.to_json(rows=False)
        if only is not None:
            data["only"] = sorted(only)

        def row_json(row: Row) -> dict[str, Any]:
            shown = row.to_json()
            shown["sure"] = row.sure
            shown["quote_altered"] = quote_altered(row)
            return shown

        json_rows_out(data, "rows", map(row_json, rows))
    elif args.format == "plain" and not colour:
        # Written as they are: every piece of a plain line is shown already
        # (``render.plain_lines``), and ``say``'s scan of each line for controls again
        # was 15 M instructions of the 100x seed pair's 4,400 lines.
        write = sys.stdout.write
        for line in render.plain_lines(cmp, rows):
            write(line + "\n")
    else:
        console = colour_console(args.width, colour)
        if args.format == "plain":
            for text in render.plain_text(cmp, rows):
                console.print(text, soft_wrap=True)
        else:
            render.print_rich(cmp, console, rows, marks=not colour)
        if only is not None and args.format == "rich":
            shown = f"Showing {len(rows)} of {counted(len(cmp.rows), 'row')} (--only {','.join(sorted(only))})."
            console.print(shown, markup=False, style="dim")
    return selection.exit_status(cmp, fail_on)


def cmd_report(args: argparse.Namespace) -> int:
    from newsdiff.cli import render
    from newsdiff.core.reuse import MIN_RUN, share_text
    from newsdiff.meaning.report import report

    only: frozenset[str] | None = args.only
    fail_on: frozenset[str] | None = args.fail_on
    cmp = _load_pair(args.a, args.b, options_from(args), args.lang, jobs_from(args))
    verdict_if_closed(lambda: selection.exit_status(cmp, fail_on))
    rows = None if only is None else selection.selected(cmp.rows, only)
    rep = report(cmp, rows)
    if only is not None:
        rep["only"] = sorted(only)
    if args.format == "json":
        json_out(rep)
    else:
        w = out
        w(f"A  {cmp.a.path}  ({counted(rep['a']['sentences'], 'sentence')}, id {cmp.a.id})\n")
        w(f"B  {cmp.b.path}  ({counted(rep['b']['sentences'], 'sentence')}, id {cmp.b.id})\n\n")
        if only is not None:
            kept = sum(rep["rows"].values())
            classes, of = ", ".join(sorted(only)), counted(len(cmp.rows), "row")
            # "Only the 0 of 12 rows" (review r24a) read as if rows had been kept.
            w(
                f"No row with {classes} (of {of})\n\n"
                if not kept
                else f"Only the {kept} of {of} with {classes}\n\n"
            )
        changes = sum(len(r.changes) for r in (cmp.rows if rows is None else rows))
        _write_spin(rep, args.examples, changes)
        m = rep["reuse_measures"]
        ngram, runs = ({k: share_text(m[k][measure]) for k in m} for measure in ("ngram", "runs"))
        w(f"Reuse (3-gram containment): A {ngram['a']}, B {ngram['b']}\n")
        w(f"Reused word for word (runs of {MIN_RUN}+ words): A {runs['a']}, B {runs['b']}\n")
        w("Rows: " + render.kind_counts(rep["rows"], rep["moved_edited"], "{k} {n}") + "\n\n")
        altered = rep["quote_altered"]
        if altered:
            w(
                f"Quotations altered (words changed inside quotation marks): {counted(len(altered), 'row')}\n"
            )
            for q in altered[: args.examples]:
                w(f"  A#{q['a'][0] + 1}: " + one_line("; ".join(q["changes"])) + "\n")
            w("\n")
        subs = rep["substitutions"][: args.top]
        if subs:
            w("Substitutions (A -> B), most frequent first:\n")
            # Padded by display cells, not code points: a CJK character takes two
            # columns, and "认为" padded as two characters put "->" out of line.
            from newsdiff.display.cells import columns

            lefts = [one_line(s["a"]) for s in subs]
            width = max(map(columns, lefts))
            for s, left in zip(subs, lefts, strict=True):
                pad = " " * (width - columns(left))
                w(f"  {s['count']:>3}  {left}{pad}  ->  {one_line(s['b'])}\n")
    return selection.exit_status(cmp, fail_on)


def _write_spin(rep: dict[str, Any], examples: int, changes: int) -> None:
    """The spin summary: changes per class, most significant first, with examples."""
    w = out
    ignored = f" (ignoring {', '.join(f[9:] for f in rep['ignore'])})" if rep["ignore"] else ""
    several = sum(rep["classes"].values()) > changes
    each = " (a change of several classes counts in each)" if several else ""
    w(f"What changed{ignored}: {counted(changes, 'change')}, most significant first{each}\n")
    for entry in rep["spin"]:
        w(f"  {entry['class']:<12} {entry['count']:>4}")
        shown = [f"{_quote(e['a'])} -> {_quote(e['b'])}" for e in entry["examples"][:examples]]
        w(("   " + "; ".join(shown)) if shown else "")
        w("\n")
    w("\n")


def _quote(text: str) -> str:
    text = one_line(text)
    short = text if len(text) <= 40 else text[:37] + "..."
    return f'"{short}"' if short else "(nothing)"


def cmd_suggest(args: argparse.Namespace) -> int:
    from newsdiff.cli.learn import store_model
    from newsdiff.core.article import InputError, load
    from newsdiff.core.language import detect, guessed_how, is_english, named, to_force
    from newsdiff.core.sentences import line_units, split_sentences
    from newsdiff.meaning.lexicon import known
    from newsdiff.meaning.suggest import Suggestion, shown_why, suggest

    try:
        article = load(args.file, nothing="nothing to suggest")
    except InputError as err:
        raise CliError(str(err)) from None
    lang, sure = (args.lang, True) if args.lang else detect(article.text, known=known)
    units = line_units(article.text) if args.lines else split_sentences(article.text, lang)
    if is_english(lang):
        model = store_model(args.store)  # first: a damaged model is the one line said
        if not sure:
            note(f"{args.file}: {UNSURE}: suggestions read it as English, {MAY_BE_WRONG}")
        # One text: its voice counts, whether split into sentences or given a line each.
        suggestions = suggest(units, model, document=True)
    else:
        # The rules read English cue words and the model learns on their features:
        # in another language they would guess, so no sentence gets a label.
        how = "as asked" if args.lang else f"{guessed_how(lang)}; {to_force(lang)}"
        note(
            f"{args.file}: language {named(lang)} ({how}): suggestions are English-only, none given"
        )
        suggestions = [Suggestion(s.index, s.text, None, ()) for s in units]
    if args.format == "json":
        json_out([s.to_json() for s in suggestions])
        return EXIT_SAME
    w = out
    for s in suggestions:
        label = s.label or "-"
        cues = shown_why(s.cues, (c.text for c in s.cues))
        w(f"{s.index:>4}  {label:<11}  {one_line(s.text)}")
        w(f"  [{cues}]\n" if cues else "\n")
    return EXIT_SAME
