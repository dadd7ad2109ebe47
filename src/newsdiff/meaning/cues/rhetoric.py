"""The arguer's moves that judge without a judging word: advice given as an imperative,
the pointing identification, a degree that weighs, and the arguer's set phrases.

* **advice** (GUIDE section 3: advice is opinion): a statement that opens with a verb's
  base form followed by what an imperative takes, an object's determiner or pronoun, a
  particle or an "-ing" verb ("Schedule an initial psychotherapy session", "take a lesson
  from history", "Try praying, at least once", "hook up makerspaces"), or a verb
  forbidden ("Don't delay"). News states what someone did; a sentence that opens with a
  bare verb speaks to the reader.
* **pointing**: "this", "that", "it" as the subject of a copula before a noun phrase
  ("This is the march of the makers promised by Osborne", "That was the boom-time
  option", "It will be a self-inflicted wound"): the writer names what something
  amounts to. A record ("It was the first attack since 2015", "the worst"), a date or a
  count is left alone: news identifies what can be checked.
* **degree**: "only" before a verb of worsening or showing ("this threat perception is only
  magnified", "has only revealed the asymmetry"), "ever/even/all the/much/far" before a
  comparative ("ever more globalised", "even more costly", "all the more reason"), "like
  never before", "than ever", and adverbs that vouch or weigh ("rightly seen", "essentially
  colonialism", "so few perpetrators", "too long"): the writer weighs how much, where news
  gives the figure.
* **set phrases**: "no wonder", "of course", "nothing short of", "nothing but", "it is no
  surprise", "there is nothing to be gained", "no one deserves", an opening "Yes,",
  "Folks,", "Sadly,". (An exclamation mark is left alone: a headline's "Talks failed!"
  reports.)
* **the impersonal "one"** who knows, or can only conclude, expect or imagine ("One can
  only conclude that ...", "One knows vaguely that ...", "as one might expect"): the
  writer's reasoning put as anyone's, where news names who knows ("No one knows",
  "One of the victims was", "One could see the smoke" are left alone).

Quoted words are the quoted person's (``evaluative`` drops cues inside quotation marks).
"""

from __future__ import annotations

import re

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Cue, finditer, vocab
from newsdiff.meaning.cues.numbers import dated_or_counted

#: What follows an imperative's verb: an object's determiner or pronoun, or a particle.
_TAKES = vocab(
    "the a an this that these those some any one two three your my our his her their its "
    "every each all no yourself yourselves me you him us them it up out down on off to "
    "for at with about back away over around again what someone something"
)
#: Words WordNet also has as verbs that open plain sentences as other parts of speech
#: ("People on average incomes", "Back in 2010", "Like the Co-op", "Even the", "Well
#: one of"), or that open a question or a clause.
_NOT_IMPERATIVE = vocab(
    "be is are was were let people back like even well near past round down up out over "
    "just still then now so and but or if as when where why how what who i we they he "
    "she it you there here this that these those do does did no not"
)
_OPENING = re.compile(
    r"^\W*(?:\d+\W*\s*)?(?:(?:and|so|then|now|please|always|never|don['’]t|do not)\s+)?"
    r"([A-Za-z]+)\s+[\"“‘']?(\w+)"
)


#: A verb forbidden: "Don't delay", "Do not talk about your ex" (no object needed).
_FORBIDDING = re.compile(r"^\W*(?:\d+\W*\s*)?(?:don['’]t|do\s+not)\s+([A-Za-z]+)\b", re.IGNORECASE)


