"""What "according to" cites: a source (a who that says: a person, a group of people,
a document or a count that tells) or a norm ("in accordance with": a plan, a rule, a
schedule, a tariff, a law's terms; right after a verb, a recipe or a contract followed),
read from the head noun of the cited phrase and WordNet's lexicographer categories of its
most frequent sense."""

from __future__ import annotations

from functools import lru_cache

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.attribution_words import (
    CLAUSE_STOPS,
    DETERMINERS,
    INSTITUTIONS,
    NOT_CITED,
    PEOPLE,
    SOURCE_NOUNS,
    UNMARKED_PASTS,
)
from newsdiff.meaning.cues.base import Word, one_phrase

#: WordNet 3.0's lexicographer files of nouns that no one says anything in: a norm
#: or a measure one acts in accordance with ("according to the tariff": possession;
#: "according to size", "according to need": attribute, state). Not noun.quantity:
#: "according to an AFP count" cites who counted.
_NORM_FILES = frozenset(
    {
        7,  # noun.attribute
        21,  # noun.possession
        26,  # noun.state
    }
)
_COGNITION = 9
#: A cognition noun is a norm where it is cognitive content (WordNet's "content": a
#: plan, an agenda, a rule, a criterion, a tradition) or a practice, not the outcome of
#: thinking or of counting ("estimate", "poll", "statistic": process, information).
_NORM_CONTENT = (b"content", b"practice")
#: Words between "according to" and the head of what it cites ("the new tariff
#: schedule"): more is a clause, which names its own source.
_MAX_PHRASE = 6


