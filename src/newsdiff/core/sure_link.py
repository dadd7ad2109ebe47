"""Whether a link is sure: evidence that one sentence became the other.

A link is sure when its similarity is SURE or more, or its two sides share a run of
RUN words (between short sentences, one that carries content: ``carrying``). Every other link rests on the pair
being one text told twice (``confidence.told_twice``); no change class, filter or
count sees it, unless its place holds it (``core.held``). ``grams`` are the runs themselves, which ``confidence.confident`` and
``copied`` read as they are.
"""

from __future__ import annotations

from functools import lru_cache

from newsdiff.core.reuse import words as reuse_words
from newsdiff.core.stop_words import STOP_WORDS

#: A link is sure when its similarity is SURE or more (the level a moved pair needs,
#: ``align.MOVE_THRESHOLD``) or its two sides share a run of RUN words that carries
#: content (RUN_CONTENT). Every other link (the programme's from 0.2, the gap and edge
#: passes' from 0.08, leftovers' from ``confidence.CLEAR_FLOOR``) rests on the pair
#: being one text told twice, which ``confidence.told_twice`` judges; in a pair that
#: is not, such a link is dropped and its sentences stay unpaired, so no change class,
#: filter or --fail-on counts it. Two reports of different events from one city paired
#: "No one was injured." with "Officers said one fan was taken to hospital with minor
#: injuries." (0.25) as a negation.
SURE = 0.3
RUN = 3
#: Where either side is short (fewer than SHORT words: a headline, a caption, a brief),
#: a run of RUN words makes a link sure only when RUN_CONTENT of its words are content
#: words (neither stop nor LIGHT_WORDS): "kills at least" linked two disasters at 0.18
#: ("Food poisoning kills at least 20 children in India." / "Baghdad cafe bombing kills
#: at least 38.", review r22b finding 1a), then classed 20 -> 38 a number change; or
#: when the shared runs hold half the short side's words ("The painting was priceless."
#: / "The painting was without a price."). In
#: a short sentence a run of three is a template of its kind; between long ones it
#: still marks a sentence rewritten in place: the seeds' spun copy keeps "you may have"
#: (56 and 46 words, 0.1) and "on foot after" (35 and 37) as its only runs, and its
#: synonyms would lose their classes. The pairing rule for any similarity asks five
#: content words (``confidence.RUN_LINK``).
RUN_CONTENT = 2
SHORT = 15

#: Words that make no two sentences one, though the aligner's stop list keeps them:
#: reporting verbs (a news sentence and the quote that replaced it both "said") and
#: adverbs of degree, time and connection ("rather", "however", "at least"). Matched
#: on the word itself, not its stem: "according" is light, "accord" (an agreement) is
#: not.
LIGHT_WORDS = frozenset(
    """said say says saying told tell tells telling according added adding rather
    however quite just even still yet already really much almost perhaps never ever
    always often instead though although thus therefore meanwhile whether since among
    within without upon unto least""".split()
)


@lru_cache(maxsize=8192)
def grams(text: str) -> frozenset[tuple[str, ...]]:
    """The distinct runs of RUN words of ``text`` (folded as reuse folds them)."""
    words = reuse_words(text)
    return frozenset(tuple(words[k : k + RUN]) for k in range(len(words) - RUN + 1))


@lru_cache(maxsize=8192)
def carrying(text: str) -> frozenset[tuple[str, ...]]:
    """The runs of ``grams`` that hold RUN_CONTENT content words or more."""
    return frozenset(g for g in grams(text) if sum(map(_content, g)) >= RUN_CONTENT)


def _content(word: str) -> bool:
    return word not in STOP_WORDS and word not in LIGHT_WORDS


def sure(similarity: float, a_text: str, b_text: str) -> bool:
    """Whether a link of these two normalised texts is sure (see SURE)."""
    return similarity >= SURE or _sure_texts(a_text, b_text)


@lru_cache(maxsize=8192)
def _sure_texts(a_text: str, b_text: str) -> bool:
    """Whether two texts below the sure level share a run that makes them sure: by
    text, as the rows of a text repeated through both sides ask it again and again
    (the 100x pair: 785 asks, 30 pairs of texts)."""
    shared = grams(a_text) & grams(b_text)
    if not shared or shared & carrying(a_text):
        return bool(shared)
    short = min((reuse_words(a_text), reuse_words(b_text)), key=len)
    if len(short) >= SHORT:
        return True
    # A run that is most of the short sentence is that sentence kept.
    held = {
        k + d
        for k in range(len(short) - RUN + 1)
        if tuple(short[k : k + RUN]) in shared
        for d in range(RUN)
    }
    return 2 * len(held) >= len(short)
