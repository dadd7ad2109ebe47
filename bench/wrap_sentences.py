"""Sentences of hard-wrapped text against the same text unwrapped (issue 11, item 5).

Run: .venv/bin/python bench/wrap_sentences.py   (about 10 s)

The development set is built here from public text already in the repository: the
five seeds, the two Aesop translations and the Wikipedia revisions of bench/data
(sources and licences: bench/data/README.md), the OneStopEnglish articles, the
Wikinews sentences of bench/data/suggest and the first KJV chapters of bench/data/bible.

1. **wrapped**: every paragraph filled by ``textwrap`` at 40, 50, 60, 72 and 80
   columns, paragraphs apart by a blank line, and again one right under the other.
   Right: the sentences of the text with each paragraph on one line.
2. **one a line**: news saved one paragraph a line (at most 100 characters, no blank
   lines), under a headline and a byline, every seventh line without its final full
   stop. Right: each line's sentences on their own (no line joined to the next).
3. **fmt**: every paragraph filled by coreutils ``fmt -w`` 60, 72 and 80 (when it is
   installed), which evens its lines out: it breaks before words that would fit.
4. **with a URL**: wrapped text (72 columns) with a line of one URL over 100 characters,
   after a blank line and right under the paragraph.
5. **indented block**: every paragraph filled at 60 and 72 columns with every line
   indented four spaces (a block indented as a whole: quoted copy, e-mail), apart by a
   blank line and one right under the other.
6. **first-line indent**: the same with only each paragraph's first line indented,
   one right under the other (print style).

Figures: documents whose sentences are all right, and boundary precision / recall
(a boundary: the word a sentence starts at, in the text with its whitespace
collapsed), beside the plain baseline of a sentence never crossing a line break.
"""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import textwrap
from collections.abc import Iterator
from pathlib import Path

from newsdiff.core.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
WIDTHS = (40, 50, 60, 72, 80)
BYLINES = ("By Jane Smith, Environment Correspondent", "By Staff Reporter", "Reuters")
URL = (
    "Full statement: https://www.example.org/news/2024/03/" + "consultation-outcome-" * 3 + "x.html"
)
Doc = list[str]  # paragraphs, each one line of text


def _tsv(path: Path) -> Iterator[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        yield from (row for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if row)


def _grouped(rows: list[tuple[str, str]], size: int) -> list[Doc]:
    """Documents by their key, ``size`` sentences a paragraph."""
    docs: dict[str, list[str]] = {}
    for key, sentence in rows:
        docs.setdefault(key, []).append(sentence.strip())
    out = []
    for sents in docs.values():
        out.append([" ".join(sents[k : k + size]) for k in range(0, len(sents), size)])
    return out


def documents() -> list[Doc]:
    """The set's texts, as paragraphs."""
    out: list[Doc] = []
    files = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((DATA / "fables").glob("*.txt"))]
    files += sorted((DATA / "wikiversions").glob("*.txt"))
    for path in files:
        out.append([p for p in path.read_text(encoding="utf-8").splitlines() if p.strip()])
    onestop = [(r[0], r[1]) for r in _tsv(DATA / "onestop" / "adv-ele.tsv")]
    out += _grouped(onestop, 3)
    for name in ("news_1", "news_2", "news_3"):
        rows = [(r[0], r[2]) for r in _tsv(DATA / "suggest" / f"{name}.tsv") if r[0][:1] != "#"]
        out += _grouped(rows, 2)
    verses = [(f"{r[0]} {r[1]}", r[3]) for r in _tsv(DATA / "bible" / "kjv.tsv")][:400]
    out += _grouped(verses, 4)
    # One space between words: textwrap breaks lines only at ASCII whitespace, so a
    # no-break space would glue words into one long unbreakable chunk.
    return [[" ".join(p.split()) for p in doc] for doc in out]


def _words(text: str) -> list[str]:
    return text.split()


def _starts(sentences: list[str]) -> frozenset[int]:
    """The word index each sentence starts at."""
    out, k = set(), 0
    for s in sentences:
        out.add(k)
        k += len(_words(s))
    return frozenset(out)


