"""A reporting verb's participle that opens a clause after a comma reports, as its
past form does: "Starmer announced a plan, saying the country faced its worst housing
shortage" hands the claim to Starmer, as "He said the country faced ..." does."""

from __future__ import annotations

from operator import itemgetter

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.attribution_words import (
    INSTITUTIONS,
    PEOPLE,
    SOURCE_NOUNS,
    SOURCE_PRONOUNS,
)
from newsdiff.meaning.cues.base import Word

#: Participles of reporting verbs and the past form the clause rules know them by.
_PARTICIPLES = {
    "saying": "said",
    "telling": "told",
    "warning": "warned",
    "noting": "noted",
    "arguing": "argued",
    "insisting": "insisted",
    "stressing": "stressed",
    "explaining": "explained",
    "stating": "stated",
    "asserting": "asserted",
    "declaring": "declared",
    "acknowledging": "acknowledged",
    "admitting": "admitted",
    "conceding": "conceded",
    "complaining": "complained",
    "confirming": "confirmed",
    "denying": "denied",
    "promising": "promised",
    "vowing": "vowed",
    "pledging": "pledged",
    # "..., implying that it was part of a conspiracy": the subject suggests it, if it
    # is one who can (``_INFERRED``)
    "implying": "suggested",
}
#: Participles whose subject may be a fact as well as a speaker: "Prices fell 5%,
#: implying that demand weakened" is the writer's inference (``evaluative``), not a
#: source's words; "The preacher ..., implying that it was a plot" reports the preacher.
_INFERRED = frozenset({"implying"})
#: Who can imply: people, bodies and the pronouns for them.
_SPEAKERS = PEOPLE | SOURCE_NOUNS | INSTITUTIONS | SOURCE_PRONOUNS
#: Nouns of what is written or said that a participle may follow with its content: "issued
#: a statement saying that", "posted a message warning that".
_SAID_IN = frozenset(
    "statement statements letter letters message messages tweet tweets post posts note "
    "notes email emails memo release notice video".split()
)
#: The present of a participle whose progressive reports ("is warning that").
_PRESENT = {
    "saying": "says", "telling": "tells", "warning": "warns", "noting": "notes",
    "arguing": "argues", "insisting": "insists", "stressing": "stresses",
    "explaining": "explains", "declaring": "declares", "admitting": "admits",
    "conceding": "concedes", "complaining": "complains", "confirming": "confirms",
    "denying": "denies", "promising": "promises", "vowing": "vows", "pledging": "pledges",
}  # fmt: skip
#: Auxiliaries of a progressive: "is promising members of Congress that".
_PROGRESSIVE = frozenset("is are was were been".split())
#: Base forms of reporting verbs after "went on to" and the like, and their past.
_BASES = {
    "say": "said", "note": "noted", "warn": "warned", "argue": "argued", "insist": "insisted",
    "stress": "stressed", "explain": "explained", "claim": "claimed", "suggest": "suggested",
    "tell": "told", "describe": "described", "predict": "predicted", "admit": "admitted",
}  # fmt: skip
_WENT_ON = frozenset("went goes go going".split())
#: Every word that may be read in another form here.
_TRIGGERS = frozenset(_PARTICIPLES) | frozenset(_BASES)
#: The marks a participle's clause opens after.
_OPENERS = (",", ";", "\u2014", "\u2013")
_FORM = itemgetter(0)


def participles_read_as_past(text: str, ws: tuple[Word, ...]) -> tuple[Word, ...]:
    """``ws`` with each reporting verb's participle right after a comma, semicolon or
    dash put in its past form, so the clause rules read it: ", saying the country
    faced" reports, and ", saying goodbye" (no content after it) does not, as "said
    goodbye" does not; so do a progressive ("is promising ... that") and a participle
    after a noun of what is said ("a statement saying that"), and a base form after
    "went on to" ("went on to note that"). A participle elsewhere ("the saying goes")
    is left as it is."""
    if _TRIGGERS.isdisjoint(map(_FORM, ws)):
        return ws  # most texts: a test in C (a pattern over the text cost 40 M of the 1 MB pair)
    out: list[Word] | None = None
    for k, (w, s, e) in enumerate(ws):
        past = _PARTICIPLES.get(w)
        if past is None and w in _BASES and _after_went_on(ws, k):
            past = _BASES[w]  # "went on to note that": the source noted it
        elif past is None or not k or not _opens(text, ws, k):
            continue
        elif w in _INFERRED and not (_speaker_before(text, ws, k) and _said_before(ws, k)):
            continue
        elif ws[k - 1][0] in _PROGRESSIVE:
            # "is promising members of Congress that": the present ("promises"), as
            # "is promised" would be a passive
            past = _PRESENT.get(w)
            if past is None:
                continue
        if out is None:
            out = list(ws)
        out[k] = (past, s, e)
    return ws if out is None else tuple(out)


def _opens(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether the participle ws[k] opens a reporting clause: after a comma or a dash, a
    progressive's auxiliary ("is promising members of Congress that"), or a noun of
    what is written or said ("issued a statement saying that")."""
    gap = text[ws[k - 1][2] : ws[k][1]]
    if gap.rstrip().endswith(_OPENERS):
        return True
    return gap == " " and (ws[k - 1][0] in _PROGRESSIVE or ws[k - 1][0] in _SAID_IN)


def _after_went_on(ws: tuple[Word, ...], k: int) -> bool:
    """ "went on to" (or "goes on to") right before ws[k]."""
    return k >= 3 and ws[k - 1][0] == "to" and ws[k - 2][0] == "on" and ws[k - 3][0] in _WENT_ON


def _speaker_before(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether one who can say something stands before ws[k]: a person, a body or a
    pronoun for them (by the lists, or a noun whose most frequent WordNet sense is a
    person or a group: "preacher", "company"), or a name WordNet does not know
    ("Merkel")."""
    for w, s, _e in ws[:k]:
        if w in _SPEAKERS:
            return True
        category = lexicon.noun_category(w)
        if category in ("person", "group") or (category is None and text[s].isupper()):
            return True
    return False


#: WordNet 3.0's lexicographer file of verbs of telling (verb.communication).
_COMMUNICATION = 32


def _said_before(ws: tuple[Word, ...], k: int) -> bool:
    """Whether the clause before ws[k] tells something (a verb one of whose two most
    frequent WordNet senses is one of telling: "discouraged viewers from", "told",
    "posted"; or a noun of what is said, "a statement"): "The minister resigned on
    Friday, implying that ..." did a deed, and the writer infers from it."""
    return any(
        w in _SAID_IN
        or (
            (j == 0 or ws[j - 1][0] not in _DETERMINERS)  # "cut their forecasts": a noun
            and (lexicon.may_be_past(w) or lexicon.verb_form(w) == "s")
            and _COMMUNICATION in lexicon.verb_files(w, 2)
        )
        for j, (w, _s, _e) in enumerate(ws[:k])
    )


_DETERMINERS = frozenset("a an the their its his her our my your this that these those".split())
