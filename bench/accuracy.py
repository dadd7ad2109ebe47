"""Accuracy of reuse and alignment on the development sets in bench/data/.

Run: .venv/bin/python bench/accuracy.py   (about 15 s)

1. Reuse: how well each measure tells a derived text from one written apart, as the
   area under the ROC curve (AUC: the chance that a random derived pair scores above a
   random non-derived one; ties count half). newsdiff's measures (the report's reuse
   share of B, and the n-gram containment it reports) beside two plain baselines:
   word 1-gram and 3-gram containment of B in A (Clough et al.'s METER measure),
   computed here from scratch on lower-cased word tokens.
2. Alignment: precision, recall and F1 of the sentence links newsdiff draws against
   the gold links, on articles built from sentence-aligned pairs with sentences
   dropped, inserted and moved (deterministic: a fixed seed).

The sets, their sources and licences: bench/data/README.md. Tune on these, never on
the seeds alone; the project's outside check uses other corpora.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from newsdiff.core.align import align
from newsdiff.core.article import from_text
from newsdiff.core.out_of_turn import reordered
from newsdiff.meaning.compare import compare
from newsdiff.meaning.lexicon import concepts

DATA = Path(__file__).resolve().parent / "data"
_WORD = re.compile(r"\w+")


# ---------------------------------------------------------------- the sets


@dataclass(frozen=True)
class ReusePair:
    name: str
    a: str
    b: str
    derived: bool


@dataclass(frozen=True)
class AlignCase:
    name: str
    a: list[str]
    b: list[str]
    gold: frozenset[tuple[int, int]]


def _onestop_groups(fname: str) -> dict[str, list[tuple[str, str]]]:
    groups: dict[str, list[tuple[str, str]]] = {}
    with open(DATA / "onestop" / fname, encoding="utf-8", newline="") as f:
        for article, adv, other in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            groups.setdefault(article, []).append((adv.strip(), other.strip()))
    return groups


def onestop_reuse() -> list[ReusePair]:
    """Per article: the advanced text against its simpler retelling (derived), against
    half its retelling and half another article's (derived, partly), and against
    another article's retelling (not derived)."""
    out: list[ReusePair] = []
    for fname in ("adv-ele.tsv", "adv-int.tsv"):
        groups = _onestop_groups(fname)
        names = sorted(groups)
        for k, name in enumerate(names):
            pairs = groups[name]
            other = groups[names[(k + 1) % len(names)]]
            a = " ".join(p[0] for p in pairs)
            out.append(ReusePair(f"{fname}:{name}", a, " ".join(p[1] for p in pairs), True))
            half = len(pairs) // 2 or 1
            mixed = [p[1] for p in pairs[:half]] + [p[1] for p in other[half:]]
            if len(other) > half:
                out.append(ReusePair(f"{fname}:{name}:half", a, " ".join(mixed), True))
            out.append(ReusePair(f"{fname}:{name}:other", a, " ".join(p[1] for p in other), False))
    # The hard cases: the same story, not the same sentences. Per article in both
    # files, A is the advanced text of the sentences adv-ele.tsv holds; the retelling
    # of other sentences of the same article (adv-int.tsv) shares its names and
    # subject but derives from none of A's sentences.
    ele, inter = _onestop_groups("adv-ele.tsv"), _onestop_groups("adv-int.tsv")
    for name in sorted(set(ele) & set(inter)):
        a_sents = [p[0] for p in ele[name]]
        apart = [p[1] for p in inter[name] if p[0] not in a_sents]
        if not apart:
            continue
        a = " ".join(a_sents)
        out.append(ReusePair(f"same-story:{name}", a, " ".join(apart), False))
        mixed = [p[1] for p in ele[name][: len(ele[name]) // 2 or 1]] + apart
        out.append(ReusePair(f"same-story:{name}:part", a, " ".join(mixed), True))
        # Lightly derived: one retold sentence of A's among the same story's others
        # (one each place: first, middle, last), as a newspaper takes a line or two.
        for k in sorted({0, len(ele[name]) // 2, len(ele[name]) - 1}):
            light = [*apart[: len(apart) // 2], ele[name][k][1], *apart[len(apart) // 2 :]]
            out.append(ReusePair(f"same-story:{name}:one{k}", a, " ".join(light), True))
        apart_a = [p[0] for p in inter[name] if p[0] not in a_sents]
        out.append(
            ReusePair(
                f"same-story:{name}:b", " ".join(apart_a), " ".join(p[1] for p in ele[name]), False
            )
        )
    return out


def same_story_distractors() -> dict[str, list[str]]:
    """Per article, retold sentences of the same story that no A sentence of
    adv-ele.tsv derives from (they share its names and subject)."""
    ele, inter = _onestop_groups("adv-ele.tsv"), _onestop_groups("adv-int.tsv")
    out: dict[str, list[str]] = {}
    for name in set(ele) & set(inter):
        mine = {p[0] for p in ele[name]}
        out[name] = [p[1] for p in inter[name] if p[0] not in mine]
    return out


_WIKI_DERIVED = (
    ("economy-of-iraq.2", "economy-of-iraq.4"),
    ("economy-of-israel.0", "economy-of-israel.6"),
    ("economy-of-indonesia.0", "economy-of-indonesia.5"),
)


def wiki_reuse() -> list[ReusePair]:
    """Two revisions of one page (derived) against revisions of sibling pages written
    to the same template ("Economy of ...": not derived)."""
    docs = {p.stem: p.read_text("utf-8") for p in sorted((DATA / "wikiversions").glob("*.txt"))}

    def topic(stem: str) -> str:
        return stem.rsplit(".", 1)[0]

    out: list[ReusePair] = []
    for old, new in _WIKI_DERIVED:
        out.append(ReusePair(f"{old}->{new}", docs[old], docs[new], True))
        for stem, text in docs.items():
            if topic(stem) != topic(old):
                out.append(ReusePair(f"{old}->{stem}", docs[old], text, False))
    return out


def onestop_alignment(seed: int = 11) -> list[AlignCase]:
    """Articles of at least six sentences (short articles joined in order); B is the
    retelling with about a sixth of its sentences dropped, one or two sentences of
    another article inserted (and, where the story has them, two retold sentences of the
    same story that no A sentence became), and one sentence moved far from its place."""
    rng = random.Random(seed)
    distractors = same_story_distractors()
    cases: list[AlignCase] = []
    for fname in ("adv-ele.tsv", "adv-int.tsv"):
        groups = _onestop_groups(fname)
        names = sorted(groups)
        articles: list[tuple[str, list[tuple[str, str]]]] = []
        cur_name, cur = "", []
        for name in names:
            cur_name = f"{cur_name}+{name}" if cur else name
            cur = cur + groups[name]
            if len(cur) >= 6:
                articles.append((cur_name, cur))
                cur_name, cur = "", []
        if cur:
            articles.append((cur_name, cur))
        for k, (name, pairs) in enumerate(articles):
            a = [p[0] for p in pairs]
            b_items: list[tuple[str, int | None]] = [(p[1], i) for i, p in enumerate(pairs)]
            for _ in range(max(1, len(b_items) // 6)):
                b_items.pop(rng.randrange(len(b_items)))
            donor = articles[(k + 1) % len(articles)][1]
            for _ in range(rng.choice((1, 2))):
                text = donor[rng.randrange(len(donor))][1]
                b_items.insert(rng.randrange(len(b_items) + 1), (text, None))
            if fname == "adv-ele.tsv":
                # Same-story sentences no A sentence became: names shared, no link.
                near = [t for part in name.split("+") for t in distractors.get(part, [])]
                for text in rng.sample(near, min(2, len(near))):
                    b_items.insert(rng.randrange(len(b_items) + 1), (text, None))
            src = rng.randrange(len(b_items))
            item = b_items.pop(src)
            dst = (src + len(b_items) // 2) % (len(b_items) + 1)
            b_items.insert(dst, item)
            gold = frozenset((i, j) for j, (_t, i) in enumerate(b_items) if i is not None)
            cases.append(AlignCase(f"{fname}:{name}", a, [t for t, _ in b_items], gold))
    return cases


# ---------------------------------------------------------------- the measures


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def containment(a: str, b: str, n: int) -> float:
    """Share of B's distinct word n-grams that occur in A (Broder; Clough et al.)."""
    wa, wb = words(a), words(b)
    ga = {tuple(wa[i : i + n]) for i in range(len(wa) - n + 1)}
    gb = {tuple(wb[i : i + n]) for i in range(len(wb) - n + 1)}
    return len(gb & ga) / len(gb) if gb else 0.0


def content_containment(a: str, b: str) -> float:
    """Word 1-gram containment of B in A with stop words left out (names, numbers and
    the words of the story, not "the" and "said")."""
    from newsdiff.core.similarity import STOP_WORDS

    wa = " ".join(w for w in words(a) if w not in STOP_WORDS)
    return containment(wa, " ".join(w for w in words(b) if w not in STOP_WORDS), 1)


def longest_run(a: str, b: str) -> float:
    """The longest run of words B shares with A, as a share of B's words."""
    from difflib import SequenceMatcher

    wa, wb = words(a), words(b)
    match = SequenceMatcher(None, wa, wb, autojunk=False).find_longest_match()
    return match.size / len(wb) if wb else 0.0


def newsdiff_reuse(a: str, b: str) -> float:
    """The reuse share of B that `newsdiff report` prints."""
    return compare(from_text(a, "a"), from_text(b, "b")).reuse["b"]


def newsdiff_measure(key: str) -> Callable[[str, str], float] | None:
    """One of the report's reuse measures by name, if this version of newsdiff has it."""

    def measure(a: str, b: str) -> float:
        cmp = compare(from_text(a, "a"), from_text(b, "b"))
        value = getattr(cmp, "reuse_measures", None)
        if value is None:
            raise LookupError(key)
        return float(value["b"][key])

    try:
        measure("x y z", "x y z")
    except (LookupError, KeyError):
        return None
    return measure


def auc(scores: Sequence[tuple[float, bool]]) -> float:
    """Mann-Whitney AUC of scores against labels; ties count half."""
    pos = [s for s, y in scores if y]
    neg = [s for s, y in scores if not y]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def align_scores(
    cases: Sequence[AlignCase], links: Callable[[AlignCase], set[tuple[int, int]]] | None = None
) -> tuple[float, float, float]:
    """Micro-averaged precision, recall and F1 of the links (newsdiff's by default)."""
    tp = fp = fn = 0
    for case in cases:
        got = (links or newsdiff_links)(case)
        tp += len(got & case.gold)
        fp += len(got - case.gold)
        fn += len(case.gold - got)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---------------------------------------------------------------- report


def seeds_reuse() -> list[ReusePair]:
    """The bundled seeds, one cluster: 000 is spun from 001, the others are reports of
    the same event written apart (a check only: never tuned on)."""
    seeds = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    texts = [p.read_text("utf-8") for p in seeds]
    out = [ReusePair("seed 001 -> 000", texts[1], texts[0], True)]
    for i in range(1, len(texts)):
        for j in range(1, len(texts)):
            if i != j:
                out.append(ReusePair(f"seed {i:03} -> {j:03}", texts[i], texts[j], False))
    return out


def seeds_mixed_reuse(seed: int = 3) -> list[ReusePair]:
    """Partly derived texts, as a paper mixes agency copy into its own report: a run of
    sentences of seed 000 (spun from 001) set in the middle of an independent report
    of the same event (002-004), against 001; not derived: the reports against 001
    and each other. A check only (made from the seeds, never tuned on)."""
    from newsdiff.core.sentences import split_sentences

    paths = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    sents = [[s.text for s in split_sentences(p.read_text("utf-8"))] for p in paths]
    rng = random.Random(seed)
    out: list[ReusePair] = []
    for other in (2, 3, 4):
        out.append(
            ReusePair(f"seed 001 -> {other:03}", " ".join(sents[1]), " ".join(sents[other]), False)
        )
        half = len(sents[other]) // 2
        for frac in (0.1, 0.2, 0.3, 0.5):
            for _ in range(3):
                k = max(1, int(len(sents[0]) * frac))
                start = rng.randrange(len(sents[0]) - k)
                mixed = [*sents[other][:half], *sents[0][start : start + k], *sents[other][half:]]
                name = f"seed 001 -> {other:03} + {frac:.0%} of 000"
                out.append(ReusePair(name, " ".join(sents[1]), " ".join(mixed), True))
        for o2 in (2, 3, 4):
            if o2 != other:
                a, b = " ".join(sents[other]), " ".join(sents[o2])
                out.append(ReusePair(f"seed {other:03} -> {o2:03}", a, b, False))
    return out


def baseline_links(a: Sequence[str], b: Sequence[str], floor: float = 0.1) -> set[tuple[int, int]]:
    """A plain aligner: each B sentence to the A sentence with the highest Jaccard of
    lower-cased words, if at least ``floor`` (no order, no threshold tuning)."""
    sa = [set(words(t)) for t in a]
    out: set[tuple[int, int]] = set()
    for j, t in enumerate(b):
        wb = set(words(t))
        best, arg = 0.0, -1
        for i, wa in enumerate(sa):
            u = len(wa | wb)
            s = len(wa & wb) / u if u else 0.0
            if s > best:
                best, arg = s, i
        if best >= floor:
            out.add((arg, j))
    return out


def in_order_links(a: Sequence[str], b: Sequence[str], floor: float = 0.2) -> set[tuple[int, int]]:
    """A plain in-order aligner: the one-to-one monotone chain of pairs above ``floor``
    Jaccard of lower-cased words with the largest sum of Jaccard (classic sentence
    alignment without lengths)."""
    sa, sb = [set(words(t)) for t in a], [set(words(t)) for t in b]
    n, m = len(a), len(b)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            u = len(sa[i - 1] | sb[j - 1])
            s = len(sa[i - 1] & sb[j - 1]) / u if u else 0.0
            diag = best[i - 1][j - 1] + s if s > floor else 0.0
            best[i][j] = max(best[i - 1][j], best[i][j - 1], diag)
    out: set[tuple[int, int]] = set()
    i, j = n, m
    while i and j:
        if best[i][j] == best[i - 1][j]:
            i -= 1
        elif best[i][j] == best[i][j - 1]:
            j -= 1
        else:
            out.add((i - 1, j - 1))
            i, j = i - 1, j - 1
    return out


def prf(cases: Sequence[AlignCase], links: Callable[[AlignCase], set[tuple[int, int]]]) -> str:
    p, r, f = align_scores(cases, links)
    return f"precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}"


def newsdiff_links(case: AlignCase) -> set[tuple[int, int]]:
    """The links ``compare`` draws (a case gives no paragraphs: B's stories alone are
    put in A's order, ``core.out_of_turn``)."""
    again = partial(align, concepts=concepts)
    found = again(case.a, case.b)
    return {
        (i, j)
        for lk in reordered((case.a, case.b), found, again, concepts) or found
        if lk.a and lk.b and getattr(lk, "counted", True)
        for i in lk.a
        for j in lk.b
    }


def main() -> None:
    from bible_sets import bible_alignment, bible_reuse, bible_shuffled
    from fable_sets import fable_alignment, jacobs_alignment, joined, reordered
    from journal_sets import journal_reuse
    from news_sets import r22b_check, sts_news_reuse

    sets = {
        "bible-reuse (Mark/Samuel rewritten vs John apart; KJV, BBE, WEB; public domain)": bible_reuse(),
        "onestop-reuse (OneStopEnglish, CC BY-SA 4.0)": onestop_reuse(),
        "wikiversions (Wikipedia revisions, CC BY-SA 3.0)": wiki_reuse(),
        "seeds (the bundled cluster; a check, not tuned on)": seeds_reuse(),
        "seeds mixed (000 set into 002-004; a check, not tuned on)": seeds_mixed_reuse(),
        # A proxy of agency copy against newspaper stories (bench/journal_sets.py); its
        # candidates for the headline: bench/reuse_measures.py. Not pooled below.
        "journal-proxy (Mark as agency copy, rewritten by Matthew/Luke vs John apart)": [
            p for ps in journal_reuse().values() for p in ps
        ],
        # News headlines of one day built into documents (bench/news_sets.py; the
        # headline's choice on them: bench/reuse_news.py). Not pooled below.
        "news-sts-train (STS-B train headlines, CC BY-SA 3.0)": sts_news_reuse(),
        "news check r22b (STS-B dev headlines; not tuned on)": r22b_check(),
    }
    measures: dict[str, Callable[[str, str], float]] = {
        "newsdiff headline reuse (B)": newsdiff_reuse,
    }
    for key, label in (
        ("runs", "newsdiff word-for-word runs (B)"),
        ("ngram", "newsdiff 3-gram containment (B)"),
        ("combined", "newsdiff combined (B)"),
    ):
        m = newsdiff_measure(key)
        if m is not None:
            measures[label] = m
    measures["baseline: word 1-gram containment"] = lambda a, b: containment(a, b, 1)
    measures["baseline: word 3-gram containment"] = lambda a, b: containment(a, b, 3)
    # Candidates for the headline (docs/accuracy.md, "Which reuse figure is the headline").
    measures["word 1-gram, stop words out"] = content_containment
    measures["mean of 1-, 2-, 3-gram"] = lambda a, b: (
        sum(containment(a, b, n) for n in (1, 2, 3)) / 3
    )
    measures["longest shared run / B"] = longest_run

    print("Reuse: AUC, derived vs not derived (B's words found in A)")
    every: dict[str, list[tuple[float, bool]]] = {m: [] for m in measures}
    for set_name, pairs in sets.items():
        n_pos = sum(p.derived for p in pairs)
        print(f"  {set_name}: {len(pairs)} pairs, {n_pos} derived, {len(pairs) - n_pos} not")
        for label, fn in measures.items():
            scored = [(fn(p.a, p.b), p.derived) for p in pairs]
            if not set_name.startswith(("seeds", "journal", "news")):
                every[label].extend(scored)
            zeros = sum(1 for s, y in scored if y and s == 0)
            print(f"    {label:<36} AUC {auc(scored):.3f}  (derived at 0: {zeros})")
    print("  all sets but the seeds and the proxy together:")
    for label, scored in every.items():
        print(f"    {label:<36} AUC {auc(scored):.3f}")

    align_sets = {
        "bible-retell dev (KJV vs BBE, even chapters: tuned on)": bible_alignment(part="dev"),
        "bible-retell check (KJV vs BBE, odd chapters: not tuned on)": bible_alignment(
            part="check"
        ),
        "fables dev (Aesop, Townsend vs Vernon Jones, even fables; public domain)": (
            fable_alignment(part="dev")
        ),
        "fables check (the odd fables)": fable_alignment(part="check"),
        "fables-2 dev (Aesop, Townsend vs Jacobs 1894, fables 01 03 05 07 09; review r23b)": (
            jacobs_alignment(part="dev")
        ),
        "fables-2 check (the even fables: never read for errors)": jacobs_alignment(part="check"),
        # The same fables as one text a side, each fable a paragraph (a book of fables):
        # the same story should align about the same alone or joined with others.
        "fables-2 dev joined (fables 01 03 05 07 09 as one text)": joined(
            jacobs_alignment(part="dev"), "fables-2 dev"
        ),
        "fables-2 check joined (the even fables as one text: never read for errors)": joined(
            jacobs_alignment(part="check"), "fables-2 check"
        ),
        "fables dev joined (Vernon Jones, the even positions as one text)": joined(
            fable_alignment(part="dev"), "fables dev"
        ),
        "fables check joined (Vernon Jones, the odd positions as one text)": joined(
            fable_alignment(part="check"), "fables check"
        ),
        "onestop (OneStopEnglish sentence-aligned pairs, CC BY-SA 4.0)": onestop_alignment(),
        "bible-shuffled WEB (KJV verses vs WEB's, shuffled, 2 inserted; a guard)": (
            bible_shuffled(version="web")
        ),
        "bible-shuffled BBE (the same with BBE's freer wording)": bible_shuffled(version="bbe"),
    }
    # The same books with B's fables in another order, as another collection orders
    # them: each story should align as it does in turn, its rows moved.
    for label, part, order in (
        ("fables-2 dev reordered (B's fables reversed)", "dev", "reversed"),
        ("fables-2 dev reordered (B's fables shuffled, seed 11)", "dev", "shuffled"),
        ("fables-2 check reordered (reversed: never read for errors)", "check", "reversed"),
        (
            "fables-2 check reordered (shuffled, seed 11: never read for errors)",
            "check",
            "shuffled",
        ),
    ):
        align_sets[label] = reordered(jacobs_alignment(part=part), f"fables-2 {part}", order)
    for part in ("dev", "check"):
        label = f"fables {part} reordered (Vernon Jones, B's fables shuffled, seed 11)"
        align_sets[label] = reordered(fable_alignment(part=part), f"fables {part}", "shuffled")
    print("\nAlignment: links against the gold links")
    for set_name, cases in align_sets.items():
        n_gold = sum(len(c.gold) for c in cases)
        print(
            f"  {set_name}: {len(cases)} articles, {sum(len(c.a) for c in cases)} + "
            f"{sum(len(c.b) for c in cases)} sentences, {n_gold} gold links"
        )
        print(f"    newsdiff links:                      {prf(cases, newsdiff_links)}")
        print(
            "    baseline: best Jaccard partner >= 0.1 "
            f"{prf(cases, lambda c: baseline_links(c.a, c.b))}"
        )
        print(
            "    baseline: in order, 1:1, Jaccard > 0.2 "
            f"{prf(cases, lambda c: in_order_links(c.a, c.b))}"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
