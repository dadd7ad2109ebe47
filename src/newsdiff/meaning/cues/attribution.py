"""Attribution cues: reporting verbs that introduce or close reported content (with
their source, for the change classes), "according to" and its source, reported speech
without a named source ("is said to"), unnamed reports, and the nouns that name a
source."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.meaning.cues.attribution_words import (
    AS_VERBS,
    CLAIM_VERBS,
    CONTENT_VERBS,
    MANNER_VERBS,
    OBJECT_TO_VERBS,
    PASSIVE_BEFORE,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    TELL_VERBS,
)
from newsdiff.meaning.cues.base import Cue, Word, dedupe, finditer, in_vocab, may_hold, words
from newsdiff.meaning.cues.calling import NAMING_VERBS, names_a_verdict
from newsdiff.meaning.cues.cited import cites_no_source
from newsdiff.meaning.cues.clauses import closes, introduces, one_phrase
from newsdiff.meaning.cues.headlines import speaker_headline
from newsdiff.meaning.cues.other_parts import (
    attributive,
    demonstrative_that,
    legal_said,
    noun_notes,
    noun_questions,
    refuses_a_grant,
    unsaid,
)
from newsdiff.meaning.cues.participles import participles_read_as_past
from newsdiff.meaning.cues.quotes import in_a_title
from newsdiff.meaning.cues.subjects import subject_verbs
from newsdiff.meaning.cues.testimony import (
    added_cues,
    bare_verbs_read_as_past,
    elided,
    finding_cues,
    pointed_out,
    questions_a_person,
    reduced_relative,
    reports_no_claim,
    saying_nouns,
    sourced,
    started_at_source,
    writes_a_work,
)
from newsdiff.meaning.cues.unmarked import unmarked_cues
from newsdiff.meaning.cues.verdicts import verdict_cues

_ACCORDING = re.compile(
    r"\b(?:according to|as per|citing|in the words of)\b(?:\s+(?:the|a|an)\b)?"
    r"(?:\s+[\w’'-]+(?:\.\w+)*){0,6}?(?=[,;]|\.?\s*$|\.\s|\s+(?:said|on|in|at|who|which|that)\b)",
    re.IGNORECASE,
)
# "according to" whose source runs long ("according to supposed intercepted telephone
# conversations obtained by ..."): the phrase alone is still the cue.
_ACCORDING_BARE = re.compile(r"\b(?:according to|as per|in the words of)\b", re.IGNORECASE)
# Unnamed reports and what a source published: "reports emerged", "there have been
# reports of", "the toll released by the Kremlin".
_REPORTS = re.compile(
    r"\b(?<!\bto )(?<!n't )(?<!n’t )(?<!\bnot )(?<!\bnever )"  # the verb: "won't report that"
    r"reports?\s+(?:of|that|emerged|say|said|suggest|suggested)\b|\bamid (?:the )?reports\b"
    r"|\b(?:released|published|revealed|issued)\s+by\b",
    re.IGNORECASE,
)
# Reported speech without a named source: "is said to", "is stated to", "is reported to".
_REPORTED = re.compile(
    r"\b(?:is|are|was|were|has been|have been|had been)\s+(?:widely\s+)?"
    r"(?:said|stated|reported|understood|alleged|claimed|rumou?red)\s+to\b",
    re.IGNORECASE,
)
#: Every match of ``_REPORTS`` without "report" holds one of these, and " by".
_PUBLISHED = ("released", "published", "revealed", "issued")
#: Every match of ``_REPORTED`` holds one of these (" to" is in most sentences).
_REPORTED_VERBS = ("said", "stated", "reported", "understood", "alleged", "claimed", "rumo")


def _source_start(text: str, ws: tuple[Word, ...], k: int) -> int:
    """The first word of the source phrase before the verb ws[k]: up to eight words
    joined by spaces ("a western authorities has actually" stated, "a report by
    Reuters" said), or k."""
    first = k
    while first > 0 and k - first < 8 and one_phrase(text, ws, first - 1):
        first -= 1
    return first


#: Every word ``_reporting_verbs`` may take as a cue.
_ANY_VERB = CLAIM_VERBS | NAMING_VERBS | MANNER_VERBS | CONTENT_VERBS


def _reporting_verbs(text: str, ws: tuple[Word, ...], with_source: bool) -> list[Cue]:
    """The reporting verbs that introduce or close content, and those whose object is
    the claim ("confirmed", "admitted"); ``with_source``: each with the source right
    before it ("Police said"), the shape of "Police say" (``subjects``)."""
    out: list[Cue] = []
    ws = participles_read_as_past(text, bare_verbs_read_as_past(ws))
    for k, (w, s, e) in enumerate(ws):
        if (
            w not in _ANY_VERB
            or _agentless_passive(text, ws, k)
            or elided(text, ws, k)
            or legal_said(text, ws, k)
            or unsaid(text, ws, k)
            or (w == "notes" and noun_notes(ws, k))
        ):
            continue  # most words are no reporting verb: the tests below skip them too
        if w in CLAIM_VERBS:
            if w == "admitted" and k and ws[k - 1][0] in PASSIVE_BEFORE:
                continue
            if w in ("denied", "denies") and refuses_a_grant(ws, k):
                continue  # "denied bail": a decision, no claim denied
            if w.startswith("question") and questions_a_person(ws, k):
                continue
            if w == "reported" and reports_no_claim(text, ws, k):
                continue  # "reported for duty", "reported a loss for the quarter"
            if w == "questions" and noun_questions(text, ws, k):
                continue
            if with_source:
                s = ws[sourced(text, ws, k)][1]
            out.append(Cue("attribution", s, e, text[s:e]))
            continue
        if w in NAMING_VERBS and names_a_verdict(text, ws, k):
            if with_source:
                s = ws[sourced(text, ws, k)][1]
            out.append(Cue("attribution", s, e, text[s:e]))
            continue
        if w in MANNER_VERBS and w not in CONTENT_VERBS:
            end = _closes_a_quotation(text, ws, k)
            if end is None and _OPENS_QUOTE.match(text, e):
                end = e  # "Others ... shouted, “Stop the coverup!”": it opens one
            if end is not None:
                s = ws[sourced(text, ws, k)][1] if with_source else s
                out.append(Cue("attribution", s, end, text[s:end]))
            continue
        if w not in CONTENT_VERBS or writes_a_work(ws, k) or demonstrative_that(text, ws, k):
            continue
        end = introduces(text, ws, k)
        if end is None and w in AS_VERBS and _characterises(text, ws, k):
            end = e
        if end is None:
            end = closes(text, ws, _source_start(text, ws, k), k)
        if end is None and k + 1 < len(ws) and closes(text, ws, k, k) is not None:
            end = e  # inverted: "..., said officials"
        if end is not None:
            if with_source:
                s = ws[sourced(text, ws, k)][1]
            out.append(Cue("attribution", s, end, text[s:end]))
    return out


_QUOTE_CLOSED = re.compile(r"[”’\"'][\s,]*$")
#: A quotation right after a verb of manner, past a comma or a colon: "shouted, “Stop".
_OPENS_QUOTE = re.compile(r"\s*[,:]\s*[“\"‘]")


def _closes_a_quotation(text: str, ws: tuple[Word, ...], k: int) -> int | None:
    """Where the cue of a verb of manner ws[k] ("shouted", "yelled") ends when it closes
    a quotation: a closing quotation mark before its source ("'Get out!' he yelled.",
    "“Help us,” a woman screamed") or before the verb ("..., shouted a neighbour")."""
    first = _source_start(text, ws, k)
    for start in (first, k):
        if _QUOTE_CLOSED.search(text[: ws[start][1]]):
            end = closes(text, ws, start, k)
            if end is not None:
                return end
    return None


#: What follows a passive reporting verb that still reports: "it was announced that",
#: "is said to", "were confirmed by police", "was described as".
_PASSIVE_REPORTS = frozenset("that to by as whether".split())
_PASSIVE_AUX = PASSIVE_BEFORE | frozenset({"be", "been", "being"})
#: A modal before a passive "be": what "can be said" or "could be argued" no one is
#: reported to say; the writer weighs a claim of their own.
_MODALS = frozenset("can could may might must would should will".split())


def _agentless_passive(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether the participle ws[k] is a passive with no one to report and nothing
    reported: "nothing has been confirmed at this point", "might be explained in
    several ways" (not "it was announced that", "were confirmed by police")."""
    j = k - 1
    while j > 0 and (ws[j][0] == "not" or ws[j][0].endswith("ly")):
        j -= 1  # "was not disclosed", "was officially confirmed"
    if k and ws[k][0].endswith("ed") and (reduced_relative(text, ws, k) or attributive(ws, k)):
        return True  # "the choice he made, confirmed on ...", "the suggested solutions"
    nxt = ws[k + 1][0] if k + 1 < len(ws) and one_phrase(text, ws, k) else ""
    if k and ws[j][0] in _PASSIVE_AUX and nxt == "to" and ws[k][0] in _INSTRUCTING:
        return True  # "Residents were told to boil their water": an instruction, no claim
    if j > 0 and ws[j][0] == "be" and ws[_before_adverbs(ws, j - 1)][0] in _MODALS and nxt != "by":
        return True  # "can be said to help", "can only be described as": the writer's own
    if k == 0 or ws[j][0] not in _PASSIVE_AUX or not ws[k][0].endswith("ed"):
        return False
    return nxt not in _PASSIVE_REPORTS and not re.match(r"\s*:", text[ws[k][2] :])


#: Adverbs that may stand between a modal and "be": "can only be", "could hardly be".
_BETWEEN = frozenset("not only hardly also still even easily well just never".split())


def _before_adverbs(ws: tuple[Word, ...], j: int) -> int:
    """ws[j] or, past the adverbs ending at it, the word before them."""
    while j > 0 and (ws[j][0] in _BETWEEN or ws[j][0].endswith("ly")):
        j -= 1
    return j


#: Verbs whose passive before "to" and a verb gives an order or advice, not a claim:
#: "were told to", "were urged to", "was asked to" ("was told that" still reports).
_INSTRUCTING = TELL_VERBS | OBJECT_TO_VERBS


def _characterises(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """ "explained the withdrawal as hasty": an object, then "as", in the clause."""
    for j in range(k + 1, min(len(ws), k + 7)):
        if not one_phrase(text, ws, j - 1):
            return False
        if ws[j][0] == "as":
            return j > k + 1
    return False


def _according(text: str, ws: tuple[Word, ...]) -> list[Cue]:
    """ "according to X" and the like, unless X is no source ("according to plan", "as
    per the rules", "according to the new tariff schedule": ``cited``)."""
    out = []
    for c in finditer("attribution", _ACCORDING, text) + finditer(
        "attribution", _ACCORDING_BARE, text
    ):
        bare = _ACCORDING_BARE.match(text, c.start) or re.match(r"citing\b", text[c.start :], re.I)
        k = next((j for j, w in enumerate(ws) if w[1] >= bare.end()), None) if bare else None
        if k is not None and cites_no_source(text, ws, k):
            continue
        out.append(c)
    return out


@lru_cache(maxsize=4096)
def _attribution_cues(text: str, with_sources: bool) -> tuple[Cue, ...]:
    low = text.lower()
    ws = words(text)
    out = _reporting_verbs(text, ws, with_sources)
    out += subject_verbs(text, ws) + verdict_cues(text, ws)
    if " that" in low:
        out += saying_nouns(text, ws)
    # Each pattern runs only where its key word occurs: most sentences skip them all.
    if "add" in low:
        out += added_cues(text, ws, with_sources)
    if "accord" in low or "as per" in low or "citing" in low or "in the words" in low:
        out += _according(text, ws)
    if " to" in low and may_hold(text, _REPORTED_VERBS):
        out += finditer("attribution", _REPORTED, text)
    if "report" in low or (" by" in low and may_hold(text, _PUBLISHED)):
        out += finditer("attribution", _REPORTS, text)
    if "called" in low or "calling" in low:
        # not "calls for": "The plan calls for two bridges" is the plan's provision
        out += [c for c in finditer("attribution", _CALLED_FOR, text) if not _gerund(text, c)]
    if "point" in low:
        out += pointed_out(text, ws)
    out += unmarked_cues(text, low, ws)
    if "confirm" in low or "deny" in low or "comment" in low or "accus" in low:
        kept = finditer("attribution", _KEPT_BACK, text)
        # "declined to comment" carries no claim (a fact, as "did not respond to a request
        # for comment"); a change of it is still one of what the source kept back.
        out += [c for c in kept if with_sources or not c.text.lower().endswith("comment")]
        # Apart: its seven lookbehinds were tried at every character of every text.
        if may_hold(text, ("accus",)):
            out += finditer("attribution", _ACCUSES, text)
    out += finding_cues(text)
    if "concern" in low or "fear" in low or "doubt" in low or "worr" in low or "hope" in low:
        out += finditer("attribution", _CONCERNS, text)
    if ":" in text:
        speaker = speaker_headline(text)
        if speaker is not None:  # "John McCain: Republican Populist Anger Appeals to ..."
            out.append(Cue("attribution", *speaker, text[speaker[0] : speaker[1]]))
        out += started_at_source(
            text, ws, finditer("attribution", _COLON_QUOTE, text), with_sources
        )
    if "as " in low and (low.startswith(("as", "aſ")) or any(a in low for a in _AS_AFTER)):
        out += finditer("attribution", _AS_SAYS, text)
    if not out and text.count(",") >= 2:
        # Only where the clause heuristic found nothing ("Mr. Obama said" defeats it).
        out += [
            c for c in finditer("attribution", _PARENTHETICAL, text) if not _NO_FRAME.search(c.text)
        ]
    return tuple(c for c in dedupe(out) if not in_a_title(text, c.start, c.end))


def _alternatives(verbs: set[str] | frozenset[str]) -> str:
    """A regular expression's alternatives for ``verbs``, the longest first."""
    return "|".join(re.escape(v) for v in sorted(verbs, key=lambda v: (-len(v), v)))


#: A reporting verb in a parenthesis inside the content: "The museum, Mr. Obama said,
#: would ...", "The deal, the officials added, was signed". Up to six words of source.
_PARENTHETICAL = re.compile(
    r"(?<=, )(?:[\w.’'-]+\s+){1,6}?(?:"
    + _alternatives(
        # Past forms only, and a few present ones: ", despite protests," is a noun.
        {w for w in SPEECH_VERBS - MANNER_VERBS if w.endswith("ed")}
        | {"said", "wrote", "says", "adds", "believes", "believe"}
    )
    + r"|told\s+\w+)(?=\s*,)",
    re.IGNORECASE,
)
#: A parenthesis whose verb has a relative as its object is no frame: ", without alluding
#: to anything that he said," (review r25c).
_NO_FRAME = re.compile(r"\b(?:that|what|whatever|anything|everything|nothing)\b", re.I)
#: A speech verb whose quotation follows a colon further on than the clause rules
#: look: "Lone Scherfig told The Guardian ahead of the film's release: 'It's ...".
_COLON_QUOTE = re.compile(
    r"\b(?:" + _alternatives(SPEECH_VERBS | {"continued"}) + r")\b"
    r"(?=[^.!?:;\"“‘]{0,60}:\s*['‘“\"])",
    re.IGNORECASE,
)
#: "As Chappatte says, it solves ...": the writer hands the words to a source.
#: Its "as" opens the text or follows one of these (under IGNORECASE "ſ" is an "s").
_AS_AFTER = tuple(f"{mark} {a}" for mark in ",;(—–-" for a in ("as", "aſ"))
_AS_SAYS = re.compile(
    r"(?:^|(?<=[,;(—–-] ))\bas\s+(?:[\w.’'-]+\s+){1,5}?(?:"
    # Not a verb of manner: "as it is called" names, it reports nothing.
    + _alternatives(SPEECH_VERBS - MANNER_VERBS | {"puts it", "put it", "reports"})
    + r"|told \w+)(?=\s*[,.;])",
    re.IGNORECASE,
)
#: A source's worry or hope and what it is about: "Parents have raised concerns that the
#: building is unsafe" (the judgement "unsafe" is the parents', not the writer's).
_CONCERNS = re.compile(
    r"\b(?:raised?|raises|raising|voiced?|voices|voicing|expressed|express|expresses|"
    r"expressing|aired?|airs|airing)\s+(?:(?:serious|grave|growing|new|fresh|deep|their|"
    r"his|her|its)\s+)?(?:concerns?|fears?|doubts?|worries|hopes?)(?=\s+that\b)",
    re.IGNORECASE,
)
#: "called for calm", "called on the government to", "are calling for": a demand reported.
_CALLED_FOR = re.compile(r"\bcall(?:ed|s|ing)\s+(?:for|on)\b", re.IGNORECASE)
#: What may stand before a gerund that opens its sentence: nothing, a quotation mark.
_OPENING = re.compile(r"[\s“\"‘'(]*")


def _gerund(text: str, cue: Cue) -> bool:
    """Whether "calling for" opens the sentence as its subject: "Calling for an alliance
    ... is important" demands nothing of anyone; a participle clause ends at a comma
    before its source ("Calling for calm, the mayor urged ...") and reports."""
    return (
        cue.text[:1] in "Cc"
        and cue.text.lower().startswith("calling")
        and _OPENING.fullmatch(text, 0, cue.start) is not None
        and "," not in text[cue.end :]
    )


#: A source that would not confirm or deny, or declined to comment, and one that accuses
#: ("NATO commanders accuse their counterparts of exaggerating"; "was accused of", "while
#: being accused of" name no accuser): what a source said or kept back.
_KEPT_BACK = re.compile(
    r"\b(?:would|could|did|does|do|will|can)(?:\s+not|n['’]t|\s+neither)\s+(?:confirm|deny|"
    r"comment)\b|\b(?:declined|refused|declines|refuses)\s+to\s+(?:confirm|deny|comment)\b",
    re.IGNORECASE,
)
#: One who accuses: no match of it overlaps one of ``_KEPT_BACK`` but for one inside
#: its words, which ``dedupe`` drops as the alternation's scan stepped over it.
#: After a form of "be", "accused" is the passive (no accuser) and "accusing" the
#: active progressive ("Navalny has been accusing the Kremlin of").
_ACCUSES = re.compile(
    r"(?:(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bthe )"
    r"(?<!\bbeing )\baccus(?:e|es|ed)|(?<!\bthe )\baccusing)\s+(?:[\w’'-]+\s+){1,5}?of\b",
    re.IGNORECASE,
)


def attribution_cues(text: str, with_sources: bool = False) -> list[Cue]:
    """Reporting verbs that introduce or close reported content, "according to"
    phrases with their source, reported speech.

    ``with_sources`` takes every reporting verb with the source right before it
    ("Police said", as "Police say" always is), so that two cues compare alike
    whatever the verb's form (the change classes); the suggestions underline the verb.
    """
    return list(_attribution_cues(text, with_sources))


def source_cues(text: str) -> list[Cue]:
    """Nouns that name a source; they matter only where speech is reported."""
    return in_vocab("source", text, SOURCE_NOUNS)
