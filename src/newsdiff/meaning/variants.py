"""Spelling variants: one canonical spelling for words that differ only in spelling.

Three sources, in this order:

* place names transliterated two ways, Ukrainian-based and Russian-based ("Kyiv" and
  "Kiev", "Kharkiv" and "Kharkov"), and a few other names news copy spells both ways;
* British and American spellings ("colour"/"color", "defence"/"defense",
  "programme"/"program"), from the ``breame`` package's table of 1,700 pairs with
  their inflections;
* a handful of style doublets that table leaves out ("amongst"/"among",
  "whilst"/"while", "towards"/"toward", "learnt"/"learned").

The canonical form is the Ukrainian transliteration and the American spelling; which
one it is matters only in that both spellings map to it.
"""

from __future__ import annotations

import re
from functools import cache

#: Transliteration doublets, lowercase, each variant -> the canonical spelling.
TRANSLITERATIONS: dict[str, str] = {
    "kiev": "kyiv", "kievan": "kyivan",
    "kharkov": "kharkiv", "odessa": "odesa", "lvov": "lviv", "lwow": "lviv",
    "nikolaev": "mykolaiv", "nikolayev": "mykolaiv", "mykolayiv": "mykolaiv",
    "zaporozhye": "zaporizhzhia", "zaporizhia": "zaporizhzhia", "zaporozhzhia": "zaporizhzhia",
    "chernigov": "chernihiv", "dnepr": "dnipro", "lugansk": "luhansk",
    "chernobyl": "chornobyl", "rovno": "rivne", "vinnitsa": "vinnytsia",
    "zhitomir": "zhytomyr", "borodyanka": "borodianka", "severodonetsk": "sievierodonetsk",
    "lisichansk": "lysychansk", "ternopol": "ternopil", "uzhgorod": "uzhhorod",
    "kremenchug": "kremenchuk", "cherkassy": "cherkasy", "irpen": "irpin",
    "gostomel": "hostomel", "artyomovsk": "bakhmut", "izyum": "izium",
    "khakasia": "khakassia", "hakasia": "khakassia",
    "zelenskyy": "zelensky", "zelenskiy": "zelensky", "zelenskyi": "zelensky",
    "gorbachov": "gorbachev", "qaddafi": "gaddafi", "kadhafi": "gaddafi",
    "gadhafi": "gaddafi", "qadhafi": "gaddafi",
}  # fmt: skip

#: Style doublets the British/American table does not list.
DOUBLETS: dict[str, str] = {
    "amongst": "among", "whilst": "while", "towards": "toward", "afterwards": "afterward",
    "upwards": "upward", "downwards": "downward", "backwards": "backward",
    "forwards": "forward", "learnt": "learned", "spelt": "spelled", "burnt": "burned",
    "dreamt": "dreamed", "leapt": "leaped", "spilt": "spilled", "spoilt": "spoiled",
    "smelt": "smelled", "okay": "ok", "e-mail": "email", "e-mails": "emails",
    "per-cent": "percent",
}  # fmt: skip

#: Pairs in the breame table that are different words, not spellings of one.
_NOT_SPELLINGS = frozenset({"philtre", "philtres"})


@cache
def _british_to_american() -> dict[str, str]:
    # Imported on first use: the table is a 110 KB module.
    from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

    table: dict[str, str] = {
        k: v for k, v in BRITISH_ENGLISH_SPELLINGS.items() if k not in _NOT_SPELLINGS
    }
    return table


def canonical_lower(word: str) -> str:
    """The canonical spelling of a lowercase word (the word itself if it has none)."""
    hit = TRANSLITERATIONS.get(word) or DOUBLETS.get(word)
    if hit:
        return hit
    return _british_to_american().get(word, word)


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


_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


def canonical_text(text: str) -> str:
    """``text`` with every word in its canonical spelling."""
    return _WORD.sub(lambda m: canonical(m.group()), text)


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
