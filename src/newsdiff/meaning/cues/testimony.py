"""Who says what beyond the reporting verb itself: the source named right before a verb
("NATO estimates", "the ministry estimated", "Witnesses say"), a bare reporting verb
after an emphatic "did" ("Police did confirm that"), and a source whose verb takes a
noun of saying with its "that" clause ("Al Jazeera broke the news that"), a study
that found (``finding_cues``), a source that points out (``pointed_out``), and a "reported" that reports no one's words ("reported
a loss", ``reports_no_claim``). Used by ``attribution``; and a news agency's credit in
a dateline ("(Reuters)", ``credit_cues``), for the change classes."""

from __future__ import annotations

import re
from collections.abc import Callable

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.attribution_words import (
    AGENCIES,
    AUXILIARIES,
    CLAUSE_STOPS,
    INSTITUTIONS,
    NOT_A_SOURCE,
    PEOPLE,
    QUESTIONED,
    SOURCE_ADVERBS,
    SOURCE_NOUNS,
    SOURCE_PRONOUNS,
    WRITTEN_WORKS,
)
from newsdiff.meaning.cues.base import Cue, Word, finditer, words
from newsdiff.meaning.cues.clauses import closes, introduces, one_phrase
from newsdiff.meaning.cues.findings import study_cues

#: A pronoun with "would" (or "had") run into it: "I'd", "He'd", "We'd".
_WOULD = re.compile(r"['’]d$")


def named_source(text: str, ws: tuple[Word, ...], j: int, aside: bool = False) -> int:
    """The first word of the source right before ws[j], or j if there is none: a name
    ("NATO estimates", "(NATO) estimated", "the United States believed"), a source
    noun, people or a body ("the ministry estimated", "Witnesses say", "The government
    estimated"), or "he", "she", "they" (not "as they say"). ``aside``: ws[j] opens an
    aside after a comma, and the source ends before that comma ("Critics, including
    two senators, say")."""

    def joined(i: int) -> bool:  # ws[i] and ws[i + 1] with only a space (or ") ") between
        return 0 <= i and (text[ws[i][2] : ws[i + 1][1]] in (" ", ") ") or aside and i == j - 1)

    first = j
    while first > 0 and joined(first - 1):
        pw, ps, _pe = ws[first - 1]
        if not text[ps].isupper() or pw in NOT_A_SOURCE or _WOULD.search(pw):
            break  # "I'd say", "He'd argue": "would", as "He would say", reports nothing
        first -= 1
    if first == j and j > 0 and joined(j - 1):
        pw = ws[j - 1][0]
        if _source_noun(pw):
            first = j - 1
        elif pw in SOURCE_PRONOUNS and not (j > 1 and ws[j - 2][0] == "as"):
            first = j - 1
        else:
            first = _modified_source(ws, j, joined)
    return first


def _source_noun(word: str) -> bool:
    """A source noun, people or a body, or the plural of one ("Rights groups", "Aid
    agencies": WordNet's reduction gives the singular), or a noun whose most frequent
    sense is a person ("Proponents", "Opponents of the deal", "The economist": who
    holds a view is one who may voice it)."""
    if word in SOURCE_NOUNS or word in PEOPLE or word in INSTITUTIONS:
        return True
    if lexicon.noun_category(word) == "person" and _noun_alone(word):
        return True  # "no longer believe": "longer" is no one
    if not word.endswith("s"):
        return False
    singular = {b for p, b in lexicon.base_forms(word) if p == "n"} - {word}
    return any(b in SOURCE_NOUNS or b in INSTITUTIONS for b in singular)


def _noun_alone(word: str) -> bool:
    return {p for p, _b in lexicon.base_forms(word)} == {"n"}


#: Prepositions that open a phrase naming which sources ("Parents at the school",
#: "Critics of the plan", "Aid workers on the ground", "People familiar with the matter"),
#: and "to" after an adjective ("Sources close to the negotiations").
_OF_WHICH = frozenset("of at in on from for with near across".split())
_OF_WHICH_TO = _OF_WHICH | {"to"}


