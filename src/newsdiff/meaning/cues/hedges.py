"""Hedges: softeners before a number ("as many as 300"), ranges ("between 300 and
400"), and words of likelihood and hearsay ("may", "reportedly", "is seen")."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.meaning.cues.base import DATE_KINDS, Cue, dedupe, finditer, in_vocab, vocab
from newsdiff.meaning.cues.numbers import numbers

#: Hedges that soften a number: "about 300", "as many as 300", "up to 300".
_NUMBER_HEDGE = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|over|under|more than|"
    r"less than|fewer than|at least|at most|up to|upwards of|close to|in excess of|"
    r"an estimated|estimated|perhaps|maybe|possibly|as (?:many|much|few|little|high|low|"
    r"numerous|large|great|long|far|often|big|short|small) as)\s+$",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"\s*(?:to|and|or|-|–|—)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
#: Hedges of likelihood and hearsay, with or without a number.
HEDGE_WORDS = vocab(
    "may might could reportedly allegedly apparently supposedly purportedly possibly "
    "probably likely unlikely perhaps maybe presumably seemingly estimated estimates "
    "estimate approximately roughly projected expected feared believed thought "
    "suspected seems seemed appears appeared"
)


def number_hedges(text: str) -> list[Cue]:
    """Only the hedges tied to a quantity: softeners before a number, and ranges."""
    nums = [n for n in numbers(text) if n.written not in DATE_KINDS]
    out: list[Cue] = []
    for k, n in enumerate(nums):
        before = text[max(0, n.start - 24) : n.start]
        m = _NUMBER_HEDGE.search(before)
        if m:
            start = n.start - len(before) + m.start()
            end = start + len(m.group().rstrip())
            out.append(Cue("hedge", start, end, text[start:end]))
        if k + 1 < len(nums):
            nxt = nums[k + 1]
            gap = text[n.end : nxt.start]
            if len(gap) > 5 or not _RANGE_JOIN.fullmatch(gap):
                continue
            window = text[max(0, n.start - 10) : n.start]
            b = _BETWEEN.search(window)
            if b is None and gap.strip().lower() == "and":
                continue  # "300 and 400" alone lists two numbers: no range
            start = n.start - len(window) + b.start() if b else n.start
            out.append(Cue("range", start, nxt.end, text[start : nxt.end]))
    return dedupe(out)


# "Russia is seen withdrawing": perceived, not established.
_SEEN = re.compile(r"\b(?:is|are|was|were)\s+(?:widely\s+|commonly\s+)?seen\b", re.IGNORECASE)


#: "could" is also the past of "can" ("He could swim at age four"): it hedges only
#: before a verb of being, reaching or costing, which say what may come (``_COULD``).
_COULD = vocab(
    "be have reach rise fall cost take hit number top exceed climb drop grow increase "
    "decline double triple last total lead mean face become result spread cause trigger "
    "affect run soar surge plunge get"
)
_COULD_ADVERBS = vocab(
    "well soon still also even eventually easily yet potentially ultimately quickly possibly now"
)
_NEXT_WORDS = re.compile(r"[\s]+(\w+)(?:\s+(\w+))?")


def _could_hedges(text: str, end: int) -> bool:
    """Whether "could" ending at ``end`` hedges: before "be", "reach", "cost" ..., with
    an adverb between allowed ("could soon reach"); not "could swim", "could not"."""
    m = _NEXT_WORDS.match(text, end)
    if m is None:
        return False
    first, second = m.group(1).lower(), (m.group(2) or "").lower()
    return first in _COULD or (first in _COULD_ADVERBS and second in _COULD)


# "appeared in court", "appeared as a witness", "appears on television": being seen,
# not seeming. "appeared to", "seems that", "appeared likely", "seemed as if" hedge.
_SEEMING = frozenset({"seems", "seemed", "appears", "appeared"})
_SEEMS_WHAT = re.compile(
    r"\s+(?:to|that|likely|unlikely|certain|set|poised|ready|as if|as though|"
    r"\w+ly\s+to|\w+ly\s+that)\b",
    re.IGNORECASE,
)

# "They believed in a peaceful solution" is faith, not a hedge.
_FAITH = frozenset({"believed", "thought"})
_IN_AFTER = re.compile(r"\s+(?:in|of|about)\b", re.IGNORECASE)


def hedge_cues(text: str) -> list[Cue]:
    """Hedges: number softeners ("as many as"), ranges, likelihood and hearsay words."""
    return list(_hedge_cues(text))


@lru_cache(maxsize=4096)
def _hedge_cues(text: str) -> tuple[Cue, ...]:
    # Cached: the suggestions ask once for the label and again for the model's features.
    # "May" in "3 May" is a month, not a modal.
    dates = [n for n in numbers(text) if n.written in DATE_KINDS]
    out = number_hedges(text)
    out += [
        c
        for c in in_vocab("hedge", text, HEDGE_WORDS)
        if not any(d.start <= c.start < d.end for d in dates)
        and (c.text.lower() != "could" or _could_hedges(text, c.end))
        and not (c.text.lower() in _FAITH and _IN_AFTER.match(text, c.end))
        and not (c.text.lower() in _SEEMING and not _SEEMS_WHAT.match(text, c.end))
    ]
    if "seen" in text.lower():
        out += finditer("hedge", _SEEN, text)
    return tuple(dedupe(out))
