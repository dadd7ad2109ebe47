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

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from newsdiff.core.confidence import Group
from newsdiff.core.confidence import Link as Row
from newsdiff.core.regroup import WordSets, jaccard, words_of

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
    # Sentences a side repeats: a group of one of them, alike in words or not, may pair
    # its twin instead (``_twin``).
    repeated = [
        {t for t, n in Counter(norm).items() if n > 1} if twins else set()
        for norm in (a_norm, b_norm)
    ]
    for at, (ia, ib, score) in enumerate(groups):
        if len(ia) == 1 == len(ib):
            if (score == 1.0 and (twins or a_norm[ia[0]] != b_norm[ib[0]])) or (
                twins and (a_norm[ia[0]] in repeated[0] or b_norm[ib[0]] in repeated[1])
            ):
                alike.append(len(out))
            out.append((ia, ib, score))
            continue
        if group_text(a_norm, ia) == group_text(b_norm, ib):
            out.append((ia, ib, score))
            continue
        if twins:  # a copy in its own group brings no word: "X. X." against "M, and x."
            ia, ib = _once(ia, a_norm), _once(ib, b_norm)
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
        if twins and len(ia) + len(ib) > 2:
            lo = (out[-1][0][-1], out[-1][1][-1]) if out else (-1, -1)
            hi = (groups[at + 1][0][0], groups[at + 1][1][0]) if at + 1 < len(groups) else None
            ia, ib = _in_order(ia, ib, lo, hi or (len(a_norm), len(b_norm)), (a_norm, b_norm))
            # Of twins the first, as for a pair (``_twin``): "X. Q." against "X, and q. X,
            # and q." grouped A's two with B#1 one way and B#0 the other.
            ia = (_first(ia[0], lo[0], a_norm),) if len(ia) == 1 else ia
            ib = (_first(ib[0], lo[1], b_norm),) if len(ib) == 1 else ib
        if len(ia) == 1 == len(ib) and (score == 1.0 or twins):
            alike.append(len(out))  # trimmed to one a side: checked whatever is beside
        out.append((ia, ib, score))
    for k in alike:
        out[k] = _twin(out, k, a_norm, b_norm)
    return out


def _once(run: tuple[int, ...], norm: Sequence[str]) -> tuple[int, ...]:
    """A group's side without an end member that repeats another member word for word
    (the later copy first): the programme breaks the tie between the group with it and
    the group without it from an end, one way A against B and the other B against A."""
    while len(run) > 1 and norm[run[-1]] in [norm[x] for x in run[:-1]]:
        run = run[:-1]
    while len(run) > 1 and norm[run[0]] in [norm[x] for x in run[1:]]:
        run = run[1:]
    return run


