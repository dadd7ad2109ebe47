"""Content words, and which sentence pairs share them: the aligner's inputs, in plain
Python.

Similarity is the Jaccard index of two sentences' content-word sets (stop words
dropped, a spelling variant folded, an inflection stripped and words cut to a short
stem, so "withdrawal" meets "withdrawing", "asked" meets "ask" and "colour" meets
"color"). It is computed
only for candidate pairs: on large inputs, pairs that share a word that is rare in both
texts; on small ones, pairs that share any content word. Pairs that share nothing have
similarity 0 and are never matched.

Nothing here imports numpy: a small pair aligns without it (``core.small``), a large
one with it (``core.similarity``), both from these rules.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from newsdiff.core.article import normalize
from newsdiff.core.spelling import canonical_lower

#: Below this many sentence pairs every shared content word makes a candidate pair.
SMALL_PAIRS = 250_000
#: Words are cut to this many characters: a cheap stemmer that lets "refusing" meet
#: "refused" (5 measured best of 4 to 7 on the seed pair).
STEM = 5
#: ... after one of these endings is stripped (leaving at least three letters), then a
#: doubled last letter or a final "e": "asked" meets "ask", "dropping" "drop", "reached"
#: "reach", which the prefix alone keeps apart in short words. On bench/'s retelling
#: sets (bench/accuracy.py) it raised link recall at the same precision: bible-retell
#: dev F1 0.842 -> 0.847, the fables 0.762 -> 0.814 (a 4-letter cut scored a little
#: higher on the dev halves but joins more unrelated words: "police", "politics").
SUFFIXES = ("ing", "ed", "es", "s", "ly", "er", "est")
#: More shared words than this are hashed onto this many bits (similarity becomes an
#: estimate, off only where two words collide).
MAX_BITS = 4096
#: On large inputs a word is rare (a candidate) in at most this many sentences of both
#: texts together. It bounds the candidates by the sentences, not their product: a
#: word in 400 sentences of a day-long live blog paired 40,000 sentences for nothing
#: (issue 16: 9 million candidates, 38 s, on 8,000 distinct sentences a side; 0.7 s
#: at 64, with 5-7% of the moved sentences read as removed and added instead).
RARE_MAX = 64
#: A sentence pairs with at most this many repeats of its exact text on the other
#: side: all of them while there are this many or fewer, else those around its own
#: place among its repeats (boilerplate or a story repeated through a long file). It
#: bounds the twins' candidates by the sentences: under the old rule (every repeat
#: while a text's pairs were at most 100 x 100, else the 100 around its place) a 7 MB
#: file of one story repeated had 9.4 million candidates and took 4 GB; at 16, 2.0
#: million and 1 GB (docs/performance.md, "A text repeated through both sides").
EXACT_CAP = 16
#: Half width of the diagonal band given to rows with no candidate word.
BAND = 25

STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my myself no nor not now of off on
    once only or other our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves s t also""".split()
)

