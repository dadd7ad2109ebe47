"""Paraphrase evidence between two sentences: words that differ but tell the same.

The aligner's similarity (``core.words``) counts only words two sentences share by
stem. A sentence reworded and moved ("Winds reached 65 mph along the coast on
Tuesday night." / "Gusts of 70 mph were recorded on the shore overnight Tuesday.")
shares two of them (0.15) and stays unpaired. Here a content word of one side may
also match a word of the other that

* is a number close to it (within NUMBER_TOLERANCE of the larger: 65 and 70 mph;
  a year only its own year, a small count only itself), or
* is related by the lexicon the caller passes (``Concepts``: WordNet synonyms and
  direct hypernyms in ``meaning.paraphrase``; core imports nothing above it), "gust"
  a kind of "wind", "coast" a kind of "shore".

``soft_similarity`` is then a Jaccard index over those matches. It is evidence, not a
link's confidence: ``align`` uses it only between leftover sentences of a pair told
twice, each the other's best (see ``align.PARAPHRASE_THRESHOLD``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol

from newsdiff.core.words import STOP_WORDS, stem

#: A word's concepts for the lexicon: (its own senses, the senses one step above
#: them). Two words are related when one's own senses meet the other's own or upper
#: ones; two words only under one upper sense (Monday and Tuesday, both weekdays) are
#: not: they are alternatives, not one thing told twice.
Concepts = Callable[[str], tuple[frozenset[object], frozenset[object]]]

#: Two numbers match when they differ by at most this share of the larger (65 and 70
#: are 7% apart: a figure revised or rounded between two versions of a report).
NUMBER_TOLERANCE = 0.1
#: ... and the larger is at least this: 3 and 4 people are two counts, not one revised.
NUMBER_MIN = 20

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


@lru_cache(maxsize=8192)
def tokens(normalized: str) -> tuple[tuple[str, str], ...]:
    """The content tokens of a normalised sentence as (key, word): a word's key is its
    stem, a number's its digits ("1,351" is one number, not two words)."""
    out: dict[str, str] = {}
    for w in _TOKEN.findall(normalized.lower()):
        if w[0].isdigit():
            out.setdefault(w.replace(",", ""), w)
        elif w not in STOP_WORDS:
            out.setdefault(stem(w), w)
    return tuple(out.items())


def _number(key: str) -> float | None:
    try:
        return float(key)
    except ValueError:
        return None


def numbers_close(a: str, b: str) -> bool:
    """Whether two number keys are one figure told twice (see NUMBER_TOLERANCE)."""
    x, y = _number(a), _number(b)
    if x is None or y is None or x == y:
        return x is not None and x == y
    if _YEAR.fullmatch(a) or _YEAR.fullmatch(b):
        return False
    big = max(abs(x), abs(y))
    return big >= NUMBER_MIN and abs(x - y) <= NUMBER_TOLERANCE * big


def soft_similarity(a_norm: str, b_norm: str, concepts: Concepts | None) -> float:
    """Jaccard index of two normalised sentences' content tokens, where a token
    unmatched by key may match one close number or one related word of the other side
    (each token used once, in reading order)."""
    ta, tb = tokens(a_norm), tokens(b_norm)
    if not ta or not tb:
        return 0.0
    keys_b = {k for k, _ in tb}
    keys_a = {k for k, _ in ta}
    matched = len(keys_a & keys_b)
    rest_a = [(k, w) for k, w in ta if k not in keys_b]
    rest_b = [(k, w) for k, w in tb if k not in keys_a]
    used: set[int] = set()
    for ka, wa in rest_a:
        for q, (kb, wb) in enumerate(rest_b):
            if q not in used and _match(ka, wa, kb, wb, concepts):
                used.add(q)
                matched += 1
                break
    return matched / (len(ta) + len(tb) - matched)


def _match(ka: str, wa: str, kb: str, wb: str, concepts: Concepts | None) -> bool:
    if ka[0].isdigit() or kb[0].isdigit():
        return ka[0].isdigit() and kb[0].isdigit() and numbers_close(ka, kb)
    if concepts is None:
        return False
    own_a, up_a = concepts(wa)
    own_b, up_b = concepts(wb)
    return bool(own_a & own_b or own_a & up_b or up_a & own_b)


#: Leftover sentences of a pair told twice that are each other's best partner by
#: paraphrase evidence pair when ``soft_similarity`` reaches this (the sure level of a
#: plain link, ``confidence.SURE``), in or out of order, whatever their plain
#: similarity. Chosen on bench/'s sets (bench/accuracy.py, the pass's links counted
#: against gold): 0.4 and 0.35 add fewer links; 0.3 adds 35, 1 false; 0.25 adds 57,
#: 3 false, and raises every alignment set a little more (bible-shuffled BBE 0.891 ->
#: 0.904), but it also links sentences of tellings written apart (John against
#: Matthew and Luke in bench/'s bible-reuse: the word-for-word reuse AUC over all reuse
#: sets 0.988 -> 0.987), the false link a news story told apart would offer.
PARAPHRASE_THRESHOLD = 0.3
#: ... and only pairs whose plain similarity is this or more are weighed (the storm
#: pair: 0.15): no set of bench/accuracy.py changes from 0 to 0.1 (0.12 loses links
#: on bible-shuffled BBE), and WordNet is read for a few pairs, not for every leftover
#: pair that shares a word (a large pair, bench/distinct_pair.py: 84 of 424).
PLAIN_FLOOR = 0.1


class Candidates(Protocol):
    """What ``paraphrase_pairs`` reads of the alignment's pairing (``align.Pairing``)."""

    def among(self, rows: Sequence[int], cols: Sequence[int]) -> tuple[list[int], list[int]]:
        """The candidate pairs whose A sentence is in ``rows`` and B one in ``cols``."""
        ...

    def scores(self, ka: int, kb: int, rows: Sequence[int], cols: Sequence[int]) -> list[float]:
        """Similarity of the A group from ``rows[p]`` with the B group from ``cols[p]``."""
        ...


def paraphrase_pairs(
    free_a: list[int],
    free_b: list[int],
    pairs: Candidates,
    norm: tuple[Sequence[str], Sequence[str]],
    concepts: Concepts | None,
) -> list[tuple[int, int, float]]:
    """Leftover candidate pairs (a shared word), best first, each the other's best by
    ``soft_similarity`` at PARAPHRASE_THRESHOLD or more, with their plain similarity
    (``core.words``' Jaccard index: the link's confidence; below the sure level it
    counts only in a pair told twice, which the caller has checked)."""
    if not free_a or not free_b:
        return []
    rows, cols = pairs.among(free_a, free_b)
    plain = pairs.scores(1, 1, rows, cols)
    a_norm, b_norm = norm
    soft = [
        soft_similarity(a_norm[i], b_norm[j], concepts) if p >= PLAIN_FLOOR else 0.0
        for i, j, p in zip(rows, cols, plain, strict=True)
    ]
    best_a: dict[int, float] = {}
    best_b: dict[int, float] = {}
    for i, j, s in zip(rows, cols, soft, strict=True):
        best_a[i] = max(best_a.get(i, 0.0), s)
        best_b[j] = max(best_b.get(j, 0.0), s)
    out: list[tuple[int, int, float]] = []
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    for k in sorted(range(len(soft)), key=lambda k: -soft[k]):
        s, i, j = soft[k], rows[k], cols[k]
        if s < PARAPHRASE_THRESHOLD:
            break
        if i in taken_a or j in taken_b or s < best_a[i] or s < best_b[j]:
            continue
        taken_a.add(i)
        taken_b.add(j)
        out.append((i, j, plain[k]))
    return out
