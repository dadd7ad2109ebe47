"""How well the suggestions' attribution label finds news sentences that hold a gold
attribution, beside plain baselines.

A benchmark, not a test: it prints figures and never fails on them. Run with
``python bench/attribution_bench.py --polnear DIR`` (``--split tune|check|both``,
``--mode sentence|document|both``, ``--errors`` to list the tune half's disagreements,
never the check half's, ``--json``).

The set (not shipped: the corpus states no licence; see ``bench/data/polnear/README.md``)
is PolNeAR (Newell, Margolin, Ruths, LREC 2018): political news articles of 7 US
publishers annotated in brat standoff with attribution relations (Source, Cue and
Content spans). ``DIR`` holds ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``
for the 28 ``train`` articles listed below (one annotator each); only the ``Cue`` lines
are read, so a file of the Cue lines alone will do.

Each article is split with newsdiff's own splitter (``split_sentences``, English) and a
sentence is gold **attribution** when a cue span overlaps it (character offsets). PolNeAR
is broader than the label: it also marks beliefs, intentions and acts ("X wants", "X
thinks", "is expected", "voted for"), so two views are printed: ``plain`` (any cue) and
``strict`` (a cue with a speech, writing or reporting word: ``SPEECH``, or the colon of a
"Name: words" headline). The rules' label is ``attribution`` or not; two modes: each
sentence alone (as an outside check given sentences would read them) and each article's
sentences as one text (``suggest(..., document=True)``, as ``newsdiff suggest FILE``).

Baselines beside the rules: every sentence attribution; and a keyword baseline, a
sentence with a double quotation mark (straight, curly or two straight single ones) or
the word "said"/"says".

Split by article, fixed before any figure was read: for each publisher, the first
``train`` article (by file name) of each of the months 2015-12, 2016-03, 2016-06 and
2016-08; the December and June ones are the ``tune`` half (may be read for errors), the
March and August ones the ``check`` half (only reported). The annotator is the first by
name of those who annotated the article. Articles over 10,000 characters were read to
the first paragraph end after 8,000 characters (the saved text ends there).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from newsdiff.core.sentences import split_sentences
from newsdiff.meaning.suggest import suggest

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "bench" / "data" / "polnear" / "train"

#: The articles the rules may be tuned on (file stem, annotator), 2 a publisher.
TUNE = (
    ("breitbart_2015-12-02_john-mccain-republican-populist-", "4b22"),
    ("breitbart_2016-06-04_darrell-scott-you-find-me-an-abe", "ef2d"),
    ("huff-post_2015-12-02_democrats-call-for-action-while-", "d473"),
    ("huff-post_2016-06-02_israel-not-all-doom-and-gloom", "4b22"),
    ("nyt_2015-12-01_puerto-rican-bank-left-debt-inst", "ef2d"),
    ("nyt_2016-06-03_no-love-lost-between-trump-and-t", "6b86"),
    ("politico_2015-12-01_could-an-accident-by-janet-yelle", "5fec"),
    ("politico_2016-06-01_pga-tour-ditches-trump-golf-cour", "4b22"),
    ("usa-today_2015-12-01_for-gop-a-golden-opportunity-to-", "4b22"),
    ("usa-today_2016-06-03_calif-win-could-help-sanders-mak", "ef2d"),
    ("wash-post_2015-12-04_a-killing-and-video-test-emanuel", "d473"),
    ("wash-post_2016-06-01_voters-skeptical-as-clinton-vows", "4b22"),
    ("west-journal_2015-12-01_just-leaked-look-at-hillary-s-sh", "ef2d"),
    ("west-journal_2016-06-04_former-clinton-pollster-says-cli", "6b86"),
)
#: The articles only reported, never read for errors, 2 a publisher.
CHECK = (
    ("breitbart_2016-03-01_the-latest-sanders-wins-minnesot", "ef2d"),
    ("breitbart_2016-08-08_exclusive-roger-stone-don-t-trus", "6b86"),
    ("huff-post_2016-03-01_donald-trump-is-now-being-held-u", "ef2d"),
    ("huff-post_2016-08-01_hillary-clinton-campaign-wants-a", "4e07"),
    ("nyt_2016-03-03_a-carbon-tax-that-really-works-e", "6b86"),
    ("nyt_2016-08-01_pressure-rises-on-trump-after-cr", "4e07"),
    ("politico_2016-03-01_trump-my-immigration-plans-aren-", "5fec"),
    ("politico_2016-08-08_how-newtown-gave-chris-murphy-a-", "ef2d"),
    ("usa-today_2016-03-01_democratic-voters-size-up-clinto", "ef2d"),
    ("usa-today_2016-08-09_khans-trump-stirs-ugliness-musli", "4e07"),
    ("wash-post_2016-03-03_push-inside-gop-to-upend-trump", "5fec"),
    ("wash-post_2016-08-01_byline-amber-phillips", "d473"),
    ("west-journal_2016-03-01_one-sentence-from-trump-just-set", "ef2d"),
    ("west-journal_2016-08-01_clinton-s-poll-numbers-jump-post", "4b22"),
)

# Data table: the words that make a PolNeAR cue one of speech, writing or reporting (the
# strict view), in the forms the corpus's cues use. Beliefs, wishes, plans and acts
# ("thinks", "wants", "plans", "voted for", "is expected") are left out on purpose.
SPEECH = frozenset(
    """
    say says said saying tell tells told telling add adds added adding continue continued
    conclude concluded recall recalled cite cites cited citing report reports reported
    according write writes wrote writing ask asks asked asking answer answered respond
    responded reply replied explain explains explained explaining note notes noted noting
    acknowledge acknowledged acknowledging announce announced declare declared insist
    insisted insisting insists argue argues argued arguing claim claims claimed claiming
    state states stated stating warn warned warning urge urged urging call calls called
    calling describe described contend contends elaborated hypothesized suggest suggested
    suggests assert asserted admit admitted conceded pressed joked exhorted chanted shouted
    yelled cried tweet tweeted posted proclaimed reiterated mention mentions mentioned
    complained accused criticized denounced rebuked labeled dubbed questioned implying
    pleaded recommend recommends recommended promised vow vows vowed pledged pledging
    informing referring find found show shows showed indicate indicates comments
    quotes words response statements started went
    """.split()
)

_WORD = re.compile(r"[a-z]+")
_QUOTE_OR_SAID = re.compile(r"[\"“”]|''|\b(?:said|says)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    words: str

    @property
    def strict(self) -> bool:
        """A cue of speech, writing or reporting (the headline colon included)."""
        return self.words.strip() == ":" or any(
            w in SPEECH for w in _WORD.findall(self.words.lower())
        )


@dataclass(frozen=True)
class Row:
    source: str
    text: str
    plain: bool  # a cue overlaps the sentence
    strict: bool  # a speech cue overlaps it
    spanned: bool  # a cue or a content span overlaps it


def read_spans(path: Path, kind: str) -> list[tuple[int, int, str]]:
    """Each span of ``kind`` ("Cue", "Content") of a brat ``.ann`` file: (start, end,
    words); a discontinuous span gives one span per piece."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or not parts[1].startswith(kind + " "):
            continue
        for piece in parts[1][len(kind) + 1 :].split(";"):
            a, b = piece.split()
            out.append((int(a), int(b), parts[2]))
    return out


