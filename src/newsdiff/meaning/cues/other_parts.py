"""A reporting verb's word used as another part of speech, so no one reports: the noun
"questions" ("answer my questions", "raises questions about") and a participle that
modifies the noun after it ("the suggested solutions", "the claimed benefits": an
adjective, where "the report suggested cuts" reports). Asked by
``attribution._reporting_verbs`` before a reporting verb counts (issue 12's false
positives: "the noun 'questions'")."""

from __future__ import annotations

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

#: What opens a noun phrase a participle may modify: "the suggested solutions".
_PHRASE_OPENERS = frozenset("the a an this these those its his her their our my your".split())


def attributive(ws: tuple[Word, ...], k: int) -> bool:
    """Whether the participle ws[k] modifies the noun after it, right after a determiner
    ("the suggested solutions", "the stated aim"): an adjective, no one reporting; "the
    report suggested cuts" still reports. A participle that hedges the noun's truth
    ("the alleged ringleader", "the reported death toll": review r22c finding 3) still
    carries a source's claim."""
    return (
        0 < k < len(ws) - 1
        and not hedges_truth(ws[k][0])
        and ws[k - 1][0] in _PHRASE_OPENERS
        and ws[k + 1][0] not in CLAUSE_STOPS
        and any(p == "n" for p, _b in lexicon.base_forms(ws[k + 1][0]))
    )


def hedges_truth(participle: str) -> bool:
    """Whether a participle before a noun hedges its truth as hearsay: its "-ly" adverb
    is a hedge ("alleged" -> "allegedly", "reported", "purported", "supposed"), or it
    is "claimed", a claim whose adverb is out of use."""
    return participle == "claimed" or participle + "ly" in HEDGE_WORDS


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
