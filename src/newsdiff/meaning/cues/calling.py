"""Naming as a verdict: "called the charges unsubstantiated", "calling the allegations
baseless", "branded the report a whitewash", "have declared the election free and fair". The verb's object and a complement that
grades it (an adjective, or "a"/"an" and a noun, perhaps in quotation marks) report the source's judgement, not the
writer's: attribution. "called the police", "called a meeting", "called him at home",
"called the baby Anna" and "called it a day" name or summon; no complement, or one that
is a name, a time or a place, follows them."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues import subjective
from newsdiff.meaning.cues.attribution_words import CLAUSE_STOPS
from newsdiff.meaning.cues.base import Word, vocab
from newsdiff.meaning.cues.clauses import one_phrase
from newsdiff.meaning.cues.valence_words import ADJECTIVES

#: Verbs of naming whose object and complement may be a verdict.
NAMING_VERBS = vocab(
    "call calls called calling branded brands branding labelled labeled labels "
    "labelling labeling termed terms declare declares declared declaring pronounced "
    "pronounces"
)
_DETERMINERS = vocab("the a an this that these those his her their its our my your such")
_OBJECT_PRONOUNS = vocab("him her them it this that us me you")
#: Words WordNet has as adjectives that tell when, where or how far, not how good:
#: "called him home", "called the meeting early", "called the game off".
_NOT_GRADING = vocab(
    "home back off up out in down over early late last next away again together "
    "quits first second third daily weekly live both all each "
    # states of record that one with the power declares: "declared him dead"
    "dead alive bankrupt insolvent"
)
#: Participles that pass a verdict, which WordNet also has as verbs: "called the
#: report biased", "called the election rigged".
_VERDICT_PARTICIPLES = vocab(
    "biased rigged flawed fabricated exaggerated overblown overstated misguided misplaced "
    "politicized politicised doomed outdated inflated distorted twisted slanted"
)
#: Nouns after "a"/"an" that time or summon rather than judge: "called it a day",
#: "called her a taxi", "called the police a second time".
_NOT_VERDICT = vocab(
    "day days night week month year time times hour minute while couple few lot number "
    "taxi cab ambulance doctor halt truce"
)
#: Between the object and its complement: a space, perhaps a quotation mark opening
#: the source's own word ("called the charges “baseless”").
_OPEN = re.compile(r"\s+[“\"‘']?")
#: What may follow the complement: the clause ends, or another is joined to it.
_AFTER = vocab("and or but because as while")


def _object_end(text: str, ws: tuple[Word, ...], k: int) -> int | None:
    """Where a complement may first start after the naming verb ws[k]: after a
    pronoun, a name, or a determiner and its first word ("the charges"; the object
    may run on: "the new tax plan"); else None."""
    j = k + 1
    if j >= len(ws) or not one_phrase(text, ws, k):
        return None
    w, s, _e = ws[j]
    if w in _OBJECT_PRONOUNS:
        return j + 1
    if text[s].isupper():
        # A name: "called Trump a liar", "called Brexit a disaster".
        while j + 1 < len(ws) and one_phrase(text, ws, j) and text[ws[j + 1][1]].isupper():
            j += 1
        return j + 1
    if w not in _DETERMINERS:
        return None
    return j + 2  # "called the wounded." has no complement


def _grades(word: str, after_adverb: bool) -> bool:
    """An adjective that grades: one the subjectivity lexicons rate ("false", "flawed",
    "unacceptable"), a participle of verdict ("biased", "rigged"), or a word WordNet
    has as an adjective and not as an adverb or a verb ("baseless", "unsubstantiated",
    "racist"; not "listed", "alone", "ahead", "short"). After an "-ly" adverb any
    adjective will do ("politically motivated")."""
    if word in _NOT_GRADING:
        return False
    rated = subjective.lexicon().get(word)
    if rated is not None and (rated[1] != 0 or rated[0] >= subjective.SUBJECTIVE_MIN):
        return True  # Pattern's "open" (0.5, 0.0) grades nothing
    if word in _VERDICT_PARTICIPLES or word in _vader():
        return True
    forms = {pos for pos, _b in lexicon.base_forms(word)}
    if after_adverb:
        return bool(forms & {"a", "s"})
    return bool(forms & {"a", "s"}) and not forms & {"r", "v"}


@lru_cache(maxsize=1)
def _vader() -> frozenset[str]:
    return frozenset(line.split()[0] for line in ADJECTIVES.splitlines() if line)


def _ends(text: str, ws: tuple[Word, ...], j: int) -> bool:
    """Whether the complement ends at ws[j]: punctuation or the text's end after it, or
    a conjunction ("unsubstantiated and false")."""
    if j + 1 >= len(ws) or not one_phrase(text, ws, j):
        return True
    return ws[j + 1][0] in _AFTER


def _complement(text: str, ws: tuple[Word, ...], j: int) -> bool:
    """Whether a verdict starts at ws[j], after the object: an adjective that grades,
    perhaps after an "-ly" adverb ("politically motivated"), or "a"/"an" and a noun
    ("a mistake", "a political stunt"), and the clause ends there."""
    if j >= len(ws) or not _OPEN.fullmatch(text, ws[j - 1][2], ws[j][1]):
        return False
    w, s, _e = ws[j]
    if w in _DETERMINERS and _quoted_word(text, ws, j + 1):
        return True  # "calls it the “big enchilada”": the source's own name for it
    if text[s].isupper():
        return False  # "called the baby Anna": a name
    if w in ("a", "an"):
        for m in range(j + 1, min(len(ws), j + 5)):
            if not one_phrase(text, ws, m - 1):
                return False
            if _ends(text, ws, m) or (m + 1 < len(ws) and ws[m + 1][0] in _RELATIVES):
                # "a Kremlin mouthpiece", "a Kremlin-financed mouthpiece that seeks":
                # a name may modify the verdict, not be it
                if text[ws[m][1]].isupper():
                    return False
                return _noun_head(ws[m][0])
        return False
    if _ends(text, ws, j) and _people_named(w):
        return True  # "He called these folks criminals" (review r25c)
    adverb = w.endswith("ly") and j + 1 < len(ws) and one_phrase(text, ws, j)
    if adverb:
        j, w = j + 1, ws[j + 1][0]
    return _grades(w, adverb) and _ends(text, ws, j)


def _people_named(word: str) -> bool:
    """Whether a bare plural names what people are, a noun and nothing else whose most
    frequent sense is a person ("criminals", "liars", "heroes")."""
    forms = lexicon.base_forms(word)
    return (
        bool(forms)
        and all(pos == "n" and base != word for pos, base in forms)
        and lexicon.noun_category(word) == "person"
    )


def _noun_head(head: str) -> bool:
    """Whether the last word of "a"/"an" and its noun is a noun that may judge; a word
    in parts is read as one or by its last part ("a non-starter": WordNet writes
    "nonstarter"; "a two-day" is a time)."""
    last = head.rsplit("-", 1)[-1]
    if head in _NOT_VERDICT or last in _NOT_VERDICT:
        return False
    forms = [head, head.replace("-", ""), last] if "-" in head else [head]
    return any(pos == "n" for f in forms for pos, _b in lexicon.base_forms(f))


def _quoted_word(text: str, ws: tuple[Word, ...], j: int) -> bool:
    """Whether ws[j] opens a quotation, in lower case ("the “big enchilada”")."""
    return (
        j < len(ws)
        and _OPEN_QUOTE.fullmatch(text, ws[j - 1][2], ws[j][1]) is not None
        and not text[ws[j][1]].isupper()
    )


#: A space and an opening quotation mark.
_OPEN_QUOTE = re.compile(r"\s+[“\"‘']")


#: "It's rather tactful to", "it would be wrong to", "It is fair to": an impersonal
#: frame whose infinitive has no one to do it but the writer.
_IMPERSONAL_TO = re.compile(
    r"\bit(?:['’]s|\s+(?:is|was|would\s+be|will\s+be|seems|seemed|might\s+be|may\s+be))"
    r"\s+(?:[\w-]+\s+){0,3}to\s*$",
    re.IGNORECASE,
)
#: Words before "to" that make "it" the one who acts, a thing named before ('It is set
#: to call the strike "illegal"', 'It was quick to call the story "a hoax"'): intent,
#: readiness or manner, which an impersonal frame's verdict ("fair", "wrong") is not.
_ACTOR_TO = frozenset(
    "set quick quicker slow swift due about going poised ready keen eager willing able "
    "unable prepared reluctant determined bound first last scheduled planning trying "
    "hoping seeking expected likely unlikely certain sure".split()
)


def names_a_verdict(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether the naming verb ws[k] ("called") has an object and a verdict on it:
    "called the charges unsubstantiated", "called the decision a mistake"; not in an
    impersonal frame ("It's rather tactful to call this an “approach”", "It would be
    wrong to call it a crisis"), where the writer names and no source speaks."""
    if (
        k > 1
        and ws[k - 1][0] == "to"
        and ws[k - 2][0].lower() not in _ACTOR_TO
        and _IMPERSONAL_TO.search(text, 0, ws[k][1])
    ):
        return False
    if _relative_object(text, ws, k) and _complement(text, ws, k + 1):
        # "The plan, which critics called reckless, passed": the object is the
        # relative pronoun before the source, the verdict right after the verb.
        return True
    start = _object_end(text, ws, k)
    if start is None:
        return False
    # The object may run on for up to three words: "the new tax plan".
    for j in range(start, min(len(ws), start + 4)):
        if _complement(text, ws, j):
            return True
        if not one_phrase(text, ws, j) or ws[j][0] in _AFTER or ws[j][0] in CLAUSE_STOPS:
            return False
    return False


_RELATIVES = vocab("which that whom")


def _relative_object(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether a relative pronoun opens the clause of the naming verb ws[k], a source of
    one to four words between ("which critics called", "that the opposition has
    called")."""
    for j in range(k - 2, max(-1, k - 6), -1):
        if not one_phrase(text, ws, j):
            return False
        if ws[j][0] in _RELATIVES:
            return True
    return False