def _newsdiff(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def _by_line(text: str) -> list[str]:
    """The baseline: no sentence crosses a line break."""
    return [s for line in text.splitlines() for s in _newsdiff(line)]


Case = tuple[str, str, list[str]]  # kind, text, the right sentences


def cases(docs: list[Doc]) -> Iterator[Case]:
    for doc in docs:
        right = _newsdiff("\n".join(doc))
        for width in WIDTHS:
            filled = [textwrap.fill(p, width, break_on_hyphens=False) for p in doc]
            yield "wrapped, blank lines", "\n\n".join(filled), right
            yield "wrapped, no blank lines", "\n".join(filled), right
        if shutil.which("fmt"):
            for width in (60, 72, 80):
                text = "\n\n".join(doc)
                run = subprocess.run(
                    ["fmt", "-w", str(width)],
                    input=text,
                    text=True,
                    capture_output=True,
                    check=True,
                )
                yield "fmt (evens its lines)", run.stdout, right
        for width in (60, 72):
            pad = "    "
            block = [
                textwrap.fill(
                    p, width, initial_indent=pad, subsequent_indent=pad, break_on_hyphens=False
                )
                for p in doc
            ]
            yield "indented block", "\n\n".join(block), right
            yield "indented block", "\n".join(block), right
            first = [
                textwrap.fill(p, width, initial_indent=pad, break_on_hyphens=False) for p in doc
            ]
            yield "first-line indent", "\n".join(first), right
        filled = [textwrap.fill(p, 72, break_on_hyphens=False) for p in doc]
        for gap in ("\n\n", "\n"):
            text = gap.join([*filled, URL])
            yield "with a URL", text, right + [URL]
    for n, doc in enumerate(docs):
        lines = _one_a_line(doc, n)
        yield "one a line", "\n".join(lines), [s for line in lines for s in _newsdiff(line)]


def _one_a_line(doc: Doc, n: int) -> list[str]:
    """News saved one paragraph a line: short paragraphs, a headline and a byline."""
    sentences = [s for p in doc for s in _newsdiff(p)]
    lines: list[str] = []
    for s in sentences:
        if lines and len(lines[-1]) + 1 + len(s) <= 100:
            lines[-1] += " " + s
        elif len(s) <= 100:
            lines.append(s)
    # A headline: the first sentence's first words, up to one of five letters or more
    # (a headline does not end in "the" or "from").
    head = re.sub(r"[^\w\s'-]", "", sentences[0]).split()[:10] if sentences else []
    while len(head) > 3 and len(head[-1]) < 5:
        head.pop()
    lines = [ln[:-1] if k % 7 == 6 and ln.endswith(".") else ln for k, ln in enumerate(lines)]
    return [" ".join(head), BYLINES[n % len(BYLINES)], *lines]


def main() -> None:
    docs = documents()
    print(f"{len(docs)} documents, {sum(len(' '.join(d)) for d in docs):,} characters")
    tally: dict[str, list[int]] = {}
    for kind, text, right in cases(docs):
        want = _starts(right)
        row = tally.setdefault(kind, [0] * 8)
        row[0] += 1
        row[1] += len(want)
        for k, split in enumerate((_newsdiff, _by_line)):
            got = _starts(split(text))
            row[2 + 3 * k] += got == want
            row[3 + 3 * k] += len(got & want)
            row[4 + 3 * k] += len(got)
    print(
        f"{'set':<26}{'documents':>10}  {'newsdiff right, P / R':>26}  {'line by line, P / R':>26}"
    )
    for kind, (n, want, ok, hit, got, ok0, hit0, got0) in tally.items():
        ours = f"{ok:>4} {hit / got:.3f} / {hit / want:.3f}"
        base = f"{ok0:>4} {hit0 / got0:.3f} / {hit0 / want:.3f}"
        print(f"{kind:<26}{n:>10}  {ours:>26}  {base:>26}")


if __name__ == "__main__":
    main()
