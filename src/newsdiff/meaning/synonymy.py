"""Synonymy WordNet holds by links other than a shared synset or adjective cluster
(``lexicon.are_synonyms``), for the change classes: a plural its exception list lacks
("people", which it lists as a noun of its own, "any group of human beings", apart
from "person, individual, someone"), and two adjectives whose most frequent senses
lie in clusters WordNet joins by "see also" ("big" is "large"; "substantial", fairly
large, is a satellite of "considerable", which WordNet's ``^`` pointer gives as
"see also large"). Only the most frequent sense of each word is read, so that a
rare sense relates no words a reader would not take for one another.
"""

from __future__ import annotations

from functools import lru_cache

from newsdiff.meaning import lexicon

#: Plurals of another stem that WordNet's ``noun.exc`` does not list.
_PLURALS = {"people": "person"}


def wider_synonyms(x: str, y: str) -> bool:
    """Whether two words (not two forms of one) are synonyms by a plural WordNet lacks
    or by "see also" between their most frequent adjective senses. Callers still
    refuse opposites and names (``wording.is_synonym``)."""
    x, y = x.lower(), y.lower()
    if x == y:
        return False
    if x in _PLURALS or y in _PLURALS:
        found = _plural_of(x, y) or _plural_of(y, x)
    else:
        # Most pairs have a word that is no adjective: two look-ups, no pointer read.
        cx, cy = _clusters(x), _clusters(y)
        found = bool(cx and cy) and bool(_seen_also(x) & cy or _seen_also(y) & cx)
    return found and not lexicon.lemmas(x) & lexicon.lemmas(y)


def _plural_of(x: str, y: str) -> bool:
    singular = _PLURALS.get(x)
    if singular is None or singular in lexicon.lemmas(y):
        return False
    first = lexicon.senses("n", singular)[:1]
    return bool(first) and ("n", first[0]) in lexicon.synsets(y)


@lru_cache(maxsize=4096)
def _clusters(word: str) -> frozenset[int]:
    """The cluster heads of a word's most frequent sense as an adjective, per base form."""
    return frozenset(
        lexicon.adjective_cluster(first[0])
        for pos, base in lexicon.base_forms(word)
        if pos == "a" and (first := lexicon.senses("a", base)[:1])
    )


@lru_cache(maxsize=4096)
def _seen_also(word: str) -> frozenset[int]:
    """``_clusters`` and the clusters their heads point to by "see also" (``^``)."""
    out = set(_clusters(word))
    for head in _clusters(word):
        parts = (lexicon.synset_line("a", head) or b"").split()
        if len(parts) < 4:
            continue
        p = 4 + 2 * int(parts[3], 16)
        for k in range(int(parts[p])):
            symbol, target, pos = parts[p + 1 + 4 * k : p + 4 + 4 * k]
            if symbol == b"^" and pos in (b"a", b"s"):
                out.add(lexicon.adjective_cluster(int(target)))
    return frozenset(out)
