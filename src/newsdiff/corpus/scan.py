"""``newsdiff scan``: the pairs of a corpus that share text, best first.

The pipeline is a handful of task kinds over partitions of the corpus, run by a
``Runner``: in this process (``LocalRunner``) or on a Dask cluster (``cluster.py``).
Both run the same functions on the same partitions' data, so both give the same pairs:

1. ``featurize`` each partition: read its articles, shingle them;
2. ``postings`` of each partition, cut into buckets by hash;
3. ``bucket_pairs`` per bucket, over every partition: shared samples per pair;
4. ``merge`` on the client: the candidates, with those of short articles
   (``short.candidates``: every shingle looked up, the same kinds of tasks);
5. ``check`` the candidates grouped by the partition of their first article: the
   exact measures (``overlap``), keeping pairs that reach the threshold.
"""

from __future__ import annotations

import dataclasses
import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from newsdiff.core.groups import Groups
from newsdiff.corpus import MIN_REUSE, MIN_SHARED, records, short
from newsdiff.corpus import candidates as cand
from newsdiff.corpus.dates import earlier, when
from newsdiff.corpus.overlap import overlap
from newsdiff.corpus.shingles import Features, K, featurize, passage, word_total
from newsdiff.corpus.sources import Piece, pieces

#: Bytes of articles per partition (a task's worth of reading and shingling).
PARTITION_BYTES = 4 << 20
#: The longest shared passage is shown up to this many words.
PASSAGE_WORDS = 40
#: Candidate pairs per exact-check task.
CHECK_CHUNK = 20_000

Progress = Callable[[str, int, int], None]


class Runner(Protocol):
    """Where the tasks run. ``submit`` returns a handle that later tasks take as an
    argument (it stands for the result); ``gather`` waits for handles' results."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any: ...

    def gather(
        self, handles: Sequence[Any], stage: str, progress: Progress | None
    ) -> list[Any]: ...


class _Lazy:
    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self.fn, self.args = fn, args
        self.done, self.value = False, None

    def result(self) -> Any:
        if not self.done:
            args = [a.result() if isinstance(a, _Lazy) else a for a in self.args]
            self.value, self.done = self.fn(*args), True
            self.fn, self.args = _nothing, ()  # let the inputs go
        return self.value


def _nothing() -> None:
    return None


class LocalRunner:
    """Tasks in this process, each run once when its result is first needed."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Lazy:
        return _Lazy(fn, args)

    def gather(self, handles: Sequence[Any], stage: str, progress: Progress | None) -> list[Any]:
        out = []
        for n, h in enumerate(handles, 1):
            out.append(h.result())
            if progress:
                progress(stage, n, len(handles))
        return out


class ProcessRunner:
    """Tasks on a pool of processes on this machine (``--workers N``).

    A task's inputs are the results of earlier tasks, sent to the process that runs it;
    the small bookkeeping tasks (``LOCAL``) run here rather than ship a partition away
    and back for a few numbers.
    """

    def __init__(self, workers: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn: a fresh interpreter per worker, safe beside the progress bar's thread.
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))

    def __enter__(self) -> ProcessRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.pool.shutdown(cancel_futures=True)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        from concurrent.futures import Future

        values = [a.result() if isinstance(a, Future) else a for a in args]
        if fn in LOCAL:
            done: Future[Any] = Future()
            done.set_result(fn(*values))
            return done
        return self.pool.submit(fn, *values)

    def gather(self, handles: Sequence[Any], stage: str, progress: Progress | None) -> list[Any]:
        from concurrent.futures import as_completed

        for n, _ in enumerate(as_completed(handles), 1):
            if progress:
                progress(stage, n, len(handles))
        return [h.result() for h in handles]


@dataclass(frozen=True)
class Side:
    ref: str
    title: str
    date: str
    words: int
    #: Share of this side's words that the other side holds (containment in it).
    reuse: float

    def to_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "title": self.title, "date": self.date or None,
                "words": self.words, "reuse": self.reuse}  # fmt: skip


def source_note(source: str | None, a_date: str, b_date: str) -> str:
    """Why A is the source, or why there is no telling: only dates give a direction.
    Reuse cannot: a reprint that adds a sentence holds all of its original, one that
    cuts is held by it (on the seeds, 000, a spun rewrite of 001, holds more of 001)."""
    if source == "date":
        return "dated earlier"
    # A date newsdiff cannot read ("unknown", "yesterday") is none (``corpus.dates``).
    a_dated, b_dated = when(a_date) is not None, when(b_date) is not None
    if not a_dated and not b_dated:
        return "no dates"
    if not (a_dated and b_dated):
        return "only A dated" if a_dated else "only B dated"
    return "same date"