def load(folder: Path, articles: Sequence[tuple[str, str]]) -> list[Row]:
    """The sentences of ``articles`` with their gold views."""
    rows: list[Row] = []
    for name, annotator in articles:
        text = (folder / "text" / f"{name}.txt").read_text("utf-8")
        ann = folder / "attributions" / f"{name}_{annotator}.ann"
        cues = [Cue(a, b, w) for a, b, w in read_spans(ann, "Cue")]
        content = read_spans(ann, "Content")
        for s in split_sentences(text, "en"):
            inside = [c for c in cues if c.start < s.end and c.end > s.start]
            said = any(a < s.end and b > s.start for a, b, _w in content)
            rows.append(
                Row(name, s.text, bool(inside), any(c.strict for c in inside), bool(inside) or said)
            )
    return rows


def by_article(rows: Sequence[Row]) -> list[bool]:
    """The rules' attribution, each article's sentences given together as one text."""
    out: list[bool] = []
    start = 0
    while start < len(rows):
        end = start
        while end < len(rows) and rows[end].source == rows[start].source:
            end += 1
        out += [
            s.label == "attribution"
            for s in suggest([r.text for r in rows[start:end]], document=True)
        ]
        start = end
    return out


def alone(rows: Sequence[Row]) -> list[bool]:
    """The rules' attribution, each sentence alone."""
    return [s.label == "attribution" for s in suggest([r.text for r in rows])]


