"""How much of one text is reused in another: two measures, per side.

**Word for word** (``runs``): the share of a side's words that sit in runs of at least
MIN_RUN words kept by the token diff of their aligned row (the raw diff, before the
cleanup that folds short shared runs into the edits around them for the eye). A
shorter run counts only when it is all of its row (a two-word sentence kept whole).
One or two words in common between two sentences on the same subject ("the police",
"said on") happen by chance in text written apart; three in a row seldom do, and
shorter reused phrases are mostly names, which a three-word run around them catches.

**Containment** (``ngram``): the share of a side's distinct word 3-grams that occur
anywhere in the other text (Broder's containment, the measure of Clough et al.'s
METER work on journalistic reuse). It ignores the alignment, so it also counts text
moved or merged across sentences.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from newsdiff.core.article import normalize
from newsdiff.core.worddiff import Diff, is_word, iter_tokens, tokenize, word_count

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")

#: The shortest run of kept words that counts as reused (see the module docstring).
MIN_RUN = 3
#: Word n-grams of containment.
NGRAM = 3
#: Rows and words between two pauses of a paced ``measures`` (1.5-2 ms of work each).
PACED_ROWS, PACED_WORDS = 128, 2048
#: A side without words (punctuation only: "* * *") has no share at all: the measures
#: give None (JSON null) and every text output prints this, never "100%".
NO_SHARE = "—"


def share_text(share: float | None, spec: str = ".1%") -> str:
    """A side's share as the text outputs print it (``NO_SHARE`` for None)."""
    return NO_SHARE if share is None else format(share, spec)


def words(text: str) -> list[str]:
    """The words of ``text``, folded (quotes, dashes, case) for comparison."""
    return [t for t in tokenize(normalize(text).lower()) if is_word(t)]


class Aligned(Protocol):
    """An aligned row as ``measures`` reads it (``meaning.compare.Row``)."""

    @property
    def ops(self) -> Diff: ...
    @property
    def texts(self) -> tuple[str, str] | None: ...
    @property
    def reused_words(self) -> int: ...


def measures(
    rows: Sequence[Aligned], a: str, b: str, pause: Callable[[], None] | None = None
) -> dict[str, dict[str, float | None]]:
    """Per side, ``runs`` (the share of its words in ``rows`` reused word for word) and
    ``ngram`` (``containments`` of texts ``a`` and ``b``); None for a side without words.
    ``pause`` is called between slices of the walk (``paced``)."""
    total = {"a": 0, "b": 0}
    kept = 0
    # Twin rows (the same side texts) count the same: each is counted once.
    memo: dict[tuple[str, str], tuple[int, int, int]] = {}
    for row in paced(rows, pause, PACED_ROWS):
        counts = memo.get(row.texts) if row.texts is not None else None
        if counts is None:
            in_a = in_b = 0
            for op, text in row.ops:
                words = word_count(text)
                if op != "insert":
                    in_a += words
                if op != "delete":
                    in_b += words
            counts = (in_a, in_b, row.reused_words)
            if row.texts is not None:
                memo[row.texts] = counts
        total["a"] += counts[0]
        total["b"] += counts[1]
        kept += counts[2]
    a_in_b, b_in_a = containments(a, b, pause=pause)
    gram = {"a": a_in_b, "b": b_in_a}
    return {
        k: {
            "runs": round(kept / total[k], 4) if total[k] else None,
            "ngram": round(gram[k], 4) if total[k] else None,
        }
        for k in total
    }


def run_words(raw: Diff, min_run: int = MIN_RUN) -> int:
    """Words of one aligned row that are reused word for word (the same count on
    both sides): kept words in runs of ``min_run`` or more, or all of them when the
    row keeps every word of both sides.

    A run is broken by an edit that adds or drops a word; an edit of punctuation or
    spacing alone leaves it whole, and so does a word written another way that is the
    same in the comparison form (a deletion and the insertion after it that
    ``normalize`` makes one text: "كتاب" -> "کتاب", "１２" -> "12"), as the token diff
    lines it up and the containment counts it.
    """
    runs: list[int] = []
    current = 0
    edited = False
    repeated = False  # this op is an insertion that repeats the deletion before it
    for k, (op, text) in enumerate(raw):
        if repeated:
            repeated = False
            continue
        n = word_count(text)
        if op == "equal":
            current += n
        elif n and op == "delete" and same_after(raw, k):
            repeated = True
            current += n
        elif n:
            edited = True
            if current:
                runs.append(current)
            current = 0
    if current:
        runs.append(current)
    if not edited:
        return sum(runs)
    return sum(r for r in runs if r >= min_run)


