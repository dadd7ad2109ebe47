"""Synthetic corpora for the scan bench: originals, exact reprints, rewrites, excerpts,
spun copies and unrelated articles, about 400 words each, as a folder of .txt files.

Run: .venv/bin/python bench/scan_corpus.py N FOLDER [SEED]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

SYLLABLES = [a + b for a in "bcdfghklmnprstvz" for b in ("a", "e", "i", "o", "u", "ai", "ou")]


def vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def generate(n: int, folder: Path, seed: int = 1) -> dict[str, int]:
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    weights = [1 / (i + 1) ** 1.05 for i in range(len(vocab))]
    synonym = {w: rng.choice(vocab) for w in vocab[:4000]}

    def sentence() -> list[str]:
        return rng.choices(vocab, weights, k=rng.randint(8, 25))

    def article() -> list[list[str]]:
        out: list[list[str]] = []
        while sum(map(len, out)) < 400:
            out.append(sentence())
        return out

    folder.mkdir(parents=True, exist_ok=True)
    originals: list[list[list[str]]] = []
    kinds = {"original": 0, "reprint": 0, "rewrite": 0, "excerpt": 0, "spun": 0, "unrelated": 0}
    for i in range(n):
        roll = rng.random()
        if not originals or roll < 0.3:
            kind, doc = "original", article()
            originals.append(doc)
        elif roll < 0.5:
            kind, doc = "unrelated", article()
        else:
            src = rng.choice(originals)
            if roll < 0.6:
                kind, doc = "reprint", [list(s) for s in src]
            elif roll < 0.72:
                kind = "rewrite"
                doc = [list(s) if rng.random() < 0.5 else sentence() for s in src]
                rng.shuffle(doc)
            elif roll < 0.85:
                kind = "excerpt"
                doc = [list(s) for s in src[: max(2, int(len(src) * rng.uniform(0.15, 0.4)))]]
            else:
                kind = "spun"
                doc = [[synonym.get(w, w) if rng.random() < 0.3 else w for w in s] for s in src]
        kinds[kind] += 1
        text = "\n".join(" ".join(s).capitalize() + "." for s in doc) + "\n"
        (folder / f"{i:06d}_{kind}.txt").write_text(text, encoding="utf-8")
    return kinds


if __name__ == "__main__":
    print(
        generate(int(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    )
