"""Changes judged by their words alone: a synonym (WordNet), a spelling or style
variant, a negating prefix ("safe" -> "unsafe"), one reporting verb for another ("said"
-> "claimed")."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.core.acronyms import CONNECTORS, same_term
from newsdiff.core.invisible import as_seen
from newsdiff.core.worddiff import is_word, tokenize
from newsdiff.meaning import lexicon
from newsdiff.meaning.certainty import group_of
from newsdiff.meaning.changes import FILLERS
from newsdiff.meaning.contractions import expansions
from newsdiff.meaning.cues.attribution_words import (
    NAME_CLAUSE_VERBS,
    SPEECH_VERBS,
    SUBJECT_CONTENT_VERBS,
)
from newsdiff.meaning.opposites import opposed
from newsdiff.meaning.options import ALL, closed_alike, loose_key
from newsdiff.meaning.spans import tone
from newsdiff.meaning.synonymy import wider_synonyms
from newsdiff.meaning.variants import abbreviate


def _content_words(text: str) -> list[str]:
    return [t.lower() for t in tokenize(text) if is_word(t) and t.lower() not in FILLERS]


#: Indefinite pronouns WordNet leaves out ("no one" has no entry), each -> one form.
_PRONOUNS = {
    "no one": "nobody", "no-one": "nobody", "everyone": "everybody", "someone": "somebody",
    "anyone": "anybody",
}  # fmt: skip


def is_synonym(
    a: str, b: str, same_numbers: bool, initial: tuple[bool, bool] = (True, True)
) -> bool:
    """Same meaning by WordNet: word for word, or the whole phrase, fillers aside.

    Spelling variants ("defence"/"defense") and numbers written two ways ("6"/"six")
    share WordNet synsets too, but they are ``variant``: checked first, here. Opposites
    are never synonyms, though WordNet may put both beside one head ("early" and "late"
    are both "past"); nor are two names, words capitalised where no sentence starts
    (``initial``: whether each side's span may start one): "Republican" the party is
    not "republican" (power in the citizens), which WordNet puts beside "democratic".
    """
    if same_numbers or ALL.fold(a) == ALL.fold(b) or closed_alike(a, b):
        return False
    pa, pb = (" ".join(x.lower().split()) for x in (a, b))
    if _PRONOUNS.get(pa, pa) == _PRONOUNS.get(pb, pb):
        return True  # "No one" -> "Nobody"
    wa, wb = _content_words(a), _content_words(b)
    if not wa or not wb:
        return False
    if len(wa) == len(wb) == 1 and _equally_sure(wa[0], wb[0]):
        return True  # "faster than expected" -> "than predicted"
    if len(wa) == len(wb):
        pairs = [(x, y) for x, y in zip(wa, wb, strict=True) if loose_key(x) != loose_key(y)]
        if pairs and all(lexicon.are_synonyms(x, y) or wider_synonyms(x, y) for x, y in pairs):
            return not _apart(a, b, pairs, initial)
    if len(wa) <= 3 and len(wb) <= 3 and lexicon.are_synonyms(" ".join(wa), " ".join(wb)):
        return len(wa) != 1 or len(wb) != 1 or not _apart(a, b, [(wa[0], wb[0])], initial)
    return False


def _equally_sure(x: str, y: str) -> bool:
    """Two words of one degree of certainty (``certainty.GROUPS``), not two forms of
    one: "expected" -> "anticipated" or "predicted", "seems" -> "appears"."""
    gx = group_of(x)
    return gx is not None and gx == group_of(y) and not lexicon.lemmas(x) & lexicon.lemmas(y)


def _apart(a: str, b: str, pairs: list[tuple[str, str]], initial: tuple[bool, bool]) -> bool:
    """Whether a pair of WordNet synonyms is opposites or two names (``is_synonym``)."""
    names_a, names_b = _names(a, initial[0]), _names(b, initial[1])
    return any((x in names_a and y in names_b) or opposed(x, y) for x, y in pairs)


def _names(text: str, initial: bool) -> set[str]:
    words = [t for t in tokenize(text) if is_word(t)]
    return {w.lower() for k, w in enumerate(words) if w[:1].isupper() and (k or not initial)}


def starts_sentence(text: str, start: int) -> bool:
    """Whether ``start`` may be where a sentence of ``text`` starts, a caption's
    "(Picture: ...)" or a quotation's "“Huge ..." included: a capital there says
    nothing of a name."""
    before = text[max(0, start - 16) : start].rstrip()
    return not before or before[-1] in ".!?:…(“‘\"'["


def is_variant(a: str, b: str, same_numbers: bool, after: str = "") -> bool:
    """Spelling or style only: equal once case, quotes, punctuation, spelling,
    abbreviations, contractions ("didn't" = "did not") and the way numbers are written
    are all folded; "." -> "!" or "?" changes the tone and is no variant, while "," ->
    ";" is. ``after``: the word after both (``contractions.word_after``)."""
    if tone(a) != tone(b):
        return False
    if same_numbers:
        return True
    fa, fb = ALL.fold(a), ALL.fold(b)
    if fa == fb or abbreviate(fa) == abbreviate(fb) or closed_alike(a, b):
        return True
    ea, eb = expansions(a, after), expansions(b, after)
    return (ea != (a,) or eb != (b,)) and any(ALL.fold(x) == ALL.fold(y) for x in ea for y in eb)


#: Prefixes that negate a word's stem: "unsafe", "inaccurate", "illegal", "non-lethal".
_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "non", "dis")
_PREFIX_FORMS = (*_NEGATING_PREFIXES, "non-")


def negated_by_prefix(word: str) -> bool:
    """Whether ``word`` says its stem's absence by a prefix: "unarmed", "unharmed",
    "unexpectedly", "non-lethal" (an "un-" word WordNet has only as an adjective or
    adverb, of a stem of four letters or more it knows, or "non-" and a known word),
    or "illegal", "incomplete" (another prefix where WordNet lists the two as
    antonyms). Not "union", "under", "unveil", "invaluable", "disease"."""
    w = word.lower()
    if w.startswith("non-"):
        return lexicon.known(w[4:])
    for p in _NEGATING_PREFIXES:
        stem = w[len(p) :]
        if not w.startswith(p) or len(stem) < 4:
            continue
        if p == "un":
            senses = {pos for pos, _base in lexicon.base_forms(w)}
            # "expectedly" is no WordNet word, "expected" is.
            root = stem[:-2] if stem.endswith("ly") else stem
            if (
                senses
                and senses <= {"a", "s", "r"}
                and (lexicon.known(stem) or lexicon.known(root))
            ):
                return True
        if (lexicon.lemmas(w) | {w}) & lexicon.antonyms(stem):
            return True
    return False


#: How WordNet's gloss of an adjective that says an absence starts: "homeless" is
#: "having no home or haven", "powerless" "lacking power"; "countless" ("too numerous
#: to be counted") and "priceless" say no absence.
_ABSENCE_GLOSS = re.compile(
    rb"(?:\([^)]*\)\s*)?(?:without|lacking|having no|not having|possessing no|being without|"
    rb"devoid of|destitute of|deprived of|free of|free from)\b"
)


@lru_cache(maxsize=4096)
def negated_by_suffix(word: str) -> bool:
    """Whether ``word`` says its stem's absence by "-less", as WordNet glosses one of
    its senses as an adjective: "homeless", "powerless", "jobless", "penniless"; not
    "countless", "priceless", "unless"."""
    w = word.lower()
    if not w.endswith("less") or len(w) < 7:
        return False
    for pos, base in lexicon.base_forms(w):
        for off in lexicon.senses(pos, base) if pos == "a" else ():
            line = lexicon.synset_line("a", off) or b""
            gloss = line.partition(b"| ")[2]
            if _ABSENCE_GLOSS.match(gloss):
                return True
    return False


def says_absence(word: str) -> bool:
    """Whether a word says an absence by a prefix ("unarmed") or a suffix ("homeless"):
    a privative, which "without" or "not" on the other side says again."""
    return negated_by_prefix(word) or negated_by_suffix(word)


def is_prefix_negation(a: str, b: str) -> bool:
    """Whether one side negates a word of the other by a prefix ("safe" -> "unsafe",
    "legal" -> "illegal"), the rest the same. The pair must be antonyms in WordNet (or
    take "non-"), so "tense" -> "intense", "it" -> "unit" and "der" -> "under" are not."""
    if not 2 <= abs(len(a) - len(b)) <= 4:
        return False  # one word longer by its prefix, the rest the same: cheap to rule out
    short_text, long_text = sorted((a.lower(), b.lower()), key=len)
    if not any(p + w in long_text for w in short_text.split()[-1:] for p in _PREFIX_FORMS):
        return False
    wa, wb = _content_words(a), _content_words(b)
    if len(wa) != len(wb) or not wa:
        return False
    diffs = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(diffs) != 1:
        return False
    short, long = sorted(diffs[0], key=len)
    if long.startswith("non-") and long[4:] == short:
        return lexicon.known(short)
    if not any(long == p + short for p in _NEGATING_PREFIXES):
        return False
    return bool((lexicon.lemmas(long) | {long}) & lexicon.antonyms(short)) or bool(
        (lexicon.lemmas(short) | {short}) & lexicon.antonyms(long)
    )


#: One word of a reporting verb's kind, either side of a change; not a verb of belief
#: ("you believe" -> "you think" is a synonym, "believe" -> "know" a hedge).
_SWAPPABLE = SPEECH_VERBS | SUBJECT_CONTENT_VERBS - frozenset(
    "believe believes believed think thinks thought reckon reckons reckoned".split()
)


def reporting_verb_swapped(a: str, b: str) -> bool:
    """Whether a change puts one reporting verb for another ("said" -> "claimed", "say"
    -> "claim"): who says what, spun, whether or not the clause rules found what is said
    ("Aid agencies say thousands of people need shelter"). One of the two is a verb that
    seldom takes a plain object (``NAME_CLAUSE_VERBS``): "told a story" -> "wrote a
    story" is wording; two forms of one verb ("say" -> "said") are no swap."""
    a, b = a.strip().lower(), b.strip().lower()
    if a == b or a not in _SWAPPABLE or b not in _SWAPPABLE:
        return False
    if a not in NAME_CLAUSE_VERBS and b not in NAME_CLAUSE_VERBS:
        return False
    return not lexicon.lemmas(a) & lexicon.lemmas(b)


def same_named_term(a: str, b: str, speaking: bool) -> bool:
    """Whether a change writes one term as an acronym and as the words it stands for
    (``core.acronyms.same_term``). Where it names who speaks (``speaking``: it touches
    an attribution cue), only words that name the acronym's bearer count: a name in capitals
    ("the NHS" -> "the National Health Service") or WordNet's own expansion ("CEO" ->
    "chief executive officer", "PM" -> "prime minister"); common words whose initials
    spell it by chance name someone else ("The PM said" -> "The party members said",
    review r20d), a change of who speaks, not of spelling."""
    if not same_term(a, b):
        return False
    if not speaking:
        return True
    short, long = (
        (a.strip(), b.strip()) if len(a.strip()) <= len(b.strip()) else (b.strip(), a.strip())
    )
    words = [w for w in re.findall(r"[\w'’]+", long) if w.lower() not in CONNECTORS]
    return all(w[0].isupper() for w in words) or lexicon.are_synonyms(short.lower(), long.lower())


#: Marks a word may carry beside it, left out to look it up.
_MARKS = ".,;:!?\"'“”‘’()[]"


def same_to_reader(a: str, b: str, speaking: bool, after: str = "") -> bool:
    """Whether a change is none to a reader: the same text once its invisible characters
    go and any run of spaces is one (``core.invisible.as_seen``), words run together
    into no word WordNet knows ("next week" -> "nextweek", "next\\u200bweek": a space
    lost, where "a part" -> "apart", "may be" -> "maybe" are other words and "5 0" ->
    "50" another figure), one term
    as an acronym and as its words (``same_named_term``), or an e-mail's quoting mark
    put in or taken out between words (``after``: the text after the change): review
    r23a finding 3, "according {+> +}to" in a reply that quotes a story was an
    attribution change; "{+> +}50" ("more than 50") is not a quoting mark."""
    seen_a, seen_b = as_seen(a), as_seen(b)
    if seen_a == seen_b:
        return True
    mark = seen_a.strip() + seen_b.strip()
    if not (seen_a.strip() and seen_b.strip()) and mark and not mark.strip(">"):
        return not after.lstrip()[:1].isdigit()
    if seen_a.count(" ") != seen_b.count(" ") and seen_a.replace(" ", "") == seen_b.replace(
        " ", ""
    ):
        fewer, more = sorted((seen_a.split(), seen_b.split()), key=len)
        joined = [w.strip(_MARKS) for w in fewer if w not in more]
        return all(w.isalpha() and not lexicon.known(w) for w in joined)
    return same_named_term(a, b, speaking)
