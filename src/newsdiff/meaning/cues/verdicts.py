"""A source's verdict or figure reported without a clause: "Critics have slammed the
decision", "The UN condemned the attack", "The reform was hailed as a success by its
supporters", "The ministry put the number of displaced at 40,000". The judgement or the
figure is the source's (GUIDE: the claim is carried by a source), so these are
attribution cues, as "called the decision a mistake" is (``calling``)."""

from __future__ import annotations

import re

from newsdiff.meaning.cues.attribution_words import INSTITUTIONS, PEOPLE, SOURCE_NOUNS
from newsdiff.meaning.cues.base import Cue, Word, vocab
from newsdiff.meaning.cues.clauses import one_phrase
from newsdiff.meaning.cues.testimony import named_source

#: Verbs of a spoken verdict on their object.
VERDICT_VERBS = vocab(
    "condemned condemns criticised criticized criticises criticizes slammed slams "
    "lambasted lambasts denounced denounces decried decries derided derides castigated "
    "castigates censured censures deplored deplores rebuked rebukes hailed hails praised "
    "praises panned pans"
)
#: A source's proposal or emphasis with no clause is its claim too: "The report recommends
#: more funding", "The OECD highlighted current depressed household expenditure" (review
#: r25c); "highlighted" needs a source before it ("Highlighted items are on sale").
VERDICT_VERBS |= vocab("recommends recommended highlights highlighted")
#: The emphasis and proposal verbs' participles: with no object after them they describe
#: ("with passages including the Fourteenth Amendment highlighted and notes written",
#: review r25e), no source's claim ("The OECD highlighted the risks").
_NEEDS_OBJECT = vocab("highlighted recommended")
#: Words after such a participle that open no object.
_NO_OBJECT = vocab("and or but while when than")
#: What "slammed" hits in its physical sense: "slammed the door", "slammed into a wall".
_PHYSICAL_SLAM = vocab("door doors brakes brake gate lid phone fist fists into against shut down")
_PERFECT = vocab("has have had")
_PASSIVE = vocab("is are was were been be being")
_DETERMINERS = vocab("the a an its his her their our many some several")
#: A source's figure: "put the number of displaced at 40,000", "puts the toll at 12".
_PUT_AT = re.compile(r"\s+(?:[\w’'-]+\s+){1,6}?at\s+(?:about\s+|around\s+|some\s+)?[$£€]?\d")


def _source_by(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether "by" and a source follow the verb ws[k] in its clause ("was hailed as a
    success by its supporters", "was condemned by the UN")."""
    for j in range(k + 1, min(len(ws) - 1, k + 9)):
        if not one_phrase(text, ws, j - 1):
            return False
        if ws[j][0] != "by":
            continue
        m = j + 1
        if m + 1 < len(ws) and ws[m][0] in _DETERMINERS and one_phrase(text, ws, m):
            m += 1
        w, s, _e = ws[m]
        return w in SOURCE_NOUNS or w in PEOPLE or w in INSTITUTIONS or text[s].isupper()
    return False


def _object_after(text: str, ws: tuple[Word, ...], k: int) -> bool:
    """Whether a word of the verb ws[k]'s phrase follows it that may open its object."""
    return k + 1 < len(ws) and one_phrase(text, ws, k) and ws[k + 1][0] not in _NO_OBJECT


def verdict_cues(text: str, ws: tuple[Word, ...]) -> list[Cue]:
    """A source's verdict ("Critics have slammed the decision") or its figure ("The
    ministry put the number of displaced at 40,000"), or a verdict passive with its
    source ("was condemned by the UN"); the cue runs from the source to the verb."""
    out: list[Cue] = []
    for k, (w, s, e) in enumerate(ws):
        figure = w in ("put", "puts") and _PUT_AT.match(text, e) is not None
        if w not in VERDICT_VERBS and not figure:
            continue
        if w in ("slammed", "slams") and any(
            n in _PHYSICAL_SLAM for n, _s, _e in ws[k + 1 : k + 3]
        ):
            continue
        if w in _NEEDS_OBJECT and not _object_after(text, ws, k):
            continue
        j = k - 1 if k > 0 and one_phrase(text, ws, k - 1) and ws[k - 1][0] in _PERFECT else k
        first = named_source(text, ws, j)
        if first < j:
            out.append(Cue("attribution", ws[first][1], e, text[ws[first][1] : e]))
        elif not figure and k > 0 and ws[k - 1][0] in _PASSIVE and _source_by(text, ws, k):
            out.append(Cue("attribution", s, e, text[s:e]))
    return out
