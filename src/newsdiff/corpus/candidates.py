"""Candidate pairs from rare sampled shingles (the postings passim builds from n-grams).

Each article keeps the shingles whose hash falls in a 1-in-RATE sample, the same
shingles in every article, so two articles that share a passage share its samples.
A sample found in two to MAX_DF articles pairs them (one found in more is boilerplate
or a wire story everybody ran: it pairs too many and says too little). A pair that
shares enough samples, for the share of the shorter one's samples it makes, is a
candidate; the exact check decides. A pair with a short side, whose few samples say
too little, is found by ``short`` instead. Nothing compares all pairs: the work follows the
postings, which grow with the corpus.

The postings are cut into buckets by hash, so that each bucket is a task of its own
and the counts from all buckets add up to the same candidates however many there are.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import numpy.typing as npt

from newsdiff.corpus import MIN_REUSE
from newsdiff.corpus.shingles import U64, Features, K

I64 = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Sampling:
    """How candidates are found. ``exhaustive()`` is the exact all-pairs reference."""

    #: Words per sampled shingle: the exact check's, so that a spun copy (one word in
    #: three or four changed) keeps as many samples as it keeps reuse.
    k: int = K
    rate: int = 4
    max_df: int | None = 100
    min_shared: int = 3
    #: A candidate's shared samples, over the shorter side's, reach this share of the
    #: threshold: that share estimates the higher containment, but samples are noisy.
    slack: float = 0.5
    buckets: int = 8
    #: A pair whose shorter side has fewer distinct shingles than this is counted on
    #: every shingle (``short.py``), not on samples. Samples miss a pair at exactly the
    #: threshold with a chance of about 68% for 50 distinct shingles, 24% for 100, 4%
    #: for 200, 1.5% for 300 (binomial model of the filter above); at 200 the exact
    #: count of the short pairs costs no measurable time on the bench corpora.
    short: int = 200

    def at(self, min_reuse: float) -> Sampling:
        """These settings for a threshold below the default: the exact count covers
        longer articles, ``short`` times ``MIN_REUSE / min_reuse`` distinct shingles
        (600 at 0.05), so that a pair at the threshold keeps the expected shared
        samples, and the chance of being missed, that ``short`` was chosen for (the
        sampled filter asks 3 shared samples of any pair: at 5% a 205-3-gram answer
        sharing 17 with its source kept 2 of them and was not checked). At 0 every
        article is counted exactly: every pair that shares a 3-gram is checked."""
        if not self.short or min_reuse >= MIN_REUSE:
            return self
        wider = math.ceil(self.short * MIN_REUSE / min_reuse) if min_reuse > 0 else 2**62
        return replace(self, short=wider)

    @staticmethod
    def exhaustive() -> Sampling:
        """Every shingle of the exact check, no cap, one shared enough: every pair with
        any reuse is checked (the all-pairs reference the sampled search is measured by)."""
        return Sampling(k=K, rate=1, max_df=None, min_shared=1, slack=0.0, short=0)


def postings(features: Features, first: int, sampling: Sampling) -> list[tuple[U64, I64]]:
    """(shingle, article number) of a partition whose articles are numbered from
    ``first``, cut into ``sampling.buckets`` buckets by hash."""
    per_doc = features.samples
    if per_doc:
        hashes = np.concatenate(per_doc)
        docs = np.repeat(
            np.arange(first, first + len(per_doc), dtype=np.int64), [len(s) for s in per_doc]
        )
    else:
        hashes, docs = np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int64)
    # The high bits pick the bucket: the low ones were the sample's.
    bucket = (hashes >> np.uint64(40)) % np.uint64(sampling.buckets)
    return [(hashes[bucket == b], docs[bucket == b]) for b in range(sampling.buckets)]


def sample_counts(features: Features) -> list[int]:
    return [len(s) for s in features.samples]


def pick(items: Sequence[Any], index: int) -> Any:
    """``items[index]``, as a task: one part of another task's result."""
    return items[index]


def bucket_pairs(max_df: int | None, *parts: tuple[U64, I64]) -> tuple[I64, I64, I64]:
    """(a, b, shared samples) for the pairs one bucket's postings make, a < b."""
    if not parts:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, empty
    hashes = np.concatenate([h for h, _ in parts])
    docs = np.concatenate([d for _, d in parts])
    order = np.lexsort((docs, hashes))
    hashes, docs = hashes[order], docs[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    sizes = np.diff(np.r_[starts, len(hashes)])
    keep = sizes >= 2
    if max_df is not None:
        keep &= sizes <= max_df
    a_parts, b_parts = [], []
    for size in np.unique(sizes[keep]):
        group = starts[keep & (sizes == size)]
        members = docs[group[:, None] + np.arange(size)]  # one row per shared shingle
        i, j = np.triu_indices(int(size), 1)
        a_parts.append(members[:, i].ravel())
        b_parts.append(members[:, j].ravel())
    if not a_parts:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, empty
    a, b = np.concatenate(a_parts), np.concatenate(b_parts)
    return count(a, b)


def count(a: I64, b: I64, weights: I64 | None = None) -> tuple[I64, I64, I64]:
    """Distinct (a, b) pairs in order, with how often (or how much, with weights) each
    occurs. A pair is one 64-bit key (article numbers stay below 2**31)."""
    if len(a) == 0:
        return a, b, np.zeros(0, dtype=np.int64)
    keys = (a << 32) | b
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    if weights is None:
        counts = np.diff(np.r_[starts, len(keys)]).astype(np.int64)
    else:
        counts = np.add.reduceat(weights[order], starts).astype(np.int64)
    unique = keys[starts]
    return unique >> 32, unique & 0xFFFFFFFF, counts


def merge(
    buckets: Sequence[tuple[I64, I64, I64]],
    n_samples: I64,
    min_reuse: float,
    sampling: Sampling,
) -> tuple[I64, I64]:
    """The candidate pairs (a, b) from every bucket's counts, in (a, b) order."""
    a = np.concatenate([x[0] for x in buckets]) if buckets else np.empty(0, dtype=np.int64)
    if len(a) == 0:
        return a, a
    b = np.concatenate([x[1] for x in buckets])
    shared = np.concatenate([x[2] for x in buckets])
    a, b, shared = count(a, b, shared)
    shorter = np.minimum(n_samples[a], n_samples[b]).astype(np.float64)
    share = shared / np.maximum(shorter, 1.0)
    keep = (shared >= sampling.min_shared) & (share >= min_reuse * sampling.slack)
    return a[keep], b[keep]


def union(*pairs: tuple[I64, I64]) -> tuple[I64, I64]:
    """The distinct (a, b) pairs of several lists of candidates, in (a, b) order."""
    a, b, _ = count(np.concatenate([p[0] for p in pairs]), np.concatenate([p[1] for p in pairs]))
    return a, b
