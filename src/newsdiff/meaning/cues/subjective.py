"""Subjective adjectives from maintained lexicons: Pattern's English adjective lexicon
(``subjectivity_words``), the words a reader takes as the writer's judgement ("bleak",
"absurd", "impressive") beyond the hand list of ``evaluative``, and for words Pattern
does not rate, the judging adjectives of the VADER lexicon (``valence_words``: "chic",
"misleading", "dismal"); for adjectives neither rates, a judgement inherited from their
WordNet neighbours (``wordnet_words``: "grotty", "insidious", "unenviable")."""

from __future__ import annotations

from functools import lru_cache

from newsdiff.core.spelling import canonical_lower
from newsdiff.meaning import lexicon as wordnet
from newsdiff.meaning.cues.attribution_words import CLAUSE_STOPS, DETERMINERS
from newsdiff.meaning.cues.base import Cue, Word, one_phrase, vocab, words
from newsdiff.meaning.cues.numbers import dated_or_counted
from newsdiff.meaning.cues.subjectivity_words import TABLE
from newsdiff.meaning.cues.valence_words import ADJECTIVES
from newsdiff.meaning.cues.wordnet_words import TABLE as INHERITED

#: A word this subjective or more (Pattern's 0-1 scale) judges. 0.7 keeps "bleak",
#: "absurd", "crucial", "unprecedented" and leaves out "new" (0.45), "major" (0.5),
#: "high" (0.54), "serious" (0.67).
SUBJECTIVE_MIN = 0.7
#: A word rated less subjective still judges when its polarity is strong: from 0.5
#: subjectivity with a polarity of 0.5 or more either way ("good", "bad", "flawed",
#: "interesting", "blatant", "worthwhile"; "serious" at 0.67 has polarity -0.33).
POLAR_SUBJECTIVE_MIN = 0.5
POLAR_MIN = 0.5

#: Forms of the lexicon whose common sense in news copy describes rather than judges
#: ("confirmed cases", "in critical condition", "prices rose", "a total of", "his own",
#: "strong winds", "a stabbing"): another part of speech with the same spelling, a
#: legal or technical term, or a plain measure. Chosen by reading the lexicon's words
#: at or above ``SUBJECTIVE_MIN``, not from the development set's errors.
NOT_JUDGING = vocab(
    "absolute absorbed across-the-board aeriform affirmative aired alien alleviated "
    "artesian artificial artistic autonomous base behind blasted bootleg bright "
    "calculable calm cast-iron catching celebrated chicken cold confirmed critical "
    "cutting deadly decreased detailed diseased drunk effective elect experienced faint "
    "fair far farthermost favored filled final fly free giant grand guilty hate hated "
    "hazardous hot ill innocent key kind latest light liked likely loved enjoyed "
    "moderate necessary only original own popular possible potential powerful precise "
    "prominent rank rare relevant rich rose secret seriously sexual sharp stabbing static "
    "strong suffers sure thin total traditional ultimate uncommon ungraded unilateral "
    "unsalted vast violent wealthy welcome willing winning youngish "
    # strongly polar words from 0.5 (``POLAR_SUBJECTIVE_MIN``) that count, measure or
    # describe a state: "able to", "many", "the top", "illegal", "safe", "warm"
    "able unable acquainted ashen blind frostbitten greater healthy illegal incurable "
    "love enjoying many more most random safe shy top unlikely vulnerable warm"
)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[float, float]]:
    """Each word of the table: (subjectivity, polarity)."""
    out: dict[str, tuple[float, float]] = {}
    for line in TABLE.splitlines():
        if line:
            word, subj, pol = line.split()
            out[word] = (float(subj), float(pol))
    return out


