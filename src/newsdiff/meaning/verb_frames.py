"""Whether a verb can take an object, from WordNet 3.0's verb frames.

Each verb synset of WordNet lists the sentence frames its words fit ("Somebody ----s
something", "Something ----s Adjective/Noun"). A verb none of whose senses has a frame
with an object ("remain", "emerge", "occur", "soar") has no passive: its "-ed" form
is never a participle that describes a noun ("the crowd gathered outside"), so it is
the finite verb of its clause ("said the risk to residents remained low").
"""

from __future__ import annotations

from functools import lru_cache

from newsdiff.meaning import lexicon

#: WordNet's frames with an object after the verb (wninput(5WN), "Verb frames"):
#: 5 "Something ----s something Adjective/Noun", 8-11 "Somebody/Something ----s
#: somebody/something", 14-21 the ditransitive and prepositional ones, 24, 25 and 30, 31.
_OBJECT_FRAMES = frozenset({5, 8, 9, 10, 11, 14, 15, 16, 17, 18, 19, 20, 21, 24, 25, 30, 31})


def _frames(line: bytes) -> set[int]:
    """The frame numbers of one verb synset's data line (after its pointers)."""
    parts = line.split(b"|", 1)[0].split()
    p = 4 + 2 * int(parts[3], 16)
    q = p + 1 + 4 * int(parts[p])
    if q >= len(parts):
        return set()
    return {int(parts[q + 2 + 3 * k]) for k in range(int(parts[q]))}


@lru_cache(maxsize=4096)
def takes_object(word: str) -> bool:
    """Whether some verb sense of ``word`` takes an object (so its "-ed" form may be a
    passive participle); True for a word WordNet has no verb for, the cautious answer."""
    offsets = [off for pos, off in lexicon.synsets(word) if pos == "v"]
    if not offsets:
        return True
    for off in offsets:
        line = lexicon.synset_line("v", off)
        if line is None or _frames(line) & _OBJECT_FRAMES:
            return True
    return False
