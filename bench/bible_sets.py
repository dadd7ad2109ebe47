"""The harder development sets of bench/accuracy.py: one story told apart.

Built from three public-domain English Bibles (bench/data/bible/, 28 narrative
chapters; see bench/data/README.md), because what defeats a measure on real news is
text that tells the same story without being copied from it: the same names and
numbers, the same events, other words.

- **Alignment** (``bible_alignment``): A is a chapter of the King James Version, B the
  same chapter in the Bible in Basic English, a retelling in an 850-word vocabulary
  with few words in common. As with the retellings, B loses about a sixth of its
  verses, gains one or two of another chapter and has one verse moved half the
  chapter away; then both are split into sentences by newsdiff's splitter, and two
  sentences are linked when they hold part of the same verse (sentences and verses
  do not coincide: a KJV sentence often runs over several verses).
- **Reuse** (``bible_reuse``): the same events told by several writers, the way
  papers tell one story: Matthew and Luke rewrote Mark (shortened, reworded,
  reordered, added), Chronicles rewrote Samuel and Kings (derived), while John told
  the same events apart (not derived, with the same names, numbers and sayings).
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from accuracy import AlignCase, ReusePair

DATA = Path(__file__).resolve().parent / "data" / "bible"

Chapter = tuple[str, int]


def _load(version: str) -> dict[Chapter, list[str]]:
    out: dict[Chapter, list[str]] = {}
    with open(DATA / f"{version}.tsv", encoding="utf-8", newline="") as f:
        for book, ch, _verse, text in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            out.setdefault((book, int(ch)), []).append(text)
    return out


def chapters() -> tuple[dict[Chapter, list[str]], ...]:
    """KJV, BBE and WEB, chapter by chapter (the same verses in each)."""
    kjv, bbe, web = _load("kjv"), _load("bbe"), _load("web")
    assert kjv.keys() == bbe.keys() == web.keys()
    return kjv, bbe, web


def _sentences(verses: list[tuple[str, int | None]]) -> tuple[list[str], list[set[int]]]:
    """The units' text run together and split by newsdiff's own splitter, each sentence
    with the verses it holds part of (a KJV sentence often runs over several verses,
    and a verse may hold several sentences)."""
    from newsdiff.core.sentences import split_sentences

    text, spans = "", []
    for t, v in verses:
        start = len(text) + (1 if text else 0)
        text = f"{text} {t}" if text else t
        spans.append((start, len(text), v))
    sents, ids = [], []
    for s in split_sentences(text):
        sents.append(s.text)
        ids.append({v for a, b, v in spans if v is not None and a < s.end and s.start < b})
    return sents, ids


def bible_alignment(seed: int = 11, part: str = "all") -> list[AlignCase]:
    """KJV against BBE per chapter, perturbed as the retellings are, then both split
    into sentences (see the module docstring). Gold: two sentences are linked when
    they hold part of the same verse. ``part``: "dev" (even positions, to tune on),
    "check" (odd), "all"."""
    rng = random.Random(seed)
    kjv, bbe, _web = chapters()
    keys = list(kjv)
    cases: list[AlignCase] = []
    for k, key in enumerate(keys):
        b_items: list[tuple[str, int | None]] = [(t, i) for i, t in enumerate(bbe[key])]
        for _ in range(max(1, len(b_items) // 6)):
            b_items.pop(rng.randrange(len(b_items)))
        donor = bbe[keys[(k + 3) % len(keys)]]
        for _ in range(rng.choice((1, 2))):
            b_items.insert(
                rng.randrange(len(b_items) + 1), (donor[rng.randrange(len(donor))], None)
            )
        src = rng.randrange(len(b_items))
        item = b_items.pop(src)
        b_items.insert((src + len(b_items) // 2) % (len(b_items) + 1), item)
        if part == "dev" and k % 2 or part == "check" and not k % 2:
            continue
        a, a_ids = _sentences([(t, i) for i, t in enumerate(kjv[key])])
        b, b_ids = _sentences(b_items)
        gold = frozenset(
            (i, j) for i, va in enumerate(a_ids) for j, vb in enumerate(b_ids) if va & vb
        )
        cases.append(AlignCase(f"{key[0]} {key[1]}", a, b, gold))
    return cases


def bible_shuffled(seed: int = 7, version: str = "web") -> list[AlignCase]:
    """Like the outside's articles built from paraphrase pairs, shuffled, with
    insertions: per chapter, twelve KJV verses in order against the same verses in
    another translation (WEB: a close paraphrase; BBE: a free one) in random order,
    with two verses of another chapter inserted (at the start, the end or anywhere).
    Verses are the sentences; gold: each verse to its translation."""
    kjv, bbe, web = chapters()
    other = web if version == "web" else bbe
    rng = random.Random(seed)
    keys = list(kjv)
    cases: list[AlignCase] = []
    for k, key in enumerate(keys):
        idx = sorted(rng.sample(range(len(kjv[key])), min(12, len(kjv[key]))))
        items: list[tuple[str, int | None]] = [(other[key][i], n) for n, i in enumerate(idx)]
        rng.shuffle(items)
        donor = other[keys[(k + 5) % len(keys)]]
        for _ in range(2):
            at = rng.choice([0, len(items), rng.randrange(len(items) + 1)])
            items.insert(at, (donor[rng.randrange(len(donor))], None))
        gold = frozenset((n, j) for j, (_t, n) in enumerate(items) if n is not None)
        a = [kjv[key][i] for i in idx]
        cases.append(AlignCase(f"{key[0]} {key[1]}", a, [t for t, _ in items], gold))
    return cases


def _passages(version: str) -> dict[str, str]:
    with open(DATA / f"passages-{version}.tsv", encoding="utf-8", newline="") as f:
        return {pid: text for pid, text in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}


#: The source of each story, and the versions written from it.
SOURCES = {"mark": ("matt", "luke"), "sam": ("chr",), "kings": ("chr",)}


def bible_reuse() -> list[ReusePair]:
    """One story told by several writers, in each of the three translations. Derived:
    Mark's telling against Matthew's and Luke's (which rewrote it: shortened,
    reworded, reordered), Samuel's and Kings' against Chronicles'. Not derived: John's
    telling of the same event against each of the others (the same names, numbers
    and sayings, written apart)."""
    out: list[ReusePair] = []
    for version in ("kjv", "bbe", "web"):
        texts = _passages(version)
        stories: dict[str, dict[str, str]] = {}
        for pid, text in texts.items():
            writer, story = pid.split("-", 1)
            stories.setdefault(story, {})[writer] = text
        for story, tellings in sorted(stories.items()):
            for src, derived in SOURCES.items():
                if src not in tellings:
                    continue
                for d in derived:
                    if d in tellings:
                        out.append(
                            ReusePair(
                                f"{version} {story}: {src} -> {d}", tellings[src], tellings[d], True
                            )
                        )
            if "john" in tellings:
                for writer, text in tellings.items():
                    if writer != "john":
                        out.append(
                            ReusePair(
                                f"{version} {story}: {writer} -> john",
                                text,
                                tellings["john"],
                                False,
                            )
                        )
    return out