def _modified_source(ws: tuple[Word, ...], j: int, joined: Callable[[int], bool]) -> int:
    """The source noun before a phrase of up to four words that says which, right before
    ws[j] ("Residents of the town say"), or j: the phrase opens with a preposition and
    holds no other clause word, so "The fire at the school says" (no source) and "the
    bill that officials say" (no phrase) find none."""
    if ws[j - 1][0] in CLAUSE_STOPS or ws[j - 1][0] in AUXILIARIES:
        return j  # "the bill that officials say", "A group of paratroopers is said to"
    for p in range(j - 2, max(0, j - 5), -1):
        w = ws[p][0]
        if not joined(p) or (w in CLAUSE_STOPS and w not in _OF_WHICH_TO) or w in AUXILIARIES:
            return j
        if w in _OF_WHICH_TO:
            head = p - 1
            if p > 1 and not _source_noun(ws[head][0]) and _adjective_or_past(ws[head][0]):
                # "People familiar with the matter", "Sources close to the talks",
                # "People briefed on the situation" (a participle says which as well)
                head -= 1
            elif w == "to":
                return j  # only after an adjective: "Parents to the school" is no source
            if head >= 0 and all(joined(i) for i in range(head, p)) and _source_noun(ws[head][0]):
                return head
            return j
    return j


def _adjective_or_past(word: str) -> bool:
    forms = lexicon.base_forms(word)
    return any(pos == "a" for pos, _b in forms) or (
        word.endswith("ed") and lexicon.verb_form(word) == "past"
    )


def sourced(text: str, ws: tuple[Word, ...], k: int) -> int:
    """The first word of the source before the verb ws[k], over an adverb between them
    ("He also added", "Officials now say"), or k if there is none. A hearsay adverb
    stays out: "reportedly" hedges, and a cue holding it would hide the hedge."""
    j = k
    if j > 0 and ws[j - 1][0] in _BETWEEN_SOURCE and text[ws[j - 1][2] : ws[j][1]] == " ":
        j -= 1
    first = named_source(text, ws, j)
    return first if first < j else k


_BETWEEN_SOURCE = SOURCE_ADVERBS - {"reportedly", "allegedly"}


def started_at_source(
    text: str, ws: tuple[Word, ...], cues: list[Cue], with_sources: bool = True
) -> list[Cue]:
    """Verb cues found by a pattern ("added:", "continued: '...'") started at their
    source, as ``attribution_cues(with_sources=True)`` takes every reporting verb: "He
    added:" -> "Schumer added:" changes who speaks, and a bare "added" on both sides
    would not show it. ``cues`` as they are without ``with_sources``."""
    if not cues or not with_sources:
        return cues
    at = {s: k for k, (_w, s, _e) in enumerate(ws)}
    out = []
    for c in cues:
        k = at.get(c.start)
        s = c.start if k is None else ws[sourced(text, ws, k)][1]
        out.append(c if s == c.start else Cue(c.kind, s, c.end, text[s : c.end]))
    return out


# "added" reports speech only at a clause's end or before what was added: "he added",
# "adding that"; "Moscow has added thousands of troops" is no attribution.
_ADDED = re.compile(
    r"\b(?:added|adding|adds)\b(?=\s*(?:[,.:;]|that\b|$))|(?<=[,”’\"] )\w+ added\b", re.I
)


def added_cues(text: str, ws: tuple[Word, ...], with_sources: bool) -> list[Cue]:
    """ "He added:", "adding that", '..., he added': ``_ADDED``'s cues; and "added" after
    its source before a clause with no "that" ("He added he would", "The minister added
    the talks had failed"; "Moscow has added thousands of troops" adds no words)."""
    cues = finditer("attribution", _ADDED, text)
    for k, (w, s, e) in enumerate(ws):
        if w in ("added", "adds") and not any(c.start <= s < c.end for c in cues):
            if sourced(text, ws, k) < k and introduces(text, ws, k) is not None:
                cues.append(Cue("attribution", s, e, text[s:e]))
    return started_at_source(text, ws, cues, with_sources)


#: "point out" reports as "note" does ("Critics point out that", "He pointed out the
#: plan had failed", "..., critics point out."); only with a source before it: "It is
#: worth pointing out that" is the writer's own remark.
_POINT = frozenset(("point", "points", "pointed"))


def pointed_out(text: str, ws: tuple[Word, ...]) -> list[Cue]:
    """ "Critics point out that": ``_POINT`` and "out", its source and its content."""
    out = []
    for k in range(1, len(ws) - 1):
        if ws[k][0] not in _POINT or ws[k + 1][0] != "out" or not one_phrase(text, ws, k):
            continue
        first = sourced(text, ws, k)
        if first < k and (
            introduces(text, ws, k + 1) is not None or closes(text, ws, first, k + 1) is not None
        ):
            out.append(
                Cue("attribution", ws[first][1], ws[k + 1][2], text[ws[first][1] : ws[k + 1][2]])
            )
    return out


