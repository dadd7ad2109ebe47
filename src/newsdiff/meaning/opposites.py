"""A word replaced by its opposite in the same slot reverses the claim: "rose" ->
"fell", "voted for" -> "voted against", "was convicted" -> "was acquitted", "has" ->
"lacks" (``reversal``); next to a figure, a direction of change also turns the
figure's sign: "rose to 4.2%" -> "fell to 4.2%" (``turns_figure``), and so does any
verb of upward change against one of downward change ("increased 4%" -> "declined
4%", "hiked" -> "cut"), which WordNet seldom links as antonyms (``direction``).

The opposites are WordNet 3.0's direct antonyms, lexical pointers from one word of a
synset to one word of another of the same part of speech ("rise" -> "fall",
"convict" -> "acquit", "accept" -> "reject"), looked up for every base form of both
words (a verb's and an adjective's lemmas: "rose" is "rise", "higher" is "high"), and
not the words the antonym's synset holds beside it: those are indirect ("rise" has
"fall" but not "go to bed"). A pointer from a word's synonym in the sense it shares
counts for the word: "reject" is in the synset "disapprove, reject" (deem wrong),
whose "disapprove" points to "approve", so "approved" -> "rejected" reverses as
"rejected" -> "accepted" does; "slow" shares "decelerate"'s pointer to "accelerate".
WordNet has no prepositions and misses a few opposites, which ``_TABLE`` adds."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from newsdiff.meaning import lexicon
from newsdiff.meaning.changes import FILLERS
from newsdiff.meaning.cues.base import DATE_KINDS
from newsdiff.meaning.cues.dates import AMBIGUOUS_DATE
from newsdiff.meaning.cues.numbers import number_values, numbers
from newsdiff.meaning.options import loose_key
from newsdiff.meaning.sides import Side

#: Opposites WordNet lacks, by base form: prepositions and adverbs it has no entry or
#: no antonym for ("for" -> "against", "before" -> "after"), "arrest", which has no
#: antonym in it ("arrested" -> "released"), and "gain" -> "lose", which it links only
#: through other senses ("gain" -> "reduce", weight; "lose" -> "profit"), and a court's
#: "uphold" (support against an opponent) against "overturn", "overrule", "reverse"
#: and "quash", which it has in no antonym pointer. "with" -> "without" is a negator
#: added (``cues.negation``), not listed here.
_TABLE = {
    frozenset(p)
    for p in (
        ("for", "against"), ("before", "after"), ("arrest", "release"), ("gain", "lose"),
        ("pro", "anti"), ("ahead", "behind"), ("inside", "outside"), ("upward", "downward"),
        ("uphold", "overturn"), ("uphold", "overrule"), ("uphold", "reverse"), ("uphold", "quash"),
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


#: The roots of WordNet's verb trees of a change of amount or height, by base form and
#: sense (most frequent first): to increase (become and make bigger), to rise (move
#: upward), to lift (raise to a higher position, move upwards); to decrease (become
#: and make smaller), to descend (move downward), to fall (in free fall), to lower.
#: Their troponyms ("jump": increase suddenly; "plunge": drop steeply) inherit it.
_ROOTS = {
    "up": (("increase", 0), ("increase", 1), ("rise", 0), ("lift", 0), ("lift", 2)),
    "down": (("decrease", 0), ("decrease", 1), ("descend", 0), ("fall", 0), ("lower", 0)),
}

#: Market verbs whose sense of a quantity's move WordNet lacks ("slide" is only to
#: move smoothly, "rally" to recover a former condition, "retreat" to withdraw).
_MARKET = {
    "rally": "up", "rebound": "up", "slide": "down", "slip": "down", "retreat": "down",
}  # fmt: skip


@lru_cache(maxsize=1)
def _roots() -> dict[int, str]:
    return {lexicon.senses("v", w)[k]: d for d, roots in _ROOTS.items() for w, k in roots}


@lru_cache(maxsize=65536)
def _synset_direction(offset: int) -> str | None:
    """The direction of a verb synset: a root's, or the one its hypernyms (``@``)
    agree on."""
    own = _roots().get(offset)
    if own is not None:
        return own
    line = lexicon.synset_line("v", offset)
    if line is None:
        return None
    # Read by a pattern, not split: a hub ("change", "move") points to hundreds.
    ups = _HYPERNYM.findall(line, 0, line.find(b" | "))
    found = {_synset_direction(int(up)) for up in ups} - {None}
    return found.pop() if len(found) == 1 else None


_HYPERNYM = re.compile(rb" @ (\d{8}) v ")


#: How many of a verb's senses, most frequent first, ``wordnet_direction`` reads: a
#: rarer one says nothing of what the word means beside a figure ("to top" is to cut
#: the top off only as its eighth sense, "to set" to go down as the sun does as its
#: tenth).
DIRECTION_SENSES = 6


#: Verbs of the trees whose tree is a sense news seldom means beside a figure: "quote",
#: "include", "number", "poll", "settle", "correct", "limit", "delay" are in them as to
#: price, to add, to amount, to settle down, to lower a figure, ... and "skid" as up
#: (to lift a load), while markets say "shares skidded" for a fall. Their direction
#: would make "settled at $82" -> "rose to $82" a reversal: they have none.
_NO_DIRECTION = frozenset(
    "abseil adjoin adolesce age alight ancylose ankylose apprise apprize belly "
    "belly-flop bloom blossom blur bog bourgeon bowdlerise bowdlerize branch "
    "bubble bud button butylate camp capsule capsulise capsulize castrate "
    "chandelle chin chute circumscribe clog cloud combine concatenate concentrate "
    "confine conglomerate constipate content correct crash-dive crop dash decoct "
    "dedifferentiate delay delimit delimitate demarcate derive desolate detain "
    "differentiate disappear disbud dismount dote drip duck efface effloresce "
    "encapsulate erect erupt escalade evaporate evolve exfoliate expurgate flag "
    "flex flower fossilise fossilize founder full gather geminate germinate heave "
    "hedge hoist immobilise immobilize incline include incubate inject intercalate "
    "irrupt jack jackknife kite leverage levitate light limit loose lour luxuriate "
    "maturate mature milk mix modify mountaineer mummify nosedive number "
    "obliterate palsy parachute paralyse paralyze pinch pinnacle pitch plop plump "
    "plunk poll pounce power-dive precipitate prick prolapse prove punctuate purse "
    "quote rappel ream rear recombine refine regenerate relax retard rev revive "
    "ripen root scale scend senesce settle shoetree shoulder skid skydive slur "
    "specialise specialize speciate spill sprout spud steam stonewall string stud "
    "stun stupefy submerge submerse supplement swoop syncopate synthesise "
    "synthesize tail telescope temporise temporize territorialise territorialize "
    "tree trice twin underlay unfold unhorse uprise vanish vaporize vegetate "
    "vesicate vitaminise vitaminize wallow welt wrinkle".split()
)


def wordnet_direction(base: str) -> str | None:
    """ "up" or "down" for a verb's base form whose most frequent sense (of its first
    ``DIRECTION_SENSES``) that lies in one of ``_ROOTS``' trees lies in an upward or a
    downward one ("cut" is to reduce before it is a tooth growing through the gums),
    else None. ``_UP`` and ``_DOWN`` hold its answers for every one-word verb of the
    trees, read once: a test holds them to it."""
    if base in _NO_DIRECTION:
        return None
    senses = lexicon.senses("v", base)[:DIRECTION_SENSES]
    return next(filter(None, map(_synset_direction, senses)), None)


#: ``wordnet_direction``'s verbs, frozen: walking the trees for each word of a diff
#: cost the 1 MB pair 20 M instructions (about 0.2%).
_UP = frozenset(
    "accelerate accrete accrue accumulate add advance amass amplify appreciate "
    "arise augment backlog balloon billow blister bloat boom boost brisk brisken "
    "broaden build bull burgeon climb compound crescendo cumulate deepen dilate "
    "dispread distend double duplicate elevate elongate enhance enlarge enrich "
    "escalate expand extend fan flare flourish fortify gain globalise globalize "
    "grow heighten hike hypertrophy increase inflate intensify intumesce jump "
    "leapfrog leaven lengthen lift magnify manifold maximise maximize mount "
    "multiply mushroom overgrow potentiate progress proliferate prolong protract "
    "pullulate pyramid quadruple quicken quintuple raise ramify ramp redouble "
    "redound reflate revalue rise rocket sharpen skyrocket snowball soar speed "
    "spike stretch subtilise subtilize supercharge surge swell thrive totalise "
    "totalize treble triple tumefy tumesce undergrow up uplift wax widen zoom".split()
)
_DOWN = frozenset(
    "abate abbreviate abridge atrophy attenuate avalanche belittle cap cascade "
    "clip condense contract crash curb curtail cut de-escalate decelerate decline "
    "decrease decrescendo deflate depopulate depreciate depress descend detract "
    "devaluate devalue dim diminish dip discount dive downsize drop dump dwindle "
    "fade fall flop flump foreshorten languish lessen lighten lop lower melt "
    "miniaturise miniaturize minify minimise minimize mitigate pare plummet plunge "
    "pollard prune quench ration rebate reduce reef restrict retrench shave shear "
    "shorten shrink shrivel sink slack slacken slake slash slow slump snip stall "
    "stoop subside subtract suppress taper thin topple trim truncate tumble "
    "undervalue wane weaken wilt wither".split()
)


@lru_cache(maxsize=65536)
def direction(word: str) -> str | None:
    """ "up" or "down" for a verb of change of amount or height ("surged", "hiked",
    "widened"; "plunged", "cut", "shrank": ``_UP``, ``_DOWN``, ``_MARKET``), else
    None. A word whose base forms disagree has none."""
    found: set[str] = set()
    for pos, base in lexicon.base_forms(word):
        if pos != "v":
            continue
        way = _MARKET.get(base) or ("up" if base in _UP else "down" if base in _DOWN else None)
        if way is not None:
            found.add(way)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=65536)
def direct_antonyms(word: str) -> frozenset[tuple[str, str]]:
    """(part of speech, base form) of the direct antonyms of every base form of
    ``word`` and of its synonyms in the senses they share: "rose" -> {("v", "fall")},
    "acquitted" -> {("v", "convict")}, "rejected" -> {("v", "accept"), ("v",
    "approve"), ...}."""
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
            p = 4 + 2 * len(words)
            for k in range(int(parts[p])):
                symbol, target, tpos, st = parts[p + 1 + 4 * k : p + 5 + 4 * k]
                if symbol != b"!":
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
    """The one word each side has in the same slot, the rest the same (fillers aside).
    A quantity written with another number of words on each side is one word of its
    value ("10-fold higher" -> "tenfold lower": the slot is higher/lower)."""
    wa = [w for w in _WORDS.findall(a) if w.lower() not in FILLERS]
    wb = [w for w in _WORDS.findall(b) if w.lower() not in FILLERS]
    pair = _one_pair(wa, wb)
    if pair is None and wa and wb and (len(wa) > 1 or len(wb) > 1):
        pair = _one_pair(_valued(a), _valued(b))
    return pair


def _one_pair(wa: list[str], wb: list[str]) -> tuple[str, str] | None:
    if len(wa) != len(wb) or not wa:
        return None
    diffs = [(x, y) for x, y in zip(wa, wb, strict=True) if loose_key(x) != loose_key(y)]
    return diffs[0] if len(diffs) == 1 else None


def _valued(text: str) -> list[str]:
    """``text``'s words (fillers aside) with each quantity one word naming its value."""
    out: list[str] = []
    at = 0
    for n in numbers(text):
        out += [w for w in _WORDS.findall(text, at, n.start) if w.lower() not in FILLERS]
        out.append("".join(ch for ch in f"value{n.value[0]}{n.value[1]}" if ch.isalnum()))
        at = n.end
    return out + [w for w in _WORDS.findall(text, at) if w.lower() not in FILLERS]


