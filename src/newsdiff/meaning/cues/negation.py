"""Negation cues: "not", "no", "never", "without", "n't" and the like; the fixed
phrases whose negator reverses nothing ("no doubt", "at no cost"); and the privative
words that say an absence without a negator ("lost", "lacks", "free of", "failed
to")."""

from __future__ import annotations

import re

from newsdiff.meaning.cues.base import Cue, vocab, words
from newsdiff.meaning.cues.number_words import CARDINALS

#: With the negative pronouns' "'s" ("Nobody's been charged", "nothing's changed"; "is"
#: or "has", or "nobody's fault"): still a negator, so writing it out is none added.
NEGATIONS = vocab(
    "not no never none nobody nothing nowhere neither nor without cannot "
    "nobody's nothing's none's nobody’s nothing’s none’s"
)

#: "No." before a number is the abbreviation of "number" (numero), not the negator:
#: "No. 10" (Downing Street), "the world No. 1", "the No. 2 Senate Democrat", "No.
#: one". A capital after the point starts a sentence: "He said no. Ten people left."
_NUMERO = re.compile(r"\.[ \u00a0]?(?:\d|(?:" + "|".join(sorted(CARDINALS)) + r")\b)")

#: Fixed phrases with a negator whose sense is positive: a change that adds or drops
#: one whole rewords, it does not reverse what is said ("free of charge" -> "at no
#: cost", "There is no doubt the deal will pass." -> "The deal will surely pass."),
#: while one that drops only the negator does ("at no cost" -> "at a cost"). Each kind
#: says what the phrase means without a negator; one that still denies something is
#: left out on purpose: "no longer" (= not now), "no more" (= not again), "by no
#: means", "never again", "no question of" (= it will not happen), "not bad" (which
#: reverses "bad").
_POSITIVE = re.compile(
    r"\b(?:"
    # certainty, as "surely" or "undoubtedly" says it
    r"no\s+doubt|without\s+(?:a\s+|any\s+)?doubt|without\s+question|"
    r"no\s+question\s+(?:that|about\s+it)|there(?:'s|’s|\s+is)\s+no\s+denying|"
    # free, as "free of charge" says it
    r"(?:at|for)\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge|expense|fee)|"
    # adding or stressing ("also", "even", "especially", "at least", "only")
    r"not\s+only|not\s+just|not\s+to\s+mention|last\s+but\s+not\s+least|not\s+least|"
    r"no\s+(?:fewer|less)\s+than|nothing\s+(?:less\s+than|short\s+of|but)|no\s+end\s+of|"
    # conceding or timing ("whatever", "soon", "naturally", "still")
    r"no\s+matter|never\s+mind|no\s+sooner|in\s+no\s+time|no\s+wonder|none\s+the\s+less|"
    r"(?:can|could)(?:not|n't|n’t|\s+not)\s+help"
    r")\b",
    re.IGNORECASE,
)


#: Words and phrases that assert an absence or a not-doing without a negator: "lost
#: power" says what "were left without power" says, "lacks water" what "has no water"
#: says, "failed to attend" what "did not attend" says (the negative implicative
#: verbs: fail, refuse, decline, neglect, forget to). They are no negation cue on their
#: own ("has" -> "lacks" reverses a claim, but so does any antonym, "rose" -> "fell",
#: and the negation class is for a negator's coming and going); they weigh only against
#: a negator a change adds or drops (``classify``): one on each side of a change says
#: the same thing twice over.
#:
#: The verbs whose object is an action or an occasion not taken part in are of the
#: kind: "missed the hearing" is "did not attend the hearing", "dodged the question"
#: "did not answer it", "avoided paying its taxes" "did not pay them". Each says that
#: something was not done (miss, skip, avoid, evade, dodge, duck, sidestep, shun,
#: eschew, ignore, overlook, boycott, snub, omit, forgo, withhold; refrain and abstain
#: from), in every inflection. Not a verb that does something else instead: "rejected"
#: and "denied" are an act (a negated word against its antonym is weighed apart,
#: ``frames.negation_changed``), "stopped" and "quit" say it was done before, "delayed"
#: that it may yet be. "duck", "skirt" and "snub" are also nouns: only their verb forms.
_PRIVATIVE = (
    r"\b(?:"
    r"los(?:e|es|t|ing)|lack(?:s|ed|ing)?|absen(?:t|ce)|missing|"
    r"(?:free|devoid|deprived|bereft|stripped)\s+(?:of|from)|"
    r"(?:ran|run|runs|running)\s+out\s+of|short\s+of|"
    r"(?:fail(?:s|ed|ing)?|failure|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|"
    r"neglect(?:s|ed|ing)?|forg(?:et|ets|ot|otten|etting))\s+to|"
    r"(?:refrain|abstain)(?:s|ed|ing)?\s+from|"
    r"miss(?:es|ed)?|skip(?:s|ped|ping)?|avoid(?:s|ed|ing)?|evad(?:e|es|ed|ing)|"
    r"dodg(?:e|es|ed|ing)|duck(?:ed|ing)|sidestep(?:s|ped|ping)?|shun(?:s|ned|ning)?|"
    r"eschew(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|overlook(?:s|ed|ing)?|"
    r"boycott(?:s|ed|ing)?|snub(?:bed|bing)|omit(?:s|ted|ting)?|"
    r"for(?:e)?go(?:es|ing|ne)?|for(?:e)?went|withh(?:old|olds|olding|eld)|skirt(?:ed|ing)"
    r")\b"
)


def privatives(text: str) -> list[tuple[int, int]]:
    """Where ``text`` says an absence or a not-doing without a negator (``_PRIVATIVE``)."""
    # Compiled when first needed (re's cache): only a change that adds or drops a
    # negator reads it, and most diffs have none.
    return [m.span() for m in re.finditer(_PRIVATIVE, text, re.IGNORECASE)]


def fixed_phrases(text: str) -> list[tuple[int, int]]:
    """Where ``text`` has a fixed phrase of positive sense with a negator in it."""
    return [m.span() for m in _POSITIVE.finditer(text)]


def negation_cues(text: str) -> list[Cue]:
    out: list[Cue] = []
    neither = False
    for w, s, e in words(text):
        if w in NEGATIONS:
            if w == "no" and _NUMERO.match(text, e):
                continue
            # "neither ... nor" negates once, as "no" or "not ... or" does: "no justice"
            # -> "neither Justice O'Connor nor any other justice" keeps the polarity.
            # A "nor" without a "neither" before it negates a clause of its own ("did
            # not call, nor did he write").
            if w == "nor" and neither:
                continue
            neither = neither or w == "neither"
            out.append(Cue("negation", s, e, text[s:e]))
        elif w.endswith(("n't", "n’t")):
            out.append(Cue("negation", e - 3, e, text[e - 3 : e]))
    return out
