"""Which script a text's letters are written in, by Unicode's code point ranges: the
counts ``core.language`` guesses a language from.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

#: Data table: each script, the language it suggests, and its letters as code point
#: ranges. Kana before Han: Japanese writes both. Counted over the sample's distinct
#: characters, not one regular expression a script: compiling those classes (the Han
#: one alone 3 ms) and running them was a twentieth of a diff's start-up (issue 16).
SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("ja", ((0x3040, 0x30FF),)),
    ("zh", ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))),
    ("ko", ((0x1100, 0x11FF), (0xAC00, 0xD7AF))),
    ("th", ((0x0E00, 0x0E7F),)),
    ("ar", ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("he", ((0x0590, 0x05FF),)),
    ("hi", ((0x0900, 0x097F),)),
    ("bn", ((0x0980, 0x09FF),)),
    # Every other script a language of news is written in, each told by its block (the
    # Unicode blocks, their extensions too): without them a Tamil or Georgian text had
    # no letters the guess counted and was English, sure (review r23c finding 1).
    ("pa", ((0x0A00, 0x0A7F),)),  # Gurmukhi
    ("gu", ((0x0A80, 0x0AFF),)),
    ("or", ((0x0B00, 0x0B7F),)),
    ("ta", ((0x0B80, 0x0BFF), (0x11FC0, 0x11FFF))),
    ("te", ((0x0C00, 0x0C7F),)),
    ("kn", ((0x0C80, 0x0CFF),)),
    ("ml", ((0x0D00, 0x0D7F),)),
    ("si", ((0x0D80, 0x0DFF),)),
    ("lo", ((0x0E80, 0x0EFF),)),
    ("bo", ((0x0F00, 0x0FFF),)),  # Tibetan
    ("my", ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))),  # Myanmar
    ("ka", ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))),  # Georgian
    ("am", ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))),  # Ethiopic
    ("km", ((0x1780, 0x17FF), (0x19E0, 0x19FF))),
    ("mn", ((0x1800, 0x18AF),)),  # Mongolian
    ("hy", ((0x0530, 0x058F), (0xFB13, 0xFB17))),  # Armenian
    ("syr", ((0x0700, 0x074F),)),
    ("dv", ((0x0780, 0x07BF),)),  # Thaana
    ("ru", ((0x0400, 0x04FF),)),
    ("el", ((0x0370, 0x03FF), (0x1F00, 0x1FFF))),
    # Latin Extended Additional too: Vietnamese's stacked tone marks (ộ, ữ).
    ("la", ((0x41, 0x5A), (0x61, 0x7A), (0x00C0, 0x024F), (0x1E00, 0x1EFF))),
)

# Every script's ranges in code point order (they do not overlap), for one bisection
# a distinct character.
_RANGES = sorted((lo, hi, lang) for lang, ranges in SCRIPTS for lo, hi in ranges)
_STARTS = [lo for lo, _hi, _lang in _RANGES]


def script_counts(sample: str) -> dict[str, int]:
    """How many of ``sample``'s characters each script's letters hold, in SCRIPTS' order."""
    counts = dict.fromkeys((lang for lang, _ranges in SCRIPTS), 0)
    for ch, n in Counter(sample).items():
        code = ord(ch)
        at = bisect_right(_STARTS, code) - 1
        if at >= 0 and code <= _RANGES[at][1]:
            counts[_RANGES[at][2]] += n
    return counts