@lru_cache(maxsize=1)
def rated_words() -> frozenset[str]:
    """The judging words the two lexicons rate themselves (the seed of the WordNet
    expansion, ``bench/make_wordnet_table.py``)."""
    pattern = frozenset(
        w
        for w, (subj, pol) in lexicon().items()
        if subj >= SUBJECTIVE_MIN or (subj >= POLAR_SUBJECTIVE_MIN and abs(pol) >= POLAR_MIN)
    )
    vader = frozenset(line.split()[0] for line in ADJECTIVES.splitlines() if line)
    return (pattern | vader) - NOT_JUDGING


@lru_cache(maxsize=1)
def judging_words() -> frozenset[str]:
    """The words that count as the writer's judgement: the lexicons' own and the
    adjectives that inherit a judgement from their WordNet neighbours ("grotty" from
    "nasty", "unenviable" from "undesirable")."""
    return rated_words() | inherited_words()


@lru_cache(maxsize=1)
def inherited_words() -> frozenset[str]:
    """The adjectives that only inherit a judgement from their WordNet neighbours."""
    return frozenset(line.split()[0] for line in INHERITED.splitlines() if line)


#: Words of a person's feeling: said of a person after a copula ("Smith is angry",
#: "Residents are furious about the closure") they describe a state one can ask about,
#: not the writer's judgement; said of a thing ("The news is sad", "a sad day") they
#: judge.
PERSONAL_STATES = vocab(
    "angry furious upset happy unhappy sad delighted pleased displeased disappointed "
    "frustrated worried anxious nervous afraid scared frightened terrified relieved proud "
    "ashamed embarrassed grateful thankful excited thrilled shocked stunned surprised "
    "confused hopeful optimistic pessimistic confident concerned jealous bitter "
    "devastated heartbroken distraught outraged angered livid irate eager keen lonely "
    "glad sorry fearful uneasy unsure uncertain determined"
)
#: Copulas before a feeling, and adverbs that may stand between ("was still upset").
_FEELING_COPULAS = vocab("is are was were am remains remain remained felt feels feel became")
_FEELING_ADVERBS = vocab("still also now visibly clearly deeply so very increasingly")
#: People a feeling may be said of, beyond names and "he", "she", "they".
PERSONS = vocab(
    "he she they man woman men women boy girl child children family families mother "
    "father parents fans voters staff crowd victims victim owners owner friends "
    "residents relatives neighbours neighbors workers officials police leaders players"
)


