"""A process that writes tags (and the cursor state) in a loop, for the store's crash and
concurrency tests. It prints one line per write *after* the store acknowledged it:

    tag ARTICLE_ID SENTENCE ANNOTATOR LABEL
    state KEY N

Usage: python store_writer.py STORE ANNOTATOR [--count N] [--articles K]
       [--first-sentence S] [--start-at EPOCH] [--state-every M]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time

from newsdiff.core.labels import LABELS
from newsdiff.store import Store, Tag


def article_id(k: int) -> str:
    return hashlib.sha256(f"article {k}".encode()).hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store")
    ap.add_argument("annotator")
    ap.add_argument("--count", type=int, default=10**9)
    ap.add_argument("--articles", type=int, default=12)
    ap.add_argument("--first-sentence", type=int, default=0)
    ap.add_argument("--start-at", type=float, default=0.0)
    ap.add_argument("--state-every", type=int, default=0)
    args = ap.parse_args()
    store = Store(args.store)
    if args.start_at:
        time.sleep(max(0.0, args.start_at - time.time()))
    out = sys.stdout
    for n in range(args.count):
        k = n % args.articles
        sentence = args.first_sentence + n // args.articles
        label = LABELS[n % len(LABELS)]
        aid = article_id(k)
        store.put(
            Tag(
                article_id=aid,
                article=f"/nonexistent/article-{k}.txt",
                sentence=sentence,
                start=sentence * 10,
                end=sentence * 10 + 9,
                text=f"Sentence {sentence} of article {k}.",
                label=label,
                annotator=args.annotator,
            )
        )
        out.write(f"tag {aid} {sentence} {args.annotator} {label}\n")
        out.flush()
        if args.state_every and n % args.state_every == 0:
            store.set_state(f"cursor-{args.annotator}", {"n": n})
            out.write(f"state cursor-{args.annotator} {n}\n")
            out.flush()


if __name__ == "__main__":
    main()
