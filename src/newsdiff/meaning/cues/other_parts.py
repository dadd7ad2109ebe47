"""A word used as another part of speech than a cue reads it. A reporting verb's word,
so no one reports: the nouns "questions" and "notes" ("answer my questions", "raises
questions about", "Send handwritten notes"), a participle that modifies the noun after
it ("the suggested solutions", "the claimed benefits": an adjective, where "the report
suggested cuts" reports), "that" after the verb as a demonstrative ("He never told
that story again") and "denied" of a thing granted ("denied bail": a decision). Asked
by ``attribution._reporting_verbs`` before a reporting verb counts (issue 12's false
positives: "the noun 'questions'"). And words the opinion cues
read as a verb of judging or duty: "like" as a preposition ("countries like the UK are
pursuing", ``generic``) and "should" that opens a condition ("should he file a lawsuit",
``evaluative``) or names a topic inside the subject ("Issues that voters should consider
are to be debated")."""

from __future__ import annotations

import re

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.attribution_words import (
    AUXILIARIES,
    CLAUSE_STOPS,
    DEMONSTRATIVES,
    DETERMINERS,
    POSSESSIVES,
)
from newsdiff.meaning.cues.base import Word
from newsdiff.meaning.cues.clauses import one_phrase
from newsdiff.meaning.cues.hedges import HEDGE_WORDS
from newsdiff.meaning.cues.number_words import CARDINALS, MONTH_ABBR, MONTHS

#: What opens a noun phrase a participle may modify: "the suggested solutions".
_PHRASE_OPENERS = frozenset("the a an this these those its his her their our my your".split())


def attributive(ws: tuple[Word, ...], k: int) -> bool:
    """Whether the participle ws[k] modifies the noun after it, right after a determiner
    ("the suggested solutions", "the stated aim"): an adjective, no one reporting; "the
    report suggested cuts" still reports. A participle that hedges the noun's truth
    ("the alleged ringleader", "the reported death toll": review r22c finding 3) still
    carries a source's claim. A count opens the phrase as "the" does ("Five confirmed
    cases", "12 confirmed cases", "Three announced projects": verified cases, no one
    saying), unless a pronoun follows ("Two announced they would resign")."""
    return (
        0 < k < len(ws) - 1
        and not hedges_truth(ws[k][0])
        and (
            ws[k - 1][0] in _PHRASE_OPENERS
            or (_opens_with_a_count(ws, k - 1) and ws[k + 1][0] not in _SUBJECTS)
        )
        and _noun_after(ws, k)
    )


def _noun_after(ws: tuple[Word, ...], k: int) -> bool:
    """Whether the word after ws[k] can be the noun a participle there modifies."""
    return ws[k + 1][0] not in CLAUSE_STOPS and any(
        p == "n" for p, _b in lexicon.base_forms(ws[k + 1][0])
    )


def _opens_with_a_count(ws: tuple[Word, ...], j: int) -> bool:
    """Whether ws[j] is a count that opens a noun phrase: not a day after its month
    ("on March 12 confirmed reports": the source is before the date), not a year ("in
    2019 announced plans") and not the "one" of "no one"."""
    w = ws[j][0]
    prev = ws[j - 1][0] if j else ""
    if w in CARDINALS:
        return not (w == "one" and prev in ("no", "every", "each", "any", "some"))
    return (
        w[0].isdigit()
        and not (len(w) == 4 and w.isdigit())
        and prev not in MONTHS
        and prev.rstrip(".") not in MONTH_ABBR
    )


def counted_attributive(ws: tuple[Word, ...], k: int) -> bool:
    """Whether the participle of believing ws[k] modifies the noun after it, right after
    a count ("Two suspected militants were killed", "Five expected winners lost"): the
    count opens the noun phrase as "a" does ("A suspected militant": a hedge), no source
    and its verb. "Two suspected that he was lying", "Two suspected he was lying" (no
    noun after) still believe."""
    return (
        0 < k < len(ws) - 1
        and (ws[k - 1][0] in CARDINALS or ws[k - 1][0][0].isdigit())
        and ws[k + 1][0] not in _SUBJECTS  # "Two suspected he was lying" ("he": helium)
        and _noun_after(ws, k)
    )


def hedges_truth(participle: str) -> bool:
    """Whether a participle before a noun hedges its truth as hearsay: its "-ly" adverb
    is a hedge ("alleged" -> "allegedly", "reported", "purported", "supposed"), or it
    is "claimed", a claim whose adverb is out of use."""
    return participle == "claimed" or participle + "ly" in HEDGE_WORDS


#: What is granted or refused, not a claim denied: "denied bail", "was denied entry",
#: "denied him a visa"; "denied the charges", "denied wrongdoing" report.
_GRANTS = frozenset(
    "bail parole entry access permission visa visas asylum admission citizenship passage "
    "leave clemency release".split()
)


