"""Stance in the writer's voice beyond single judging words: degree ("very warm", "so
crowded", "incredibly learned"), attitude adverbs ("ironically", "of course",
"surely"), a first person who weighs in ("I would say", "in my opinion"), a judging
noun as the predicate ("was a disaster", "what a shame"). (An exclamation mark alone
was tried and changed nothing on the development sets: "Talks failed!" stays a fact.)

Each is a cue a reader takes as the writer's view; none needs a tagger. Part of speech
comes from WordNet (``meaning.lexicon``): a degree word counts only before a word
WordNet has as an adjective or adverb."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Cue, Word, finditer, vocab, words
from newsdiff.meaning.cues.subjective import judging_words, said_of_a_body
from newsdiff.meaning.cues.valence_words import NOUNS

#: Degree words that grade a quality ("very warm", "so crowded", "utterly wrong").
#: "highly", "fairly", "quite", "rather" and "pretty" are left out: in news they
#: measure more than they judge ("highly enriched", "fairly close", "pretty much").
INTENSIFIERS = vocab(
    "very so too extremely incredibly exceptionally particularly truly utterly deeply "
    "hugely immensely enormously awfully really insanely ridiculously absurdly "
    "painfully woefully thoroughly downright sorely strikingly staggeringly "
    "breathtakingly wildly massively amazingly astonishingly"
)
#: Hedges of appearance: before an adjective they hedge a quality, the writer's reading
#: of the thing ("the seemingly immovable Assad", "so supposedly "learned"", "those
#: supposedly horrendous actions"), not a quantity or an outcome (GUIDE's estimate); as
#: "appears to be his only tactic" is. Before a verb they still hedge what happened
#: ("supposedly showing the trails", "has seemingly made"), and "allegedly",
#: "reportedly" and "apparently" (in news most often "it is said") stay hearsay before
#: anything ("the allegedly corrupt mayor", "was apparently unharmed").
_APPEARANCE = vocab("seemingly supposedly ostensibly")
#: What may stand between an appearance hedge and its adjective: a scare quote.
_SCARE = re.compile(r"\s*[\"“‘']?\s*")
#: Words after a degree word that count or place rather than grade ("so far", "too
#: many", "very first", "so long as"; "very well", "exceptionally well" judge).
_NOT_GRADED = vocab(
    "much many few little far long often soon late early first last same least end "
    "beginning top bottom start moment heart called near close recently"
)
#: Before "very" these make it an adjective ("the very first", "its very existence");
#: before "so", a form of "do" makes it a pro-form ("to do so quickly").
_DETERMINERS = vocab("the this that these those its his her their our my your")
_DO = vocab("do does did done doing")

#: Attitude and certainty adverbs of the writer (the stance adverbials of English
#: grammars), boosters among them ("certainly", "indeed", "simply", "hardly", "far
#: from": Hyland's boosters, the writer's certainty; "literally", "merely", "all too",
#: "after all", "at best": the writer's comment on the claim); and "better", "worse", the
#: comparatives of good and bad, which judge (not "higher", which measures; not
#: "better-known"); and the writer's limit on how far a claim holds, the hedges of
#: degree ("to some extent", "in many ways", "in a sense", "by and large"; not "in a
#: way that", a manner, nor "a sense of").
_ATTITUDE = re.compile(
    r"\b(?:ironically|surely|evidently|inevitably|predictably|unfortunately|fortunately|"
    r"sadly|thankfully|luckily|unluckily|regrettably|mercifully|tellingly|curiously|"
    r"oddly|strangely|admittedly|frankly|of course|in other words|worse still|"
    r"to be fair|to put it mildly|certainly|definitely|indeed|simply|hardly|literally|"
    r"merely|necessarily|belatedly|all too|after all|by the way|at best|at worst|"
    r"far from(?!\s+(?:the|a|an|his|her|its|their|our|my|your|home|here|there|\d))|"
    r"no doubt|undeniably|unquestionably|(?:(?:much|far|even|no) )?(?:better|worse)(?![-‐])|"
    r"to (?:some|a (?:large|great|certain|considerable|lesser|limited)) (?:extent|degree)|"
    r"in (?:some|many|certain) (?:ways|respects)|in a (?:real )?sense(?! of)|by and large)\b"
    # Not the first word of a compound: "after all-night session", "at best-selling".
    r"(?![-‐‑]\w)",
    re.IGNORECASE,
)
#: A first person who weighs in (``evaluative`` has "I think", "we believe").
_FIRST_PERSON = re.compile(
    r"\b(?:i would say|i['’]d say|i suppose|i guess|i reckon|in my opinion|to my mind|"
    r"if you ask me|i['’]m convinced|i am convinced|i feel that|we feel that|i doubt)\b",
    re.IGNORECASE,
)

#: Judging nouns (``valence_words.NOUNS`` and a few the lexicon lacks or also lists as
#: verbs) count as the predicate of the sentence: after a copula and an article, an
#: adjective allowed between ("was a complete disaster", "is a sham"), or after "what a".
_HAND_NOUNS = vocab(
    "shame sham pity fallacy folly nonsense charade joke mess scandal crook idiot fool "
    "thief traitor hypocrite thug bigot mistake waste"
)
_COPULA = vocab(
    "is was are were be been being become became becomes remains remain remained proved "
    "proves seems seemed looks looked what such"
)
_ARTICLE = vocab("a an")


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(line.split()[0] for line in NOUNS.splitlines() if line) | _HAND_NOUNS


def names_a_kind(text: str, end: int) -> bool:
    """Whether the judging noun ending at ``end`` modifies the noun after it, so that
    the two name a kind of thing: "a disaster relief fund", "the disaster zone",
    "massacre survivors", "a waste treatment plant" describe (a lower-case word WordNet
    has as a noun, no "-ed" or "-ing" form, and no "-s" form of a verb: "the disaster
    struck", "the fiasco continues" judge)."""
    m = re.match(r" ([a-z]+)\b", text[end:])
    if m is None:
        return False
    nxt = m.group(1)
    forms = lexicon.base_forms(nxt)
    if not any(pos == "n" for pos, _b in forms):
        return False
    return lexicon.verb_form(nxt) in (None, "base") or all(pos == "n" for pos, _b in forms)


def _graded(word: str) -> bool:
    """Whether WordNet has ``word`` as an adjective or an adverb (not a one- or
    two-letter word: "so I", "so it" are no degree)."""
    return (
        len(word) > 2
        and word not in _NOT_GRADED
        and any(pos in "ar" for pos, _b in lexicon.base_forms(word))
    )


def _appearance_cues(ws: tuple[Word, ...], text: str) -> list[Cue]:
    """An appearance hedge right before a word WordNet has as an adjective and not as a
    verb ("seemingly immovable"; not "seemingly made", "supposedly showing"), or as an
    adjective in a scare quote ('supposedly "learned"'): the writer's reading of a
    quality."""
    out: list[Cue] = []
    for k, (w, s, e) in enumerate(ws[:-1]):
        nxt, ns, ne = ws[k + 1]
        gap = text[e:ns]
        if w not in _APPEARANCE or _SCARE.fullmatch(gap) is None or len(nxt) < 4:
            continue
        pos = {p for p, _b in lexicon.base_forms(nxt)}
        if pos & {"a", "s"} and ("v" not in pos or gap.strip()) and nxt not in _NOT_GRADED:
            out.append(Cue("speculative", s, ne, text[s:ne]))
    return out


def _degree_cues(text: str) -> list[Cue]:
    ws = words(text)
    out: list[Cue] = _appearance_cues(ws, text)
    for k, (w, s, _e) in enumerate(ws[:-1]):
        if w not in INTENSIFIERS:
            continue
        before = ws[k - 1][0] if k else ""
        if (w == "very" and before in _DETERMINERS) or (w == "so" and before in _DO):
            continue
        nxt, _ns, ne = ws[k + 1]
        if text[ws[k][2] : ws[k + 1][1]].strip():
            continue  # punctuation between: "so, the ..."
        if _graded(nxt) and not said_of_a_body(text, ws, k + 1):
            # "The patient is very ill" grades a body's state, reported
            out.append(Cue("evaluative", s, ne, text[s:ne]))
    return out


#: Adjectives whose comparison measures or ranks rather than judges ("more expensive",
#: "the most recent", "more common", "most senior").
_MEASURING = vocab(
    "recent expensive costly cheap affordable common frequent rare widespread numerous "
    "senior junior prominent famous popular general private public likely unlikely"
)
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
#: A superlative ranked in a population or against the record ("one of the most active
#: in the world", "the most active fault in Europe", "the most visited on record"):
#: measured, as a comparison with "than" is, unless the lexicons rate the word.
_RANKED_IN = re.compile(
    r"(?:\s+\w+)?\s+(?:in\s+the\s+(?:world|country|region)\b|on\s+record\b|"
    r"in\s+(?:the\s+)?[A-Z]\w+)"
)
_COMPARED = re.compile(r"\b(?:more|most|less|least)\s+([a-z]{4,})\b", re.IGNORECASE)


def _comparative_cues(text: str) -> list[Cue]:
    """Comparison of a quality ("more precarious", "the most anemic", "less prudent"):
    the writer grades what a fact would only state. The word compared must be an
    adjective in WordNet and no verb, participle or adverb ("more on", "most given",
    "more widely"), nor a word that measures (``_MEASURING``), nor part of a name; with
    "than" after it, a word the lexicons rate ("more dangerous than"): "more powerful
    than the old one" compares what can be measured."""
    out = []
    for m in _COMPARED.finditer(text):
        word = m.group(1)
        low = word.lower()
        if word[0].isupper() or low in _MEASURING or low.endswith(("ed", "ly")):
            continue
        if (_THAN.match(text, m.end()) or _RANKED_IN.match(text, m.end())) and (
            low not in judging_words()
        ):
            continue  # "more powerful than the old one", "the most active in the world"
        pos = {p for p, _b in lexicon.base_forms(low)}
        if pos & {"a", "s"} and "v" not in pos:
            out.append(Cue("evaluative", m.start(), m.end(), m.group()))
    return out


#: What may stand between a copula and a plural verdict ("are all liars").
_BEFORE_PLURAL = vocab("all just both simply")


def _plural_verdict(ws: tuple[Word, ...], k: int) -> bool:
    """Whether ws[k] is the plural of a judging noun right after a copula ("are liars",
    "were all cowards"): the writer names people by a verdict."""
    nouns = _nouns()
    j = k - 1
    while j > 0 and ws[j][0] in _BEFORE_PLURAL:
        j -= 1
    return (
        j >= 1
        and ws[j][0] in _COPULA
        and ws[k][0] not in nouns
        and any(pos == "n" and base in nouns for pos, base in lexicon.base_forms(ws[k][0]))
    )


#: A demonstrative that takes up what was told: "this betrayal", "such cruelty".
_LABELLING = vocab("this such")
#: Nouns of the lexicon that name an event or a state in news copy, not a verdict:
#: "this crisis", "such destruction", "this depression" (weather or economy).
_NAMING = vocab(
    "crisis contagion depression destruction harassment rejection laughter luck "
    "excitement relaxation warmth festivity heaven hell hero heroine conspiracy fraud "
    "pleasure enjoyment approval appreciation attraction affection"
)


def _labelled(ws: tuple[Word, ...], k: int) -> bool:
    """Whether the judging noun ws[k] follows "this" or "such" (a verdict on what the
    text told: Francis's labelling nouns), not a noun that names an event."""
    return ws[k - 1][0] in _LABELLING and ws[k][0] not in _NAMING


def _predicate_nouns(text: str) -> list[Cue]:
    nouns = _nouns()
    ws = words(text)
    out: list[Cue] = []
    for k, (w, _s, e) in enumerate(ws):
        if w not in nouns and k >= 1 and _plural_verdict(ws, k):
            j = k - 1
            while ws[j][0] not in _COPULA:
                j -= 1
            out.append(Cue("evaluative", ws[j][1], e, text[ws[j][1] : e]))
            continue
        if w not in nouns or k < 1:
            continue
        if _labelled(ws, k):
            # "this betrayal", "such folly": the writer names what was told by a verdict
            out.append(Cue("evaluative", ws[k - 1][1], e, text[ws[k - 1][1] : e]))
            continue
        # "was a disaster", "was a complete disaster", "what a shame"; not "is a waste
        # treatment plant", where the noun names a kind
        for gap in (1, 2) if k >= 2 and not names_a_kind(text, e) else ():
            if k - gap - 1 < 0:
                break
            if ws[k - gap][0] in _ARTICLE and ws[k - gap - 1][0] in _COPULA:
                out.append(Cue("evaluative", ws[k - gap - 1][1], e, text[ws[k - gap - 1][1] : e]))
                break
    return out


#: The evaluative frame "it is ADJ that/to/for" (Hunston and Thompson's pattern of
#: evaluation): "It is logical for Europe to reach out", "It's hard to make money",
#: "It is interesting that". Participles and words of likelihood or time are no
#: evaluation: "it is expected to", "it is likely that", "it is set to", "it is due
#: to", "it is time to".
_FRAME = re.compile(
    r"\bit(?:\s+is|['’]s|\s+was|\s+seems|\s+remains)(?:\s+\w+ly|\s+not)?\s+(?P<adj>\w+)\s+"
    r"(?:that|to|for|whether)\b",
    re.IGNORECASE,
)
#: What the law or a rule makes so, stated as a fact ("It is illegal to drive ...").
LEGAL_STATUS = vocab(
    "illegal legal lawful unlawful free mandatory compulsory forbidden permitted allowed "
    "prohibited banned"
)
_NOT_EVALUATING = (
    vocab(
        "likely unlikely possible impossible probable unclear known unknown due set able "
        "ready about going time true false said thought believed understood reported"
    )
    | LEGAL_STATUS
)


def _frame_cues(text: str) -> list[Cue]:
    out = []
    for m in _FRAME.finditer(text):
        adj = m.group("adj").lower()
        if adj.endswith("ed") or adj in _NOT_EVALUATING:
            continue
        if any(pos in "as" for pos, _b in lexicon.base_forms(adj)):
            out.append(Cue("evaluative", m.start(), m.end("adj"), text[m.start() : m.end("adj")]))
    return out


#: A sentence opened by the writer's weighing of what follows ("Significantly, the study
#: itself does not claim ...", "Crucially, ..."); inside a clause the same words measure
#: ("rose significantly") and are left alone.
_WEIGHING_OPENER = re.compile(
    r"^\W*(?:(?:more|most)\s+)?(?:significantly|importantly|crucially|interestingly|"
    r"remarkably)\s*,",
    re.IGNORECASE,
)
#: A comparison against what people at large believe ("has fallen a lot more than people
#: think", "worse than most realise", "than you'd imagine", "than is commonly thought"):
#: the writer claims to
#: know better than the received view. A named or counted source ("than analysts
#: expected", "than the ministry thought") is no received view and stays as it was.
_RECEIVED_VIEW = re.compile(
    r"\bthan\s+(?:(?:most|many|some|anyone|everyone|we|you|one|(?:most\s+|many\s+)?people)"
    r"(?:['’]d\s+|\s+(?:might|would|may|could|ever)\s+|\s+)|(?:is\s+)?(?:commonly|generally|"
    r"widely|often|usually)\s+)(?:think|thinks|thought|reali[sz]ed?|reali[sz]es|imagined?|"
    r"believed?|assumed?|supposed?|suspect(?:ed)?)\b",
    re.IGNORECASE,
)
#: The writer addressing the reader ("you can afford them", "Limit your spending"):
#: second person outside quotation marks (``evaluative`` drops the quoted ones). A
#: capitalised "You" after the first word is part of a title ("Berlin, I Love You").
_SECOND_PERSON = re.compile(r"^\W*(?:You|Your)\b|\b(?:you|your|yours|yourself|yourselves)\b")
#: A notice to the reader, no stance: what to do or where to find something ("If you
#: see the suspect, call 999.", "You can watch the match live on BBC One.", "You can
#: register online"); "you can afford them" still addresses the reader with a view.
_SERVICE = re.compile(
    r"\b[Ii]f you (?:see|have|know|need|are|were|want|live|hear|find|notice)\b|"
    r"\b[Yy]ou (?:can|could|may|will be able to) (?:also )?(?:watch|listen|register|apply|"
    r"call|contact|email|find|read|see|visit|buy|book|download|sign up|follow|donate|vote|"
    r"get|join|reach|report|order|stream)\b"
)
#: The writer speaking for the public, the inclusive "we" of an editorial: "we all",
#: "all of us", "we know", "we have no excuses", "we hear all too often", "our
#: nation", "our rights". A "we" of a company or a team ("We've seen strikes", "we
#: raised prices") is no such voice, so "we" alone does not count.
_WE_ALL = re.compile(
    r"\b(?:[Ww]e|us)\s+all\b|\b(?:[Aa]ll|[Ee]ach|[Mm]any|[Mm]ost|[Ss]ome|[Nn]one) of us\b|"
    r"\b[Ww]e(?:['’]ve)?\s+(?:all\s+|also\s+|still\s+)?(?:know|knew|hear|heard|forget|"
    r"remember|have no|do not know|don['’]t know)\b|"
    r"\b[Oo]ur\s+(?:country|nation|society|democracy|constitution|children|politicians|"
    r"political|leaders|rights|liberties|freedoms?)\b"
)


#: Words before an emphatic "do" that make it a question or an ellipsis instead:
#: "What does it mean", "as it did", "so do we".
_NOT_EMPHATIC = vocab(
    "what why how when where who whom which whether if so as than nor neither and or but "
    "too also nothing"
)


def _emphatic_do(text: str) -> list[Cue]:
    """The emphatic "do" of a writer who insists: a subject, "do"/"does" and a verb in
    its base form, not a question or a negation ("they do point to a simple fact",
    "Sanctions do work"; not "What does it mean", "do not go"). The past "did" is
    left alone: a report's emphasis ("The minister did meet the protesters")."""
    if text.rstrip().endswith("?"):
        return []
    ws = words(text)
    out: list[Cue] = []
    for k in range(1, len(ws) - 1):
        w, s, _e = ws[k]
        if w not in ("do", "does") or ws[k - 1][0] in _NOT_EMPHATIC:
            continue
        nxt, _ns, ne = ws[k + 1]
        if lexicon.verb_form(nxt) == "base" and nxt not in ("not", "so", "it", "this"):
            out.append(Cue("speculative", s, ne, text[s:ne]))
    return out


def stance_cues(text: str) -> list[Cue]:
    """Degree and comparison, attitude adverbs, a first person weighing in, the reader addressed,
    judging predicate nouns and the frame "it is ADJ that/to", as ``evaluative`` or
    ``speculative`` cues."""
    out = _degree_cues(text) + _comparative_cues(text) + _predicate_nouns(text)
    if "it" in text.lower():
        out += _frame_cues(text)
    out += finditer("speculative", _ATTITUDE, text)
    out += finditer("speculative", _FIRST_PERSON, text)
    if not _SERVICE.search(text):
        out += finditer("speculative", _SECOND_PERSON, text)
    out += finditer("speculative", _WE_ALL, text)
    out += finditer("speculative", _WEIGHING_OPENER, text)
    if "than " in text.lower():
        out += finditer("speculative", _RECEIVED_VIEW, text)
    if " do" in text.lower():
        out += _emphatic_do(text)
    return out
