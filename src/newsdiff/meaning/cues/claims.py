"""A claim by its grammatical form, with no word that judges: an uncued statement about
the present or in general (``voiced``: no past or perfect, no date, time word or figure,
no verb of saying) that argues by how it is built is the writer's claim, opinion
(``argued``), read alone as in a text.

Three forms argue, read from the argument units of editorials (the Webis dev and dev2
halves), where most uncued present claims carry one of them and the events told there
carry none:

* a denial: a modal or a "be" negated ("Armies cannot conquer science", "These guys
  aren't in it for the money") or a negative pronoun as what is claimed ("They shrink
  from nothing", "there's nothing there"), or "no" before a state, an act or a quality
  ("victims will be in no further danger");
* a modal of ability or duty ("Armies cannot conquer science", "The Gulf states can
  easily manage a fall in prices"; "may", "might" and "could" are hedges, and "will" a
  plan as often as a forecast: ``cues.prediction`` reads it);
* a pronoun that points back as the subject ("It distorts the record", "They comprise
  the story"): the writer's reading of what was said before, where news puts the thing
  itself as the subject.

None of them counts in a report: a past or perfect ("He didn't attend", "wasn't
clear"), a date or a figure ("The bridge carries 40,000 cars a day"), a negation that
is no finite verb's ("apologise for not contacting"), a standing state or schedule
after a pronoun ("They live above the shop"), a named actor, a person or a body that
does not do something ("Police do not know the motive", "Smith does not live here":
what an actor does not do is reported like what it does), and "this" before its noun
("This interview features"). Nor, since review r20b finding 2, in news or argument: a
plain verb denied with "do"/"does" ("The ban does not affect existing cars", "The drug
does not cure the disease", as "It doesn't matter"), "no"/"none" counting things or
people ("It has no roof", "None of the passengers speaks English"), and "this"/"that"
as the subject ("This makes it the largest bank in Europe"): news reports in those
forms as often as an editorial argues, and the form cannot tell which.
"""

from __future__ import annotations

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Cue, Word, vocab, words
from newsdiff.meaning.cues.generic import ACTORS, PERSON_PRONOUNS, SPEAKING, STANDING
from newsdiff.meaning.cues.numbers import dated_or_counted

#: The present of "be": the present-tense claim (``cues.generic``) has read every
#: sentence with one and kept its guards (a profile, a place, a schedule, a description:
#: "Noam Chomsky is a professor emeritus"), and they hold in any voice (reading such
#: sentences in the voice cost the Wikinews tune split's interviews 0.009).
COPULA = frozenset({"is", "are", "am"})
PAST = frozenset({"was", "were", "had", "did", "been"})
#: Words between "has"/"have" and the participle of a perfect ("has not yet", "have
#: long been").
BEFORE_PARTICIPLE = frozenset({"not", "never", "also", "already", "just", "still", "long", "yet"})
#: Contracted endings: a negation ("doesn't", "weren't") or "be" and "will" after a
#: pronoun ("it's", "they're", "we'll"); the word before them is the verb or subject.
_CONTRACTED = ("n't", "n’t", "'s", "’s", "'re", "’re", "'ll", "’ll")
NOT_ENDINGS = ("n't", "n’t")


def split_ending(word: str) -> tuple[str, str]:
    """A word and its contracted ending ("doesn't" -> "does", "n't"; "can't" -> "ca")."""
    if "'" not in word and "’" not in word:
        return word, ""
    for end in _CONTRACTED:
        if word.endswith(end) and len(word) > len(end):
            return word[: -len(end)], end
    return word, ""


def voiced(text: str) -> bool:
    """Whether an uncued statement is a claim about the present or in general, with no
    past or perfect form ("was", "wasn't", "has taken", a past "-ed"; "has" and "have"
    of possession are present: "Georgians have cause for concern"), no date, time word
    or figure, no verb of saying or asking, and no "is"/"are" (``COPULA``)."""
    if dated_or_counted(text):
        return False
    ws = words(text)
    for k, (word, _s, _e) in enumerate(ws):
        # "wasn't", "didn't", "hasn't been" are past and perfect as their verbs are;
        # "isn't" and "don't" stay as written (the copula's guards read "is" alone)
        base = split_ending(word)[0]
        w = (
            base
            if word.endswith(NOT_ENDINGS) and (base in PAST or base in ("has", "have"))
            else word
        )
        if w in COPULA or w in PAST or w in SPEAKING:
            return False
        if w in ("has", "have"):
            if opens_perfect(ws, k):
                return False
        elif w.endswith("ed") or lexicon.verb_form(w) == "past":
            return False
    return True


