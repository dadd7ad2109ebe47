"""The tagging commands: sentences (list with tags), tag (one sentence), orphans.

Every store or input problem becomes a CliError: one line on stderr, exit status 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from newsdiff.cli.args import STORE_HELP, add_lang, annotator_arg
from newsdiff.cli.errors import CliError
from newsdiff.cli.output import counted, note, out, plural, say
from newsdiff.cli.stores import (
    annotator_name,
    dump_json,
    note_duplicates,
    note_orphans,
    open_store,
    read_article,
)
from newsdiff.core.visible import one_line

if TYPE_CHECKING:
    from newsdiff.store import Tag


def add_tag_commands(sub: Any, formatter: Callable[[str], argparse.HelpFormatter]) -> None:
    """Add sentences and tag to the ``newsdiff`` parser's subparsers."""
    p = sub.add_parser(
        "sentences",
        help="list an article's sentences with their offsets and tags",
        formatter_class=formatter,
        description="Split FILE into sentences as the app does and list each one with "
        "its index\n(what 'newsdiff tag' takes), character offsets, text and current tags:\n"
        "NAME=LABEL; NAME=skip a sentence skipped as not a claim (the app's -); NAME=- no\n"
        "label, only a note (*) or the unsure flag (?).",
        epilog="Examples:\n"
        "  newsdiff sentences seeds/000_bffa4cee5f922f5d.txt\n"
        "  newsdiff sentences --annotator ana article.txt\n"
        "  newsdiff sentences --format json article.txt | jq '.sentences[3]'",
    )
    p.add_argument("file", metavar="FILE", help="the article (a path, or - for stdin)")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--annotator", type=annotator_arg, help="only this annotator's tags (default: everyone's)"
    )
    p.add_argument("--store", help=STORE_HELP)
    add_lang(p, None)
    p.set_defaults(func=cmd_sentences)

    p = sub.add_parser(
        "tag",
        help="tag one sentence of an article (or clear its tag)",
        formatter_class=formatter,
        description="Give sentence INDEX of FILE a label, as the app's keys do: the same "
        "store and\nthe same records (source 'human'). LABEL is fact, attribution, "
        "estimate or opinion\n(or its key: f, a, e, o). Sentence indexes are those of "
        "'newsdiff sentences FILE'.",
        epilog="Examples:\n"
        "  newsdiff tag article.txt 3 attribution --annotator ana\n"
        "  newsdiff tag article.txt 4 estimate --unsure --note 'which survey?'\n"
        "  newsdiff tag article.txt 3 --clear",
    )
    p.add_argument("file", metavar="FILE", help="the article")
    p.add_argument(
        "index",
        metavar="INDEX",
        help="the sentence's index (from 0), or its place as the app shows it: #10 or A#10 "
        "(from 1; the same sentence as index 9)",
    )
    p.add_argument("label", metavar="LABEL", nargs="?", help="fact, attribution, estimate, opinion")
    p.add_argument("--clear", action="store_true", help="remove this annotator's tag and note")
    p.add_argument("--note", help="a note on the sentence ('' removes it)")
    p.add_argument(
        "--unsure",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="flag the tag as unsure (--no-unsure clears the flag)",
    )
    p.add_argument(
        "--annotator", type=annotator_arg, help="your name in the store (default: login name)"
    )
    p.add_argument("--store", help=STORE_HELP)
    add_lang(p, None)
    p.set_defaults(func=cmd_tag)


