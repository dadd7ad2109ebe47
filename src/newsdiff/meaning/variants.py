"""Spelling variants: one canonical spelling for words that differ only in spelling,
in a word's own case and through a whole text, and names written short ("United
States"/"U.S."). The tables and ``canonical_lower`` are ``core.spelling``'s (the
aligner folds spelling too)."""

from __future__ import annotations

import re

from newsdiff.core.spelling import DOUBLETS, TRANSLITERATIONS, canonical_lower, respelled
from newsdiff.meaning import lexicon

__all__ = ["DOUBLETS", "TRANSLITERATIONS", "canonical", "canonical_lower", "canonical_text"]


def _match_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def canonical(word: str) -> str:
    """The canonical spelling of ``word``, in the word's own case pattern."""
    low = word.lower()
    canon = canonical_lower(low)
    return word if canon == low else _match_case(word, canon)


_WORD = re.compile(r"\w+(?:[’'\-\u2010\u00b7]\w+)*")
#: A hyphen or a middle dot between two letters: "co-operation", "Kenn-Zeichen" and the
#: Leichte Sprache "Ordnungs·widrigkeiten" are "cooperation", "Kennzeichen" and
#: "Ordnungswidrigkeiten" written with their parts apart.
_JOINER = re.compile(r"(?<=[^\W\d_])[\-\u2010\u00b7]([^\W\d_])")


def closed_compound(word: str) -> str:
    """``word`` with the hyphens and middle dots between its letters taken out, when
    that is a spelling of the same word ("co-operation", "co-ordinate", "Kenn-Zeichen"
    -> "Kennzeichen": a capital after the joiner goes to lower case after a lower-case
    letter): WordNet (``meaning.lexicon``) does not know the hyphenated word, or knows
    it in a sense of the closed one ("co-ordinate"). "co-op" (a cooperative) is no
    "coop" (a pen): it stays."""
    if _JOINER.search(word) is None:
        return word
    closed = _JOINER.sub(_joined, word)
    if lexicon.known(word) and not lexicon.synsets(word) & lexicon.synsets(closed):
        return word
    return closed


def _joined(m: re.Match[str]) -> str:
    after = m.group(1)
    return after.lower() if m.string[m.start() - 1].islower() else after


def canonical_text(text: str) -> str:
    """``text`` with every word in its canonical spelling."""
    if respelled().isdisjoint(map(str.lower, _WORD.findall(text))):
        # No word has another spelling (most texts): the same words a substitution
        # visits, tested in C, where it called a Python function for every word.
        return text
    return _WORD.sub(lambda m: canonical(m.group()), text)


def has_joiner(text: str) -> bool:
    """Whether ``text`` may hold a compound written in parts (``closed_compound``)."""
    return "-" in text or "\u00b7" in text or "\u2010" in text


def closed_compounds(text: str) -> str:
    """``text`` with every compound written in parts closed up (``closed_compound``)."""
    if not has_joiner(text):
        return text
    return _WORD.sub(lambda m: closed_compound(m.group()), text)


#: A possessive "'s" after a final "s" ("Midlands's", "James's"), which style guides
#: write or leave out ("Midlands'"): one spelling.
_S_POSSESSIVE = re.compile(r"(?<=[sS])(['’])s\b")


def plural_possessive(text: str) -> str:
    """``text`` with a possessive "'s" after a final "s" written as the apostrophe alone."""
    return _S_POSSESSIVE.sub(r"\1", text)


def same_spelling_variant(a: str, b: str) -> bool:
    """Two different words that are one word spelled two ways."""
    return a.lower() != b.lower() and canonical_lower(a.lower()) == canonical_lower(b.lower())


#: Names and their abbreviations, after folding (lowercase, no punctuation): "United
#: States" and "U.S." are one country written two ways.
ABBREVIATIONS: dict[str, str] = {
    "united states": "us", "united states of america": "us", "usa": "us",
    "united kingdom": "uk", "great britain": "uk", "united nations": "un",
    "european union": "eu", "north atlantic treaty organization": "nato",
    "per cent": "percent",
}  # fmt: skip
_ABBREV = re.compile(r"\b(?:" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + r")\b")


def abbreviate(folded: str) -> str:
    """Folded text (lowercase, no punctuation) with long names in their short form."""
    return _ABBREV.sub(lambda m: ABBREVIATIONS[m.group()], folded)


#: A hyphen between two letters: "high-speed" is "high speed" written as one word.
_HYPHEN = re.compile(r"(?<=[^\W\d_])[\-\u2010](?=[^\W\d_])")
#: Words, marks and the (single: folded) spaces between them: a space is no joiner
#: where it is the only difference ("$0.01" -> "$ 0.01" under ``--ignore-punctuation``
#: is the sign "-" read as a space, a change of value).
_PIECE = re.compile(r"\w+|[^\w\s]|\s")


def open_compounds_alike(a: str, b: str) -> bool:
    """Whether two folded texts differ only in compounds written in parts with a space:
    "fire fighter" -> "firefighter" (when WordNet has both as one word: "a part" is no
    "apart", "co op" no "coop") or "high speed" -> "high-speed" (a hyphen between two
    letters is the space it stands for). README promised both under ``--ignore-spelling``;
    ``closed_compound`` only closed a hyphen ("fire fighter" stayed a ``synonym``)."""
    if a.replace(" ", "").replace("-", "") != b.replace(" ", "").replace("-", ""):
        return False  # other letters: most pairs end here
    pa = _PIECE.findall(_HYPHEN.sub(" ", a))
    pb = _PIECE.findall(_HYPHEN.sub(" ", b))
    i = j = 0
    while i < len(pa) and j < len(pb):
        if pa[i] == pb[j]:
            i, j = i + 1, j + 1
        elif step := _run_together(pa, i, pb[j]):
            i, j = i + step, j + 1
        elif step := _run_together(pb, j, pa[i]):
            i, j = i + 1, j + step
        else:
            return False
    return i == len(pa) and j == len(pb)


def _run_together(pieces: list[str], at: int, word: str) -> int:
    """How many of ``pieces`` from ``at`` (2 or 3 words and the spaces between them)
    are ``word`` written apart, one word in WordNet; 0 if none."""
    for k in (3, 5):
        run = pieces[at : at + k]
        parts = run[::2]
        if (
            len(run) == k
            and set(run[1::2]) == {" "}
            and "".join(parts) == word
            and all(p.isalpha() for p in parts)
        ):
            return k if lexicon.synsets(" ".join(parts)) & lexicon.synsets(word) else 0
    return 0