def cites_no_source(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether the phrase that opens at ws[k] (after "according to" and its like) cites
    a norm rather than a source: its head noun ("according to the new tariff schedule"
    -> "schedule", "according to a new law by the government" -> "law") is one of
    ``NOT_CITED`` (or its first word is) or, lower case and no source noun, a norm by its most frequent
    WordNet sense (``_norm``). A capitalised head is a name: a source."""
    first = k
    while first < len(ws) - 1 and ws[first][0] in DETERMINERS and one_phrase(text, ws, first):
        first += 1
    if first < len(ws) and ws[first][0] in NOT_CITED:
        return True  # "according to the rules of the party", "according to plan"
    if _measure_of(text, ws, first):
        return True  # "weighted according to the number of dollars invested"
    head = _head(text, ws, first)
    if head is None:
        return False
    w, s, _e = ws[head]
    if w in NOT_CITED:
        return True
    if w in SOURCE_NOUNS or w in PEOPLE or w in INSTITUTIONS:
        return False
    if text[s].isupper():
        # a name is a source, unless a deed was done by it as by a treaty ("treated
        # according to the Geneva Conventions")
        return _after_a_deed(text, ws, k) and _prescribes(w.lower())
    return _norm(w) or (_after_a_deed(text, ws, k) and _prescribes(w))


#: Nouns of a measure that name a part of those after "of", who are then the source:
#: "according to the majority of economists" ("a number of experts" too: ``_measure_of``).
_PARTITIVES = frozenset("majority minority bulk plurality rest remainder half most".split())


def _measure_of(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether the phrase from ws[k] is a measure "of" something, within its first three
    words ("the number of dollars", "the total amount of aid", "the size of the crowd"):
    a norm by its most frequent sense (``_norm``), "according to" meaning "in proportion
    to"; the measure, not what it measures, is cited. Not a part of a whole ("the
    majority of economists", "a number of experts")."""
    for j in range(k, min(len(ws) - 1, k + 3)):
        if not one_phrase(text, ws, j):
            return False
        if ws[j + 1][0] == "of":
            w = ws[j][0]
            partitive = w in _PARTITIVES or (j > 0 and ws[j - 1][0] in ("a", "an"))
            return not partitive and _norm(w)
    return False


def _head(text: str, ws: tuple[Word, ...], k: int) -> int | None:
    """The last noun of the phrase from ws[k] (past its determiners) up to a preposition,
    a relative word, a determiner or a stop (the head of "the new tariff schedule"), or
    None."""
    head = None
    j = k
    while j < len(ws) and j - k < _MAX_PHRASE:
        w = ws[j][0]
        if w in CLAUSE_STOPS or (j > k and w in DETERMINERS):
            break  # a determiner opens the next phrase: "according to Rathbun the property"
        if w not in DETERMINERS and any(p == "n" for p, _b in lexicon.base_forms(w)):
            head = j
        if not one_phrase(text, ws, j):
            break
        j += 1
    return head


#: Heads of the senses that state or allege: a complaint (a pleading), an indictment,
#: a judgment (a legal document), a report, a statement. A norm WordNet also files as a
#: document ("law": a legal document) is one of ``NOT_CITED``, read first.
_TELLS = (b"statement", b"document")


@lru_cache(maxsize=1024)
def _norm(word: str) -> bool:
    """Whether the noun's most frequent sense (of each of its base forms) is a norm or
    a measure (``_NORM_FILES``, or cognitive content, ``_NORM_CONTENT``), not a who or
    a what that tells, and none of its senses is a statement or a document: "the
    complaint" (first an ailment), "the judgment" (first an opinion) cite the court
    papers they also name (review r20b finding 6)."""
    bases = [b for p, b in lexicon.base_forms(word) if p == "n"]
    firsts = [lexicon.senses("n", b)[:1] for b in bases]
    offsets = [f[0] for f in firsts if f]
    if not offsets or not all(_norm_sense(off) for off in offsets):
        return False
    return not any(_under(off, _TELLS) for b in bases for off in lexicon.senses("n", b))


def _norm_sense(off: int) -> bool:
    line = lexicon.synset_line("n", off)
    if line is None:
        return False
    category = int(line.split()[1])
    if category in _NORM_FILES:
        return True
    return category == _COGNITION and _under(off, _NORM_CONTENT)


def _under(off: int, heads: tuple[bytes, ...]) -> bool:
    """Whether a noun synset has one of ``heads`` among its hypernyms (up to the top)."""
    seen = {("n", off)}
    todo = [("n", off)]
    while todo:
        for above in lexicon.hypernyms(*todo.pop()):
            if above in seen:
                continue
            seen.add(above)
            fields = (lexicon.synset_line(*above) or b"").split()
            if len(fields) > 4 and fields[4] in heads:
                return True
            todo.append(above)
    return False


#: Heads of the senses that prescribe how a thing is done: a direction ("recipe",
#: "formula": a recipe), an agreement ("contract", "treaty", "the Geneva Conventions"),
#: a handbook ("manual"), a law ("constitution", "statute": a legislative act), a policy
#: ("quota"), a list to go by ("checklist"), a will (the legal document that disposes of
#: an estate, and the intent one acts on: "divided according to the will", review r21b).
_PRESCRIBES = (
    b"direction", b"agreement", b"handbook", b"law", b"legislative_act", b"policy", b"list",
    b"will",
)  # fmt: skip
#: How many of a noun's senses (most frequent first) ``_prescribes`` reads ("quota" is a
#: policy third, "convention" a treaty).
_PRESCRIBING_SENSES = 3


def _after_a_deed(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether "according to" (or "as per"), which ends at ws[k - 1], follows a verb in
    its phrase, with no comma between (an adverb in "-ly" may stand there): "Workers are
    paid according to", "The cake was baked strictly according to" say how it was done,
    where ", according to" hands a claim to what it cites."""
    v = k - 3
    if v >= 0 and ws[v][0].endswith("ly") and one_phrase(text, ws, v):
        v -= 1
    if v < 0 or not one_phrase(text, ws, v):
        return False
    v = _verb_before(text, ws, v)
    w = ws[v][0]
    return w in UNMARKED_PASTS or lexicon.verb_form(w) is not None


#: A phrasal verb's particles and the prepositions of where a thing goes: "is passed on
#: according to", "goes to the church according to" (review r22c finding 5).
_PARTICLES = frozenset("on off up down out over away back".split())
_DESTINATIONS = frozenset("to into among between".split())


def _verb_before(text: str, ws: tuple[Word, ...], v: int) -> int:
    """The verb a phrase before "according to" ends at ws[v] belongs to: the verb of a
    particle ("passed on") or of a place it goes to ("goes to the church", "goes to his
    nephew"), with no comma between; else ws[v] itself."""
    if ws[v][0] in _PARTICLES and v > 0 and one_phrase(text, ws, v - 1):
        return v - 1
    for j in range(v - 1, max(v - 4, 0), -1):
        if not one_phrase(text, ws, j):
            break
        if ws[j][0] in _DESTINATIONS:
            return j - 1 if lexicon.verb_form(ws[j - 1][0]) is not None else v
    return v


@lru_cache(maxsize=1024)
def _prescribes(word: str) -> bool:
    """Whether one of the noun's most frequent senses prescribes how a thing is done
    (``_PRESCRIBES``): "recipe", "contract", "agreement", "manual", "formula", "will"; not
    what states or alleges ("complaint", "judgment", "report", "indictment")."""
    for base in sorted(b for p, b in lexicon.base_forms(word) if p == "n"):
        for off in lexicon.senses("n", base)[:_PRESCRIBING_SENSES]:
            fields = (lexicon.synset_line("n", off) or b"").split()
            if (len(fields) > 4 and fields[4] in _PRESCRIBES) or _under(off, _PRESCRIBES):
                return True
    return False