def opens_perfect(ws: tuple[Word, ...], k: int) -> bool:
    """Whether "has"/"have" at ``ws[k]`` opens a perfect: a participle follows."""
    j = k + 1
    while j < len(ws) and ws[j][0] in BEFORE_PARTICIPLE:
        j += 1
    return j < len(ws) and lexicon.may_be_past(ws[j][0])


#: Negative words that deny by themselves ("They shrink from nothing", "no country").
_DENYING = vocab("no never nothing none nor nobody neither cannot")
#: Words after which "not" negates a finite verb ("does not divide", "can not"), not a
#: gerund or a phrase ("for not contacting", "not only").
_FINITE = vocab("do does can cannot ca will wo would should must may might could has have")
#: A future's auxiliaries: a future denied is an announcement as often as a forecast ("The
#: road won't reopen"), which ``cues.prediction`` reads ("wo" is "won't" without its end).
_FUTURE = vocab("will wo would")
#: "do" and "does": a plain verb denied states what a thing does not do, its scope or
#: its effect, which news reports ("The ban does not affect existing cars", "The drug
#: does not cure the disease", "It does not expire": review r20b finding 2); the form
#: is that of "The treaty does not solve the problem", and nothing in it tells them apart.
#: Denied with "can", "should", "must" or "is" a claim of ability, duty or being argues.
_PLAIN = vocab("do does")
_NOT_ARGUING = _FUTURE | _PLAIN
#: The auxiliaries whose denial after an actor reports what it does not or cannot do.
_ACTING = vocab("do does can cannot ca")
#: Subjects that point back at what was said before. Not "this" and "that": news sums up
#: the fact before them so ("This makes it the largest bank in Europe", "That puts the
#: company in breach of its licence": review r20b finding 2) as often as argument does
#: ("This changes the whole debate"), and no labelled sentence turned on them.
_POINTING = vocab("it they")
#: Contracted "is" and "are" ("it's", "they're").
_BE = ("'s", "’s", "'re", "’re")
#: Words that open a clause before its subject ("But it", "because they").
_OPENING = vocab(
    "but and yet so as when because although though which who meanwhile or if while "
    "since even also now then still instead indeed"
)


def argued(text: str) -> Cue | None:
    """The form by which an uncued present claim argues, as a ``speculative`` cue (the
    denial, or the pointing subject and its verb), or None (see the module)."""
    ws = words(text)
    parts = [split_ending(w) for w, _s, _e in ws]
    found = next((c for k in range(len(ws)) if (c := _denial(text, ws, parts, k))), None)
    found = found or _pointing(text, ws, parts)
    # the form first: most sentences have none, and the tense and figures cost more
    if found is None or not voiced(text):
        return None
    if any(w != "has" and lexicon.may_be_past(w) for w, _s, _e in ws):
        # "Investigators found no trace": a past that is also a verb of its own (to
        # found), which the voice's reading lets pass; a denial of an event is reported
        return None
    return found


def _denial(text: str, ws: tuple[Word, ...], parts: list[tuple[str, str]], k: int) -> Cue | None:
    """The denial at ``ws[k]`` as a cue, unless an actor's or a standing state's."""
    if not _denies(ws, parts, k) or _actor_denied(text, ws, parts, k):
        return None
    if k + 1 < len(ws) and ws[k + 1][0] in STANDING:
        return None  # "Donations don't cover the cost": a standing state, reported
    _w, s, e = ws[k]
    return Cue("speculative", s, e, text[s:e])


