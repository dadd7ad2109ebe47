"""Judgement and speculation in the writer's voice: evaluative words ("horrific",
"quagmire", morale "collapsed") and the adverbs of the judging adjectives
("shamelessly"), a declared failure, speculation ("a sign that",
"arguably") and the writer's own questions."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Cue, dedupe, finditer, in_vocab, vocab, words
from newsdiff.meaning.cues.events import plain
from newsdiff.meaning.cues.expectations import measured
from newsdiff.meaning.cues.generic import generic_cues
from newsdiff.meaning.cues.other_parts import conditional_should
from newsdiff.meaning.cues.prediction import prediction_cues
from newsdiff.meaning.cues.quotes import quoted_spans
from newsdiff.meaning.cues.rhetoric import pointing_cues, rhetoric_cues
from newsdiff.meaning.cues.stance import names_a_kind, stance_cues
from newsdiff.meaning.cues.subjective import subjective_cues

#: Evaluative words: the writer judges ("horrific", "quagmire", morale "collapsed").
#: A curated list beside the subjective adjectives of Pattern's lexicon
#: (``subjective``): that lexicon holds adjectives only ("a failure", "fiasco" are
#: nouns), and its news-describing words ("deadly", "critical", "strong") are left out
#: there, so the words here still judge.
EVALUATIVE_WORDS = vocab(
    "collapsed collapse collapses horrific horrendous horrifying quagmire shattered "
    "devastating catastrophic catastrophe disastrous disaster humiliating humiliation "
    "humiliated brutal brutally barbaric atrocious atrocity shocking appalling terrible "
    "terribly dire desperate desperately chaotic chaos rash reckless embarrassing "
    "shameful stunning staggering crushing heroic heroically senseless unprovoked "
    "obvious obviously clearly undoubtedly tragic tragedy disgraceful outrageous "
    "pathetic ruthless savage massacre slaughter butchered futile doomed "
    "plausible misguided foolish blunder debacle fiasco rout "
    # praise
    "brilliant brilliantly excellent superb outstanding magnificent impressive "
    "impressively admirable commendable laudable praiseworthy wonderful marvellous "
    "marvelous splendid fantastic terrific exemplary masterful masterly inspiring "
    "visionary courageous remarkable remarkably "
    # blame
    "awful dreadful abysmal woeful dismal lamentable deplorable despicable disgusting "
    "scandalous shameless shamefully disgracefully incompetent incompetence inept "
    "ineptitude bungled bungling botched cynical hypocritical hypocrisy callous cruel "
    "sickening abhorrent heinous monstrous vile grotesque absurd ridiculous ludicrous "
    "preposterous laughable farcical farce pointless worthless hopeless naive "
    "irresponsible negligent alarming troubling worrying disturbing unacceptable "
    "inexcusable unforgivable unjustifiable egregious shambles disgrace travesty "
    "embarrassment "
    # WordNet's synsets of the rated "bogus", "fake" and "false", which no lexicon rates
    # and the inherited table leaves out as nouns too (a phony, a sham: an impostor)
    "phony phoney sham"
)
#: Words with a physical sense beside the judging one: a building "collapsed" is a
#: fact, morale or the talks "collapsed" is a judgement. They judge unless a physical
#: thing is near them in the clause (``_PHYSICAL``).
_DUAL_SENSE = vocab("collapse collapsed collapses collapsing shattered crushing")
_JUDGING = EVALUATIVE_WORDS | _DUAL_SENSE


def _judging_adverbs(text: str) -> list[Cue]:
    """The "-ly" adverb of a judging adjective of the hand list ("shameless" ->
    "shamelessly", "reckless" -> "recklessly", "terrible" -> "terribly", "pathetic" ->
    "pathetically"): the manner judged as the adjective judges the thing. Read back from
    the adverb, so no table of adverbs is built at start-up."""
    return [
        Cue("evaluative", s, e, text[s:e])
        for w, s, e in words(text)
        if w.endswith("ly")
        and w not in _JUDGING
        and any(a in EVALUATIVE_WORDS for a in _adjectives_of(w))
    ]


def _adjectives_of(adverb: str) -> tuple[str, ...]:
    stem = adverb[:-2]
    if adverb.endswith("ally"):
        return (stem, adverb[:-4])  # "cynically" -> "cynical", "pathetically" -> "pathetic"
    if adverb.endswith("ily"):
        return (adverb[:-3] + "y",)  # "shabbily" -> "shabby"
    if adverb.endswith("bly") or adverb.endswith("ply"):
        return (adverb[:-1] + "e",)  # "terribly" -> "terrible"
    return (stem,)  # "shamelessly" -> "shameless"


#: The hand list's nouns of events, which also name a kind of thing before another
#: noun ("disaster relief", "massacre survivors", "catastrophe insurance"; ``names_a_kind``).
_KIND_NOUNS = vocab("disaster catastrophe atrocity tragedy massacre slaughter chaos")
#: Things that collapse, shatter or crush in the literal sense, people included (a
#: runner who collapsed).
_PHYSICAL = vocab(
    "building buildings bridge bridges roof roofs wall walls house houses home homes "
    "tower towers tunnel tunnels mine mines dam dams ceiling ceilings floor floors "
    "structure structures block blocks stadium stage crane scaffolding balcony church "
    "mosque temple hospital apartment apartments skyscraper hotel mall factory "
    "warehouse shelter shelters glass window windows windscreen windshield road roads "
    "pier chimney column columns pillar pillars tent tents cliff hillside embankment "
    "rubble debris cave shaft quarry grandstand stand arena school schools bone bones "
    "skull lung lungs man woman boy girl child player runner athlete patient he she "
    "car cars vehicle vehicles"
)
#: What is measured and can collapse as a figure does: "the price collapse", "a
#: collapse in investment", "oil prices collapsed" report a fall (the talks or morale
#: collapsing is still a judgement).
_MEASURED = vocab(
    "price prices oil market markets currency ruble rouble peso stock stocks shares "
    "demand investment consumption output production exports imports sales revenue "
    "revenues earnings profits economy growth rate rates value values index"
)
#: A failure the writer declares: "was a failure", "an utter failure" (not "heart
#: failure", "a power failure" or "a failure to pay").
_FAILURE = re.compile(
    r"\b(?:(?:is|was|were|are|be|been|being|as|proved|proves|proving|remains?)\s+"
    r"(?:a|an)\s+(?:(?:complete|total|utter|abject|dismal|spectacular|colossal|costly|"
    r"humiliating|miserable|resounding)\s+)?failures?|(?:complete|total|utter|abject|"
    r"dismal|spectacular|colossal|humiliating|miserable|resounding)\s+failures?)\b"
    r"(?!\s+(?:to|of the (?:power|engine|system)))",
    re.IGNORECASE,
)


def _physical_sense(text: str, start: int, end: int) -> bool:
    """Whether a thing that can physically collapse or shatter is near the word at
    ``start:end``, in the same clause: up to four words before it, three after."""
    before = re.split(r"[,;:.!?()]", text[:start])[-1]
    after = re.split(r"[,;:.!?()]", text[end:])[0]
    near = [w for w, _s, _e in words(before)][-4:] + [w for w, _s, _e in words(after)][:3]
    return any(w in _PHYSICAL or w in _MEASURED for w in near)


#: Speculation and interpretation in the writer's voice, and its deontic voice: what one
#: must, should, needs to do (an adverb may split "need also to") and what one deserves
#: ("No voter deserves to be misled", "a well-deserved rise": desert is a judgement).
_SPECULATIVE = re.compile(
    r"\b(?:(?:is|are|was|were|be|as)\s+(?:a|an)\s+(?:\w+\s+)?(?:sign|signal|indication|"
    r"indicator|symptom)|a sign (?:that|of)|suggests?|suggesting|implying|indicates?|signals?|"
    r"arguably|no one saw|it is clear|rather than a true|in reality|in fact|backtracking|"
    r"the wrong approach|could be a way|could be a sign|does not mean|doesn[’']t mean|"
    r"the seeming|i think|i believe|we believe|i suspect|in my view|in our view|"
    r"i,? (?:too|also|still),? (?:think|believe)|"
    r"(?:is|are|was|were)\s+(?:widely\s+|commonly\s+)?seen\s+as|"
    r"it (?:would )?seem(?:s|ed)(?: to me)?|another sign|seems? to|seemed to|tends? to|"
    r"tended to|must|should|"
    r"ought to|needs? to|needs? (?:also|still|urgently|badly|really|first|therefore|simply) to|"
    r"deserves?|deserved|deserving|undeserved|"
    r"let us|let's|let’s)\b",
    re.IGNORECASE,
)
#: The writer moved, in the first person: "It amazes me that she remains employed",
#: "other findings that give me cause for concern" (a source's feeling is quoted or
#: reported, and so attribution, before this is read).
_MOVES_ME = re.compile(
    r"\b(?:(?:amaz|astonish|baffl|puzzl|sadden|troubl|worr(?:y|ie|ied)|alarm|disturb|"
    r"dismay|shock|surpris|bother|anger|infuriat|frustrat|depress|delight|appall?)\w*\s+me"
    r"|(?:gives?|given|gave)\s+me\s+(?:cause|reason|pause|hope))\b",
    re.IGNORECASE,
)
#: What "can be said" or "could be argued" no one is reported to say: the writer weighs
#: a claim of their own, as "arguably" does ("The plan can be said to help the poor"),
#: and names a thing as nothing else will do ("a purpose that can only be described as
#: abusive", "what could hardly be called a victory", "Not one of these fears could ever
#: be called unreasonable").
_WEIGHED = re.compile(
    r"\b(?:(?:can|could|may|might)\s+be\s+(?:said|argued)\s+(?:to|that)|(?:can|could)\s+"
    r"(?:only|hardly|rightly|fairly|scarcely|ever)\s+be\s+(?:described|called|termed|"
    r"characteri[sz]ed|labell?ed|seen|regarded|viewed|considered))\b",
    re.I,
)
#: What would have been, had things gone otherwise ("Had he wanted financing ... he would
#: have had fewer hurdles", "If the dam had failed, thousands would have died"): a
#: counterfactual is the writer's speculation. "would have to" is a duty, no
#: counterfactual; a source's ("He said had he known he would have left") is reported,
#: and so attribution, before this is read.
_COUNTERFACTUAL = re.compile(
    r"(?:^\W*[Hh]ad\s|\b[Ii]f\s+[^.;]*?\bhad\s)[^.;]*?(?P<m>\b(?:would|could|might)"
    r"(?:n['’]t|\s+not)?\s+have\s+(?!to\b)\w+)"
)
#: The writer's verdict that something was to be expected: "It came as little surprise
#: that ...", "comes as no surprise"; "came as a surprise to investors" reports a reaction.
_NO_SURPRISE = re.compile(
    r"\b(?:came|comes|come|coming)\s+as\s+(?:no|little|small)\s+surprise\b", re.I
)
#: A feeling warranted: "cause", "reason", "grounds" or "room" for a feeling ("there is
#: room for optimism", "Georgians have cause for concern", "no cause for alarm", "reason
#: for cautious hope") weighs whether the feeling is due, the writer's judgement as
#: "deserves" is. A thing's cause ("the reason for the delay", "room for 300 people")
#: names no feeling, and a feeling someone has ("the reason for his anger") is no warrant.
_WARRANT = re.compile(
    r"\b(?:cause|reason|grounds|room)\s+for\s+(?:(?:real|genuine|great|some|much|serious|"
    r"further|renewed|cautious|grave|deep)\s+)?([a-z]+)\b",
    re.IGNORECASE,
)


def _warranted(text: str) -> list[Cue]:
    return [
        Cue("speculative", m.start(), m.end(), m.group())
        for m in _WARRANT.finditer(text)
        if "feeling" in lexicon.noun_categories(m.group(1).lower(), 2)
    ]


#: A question in the writer's voice ("Putin retreating?") is speculation, and so is one
#: the writer asks and answers in the same line ("Why? Because of the choice Putin
#: made": the splitter would end a sentence there, a unit or a line given whole does not).
_QUESTION = re.compile(r"\?\s*$|^[^.!?\"“”]{1,60}\?\s+(?=[\"“‘']?[A-Z])")


def opinion_cues(text: str) -> list[Cue]:
    """Judgement and speculation in the writer's voice (evaluative and speculative cues)."""
    return list(_opinion_cues(text))