def same_after(ops: Diff, k: int) -> bool:
    """Whether ``ops[k]`` deletes what the op after it inserts, in the comparison form
    (a word written another way: "كتاب" -> "کتاب", "１２" -> "12"): a word kept."""
    if ops[k][0] != "delete" or k + 1 >= len(ops) or ops[k + 1][0] != "insert":
        return False
    deleted, inserted = ops[k][1], ops[k + 1][1]
    if deleted.isascii() and inserted.isascii():
        # ASCII words the comparison form makes one differ only in spacing or a quote
        # mark, which the token diff gives ops of their own: most edits of English copy
        # are answered here, without normalising.
        return False
    return normalize(deleted) == normalize(inserted)


def containment(mine: Sequence[str], other: Sequence[str], n: int = NGRAM) -> float:
    """Share of ``mine``'s distinct word n-grams found in ``other`` (1.0 for a text too
    short to have one, if it has words and they all occur in ``other``)."""
    if len(mine) < n:
        return 1.0 if mine and set(mine) <= set(other) else 0.0
    grams = {tuple(mine[i : i + n]) for i in range(len(mine) - n + 1)}
    theirs = {tuple(other[i : i + n]) for i in range(len(other) - n + 1)}
    return len(grams & theirs) / len(grams)


def containments(
    a: str, b: str, n: int = NGRAM, pause: Callable[[], None] | None = None
) -> tuple[float, float]:
    """``containment`` of each text's ``words`` in the other's: ``(a in b, b in a)``.

    When numpy is loaded (the aligner loads it for large pairs), the same two figures
    with each word a number and each n-gram one integer (its words' numbers in base
    "distinct words"), sorted by numpy: on a 5 MB pair the two texts' word lists and
    their sets of n-gram tuples held about 300 MB at once, the arrays a few tens. A
    small pair never pays numpy's import; a pair with so many distinct words that an
    n-gram's integer would not fit in 64 bits is measured on the tuples.

    ``pause`` is called every ``PACED_WORDS`` words read (numpy's way: a pair without
    numpy is small), where a caller in a thread lets others run."""
    if "numpy" in sys.modules:
        import numpy as np

        ids: dict[str, int] = {}

        def numbered(text: str) -> np.ndarray:
            tokens = (t for t in iter_tokens(normalize(text).lower()) if is_word(t))
            found = paced(tokens, pause, PACED_WORDS)
            return np.fromiter((ids.setdefault(t, len(ids)) for t in found), dtype=np.int64)

        wa, wb = numbered(a), numbered(b)
        if len(wa) >= n and len(wb) >= n and len(ids) ** n < 2**63:
            ga, gb = _grams(wa, len(ids), n), _grams(wb, len(ids), n)
            both = np.sort(np.concatenate((ga, gb)))
            shared = int(np.count_nonzero(both[1:] == both[:-1]))
            return shared / len(ga), shared / len(gb)
    la, lb = words(a), words(b)
    return containment(la, lb, n), containment(lb, la, n)


def paced(items: Iterable[T], pause: Callable[[], None] | None, every: int) -> Iterable[T]:
    """``items``, with ``pause`` called before every ``every``-th (``items`` itself when
    there is no ``pause``): where a walk in a thread lets others run."""
    if pause is None:
        return items
    return _paced(items, pause, every)


def _paced(items: Iterable[T], pause: Callable[[], None], every: int) -> Iterator[T]:
    for k, item in enumerate(items):
        if not k % every:
            pause()
        yield item


def _grams(ids: np.ndarray, base: int, n: int) -> np.ndarray:
    """The distinct n-grams of ``ids``, each as one integer, sorted (``np.unique``
    would load numpy's masked arrays, 10-20 ms)."""
    import numpy as np

    code = np.zeros(len(ids) - n + 1, dtype=np.int64)
    for i in range(n):
        code *= base
        code += ids[i : len(ids) - n + 1 + i]
    code.sort()
    return code[np.concatenate(([True], code[1:] != code[:-1]))]
