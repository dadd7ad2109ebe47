"""News reuse sets (issue 11 item 2): document pairs built from real news headlines
that human annotators scored for "same meaning" (STS Benchmark, headlines genre).

The outside check scores reuse on agency copy against newspaper stories, wholly,
partially or not derived. No such corpus with a licence to keep here was found (what
was searched: bench/data/README.md), so the same shape is built from pairs of real
headlines of one news day, as outside review r22b built its check from the STS-B
*dev* split; this set is built the same way from the *train* split, which shares no
pair with it (one train pair holding a dev headline was dropped):

- a *link* is a pair scored 3.8 or more (one event told in other words); a
  *distractor* a pair scored 2.2 or less (often the same place, actor or kind of
  event, another story); the pairs between are left out;
- **whole**: A holds six headlines, B their six links, shuffled;
- **partial**: three links and three distractors (drawn, so a headline may serve
  in several pairs);
- **none**: six distractors: the same kind of news, nothing derived.

Each headline is one sentence (a full stop added where it has none); A keeps its
drawn order and B is shuffled, so no 3-gram spans two reused sentences.

`r22b_check()` reads the review's own 18 pairs (copied verbatim into
bench/data/news/r22b-reuse/): the untouched check, never tuned on.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from accuracy import DATA, ReusePair

NEWS = DATA / "news"
#: A link is a pair the annotators scored this or more; a distractor, DISTRACTOR or less.
LINK, DISTRACTOR = 3.8, 2.2
#: Headlines per document, and links in a partially derived one.
PER_DOC, PARTIAL_LINKS = 6, 3


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1] in ".!?" else text + "."


def headline_pairs(path: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The links and the distractors of a ``row<TAB>score<TAB>s1<TAB>s2`` file."""
    links: list[tuple[str, str]] = []
    distractors: list[tuple[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        _row, score, s1, s2 = line.split("\t")
        if float(score) >= LINK:
            links.append((s1, s2))
        elif float(score) <= DISTRACTOR:
            distractors.append((s1, s2))
    return links, distractors


def _document(
    pairs: list[tuple[str, str]], name: str, derived: bool, rnd: random.Random
) -> ReusePair:
    pairs = pairs[:]
    rnd.shuffle(pairs)
    b = [_sentence(s2) for _, s2 in pairs]
    rnd.shuffle(b)
    return ReusePair(name, " ".join(_sentence(s1) for s1, _ in pairs), " ".join(b), derived)


def sts_news_reuse(seed: int = 22, partial: int = 64) -> list[ReusePair]:
    """Whole, partial and none document pairs from the STS-B train headlines."""
    links, distractors = headline_pairs(NEWS / "sts-train-headlines.tsv")
    rnd = random.Random(seed)
    out: list[ReusePair] = []
    shuffled = links[:]
    rnd.shuffle(shuffled)
    for k in range(len(shuffled) // PER_DOC):
        out.append(_document(shuffled[k * PER_DOC : (k + 1) * PER_DOC], f"whole{k}", True, rnd))
    shuffled = distractors[:]
    rnd.shuffle(shuffled)
    for k in range(len(shuffled) // PER_DOC):
        out.append(_document(shuffled[k * PER_DOC : (k + 1) * PER_DOC], f"none{k}", False, rnd))
    rest = PER_DOC - PARTIAL_LINKS
    for k in range(partial):
        drawn = rnd.sample(links, PARTIAL_LINKS) + rnd.sample(distractors, rest)
        out.append(_document(drawn, f"part{k}", True, rnd))
    return out


def r22b_check() -> list[ReusePair]:
    """Review r22b's 18 pairs from the STS-B dev headlines (the untouched check)."""
    folder = NEWS / "r22b-reuse"
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    return [
        ReusePair(
            name,
            (folder / f"{name}_a.txt").read_text("utf-8"),
            (folder / f"{name}_b.txt").read_text("utf-8"),
            label != "none",
        )
        for name, label in sorted(labels.items())
    ]
