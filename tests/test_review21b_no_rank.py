"""'No.' before a number spelled out, or after a word a noun follows, is "number"'s
abbreviation, never the answer (outside review r21b finding 7, a regression of ac0beee,
which cut "No. Inflation rose." after the answer)."""

from __future__ import annotations

import re

import pytest

from newsdiff.core.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        # The reviewer's sentences ($R/seg/no_abbrev.txt): two sentences each after ac0beee.
        "The agency's No. Two official, John Smith, resigned on Friday.",
        "He was the party's No. Three until 2019.",
        "The Kremlin's No. One priority is the war.",
        "She is the world No. One in women's tennis.",
        "Sinner, the world No. One, won in Melbourne.",
        "The No. Ten shirt went to Messi.",
        # The same class: a possessive, a ranking word, a spelled-out figure.
        "The administration’s No. Two quit on Monday.",
        "She was seeded No. Four in Paris.",
        "He is now No. Two in the party.",
        # At a sentence's start too (fuzz21, fixed stop 22), but after a question.
        "No. Two official John Smith resigned on Friday.",
        "(No. Three seed Coco Gauff withdrew.)",
    ],
)
def test_no_as_number_before_a_capital_goes_on(text: str) -> None:
    assert _texts(text) == [text]
    assert _texts(f"The mayor resigned. {text}")[1:] == [text]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # ac0beee's answer still ends its sentence, before a figure spelled out too.
        ("No.", "Inflation rose."),
        ("Was the vote fair? No.", "Observers said it was rigged."),
        ("Was anyone hurt? No.", "One man was treated for shock."),
        ('Was anyone hurt?" No.', "One man was treated for shock."),
        ('"No.', 'Two aides quit," he said.'),
        ("Asked if he would resign, he said no.", "Two aides quit later."),
        # A pronoun's "'s" and "a" are no noun's: "It's no.", "That's a no." answer.
        ("Is the deal dead? It's no.", "Talks resume on Monday."),
        ("The answer? That's a no.", "Talks resume on Monday."),
    ],
)
def test_the_answer_no_still_ends_its_sentence(first: str, second: str) -> None:
    assert _texts(f"{first} {second}")[-2:] == [re.split(r'\?"? ', first)[-1], second]
