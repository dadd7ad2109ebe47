"""What a claim with no cue is worth in a text that argues: the forms an editorial's
uncued claims take, which read as the writer's opinion once the whole text's voice
judges (``meaning.voice``), and stay facts in a text that reports.

GUIDE section 3 makes a statement with no cue a fact, and read alone it is one. In an
argued text the writer's claims about how things stand are told in the same plain forms
news uses: the present ("Economic sanctions are starting to bite", "there is room for
optimism", "Putin sticks with the anti-reform choice") and the present perfect, which
sums up how things have come to stand ("The history of the Caucasus has shown that
allegiances can change", "repression in some Arab states has provoked fresh
discontent"). Read from the editorial dev and dev2 halves as whole texts (Webis
corpus, ``bench/editorial_bench.py --mode document``), the uncued units in those forms
were assumptions about three times as often as anecdotes or common ground; the units
told in the past, dated or counted (the anecdotes) were not, and stay as they are.

``leans_opinion`` is the test ``suggest.read_in`` asks of an uncued fact in a judging
text (a news report's voice never judges: a news text of present-tense facts keeps its
facts). Beside the present with no "is"/"are" (``claims.voiced``, the seventh round's
test) it takes:

* a claim with "is"/"are" ("The private sector is starting to take over", "there are
  positive signs for the region"), but not a name defined or introduced ("Gyumri is the
  country's second-largest city", "Noam Chomsky is a professor emeritus", "I am a
  nurse") nor a place, a schedule or an opening ("The museum is open daily", "which is
  set in a retirement home": ``generic``'s describing predicates);
* a present perfect ("has shown"), but not what a person, a body or a name has done
  ("The mayor has resigned", "Qatar has made agreements", "Many aid agencies have
  pulled out their staff": an event, reported), nor a passive perfect, a deed with its
  doer left out ("The road has been reopened": review r21b finding 2).

Nor a statement placed in a span of time ("for weeks", "for decades", "for the third
year"), as a date places it.

Nothing in the past ("was", "had", "fled"), dated, counted or said ("The bridge
carries 40,000 cars a day", "In 2012 he issued a slew of laws") takes the voice.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdiff.core.labels import Label
from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Cue, Word, vocab, words
from newsdiff.meaning.cues.claims import (
    BEFORE_PARTICIPLE,
    COPULA,
    NOT_ENDINGS,
    PAST,
    argued,
    noun_file,
    opens_perfect,
    split_ending,
    voiced,
)
from newsdiff.meaning.cues.generic import (
    ACTORS,
    BETWEEN,
    DESCRIBING,
    PERSON_PRONOUNS,
    SPEAKING,
    generic_cues,
)
from newsdiff.meaning.cues.numbers import dated_or_counted
from newsdiff.meaning.cues.rhetoric import pointing_cues
from newsdiff.meaning.cues.subjective import bodily_state, subjective_cues

#: The past forms that no perfect holds ("been" may: "has been").
_SIMPLE_PAST = PAST - {"been"}
#: What a participle of the perfect follows ("has shown", "have been caught").
_PERFECT = vocab("has have been 've ’ve")
#: Adverbs between "is"/"are" and what it says of its subject ("is still the largest").
_ADVERBS = BETWEEN | vocab("not no really indeed")
_ARTICLES = vocab("a an the")
#: WordNet 3.0's lexicographer files of nouns for people and bodies (noun.group,
#: noun.person): what they have done is an event ("The mayor has resigned").
_AGENTS = frozenset({14, 18})


def leans_opinion(text: str) -> bool:
    """Whether an uncued statement is a claim the writer of an argued text makes: about
    the present or in general (``claims.voiced``; "is"/"are" too, but not a definition
    or a description), or in the present perfect, not an actor's deed (see the module)."""
    if voiced(text):
        return True
    ws = words(text)
    tense = _tense(ws) if not dated_or_counted(text) else None
    if tense is None or _defines(text, ws):
        return False
    if _timed(ws) or _passive(ws) or _bare_perfect(ws):
        return False
    if tense == "present":
        return not _describes(ws) and not _bodily(text, ws)
    return not _actor_did(text, ws)


#: Prepositions that open a span of time ("for weeks", "over the past decade").
_SPAN = vocab("for since over during throughout")