@dataclass(frozen=True)
class Pair:
    """Two articles that share text; ``a`` is the likely source when ``source`` says why,
    else the first in corpus order."""

    a: Side
    b: Side
    #: Why ``a`` is taken as the source: "date" (earlier), or None (no telling: a is
    #: first in corpus order, so that the output is the same run after run).
    source: str | None
    longest_words: int
    longest_text: str
    #: The pair this one repeats through a copy ((a, b) refs), else None: with B a copy
    #: of B' (each holds 95% of the other), A/B' repeats A/B and is listed after the rest.
    repeats: tuple[str, str] | None = None
    #: Corpus order of a and b (whose copy is whose, and the last tie-break).
    order: tuple[int, int] = (0, 0)

    @property
    def key(self) -> tuple[bool, float, float, int, int, int]:
        hi, lo = max(self.a.reuse, self.b.reuse), min(self.a.reuse, self.b.reuse)
        first, second = sorted(self.order)
        return (self.repeats is not None, -hi, -lo, -self.longest_words, first, second)

    @property
    def source_note(self) -> str:
        return source_note(self.source, self.a.date, self.b.date)

    @property
    def source_words(self) -> str:
        """Who is the source and why, as the scan's table says it."""
        return f"{'A' if self.source else 'unknown'} ({self.source_note})"

    @property
    def command(self) -> str:
        return "newsdiff " + shlex.join([self.a.ref, self.b.ref])

    def to_json(self, rank: int) -> dict[str, Any]:
        return {
            "rank": rank,
            "a": self.a.to_json(),
            "b": self.b.to_json(),
            "source": self.source,
            "source_note": self.source_note,
            "longest": {"words": self.longest_words, "text": self.longest_text},
            "repeats": list(self.repeats) if self.repeats else None,
            "command": self.command,
        }


@dataclass
class ScanResult:
    pairs: list[Pair] = field(default_factory=list)
    articles: int = 0
    candidates: int = 0
    failures: list[str] = field(default_factory=list)


