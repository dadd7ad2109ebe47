"""Spelling variants, as data: one canonical spelling for a word spelled two ways.

Three sources, in this order:

* place names transliterated two ways, Ukrainian-based and Russian-based ("Kyiv" and
  "Kiev", "Kharkiv" and "Kharkov"), and a few other names news copy spells both ways;
* British and American spellings ("colour"/"color", "defence"/"defense",
  "programme"/"program"), from the ``breame`` package's table of 1,700 pairs with
  their inflections;
* a handful of style doublets that table leaves out ("amongst"/"among",
  "whilst"/"while", "towards"/"toward", "learnt"/"learned").

The canonical form is the Ukrainian transliteration and the American spelling; which
one it is matters only in that both spellings map to it. It lives in ``core`` because
the aligner folds it too (``core.words``: "The colour of the centre" is the same
sentence as "The color of the center"); ``meaning.variants`` builds on it.
"""

from __future__ import annotations

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


@cache
def respelled() -> frozenset[str]:
    """Every lowercase word whose canonical spelling is another word: a text with none
    of them is its own canonical text."""
    words = {*TRANSLITERATIONS, *DOUBLETS, *_british_to_american()}
    return frozenset(w for w in words if canonical_lower(w) != w)


def canonical_lower(word: str) -> str:
    """The canonical spelling of a lowercase word (the word itself if it has none)."""
    hit = TRANSLITERATIONS.get(word) or DOUBLETS.get(word)
    if hit:
        return hit
    return _british_to_american().get(word, word)
