"""Store benchmark: 100,000 tags (1,000 articles x 100 sentences) in a temporary folder.

Prints the median latency of a durable tag write (fsynced before put() returns), the
time to open a pair (open the store and read both articles' tags), and the cost of the
whole-store commands. Run: ``.venv/bin/python bench/store_bench.py`` (about 30 s).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsdiff.core.article import Article, load
from newsdiff.core.labels import LABELS
from newsdiff.core.sentences import Sentence, split_sentences
from newsdiff.dataset.agree import agreement
from newsdiff.dataset.export import select, write_jsonl
from newsdiff.store import Store, Tag, tag_for

WORDS = (
    "officials said the army forces city withdrawal tanks morale report estimate "
    "according to sources thousands killed capital north south ministry statement "
    "analysts expect could rise as many as reportedly dozens weapons region war"
).split()


def article_text(k: int, n: int, rng: random.Random) -> str:
    lines = []
    for i in range(n):
        words = rng.choices(WORDS, k=rng.randint(12, 24))
        lines.append(f"Item {k}-{i}: " + " ".join(words).capitalize() + ".")
    # Four sentences to a paragraph, as in news copy.
    return "\n".join(" ".join(lines[i : i + 4]) for i in range(0, n, 4)) + "\n"


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--sentences", type=int, default=100)
    ap.add_argument("--writes", type=int, default=300)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    rng = random.Random(7)
    figures: dict[str, float] = {}

    with tempfile.TemporaryDirectory(prefix="newsdiff-bench-") as tmp:
        root = Path(tmp)
        (root / "articles").mkdir()
        path = root / "annotations" / "newsdiff.json"
        store = Store(path)
        arts: list[tuple[Article, list[Sentence]]] = []
        t0 = time.perf_counter()
        for k in range(args.articles):
            f = root / "articles" / f"{k:04d}.txt"
            f.write_text(article_text(k, args.sentences, rng), encoding="utf-8")
            art = load(str(f))
            ss = split_sentences(art.text)
            arts.append((art, ss))
            store.put_many(tag_for(art, s, LABELS[s.index % 4], "ana") for s in ss)
        figures["build_s"] = time.perf_counter() - t0
        total = sum(1 for _ in store.tags())
        figures["tags"] = total

        # Durable single writes, as the app makes them: new tags by a second annotator.
        lat = []
        for _ in range(args.writes):
            art, ss = rng.choice(arts)
            s = rng.choice(ss)
            tag = tag_for(art, s, rng.choice(LABELS), "bo")
            lat.append(timed(lambda tag=tag: store.put(tag)))  # type: ignore[misc]
        figures["write_median_ms"] = statistics.median(lat) * 1000
        figures["write_p95_ms"] = sorted(lat)[int(len(lat) * 0.95)] * 1000

        state = []
        for i in range(50):
            state.append(timed(lambda i=i: store.set_state("pair:x:y", {"cursor": i})))  # type: ignore[misc]
        figures["set_state_median_ms"] = statistics.median(state) * 1000

        # Opening a pair: a fresh Store, both articles' tags (what the app does on open).
        opens, opens_full = [], []
        for _ in range(20):
            (a, sa), (b, sb) = rng.sample(arts, 2)

            def open_pair(a: Article = a, sa: list[Sentence] = sa, b: Article = b,
                          sb: list[Sentence] = sb) -> None:  # fmt: skip
                st = Store(path)
                st.article_tags(a, sa)
                st.article_tags(b, sb)

            opens.append(timed(open_pair))

            def open_pair_from_files(a: Article = a, b: Article = b) -> None:
                st = Store(path)
                for art in (load(a.path), load(b.path)):
                    st.article_tags(art, split_sentences(art.text))

            opens_full.append(timed(open_pair_from_files))
        figures["open_pair_median_ms"] = statistics.median(opens) * 1000
        figures["open_pair_max_ms"] = max(opens) * 1000
        figures["open_pair_with_load_and_split_median_ms"] = statistics.median(opens_full) * 1000

        # An edited article: its tags follow (exact + fuzzy) on the next open.
        art, ss = arts[0]
        Path(art.path).write_text(
            "A new first paragraph.\n" + art.text.replace("Item 0-5:", "Item 0-5 (fixed):"),
            encoding="utf-8",
        )
        edited = load(art.path)
        figures["reanchor_edited_article_ms"] = (
            timed(lambda: store.article_tags(edited, split_sentences(edited.text))) * 1000
        )

        # Whole-store commands.
        all_tags: list[Tag] = []
        figures["read_all_tags_s"] = timed(lambda: all_tags.extend(store.tags()))
        figures["export_jsonl_s"] = timed(lambda: write_jsonl(select(all_tags), _Null()))
        figures["agree_s"] = timed(lambda: agreement(all_tags))
        figures["orphans_s"] = timed(store.orphans)
        # What orphans and export do first: the first run reads every indexed file once,
        # later runs stat them (nothing edited since).
        figures["follow_edits_first_s"] = timed(store.follow_edits)
        figures["follow_edits_again_s"] = timed(store.follow_edits)
        figures["store_mb"] = sum(p.stat().st_size for p in path.parent.rglob("*")) / 1e6

    if args.json:
        print(json.dumps({k: round(v, 3) for k, v in figures.items()}, indent=1))
        return
    print(f"store with {int(figures['tags']):,} tags ({args.articles} articles x "
          f"{args.sentences} sentences), {figures['store_mb']:.1f} MB, built in "
          f"{figures['build_s']:.1f} s")  # fmt: skip
    print(f"durable tag write     median {figures['write_median_ms']:.2f} ms, "
          f"p95 {figures['write_p95_ms']:.2f} ms ({args.writes} writes)")  # fmt: skip
    print(f"cursor state write    median {figures['set_state_median_ms']:.2f} ms")
    print(f"open a pair           median {figures['open_pair_median_ms']:.1f} ms, "
          f"max {figures['open_pair_max_ms']:.1f} ms (store + both articles' tags)")  # fmt: skip
    print(f"  with load + split   median "
          f"{figures['open_pair_with_load_and_split_median_ms']:.1f} ms")  # fmt: skip
    print(f"re-anchor an edited article  {figures['reanchor_edited_article_ms']:.1f} ms")
    print(f"read all tags {figures['read_all_tags_s']:.2f} s, export JSONL "
          f"{figures['export_jsonl_s']:.2f} s, agree {figures['agree_s']:.2f} s, "
          f"orphans scan {figures['orphans_s']:.2f} s")  # fmt: skip
    print(f"follow edits (orphans, export)  first {figures['follow_edits_first_s']:.2f} s "
          f"(reads every file), then {figures['follow_edits_again_s']:.3f} s "
          "(a stat each)")  # fmt: skip


class _Null:
    def write(self, s: str) -> int:
        return len(s)


if __name__ == "__main__":
    main()