def _timed(ws: tuple[Word, ...]) -> bool:
    """Whether a time word follows a preposition of a span within three words ("for
    weeks", "for decades", "for the third year": a noun whose most frequent WordNet
    sense is a time), as a date does: the statement is placed in time, a report."""
    for k, (w, _s, _e) in enumerate(ws):
        if w in _SPAN and any(
            lexicon.noun_category(v) == "time" for v, _s2, _e2 in ws[k + 1 : k + 4]
        ):
            return True
    return False


def _passive(ws: tuple[Word, ...]) -> bool:
    """Whether the perfect is a passive ("has been reopened", "have been approved"): a
    deed with its doer left out, reported as "Brussels has approved" is."""
    for k, (w, _s, _e) in enumerate(ws[:-1]):
        if w == "been" and k and ws[k - 1][0] in ("has", "have", "'ve", "’ve"):
            j = k + 1
            while j < len(ws) and ws[j][0] in BEFORE_PARTICIPLE:
                j += 1
            if j < len(ws) and (
                lexicon.may_be_past(ws[j][0])
                or (j + 1 < len(ws) and ws[j + 1][0] in _PARTICLES and _verb(ws[j][0]))
            ):
                return True
    return False


#: What opens a subject that names a thing, not one that points back ("this", "that").
_NAMING = vocab("the a an his her its their our")
#: A perfect after one of these is foretold or supposed ("will have held"), not reported.
_MODALS = vocab("will would may might must should could shall can")
#: Subjects that sum up ("Much has changed", "Little has improved"): the writer's tally.
_SUMMING = vocab("much little nothing everything something all")


#: WordNet verbs (a synset's first lemma, or one above it) of an event's course: a start,
#: an end, a state kept ("has begun", "has ended", "has held", "has closed", "has
#: resigned": vacate, "have stalled": stop), told of a thing as news tells it.
_COURSE = frozenset(
    "begin get_down start end stop cease halt finish terminate expire keep continue stay"
    " remain resume close open reopen leave vacate leave_office quit".split()
)


def _bare_perfect(ws: tuple[Word, ...]) -> bool:
    """Whether the statement is a subject naming a thing and a perfect of an event's
    course with nothing after it ("The ceasefire has held", "The ceasefire has not
    held", "The school has closed", "Talks have stalled": review r21b finding 2): what
    happened to the thing, reported. A verb that judges how it went ("has backfired",
    "has worked", "has worsened", "the tide has turned": review r22c finding 1) is a
    claim of how things stand, and a subject that points back ("this has worked",
    "this time has arrived") is the writer summing up."""
    k = len(ws) - 2 - (len(ws) > 3 and ws[-2][0] == "not")
    has = split_ending(ws[k][0]) if k > 0 else ("", "")
    if has[0] not in ("has", "have") or (has[1] and has[1] not in NOT_ENDINGS):
        return False
    if not _course(ws[-1][0]):
        return False
    subject = ws[:k]
    if len(subject) > 4 or any(w in _POINTING or w in _MODALS for w, _s, _e in subject):
        return False
    first = subject[0][0]
    return first in _NAMING or (
        len(subject) == 1
        and first not in _SUMMING
        and any(p == "n" for p, _b in lexicon.base_forms(first))
    )


def _course(word: str) -> bool:
    """Whether a participle's two most frequent WordNet senses tell an event's course."""
    if not lexicon.may_be_past(word):
        return False
    bases = sorted(b for p, b in lexicon.base_forms(word) if p == "v")
    for off in (o for b in bases for o in lexicon.senses("v", b)[:2]):
        line = (lexicon.synset_line("v", off) or b"0 0 0 0 x").split()
        if _COURSE & {line[4].decode(), *lexicon.kinds_above("v", off)}:
            return True
    return False


#: A phrasal verb's particles: after them a past of one form is a participle too ("has
#: been shut down", "has been cut off", "has been set up").
_PARTICLES = vocab("down off up out away back")


def _verb(word: str) -> bool:
    return any(p == "v" for p, _b in lexicon.base_forms(word))


