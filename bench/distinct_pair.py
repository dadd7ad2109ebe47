"""A large pair of articles made of distinct sentences, for the speed benchmarks.

Run: .venv/bin/python bench/distinct_pair.py OUT_A OUT_B [--sentences 8000] [--seed 16]

The seed pair repeated 100 times flatters every cache (each sentence has 100 twins).
This pair does not: the original is ``--sentences`` different sentences (about 1 MB
at 8,000), each drawn from a word-bigram chain trained on the bundled seed articles
(so the words and their order are news copy's, the sentences are new and never
repeat). The reprint edits 15% of the sentences (one to three words replaced,
inserted or dropped, or a number changed), moves 5% elsewhere, drops 5% and adds 5%
new ones. Everything follows from ``--seed``: the same arguments give the same bytes.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+")


class Chain:
    """Word bigrams of the seed articles; a sentence is a walk from a sentence start."""

    def __init__(self, texts: list[str]) -> None:
        self.next: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        words: list[str] = []
        for text in texts:
            for line in re.split(r"(?<=[.!?])\s+|\n+", text):
                tokens = _WORD.findall(line)
                if len(tokens) < 4:
                    continue
                self.starts.append(tokens[0].capitalize())
                for x, y in zip(tokens, tokens[1:], strict=False):
                    self.next[x.lower()].append(y)
                words.extend(tokens)
        self.words = [w for w in words if len(w) > 3 and not w.isdigit()]

    def sentence(self, rng: random.Random) -> str:
        size = rng.randint(12, 28)
        out = [rng.choice(self.starts)]
        while len(out) < size:
            follow = self.next.get(out[-1].lower())
            # A dead end or, now and then, a jump keeps walks from retracing one text.
            word = rng.choice(follow) if follow and rng.random() < 0.85 else rng.choice(self.words)
            out.append(word)
        if rng.random() < 0.3:
            out.insert(rng.randint(2, len(out) - 2), str(rng.randint(2, 2000)))
        cut = rng.randint(4, len(out) - 4)
        if rng.random() < 0.4:
            out[cut] += ","
        return " ".join(out) + "."


def _distinct(chain: Chain, rng: random.Random, count: int, seen: set[str]) -> list[str]:
    out: list[str] = []
    while len(out) < count:
        s = chain.sentence(rng)
        key = s.lower()
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _edit(sentence: str, chain: Chain, rng: random.Random) -> str:
    words = sentence[:-1].split(" ")
    for _ in range(rng.randint(1, 3)):
        k = rng.randrange(1, len(words))
        what = rng.random()
        if what < 0.15 and any(w.isdigit() for w in words):
            k = next(i for i, w in enumerate(words) if w.isdigit())
            words[k] = str(int(words[k]) + rng.randint(1, 50))
        elif what < 0.6:
            words[k] = rng.choice(chain.words)
        elif what < 0.8:
            words.insert(k, rng.choice(chain.words))
        elif len(words) > 6:
            del words[k]
    return " ".join(words) + "."


def make(sentences: int = 8000, seed: int = 16) -> tuple[str, str]:
    """The original and the reprint, as text (paragraphs of 2-6 sentences)."""
    chain = Chain([p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))])
    rng = random.Random(seed)
    seen: set[str] = set()
    original = _distinct(chain, rng, sentences, seen)
    share = sentences // 20  # 5%
    fate = ["edit"] * (3 * share) + ["move"] * share + ["drop"] * share
    fate += ["keep"] * (sentences - len(fate))
    rng.shuffle(fate)
    reprint: list[str] = []
    moved: list[str] = []
    for s, f in zip(original, fate, strict=True):
        if f == "edit":
            edited = _edit(s, chain, rng)
            while edited.lower() in seen:
                edited = _edit(s, chain, rng)
            seen.add(edited.lower())
            reprint.append(edited)
        elif f == "move":
            moved.append(s)
        elif f == "keep":
            reprint.append(s)
    for s in moved:
        reprint.insert(rng.randrange(len(reprint) + 1), s)
    for s in _distinct(chain, rng, share, seen):
        reprint.insert(rng.randrange(len(reprint) + 1), s)
    return _paragraphs(original, rng), _paragraphs(reprint, rng)


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    out: list[str] = []
    k = 0
    while k < len(sentences):
        n = rng.randint(2, 6)
        out.append(" ".join(sentences[k : k + n]))
        k += n
    return "\n\n".join(out) + "\n"


def write(a: Path, b: Path, sentences: int = 8000, seed: int = 16) -> tuple[Path, Path]:
    text_a, text_b = make(sentences, seed)
    a.write_text(text_a, encoding="utf-8")
    b.write_text(text_b, encoding="utf-8")
    return a, b


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--sentences", type=int, default=8000)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args(argv)
    write(args.a, args.b, args.sentences, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
