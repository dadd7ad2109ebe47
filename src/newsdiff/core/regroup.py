"""Merged rows: a member the other side does not hold goes, a sentence it holds comes.

The programme (``align``) groups runs of 2 or 3 sentences of one side with one of the
other. A run is all it can take: when a reprint merges A#1, A#3 and A#4 into B#1 and
moves A#2 away, the best run for B#1 is A#1-A#3, and A#2, whose words B#1 does not
hold, rides along (its own partner, B#3, is out of order, so the programme cannot have
both), while A#4, whose words B#1 does hold, is left out. ``take_out`` takes such a
member out of its group when the group and the member's own pair score more apart
than together, as the programme scores them; ``take_in`` gives a group (or a 1-1 row)
a sentence that nothing took, wherever it stands, whose words its other side holds.
``merged_neighbours`` joins a leftover pair with a free sentence beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from newsdiff.core.confidence import CLEAR_MARGIN, CONFIDENT, SURE, Group, Scores

WordSets = Sequence[frozenset[str]]


class Row(Protocol):
    """What ``take_in`` reads of an alignment row (``align.Link``)."""

    @property
    def a(self) -> tuple[int, ...]: ...

    @property
    def b(self) -> tuple[int, ...]: ...

    @property
    def similarity(self) -> float: ...


def jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    """The aligner's similarity of two word sets."""
    union = len(x | y)
    return len(x & y) / union if union else 0.0


def words_of(sets: WordSets, at: Sequence[int]) -> frozenset[str]:
    """The content words of a group of sentences."""
    if len(at) == 1:
        return sets[at[0]]  # most rows: no set to build
    return frozenset().union(*(sets[i] for i in at))


def _best_free(
    members: list[int], free: list[int], pairs: Scores, a_side: bool
) -> dict[int, tuple[float, int]]:
    """Each member's best 1-1 similarity with a sentence of the other side that no
    group took, and that sentence."""
    if not members or not free:
        return {}
    rows, cols = pairs.among(members, free) if a_side else pairs.among(free, members)
    best: dict[int, tuple[float, int]] = {}
    for i, j, s in zip(rows, cols, pairs.scores(1, 1, rows, cols), strict=True):
        key, partner = (i, j) if a_side else (j, i)
        if s > best.get(key, (0.0, -1))[0]:
            best[key] = (s, partner)
    return best


def take_out(
    groups: list[Group],
    sets: tuple[WordSets, WordSets],
    pairs: Scores,
    levels: tuple[float, float, float],
) -> list[Group]:
    """The programme's groups, each without the members it scores better without.

    ``levels`` are the programme's threshold, the move pass's and the floor of a
    confident link. A member goes when the group without it, plus the member's own best
    pair with a sentence no group took, gains more than the group with it, each gaining
    (similarity - threshold) as in the programme. The pair counts only at the move
    pass's level or more and CLEAR_MARGIN times the member's similarity with the
    group's other side, a far better partner; the group that stays must keep the
    floor. "The closures will save about £2 million a year, the council said." (0.09
    with B#1, 0.88 with B#3) leaves A#1-A#3 -> B#1 (0.61 -> 0.78). The member's pair
    is the move pass's to draw."""
    a_sets, b_sets = sets
    many = [k for k, g in enumerate(groups) if len(g[0]) + len(g[1]) > 2]
    if not many:
        return groups
    used_a = {i for g in groups for i in g[0]}
    used_b = {j for g in groups for j in g[1]}
    free_a = sorted(set(range(pairs.n)).difference(used_a))
    free_b = sorted(set(range(pairs.m)).difference(used_b))
    multi_a = [i for k in many if len(groups[k][0]) > 1 for i in groups[k][0]]
    multi_b = [j for k in many if len(groups[k][1]) > 1 for j in groups[k][1]]
    best_a = _best_free(multi_a, free_b, pairs, True)
    best_b = _best_free(multi_b, free_a, pairs, False)
    claimed: tuple[set[int], set[int]] = (set(), set())
    out = list(groups)
    for k in many:
        ia, ib, score = groups[k]
        if len(ia) > 1:
            kept, new = _thinned(ia, words_of(b_sets, ib), a_sets, (best_a, claimed[1]), levels)
            if kept != ia:
                out[k] = (kept, ib, new)
        else:
            kept, new = _thinned(ib, words_of(a_sets, ia), b_sets, (best_b, claimed[0]), levels)
            if kept != ib:
                out[k] = (ia, kept, new)
    return out