def reversal(a: str, b: str) -> bool:
    """Whether ``b`` says the opposite of ``a`` by one word in the same slot: "rose"
    -> "fell", "for" -> "against", "convicted" -> "acquitted", or a verb of upward
    change for one of downward change ("increased" -> "declined", "surged" ->
    "plunged": ``direction``). A pair WordNet also gives as synonyms in some sense is
    no reversal: spin by synonyms stays so."""
    pair = _slot(a, b)
    if pair is None:
        return False
    x, y = pair[0].lower(), pair[1].lower()  # as ``opposed`` reads them: one memo
    return (opposed(x, y) or _contrary_ways(x, y)) and not lexicon.are_synonyms(x, y)


def _contrary_ways(x: str, y: str) -> bool:
    """Whether one verb goes up and the other down (``direction``). Only a pair of
    verbs is read: a direction is a few WordNet look-ups a word."""
    if not (x.isalpha() and y.isalpha()) or not all(
        any(pos == "v" for pos, _base in lexicon.base_forms(w)) for w in (x, y)
    ):
        return False
    way = direction(x)
    return way is not None and direction(y) not in (None, way)


def turns_figure(sa: Side, sb: Side, span: tuple[int, int, int, int]) -> bool:
    """Whether a reversal is a direction of change next to a figure on either side
    ("rose to 4.2%" -> "fell to 4.2%", "increased by 3 per cent" -> "declined by 3 per
    cent", "widened 4%" -> "narrowed 4%", "3% higher"): a verb of change of amount or
    height (``direction``) or a word of ``_DIRECTIONS`` against its opposite; the
    figure's sign turns with it. Dates do not count ("rose in June")."""
    a0, a1, b0, b1 = span
    pair = _slot(sa.text[a0:a1], sb.text[b0:b1])
    if pair is None or not (
        any(direction(w.lower()) for w in pair)
        or all((lexicon.lemmas(w) | {w.lower()}) & _DIRECTIONS for w in pair)
    ):
        return False
    return _near_figure(sa, a0, a1) or _near_figure(sb, b0, b1) or _respelt(sa, sb, span)


def _respelt(sa: Side, sb: Side, span: tuple[int, int, int, int]) -> bool:
    """Whether the span holds the same quantities on both sides, written otherwise
    ("10-fold higher" -> "tenfold lower"): the slot's reversal turns their sign."""
    a0, a1, b0, b1 = span
    va = sorted(n.value for n in sa.numbers.overlapping(a0, a1) if n.written not in DATE_KINDS)
    return bool(va) and va == sorted(
        n.value for n in sb.numbers.overlapping(b0, b1) if n.written not in DATE_KINDS
    )


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


_DATE_UNITS = frozenset({"weekday", "month", "date", AMBIGUOUS_DATE, "time", "ord"})
_WORDS = re.compile(r"[\w'’-]+")
