"""The eighth speed round's shortcuts (docs/performance.md, "The diff, eighth round"),
each held to what it replaces on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

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