def _denies(ws: tuple[Word, ...], parts: list[tuple[str, str]], k: int) -> bool:
    """Whether ``ws[k]`` denies a present claim: a negative word, or a finite verb's
    "not" or "n't" that no future's auxiliary carries."""
    w, (base, end) = ws[k][0], parts[k]
    if w == "not":
        return k > 0 and parts[k - 1][0] in _FINITE and parts[k - 1][0] not in _NOT_ARGUING
    if end in NOT_ENDINGS:
        return base not in _NOT_ARGUING
    if w in _COUNTING and _things_counted(ws, k):
        return False  # "It has no roof", "None of the passengers speaks English": a count
    return w in _DENYING and not (k > 0 and parts[k - 1][0] in _FUTURE)


#: Negative words that count what they deny ("no roof", "none of the passengers").
_COUNTING = vocab("no none")
#: WordNet 3.0's lexicographer files of nouns for things and people: a count of them, to
#: none, is reported ("It has no roof"); an absence of a state, an act or a quality
#: argues ("no further danger", "No other reforms", "have no success").
_THINGS = frozenset(
    {
        5,  # noun.animal
        6,  # noun.artifact
        8,  # noun.body
        13,  # noun.food
        14,  # noun.group
        15,  # noun.location
        17,  # noun.object
        18,  # noun.person
        20,  # noun.plant
        27,  # noun.substance
    }
)
#: Words between "no"/"none" and the noun they count ("none of the passengers").
_BEFORE_COUNTED = vocab("of the its their his her our these those")


def _things_counted(ws: tuple[Word, ...], k: int) -> bool:
    """Whether the first noun within three words after ``ws[k]`` is, in the most
    frequent sense of each of its base forms, a thing or a person (``_THINGS``)."""
    for j in range(k + 1, min(k + 4, len(ws))):
        w = ws[j][0]
        if w in _BEFORE_COUNTED:
            continue
        offsets = [
            first[0]
            for p, b in lexicon.base_forms(w)
            if p == "n" and (first := lexicon.senses("n", b)[:1])
        ]
        if offsets:
            return all(noun_file(off) in _THINGS for off in offsets)
    return False


#: The lexicographer file of a noun synset (``genre`` reads it from here too).
noun_file = lexicon.noun_file


def _actor_denied(text: str, ws: tuple[Word, ...], parts: list[tuple[str, str]], k: int) -> bool:
    """Whether the denial at ``ws[k]`` is what a person, a body or a name does not or
    cannot do, reported ("Police do not know the motive", "Residents can't vote")."""
    j = k - 1 if ws[k][0] == "not" else k
    if j < 1 or parts[j][0] not in _ACTING:
        return False
    subject, start = ws[j - 1][0], ws[j - 1][1]
    # a capital names someone unless it only opens the sentence with a common word
    named = text[start].isupper() and (j > 1 or not lexicon.known(subject))
    return subject in ACTORS or subject in PERSON_PRONOUNS or subject == "you" or named


def _pointing(text: str, ws: tuple[Word, ...], parts: list[tuple[str, str]]) -> Cue | None:
    """The subject that points back at the clause's start and its verb in "-s" ("It
    distorts", "This caps") or its contracted "be" ("But it's", "because they're"); not
    a verb that may be a past ("They set up a fund": "set", "put" and "cut" are their
    own pasts), a noun after "this" ("This interview features"), nor a verb of a standing
    state ("It belongs to", "It runs"), nor the contracted "be" of an act going on ("It's
    raining", review r25c)."""
    i = 0
    while i < len(ws) and ws[i][0] in _OPENING:
        i += 1
    if i + 1 >= len(ws):
        return None
    subject, end = parts[i]
    if subject not in _POINTING or (end and end not in _BE):
        return None
    if end:
        if lexicon.verb_form(ws[i + 1][0]) == "ing":
            # "It's raining", "They're building a bridge": an act going on, reported as
            # "It is raining" is (the copula's guards read it so)
            return None
        return Cue("speculative", ws[i][1], ws[i][2], text[ws[i][1] : ws[i][2]])
    verb = ws[i + 1][0]
    if lexicon.verb_form(verb) != "s" or verb in STANDING:
        return None
    return Cue("speculative", ws[i][1], ws[i + 1][2], text[ws[i][1] : ws[i + 1][2]])