def add_orphans_command(sub: Any, formatter: Callable[[str], argparse.HelpFormatter]) -> None:
    """Add orphans to the ``newsdiff`` parser's subparsers."""
    p = sub.add_parser(
        "orphans",
        help="tags that lost their sentence when an article was edited",
        formatter_class=formatter,
        description="When an article changes, its tags follow their sentences by text. "
        "The ones whose\nsentence is gone are kept as orphans; this lists them.",
        epilog="Examples:\n  newsdiff orphans\n  newsdiff orphans --format json",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--store", help=STORE_HELP)
    p.set_defaults(func=cmd_orphans)


#: How ``sentences`` marks a label the annotator did not type: carried from the aligned
#: counterpart (not confirmed by anyone), or a suggestion they accepted with ``s``.
_FROM = {"propagated": " (carried)", "suggestion": " (suggestion)"}


def cmd_sentences(args: argparse.Namespace) -> int:
    who = annotator_name(args.annotator) if args.annotator is not None else None
    art, sentences = read_article(args.file, args.lang)
    from newsdiff.dataset.propagate import current, replaced_versions

    with open_store(args.store, reading=True) as store:
        tags = store.article_tags(art, sentences)
        note_duplicates(tags, store)
        note_orphans(store, art.id)
        # A carried label shows only while its origin still carries it (as export).
        origins = {t.origin_article for t in tags if t.origin_article} - {art.id}
        sources = [o for origin in sorted(origins) for o in store.tags(origin)]
        fresh = current([*tags, *sources], replaced_versions(store))
        tags = [t for t in fresh if t.article_id == art.id]
    if who is not None:
        tags = _by_annotator(tags, who)
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for t in tags:
        by_sentence.setdefault(t.sentence, []).append(
            {
                "annotator": t.annotator,
                "label": t.label,
                "note": t.note,
                "unsure": t.unsure,
                "skipped": t.skipped,
                "source": t.source,
            }
        )
    if args.format == "json":
        dump_json(
            {
                "article": art.path,
                "article_id": art.id,
                "sentences": [
                    {
                        "index": s.index,
                        "start": s.start,
                        "end": s.end,
                        "text": s.text,
                        "tags": by_sentence.get(s.index, []),
                    }
                    for s in sentences
                ],
            }
        )
        return 0
    w = out
    # Two numbers, both said: INDEX counts from 0 (what 'tag' and the exports use), #N
    # from 1, as the app's A#N and B#N: the app's A#10 is INDEX 9.
    w(
        f"# {art.path}  id {art.id}  {plural(len(sentences), 'sentence')}  "
        "(INDEX from 0; #N as the app, N = INDEX + 1)\n"
    )
    width = len(str(max(len(sentences) - 1, 0)))
    place = len(str(len(sentences))) + 1
    for s in sentences:
        marks = " ".join(
            f"{d['annotator']}={d['label'] or ('skip' if d['skipped'] else '-')}"
            f"{'?' if d['unsure'] else ''}"
            f"{'*' if d['note'] else ''}{_FROM.get(d['source'], '') if d['label'] else ''}"
            for d in by_sentence.get(s.index, [])
        )
        w(
            f"{s.index:>{width}}  {'#' + str(s.index + 1):<{place}}  {s.start}-{s.end}  "
            f"{('[' + marks + ']  ') if marks else ''}{one_line(s.text)}\n"
        )
    return 0


def _by_annotator(tags: list[Tag], who: str) -> list[Tag]:
    """The tags of ``who``; when the article has none of theirs but others', one line on
    stderr names whose it has (the list itself then shows no tags, as asked)."""
    mine = [t for t in tags if t.annotator == who]
    if not mine and tags:
        names = ", ".join(sorted({t.annotator for t in tags}))
        note(f"no tags by annotator {who!r} on this article (it has tags by {names})")
    return mine


def _index(text: str) -> int:
    """INDEX from 0, or the app's place: ``#10``, ``A#10`` or ``B#10`` (from 1) is 9."""
    raw = text.strip()
    head, hash_, number = raw.rpartition("#")
    try:
        if hash_ and head.upper() in ("", "A", "B"):
            place = int(number)
            if place < 1:
                raise ValueError
            return place - 1
        return int(raw)
    except ValueError:
        raise CliError(
            f"tag: {text!r} is not a sentence index (a whole number from 0, or #N from 1 "
            "as the app shows it)"
        ) from None


def cmd_tag(args: argparse.Namespace) -> int:
    from newsdiff.core.labels import parse_label

    label = None
    if args.clear:
        if args.label is not None or args.note is not None or args.unsure is not None:
            raise CliError("tag: --clear takes no LABEL, --note or --unsure")
    else:
        if args.label is None and args.note is None and args.unsure is None:
            raise CliError("tag: give a LABEL (fact, attribution, estimate, opinion) or --clear")
        if args.label is not None:
            try:
                label = parse_label(args.label)
            except ValueError as err:
                raise CliError(f"tag: {err}") from None
    index = _index(args.index)
    who = annotator_name(args.annotator)
    art, sentences = read_article(args.file, args.lang)
    if not sentences:  # "it has 0 (0 to -1, ...)" said a text of marks alone
        raise CliError(f"{args.file}: no sentence {index}; it has none (no letter or digit)")
    if not 0 <= index < len(sentences):
        raise CliError(
            f"{args.file}: no sentence {index}; it has {len(sentences)} "
            f"(0 to {len(sentences) - 1}, see 'newsdiff sentences {args.file}')"
        )
    sentence = sentences[index]
    where = f"{index} (#{index + 1})"  # both bases said, as 'sentences' shows them
    with open_store(args.store) as store:
        store.article_tags(art, sentences)  # earlier versions' tags move in first
        if args.clear:
            old = store.remove(art.id, index, who)
            say(
                f"cleared sentence {where} ({who})"
                if old
                else f"sentence {where} had no tag by {who}"
            )
            return 0
        tag = store.annotate(art, sentence, who, label=label, note=args.note, unsure=args.unsure)
    if tag is None:
        say(f"cleared sentence {where} ({who})")
    else:
        extra = (" unsure" if tag.unsure else "") + (f" note: {tag.note}" if tag.note else "")
        say(f"tagged sentence {where} {tag.label or '(no label)'} ({who}){extra}")
    return 0


def cmd_orphans(args: argparse.Namespace) -> int:
    from newsdiff.dataset.export import record

    with open_store(args.store, must_exist=True, reading=True) as store:
        store.follow_edits()  # a sentence edited away since the article was last opened
        orphans = store.orphans()
    if args.format == "json":
        dump_json(
            [
                {
                    **record(o.tag),
                    "now_in": o.article_id,
                    "reason": o.reason,
                    "orphaned": o.orphaned,
                }
                for o in orphans
            ]
        )
        return 0
    if not orphans:
        say("No orphaned tags: every tag is on its sentence.")
        return 0
    say(f"{counted(len(orphans), 'orphaned tag')} (their sentence is gone from the article):")
    for o in orphans:
        t = o.tag
        say(
            f"  {t.article} #{t.sentence + 1} {t.label or '(no label)'} by {t.annotator}: "
            f"{o.reason}\n      {one_line(t.text)}"
        )
    return 0