#: Each script's function words (postpositions, particles, conjunctions, pronouns,
#: auxiliaries), which two unrelated sentences share as English ones share "the" and
#: "was". ``STOP_WORDS`` is English: Hindi's में को ने कि है का counted as content and
#: put two stories about different cities on sure rows (review r18a, finding 5). The
#: words are the closed-class ones among the commonest of jusText's stoplists
#: (``justext/stoplists/*.txt``, shipped with trafilatura): those lists are Wikipedia's
#: commonest words whole and carry content words too (भारत, कहा, Население), so are not
#: read as they are. Latin-script languages other than English are left out: their
#: function words are English words ("die", "a", "con", "pour") the English rules need.
#: CJK and Thai are cut into bigrams (``unspaced_units``), where no list applies.
FUNCTION_WORDS = {
    "hi": """का की के को में से ने पर और कि है हैं था थी थे हो होता होती होते होने हुआ
        हुए हुई गया गई गए जा जाता जाती जाते रहा रही रहे भी ही तो यह वह ये वे इस उस इन
        उन एक या तथा एवं लेकिन जो जिस जिसे कर करने करते किया किए लिए तक साथ द्वारा
        नहीं न अपने अपनी इसके उसके उनके उन्होंने""",
    "bn": """ও এবং এই একটি এর তিনি থেকে তার করা করে বা হল জন্য তাঁর সাথে এটি এ ছিল যে যা
        করতে হতে কিন্তু তাদের দিয়ে আর না""",
    "ur": """کا کی کے کو میں سے نے پر اور کہ ہے ہیں تھا تھی تھے ہو ہوا ہوئے ہوتا گیا گئی
        گئے بھی ہی تو یہ وہ ان اس ایک یا لیکن جو جس کر کرنے کیا لیے تک ساتھ نہیں نہ اپنے
        اپنی""",
    "ar": """في من على إلى عن مع أن إن أو و ما لا لم لن قد كان كانت هو هي هذا هذه ذلك التي
        الذي الذين ثم حتى كل بين بعد قبل عند منذ له لها فيها عليه أنه إلا ولكن وقد وفي
        وهو وهي ومن وكان""",
    "fa": """و در به از که این را با آن است برای او بر خود تا یا شده نیز بود یک هم شد
        می اما هر کرد""",
    "he": """של את על הוא היא עם היה הייתה גם לא בין או כי אך זה זו עד כל אשר הם היו כמו
        יש אל אף רק כך אם לו בו""",
    "ru": """в и на с по из не к что от для как а его до он она они оно за или о при но во
        у же был была были было это то так только со её их все уже чтобы также""",
    "uk": """в і у на з та до що від за не для а як його він вона вони або про із при але
        її це то й є був була були було де які який яка через""",
    "el": """και του το της την από με η να που ο τον των στην σε είναι για στο τα τη τους
        οι ήταν τις στη ως στις ένα στον ή δεν ότι στα μια κατά ενώ αλλά όπως θα όπου
        προς μία αυτό αυτή""",
}
#: The similarity's stop words: English's and every other script's (a Hindi word is
#: never an English one, so one set serves a text in either).
SIMILARITY_STOP_WORDS = STOP_WORDS.union(*(words.split() for words in FUNCTION_WORDS.values()))

_WORD = re.compile(r"\w+")
#: A word of a text that is not ASCII: ``\w`` with the combining marks of the spaced
#: scripts (``re`` counts no mark, Mn or Mc, as a word character), so a Devanagari
#: vowel sign or virama, a Bengali one, Arabic harakat, Hebrew points or a combining
#: accent do not cut a word: ``\w+`` read "में" as "म" and "बच्चों" as "बच", "च", single
#: consonants that any two Hindi sentences share (review r18a, finding 5).
_WORD_MARKED = re.compile(
    r"[\w\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    r"\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
    r"\u06ea-\u06ed\u0900-\u0963\u0966-\u0d7f\u200c\u200d]+"
)
#: A run of characters of a script written without spaces (``worddiff.NO_SPACE``: Han
#: with its iteration marks, kana, Thai, Lao, Myanmar, Khmer; marks included), by their
#: Unicode blocks: ``re`` has no script classes, and ``regex`` would add its import
#: (35 ms) to every alignment. ``\w+`` read a Chinese sentence up to its first comma
#: as one word, cut to STEM characters: a sentence changed in its first five characters
#: shared no word with itself, and two sentences that started alike were one word.
_UNSPACED_RUN = (
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u2e80-\u2fdf\u3005\u3007"
    "\u3021-\u3029\u3038-\u303b\u3040-\u30ff\u31c0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff66-\uff9f\U00016fe0-\U00016fff\U0001b000-\U0001b16f"
    "\U00020000-\U0003ffff]+"
)  # compiled when first needed (``re``'s cache): 1.1 ms, and most text has none
#: Below this code point no script of ``_UNSPACED_RUN`` has a character (Thai, U+0E00,
#: is the first): most text is never searched for one.
_FIRST_UNSPACED = "\u0e00"

WordSets = Sequence[frozenset[str]]