def _tense(ws: tuple[Word, ...]) -> str | None:
    """ "present", "perfect" (a present perfect and no past), or None: a simple past, a
    participle outside a perfect, or a verb of saying."""
    perfect = False
    for k, (word, _s, _e) in enumerate(ws):
        base, end = split_ending(word)
        w = base if end in NOT_ENDINGS and (base in PAST or base in ("has", "have")) else word
        if w in SPEAKING or w in _SIMPLE_PAST:
            return None
        if w in COPULA or w in _PERFECT:
            perfect = perfect or (w in ("has", "have") and opens_perfect(ws, k))
            continue
        if w.endswith("ed") or lexicon.verb_form(w) == "past":
            j = k - 1
            while j >= 0 and ws[j][0] in BEFORE_PARTICIPLE:
                j -= 1
            if j < 0 or ws[j][0] not in _PERFECT:
                return None
            perfect = True
    return "perfect" if perfect else "present"


def _copula(ws: tuple[Word, ...]) -> int | None:
    return next((k for k, (w, _s, _e) in enumerate(ws) if w in COPULA), None)


#: Capitalised words that open a sentence and name nothing ("This is a mistake").
_POINTING = vocab("this that it these those which what there here")


def _named(text: str, ws: tuple[Word, ...], k: int, subject: bool = False) -> bool:
    """Whether ``ws[k]`` is a name: a capital inside it, unless it only opens the
    sentence as a common word does; a ``subject`` right before its verb is a name when
    it opens the sentence too ("Lisbon is the capital"), unless it points."""
    w, s, e = ws[k]
    if not any(c.isupper() for c in text[s:e]):
        return False
    return k > 0 or (not lexicon.known(w) if not subject else w not in _POINTING)


def _defines(text: str, ws: tuple[Word, ...]) -> bool:
    """A name before "is a/an/the" defines or introduces it; "am" is a profile."""
    k = _copula(ws)
    if k is None:
        return False
    if ws[k][0] == "am":
        return True
    j = k + 1
    while j < len(ws) and ws[j][0] in _ADVERBS:
        j += 1
    return (
        j < len(ws)
        and ws[j][0] in _ARTICLES
        and any(_named(text, ws, i, i == k - 1) for i in range(k))
    )


def _bodily(text: str, ws: tuple[Word, ...]) -> bool:
    """Whether "is"/"are" says a body's state of one who has a body ("The patient is
    critically ill in hospital": ``subjective.bodily_state``), reported in any text."""
    k = _copula(ws)
    return k is not None and k > 0 and bodily_state(ws, k, k + 1, _named(text, ws, k - 1, True))


def _describes(ws: tuple[Word, ...]) -> bool:
    """Whether "is"/"are" places, schedules or opens its subject ("is open daily")."""
    k = _copula(ws)
    if k is None:
        return False
    j = k + 1
    while j < len(ws) and ws[j][0] in BETWEEN:
        j += 1
    return j < len(ws) and ws[j][0] in DESCRIBING


def _actor_did(text: str, ws: tuple[Word, ...]) -> bool:
    """Whether a perfect's subject is a name, a person or a body ("The mayor has
    resigned", "Qatar has also made agreements", "aid agencies have pulled out")."""
    for k, (w, _s, _e) in enumerate(ws):
        if k == 0 or w not in ("has", "have") or not opens_perfect(ws, k):
            continue
        subject = ws[k - 1][0]
        if (
            _named(text, ws, k - 1, True)
            or subject in ACTORS
            or subject in PERSON_PRONOUNS
            or _agent(subject)
        ):
            return True
    return False


def _agent(word: str) -> bool:
    """Whether every noun reading of ``word`` is, in its most frequent WordNet sense, a
    person or a group."""
    offsets = [
        first[0]
        for p, b in lexicon.base_forms(word)
        if p == "n" and (first := lexicon.senses("n", b)[:1])
    ]
    return bool(offsets) and all(noun_file(off) in _AGENTS for off in offsets)


def strongly_judged(text: str, label: Label | None, cues: Sequence[Cue]) -> bool:
    """Whether an opinion's cues hold one stronger than the weak ones a plain report
    may set off too: a word the subjectivity lexicon rates ("crude", "important"), a
    present-tense claim ("are high"), a pointing subject or an argued form ("It
    links"). A text's voice needs some of them (``voice.STRONG_SHARE``)."""
    if label != "opinion":
        return False
    weak = {(c.start, c.end) for c in (*pointing_cues(text), *subjective_cues(text))}
    claim = argued(text)
    if claim is not None:
        weak.add((claim.start, claim.end))
    # a present-tense claim's cue is shown grown to its judged phrase (``generic.judged``)
    claims = {c.start for c in generic_cues(text)}
    return any((c.start, c.end) not in weak and c.start not in claims for c in cues)