def _thinned(
    side: tuple[int, ...],
    other: frozenset[str],
    sets: WordSets,
    partners: tuple[dict[int, tuple[float, int]], set[int]],
    levels: tuple[float, float, float],
) -> tuple[tuple[int, ...], float]:
    """One group's many side without the members it scores better without, and the
    group's similarity then. ``partners``: each member's best free partner, and the
    partners that members taken out already count on (each counts for one)."""
    threshold, move, floor = levels
    best, claimed = partners
    kept = list(side)
    score = jaccard(words_of(sets, kept), other)
    while len(kept) > 1:
        choice: tuple[float, int, float, int] | None = None
        for x in kept:
            rest = [k for k in kept if k != x]
            without = jaccard(words_of(sets, rest), other)
            own, partner = best.get(x, (0.0, -1))
            far_better = own >= move and own >= CLEAR_MARGIN * jaccard(sets[x], other)
            if not far_better or partner in claimed:
                own, partner = threshold, -1  # no pair: the member alone gains nothing
            apart = without + own - threshold
            if apart > score and without >= floor and (choice is None or apart > choice[0]):
                choice = (apart, x, without, partner)
        if choice is None:
            break
        kept.remove(choice[1])
        score = choice[2]
        if choice[3] >= 0:
            claimed.add(choice[3])
    return tuple(kept), score


#: A free sentence joins a row only if it brings the row this many words or more of
#: the row's other side that the row's own side lacks (and more of them than words the
#: other side lacks): one word in common is chance ("aband", a headline summing up a
#: quotation of the seeds' pair 000/001), two are a clause told again.
BROUGHT = 2
#: ... and only if the other side holds this share of its content words or more: a
#: short sentence of common words ("And they went out to see what it was that was
#: done.", two of three) is found in part in many a long one.
HELD = 0.75


def take_in(
    links: Sequence[Row],
    free: tuple[list[int], list[int]],
    sets: tuple[WordSets, WordSets],
    pairs: Scores,
) -> dict[int, Group]:
    """The links that take free sentences whose words their other side holds, by
    their place in ``links``: each one's sentences and similarity then.

    A sure link (SURE or more) whose other side is one sentence takes a free sentence
    that brings it BROUGHT words or more of that sentence which its own side lacks,
    and more of them than words that sentence lacks, so that its similarity rises:
    'They carried banners reading "Save our libraries".' joins A#1+A#3 -> B#1 ("...
    carrying banners reading "Save our libraries"") with "banners" and "reading",
    against "carried", wherever it stands. Each sentence goes to the link it brings
    the most, the sentences that bring the most first."""
    free_a, free_b = free
    if not links or not (free_a or free_b):
        return {}
    # A sentence joins a side facing one sentence: a group of many with many would
    # count every sentence of one side a partner of every one of the other. A weak row
    # is no anchor: its own pairing is in doubt.
    facing_a: dict[int, int] = {}
    facing_b: dict[int, int] = {}
    for k, lk in enumerate(links):
        if lk.similarity >= SURE:
            if len(lk.b) == 1:
                facing_b[lk.b[0]] = k
            if len(lk.a) == 1:
                facing_a[lk.a[0]] = k
    near: dict[tuple[int, int], set[int]] = {}
    a_sets, b_sets = sets
    # The side faced is one sentence: whether it holds HELD of a sentence's words is
    # read off the pair, before any group's words are gathered (inlined: a long pair
    # has thousands of candidates here).
    rows, cols = pairs.among(free_a, list(facing_b))
    for i, j in _holding((rows, cols), (a_sets, b_sets), free_a):
        near.setdefault((0, i), set()).add(facing_b[j])
    rows, cols = pairs.among(list(facing_a), free_b)
    for j, i in _holding((cols, rows), (b_sets, a_sets), free_b):
        near.setdefault((1, j), set()).add(facing_a[i])
    if not near:
        return {}
    grown: dict[int, Group] = {}

    def now(k: int) -> Group:
        lk = links[k]
        return grown.get(k, (lk.a, lk.b, lk.similarity))

    found: list[tuple[int, int, int, int]] = []  # net words brought, side, sentence, link
    for (side, x), ks in near.items():
        net, k = max((_brings(now(k), side, x, sets), k) for k in sorted(ks))
        if net > 0:
            found.append((net, side, x, k))
    found.sort(key=lambda f: -f[0])  # stable: equal ones in A's order, then B's
    for _, side, x, k in found:
        ia, ib, score = now(k)
        if len((ib, ia)[side]) > 1 or _brings((ia, ib, score), side, x, sets) <= 0:
            continue  # the link took another sentence, facing it or like it
        if side == 0:
            ia = tuple(sorted((*ia, x)))
        else:
            ib = tuple(sorted((*ib, x)))
        new = jaccard(words_of(a_sets, ia), words_of(b_sets, ib))
        if new > score:
            grown[k] = (ia, ib, new)
    return grown