def keyword(rows: Sequence[Row]) -> list[bool]:
    """The keyword baseline: a double quotation mark, or "said"/"says"."""
    return [bool(_QUOTE_OR_SAID.search(r.text)) for r in rows]


def prf(gold: Sequence[bool], pred: Sequence[bool]) -> dict[str, float | int]:
    tp = sum(g and p for g, p in zip(gold, pred, strict=True))
    n_pred, n_gold = sum(pred), sum(gold)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "suggested": n_pred}


def evaluate(rows: Sequence[Row], modes: Sequence[str]) -> dict[str, object]:
    preds = {
        "every sentence attribution": [True] * len(rows),
        "quote mark or said/says": keyword(rows),
    }
    if "sentence" in modes:
        preds["rules, sentence alone"] = alone(rows)
    if "document" in modes:
        preds["rules, article as one text"] = by_article(rows)
    views = {
        "strict": [r.strict for r in rows],
        "plain": [r.plain for r in rows],
        "cue or content": [r.spanned for r in rows],
    }
    return {
        "articles": len({r.source for r in rows}),
        "sentences": len(rows),
        "gold": {v: sum(g) for v, g in views.items()},
        "figures": {
            name: {v: prf(g, pred) for v, g in views.items()} for name, pred in preds.items()
        },
        "_pred": preds,
    }


def _print(name: str, rows: Sequence[Row], result: dict[str, object], errors: bool) -> None:
    w = sys.stdout.write
    gold = result["gold"]
    assert isinstance(gold, dict)
    w(
        f"== {name}: {result['articles']} articles, {result['sentences']} sentences; gold "
        f"attribution strict {gold['strict']}, plain {gold['plain']}, cue or content "
        f"{gold['cue or content']}\n"
    )
    heads = "".join(f"{v + ' P / R / F1':>26}" for v in gold)
    w(f"{'':<28}{heads} {'suggested':>9}\n")
    figures = result["figures"]
    assert isinstance(figures, dict)
    for pname, views in figures.items():
        cells = [
            f"{m['precision']:.2f} / {m['recall']:.2f} / {m['f1']:.2f}" for m in views.values()
        ]
        w(f"{pname:<28}{''.join(f'{c:>26}' for c in cells)} {views['plain']['suggested']:>9}\n")
    if errors:
        preds = result["_pred"]
        assert isinstance(preds, dict)
        pred = preds.get("rules, sentence alone") or preds["rules, article as one text"]
        w("false attribution (no cue; FPc: no content span either):\n")
        for want in (False, True):
            for r, p in zip(rows, pred, strict=True):
                if p and not r.plain and r.spanned == want:
                    w(f"  FP{'' if want else 'c'} {r.source[:14]:<14} {r.text[:160]}\n")
        w("missed attribution (strict first, then plain only):\n")
        for want in (True, False):
            for r, p in zip(rows, pred, strict=True):
                if r.plain and not p and r.strict == want:
                    w(f"  FN{'s' if want else 'p'} {r.source[:14]:<14} {r.text[:160]}\n")
    w("\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--polnear", type=Path, default=SET, help="the folder with text/ and attributions/"
    )
    parser.add_argument("--split", choices=["tune", "check", "both"], default="both")
    parser.add_argument("--mode", choices=["sentence", "document", "both"], default="both")
    parser.add_argument("--errors", action="store_true", help="list the tune half's disagreements")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not (args.polnear / "text").is_dir():
        sys.stderr.write(
            f"attribution_bench: no text/ folder under {args.polnear} (see bench/data/polnear/README.md)\n"
        )
        return 2
    modes = ["sentence", "document"] if args.mode == "both" else [args.mode]
    out = {}
    for split, articles in (("tune", TUNE), ("check", CHECK)):
        if args.split not in (split, "both"):
            continue
        rows = load(args.polnear, articles)
        result = evaluate(rows, modes)
        if args.json:
            result.pop("_pred")
            out[split] = result
        else:
            _print(f"PolNeAR {split}", rows, result, args.errors and split == "tune")
    if args.json:
        json.dump(out, sys.stdout, indent=1)
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
