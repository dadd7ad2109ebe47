"""Predictions of consequence in the writer's voice: "will" or "would" before a verb that
says how things will turn out for someone, not what someone is scheduled to do.

"The sanctions will hurt more", "Net importers will benefit", "it will outlive them",
"it would still suffer", "will also be affected" judge an outcome: the writer's
forecast (GUIDE section 3: speculation is opinion). "Buses will run on a modified
timetable", "Parliament will vote on the bill", "The council will meet" announce an
action someone has planned: a fact. The line is drawn by the verb: only verbs of
effect (benefit, hurt, damage, improve ...), of success or failure (succeed, fail,
prevail, collapse ...), of lasting (last, outlive, continue, survive ...) and, active
only, of causing (cause, encourage, endanger ..., "lead to", "result in", "act as", "do
harm": "It will encourage terrorists", "will do immeasurable harm"; "will lead the
delegation" announces) count, as do "will have to", "will be" with a participle of one
of them ("will be affected") or with a judging adjective ("will be disastrous"). A
dated, timed or counted future is a schedule or an estimate ("will continue until
March", "will hurt 300 firms") and is left to the other rules, as is everything inside
quotation marks (``evaluative``)."""

from __future__ import annotations

import re

from newsdiff.meaning import lexicon
from newsdiff.meaning.cues.base import Cue, vocab
from newsdiff.meaning.cues.numbers import dated_or_counted
from newsdiff.meaning.cues.subjective import judging_words

_FUTURE = re.compile(r"\b(?:will|won['’]t|would|wouldn['’]t)\b|(?<=\w)['’]ll\b", re.IGNORECASE)
#: Adverbs that may stand between the modal and its verb ("will also be affected").
_VERB_AFTER = re.compile(
    r"(?:\s+(?:not|also|still|only|never|surely|certainly|then|now|all|\w+ly))*\s+(\w+)"
    r"(?:\s+(\w+))?"
)
#: Verbs of consequence: how an outcome turns out for someone or something.
CONSEQUENCE = vocab(
    # effect, for better or worse
    "benefit hurt harm suffer help damage improve worsen weaken strengthen undermine "
    "threaten backfire affect deteriorate recover rebound regret pay "
    # success and failure
    "fail succeed prevail collapse crumble falter thrive flourish struggle lose win "
    # lasting
    "last persist endure continue outlive outlast survive matter change need want"
)
#: Verbs of causing, active only: what the writer says a thing will bring about ("will
#: encourage terrorists", "will cause every officer to ...", "will endanger Americans
#: abroad"); their passive reports what is planned for a thing ("the stock will be
#: destroyed").
CAUSES = vocab("cause encourage endanger destroy cripple fuel deepen doom mean")
#: Verbs of consequence only with the word after them: "will lead to", "will result in",
#: "will act as a shield", "will do immeasurable harm" ("will lead the
#: delegation", "will act on Tuesday", "will do the work" announce).
CONSEQUENCE_WITH = {
    "lead": frozenset({"to"}),
    "result": frozenset({"in"}),
    "act": frozenset({"as"}),
}
#: "will do harm", with a word of degree between ("will do immeasurable harm").
_DOES_HARM = re.compile(r"\s+(?:\w+\s+)?(?:harm|damage)\b", re.IGNORECASE)
_PASSIVE_ENDINGS = ("ed", "en", "t")


def _consequence(verb: str, after: str, rest: str = "") -> bool:
    """Whether ``verb`` (and the word ``after`` it) after "will" forecasts an outcome."""
    if verb in CONSEQUENCE or verb in CAUSES or (verb == "have" and after == "to"):
        return True
    if after in CONSEQUENCE_WITH.get(verb, ()):
        return True
    if verb == "do":
        return _DOES_HARM.match(rest) is not None
    if verb != "be" or not after:
        return False
    if after in judging_words():
        return True  # "will be disastrous"
    bases = {b for pos, b in lexicon.base_forms(after) if pos == "v"}
    return after.endswith(_PASSIVE_ENDINGS) and bool(bases & CONSEQUENCE)


def prediction_cues(text: str) -> list[Cue]:
    """Undated, uncounted forecasts of consequence, as ``speculative`` cues."""
    if not _FUTURE.search(text) or dated_or_counted(text):
        return []
    out = []
    for m in _FUTURE.finditer(text):
        nxt = _VERB_AFTER.match(text, m.end())
        if nxt is None:
            continue
        verb, after = nxt.group(1).lower(), (nxt.group(2) or "").lower()
        if _consequence(verb, after, text[nxt.end(1) :]):
            out.append(Cue("speculative", m.start(), nxt.end(1), text[m.start() : nxt.end(1)]))
    return out
