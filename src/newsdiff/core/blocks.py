"""A paragraph moved as a whole: B's paragraphs put in A's order, aligned, and put back.

The programme aligns in order, and the passes after it pair a moved sentence only when
its words alone say so (``MOVE_THRESHOLD``). A close translation keeps enough words for
that; a free retelling does not (review r24b: Taylor's Rumpelstiltskin, B's first and
last paragraphs swapped, linked 0.82 -> 0.32 F1, its middle rows kept in A's order
against the wrong partners: A's "And when soon afterwards the little man came in ..."
sure beside B's "The next day the little man came ..."). A paragraph keeps its
sentences together, so where the first alignment moved a row, each of B's paragraphs
is placed by where in A its sentences chain best (``story.chain`` of the paragraph
against the whole of A, order-free between paragraphs), B is aligned again in that
order, and the result is kept only when it links more of A by its words (links the
order alone found, ``by_order``, count nothing). Its rows in paragraphs out of their
place are then ``moved`` rows, as a close text's are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from newsdiff.core import story
from newsdiff.core.align import GAP_THRESHOLD, Link, order_rows
from newsdiff.core.paraphrase import Concepts
from newsdiff.core.sentence_words import sentence_words

#: A blank line between two sentences: they are in different paragraphs.
_BLANK = re.compile(r"\n[ \t]*\n")
#: Only pairs this short are aligned a second time (each side at most this many
#: sentences): a retold story; the second alignment doubles the cost.
BLOCKS_MAX = 60


def paragraph_ids(text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
    """Each sentence's paragraph, counted from 0: a new one after a blank line."""
    out: list[int] = []
    at = 0
    for k, (start, _end) in enumerate(spans):
        if k and _BLANK.search(text, spans[k - 1][1], start):
            at += 1
        out.append(at)
    return out


def _placed(
    paras: Sequence[int], n: int, score: Callable[[int, int], float], floor: float
) -> list[int]:
    """B's sentence order with its paragraphs sorted by where in A each chains (the
    weighted mean A sentence of its chain); a paragraph that chains nowhere follows the
    one before it."""
    groups: list[list[int]] = []
    for j, p in enumerate(paras):
        if j == 0 or p != paras[j - 1]:
            groups.append([])
        groups[-1].append(j)
    keys: list[float] = []
    for group in groups:
        found = story.chain(range(n), group, score, floor)
        weight = sum(score(i, j) for i, j in found)
        if weight:
            keys.append(sum(i * score(i, j) for i, j in found) / weight)
        else:
            keys.append(keys[-1] if keys else -1.0)
    order = sorted(range(len(groups)), key=lambda g: keys[g])
    return [j for g in order for j in groups[g]]


def worded(links: Sequence[Link]) -> int:
    """The A sentences a link found by its words holds (not one found by order)."""
    return len({i for lk in links if lk.a and lk.b and not lk.by_order for i in lk.a})


def _in_place(paras: Sequence[int], perm: Sequence[int], links: Sequence[Link]) -> set[int]:
    """The paragraphs that keep their place: the heaviest chain of paragraphs whose order
    in ``perm`` (A's) is their order in B, weighed by the links they hold."""
    order: list[int] = []
    for j in perm:
        if not order or order[-1] != paras[j]:
            order.append(paras[j])
    held = {p: 0 for p in order}
    for lk in links:
        if lk.a and lk.b:
            held[paras[lk.b[0]]] += 1
    best: dict[int, tuple[int, list[int]]] = {}
    for k, p in enumerate(order):
        before = [best[q] for q in order[:k] if q < p]
        top = max(before, key=lambda t: t[0], default=(0, []))
        best[p] = (top[0] + held[p] + 1, [*top[1], p])
    return set(max(best.values(), key=lambda t: t[0])[1]) if best else set()


def realigned(
    sides: tuple[Sequence[str], Sequence[str]],
    paras: Sequence[int],
    links: list[Link],
    again: Callable[[Sequence[str], Sequence[str]], list[Link]],
    concepts: Concepts | None,
) -> list[Link] | None:
    """The alignment of ``sides`` with B's paragraphs (``paras``, one id a sentence)
    moved to A's order, aligned by ``again`` and put back, when the first alignment
    (``links``) moved a row of a paragraph and this one links more of A by words;
    otherwise None."""
    a_texts, b_texts = sides
    n, m = len(a_texts), len(b_texts)
    if max(n, m) > BLOCKS_MAX or not paras or paras[-1] == 0:
        return None
    # A row moved out of a paragraph of one sentence is a sentence moved, which the
    # aligner's own passes weigh (headlines shuffled, bench/headline_sets.py).
    size = Counter(paras)
    if not any(lk.kind == "moved" and size[paras[lk.b[0]]] > 1 for lk in links):
        return None
    (a_norm, b_norm), (a_sets, b_sets) = sentence_words(a_texts, b_texts)
    score = story.similarity((a_sets, b_sets), (a_norm, b_norm), concepts)
    perm = _placed(paras, n, score, GAP_THRESHOLD)
    if perm == sorted(perm):
        return None
    return put_back(paras, perm, links, again(a_texts, [b_texts[j] for j in perm]))


def put_back(
    paras: Sequence[int],
    perm: Sequence[int],
    links: list[Link],
    found: list[Link],
    gain: Callable[[Sequence[Link]], tuple[int, ...]] = lambda links: (worded(links),),
) -> list[Link] | None:
    """``found``, the alignment of A against B's sentences in the order ``perm``, put back
    in B's order when it gains on the first one (``links``; by default, it links more
    of A by words) and no row joins two of B's blocks (``paras``, one id a sentence,
    rising in B's order): its rows in blocks out of their place are moved rows;
    otherwise None."""
    if gain(found) <= gain(links):
        return None
    back = [
        Link(lk.kind, lk.a, tuple(perm[j] for j in lk.b), lk.similarity, lk.by_order)
        for lk in found
    ]
    if any(lk.b and lk.b != tuple(range(lk.b[0], lk.b[0] + len(lk.b))) for lk in back):
        return None  # a row across two paragraphs put side by side is no row of B's
    stay = _in_place(paras, perm, back)
    return order_rows(
        [
            Link("moved", lk.a, lk.b, lk.similarity, lk.by_order)
            if lk.a and lk.b and paras[lk.b[0]] not in stay
            else lk
            for lk in back
        ]
    )
