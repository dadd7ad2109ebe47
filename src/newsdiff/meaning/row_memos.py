"""The work of each row of a comparison, memoised by the row's two texts: its word
diffs, its changes and their split by the options, whether it counts as changed; and
on a long pair, that work split among processes (``diff_ahead``).

The memos are keyed by text because copy repeats sentences (a reprint's captions, a
live blog's boilerplate): a pair already seen costs nothing. Every function here
depends on its texts and options alone, which is what lets another process compute a
pair's results and hand them over.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from newsdiff.core.language import other_script
from newsdiff.core.sentences import glue
from newsdiff.core.worddiff import Diff, diff_words_both, side_a, side_b
from newsdiff.meaning.changes import Change, figure_class, split_by_options
from newsdiff.meaning.classify import row_changes
from newsdiff.meaning.options import DEFAULT, CompareOptions, loose_key, same_tokens
from newsdiff.meaning.spans import spans, stretches

if TYPE_CHECKING:
    from newsdiff.core.align import Link as Paired
    from newsdiff.core.sentences import Sentence
    from newsdiff.core.workers import Ahead

#: Word diffs and changes another process computed (``diff_ahead``), taken by the
#: memos below on their first call for the pair.
_handed_pairs: dict[tuple[str, str], tuple[Diff, Diff]] = {}
_handed_changes: dict[tuple[str, str], tuple[Change, ...]] = {}


@lru_cache(maxsize=8192)
def _cached_pair(a: str, b: str) -> tuple[Diff, Diff]:
    # Syndicated copy repeats whole sentences (boilerplate, captions, re-runs), and a
    # pair already diffed costs nothing the second time. The loose key lines up words
    # that differ only in case, quote style or spelling, so each such difference is a
    # change of its own; the options decide later whether it counts.
    handed = _handed_pairs.pop((a, b), None)
    return diff_words_both(a, b, key=loose_key) if handed is None else handed


def _cached_diff(a: str, b: str) -> Diff:
    return _cached_pair(a, b)[0]


@lru_cache(maxsize=8192)
def _cached_changes(a: str, b: str) -> tuple[Change, ...]:
    handed = _handed_changes.pop((a, b), None)
    return row_changes(_cached_diff(a, b)) if handed is None else handed


#: The fewest distinct edited pairs a comparison splits among processes. A pair costs
#: about 0.5 ms; the child's import, fork and pickled results about 15 ms: by the clock
#: on two free cores, 64 pairs broke even, 126 saved 5% of the whole diff, 246 10%
#: (docs/performance.md, thirteenth round); on a busy machine the second core is not
#: free and the split costs its 10% of CPU for nothing.
PARALLEL_FROM = 150


#: A pair's word diffs and its changes (None: the diff is all equal, nothing to classify).
Worked = tuple[tuple[Diff, Diff], tuple[Change, ...] | None]


def _pair_work(pairs: Sequence[tuple[str, str]]) -> list[Worked]:
    """What the rows and every output will ask of each pair, as they ask it."""
    out: list[Worked] = []
    for a, b in pairs:
        both = _cached_pair(a, b)
        out.append((both, None if _all_equal(both[0]) else _cached_changes(a, b)))
    return out


def _edited(texts: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The distinct pairs of texts that differ, in order. Twin rows share their work:
    each distinct pair once (a set of the texts' tuples, whose strings know their
    hashes, costs little beside the rows)."""
    return [t for t in dict.fromkeys(texts) if t[0] and t[1] and t[0] != t[1]]


@contextmanager
def rows_ahead(jobs: int) -> Iterator[Ahead[tuple[str, str], Worked] | None]:
    """What ``start_ahead`` forks the rows' child in, with two processes; none with
    one, or with more (``diff_ahead`` shares the rows among them once they are known)."""
    if jobs != 2:
        yield None
        return
    from newsdiff.core.workers import Ahead

    with Ahead[tuple[str, str], Worked]() as ahead:
        yield ahead


def row_texts(
    texts: tuple[Sequence[str], Sequence[str]],
    rows: Iterable[Paired],
    sentences: tuple[Sequence[Sentence], Sequence[Sentence]],
) -> list[tuple[str, str]]:
    """Each row's two sides, its sentences' ``texts`` joined as in the text
    (``sentences.glue``: "爭議。提議人" by nothing, "said. It" by a space), read from
    lists of the texts: a row of one sentence a side (most) costs two indexings."""
    at_a, at_b = texts
    sa, sb = sentences
    return [
        (
            at_a[ia[0]] if len(ia) == 1 else _joined(at_a, sa, ia),
            at_b[ib[0]] if len(ib) == 1 else _joined(at_b, sb, ib),
        )
        for ia, ib in ((lk.a, lk.b) for lk in rows)
    ]


def _joined(texts: Sequence[str], sentences: Sequence[Sentence], at: tuple[int, ...]) -> str:
    """The side of a row of several sentences (or none)."""
    glued = [texts[i] + glue(sentences[i], sentences[j]) for i, j in zip(at, at[1:], strict=False)]
    return "".join(glued) + texts[at[-1]] if at else ""


