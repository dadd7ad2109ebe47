"""Each sentence of a pair as the aligner reads it: its normalised text and its word
set, the stems of its content words (``core.words``). An acronym one side writes and
the other spells out is one word of both (``core.acronyms``); a sentence with no
content word is its whole text as one word."""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core.acronyms import spelled_terms
from newsdiff.core.article import normalize
from newsdiff.core.words import stems_and_acronyms

#: Each side's normalised texts and word sets.
Read = tuple[tuple[list[str], list[str]], tuple[list[frozenset[str]], list[frozenset[str]]]]


def sentence_words(a_texts: Sequence[str], b_texts: Sequence[str]) -> Read:
    """The normalised texts and word sets of both sides' sentences."""
    # Copy repeats sentences (captions, boilerplate, a reprint's unchanged text): each
    # distinct text is normalised and stemmed once, and twins share one word set.
    folded: dict[str, tuple[str, frozenset[str], tuple[str, ...]]] = {}
    for t in (*a_texts, *b_texts):
        if t not in folded:
            norm = normalize(t)
            found, letters = stems_and_acronyms(norm)
            folded[t] = (norm, found or own_word(norm), letters)
    norm_a = [folded[t][0] for t in a_texts]
    norm_b = [folded[t][0] for t in b_texts]
    sets_a = [folded[t][1] for t in a_texts]
    sets_b = [folded[t][1] for t in b_texts]
    if any(f[2] for f in folded.values()):
        named = ([folded[t][2] for t in a_texts], [folded[t][2] for t in b_texts])
        sets_a, sets_b = spelled_terms((norm_a, norm_b), (sets_a, sets_b), named)
    return (norm_a, norm_b), (sets_a, sets_b)


def own_word(normalized: str) -> frozenset[str]:
    """The word set of a sentence without content words ("Why?", "It was not."): its
    whole text as one word (a space first: no content word holds one), so it pairs with
    the same text and nothing else. An empty set paired with nothing, and such a
    sentence kept unchanged at a text's start or end was removed and added again."""
    return frozenset((" " + normalized,))
