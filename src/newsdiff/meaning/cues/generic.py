"""Claims in the present tense: what the writer holds to be true now or in general, not
what happened ("the ruble is down", "Angola is also vulnerable", "The reality is more
complex", "There are few checks and balances").

News reports events: in the past tense, with dates and figures ("The council voted on
Tuesday", "Police closed the road"). A statement whose verb is "is" or "are", with no
past form anywhere ("was", "has been", "closed") and no date, time word or quantity,
is the writer's claim: opinion by GUIDE section 3 (judgement or interpretation in the
article's own voice). It is a weak cue, asked for only when no other opinion cue is
there, and it leaves alone what places, schedules or opens something ("The town is in
the north", "The museum is open daily", "Tickets are available online"), what the law
allows ("It is illegal to drive without insurance"), a person's profile ("She is a
nurse"; "Noam Chomsky is a professor emeritus at MIT": a name before "is a/an/the"
defines or introduces), an action going on ("The council is expanding its
programme"), a "there is" that only says something is there ("There is a bus
stop outside the hall"), a passive ("Schools are shut", "The bridge is built of
steel") and a thing only classed, with no word the subjectivity lexicons rate ("The
suspect is a former soldier", "Both men are residents of the town"; but "This is a
mistake": the writer points). Present forms in "-s" were left out: a caption's present
("Firefighters battle the blaze") is a report, and without a tagger they cannot be
told from nouns ("talks").
"""

from __future__ import annotations

from newsdiff.core.words import STOP_WORDS
from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.attribution_words import (
    ATTRIBUTION_VERBS,
    INSTITUTIONS,
    PEOPLE,
    SOURCE_NOUNS,
    SUBJECT_VERBS,
)
from newsdiff.meaning.cues.base import Cue, Word, vocab, words
from newsdiff.meaning.cues.clauses import one_phrase
from newsdiff.meaning.cues.names import inverted
from newsdiff.meaning.cues.numbers import dated_or_counted
from newsdiff.meaning.cues.other_parts import prepositional_like
from newsdiff.meaning.cues.predicates import planned_or_placed, ranks
from newsdiff.meaning.cues.stance import LEGAL_STATUS
from newsdiff.meaning.cues.subjective import (
    NOT_JUDGING,
    PERSONAL_STATES,
    PERSONS,
    bodily_state,
    judging_words,
)
from newsdiff.meaning.cues.subjective import lexicon as lexicon_of_subjectivity
from newsdiff.meaning.lexicon import ly_adverb

_PRESENT = vocab("is are")
#: Forms that put a sentence in the past or perfect, and so in a report of events.
_PAST = vocab("was were had did been has have")
#: Adverbs between the copula and its predicate ("is still above", "is also vulnerable").
BETWEEN = vocab("still also now all so too just already only")
#: Predicates that place or schedule rather than claim: prepositions of place, and the
#: words of opening, availability and belonging ("is open", "are available", "is home
#: to", "is part of").
#: What the law allows is one too (``stance.LEGAL_STATUS``: "It is illegal to drive").
DESCRIBING = (
    vocab(
        "in at on near inside outside under behind beside between across within into "
        "from open closed available due home part located based set ready empty alive "
        "dead missing here there scheduled shut top responsible"
    )
    | LEGAL_STATUS
)
#: A person described ("She is a nurse at the school", "He is the most senior officer"):
#: a profile, not a general claim.
PERSON_PRONOUNS = vocab("he she they")
_NEGATION = vocab("not no")
_ARTICLES = vocab("a an the")
#: Determiners WordNet would read as plural nouns ("his": "hi").
_POSSESSIVE = vocab("his its hers ours yours theirs this")
#: What is (not) known yet: a report of the state of an inquiry, no claim ("The cause of
#: the fire is not yet known", "is unclear"); "clear" alone may judge ("the message is clear").
_UNKNOWN, _KNOWN = vocab("unknown unclear"), vocab("known clear confirmed established")
#: Subjects by which the writer points ("This is a mistake"): no name, no thing classed.
_POINTING = vocab("this that it these those which what")
#: What may follow a passive participle ("is built of steel", "are held in May", "is
#: sold under licence", "are sold out", "are paid according to"); a noun after it makes
#: it an adjective ("are known advocates").
_AFTER_PARTICIPLE = vocab(
    "of in at on for from with to by until as who which that out up off down under over "
    "through across into during after before since according"
)
#: What makes "there is" a claim: a denial or a judged amount.
_WANTING = vocab("no not nothing few little insufficient sufficient enough too never")
#: Fewer words than this is a heading or a fragment, not a claim.
_MIN_WORDS = 4


