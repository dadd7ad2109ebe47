"""An acronym and the words it stands for: one term written two ways.

"OOP" is "object-oriented programming", "NHS" the "National Health Service", "CEO"
a "chief executive officer", "FBI" the "Federal Bureau of Investigation": the letters
of an acronym (``words.acronym``: two to six capitals) are the initials of a run of
words on the other side, computed, not looked up in a table. A run is words written
one after another with nothing but a space or a hyphen between them ("programming,
inheritance" is no run), each giving its initial, but that a connector inside it
("of", "and", "for", "the", "on", "in") may give its initial ("Department of Justice",
DOJ) or none ("Bureau of Investigation", FBI). One word is no run: "US" is not "us",
nor "IT" "it".

For the alignment (``spelled_terms``) a run and its acronym are one word of the
similarity, but only where the two sentences are each other's best partner once it
counts: initials that spell words by chance in a sentence that is another's partner
("NHS" and "a new hospital site") change nothing. For the word diff (``same_term``) a
change from one to the other is a variant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdiff.core.words import STOP_WORDS, acronym, stem, stems

#: Words inside a name that its acronym may count or leave out.
CONNECTORS = frozenset({"of", "and", "for", "the", "on", "in"})
#: A word of a run: letters and figures, an apostrophe inside ("People's").
_RUN_WORD = re.compile(r"\w+(?:['’]\w+)*")
#: What may stand between two words of a run.
_JOINS = frozenset({" ", "-", "\u2010", " - "})

Words = list[tuple[str, int, int]]


def _words(text: str) -> Words:
    """The words of ``text``, lower-cased, with their spans."""
    return [(m.group().lower(), m.start(), m.end()) for m in _RUN_WORD.finditer(text)]


def _spell(words: Words, text: str, k: int, letters: str, first: bool = True) -> int:
    """The index after the run of ``words`` from ``k`` that spells ``letters`` (lower
    case), or -1: each content word gives its initial, a connector inside the run its
    initial or none; a run starts and ends on a content word."""
    if k >= len(words) or (not first and text[words[k - 1][2] : words[k][1]] not in _JOINS):
        return -1
    word = words[k][0]
    if word in CONNECTORS:
        if first:
            return -1
        if word[0] == letters[0] and len(letters) > 1:
            end = _spell(words, text, k + 1, letters[1:], False)
            if end >= 0:
                return end
        return _spell(words, text, k + 1, letters, False)
    if word in STOP_WORDS or word[0] != letters[0]:
        return -1
    if len(letters) == 1:
        return k + 1
    return _spell(words, text, k + 1, letters[1:], False)


def runs(text: str, wanted: Sequence[str]) -> list[tuple[str, int, int]]:
    """The runs of words of ``text`` that spell one of the ``wanted`` acronyms (their
    letters, in capitals), as (acronym, start, end) spans, left to right."""
    words = _words(text)
    firsts = {w[0].lower() for w in wanted}
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(words):
        end = -1
        if words[k][0][0] in firsts:
            for letters in wanted:
                end = _spell(words, text, k, letters.lower())
                if end >= 0:
                    out.append((letters, words[k][1], words[end - 1][2]))
                    break
        k = end if end > k else k + 1
    return out


def same_term(a: str, b: str) -> bool:
    """Whether two texts are one term written as an acronym and as the words it
    stands for ("OOP" / "object-oriented programming"), either way round."""
    short, long = (a.strip(), b.strip()) if len(a) <= len(b) else (b.strip(), a.strip())
    letters = acronym(short) if " " not in short else ""
    if not letters or (" " not in long and "-" not in long):
        return False
    found = runs(long, [letters])
    return len(found) == 1 and found[0][1] == 0 and found[0][2] == len(long)


def _term(letters: str) -> str:
    """The word an acronym is in the similarity: its stem, a stop word's too ("IT")."""
    return stem(letters.lower())


def _jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    shared = len(x & y)
    return shared / (len(x) + len(y) - shared) if shared else 0.0


#: What joins two words of a run, connectors left out, as a pattern.
_SEP = r"(?:[\s\-\u2010]+(?:of|and|for|the|on|in)\b)*[\s\-\u2010]+"


def _near(wanted: Sequence[str]) -> re.Pattern[str]:
    """A pattern that every text with a run for one of ``wanted`` matches (and some
    others): one search in C rules out nearly every text before ``runs`` reads its
    words."""
    spelled = (_SEP.join(rf"{c}[\w'’]*" for c in letters.lower()) for letters in wanted)
    return re.compile(r"\b(?:" + "|".join(spelled) + ")", re.IGNORECASE)


def _spelled(text: str, wanted: Sequence[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """A text's word set with each of its runs (for ``wanted``) one word, the run's
    own words out (unless written again outside it), and the acronyms it spells."""
    found = runs(text, wanted)
    if not found:
        return None
    kept, last = [], 0
    for _letters, start, end in found:
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    terms = {_term(letters) for letters, _s, _e in found}
    return stems(" ".join(kept)) | terms, frozenset(f[0] for f in found)


def spelled_terms(
    norm: tuple[Sequence[str], Sequence[str]],
    sets: tuple[Sequence[frozenset[str]], Sequence[frozenset[str]]],
    named: tuple[Sequence[tuple[str, ...]], Sequence[tuple[str, ...]]],
) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Each side's word sets (``sets``, of the normalised texts ``norm``) with an
    acronym of one side (``named``: each sentence's, ``words.stems_and_acronyms``)
    and a run of words of the other side that spells it one word of both sentences,
    where the two are each other's best partner once it is (see the module).

    Only an acronym the other side never writes is looked for (a side that writes it
    meets it by its letters, and most pairs have no other: the search costs nothing
    there). Each distinct text is read once: copy repeats its sentences."""
    out = (list(sets[0]), list(sets[1]))
    written = ({a for t in named[0] for a in t}, {a for t in named[1] for a in t})
    for mine in (0, 1):
        theirs = 1 - mine
        wanted = sorted(written[mine] - written[theirs])
        if not wanted:
            continue
        near = _near(wanted)
        spelled: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        for text in set(norm[theirs]):
            if near.search(text) is not None and (as_one := _spelled(text, wanted)):
                spelled[text] = as_one
        if not spelled:
            continue
        holders = {
            text: (words | {_term(a) for a in t if a in wanted}, frozenset(t))
            for text, words, t in zip(norm[mine], out[mine], named[mine], strict=True)
            if t and not set(wanted).isdisjoint(t)
        }
        # Each side's distinct word sets as they would be, to find best partners in.
        mine_now = {
            holders[t][0] if t in holders else s for t, s in zip(norm[mine], out[mine], strict=True)
        }
        theirs_now = {
            spelled[t][0] if t in spelled else s
            for t, s in zip(norm[theirs], out[theirs], strict=True)
        }
        best_x = {tx: max(_jaccard(x, y) for y in theirs_now) for tx, (x, _) in holders.items()}
        best_y = {ty: max(_jaccard(y, x) for x in mine_now) for ty, (y, _) in spelled.items()}
        taken: tuple[set[str], set[str]] = (set(), set())
        for tx, (x, acronyms) in holders.items():
            for ty, (y, letters) in spelled.items():
                score = _jaccard(x, y)
                if acronyms & letters and score > 0 and score >= max(best_x[tx], best_y[ty]):
                    taken[0].add(tx)
                    taken[1].add(ty)
        for side, now, took in ((mine, holders, taken[0]), (theirs, spelled, taken[1])):
            for k, text in enumerate(norm[side]):
                if text in took:
                    out[side][k] = now[text][0]
    return out