#: A reporting verb's bare form and the form the rules know it by: after "did",
#: "does" or "do" the bare form reports as the past one does ("Police did confirm
#: that", "The firm does admit that").
_BARE_REPORTING = {
    "confirm": "confirmed",
    "acknowledge": "acknowledged",
    "admit": "admitted",
    "deny": "denied",
    "disclose": "disclosed",
    "allege": "alleged",
    "say": "said",
    "tell": "told",
    "state": "stated",
    "explain": "explained",
    "announce": "announced",
    "declare": "declared",
    "concede": "conceded",
    "testify": "testified",
    "note": "noted",
}
#: Only the emphatic "do": after a modal the verb is the writer's stance as often as a
#: report ("we must acknowledge that", "one could say that"; it cost the editorial
#: halves 0.006 and 0.003).
_BARE_DONE = frozenset("do does did".split())
_BARE_BETWEEN = SOURCE_ADVERBS | frozenset(("not", "never", "later", "then", "soon"))


def bare_verbs_read_as_past(ws: tuple[Word, ...]) -> tuple[Word, ...]:
    """``ws`` with each bare reporting verb after an auxiliary (a "not", "later" or an
    "-ly" adverb between allowed) put in its past form, so the clause rules read it."""
    out = list(ws)
    for k, (w, s, e) in enumerate(ws):
        past = _BARE_REPORTING.get(w)
        if past is None or k == 0:
            continue
        j = k - 1
        while j > 0 and (ws[j][0] in _BARE_BETWEEN or ws[j][0].endswith("ly")):
            j -= 1
        if ws[j][0] in _BARE_DONE:
            out[k] = (past, s, e)
    return tuple(out)


#: Nouns of what a source says, whose "that" clause is what was said: "Al Jazeera broke
#: the news that", "The ministry issued a statement that", "She made the claim that".
_SAYING_NOUNS = frozenset(
    "news word claim claims allegation allegations assertion statement announcement "
    "warning warnings accusation accusations charge charges admission assurance "
    "assurances promise pledge suggestion argument insistence revelation "
    "confirmation denial report reports".split()
)
_NOUN_DETERMINERS = frozenset("the a an its his her their".split())


def saying_nouns(text: str, ws: tuple[Word, ...]) -> list[Cue]:
    """A source whose verb takes a noun of saying and its "that" clause: "Al Jazeera
    broke the news that", "Officials issued a warning that" (the source right before
    the verb, as for "Police say"); "the claim that" in the writer's own sentence
    ("The claim that sanctions work is wrong") names no source and is none."""
    out: list[Cue] = []
    for k in range(3, len(ws) - 1):
        if ws[k][0] not in _SAYING_NOUNS or ws[k + 1][0] != "that":
            continue
        if ws[k - 1][0] not in _NOUN_DETERMINERS or not one_phrase(text, ws, k - 2):
            continue
        verb = ws[k - 2][0]
        if verb in CLAUSE_STOPS or lexicon.verb_form(verb) is None:
            continue
        first = named_source(text, ws, k - 2)
        if first < k - 2 and one_phrase(text, ws, k - 1) and one_phrase(text, ws, k):
            out.append(
                Cue("attribution", ws[k - 2][1], ws[k + 1][2], text[ws[k - 2][1] : ws[k + 1][2]])
            )
    return out


#: An agency's credit in parentheses, whole: "(Reuters)", not "(AP Photo)" (a picture's
#: credit names no source of what is said).
_CREDIT = re.compile(
    r"\(\s*(?:"
    + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
    + r")\s*\)"
)


def credit_cues(text: str) -> list[Cue]:
    """A news agency's credit in a dateline ("LONDON, March 4 (Reuters) - ..."): it names
    the source of the story, so a change that drops or swaps it changes who says it.
    For the change classes; a sentence with a credit is still in the wire's voice."""
    return finditer("attribution", _CREDIT, text) if "(" in text else []


#: What follows a participle that still reports: "confirmed by police", "announced that".
_REPORTS_AFTER = frozenset("that to by as whether".split())


