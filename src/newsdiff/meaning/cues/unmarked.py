"""Reported speech whose marks are missing or pushed apart: a source and its verb that
close a sentence with no comma before them ("... relevant to the probe officials
said."), a vow whose "to" follows an aside ("vowed as president to hold"), and speech
whose source goes unnamed ("..., it is reported.")."""

from __future__ import annotations

import re

from newsdiff.meaning.cues.attribution_words import PEOPLE, SOURCE_NOUNS
from newsdiff.meaning.cues.base import Cue, Word, finditer, may_hold


def unmarked_cues(text: str, low: str, ws: tuple[Word, ...]) -> list[Cue]:
    """The cues of this module in ``text`` (``low`` its lower case, ``ws`` its words),
    each looked for only where its key words occur."""
    out = closing_source(text, ws) if low.endswith(_CLOSING_ENDS) else []
    if " as " in low and may_hold(text, ("vow", "pledge", "promise")):
        out += vowed_as(text)
    if ", it " in low or "out that" in low:
        out += finditer("attribution", _UNNAMED, text)
    return out


#: Review r25c: a report closed by "it is reported" ("... plans to sue the government, it
#: is reported.") and "points out that" whoever points ("It also points out that in 1970
#: ..."; "Critics point out" is ``testimony.pointed_out``).
_UNNAMED = re.compile(
    r"(?:(?<=,)|(?<=, ))it\s+(?:is|was|has\s+been)\s+(?:reported|understood|claimed|alleged)\W*$|"
    r"\b(?:points|pointed)\s+out\s+that\b",
    re.IGNORECASE,
)


_CLOSING_ENDS = ("said.", "say.", "says.", "said", "say", "says")
#: Verbs of a source that closes its sentence: "officials said.", "police say."
_CLOSING_VERBS = frozenset("said say says".split())
#: Words of content before a closing source, at least: a claim, not a fragment.
_MIN_CONTENT = 4
_END = re.compile(r"\W*$")
#: Words that make the closing source what the writer measures a claim against, not
#: who carries it: "higher than officials said", "just as critics said", "what
#: officials said", "like engineers said" (review r20d).
_MEASURED_AGAINST = frozenset("than as what like unlike".split())


def closing_source(text: str, ws: tuple[Word, ...]) -> list[Cue]:
    """A source noun and its verb that end the sentence after its content with no comma
    between ("emails that could be relevant to the probe officials said."): the
    comma an archive dropped. The source is one of ``SOURCE_NOUNS`` or ``PEOPLE``."""
    if len(ws) < _MIN_CONTENT + 2:
        return []
    (source, s, _se), (verb, _vs, e) = ws[-2], ws[-1]
    if verb not in _CLOSING_VERBS or (source not in SOURCE_NOUNS and source not in PEOPLE):
        return []
    if text[ws[-3][2] : s] != " " or text[_se:_vs] != " " or not _END.fullmatch(text, e):
        return []
    if ws[-3][0] in ("the", "a", "an", "some", "many"):
        return []  # "..., the researchers said.": the clause rules read it
    if ws[-3][0] in _MEASURED_AGAINST:
        return []  # "far higher than officials said": the writer's claim, set against it
    return [Cue("attribution", s, e, text[s:e])]


#: A vow whose content follows an aside of "as" and up to three words: "vowed as
#: president to hold energy giants liable", "pledged as part of the deal to".
_VOWED_AS = re.compile(
    r"\b(?:vowed|vows|pledged|pledges|promised|promises)\s+as\s+(?:[\w’'-]+\s+){1,3}?to\s+(?=[a-z])",
    re.IGNORECASE,
)


def vowed_as(text: str) -> list[Cue]:
    """A vow with an "as" aside before its "to" (``_VOWED_AS``)."""
    return finditer("attribution", _VOWED_AS, text)
