"""A cheap guess of a text's language from its script, for the parts that know only
English (change classes, suggestions), which then say so instead of guessing.

The guess is the script most of the text's letters are written in (Han, Arabic,
Devanagari, Cyrillic, Greek, ...), with a few letters that tell languages sharing a
script apart (Urdu's ے ں ٹ against Arabic, Ukrainian's і ї є against Russian; a pair
of an Arabic text and one with no Persian letter but ک ی is Arabic typed on a Persian
keyboard, Arabic). Latin
text is English unless English function words are rare in it; a longer Latin text that
none of the eight lists covers (Swedish, Turkish, Vietnamese ...) is ``und``, not the
nearest wrong list, and so is a short one whose words hold letters none of the eight
writes (Turkish ı ş). A text given twice counts once (``diff a a`` guesses as ``suggest
a``), and a short text is named by two different words of a list, not one word twice. It is a guess: ``--lang`` forces a language where it is wrong. Codes
are ISO 639-1 (``und`` for undetermined).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from newsdiff.core.letterforms import has_arabic
from newsdiff.core.scripts import SCRIPTS as _SCRIPTS
from newsdiff.core.scripts import script_counts
from newsdiff.core.words import STOP_WORDS

#: The language the change classes and the suggestions know.
ENGLISH = "en"

#: How much of each text the guess reads: enough for a majority, cheap on 1 MB.
SAMPLE = 20_000

#: What a forced language may look like: a code such as en, zh, ur, pt-BR.
CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


# Letters that only some languages of a script use.
_URDU = frozenset("\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d4")
_PERSIAN = frozenset("\u067e\u0686\u0698\u06af\u06a9\u06cc")
#: Persian's own letters پ چ ژ گ: not ک ی, Persian's forms of Arabic's ك ي, which a
#: Persian keyboard types for Arabic too (and ``core.letterforms`` folds).
_PERSIAN_OWN = frozenset("\u067e\u0686\u0698\u06af")
_UKRAINIAN = frozenset("\u0456\u0457\u0454\u0491\u0406\u0407\u0404\u0490")
_WORD = re.compile(r"[^\W\d_]+")

#: The commonest short words of English and of the Latin-script languages news is
#: most often written in: the Latin guess is whichever list covers most words.
_FUNCTION_WORDS = {
    "en": "the of and to in a is that for on was with as by said it at from he are be",
    "fr": "le la les de des et un une est dans du en que qui pour sur au pas avec a",
    "de": "der die das und ist nicht mit ein eine den zu von im auf sich des dem sie",
    "es": "el la los las de y en que un una es por con para del se al su no",
    "it": "il la di che e un una per non sono della del con gli le ha da",
    "pt": "o a os as de e em que um uma do da para com não no na por",
    "nl": "de het een en van in is dat op te met voor niet zijn er",
    "pl": "w z na się nie do że jest od po jak ale za przez dla oraz jego są",
}
_FUNCTION_SETS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_ALL_FUNCTION_WORDS = frozenset().union(*_FUNCTION_SETS.values())
#: Every letter the eight languages write (lower case): a word with a letter outside it
#: (Romanian ă ș ț, Danish å ø æ, Czech ř ě ů, Turkish ı ğ ş, Hungarian ő ű, Vietnamese
#: ơ ư ạ) is written in none of them. æ is French only in a few borrowings ("vitæ").
_EIGHT_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyz"
    "àâçéèêëîïôœùûüÿ"  # fr
    "äöüß"  # de
    "áíñóú"  # es
    "ìò"  # it
    "ãõ"  # pt
    "ąćęłńśźż"  # pl (ó above); nl writes only letters above
)


#: Letters of Polish that no other of the eight writes, and every letter Polish writes:
#: a short text with one of the first, no letter outside the second (Lithuanian's ė ų,
#: Czech's ř ě) and a Polish function word is Polish, though one function word names
#: no other language (review r23c: "Na wiec przyszło ok. 300 osób. Policja
#: interweniowała szybko.", whose "na" is Portuguese's too).
_POLISH_OWN = frozenset("ąęłńśźż")
_POLISH_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzóąćęłńśźż")


#: Fewer Latin words than this is a short text: function words decide only with a lead.
SHORT = 20
#: The share of a longer Latin text's words its best list must cover to name a language:
#: a list covers a fifth or more of running text in its own language (English news here
#: 0.23-0.35; r18a's de/fr/es stories 0.26-0.40) and a few stray hits in one it does
#: not know (Swedish "de", Indonesian "di", Turkish none: 0-0.06 in r18a's stories).
#: English, the default, is measured by its wider stop-word list (``core.words``): a
#: quote and its frame ("We have never seen anything like this," said ...) have few of
#: the twenty news words but many of these (0.27; Swedish 0.03, the others 0).
COVERED = 0.1
#: The code of a language the guess cannot name (ISO 639-2 "undetermined").
UNKNOWN = "und"
#: The share of such a text's words an English word list holds (the stop words, and the
#: lemmas of WordNet, which the caller's ``known`` reads) above which it is English all
#: the same, unsure: a results or names brief has few function words ("Arsenal 2
#: Chelsea 1. ... Referee Michael Oliver said afterwards.": 0.04) but its words are
#: English (0.68-0.73 in review r19b's), while r18a's and r19b's Swedish, Danish,
#: Turkish, Indonesian and Vietnamese hold 0.03-0.33 (a stray "den", "dan", "ban").
ENGLISH_WORDS = 0.5
#: How many of its function words a short text needs to be another language than
#: English; English, the default, needs one, and more than any other list has.
SHORT_HITS = 2
#: The share of a longer Latin text's words with a letter none of the eight languages
#: writes above which it is none of them, if those words are at least as many as its
#: best list's hits: Romanian's "de", "la", "a" cover a tenth of its words as French's
#: would, but a quarter of its words hold ă, ș or ț; a French, German or Spanish story
#: naming three Romanian or Danish places (review r20b: 3 such words to 5-14 hits)
#: keeps its language.
FOREIGN = 0.05
#: Below this share of English function words (and of stop words) a longer text the
#: guess reads as English is weakly so (English news 0.23-0.35; Danish, Norwegian and
#: Hungarian news 0.11-0.15 from "i", "at", "to", "a")...
WEAK = 0.2
#: ... and is none of the eight when fewer than this share of its words are English
#: (stop words and WordNet's lemmas): review r20b's Danish, Norwegian and Hungarian
#: 0.25-0.29; English briefs of names 0.48-0.73.
NOT_ENGLISH = 0.4


class Detected(NamedTuple):
    """A guessed language and whether the text showed it (False: a short Latin text
    whose function words could not tell, taken as English)."""

    lang: str
    sure: bool = True


def guess(*texts: str) -> str:
    """The language the texts are most likely written in (one code for them all)."""
    return detect(*texts).lang


def detect(*texts: str, known: Callable[[str], bool] | None = None) -> Detected:
    """``guess``'s language, and whether the texts showed it (see ``Detected``).

    ``known``: whether a lowercase word is English (WordNet's, ``meaning.lexicon``),
    which ``core`` cannot read: given, a text the function words leave unknown is
    English, unsure, when most of its words are English (``ENGLISH_WORDS``)."""
    # Each text's letters and words are tallied once (``_tally``): a pair is guessed as
    # one text, then each side alone when it is segmented. The pair's sample joins the
    # samples with a space, which no script counts and which ends a word: its counts
    # are the sums of theirs.
    # One text given twice (``diff a a``, a reprint's unchanged side) is one text's
    # evidence, not twice as much: the pair is guessed as the file alone is.
    tallies = [_tally(t) for t in dict.fromkeys(t[:SAMPLE] for t in texts)]
    counts = dict.fromkeys((lang for lang, _ranges in _SCRIPTS), 0)
    for tally in tallies:
        for lang, n in tally.scripts.items():
            counts[lang] += n
    if counts["ja"] and counts["zh"]:
        counts["ja"] += counts.pop("zh")  # kanji among kana: Japanese
    best = max(counts, key=lambda k: counts[k])
    if not counts[best]:
        return Detected(ENGLISH)  # no letters at all (numbers, punctuation): nothing to doubt
    if best == "la":
        hits = dict.fromkeys(_FUNCTION_SETS, 0)
        for tally in tallies:
            for lang, n in tally.hits.items():
                hits[lang] += n
        total = sum(tally.words for tally in tallies)
        stops = sum(tally.stops for tally in tallies)
        foreign = sum(tally.foreign for tally in tallies)
        seen = frozenset().union(*(tally.seen for tally in tallies))
        polish = any(t.polish for t in tallies) and all(t.polish is not None for t in tallies)
        found = _latin_hits(hits, total, stops, foreign, seen, polish)
        if total < SHORT and known and found.lang not in (ENGLISH, UNKNOWN):
            if _english_after_all(texts, found.lang, known):
                return Detected(ENGLISH, False)
        if found.lang == UNKNOWN and known and _english_share(texts, known) > ENGLISH_WORDS:
            return Detected(ENGLISH, False)
        weak = found.lang == ENGLISH and total >= SHORT and max(hits[ENGLISH], stops) < WEAK * total
        if weak and known and _english_share(texts, known) < NOT_ENGLISH:
            return Detected(UNKNOWN)  # Danish's "i", "at", "to": a few hits, few English words
        return found
    sample = " ".join(t[:SAMPLE] for t in texts)
    if best == "ar":
        if not _URDU.isdisjoint(sample):
            return Detected("ur")
        return Detected(_arabic_or_persian(sample, texts))
    if best == "ru":
        return Detected("uk" if not _UKRAINIAN.isdisjoint(sample) else "ru")
    return Detected(best)


class _Tally(NamedTuple):
    """What the guess reads of a sample: each script's letters, each function-word
    list's words, how many words (``_WORD``) it has, and how many of them are English
    stop words."""

    scripts: dict[str, int]
    hits: dict[str, int]
    words: int
    stops: int
    foreign: int
    #: The function words of any list it holds, each once.
    seen: frozenset[str] = frozenset()
    #: Whether a word holds a letter only Polish writes (``_POLISH_OWN``); None: a word
    #: holds a letter Polish does not write.
    polish: bool | None = False


@lru_cache(maxsize=16)
def _tally(sample: str) -> _Tally:
    """``sample``'s tally (callers only read it)."""
    found = _WORD.findall(sample)
    words = Counter(map(str.lower, found))
    hits = {lang: sum(words[w] for w in fw) for lang, fw in _FUNCTION_SETS.items()}
    stops = sum(n for w, n in words.items() if w in STOP_WORDS)
    foreign = sum(n for w, n in words.items() if not _EIGHT_LETTERS.issuperset(w))
    seen = frozenset(w for w in words if w in _ALL_FUNCTION_WORDS)
    letters = frozenset("".join(words))
    polish = (
        None if not _POLISH_LETTERS.issuperset(letters) else not _POLISH_OWN.isdisjoint(letters)
    )
    return _Tally(script_counts(sample), hits, len(found), stops, foreign, seen, polish)


def _english_share(texts: tuple[str, ...], known: Callable[[str], bool]) -> float:
    """The share of the texts' words that are English stop words or ``known``."""
    words = Counter(w.lower() for t in texts for w in _WORD.findall(t[:SAMPLE]))
    english = sum(n for w, n in words.items() if w in STOP_WORDS or known(w))
    return english / max(1, sum(words.values()))


#: The share of a short text's content words (neither English stop words nor the
#: other list's function words) that must be English for ``_english_after_all``:
#: Dutch shares many words with English ("brand", "haven", "storm"), so the share alone
#: does not tell them apart (up to 0.89 in short Dutch news sentences).
CONTENT_ENGLISH = 0.8


def _english_after_all(texts: tuple[str, ...], lang: str, known: Callable[[str], bool]) -> bool:
    """Whether a short text the function words gave to ``lang`` is English all the same:
    its English function and stop words that ``lang`` does not write are at least as
    many as ``lang``'s words English does not write, and its content words are English;
    or they are one fewer, and every content word (two or more) is English.
    "Ministers met 3 times more often in 2024." is not Dutch for its "met" and "in"
    ("more" is English alone; "met" is Dutch alone); "De storm is over het land
    getrokken." stays Dutch ("over" against "de" and "het")."""
    words = Counter(w.lower() for t in texts for w in _WORD.findall(t[:SAMPLE]))
    theirs, ours = _FUNCTION_SETS[lang], _FUNCTION_SETS[ENGLISH] | STOP_WORDS
    english = sum(n for w, n in words.items() if w in ours and w not in theirs)
    other = sum(n for w, n in words.items() if w in theirs and w not in ours)
    content = [(w, n) for w, n in words.items() if w not in ours and w not in theirs]
    known_n = sum(n for w, n in content if known(w))
    total = sum(n for _w, n in content)
    if english >= other:
        return total > 0 and known_n >= CONTENT_ENGLISH * total
    # One word of theirs alone ("Police met protesters in Hull.": Dutch "met"), and every
    # content word English: "Minister met premier in Den Haag." keeps its Dutch ("haag").
    return other - english == 1 and total >= 2 and known_n == total


def _arabic_or_persian(sample: str, texts: tuple[str, ...]) -> str:
    """Persian if the texts have a Persian letter, but for a pair of which one text
    has none and the others only ک ی: one Arabic text and the same typed on a Persian
    keyboard (reviewer r16b), Arabic as the first says."""
    if _PERSIAN.isdisjoint(sample):
        return "ar"
    if _PERSIAN_OWN.isdisjoint(sample) and any(
        has_arabic(t[:SAMPLE]) and _PERSIAN.isdisjoint(t[:SAMPLE]) for t in texts
    ):
        return "ar"
    return "fa"


def other_script(*texts: str) -> bool:
    """Whether the texts have letters and none of them Latin: a change in a quotation of
    Arabic or Chinese inside English copy, which the English change classes cannot read
    (review r23d)."""
    text = "".join(texts)
    # Most changes of English copy hold an ASCII letter: no count of their characters.
    if text.isascii() or _ASCII_LETTER.search(text) is not None:
        return False
    counts = script_counts(text)
    return counts["la"] == 0 and any(counts.values())


_ASCII_LETTER = re.compile("[A-Za-z]")


def _latin(sample: str) -> Detected:
    tally = _tally(sample)
    return _latin_hits(
        tally.hits, tally.words, tally.stops, tally.foreign, tally.seen, bool(tally.polish)
    )


def _latin_hits(
    hits: dict[str, int],
    total: int,
    stops: int,
    foreign: int = 0,
    seen: frozenset[str] | None = None,
    polish: bool = False,
) -> Detected:
    """The Latin guess from each list's hits among ``total`` words, ``stops`` of them
    English stop words and ``foreign`` of them written with a letter none of the eight
    languages has; ``seen``: the distinct function words among them (a short text
    names a language by ``SHORT_HITS`` different words of its list, not one word twice:
    Indonesian "di" in both sides of a pair is no Italian, review r23d); ``polish``: a
    word holds a letter only Polish writes and none a letter Polish does not, when one
    Polish function word is enough (``_POLISH_OWN``)."""
    best = max(hits, key=lambda k: hits[k])
    english = hits[ENGLISH] * 1.2 >= hits[best]
    if not english and foreign > (FOREIGN * total if total >= SHORT else 0):
        if foreign >= hits[best]:
            # Romanian's "de la" is no French, Turkish "Ankara'da" no Italian "da".
            return Detected(UNKNOWN)
    if total >= SHORT:
        if max(hits[best], stops) < COVERED * total:
            return Detected(UNKNOWN)  # none of the eight: not the nearest wrong one
        return Detected(ENGLISH if english else best)
    words = _FUNCTION_SETS[best] if seen is None else _FUNCTION_SETS[best] & seen
    if not english and min(hits[best], len(words)) >= SHORT_HITS:
        return Detected(best)
    if polish and hits["pl"] == hits[best] > hits[ENGLISH] * 1.2:
        return Detected("pl")
    others = max(n for lang, n in hits.items() if lang != ENGLISH)
    return Detected(ENGLISH, hits[ENGLISH] > others)


def guessed_how(lang: str) -> str:
    """How ``detect`` came to ``lang``, as a note says it: a Latin-script language is
    told by its function words ("el", "que"), any other by its script."""
    if lang == UNKNOWN:
        *known, last = _FUNCTION_WORDS
        return f"Latin script, not the function words and letters of {', '.join(known)} or {last}"
    if lang.split("-")[0].lower() in _FUNCTION_SETS:
        return "guessed from its function words"
    return "guessed from the script"


def to_force(lang: str) -> str:
    """What a note tells to do where the guess ``lang`` is wrong: force English, but
    name the language of a text the guess could not (``UNKNOWN``: Vietnamese, Danish,
    ... are not English either, review r19b finding 3)."""
    if lang == UNKNOWN:
        return "--lang CODE to name its language, as da, tr, id, vi or ro"
    return "--lang en to force English"


def named(lang: str) -> str:
    """``lang`` as a note names it: a code, or "unknown" for ``UNKNOWN``."""
    return "unknown" if lang == UNKNOWN else lang


def is_english(lang: str) -> bool:
    """Whether ``lang`` (a code such as en, en-GB) is English."""
    return lang.split("-")[0].lower() == ENGLISH