#: Prepositions after which an opening word that is also a noun heads a noun phrase as
#: often as it commands ("Honour for UK games maker", "Anger over the war has grown",
#: "Support for Mr. Trump here may deepen"; "Vote for change." commands).
_HEADING_PREPOSITIONS = vocab("for over")
#: Finite auxiliaries and copulas: one in the first clause has a subject of its own, the
#: opening noun phrase.
_FINITE = vocab("is are was were has have had will would may might can could should must does did")
#: Words that end the opening clause ("Vote for whoever is best").
_CLAUSE_ENDS = vocab(
    "who whom whose which that whoever whatever what when where if because and but or"
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s*$")


def _noun_headed(text: str, opener: str) -> bool:
    """Whether the opener, a noun too, heads the subject before "for"/"over": a finite verb
    follows in the first clause ("Anger over the war has grown"), or the line is a
    heading, with no end stop ("Praise for new bridge"; review r25c)."""
    if ("n", opener) not in lexicon.base_forms(opener):
        return False
    if not _SENTENCE_END.search(text):
        return True
    for w in re.findall(r"[A-Za-z]+", text)[2:]:
        w = w.lower()
        if w in _CLAUSE_ENDS:
            return False
        if w in _FINITE:
            return True
    return False


def _imperative(text: str) -> Cue | None:
    forbidden = _FORBIDDING.match(text)
    if forbidden and ("v", forbidden.group(1).lower()) in lexicon.base_forms(forbidden.group(1)):
        return Cue("speculative", forbidden.start(), forbidden.end(1), forbidden.group().lstrip())
    m = _OPENING.match(text)
    if m is None:
        return None
    verb, nxt = m.group(1).lower(), m.group(2).lower()
    if verb in _NOT_IMPERATIVE or ("v", verb) not in lexicon.base_forms(verb):
        return None
    gerund = nxt.endswith("ing") and ("v", nxt[:-3]) in lexicon.base_forms(nxt[:-3])
    if nxt in _HEADING_PREPOSITIONS and _noun_headed(text, verb):
        return None
    if text[m.start(2)].isupper() and text.startswith(("'s", "’s"), m.end(2)):
        return None  # "Get On's participation target": a name's possessive (review r25c)
    if nxt in _TAKES or gerund:
        return Cue("speculative", m.start(1), m.end(1), m.group(1))
    return None


_POINTING = re.compile(
    r"^\W*(?:(?:and|but|yes|so|yet|now),?\s+)?(?:this|that|these|those|it)\s*"
    r"(?:['’]s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be|\s+remains)\s+"
    r"(?:(?:also|just|still|simply|not|all|only)\s+)*(?:a|an|the|one|another|what|all|no)\b",
    re.IGNORECASE,
)
#: A rank or a superlative makes the identification a record one can check.
_RANKED = re.compile(
    r"\b(?:first|second|third|fourth|fifth|last|latest|next|\w+est|most|least)\b", re.IGNORECASE
)
_DEGREE = re.compile(
    r"\bonly\s+(?:served\s+to\s+)?(?:escalated?|deepen(?:ed|s)?|magnif(?:y|ied|ies)|"
    r"exacerbat(?:e|ed|es)|compound(?:ed|s)?|worsen(?:ed|s)?|fuel(?:led|ed|s)?|"
    r"heighten(?:ed|s)?|intensif(?:y|ied|ies)|reveal(?:ed|s)?|underscore[ds]?|"
    r"reinforce[ds]?|entrench(?:ed|es)?|become\s+more|grown\s+more)\b|"
    r"\b(?:ever|even|all\s+the|much|far)\s+(?:more|greater|worse|better|harder|deeper|"
    r"stronger|weaker)\b|\bmore\s+and\s+more\b|\blike\s+never\s+before\b|\bthan\s+ever\b",
    re.IGNORECASE,
)
#: Adverbs by which the writer vouches for or weighs a claim ("rightly seen by many",
#: "essentially colonialism", "don't actually", "so few perpetrators", "too long in a
#: bubble"); news gives the fact and its source instead. "Actually" and
#: "exactly" are left out: news copy uses them to correct or to quote ("have actually
#: been withdrawing", "knows exactly what").
_EMPHASIS = re.compile(
    r"\b(?:truly|certainly|simply|hardly|scarcely|rightly|wrongly|undeniably|inevitably|"
    r"essentially|fundamentally|too\s+(?:\w+ly|much|little|many|few|long|often|far)|"
    r"so\s+(?:few|many|much|little)|not\s+even|let\s+alone|in\s+no\s+way|by\s+no\s+means|"
    r"whatsoever)\b",
    re.IGNORECASE,
)
_SET_PHRASES = re.compile(
    r"\bno\s+wonder\b|\bof\s+course\b|\bnothing\s+short\s+of\b|\bnothing\s+but\b|"
    r"\bit(?:['’]s|\s+is|\s+was)\s+(?:no|little)\s+(?:surprise|wonder|coincidence|accident)\b|"
    r"\b(?:nothing|nobody|no\s+one)\s+(?:deserves|should)\b|"
    r"\bthere\s+is\s+(?:nothing\s+to\s+be|no\s+(?:excuse|justification))\b|"
    r"^\W*(?:yes|folks|alas|sadly|fortunately|unfortunately|surely),",
    re.IGNORECASE,
)


_IMPERSONAL_ONE = re.compile(
    r"(?:^\W*|[,;:(—–]\s*|\b(?:that|as|if|when|because|but|and|so)\s+)\b[Oo]ne\s+(?:(?:can|"
    r"cannot|can['’]t|could|must|should|might|may|would)\s+(?:only\s+|hardly\s+|well\s+|"
    r"not\s+|also\s+)?(?:conclude|say|argue|imagine|wonder|expect|think|assume|hope|suppose|"
    r"guess|understand|forgive|forget|blame)|knows|knew|wonders|suspects|feels)\b"
)


def rhetoric_cues(text: str) -> list[Cue]:
    """Advice, degree, emphasis and set phrases in ``text``, as opinion cues."""
    out: list[Cue] = []
    advice = _imperative(text)
    if advice is not None:
        out.append(advice)
    out += finditer("evaluative", _DEGREE, text)
    emphasis = finditer("evaluative", _EMPHASIS, text)
    if emphasis and not dated_or_counted(text):
        # "Too many trucks crossed the border on Monday" counts, as "too many" does
        # beside a date or a figure (``stance``)
        out += emphasis
    out += finditer("evaluative", _SET_PHRASES, text)
    if "one " in text.lower():
        out += finditer("speculative", _IMPERSONAL_ONE, text)
    return out


def pointing_cues(text: str) -> list[Cue]:
    """The pointing identification, as a ``speculative`` cue (an interpretation, as "is a
    sign of" is: the writer says what a thing amounts to). A weak cue, asked for where no
    other opinion cue and no present-tense claim (``generic``) is found: that one shows
    its judged phrase."""
    pointing = _POINTING.search(text)
    if pointing is None or _RANKED.search(text) or dated_or_counted(text):
        return []
    return [Cue("speculative", pointing.start(), pointing.end(), pointing.group())]