def _in_order(
    ia: tuple[int, ...],
    ib: tuple[int, ...],
    lo: tuple[int, int],
    hi: tuple[int, int],
    norms: tuple[Sequence[str], Sequence[str]],
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The group's sides, or one shifted by a sentence onto a free twin of its far end
    (between ``lo`` and ``hi``, each side's last and first sentence held by the groups
    around it), whichever reads most like the other side: "P. S. P." against "S, and
    p." is one group with "P. S." or with "S. P.", the same words, and the programme
    took the first, where B against A took the second (review of fuzz21)."""
    from rapidfuzz import fuzz  # only for a pair that repeats a sentence

    def shifts(run: tuple[int, ...], side: int) -> list[tuple[int, ...]]:
        norm, out = norms[side], [run]
        if len(run) > 1 and run[-1] + 1 < hi[side] and norm[run[-1] + 1] == norm[run[0]]:
            out.append((*run[1:], run[-1] + 1))
        if len(run) > 1 and run[0] - 1 > lo[side] and norm[run[0] - 1] == norm[run[-1]]:
            out.append((run[0] - 1, *run[:-1]))
        return out

    def reads(xa: tuple[int, ...], xb: tuple[int, ...]) -> float:
        return float(fuzz.ratio(group_text(norms[0], xa), group_text(norms[1], xb)))

    options = [(xa, xb) for xa in shifts(ia, 0) for xb in shifts(ib, 1)]
    return max(options, key=lambda o: reads(*o)) if len(options) > 1 else (ia, ib)


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
    if score == 1.0:  # alike in words: a copy of either side's sentence pairs
        # A copy of A#i among B's free sentences: before B#j if B#j is one too, else
        # anywhere.
        for jj in range(lo_b + 1, j if same else hi_b):
            if jj != j and b_norm[jj] == a_norm[i]:
                return (i,), (jj,), score
        for ii in range(lo_a + 1, i if same else hi_a):
            if ii != i and a_norm[ii] == b_norm[j]:
                return (ii,), (j,), score
    if not same:
        # No copy: a twin of either sentence free before it pairs instead ("X. X."
        # against "X, and x." paired A#0 one way and A#1 the other), alike in words or
        # not ("X." against "Y. Y.", Y an edit of X, paired B#1 one way and B#0 the
        # other: the 1-2 group trimmed to its last member).
        first_a, first_b = _first(i, lo_a, a_norm), _first(j, lo_b, b_norm)
        if (first_a, first_b) != (i, j):
            return (first_a,), (first_b,), score
    return groups[k]


def _first(at: int, lo: int, norm: Sequence[str]) -> int:
    """The first word-for-word twin of sentence ``at`` after ``lo`` (``at`` itself if
    none is between)."""
    if at - lo < 2:
        return at  # nothing between (most asks: 5,000 of the 100x seed pair's 5,800)
    return next((x for x in range(lo + 1, at) if norm[x] == norm[at]), at)


def group_text(norm: Sequence[str], at: tuple[int, ...]) -> str:
    """The normalised text of a group of sentences: a lone sentence's own, unjoined
    (most groups; a join of a generator cost a few thousand instructions a row)."""
    return norm[at[0]] if len(at) == 1 else " ".join([norm[i] for i in at])


def twins_in_place(
    rows: Sequence[Row],
    moved: Sequence[int],
    used: tuple[set[int], set[int]],
    norms: tuple[Sequence[str], Sequence[str]],
) -> dict[int, tuple[int, int]]:
    """Of the rows ``moved`` (by place in ``rows``), those of one sentence a side with a
    free word-for-word twin of either sentence that pairs in place instead: the new
    pair (``used`` updated). The programme breaks a tie between twins from an end, and
    the twin it took may stand inside another row's side ("M. O. C. O." against "M, and
    c. O." paired B's O with A#1, a move inside the row A#0+A#2, where B against A
    paired A#3 in place: review r21b finding 6)."""
    out: dict[int, tuple[int, int]] = {}
    if not moved or all(len(set(norm)) == len(norm) for norm in norms):
        return out  # no move, or no twins (most pairs: one set a side, in C)
    repeated = [{t for t, n in Counter(norm).items() if n > 1} for norm in norms]
    skip = set(moved)
    placed = sorted(
        (
            (r.a, r.b)
            for k, r in enumerate(rows)
            if r.a and r.b and r.kind != "moved" and k not in skip
        ),
        key=lambda p: p[0][0],
    )
    # Rows in order on both sides (most pairs) are asked about by their two neighbours
    # alone: a scan of every row for every twin of every move took 99 of 170 s on 400
    # shuffled copies of the seed (review r25a).
    chain = all(
        x[0][-1] < y[0][0] and x[1][-1] < y[1][0] for x, y in zip(placed, placed[1:], strict=False)
    )
    starts = [a[0] for a, _b in placed]

    def in_place(i: int, j: int) -> bool:
        if not chain:
            return all((a[-1] < i and b[-1] < j) or (a[0] > i and b[0] > j) for a, b in placed)
        t = bisect_left(starts, i)
        before = t == 0 or (placed[t - 1][0][-1] < i and placed[t - 1][1][-1] < j)
        return before and (t == len(placed) or (placed[t][0][0] > i and placed[t][1][0] > j))

    for k in moved:
        ia, ib = rows[k].a, rows[k].b
        if len(ia) != 1 or len(ib) != 1:
            continue
        i, j = ia[0], ib[0]
        twins = [(x, j) for x in _free_copies(norms[0], i, repeated[0], used[0])]
        twins += [(i, y) for y in _free_copies(norms[1], j, repeated[1], used[1])]
        found = next((p for p in twins if in_place(*p)), None)
        if found:
            used[0].discard(i)
            used[1].discard(j)
            used[0].add(found[0])
            used[1].add(found[1])
            t = bisect_left(starts, found[0])  # in place: the rows stay in order
            placed.insert(t, ((found[0],), (found[1],)))
            starts.insert(t, found[0])
            out[k] = found
    return out


def _free_copies(norm: Sequence[str], at: int, repeated: set[str], used: set[int]) -> list[int]:
    """The sentences of ``norm`` no row holds that repeat sentence ``at`` word for word
    (``list.index`` runs in C: a long text is looked through only for a repeated one)."""
    text, x = norm[at], -1
    found: list[int] = []
    if text not in repeated:
        return found
    while True:
        try:
            x = norm.index(text, x + 1)
        except ValueError:
            return found
        if x not in used:
            found.append(x)


#: An end member of a group of three sentences for one that shares fewer than this many
#: content words with the other side, and those fewer than half the words it holds alone
#: (in neither the other side nor the rest of its own), is no evidence of a merge: one
#: word in common is chance, two are a clause told again (``regroup.BROUGHT``). Not in a
#: group of two: a sentence merged into one may share its meaning and a single word (the
#: Wolf's "find some excuse to seize it" beside "find some plea to justify ... eat him";
#: Genesis 40's "butler" and "baker" told as "wine-servant" and "bread-maker"): taken out
#: there too, fables-2 dev fell 0.581 -> 0.557 (and the check halves with it).
SHARED = 2


def chance_members_out(groups: list[Group], sets: tuple[WordSets, WordSets]) -> list[Group]:
    """``groups`` of three sentences for one without the end members that share a word
    with the other side only by chance (``SHARED``), each group's similarity then its
    sides' Jaccard index: Hunt's "Thereupon he himself locked up the room, and left her in
    it alone." shares "room" with Taylor's "She sat down in one corner of the room, ..."
    and rode along with the two sentences told there, while its own partner (the door
    locked, she left alone) stayed added (review r24b finding C). A short member whose
    words are half in the other side or in the rest of its own ("He was 34.") stays: the
    programme took it for them."""
    out: list[Group] = []
    for ia, ib, score in groups:
        if len(ia) > 2 or len(ib) > 2:
            a_words, b_words = words_of(sets[0], ia), words_of(sets[1], ib)
            xa, xb = _sure_run(ia, sets[0], b_words), _sure_run(ib, sets[1], a_words)
            if (xa, xb) != (ia, ib):
                ia, ib = xa, xb
                score = jaccard(words_of(sets[0], ia), words_of(sets[1], ib))
        out.append((ia, ib, score))
    return out


def _sure_run(run: tuple[int, ...], sets: WordSets, other: frozenset[str]) -> tuple[int, ...]:
    """``run`` without the members at its ends that share words with ``other`` by chance."""

    def chance(x: int, rest: tuple[int, ...]) -> bool:
        shared = len(sets[x] & other)
        return shared < SHARED and 2 * shared < len(sets[x] - other - words_of(sets, rest))

    while len(run) > 1 and chance(run[0], run[1:]):
        run = run[1:]
    while len(run) > 1 and chance(run[-1], run[:-1]):
        run = run[:-1]
    return run