def reports_events(text: str) -> bool:
    """Whether a sentence reads as a report of events: a past or perfect form ("was",
    "has been", a word in "-ed") or a date, a time word or a quantity."""
    if any(w in _PAST or w.endswith("ed") for w, _s, _e in words(text)):
        return True
    return bool(dated_or_counted(text))


def generic_cues(text: str) -> list[Cue]:
    """The present-tense verb of a generic claim, as a ``speculative`` cue (or none)."""
    ws = words(text)
    if len(ws) < _MIN_WORDS or reports_events(text):
        return []
    for k, (w, s, e) in enumerate(ws):
        # "This is a mistake": a capital that only starts the sentence names nothing
        named = k > 0 and text[ws[k - 1][1]].isupper() and ws[k - 1][0] not in _POINTING
        if w in _PRESENT and _claims(ws, k, named or inverted(text, ws, k)):
            return [Cue("speculative", s, e, text[s:e])]
    for k, (_w, s, e) in enumerate(ws):
        if k and _simple_present(text, ws, k):
            return [Cue("speculative", s, e, text[s:e])]
    for k, (w, s, e) in enumerate(ws):
        if k and w in _CAN and _possible(text, ws, k):
            return [Cue("speculative", s, e, text[s:e])]
    return []


#: Verbs whose simple present describes a standing state or a schedule in plain news
#: ("He lives in Leeds", "The shop opens at nine", "The fund holds $2bn"): no claim.
STANDING = vocab(
    "live lives work works run runs open opens close closes cost costs include includes "
    "contain contains hold holds employ employs own owns cover covers serve serves stand "
    "stands lie lies belong belongs consist consists feature features house houses host "
    "hosts play plays start starts begin begins end ends take takes last lasts operate "
    "operates meet meets sit sits border borders measure measures weigh weighs mean means "
    "say says tell tells read reads stay stays remain remains represent represents "
    "require requires need needs use uses have has do does want wants plan plans hope hopes"
)
#: Verbs of saying, asking and believing: a source's present ("Sarvis discusses his
#: background", "The party asks the council to") reports, as ``attribution`` reads it.
SPEAKING = (
    ATTRIBUTION_VERBS
    | SUBJECT_VERBS
    | vocab("discuss discusses ask asks call calls describe describes explain explains")
)
#: What makes a subject one definite thing ("the storm", "this bill") rather than a
#: kind ("High prices", "many regimes", "Both parties").
_DEFINITE = vocab("the a an this that its his her their our my your")


def _definite(text: str, ws: tuple[Word, ...], j: int) -> bool:
    """Whether the noun phrase ending at ``ws[j]`` opens with a definite or an indefinite
    article or a possessive, within three words ("the new storm")."""
    for i in range(j, max(-1, j - 4), -1):
        if ws[i][0] in _DEFINITE:
            return True
        if i == 0 or not one_phrase(text, ws, i - 1):
            return False
    return False


#: People and bodies who act: their present is a caption's or a headline's report
#: ("Firefighters battle the blaze", "Police seek a man", "Rebels control the north").
ACTORS = PEOPLE | SOURCE_NOUNS | INSTITUTIONS | vocab("police")
_OBJECT_START = vocab("a an the its their his her our")


