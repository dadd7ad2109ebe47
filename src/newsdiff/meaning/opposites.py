"""A word replaced by its opposite in the same slot reverses the claim: "rose" ->
"fell", "voted for" -> "voted against", "was convicted" -> "was acquitted", "has" ->
"lacks" (``reversal``); next to a figure, a direction of change also turns the
figure's sign: "rose to 4.2%" -> "fell to 4.2%" (``turns_figure``).

The opposites are WordNet 3.0's direct antonyms, lexical pointers from one word of a
synset to one word of another of the same part of speech ("rise" -> "fall",
"convict" -> "acquit", "accept" -> "reject"), looked up for every base form of both
words (a verb's and an adjective's lemmas: "rose" is "rise", "higher" is "high"), and
not the words the antonym's synset holds beside it: those are indirect ("rise" has
"fall" but not "go to bed"). WordNet has no prepositions and misses a few opposites,
which ``_TABLE`` adds."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from newsdiff.meaning import lexicon
from newsdiff.meaning.changes import FILLERS
from newsdiff.meaning.cues.base import DATE_KINDS
from newsdiff.meaning.cues.numbers import number_values
from newsdiff.meaning.options import loose_key
from newsdiff.meaning.sides import Side

#: Opposites WordNet lacks, by base form: prepositions and adverbs it has no entry or
#: no antonym for ("for" -> "against", "before" -> "after"), "arrest", which has no
#: antonym in it ("arrested" -> "released"), and "gain" -> "lose", which it links only
#: through other senses ("gain" -> "reduce", weight; "lose" -> "profit"). "with" -> "without" is a negator
#: added (``cues.negation``), not listed here.
_TABLE = {
    frozenset(p)
    for p in (
        ("for", "against"), ("before", "after"), ("arrest", "release"), ("gain", "lose"),
        ("pro", "anti"), ("ahead", "behind"), ("inside", "outside"), ("upward", "downward"),
    )
}  # fmt: skip

#: Verbs of posture, whose opposition ("sit" -> "lie", "to be lying down") news
#: hardly means: it uses them for where a thing is or the level it is at ("Peru sits
#: on the Ring of Fire" -> "lies on", "stands at 4%" -> "sits at 4%").
_POSTURE = frozenset({"sit", "stand", "lie"})

#: Opposites that say which way a quantity moved: beside a figure they turn its sign
#: ("rose 3%" -> "fell 3%", "up 3%" -> "down 3%", "3% higher" -> "3% lower").
_DIRECTIONS = frozenset(
    "rise fall increase decrease gain lose up down grow shrink climb drop raise lower high "
    "low expand contract advance decline upward downward".split()
)


@lru_cache(maxsize=65536)
def direct_antonyms(word: str) -> frozenset[tuple[str, str]]:
    """(part of speech, base form) of the direct antonyms of every base form of
    ``word``: "rose" -> {("v", "fall")}, "acquitted" -> {("v", "convict")}."""
    out: set[tuple[str, str]] = set()
    for pos, base in lexicon.base_forms(word):
        for syn_pos, off in lexicon.synsets(base):
            if syn_pos != pos:
                continue
            line = lexicon.synset_line(pos, off)
            if line is None or b" ! " not in line:
                continue  # no antonym pointer (most synsets): its fields unread
            parts = line.split()
            words = [_lemma(w) for w in parts[4 : 4 + 2 * int(parts[3], 16) : 2]]
            if base not in words:
                continue  # a synset of another base form of ``base``
            own = words.index(base) + 1
            p = 4 + 2 * len(words)
            for k in range(int(parts[p])):
                symbol, target, tpos, st = parts[p + 1 + 4 * k : p + 5 + 4 * k]
                if symbol != b"!" or int(st[:2], 16) != own:
                    continue
                tp = "a" if tpos == b"s" else tpos.decode()
                tline = lexicon.synset_line(tp, int(target))
                if tline is not None:
                    out.add((tp, _lemma(tline.split()[4 + 2 * (int(st[2:], 16) - 1)])))
    return frozenset(out)


def _lemma(raw: bytes) -> str:
    # An adjective may carry its position: "fell(a)", "galore(ip)".
    return raw.decode("utf-8").split("(")[0].lower()


def opposed(x: str, y: str) -> bool:
    """Whether two words are opposites: direct WordNet antonyms of one part of speech,
    a verb, adjective or adverb (not nouns: "boy" -> "girl" reverses no claim), or a
    pair of ``_TABLE``. Numbers are not: WordNet opposes "first" to "second", an
    ordinal, whose change is a number's."""
    x, y = x.lower(), y.lower()
    if frozenset((x, y)) in _TABLE:
        return True
    if number_values(x) or number_values(y):
        return False
    bx, by = lexicon.lemmas(x) | {x}, lexicon.lemmas(y) | {y}
    if any(frozenset((u, v)) in _TABLE for u in bx for v in by):
        return True
    if (lexicon.lemmas(x) | {x}) & _POSTURE and (lexicon.lemmas(y) | {y}) & _POSTURE:
        return False
    # A pointer may run one way only, from the sense the other word is first in. A word
    # WordNet lacks (a name, a figure) is no one's antonym: its partner's are not read.
    fx, fy = lexicon.base_forms(x), lexicon.base_forms(y)
    found = fy and direct_antonyms(x) & fy or fx and direct_antonyms(y) & fx
    return any(pos != "n" for pos, _base in found)