def refuses_a_grant(ws: tuple[Word, ...], k: int) -> bool:
    """Whether "denied" at ws[k] refuses a thing granted, its object (a person or an
    article between) ``_GRANTS``: "Shoe bomb suspect denied bail", "The court denied
    bail to the suspect" (review r24a: a court's decision, no one's speech)."""
    for j in range(k + 1, min(len(ws), k + 4)):
        w = ws[j][0]
        if w in _GRANTS:
            # "He denied bail was ever discussed": the noun opens the claim denied
            return not (j + 1 < len(ws) and ws[j + 1][0] in AUXILIARIES)
        if w not in _PHRASE_OPENERS and w not in ("him", "them", "me", "us"):
            return False
    return False


#: A modal or a future denied before a reporting verb: what a source won't or can't say
#: is no claim it carries ("They won't report that violent crime is down": the writer's).
_DENIED_MODALS = frozenset("wo ca cannot could would should will can must".split())
#: A perfect or a past denied: nothing was said, unless what was not said follows
#: ("hadn't even warned local officials about the arrival"; "did not say whether").
_DENIED_PAST = frozenset("had has have did do does".split())
#: Words between the denial and the verb.
_BETWEEN_DENIAL = frozenset("not never even ever yet really actually".split())
_CONTENT_OPENS = frozenset("that whether if how why what when who".split())


