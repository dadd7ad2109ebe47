"""Placing tagged sentences of an older text onto the sentences of a newer one.

A tag is anchored by its sentence's text, not only by its index: when an article is edited
(a typo fixed, a paragraph inserted), indices shift but most sentences survive word for
word, and the edited ones stay close. So: exact matches first (after the comparison
normalisation of quotes, dashes and spaces), then fuzzy ones above a similarity cutoff,
each new sentence taken at most once. What is left cannot be placed and the caller keeps
it as an orphan.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any, TypeVar

from newsdiff.core.article import normalize

K = TypeVar("K", bound=Hashable)

#: rapidfuzz ``fuzz.ratio`` (0-100) at or above which an edited sentence is still "the
#: same sentence". A fixed typo or a swapped word in a news sentence scores 90+; a
#: rewrite that could change the label scores well below 85.
FUZZY_CUTOFF = 85.0


def place(
    old: Sequence[tuple[K, int, str]],
    new: Sequence[str],
    cutoff: float = FUZZY_CUTOFF,
) -> dict[K, tuple[int, str]]:
    """Map old sentences to new ones by text.

    Args:
        old: ``(key, old_index, text)`` for each old sentence to place. Keys are unique.
        new: the texts of the new sentences, in order.
        cutoff: the lowest rapidfuzz ``ratio`` accepted for a fuzzy match.

    Returns:
        ``{key: (new_index, "exact" | "fuzzy")}`` for the sentences that were placed;
        one new sentence receives at most one old sentence.
    """
    placed: dict[K, tuple[int, str]] = {}
    if not old or not new:
        return placed
    new_norm = [normalize(t) for t in new]
    by_text: dict[str, list[int]] = {}
    for j, t in enumerate(new_norm):
        by_text.setdefault(t, []).append(j)
    taken: set[int] = set()

    # Exact: an old sentence whose text occurs once is placed first, so a sentence that
    # repeats ("Advertisement") cannot steal a unique one's place. Among repeats, the
    # nearest index wins, which keeps document order.
    pending = sorted(old, key=lambda o: (len(by_text.get(normalize(o[2]), ())) != 1, o[1]))
    rest: list[tuple[K, int, str]] = []
    for key, i, text in pending:
        free = [j for j in by_text.get(normalize(text), ()) if j not in taken]
        if not free:
            rest.append((key, i, text))
            continue
        j = min(free, key=lambda j: abs(j - i))
        taken.add(j)
        placed[key] = (j, "exact")

    free_new = [j for j in range(len(new)) if j not in taken]
    if not rest or not free_new:
        return placed

    # Fuzzy: score every remaining pair once, then take the best pairs greedily.
    from rapidfuzz import fuzz

    rest_norm = [normalize(t) for _, _, t in rest]
    cols = [new_norm[j] for j in free_new]
    if len(rest) * len(cols) > 50_000:
        # Many pairs (a rewrite of a long text): the vectorised scorer pays off, even
        # with the numpy import it brings (a few hundred ms the first time).
        from rapidfuzz.process import cdist

        matrix = cdist(rest_norm, cols, scorer=fuzz.ratio, score_cutoff=cutoff)
        scores = [[float(x) for x in row] for row in matrix]
    else:
        scores = [[fuzz.ratio(a, b, score_cutoff=cutoff) for b in cols] for a in rest_norm]
    pairs: list[tuple[float, int, int, int]] = []
    for r, (_, i, _) in enumerate(rest):
        for c, j in enumerate(free_new):
            s = scores[r][c]
            if s >= cutoff:
                pairs.append((-s, abs(j - i), r, j))
    pairs.sort()
    used_rows: set[int] = set()
    for _, _, r, j in pairs:
        if r in used_rows or j in taken:
            continue
        used_rows.add(r)
        taken.add(j)
        placed[rest[r][0]] = (j, "fuzzy")
    return placed


def mostly_placed(docs: Iterable[dict[str, Any]], new: Sequence[str]) -> bool:
    """Whether at least half of the sentences tagged in ``docs`` (records with ``sentence``
    and ``text``) are placed on ``new``: the rule a moved or edited file passes."""
    keys = {(d["sentence"], d["text"]) for d in docs}
    return bool(keys) and len(place([(k, k[0], k[1]) for k in keys], new)) * 2 >= len(keys)