def interrupted(
    links: Sequence[Row], used: tuple[set[int], set[int]], sets: tuple[WordSets, WordSets]
) -> tuple[dict[int, tuple[tuple[int, ...], tuple[int, ...]]], list[int]]:
    """The rows, by their place in ``links``, whose side skips sentences: ``take_in``
    joins a sentence wherever it stands, so a row may hold B#0 and B#2 (a merge or
    split whose other part moved).

    First, each row whose side skips sentences no row holds but whose words (HELD of
    them) the row's other side holds, with them joined where they stand (and added to
    ``used``): such a sentence is a part of the split or merge, drawn below the row it
    stood out of its side's order. A skipped sentence whose words the other side lacks
    was cut (or added) whole and stays a removed (added) row, drawn just below: a
    reprint that drops a sentence and joins its neighbours with ", and" (review r20b
    finding 1) is a merge and a cut, and the cut sentence's figures, hedges and sources
    are no change of the merged row's words ("in May. It was not. 北京..." -> "in May.
    北京...", one sentence in B: "It was not." is removed). Then the rows
    holding a sentence that lies between two of another row's side: drawn in place, that
    row hides that B#1 now stands inside it, so B#1's row is a move (r19b finding 1:
    "in May. A spokesman ..." -> "in May." ... "A spokesman ..." after "The bank will
    meet again in July." was all equal, exit 0)."""
    closed: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    gapped: list[tuple[int, tuple[int, ...]]] = []
    for k, lk in enumerate(links):
        a, b = lk.a, lk.b  # both sides hold a sentence: the rows of pairs only
        if a[-1] - a[0] < len(a) and b[-1] - b[0] < len(b):
            continue  # almost every row: a run on both sides
        sides = [a, b]
        for side in (0, 1):
            run = sides[side]
            if run[-1] - run[0] < len(run):
                continue
            free = [x for x in range(run[0] + 1, run[-1]) if x not in used[side]]
            if free:
                theirs = words_of(sets[1 - side], sides[1 - side])
                free = [x for x in free if _holds(sets[side][x], theirs)]
            if free:
                used[side].update(free)
                sides[side] = run = tuple(sorted((*run, *free)))
                closed[k] = (sides[0], sides[1])
            if run[-1] - run[0] >= len(run):
                gapped.append((side, run))
    out: set[int] = set()
    if gapped:
        # Who holds each sentence that stands inside another row's side.
        inside: tuple[set[int], set[int]] = (set(), set())
        for side, run in gapped:
            inside[side].update(x for x in range(run[0] + 1, run[-1]) if x not in run)
        in_a, in_b = inside
        for k, lk in enumerate(links):
            if not (in_a.isdisjoint(lk.a) and in_b.isdisjoint(lk.b)):
                out.add(k)
        # and the sentences a row took above
        out.update(
            k for k, (a, b) in closed.items() if not (in_a.isdisjoint(a) and in_b.isdisjoint(b))
        )
    return closed, sorted(out)