def reduced_relative(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """ "the choice he made, confirmed on his re-election": a participle after a comma
    and before a preposition, with no "by", "that" or colon in the rest of its clause,
    describes the noun before it; nobody reports."""
    if "," not in text[ws[k - 1][2] : ws[k][1]] or k + 1 >= len(ws):
        return False
    nxt = ws[k + 1][0]
    if nxt not in CLAUSE_STOPS or nxt in _REPORTS_AFTER:
        return False
    rest = re.split(r"[,;:]", text[ws[k][2] :])[0]
    return not re.search(r"\b(?:by|that)\b", rest, re.IGNORECASE) and ":" not in text[ws[k][2] :]


#: What a business reports as its result: "reported a significant loss for the
#: quarter", "reported a net profit of $4.1 billion", "reported record sales". The
#: verb gives a figure of the accounts, not a claim a speaker carries ("reported that
#: sales had doubled" and "reported sales had doubled" still report; "losses", as
#: often a war's as a firm's, and "a loss of confidence" are left to the verb).
_RESULTS = frozenset(
    "profit profits loss revenue revenues earnings results sales income turnover deficit "
    "surplus growth".split()
)
#: Words that end the object before its result noun: "reported 1,204 cases of ...".
_OBJECT_ENDS = frozenset("of that to by from for with as".split())
#: What may stand between two words of one object: a space, a figure's marks ("a 20%
#: rise", "$4.1 billion").
_OBJECT_GAP = re.compile(r"%?\s+[$£€]?|[.,$£€]")
#: A result's "of" before a figure: "a net profit of $4.1 billion", "growth of 2%".
_OF_A_FIGURE = re.compile(r"\s+of\s+\w{0,3}[$£€]?\d")


def reports_no_claim(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether "reported" at ws[k] reports no one's words: "reported for duty", a
    byline's "reported from Kabul", or a business result as its object, within six
    words and with no clause after it (``_RESULTS``)."""
    if k + 1 < len(ws) and ws[k + 1][0] in ("for", "from"):
        return True
    for j in range(k + 1, min(k + 7, len(ws))):
        w, _s, e = ws[j]
        if not _OBJECT_GAP.fullmatch(text, ws[j - 1][2], ws[j][1]) or w in _OBJECT_ENDS:
            return False
        if w in _RESULTS:
            if text.startswith(" of ", e) and not _OF_A_FIGURE.match(text, e):
                return False
            return introduces(text, ws, k) is None
    return False


def finding_cues(text: str) -> list[Cue]:
    """A poll or a study that found or showed ("The study found that 40% ..."): its
    finding is carried by it; and a court that heard it (``_heard``)."""
    return (_heard(text) if "heard" in text else []) + study_cues(text)


#: Hearings that hear what a witness or a lawyer says: "The court heard that the money
#: had gone", "The jury heard the defendant had sent 300 messages".
_HEARINGS = frozenset(
    "court jury inquest tribunal hearing inquiry trial committee panel magistrates".split()
)


def _heard(text: str) -> list[Cue]:
    """A hearing that heard what was said, as "The tribunal was told that" reports it;
    not what it heard as evidence or a case ("The court heard evidence from 14
    witnesses", "The jury heard the case"): a clause must follow."""
    ws = words(text)
    return [
        Cue("attribution", ws[k - 1][1], ws[k][2], text[ws[k - 1][1] : ws[k][2]])
        for k in range(1, len(ws))
        if ws[k][0] == "heard"
        and ws[k - 1][0] in _HEARINGS
        and one_phrase(text, ws, k - 1)
        and introduces(text, ws, k) is not None
    ]


#: "as they had vowed to do", "as he promised to", "as she pledged to do so": a clause of
#: comparison with what a source said, its content left out, so the clause it qualifies
#: is the writer's ("the insurgents failed to disrupt the elections, as they had vowed to
#: do"); "as the minister said," still hands the sentence to the minister (``attribution._AS_SAYS``).
_ELIDED = re.compile(r"\s+(?:to(?:\s+do)?(?:\s+so)?|so)\s*(?:[,.;)]|$)", re.IGNORECASE)


def elided(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether the reporting verb ``ws[k]`` compares with what was said and leaves it
    out (above)."""
    return bool(_ELIDED.match(text, ws[k][2])) and any(
        w == "as" for w, _s, _e in ws[max(0, k - 5) : k]
    )


def writes_a_work(ws: tuple[Word, ...], k: int) -> bool:
    """ "wrote a book called ...": the object is a work, not a claim."""
    if ws[k][0] not in ("wrote", "writes") or k + 1 >= len(ws):
        return False
    j = (
        k + 2
        if ws[k + 1][0] in ("a", "an", "the", "his", "her", "their", "two", "three")
        else k + 1
    )
    return j < len(ws) and ws[j][0] in WRITTEN_WORKS


def questions_a_person(ws: tuple[Word, ...], k: int) -> bool:
    """Whether "questioned" at ws[k] interviews someone ("Police questioned the
    suspect") rather than doubts a claim ("questioned Moscow's vow")."""
    nxt = [w for w, _s, _e in ws[k + 1 : k + 4]]
    if nxt and nxt[0] in ("the", "a", "an", "two", "three", "several"):
        nxt = nxt[1:]
    return bool(nxt) and nxt[0] in QUESTIONED
