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

from collections.abc import Sequence

from newsdiff.core.article import normalize
from newsdiff.core.worddiff import Diff, is_word, tokenize, word_count

#: The shortest run of kept words that counts as reused (see the module docstring).
MIN_RUN = 3
#: Word n-grams of containment.
NGRAM = 3


def words(text: str) -> list[str]:
    """The words of ``text``, folded (quotes, dashes, case) for comparison."""
    return [t for t in tokenize(normalize(text).lower()) if is_word(t)]


def run_words(raw: Diff, min_run: int = MIN_RUN) -> int:
    """Words of one aligned row that are reused word for word (the same count on
    both sides): kept words in runs of ``min_run`` or more, or all of them when the
    row keeps every word of both sides.

    A run is broken by an edit that adds or drops a word; an edit of punctuation or
    spacing alone leaves it whole.
    """
    runs: list[int] = []
    current = 0
    edited = False
    for op, text in raw:
        n = word_count(text)
        if op == "equal":
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


def containment(mine: Sequence[str], other: Sequence[str], n: int = NGRAM) -> float:
    """Share of ``mine``'s distinct word n-grams found in ``other`` (1.0 for a text too
    short to have one, if it has words and they all occur in ``other``)."""
    if len(mine) < n:
        return 1.0 if mine and set(mine) <= set(other) else 0.0
    grams = {tuple(mine[i : i + n]) for i in range(len(mine) - n + 1)}
    theirs = {tuple(other[i : i + n]) for i in range(len(other) - n + 1)}
    return len(grams & theirs) / len(grams)
