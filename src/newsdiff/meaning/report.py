"""What a rewrite did, in figures: the spin summary (changes by class with examples),
word substitutions, and the whole of ``newsdiff report``."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Sequence
from typing import Any

from newsdiff.core.sentences import Sentence
from newsdiff.core.words import STOP_WORDS
from newsdiff.core.wordunits import words
from newsdiff.meaning.changes import CLASSES, Change, ChangeClass, class_counts
from newsdiff.meaning.compare import Comparison, Row
from newsdiff.meaning.quoting import altered_quotes

#: Words that spinners add or drop around a replacement ("have actually deserted"):
#: when they are all that makes two sides uneven, the rest pairs word by word.
FILLERS = frozenset("actually really just quite very simply truly indeed".split())


def _pairs(dw: list[str], iw: list[str]) -> list[tuple[str, str]]:
    """Word pairs inside one replaced stretch, aligned by the words both keep."""
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(None, dw, iw, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag != "replace":
            continue
        x, y = dw[a0:a1], iw[b0:b1]
        if len(x) != len(y):
            x2 = [w for w in x if w not in FILLERS and w not in STOP_WORDS] or x
            y2 = [w for w in y if w not in FILLERS and w not in STOP_WORDS] or y
            if len(x2) == len(y2):
                x, y = x2, y2
        if len(x) == len(y):
            out.extend((p, q) for p, q in zip(x, y, strict=True) if p != q)
        elif len(x) <= 3 and len(y) <= 3:
            out.append((" ".join(x), " ".join(y)))
    return out


def substitutions(
    rows: list[Row],
    limit: int | None = None,
    sentences: tuple[Sequence[Sentence], Sequence[Sentence]] | None = None,
) -> list[dict[str, Any]]:
    """Word or phrase replacements (a delete next to an insert), most frequent first.

    Inside each replaced stretch the words both sides keep are matched first; what
    is left pairs word by word when the counts agree ("deserted" -> "abandoned") and
    is kept as a phrase of up to three words a side otherwise. With the comparison's
    ``sentences``, a stretch that runs across the join of two sentences of a merged or
    split row pairs nothing: its words on either side of the join belong to two
    sentences, so a count that agrees is chance, not one slot ("and" -> "pays").
    """
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        if row.kind not in ("changed", "moved"):
            continue
        ops = row.ops
        joins_a = _joins(sentences[0], row.a) if sentences else []
        joins_b = _joins(sentences[1], row.b) if sentences else []
        at_a = at_b = 0  # where each op starts in the row's side texts
        for k in range(len(ops) - 1):
            op, text = ops[k]
            start = at_a
            at_a += len(text) if op != "insert" else 0
            at_b += len(text) if op != "delete" else 0
            if op != "delete" or ops[k + 1][0] != "insert":
                continue
            inserted = ops[k + 1][1]
            if _across(joins_a, start, at_a) or _across(joins_b, at_b, at_b + len(inserted)):
                continue
            dw = [t.lower() for t in words(text)]
            iw = [t.lower() for t in words(inserted)]
            counts.update(_pairs(dw, iw))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if limit is not None:
        ranked = ranked[:limit]
    return [{"a": a, "b": b, "count": n} for (a, b), n in ranked]


def _joins(sentences: Sequence[Sentence], indices: tuple[int, ...]) -> list[int]:
    """Where a row's side text (``compare.side_text``: its sentences joined by one
    space) has the space between two of its sentences."""
    out: list[int] = []
    at = -1
    for i in indices[:-1]:
        at += len(sentences[i].text) + 1
        out.append(at)
    return out


def _across(joins: list[int], start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` runs across a join: it holds some of
    the sentence before (a final stop is enough: ". Households may") and some of the
    one after."""
    return any(start < j and end > j + 1 for j in joins)


def spin(
    cmp: Comparison, examples: int = 5, rows: Sequence[Row] | None = None
) -> list[dict[str, Any]]:
    """The spin summary: per change class, most significant first, its count and up to
    ``examples`` distinct examples (most frequent first, then in reading order)."""
    by_class: dict[ChangeClass, Counter[tuple[str, str]]] = {c: Counter() for c in CLASSES}
    for change in _changes(cmp, rows):
        for cls in change.classes:
            by_class[cls][change.brief] += 1
    out: list[dict[str, Any]] = []
    for cls in CLASSES:
        seen = by_class[cls]
        if not seen:
            continue
        # Counter keeps first-seen order, and sorted() is stable: ties stay in order.
        top = sorted(seen.items(), key=lambda kv: -kv[1])[:examples]
        out.append(
            {
                "class": cls,
                "count": sum(seen.values()),
                "examples": [{"a": a, "b": b, "count": n} for (a, b), n in top],
            }
        )
    return out


def _changes(cmp: Comparison, rows: Sequence[Row] | None) -> list[Change]:
    return cmp.changes() if rows is None else [c for r in rows for c in r.changes]


def report(cmp: Comparison, rows: Sequence[Row] | None = None) -> dict[str, Any]:
    """The figures of ``newsdiff report``; with ``rows`` (``--only``), the changes, rows
    and substitutions of those rows alone (reuse stays the whole pair's)."""
    counts = class_counts(_changes(cmp, rows))
    kinds = cmp.counts()
    if rows is not None:
        kinds = dict.fromkeys(kinds, 0)
        for row in rows:
            kinds[row.kind] += 1
    return {
        "a": {"path": cmp.a.path, "id": cmp.a.id, "sentences": len(cmp.a_sentences)},
        "b": {"path": cmp.b.path, "id": cmp.b.id, "sentences": len(cmp.b_sentences)},
        "reuse": cmp.reuse,
        "reuse_measures": cmp.reuse_measures,
        "rows": kinds,
        "lang": cmp.lang,
        "classified": cmp.english,
        "moved_edited": sum(1 for r in (cmp.rows if rows is None else rows) if r.edited),
        "classes": counts,
        "spin": spin(cmp, rows=rows),
        "ignore": cmp.options.flags(),
        "substitutions": substitutions(
            list(cmp.rows if rows is None else rows), sentences=(cmp.a_sentences, cmp.b_sentences)
        ),
        "quote_altered": [
            {
                "a": list(row.a),
                "b": list(row.b),
                "changes": [
                    f"{c.brief[0].strip() or '∅'} -> {c.brief[1].strip() or '∅'}" for c in found
                ],
            }
            for row in (cmp.rows if rows is None else rows)
            if (found := altered_quotes(row))
        ],
    }
