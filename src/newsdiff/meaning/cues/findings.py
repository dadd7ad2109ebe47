"""A poll or a study that found, showed or suggests carries its finding ("The poll of
1,000 voters found that", "The study, published in Nature, found"); not a noun phrase
that only opens with such a noun, whose head is another thing ("A survey crew ...
found the body", "A poll worker found 300 ballots", "A research vessel found the
wreck"), nor "found its way" or "found itself", which find nothing out. A chart, a graph,
an experiment or a trial that shows, and any of them that proves or demonstrates, carries
only a "that" clause ("Chart C shows that ...", "A recent study proves that ...")."""

from __future__ import annotations

import re

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Cue, finditer, may_hold

#: A poll or a study that found, showed or suggests: its finding is carried by it,
#: whatever stands between them ("The poll of 1,000 voters found", "The study, published
#: in Nature, found", "The regulator's findings suggest"). Only these nouns: "Police found
#: a body" is a fact, "This suggests" the writer's reading.
FINDINGS = re.compile(
    r"\b(?:study|studies|survey|surveys|poll|polls|research|analysis|review|census|audit|"
    r"inquiry|report|data|figures|findings|chart|charts|graph|graphs|experiment|experiments|"
    r"examination|examinations|investigation|investigations|assessment|assessments|"
    r"trial|trials)(?:\s+(?:\d{1,3}(?:,\d{3})+|\w+)){0,6}?"
    # an appositive or a parenthesis between the source and its verb, as "X, a
    # spokesman, said": "The study, published in Nature, found"
    r"(?:,(?:\s+(?:\d{1,3}(?:,\d{3})+|[\w’'.%-]+)){1,8},|\s+\([^()]{1,80}\))?"
    r"\s+(?:found|finds|showed|shows|concluded|concludes|revealed|reveals|placed|puts|put|"
    r"suggests?|suggested|proves?|proved|proven|demonstrates?|demonstrated)\b",
    re.IGNORECASE,
)
#: Every match of FINDINGS holds one of these (its verbs' stems), and one of its nouns'.
FINDING_VERBS = ("found", "finds", "show", "conclude", "reveal", "placed", "put", "suggest",
                 "prove", "demonstrat")  # fmt: skip
FINDING_NOUNS = ("stud", "survey", "poll", "research", "analysis", "review", "census",
                 "audit", "inquiry", "report", "data", "figures", "findings", "chart",
                 "graph", "experiment", "trial", "examination", "investigation",
                 "assessment")  # fmt: skip
#: What a study yields, a head that still carries its finding ("poll results showed",
#: "survey data suggest", "census figures show").
_YIELDS = frozenset(
    "results result data figures findings finding report reports numbers estimates "
    "analysis evidence".split()
)
#: The noun the regex opened with, and the word right after it in the same phrase.
_HEAD = re.compile(r"\w+ (\w+)\b")
#: "found its way online", "found itself without power": no finding, an idiom.
_NO_FINDING = re.compile(
    r"\s+(?:(?:its|their|his|her|our|my|your|a|the)\s+way\b|itself\b|themselves\b|"
    r"himself\b|herself\b)",
    re.IGNORECASE,
)


def study_cues(text: str) -> list[Cue]:
    """A poll or a study that found or showed ("The study found that 40% ..."): its
    finding is carried by it (``FINDINGS``), unless its noun only modifies the head of
    its phrase (``_modifies``) or the verb finds no fact (``_NO_FINDING``)."""
    # A finding needs its noun and its verb ("put" alone is in every "Putin"); under
    # IGNORECASE "ſ" matches "s" and "İ" "i", which ``may_hold`` leaves to the pattern.
    ruled = finditer("attribution", _RULED_THAT, text) if may_hold(text, _RULING) else []
    if not (may_hold(text, FINDING_VERBS) and may_hold(text, FINDING_NOUNS)):
        return ruled
    return ruled + [
        Cue("attribution", m.start(), m.end(), m.group())
        for m in FINDINGS.finditer(text)
        if _reports(text, m, _finder(text, m.start(), m.end()))
        and not _NO_FINDING.match(text, m.end())
        and (_CLAUSE.match(text, m.end()) or not _SHOWN_BY_CLAUSE.search(m.group()))
    ]


#: A court that found or ruled that: its ruling is carried by it ("The court in
#: Washington found that the case could not be brought", "the Court of Appeals for the
#: District of Columbia ruled that"; review r25c). A "that" clause only: "The jury found
#: him guilty" and "ruled out" are its acts, told as facts.
_RULED_THAT = re.compile(
    r"\b(?:court|courts|judge|judges|jury|tribunal|justices)\b(?:\s+[\w’'.-]+){0,8}?\s+"
    r"(?:found|finds|ruled|rules|held|holds|concluded|concludes|decided|decides)\s+that\b",
    re.IGNORECASE,
)
_RULING = ("court", "judge", "jury", "tribunal", "justices")


#: A chart or a trial that shows, and a study that proves, report only the clause
#: they show ("Chart C shows that", "A recent study proves that"): "The chart shows the
#: number of cases" describes a chart, "The experiment proved a failure" judges one.
_SHOWN_BY_CLAUSE = re.compile(
    r"^(?:charts?|graphs?|experiments?|trials?)\b|\b(?:prov|demonstrat)\w*$", re.IGNORECASE
)


#: What a person, a body or a document found out, not a thing it found: a clause
#: ("found that ..."), or a verb that only shows or infers ("A poll tracker shows
#: Labour ahead").
_CLAUSE = re.compile(r"\s+that\b", re.IGNORECASE)
_SHOWS = re.compile(r"(?:show|suggest|conclude)\w*", re.IGNORECASE)
#: Who can find something out, by the lexicographer file of a sense of the head.
_REPORTERS = frozenset({"person", "group", "communication"})


def _reports(text: str, m: re.Match[str], head: str | None) -> bool:
    """Whether the match reports a finding: its study's noun is the head of its phrase
    (``head`` None), or the head is one who can find something out, a person, a body
    or a document (one of its three most frequent WordNet senses: "Study authors", "A
    research institute", "A research paper") and what it found is a clause or a
    showing; "A survey team found the missing hikers" found a thing."""
    if head is None:
        return True
    verb = m.group().rsplit(None, 1)[-1]
    return bool(
        (_CLAUSE.match(text, m.end()) or _SHOWS.fullmatch(verb))
        and lexicon.noun_categories(head, 3) & _REPORTERS
    )


def _finder(text: str, start: int, end: int) -> str | None:
    """The word the study's noun at ``start`` only modifies, the head of its phrase
    and the finder: "survey crew", "poll worker", "research vessel", "poll station" (a
    lower-case word WordNet knows as a noun alone, never an adjective or an adverb, as
    "last" in "the poll last week" or "today" is), not what a study yields ("poll
    results showed") nor the verb itself; None where there is none."""
    m = _HEAD.match(text, start, end)
    if m is None or m.end() == end:
        return None
    head = m.group(1)
    if not head.islower() or head in _YIELDS:
        return None
    pos = {p for p, _b in lexicon.base_forms(head)}
    if "n" in pos and not pos & {"a", "s", "r"} and lexicon.verb_form(head) not in ("past", "ing"):
        return head
    return None