def _simple_present(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether ``ws[k]`` is a verb in the simple present after a subject that names a
    kind, stating what holds in general ("High prices bring investment", "Both parties
    support the act", "Cheap loans encourage risk"): an "-s" form after a noun, or a
    plural noun and a base form; one that is also a noun ("talks", "faces") only before
    its object. Not after a name, a people or a body that acts ("Hamas rejects the
    plan", "Firefighters battle the blaze": a headline's or a caption's report), nor
    after one definite thing ("The storm batters the coast"), nor a verb of a standing
    state or schedule ("The company makes cars", "The shop opens at nine")."""
    w = ws[k][0]
    form = lexicon.verb_form(w)
    if form not in ("s", "base") or w in STANDING or w in STOP_WORDS or w in SPEAKING:
        return False
    if w == "like" and prepositional_like(text, ws, k):
        return False  # "countries like the UK are pursuing"
    if not one_phrase(text, ws, k - 1):
        return False
    subject = ws[k - 1][0]
    subject_forms = lexicon.base_forms(subject)
    # a noun, not a comparative ("no longer believe": "longer" is no subject)
    is_noun = (not text[ws[k - 1][1]].isupper()) and (
        any(pos == "n" for pos, _b in subject_forms)
        and not any(pos in "ar" and base != subject for pos, base in subject_forms)
    )
    if not is_noun or subject in STOP_WORDS or subject in PERSON_PRONOUNS or subject in ACTORS:
        return False
    if _definite(text, ws, k - 1):
        # "The storm batters the coast", "The search continues": one thing, as a
        # caption or a report tells it (a kind, "High prices", states what holds)
        return False
    if form == "base":
        # "High prices bring": a plural noun subject ("prices", not "price")
        if not any(pos == "n" and base != subject for pos, base in subject_forms):
            return False
    also_noun = any(pos == "n" for pos, _b in lexicon.base_forms(w))
    nxt = ws[k + 1][0] if k + 1 < len(ws) and one_phrase(text, ws, k) else ""
    if also_noun:
        # "support perpetual war": before an adjective that is nothing else, the word
        # is the verb (a noun would not take one after it)
        return nxt in _OBJECT_START or _only_adjective(nxt)
    return True


#: Adjectives that count or point rather than describe: after a verb they open a time
#: phrase as often as an object ("claim benefits every month", "meets several times").
_COUNTING = vocab("every each several many few various numerous certain other such next last")


def _only_adjective(word: str) -> bool:
    forms = lexicon.base_forms(word)
    return bool(forms) and all(pos in "as" for pos, _b in forms) and word not in _COUNTING


_CAN = vocab("can cannot")
#: Adverbs between a subject and "can" ("it can only", "can easily").
_BEFORE_CAN = BETWEEN | vocab("even easily")
#: Practical acts that "can" allows or offers: a permission or a service, told as a
#: fact whoever the subject ("Passengers with tickets can rebook without charge").
_SERVICES = vocab(
    "rebook collect apply register vote claim book renew enrol enroll download request "
    "obtain submit reserve borrow exchange attend park donate"
)


def _possible(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether "can" at ``ws[k]`` is the writer's claim of what is possible: after a
    pronoun that points back at what was said ("It can also backfire", "Even those
    prohibitions can be gotten around"), a kind ("Sanctions can backfire"), or in "there
    can be no" ("there can be no quick fix"). Not what a person, a name or a body is
    able or allowed to do ("Residents can apply online", "Police can hold him", "You
    can watch the match"), nor what one definite thing can do ("The vaccine can cause
    mild side effects", "The ship can carry cars": a capability, reported)."""
    j = k - 1
    while j > 0 and ws[j][0] in _BEFORE_CAN:
        j -= 1
    subject = ws[j][0]
    if subject == "there":
        return k + 2 < len(ws) and ws[k + 1][0] == "be" and ws[k + 2][0] in _WANTING
    if subject in _POINTING:
        return subject not in ("which", "what")
    if text[ws[j][1]].isupper() or subject in PERSON_PRONOUNS or subject in ACTORS:
        return False
    if subject in STOP_WORDS or not any(pos == "n" for pos, _b in lexicon.base_forms(subject)):
        return False
    act = k + 1
    while act < len(ws) and ws[act][0] in _BEFORE_CAN:
        act += 1
    if act < len(ws) and ws[act][0] in _SERVICES:
        return False  # "Passengers with tickets can rebook": a permission or a service
    return not _definite(text, ws, j)


def _rated(ws: tuple[Word, ...]) -> bool:
    """Whether a word is one the subjectivity lexicons rate ("a grave mistake"); not one
    whose news sense counts or describes ("Most of the victims are children")."""
    rated, judging = lexicon_of_subjectivity(), judging_words()
    return any((w in rated and w not in NOT_JUDGING) or w in judging for w, _s, _e in ws)


def _compared(ws: tuple[Word, ...], j: int) -> bool:
    """Whether the predicate from ``ws[j]`` compares with "than": "more powerful than",
    "less common than", "longer than" (a comparative WordNet derives from an adjective)."""
    if j + 2 < len(ws) and ws[j][0] in ("more", "less") and ws[j + 2][0] == "than":
        return True
    word = ws[j][0]
    return (
        j + 1 < len(ws)
        and ws[j + 1][0] == "than"
        and word.endswith("er")
        and any(pos in "as" and base != word for pos, base in lexicon.base_forms(word))
    )


def _classes(word: str) -> bool:
    """Whether a predicate opening with ``word`` names a class: an article, or a plural
    noun that is nothing else ("are residents of the town", "are lawyers"; a judging
    noun is caught by the lexicons before this is asked)."""
    if word in ("a", "an"):
        return True
    forms = lexicon.base_forms(word)
    return (
        word not in _POSSESSIVE
        and bool(forms)
        and all(pos == "n" for pos, _b in forms)
        and any(base != word for _pos, base in forms)  # a plural: "lawyers", "women"
    )


def _describes(ws: tuple[Word, ...], k: int, j: int) -> bool:
    """Whether "SUBJECT is a/an NOUN" or "are NOUNs" (copula ``ws[k]``, predicate from
    ``ws[j]``) only classes a thing named by a noun ("The suspect is a former soldier",
    "Both men are residents of the town"): not when the
    writer points ("this is a time of change", "that is not a strategy"), denies or
    limits ("is not a monolith", "is only a set back"), or a word in the sentence is
    one the subjectivity lexicons rate ("the real issue is a lack of scrutiny")."""
    if k == 0 or ws[k - 1][0] in _POINTING or not _classes(ws[j][0]):
        return False
    if any(w == "one" for w, _s, _e in ws[j + 1 : j + 4]):
        return False  # "is a deep one": the predicate grades, it classes nothing
    if any(w in _NEGATION or w in BETWEEN for w, _s, _e in ws[k + 1 : j]):
        return False
    return not _rated(ws)


def _past_negation(ws: tuple[Word, ...], j: int) -> int:
    """The index after a negation at ``ws[j]`` ("is not", "is no longer"; "longer" alone
    is a comparison: "is longer than")."""
    while j < len(ws):
        if ws[j][0] == "not":
            j += 2 if j + 1 < len(ws) and ws[j + 1][0] == "yet" else 1  # "is not yet known"
        elif ws[j][0] == "no" and j + 1 < len(ws) and ws[j + 1][0] == "longer":
            j += 2
        else:
            break
    return j


def _claims(ws: tuple[Word, ...], k: int, named: bool) -> bool:
    """Whether the copula ``ws[k]`` states a claim rather than a profile ("She is a nurse",
    ``named``: a name before the copula and an article after it), an action going on ("is
    expanding its programmes"), what the law allows ("is illegal"), a place or a schedule
    ("is in the north"), or that something is there ("There is a bus stop": a claim if
    denied or found wanting, "There is no military solution")."""
    j = k + 1
    while j < len(ws) and (ws[j][0] in BETWEEN or ly_adverb(*[w for w, _s, _e in ws[j : j + 2]])):
        j += 1  # "is still", "is currently partially shut down"
    nxt = ws[j][0] if j < len(ws) else ""
    if any(w in ("if", "whether") for w, _s, _e in ws[max(0, k - 3) : k]):
        return False  # "to decide if there is sufficient evidence": asked, not claimed
    if k and ws[k - 1][0] == "there":
        return nxt in _WANTING
    if (k and ws[k - 1][0] in PERSON_PRONOUNS) or (named and nxt in _ARTICLES):
        return False
    negated, j = j, _past_negation(ws, j)
    if j >= len(ws) or ws[j][0] in DESCRIBING:
        return False  # "is in the north", "is open daily"
    if planned_or_placed(ws, j, named or ws[k - 1][0] in ACTORS):
        return False  # "TimeWarner is to restate", "is not far from the city centre"
    if ws[j][0] in _UNKNOWN or (j > negated and ws[j][0] in _KNOWN):
        return False  # "The cause is not yet known", "is unclear": what is not known yet
    if ws[j][0] in PERSONAL_STATES and (named or ws[k - 1][0] in PERSONS):
        return False  # "Smith is angry", "Residents are furious": a person's state
    if bodily_state(ws, k, j, named):
        return False  # "The patient is critically ill": the body's state, reported
    if ws[j][0] == "the" and j + 1 < len(ws) and ranks(ws[j + 1][0]):
        return False  # "is the largest in Europe", "is the first": a rank, checked
    if _compared(ws, j) and not _rated(ws):
        return False  # "is more powerful than the old one", "is longer than": measured
    after = ws[j + 1][0] if j + 1 < len(ws) else ""
    form = lexicon.verb_form(ws[j][0])
    if (form == "past" and (not after or after in _AFTER_PARTICIPLE)) or (form and after == "by"):
        # "is built of steel", "are held in May": a passive reports ("are known
        # advocates": a participle before its noun describes, and may judge)
        return False
    if _describes(ws, k, j):
        return False  # "The suspect is a former soldier": a description, no judgement
    # "is expanding its programmes", "is also encouraging citizens": an action going
    # on, reported; "is tame", "is a fight" claim.
    return lexicon.verb_form(ws[j][0]) != "ing"


#: Words of a predicate after its head that still belong to it, at most ("a welcome
#: step", "the end of the road": "is the end" says enough).
_HEAD_WORDS = 2


def judged(text: str, cue: Cue) -> Cue:
    """The cue as a suggestion shows it: this module's cue, the copula alone ("are"
    explained nothing), grown to the judged phrase ("is a fight", "are a welcome step",
    "is more complex", "is down"): the copula, its predicate's function words and the
    content words that follow. Any other cue as it is. For the eye only: the label and
    the model's features read the copula's cue, as they always did."""
    if cue.kind != "speculative" or cue.text.lower() not in _PRESENT:
        return cue
    ws = words(text)
    k = next((k for k, (_w, s, _e) in enumerate(ws) if s == cue.start), None)
    if k is None:
        return cue
    j, end = k + 1, cue.end
    while j < len(ws) and ws[j][0] in STOP_WORDS:  # "a", "more", "not", "down"
        end = ws[j][2]
        j += 1
    heads = 0
    while j < len(ws) and heads < _HEAD_WORDS and ws[j][0] not in STOP_WORDS:
        if heads and not lexicon.base_forms(ws[j][0]):
            break  # "step towards": a word WordNet lacks is a preposition or a name
        end = ws[j][2]
        heads, j = heads + 1, j + 1
    return Cue(cue.kind, cue.start, end, text[cue.start : end])
