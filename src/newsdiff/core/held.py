"""A weak link sure by its place: all that lies between two equal rows.

A link below the sure level (``sure_link``) is sure where the copy runs up to it on
both sides: an in-place row alone between two equal rows (or an equal row and the
texts' edge), one sentence a side (or a sentence and its two pieces), sharing a
content word that the equal rows do not hold. ``meaning.compare`` marks such a row
``held``; the alignment and its links do not change.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core.copied import Link
from newsdiff.core.reuse import words as reuse_words
from newsdiff.core.sure_link import LIGHT_WORDS, SURE
from newsdiff.core.words import STOP_WORDS, stem


def held_in_place(
    links: Sequence[Link], texts: Sequence[tuple[str, str]], sizes: tuple[int, int]
) -> set[int]:
    """The in-place links (by index; ``texts`` their sides) sure by their place whatever
    their similarity: all that lies between two equal rows (or an equal row and the
    texts' edge) on both sides, one sentence a side (or a sentence and its two pieces),
    sharing a content word that the equal rows beside them do not hold.

    Review r23a finding 1: in an article copied but for one sentence, "Nobody was
    hurt." / "Three people were hurt." (0.25, no run of three words) was a weak link
    and report said "0 changes". A short sentence edited keeps too few words for a
    run or SURE, but the copy runs up to it on both sides: it is that sentence edited.
    Sure neighbours that are not equal hold nothing: on bench/headline_sets.py's
    headlines in place (another story's headline where a link's would be) they made
    sure P 0.697 -> 0.633 and no true link sure. Shared words of the copied sentence
    beside it are the story's (``copied``): "Boeing's first 777X delivery is now
    expected in 2026." / "Boeing first unveiled the 777X in 2013 and had originally
    expected the first delivery in 2020." after a lead of "Boeing", "first", "777X",
    "delivery" is a sentence replaced, and stays weak."""
    weak = [
        k
        for k, lk in enumerate(links)
        if lk.kind == "changed" and lk.similarity < SURE and len(lk.a) + len(lk.b) <= 3
    ]
    if not weak:  # most pairs: every in-place link sure by its similarity
        return set()
    ends: dict[int, int] = {}
    starts: dict[int, int] = {}
    for k, lk in enumerate(links):
        if lk.a and lk.b and lk.kind != "moved":
            ends[lk.a[-1]] = k
            starts[lk.a[0]] = k
    out: set[int] = set()
    for k in weak:
        lk = links[k]
        around = _equal_around(links, lk, (ends.get(lk.a[0] - 1), starts.get(lk.a[-1] + 1)), sizes)
        if not around:
            continue
        shared = _own(texts[k][0]) & _own(texts[k][1])
        story = frozenset().union(*(_own(texts[r][0]) for r in around))
        if shared and not shared & story:
            out.add(k)
    return out


def _equal_around(
    links: Sequence[Link],
    lk: Link,
    around: tuple[int | None, int | None],
    sizes: tuple[int, int],
) -> list[int]:
    """The equal rows (``around``: the in-place rows just before and after ``lk`` in A)
    that hold ``lk`` on both sides, or none: a side's row is missing and the link is
    not at the texts' edge there, or a row is not equal or leaves a sentence between."""
    before, after = around
    if before is None and after is None:
        return []
    if before is None and not lk.a[0] == lk.b[0] == 0:
        return []
    if after is None and not (lk.a[-1] == sizes[0] - 1 and lk.b[-1] == sizes[1] - 1):
        return []
    if before is not None and (links[before].kind != "equal" or links[before].b[-1] != lk.b[0] - 1):
        return []
    if after is not None and (links[after].kind != "equal" or links[after].b[0] != lk.b[-1] + 1):
        return []
    return [r for r in around if r is not None]


def _own(text: str) -> frozenset[str]:
    # The stems of a text's content words (neither stop nor light words).
    return frozenset(
        stem(w) for w in reuse_words(text) if w not in STOP_WORDS and w not in LIGHT_WORDS
    )
