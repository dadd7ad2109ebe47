"""Words that judge elsewhere but describe in a plain report of an event (``plain``):
the size of a disaster that killed or destroyed ("A massive fire destroyed a
warehouse", "The devastating floods killed 14 people"), the force of a reaction
("drawn fierce criticism", "faced tough questions"), the degree of a physical
quantity or an amount ("intense heat", "an area of intense seismic activity", "a
significant loss"), a record of harm with a time bound ("the worst attack on the city
since 2015"), talks or a deal that collapsed (an event one can date: "Talks collapsed
on Friday"), workers on strike ("the striking workers"), and an obligation stated as a
rule or a notice ("must publish its accounts by law", "need to register before
Friday"). What stays the writer's: "a devastating failure of leadership", "Morale has
collapsed", "The government must act now"."""

from __future__ import annotations

import re

from newsdiff.meaning import lexicon as wordnet
from newsdiff.meaning.cues.attribution_words import DETERMINERS, PEOPLE
from newsdiff.meaning.cues.base import Cue, Word, one_phrase, vocab, words

#: Words of size or force that, before a disaster, a reaction or a quantity, measure it.
SIZE_WORDS = vocab(
    "massive huge enormous giant vast devastating powerful fierce ferocious heavy severe "
    "intense violent major deadly catastrophic destructive raging widespread stiff sharp "
    "extreme significant tough"
)
#: Disasters and violent events whose size a report of their toll gives.
DISASTER_NOUNS = vocab(
    "fire fires blaze blazes wildfire wildfires flood floods flooding earthquake "
    "earthquakes quake quakes storm storms hurricane hurricanes typhoon typhoons cyclone "
    "cyclones tornado tornadoes tsunami explosion explosions blast blasts landslide "
    "landslides mudslide mudslides avalanche eruption crash collision derailment attack "
    "attacks bombing bombings"
)
#: What a report of a disaster tells: deaths, injuries, damage.
_TOLL = re.compile(
    r"\b(?:kill(?:ed|s|ing)?|destroy(?:ed|s|ing)?|damag(?:ed|es|ing)|injur(?:ed|es|ing)|"
    r"wound(?:ed|ing)|flatten(?:ed|s|ing)|razed|gutted|swept|flooded|displaced|"
    r"left\s+(?:\d[\d,]*\s+)?(?:\w+\s+)?(?:dead|homeless|injured)|claimed\s+(?:\w+\s+)?lives|"
    r"dead|deaths?|died|casualties)\b",
    re.IGNORECASE,
)
#: Reactions whose force a report gives: "drawn fierce criticism", "heavy fighting".
REACTION_NOUNS = vocab(
    "criticism opposition backlash condemnation protest protests resistance debate "
    "fighting clashes competition pressure scrutiny"
)
#: Questions are a reaction where someone faced or answered them: "faced tough questions
#: from MPs" ("Tough questions remain" is the writer's reading).
_QUESTIONS = vocab("questions questioning")
_FACED = vocab("face faces faced facing fielded fielding answered answering")
#: Physical quantities that a size word grades in news copy, as a forecaster or a
#: seismologist would ("intense heat", "intense seismic activity", "extreme cold",
#: "fierce winds", "intense shelling"): the word gives a magnitude one can measure,
#: whoever reads it, not the writer's judgement ("an intense man", "extreme views" still
#: judge). So are amounts of the accounts and changes of a figure, which a report
#: grades as "substantial" or "steep" does: "a significant loss", "a huge rise".
MAGNITUDE_NOUNS = vocab(
    "heat cold rain rains rainfall snow snowfall wind winds gusts hail frost temperatures "
    "weather heatwave drought activity shelling bombardment gunfire airstrikes flames "
    "smoke radiation turbulence waves "
    "loss losses profit profits deficit surplus rise fall drop increase decrease decline "
    "growth damage"
)
#: What a superlative counts rather than grades: "the greatest number of".
_AMOUNTS = vocab("number amount share proportion percentage quantity total concentration")
#: Things whose collapse is an event one can date, not a figure of speech.
COLLAPSING = vocab(
    "talks negotiations deal deals agreement accord ceasefire truce coalition government "
    "alliance merger bid takeover company companies bank banks firm firms business "
    "businesses airline lender scheme project venture defences defenses barrier barriers "
    "levee levees dyke dykes dike dikes"
)
_COLLAPSE = vocab("collapse collapsed collapses collapsing")
_AUX = vocab("has have had")
#: Who strikes: "the striking workers" are on strike.
STRIKERS = PEOPLE | vocab(
    "staff employees miners nurses junior dockers pilots crews railworkers drivers "
    "cleaners porters postal rail bus tube"
)
#: Obligations of the writer's voice, and a deadline or a rule that makes one a notice.
_DEONTIC = frozenset(("must", "should", "need to", "needs to", "ought to"))
_NOTICE = re.compile(
    r"\b(?:before|by|until|no later than)\s+(?:the\s+end\s+of\s+)?(?:(?:this|next)\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|midnight|noon|"
    r"tomorrow|tonight|\d|the\s+deadline|week|month|year)|\bby\s+law\b|"
    r"\bunder\s+(?:the\s+)?(?:new\s+)?(?:law|laws|rules|regulations|act)\b|"
    r"\b(?:legally|statutorily)\s+(?:required|obliged)\b|\brequired\s+by\s+law\b|"
    # a step of the law's procedure: "it must also be approved by the Senate"
    r"\bbe\s+(?:approved|ratified|signed|confirmed|authori[sz]ed|certified)\s+by\s+"
    r"(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)


def plain(text: str, cue: Cue) -> bool:
    """Whether an opinion cue describes an event rather than judging it (see above)."""
    word = cue.text.lower()
    if cue.kind == "speculative":
        if word in ("signal", "signals"):
            return _noun_signal(text, cue)
        return " ".join(word.split()) in _DEONTIC and _NOTICE.search(text) is not None
    ws = words(text)
    k = next((i for i, (_w, s, _e) in enumerate(ws) if s == cue.start), None)
    if k is None:
        return False
    if _a_record(text, ws, k, word):
        return True
    if word in SIZE_WORDS:
        return _measures(text, ws, k)
    if word == "greatest":
        # "the greatest number of women": a count, as "the largest number" is
        return k + 1 < len(ws) and ws[k + 1][0] in _AMOUNTS
    if word in _COLLAPSE:
        return _collapse_event(ws, k)
    if word == "striking":
        return k + 1 < len(ws) and ws[k + 1][0] in STRIKERS
    if word == "outstanding":
        return _owed(text, ws, k)
    if word in _FRAUD:
        return _fraud_named(text, ws, k)
    if word == "obvious":
        # "no obvious signs of injury", "erased any obvious link": what shows, not a
        # judgement that something is plain to all; "no obvious solution" judges
        return k > 0 and ws[k - 1][0] in ("no", "any", "without") and not _judged(text, ws, k)
    return False


#: Words of a fraud that judge a process or a feeling ("a sham election", "phony
#: outrage", "The vote was a sham") and name an offence's instrument or a period.
_FRAUD = vocab("sham phony phoney")
#: WordNet noun files of what a fraud makes or holds: a marriage (noun.state), a company
#: (noun.group), a passport or a contract (noun.communication), a thing (noun.artifact).
_FRAUD_MADE = frozenset({"state", "group", "communication", "artifact", "possession"})
_COPULAR = vocab("is are was were be been being become became seems seemed")


def _fraud_named(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether "sham"/"phony" at ws[k] is part of a name ("the Phoney War": a capital
    inside the sentence, or on the next word) or, before a noun and after no copula,
    names a fraud's instrument ("arranging sham marriages", "a sham company used to
    move the money": review r22c finding 2) rather than judging ("a sham election",
    "phony outrage", "It was a sham company")."""
    w, s, e = ws[k]
    after = ws[k + 1] if k + 1 < len(ws) else None
    if after is not None and (text[after[1]].isupper() or (k and text[s].isupper())):
        return True
    if after is None or wordnet.noun_category(after[0]) not in _FRAUD_MADE:
        return False
    j = k - 1
    while j >= 0 and ws[j][0] in DETERMINERS:
        j -= 1
    return j < 0 or ws[j][0] not in _COPULAR


#: Hypernyms of a noun's senses of worth or of a way to solve: "merit" (worth), "an
#: advantage" (quality), "a solution" (a method, know-how): none of them shows itself, a
#: writer weighs it.
_WORTH_KINDS = frozenset({"quality", "worth", "know-how"})
#: How many of a noun's senses (most frequent first) ``_judged`` reads: "solution" is
#: first a chemical mixture.
_WORTH_SENSES = 3


def _judged(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether the noun "obvious" at ws[k] qualifies (the last of up to two nouns in
    its phrase: "any obvious Russian link") is a worth or a way to solve in one of its
    most frequent WordNet senses ("no obvious solution", "without any obvious merit"),
    not a thing that shows ("no obvious signs of injury", "no obvious cause")."""
    head = None
    for j in (k + 1, k + 2):
        if j < len(ws) and one_phrase(text, ws, j - 1) and wordnet.noun_category(ws[j][0]):
            head = ws[j][0]
        else:
            break
    # a noun first of a state a thing is in shows as "signs" do, whatever its rarer
    # senses weigh: "no obvious defect" (a defect is a quality only second)
    return (
        head is not None
        and wordnet.noun_category(head) != "state"
        and any(
            wordnet.sense_kinds(base, _WORTH_SENSES) & _WORTH_KINDS
            for p, base in wordnet.base_forms(head)
            if p == "n"
        )
    )


def _noun_signal(text: str, cue: Cue) -> bool:
    """ "signals" as a noun ("mixed signals about the economy", "the signals"), after a
    determiner or an adjective: no speculation, unlike the verb ("The move signals a
    shift")."""
    ws = words(text[: cue.start])
    if not ws or text[ws[-1][2] : cue.start] != " ":
        return False
    before = ws[-1][0]
    return before in DETERMINERS or any(p in "as" for p, _b in wordnet.base_forms(before))


#: WordNet's noun files of what is owed or pending ("debt": state, "loans": possession)
#: and the documents that stay open until settled ("warrant", "invoices").
_OWED_FILES = ("possession", "state")
_OWED_KINDS = frozenset({"legal_document", "commercial_document"})


def _owed(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """ "outstanding" in its sense of unpaid or unsettled: before a noun of what is owed
    ("outstanding student debt", "outstanding loans", "an outstanding arrest warrant"),
    not of praise ("an outstanding student", "outstanding performance")."""
    head = None
    for j in (k + 1, k + 2):  # "outstanding debt", "outstanding student debt"
        if j < len(ws) and one_phrase(text, ws, j - 1) and wordnet.noun_category(ws[j][0]):
            head = ws[j][0]
        else:
            break
    if head is None:
        return False
    return wordnet.noun_category(head) in _OWED_FILES or bool(
        wordnet.noun_kinds(head) & _OWED_KINDS
    )


#: What bounds a superlative in time or by the record, so that the record can be
#: looked up: "since the Falklands War", "since 1990", "in 50 years", "for 40 years",
#: "in a decade", "on record", "ever recorded".
_RECORD = re.compile(
    r"\b(?:since|on record|ever (?:recorded|measured|seen)|(?:in|for) (?:(?:more than|over|nearly|"
    r"almost|at least)\s+)?(?:\d+|a|an|two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|a hundred)\s+(?:years?|decades?|centuries|century|generations?|months?))\b",
    re.IGNORECASE,
)
#: The superlatives of severity that a record bounds (beside those of ``SIZE_WORDS``).
_SEVERITY = vocab("worst")


def _a_record(text: str, ws: tuple[Word, ...], k: int, word: str) -> bool:
    """Whether a superlative of size or severity before a disaster, a reaction or a
    physical quantity is a record bounded in time ("the most intense fighting the
    British army had seen since the Falklands War", "the worst flooding in 50 years",
    "its worst drought on record"): measured against the record, it is checked, not
    judged. Unbounded it still judges ("the worst government in history")."""
    last = word.split()[-1]
    size = last in SIZE_WORDS and word.split()[0] == "most"
    if not (size or last in _SEVERITY or _superlative_of_size(last)):
        return False
    end = k + len(word.split())
    for j in (end, end + 1):  # "the most intense fighting", "the worst summer flooding"
        if j < len(ws) and (
            ws[j][0] in DISASTER_NOUNS or ws[j][0] in REACTION_NOUNS or ws[j][0] in MAGNITUDE_NOUNS
        ):
            return _RECORD.search(text, ws[j][2]) is not None
    # "The flooding is the worst in the county since 1998", "The storm was the worst in
    # 50 years": the superlative stands for the noun its subject names.
    if end < len(ws) and ws[end][0] not in _BOUND_OPENERS or k < 3:
        return False
    if ws[k - 1][0] != "the" or ws[k - 2][0] not in _COPULAS:
        return False
    subject = {w for w, _s, _e in ws[max(0, k - 6) : k - 2]}
    if subject.isdisjoint(DISASTER_NOUNS) and subject.isdisjoint(MAGNITUDE_NOUNS):
        return False
    return _RECORD.search(text, ws[k][2]) is not None


#: What may follow a superlative with no noun before its record: "the worst in 50
#: years", "the worst since 1998", "the worst on record", "the worst ever recorded".
_BOUND_OPENERS = vocab("in since on for ever of")
_COPULAS = vocab("is was are were been be")


def _superlative_of_size(word: str) -> bool:
    """ "heaviest", "fiercest", "largest": "-est" of a size word."""
    if not word.endswith("est"):
        return False
    stem = word[:-3]
    return any(f in SIZE_WORDS for f in (stem, stem + "e", stem[:-1] + "y", stem[:-1]))


def _measures(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """A size word before a disaster in a report of its toll, before a reaction or
    before a physical quantity."""
    for j in (k + 1, k + 2):  # "a massive fire", "a massive warehouse fire"
        if j < len(ws):
            noun = ws[j][0]
            if noun in REACTION_NOUNS or noun in MAGNITUDE_NOUNS:
                return True
            if noun in _QUESTIONS:
                return k > 0 and ws[k - 1][0] in _FACED
            if noun in DISASTER_NOUNS:
                return _TOLL.search(text) is not None
    return False


def _collapse_event(ws: tuple[Word, ...], k: int) -> bool:
    """ "Talks collapsed", "the deal has collapsed", "Flood defences collapse": the verb
    after a thing whose collapse is an event."""
    j = k - 1
    if j >= 0 and ws[j][0] in _AUX:
        j -= 1
    return j >= 0 and ws[j][0] in COLLAPSING