def start_ahead(
    ahead: Ahead[tuple[str, str], Worked],
    texts: tuple[Sequence[str], Sequence[str]],
    sentences: tuple[Sequence[Sentence], Sequence[Sentence]],
    chain: Sequence[Paired],
    least: int | None = None,
) -> None:
    """The rows known before the alignment ends (its programme's ``chain``, of the
    sentences whose ``texts`` both sides are) word-diffed and classified by a forked
    child (``core.workers.Ahead``) while the alignment's later passes run here, when
    they hold ``least`` distinct edited pairs (default ``PARALLEL_FROM``);
    ``diff_ahead`` meets it."""
    pairs = _edited(row_texts(texts, chain, sentences))
    if len(pairs) >= (PARALLEL_FROM if least is None else least):
        ahead.start(_pair_work, pairs)


def diff_ahead(
    texts: Sequence[tuple[str, str]],
    jobs: int,
    least: int | None = None,
    ahead: Ahead[tuple[str, str], Worked] | None = None,
) -> None:
    """Word-diff and classify the rows of a comparison, given by their ``texts`` (each
    row's two side texts), in ``jobs`` processes (``core.workers.shared``) when they
    hold at least ``least`` distinct edited pairs (default ``PARALLEL_FROM``), and hand
    the results to the memos: the rows and every output then read them as if computed
    here, so the output is the same byte for byte. With a child started ``ahead`` on
    the alignment's chain, this process takes the pairs the chain did not hold, then
    the chain's from its end until it meets the child."""
    if jobs < 2:
        return
    pairs = _edited(texts)
    if ahead is not None and ahead.started:
        wanted = set(pairs)
        given = set(ahead.items)
        _pair_work([p for p in pairs if p not in given])
        handed = ahead.finish(_pair_work, wanted.__contains__).items()
        _hand([p for p, _ in handed if p in wanted], [w for p, w in handed if p in wanted])
        return
    if len(pairs) < (PARALLEL_FROM if least is None else least):
        return
    from newsdiff.core.workers import shared

    _hand(pairs, shared(_pair_work, pairs, jobs))


def _hand(pairs: Sequence[tuple[str, str]], worked: Sequence[Worked]) -> None:
    """Another process's results to the memos, taken on their first call for the pair."""
    for (a, b), (both, changes) in zip(pairs, worked, strict=True):
        _handed_pairs[a, b] = both
        if changes is not None:
            _handed_changes[a, b] = changes


@lru_cache(maxsize=8192)
def _split_changes(
    a: str, b: str, options: CompareOptions, english: bool = True, periods: bool = False
) -> tuple[tuple[Change, ...], tuple[Change, ...]]:
    kept, ignored = split_by_options(_cached_changes(a, b), options, a, b)
    if not english:
        # The classes read English words (cues, WordNet, spelling tables): elsewhere
        # they would guess, so a change is only a change, bar a figure's.
        kept = tuple(replace(c, cls=figure_class(c.a, c.b, periods), also=()) for c in kept)
    elif not (a.isascii() and b.isascii()):
        # A change all in another script (a quotation in Arabic in English copy, review
        # r23d): the classes read English words, so it is only a change, as it is in a
        # pair in that script.
        kept = tuple(
            replace(c, cls=figure_class(c.a, c.b, periods), also=())
            if other_script(c.a, c.b)
            else c
            for c in kept
        )
    return _in_order(kept), ignored


def _all_equal(ops: Diff) -> bool:
    """Both sides are the same text: no change to find (most rows of a reprint)."""
    return all(op == "equal" for op, _text in ops)


@lru_cache(maxsize=8192)
def _cached_counts(a: str, b: str, options: CompareOptions) -> bool:
    # Called right after _cached_pair(a, b): the diff is in its memo.
    return _counts_as_changed(_cached_diff(a, b), options)


def _counts_as_changed(ops: Diff, options: CompareOptions) -> bool:
    """Whether any changed piece of a row counts under ``options``, without classifying.

    The pieces are those ``row_changes`` starts from; it may cut a piece into word
    pairs, and a piece the options ignore folds to equal text token by token, so its
    pairs are ignored too. With the default options a whole replaced stretch answers
    for its pieces (any token that differs is a piece that counts), which saves
    cutting stretches into pieces on the common path.
    """
    if _all_equal(ops):
        return False
    sa, sb = side_a(ops), side_b(ops)
    if same_tokens(sa, sb):
        return False  # respaced only, as in row_changes
    if options == DEFAULT:
        return any(not options.ignores(a, b) for a, _pa, b, _pb in stretches(ops))
    return any(not options.ignores_in(sa, sb, span) for span, _p in spans(ops))


def _in_order(changes: tuple[Change, ...]) -> tuple[Change, ...]:
    return tuple(sorted(changes, key=lambda c: (c.a_start, c.b_start)))