def persons_state(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether ws[k], a word of feeling (``PERSONAL_STATES``), is said of a person: after
    a copula whose subject is a name, a pronoun of a person or a noun of people."""
    if ws[k][0] not in PERSONAL_STATES:
        return False
    j = k - 1
    while j > 0 and ws[j][0] in _FEELING_ADVERBS:
        j -= 1
    if j < 1 or ws[j][0] not in _FEELING_COPULAS:
        return False
    subject, s, _e = ws[j - 1]
    named = text[s].isupper() and subject not in ("it", "this", "that", "i", "we")
    return named or subject in PERSONS


#: WordNet's noun files of those who have a body ("patient", "the dog").
_BODIES = ("person", "animal")


def bodily_state(ws: tuple[Word, ...], k: int, j: int, named: bool) -> bool:
    """Whether the predicate at ws[j] of the copula ws[k] (past degree adverbs, in "-ly"
    or "very": "critically", "seriously", "very") is an adjective of the body's condition
    said of one who has a body (a name, ``named``, or a noun of people or animals before
    the copula), one of whose two most frequent senses WordNet derives a physical
    condition from ("ill": illness, "sick", "unwell"): "The patient is critically ill"
    reports a state, "critically" criticises nothing; "The economy is healthy" is a
    figure of speech, "Voters are sick of austerity" a feeling."""
    subject = ws[k - 1][0] if k else ""
    if not (named or subject in PERSONS or wordnet.noun_category(subject) in _BODIES):
        return False
    while j + 1 < len(ws) and (ws[j][0].endswith("ly") or ws[j][0] in _DEGREE):
        j += 1
    if j + 1 < len(ws) and ws[j + 1][0] == "of":
        return False
    return any(
        "physical_condition" in wordnet.kinds_above("n", off)
        for off in wordnet.derived_nouns(ws[j][0], 2)
    )


#: Degree words before a bodily state ("very ill", "so sick").
_DEGREE = vocab("very so too")


def said_of_a_body(text: str, ws: tuple[Word, ...], j: int) -> bool:
    """Whether ws[j] is a bodily state (``bodily_state``) said after a copula, degree
    adverbs between ("The soldier is sick", "The patient is very ill")."""
    k = j - 1
    while k > 0 and (ws[k][0].endswith("ly") or ws[k][0] in _DEGREE):
        k -= 1
    if k < 1 or ws[k][0] not in _FEELING_COPULAS:
        return False
    _w, s, _e = ws[k - 1]
    named = text[s].isupper() and ws[k - 1][0] not in ("it", "this", "that", "i", "we")
    return bodily_state(ws, k, k + 1, named)


#: WordNet's noun files of what one is granted: a time off ("sick days", "sick leave"),
#: money ("sick pay", "sick benefits").
_GRANTED = ("time", "possession")


def _granted_the_ill(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether ws[k], an adjective whose most frequent sense WordNet derives an illness
    from ("sick", "ill"), names what the ill are granted with the noun after it, a time
    or money: a noun compound ("paid sick days", "sick leave", "sick pay"), no judgement
    ("a sick joke", "a sick society" still judge; "a traumatic day" derives an injury)."""
    if k + 1 >= len(ws) or not one_phrase(text, ws, k):
        return False
    if wordnet.noun_category(ws[k + 1][0]) not in _GRANTED:
        return False
    return any(_names(off) == b"illness" for off in wordnet.derived_nouns(ws[k][0], 1))


def _names(off: int) -> bytes:
    """A noun synset's first lemma."""
    fields = (wordnet.synset_line("n", off) or b"").split()
    return fields[4] if len(fields) > 4 else b""


#: Set phrases where the word judges nothing: "Needless to say, the talks failed."
_SET_PHRASES = {"needless": " to say"}


#: An auxiliary before an "-ing" adjective, a word after it: a verb in the progressive
#: ("is also encouraging citizens to ask"), not a judgement ("the results are
#: encouraging.").
_AUXILIARY = vocab("is are was were be been being am 's ’s")


def _progressive(text: str, k: int) -> bool:
    ws = words(text)
    if k == 0 or k + 1 >= len(ws) or text[ws[k][2] : ws[k + 1][1]].strip():
        return False
    if ws[k + 1][0] in _COORDINATORS and not _coordinated_verb(text, k + 2):
        # "was misleading and insidious", "is misleading and false": two predicates
        # joined, not a verb with an object ("is misleading and cheating investors").
        return False
    if ws[k + 1][0] in _PREPOSITIONS and _causes_feeling(ws[k][0]):
        # "were disappointing for investors", "is worrying to many": a verb that causes
        # a feeling takes its person as an object, so a preposition after it makes an
        # adjective ("are appealing for witnesses" is still a verb)
        return False
    before = ws[k - 1][0] if ws[k - 1][0] not in _ADVERBS or k < 2 else ws[k - 2][0]
    return before in _AUXILIARY


_PREPOSITIONS = vocab("for to in at about with on among because given")


def _causes_feeling(word: str) -> bool:
    """Whether the "-ing" ``word`` is of a verb whose participle is a feeling
    (``PERSONAL_STATES``): "disappointing" of "disappointed", "frustrating" of
    "frustrated"."""
    stem = word[:-3]
    return any(
        form in PERSONAL_STATES
        for form in (stem + "ed", stem + "d", stem + "ied", stem[:-1] + "ied", stem)
    )


_COORDINATORS = vocab("and or but nor yet")


def _coordinated_verb(text: str, k: int) -> bool:
    """Whether ws[k], after a coordinator, is an "-ing" verb with an object."""
    ws = words(text)
    return k < len(ws) and ws[k][0].endswith("ing") and _verb_use(text, k)


#: Words that follow an "-ing" verb and never an "-ing" adjective: an object's
#: determiner or pronoun, or a particle ("insurgents have pulled off attacks, striking
#: at diplomats", "striking a deal", "accepting the award"; not "a striking result",
#: "threatening to management", "interesting that").
_OBJECT = vocab(
    "a an the his her their its our my your them him me us this these those at up down out off into"
)


def _verb_use(text: str, k: int) -> bool:
    ws = words(text)
    return k + 1 < len(ws) and ws[k + 1][0] in _OBJECT and not text[ws[k][2] : ws[k + 1][1]].strip()


#: Adverbs that may stand between an auxiliary and its verb ("is also encouraging").
_ADVERBS = vocab("also still now not already even just")


#: WordNet's noun files of the physical world and of measures: what an inherited word
#: describes ("harmful algae", "inclement weather", "productive wells").
_THINGS = frozenset(
    "animal artifact body food location object phenomenon plant substance quantity time "
    "shape possession process".split()
)


def _of_a_thing(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether the adjective ws[k] describes a thing: the noun right after it (past one
    more modifier) is, in its most frequent sense, of the physical world or a measure
    (``_THINGS``); with no noun after it ("was unprofitable in 2023") it is taken to."""
    j = k + 1
    while j < len(ws) and j - k <= 2 and one_phrase(text, ws, j - 1):
        if ws[j][0] in CLAUSE_STOPS or ws[j][0] in DETERMINERS:
            break
        category = wordnet.noun_category(ws[j][0])
        if category is not None:
            return category in _THINGS
        j += 1
    return True


#: The trade's words that make "crude" the oil ("Brent crude rose 2% to $80 a barrel",
#: "Oil prices fell, with US crude down 3%", "crude palm oil"); "a crude attempt to
#: smear him" still judges.
_OIL = vocab("oil oils barrel barrels brent wti opec petroleum refinery refineries tanker")


def subjective_cues(text: str) -> list[Cue]:
    """Subjective adjectives of the lexicon, as ``evaluative`` cues. A capitalised word
    after the first is part of a name ("Great Britain", "the Super Bowl", "Grand
    Mosque") and is skipped."""
    judging, inherited = judging_words(), inherited_words()
    dated: bool | None = None
    out: list[Cue] = []
    ws = words(text)
    for k, (written, s, e) in enumerate(ws):
        # The lexicons spell American: "meagre", "sceptical", "dishonourable" are
        # looked up as "meager", "skeptical", "dishonorable".
        w = written if written in judging else canonical_lower(written)
        if w not in judging or (k and text[s].isupper()) or persons_state(text, ws, k):
            continue
        if w == "crude" and any(x in _OIL for x, _s, _e in ws):
            continue  # the oil, a commodity
        if said_of_a_body(text, ws, k) or _granted_the_ill(text, ws, k):
            continue  # "The soldier is sick", "paid sick days": the body's state
        if w in inherited and w not in rated_words():
            # An inherited word describes as often as it judges ("Harmful algae were
            # found on Monday", "inclement weather", "rugged terrain", "1,200
            # productive wells"): in a report with a date or a figure it is no judgement,
            # unless it stands before what one judges, a deed or a telling ("a deceptive
            # story that ran in May", ``_of_a_thing``).
            if dated is None:
                dated = dated_or_counted(text)
            if dated and _of_a_thing(text, ws, k):
                continue
        if w.endswith("ing") and (_progressive(text, k) or _verb_use(text, k)):
            continue
        phrase = _SET_PHRASES.get(w)
        if phrase is not None and text[e : e + len(phrase)].lower() == phrase:
            continue
        out.append(Cue("evaluative", s, e, text[s:e]))
    return out
