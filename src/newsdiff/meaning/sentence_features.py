"""The features the suggestion model (``meaning.model``) sees in one sentence.

* word unigrams and bigrams (``w:`` / ``b:``), lowercased;
* character 4-grams inside each word (``c:``), so "insidious" and "tedious" share a tail;
* the rules' verdict: their label (``r:``), whether they judge with a strong cue
  (``r:strong``), and the kinds and words of their cues (``k:`` / ``kt:``), so the model
  starts from what the rules know;
* the sentence's shape (``s:``), features no topic owns: how many words the subjectivity
  lexicons rate (Pattern's subjectivity, VADER's judging words: the tables in
  ``meaning/cues``), strong polarity, first and second person, deontic modals,
  intensifiers, "-ly" adverbs, negation, numbers, the share of capitalised words (names),
  quotation marks and length. Word n-grams say what a sentence is about, and a store's
  articles share their topics; the shape says how it is written, which carries over to
  other articles (CheckThat! subjectivity: opinion F1 on held-out sentences of other
  articles, ``bench/subjectivity_bench.py --train-curve``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsdiff.meaning.cues.base import Cue, vocab
from newsdiff.meaning.cues.stance import INTENSIFIERS
from newsdiff.meaning.cues.subjective import judging_words, lexicon

_TOKEN = re.compile(r"\w+(?:[’'\-]\w+)*|[?!\"“”‘’]")
_FIRST = vocab("i me my mine myself we us our ours ourselves")
_SECOND = vocab("you your yours yourself yourselves")
_DEONTIC = vocab("should must ought need needs shouldn't mustn't")
_NEGATION = vocab("not no never nothing nobody n't cannot neither nor")
_QUOTES = frozenset('"“”')
#: Words ending in -ly that are not manner or attitude adverbs.
_NOT_LY = vocab(
    "only early family july italy likely daily weekly monthly yearly rally reply supply apply"
)


@lru_cache(maxsize=1)
def _strong() -> frozenset[str]:
    """Words the lexicon rates strongly polar (a judgement rather than a description)."""
    return frozenset(w for w, (_subj, pol) in lexicon().items() if abs(pol) >= 0.5)


def _at_least(name: str, count: int, steps: Sequence[int]) -> list[str]:
    """``name>=k`` for each step k the count reaches: a count a linear model can weigh."""
    return [f"s:{name}>={k}" for k in steps if count >= k]


def shape(text: str, toks: Sequence[str]) -> list[str]:
    """The ``s:`` features of a sentence whose lowercased tokens are ``toks``."""
    words = [t for t in toks if t[:1].isalnum()]
    rated = lexicon()
    judging = judging_words()
    out = _at_least("lex", sum(1 for w in words if w in rated), (1, 2, 3))
    out += _at_least("judge", sum(1 for w in words if w in judging), (1, 2))
    out += _at_least("polar", sum(1 for w in words if w in _strong()), (1, 2))
    out += _at_least("ly", sum(1 for w in words if w.endswith("ly") and w not in _NOT_LY), (1, 2))
    for name, group in (
        ("first", _FIRST),
        ("second", _SECOND),
        ("deontic", _DEONTIC),
        ("intens", INTENSIFIERS),
        ("neg", _NEGATION),
    ):
        if any(w in group or (name == "neg" and w.endswith("n't")) for w in words):
            out.append(f"s:{name}")
    if any(ch.isdigit() for ch in text):
        out.append("s:number")
    if any(t in _QUOTES for t in toks):
        out.append("s:quote")
    raw = _TOKEN.findall(text)[1:]
    caps = sum(1 for t in raw if t[:1].isupper())
    if raw and caps / len(raw) >= 0.2:
        out.append("s:names")
    out.append("s:len" + ("<10" if len(words) < 10 else "<25" if len(words) < 25 else ">=25"))
    return out


def features(
    text: str, rule_label: str | None, cues: Sequence[Cue], strong: bool = False
) -> list[str]:
    """The feature names of one sentence (duplicates removed, order kept); ``strong``:
    the rules call it an opinion for a strong cue (``model.STRONG``)."""
    toks = [t.lower() for t in _TOKEN.findall(text)]
    out = ["bias", f"r:{rule_label or 'none'}", *(["r:strong"] if strong else [])]
    out += [f"w:{t}" for t in toks]
    out += [f"b:{a} {b}" for a, b in zip(toks, toks[1:], strict=False)]
    for t in toks:
        if len(t) > 3 and t.isalpha():
            padded = f"<{t}>"
            out += [f"c:{padded[i : i + 4]}" for i in range(len(padded) - 3)]
    for c in cues:
        out += [f"k:{c.kind}", f"kt:{c.kind}:{c.text.lower()}"]
    out += shape(text, toks)
    return list(dict.fromkeys(out))


#: The features that mark a sentence as written from a point of view: a word the
#: lexicons rate, an "-ly" adverb, a person, a modal of duty, an intensifier, any cue.
_MARKS = ("s:lex", "s:judge", "s:polar", "s:ly", "s:first", "s:second", "s:deontic", "s:intens")


def unmarked(row: Sequence[str]) -> bool:
    """Whether a sentence's features (``features``) hold none of ``_MARKS`` and no cue:
    nothing but what it is about, which a model of a few hundred labels learns from the
    annotator's topics ("The government approved the budget on Tuesday.": opinion
    [government, budget] after a store of political opinions)."""
    return not any(f.startswith(_MARKS) or f.startswith("k:") for f in row)
