"""The seventh speed round's shortcuts (docs/performance.md, "The diff, seventh round:
the 1 MB pair's classes and rows"), each held to what it replaces on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdiff.meaning import options

#: Words, marks, percent signs, whitespace of every kind, and characters the plain
#: tokenizer leaves to ``regex`` (a combining mark, Thai, an Arabic sign that joins
#: the space after it into one grapheme).
_SPACY = [
    *"ab 3% \t\n\u00a0\u2009\u3000.,-’'\"",
    "x y",
    "7,000",
    "\u0301",
    "ก่",
    "\u0600",
    "\u0600 ",
    "\x1c",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_SPACY), max_size=10).map("".join),
    st.lists(st.sampled_from(_SPACY), max_size=10).map("".join),
)
def test_same_tokens_agrees_with_the_tokens(a: str, b: str) -> None:
    """``same_tokens`` answers "no" without tokenizing when the texts differ once all
    whitespace is out; it answers as comparing the tokens would."""
    assert options.same_tokens(a, b) == (a == b or options._solid(a) == options._solid(b))
    # The same text respaced: the shortcut never decides those.
    respaced = " ".join(a.split())
    assert options.same_tokens(a, respaced) == (
        a == respaced or options._solid(a) == options._solid(respaced)
    )