def partitions(found: Sequence[Piece], parts: int = 1) -> list[list[Piece]]:
    """Consecutive runs of pieces of about PARTITION_BYTES (at least ``parts`` runs when
    there are pieces enough), so that articles keep their corpus order."""
    total = sum(max(p.end - p.start, p.size) for p in found)
    target = max(1, min(PARTITION_BYTES, total // max(parts, 1) + 1))
    out: list[list[Piece]] = [[]]
    size = 0
    for p in found:
        if out[-1] and size >= target:
            out.append([])
            size = 0
        out[-1].append(p)
        size += max(p.end - p.start, p.size)
    return [o for o in out if o]


def summary(
    f: Features,
) -> tuple[list[str], list[str], list[str], list[int], list[str], list[int]]:
    return f.refs, f.titles, f.dates, f.words, f.failures, f.distinct


LOCAL = (summary, cand.pick, cand.sample_counts, short.probe)


def check(
    a_ids: np.ndarray,
    b_ids: np.ndarray,
    firsts: np.ndarray,
    parts: Sequence[int],
    min_reuse: float,
    k: int,
    *features: Features,
) -> list[tuple[int, int, float, float, int, str]]:
    """The exact measures of candidate pairs; those reaching ``min_reuse`` on one side
    and sharing MIN_SHARED 3-grams: (a, b, reuse a, reuse b, longest passage words, its
    text in a)."""
    by_part = dict(zip(parts, features, strict=True))

    def where(i: int) -> tuple[Features, int]:
        p = int(np.searchsorted(firsts, i, side="right")) - 1
        return by_part[p], i - int(firsts[p])

    # Each article's distinct shingles once per task: one article is checked against many
    # (r24a's big_scan: 9,919 candidates of 1,000 records asked np.unique 19,838 times).
    distinct: dict[int, np.ndarray] = {}
    out = []
    for a, b in zip(a_ids.tolist(), b_ids.tolist(), strict=True):
        fa, ia = where(a)
        fb, ib = where(b)
        sa, sb = fa.shingles[ia], fb.shingles[ib]
        for i, s in ((a, sa), (b, sb)):
            if i not in distinct:
                distinct[i] = np.unique(s)
        o = overlap(sa, sb, k, distinct[a], distinct[b])
        if max(o.reuse_a, o.reuse_b) < min_reuse or o.shared < MIN_SHARED or o.longest == 0:
            continue
        text = passage(fa.texts[ia], o.longest_a, o.longest)
        out.append((a, b, o.reuse_a, o.reuse_b, o.longest, text))
    return out


def scan(
    paths: Sequence[str],
    min_reuse: float = MIN_REUSE,
    sampling: cand.Sampling | None = None,
    runner: Runner | None = None,
    progress: Progress | None = None,
    parts: int = 1,
    k: int = K,
) -> ScanResult:
    """Every pair of articles under ``paths`` with at least ``min_reuse`` of one side
    reused, best first. Raises InputError for a path with nothing to read."""
    sampling = (sampling or cand.Sampling()).at(min_reuse)
    run = runner or LocalRunner()
    found = pieces(paths)
    groups = partitions(found, parts)
    feats = [run.submit(featurize, g, k, sampling.k, sampling.rate) for g in groups]
    infos = run.gather([run.submit(summary, f) for f in feats], "reading", progress)
    sizes = [len(i[0]) for i in infos]
    firsts = np.r_[0, np.cumsum(sizes)].astype(np.int64)
    result = ScanResult(articles=int(firsts[-1]))
    result.failures = [msg for i in infos for msg in i[4]]
    counts = run.gather([run.submit(cand.sample_counts, f) for f in feats], "sampling", progress)
    n_samples = np.asarray([c for cs in counts for c in cs], dtype=np.int64)
    posts = [run.submit(cand.postings, f, int(firsts[p]), sampling) for p, f in enumerate(feats)]
    bucket_tasks = [
        run.submit(
            cand.bucket_pairs, sampling.max_df, *[run.submit(cand.pick, post, b) for post in posts]
        )
        for b in range(sampling.buckets)
    ]
    buckets = run.gather(bucket_tasks, "candidates", progress)
    a_ids, b_ids = cand.merge(buckets, n_samples, min_reuse, sampling)
    if sampling.short:
        n_distinct = np.asarray([c for i in infos for c in i[5]], dtype=np.int64)
        few = short.candidates(run, feats, firsts, n_distinct, min_reuse, sampling, progress)
        a_ids, b_ids = cand.union((a_ids, b_ids), few)
    result.candidates = len(a_ids)
    part_of = np.searchsorted(firsts, a_ids, side="right") - 1
    tasks = []
    for p in np.unique(part_of).tolist():
        sel = np.flatnonzero(part_of == p)
        for lo in range(0, len(sel), CHECK_CHUNK):
            chunk = sel[lo : lo + CHECK_CHUNK]
            ca, cb = a_ids[chunk], b_ids[chunk]
            need = sorted({p, *(np.searchsorted(firsts, cb, side="right") - 1).tolist()})
            tasks.append(
                run.submit(check, ca, cb, firsts, need, min_reuse, k, *[feats[q] for q in need])
            )
    hits = [h for chunk in run.gather(tasks, "checking", progress) for h in chunk]
    refs, titles, dates, words = ([x for i in infos for x in i[n]] for n in range(4))
    repeats, notes = records.repeated(refs)
    if repeats:
        # A corpus's second record of an id is left out, as a reference to the id reads
        # its first: a pair must name what 'newsdiff A B' then opens.
        result.articles -= len(repeats)
        result.failures += notes
        hits = [h for h in hits if h[0] not in repeats and h[1] not in repeats]
    pairs = [_pair(h, refs, titles, dates, words) for h in hits]
    result.pairs = sorted(fold_copies(pairs, refs), key=lambda p: p.key)
    return result


#: Both sides of a pair hold this much of each other: copies (reprints).
COPY = 0.95


def fold_copies(pairs: list[Pair], refs: Sequence[str]) -> list[Pair]:
    """Mark the pairs that only repeat another through a copy.

    Copies form groups; each group is represented by its first article in corpus
    order. A pair whose sides' representatives are another pair that was found (or,
    inside a group, a pair without the representative) says nothing new.
    """
    groups = Groups(len(refs))
    root = groups.root
    for p in pairs:
        if min(p.a.reuse, p.b.reuse) >= COPY:
            groups.join(p.order[0], p.order[1])
    found = {frozenset(p.order) for p in pairs}
    out = []
    for p in pairs:
        reps = (root(p.order[0]), root(p.order[1]))
        if reps[0] == reps[1]:
            rep = reps[0]
            if rep in p.order:
                out.append(p)
                continue
            other = p.order[0]
            target = (rep, other)
        else:
            target = reps
        if frozenset(target) == frozenset(p.order) or frozenset(target) not in found:
            out.append(p)
        else:
            out.append(dataclasses.replace(p, repeats=(refs[target[0]], refs[target[1]])))
    return out


def _pair(
    hit: tuple[int, int, float, float, int, str],
    refs: list[str],
    titles: list[str],
    dates: list[str],
    words: list[int],
) -> Pair:
    a, b, ra, rb, longest, text = hit
    sides = [Side(refs[i], titles[i], dates[i], words[i], r) for i, r in ((a, ra), (b, rb))]
    source: str | None = None
    first = 0
    # As points in time, not as text: "12/31/2025" is before "01/02/2026".
    if sign := earlier(sides[0].date, sides[1].date):
        source, first = "date", 0 if sign < 0 else 1
    order = (a, b) if first == 0 else (b, a)
    passage = text.split()
    shown = " ".join(passage[:PASSAGE_WORDS]) + (" …" if len(passage) > PASSAGE_WORDS else "")
    words_long = word_total(text, longest)  # unspaced scripts: words, not characters
    return Pair(sides[first], sides[1 - first], source, words_long, shown, None, order)
