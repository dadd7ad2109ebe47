"""What reads as a hedge and is none: the name May ("Theresa May resigned"), "over"
meaning "about" ("Teachers strike over 2% pay offer"), an age band ("aged 18 to 25"),
"up" of a verb of change before "to" and the level ("ticked up to 5%"), and the noun
"estimates" that a body revised or published ("revised its estimates").
``hedges`` asks these before it counts a softener, a range or a modal."""

from __future__ import annotations

import re

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Cue, Number, vocab, words

#: An age band or limit names who is meant (a definition, no estimate): "aged 18 to
#: 25", "aged between 5 and 11", "aged over 65", "between the ages of 16 and 18";
#: "aged about 30" still softens an age.
AGE_BEFORE = re.compile(
    r"\b(?:aged|ages(?:\s+of)?|age\s+of)\s+(?:(?:between|from|over|under)\s+)?$",
    re.IGNORECASE,
)
AGE_AFTER = re.compile(r"(?:-|\s+)years?(?:-|\s+)olds?\b", re.IGNORECASE)

#: Nouns and verbs of contention and blame: "over" after them says what the dispute or
#: the charge is about ("a dispute over $3m in unpaid fees", "Teachers strike over 2%
#: pay offer", "Man charged over 2019 shooting"), not that a figure is exceeded.
_CONTENTION = vocab(
    "dispute disputes row rows rift feud feuds clash clashes clashed strike strikes "
    "striking protest protests protested battle battles fight fighting fears fear concern "
    "concerns anger outrage fury uproar furore standoff stand-off lawsuit spat wrangle "
    "argument arguments disagreement controversy scandal tension tensions backlash "
    "criticism inquiry probe investigation charged arrested sued jailed convicted "
    "sentenced questioned investigated accused blamed criticised criticized condemned "
    "resigned resigns quit quits sacked suspended walkout walkouts split"
)
_WORD_AFTER = re.compile(r"\s+([a-z]\w*)")
#: Short words WordNet also keeps as nouns ("in", indium; "a", the vitamin) that follow
#: a figure without being what it describes, and "worth" ("over $5m worth of drugs").
_NOT_NOUNS = vocab("in a an of on at as or and to for by it be do go up down out worth")
#: Nouns of people that are their own plural: what a count counts ("over 200 people").
_COLLECTIVE = vocab("people police staff personnel crew cattle livestock folk")
#: How many words before "over" a word of contention may stand ("jailed for 15 years
#: over $4.2m fraud").
_CLAUSE_WORDS = 6


def _singular_noun(word: str | None) -> bool:
    """Whether ``word`` is a noun as written, singular: what a figure before it describes
    ("fraud", "pay", "shooting"), not what it counts ("people", "protesters"), nor "was"
    (WordNet's noun "wa")."""
    return (
        word is not None
        and word not in _NOT_NOUNS
        and word not in _COLLECTIVE
        and ("n", word) in lexicon.base_forms(word)
    )


def over_as_about(text: str, start: int, n: Number) -> bool:
    """Whether "over" at ``start``, before ``n``, means "about" or "because of": right
    after a word of contention or blame (``_CONTENTION``: "a dispute over $3m in unpaid
    fees", "Man charged over 2019 shooting"), or before an amount or a share that
    describes the noun after it with such a word earlier in the clause ("jailed for 15
    years over $4.2m fraud"). A figure followed by what it counts is exceeded ("arrested
    over 200 people", "posted over 5% growth", "fined over £5m")."""
    if text[start : start + 4].lower() != "over":
        return False
    w = _WORD_AFTER.match(text, n.end)
    after = w.group(1) if w else None
    if after is not None and n.value[0] in ("n", "~") and not _singular_noun(after):
        if after not in _NOT_NOUNS:
            return False  # "arrested over 200 people", "over 300 protesters"
    clause = re.split(r"[,;:.!?()]", text[:start])[-1]
    before = [w for w, _s, _e in words(clause)][-_CLAUSE_WORDS:]
    if before and before[-1] in _CONTENTION:
        return True
    return (
        n.value[0] not in ("n", "~")
        and _singular_noun(after)
        and any(w in _CONTENTION for w in before)
    )


_WORD_BEFORE = re.compile(r"(\w+)\W*$")
#: The next word after a modal, past the adverbs a modal may take ("may also be").
_NEXT = re.compile(r"(?:\s+(?:well|also|not|even|soon|still|eventually|yet))*\s+(\w+)")


def name_may(text: str, cue: Cue) -> bool:
    """Whether a capitalised "May" inside a sentence is a name ("Theresa May resigned",
    "by Theresa May.", "Brian May played", "Theresa May's government"), not the modal:
    no verb follows it (a modal is followed by one: "Prices May Rise" in a headline), or
    a capitalised word stands before it and a lower-case word after ("Theresa May cut
    taxes"). Opening a sentence it stays the modal."""
    before = _WORD_BEFORE.search(text, max(0, cue.start - 30), cue.start)
    if before is None:
        return False  # opening the sentence it is the modal ("May the talks succeed")
    m = _NEXT.match(text, cue.end)
    if m is None:
        return True
    after = m.group(1)
    if after.lower() not in ("be", "have") and lexicon.verb_form(after) != "base":
        return True
    return before.group(1)[:1].isupper() and after[:1].islower()


