"""A link's similarity without the words of the copied text around it.

Two sentences that share a word are alike by it only if the word is theirs. In a text
copied around them (an equal row beside theirs) the words the copied sentence holds
are the story's: its subject, its names. A sentence dropped and another added in
their place share them by the story, not because one became the other. Reviewer
r17a's p13: between two equal rows, "Boeing's first 777X delivery is now expected in
2026." and "Boeing first unveiled the 777X in 2013 and had originally expected the
first delivery in 2020." shared five of ten words (0.5, a sure link: a number change
2026 -> 2020), four of them ("Boeing", "first", "777X", "delivery") the lead's, copied
unchanged just before them. Without those, "expected" of six words: 0.17, a weak link.

Only an in-place link beside a copied sentence (the one just before it or just after
it is the same text in both), not held by a run of shared words (an edited sentence
keeps one: ``confidence.grams``), is weighed. Over bench/'s alignment sets, the
seeds' 20 pairs and reviewer r17a's pairs it lowers no other sure link below
``confidence.SURE``; the words of neighbours that share a run of words but are not
copied lowered ten true links of bench/'s retellings and one false ("And David put them
off him." / "So David took them off.": the name is in the rows around).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from newsdiff.core import confidence
from newsdiff.core.confidence import SURE, grams
from newsdiff.core.trim import group_text


class Link(confidence.Link, Protocol):
    """What ``discounted`` reads of an alignment row (``align.Link``): what
    ``confidence`` reads, and the row's similarity."""

    @property
    def similarity(self) -> float: ...


def discounted(
    links: Sequence[Link],
    sets: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]],
    norm: tuple[Sequence[str], Sequence[str]],
) -> dict[int, float]:
    """The links (by index) that fall below ``confidence.SURE`` without the words of a
    sentence copied beside them (just before or just after them, the same text on
    both sides), with that similarity: the Jaccard index of the two sides' content
    words, the copied sentence's left out (see the module docstring)."""
    (a_sets, b_sets), (a_norm, b_norm) = sets, norm
    n, m = len(a_norm), len(b_norm)
    out: dict[int, float] = {}
    for k, lk in enumerate(links):
        if lk.kind != "changed" or lk.similarity < SURE:
            continue  # an equal or moved row, or a link that is weak already
        a, b = lk.a, lk.b
        before, after = (a[0] - 1, b[0] - 1), (a[-1] + 1, b[-1] + 1)
        copied = [
            a_sets[i]
            for i, j in (before, after)
            if i >= 0 <= j and i < n and j < m and a_norm[i] == b_norm[j]
        ]
        if not copied:
            continue
        sa = a_sets[a[0]] if len(a) == 1 else frozenset().union(*(a_sets[i] for i in a))
        sb = b_sets[b[0]] if len(b) == 1 else frozenset().union(*(b_sets[j] for j in b))
        shared = sa & sb
        story = len(
            shared.intersection(*copied) if len(copied) == 1 else shared & (copied[0] | copied[1])
        )
        if not story:
            continue
        # Without the story's words (all of them shared): the rest shared of the rest.
        rest = len(sa) + len(sb) - len(shared) - story
        score = (len(shared) - story) / rest if rest else 0.0
        # Only a link the story's words alone made sure is weighed without them (most
        # links keep a run of words, which costs more to find than these sets).
        if score < SURE and not grams(group_text(a_norm, a)) & grams(group_text(b_norm, b)):
            out[k] = score
    return out
