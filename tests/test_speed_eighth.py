"""The eighth speed round's shortcuts (docs/performance.md, "The diff, eighth round"),
each held to what it replaces on generated text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.core import worddiff
from newsdiff.meaning.cues import base

#: Words, hyphens and apostrophes of both kinds, marks, digits, letters ``str.lower``
#: changes the length of ("İ") or reads in context (a final sigma).
_WORDY = [
    *"ab A B - ’ ' . , 3 \u0130 \u03a3 \u03a3a \u00e9 \u0301".split(),
    " ",
    "\n",
    "x-y",
    "n’t",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDY), max_size=12).map("".join))
def test_word_forms_are_the_words_scanned_alone(text: str) -> None:
    """``word_forms`` reads ``words``' memo: the lowercase words a scan of the text's
    own would find, in order."""
    assert list(base.word_forms(text)) == [w.lower() for w in base._WORD.findall(text)]


#: Digits and their separators, percent signs, joiners, doubled marks, blanks.
_TOKENY = [*"a Z 7 0 . , : % - ’ ' ‘ ` _ ! ( é".split(), " ", "\t", "\n", "--", "''", "x1"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TOKENY + _WORDY), max_size=14).map("".join))
def test_possessive_runs_match_the_greedy_patterns(text: str) -> None:
    """The word and token patterns with possessive runs find what the greedy ones
    find: the same tokens, units and words, at the same places."""
    greedy_token = rf"\d+(?:[.,:]\d+)*%?|\w+(?:[’'\-]\w+)*|{worddiff._DOUBLED}"
    greedy = (
        rf"{greedy_token}|\s+|[^\w\s]",
        rf"{greedy_token}|[^\w\s]",
        rf"\s+|(?:{greedy_token}|[^\w\s])\s*",
        r"\w+(?:[’'\-]\w+)*",
    )
    patterns = (*worddiff._PLAIN_PATTERNS, base._WORD)
    for old, new in zip(greedy, patterns, strict=True):
        assert [m.span() for m in re.finditer(old, text)] == [m.span() for m in new.finditer(text)]
