"""Directional marks and invisible operators inside a word show nothing and change no
word (review r20d finding 4: "sa\u200eid" was an attribution change, "Mon\u200eday" a
number change, "Infl\u200eation" a rewording even under --ignore-spelling)."""

from __future__ import annotations

import pytest

from newsdiff.core.article import from_text
from newsdiff.core.worddiff import tokenize
from newsdiff.meaning.compare import compare

BASE = "The vote was held on Monday, officials said."


def _classes(a: str, b: str) -> list[str]:
    return [c.cls for c in compare(from_text(a, "a"), from_text(b, "b")).changes()]


@pytest.mark.parametrize("mark", ["\u200e", "\u200f", "\u2062"])
@pytest.mark.parametrize("word", ["said", "Monday"])
def test_a_mark_inside_a_word_is_a_variant(mark: str, word: str) -> None:
    marked = BASE.replace(word, word[:2] + mark + word[2:])
    assert _classes(BASE, marked) == ["variant"]
    assert len(tokenize(marked)) == len(tokenize(BASE))  # one word, not three


def test_the_mongolian_vowel_separator_is_no_invisible_mark() -> None:
    """Near miss: U+180E shapes Mongolian; it is not folded away."""
    marked = BASE.replace("Monday", "Mon\u180eday")
    assert _classes(BASE, marked) != ["variant"]
