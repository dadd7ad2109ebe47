"""What a rewrite did, in figures: the spin summary (changes by class with examples),
word substitutions, and the whole of ``newsdiff report``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from newsdiff.core.invisible import fold_invisible
from newsdiff.core.sentences import Sentence, glue
from newsdiff.core.wordunits import words
from newsdiff.meaning.changes import CLASSES, Change, ChangeClass, class_counts
from newsdiff.meaning.compare import Comparison, Row
from newsdiff.meaning.options import same_tokens
from newsdiff.meaning.quoting import altered_quotes

#: The longest replacement (in words, either side) the list counts as a substitution: a
#: longer one ("the difficulty they have in regards to the repair" -> "challenge of
#: rebuilding") is a rewritten clause, not a word or a phrase put for another.
MAX_WORDS = 3


def replacements(row: Row) -> list[tuple[int, int, int, int]]:
    """The replacements a row prints: each part of each counted change that has text on
    both sides, as (a_start, a_end, b_start, b_end) in the row's side texts.

    These are the ``[-X-]{+Y+}`` of ``--format plain`` (``cli.render.plain_pieces``), of
    rich and the app, and a delete followed by an insert in the JSON ops
    (``meaning.shown``): the same ``pieces`` draw them all. A lone deletion or insertion
    is none. A change the options ignore is drawn as unchanged text, so it is none
    either (the JSON ops still hold it, marked).
    """
    if not (row.a and row.b):
        return []
    sa, sb = row.side_texts()
    return [
        (a0, a1, b0, b1)
        for c in row.changes
        if not same_tokens(c.a, c.b)  # a respacing alone is drawn as shared text
        for a0, a1, b0, b1 in c.pieces
        if sa[a0:a1].strip() and sb[b0:b1].strip()
    ]


def substitutions(
    rows: list[Row],
    limit: int | None = None,
    sentences: tuple[Sequence[Sentence], Sequence[Sentence]] | None = None,
) -> list[dict[str, Any]]:
    """Word or phrase replacements, most frequent first: exactly the replacements the
    diff prints (``replacements``), as their words in lower case ("Picture" ->
    "Image" counts as "picture" -> "image"), of up to ``MAX_WORDS`` words a side.

    What the diff prints as "[-actually deserted-]{+abandoned+}" is "actually deserted"
    -> "abandoned", and "[-a lot-]{+many+}", then "[-of-]" alone, is "a lot" -> "many":
    no word is paired with one of another change. A replacement whose words differ
    only in case ("western" -> "Western") or that has no word on a side ("’" -> "”")
    is none. With the comparison's ``sentences``, a replacement that runs across the
    join of two sentences of a merged or split row counts nothing: its words on either
    side of the join belong to two sentences, not one slot ("sharply and" -> "fall.
    Each").
    """
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        if row.kind not in ("changed", "moved"):
            continue
        joins_a = _joins(sentences[0], row.a) if sentences else []
        joins_b = _joins(sentences[1], row.b) if sentences else []
        sa, sb = row.side_texts()
        for a0, a1, b0, b1 in replacements(row):
            if _across(joins_a, a0, a1) or _across(joins_b, b0, b1):
                continue
            pair = fold(sa[a0:a1]), fold(sb[b0:b1])
            if pair[0] and pair[1] and pair[0] != pair[1] and max(map(len, pair)) <= MAX_WORDS:
                counts[" ".join(pair[0]), " ".join(pair[1])] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if limit is not None:
        ranked = ranked[:limit]
    return [{"a": a, "b": b, "count": n} for (a, b), n in ranked]


def fold(text: str) -> tuple[str, ...]:
    """A replacement's side as the list gives it: its words (``core.wordunits``: a run
    of unspaced characters is one), in lower case, as a reader sees them (a soft hyphen
    or a zero-width space in a word is no substitution: ``article.fold_invisible``)."""
    return tuple(t.lower() for t in words(fold_invisible(text)))


def _joins(sentences: Sequence[Sentence], indices: tuple[int, ...]) -> list[tuple[int, int]]:
    """Where, in a row's side text (its sentences joined by ``sentences.glue``: a space,
    or nothing where they touch in the text), each of its sentences but the last ends
    and the next starts."""
    out: list[tuple[int, int]] = []
    at = 0
    for i, j in zip(indices, indices[1:], strict=False):
        end = at + len(sentences[i].text)
        at = end + len(glue(sentences[i], sentences[j]))
        out.append((end, at))
    return out


def _across(joins: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` runs across a join: it holds some of
    the sentence before (a final stop is enough: ". Households may") and some of the
    one after."""
    return any(start < before and end > after for before, after in joins)


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
            kinds[row.counted_as] += 1
    return {
        "a": {"path": cmp.a.path, "id": cmp.a.id, "sentences": len(cmp.a_sentences)},
        "b": {"path": cmp.b.path, "id": cmp.b.id, "sentences": len(cmp.b_sentences)},
        "reuse": cmp.reuse,
        "reuse_measures": cmp.reuse_measures,
        "rows": kinds,
        "lang": cmp.lang,
        "classified": cmp.english,
        "moved_edited": sum(1 for r in (cmp.rows if rows is None else rows) if r.edited and r.sure),
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