def _slot(a: str, b: str) -> tuple[str, str] | None:
    """The one word each side has in the same slot, the rest the same (fillers aside)."""
    wa = [w for w in _WORDS.findall(a) if w.lower() not in FILLERS]
    wb = [w for w in _WORDS.findall(b) if w.lower() not in FILLERS]
    if len(wa) != len(wb) or not wa:
        return None
    diffs = [(x, y) for x, y in zip(wa, wb, strict=True) if loose_key(x) != loose_key(y)]
    return diffs[0] if len(diffs) == 1 else None


def reversal(a: str, b: str) -> bool:
    """Whether ``b`` says the opposite of ``a`` by one word in the same slot: "rose"
    -> "fell", "for" -> "against", "convicted" -> "acquitted". A pair WordNet also
    gives as synonyms in some sense is no reversal: spin by synonyms stays so."""
    pair = _slot(a, b)
    return pair is not None and opposed(*pair) and not lexicon.are_synonyms(*pair)


def turns_figure(sa: Side, sb: Side, span: tuple[int, int, int, int]) -> bool:
    """Whether a reversal is a direction of change next to a figure on either side
    ("rose to 4.2%" -> "fell to 4.2%", "increased by 3 per cent", "3% higher"): the
    figure's sign turns with it. Dates do not count ("rose in June")."""
    a0, a1, b0, b1 = span
    pair = _slot(sa.text[a0:a1], sb.text[b0:b1])
    if pair is None or not all((lexicon.lemmas(w) | {w.lower()}) & _DIRECTIONS for w in pair):
        return False
    return _near_figure(sa, a0, a1) or _near_figure(sb, b0, b1)


def _near_figure(side: Side, start: int, end: int) -> bool:
    """A quantity within four words after ``start:end`` or two before it."""
    after = list(islice(_WORDS.finditer(side.text, end), 4))
    before = _WORDS.findall(side.text, max(0, start - 40), start)[-2:]
    lo = side.text.rfind(before[0], 0, start) if before else start
    hi = after[-1].end() if after else end
    return any(
        n.written not in DATE_KINDS and n.value[0] not in _DATE_UNITS
        for n in side.numbers.overlapping(lo, hi)
        if not (start <= n.start and n.end <= end)
    )


_DATE_UNITS = frozenset({"weekday", "month", "date", "ord"})
_WORDS = re.compile(r"[\w'’-]+")