def unsaid(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether no one is reported to say what the reporting verb ``ws[k]`` says (review
    r25c finding C): a free relative its object ("whatever the senator says is so utterly
    contemptible", "anything that he said"), after a modal or a future denied ("won't report that", "nor can it be
    said that", "it cannot be said"), or a past or perfect denied with no content after
    it ("The governors hadn't even warned local officials about the arrival")."""
    if _relative_object(ws, k):
        return True
    j, denied = k - 1, False
    while j >= 0 and (ws[j][0] in _BETWEEN_DENIAL or ws[j][0] in ("be", "it")):
        denied = denied or ws[j][0] in ("not", "never")
        j -= 1
    if j < 0:
        return False
    base, end = ws[j][0], ""
    if base.endswith(("n't", "n’t")):
        base, end = base[:-3], "n't"
    denied = denied or bool(end) or base == "cannot" or (j > 0 and ws[j - 1][0] == "nor")
    if not denied:
        return False
    if base in _DENIED_MODALS:
        return True
    nxt = ws[k + 1][0] if k + 1 < len(ws) else ""
    return (
        base in _DENIED_PAST
        and nxt not in _CONTENT_OPENS
        and not _OPENS_QUOTE.match(text, ws[k][2])
    )


#: What a free relative says is its object, no content: "whatever the senior senator
#: from Massachusetts says is so utterly contemptible", "anything that he said".
_WHATEVER = frozenset(("whatever", "whoever"))
_ALL_THAT = frozenset(("anything", "everything", "nothing", "all"))


def _relative_object(ws: tuple[Word, ...], k: int) -> bool:
    """Whether the verb ``ws[k]`` has a free relative or "anything that" as its object."""
    if any(w in _WHATEVER for w, _s, _e in ws[max(0, k - 7) : k]):
        return True
    return k >= 3 and ws[k - 2][0] == "that" and ws[k - 3][0] in _ALL_THAT


_OPENS_QUOTE = re.compile(r"[\s,:]*[“\"‘']")


def legal_said(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether "said" at ws[k] is the legal determiner of "the said agreement" (review
    r22c finding 11): the thing named before, no one saying it; a frame between ("the
    — said Western") is someone saying."""
    return (
        0 < k < len(ws) - 1
        and ws[k][0] == "said"
        and ws[k - 1][0] == "the"
        and not text[ws[k - 1][2] : ws[k][1]].strip()
        and not text[ws[k][2] : ws[k + 1][1]].strip()
        and any(p == "n" for p, _b in lexicon.base_forms(ws[k + 1][0]))
    )


#: Words before "questions" that make it a noun: "raises questions", "the questions",
#: "answer my questions".
_BEFORE_NOUN_QUESTIONS = frozenset(
    "raise raises raised raising have has had answer answers answered answering ask asks "
    "asked asking pose poses posed face faces faced faced field fielded serious more "
    "many few some no any new further fresh key tough difficult hard".split()
)
_OWNERS = frozenset("the a an his her their its our my your of".split())


def noun_questions(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether "questions" at ws[k] is the noun ("raises questions about", "the
    questions", "questions remain") rather than the verb ("He questions whether")."""
    prev = ws[k - 1][0] if k and one_phrase(text, ws, k - 1) else ""
    nxt = ws[k + 1][0] if k + 1 < len(ws) and one_phrase(text, ws, k) else ""
    if not prev or prev in _BEFORE_NOUN_QUESTIONS or prev in CLAUSE_STOPS:
        return True
    # A determiner before it or a verb's auxiliary after it: "Those questions should
    # be settled", "for these questions to be determined"; the verb takes an object.
    if prev in _DETERMINING or prev[0].isdigit() or nxt in AUXILIARIES or nxt == "to":
        return True
    return prev in _OWNERS or nxt in (
        "about", "over", "on", "of", "remain", "remained", "and", "from"
    )  # fmt: skip


_DETERMINING = DETERMINERS | DEMONSTRATIVES | POSSESSIVES


def noun_notes(ws: tuple[Word, ...], k: int) -> bool:
    """Whether "notes" at ws[k] is the noun: after a determiner, a possessive, a count
    or a word WordNet has only as an adjective ("his notes", "Send handwritten notes");
    "The report notes that" and "as Smith notes" are the verb."""
    prev = ws[k - 1][0] if k else ""
    if not prev or prev in _DETERMINING or prev[0].isdigit():
        return True
    forms = {pos for pos, _b in lexicon.base_forms(prev)}
    return bool(forms) and forms <= {"a", "s"}


#: What may follow a demonstrative's noun before its clause ends: "told that story again."
_CLAUSE_END = re.compile(
    r"\s*(?:(?:again|too|either|before|anymore|then|now|today|\w+ly)\s*)?(?:[.,;:!?)]|$)"
)


def demonstrative_that(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether "that" right after the verb ws[k] is a demonstrative, a noun and the
    clause's end after it ("He never told that story again.", "you have not yet told
    that person"): an object, nothing reported. "said that prices rose", "said that was
    wrong" (a finite verb after "that") report."""
    j = k + 1
    if j + 1 >= len(ws) or ws[j][0] != "that" or not one_phrase(text, ws, k):
        return False
    noun = ws[j + 1][0]
    if not one_phrase(text, ws, j) or noun in AUXILIARIES or noun in _DETERMINING:
        return False
    if text[ws[j + 1][1]].isupper():
        return False  # "said that Israel ...": a name opens the clause
    if lexicon.may_be_past(noun) or not any(p == "n" for p, _b in lexicon.base_forms(noun)):
        return False
    return _CLAUSE_END.match(text, ws[j + 1][2]) is not None


def prepositional_like(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether "like" at ws[k] is a preposition: the clause's verb comes after its
    object ("some countries like the UK are also pursuing", "Cities like Paris have
    banned cars"); "Voters like the plan" is the verb."""
    for j in range(k + 1, min(len(ws), k + 7)):
        if not one_phrase(text, ws, j - 1) or ws[j][0] in CLAUSE_STOPS:
            return False
        if ws[j][0] in AUXILIARIES:
            return True
    return False


#: Subjects that may follow a "should" that opens a condition: "should he file".
_SUBJECTS = frozenset(
    "he she it they we i you there the a an this these those his her its their our your any".split()
)
#: Words before "should" that make it a question's duty, not a condition.
_ASKING = frozenset("why what how who where when whom which".split())
_WORD = re.compile(r"[\w’']+")


#: A "should" in a relative clause inside the subject, whose main verb reports a plan or
#: an event ("Issues that voters should consider are to be debated on Tuesday": the
#: duty names the topic, no one is told what to do; review r25c).
_TOPIC_SHOULD = re.compile(
    r"^\W*(?:[\w’']+\s+){1,4}(?:that|which)\s+(?:[\w’']+\s+){1,3}should\s+(?:[\w’']+\s+){1,12}?"
    r"(?:is|are|was|were)\s+(?:to\s+be|being)\s+\w+ed\b",
    re.IGNORECASE,
)


def conditional_should(text: str, start: int) -> bool:
    """Whether "should" at ``start`` opens a condition, its subject after it ("... would
    be destroyed should he file a lawsuit", "Should the talks fail, the strike will go
    ahead", "should inflation fall below 2%"), in a sentence that asks nothing. "Why
    should we care?", "Should we act?", "We should act" and "should also act" are duty."""
    if text.rstrip().endswith("?"):
        return False
    topic = _TOPIC_SHOULD.match(text)
    if topic and start < topic.end():
        return True
    before = _WORD.findall(text[:start])
    if before and before[-1].lower() in _ASKING:
        return False
    after = [w.lower() for w in _WORD.findall(text[start:])[1:3]]
    if len(after) < 2:
        return False
    if after[0] in _SUBJECTS:
        return True
    forms = {pos for pos, _b in lexicon.base_forms(after[0])}
    # a bare noun and a verb: "should inflation fall" (not "should also act")
    return (
        "n" in forms
        and not forms & {"r", "a", "s"}
        and lexicon.verb_form(after[0]) != "base"
        and lexicon.verb_form(after[1]) == "base"
    )