@lru_cache(maxsize=4096)
def _opinion_cues(text: str) -> tuple[Cue, ...]:
    # Cached: the suggestions ask once for the label and again for the model's features.
    out = [
        c
        for c in in_vocab("evaluative", text, _JUDGING) + _judging_adverbs(text)
        if (c.text.lower() not in _DUAL_SENSE or not _physical_sense(text, c.start, c.end))
        and not (c.text.lower() in _KIND_NOUNS and names_a_kind(text, c.end))
    ]
    if "failure" in text.lower():
        out += finditer("evaluative", _FAILURE, text)
    out += subjective_cues(text)
    out += stance_cues(text)
    out += [
        c
        for c in finditer("speculative", _SPECULATIVE, text)
        if c.text.lower() != "should" or not conditional_should(text, c.start)
    ]
    if " be " in text:
        out += finditer("speculative", _WEIGHED, text)
    out += finditer("speculative", _QUESTION, text)
    if " me" in text:
        out += finditer("evaluative", _MOVES_ME, text)
    if " for " in text:
        out += _warranted(text)
    if "have" in text:
        out += [
            Cue("speculative", m.start("m"), m.end("m"), m.group("m"))
            for m in _COUNTERFACTUAL.finditer(text)
        ]
    if "surprise" in text:
        out += finditer("evaluative", _NO_SURPRISE, text)
    out += prediction_cues(text)
    out += rhetoric_cues(text)
    if not out:
        # The weakest cue, the present tense of a general claim, only where no word
        # judges: it names the verb, and a judging word says more about why.
        out += generic_cues(text) or pointing_cues(text)
    # A judgement inside quotation marks is the quoted person's ("panned the plan as
    # “ludicrous”", "labelled a 'boring flop'"), not the writer's.
    spans = quoted_spans(text) if out else []
    # A word that judges elsewhere may describe in a plain report of an event: "A
    # massive fire destroyed", "Talks collapsed on Friday", "must publish by law".
    return tuple(
        dedupe(
            c
            for c in out
            if not any(s <= c.start and c.end <= e for s, e in spans)
            and not plain(text, c)
            and not measured(text, c)
        )
    )
