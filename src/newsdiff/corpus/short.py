"""Candidates for short articles: every shingle of theirs is looked up, not a sample.

The sampled search (``candidates``) estimates a pair's containment from the samples
the pair shares, which is noisy when the shorter side has few: a 30-word article keeps
about 7 samples, and a reprint of it at 40% reuse shares 3 or more of them only half
of the time. For a pair whose shorter side has fewer than ``Sampling.short`` distinct
shingles, the count is made exact instead, and cheaply, since such an article has few
shingles to look up:

1. the ``probe``: every distinct shingle of every short article;
2. ``postings``: each article's distinct shingles that are in the probe (a short
   article posts all of its own), cut into buckets by hash as the sampled postings are;
3. ``bucket_pairs``: in each bucket, the pairs with a short side that share a shingle,
   with how many they share;
4. ``merge``: a pair is a candidate when its shared shingles reach the threshold of
   the shorter side's (the higher containment, exactly). A shingle found in more than
   ``max_df`` articles pairs nobody (as in the sampled search); it is counted as shared
   with everyone, so that dropping it can only add candidates, never lose one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from newsdiff.corpus.candidates import I64, Sampling, count, pick
from newsdiff.corpus.shingles import U64, Features

#: Slack on the threshold for the exact check's rounding (reuse to 4 decimals).
ROUNDING = 5e-5

Posting = tuple[U64, I64, np.ndarray]


def candidates(
    run: Any,
    feats: Sequence[Any],
    firsts: I64,
    n_distinct: I64,
    min_reuse: float,
    sampling: Sampling,
    progress: Callable[[str, int, int], None] | None,
) -> tuple[I64, I64]:
    """The candidate pairs with a short side, as tasks of ``run`` (a ``scan.Runner``)
    over the partitions' features ``feats``, whose articles are numbered from ``firsts``."""
    found = run.submit(probe, *[run.submit(short_shingles, f, sampling.short) for f in feats])
    posts = [run.submit(postings, f, int(firsts[p]), found, sampling) for p, f in enumerate(feats)]
    buckets = [
        run.submit(bucket_pairs, sampling.max_df, *[run.submit(pick, post, b) for post in posts])
        for b in range(sampling.buckets)
    ]
    return merge(run.gather(buckets, "short articles", progress), n_distinct, min_reuse)


def short_shingles(features: Features, short: int) -> U64:
    """The distinct shingles of a partition's articles with fewer than ``short`` of them."""
    found = [
        np.unique(s)
        for s, n in zip(features.shingles, features.distinct, strict=True)
        if 0 < n < short
    ]
    return np.unique(np.concatenate(found)) if found else np.empty(0, dtype=np.uint64)


def probe(*parts: U64) -> U64:
    """Every partition's short shingles, sorted and distinct."""
    return np.unique(np.concatenate(parts)) if parts else np.empty(0, dtype=np.uint64)


def postings(features: Features, first: int, probe: U64, sampling: Sampling) -> list[Posting]:
    """(shingle, article number, article is short) for each article's distinct shingles
    found in ``probe``, numbered from ``first`` and cut into ``sampling.buckets`` buckets."""
    distinct = [np.unique(s) for s in features.shingles]
    sizes = np.asarray([len(u) for u in distinct], dtype=np.int64)
    h = np.concatenate(distinct) if distinct else np.empty(0, dtype=np.uint64)
    d = np.repeat(np.arange(first, first + len(distinct), dtype=np.int64), sizes)
    s = np.repeat(sizes < sampling.short, sizes)
    if len(probe):
        at = np.minimum(np.searchsorted(probe, h), len(probe) - 1)
        hit = probe[at] == h
    else:
        hit = np.zeros(len(h), dtype=bool)
    h, d, s = h[hit], d[hit], s[hit]
    bucket = (h >> np.uint64(40)) % np.uint64(sampling.buckets)
    return [(h[bucket == b], d[bucket == b], s[bucket == b]) for b in range(sampling.buckets)]


def bucket_pairs(max_df: int | None, *parts: Posting) -> tuple[I64, I64, I64, I64, I64]:
    """One bucket's (a, b, shared shingles) for the pairs with a short side, a < b; and
    (article, shingles) of the short articles' shingles too common to pair anybody."""
    empty = np.empty(0, dtype=np.int64)
    if not parts:
        return empty, empty, empty, empty, empty
    hashes = np.concatenate([p[0] for p in parts])
    docs = np.concatenate([p[1] for p in parts])
    shorts = np.concatenate([p[2] for p in parts])
    order = np.lexsort((docs, hashes))
    hashes, docs, shorts = hashes[order], docs[order], shorts[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    sizes = np.diff(np.r_[starts, len(hashes)])
    common = np.zeros(len(sizes), dtype=bool) if max_df is None else sizes > max_df
    in_common = np.repeat(common, sizes) & shorts
    common_docs, common_n = np.unique(docs[in_common], return_counts=True)
    a_parts, b_parts = [], []
    for size in np.unique(sizes[(sizes >= 2) & ~common]):
        group = starts[(sizes == size) & ~common]
        rows = group[:, None] + np.arange(size)
        members, short = docs[rows], shorts[rows]
        i, j = np.triu_indices(int(size), 1)
        keep = short[:, i] | short[:, j]  # two long articles are the sampled search's
        a_parts.append(members[:, i][keep])
        b_parts.append(members[:, j][keep])
    if not a_parts:
        return empty, empty, empty, common_docs.astype(np.int64), common_n.astype(np.int64)
    a, b, shared = count(np.concatenate(a_parts), np.concatenate(b_parts))
    return a, b, shared, common_docs.astype(np.int64), common_n.astype(np.int64)


def merge(
    buckets: Sequence[tuple[I64, I64, I64, I64, I64]], n_distinct: I64, min_reuse: float
) -> tuple[I64, I64]:
    """The candidate pairs (a, b) of every bucket: the shorter side's shingles shared,
    counting its too-common ones as shared, reach ``min_reuse`` of its distinct ones."""
    empty = np.empty(0, dtype=np.int64)
    if not buckets:
        return empty, empty
    a, b, shared = count(
        np.concatenate([x[0] for x in buckets]),
        np.concatenate([x[1] for x in buckets]),
        np.concatenate([x[2] for x in buckets]),
    )
    common = np.zeros(len(n_distinct), dtype=np.int64)
    np.add.at(
        common, np.concatenate([x[3] for x in buckets]), np.concatenate([x[4] for x in buckets])
    )
    smaller = np.where(n_distinct[a] <= n_distinct[b], a, b)
    need = min_reuse * n_distinct[smaller] - ROUNDING * n_distinct[smaller]
    keep = shared + common[smaller] >= need
    return a[keep], b[keep]
