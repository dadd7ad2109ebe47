"""Issue 16, twelfth round: shortcuts held to what they replace."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsdiff.core import words
from newsdiff.core.article import normalize


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_ascii_words_are_the_patterns(text: str) -> None:
    assert words.ascii_words(text) == re.findall(r"\w+", text)
    assert words.ascii_words(normalize(text)) == re.findall(r"\w+", normalize(text))


def test_ascii_words_on_every_character() -> None:
    every = "".join(map(chr, range(128)))
    text = f"{every} co-operation A_b x-ray {every[::-1]} 3,000 don't NHS CEOs"
    assert words.ascii_words(text) == re.findall(r"\w+", text)
    assert "A_b" in words.ascii_words(text)
    stems, acronyms = words.stems_and_acronyms(text)
    assert "cooperation"[: words.STEM] in stems and acronyms == ("CEO", "NHS")