def _holds(own: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether ``theirs`` holds HELD of ``own``'s words, and BROUGHT or more."""
    held = len(own & theirs)
    return held >= BROUGHT and held >= HELD * len(own)


def _holding(
    candidates: tuple[list[int], list[int]], sets: tuple[WordSets, WordSets], free: list[int]
) -> list[tuple[int, int]]:
    """The candidate pairs (i, j) whose sentence j holds free sentence i's words
    (``_holds``; the inlined test: a long pair has thousands of candidates here).
    Where the free sentences mostly repeat a few word sets (twins share one: the 100x
    seed pair's 1,400 free sentences hold 14), each pair of sets is weighed once, and a
    twin's candidate costs a look-up (30,034 candidates, 77 -> 37 M instructions);
    otherwise a look-up would only add to each test (the 1 MB pair's 11,022: 29 -> 54 M).
    """
    own_sets, other_sets = sets
    out: list[tuple[int, int]] = []
    if len(set(map(own_sets.__getitem__, free))) * 2 > len(free):
        for i, j in zip(*candidates, strict=True):
            own = own_sets[i]
            held = len(own & other_sets[j])
            if held >= BROUGHT and held >= HELD * len(own):
                out.append((i, j))
        return out
    weighed: dict[tuple[frozenset[str], frozenset[str]], bool] = {}
    for i, j in zip(*candidates, strict=True):
        key = (own_sets[i], other_sets[j])
        ok = weighed.get(key)
        if ok is None:
            ok = weighed[key] = _holds(*key)
        if ok:
            out.append((i, j))
    return out


def _brings(link: Group, side: int, x: int, sets: tuple[WordSets, WordSets]) -> int:
    """How many more words sentence ``x`` of ``side`` brings ``link`` of the link's
    other side than words that side lacks; 0 if it brings fewer than BROUGHT or the
    other side holds less than HELD of its words."""
    mine, other = (link[0], link[1]) if side == 0 else (link[1], link[0])
    theirs = words_of(sets[1 - side], other)
    if not _holds(sets[side][x], theirs):
        return 0
    own = sets[side][x] - words_of(sets[side], mine)
    brought = len(own & theirs)
    return brought - len(own - theirs) if brought >= BROUGHT else 0


def merged_neighbours(
    groups: list[Group], pairs: Scores, size: tuple[int, int], used: tuple[set[int], set[int]]
) -> list[Group]:
    """Leftover 1-1 pairs, each joined with a sentence beside it that nothing else
    took when the pair scores higher so (2-1 or 1-2): a reprint that merges two
    sentences and moves them ("Markets fell sharply after the announcement." and "The
    euro dropped 1.2% ..." -> "Markets tumbled after the announcement, and the euro
    slid 1.2% ...") is one moved row, not a moved row beside a removed sentence."""
    n, m = size
    taken_a = used[0] | {i for g in groups for i in g[0]}
    taken_b = used[1] | {j for g in groups for j in g[1]}
    out: list[Group] = []
    for ia, ib, score in groups:
        (i,), (j,) = ia, ib
        best: Group = (ia, ib, score)
        options = [((i - 1, i), (j,)), ((i, i + 1), (j,)), ((i,), (j - 1, j)), ((i,), (j, j + 1))]
        for xa, xb in options:
            if min(xa) < 0 or max(xa) >= n or min(xb) < 0 or max(xb) >= m:
                continue
            if any(x in taken_a for x in xa if x != i) or any(y in taken_b for y in xb if y != j):
                continue
            s = pairs.scores(len(xa), len(xb), [xa[0]], [xb[0]])[0]
            if s > best[2]:
                best = (xa, xb, s)
        taken_a.update(best[0])
        taken_b.update(best[1])
        out.append(best)
    return out


def outbid(found: list[Group], chain: list[Group], pairs: Scores, level: float) -> list[Group]:
    """The gap pass's links (``found``, the programme's ``chain`` among them) without
    the new ones below CONFIDENT whose sentence has a partner that no link took at
    ``level`` or more and CLEAR_MARGIN times the link's similarity: held in place by
    the rows around it, the weak link kept a sentence from the partner the move pass
    would pair it with. court_rewrite's B#10 merges A#6 and A#7 ("... spokesman Mark
    Delaney said, and prosecutors would appeal to the 7th Circuit.", 0.71 with A#7)
    out of their order; the gap pass paired it with A#10, Quinn's quote (0.09), and
    A#6 and A#7 were shown removed."""
    programme = set(chain)
    weak = [k for k, g in enumerate(found) if g[2] < CONFIDENT and g not in programme]
    if not weak:  # most pairs: every gap link is confident or none was found
        return found
    used_a = {i for g in found for i in g[0]}
    used_b = {j for g in found for j in g[1]}
    free_a = sorted(set(range(pairs.n)).difference(used_a))
    free_b = sorted(set(range(pairs.m)).difference(used_b))
    link_a = {i: k for k in weak for i in found[k][0]}
    link_b = {j: k for k in weak for j in found[k][1]}
    dropped: set[int] = set()
    for rows, cols, side in (
        (*pairs.among(list(link_a), free_b), 0),
        (*pairs.among(free_a, list(link_b)), 1),
    ):
        for i, j, s in zip(rows, cols, pairs.scores(1, 1, rows, cols), strict=True):
            k = link_a[i] if side == 0 else link_b[j]
            if s >= level and s >= CLEAR_MARGIN * found[k][2]:
                dropped.add(k)
    return [g for k, g in enumerate(found) if k not in dropped]