#: WordNet 3.0's lexicographer files of verbs of change and of motion: a phrasal verb
#: "X up" of one ("go up", "shoot up", "creep up", "edge up") moves a level.
_CHANGE_OR_MOTION = (30, 38)
#: Verbs of a small move whose "up" WordNet does not list ("ticked up", "inched up").
_SMALL_MOVES = vocab("tick ticks ticked ticking inch inches inched inching")
_VERB_BEFORE_UP = re.compile(r"(\w+)\s+$")


def up_as_a_move(text: str, start: int) -> bool:
    """Whether "up to" at ``start`` is the particle of a verb of change and the level
    reached ("the jobless rate ticked up to 5%", "prices shot up to $90"), not the
    ceiling of an amount ("up to 300 people", "will pay up to $500", "rose by up to
    5%")."""
    if text[start : start + 2].lower() != "up":
        return False
    m = _VERB_BEFORE_UP.search(text, max(0, start - 20), start)
    if m is None:
        return False
    verb = m.group(1).lower()
    moved = verb in _MOVED
    if moved:  # "We have already taken it up to 26 weeks": the verb is before its object
        m = _VERB_BEFORE_UP.search(text, max(0, m.start() - 20), m.start())
        if m is None:
            return False
        verb = m.group(1).lower()
    if _MAY_REACH.search(text, max(0, m.start() - 24), m.start()):
        return False  # "can go up to $10,000", "will climb up to 40C": a ceiling, a forecast
    if verb in _SMALL_MOVES:
        return True
    if moved and _PLACED_BY.match(text, start):
        return False  # "puts them up to 12 hours behind schedule": the ceiling of a gap
    if moved:
        # A level the object was brought to: "take up", "push up" change or move it
        # (WordNet), as "bring", "put" and "jack" do; "pay them up to $500" is a ceiling.
        return verb in _RAISING or any(
            pos == "v" and _moves(f"{base}_up") for pos, base in lexicon.base_forms(verb)
        )
    for pos, base in lexicon.base_forms(verb):
        senses = lexicon.senses("v", f"{base}_up") if pos == "v" else ()
        line = lexicon.synset_line("v", senses[0]) if senses else None
        if line is not None and int(line.split()[1]) in _CHANGE_OR_MOTION:
            own = lexicon.synset_line("v", lexicon.senses("v", base)[0])
            return own is not None and int(own.split()[1]) not in _NOT_MOVING
    return False


#: The object between a verb and its "up to" ("taken it up to 26 weeks").
_MOVED = vocab("it them")
#: An amount that places the object behind or ahead ("The strike puts them up to 12
#: hours behind schedule", review r25e): the verb's complement is "behind schedule", and
#: "up to" the ceiling of the gap, no level reached.
_PLACED_BY = re.compile(
    r"up\s+to\s+[^,.;:]{0,30}?\b(?:behind|ahead|late|adrift)\b(?!\s+of\b)", re.IGNORECASE
)
#: Verbs whose "X it up to" raises a level though WordNet's "X up" is of another kind.
_RAISING = vocab(
    "bring brings brought bringing put puts putting jack jacks jacked jacking ratchet "
    "ratchets ratcheted ratcheting"
)


def _moves(phrasal: str) -> bool:
    """Whether WordNet's first sense of a phrasal verb ("take_up") is one of change or
    motion."""
    senses = lexicon.senses("v", phrasal)
    line = lexicon.synset_line("v", senses[0]) if senses else None
    return line is not None and int(line.split()[1]) in _CHANGE_OR_MOTION


#: A modal or "to" just before the verb: the level is one that may be reached, not one
#: reached (review r20d: "The fine can go up to $10,000." lost its estimate).
_MAY_REACH = re.compile(
    r"\b(?:can|could|may|might|will|would|shall|should|to|expected|likely)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


#: WordNet's files of verbs of possession, social acts and states: their "up to" is a
#: ceiling ("can take up to six weeks", "ended up"), though "take up" is a verb of change.
_NOT_MOVING = (40, 41, 42)


#: What stands before a noun: "revised its estimates", "cut the estimate".
_BEFORE_NOUN = vocab("its their his her our the an a these those official earlier previous")


def estimates_as_object(text: str, cue: Cue) -> bool:
    """Whether "estimate(s)" at ``cue`` is a noun, the object of a verb of doing
    ("revised its estimates for July", "published the estimate"): what a body did,
    no hedge of the sentence's claim ("300 are estimated dead", "estimates suggest",
    "by its estimates" still hedge)."""
    if not cue.text.lower().startswith("estimate") or cue.text.lower() == "estimated":
        return False
    ws = words(text[: cue.start])
    k = len(ws) - 1
    while k >= 0 and ws[k][0] in _BEFORE_NOUN:
        k -= 1
    if k < 0 or k == len(ws) - 1:
        return False
    return ws[k][0] not in _NOT_VERBS and lexicon.verb_form(ws[k][0]) in ("past", "s", "base")


#: Words before a noun phrase that WordNet also knows as verbs but that are no verb of
#: doing there: prepositions and auxiliaries ("by its estimates", "are the estimates").
_NOT_VERBS = vocab(
    "by to of in on at for from with under according is are was were be been has have had "
    "do does did"
)
