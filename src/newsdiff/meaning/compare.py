"""The whole engine in one call: two articles in, aligned rows with word diffs out."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import Any

from newsdiff.core import reuse as reuse_mod
from newsdiff.core.align import KINDS, Kind, align
from newsdiff.core.article import Article
from newsdiff.core.confidence import sure
from newsdiff.core.figures import groups_by_periods
from newsdiff.core.frozen import quick_init
from newsdiff.core.held import held_in_place
from newsdiff.core.language import ENGLISH, Detected, detect, is_english
from newsdiff.core.out_of_turn import in_a_order
from newsdiff.core.sentences import Sentence, split_sentences
from newsdiff.core.sentences import sentence_at as sentence_at  # the API docs/meaning.md names
from newsdiff.core.worddiff import Diff, side_a, side_b
from newsdiff.meaning.changes import Change, ChangeClass
from newsdiff.meaning.lexicon import concepts, known
from newsdiff.meaning.options import DEFAULT, CompareOptions
from newsdiff.meaning.row_memos import (
    _all_equal,
    _cached_counts,
    _counts_as_changed,
    _split_changes,
    diff_ahead,
    row_texts,
    rows_ahead,
    start_ahead,
)

# The memos by text, where the benches clear them (bench/run.py, bench/stages.py).
from newsdiff.meaning.row_memos import _cached_changes as _cached_changes
from newsdiff.meaning.row_memos import _cached_diff as _cached_diff
from newsdiff.meaning.row_memos import _cached_pair as _cached_pair
from newsdiff.meaning.shown import shown_ops

#: The reuse measure the report, the rich footer and the app's header show first ("runs"
#: or "ngram", ``core.reuse``): containment scored AUC 1.000 against runs' 0.999 on
#: bench/accuracy.py's sets, and counts text moved or merged across sentences.
HEADLINE = "ngram"


@quick_init
@dataclass(frozen=True)
class Row:
    """One aligned row: the sentences of each side and the word diff between them.

    ``ops`` always hold the exact text of both sides. ``changes`` are the changed spans
    that count under the comparison's options, each with its class (none on a weak
    link: ``drawn``); ``ignored`` are the differences the options ignore (the ops still
    show them). Both are computed on first use (classifying is a third of a compare),
    while ``kind`` is known at once: an in-place row (not added, removed or moved) is
    ``equal`` exactly when ``drawn`` is empty, which a property test holds the two
    paths to.
    """

    kind: Kind
    a: tuple[int, ...]
    b: tuple[int, ...]
    similarity: float
    ops: Diff
    options: CompareOptions = field(default=DEFAULT, compare=False, repr=False)
    #: The raw token diff (before the cleanup folds short shared runs away), from
    #: which ``reused_words`` counts; None for a row built without one.
    raw: Diff | None = field(default=None, compare=False, repr=False)
    #: Whether the pair is English; else ``changes.figure_class`` (``periods``: "1.200" = 1200).
    english: bool = field(default=True, compare=False, repr=False)
    #: The side texts (``side_a(ops)``, ``side_b(ops)``) when ``compare`` knows them:
    #: the key of the memos by text, without joining the ops again at every look-up.
    texts: tuple[str, str] | None = field(default=None, compare=False, repr=False)
    periods: bool = field(default=False, compare=False, repr=False)
    #: Sure by its place: alone between equal rows (``core.held``).
    held: bool = field(default=False, compare=False, repr=False)
    #: Found only by a short story's order (``core.story``): weak, whatever its words.
    by_order: bool = field(default=False, compare=False, repr=False)

    @property
    def reused_words(self) -> int:
        """Words reused word for word (``core.reuse.run_words``), counted when asked (every
        row cost a long pair's diff a tenth of its time); none in a weak link (no count sees it)."""
        return reuse_mod.run_words(self.raw) if self.raw is not None and self.sure else 0

    @property
    def changes(self) -> tuple[Change, ...]:
        return self._split()[0] if self.sure else ()

    @property
    def drawn(self) -> tuple[Change, ...]:
        """The changes the outputs mark: ``changes``, and a weak link's too, drawn but
        in no class (issue 11, item 3: no class, filter or count sees a weak link)."""
        return self._split()[0]

    @property
    def sure(self) -> bool:
        """Sure (``core.confidence.sure``, or ``held`` by place); order alone makes none."""
        return bool(self.a and self.b) and (
            self.kind == "equal"
            or not self.by_order
            and (self.held or sure(self.similarity, *self.side_texts()))
        )

    @property
    def counted_as(self) -> str:
        """The count a row is in: its kind, or ``weak`` for a link that is not sure,
        which two stories' sentences may be (review r22b finding 2: not "changed")."""
        return "weak" if self.a and self.b and self.kind != "equal" and not self.sure else self.kind

    @property
    def kinds(self) -> tuple[str, ...]:
        """Its kind, and a weak link's also removed and added: what a selection by kind
        finds it under (``--only``, ``--fail-on``, the app's r and b: review r25d 1)."""
        return (self.kind, "removed", "added") if self.counted_as == "weak" else (self.kind,)

    @property
    def ignored(self) -> tuple[Change, ...]:
        return self._split()[1]

    def _split(self) -> tuple[tuple[Change, ...], tuple[Change, ...]]:
        if not self.a or not self.b or _all_equal(self.ops):
            return (), ()
        return _split_changes(*self.side_texts(), self.options, self.english, self.periods)

    def side_texts(self) -> tuple[str, str]:
        """The texts of the two sides, as the ops spell them."""
        if self.texts is not None:
            return self.texts
        return side_a(self.ops), side_b(self.ops)

    def memo_key(self) -> tuple[tuple[str, str], CompareOptions, bool, bool, bool]:
        """What every view of the row's words depends on (ops, changes, quotations):
        twin rows of repeated text share it, so their renderings can be memoised."""
        return self.side_texts(), self.options, self.english, bool(self.a), bool(self.b)

    @property
    def edited(self) -> bool:
        """A moved row whose words changed too ("moved, edited"): a change that counts
        under the options, decided as an in-place row's ``changed`` is."""
        return self.kind == "moved" and _counts_as_changed(self.ops, self.options)

    def classes(self) -> set[ChangeClass]:
        """The classes of this row's changes, each change's every class (for filtering
        rows by class)."""
        return {cls for c in self.changes for cls in c.classes}

    def shown_ops(self) -> Diff:
        """The ops every output shows (``meaning.shown.shown_ops``)."""
        if not (self.a and self.b):
            return self.ops
        return shown_ops(self.ops, (*self.drawn, *self.ignored))

    def to_json(self) -> dict[str, Any]:
        out = {
            "kind": self.kind,
            "a": list(self.a),
            "b": list(self.b),
            "similarity": self.similarity,
            "ops": [[op, text] for op, text in self.shown_ops()],
            "changes": [c.to_json() for c in self.changes],
        }
        if self.kind == "moved":
            out["edited"] = self.edited
        return out


def _with_options(row: Row, options: CompareOptions) -> Row:
    """The row under ``options``, its kind to match."""
    kind = _kind_under(row.kind, row.a, row.b, row.ops, options)
    return dataclasses.replace(row, kind=kind, options=options)


def _kind_under(
    kind: Kind,
    a: tuple[int, ...],
    b: tuple[int, ...],
    ops: Diff,
    options: CompareOptions,
    texts: tuple[str, str] | None = None,
) -> Kind:
    """An aligned row's kind under ``options``: an in-place row is equal or changed by
    whether a change counts; others stay. ``texts`` (``ops``' sides) answer from a memo."""
    if a and b and kind in ("equal", "changed"):
        if texts is not None:
            changed = _cached_counts(*texts, options)
        else:
            changed = _counts_as_changed(ops, options)
        return "changed" if changed else "equal"
    return kind


@dataclass
class Comparison:
    """Two articles, their sentences, and the aligned, word-diffed rows."""

    a: Article
    b: Article
    a_sentences: list[Sentence]
    b_sentences: list[Sentence]
    rows: list[Row] = field(default_factory=list)
    options: CompareOptions = DEFAULT
    #: The pair's language (``core.language``: guessed from the script, or forced).
    lang: str = ENGLISH
    #: False: a short text whose words could not tell, taken as English (``detect``).
    lang_sure: bool = True

    @property
    def english(self) -> bool:
        """Whether the change classes apply (they know only English)."""
        return is_english(self.lang)

    def with_options(self, options: CompareOptions) -> Comparison:
        """The same comparison under other options, without diffing again (cheap)."""
        rows = [_with_options(r, options) for r in self.rows]
        return dataclasses.replace(self, rows=rows, options=options)

    def changes(self) -> list[Change]:
        """Every change that counts, row after row."""
        return [c for r in self.rows for c in r.changes]

    @property
    def identical(self) -> bool:
        """No differences, once whitespace and what the options ignore are folded."""
        return all(r.kind == "equal" for r in self.rows)

    def counts(self) -> dict[str, int]:
        """Rows by kind, and weak links (``Row.counted_as``) on their own."""
        c = Counter(r.counted_as for r in self.rows)
        return {k: c.get(k, 0) for k in (*KINDS, "weak")}

    def moved_edited(self) -> int:
        """Moved rows whose words changed too, so "0 changed, 4 moved" hides no edit."""
        return sum(1 for r in self.rows if r.edited and r.sure)

    @cached_property
    def reuse_measures(self) -> dict[str, dict[str, float | None]]:
        """Per side, the two reuse measures of ``core.reuse``: ``runs``, the share of
        its words reused word for word in runs of at least ``reuse.MIN_RUN``, and
        ``ngram``, its word 3-gram containment in the other text; None without words."""
        return reuse_mod.measures(self.rows, self.a.text, self.b.text)

    def measure_reuse(self, pause: Callable[[], None]) -> None:
        """Work ``reuse_measures`` out now, calling ``pause`` between slices of the walk
        (``reuse.measures``), where a thread lets others run: the 1 MB pair's is 0.55 s."""
        if "reuse_measures" not in self.__dict__:
            self.__dict__["reuse_measures"] = reuse_mod.measures(
                self.rows, self.a.text, self.b.text, pause
            )

    @cached_property
    def reuse(self) -> dict[str, float | None]:
        """The headline reuse share of each side: ``reuse_measures``' HEADLINE."""
        return {k: v[HEADLINE] for k, v in self.reuse_measures.items()}

    def stats(self) -> dict[str, Any]:
        return {
            "rows": self.counts(),
            "moved_edited": self.moved_edited(),
            "lang": self.lang,
            "classified": self.english,
            "reuse": self.reuse,
            "reuse_measures": self.reuse_measures,
            "sentences": {"a": len(self.a_sentences), "b": len(self.b_sentences)},
        }

    def to_json(self, rows: bool = True) -> dict[str, Any]:
        def side(art: Article, sents: list[Sentence]) -> dict[str, Any]:
            return {
                "path": art.path,
                "id": art.id,
                "encoding": art.encoding,
                "sentences": [{"start": s.start, "end": s.end, "text": s.text} for s in sents],
            }

        return {
            "a": side(self.a, self.a_sentences),
            "b": side(self.b, self.b_sentences),
            "rows": [r.to_json() for r in self.rows] if rows else [],
            "stats": self.stats(),
        }


#: The fewest characters each text of a pair, and B's paragraphs that it does not
#: repeat, must hold for the two texts to be segmented in two processes (``--jobs``):
#: about 15 ms of segmenting, beside the 5-10 ms of a fork, the pickled spans and the
#: sentences made again from them.
SPLIT_APART_FROM = 200_000


def _split_both(
    text_a: str, text_b: str, lang: str | None, jobs: int
) -> tuple[list[Sentence], list[Sentence]]:
    """Both texts' sentences; with ``jobs`` and long texts, B's segmented in a child."""
    if (
        jobs < 2
        or min(len(text_a), len(text_b)) < SPLIT_APART_FROM
        or _new_share(text_b) * len(text_b) < SPLIT_APART_FROM
    ):
        return split_sentences(text_a, lang), split_sentences(text_b, lang)
    from newsdiff.core.workers import aside

    def spans_b() -> list[tuple[int, int]]:
        # Spans, not sentences: they pickle in a tenth of the time, the text is here.
        return [(s.start, s.end) for s in split_sentences(text_b, lang)]

    with aside(spans_b) as result:
        sa = split_sentences(text_a, lang)
        sb = [Sentence(k, s, e, text_b[s:e]) for k, (s, e) in enumerate(result())]
    return sa, sb


def _new_share(text_b: str, samples: int = 32) -> float:
    """About what share of B's text is paragraphs it does not repeat, from lines spread
    over it (a text repeated through B is segmented once, ``_paragraph_spans``;
    hashing all its lines would cost a 100x pair more than its segmenting)."""
    lines = []
    for k in range(samples):
        at = k * len(text_b) // samples
        end = text_b.find("\n", at)
        lines.append(text_b[text_b.rfind("\n", 0, at) + 1 : None if end < 0 else end])
    return len(set(lines)) / samples


#: ``progress(stage, share)``: the stage ("segmenting", "aligning", "diffing") and the
#: share of it done, from 0.0 to 1.0.
StageProgress = Callable[[str, float], None]


def _quiet(stage: str, share: float) -> None:
    pass


def compare(
    a: Article,
    b: Article,
    options: CompareOptions | None = None,
    progress: StageProgress | None = None,
    lang: str | None = None,
    jobs: int = 1,
) -> Comparison:
    """Segment, align and word-diff two articles, and classify every change.

    Args:
        a: the first article.
        b: the second article.
        options: what to ignore (case, punctuation, quote styles, spelling); by default
            only whitespace runs. An ignored difference is no change: it is left out of
            each row's ``changes`` and a row differing only so is ``equal``, while the
            ops keep the exact text. ``Comparison.with_options`` switches options later
            without diffing again.
        progress: told of each stage and how far it has got, now and then (the app's
            indicator on large pairs); called from the thread that runs ``compare``.
        lang: the pair's language (ISO 639-1); by default guessed from the script
            (``core.language``; unforced, each text splits in its own, as alone). Other
            than English, every change is ``rewording`` but a figure's (``figure_class``).
        jobs: processes to word-diff and classify the rows in (this one and forked
            children, ``row_memos.diff_ahead``), on a pair with enough edited rows to
            pay for them; the rows' changes are then classified at once, not when
            first asked. The result is the same whatever the number.
    """
    opts = options or DEFAULT
    tell = progress or _quiet
    language = Detected(lang) if lang else detect(a.text, b.text, known=known)
    english, periods = is_english(language.lang), groups_by_periods(language.lang)
    tell("segmenting", 0.0)
    sa, sb = _split_both(a.text, b.text, lang, jobs)
    tell("aligning", 0.0)
    related = concepts if english else None  # WordNet is English; numbers are not
    with rows_ahead(jobs) as ahead:
        sides = [s.text for s in sa], [s.text for s in sb]
        chained = None if ahead is None else partial(start_ahead, ahead, sides, (sa, sb))
        links = align(*sides, partial(tell, "aligning"), related, chained)
        again = partial(align, concepts=related)
        paras = b.text, [(s.start, s.end) for s in sb]
        links = in_a_order(sides, paras, links, again, related)
        tell("diffing", 0.0)
        texts = row_texts(sides, links, (sa, sb))
        diff_ahead(texts, jobs, ahead=ahead)
    rows: list[Row] = []
    for k, (lk, pair) in enumerate(zip(links, texts, strict=True)):
        if k % 256 == 255:
            tell("diffing", k / len(links))
        ta, tb = pair
        if ta == tb and lk.a and lk.b:  # one text both sides (most rows of a reprint)
            ops: Diff = [("equal", ta)] if ta else []  # as the diff and _kind_under have it
            raw = ops
            kind: Kind = "moved" if lk.kind == "moved" else "equal"
        else:
            ops, raw = _cached_pair(ta, tb)
            kind = _kind_under(lk.kind, lk.a, lk.b, ops, opts, pair)
        row = Row(kind, lk.a, lk.b, lk.similarity, ops, opts, raw, english, pair, periods)
        rows.append(dataclasses.replace(row, by_order=True) if lk.by_order else row)
    for k in held_in_place(links, texts, (len(sa), len(sb))):
        rows[k] = dataclasses.replace(rows[k], held=True)
    return Comparison(a, b, sa, sb, rows, opts, *language)