def content_words(text: str) -> frozenset[str]:
    """The words that carry meaning, folded for comparison."""
    return stems(normalize(text))


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A lower-case word's stem (see SUFFIXES); cached, as a text repeats its words.

    A word spelled two ways is one word first ("colour"/"color", "centre"/"center",
    "Kiev"/"Kyiv": ``core.spelling``): the prefix alone kept them apart, and a short
    sentence respelled throughout fell below the pairing threshold."""
    word = canonical_lower(word)
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and (word[-1] == word[-2] or word[-1] == "e"):
        word = word[:-1]
    return word[:STEM]


def stems(normalized: str) -> frozenset[str]:
    # align() has the normalised text already; normalising again cost 0.1 s at 7,400
    # sentences.
    low = normalized.lower()
    # ASCII text (most English copy) is known at once (a flag of the string): ``max``
    # walks every character, 60 ms over the 1 MB bench pair's sentences.
    if low.isascii():
        words = _WORD.findall(low)
        if "-" in low:
            words += closed_compounds(low)
    elif max(low) >= _FIRST_UNSPACED and re.search(_UNSPACED_RUN, low):
        words = unspaced_units(low)
    else:
        words = _WORD_MARKED.findall(low)
        if "-" in low or "\u00b7" in low or "\u2010" in low:
            words += closed_compounds(low)
    return frozenset(stem(w) for w in words if w not in SIMILARITY_STOP_WORDS)


_JOINER = re.compile(r"[\-\u2010\u00b7]")
#: Marks around a word that are no part of it.
_EDGES = "\"'“”‘’«»()[]{},.;:!?"


def closed_compounds(low: str) -> list[str]:
    """The words of ``low`` written in parts joined by hyphens or middle dots whose
    first part is shorter than ``STEM``, closed up: "co-operation" -> "cooperation",
    "kenn-zeichen" -> "kennzeichen". A retelling in plain language (Leichte Sprache)
    writes compounds so, and their parts alone share no stem with the closed word (a
    longer first part, "zulassungs-stelle", already gives the closed word's stem).
    Split on whitespace, not searched by a pattern: a pattern of words joined by
    hyphens backtracked through every word of every sentence with a hyphen (+1.3% of
    the 1 MB pair's instructions)."""
    out: list[str] = []
    for token in low.split():
        if "-" in token or "\u00b7" in token or "\u2010" in token:
            parts = _JOINER.split(token.strip(_EDGES))
            if len(parts) > 1 and len(parts[0]) < STEM and all(p.isalpha() for p in parts):
                out.append("".join(parts))
    return out


def unspaced_units(text: str) -> list[str]:
    """The words of ``text``, each run of a script written without spaces cut into its
    overlapping character bigrams (a lone character stays whole): "仓促撤退" is 仓促,
    促撤, 撤退. Without a segmenter's dictionary the words are unknown; bigrams (the
    units of CJK search, Lucene's CJKAnalyzer) make a change of one or two characters
    cost two or three units of a sentence and, unlike single characters, are seldom
    shared by two unrelated sentences of one story."""
    out: list[str] = []
    pos = 0
    for m in re.finditer(_UNSPACED_RUN, text):
        out.extend(_WORD_MARKED.findall(text, pos, m.start()))
        run = m.group()
        out.extend([run[k : k + 2] for k in range(len(run) - 1)] if len(run) > 1 else [run])
        pos = m.end()
    out.extend(_WORD_MARKED.findall(text, pos))
    return out


def word_bits(a_sets: WordSets, b_sets: WordSets) -> tuple[dict[str, int], int]:
    """A bit for each word both sides use (hashed onto MAX_BITS past that many), and
    how many bits there are."""
    in_a = set().union(*a_sets) if a_sets else set()
    shared = sorted(in_a.intersection(*[set().union(*b_sets)]) if b_sets else set())
    if len(shared) <= MAX_BITS:
        return {w: k for k, w in enumerate(shared)}, len(shared)
    return {w: zlib.crc32(w.encode()) % MAX_BITS for w in shared}, MAX_BITS


def rare_cap(n: int, m: int) -> int:
    """How many sentences of both sides together a candidate word may be in."""
    if n * m <= SMALL_PAIRS:
        return n + m
    return min(RARE_MAX, max(10, (n + m) // 20))


def postings(sets: WordSets) -> dict[str, list[int]]:
    """Each word and the sentences (in order) that use it."""
    # A defaultdict makes a word's first list in C (a look-up and a test per word cost
    # a quarter more); the callers only read it (``get``, ``items``).
    post: dict[str, list[int]] = defaultdict(list)
    if len(set(sets)) * 2 > len(sets):
        for i, s in enumerate(sets):
            for w in s:
                post[w].append(i)
        return post
    # Most sentences repeat a text of the other ones (a text copied through the side:
    # twins share one word set): each distinct set posts its sentences at once, and a
    # word's list, a few runs of them, is put in order by one sort in C.
    where: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, s in enumerate(sets):
        where[s].append(i)
    for s, at in where.items():
        for w in s:
            post[w].extend(at)
    for found in post.values():
        found.sort()
    return post


def union_sizes(sets: WordSets, k: int) -> list[int]:
    """The size of the union of each ``k`` consecutive sets (k = 1, 2 or 3), by
    inclusion and exclusion: neighbouring sentences share few words, and counting an
    intersection builds less than a union."""
    sizes = [len(s) for s in sets]
    if k == 1:
        return sizes
    n = len(sets) - k + 1
    if n <= 0:
        return []
    both = [x & y for x, y in zip(sets, sets[1:], strict=False)]
    if k == 2:
        return [sizes[i] + sizes[i + 1] - len(both[i]) for i in range(n)]
    if k == 3:
        return [
            sizes[i]
            + sizes[i + 1]
            + sizes[i + 2]
            - len(both[i])
            - len(both[i + 1])
            - len(sets[i] & sets[i + 2])
            + len(both[i] & sets[i + 2])
            for i in range(n)
        ]
    return [len(frozenset().union(*sets[i : i + k])) for i in range(n)]


def shared_word_blocks(
    a_sets: WordSets, b_sets: WordSets, exhaustive: bool, post_b: dict[str, list[int]]
) -> list[tuple[list[int], list[int]]]:
    """(rows, cols) of each candidate word: every pair of the block shares it.
    ``post_b`` is ``postings(b_sets)``."""
    cap = len(a_sets) + len(b_sets) if exhaustive else rare_cap(len(a_sets), len(b_sets))
    out: list[tuple[list[int], list[int]]] = []
    for w, rows in postings(a_sets).items():
        cols = post_b.get(w)
        if cols is not None and len(rows) + len(cols) <= cap:
            out.append((rows, cols))
    return out


def equal_text_blocks(
    a_norm: Sequence[str], b_norm: Sequence[str]
) -> list[tuple[list[int], list[int]]]:
    """(rows, cols) blocks of the pairs whose normalised texts are equal: each A
    sentence with at most EXACT_CAP B sentences."""
    where_b: dict[str, list[int]] = {}
    for j, t in enumerate(b_norm):
        where_b.setdefault(t, []).append(j)
    where_a: dict[str, list[int]] = {}
    for i, t in enumerate(a_norm):
        if t in where_b:
            where_a.setdefault(t, []).append(i)
    out: list[tuple[list[int], list[int]]] = []
    for t, rows in where_a.items():
        cols = where_b[t]
        if len(cols) <= EXACT_CAP:
            out.append((rows, cols))
        else:
            # The k-th repeat in A with the EXACT_CAP repeats in B around its k-th (in
            # proportion): a repeat's partner in an alignment lies near the diagonal.
            scale = len(cols) / len(rows)
            last = len(cols) - EXACT_CAP
            for k, i in enumerate(rows):
                lo = min(max(0, int(k * scale) - EXACT_CAP // 2), last)
                out.append(([i], cols[lo : lo + EXACT_CAP]))
    return out


def band_codes(empty: Sequence[int], a_sets: WordSets, b_sets: WordSets) -> list[int]:
    """For rows with no candidate, the cells of a band along the diagonal that share
    a content word (a text written with few words, where every word is common)."""
    n, m = len(a_sets), len(b_sets)
    scale = m / n
    extra: list[int] = []
    for i in empty:
        words = a_sets[i]
        if not words:
            continue
        mid = int(i * scale)
        lo, hi = max(0, mid - BAND), min(m, mid + BAND + 1)
        # Only cells that share a content word can score above the threshold: a
        # disjointness test in C per cell of the band (the band's sentences in each
        # word's postings cost more: every word is common where the band is needed).
        base = i * m
        extra.extend([base + j for j in range(lo, hi) if not words.isdisjoint(b_sets[j])])
    return extra
