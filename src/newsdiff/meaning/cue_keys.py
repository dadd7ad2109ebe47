"""What a cue says, as a key: a cue written two ways is one cue ("Police say" and
"Police said", "according to" and "as per", "a news conference" and "a press
conference"), so that the classifier compares what sources say, not how it is spelt."""

from __future__ import annotations

import re
from functools import lru_cache

from newsdiff.meaning import lexicon
from newsdiff.meaning.changes import FILLERS
from newsdiff.meaning.cues.base import Cue
from newsdiff.meaning.options import loose_key


def cue_key(cue: Cue) -> str:
    """What a cue says, so that a cue written two ways is one cue."""
    if cue.kind == "range":
        # A range hedges by being one, whatever its ends and joins: "between 15% and
        # 20%" -> "between 18% and 20%" changes a number, not how sure the story is.
        return "range"
    # Articles and spinners' fillers say nothing about who is speaking: "Amid the
    # reports" and "Amid reports" are one cue, so dropping "the" is no attribution change.
    text = _AS_PER.sub("according to", cue.text) if cue.kind == "attribution" else cue.text
    said = [w for w in re.findall(r"\w+", text) if w.lower() not in _CUE_NOISE]
    if cue.kind in ("attribution", "hedge"):
        # A reporting verb in another tense is the same source saying the same thing:
        # "Police say" -> "Police said" is a rewording, "said" -> "claimed" is not; so
        # is "estimates" -> "estimated", a hedge word too.
        words = (_TITLES.get(loose_key(w), w) for w in said)
        return " ".join(verb_base(loose_key(w)) for w in _one_name(tuple(words)))
    return " ".join(loose_key(w) for w in said)


def verb_base(word: str) -> str:
    """A verb's base form ("said" and "says" are "say"); any other word as it is."""
    if lexicon.verb_form(word) in ("past", "s", "ing"):
        return min(base for pos, base in lexicon.base_forms(word) if pos == "v")
    return word


_CUE_NOISE = FILLERS | {"a", "an", "the"}
#: A woman's courtesy titles name one person however an outlet styles them: "Ms
#: Hewitt told GMTV" -> "Mrs Hewitt told GMTV" is no other source. "Mr" -> "Mrs" may be.
_TITLES = {"mrs": "ms", "miss": "ms"}
_NEXT_WORD = re.compile(r"\W*(\w+)")


def renamed_title(a: str, a_end: int, b: str, b_end: int, mine: str, theirs: str) -> bool:
    """Whether ``mine`` -> ``theirs`` is a courtesy title put for another
    (``_TITLES``) before another surname: "Ms Hewitt" -> "Mrs Thatcher" names someone
    else, so the title changes with the name, no rewording alone (review r25e); the
    surnames follow ``a_end`` in ``a`` and ``b_end`` in ``b``."""
    keys = (loose_key(mine.strip()), loose_key(theirs.strip()))
    if not all(_TITLES.get(k, k) == "ms" for k in keys):
        return False
    after = (_NEXT_WORD.match(a, a_end), _NEXT_WORD.match(b, b_end))
    return any(m is None for m in after) or len({loose_key(m.group(1)) for m in after if m}) > 1


#: "as per" says what "according to" says: the same frame of the same source.
_AS_PER = re.compile(r"\bas per\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _one_name(words: tuple[str, ...]) -> tuple[str, ...]:
    """A frame's words with each two that WordNet knows as one noun put as that noun's
    first sense: "a news conference" and "a press conference" are one place of saying,
    as "news agency", "press agency" and "wire service" are one source."""
    out: list[str] = []
    k = 0
    while k < len(words):
        pair = words[k : k + 2]
        # Two lowercase words only: a name ("Ana Lind") is no common noun of WordNet's.
        common = len(pair) == 2 and pair[0].islower() and pair[1].islower()
        first = lexicon.senses("n", "_".join(pair)) if common else ()
        out.append(f"#{first[0]}" if first else words[k])
        k += 2 if first else 1
    return tuple(out)
