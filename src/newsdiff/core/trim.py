"""A member of a programme group that adds nothing to it is taken out.

The programme scores a group of sentences by the Jaccard index of their content words,
so a sentence whose content words are all in the other members of its side leaves the
group's score as it was: a headline above the sentence it sums up ("Library to close
after council vote" over "The city council voted 7-2 on Tuesday to close the Main
Street library.") ties the 2-1 group with the 1-1 pair beside a skipped headline, and
the tie went to the group, so a reprint that dropped its headline showed its first
sentence as edited ("[-Library to close after council vote -]") and the headline as
never removed (outside review r16b). A group is the claim that its sentences were
merged into the other side; a member that brings no word of its own to the match is
no evidence of that, so it is left out (it then ends removed or added, or another
pass pairs it). Only the group's first or last sentence can go, so groups stay
contiguous; a true merge loses similarity without either half and is kept.

Likewise a pair alike in words is no evidence against a copy beside it: a 1-1 group
of similarity 1 whose sentence has a word-for-word copy free on the other side, between
the groups around it, pairs that copy, and of twins the first (``_twin``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from newsdiff.core.confidence import Group

#: Trimmed only where what is left is plainly one sentence told twice: a member whose
#: words the rest of its side already holds may still be part of a merge ("Then was
#: Daniel brought in before the king." before the king's words to Daniel, told as one
#: sentence in the Basic English Bible, 0.26 without it); a sentence beside its
#: counterpart at 0.5 or more has no need of it (the library's first sentence, 1.0
#: unchanged and 0.82 reworded).
SAME_SENTENCE = 0.5


class Scores(Protocol):
    """The one call ``trimmed`` makes of the alignment's pairing (``align.Pairing``)."""

    def scores(self, ka: int, kb: int, rows: Sequence[int], cols: Sequence[int]) -> list[float]:
        """Similarity of the A group from ``rows[p]`` with the B group from ``cols[p]``."""
        ...


def trimmed(
    groups: list[Group], pairs: Scores, a_norm: Sequence[str], b_norm: Sequence[str]
) -> list[Group]:
    """``groups`` with every end member whose removal keeps the similarity taken out.

    A group whose two sides are the same text (``a_norm``, ``b_norm``: the normalised
    sentences) is one text cut into sentences in two ways, and stays whole."""
    out: list[Group] = []
    # 1-1 groups alike in words that a copy of one side's sentence, free beside them,
    # may fit better (``_twin``): the other side not word for word, or any where a side
    # repeats a sentence (most pairs repeat none: the look is one set a side).
    alike: list[int] = []
    twins = len(set(a_norm)) < len(a_norm) or len(set(b_norm)) < len(b_norm)
    for ia, ib, score in groups:
        if len(ia) == 1 == len(ib):
            if score == 1.0 and (twins or a_norm[ia[0]] != b_norm[ib[0]]):
                alike.append(len(out))
            out.append((ia, ib, score))
            continue
        if group_text(a_norm, ia) == group_text(b_norm, ib):
            out.append((ia, ib, score))
            continue
        while len(ia) > 1 or len(ib) > 1:
            options: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
            if len(ia) > 1:
                options += [(ia[1:], ib), (ia[:-1], ib)]
            if len(ib) > 1:
                options += [(ia, ib[1:]), (ia, ib[:-1])]
            best: Group | None = None
            for xa, xb in options:
                s = pairs.scores(len(xa), len(xb), [xa[0]], [xb[0]])[0]
                if s >= score and (best is None or s > best[2]):
                    best = (xa, xb, s)
            if best is None or best[2] < SAME_SENTENCE:
                break
            ia, ib, score = best
        if len(ia) == 1 == len(ib) and score == 1.0:
            alike.append(len(out))  # trimmed to one a side: checked whatever is beside
        out.append((ia, ib, score))
    for k in alike:
        out[k] = _twin(out, k, a_norm, b_norm)
    return out


def _twin(groups: list[Group], k: int, a_norm: Sequence[str], b_norm: Sequence[str]) -> Group:
    """Group ``k`` (one sentence a side, alike in words), or the pair it makes with a
    sentence that no group holds, between its neighbours, and that its other side
    repeats word for word: of sentences alike in words the copy pairs, and of twins
    the first (the programme breaks a tie from the end: "X." against "X, and it was
    not. X." paired X with the first, B's own X left added, and "X. X. X." against
    "X. X. X. Y. X." paired A#2 with B#4, where B against A paired B#2)."""
    (i,), (j,), score = groups[k]
    lo_a, lo_b = (groups[k - 1][0][-1], groups[k - 1][1][-1]) if k else (-1, -1)
    hi_a, hi_b = (
        (groups[k + 1][0][0], groups[k + 1][1][0])
        if k + 1 < len(groups)
        else (len(a_norm), len(b_norm))
    )
    same = a_norm[i] == b_norm[j]
    # A copy of A#i among B's free sentences: before B#j if B#j is one too, else anywhere.
    for jj in range(lo_b + 1, j if same else hi_b):
        if jj != j and b_norm[jj] == a_norm[i]:
            return (i,), (jj,), score
    for ii in range(lo_a + 1, i if same else hi_a):
        if ii != i and a_norm[ii] == b_norm[j]:
            return (ii,), (j,), score
    if not same:
        # No copy: a twin of either sentence free before it pairs instead ("X. X."
        # against "X, and x." paired A#0 one way and A#1 the other).
        first_a = next((ii for ii in range(lo_a + 1, i) if a_norm[ii] == a_norm[i]), i)
        first_b = next((jj for jj in range(lo_b + 1, j) if b_norm[jj] == b_norm[j]), j)
        if (first_a, first_b) != (i, j):
            return (first_a,), (first_b,), score
    return groups[k]


def group_text(norm: Sequence[str], at: tuple[int, ...]) -> str:
    """The normalised text of a group of sentences: a lone sentence's own, unjoined
    (most groups; a join of a generator cost a few thousand instructions a row)."""
    return norm[at[0]] if len(at) == 1 else " ".join([norm[i] for i in at])
