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
    for ia, ib, score in groups:
        if (len(ia) > 1 or len(ib) > 1) and group_text(a_norm, ia) == group_text(b_norm, ib):
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
        out.append((ia, ib, score))
    return out


def group_text(norm: Sequence[str], at: tuple[int, ...]) -> str:
    """The normalised text of a group of sentences: a lone sentence's own, unjoined
    (most groups; a join of a generator cost a few thousand instructions a row)."""
    return norm[at[0]] if len(at) == 1 else " ".join([norm[i] for i in at])
