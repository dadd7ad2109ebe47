"""What classifying changes costs on the seed pair, next to the rest of the pipeline.

Run with ``python bench/meaning_bench.py``. Medians over many runs, all in one process
so the ratios hold on a noisy machine: segmentation and alignment, word diffs of every
row, classification of every row's changes (``row_changes``), and the whole
``compare``, each with the per-row caches cleared. The first compare of a process also
pays one-time costs (opening the WordNet files, the spelling table, cold caches):
that is measured in fresh interpreters. Times are CPU time (``process_time``), which
other loads on the machine disturb less than wall time.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsdiff.core.align import align
from newsdiff.core.article import load
from newsdiff.core.sentences import Sentence, glue, split_sentences
from newsdiff.core.worddiff import diff_words
from newsdiff.meaning import compare as cm
from newsdiff.meaning import row_memos
from newsdiff.meaning.classify import row_changes
from newsdiff.meaning.options import loose_key

ROOT = Path(__file__).resolve().parent.parent
A = ROOT / "seeds" / "000_bffa4cee5f922f5d.txt"
B = ROOT / "seeds" / "001_7835627fb396a6e4.txt"


def median_ms(fn: Callable[[], object], runs: int = 40) -> float:
    # CPU time of this process: less at the mercy of other loads than wall time.
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        times.append((time.process_time() - t) * 1000)
    return statistics.median(times)


FIRST = (
    "import time; from newsdiff.core.article import load; from newsdiff.meaning.compare import compare;"
    "a, b = load({a!r}), load({b!r}); t = time.process_time(); compare(a, b);"
    "print((time.process_time() - t) * 1000)"
)


def first_compare_ms(runs: int = 7) -> float:
    """The first compare of a fresh interpreter (median of ``runs`` interpreters)."""
    code = FIRST.format(a=str(A), b=str(B))
    out = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(runs)
    ]
    return statistics.median(out)


# Every per-row memo of compare (``_cached_diff`` became a plain function over
# ``_cached_pair``, which broke the bench's list of names): all that cache_clear.
# The memos moved to meaning.row_memos (a row's work memoised by its texts): clear both.
ROW_CACHES = [
    f
    for module in (cm, row_memos)
    for f in vars(module).values()
    if callable(getattr(f, "cache_clear", None)) and f.__module__ == module.__name__
]


def side_text(sentences: list[Sentence], indices: list[int]) -> str:
    """A row's side as its diff reads it: the sentences joined as the text joins them."""
    out = sentences[indices[0]].text
    for i, j in zip(indices, indices[1:], strict=False):
        out += glue(sentences[i], sentences[j]) + sentences[j].text
    return out


def main() -> int:
    a, b = load(str(A)), load(str(B))
    cmp = cm.compare(a, b)
    pairs = [
        (side_text(cmp.a_sentences, r.a), side_text(cmp.b_sentences, r.b))
        for r in cmp.rows
        if r.a and r.b
    ]
    ops = [diff_words(x, y, key=loose_key) for x, y in pairs]

    def whole() -> None:
        for memo in ROW_CACHES:
            memo.cache_clear()
        # compare classifies a row's changes when they are first asked for: ask for all.
        for row in cm.compare(a, b).rows:
            _ = row.changes

    figures = {
        "segment + align": median_ms(
            lambda: align(
                [s.text for s in split_sentences(a.text)], [s.text for s in split_sentences(b.text)]
            )
        ),
        "word diffs (all rows)": median_ms(
            lambda: [diff_words(x, y, key=loose_key) for x, y in pairs]
        ),
        "classify changes (all rows)": median_ms(lambda: [row_changes(o) for o in ops]),
        "compare + classes, caches cleared": median_ms(whole),
        "first compare in a fresh process": first_compare_ms(),
    }
    n_changes = sum(len(r.changes) for r in cmp.rows)
    print(f"seed pair: {len(pairs)} aligned rows, {n_changes} changes (medians, ms)")
    for name, ms in figures.items():
        print(f"  {name:<34} {ms:7.1f}")
    share = figures["classify changes (all rows)"] / figures["compare + classes, caches cleared"]
    print(f"  classification share of a compare  {share:7.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
